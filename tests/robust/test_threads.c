/*
 * test_threads.c - independent parsers in 8 threads at once.
 *
 *     test_threads PAGE.txt...
 *
 * Each page is first parsed on the main thread alone, and rendered in
 * every format the library implements: the expected results.  Then for 20
 * rounds, 8 threads each parse a different page at the same time (each
 * thread its own parser, fed in chunks of a thread-specific size, in tree
 * mode, then again with NP_OPT_NO_TREE and an event callback) and render
 * the tree in every format; every string must equal the expected one.
 * Built with ThreadSanitizer by scripts/ci-robust.sh, this finds shared
 * mutable state in the library (the header promises none).
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "robust.h"

#define THREADS 8
#define ROUNDS 20
#define NFORMATS 5

typedef struct page {
    const char *path;
    char *data;
    size_t len;
    char *expected[NFORMATS]; /* NULL: format not implemented */
    size_t events;            /* events of a NO_TREE parse */
} page;

static page *pages;
static size_t npages;

typedef struct work {
    const page *pg;
    size_t chunk;
    int mismatches;
    char what[160];
} work;

static int count_event(np_event_type ev, const np_node *node, void *userdata)
{
    size_t *n = userdata;
    /* read the node, as a callback would: a mismatch counts double */
    (*n)++;
    if (ev == NP_EVENT_ENTER && strlen(np_node_get_text(node)) != np_node_get_text_len(node))
        (*n)++;
    return 0;
}

static np_status parse_chunks(const page *pg, size_t chunk, unsigned flags, size_t *events,
                              np_node **doc)
{
    np_options o;
    np_options_init(&o);
    o.flags = flags;
    if (events) {
        o.on_event = count_event;
        o.userdata = events;
    }
    np_parser *p = np_parser_new(&o);
    if (!p)
        return NP_ERR_NOMEM;
    np_status st = NP_OK;
    for (size_t off = 0; off < pg->len && st == NP_OK; off += chunk)
        st = np_parser_feed(p, pg->data + off, pg->len - off < chunk ? pg->len - off : chunk);
    if (st == NP_OK)
        st = np_parser_finish(p, doc);
    np_parser_free(p);
    return st;
}

static void *worker(void *arg)
{
    work *w = arg;
    const page *pg = w->pg;
    np_node *doc = NULL;
    np_status st = parse_chunks(pg, w->chunk, 0, NULL, &doc);
    if (st != NP_OK) {
        w->mismatches++;
        snprintf(w->what, sizeof w->what, "%s: parse failed: %s", pg->path, np_status_string(st));
        return NULL;
    }
    for (int f = 0; f < NFORMATS; f++) {
        if (!pg->expected[f])
            continue;
        char *s = NULL;
        size_t len = 0;
        st = np_render_string(doc, (np_format)f, NULL, &s, &len);
        if (st != NP_OK || strcmp(s, pg->expected[f]) != 0) {
            w->mismatches++;
            snprintf(w->what, sizeof w->what, "%s: %s differs from the single-threaded run",
                     pg->path, np_format_name((np_format)f));
        }
        np_free(s);
    }
    np_document_free(doc);
    size_t events = 0;
    st = parse_chunks(pg, w->chunk + 1, NP_OPT_NO_TREE, &events, NULL);
    if (st != NP_OK || events != pg->events) {
        w->mismatches++;
        snprintf(w->what, sizeof w->what, "%s: %zu events without a tree, expected %zu", pg->path,
                 events, pg->events);
    }
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    int total = 0;
    for (int round = 0; round < ROUNDS; round++) {
        pthread_t tid[THREADS];
        work w[THREADS];
        for (int t = 0; t < THREADS; t++) {
            memset(&w[t], 0, sizeof w[t]);
            w[t].pg = &pages[((size_t)round + (size_t)t) % npages];
            w[t].chunk = 512 + 4096 * (size_t)t + (size_t)round;
            assert_int_equal(pthread_create(&tid[t], NULL, worker, &w[t]), 0);
        }
        for (int t = 0; t < THREADS; t++) {
            assert_int_equal(pthread_join(tid[t], NULL), 0);
            if (w[t].mismatches)
                fail_msg("round %d thread %d: %s", round, t, w[t].what);
            total++;
        }
    }
    print_message("%d parses in %d rounds of %d threads matched the single-threaded results\n",
                  total, ROUNDS, THREADS);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PAGE.txt...\n", argv[0]);
        return 2;
    }
    npages = (size_t)argc - 1;
    pages = calloc(npages, sizeof *pages);
    if (!pages)
        return 1;
    for (size_t i = 0; i < npages; i++) {
        page *pg = &pages[i];
        pg->path = argv[i + 1];
        pg->data = rb_read_file(pg->path, &pg->len);
        if (!pg->data) {
            fprintf(stderr, "cannot read %s\n", pg->path);
            return 1;
        }
        /* the expected results, single-threaded, in one feed */
        np_node *doc = NULL;
        if (np_parse(pg->data, pg->len, NULL, &doc, NULL) != NP_OK) {
            fprintf(stderr, "%s does not parse\n", pg->path);
            return 1;
        }
        for (int f = 0; f < NFORMATS; f++) {
            char *s = NULL;
            if (np_render_string(doc, (np_format)f, NULL, &s, NULL) == NP_OK) {
                size_t n = strlen(s) + 1;
                pg->expected[f] = malloc(n);
                if (!pg->expected[f])
                    return 1;
                memcpy(pg->expected[f], s, n);
                np_free(s);
            }
        }
        np_document_free(doc);
        if (parse_chunks(pg, pg->len + 1, NP_OPT_NO_TREE, &pg->events, NULL) != NP_OK)
            return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads),
    };
    int rc = cmocka_run_group_tests_name("threads", tests, NULL, NULL);
    for (size_t i = 0; i < npages; i++) {
        for (int f = 0; f < NFORMATS; f++)
            free(pages[i].expected[f]);
        free(pages[i].data);
    }
    free(pages);
    return rc;
}
