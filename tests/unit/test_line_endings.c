/*
 * test_line_endings.c - LF, CRLF, lone CR, mixed line ends, a UTF-8 BOM,
 * no final newline, and lines of spaces, tabs or U+3000 that count as blank
 * (also toward the three blank lines before a figure).  Each variant of the
 * same page must give the same tree, with the same line numbers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsparse.h"
#include "nptest.h"

/* The page with @ for each line end. */
static const char *const PAGE[] = {
    "为社会治理赋能 为幸福生活护航",
    "",
    "金华保险业多措并举助力市域治理现代化",
    "",
    "■ 沈超 章任艳",
    "",
    "为切实维护医疗保障基金安全，太平洋寿险金华中心支公司通过承办职工补充医疗保险、大病",
    "",
    "",
    "",
    "新华保险工作人员为客户办理业务",
    "图片由新华保险金华中心支公司提供",
    "",
    "保险、外伤调查等业务，逐步构建了多方联动机制。",
    "",
    "伴随经济社会高质量发展，民众生活场景日益多元。",
};
#define NLINES (sizeof PAGE / sizeof PAGE[0])

static const char *const EXPECTED =
    "article 1\n"
    "  kicker 1 为社会治理赋能 为幸福生活护航\n"
    "  headline 3 金华保险业多措并举助力市域治理现代化\n"
    "  byline 5 沈超 章任艳\n"
    "    author 沈超\n"
    "    author 章任艳\n"
    "  paragraph 7 为切实维护医疗保障基金安全，太平洋寿险金华中心支公司通过承办职工补充医疗保险、大病保险、外伤调查等业务，逐步构建了多方联动机制。\n"
    "  figure 11\n"
    "    caption 11 新华保险工作人员为客户办理业务\n"
    "    credit 12 图片由新华保险金华中心支公司提供 {provided|新华保险金华中心支公司}\n"
    "  paragraph 16 伴随经济社会高质量发展，民众生活场景日益多元。\n";

/* Build the page: ends[i % nends] after line i, blank lines filled with
 * fill[i % nfill], the BOM first if bom, the last line end if final. */
static char *build(const char *const *ends, size_t nends, const char *const *fill, size_t nfill, int bom, int final)
{
    size_t cap = 8192, n = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    s[0] = '\0';
    if (bom) {
        strcpy(s, "\xEF\xBB\xBF");
        n = 3;
    }
    size_t blank = 0;
    for (size_t i = 0; i < NLINES; i++) {
        const char *text = PAGE[i];
        if (!*text && nfill)
            text = fill[blank++ % nfill];
        const char *end = (i + 1 < NLINES || final) ? ends[i % nends] : "";
        /* A lone CR then an empty line ending in LF would make a CRLF. */
        if (!*text && n > 0 && s[n - 1] == '\r' && end[0] == '\n')
            end = "\r";
        size_t need = strlen(text) + strlen(end);
        assert_true(n + need + 1 < cap);
        memcpy(s + n, text, strlen(text));
        n += strlen(text);
        memcpy(s + n, end, strlen(end));
        n += strlen(end);
        s[n] = '\0';
    }
    return s;
}

static void check_variant(const char *const *ends, size_t nends, const char *const *fill, size_t nfill, int bom,
                          int final)
{
    char *s = build(ends, nends, fill, nfill, bom, final);
    nt_check(s, EXPECTED);
    free(s);
}

static const char *const LF[] = {"\n"};
static const char *const CRLF[] = {"\r\n"};
static const char *const CR[] = {"\r"};
static const char *const MIXED[] = {"\n", "\r\n", "\r", "\r\n", "\n", "\r"};

static void test_lf(void **state)
{
    (void)state;
    check_variant(LF, 1, NULL, 0, 0, 1);
}

static void test_lf_no_final_newline(void **state)
{
    (void)state;
    check_variant(LF, 1, NULL, 0, 0, 0);
}

static void test_crlf(void **state)
{
    (void)state;
    check_variant(CRLF, 1, NULL, 0, 0, 1);
    check_variant(CRLF, 1, NULL, 0, 0, 0);
}

static void test_lone_cr(void **state)
{
    (void)state;
    check_variant(CR, 1, NULL, 0, 0, 1);
    check_variant(CR, 1, NULL, 0, 0, 0);
}

static void test_mixed(void **state)
{
    (void)state;
    check_variant(MIXED, 6, NULL, 0, 0, 1);
    check_variant(MIXED, 6, NULL, 0, 1, 0);
}

static void test_bom(void **state)
{
    (void)state;
    check_variant(LF, 1, NULL, 0, 1, 1);
    check_variant(CR, 1, NULL, 0, 1, 1);
    /* The BOM is not part of the first line's text. */
    np_node *doc = nt_parse("\xEF\xBB\xBF"
                            "金华保险业多措并举助力市域治理现代化\n\n■ 沈超\n\n保险业是经济活动的一部分，更在社会治理中发挥着重要作用。\n");
    const np_node *h = nt_find(doc, NP_NODE_HEADLINE, 0);
    assert_non_null(h);
    assert_string_equal(np_node_get_text(h), "金华保险业多措并举助力市域治理现代化");
    assert_int_equal(np_node_get_line(h), 1);
    np_document_free(doc);
}

/* Blank lines made of spaces, tabs, U+3000 and mixes of them. */
static void test_whitespace_blank_lines(void **state)
{
    (void)state;
    static const char *const fill[] = {" ", "\t", "\xE3\x80\x80", "\xE3\x80\x80\xE3\x80\x80", " \t", "\t\t",
                                       " \xE3\x80\x80"};
    check_variant(LF, 1, fill, 7, 0, 1);
    check_variant(CRLF, 1, fill, 7, 0, 1);
    check_variant(CR, 1, fill, 7, 1, 0);
}

/* Only U+3000 lines before the figure: still three blank lines. */
static void test_ideographic_space_figure_gap(void **state)
{
    (void)state;
    static const char *const fill[] = {"\xE3\x80\x80"};
    check_variant(LF, 1, fill, 1, 0, 1);
}

/* A CRLF counts as one line end: the line numbers of CRLF and LF agree
 * even when the CR and LF are far apart from other text. */
static void test_crlf_line_numbers(void **state)
{
    (void)state;
    np_node *doc = nt_parse("\r\n\r\n金华保险业多措并举助力市域治理现代化\r\n\r\n■ 沈超\r\n\r\n"
                            "保险业是经济活动的一部分，更在社会治理中发挥着重要作用。\r\n");
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_HEADLINE, 0)), 3);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_BYLINE, 0)), 5);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_PARAGRAPH, 0)), 7);
    np_document_free(doc);
}

/* \n\r is two line ends (LF, then a lone CR). */
static void test_lf_cr_is_two_ends(void **state)
{
    (void)state;
    np_node *doc = nt_parse("金华保险业多措并举助力市域治理现代化\n\r■ 沈超\n\r"
                            "保险业是经济活动的一部分，更在社会治理中发挥着重要作用。\n\r");
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_BYLINE, 0)), 3);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_PARAGRAPH, 0)), 5);
    np_document_free(doc);
}

/* Empty input and input of blank lines only: an empty document. */
static void test_empty_inputs(void **state)
{
    (void)state;
    static const char *const inputs[] = {"", "\n", "\r\n\r\n", "\r\r\r", " \t\n\xE3\x80\x80\n", "\xEF\xBB\xBF",
                                         "\xEF\xBB\xBF\n\n"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        np_node *doc = nt_parse(inputs[i]);
        assert_int_equal(np_node_get_type(doc), NP_NODE_DOCUMENT);
        assert_null(np_node_first_child(doc));
        np_document_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lf),
        cmocka_unit_test(test_lf_no_final_newline),
        cmocka_unit_test(test_crlf),
        cmocka_unit_test(test_lone_cr),
        cmocka_unit_test(test_mixed),
        cmocka_unit_test(test_bom),
        cmocka_unit_test(test_whitespace_blank_lines),
        cmocka_unit_test(test_ideographic_space_figure_gap),
        cmocka_unit_test(test_crlf_line_numbers),
        cmocka_unit_test(test_lf_cr_is_two_ends),
        cmocka_unit_test(test_empty_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
