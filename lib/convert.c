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
#include <stdlib.h>
#include <string.h>

#include <uniconv.h>
#include <unistr.h>

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

static bool converts_cleanly(const char *encoding, const char *data, size_t len)
{
    char *out;
    if (np_convert_to_utf8(encoding, data, len, &out, NULL) != NP_OK)
        return false;
    np_free(out);
    return true;
}

const char *np_detect_encoding(const char *data, size_t len)
{
    if (data == NULL)
        return len == 0 ? "UTF-8" : NULL;
    const uint8_t *s = (const uint8_t *)data;
    if (u8_check(s, len) == NULL)
        return "UTF-8";
    if (looks_like_damaged_utf8(s, len))
        return NULL;
    if (converts_cleanly("GB18030", data, len))
        return "GB18030";
    return NULL;
}
