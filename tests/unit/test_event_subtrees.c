/*
 * test_event_subtrees.c - in event mode an article (and a figure) is whole
 * at its EXIT event: its children are linked under it and can be walked
 * and rendered there, also with NP_OPT_NO_TREE, where the nodes are freed
 * afterwards.
 *
 * On real pages (tests/corpus/004.txt, tests/pages/p01.txt): at each
 * article and figure EXIT the node's children are counted and its subtree
 * rendered as compact JSON; both must equal those of the same node of the
 * tree np_parse keeps, article by article.  Before event subtrees, an
 * article's EXIT in NO_TREE mode showed no children at all.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsparse.h"
#include "nptest.h"

#define MAX_TOP 512

/* What an EXIT showed: per article or figure, its children and its JSON. */
typedef struct seen {
    size_t n;
    np_node_type type[MAX_TOP];
    size_t children[MAX_TOP];
    char *json[MAX_TOP];
} seen;

static size_t count_children(const np_node *n)
{
    size_t k = 0;
    for (const np_node *c = np_node_first_child(n); c; c = np_node_next(c))
        k++;
    return k;
}

static char *compact_json(const np_node *n)
{
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = NP_RENDER_COMPACT;
    char *s = NULL;
    assert_int_equal(np_render_string(n, NP_FORMAT_JSON, &ro, &s, NULL), NP_OK);
    return s;
}

static void note(seen *s, const np_node *n)
{
    assert_true(s->n < MAX_TOP);
    s->type[s->n] = np_node_get_type(n);
    s->children[s->n] = count_children(n);
    s->json[s->n] = compact_json(n);
    s->n++;
}

static bool wanted(const np_node *n)
{
    np_node_type t = np_node_get_type(n);
    return t == NP_NODE_ARTICLE || t == NP_NODE_FIGURE;
}

static int on_event(np_event_type ev, const np_node *node, void *ud)
{
    if (ev == NP_EVENT_EXIT && wanted(node))
        note(ud, node);
    return 0;
}

/* The same nodes in the kept tree, in document order of their EXITs. */
static void walk_kept(const np_node *doc, seen *s)
{
    np_iter it;
    np_iter_init(&it, doc);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE)
        if (ev == NP_EVENT_EXIT && wanted(np_iter_get_node(&it)))
            note(s, np_iter_get_node(&it));
}

static void seen_free(seen *s)
{
    for (size_t i = 0; i < s->n; i++)
        np_free(s->json[i]);
}

static void events_for(const char *data, size_t len, unsigned flags, size_t chunk, seen *s)
{
    np_options o;
    np_options_init(&o);
    o.flags = flags;
    o.on_event = on_event;
    o.userdata = s;
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    for (size_t at = 0; at < len; at += chunk)
        assert_int_equal(np_parser_feed(p, data + at, len - at < chunk ? len - at : chunk), NP_OK);
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    np_document_free(doc);
    np_parser_free(p);
}

static void check_page(const char *path, size_t min_articles)
{
    size_t len;
    char *data = nt_read_file(path, &len);
    assert_non_null(data);
    np_node *doc = nt_parse_n(data, len);
    seen *want = calloc(1, sizeof *want);
    assert_non_null(want);
    walk_kept(doc, want);
    size_t articles = 0, with_children = 0;
    for (size_t i = 0; i < want->n; i++)
        if (want->type[i] == NP_NODE_ARTICLE) {
            articles++;
            with_children += want->children[i] > 0;
        }
    /* a real page: several articles, each with content */
    assert_true(articles >= min_articles);
    assert_int_equal(with_children, articles);

    static const struct {
        unsigned flags;
        size_t chunk;
    } runs[] = {{NP_OPT_NO_TREE, (size_t)-1}, {NP_OPT_NO_TREE, 1}, {NP_OPT_NO_TREE, 97}, {0, 4096}};
    for (size_t r = 0; r < sizeof runs / sizeof runs[0]; r++) {
        seen *got = calloc(1, sizeof *got);
        assert_non_null(got);
        events_for(data, len, runs[r].flags, runs[r].chunk, got);
        assert_int_equal(got->n, want->n);
        for (size_t i = 0; i < want->n; i++) {
            if (got->children[i] != want->children[i] || strcmp(got->json[i], want->json[i]) != 0)
                fail_msg("%s, flags %u, feeds of %zu: %s %zu at its EXIT has %zu children, the tree %zu\n"
                         "  at EXIT: %.300s\n  in tree: %.300s",
                         path, runs[r].flags, runs[r].chunk, np_node_type_name(want->type[i]), i,
                         got->children[i], want->children[i], got->json[i], want->json[i]);
        }
        seen_free(got);
        free(got);
    }
    seen_free(want);
    free(want);
    np_document_free(doc);
    free(data);
}

static void test_corpus_page(void **state)
{
    (void)state;
    check_page(nt_path(NP_TEST_CORPUS_DIR, "004.txt"), 4);
}

static void test_pages_page(void **state)
{
    (void)state;
    check_page(nt_path(NP_TEST_PAGES_DIR, "p01.txt"), 2);
}

/* The README's example: the first article of a page at its EXIT, with
 * NO_TREE, holds its headline, byline and paragraphs. */
typedef struct first {
    int done;
    size_t children, headlines, paragraphs;
} first;

static int on_first(np_event_type ev, const np_node *node, void *ud)
{
    first *f = ud;
    if (ev != NP_EVENT_EXIT || np_node_get_type(node) != NP_NODE_ARTICLE || f->done++)
        return 0;
    f->children = count_children(node);
    f->headlines = (size_t)nt_count(node, NP_NODE_HEADLINE);
    f->paragraphs = (size_t)nt_count(node, NP_NODE_PARAGRAPH);
    return 0;
}

static void test_first_article_no_tree(void **state)
{
    (void)state;
    size_t len;
    char *data = nt_read_file(nt_path(NP_TEST_CORPUS_DIR, "000.txt"), &len);
    assert_non_null(data);
    first f = {0};
    np_options o;
    np_options_init(&o);
    o.flags = NP_OPT_NO_TREE;
    o.on_event = on_first;
    o.userdata = &f;
    np_node *doc = (np_node *)1;
    assert_int_equal(np_parse(data, len, &o, &doc, NULL), NP_OK);
    assert_null(doc);
    assert_true(f.done > 1);
    assert_true(f.children >= 3);
    assert_int_equal(f.headlines, 1);
    assert_true(f.paragraphs >= 2);
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_corpus_page),
        cmocka_unit_test(test_pages_page),
        cmocka_unit_test(test_first_article_no_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
