/*
 * convert.c - input in other encodings: conversion to UTF-8 and telling
 * UTF-8 from GB18030.
 *
 * Pages from older tools come as GB18030 (or its subsets GBK and GB2312)
 * and from Taiwan and Hong Kong as Big5; the parser reads UTF-8 only, so
 * such input is converted first, whole.  The conversion is libunistring's
 * u8_conv_from_encoding on top of the system's iconv, which knows the
 * encoding names (GB18030, GBK, BIG5, BIG5-HKSCS, UTF-16, ...).
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uniconv.h>
#include <unistr.h>

#include "input.h"
#include "internal.h"

/*
 * The first guess at the size of the result: GB18030, GBK and Big5 need
 * at most 3 bytes of UTF-8 for 2 bytes of input.  When the guess is short
 * libunistring makes a buffer of its own and the result is copied.
 */
static size_t first_guess(size_t len)
{
    if (len > (SIZE_MAX - 16) / 3 * 2)
        return len;
    return len + len / 2 + 16;
}

static np_status status_from_errno(int e)
{
    switch (e) {
    case ENOMEM:
        return NP_ERR_NOMEM;
    case EINVAL:
        /* iconv_open: the system does not know the encoding. */
        return NP_ERR_ARGUMENT;
    default:
        return NP_ERR_ENCODING;
    }
}

np_status np_convert_to_utf8(const char *encoding, const char *data, size_t len, char **out,
                             size_t *out_len)
{
    if (out != NULL)
        *out = NULL;
    if (out_len != NULL)
        *out_len = 0;
    if (encoding == NULL || encoding[0] == '\0' || out == NULL || (data == NULL && len > 0))
        return NP_ERR_ARGUMENT;
    np_mem mem;
    np_mem_init(&mem, NULL);
    size_t cap = first_guess(len);
    char *block = np_mem_alloc_owned(&mem, cap + 1);
    if (block == NULL)
        return NP_ERR_NOMEM;
    size_t n = cap;
    errno = 0;
    uint8_t *r = u8_conv_from_encoding(encoding, iconveh_error, data != NULL ? data : "", len,
                                       NULL, (uint8_t *)block, &n);
    int e = errno;
    if (r == NULL) {
        np_free(block);
        return status_from_errno(e);
    }
    /*
     * Input that ends inside a multi-byte sequence is converted up to that
     * sequence, which is dropped, and errno says EINVAL: a truncated file
     * must not pass for a clean one.
     */
    if (e == EINVAL) {
        if (r != (uint8_t *)block)
            free(r);
        np_free(block);
        return NP_ERR_ENCODING;
    }
    if (r != (uint8_t *)block) {
        char *bigger = n < SIZE_MAX ? np_mem_realloc_owned(&mem, block, n + 1) : NULL;
        if (bigger == NULL) {
            free(r);
            np_free(block);
            return NP_ERR_NOMEM;
        }
        memcpy(bigger, r, n);
        free(r);
        block = bigger;
    } else if (n + 1 < cap / 2) {
        /* Mostly ASCII: give the unused half back (keep the block if that fails). */
        char *smaller = np_mem_realloc_owned(&mem, block, n + 1);
        if (smaller != NULL)
            block = smaller;
    }
    block[n] = '\0';
    *out = block;
    if (out_len != NULL)
        *out_len = n;
    return NP_OK;
}

/* ------------------------------------------------------------------ */
/* Where a conversion failed                                            */
/* ------------------------------------------------------------------ */

/* The UTF-8 made so far, seen as lines: LF, CRLF and a lone CR end one,
 * as in the parser, so that line numbers agree with a parse of the result. */
typedef struct place {
    size_t line;   /* 1-based */
    size_t column; /* 1-based, in characters */
    bool after_cr; /* the last byte was a CR: an LF next ends no new line */
} place;

static void place_advance(place *pl, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n' && pl->after_cr) {
            pl->after_cr = false;
        } else if (c == '\n' || c == '\r') {
            pl->line++;
            pl->column = 1;
            pl->after_cr = c == '\r';
        } else {
            pl->after_cr = false;
            if ((c & 0xc0u) != 0x80u)
                pl->column++;
        }
    }
}

/* Bytes of output converted at a time while looking for the fault. */
#define LOCATE_CHUNK 4096

/*
 * Convert again with iconv itself, which stops at the first sequence it
 * cannot convert and says where: err receives its line and column (in
 * the text before it) and its byte offset in data.  Only a failed
 * conversion pays for this second pass.  false if iconv disagrees (it
 * converts everything, or cannot start).
 */
static bool locate_fault(const char *encoding, const char *data, size_t len, np_error *err)
{
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == (iconv_t)-1)
        return false;
    place pl = {1, 1, false};
    char buf[LOCATE_CHUNK];
    char *in = (char *)data;
    size_t left = len;
    int fault = 0;
    while (left > 0 && fault == 0) {
        char *out = buf;
        size_t room = sizeof buf;
        size_t r = iconv(cd, &in, &left, &out, &room);
        place_advance(&pl, buf, (size_t)(out - buf));
        if (r == (size_t)-1 && errno != E2BIG)
            fault = errno;
    }
    iconv_close(cd);
    if (fault != EILSEQ && fault != EINVAL)
        return false;
    size_t at = (size_t)(in - data);
    char what[96];
    if (fault == EINVAL)
        snprintf(what, sizeof what, "%s sequence cut by the end of the input", encoding);
    else
        snprintf(what, sizeof what, "invalid %s", encoding);
    np_error_set(err, NP_ERR_ENCODING, pl.line, at, "");
    size_t n = len - at < sizeof err->bytes ? len - at : sizeof err->bytes;
    np_error_set_bytes(err, pl.column, what, (const unsigned char *)data + at, n);
    return true;
}

np_status np_convert(const char *encoding, const char *data, size_t len, char **out,
                     size_t *out_len, np_error *err)
{
    np_status st = np_convert_to_utf8(encoding, data, len, out, out_len);
    if (err == NULL)
        return st;
    switch (st) {
    case NP_OK:
        np_error_set(err, NP_OK, 0, 0, "");
        break;
    case NP_ERR_ENCODING:
        if (!locate_fault(encoding, data, len, err))
            np_error_set(err, st, 0, 0, "cannot convert from the encoding");
        break;
    case NP_ERR_ARGUMENT:
        np_error_set(err, st, 0, 0,
                     encoding == NULL || encoding[0] == '\0' || out == NULL ? "no encoding or no output"
                                                                             : "unknown encoding");
        break;
    default:
        np_error_set(err, st, 0, 0, np_status_string(st));
        break;
    }
    return st;
}

/*
 * Whether bytes that are not valid UTF-8 are nearly all the same valid
 * UTF-8 with a few damaged bytes.  Pairs of GB18030 bytes happen to form a
 * valid UTF-8 sequence about one time in three; a UTF-8 page with a bad
 * byte or two is valid everywhere else.  Calling that GB18030 would turn a
 * clear "invalid UTF-8 at line N" into a page of nonsense.
 */
static bool looks_like_damaged_utf8(const uint8_t *s, size_t len)
{
    size_t good = 0;
    size_t bad = 0;
    size_t i = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        ucs4_t uc;
        int n = u8_mbtoucr(&uc, s + i, len - i);
        if (n > 0) {
            good += (size_t)n;
            i += (size_t)n;
        } else {
            bad++;
            i++;
        }
    }
    return bad <= good / 8;
}

/*
 * A GB18030 reading is taken only when it is clearly Chinese text: at
 * least DETECT_MIN_HAN Han characters, and Han characters and Chinese
 * punctuation make up at least DETECT_CJK_SHARE of the characters that
 * are not ASCII.  Nearly any byte string reads as some GB18030, mostly as
 * rare Han characters among odd symbols; a page that really is GB18030
 * has hundreds of common ones.  Anything less is reported as invalid
 * UTF-8 with its place rather than turned into mojibake.
 */
#define DETECT_MIN_HAN 8
#define DETECT_CJK_SHARE 0.9

static bool is_han(ucs4_t c)
{
    return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
           (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);
}

/* CJK and fullwidth punctuation, and the general punctuation (—, “”, …)
 * that Chinese text uses. */
static bool is_cjk_punctuation(ucs4_t c)
{
    return c == 0xb7 || (c >= 0x2010 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) ||
           (c >= 0xff00 && c <= 0xffef);
}

static bool clearly_chinese(const uint8_t *s, size_t len)
{
    size_t han = 0, punct = 0, other = 0;
    size_t i = 0;
    while (i < len) {
        ucs4_t c;
        int n = u8_mbtouc(&c, s + i, len - i);
        i += n > 0 ? (size_t)n : 1;
        if (c < 0x80)
            continue;
        if (is_han(c))
            han++;
        else if (is_cjk_punctuation(c))
            punct++;
        else
            other++;
    }
    return han >= DETECT_MIN_HAN &&
           (double)(han + punct) >= DETECT_CJK_SHARE * (double)(han + punct + other);
}

/* The longest GB18030 sequence: data that is a prefix of a page may end
 * inside one. */
#define GB18030_MAX_SEQ 4

/* Whether data reads as clearly Chinese GB18030; a sequence cut at the end
 * of data is not held against it. */
static bool reads_as_chinese_gb18030(const char *data, size_t len)
{
    for (size_t cut = 0; cut < GB18030_MAX_SEQ && cut < len; cut++) {
        char *out;
        size_t out_len;
        np_status st = np_convert_to_utf8("GB18030", data, len - cut, &out, &out_len);
        if (st == NP_ERR_NOMEM)
            return false;
        if (st == NP_OK) {
            bool chinese = clearly_chinese((const uint8_t *)out, out_len);
            np_free(out);
            return chinese;
        }
    }
    return false;
}

/* The length of s without a UTF-8 sequence cut at its end. */
static size_t without_cut_utf8(const uint8_t *s, size_t len)
{
    for (size_t back = 1; back <= 3 && back <= len; back++) {
        uint8_t c = s[len - back];
        if (c < 0x80)
            return len;
        if (c >= 0xc0) {
            size_t need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
            return need > back ? len - back : len;
        }
    }
    return len;
}

const char *np_detect_encoding(const char *data, size_t len)
{
    if (data == NULL)
        return len == 0 ? "UTF-8" : NULL;
    const uint8_t *s = (const uint8_t *)data;
    const char *bom = np_bom_encoding(s, len);
    if (bom != NULL)
        return bom;
    if (u8_check(s, without_cut_utf8(s, len)) == NULL)
        return "UTF-8";
    if (looks_like_damaged_utf8(s, len))
        return NULL;
    if (reads_as_chinese_gb18030(data, len))
        return "GB18030";
    return NULL;
}
