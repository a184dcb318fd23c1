/*
 * test_event_memory.c - in event mode (NP_OPT_NO_TREE) memory does not grow
 * with the input: the decoder's window, its hypotheses and the open
 * article are all it holds.
 *
 * Arguments: PAGE.txt...
 * Each page is parsed once as it is and once repeated eight times (a blank
 * line between the copies), through the robustness tests' counting
 * allocator; the peak of the eight copies must stay within the peak of one plus
 * a little slack (buffers that grow by doubling may round up once more).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nptest.h"
/* the counting allocator of the robustness tests (public API only) */
#include "../robust/robust.h"

static nt_page *pages;
static size_t npages;

static int on_event(np_event_type ev, const np_node *n, void *ud)
{
    (void)ev;
    (void)n;
    (*(size_t *)ud)++;
    return 0;
}

/* The peak bytes held while parsing data in event mode. */
static size_t peak_of(const char *data, size_t len)
{
    rb_alloc c = {0};
    np_allocator a = rb_allocator(&c);
    size_t events = 0;
    np_options opts;
    np_options_init(&opts);
    opts.flags = NP_OPT_NO_TREE | NP_OPT_REPLACE_INVALID;
    opts.allocator = &a;
    opts.on_event = on_event;
    opts.userdata = &events;
    np_parser *p = np_parser_new(&opts);
    assert_non_null(p);
    /* 4 KiB feeds, as a reader of a file would */
    for (size_t at = 0; at < len; at += 4096)
        assert_int_equal(np_parser_feed(p, data + at, len - at < 4096 ? len - at : 4096), NP_OK);
    assert_int_equal(np_parser_finish(p, NULL), NP_OK);
    np_parser_free(p);
    assert_int_equal(c.live_bytes, 0);
    assert_int_equal(c.live_blocks, 0);
    assert_true(events > 0);
    return c.peak_bytes;
}

static void test_memory_flat(void **state)
{
    (void)state;
    enum { COPIES = 8, SLACK = 16 << 10 };
    for (size_t i = 0; i < npages; i++) {
        const nt_page *pg = &pages[i];
        size_t one = peak_of(pg->data, pg->len);
        size_t len = COPIES * (pg->len + 2);
        char *many = malloc(len);
        assert_non_null(many);
        for (size_t k = 0; k < COPIES; k++) {
            memcpy(many + k * (pg->len + 2), pg->data, pg->len);
            memcpy(many + k * (pg->len + 2) + pg->len, "\n\n", 2);
        }
        size_t eight = peak_of(many, len);
        free(many);
        if (eight > one + one / 4 + SLACK)
            fail_msg("%s: %zu bytes at most for one copy, %zu for %d", pg->path, one, eight, COPIES);
    }
}

int main(int argc, char **argv)
{
    pages = nt_load_pages(argc, argv, &npages);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_memory_flat),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
