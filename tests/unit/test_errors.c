/*
 * test_errors.c - invalid UTF-8 and NUL bytes (status, line, byte offset),
 * errors that persist, NP_OPT_REPLACE_INVALID, and the limits.
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

#define L1 "金华保险业多措并举助力市域治理现代化"   /* 54 bytes */
#define L3 "保险业是经济活动的一部分，更在社会治理中发挥着重要作用。"

static void expect_error(const char *data, size_t len, np_status st, size_t line, uint64_t offset)
{
    np_node *doc = (np_node *)1;
    np_error err;
    np_status got = np_parse(data, len, NULL, &doc, &err);
    if (got != st || err.line != line || err.offset != offset)
        print_error("expected %s at line %zu offset %llu, got %s at line %zu offset %llu (%s)\n", np_status_string(st),
                    line, (unsigned long long)offset, np_status_string(got), err.line,
                    (unsigned long long)err.offset, err.message);
    assert_int_equal(got, st);
    assert_null(doc);
    assert_int_equal(err.status, st);
    assert_int_equal(err.line, line);
    assert_int_equal(err.offset, offset);
    assert_true(err.message[0] != '\0');
    assert_non_null(memchr(err.message, '\0', sizeof err.message));
}

static void test_invalid_byte(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n" L3 "\xFF" "后面的文字。\n";
    expect_error(s, sizeof s - 1, NP_ERR_UTF8, 3, strlen(L1 "\n\n" L3));
}

static void test_invalid_first_byte(void **state)
{
    (void)state;
    static const char s[] = "\x80" L1 "\n";
    expect_error(s, sizeof s - 1, NP_ERR_UTF8, 1, 0);
}

static void test_invalid_after_crlf_lines(void **state)
{
    (void)state;
    static const char s[] = L1 "\r\n\r\n" L3 "\r\n\xC0\x80\r\n";
    expect_error(s, sizeof s - 1, NP_ERR_UTF8, 4, strlen(L1 "\r\n\r\n" L3 "\r\n"));
}

static void test_invalid_after_cr_lines(void **state)
{
    (void)state;
    static const char s[] = L1 "\r\r" L3 "\r中文\xED\xA0\x80\r";
    expect_error(s, sizeof s - 1, NP_ERR_UTF8, 4, strlen(L1 "\r\r" L3 "\r中文"));
}

/* The offset counts the BOM: it is an offset in the input as fed. */
static void test_offset_counts_bom(void **state)
{
    (void)state;
    static const char s[] = "\xEF\xBB\xBF" L1 "\n\xFE\n";
    expect_error(s, sizeof s - 1, NP_ERR_UTF8, 2, 3 + strlen(L1 "\n"));
}

/* Malformed sequences of every kind are rejected. */
static void test_malformed_sequences(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "\xC0\x80",         /* overlong NUL */
        "\xC1\xBF",         /* overlong */
        "\xE0\x80\xAF",     /* overlong / */
        "\xED\xA0\x80",     /* surrogate D800 */
        "\xED\xBF\xBF",     /* surrogate DFFF */
        "\xF4\x90\x80\x80", /* above U+10FFFF */
        "\xF8\x88\x80\x80\x80",
        "\xE4\xB8",         /* cut 中 followed by ASCII */
        "\xBF",             /* lone continuation */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char s[256];
        int n = snprintf(s, sizeof s, "中文标题\n\n正文%sabc。\n", bad[i]);
        np_node *doc = NULL;
        np_error err;
        np_status st = np_parse(s, (size_t)n, NULL, &doc, &err);
        if (st != NP_ERR_UTF8)
            print_error("case %zu: got %s\n", i, np_status_string(st));
        assert_int_equal(st, NP_ERR_UTF8);
        assert_int_equal(err.line, 3);
        assert_int_equal(err.offset, strlen("中文标题\n\n正文"));
        assert_null(doc);
    }
}

/* A sequence cut by the end of input fails at finish. */
static void test_truncated_at_end(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n中文\xE4\xB8";
    expect_error(s, sizeof s - 1, NP_ERR_UTF8, 3, strlen(L1 "\n\n中文"));

    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, s, sizeof s - 1), NP_OK);
    np_node *doc = (np_node *)1;
    assert_int_equal(np_parser_finish(p, &doc), NP_ERR_UTF8);
    assert_null(doc);
    assert_int_equal(np_parser_error(p)->status, NP_ERR_UTF8);
    assert_int_equal(np_parser_error(p)->offset, strlen(L1 "\n\n中文"));
    np_parser_free(p);
}

/* An invalid sequence cut across feeds is found with the right offset. */
static void test_invalid_across_chunks(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n中\xE6\x96x文。\n";
    size_t bad = strlen(L1 "\n\n中");
    for (size_t cut = 1; cut < sizeof s - 1; cut++) {
        np_parser *p = np_parser_new(NULL);
        assert_non_null(p);
        np_status a = np_parser_feed(p, s, cut);
        np_status b = a == NP_OK ? np_parser_feed(p, s + cut, sizeof s - 1 - cut) : a;
        np_status c = b == NP_OK ? np_parser_finish(p, NULL) : b;
        assert_int_equal(c, NP_ERR_UTF8);
        const np_error *e = np_parser_error(p);
        assert_int_equal(e->status, NP_ERR_UTF8);
        assert_int_equal(e->line, 3);
        assert_int_equal(e->offset, bad);
        np_parser_free(p);
    }
}

static void test_nul(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n" L3 "\0" "后面。\n";
    expect_error(s, sizeof s - 1, NP_ERR_NUL, 3, strlen(L1 "\n\n" L3));
}

static void test_nul_first(void **state)
{
    (void)state;
    static const char s[] = "\0";
    expect_error(s, 1, NP_ERR_NUL, 1, 0);
}

/* After an error the parser refuses input and keeps the first error. */
static void test_error_persists(void **state)
{
    (void)state;
    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, L1 "\n", strlen(L1 "\n")), NP_OK);
    assert_int_equal(np_parser_error(p)->status, NP_OK);
    /* (a line is checked when it is complete: the error may wait for its end) */
    assert_int_equal(np_parser_feed(p, "ab\xFF\n", 4), NP_ERR_UTF8);
    assert_int_equal(np_parser_feed(p, "\0", 1), NP_ERR_UTF8);
    assert_int_equal(np_parser_feed(p, "正常文字\n", strlen("正常文字\n")), NP_ERR_UTF8);
    np_node *doc = (np_node *)1;
    assert_int_equal(np_parser_finish(p, &doc), NP_ERR_UTF8);
    assert_null(doc);
    const np_error *e = np_parser_error(p);
    assert_int_equal(e->status, NP_ERR_UTF8);
    assert_int_equal(e->line, 2);
    assert_int_equal(e->offset, strlen(L1 "\n") + 2);
    np_parser_free(p);
}

/* np_parse with err NULL still reports the status. */
static void test_parse_err_null(void **state)
{
    (void)state;
    np_node *doc = (np_node *)1;
    assert_int_equal(np_parse("a\0b", 3, NULL, &doc, NULL), NP_ERR_NUL);
    assert_null(doc);
}

/* NP_OPT_REPLACE_INVALID: U+FFFD and the REPLACED flag instead of a failure. */
static void test_replace_invalid(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n■ 沈超\n\n保险业是经济活动的一部分\xFF，更在社会治理中\0发挥着重要作用。\n";
    np_options o;
    np_options_init(&o);
    o.flags = NP_OPT_REPLACE_INVALID;
    np_node *doc = NULL;
    np_error err;
    assert_int_equal(np_parse(s, sizeof s - 1, &o, &doc, &err), NP_OK);
    assert_int_equal(err.status, NP_OK);
    const np_node *p = nt_find(doc, NP_NODE_PARAGRAPH, 0);
    assert_non_null(p);
    assert_string_equal(np_node_get_text(p), "保险业是经济活动的一部分\xEF\xBF\xBD，更在社会治理中\xEF\xBF\xBD发挥着重要作用。");
    assert_true(np_node_get_flags(p) & NP_NODE_FLAG_REPLACED);
    assert_false(np_node_get_flags(nt_find(doc, NP_NODE_HEADLINE, 0)) & NP_NODE_FLAG_REPLACED);
    np_document_free(doc);
}

/* A line longer than max_line_bytes fails with its line number. */
static void test_limit_line(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n■ 沈超\n\n" L3 "\n";
    np_options o;
    np_options_init(&o);
    o.max_line_bytes = 60; /* L1 (54) fits, L3 (84) does not */
    np_node *doc = (np_node *)1;
    np_error err;
    assert_int_equal(np_parse(s, sizeof s - 1, &o, &doc, &err), NP_ERR_LIMIT_LINE);
    assert_null(doc);
    assert_int_equal(err.status, NP_ERR_LIMIT_LINE);
    assert_int_equal(err.line, 5);
    o.max_line_bytes = 84;
    assert_int_equal(np_parse(s, sizeof s - 1, &o, &doc, &err), NP_OK);
    np_document_free(doc);
}

/* A paragraph re-joined from short lines counts too. */
static void test_limit_joined_paragraph(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n■ 沈超\n\n近年来，富春街道持续推进基层医疗资源下沉，目前江滨社区已\n\n"
                            "实现“15分钟医疗服务圈”，居民步行即可享受基本医疗服务。\n";
    np_options o;
    np_options_init(&o);
    o.max_line_bytes = 100; /* each fragment fits, the joined paragraph does not */
    np_node *doc = (np_node *)1;
    assert_int_equal(np_parse(s, sizeof s - 1, &o, &doc, NULL), NP_ERR_LIMIT_LINE);
    assert_null(doc);
}

static void test_limit_input(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n■ 沈超\n\n" L3 "\n";
    np_options o;
    np_options_init(&o);
    o.max_input_bytes = sizeof s - 1;
    np_node *doc = NULL;
    assert_int_equal(np_parse(s, sizeof s - 1, &o, &doc, NULL), NP_OK);
    np_document_free(doc);
    o.max_input_bytes = sizeof s - 2;
    np_error err;
    assert_int_equal(np_parse(s, sizeof s - 1, &o, &doc, &err), NP_ERR_LIMIT_INPUT);
    assert_null(doc);
    assert_int_equal(err.status, NP_ERR_LIMIT_INPUT);

    /* The same across feeds. */
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, s, 10), NP_OK);
    assert_int_equal(np_parser_feed(p, s + 10, sizeof s - 1 - 10), NP_ERR_LIMIT_INPUT);
    np_parser_free(p);
}

static void test_limit_nodes(void **state)
{
    (void)state;
    static const char s[] = L1 "\n\n■ 沈超 章任艳\n\n" L3 "\n";
    /* document, article, headline, byline, 2 authors, paragraph = 7 nodes */
    np_options o;
    np_options_init(&o);
    o.max_nodes = 7;
    np_node *doc = NULL;
    assert_int_equal(np_parse(s, sizeof s - 1, &o, &doc, NULL), NP_OK);
    assert_int_equal(nt_count(doc, NP_NODE_AUTHOR), 2);
    np_document_free(doc);
    o.max_nodes = 6;
    np_error err;
    assert_int_equal(np_parse(s, sizeof s - 1, &o, &doc, &err), NP_ERR_LIMIT_NODES);
    assert_null(doc);
    assert_int_equal(err.status, NP_ERR_LIMIT_NODES);
}

/* Every status has a description. */
static void test_status_strings(void **state)
{
    (void)state;
    for (int st = NP_OK; st <= NP_ERR_ENCODING; st++) {
        const char *s = np_status_string((np_status)st);
        assert_non_null(s);
        assert_true(strlen(s) > 0);
    }
    assert_non_null(np_status_string((np_status)999));
    assert_string_not_equal(np_status_string(NP_ERR_UTF8), np_status_string(NP_ERR_NUL));
}

/* ------------------------------------------------------------------ */
/* Where an error is: the first fault on a line, column, bytes         */
/* ------------------------------------------------------------------ */

/* The error after feeding s in chunks of step bytes (0: one feed), and the
 * status of the feed that reported it (finish if none did). */
static np_status feed_error(const char *s, size_t len, size_t step, size_t max_line, np_error *out,
                            size_t *fed)
{
    np_options o;
    np_options_init(&o);
    o.max_line_bytes = max_line;
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    np_status st = NP_OK;
    size_t i = 0;
    while (i < len && st == NP_OK) {
        size_t n = step == 0 || len - i < step ? len - i : step;
        st = np_parser_feed(p, s + i, n);
        i += n;
    }
    *fed = i;
    if (st == NP_OK)
        st = np_parser_finish(p, NULL);
    *out = *np_parser_error(p);
    np_parser_free(p);
    return st;
}

/* A line over max_line_bytes with an invalid byte before the limit: the
 * byte is reported (line 1, byte 2, column 3), in one feed and in chunks
 * of every size, as `printf 'ab\x80cd'` and 300 MB without a newline
 * would be, and as soon as it is fed, not when the line ends. */
static void test_invalid_before_long_line(void **state)
{
    (void)state;
    enum { MAX = 64, LEN = 4096 };
    char *s = malloc(LEN);
    assert_non_null(s);
    memcpy(s, "ab\x80" "cd", 5);
    memset(s + 5, 'x', LEN - 5);
    static const size_t steps[] = {0, 1, 2, 3, 7, 64, 65, 1000};
    for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++) {
        np_error err;
        size_t fed;
        np_status st = feed_error(s, LEN, steps[k], MAX, &err, &fed);
        if (st != NP_ERR_UTF8 || err.offset != 2)
            print_error("chunks of %zu: %s at %llu (%s)\n", steps[k], np_status_string(st),
                        (unsigned long long)err.offset, err.message);
        assert_int_equal(st, NP_ERR_UTF8);
        assert_int_equal(err.line, 1);
        assert_int_equal(err.offset, 2);
        assert_int_equal(err.column, 3);
        assert_int_equal(err.byte_count, 1);
        assert_int_equal(err.bytes[0], 0x80);
        assert_string_equal(err.message, "invalid UTF-8 (byte 0x80)");
    }
    /* without a limit in the way, the feed that brings the byte reports it
     * (1-byte feeds within NP_INPUT_CHECK_LAG bytes of it) */
    static const size_t late[] = {1, 3, 100};
    for (size_t k = 0; k < sizeof late / sizeof late[0]; k++) {
        np_error err;
        size_t fed;
        assert_int_equal(feed_error(s, LEN, late[k], 0, &err, &fed), NP_ERR_UTF8);
        assert_true(fed < LEN);
        assert_int_equal(err.offset, 2);
    }
    /* and the limit alone: column of the character at the first byte past it */
    static const char cjk[] = "中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文";
    np_error err;
    size_t fed;
    assert_int_equal(feed_error(cjk, sizeof cjk - 1, 0, MAX, &err, &fed), NP_ERR_LIMIT_LINE);
    assert_int_equal(err.offset, MAX);
    assert_int_equal(err.column, MAX / 3 + 1); /* byte 64 is inside character 22 */
    assert_int_equal(err.byte_count, 0);
    free(s);
}

/* The column counts characters of the line; the bytes of a sequence cut
 * short are shown as xmllint shows them. */
static void test_column_and_bytes(void **state)
{
    (void)state;
    static const char s[] = "标题\n\n中文ab\xE4\xB8" "cd\n";
    np_node *doc = NULL;
    np_error err;
    assert_int_equal(np_parse(s, sizeof s - 1, NULL, &doc, &err), NP_ERR_UTF8);
    assert_int_equal(err.line, 3);
    assert_int_equal(err.offset, strlen("标题\n\n中文ab"));
    assert_int_equal(err.column, 5);
    assert_int_equal(err.byte_count, 2);
    assert_memory_equal(err.bytes, "\xE4\xB8", 2);
    assert_string_equal(err.message, "invalid UTF-8 (bytes 0xE4 0xB8)");
    /* a BOM is not a character of the line */
    static const char bom[] = "\xEF\xBB\xBF" "中\xFF";
    assert_int_equal(np_parse(bom, sizeof bom - 1, NULL, &doc, &err), NP_ERR_UTF8);
    assert_int_equal(err.column, 2);
    assert_int_equal(err.offset, 6);
    /* a NUL */
    static const char nul[] = "中文\0";
    assert_int_equal(np_parse(nul, sizeof nul, NULL, &doc, &err), NP_ERR_NUL);
    assert_int_equal(err.column, 3);
    assert_int_equal(err.byte_count, 1);
    assert_int_equal(err.bytes[0], 0);
}

/* UTF-16 or UTF-32 fed as it is: said so, not "invalid UTF-8 at byte 0". */
static void test_utf16_bom_named(void **state)
{
    (void)state;
    static const struct {
        const char *data;
        size_t len;
        np_status st;
        const char *name;
    } cases[] = {
        {"\xFF\xFE\x2D\x4E", 4, NP_ERR_UTF8, "UTF-16LE"},
        {"\xFE\xFF\x4E\x2D", 4, NP_ERR_UTF8, "UTF-16BE"},
        {"\xFF\xFE\0\0\x2D\x4E\0\0", 8, NP_ERR_UTF8, "UTF-32LE"},
        {"\0\0\xFE\xFF\0\0\x4E\x2D", 8, NP_ERR_NUL, "UTF-32BE"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        np_node *doc = NULL;
        np_error err;
        assert_int_equal(np_parse(cases[i].data, cases[i].len, NULL, &doc, &err), cases[i].st);
        assert_int_equal(err.offset, 0);
        assert_non_null(strstr(err.message, cases[i].name));
        assert_int_equal(err.byte_count, 2);
        /* the same, fed a byte at a time: the mark is named once it is
         * whole, not reported as a bad first byte (found by fuzz_parse) */
        np_parser *p = np_parser_new(NULL);
        assert_non_null(p);
        np_status st = NP_OK;
        for (size_t k = 0; k < cases[i].len && st == NP_OK; k++)
            st = np_parser_feed(p, cases[i].data + k, 1);
        if (st == NP_OK)
            st = np_parser_finish(p, NULL);
        assert_int_equal(st, cases[i].st);
        assert_string_equal(np_parser_error(p)->message, err.message);
        assert_int_equal(np_parser_error(p)->byte_count, 2);
        np_parser_free(p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_byte),
        cmocka_unit_test(test_invalid_first_byte),
        cmocka_unit_test(test_invalid_after_crlf_lines),
        cmocka_unit_test(test_invalid_after_cr_lines),
        cmocka_unit_test(test_offset_counts_bom),
        cmocka_unit_test(test_malformed_sequences),
        cmocka_unit_test(test_truncated_at_end),
        cmocka_unit_test(test_invalid_across_chunks),
        cmocka_unit_test(test_nul),
        cmocka_unit_test(test_nul_first),
        cmocka_unit_test(test_error_persists),
        cmocka_unit_test(test_parse_err_null),
        cmocka_unit_test(test_replace_invalid),
        cmocka_unit_test(test_limit_line),
        cmocka_unit_test(test_limit_joined_paragraph),
        cmocka_unit_test(test_limit_input),
        cmocka_unit_test(test_limit_nodes),
        cmocka_unit_test(test_status_strings),
        cmocka_unit_test(test_invalid_before_long_line),
        cmocka_unit_test(test_column_and_bytes),
        cmocka_unit_test(test_utf16_bom_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
