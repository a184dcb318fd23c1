/*
 * fuzz_parse.c - the parser fed in chunks chosen by the input.
 *
 * The text is parsed twice: once in one feed (tree mode, the reference) and
 * once in chunks whose sizes come from the header (see fuzz_common.h), with
 * the header's options (NO_TREE, REPLACE_INVALID, limits, events, a failing
 * allocation).  Checked:
 *
 *   - both runs end with the same status, and errors carry the same line
 *     and offset (and column, bytes, message), whatever the cut;
 *   - on success the JSON of both trees is byte for byte the same; without a
 *     tree, the events equal an iterator walk of the reference tree, and so
 *     do the reference's own events;
 *   - feed and finish after the end are refused (NP_ERR_STATE after success,
 *     the error after a failure), and the error stays as it was;
 *   - with a failing allocation the run ends in NP_ERR_NOMEM (or succeeds
 *     if the failure came after the last allocation) and every block is
 *     freed in the end.
 */
#include "fuzz_common.h"

/* The chunk pattern: bits 5-7 of the control byte. */
static size_t next_chunk(unsigned pattern, uint32_t *rng, size_t left)
{
    size_t n;
    switch (pattern) {
    case 0:
        n = left;
        break;
    case 1:
        n = 1;
        break;
    case 2:
        n = 2;
        break;
    case 3:
        n = 3;
        break;
    case 4:
        n = 1 + fuzz_rand(rng) % 16;
        break;
    case 5:
        n = 1 + fuzz_rand(rng) % 512;
        break;
    case 6:
        n = fuzz_rand(rng) % 8; /* zero-length feeds included */
        break;
    default:
        n = 1 + fuzz_rand(rng) % 4096;
        break;
    }
    return n < left ? n : left;
}

typedef struct run {
    np_status status;
    np_error err;
    np_node *doc;
    fuzz_str events;
    bool parser_failed_to_start;
} run;

static void run_parse(const fuzz_input *in, const np_options *base, bool chunked, fuzz_alloc *fa,
                      run *r)
{
    np_options opts = *base;
    np_allocator al;
    memset(r, 0, sizeof *r);
    if (fa) {
        al = fuzz_allocator(fa);
        opts.allocator = &al;
    }
    if (in->ctl & 0x10) {
        opts.on_event = fuzz_record_event;
        opts.userdata = &r->events;
    }
    np_parser *p = np_parser_new(&opts);
    if (!p) {
        FUZZ_CHECK(fa && fa->failed);
        r->parser_failed_to_start = true;
        r->status = NP_ERR_NOMEM;
        return;
    }
    /* the caller's allocator struct may go away after np_parser_new */
    memset(&al, 0, sizeof al);
    FUZZ_CHECK(np_parser_error(p)->status == NP_OK);

    np_status st = NP_OK;
    if (!chunked) {
        st = np_parser_feed(p, in->text, in->len);
    } else {
        unsigned pattern = in->ctl >> 5;
        uint32_t rng = 0x9E3779B9u ^ ((uint32_t)in->param << 8) ^ in->ctl;
        size_t off = 0;
        int zeros = 0;
        while (st == NP_OK && off < in->len) {
            size_t n = next_chunk(pattern, &rng, in->len - off);
            if (n == 0 && ++zeros > 64)
                n = 1;
            /* a zero-length feed may pass NULL */
            st = np_parser_feed(p, n ? in->text + off : NULL, n);
            off += n;
        }
    }
    if (st == NP_OK)
        st = np_parser_finish(p, base->flags & NP_OPT_NO_TREE ? NULL : &r->doc);
    r->status = st;
    r->err = *np_parser_error(p);
    FUZZ_CHECK(r->err.status == st);
    FUZZ_CHECK(memchr(r->err.message, '\0', sizeof r->err.message) != NULL);
    if (st == NP_OK) {
        FUZZ_CHECK(r->err.line == 0 && r->err.offset == 0);
        FUZZ_CHECK((r->doc != NULL) == !(base->flags & NP_OPT_NO_TREE));
    } else {
        FUZZ_CHECK(r->doc == NULL);
        FUZZ_CHECK(r->err.message[0] != '\0');
        /* errors that come from the input point into it */
        if (st == NP_ERR_UTF8 || st == NP_ERR_NUL) {
            FUZZ_CHECK(r->err.line >= 1);
            FUZZ_CHECK(r->err.offset < in->len);
            if (st == NP_ERR_NUL)
                FUZZ_CHECK(in->text[r->err.offset] == '\0');
            /* the bytes shown are the input's, at the offset */
            FUZZ_CHECK(r->err.column >= 1);
            FUZZ_CHECK(r->err.byte_count >= 1 && r->err.byte_count <= 4);
            FUZZ_CHECK(r->err.offset + r->err.byte_count <= in->len);
            FUZZ_CHECK(memcmp(r->err.bytes, in->text + r->err.offset, r->err.byte_count) == 0);
        }
        if (st == NP_ERR_LIMIT_LINE || st == NP_ERR_LIMIT_INPUT || st == NP_ERR_LIMIT_NODES)
            FUZZ_CHECK(r->err.line >= 1 && r->err.offset <= in->len);
    }

    /* after the end: refused, and the error is unchanged */
    np_error before = *np_parser_error(p);
    np_status again = np_parser_feed(p, "x", 1);
    FUZZ_CHECK(again == (st == NP_OK ? NP_ERR_STATE : st));
    np_node *doc2 = (np_node *)1;
    again = np_parser_finish(p, &doc2);
    FUZZ_CHECK(again == (st == NP_OK ? NP_ERR_STATE : st));
    FUZZ_CHECK(doc2 == NULL);
    const np_error *after = np_parser_error(p);
    FUZZ_CHECK(after->status == before.status && after->line == before.line &&
               after->offset == before.offset);
    np_parser_free(p);
}

static char *render_json(const np_node *doc, np_status *st)
{
    char *out = NULL;
    size_t len = 0;
    *st = np_render_string(doc, NP_FORMAT_JSON, NULL, &out, &len);
    if (*st != NP_OK) {
        FUZZ_CHECK(out == NULL);
        return NULL;
    }
    FUZZ_CHECK(out != NULL && strlen(out) == len);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_split(data, size);
    np_options opts;
    fuzz_options(&in, &opts, true);
    bool no_tree = (opts.flags & NP_OPT_NO_TREE) != 0;

    /* the reference: one feed, a tree */
    np_options ref_opts = opts;
    ref_opts.flags &= ~NP_OPT_NO_TREE;
    run ref;
    run_parse(&in, &ref_opts, false, NULL, &ref);
    char *ref_json = NULL;
    if (ref.status == NP_OK) {
        np_status st;
        ref_json = render_json(ref.doc, &st);
        FUZZ_CHECK(st == NP_OK);
        FUZZ_CHECK(fuzz_json_valid(ref_json, strlen(ref_json)));
        if (in.ctl & 0x10) {
            fuzz_str walk = {0};
            fuzz_describe_walk(&walk, ref.doc);
            FUZZ_CHECK(walk.len == ref.events.len &&
                       (walk.len == 0 || memcmp(walk.data, ref.events.data, walk.len) == 0));
            fuzz_str_free(&walk);
        }
    }

    /* the same text in chunks, with the header's options */
    fuzz_alloc fa = {0};
    fa.fail_at = in.failat;
    run got;
    run_parse(&in, &opts, true, &fa, &got);

    if (fa.failed) {
        /* a refused allocation ends in NP_ERR_NOMEM, or in an error the
         * input caused before the allocation was needed */
        FUZZ_CHECK(got.status == NP_ERR_NOMEM ||
                   (got.status == ref.status && got.err.line == ref.err.line &&
                    got.err.offset == ref.err.offset) ||
                   (no_tree && ref.status == NP_ERR_LIMIT_NODES));
    } else if (no_tree && ref.status == NP_ERR_LIMIT_NODES) {
        /* max_nodes counts the nodes of a kept tree only */
    } else {
        if (got.status != ref.status || got.err.line != ref.err.line ||
            got.err.offset != ref.err.offset) {
            fprintf(stderr, "single feed: status %d line %zu offset %llu (%s)\n", ref.status,
                    ref.err.line, (unsigned long long)ref.err.offset, ref.err.message);
            fprintf(stderr, "chunked:     status %d line %zu offset %llu (%s)\n", got.status,
                    got.err.line, (unsigned long long)got.err.offset, got.err.message);
        }
        FUZZ_CHECK(got.status == ref.status);
        FUZZ_CHECK(got.err.line == ref.err.line);
        FUZZ_CHECK(got.err.offset == ref.err.offset);
        /* and the same column, bytes and message, whatever the cut */
        FUZZ_CHECK(got.err.column == ref.err.column);
        FUZZ_CHECK(got.err.byte_count == ref.err.byte_count &&
                   memcmp(got.err.bytes, ref.err.bytes, sizeof got.err.bytes) == 0);
        FUZZ_CHECK(strcmp(got.err.message, ref.err.message) == 0);
        /* the same lines reach the parser in the same order: the same events,
         * also when both stop at an error */
        if (in.ctl & 0x10)
            FUZZ_CHECK(got.events.len == ref.events.len &&
                       (got.events.len == 0 ||
                        memcmp(got.events.data, ref.events.data, got.events.len) == 0));
    }

    if (got.status == NP_OK && !no_tree) {
        np_status st;
        char *json = render_json(got.doc, &st);
        if (fa.failed) {
            FUZZ_CHECK(st == NP_OK || st == NP_ERR_NOMEM);
        } else {
            FUZZ_CHECK(st == NP_OK);
            FUZZ_CHECK(ref_json != NULL);
            if (strcmp(json, ref_json) != 0) {
                fprintf(stderr, "JSON differs between one feed and chunks\n--- one feed\n%s\n--- chunks\n%s\n",
                        ref_json, json);
                FUZZ_CHECK(!"JSON differs");
            }
        }
        np_free(json);
    }

    np_document_free(got.doc);
    FUZZ_CHECK(fa.live == 0);
    np_document_free(ref.doc);
    np_free(ref_json);
    fuzz_str_free(&ref.events);
    fuzz_str_free(&got.events);
    return 0;
}
