/*
 * parser.c - the public parser: options, new, feed, finish, free.
 *
 * The parser owns the pipeline input -> blocks -> emit (see parse.h).  It
 * keeps the first error and refuses further input after it, so a caller
 * that ignores one status still gets the error at finish.
 *
 * A feed or finish runs the caller's callbacks (events, allocator hooks)
 * halfway through changing the parser, so while one is in progress the
 * parser is busy: a feed or finish from inside a callback is refused with
 * NP_ERR_STATE and a free does nothing.
 */
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "input.h"
#include "page.h"
#include "parse.h"
#include "text.h"

typedef enum np_parser_state { NP_STATE_OPEN, NP_STATE_FINISHED, NP_STATE_FAILED } np_parser_state;

struct np_parser {
    np_mem mem;
    np_options opts;
    np_input input;
    np_emitter em;
    np_blocks blocks;
    np_decoder decoder;
    np_error err;
    np_parser_state state;
    bool busy; /* a feed or finish is in progress (we are in a callback) */
    bool fed;  /* input has come: the window can no longer be set */
    unsigned gap; /* blank lines since the last non-blank one */
    np_buf set_in; /* the lines set in, a bit a line (page.h), when the tree is kept */
};

void np_options_init(np_options *opts)
{
    if (!opts)
        return;
    memset(opts, 0, sizeof *opts);
    opts->max_line_bytes = NP_DEFAULT_MAX_LINE_BYTES;
}

/* A line from input.c: blank lines are counted, others queued. */
static np_status on_line(void *userdata, const char *s, size_t len, size_t lineno, uint64_t offset,
                         bool replaced)
{
    np_parser *p = userdata;
    size_t a = 0, b = len;
    np_trim(s, &a, &b);
    if (a == b) {
        if (p->gap < 1000)
            p->gap++;
        return NP_OK;
    }
    unsigned gap = p->gap;
    p->gap = 0;
    /* "　　" before the text is the Chinese paragraph indent */
    bool indented = a >= 6 && memcmp(s, "\xE3\x80\x80\xE3\x80\x80", 6) == 0;
    np_status st = NP_ERR_NOMEM;
    /* kept for the stitcher: was a continuation's first line set in? */
    if (!indented || !p->em.keep_tree || np_page_mark_set_in(&p->set_in, lineno))
        st = np_decode_push(&p->decoder, s + a, b - a, lineno, offset + a, gap, indented, replaced,
                            replaced ? &p->input.fixes : NULL, a);
    if (st != NP_OK && p->err.status == NP_OK)
        np_error_set(&p->err, st, p->blocks.err_line, p->blocks.err_offset, np_status_string(st));
    return st;
}

static bool valid_allocator(const np_allocator *a)
{
    return !a || (a->malloc_fn && a->realloc_fn && a->free_fn);
}

/* A flag this version does not know (one of a newer version, or garbage)
 * must not be ignored: the parser is born failed, and its first feed or
 * finish says why, which a NULL (out of memory) could not. */
static void refuse_flags(np_parser *p, unsigned unknown)
{
    char msg[64];
    snprintf(msg, sizeof msg, "unknown bits in np_options.flags (0x%X)", unknown);
    np_error_set(&p->err, NP_ERR_ARGUMENT, 0, 0, msg);
    p->state = NP_STATE_FAILED;
}

np_parser *np_parser_new(const np_options *opts)
{
    np_options defaults;
    if (!opts) {
        np_options_init(&defaults);
        opts = &defaults;
    }
    if (!valid_allocator(opts->allocator))
        return NULL;
    np_mem mem;
    np_mem_init(&mem, opts->allocator);
    np_parser *p = np_mem_alloc(&mem, sizeof *p);
    if (!p)
        return NULL;
    memset(p, 0, sizeof *p);
    p->mem = mem;
    p->opts = *opts;
    p->opts.allocator = NULL; /* copied into mem; the caller's may go away */
    if (p->opts.max_line_bytes == 0)
        p->opts.max_line_bytes = NP_DEFAULT_MAX_LINE_BYTES;
    np_buf_init(&p->set_in, &p->mem);
    np_input_init(&p->input, &p->mem, &p->opts, on_line, p);
    np_blocks_init(&p->blocks, &p->mem, &p->em, &p->opts);
    if (np_decode_init(&p->decoder, &p->mem, &p->blocks, NP_DEFAULT_WINDOW) != NP_OK ||
        np_emit_init(&p->em, &p->mem, &p->opts) != NP_OK) {
        np_parser_free(p);
        return NULL;
    }
    if (opts->flags & ~NP_OPT_KNOWN)
        refuse_flags(p, opts->flags & ~NP_OPT_KNOWN);
    return p;
}

np_status np_parser_set_window(np_parser *p, size_t window)
{
    if (!p || p->busy || p->state != NP_STATE_OPEN || window > NP_MAX_WINDOW || p->fed)
        return NP_ERR_ARGUMENT;
    return np_decode_resize(&p->decoder, window ? window : NP_DEFAULT_WINDOW);
}

static np_status fail(np_parser *p, np_status st)
{
    p->state = NP_STATE_FAILED;
    if (p->err.status == NP_OK)
        np_error_set(&p->err, st, p->blocks.err_line, p->blocks.err_offset, np_status_string(st));
    return p->err.status;
}

static np_status refuse(np_parser *p)
{
    if (p->state == NP_STATE_FAILED)
        return p->err.status;
    return NP_ERR_STATE;
}

static np_status feed(np_parser *p, const char *data, size_t len)
{
    if (len == 0 || np_input_feed_short(&p->input, data, len))
        return NP_OK;
    np_status st = np_input_feed(&p->input, data, len, &p->err);
    return st == NP_OK ? NP_OK : fail(p, st);
}

np_status np_parser_feed(np_parser *p, const char *data, size_t len)
{
    if (!p || (!data && len))
        return NP_ERR_ARGUMENT;
    if (p->busy)
        return NP_ERR_STATE;
    if (p->state != NP_STATE_OPEN)
        return refuse(p);
    p->busy = true;
    p->fed = p->fed || len > 0;
    np_status st = feed(p, data, len);
    p->busy = false;
    return st;
}

/* The document's span: the whole input, every line (lineno is the line
 * after the last one read). */
static void set_document_span(np_parser *p)
{
    np_node *doc = &p->em.tree->doc;
    size_t last = p->input.lineno > 1 ? p->input.lineno - 1 : 1;
    doc->span = (np_span){1, last, 0, p->input.offset};
    doc->span_count = 1;
}

/* The end of input for an open parser: the last lines and blocks. */
static np_status finish_input(np_parser *p)
{
    p->busy = true;
    np_status st = np_input_finish(&p->input, &p->err);
    if (st == NP_OK) {
        set_document_span(p);
        st = np_decode_finish(&p->decoder);
    }
    p->busy = false;
    return st;
}

np_status np_parser_finish(np_parser *p, np_node **document)
{
    if (document)
        *document = NULL;
    if (!p)
        return NP_ERR_ARGUMENT;
    if (p->busy)
        return NP_ERR_STATE;
    if (p->state != NP_STATE_OPEN)
        return refuse(p);
    np_status st = finish_input(p);
    if (st != NP_OK)
        return fail(p, st);
    p->state = NP_STATE_FINISHED;
    if (p->em.keep_tree) {
        np_tree *t = p->em.tree;
        if (!np_page_attach(t, &p->set_in))
            return fail(p, NP_ERR_NOMEM);
        p->em.tree = NULL;
        if (document)
            *document = &t->doc;
        else
            np_document_free(&t->doc);
    }
    return NP_OK;
}

const np_error *np_parser_error(const np_parser *p)
{
    static const np_error no_parser = {.status = NP_ERR_ARGUMENT, .message = "no parser"};
    return p ? &p->err : &no_parser;
}

void np_parser_free(np_parser *p)
{
    /* From inside a callback the parser is still in use: the caller frees
     * it once the feed or finish has returned. */
    if (!p || p->busy)
        return;
    np_input_free(&p->input);
    np_decode_free(&p->decoder);
    np_blocks_free(&p->blocks);
    np_emit_free(&p->em);
    np_buf_free(&p->set_in);
    np_mem mem = p->mem;
    np_mem_free(&mem, p);
}

np_status np_parse(const char *data, size_t len, const np_options *opts, np_node **document,
                   np_error *err)
{
    if (document)
        *document = NULL;
    if (err)
        memset(err, 0, sizeof *err);
    if (!document || (!data && len))
        return NP_ERR_ARGUMENT;
    np_parser *p = np_parser_new(opts);
    if (!p) {
        if (err)
            np_error_set(err, NP_ERR_NOMEM, 0, 0, "out of memory");
        return NP_ERR_NOMEM;
    }
    np_status st = np_parser_feed(p, data, len);
    if (st == NP_OK)
        st = np_parser_finish(p, document);
    if (st != NP_OK && err)
        *err = p->err;
    np_parser_free(p);
    return st;
}
