/*
 * input.c - bytes to validated lines (see input.h).
 *
 * Each byte is looked at twice at most: once to find the line end and once
 * by u8_check when the line is whole.  Validation waits for the whole line
 * so that a UTF-8 sequence cut by a chunk boundary needs no state of its
 * own: the partial line buffer already holds both halves.
 */
#include "input.h"

#include <stdio.h>
#include <string.h>
#include <unistr.h>

void np_error_set(np_error *err, np_status status, size_t line, uint64_t offset, const char *message)
{
    err->status = status;
    err->line = line;
    err->offset = offset;
    snprintf(err->message, sizeof err->message, "%s", message);
}

void np_input_init(np_input *in, const np_mem *mem, const np_options *opts, np_line_fn on_line,
                   void *userdata)
{
    memset(in, 0, sizeof *in);
    in->mem = mem;
    np_buf_init(&in->partial, mem);
    np_buf_init(&in->fixed, mem);
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
}

/* The first CR or LF in [p, end), or end. */
static const char *find_eol(const char *p, const char *end)
{
    for (; p < end; p++)
        if (*p == '\n' || *p == '\r')
            return p;
    return end;
}

/*
 * Copy s with each NUL and each byte that does not start a valid sequence
 * replaced by U+FFFD.  A sequence truncated at the end of the line becomes
 * one U+FFFD.
 */
static np_status replace_invalid(np_input *in, const char *s, size_t len)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    np_buf_clear(&in->fixed);
    if (!np_buf_reserve(&in->fixed, len + 16))
        return NP_ERR_NOMEM;
    size_t i = 0;
    while (i < len) {
        ucs4_t uc;
        int n = u8_mbtoucr(&uc, (const uint8_t *)s + i, len - i);
        bool ok = n > 0 && uc != 0;
        if (!np_buf_append(&in->fixed, ok ? s + i : fffd, ok ? (size_t)n : 3))
            return NP_ERR_NOMEM;
        if (n == -2)
            break;
        i += n > 0 ? (size_t)n : 1;
    }
    return NP_OK;
}

/* Validate and hand over one whole line. */
static np_status emit_line(np_input *in, const char *s, size_t len, np_error *err)
{
    uint64_t off = in->line_offset;
    if (in->lineno == 1 && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        len -= 3;
        off += 3;
    }
    bool replaced = false;
    const uint8_t *bad = u8_check((const uint8_t *)s, len);
    const char *nul = memchr(s, 0, bad ? (size_t)((const char *)bad - s) : len);
    if (nul || bad) {
        if (!in->replace) {
            if (nul) {
                np_error_set(err, NP_ERR_NUL, in->lineno, off + (uint64_t)(nul - s), "NUL byte in input");
                return NP_ERR_NUL;
            }
            np_error_set(err, NP_ERR_UTF8, in->lineno, off + (uint64_t)((const char *)bad - s),
                         "invalid UTF-8 in input");
            return NP_ERR_UTF8;
        }
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
    if (st != NP_OK && err->status == NP_OK)
        np_error_set(err, st, in->lineno, off, np_status_string(st));
    return st;
}

static np_status line_too_long(np_input *in, np_error *err)
{
    np_error_set(err, NP_ERR_LIMIT_LINE, in->lineno, in->line_offset + in->max_line,
                 "line longer than max_line_bytes");
    return NP_ERR_LIMIT_LINE;
}

np_status np_input_feed(np_input *in, const char *data, size_t len, np_error *err)
{
    if (in->max_input && in->offset + len > in->max_input) {
        np_error_set(err, NP_ERR_LIMIT_INPUT, in->lineno, in->max_input,
                     "input longer than max_input_bytes");
        return NP_ERR_LIMIT_INPUT;
    }
    const char *p = data, *end = data + len;
    if (in->skip_lf && p < end) {
        in->skip_lf = false;
        if (*p == '\n') {
            p++;
            in->offset++;
            in->line_offset = in->offset;
        }
    }
    while (p < end) {
        const char *eol = find_eol(p, end);
        size_t seg = (size_t)(eol - p);
        if (in->partial.len + seg > in->max_line)
            return line_too_long(in, err);
        if (eol == end) {
            /* the line goes on in the next chunk */
            if (!np_buf_append(&in->partial, p, seg)) {
                np_error_set(err, NP_ERR_NOMEM, in->lineno, in->offset, "out of memory");
                return NP_ERR_NOMEM;
            }
            in->offset += seg;
            break;
        }
        np_status st;
        if (in->partial.len) {
            if (!np_buf_append(&in->partial, p, seg)) {
                np_error_set(err, NP_ERR_NOMEM, in->lineno, in->offset, "out of memory");
                return NP_ERR_NOMEM;
            }
            st = emit_line(in, in->partial.data, in->partial.len, err);
            np_buf_clear(&in->partial);
        } else {
            st = emit_line(in, p, seg, err);
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

np_status np_input_finish(np_input *in, np_error *err)
{
    if (in->partial.len == 0)
        return NP_OK;
    np_status st = emit_line(in, in->partial.data, in->partial.len, err);
    np_buf_clear(&in->partial);
    in->lineno++;
    return st;
}
