/*
 * text.c - UTF-8 helpers over validated text (see text.h).
 *
 * Decoding goes through libunistring's u8_mbtouc_unsafe, which is safe here
 * because input.c has checked every line with u8_check before any of this
 * runs.
 */
#include "text.h"

#include <string.h>
#include <unistr.h>

size_t np_utf8_decode_other(const char *s, size_t len, size_t i, np_cp *cp)
{
    ucs4_t uc;
    int n = u8_mbtouc_unsafe(&uc, (const uint8_t *)s + i, len - i);
    *cp = uc;
    return n > 0 ? (size_t)n : 1;
}

size_t np_utf8_prev(const char *s, size_t end)
{
    size_t i = end - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

size_t np_utf8_count(const char *s, size_t len)
{
    /* Valid UTF-8 has one code point for each byte that is not a
     * continuation byte (10xxxxxx); those are counted eight at a time. */
    const uint64_t highs = UINT64_C(0x8080808080808080);
    const uint64_t ones = UINT64_C(0x0101010101010101);
    size_t cont = 0, i = 0;
    for (; len - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        uint64_t c = w & ~(w << 1) & highs; /* bit 7 set, bit 6 clear */
        cont += (size_t)(((c >> 7) * ones) >> 56);
    }
    for (; i < len; i++)
        cont += ((unsigned char)s[i] & 0xC0) == 0x80;
    return len - cont;
}


void np_trim(const char *s, size_t *start, size_t *end)
{
    size_t a = *start, b = *end;
    while (a < b) {
        np_cp c;
        size_t n = np_utf8_decode(s, b, a, &c);
        if (!np_is_space(c))
            break;
        a += n;
    }
    while (b > a) {
        size_t p = np_utf8_prev(s, b);
        np_cp c;
        np_utf8_decode(s, b, p, &c);
        if (!np_is_space(c))
            break;
        b = p;
    }
    *start = a;
    *end = b;
}

bool np_is_han(np_cp c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}




bool np_is_opening(np_cp c)
{
    switch (c) {
    case 0x201C: case 0x2018: case 0x300C: case 0x300E: case 0xFF08: case '(':
    case 0x300A: case 0x3010: case 0x3014: case 0x3008:
        return true;
    default:
        return false;
    }
}


/*
 * Letters here are the lead bytes E4..ED (U+4000..U+DFFF: Han, Yi,
 * Hangul; never punctuation) and continuation bytes; everything the
 * classifier looks at (ASCII, CJK punctuation in U+2000..U+3FFF and
 * U+FF00.., Latin letters) starts with another byte.  So the next byte
 * that is neither is the next character worth decoding, and a byte-wise
 * test finds it without decoding what lies between.  图 (E5 9B BE) is
 * looked for on the way: 图为 anywhere marks a caption.
 */
#if defined(__SSE2__) && defined(__GNUC__) && !defined(NP_NO_SIMD)
#include <emmintrin.h>
#define NP_SKIP_SIMD 1
#else
#define NP_SKIP_SIMD 0
#endif

static bool tuwei_at(const char *s, size_t len, size_t i)
{
    return len - i >= 6 && memcmp(s + i, "\xE5\x9B\xBE\xE4\xB8\xBA", 6) == 0;
}

#if NP_SKIP_SIMD
/* Without -mpopcnt, __builtin_popcount is a library call. */
static size_t count_bits16(unsigned x)
{
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0F0Fu;
    return (x + (x >> 8)) & 0x1Fu;
}

/* Sixteen bytes at a time; returns where the scalar loop takes over. */
static size_t skip_letters_16(const char *s, size_t i, size_t len, size_t *chars, bool *tuwei)
{
    const __m128i below_c0 = _mm_set1_epi8((char)0xC0); /* signed: 80..BF are below */
    const __m128i above_e3 = _mm_set1_epi8((char)0xE3);
    const __m128i below_ee = _mm_set1_epi8((char)0xEE);
    const __m128i e5 = _mm_set1_epi8((char)0xE5), x9b = _mm_set1_epi8((char)0x9B);
    while (len - i >= 17) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i cont = _mm_cmplt_epi8(v, below_c0);
        __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(v, above_e3), _mm_cmplt_epi8(v, below_ee));
        unsigned skip = (unsigned)_mm_movemask_epi8(_mm_or_si128(cont, lead));
        unsigned leads = (unsigned)_mm_movemask_epi8(lead);
        unsigned stop = skip == 0xFFFFu ? 16u : (unsigned)__builtin_ctz(~skip);
        unsigned keep = stop == 16u ? 0xFFFFu : (1u << stop) - 1u;
        if (!*tuwei) {
            __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
            unsigned tu = (unsigned)_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi8(v, e5), _mm_cmpeq_epi8(next, x9b)));
            for (tu &= keep; tu != 0 && !*tuwei; tu &= tu - 1)
                *tuwei = tuwei_at(s, len, i + (size_t)__builtin_ctz(tu));
        }
        *chars += count_bits16(leads & keep);
        i += stop;
        if (stop < 16u)
            break;
    }
    return i;
}
#endif

size_t np_skip_letters(const char *s, size_t i, size_t len, size_t *chars, bool *tuwei)
{
#if NP_SKIP_SIMD
    i = skip_letters_16(s, i, len, chars, tuwei);
#endif
    while (i < len) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0xE4 || b > 0xED)
            break;
        if (b == 0xE5 && !*tuwei)
            *tuwei = tuwei_at(s, len, i);
        i += 3;
        ++*chars;
    }
    return i;
}

bool np_is_circled_number(np_cp c)
{
    return (c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x2793) ||
           (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF);
}

size_t np_last_mark(const char *s, size_t len, np_cp *c)
{
    size_t end = len;
    while (end > 0) {
        size_t p = np_utf8_prev(s, end);
        np_utf8_decode(s, len, p, c);
        if (!np_is_closing(*c))
            return p;
        end = p;
    }
    *c = 0;
    return len;
}

bool np_ends_sentence(const char *s, size_t len)
{
    np_cp c;
    size_t p = np_last_mark(s, len, &c);
    if (p >= len || !np_is_final_punct(c))
        return false;
    /* 年化利率3. / 45%: a decimal point cut by a column break */
    return !(c == '.' && p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9');
}

size_t np_find(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    if (n == 0 || n > len)
        return n == 0 ? 0 : len;
    const char *end = s + len - n;
    for (const char *p = s; p <= end; p++) {
        p = memchr(p, lit[0], (size_t)(end - p) + 1);
        if (!p)
            break;
        if (memcmp(p, lit, n) == 0)
            return (size_t)(p - s);
    }
    return len;
}
