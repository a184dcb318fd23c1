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


void np_trim_slow(const char *s, size_t *start, size_t *end)
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

bool np_all_han(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        np_cp c;
        i += np_utf8_decode(s, len, i, &c);
        if (!np_is_han(c))
            return false;
    }
    return true;
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
 * So a byte-wise test over 64 bytes at a time finds the characters
 * worth decoding, counts all characters (the bytes that are no
 * continuation) and spots 图 (E5 9B ..), without decoding anything else.
 */
#if defined(__SSE2__) && defined(__GNUC__) && !defined(NP_NO_SIMD)
#include <emmintrin.h>
#define NP_SCAN_SIMD 1
#else
#define NP_SCAN_SIMD 0
#endif

/* Bytes per block: four 16-byte vectors, one 64-bit mask. */
#define NP_SCAN_BLOCK 64

/* Bit k of *marks: byte k starts a character worth decoding; of *cont:
 * byte k is a continuation byte; of *tu: bytes k, k+1 are E5 9B.  p must
 * have NP_SCAN_BLOCK + 1 readable bytes. */
static void block_bits(const unsigned char *p, uint64_t *marks, uint64_t *cont, uint64_t *tu)
{
#if NP_SCAN_SIMD
    uint64_t m = 0, c = 0, t = 0;
    const __m128i c0 = _mm_set1_epi8((char)0xC0), e3 = _mm_set1_epi8((char)0xE3),
                  ee = _mm_set1_epi8((char)0xEE), e5 = _mm_set1_epi8((char)0xE5),
                  x9b = _mm_set1_epi8((char)0x9B);
    for (int k = 0; k < NP_SCAN_BLOCK / 16; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
        __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k + 1));
        /* signed compares: 80..BF are below C0, E4..ED between E3 and EE */
        __m128i is_cont = _mm_cmplt_epi8(v, c0);
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(v, e3), _mm_cmplt_epi8(v, ee));
        __m128i is_tu = _mm_and_si128(_mm_cmpeq_epi8(v, e5), _mm_cmpeq_epi8(next, x9b));
        m |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(is_cont, letter)) << (16 * k);
        c |= (uint64_t)(unsigned)_mm_movemask_epi8(is_cont) << (16 * k);
        t |= (uint64_t)(unsigned)_mm_movemask_epi8(is_tu) << (16 * k);
    }
    *marks = ~m;
    *cont = c;
    *tu = t;
#else
    uint64_t m = 0, c = 0, t = 0;
    for (unsigned k = 0; k < NP_SCAN_BLOCK; k++) {
        bool is_cont = (p[k] & 0xC0u) == 0x80u, letter = p[k] >= 0xE4u && p[k] <= 0xEDu;
        m |= (uint64_t)(!is_cont && !letter) << k;
        c |= (uint64_t)is_cont << k;
        t |= (uint64_t)(p[k] == 0xE5u && p[k + 1] == 0x9Bu) << k;
    }
    *marks = m;
    *cont = c;
    *tu = t;
#endif
}

/* The set bits of x, without relying on a popcount instruction (x86-64
 * does not promise one). */
static size_t count_bits64(uint64_t x)
{
    x = x - ((x >> 1) & UINT64_C(0x5555555555555555));
    x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
    x = (x + (x >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
    return (size_t)((x * UINT64_C(0x0101010101010101)) >> 56);
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
    uint64_t keep = ~UINT64_C(0);
    size_t take = NP_SCAN_BLOCK;
    if (left < NP_SCAN_BLOCK) {
        /* the last block: read in place (the text is padded, text.h), the
         * bytes past its end masked off */
        take = left;
        keep = (UINT64_C(1) << left) - 1u;
    }
    uint64_t marks, cont, tu;
    block_bits(p, &marks, &cont, &tu);
    sc->base = sc->next;
    sc->next += take;
    sc->marks = marks & keep;
    sc->chars += take - count_bits64(cont & keep);
    for (tu &= keep; tu != 0 && !sc->tuwei; tu &= tu - 1)
        sc->tuwei = np_starts_with(sc->s + sc->base + np_lowest_bit(tu),
                                   sc->len - sc->base - np_lowest_bit(tu), "图为");
    return true;
}


/* 一 七 三 九 二 五 八 六 十 四, by code point */
static const np_cp cn_digits[] = {0x4E00, 0x4E03, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x516B, 0x516D, 0x5341, 0x56DB};

bool np_is_cn_digit(np_cp c)
{
    return np_cp_set_has(cn_digits, sizeof cn_digits / sizeof *cn_digits, c);
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
    return p < len && np_mark_ends_sentence(s, len, p, c);
}

bool np_mark_ends_sentence(const char *s, size_t len, size_t p, np_cp c)
{
    /* “来了——”: speech that trails off ends when its quotation closes */
    if (c == 0x2014 && p + 3 < len && (np_ends_with(s, len, "”") || np_ends_with(s, len, "」")))
        return true;
    if (!np_is_final_punct(c))
        return false;
    /* 年化利率3. / 45%: a decimal point cut by a column break */
    return !(c == '.' && p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9');
}

const uint16_t np_pc_ascii[128] = {
    ['!'] = NP_PC_FINAL | NP_PC_EXCLAIM,
    ['?'] = NP_PC_FINAL | NP_PC_EXCLAIM,
    ['.'] = NP_PC_FINAL,
    [','] = NP_PC_CLAUSE | NP_PC_COMMA,
    [';'] = NP_PC_CLAUSE | NP_PC_COMMA | NP_PC_FINAL,
    ['('] = NP_PC_OPEN,
    [')'] = NP_PC_CLOSE,
};

/* U+2000..203F */
const uint16_t np_pc_e280[64] = {
    [0x1C] = NP_PC_QUOTE_OPEN,  /* “ */
    [0x1D] = NP_PC_QUOTE_CLOSE, /* ” */
    [0x26] = NP_PC_FINAL,       /* … */
};

/* U+3000..303F */
const uint16_t np_pc_e380[64] = {
    [0x01] = NP_PC_CLAUSE,      /* 、 */
    [0x02] = NP_PC_FINAL,       /* 。 */
    [0x0A] = NP_PC_OPEN,        /* 《 */
    [0x0B] = NP_PC_CLOSE,       /* 》 */
    [0x0C] = NP_PC_QUOTE_OPEN,  /* 「 */
    [0x0D] = NP_PC_QUOTE_CLOSE, /* 」 */
    [0x0E] = NP_PC_QUOTE_OPEN,  /* 『 */
    [0x0F] = NP_PC_QUOTE_CLOSE, /* 』 */
    [0x10] = NP_PC_OPEN,        /* 【 */
    [0x11] = NP_PC_CLOSE,       /* 】 */
};

/* U+FF00..FF3F */
const uint16_t np_pc_efbc[64] = {
    [0x01] = NP_PC_FINAL | NP_PC_EXCLAIM,             /* ！ */
    [0x08] = NP_PC_OPEN,                              /* （ */
    [0x09] = NP_PC_CLOSE,                             /* ） */
    [0x0C] = NP_PC_CLAUSE | NP_PC_COMMA,              /* ， */
    [0x0E] = NP_PC_FINAL,                             /* ． */
    [0x1A] = NP_PC_COLON,                             /* ： */
    [0x1B] = NP_PC_CLAUSE | NP_PC_COMMA | NP_PC_FINAL, /* ； */
    [0x1F] = NP_PC_FINAL | NP_PC_EXCLAIM,             /* ？ */
};

size_t np_find_long(const char *s, size_t len, const char *lit, size_t n)
{
    const char *end = s + len;
    for (const char *p = s + n - 1; p < end; p++) {
        p = memchr(p, lit[n - 1], (size_t)(end - p));
        if (!p)
            break;
        if (memcmp(p - (n - 1), lit, n - 1) == 0)
            return (size_t)(p - (n - 1) - s);
    }
    return len;
}

/* Compare word with key[0..n) over at most n bytes: <0, 0 (word starts
 * with the n bytes, or is them) or >0, as bytes; a word's end sorts
 * first. */
static int compare_head(const char *word, const char *key, size_t n)
{
    const unsigned char *e = (const unsigned char *)word, *k = (const unsigned char *)key;
    for (size_t j = 0; j < n; j++) {
        if (e[j] != k[j])
            return e[j] < k[j] ? -1 : 1;
    }
    return 0;
}

/* The first word not below key[0..n) in its first n bytes. */
static size_t lower_bound(const np_words *w, const char *key, size_t n)
{
    size_t lo = 0, hi = w->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (compare_head(w->words[mid], key, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool np_words_has(const np_words *w, const char *s, size_t len)
{
    size_t i = lower_bound(w, s, len);
    return i < w->count && compare_head(w->words[i], s, len) == 0 && w->words[i][len] == '\0';
}

/* The byte length of the character at s (valid UTF-8). */
static size_t char_length(const char *s, size_t len)
{
    size_t n = np_utf8_length((unsigned char)s[0]);
    return n < len ? n : len;
}

bool np_words_initial(const np_words *w, const char *s, size_t len)
{
    size_t n = char_length(s, len);
    size_t i = lower_bound(w, s, n);
    return i < w->count && compare_head(w->words[i], s, n) == 0;
}

size_t np_words_prefix(const np_words *w, const char *s, size_t len)
{
    if (len == 0)
        return 0;
    size_t n = char_length(s, len), best = 0;
    for (size_t i = lower_bound(w, s, n); i < w->count && compare_head(w->words[i], s, n) == 0; i++) {
        size_t k = np_prefix_len(s, len, w->words[i]);
        if (k > best)
            best = k;
    }
    return best;
}
