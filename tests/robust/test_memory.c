/*
 * test_memory.c - memory stays bounded without a tree.
 *
 *     test_memory CORPUS_PAGE.txt
 *
 * A long input (the page repeated 10 and 200 times, and a long run of
 * figures) is fed in 64 KiB chunks with NP_OPT_NO_TREE and an event
 * callback, through a counting allocator.  The peak of live bytes must not
 * grow with the input: the peak for 200 copies is at most the peak for 10
 * copies plus 64 KiB, and under 2 MiB.  In tree mode the peak does grow
 * (a check that the measurement measures).  After np_parser_free nothing
 * is live.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "robust.h"

static const char *corpus_page;

static int on_event(np_event_type ev, const np_node *node, void *userdata)
{
    (void)ev;
    (void)node;
    (*(size_t *)userdata)++;
    return 0;
}

/* Parse text repeated `copies` times; the allocator's peak in bytes. */
static size_t peak_for(const char *text, size_t len, size_t copies, bool tree, size_t *events)
{
    rb_alloc a = {0};
    np_allocator al = rb_allocator(&a);
    np_options o;
    np_options_init(&o);
    o.allocator = &al;
    if (!tree) {
        o.flags = NP_OPT_NO_TREE;
        o.on_event = on_event;
        o.userdata = events;
    }
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    /* the copies back to back, in 64 KiB chunks (cut anywhere) */
    size_t total = len * copies, chunk = 64 << 10;
    char *buf = malloc(chunk);
    assert_non_null(buf);
    for (size_t off = 0; off < total; off += chunk) {
        size_t n = total - off < chunk ? total - off : chunk;
        for (size_t i = 0; i < n; i++)
            buf[i] = text[(off + i) % len];
        assert_int_equal(np_parser_feed(p, buf, n), NP_OK);
    }
    free(buf);
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, tree ? &doc : NULL), NP_OK);
    np_parser_free(p);
    np_document_free(doc);
    assert_int_equal(a.live_blocks, 0);
    assert_int_equal(a.live_bytes, 0);
    return a.peak_bytes;
}

static void check_bounded(const char *text, size_t len, const char *what)
{
    size_t ev10 = 0, ev200 = 0;
    size_t p10 = peak_for(text, len, 10, false, &ev10);
    size_t p200 = peak_for(text, len, 200, false, &ev200);
    print_message("%s: peak without a tree %zu bytes (10 copies), %zu bytes (200 copies)\n", what,
                  p10, p200);
    assert_true(ev200 > ev10 * 10);
    assert_true(p200 <= p10 + (64 << 10));
    assert_true(p200 < (size_t)2 << 20);
    size_t t10 = peak_for(text, len, 10, true, NULL);
    size_t t200 = peak_for(text, len, 200, true, NULL);
    print_message("%s: peak with a tree %zu bytes (10 copies), %zu bytes (200 copies)\n", what, t10,
                  t200);
    /* the tree's own part, over what parsing without one holds (the
     * decoder's ring of window + look-ahead lines), grows with the input:
     * the bound above measures something */
    assert_true(t10 >= p10 && t200 >= p200);
    assert_true(t200 - p200 > (t10 - p10) * 5);
}

static void test_page_repeated(void **state)
{
    (void)state;
    size_t len;
    char *page = rb_read_file(corpus_page, &len);
    assert_non_null(page);
    /* end the page with a blank line so that copies do not join */
    char *text = malloc(len + 2);
    assert_non_null(text);
    memcpy(text, page, len);
    memcpy(text + len, "\n\n", 2);
    check_bounded(text, len + 2, "page");
    free(text);
    free(page);
}

static void test_figures_repeated(void **state)
{
    (void)state;
    /* figures at the page level, and figures inside an open paragraph */
    static const char figs[] = "\n\n\n图为某地风光。\n新华社记者 王东震 摄\n";
    check_bounded(figs, sizeof figs - 1, "figures");
    static const char mid[] = "标题\n\n本报记者 张三\n\n这一段没有写完，它在\n\n\n\n图为某地风光。\n"
                              "新华社记者 王东震 摄\n\n后半部分结束。\n\n";
    check_bounded(mid, sizeof mid - 1, "paragraph with a figure");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s CORPUS_PAGE.txt\n", argv[0]);
        return 2;
    }
    corpus_page = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_repeated),
        cmocka_unit_test(test_figures_repeated),
    };
    return cmocka_run_group_tests_name("memory", tests, NULL, NULL);
}
