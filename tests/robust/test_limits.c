/*
 * test_limits.c - max_line_bytes, max_input_bytes and max_nodes.
 *
 *     test_limits CORPUS_PAGE.txt
 *
 * Defaults (np_options_init): max_line_bytes NP_DEFAULT_MAX_LINE_BYTES =
 * 64 MiB (0 also means that), max_input_bytes 0 = no limit, max_nodes 0 =
 * no limit.  Each limit has its own status, and its error its line, offset
 * and message:
 *   - max_line_bytes: NP_ERR_LIMIT_LINE.  A line longer than the limit: the
 *     line, and the offset of its first byte past the limit ("line longer
 *     than max_line_bytes").  A paragraph re-joined from lines that are each
 *     short enough: the line that would make it too long, and that line's
 *     first byte ("line too long").  A line of exactly the limit passes.
 *   - max_input_bytes: NP_ERR_LIMIT_INPUT at the offset of the first byte
 *     past the limit, on the line holding it ("input longer than
 *     max_input_bytes"); the bytes before the limit are parsed first, so an
 *     error in a whole line before it wins.  Input of exactly the limit
 *     passes.
 *   - max_nodes: NP_ERR_LIMIT_NODES at the line (and its first byte) of the
 *     node that would be one too many ("too many nodes"); the document node
 *     counts.  Only a kept tree is counted: with NP_OPT_NO_TREE the limit
 *     does not apply.
 * Every error is the same whether the input comes in one feed or in
 * one-byte feeds.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "robust.h"

static const char *corpus_page;

static np_options opts_with(size_t line, uint64_t input, size_t nodes)
{
    np_options o;
    np_options_init(&o);
    if (line)
        o.max_line_bytes = line;
    o.max_input_bytes = input;
    o.max_nodes = nodes;
    return o;
}

/* Parse in one feed and in one-byte feeds; both must give this error. */
static void expect_limit(const char *s, size_t len, np_options o, np_status status, size_t line,
                         uint64_t offset, const char *message)
{
    np_node *doc = (np_node *)&doc;
    np_error err;
    np_status st = np_parse(s, len, &o, &doc, &err);
    if (st != status || err.line != line || err.offset != offset)
        fail_msg("expected status %d line %zu offset %llu, got %d line %zu offset %llu (%s)",
                 status, line, (unsigned long long)offset, st, err.line,
                 (unsigned long long)err.offset, err.message);
    assert_null(doc);
    assert_string_equal(err.message, message);

    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    st = NP_OK;
    for (size_t i = 0; i < len && st == NP_OK; i++)
        st = np_parser_feed(p, s + i, 1);
    if (st == NP_OK)
        st = np_parser_finish(p, NULL);
    const np_error *e = np_parser_error(p);
    assert_int_equal(st, status);
    assert_int_equal(e->status, status);
    assert_int_equal(e->line, line);
    assert_int_equal(e->offset, offset);
    assert_string_equal(e->message, message);
    np_parser_free(p);
}

static void expect_ok(const char *s, size_t len, np_options o)
{
    np_node *doc = NULL;
    np_error err;
    np_status st = np_parse(s, len, &o, &doc, &err);
    if (st != NP_OK)
        fail_msg("expected success, got %s at line %zu offset %llu", err.message, err.line,
                 (unsigned long long)err.offset);
    np_document_free(doc);
}

static void test_defaults(void **state)
{
    (void)state;
    np_options o;
    memset(&o, 0x5A, sizeof o);
    np_options_init(&o);
    assert_int_equal(o.flags, 0);
    assert_null(o.on_event);
    assert_null(o.userdata);
    assert_null(o.allocator);
    assert_int_equal(o.max_line_bytes, NP_DEFAULT_MAX_LINE_BYTES);
    assert_int_equal(NP_DEFAULT_MAX_LINE_BYTES, (size_t)64 << 20);
    assert_int_equal(o.max_input_bytes, 0);
    assert_int_equal(o.max_nodes, 0);
    np_render_options ro;
    np_render_options_init(&ro);
    assert_int_equal(ro.flags, 0);
    assert_int_equal(ro.width, 72);
    /* distinct statuses with distinct descriptions */
    assert_true(NP_ERR_LIMIT_LINE != NP_ERR_LIMIT_INPUT && NP_ERR_LIMIT_INPUT != NP_ERR_LIMIT_NODES);
    assert_string_not_equal(np_status_string(NP_ERR_LIMIT_LINE), np_status_string(NP_ERR_LIMIT_INPUT));
    assert_string_not_equal(np_status_string(NP_ERR_LIMIT_INPUT), np_status_string(NP_ERR_LIMIT_NODES));
}

static void test_max_line_bytes(void **state)
{
    (void)state;
    /* "短\n" is 4 bytes; line 2 (27 bytes) passes byte 4 + 10 = 14 */
    static const char s[] = "短\n这一行超过十个字节\n";
    expect_limit(s, sizeof s - 1, opts_with(10, 0, 0), NP_ERR_LIMIT_LINE, 2, 14,
                 "line longer than max_line_bytes");
    /* the same line without an end (finish) and with CRLF */
    expect_limit("短\r\n这一行超过十个字节", strlen("短\r\n这一行超过十个字节"),
                 opts_with(10, 0, 0), NP_ERR_LIMIT_LINE, 2, 15, "line longer than max_line_bytes");
    /* exactly the limit passes, one more byte does not */
    expect_ok("abcdefghij\n", 11, opts_with(10, 0, 0));
    expect_ok("abcdefghij", 10, opts_with(10, 0, 0));
    expect_limit("abcdefghijk\n", 12, opts_with(10, 0, 0), NP_ERR_LIMIT_LINE, 1, 10,
                 "line longer than max_line_bytes");
    /* 0 is the default */
    expect_ok(s, sizeof s - 1, opts_with(0, 0, 0));
}

static void test_max_line_bytes_reflow(void **state)
{
    (void)state;
    /* lines 5 (63 bytes) and 7 (21 bytes) re-join to 84 > 70: line 7 at
     * offset 29 + 63 + 2 = 94 */
    static const char s[] = "标题\n\n本报记者 张三\n\n这是第一段，前半部分的内容还没有写完，它在\n\n"
                            "后半部分结束。\n\n第二段。\n";
    expect_limit(s, sizeof s - 1, opts_with(70, 0, 0), NP_ERR_LIMIT_LINE, 7, 94, "line too long");
    expect_ok(s, sizeof s - 1, opts_with(84, 0, 0));
}

static void test_max_input_bytes(void **state)
{
    (void)state;
    /* two lines of 10 bytes: byte 20 starts line 3 */
    static const char s[] = "第一行\n第二行\n第三行很长\n";
    expect_limit(s, sizeof s - 1, opts_with(0, 20, 0), NP_ERR_LIMIT_INPUT, 3, 20,
                 "input longer than max_input_bytes");
    /* inside line 2 */
    expect_limit(s, sizeof s - 1, opts_with(0, 15, 0), NP_ERR_LIMIT_INPUT, 2, 15,
                 "input longer than max_input_bytes");
    expect_limit(s, sizeof s - 1, opts_with(0, 1, 0), NP_ERR_LIMIT_INPUT, 1, 1,
                 "input longer than max_input_bytes");
    /* exactly the limit passes */
    expect_ok(s, 20, opts_with(0, 20, 0));
    expect_ok(s, sizeof s - 1, opts_with(0, sizeof s - 1, 0));
    /* an error in a whole line before the limit comes first */
    static const char bad[] = "ab\xFF\n第二行很长很长很长\n";
    expect_limit(bad, sizeof bad - 1, opts_with(0, 10, 0), NP_ERR_UTF8, 1, 2,
                 "invalid UTF-8 (byte 0xFF)");
    /* so does a bad byte before the limit in the line the limit cuts */
    static const char cut[] = "第一行\nab\xFF很长很长\n";
    expect_limit(cut, sizeof cut - 1, opts_with(0, 14, 0), NP_ERR_UTF8, 2, 12,
                 "invalid UTF-8 (byte 0xFF)");
    /* a bad byte past the limit is not looked at */
    expect_limit(cut, sizeof cut - 1, opts_with(0, 12, 0), NP_ERR_LIMIT_INPUT, 2, 12,
                 "input longer than max_input_bytes");
}

static void test_max_nodes(void **state)
{
    (void)state;
    /* document, article, headline, byline, author, paragraph, paragraph */
    static const char s[] = "标题\n\n本报记者 张三\n\n第一段。\n\n第二段。\n";
    expect_ok(s, sizeof s - 1, opts_with(0, 0, 7));
    /* the 7th node (the last paragraph) is one too many: line 7, offset 43 */
    expect_limit(s, sizeof s - 1, opts_with(0, 0, 6), NP_ERR_LIMIT_NODES, 7, 43, "too many nodes");
    /* the byline (4th) is one too many: line 3, offset 8 */
    expect_limit(s, sizeof s - 1, opts_with(0, 0, 3), NP_ERR_LIMIT_NODES, 3, 8, "too many nodes");
    /* even the article is too many */
    expect_limit(s, sizeof s - 1, opts_with(0, 0, 1), NP_ERR_LIMIT_NODES, 1, 0, "too many nodes");
    /* the limit counts kept trees only */
    np_options o = opts_with(0, 0, 3);
    o.flags = NP_OPT_NO_TREE;
    expect_ok(s, sizeof s - 1, o);
}

/* A corpus page: its node count passes, one fewer fails; a line limit
 * below its longest line fails on that line. */
static void test_corpus_page(void **state)
{
    (void)state;
    size_t len;
    char *page = rb_read_file(corpus_page, &len);
    assert_non_null(page);
    np_node *doc = NULL;
    assert_int_equal(np_parse(page, len, NULL, &doc, NULL), NP_OK);
    size_t nodes = 0;
    np_iter it;
    np_iter_init(&it, doc);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE)
        nodes += ev == NP_EVENT_ENTER;
    np_document_free(doc);
    expect_ok(page, len, opts_with(0, 0, nodes));
    np_error err;
    np_options o = opts_with(0, 0, nodes - 1);
    assert_int_equal(np_parse(page, len, &o, &doc, &err), NP_ERR_LIMIT_NODES);
    assert_true(err.line >= 1 && err.offset < len);

    /* the longest line */
    size_t longest = 0, longest_line = 0, start = 0, line = 1, longest_start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || page[i] == '\n') {
            if (i - start > longest) {
                longest = i - start;
                longest_line = line;
                longest_start = start;
            }
            start = i + 1;
            line++;
        }
    }
    o = opts_with(longest - 1, 0, 0);
    assert_int_equal(np_parse(page, len, &o, &doc, &err), NP_ERR_LIMIT_LINE);
    /* the first line over the limit is the longest one, unless a re-joined
     * paragraph got there first */
    assert_true(err.line <= longest_line);
    if (err.line == longest_line)
        assert_int_equal(err.offset, longest_start + longest - 1);
    o = opts_with(0, len / 2, 0);
    assert_int_equal(np_parse(page, len, &o, &doc, &err), NP_ERR_LIMIT_INPUT);
    assert_int_equal(err.offset, len / 2);
    free(page);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s CORPUS_PAGE.txt\n", argv[0]);
        return 2;
    }
    corpus_page = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_max_line_bytes),
        cmocka_unit_test(test_max_line_bytes_reflow),
        cmocka_unit_test(test_max_input_bytes),
        cmocka_unit_test(test_max_nodes),
        cmocka_unit_test(test_corpus_page),
    };
    return cmocka_run_group_tests_name("limits", tests, NULL, NULL);
}
