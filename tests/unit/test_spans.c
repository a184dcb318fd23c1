/*
 * test_spans.c - every node's source spans say where its text is.
 *
 * Arguments: PAGE.txt...
 * For each page, fed whole and in chunks of 1, 2, 3, 7, 64 and 4096 bytes
 * (the chunk sizes of test_chunk_invariance, which also compares the JSON,
 * spans included, under every split in two), every node is checked:
 *
 *   - a node with text: the bytes of its spans, joined as the parser joins
 *     them (a paragraph's fragments with nothing, or a space between two
 *     ASCII letters or digits; a section head's or byline's two lines with
 *     a space), are its text.  An author's span is its name as printed, so
 *     a spaced-out name (沈  超) matches once the spaces are dropped;
 *   - no span of a node with text holds a CR or an LF, spans are in order
 *     and do not overlap, and the first starts on the node's line;
 *   - an article's or figure's one span runs from the first byte of its
 *     children to the last; the document's is the whole input;
 *   - every span's start_line and end_line are the lines (LF, CRLF or a lone
 *     CR ending each) of its first and last byte.
 *
 * The same page with CRLF line ends, with lone CRs, and with a UTF-8 BOM
 * passes the same checks, and each node's spans there are those of the LF
 * page moved by one byte a line before it (CRLF) and by three (the BOM).
 * With NP_OPT_REPLACE_INVALID, spans count the input's bytes, not the
 * U+FFFD that replaced them.
 */
#define _POSIX_C_SOURCE 200809L

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

/* The input and where each of its lines starts. */
typedef struct source {
    const char *data;
    size_t len;
    uint64_t *starts; /* starts[i]: offset of line i + 1 */
    size_t lines;
} source;

static void source_init(source *s, const char *data, size_t len)
{
    s->data = data;
    s->len = len;
    s->starts = malloc((len + 2) * sizeof *s->starts);
    assert_non_null(s->starts);
    s->lines = 0;
    s->starts[s->lines++] = 0;
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
            i++;
        if ((data[i] == '\n' || data[i] == '\r') && i + 1 < len)
            s->starts[s->lines++] = i + 1;
    }
}

/* The 1-based line that holds byte offset off. */
static size_t line_of(const source *s, uint64_t off)
{
    size_t lo = 0, hi = s->lines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (s->starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo + 1;
}

static bool is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The text the spans of n give, joined as the parser joins n's lines. */
static char *joined(const source *src, const np_node *n)
{
    size_t cap = 16;
    for (size_t i = 0; i < np_node_span_count(n); i++) {
        np_span sp;
        assert_int_equal(np_node_span(n, i, &sp), NP_OK);
        cap += (size_t)(sp.end_offset - sp.start_offset) + 1;
    }
    char *out = malloc(cap);
    assert_non_null(out);
    size_t len = 0;
    np_node_type t = np_node_get_type(n);
    bool spaced = t == NP_NODE_SECTION_HEAD || t == NP_NODE_BYLINE ||
                  (t == NP_NODE_AUTHOR && np_node_span_count(n) > 1);
    for (size_t i = 0; i < np_node_span_count(n); i++) {
        np_span sp;
        np_node_span(n, i, &sp);
        const char *s = src->data + sp.start_offset;
        size_t k = (size_t)(sp.end_offset - sp.start_offset);
        if (i > 0 && (spaced || (len > 0 && k > 0 && is_alnum((unsigned char)out[len - 1]) &&
                                 is_alnum((unsigned char)s[0]))))
            out[len++] = ' ';
        memcpy(out + len, s, k);
        len += k;
    }
    out[len] = 0;
    return out;
}

/* s without ASCII spaces and U+3000. */
static void drop_spaces(char *s)
{
    char *w = s;
    for (const char *r = s; *r;) {
        if (*r == ' ') {
            r++;
        } else if (strncmp(r, "\xE3\x80\x80", 3) == 0) {
            r += 3;
        } else {
            *w++ = *r++;
        }
    }
    *w = 0;
}

static bool text_matches(const np_node *n, char *got)
{
    const char *want = np_node_get_text(n);
    if (strcmp(got, want) == 0)
        return true;
    if (np_node_get_type(n) != NP_NODE_AUTHOR)
        return false;
    char *w = strdup(want);
    assert_non_null(w);
    drop_spaces(got);
    drop_spaces(w);
    bool ok = strcmp(got, w) == 0;
    free(w);
    return ok;
}

static void check_lines(const char *page, const source *src, const np_node *n, const np_span *sp)
{
    if (sp->start_offset > sp->end_offset || sp->end_offset > src->len)
        fail_msg("%s: %s line %zu: span [%llu, %llu) outside the input of %zu bytes", page,
                 np_node_type_name(np_node_get_type(n)), np_node_get_line(n),
                 (unsigned long long)sp->start_offset, (unsigned long long)sp->end_offset, src->len);
    uint64_t last = sp->end_offset > sp->start_offset ? sp->end_offset - 1 : sp->start_offset;
    if (sp->start_line != line_of(src, sp->start_offset) || sp->end_line != line_of(src, last))
        fail_msg("%s: %s line %zu: span lines %zu-%zu, the bytes are on lines %zu-%zu", page,
                 np_node_type_name(np_node_get_type(n)), np_node_get_line(n), sp->start_line,
                 sp->end_line, line_of(src, sp->start_offset), line_of(src, last));
}

/* An article's or figure's span covers its children exactly. */
static void check_cover(const char *page, const np_node *n, const np_span *sp)
{
    uint64_t lo = UINT64_MAX, hi = 0;
    for (const np_node *c = np_node_first_child(n); c; c = np_node_next(c)) {
        size_t k = np_node_span_count(c);
        np_span a, b;
        assert_true(k > 0);
        np_node_span(c, 0, &a);
        np_node_span(c, k - 1, &b);
        lo = a.start_offset < lo ? a.start_offset : lo;
        hi = b.end_offset > hi ? b.end_offset : hi;
    }
    if (sp->start_offset != lo || sp->end_offset != hi)
        fail_msg("%s: %s line %zu: span [%llu, %llu), its children [%llu, %llu)", page,
                 np_node_type_name(np_node_get_type(n)), np_node_get_line(n),
                 (unsigned long long)sp->start_offset, (unsigned long long)sp->end_offset,
                 (unsigned long long)lo, (unsigned long long)hi);
}

static void check_text_spans(const char *page, const source *src, const np_node *n)
{
    uint64_t prev_end = 0;
    for (size_t i = 0; i < np_node_span_count(n); i++) {
        np_span sp;
        np_node_span(n, i, &sp);
        if (i == 0 && np_node_get_line(n) != 0)
            assert_int_equal(sp.start_line, np_node_get_line(n));
        if (i > 0 && sp.start_offset < prev_end)
            fail_msg("%s: %s line %zu: span %zu overlaps the one before", page,
                     np_node_type_name(np_node_get_type(n)), np_node_get_line(n), i);
        prev_end = sp.end_offset;
        for (uint64_t o = sp.start_offset; o < sp.end_offset; o++)
            if (src->data[o] == '\n' || src->data[o] == '\r')
                fail_msg("%s: %s line %zu: span %zu holds a line end", page,
                         np_node_type_name(np_node_get_type(n)), np_node_get_line(n), i);
    }
    char *got = joined(src, n);
    if (!(np_node_get_flags(n) & NP_NODE_FLAG_REPLACED) && !text_matches(n, got))
        fail_msg("%s: %s line %zu: the spans give\n  \"%s\"\n  the text is\n  \"%s\"", page,
                 np_node_type_name(np_node_get_type(n)), np_node_get_line(n), got, np_node_get_text(n));
    free(got);
}

/* Check every node of doc against src; returns how many nodes were checked. */
static size_t check_tree(const char *page, const source *src, const np_node *doc)
{
    size_t nodes = 0;
    np_iter it;
    np_iter_init(&it, doc);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE) {
        const np_node *n = np_iter_get_node(&it);
        if (ev != NP_EVENT_ENTER)
            continue;
        nodes++;
        size_t k = np_node_span_count(n);
        if (k == 0)
            fail_msg("%s: %s line %zu has no span", page, np_node_type_name(np_node_get_type(n)),
                     np_node_get_line(n));
        for (size_t i = 0; i < k; i++) {
            np_span sp;
            assert_int_equal(np_node_span(n, i, &sp), NP_OK);
            check_lines(page, src, n, &sp);
        }
        np_span sp;
        np_node_span(n, 0, &sp);
        switch (np_node_get_type(n)) {
        case NP_NODE_DOCUMENT:
            assert_int_equal(k, 1);
            assert_int_equal(sp.start_offset, 0);
            assert_int_equal(sp.end_offset, src->len);
            break;
        case NP_NODE_ARTICLE:
        case NP_NODE_FIGURE:
            assert_int_equal(k, 1);
            check_cover(page, n, &sp);
            break;
        default:
            check_text_spans(page, src, n);
        }
    }
    return nodes;
}

static np_node *parse_chunks(const char *data, size_t len, size_t chunk)
{
    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    for (size_t at = 0; at < len; at += chunk)
        assert_int_equal(np_parser_feed(p, data + at, len - at < chunk ? len - at : chunk), NP_OK);
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    np_parser_free(p);
    return doc;
}

static void test_page(void **state)
{
    const nt_page *pg = *state;
    source src;
    source_init(&src, pg->data, pg->len);
    static const size_t chunks[] = {SIZE_MAX, 1, 2, 3, 7, 64, 4096};
    for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
        np_node *doc = parse_chunks(pg->data, pg->len, chunks[c]);
        size_t nodes = check_tree(pg->name, &src, doc);
        assert_true(nodes > 10);
        np_document_free(doc);
    }
    free(src.starts);
}

/* ------------------------------------------------------------------ */
/* Line ends and a BOM                                                  */
/* ------------------------------------------------------------------ */

/* The text with each line end (LF, CRLF, CR) replaced by eol, and a BOM
 * first when bom (some pages come with CRLF already). */
static char *variant(const char *data, size_t len, const char *eol, bool bom, size_t *out_len)
{
    size_t el = strlen(eol);
    char *out = malloc(len * el + 4);
    assert_non_null(out);
    size_t n = 0;
    if (bom) {
        memcpy(out, "\xEF\xBB\xBF", 3);
        n = 3;
    }
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
            i++;
        if (data[i] == '\n' || data[i] == '\r') {
            memcpy(out + n, eol, el);
            n += el;
        } else {
            out[n++] = data[i];
        }
    }
    *out_len = n;
    return out;
}

/* Every span of b is that of a moved: per_line bytes for each line
 * before it, plus shift. */
static void same_spans_moved(const char *how, const np_node *a, const np_node *b, uint64_t per_line,
                             uint64_t shift)
{
    np_iter ia, ib;
    np_iter_init(&ia, a);
    np_iter_init(&ib, b);
    np_event_type ea, eb;
    size_t checked = 0;
    while ((ea = np_iter_next(&ia)) != NP_EVENT_DONE) {
        eb = np_iter_next(&ib);
        assert_int_equal(ea, eb);
        const np_node *na = np_iter_get_node(&ia), *nb = np_iter_get_node(&ib);
        if (ea != NP_EVENT_ENTER || np_node_get_type(na) == NP_NODE_DOCUMENT)
            continue;
        assert_string_equal(np_node_get_text(na), np_node_get_text(nb));
        assert_int_equal(np_node_span_count(na), np_node_span_count(nb));
        for (size_t i = 0; i < np_node_span_count(na); i++) {
            np_span sa, sb;
            np_node_span(na, i, &sa);
            np_node_span(nb, i, &sb);
            uint64_t want_start = sa.start_offset + per_line * (sa.start_line - 1) + shift;
            uint64_t want_end = sa.end_offset + per_line * (sa.end_line - 1) + shift;
            if (sa.start_line != sb.start_line || sa.end_line != sb.end_line ||
                sb.start_offset != want_start || sb.end_offset != want_end)
                fail_msg("%s: %s line %zu span %zu: [%zu:%llu, %zu:%llu), want [%zu:%llu, %zu:%llu)",
                         how, np_node_type_name(np_node_get_type(na)), np_node_get_line(na), i,
                         sb.start_line, (unsigned long long)sb.start_offset, sb.end_line,
                         (unsigned long long)sb.end_offset, sa.start_line,
                         (unsigned long long)want_start, sa.end_line, (unsigned long long)want_end);
            checked++;
        }
    }
    assert_int_equal(np_iter_next(&ib), NP_EVENT_DONE);
    assert_true(checked > 10);
}

static void test_line_ends(void **state)
{
    const nt_page *pg = *state;
    size_t lf_len;
    char *lf_data = variant(pg->data, pg->len, "\n", false, &lf_len);
    np_node *lf = nt_parse_n(lf_data, lf_len);
    static const struct {
        const char *eol;
        bool bom;
        uint64_t per_line, shift;
        const char *how;
    } vs[] = {
        {"\r\n", false, 1, 0, "CRLF"},
        {"\r", false, 0, 0, "CR"},
        {"\n", true, 0, 3, "BOM"},
        {"\r\n", true, 1, 3, "BOM and CRLF"},
    };
    for (size_t v = 0; v < sizeof vs / sizeof vs[0]; v++) {
        size_t len;
        char *data = variant(lf_data, lf_len, vs[v].eol, vs[v].bom, &len);
        source src;
        source_init(&src, data, len);
        static const size_t chunks[] = {SIZE_MAX, 1, 7};
        for (size_t c = 0; c < sizeof chunks / sizeof chunks[0]; c++) {
            np_node *doc = parse_chunks(data, len, chunks[c]);
            char how[160];
            snprintf(how, sizeof how, "%s %s, feeds of %zu", pg->name, vs[v].how, chunks[c]);
            check_tree(how, &src, doc);
            same_spans_moved(how, lf, doc, vs[v].per_line, vs[v].shift);
            np_document_free(doc);
        }
        free(src.starts);
        free(data);
    }
    np_document_free(lf);
    free(lf_data);
}

/* ------------------------------------------------------------------ */
/* The accessors                                                        */
/* ------------------------------------------------------------------ */

static void test_accessors(void **state)
{
    (void)state;
    /* a paragraph cut by a blank line: two fragments on lines 5 and 7 */
    static const char page[] = "金华保险业多措并举助力市域治理现代化\n\n■ 沈超 章任艳\n\n"
                               "保险业是经济活动的一部分，更在社会\n\n治理中发挥作用。\n";
    np_node *doc = nt_parse(page);
    const np_node *p = nt_find(doc, NP_NODE_PARAGRAPH, 0);
    assert_non_null(p);
    assert_int_equal(np_node_span_count(p), 2);
    np_span a, b;
    assert_int_equal(np_node_span(p, 0, &a), NP_OK);
    assert_int_equal(np_node_span(p, 1, &b), NP_OK);
    assert_int_equal(a.start_line, 5);
    assert_int_equal(a.end_line, 5);
    assert_int_equal(b.start_line, 7);
    const char *l5 = strstr(page, "保险业是");
    assert_int_equal(a.start_offset, (uint64_t)(l5 - page));
    assert_int_equal(a.end_offset, (uint64_t)(strstr(page, "\n\n治理") - page));
    assert_int_equal(b.start_offset, (uint64_t)(strstr(page, "治理中") - page));
    assert_int_equal(b.end_offset, sizeof page - 2);
    /* the byline's span leaves out its marker */
    const np_node *by = nt_find(doc, NP_NODE_BYLINE, 0);
    assert_int_equal(np_node_span(by, 0, &a), NP_OK);
    assert_int_equal(a.start_offset, (uint64_t)(strstr(page, "沈超") - page));
    /* out of range, NULL */
    b.start_line = 99;
    assert_int_equal(np_node_span(p, 2, &b), NP_ERR_ARGUMENT);
    assert_int_equal(b.start_line, 0);
    assert_int_equal(np_node_span(NULL, 0, &b), NP_ERR_ARGUMENT);
    assert_int_equal(np_node_span(p, 0, NULL), NP_ERR_ARGUMENT);
    assert_int_equal(np_node_span_count(NULL), 0);
    /* the document: the whole input, every line */
    assert_int_equal(np_node_span(doc, 0, &a), NP_OK);
    assert_int_equal(a.start_line, 1);
    assert_int_equal(a.end_line, 7);
    assert_int_equal(a.start_offset, 0);
    assert_int_equal(a.end_offset, sizeof page - 1);
    np_document_free(doc);
}

/* Where needle first is in data[0, len) (data may hold NUL bytes). */
static uint64_t find(const char *data, size_t len, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= len; i++)
        if (memcmp(data + i, needle, k) == 0)
            return i;
    fail_msg("\"%s\" not in the page", needle);
    return 0;
}

static void test_replaced(void **state)
{
    (void)state;
    /* FF FE (two bytes, two U+FFFD), a NUL (one byte), E4 B8 (a sequence
     * cut short: two bytes, one U+FFFD) */
    static const char page[] = "标题一二三\n\n■ 沈超\n\n正文\xff\xfe内容是这样的，\0还有。\n\n\n\n"
                               "图为工作人员\xe4\xb8 孙悦 摄\n\n后面的正文。\n";
    size_t len = sizeof page - 1;
    np_options o;
    np_options_init(&o);
    o.flags = NP_OPT_REPLACE_INVALID;
    np_node *doc = NULL;
    assert_int_equal(np_parse(page, len, &o, &doc, NULL), NP_OK);
    np_span sp;
    const np_node *para = nt_find(doc, NP_NODE_PARAGRAPH, 0);
    assert_true(np_node_get_flags(para) & NP_NODE_FLAG_REPLACED);
    assert_int_equal(np_node_span(para, 0, &sp), NP_OK);
    assert_int_equal(sp.start_offset, find(page, len, "正文"));
    assert_int_equal(sp.end_offset, find(page, len, "还有。") + strlen("还有。"));
    const np_node *cap = nt_find(doc, NP_NODE_CAPTION, 0);
    assert_true(np_node_get_flags(cap) & NP_NODE_FLAG_REPLACED);
    assert_int_equal(np_node_span(cap, 0, &sp), NP_OK);
    assert_int_equal(sp.end_offset, find(page, len, " 孙悦"));
    const np_node *credit = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_int_equal(np_node_span(credit, 0, &sp), NP_OK);
    assert_int_equal(sp.start_offset, find(page, len, "孙悦"));
    /* the nodes after the damaged lines are where they were */
    const np_node *last = nt_find(doc, NP_NODE_PARAGRAPH, 1);
    assert_int_equal(np_node_span(last, 0, &sp), NP_OK);
    assert_int_equal(sp.start_offset, find(page, len, "后面"));
    assert_int_equal(sp.end_offset, len - 1);
    np_document_free(doc);
}

int main(int argc, char **argv)
{
    size_t n;
    nt_page *pages = nt_load_pages(argc, argv, &n);
    struct CMUnitTest *tests = calloc(2 * n + 2, sizeof *tests);
    char (*names)[128] = calloc(2 * n, sizeof *names);
    if (!tests || !names)
        return 1;
    tests[0].name = "accessors";
    tests[0].test_func = test_accessors;
    tests[2 * n + 1].name = "replaced bytes";
    tests[2 * n + 1].test_func = test_replaced;
    for (size_t i = 0; i < n; i++) {
        snprintf(names[2 * i], sizeof names[0], "%s spans give the text", pages[i].name);
        snprintf(names[2 * i + 1], sizeof names[0], "%s CRLF, CR, BOM", pages[i].name);
        tests[1 + 2 * i].name = names[2 * i];
        tests[1 + 2 * i].test_func = test_page;
        tests[1 + 2 * i].initial_state = &pages[i];
        tests[2 + 2 * i].name = names[2 * i + 1];
        tests[2 + 2 * i].test_func = test_line_ends;
        tests[2 + 2 * i].initial_state = &pages[i];
    }
    return _cmocka_run_group_tests("spans", tests, 2 * n + 2, NULL, NULL);
}
