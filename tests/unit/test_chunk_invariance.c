/*
 * test_chunk_invariance.c - the tree does not depend on how the input is cut.
 *
 * Arguments: [--split-step N] PAGE.txt...
 * For each page, the JSON of the tree (np_render_string) from one feed of
 * the whole page is the reference.  It must be byte-identical when the page
 * is fed in chunks of 1, 2, 3, 7 (with empty feeds between), 64 and 4096
 * bytes, and when it is split in two.
 *
 * Split positions: every byte position 0..len of the first page given (or
 * every --first-step'th), and for the other pages every --split-step'th
 * position plus every position within 3 bytes of a CR or LF and within the
 * first and last 8 bytes (line ends, CRLF pairs, blank-line runs, the BOM
 * and the final line are where cutting matters most).  Both steps default
 * to 1 (every position).  Splitting at every byte is O(n^2): 84 KB of corpus
 * takes about 30 s, so CMake passes --split-step 97 for the corpus.
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

static size_t g_split_step = 1;
static size_t g_first_step = 1;

typedef struct ref {
    const nt_page *page;
    char *json;
    size_t len;
} ref;

static char *json_of(np_node *doc, size_t *len)
{
    char *out = nt_json(doc, len);
    np_document_free(doc);
    return out;
}

static void same(const ref *r, const char *json, size_t len, const char *how)
{
    if (len == r->len && memcmp(json, r->json, len) == 0)
        return;
    size_t i = 0;
    while (i < len && i < r->len && json[i] == r->json[i])
        i++;
    size_t from = i > 80 ? i - 80 : 0;
    fail_msg("%s %s: JSON differs from a single feed at byte %zu (lengths %zu vs %zu)\n"
             "  single: ...%.*s\n  chunks: ...%.*s",
             r->page->name, how, i, r->len, len, (int)(r->len - from < 200 ? r->len - from : 200), r->json + from,
             (int)(len - from < 200 ? len - from : 200), json + from);
}

static np_node *feed_chunks(const char *data, size_t len, size_t chunk, int empties)
{
    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    for (size_t at = 0; at < len; at += chunk) {
        size_t n = len - at < chunk ? len - at : chunk;
        assert_int_equal(np_parser_feed(p, data + at, n), NP_OK);
        if (empties)
            assert_int_equal(np_parser_feed(p, data + at + n, 0), NP_OK);
    }
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    assert_non_null(doc);
    np_parser_free(p);
    return doc;
}

static int setup_ref(void **state)
{
    const nt_page *pg = *state;
    ref *r = calloc(1, sizeof *r);
    if (!r)
        return -1;
    r->page = pg;
    r->json = json_of(nt_parse_n(pg->data, pg->len), &r->len);
    *state = r;
    return 0;
}

static int teardown_ref(void **state)
{
    ref *r = *state;
    np_free(r->json);
    free(r);
    return 0;
}

static void test_chunks(void **state)
{
    const ref *r = *state;
    /* The reference itself is a real tree of the page, not an empty one:
     * articles, or a page of photo news alone (b46/r226, one picture). */
    assert_true(r->len > 1000 || strstr(r->json, "\"type\": \"figure\"") != NULL);
    assert_true(strstr(r->json, "\"type\": \"article\"") != NULL || strstr(r->json, "\"type\": \"caption\"") != NULL);
    static const size_t sizes[] = {1, 2, 3, 7, 64, 4096};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        for (int empties = 0; empties <= (sizes[k] == 7); empties++) {
            size_t len;
            char *json = json_of(feed_chunks(r->page->data, r->page->len, sizes[k], empties), &len);
            char how[64];
            snprintf(how, sizeof how, "in chunks of %zu%s", sizes[k], empties ? " with empty feeds" : "");
            same(r, json, len, how);
            np_free(json);
        }
    }
}

static int split_here(const char *d, size_t n, size_t pos, size_t step)
{
    if (pos % step == 0 || pos < 8 || pos + 8 > n)
        return 1;
    for (size_t i = pos >= 3 ? pos - 3 : 0; i <= pos + 3 && i < n; i++)
        if (d[i] == '\n' || d[i] == '\r')
            return 1;
    return 0;
}

static void test_splits(void **state)
{
    const ref *r = *state;
    const char *d = r->page->data;
    size_t n = r->page->len;
    size_t step = r->page->index == 0 ? g_first_step : g_split_step;
    size_t done = 0;
    for (size_t pos = 0; pos <= n; pos++) {
        if (!split_here(d, n, pos, step))
            continue;
        done++;
        np_parser *p = np_parser_new(NULL);
        assert_non_null(p);
        assert_int_equal(np_parser_feed(p, d, pos), NP_OK);
        assert_int_equal(np_parser_feed(p, d + pos, n - pos), NP_OK);
        np_node *doc = NULL;
        assert_int_equal(np_parser_finish(p, &doc), NP_OK);
        np_parser_free(p);
        size_t len;
        char *json = json_of(doc, &len);
        if (len != r->len || memcmp(json, r->json, len) != 0) {
            char how[64];
            snprintf(how, sizeof how, "split at byte %zu", pos);
            same(r, json, len, how);
        }
        np_free(json);
    }
    /* Each page is cut at many places (also catches a broken step); a
     * page of a few hundred bytes (b46/r226, one caption) at fewer. */
    assert_true(done >= n / step);
    assert_true(done > 50 || n / step <= 50);
}

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "--split-step") == 0) {
            long v = strtol(argv[i + 1], NULL, 10);
            g_split_step = v > 0 ? (size_t)v : 1;
        } else if (strcmp(argv[i], "--first-step") == 0) {
            long v = strtol(argv[i + 1], NULL, 10);
            g_first_step = v > 0 ? (size_t)v : 1;
        }
    size_t n;
    nt_page *pages = nt_load_pages(argc, argv, &n);
    struct CMUnitTest *tests = calloc(2 * n, sizeof *tests);
    char (*names)[128] = calloc(2 * n, sizeof *names);
    if (!tests || !names)
        return 1;
    for (size_t i = 0; i < n; i++) {
        snprintf(names[2 * i], sizeof names[0], "%s chunks 1,2,3,7,64,4096", pages[i].name);
        snprintf(names[2 * i + 1], sizeof names[0], "%s split in two at every %zu byte(s)%s", pages[i].name,
                 i == 0 ? g_first_step : g_split_step, (i == 0 ? g_first_step : g_split_step) > 1 ? " and line ends" : "");
        for (int k = 0; k < 2; k++) {
            struct CMUnitTest *t = &tests[2 * i + (size_t)k];
            t->name = names[2 * i + (size_t)k];
            t->test_func = k ? test_splits : test_chunks;
            t->setup_func = setup_ref;
            t->teardown_func = teardown_ref;
            t->initial_state = &pages[i];
        }
    }
    return _cmocka_run_group_tests("chunk_invariance", tests, 2 * n, NULL, NULL);
}
