/*
 * test_streaming.c - events (NP_OPT_NO_TREE and an on_event callback) equal
 * an np_iter walk of the tree kept for the same page.
 *
 * Arguments: PAGE.txt...
 * For each page the sequence (event, node type, line, text, credit kind,
 * source) is compared for: NO_TREE with one feed, NO_TREE fed one byte at a
 * time, and a kept tree with a callback.  During each callback the node's
 * parent is the node entered last and not yet exited (the document has
 * none).  A callback that returns non-zero stops the parse with
 * NP_ERR_CALLBACK, at the first event, in the middle and at the last.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsparse.h"
#include "nptest.h"

typedef struct rec {
    np_event_type ev;
    np_node_type type;
    size_t line;
    char *text;
    np_credit_kind kind;
    char *source;
} rec;

typedef struct recorder {
    rec *r;
    size_t n, cap;
    const np_node *stack[64];
    size_t depth;
    int parent_errors;
    size_t stop_at; /* return non-zero at this event (SIZE_MAX: never) */
} recorder;

static char *dup(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    assert_non_null(d);
    memcpy(d, s, n + 1);
    return d;
}

static void record(recorder *rc, np_event_type ev, const np_node *node)
{
    if (rc->n == rc->cap) {
        rc->cap = rc->cap ? rc->cap * 2 : 256;
        rc->r = realloc(rc->r, rc->cap * sizeof *rc->r);
        assert_non_null(rc->r);
    }
    rec *x = &rc->r[rc->n++];
    x->ev = ev;
    x->type = np_node_get_type(node);
    x->line = np_node_get_line(node);
    x->text = dup(np_node_get_text(node));
    x->kind = np_node_get_credit_kind(node);
    x->source = dup(np_node_get_source(node));
}

static void recorder_free(recorder *rc)
{
    for (size_t i = 0; i < rc->n; i++) {
        free(rc->r[i].text);
        free(rc->r[i].source);
    }
    free(rc->r);
    memset(rc, 0, sizeof *rc);
}

static int on_event(np_event_type ev, const np_node *node, void *ud)
{
    recorder *rc = ud;
    size_t index = rc->n;
    record(rc, ev, node);
    if (ev == NP_EVENT_ENTER) {
        const np_node *want = rc->depth ? rc->stack[rc->depth - 1] : NULL;
        if (np_node_parent(node) != want) {
            if (rc->parent_errors++ < 5)
                print_error("event %zu: ENTER %s line %zu: parent %p, expected %p (%s)\n", index,
                            np_node_type_name(np_node_get_type(node)), np_node_get_line(node),
                            (void *)np_node_parent(node), (const void *)want,
                            want ? np_node_type_name(np_node_get_type(want)) : "none");
        }
        if (want && np_node_parent(node) && np_node_get_type(np_node_parent(node)) != np_node_get_type(want))
            rc->parent_errors++;
        if (rc->depth < 64)
            rc->stack[rc->depth++] = node;
    } else if (ev == NP_EVENT_EXIT) {
        if (!rc->depth || rc->stack[rc->depth - 1] != node) {
            if (rc->parent_errors++ < 5)
                print_error("event %zu: EXIT %s line %zu does not match the last ENTER\n", index,
                            np_node_type_name(np_node_get_type(node)), np_node_get_line(node));
        } else {
            rc->depth--;
        }
    }
    return index == rc->stop_at ? 1 : 0;
}

static void walk(const np_node *doc, recorder *rc)
{
    np_iter it;
    np_iter_init(&it, doc);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE)
        record(rc, ev, np_iter_get_node(&it));
}

static const char *evname(np_event_type e)
{
    return e == NP_EVENT_ENTER ? "ENTER" : e == NP_EVENT_EXIT ? "EXIT" : "?";
}

static void same_events(const char *page, const char *how, const recorder *want, const recorder *got)
{
    size_t n = want->n < got->n ? want->n : got->n;
    for (size_t i = 0; i < n; i++) {
        const rec *a = &want->r[i], *b = &got->r[i];
        if (a->ev != b->ev || a->type != b->type || a->line != b->line || strcmp(a->text, b->text) != 0 ||
            a->kind != b->kind || strcmp(a->source, b->source) != 0)
            fail_msg("%s %s: event %zu differs:\n  tree walk: %s %s line %zu kind %d \"%s\" [%s]\n"
                     "  events:    %s %s line %zu kind %d \"%s\" [%s]",
                     page, how, i, evname(a->ev), np_node_type_name(a->type), a->line, (int)a->kind, a->text,
                     a->source, evname(b->ev), np_node_type_name(b->type), b->line, (int)b->kind, b->text,
                     b->source);
    }
    if (want->n != got->n)
        fail_msg("%s %s: %zu events, the tree walk has %zu", page, how, got->n, want->n);
}

static void run_events(const nt_page *pg, unsigned flags, size_t chunk, recorder *rc, np_node **doc_out)
{
    np_options o;
    np_options_init(&o);
    o.flags = flags;
    o.on_event = on_event;
    o.userdata = rc;
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    for (size_t at = 0; at < pg->len; at += chunk) {
        size_t n = pg->len - at < chunk ? pg->len - at : chunk;
        assert_int_equal(np_parser_feed(p, pg->data + at, n), NP_OK);
    }
    np_node *doc = (np_node *)1;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    np_parser_free(p);
    if (doc_out)
        *doc_out = doc;
    else if (flags & NP_OPT_NO_TREE)
        assert_null(doc);
    else
        np_document_free(doc);
}

static void test_events(void **state)
{
    const nt_page *pg = *state;
    np_node *doc = nt_parse_n(pg->data, pg->len);
    recorder want = {0};
    walk(doc, &want);
    np_document_free(doc);
    /* The walk is the real tree of a page. */
    assert_true(want.n >= 8); /* at least an article with a title and a paragraph */
    assert_int_equal(want.r[0].type, NP_NODE_DOCUMENT);
    assert_int_equal(want.r[1].ev, NP_EVENT_ENTER);

    static const struct {
        unsigned flags;
        size_t chunk;
        const char *how;
    } runs[] = {
        {NP_OPT_NO_TREE, (size_t)-1, "NO_TREE, one feed"},
        {NP_OPT_NO_TREE, 1, "NO_TREE, 1-byte feeds"},
        {NP_OPT_NO_TREE, 7, "NO_TREE, 7-byte feeds"},
        {0, (size_t)-1, "kept tree with events"},
    };
    for (size_t k = 0; k < sizeof runs / sizeof runs[0]; k++) {
        recorder got = {0};
        got.stop_at = SIZE_MAX;
        np_node *kept = NULL;
        run_events(pg, runs[k].flags, runs[k].chunk, &got, runs[k].flags ? NULL : &kept);
        same_events(pg->name, runs[k].how, &want, &got);
        if (got.parent_errors)
            fail_msg("%s %s: %d events with a wrong parent or an unmatched EXIT", pg->name, runs[k].how,
                     got.parent_errors);
        assert_int_equal(got.depth, 0);
        if (kept) {
            /* The events of a kept tree point at the tree's own nodes. */
            recorder again = {0};
            walk(kept, &again);
            same_events(pg->name, "kept tree walked after finish", &want, &again);
            recorder_free(&again);
            np_document_free(kept);
        }
        recorder_free(&got);
    }
    recorder_free(&want);
}

static void stop_at(const nt_page *pg, size_t at, size_t total, size_t chunk)
{
    recorder rc = {0};
    rc.stop_at = at;
    np_options o;
    np_options_init(&o);
    o.flags = NP_OPT_NO_TREE;
    o.on_event = on_event;
    o.userdata = &rc;
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    np_status st = NP_OK;
    for (size_t pos = 0; pos < pg->len && st == NP_OK; pos += chunk) {
        size_t n = pg->len - pos < chunk ? pg->len - pos : chunk;
        st = np_parser_feed(p, pg->data + pos, n);
    }
    if (st == NP_OK) {
        np_node *doc = NULL;
        st = np_parser_finish(p, &doc);
        assert_null(doc);
    } else {
        /* Refuses further input and finish. */
        assert_int_not_equal(np_parser_feed(p, "x", 1), NP_OK);
        np_node *doc = NULL;
        assert_int_not_equal(np_parser_finish(p, &doc), NP_OK);
        assert_null(doc);
    }
    if (st != NP_ERR_CALLBACK)
        fail_msg("%s: callback stopped at event %zu of %zu: status %s, expected NP_ERR_CALLBACK", pg->name, at,
                 total, np_status_string(st));
    assert_int_equal(np_parser_error(p)->status, NP_ERR_CALLBACK);
    /* No event after the one that said stop. */
    assert_int_equal(rc.n, at + 1);
    np_parser_free(p);
    recorder_free(&rc);
}

static void test_callback_stops(void **state)
{
    const nt_page *pg = *state;
    recorder all = {0};
    all.stop_at = SIZE_MAX;
    run_events(pg, NP_OPT_NO_TREE, (size_t)-1, &all, NULL);
    size_t total = all.n;
    recorder_free(&all);
    assert_true(total >= 8);
    stop_at(pg, 0, total, (size_t)-1);
    stop_at(pg, 1, total, (size_t)-1);
    stop_at(pg, total / 2, total, (size_t)-1);
    stop_at(pg, total / 2, total, 1);
    stop_at(pg, total - 2, total, (size_t)-1);
    stop_at(pg, total - 1, total, (size_t)-1); /* the document's EXIT, in finish */
}

int main(int argc, char **argv)
{
    size_t n;
    nt_page *pages = nt_load_pages(argc, argv, &n);
    struct CMUnitTest *tests = calloc(2 * n, sizeof *tests);
    char (*names)[128] = calloc(2 * n, sizeof *names);
    if (!tests || !names)
        return 1;
    for (size_t i = 0; i < n; i++) {
        snprintf(names[2 * i], sizeof names[0], "%s events == tree walk", pages[i].name);
        snprintf(names[2 * i + 1], sizeof names[0], "%s callback stop", pages[i].name);
        tests[2 * i].name = names[2 * i];
        tests[2 * i].test_func = test_events;
        tests[2 * i].initial_state = &pages[i];
        tests[2 * i + 1].name = names[2 * i + 1];
        tests[2 * i + 1].test_func = test_callback_stops;
        tests[2 * i + 1].initial_state = &pages[i];
    }
    return _cmocka_run_group_tests("streaming", tests, 2 * n, NULL, NULL);
}
