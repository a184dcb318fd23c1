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
 * The marks scan.  Letters are the lead bytes E4..ED (U+4000..U+DFFF: Han,
 * Yi, Hangul; never punctuation) with their continuation bytes; every
 * character the classifier looks at (ASCII, CJK punctuation in
 * U+2000..U+3FFF and U+FF00.., Latin letters) starts with another byte.
 * So a byte-wise test over sixteen bytes at a time finds the characters
 * worth decoding, counts all characters (the bytes that are no
 * continuation) and spots 图 (E5 9B ..), without decoding anything else.
 */
#if defined(__SSE2__) && defined(__GNUC__) && !defined(NP_NO_SIMD)
#include <emmintrin.h>
#define NP_SCAN_SIMD 1
#else
#define NP_SCAN_SIMD 0
#endif

#define NP_SCAN_BLOCK 16

/* Bit k of *marks: byte k starts a character worth decoding; of *starts:
 * byte k starts a character; of *tu: bytes k, k+1 are E5 9B.  p must have
 * NP_SCAN_BLOCK + 1 readable bytes. */
static void block_bits(const unsigned char *p, unsigned *marks, unsigned *starts, unsigned *tu)
{
#if NP_SCAN_SIMD
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
    /* signed compares: 80..BF are below C0, E4..ED between E3 and EE */
    __m128i cont = _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0));
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)0xE3)),
                                   _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xEE)));
    __m128i e5 = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE5));
    __m128i x9b = _mm_cmpeq_epi8(next, _mm_set1_epi8((char)0x9B));
    *marks = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(cont, letter)) & 0xFFFFu;
    *starts = ~(unsigned)_mm_movemask_epi8(cont) & 0xFFFFu;
    *tu = (unsigned)_mm_movemask_epi8(_mm_and_si128(e5, x9b));
#else
    unsigned m = 0, st = 0, t = 0;
    for (unsigned k = 0; k < NP_SCAN_BLOCK; k++) {
        bool cont = (p[k] & 0xC0u) == 0x80u, letter = p[k] >= 0xE4u && p[k] <= 0xEDu;
        m |= (unsigned)(!cont && !letter) << k;
        st |= (unsigned)!cont << k;
        t |= (unsigned)(p[k] == 0xE5u && p[k + 1] == 0x9Bu) << k;
    }
    *marks = m;
    *starts = st;
    *tu = t;
#endif
}

/* The set bits of x (x < 2^16), without relying on a popcount instruction. */
static size_t count_bits16(unsigned x)
{
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0F0Fu;
    return (x + (x >> 8)) & 0x1Fu;
}

void np_scan_init(np_scan *sc, const char *s, size_t len)
{
    sc->s = s;
    sc->len = len;
    sc->next = 0;
    sc->base = 0;
    sc->marks = 0;
    sc->chars = 0;
    sc->tuwei = false;
}

bool np_scan_block(np_scan *sc)
{
    size_t left = sc->len - sc->next;
    if (left == 0)
        return false;
    const unsigned char *p = (const unsigned char *)sc->s + sc->next;
    unsigned char tail[NP_SCAN_BLOCK + 1];
    unsigned keep = 0xFFFFu;
    if (left <= NP_SCAN_BLOCK) {
        /* the last block: a copy padded with zeros, its padding masked off */
        memset(tail, 0, sizeof tail);
        memcpy(tail, p, left);
        p = tail;
        keep = left == NP_SCAN_BLOCK ? 0xFFFFu : (1u << left) - 1u;
    }
    unsigned marks, starts, tu;
    block_bits(p, &marks, &starts, &tu);
    sc->base = sc->next;
    sc->next += left < NP_SCAN_BLOCK ? left : NP_SCAN_BLOCK;
    sc->marks = marks & keep;
    sc->chars += count_bits16(starts & keep);
    for (tu &= keep; tu != 0 && !sc->tuwei; tu &= tu - 1)
        sc->tuwei = np_starts_with(sc->s + sc->base + np_lowest_bit(tu),
                                   sc->len - sc->base - np_lowest_bit(tu), "图为");
    return true;
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
    if (p >= len)
        return false;
    /* “来了——”: speech that trails off ends when its quotation closes */
    if (c == 0x2014 && p + 3 < len && (np_ends_with(s, len, "”") || np_ends_with(s, len, "」")))
        return true;
    if (!np_is_final_punct(c))
        return false;
    /* 年化利率3. / 45%: a decimal point cut by a column break */
    return !(c == '.' && p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9');
}

size_t np_find(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    if (n == 0 || n > len)
        return n == 0 ? 0 : len;
    /* Look for the last byte: in Chinese text a character's first byte is
     * one of a few (E4..E9), its last one of sixty-four, so far fewer
     * places need comparing. */
    char last = lit[n - 1];
    const char *end = s + len;
    for (const char *p = s + n - 1; p < end; p++) {
        p = memchr(p, last, (size_t)(end - p));
        if (!p)
            break;
        if (memcmp(p - (n - 1), lit, n - 1) == 0)
            return (size_t)(p - (n - 1) - s);
    }
    return len;
}
