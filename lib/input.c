/*
 * input.c - bytes to validated lines (see input.h).
 *
 * Line ends are found with memchr (one search for LF and one for CR, each
 * remembered until the scan passes it, so LF, CRLF and lone-CR files are
 * all scanned once).  Validation runs over spans: the whole lines of a
 * chunk are checked in one pass (first_error: the rules of u8_check, plus
 * NUL), which is the same as checking each line, because a valid sequence
 * never holds a CR or an LF.  A line that the span check did not clear (it
 * holds the first error, or it was cut by a chunk boundary and assembled
 * in the partial buffer) is checked on its own, and a line with an error
 * goes through u8_check as before, so errors, their offsets and
 * replacements do not depend on how the input was cut.
 */
#include "input.h"

#include <stdio.h>
#include <string.h>
#include <unistr.h>

/* A UTF-8 continuation byte (10xxxxxx). */
#define CONT(b) (((b) ^ 0x80u) < 0x40u)

void np_error_set(np_error *err, np_status status, size_t line, uint64_t offset, const char *message)
{
    err->status = status;
    err->line = line;
    err->offset = offset;
    snprintf(err->message, sizeof err->message, "%s", message);
    err->column = 0;
    memset(err->bytes, 0, sizeof err->bytes);
    err->byte_count = 0;
}

void np_error_set_bytes(np_error *err, size_t column, const char *what, const unsigned char *bytes,
                        size_t n)
{
    if (n > sizeof err->bytes)
        n = sizeof err->bytes;
    err->column = column;
    memcpy(err->bytes, bytes, n);
    err->byte_count = (unsigned char)n;
    /* "invalid UTF-8 (bytes 0xE4 0xB8)", as xmllint shows them */
    int k = snprintf(err->message, sizeof err->message, "%s (byte%s", what, n == 1 ? "" : "s");
    for (size_t i = 0; i < n && k > 0 && (size_t)k < sizeof err->message; i++)
        k += snprintf(err->message + k, sizeof err->message - (size_t)k, " 0x%02X", bytes[i]);
    if (k > 0 && (size_t)k < sizeof err->message)
        snprintf(err->message + k, sizeof err->message - (size_t)k, ")");
}

size_t np_utf8_column(const char *s, size_t len)
{
    size_t chars = 0;
    for (size_t i = 0; i < len; i++)
        chars += !CONT((unsigned char)s[i]);
    return chars + 1;
}

void np_input_init(np_input *in, const np_mem *mem, const np_options *opts, np_line_fn on_line,
                   void *userdata)
{
    memset(in, 0, sizeof *in);
    in->mem = mem;
    np_buf_init(&in->partial, mem);
    np_buf_init(&in->fixed, mem);
    np_buf_init(&in->fixes, mem);
    in->lineno = 1;
    in->max_line = opts->max_line_bytes ? opts->max_line_bytes : NP_DEFAULT_MAX_LINE_BYTES;
    in->max_input = opts->max_input_bytes;
    in->replace = (opts->flags & NP_OPT_REPLACE_INVALID) != 0;
    in->on_line = on_line;
    in->userdata = userdata;
}

void np_input_free(np_input *in)
{
    np_buf_free(&in->partial);
    np_buf_free(&in->fixed);
    np_buf_free(&in->fixes);
}

/*
 * Where the next LF and the next CR are (or end), each searched for with
 * memchr only once the scan has passed the previous answer: a file without
 * CR costs one memchr for CR per chunk, and lone-CR files one for LF.
 */
typedef struct eol_finder {
    const char *lf, *cr; /* NULL: not searched yet */
} eol_finder;

/* Below this many bytes a plain loop beats two memchr calls (1-byte feeds). */
#define SHORT_SCAN 16

/* The first CR or LF in [p, end), or end. */
static const char *find_eol(eol_finder *f, const char *p, const char *end)
{
    if (end - p < SHORT_SCAN) {
        for (; p < end; p++)
            if (*p == '\n' || *p == '\r')
                return p;
        return end;
    }
    if (!f->lf || f->lf < p) {
        f->lf = memchr(p, '\n', (size_t)(end - p));
        if (!f->lf)
            f->lf = end;
    }
    if (!f->cr || f->cr < p) {
        f->cr = memchr(p, '\r', (size_t)(end - p));
        if (!f->cr)
            f->cr = end;
    }
    return f->lf < f->cr ? f->lf : f->cr;
}

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)
/* Whether a byte of x is zero (exact as a yes/no answer). */
#define HAS_ZERO(x) (((x) - ONES) & ~(x) & HIGHS)

#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CJK_WORDS 1
#else
#define CJK_WORDS 0 /* the masks below are laid out for little-endian loads */
#endif

/*
 * Eight three-byte sequences (24 bytes, three 64-bit words) at a time: the
 * lead bytes sit at bytes 0 3 6 | 9 12 15 | 18 21, i.e. at 0 3 6, 1 4 7 and
 * 2 5 of the three words.  For each word: LEAD_x has F0 at a lead and C0
 * elsewhere, WANT_x E0 and 80 (1110xxxx, 10xxxxxx), BYTE_x FF at a lead,
 * FILL_x 01 elsewhere, E0_x and ED_x those bytes at the leads.  E0 and ED
 * leads are left to the byte-wise rules (overlong forms, surrogates).
 */
#define LEAD_0 UINT64_C(0xC0F0C0C0F0C0C0F0)
#define WANT_0 UINT64_C(0x80E08080E08080E0)
#define BYTE_0 UINT64_C(0x00FF0000FF0000FF)
#define FILL_0 UINT64_C(0x0100010100010100)
#define E0_0 UINT64_C(0x00E00000E00000E0)
#define ED_0 UINT64_C(0x00ED0000ED0000ED)
#define LEAD_1 UINT64_C(0xF0C0C0F0C0C0F0C0)
#define WANT_1 UINT64_C(0xE08080E08080E080)
#define BYTE_1 UINT64_C(0xFF0000FF0000FF00)
#define FILL_1 UINT64_C(0x0001010001010001)
#define E0_1 UINT64_C(0xE00000E00000E000)
#define ED_1 UINT64_C(0xED0000ED0000ED00)
#define LEAD_2 UINT64_C(0xC0C0F0C0C0F0C0C0)
#define WANT_2 UINT64_C(0x8080E08080E08080)
#define BYTE_2 UINT64_C(0x0000FF0000FF0000)
#define FILL_2 UINT64_C(0x0101000101000101)
#define E0_2 UINT64_C(0x0000E00000E00000)
#define ED_2 UINT64_C(0x0000ED0000ED0000)

static bool cjk_word(uint64_t w, uint64_t lead, uint64_t want, uint64_t byte, uint64_t fill,
                     uint64_t e0, uint64_t ed)
{
    uint64_t is_e0 = ((w & byte) ^ e0) | fill, is_ed = ((w & byte) ^ ed) | fill;
    return (w & lead) == want && !HAS_ZERO(is_e0) && !HAS_ZERO(is_ed);
}

#if defined(__SSE2__) && !defined(NP_NO_SIMD)
#include <emmintrin.h>
#define NP_INPUT_SIMD 1

/*
 * 64 bytes at a time, of ASCII and three-byte sequences mixed as Chinese
 * text mixes them: one bit per byte says what it is, and the block is
 * valid when no byte is NUL or of another kind (C0..DF, F0..FF), no lead
 * is E0 or ED (their second byte has narrower rules: the byte-wise code
 * checks them), and the continuation bytes are exactly the two after each
 * lead, counting a lead near the end of the previous block.  Returns
 * where this stops: the start of a sequence.
 */
static const unsigned char *skip_valid_64(const unsigned char *p, const unsigned char *e)
{
    const __m128i zero = _mm_setzero_si128(), c0 = _mm_set1_epi8((char)0xC0),
                  f0 = _mm_set1_epi8((char)0xF0), e0 = _mm_set1_epi8((char)0xE0),
                  ed = _mm_set1_epi8((char)0xED);
    uint64_t prev = 0; /* leads of the block before */
    while (e - p >= 64) {
        uint64_t high = 0, cont = 0, lead = 0, odd = 0;
        for (int k = 0; k < 4; k++) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
            /* signed compare: 80..BF are the bytes below C0 */
            __m128i is_cont = _mm_cmplt_epi8(v, c0);
            __m128i is_lead = _mm_cmpeq_epi8(_mm_and_si128(v, f0), e0);
            __m128i is_odd = _mm_or_si128(_mm_cmpeq_epi8(v, zero),
                                          _mm_or_si128(_mm_cmpeq_epi8(v, e0), _mm_cmpeq_epi8(v, ed)));
            high |= (uint64_t)(unsigned)_mm_movemask_epi8(v) << (16 * k);
            cont |= (uint64_t)(unsigned)_mm_movemask_epi8(is_cont) << (16 * k);
            lead |= (uint64_t)(unsigned)_mm_movemask_epi8(is_lead) << (16 * k);
            odd |= (uint64_t)(unsigned)_mm_movemask_epi8(is_odd) << (16 * k);
        }
        uint64_t carry = (prev >> 63) * 3u | ((prev >> 62) & 1u);
        if (odd != 0 || (high & ~cont & ~lead) != 0 || cont != ((lead << 1) | (lead << 2) | carry))
            break;
        prev = lead;
        p += 64;
    }
    /* a sequence the last block boundary cut is checked byte-wise */
    if (prev >> 63)
        p -= 1;
    else if ((prev >> 62) & 1u)
        p -= 2;
    return p;
}
#else
#define NP_INPUT_SIMD 0
#endif

/*
 * The first invalid UTF-8 sequence or NUL byte in [s, end), or end: what
 * u8_check and a memchr for NUL would find, in one pass.  With SSE2, text
 * of ASCII and three-byte sequences goes 64 bytes at a time
 * (skip_valid_64); a block holding anything else, and the last bytes, go
 * the portable way: ASCII eight bytes at a time and the three-byte
 * sequences of Chinese text (leads E1..EC, EE, EF) 24 bytes at a time,
 * then one at a time; anything
 * else goes by the rules of u8_check (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF).  The result only decides which
 * lines may skip their own check: a line with an error, or any line this
 * function were stricter about, is still checked by u8_check in emit_line.
 */
static const char *first_error(const char *s, const char *end)
{
    const unsigned char *p = (const unsigned char *)s, *e = (const unsigned char *)end;
#if NP_INPUT_SIMD
    /* where the byte-wise code hands back to the block check */
    const unsigned char *retry = p;
#endif
    while (p < e) {
#if NP_INPUT_SIMD
        if (p >= retry) {
            p = skip_valid_64(p, e);
            retry = e - p > 64 ? p + 64 : e;
            if (p >= e)
                break;
        }
#endif
        unsigned c = *p;
        if (c < 0x80) {
            if (c == 0)
                break;
            p++;
            while (e - p >= 8) {
                uint64_t w;
                memcpy(&w, p, sizeof w);
                /* a byte >= 0x80, or a zero byte: go one by one */
                if ((w & HIGHS) || HAS_ZERO(w))
                    break;
                p += 8;
            }
            continue;
        }
        while (CJK_WORDS && e - p >= 24) {
            uint64_t w0, w1, w2;
            memcpy(&w0, p, 8);
            memcpy(&w1, p + 8, 8);
            memcpy(&w2, p + 16, 8);
            if (!cjk_word(w0, LEAD_0, WANT_0, BYTE_0, FILL_0, E0_0, ED_0) ||
                !cjk_word(w1, LEAD_1, WANT_1, BYTE_1, FILL_1, E0_1, ED_1) ||
                !cjk_word(w2, LEAD_2, WANT_2, BYTE_2, FILL_2, E0_2, ED_2))
                break;
            p += 24;
        }
        while (e - p >= 3 && (unsigned)(p[0] - 0xe1) <= 0x0eu && p[0] != 0xed &&
               ((p[1] & 0xc0u) | ((p[2] & 0xc0u) >> 2)) == 0xa0u)
            p += 3;
        if (p >= e)
            break;
        c = *p;
        size_t left = (size_t)(e - p);
        if (c < 0x80) {
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            if (left < 2 || !CONT(p[1]))
                break;
            p += 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            /* E0: no overlong form (A0..BF next); ED: no surrogate (80..9F) */
            if (left < 3 || !CONT(p[1]) || !CONT(p[2]) || (c == 0xe0 && p[1] < 0xa0) ||
                (c == 0xed && p[1] >= 0xa0))
                break;
            p += 3;
        } else if (c >= 0xf0 && c <= 0xf4) {
            /* F0: no overlong form (90..BF next); F4: up to U+10FFFF (80..8F) */
            if (left < 4 || !CONT(p[1]) || !CONT(p[2]) || !CONT(p[3]) ||
                (c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] >= 0x90))
                break;
            p += 4;
        } else {
            break; /* 80..C1, F5..FF never start a sequence */
        }
    }
    return (const char *)p;
}

/*
 * The length of the maximal subpart of the ill-formed sequence at s[0..n):
 * the longest start of a well-formed sequence found there, at least 1
 * (Unicode 15, section 3.9, "U+FFFD Substitution of Maximal Subparts", as
 * in the WHATWG decoder and Python's errors="replace").
 */
static size_t maximal_subpart(const uint8_t *s, size_t n)
{
    uint8_t c = s[0], lo = 0x80, hi = 0xBF;
    size_t need;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0; /* no overlongs */
        else if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90; /* no overlongs */
        else if (c == 0xF4)
            hi = 0x8F; /* nothing past U+10FFFF */
    } else {
        return 1;
    }
    size_t i = 1;
    if (i < n && s[i] >= lo && s[i] <= hi) {
        i++;
        while (i < need && i < n && (s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/*
 * Copy s with each NUL and each maximal subpart of an ill-formed sequence
 * replaced by one U+FFFD: a byte that starts no sequence is one, and so is
 * a sequence cut short, by another byte or by the end of the line (E4 B8
 * then 'c' gives U+FFFD 'c'; C0 80 gives two, ED A0 80 three).
 */
static np_status replace_invalid(np_input *in, const char *s, size_t len)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    np_buf_clear(&in->fixed);
    np_buf_clear(&in->fixes);
    if (!np_buf_reserve(&in->fixed, len + 16))
        return NP_ERR_NOMEM;
    size_t i = 0;
    while (i < len) {
        const uint8_t *u = (const uint8_t *)s + i;
        ucs4_t uc;
        int n = u8_mbtoucr(&uc, u, len - i);
        bool ok = n > 0 && uc != 0;
        size_t raw = n > 0 ? (size_t)n : maximal_subpart(u, len - i);
        np_fix fix = {in->fixed.len, raw};
        if ((!ok && !np_buf_append(&in->fixes, (const char *)&fix, sizeof fix)) ||
            !np_buf_append(&in->fixed, ok ? s + i : fffd, ok ? (size_t)n : 3))
            return NP_ERR_NOMEM;
        i += raw;
    }
    return NP_OK;
}

/*
 * A buffer grown for one very long line is given back once the line has
 * been handed over, so that the parser does not keep its peak: memory
 * stays bounded by the longest line being read, not the longest seen.
 */
#define KEEP_BUF_BYTES ((size_t)1 << 20)

static void buf_done(np_buf *b)
{
    if (b->cap > KEEP_BUF_BYTES)
        np_buf_free(b);
    else
        np_buf_clear(b);
}

/* The start of a line's text: a UTF-8 BOM before the first line is skipped
 * (offsets count it, columns do not). */
static void skip_bom(const np_input *in, const char **s, size_t *len, uint64_t *off)
{
    if (in->lineno == 1 && *len >= 3 && memcmp(*s, "\xEF\xBB\xBF", 3) == 0) {
        *s += 3;
        *len -= 3;
        *off += 3;
    }
}

/* The byte order mark a UTF-16 or UTF-32 page starts with, or NULL; UTF-32LE's
 * mark begins with UTF-16LE's, so it is tried first. */
const char *np_bom_encoding(const unsigned char *s, size_t len)
{
    if (len >= 4 && s[0] == 0xff && s[1] == 0xfe && s[2] == 0 && s[3] == 0)
        return "UTF-32LE";
    if (len >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xfe && s[3] == 0xff)
        return "UTF-32BE";
    if (len >= 2 && s[0] == 0xff && s[1] == 0xfe)
        return "UTF-16LE";
    if (len >= 2 && s[0] == 0xfe && s[1] == 0xff)
        return "UTF-16BE";
    return NULL;
}

/*
 * Report the first invalid sequence or NUL in the line s[0, len) (its text,
 * after skip_bom; off is where it starts in the input): status, line,
 * column, offset and the offending bytes.  NP_OK if there is none.
 */
static np_status line_error(const np_input *in, const char *s, size_t len, uint64_t off,
                            np_error *err)
{
    const uint8_t *bad = u8_check((const uint8_t *)s, len);
    const char *nul = memchr(s, 0, bad ? (size_t)((const char *)bad - s) : len);
    if (!nul && !bad)
        return NP_OK;
    const char *at = nul ? nul : (const char *)bad;
    size_t pos = (size_t)(at - s);
    np_status st = nul ? NP_ERR_NUL : NP_ERR_UTF8;
    size_t n = nul ? 1 : maximal_subpart((const uint8_t *)at, len - pos);
    /* such a page is not invalid UTF-8 at byte 0 but in another encoding */
    const char *bom = in->lineno == 1 && off == 0 ? np_bom_encoding((const unsigned char *)s, len) : NULL;
    char what[80];
    if (bom != NULL) {
        /* FF FE is two bad bytes of UTF-8, but one UTF-16 mark */
        n = 2;
        snprintf(what, sizeof what, "%s byte order mark: the input is %s, not UTF-8", bom, bom);
    } else {
        snprintf(what, sizeof what, "%s", nul ? "NUL byte in input" : "invalid UTF-8");
    }
    np_error_set(err, st, in->lineno, off + pos, "");
    np_error_set_bytes(err, np_utf8_column(s, pos), what, (const unsigned char *)at, n);
    return st;
}

/* Whether the n bytes at s are the start of a valid sequence that the end
 * of the bytes in hand has cut (more may come). */
static bool cut_sequence(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    size_t need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    return c >= 0xc2 && c <= 0xf4 && n < need && maximal_subpart((const uint8_t *)s, n) == n;
}

/*
 * Check the bytes [from, n) of a line whose first n bytes are in hand at
 * line (more may follow, so a sequence cut at n is not an error yet), so
 * that an invalid byte is reported as soon as it is read, not when the
 * line ends (or turns out too long).  *valid receives how far the line is
 * known to be valid: the next check starts there.
 */
/* Whether the n bytes at the very start of the input are a proper prefix
 * of a UTF-16 or UTF-32 byte order mark: which one, and so which error,
 * only the next bytes tell (FE, FF FE, 00 00 FE). */
static bool cut_bom(const np_input *in, const char *s, size_t n)
{
    static const char *const marks[] = {"\xFE\xFF", "\xFF\xFE\x00\x00", "\x00\x00\xFE\xFF"};
    static const size_t lens[] = {2, 4, 4};
    if (in->lineno != 1 || in->line_offset != 0)
        return false;
    for (size_t i = 0; i < sizeof lens / sizeof *lens; i++)
        if (n < lens[i] && memcmp(s, marks[i], n) == 0)
            return true;
    return false;
}

static np_status check_prefix(const np_input *in, const char *line, size_t from, size_t n,
                              size_t *valid, np_error *err)
{
    const char *stop = first_error(line + from, line + n);
    size_t at = (size_t)(stop - line);
    *valid = at;
    if (at == n || cut_sequence(stop, n - at))
        return NP_OK;
    /* the same error whatever the chunks: wait for the whole mark */
    if (at == 0 && cut_bom(in, line, n)) {
        *valid = 0;
        return NP_OK;
    }
    const char *s = line;
    size_t len = n;
    uint64_t off = in->line_offset;
    skip_bom(in, &s, &len, &off);
    np_status st = line_error(in, s, len, off, err);
    if (st == NP_OK)
        *valid = from; /* first_error was stricter: nothing proved beyond from */
    return st;
}

/* Validate the line (unless checked: a span check has cleared it) and hand it over. */
static np_status emit_line(np_input *in, const char *s, size_t len, bool checked, np_error *err)
{
    uint64_t off = in->line_offset;
    skip_bom(in, &s, &len, &off);
    bool replaced = false;
    /* the fast pass first; u8_check only to report or replace an error */
    if (!checked)
        checked = first_error(s, s + len) == s + len;
    if (!checked && !in->replace) {
        np_status st = line_error(in, s, len, off, err);
        if (st != NP_OK)
            return st;
    } else if (!checked) {
        np_status st = replace_invalid(in, s, len);
        if (st != NP_OK) {
            np_error_set(err, st, in->lineno, off, "out of memory");
            return st;
        }
        s = in->fixed.data;
        len = in->fixed.len;
        replaced = true;
    }
    np_status st = in->on_line(in->userdata, s, len, in->lineno, off, replaced);
    if (replaced) {
        buf_done(&in->fixed);
        buf_done(&in->fixes);
    }
    if (st != NP_OK && err->status == NP_OK)
        np_error_set(err, st, in->lineno, off, np_status_string(st));
    return st;
}

/*
 * The line is longer than max_line_bytes; its first max_line + 1 bytes are
 * in hand at line.  An invalid byte among the first max_line comes first
 * and is reported instead; else the error points at the first byte past
 * the limit (its column is that of the character it is part of).
 */
static np_status line_too_long(np_input *in, const char *line, np_error *err)
{
    size_t valid;
    if (!in->replace && check_prefix(in, line, 0, in->max_line, &valid, err) != NP_OK)
        return err->status;
    const char *s = line;
    size_t len = in->max_line;
    uint64_t off = in->line_offset;
    skip_bom(in, &s, &len, &off);
    np_error_set(err, NP_ERR_LIMIT_LINE, in->lineno, in->line_offset + in->max_line,
                 "line longer than max_line_bytes");
    err->column = np_utf8_column(s, len) - (CONT((unsigned char)s[len]) && len > 0);
    return NP_ERR_LIMIT_LINE;
}

/* Append to the partial line; the copy is done here while the buffer has
 * room, which keeps 1-byte feeds cheap. */
static bool partial_append(np_buf *b, const char *s, size_t n)
{
    if (b->cap - b->len <= n)
        return np_buf_append(b, s, n);
    char *d = b->data + b->len;
    if (n < 16) {
        for (size_t i = 0; i < n; i++)
            d[i] = s[i];
    } else {
        memcpy(d, s, n);
    }
    b->len += n;
    d[n] = '\0';
    return true;
}

/*
 * Past max_input_bytes: the bytes up to the limit are taken first (an error
 * in them comes first), then the error points at the first byte past the
 * limit, so that where it is reported does not depend on the chunking.
 */
static np_status input_too_long(np_input *in, np_error *err)
{
    np_error_set(err, NP_ERR_LIMIT_INPUT, in->lineno, in->max_input,
                 "input longer than max_input_bytes");
    return NP_ERR_LIMIT_INPUT;
}

/* A line past max_line_bytes whose next bytes are at p: its first
 * max_line + 1 bytes, assembled if a chunk boundary cut them, go to
 * line_too_long. */
static np_status too_long(np_input *in, const char *p, np_error *err)
{
    if (in->partial.len == 0)
        return line_too_long(in, p, err);
    if (!partial_append(&in->partial, p, in->max_line + 1 - in->partial.len)) {
        np_error_set(err, NP_ERR_NOMEM, in->lineno, in->offset, "out of memory");
        return NP_ERR_NOMEM;
    }
    return line_too_long(in, in->partial.data, err);
}

/* Take len bytes, all within max_input_bytes. */
static np_status take(np_input *in, const char *data, size_t len, np_error *err)
{
    const char *p = data, *end = data + len;
    if (in->skip_lf && p < end) {
        in->skip_lf = false;
        if (*p == '\n') {
            p++;
            in->offset++;
            in->line_offset = in->offset;
        }
    }
    if (p == end)
        return NP_OK;
    eol_finder f = {NULL, NULL};
    /* [p, clean) has been checked in one pass and holds no invalid sequence
     * and no NUL.  The pass may run on into the line that the next chunk
     * ends (and stop early at a sequence cut by the chunk's end), which does
     * no harm: that line is checked on its own once it is whole. */
    const char *clean = p;
    while (p < end) {
        const char *eol = find_eol(&f, p, end);
        size_t seg = (size_t)(eol - p);
        if (in->partial.len + seg > in->max_line)
            return too_long(in, p, err);
        if (eol == end) {
            /* the line goes on in the next chunk */
            if (!partial_append(&in->partial, p, seg)) {
                np_error_set(err, NP_ERR_NOMEM, in->lineno, in->offset, "out of memory");
                return NP_ERR_NOMEM;
            }
            in->offset += seg;
            /* an invalid byte is reported now, not when the line ends */
            if (!in->replace &&
                check_prefix(in, in->partial.data, in->partial_valid, in->partial.len,
                             &in->partial_valid, err) != NP_OK)
                return err->status;
            break;
        }
        np_status st;
        if (in->partial.len) {
            if (!partial_append(&in->partial, p, seg)) {
                np_error_set(err, NP_ERR_NOMEM, in->lineno, in->offset, "out of memory");
                return NP_ERR_NOMEM;
            }
            st = emit_line(in, in->partial.data, in->partial.len, false, err);
            buf_done(&in->partial);
            in->partial_valid = 0;
        } else {
            /* Check the rest of the chunk at once, up to the first error;
             * a line holding an error is checked on its own. */
            if (p >= clean)
                clean = first_error(p, end);
            st = emit_line(in, p, seg, eol <= clean, err);
        }
        if (st != NP_OK)
            return st;
        in->offset += seg + 1;
        if (*eol == '\r') {
            if (eol + 1 < end) {
                if (eol[1] == '\n') {
                    eol++;
                    in->offset++;
                }
            } else {
                in->skip_lf = true;
            }
        }
        p = eol + 1;
        in->lineno++;
        in->line_offset = in->offset;
    }
    return NP_OK;
}

np_status np_input_feed(np_input *in, const char *data, size_t len, np_error *err)
{
    if (len == 0)
        return NP_OK; /* data may be NULL: no arithmetic on it */
    if (in->max_input && len > in->max_input - in->offset) {
        np_status st = take(in, data, (size_t)(in->max_input - in->offset), err);
        /* bytes that 1-byte feeds left unchecked come before the limit */
        if (st == NP_OK && !in->replace && in->partial.len > in->partial_valid)
            st = check_prefix(in, in->partial.data, in->partial_valid, in->partial.len,
                              &in->partial_valid, err);
        return st != NP_OK ? st : input_too_long(in, err);
    }
    return take(in, data, len, err);
}

np_status np_input_finish(np_input *in, np_error *err)
{
    if (in->partial.len == 0)
        return NP_OK;
    np_status st = emit_line(in, in->partial.data, in->partial.len, false, err);
    buf_done(&in->partial);
    in->partial_valid = 0;
    in->lineno++;
    return st;
}
