/*
 * test_alloc_fail.c - allocation failure at every allocation of a full run.
 *
 *     test_alloc_fail PAGE.txt...
 *
 * For each page, a full run (np_parser_new, np_parser_feed in chunks of
 * 1000 bytes, or 7 without a tree, np_parser_finish, np_parser_free,
 * np_render_string in every format the library implements, np_free,
 * np_document_free) is first counted with an
 * allocator that never fails: T allocations (malloc and realloc calls).
 * Then for every N from 1 to T the run is repeated with the N-th allocation
 * failing, once with only that call failing and once with every call from
 * the N-th on failing.  Each run must:
 *   - end in NP_ERR_NOMEM: np_parser_new returns NULL, or feed, finish or
 *     np_render_string returns NP_ERR_NOMEM (np_parser_error says the same,
 *     and later feed/finish calls keep saying it);
 *   - leave the parser safe to free and leak nothing: the allocator's live
 *     blocks and bytes are zero after everything was freed;
 *   - with N = T + 1, succeed with the same JSON as the reference.
 * Modes: the tree (NP_OPT_NO_TREE off), events only (NP_OPT_NO_TREE with a
 * callback), np_parse in one call, and np_render_string alone on a tree
 * parsed with a working allocator (every format, every N of the render).
 * The counts are printed for the record.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "robust.h"

/* Feed sizes: lines cut across chunks take the partial-line path. */
#define CHUNK_TREE 1000
#define CHUNK_NO_TREE 7

typedef struct page {
    const char *path;
    char *data;
    size_t len;
} page;

typedef enum mode { MODE_TREE, MODE_NO_TREE, MODE_ONESHOT, MODE_RENDER } mode;

typedef struct job {
    const page *pg;
    mode m;
} job;

/* The renderings of a full run: format and flags. */
typedef struct rendering {
    np_format format;
    unsigned flags;
} rendering;

static const rendering renderings[] = {
    {NP_FORMAT_JSON, 0},     {NP_FORMAT_JSON, NP_RENDER_COMPACT},  {NP_FORMAT_OUTLINE, 0},
    {NP_FORMAT_HTML, 0},     {NP_FORMAT_MARKDOWN, NP_RENDER_FURNITURE}, {NP_FORMAT_TEXT, 0},
};
#define NRENDER (sizeof renderings / sizeof renderings[0])

/* Which renderings the library implements (NP_ERR_ARGUMENT: not yet). */
static bool implemented[NRENDER];
static bool implemented_known;

static int count_event(np_event_type ev, const np_node *node, void *userdata)
{
    (void)ev;
    (void)node;
    (*(unsigned long *)userdata)++;
    return 0;
}

typedef struct outcome {
    np_status status;
    char *json;            /* reference JSON (successful tree runs), malloc'ed */
    unsigned long after_new, after_feed, after_finish; /* allocation counts */
} outcome;

/* A failed call: the parser keeps the error and refuses more. */
static void check_sticky(np_parser *p, np_status st)
{
    assert_int_equal(st, NP_ERR_NOMEM);
    const np_error *e = np_parser_error(p);
    assert_int_equal(e->status, NP_ERR_NOMEM);
    assert_true(e->message[0] != '\0');
    assert_int_equal(np_parser_feed(p, "x\n", 2), NP_ERR_NOMEM);
    np_node *doc = (np_node *)&doc;
    assert_int_equal(np_parser_finish(p, &doc), NP_ERR_NOMEM);
    assert_null(doc);
}

static void full_run(const page *pg, bool no_tree, rb_alloc *a, outcome *out)
{
    memset(out, 0, sizeof *out);
    np_allocator al = rb_allocator(a);
    np_options opts;
    np_options_init(&opts);
    opts.allocator = &al;
    unsigned long events = 0;
    if (no_tree) {
        opts.flags |= NP_OPT_NO_TREE;
        opts.on_event = count_event;
        opts.userdata = &events;
    }
    np_parser *p = np_parser_new(&opts);
    if (!p) {
        out->status = NP_ERR_NOMEM;
        return;
    }
    out->after_new = a->calls;
    np_status st = NP_OK;
    size_t chunk = no_tree ? CHUNK_NO_TREE : CHUNK_TREE;
    for (size_t off = 0; off < pg->len && st == NP_OK; off += chunk) {
        size_t n = pg->len - off < chunk ? pg->len - off : chunk;
        st = np_parser_feed(p, pg->data + off, n);
    }
    out->after_feed = a->calls;
    np_node *doc = NULL;
    if (st == NP_OK)
        st = np_parser_finish(p, &doc);
    out->after_finish = a->calls;
    if (st != NP_OK) {
        check_sticky(p, st);
        assert_null(doc);
        np_parser_free(p);
        out->status = st;
        return;
    }
    np_parser_free(p);
    if (no_tree) {
        assert_null(doc);
        assert_true(events > 0);
        out->status = NP_OK;
        return;
    }
    assert_non_null(doc);
    for (size_t i = 0; i < NRENDER; i++) {
        if (implemented_known && !implemented[i])
            continue;
        np_render_options ro;
        np_render_options_init(&ro);
        ro.flags = renderings[i].flags;
        char *s = (char *)&s;
        size_t len = 1;
        st = np_render_string(doc, renderings[i].format, &ro, &s, &len);
        if (!implemented_known) {
            /* the reference run finds out what is implemented */
            implemented[i] = st != NP_ERR_ARGUMENT;
            if (st == NP_ERR_ARGUMENT)
                continue;
        }
        if (st != NP_OK) {
            assert_int_equal(st, NP_ERR_NOMEM);
            assert_null(s);
            assert_int_equal(len, 0);
            np_document_free(doc);
            out->status = st;
            return;
        }
        assert_non_null(s);
        assert_int_equal(strlen(s), len);
        if (i == 0) {
            out->json = malloc(len + 1);
            assert_non_null(out->json);
            memcpy(out->json, s, len + 1);
        }
        np_free(s);
    }
    implemented_known = true;
    np_document_free(doc);
    out->status = NP_OK;
}

static void oneshot_run(const page *pg, rb_alloc *a, outcome *out)
{
    memset(out, 0, sizeof *out);
    np_allocator al = rb_allocator(a);
    np_options opts;
    np_options_init(&opts);
    opts.allocator = &al;
    np_node *doc = (np_node *)&doc;
    np_error err;
    out->status = np_parse(pg->data, pg->len, &opts, &doc, &err);
    assert_int_equal(err.status, out->status);
    if (out->status != NP_OK) {
        assert_int_equal(out->status, NP_ERR_NOMEM);
        assert_null(doc);
        return;
    }
    assert_non_null(doc);
    np_document_free(doc);
}

static void check_clean(const rb_alloc *a, const char *what, unsigned long n)
{
    if (a->live_blocks != 0 || a->live_bytes != 0)
        fail_msg("%s: failing allocation %lu: %ld blocks (%zu bytes) still live", what, n,
                 a->live_blocks, a->live_bytes);
}

static void run_every_n(const page *pg, mode m)
{
    const char *name = rb_basename(pg->path);
    const char *mname = m == MODE_TREE ? "tree" : m == MODE_NO_TREE ? "no-tree" : "np_parse";
    rb_alloc ref = {0};
    outcome o;
    if (m == MODE_ONESHOT)
        oneshot_run(pg, &ref, &o);
    else
        full_run(pg, m == MODE_NO_TREE, &ref, &o);
    assert_int_equal(o.status, NP_OK);
    check_clean(&ref, name, 0);
    unsigned long total = ref.calls;
    char *ref_json = o.json;
    print_message("%s, %s: %lu allocations (new %lu, feed %lu, finish %lu, render %lu); "
                  "failing each of 1..%lu, alone and from there on\n",
                  name, mname, total, o.after_new, o.after_feed - o.after_new,
                  o.after_finish - o.after_feed, m == MODE_TREE ? total - o.after_finish : 0,
                  total);
    assert_true(total > 0);

    for (int persistent = 0; persistent <= 1; persistent++) {
        for (unsigned long n = 1; n <= total + 1; n++) {
            rb_alloc a = {0};
            if (persistent)
                a.fail_from = n;
            else
                a.fail_at = n;
            if (m == MODE_ONESHOT)
                oneshot_run(pg, &a, &o);
            else
                full_run(pg, m == MODE_NO_TREE, &a, &o);
            if (n <= total) {
                if (o.status != NP_ERR_NOMEM)
                    fail_msg("%s, %s: allocation %lu%s failed but the run returned %s", name,
                             mname, n, persistent ? " and later" : "", np_status_string(o.status));
                assert_true(a.failures >= 1);
            } else {
                assert_int_equal(o.status, NP_OK);
                assert_int_equal(a.failures, 0);
                assert_int_equal(a.calls, total);
                if (ref_json) {
                    assert_non_null(o.json);
                    assert_string_equal(o.json, ref_json);
                }
            }
            free(o.json);
            check_clean(&a, name, n);
        }
    }
    free(ref_json);
}

/* np_render_string alone: a tree parsed with a working allocator, then
 * every format rendered with the N-th allocation failing. */
static void run_render(const page *pg)
{
    rb_alloc a = {0};
    np_allocator al = rb_allocator(&a);
    np_options opts;
    np_options_init(&opts);
    opts.allocator = &al;
    np_node *doc = NULL;
    assert_int_equal(np_parse(pg->data, pg->len, &opts, &doc, NULL), NP_OK);
    for (size_t i = 0; i < NRENDER; i++) {
        np_render_options ro;
        np_render_options_init(&ro);
        ro.flags = renderings[i].flags;
        a.fail_at = a.fail_from = 0;
        unsigned long before = a.calls;
        char *ref = NULL;
        size_t ref_len = 0;
        np_status st = np_render_string(doc, renderings[i].format, &ro, &ref, &ref_len);
        if (st == NP_ERR_ARGUMENT)
            continue; /* not implemented */
        assert_int_equal(st, NP_OK);
        unsigned long total = a.calls - before;
        /* what is live now (the tree and ref) must be all that is live
         * after each failed or successful render below */
        long live_blocks = a.live_blocks;
        size_t live_bytes = a.live_bytes;
        print_message("%s, np_render_string %s%s: %lu allocations, failing each\n",
                      rb_basename(pg->path), np_format_name(renderings[i].format),
                      renderings[i].flags & NP_RENDER_COMPACT ? " (compact)" : "", total);
        for (int persistent = 0; persistent <= 1; persistent++) {
            for (unsigned long n = 1; n <= total + 1; n++) {
                if (persistent)
                    a.fail_from = a.calls + n;
                else
                    a.fail_at = a.calls + n;
                char *s = (char *)&s;
                size_t len = 7;
                st = np_render_string(doc, renderings[i].format, &ro, &s, &len);
                a.fail_at = a.fail_from = 0;
                if (n <= total) {
                    assert_int_equal(st, NP_ERR_NOMEM);
                    assert_null(s);
                    assert_int_equal(len, 0);
                } else {
                    assert_int_equal(st, NP_OK);
                    assert_int_equal(len, ref_len);
                    assert_memory_equal(s, ref, len + 1);
                    np_free(s);
                }
                if (a.live_blocks != live_blocks || a.live_bytes != live_bytes)
                    fail_msg("np_render_string %s: failing allocation %lu leaked",
                             np_format_name(renderings[i].format), n);
            }
        }
        np_free(ref);
    }
    np_document_free(doc);
    check_clean(&a, pg->path, 0);
}

static void test_job(void **state)
{
    const job *j = *state;
    if (j->m == MODE_RENDER)
        run_render(j->pg);
    else
        run_every_n(j->pg, j->m);
}

/* A parser that failed to allocate is freed at once; NULL and a refused
 * allocator are handled. */
static void test_new_fails(void **state)
{
    (void)state;
    rb_alloc a = {0};
    a.fail_from = 1;
    np_allocator al = rb_allocator(&a);
    np_options opts;
    np_options_init(&opts);
    opts.allocator = &al;
    assert_null(np_parser_new(&opts));
    assert_int_equal(a.live_blocks, 0);
    np_node *doc = (np_node *)&doc;
    np_error err;
    assert_int_equal(np_parse("标题\n", 7, &opts, &doc, &err), NP_ERR_NOMEM);
    assert_null(doc);
    assert_int_equal(err.status, NP_ERR_NOMEM);
    assert_int_equal(err.line, 0);
    assert_int_equal(a.live_blocks, 0);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PAGE.txt...\n", argv[0]);
        return 2;
    }
    size_t npages = (size_t)argc - 1;
    page *pages = calloc(npages, sizeof *pages);
    size_t njobs = 1 + npages * 4;
    job *jobs = calloc(njobs, sizeof *jobs);
    struct CMUnitTest *tests = calloc(njobs, sizeof *tests);
    char (*names)[128] = calloc(njobs, sizeof *names);
    if (!pages || !jobs || !tests || !names)
        return 1;
    size_t t = 0;
    tests[t].name = "new_fails";
    tests[t].test_func = test_new_fails;
    t++;
    static const char *const mode_names[] = {"tree", "no_tree", "np_parse", "render_string"};
    for (size_t i = 0; i < npages; i++) {
        pages[i].path = argv[i + 1];
        pages[i].data = rb_read_file(argv[i + 1], &pages[i].len);
        if (!pages[i].data) {
            fprintf(stderr, "cannot read %s\n", argv[i + 1]);
            return 1;
        }
        for (int m = MODE_TREE; m <= MODE_RENDER; m++) {
            jobs[t].pg = &pages[i];
            jobs[t].m = (mode)m;
            snprintf(names[t], sizeof names[t], "%s/%s", rb_basename(argv[i + 1]), mode_names[m]);
            tests[t].name = names[t];
            tests[t].test_func = test_job;
            tests[t].initial_state = &jobs[t];
            t++;
        }
    }
    int rc = _cmocka_run_group_tests("alloc_fail", tests, t, NULL, NULL);
    for (size_t i = 0; i < npages; i++)
        free(pages[i].data);
    free(pages);
    free(jobs);
    free(tests);
    free(names);
    return rc;
}
