/*
 * test_golden_tree.c - every page parses to its expected tree.
 *
 * Arguments: PAGE.txt files; PAGE.json beside each is the expected tree
 * (newsparse-json/1, SPEC section 3).  For each page:
 *
 *   - the tree equals the expected one node by node: type (or one of the
 *     expected node's "accept" roles), line, text, credit kind and source,
 *     same children; furniture nodes are left out on both sides (the
 *     expected trees of tests/pages list them under "ignore" instead);
 *   - each article's first content line (the smallest line of its
 *     descendants) equals the expected article's line and the article's own
 *     line (np_node_get_line);
 *   - structural invariants through the public API: parent / sibling links
 *     agree, text nodes are trimmed and non-empty, bylines hold authors,
 *     figures hold caption? then credit?, credits have a kind, lines only
 *     grow inside an article.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minijson.h"
#include "newsparse.h"
#include "nptest.h"

static int g_errors;
static int g_quiet;

static void report(const char *page, const char *path, const char *fmt, ...)
{
    va_list ap;
    char msg[1024];
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (g_errors < 40 && !g_quiet)
        print_error("%s %s: %s\n", page, path, msg);
    g_errors++;
}

static int is_furniture_json(const mj_value *v)
{
    const char *t = mj_get_string(v, "type");
    return t && strcmp(t, "furniture") == 0;
}

/* Expected children without furniture. */
static size_t json_kids(const mj_value *v, const mj_value **out, size_t cap)
{
    const mj_value *ch = mj_get(v, "children");
    size_t n = 0;
    if (!ch || ch->type != MJ_ARRAY)
        return 0;
    for (size_t i = 0; i < ch->count; i++)
        if (!is_furniture_json(&ch->items[i]) && n < cap)
            out[n++] = &ch->items[i];
    return n;
}

static size_t node_kids(const np_node *n, const np_node **out, size_t cap)
{
    size_t k = 0;
    for (const np_node *c = np_node_first_child(n); c; c = np_node_next(c))
        if (np_node_get_type(c) != NP_NODE_FURNITURE && k < cap)
            out[k++] = c;
    return k;
}

static int type_ok(const mj_value *exp, const char *got)
{
    const char *t = mj_get_string(exp, "type");
    if (t && strcmp(t, got) == 0)
        return 1;
    const mj_value *acc = mj_get(exp, "accept");
    if (acc && acc->type == MJ_ARRAY)
        for (size_t i = 0; i < acc->count; i++)
            if (acc->items[i].type == MJ_STRING && strcmp(acc->items[i].string, got) == 0)
                return 1;
    return 0;
}

#define MAXK 512

static void compare(const char *page, const mj_value *exp, const np_node *got, const char *path)
{
    const char *gtype = np_node_type_name(np_node_get_type(got));
    const char *etype = mj_get_string(exp, "type");
    if (!type_ok(exp, gtype)) {
        report(page, path, "type: expected %s, got %s (line %zu: %s)", etype ? etype : "?", gtype,
               np_node_get_line(got), np_node_get_text(got));
        return;
    }
    const mj_value *line = mj_get(exp, "line");
    size_t eline = line && line->type == MJ_NUMBER ? (size_t)line->number : 0;
    if (eline != np_node_get_line(got))
        report(page, path, "%s line: expected %zu, got %zu", gtype, eline, np_node_get_line(got));
    const char *etext = mj_get_string(exp, "text");
    if (strcmp(etext ? etext : "", np_node_get_text(got)) != 0)
        report(page, path, "%s text:\n    expected \"%s\"\n    got      \"%s\"", gtype, etext ? etext : "",
               np_node_get_text(got));
    if (np_node_get_type(got) == NP_NODE_CREDIT) {
        const char *ekind = mj_get_string(exp, "kind");
        const char *gkind = np_credit_kind_name(np_node_get_credit_kind(got));
        if (strcmp(ekind ? ekind : "", gkind) != 0)
            report(page, path, "credit kind: expected %s, got %s", ekind ? ekind : "", gkind);
        const char *esrc = mj_get_string(exp, "source");
        if (strcmp(esrc ? esrc : "", np_node_get_source(got)) != 0)
            report(page, path, "credit source: expected \"%s\", got \"%s\"", esrc ? esrc : "",
                   np_node_get_source(got));
    }
    const mj_value *ek[MAXK];
    const np_node *gk[MAXK];
    size_t ne = json_kids(exp, ek, MAXK), ng = node_kids(got, gk, MAXK);
    if (ne != ng)
        report(page, path, "%s (line %zu): expected %zu children, got %zu", gtype, np_node_get_line(got), ne, ng);
    size_t n = ne < ng ? ne : ng;
    for (size_t i = 0; i < n; i++) {
        char sub[256];
        snprintf(sub, sizeof sub, "%s/%zu", path, i);
        compare(page, ek[i], gk[i], sub);
    }
}

/* The smallest line of the descendants of n (0 if none). */
static size_t first_content_line(const np_node *n)
{
    size_t best = 0;
    for (const np_node *c = np_node_first_child(n); c; c = np_node_next(c)) {
        size_t l = np_node_get_line(c);
        size_t d = first_content_line(c);
        if (d && (!l || d < l))
            l = d;
        if (l && (!best || l < best))
            best = l;
    }
    return best;
}

static size_t json_first_line(const mj_value *v)
{
    size_t best = 0;
    const mj_value *ch = mj_get(v, "children");
    if (!ch || ch->type != MJ_ARRAY)
        return 0;
    for (size_t i = 0; i < ch->count; i++) {
        const mj_value *l = mj_get(&ch->items[i], "line");
        size_t x = l && l->type == MJ_NUMBER ? (size_t)l->number : 0;
        size_t d = json_first_line(&ch->items[i]);
        if (d && (!x || d < x))
            x = d;
        if (x && (!best || x < best))
            best = x;
    }
    return best;
}

static void check_articles(const char *page, const mj_value *exp, const np_node *doc)
{
    const mj_value *ek[MAXK];
    const np_node *gk[MAXK];
    size_t ne = json_kids(exp, ek, MAXK), ng = node_kids(doc, gk, MAXK);
    size_t ea[MAXK], ga[MAXK], na = 0, nb = 0;
    for (size_t i = 0; i < ne; i++) {
        const char *t = mj_get_string(ek[i], "type");
        if (t && strcmp(t, "article") == 0)
            ea[na++] = json_first_line(ek[i]);
    }
    for (size_t i = 0; i < ng; i++) {
        if (np_node_get_type(gk[i]) != NP_NODE_ARTICLE)
            continue;
        size_t fl = first_content_line(gk[i]);
        if (fl != np_node_get_line(gk[i]))
            report(page, "article", "article line %zu but its first content line is %zu", np_node_get_line(gk[i]),
                   fl);
        ga[nb++] = fl;
    }
    if (na != nb)
        report(page, "articles", "expected %zu articles, got %zu", na, nb);
    for (size_t i = 0; i < na && i < nb; i++)
        if (ea[i] != ga[i])
            report(page, "articles", "article %zu starts at line %zu, expected %zu", i, ga[i], ea[i]);
}

static int has_edge_space(const char *s)
{
    size_t n = strlen(s);
    if (!n)
        return 0;
    if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
        return 1;
    /* U+3000 is E3 80 80 */
    if (n >= 3 && (memcmp(s, "\xE3\x80\x80", 3) == 0 || memcmp(s + n - 3, "\xE3\x80\x80", 3) == 0))
        return 1;
    return 0;
}

static void invariants(const char *page, const np_node *n, const char *path)
{
    np_node_type t = np_node_get_type(n);
    const char *text = np_node_get_text(n);
    const char *tn = np_node_type_name(t);
    int texty = t == NP_NODE_KICKER || t == NP_NODE_HEADLINE || t == NP_NODE_SUBHEADLINE || t == NP_NODE_BYLINE ||
                t == NP_NODE_AUTHOR || t == NP_NODE_PARAGRAPH || t == NP_NODE_SECTION_HEAD ||
                t == NP_NODE_CAPTION || t == NP_NODE_CREDIT || t == NP_NODE_FURNITURE;
    if (texty && (!*text || has_edge_space(text)))
        report(page, path, "%s has an empty or untrimmed text \"%s\"", tn, text);
    if (texty && strlen(text) != np_node_get_text_len(n))
        report(page, path, "%s text length %zu != strlen %zu", tn, np_node_get_text_len(n), strlen(text));
    if (texty && (strncmp(text, "#", 1) == 0 || strncmp(text, "**", 2) == 0 || strncmp(text, "\xE2\x96\xA0", 3) == 0))
        report(page, path, "%s text keeps a mark: \"%s\"", tn, text);
    if (t != NP_NODE_DOCUMENT && t != NP_NODE_AUTHOR && np_node_get_line(n) == 0)
        report(page, path, "%s has no line", tn);
    if ((t == NP_NODE_DOCUMENT || t == NP_NODE_AUTHOR) && np_node_get_line(n) != 0)
        report(page, path, "%s has line %zu, expected 0", tn, np_node_get_line(n));
    if (t == NP_NODE_CREDIT && np_node_get_credit_kind(n) == NP_CREDIT_NONE)
        report(page, path, "credit without a kind");
    if (t != NP_NODE_CREDIT && np_node_get_credit_kind(n) != NP_CREDIT_NONE)
        report(page, path, "%s with a credit kind", tn);

    const np_node *prev = NULL;
    size_t nkids = 0, last_line = 0;
    for (const np_node *c = np_node_first_child(n); c; c = np_node_next(c)) {
        char sub[256];
        snprintf(sub, sizeof sub, "%s/%zu", path, nkids);
        np_node_type ct = np_node_get_type(c);
        if (np_node_parent(c) != n)
            report(page, sub, "parent link broken");
        if (np_node_previous(c) != prev)
            report(page, sub, "previous link broken");
        if (t == NP_NODE_DOCUMENT && ct != NP_NODE_ARTICLE && ct != NP_NODE_FIGURE && ct != NP_NODE_CREDIT &&
            ct != NP_NODE_FURNITURE)
            report(page, sub, "document child of type %s", np_node_type_name(ct));
        if (t == NP_NODE_ARTICLE && (ct == NP_NODE_ARTICLE || ct == NP_NODE_DOCUMENT || ct == NP_NODE_AUTHOR ||
                                     ct == NP_NODE_CAPTION))
            report(page, sub, "article child of type %s", np_node_type_name(ct));
        if (t == NP_NODE_BYLINE && ct != NP_NODE_AUTHOR)
            report(page, sub, "byline child of type %s", np_node_type_name(ct));
        if (t == NP_NODE_FIGURE) {
            if (ct != NP_NODE_CAPTION && ct != NP_NODE_CREDIT)
                report(page, sub, "figure child of type %s", np_node_type_name(ct));
            if (ct == NP_NODE_CAPTION && prev)
                report(page, sub, "figure caption is not the first child");
            if (ct == NP_NODE_CREDIT && np_node_next(c))
                report(page, sub, "figure credit is not the last child");
        }
        if (t == NP_NODE_ARTICLE && ct != NP_NODE_FURNITURE) {
            if (np_node_get_line(c) < last_line)
                report(page, sub, "%s line %zu before its predecessor's line %zu", np_node_type_name(ct),
                       np_node_get_line(c), last_line);
            last_line = np_node_get_line(c);
        }
        invariants(page, c, sub);
        prev = c;
        nkids++;
    }
    if (np_node_last_child(n) != prev)
        report(page, path, "last_child link broken");
    if (t == NP_NODE_BYLINE && nkids == 0)
        report(page, path, "byline \"%s\" without authors", text);
    if (t == NP_NODE_FIGURE && (nkids == 0 || nkids > 2))
        report(page, path, "figure with %zu children", nkids);
    if (t == NP_NODE_ARTICLE && nkids == 0)
        report(page, path, "empty article");
}

static void test_page(void **state)
{
    const nt_page *pg = *state;
    char jpath[4096];
    size_t l = strlen(pg->path);
    snprintf(jpath, sizeof jpath, "%.*s.json", (int)(l - 4), pg->path);
    size_t jlen;
    char *jtext = nt_read_file(jpath, &jlen);
    if (!jtext)
        fail_msg("cannot read the expected tree %s", jpath);
    char err[200] = "";
    mj_value *exp = mj_parse(jtext, jlen, err, sizeof err);
    if (!exp)
        fail_msg("%s: %s", jpath, err);

    np_node *doc = nt_parse_n(pg->data, pg->len);
    g_errors = 0;
    compare(pg->name, exp, doc, "doc");
    check_articles(pg->name, exp, doc);
    invariants(pg->name, doc, "doc");
    int errors = g_errors;
    np_document_free(doc);
    mj_free(exp);
    free(jtext);
    if (errors)
        fail_msg("%s: %d differences from %s", pg->name, errors, jpath);
}

/* The comparison must be able to fail: a tree of another page, and the
 * expected tree with one text changed, are rejected. */
static void test_compare_can_fail(void **state)
{
    const nt_page *pages = *state;
    char jpath[4096];
    size_t l = strlen(pages[0].path);
    snprintf(jpath, sizeof jpath, "%.*s.json", (int)(l - 4), pages[0].path);
    size_t jlen;
    char *jtext = nt_read_file(jpath, &jlen);
    assert_non_null(jtext);
    mj_value *exp = mj_parse(jtext, jlen, NULL, 0);
    assert_non_null(exp);
    np_node *doc = nt_parse_n(pages[0].data, pages[0].len);

    /* Change the text of the first node that has one. */
    const mj_value *ch = mj_get(exp, "children");
    assert_non_null(ch);
    mj_value *art = &ch->items[0];
    const mj_value *ach = mj_get(art, "children");
    assert_non_null(ach);
    assert_true(ach->count > 0);
    mj_value *first = &ach->items[0];
    for (size_t i = 0; i < first->count; i++)
        if (strcmp(first->keys[i], "text") == 0 && first->items[i].type == MJ_STRING) {
            first->items[i].string[0] ^= 1;
        }
    g_errors = 0;
    g_quiet = 1;
    compare("mutated", exp, doc, "doc");
    g_quiet = 0;
    assert_true(g_errors > 0);
    np_document_free(doc);
    mj_free(exp);
    free(jtext);
}

int main(int argc, char **argv)
{
    size_t n;
    nt_page *pages = nt_load_pages(argc, argv, &n);
    struct CMUnitTest *tests = calloc(n + 1, sizeof *tests);
    if (!tests)
        return 1;
    for (size_t i = 0; i < n; i++) {
        tests[i].name = pages[i].name;
        tests[i].test_func = test_page;
        tests[i].initial_state = &pages[i];
    }
    tests[n].name = "compare_can_fail";
    tests[n].test_func = test_compare_can_fail;
    tests[n].initial_state = pages;
    return _cmocka_run_group_tests("golden_tree", tests, n + 1, NULL, NULL);
}
