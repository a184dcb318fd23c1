/*
 * text.h - small UTF-8 helpers over already validated text.
 *
 * The input is validated once, line by line, in input.c; everything after
 * that may assume well-formed UTF-8 and uses these helpers instead of
 * decoding by hand.
 */
#ifndef NP_TEXT_H
#define NP_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint32_t np_cp;

/* Decode a sequence other than ASCII or three bytes (see np_utf8_decode). */
size_t np_utf8_decode_other(const char *s, size_t len, size_t i, np_cp *cp);

/*
 * Decode the code point at s[i] (i < len) and return its length in bytes.
 * ASCII and three-byte sequences (all of Chinese text) are decoded inline;
 * they are nearly every character the parser looks at.
 */
static inline size_t np_utf8_decode(const char *s, size_t len, size_t i, np_cp *cp)
{
    const unsigned char *p = (const unsigned char *)s + i;
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if ((p[0] & 0xF0) == 0xE0 && len - i >= 3) {
        *cp = ((np_cp)(p[0] & 0x0F) << 12) | ((np_cp)(p[1] & 0x3F) << 6) | (np_cp)(p[2] & 0x3F);
        return 3;
    }
    return np_utf8_decode_other(s, len, i, cp);
}

/* The start of the code point that ends at s[end] (end > 0), i.e. the
 * index of the last code point before end. */
size_t np_utf8_prev(const char *s, size_t end);

/*
 * The characters of a text worth decoding, in order: ASCII and every
 * character outside U+4000..U+DFFF (all punctuation), found 64 bytes
 * at a time while the letters between them are only counted.  The text
 * must be followed by NP_SCAN_PAD readable bytes (an np_buf's slack):
 * its last block is read in place.
 *
 *     np_scan sc;
 *     np_scan_init(&sc, s, len);
 *     for (size_t i = np_scan_next(&sc); i < len; i = np_scan_next(&sc))
 *         ... decode s[i] ...
 *
 * Once np_scan_next has returned len, sc.chars holds the number of code
 * points of the text and sc.tuwei whether 图为 occurs in it.
 */
#define NP_SCAN_PAD 64

typedef struct np_scan {
    const char *s;
    size_t len;
    size_t next;     /* the first byte not yet read into marks */
    size_t base;     /* where the block of marks starts */
    uint64_t marks;  /* bit k: s[base + k] is a character to decode, not yet returned */
    size_t chars;    /* code points in the blocks read */
    bool tuwei;      /* 图为 starts in the blocks read */
} np_scan;

void np_scan_init(np_scan *sc, const char *s, size_t len);

/* Read the next block into sc->marks; false at the end of the text. */
bool np_scan_block(np_scan *sc);

/* The index of the lowest set bit of x (x != 0). */
static inline unsigned np_lowest_bit(uint64_t x)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned k = 0;
    while (!(x & 1u)) {
        x >>= 1;
        k++;
    }
    return k;
#endif
}

/* The index of the next character to decode, or len at the end.  Inline:
 * it runs once for every punctuation mark of the page. */
static inline size_t np_scan_next(np_scan *sc)
{
    while (sc->marks == 0)
        if (!np_scan_block(sc))
            return sc->len;
    unsigned k = np_lowest_bit(sc->marks);
    sc->marks &= sc->marks - 1;
    return sc->base + k;
}

/* The number of code points in s[0..len). */
size_t np_utf8_count(const char *s, size_t len);

/* White space for layout purposes: ASCII space and tab, U+3000, NBSP,
 * and the other Unicode space separators. */
static inline bool np_is_space(np_cp c)
{
    switch (c) {
    case ' ': case '\t': case '\v': case '\f':
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200B;
    }
}

/* np_trim's work when an end may hold white space. */
void np_trim_slow(const char *s, size_t *start, size_t *end);

/* Whether the character at p may be white space (np_is_space), and
 * whether the one ending at end may be: two byte tests, no decoding, and
 * no false "no" (a unit test checks every space).  A byte past a lead
 * byte, or before a continuation byte, is always there in valid UTF-8. */
static inline bool np_may_start_space(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    switch (p[0]) {
    case ' ': case '\t': case '\n': case '\v': case '\f': return true;
    case 0xC2: return p[1] == 0xA0;
    case 0xE1: return p[1] == 0x9A;
    /* U+2000..200B, 202F, 205F and U+3000, but not the marks beside
     * them (“ ” 、 。 「 open and close many lines) */
    case 0xE2: return (p[1] == 0x80 && (p[2] <= 0x8B || p[2] == 0xAF)) || (p[1] == 0x81 && p[2] == 0x9F);
    case 0xE3: return p[1] == 0x80 && p[2] == 0x80;
    case 0xEF: return p[1] == 0xBB;
    default: return false;
    }
}

static inline bool np_may_end_space(const char *s)
{
    const unsigned char *end = (const unsigned char *)s;
    unsigned char b = end[-1];
    if (b < 0x80)
        return b == ' ' || (b >= '\t' && b <= '\f');
    unsigned char prev = end[-2];
    if (b == 0xA0 && prev == 0xC2)
        return true;
    /* the rest are three bytes long: the lead byte tells U+3000 from
     * 。 and 、 (E3 80 82, E3 80 81), which end most lines */
    unsigned char lead = prev >= 0x80 && prev < 0xC0 ? end[-3] : 0;
    switch (b) {
    case 0x80: return (prev == 0x9A && lead == 0xE1) || (prev == 0x80 && (lead == 0xE2 || lead == 0xE3));
    case 0x9F: return prev == 0x81 && lead == 0xE2;
    case 0xBF: return prev == 0xBB && lead == 0xEF;
    default: return prev == 0x80 && lead == 0xE2 && (b <= 0x8B || b == 0xAF);
    }
}

/* Trim leading and trailing white space from s[*start..*end). */
static inline void np_trim(const char *s, size_t *start, size_t *end)
{
    if (*start < *end && !np_may_start_space(s + *start) && !np_may_end_space(s + *end))
        return;
    np_trim_slow(s, start, end);
}

/* A CJK ideograph (the letters of Chinese names and text). */
bool np_is_han(np_cp c);

/* Whether every character of s[0..len) is a Han letter (np_is_han). */
bool np_all_han(const char *s, size_t len);

/* Whether the character at s[at] (at < len) is a Han letter: 中 too, which
 * np_is_han_lead leaves to a decode. */
static inline bool np_starts_with_han(const char *s, size_t len, size_t at)
{
    np_cp c;
    np_utf8_decode(s, len, at, &c);
    return np_is_han(c);
}

/* Whether b leads a character of U+5000..U+9FFF: CJK ideographs, most of
 * a page's letters, never white space or punctuation.  Loops that look
 * for separators pass over them without decoding. */
static inline bool np_is_han_lead(unsigned char b)
{
    return b >= 0xE5 && b <= 0xE9;
}

/* The byte length of the character whose lead byte is b (valid UTF-8). */
static inline size_t np_utf8_length(unsigned char b)
{
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* An ASCII letter or digit (a join between two of these needs a space). */
static inline bool np_is_ascii_alnum(np_cp c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Sentence-final punctuation: 。！？!?…；; and the ASCII full stop. */
static inline bool np_is_final_punct(np_cp c)
{
    switch (c) {
    case 0x3002: /* 。 */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case '!': case '?': case '.':
    case 0x2026: /* … */
    case 0xFF1B: /* ； */
    case ';':
    case 0xFF0E: /* ． */
        return true;
    default:
        return false;
    }
}

/* Punctuation that closes a quotation or bracket: ” ’ 」 』 ） ) 》 】 〕. */
static inline bool np_is_closing(np_cp c)
{
    switch (c) {
    case 0x201D: case 0x2019: case 0x300D: case 0x300F: case 0xFF09: case ')':
    case 0x300B: case 0x3011: case 0x3015: case 0x3009: case '"': case '\'':
        return true;
    default:
        return false;
    }
}

/* Punctuation that opens a quotation or bracket: “ ‘ 「 『 （ ( 《 【 〔. */
bool np_is_opening(np_cp c);

/* Clause punctuation inside a sentence: ， , 、 ； ; */
static inline bool np_is_clause_punct(np_cp c)
{
    return c == 0xFF0C || c == ',' || c == 0x3001 || c == 0xFF1B || c == ';';
}

/* A circled number ①..⑳ (figure numbers and source marks). */
bool np_is_circled_number(np_cp c);

/* Whether c is in set[0..n), code points in ascending order: the one
 * form of a fixed set of characters (a switch would be a second).  The
 * sets are small (ten, fourteen) and every line asks: comparing with all
 * of them at once, which the compiler turns into a few vector compares,
 * costs less than the mispredicted branches of a search. */
static inline bool np_cp_set_has(const np_cp *set, size_t n, np_cp c)
{
    bool found = false;
    for (size_t i = 0; i < n; i++)
        found |= set[i] == c;
    return found;
}

/* An ASCII or full-width digit (3, ３). */
static inline bool np_is_digit(np_cp c)
{
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* 一 to 十: the digits of Chinese numbering (一、 （二） 第三版). */
bool np_is_cn_digit(np_cp c);

/*
 * The punctuation classes of one character, as bits: what the line
 * classifier asks of every mark, found by a table lookup on its bytes
 * instead of a chain of tests on its code point.  A unit test checks the
 * tables against the predicates above for every character.
 */
enum {
    NP_PC_CLAUSE = 0x01u,      /* np_is_clause_punct */
    NP_PC_COMMA = 0x02u,       /* clause punctuation other than 、 */
    NP_PC_FINAL = 0x04u,       /* np_is_final_punct */
    NP_PC_EXCLAIM = 0x08u,     /* ！ ？ ! ?: final, but no full stop */
    NP_PC_COLON = 0x10u,       /* ： */
    NP_PC_QUOTE_OPEN = 0x20u,  /* “ 「 『 */
    NP_PC_QUOTE_CLOSE = 0x40u, /* ” 」 』 */
    NP_PC_OPEN = 0x80u,        /* （ ( 《 【 */
    NP_PC_CLOSE = 0x100u       /* ） ) 》 】 */
};

/* Tables for ASCII and for the third byte of E2 80 xx (U+2000..203F),
 * E3 80 xx (U+3000..303F) and EF BC xx (U+FF00..FF3F). */
extern const uint16_t np_pc_ascii[128];
extern const uint16_t np_pc_e280[64];
extern const uint16_t np_pc_e380[64];
extern const uint16_t np_pc_efbc[64];

/* The classes of the character starting at p (valid UTF-8: a lead byte
 * is followed by its continuation bytes). */
static inline unsigned np_punct_class(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80)
        return np_pc_ascii[p[0]];
    if (p[0] == 0xE3 && p[1] == 0x80)
        return np_pc_e380[p[2] & 0x3F];
    if (p[0] == 0xEF && p[1] == 0xBC)
        return np_pc_efbc[p[2] & 0x3F];
    if (p[0] == 0xE2 && p[1] == 0x80)
        return np_pc_e280[p[2] & 0x3F];
    return 0;
}

/* The index of the last code point of s[0..len) that is not a closing
 * quotation mark or bracket (…。” -> the 。), or len if there is none;
 * *c receives it. */
size_t np_last_mark(const char *s, size_t len, np_cp *c);

/* Whether s[0..len) ends a sentence: 。！？… before any closing marks. */
bool np_ends_sentence(const char *s, size_t len);

/* The same for a text whose last mark (np_last_mark) is c at p < len. */
bool np_mark_ends_sentence(const char *s, size_t len, size_t p, np_cp c);

/*
 * Whether s[0..len) starts / ends with the NUL-terminated UTF-8 string lit.
 * Byte loops that stop at the first difference rather than memcmp: the
 * words compared are a few bytes long and nearly always differ in their
 * first (or, from the end, last) byte, so a library call would cost more
 * than the comparison.  np_prefix_len gives the length matched, or 0.
 */
static inline size_t np_prefix_len(const char *s, size_t len, const char *lit)
{
    size_t i = 0;
    for (; lit[i] != '\0'; i++)
        if (i >= len || s[i] != lit[i])
            return 0;
    return i;
}

static inline bool np_starts_with(const char *s, size_t len, const char *lit)
{
    return lit[0] == '\0' || np_prefix_len(s, len, lit) > 0;
}

static inline bool np_ends_with(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    if (n > len)
        return false;
    const char *tail = s + len - n;
    for (size_t i = n; i-- > 0;)
        if (tail[i] != lit[i])
            return false;
    return true;
}

/*
 * A word list sorted by bytes (UTF-8 keeps code-point order), without
 * repeats: the one form of a list of words in lib/ (page names, editors'
 * titles, role words, photo agencies, credit verbs, the suffixes of
 * organisation names, ...).  The words that begin with one character
 * stand together, so a binary search finds them, and most texts are
 * compared with no word at all.  A unit test checks the order of every
 * list (test_word_lists reads every np_words of lib/ from the source).
 */
typedef struct np_words {
    const char *const *words;
    size_t count;
} np_words;

/* NP_WORDS(list): the np_words initializer of the array of words list. */
#define NP_WORDS(list) {(list), sizeof(list) / sizeof *(list)}

/* Whether s[0..len) is one of the words. */
bool np_words_has(const np_words *w, const char *s, size_t len);

/* Whether some word begins with the character at s (len > 0). */
bool np_words_initial(const np_words *w, const char *s, size_t len);

/* The byte length of the longest word that s[0..len) starts with, or 0. */
size_t np_words_prefix(const np_words *w, const char *s, size_t len);

/* The byte length of the shortest word that s[0..len) ends with, or 0.
 * The shortest: a list of suffixes (新区, 区) then also tells whether a
 * word ends s with text of s before it.  The words are few and a text's
 * last byte rules most of them out, so they are compared one by one;
 * inline, for it runs on every line (the credit verbs). */
static inline size_t np_words_suffix(const np_words *w, const char *s, size_t len)
{
    size_t best = 0;
    for (size_t i = 0; i < w->count; i++) {
        const char *word = w->words[i];
        size_t k = strlen(word);
        /* the last byte first: in Chinese text it is one of sixty-four */
        if (k > 0 && k <= len && (best == 0 || k < best) && s[len - 1] == word[k - 1] &&
            memcmp(s + len - k, word, k - 1) == 0)
            best = k;
    }
    return best;
}

/* np_find over a longer text: memchr finds the candidates. */
size_t np_find_long(const char *s, size_t len, const char *lit, size_t n);

/*
 * The index of the first occurrence of lit in s[0..len), or len.  Inline,
 * so that strlen(lit) folds; a short text (a token, a label) is searched
 * with a byte loop, where a library call would cost more than the search.
 * The last byte is tested first: in Chinese text a character's first byte
 * is one of a few (E4..E9), its last one of sixty-four.
 */
static inline size_t np_find(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    if (n == 0 || n > len)
        return n == 0 ? 0 : len;
    if (len > 32)
        return np_find_long(s, len, lit, n);
    char last = lit[n - 1];
    for (size_t i = n - 1; i < len; i++) {
        if (s[i] != last)
            continue;
        size_t k = 0;
        while (k + 1 < n && s[i + 1 - n + k] == lit[k])
            k++;
        if (k + 1 == n)
            return i + 1 - n;
    }
    return len;
}

#endif /* NP_TEXT_H */
