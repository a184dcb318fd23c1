/*
 * encoding.c - feeding one page to the parser.  Input is UTF-8 unless
 * --encoding names another encoding, in which case the page is read whole
 * and converted before parsing.  Without --encoding the first 64 KiB
 * decide: a UTF-16 or UTF-32 byte order mark, or clearly Chinese text
 * that converts cleanly from GB18030, makes the page read whole and
 * converted; anything else is streamed as UTF-8 (so jsonl output appears
 * as articles end, and invalid UTF-8 is reported at its line and byte).
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static bool is_utf8_name(const char *name)
{
    static const char *const names[] = {"UTF-8", "UTF8", "utf-8", "utf8"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

/* Whether the system can convert from name: a one-byte probe tells an
 * unknown encoding (NP_ERR_ARGUMENT) from a byte it cannot convert. */
bool cli_encoding_known(const char *name)
{
    char *out;
    np_status st = np_convert_to_utf8(name, "\n", 1, &out, NULL);
    np_free(out);
    return st != NP_ERR_ARGUMENT;
}

/* A growable buffer for a whole input. */
typedef struct whole {
    char *data;
    size_t len;
    size_t cap;
} whole;

static bool whole_append(whole *w, const char *s, size_t len)
{
    if (len == 0)
        return true;
    if (len > SIZE_MAX - w->len)
        return false;
    if (w->data == NULL || w->len + len > w->cap) {
        size_t cap = w->cap < CLI_CHUNK_SIZE ? CLI_CHUNK_SIZE : w->cap;
        while (cap < w->len + len)
            cap = cap > SIZE_MAX / 2 ? w->len + len : cap * 2;
        char *d = realloc(w->data, cap);
        if (d == NULL)
            return false;
        w->data = d;
        w->cap = cap;
    }
    memcpy(w->data + w->len, s, len);
    w->len += len;
    return true;
}

/* Up to max bytes of in into the page's chunk, counted. */
static size_t read_chunk(cli_page *pg, FILE *in, size_t max)
{
    size_t n = fread(pg->chunk, 1, max, in);
    pg->bytes += n;
    return n;
}

/* Appends the rest of in to w. */
static read_result read_rest(cli_page *pg, FILE *in, whole *w)
{
    for (;;) {
        size_t n = read_chunk(pg, in, CLI_CHUNK_SIZE);
        if (n > 0 && !whole_append(w, pg->chunk, n))
            return READ_NOMEM;
        if (n < CLI_CHUNK_SIZE)
            break;
    }
    return ferror(in) ? READ_IO_ERROR : READ_OK;
}

static read_result feed_stream(cli_page *pg, np_parser *p, FILE *in)
{
    for (;;) {
        size_t n = read_chunk(pg, in, CLI_CHUNK_SIZE);
        if (n > 0 && np_parser_feed(p, pg->chunk, n) != NP_OK)
            return READ_PARSE_ERROR;
        if (n < CLI_CHUNK_SIZE)
            break;
    }
    return ferror(in) ? READ_IO_ERROR : READ_OK;
}

/* Converts w from encoding and feeds the result; *cerr receives a
 * conversion failure and its place. */
static read_result feed_converted(np_parser *p, const char *encoding, const whole *w,
                                  np_error *cerr)
{
    char *utf8;
    size_t len;
    np_status st = np_convert(encoding, w->data, w->len, &utf8, &len, cerr);
    if (st == NP_ERR_NOMEM)
        return READ_NOMEM;
    if (st != NP_OK)
        return READ_CONVERT_ERROR;
    np_status fs = np_parser_feed(p, utf8, len);
    np_free(utf8);
    return fs == NP_OK ? READ_OK : READ_PARSE_ERROR;
}

/*
 * Detection looks at the first chunk only (CLI_DETECT_PREFIX), so that
 * memory stays bounded: UTF-8, and what is neither UTF-8 nor another
 * encoding, is streamed as it comes (the parser then says where the UTF-8
 * breaks); another encoding is read whole into w and *encoding set.
 * *streamed says the page went to the parser.
 */
static read_result detect_and_read(cli_page *pg, np_parser *p, FILE *in, const char **encoding,
                                   whole *w, bool *streamed)
{
    size_t n = read_chunk(pg, in, CLI_DETECT_PREFIX);
    if (ferror(in))
        return READ_IO_ERROR;
    const char *enc = np_detect_encoding(pg->chunk, n);
    if (enc == NULL || strcmp(enc, "UTF-8") == 0) {
        *streamed = true;
        if (n > 0 && np_parser_feed(p, pg->chunk, n) != NP_OK)
            return READ_PARSE_ERROR;
        return n == CLI_DETECT_PREFIX ? feed_stream(pg, p, in) : READ_OK;
    }
    *encoding = enc;
    if (!whole_append(w, pg->chunk, n))
        return READ_NOMEM;
    return n == CLI_DETECT_PREFIX ? read_rest(pg, in, w) : READ_OK;
}

read_result cli_feed_input(cli_page *pg, np_parser *p, FILE *in, const char **encoding,
                           np_error *cerr)
{
    const char *forced = pg->cfg->encoding;
    *encoding = forced != NULL ? forced : "UTF-8";
    if (forced != NULL && is_utf8_name(forced))
        return feed_stream(pg, p, in);
    whole w = {NULL, 0, 0};
    bool streamed = false;
    read_result r = forced == NULL ? detect_and_read(pg, p, in, encoding, &w, &streamed)
                                   : read_rest(pg, in, &w);
    if (r == READ_OK && !streamed) {
        if (is_utf8_name(*encoding))
            r = np_parser_feed(p, w.data != NULL ? w.data : "", w.len) == NP_OK ? READ_OK
                                                                            : READ_PARSE_ERROR;
        else
            r = feed_converted(p, *encoding, &w, cerr);
    }
    free(w.data);
    return r;
}
