/*
 * input.h - bytes to lines.
 *
 * Chunks of any size go in; whole lines come out through a callback, each
 * validated as UTF-8 once.  LF, CRLF and a lone CR all end a line (a CRLF
 * cut between two chunks is still one line end); a UTF-8 BOM at the start
 * is skipped.  A line that is whole inside one chunk is passed without
 * copying; only a line cut by a chunk boundary is assembled.
 */
#ifndef NP_INPUT_H
#define NP_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* Called for each line (without its line end).  replaced: invalid bytes
 * were replaced by U+FFFD (only with NP_OPT_REPLACE_INVALID); np_input.fixes
 * then says where, for the call. */
typedef np_status (*np_line_fn)(void *userdata, const char *s, size_t len, size_t lineno,
                                uint64_t offset, bool replaced);

typedef struct np_input {
    const np_mem *mem;
    np_buf partial;       /* a line cut by a chunk boundary */
    size_t partial_valid; /* how much of partial has been checked (a sequence cut at its
                             end is checked once the next chunk comes) */
    np_buf fixed;         /* a line with its invalid bytes replaced */
    np_buf fixes;         /* np_fix of each replacement in fixed, in order */
    bool skip_lf;         /* the previous chunk ended with CR */
    size_t lineno;        /* number of the line being read, 1-based */
    uint64_t offset;      /* bytes taken so far */
    uint64_t line_offset; /* offset of the first byte of the line being read */
    size_t max_line;
    uint64_t max_input;
    bool replace;
    np_line_fn on_line;
    void *userdata;
} np_input;

void np_input_init(np_input *in, const np_mem *mem, const np_options *opts, np_line_fn on_line,
                   void *userdata);
void np_input_free(np_input *in);

/* Take len bytes; on failure err describes it. */
np_status np_input_feed(np_input *in, const char *data, size_t len, np_error *err);

/* Below this many bytes a plain loop beats a library call (1-byte feeds). */
#define NP_INPUT_SHORT 16

/* At most this many bytes of a partial line wait unchecked in 1-byte feeds:
 * an invalid byte is reported within them, not when the line ends. */
#define NP_INPUT_CHECK_LAG 4096

/*
 * A few bytes inside a line (1-byte feeds) with room for them go straight
 * onto the partial line, which is what np_input_feed would do at the cost
 * of two calls more.  Returns false, having done nothing, when the bytes
 * need np_input_feed: a line end, a limit, no room, NP_INPUT_CHECK_LAG
 * bytes to check.  Inline because it runs once a byte when a caller feeds
 * byte by byte.
 */
static inline bool np_input_feed_short(np_input *in, const char *data, size_t len)
{
    np_buf *b = &in->partial;
    if (len >= NP_INPUT_SHORT || in->skip_lf || b->cap - b->len <= len || b->len + len > in->max_line ||
        (in->max_input && len > in->max_input - in->offset) ||
        (!in->replace && b->len + len - in->partial_valid > NP_INPUT_CHECK_LAG))
        return false;
    for (size_t i = 0; i < len; i++)
        if (data[i] == '\n' || data[i] == '\r')
            return false;
    for (size_t i = 0; i < len; i++)
        b->data[b->len + i] = data[i];
    b->len += len;
    b->data[b->len] = '\0';
    in->offset += len;
    return true;
}

/* End of input: the last line, even without a line end. */
np_status np_input_finish(np_input *in, np_error *err);

/* Fill err (status, line, offset, message; no column, no bytes). */
void np_error_set(np_error *err, np_status status, size_t line, uint64_t offset, const char *message);

/* Add the column and the offending bytes (at most 4) to err, and make its
 * message "what (bytes 0xE4 0xB8)". */
void np_error_set_bytes(np_error *err, size_t column, const char *what, const unsigned char *bytes,
                        size_t n);

/* The encoding a UTF-16 or UTF-32 byte order mark at s names, or NULL. */
const char *np_bom_encoding(const unsigned char *s, size_t len);

/* The 1-based column, in characters, of the byte after s[0, len) (valid UTF-8). */
size_t np_utf8_column(const char *s, size_t len);

#endif /* NP_INPUT_H */
