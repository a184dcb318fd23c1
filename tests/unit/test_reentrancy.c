/*
 * test_reentrancy.c - calls on a parser from inside its own callbacks (the
 * event callback, the allocator hooks) keep the contract of newsparse.h:
 * np_parser_feed and np_parser_finish return NP_ERR_STATE and change
 * nothing, np_parser_free does nothing, np_parser_error answers.  The
 * outer parse then gives the same tree as a parse without them.  Before
 * the contract, a finish from an event made the outer feed dereference a
 * NULL tree, and a feed from every event recursed without end.
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

static const char page[] = "为社会治理赋能\n\n金华保险业多措并举助力市域治理现代化\n\n■ 沈超 章任艳\n\n"
                           "保险业是经济活动的一部分。\n\n多举措助力“看病不愁”\n\n"
                           "今年以来，平安产险东阳支公司积极推动投标保证金的落地。\n\n"
                           "为幸福生活护航\n\n■ 孙悦\n\n社会治理和民生保障领域发挥着重要作用。\n";

typedef enum call { CALL_FEED, CALL_FINISH, CALL_FREE, CALL_ERROR } call;

typedef struct reenter {
    np_parser *parser; /* set once the parser exists */
    call what;
    int calls;      /* calls made from inside a callback */
    int expected;   /* ... that kept the contract */
    int unexpected; /* ... that did not */
} reenter;

/* One call of the kind asked for on the parser being parsed with. */
static void call_parser(reenter *r)
{
    if (r->parser == NULL)
        return;
    bool kept = false;
    np_node *doc = (np_node *)1;
    r->calls++;
    switch (r->what) {
    case CALL_FEED:
        kept = np_parser_feed(r->parser, page, sizeof page - 1) == NP_ERR_STATE;
        break;
    case CALL_FINISH:
        /* refused, and no tree given */
        kept = np_parser_finish(r->parser, &doc) == NP_ERR_STATE && doc == NULL;
        break;
    case CALL_FREE:
        np_parser_free(r->parser); /* must do nothing: the outer call goes on */
        kept = true;
        break;
    case CALL_ERROR:
        /* allowed: the error so far, none here */
        kept = np_parser_error(r->parser)->status == NP_OK;
        break;
    }
    if (kept)
        r->expected++;
    else
        r->unexpected++;
}

static int on_event(np_event_type ev, const np_node *node, void *userdata)
{
    (void)ev;
    (void)node;
    call_parser(userdata);
    return 0;
}

static void *hook_malloc(size_t size, void *ctx)
{
    call_parser(ctx);
    return malloc(size);
}

static void *hook_realloc(void *ptr, size_t size, void *ctx)
{
    call_parser(ctx);
    return realloc(ptr, size);
}

static void hook_free(void *ptr, void *ctx)
{
    call_parser(ctx);
    free(ptr);
}

/* The JSON of the page parsed without callbacks (free with np_free). */
static char *plain_json(void)
{
    np_node *doc = nt_parse_n(page, sizeof page - 1);
    assert_non_null(doc);
    char *json = nt_json(doc, NULL);
    np_document_free(doc);
    return json;
}

/* Parse the page in chunks of chunk bytes, with what called from the
 * event callback (events) or from the allocator hooks (!events); flags
 * are np_options flags. */
static void parse_reentering(call what, bool events, unsigned flags, size_t chunk)
{
    reenter r = {NULL, what, 0, 0, 0};
    np_allocator hooks = {hook_malloc, hook_realloc, hook_free, &r};
    np_options o;
    np_options_init(&o);
    o.flags = flags;
    if (events) {
        o.on_event = on_event;
        o.userdata = &r;
    } else {
        o.allocator = &hooks;
    }
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    r.parser = p;
    for (size_t off = 0; off < sizeof page - 1; off += chunk) {
        size_t n = sizeof page - 1 - off < chunk ? sizeof page - 1 - off : chunk;
        assert_int_equal(np_parser_feed(p, page + off, n), NP_OK);
    }
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    r.parser = NULL;
    np_parser_free(p);
    if (r.calls == 0 || r.unexpected != 0)
        print_error("%d calls from callbacks, %d kept the contract, %d not\n", r.calls, r.expected,
                    r.unexpected);
    assert_true(r.calls > 0);
    assert_int_equal(r.unexpected, 0);
    if (flags & NP_OPT_NO_TREE) {
        assert_null(doc);
        return;
    }
    assert_non_null(doc);
    char *got = nt_json(doc, NULL);
    char *want = plain_json();
    assert_string_equal(got, want);
    np_free(got);
    np_free(want);
    np_document_free(doc);
}

/* Each entry point from the event callback, the events coming from feeds
 * (small chunks, one chunk) and from finish (the last article). */
static void test_feed_from_events(void **state)
{
    (void)state;
    parse_reentering(CALL_FEED, true, 0, 7);
    parse_reentering(CALL_FEED, true, 0, sizeof page);
    parse_reentering(CALL_FEED, true, NP_OPT_NO_TREE, 7);
}

static void test_finish_from_events(void **state)
{
    (void)state;
    parse_reentering(CALL_FINISH, true, 0, 7);
    parse_reentering(CALL_FINISH, true, 0, sizeof page);
    parse_reentering(CALL_FINISH, true, NP_OPT_NO_TREE, 7);
}

static void test_free_from_events(void **state)
{
    (void)state;
    parse_reentering(CALL_FREE, true, 0, 7);
    parse_reentering(CALL_FREE, true, NP_OPT_NO_TREE, sizeof page);
}

static void test_error_from_events(void **state)
{
    (void)state;
    parse_reentering(CALL_ERROR, true, 0, 7);
}

/* The allocator hooks are callbacks too. */
static void test_calls_from_allocator(void **state)
{
    (void)state;
    parse_reentering(CALL_FEED, false, 0, 7);
    parse_reentering(CALL_FINISH, false, 0, 7);
    parse_reentering(CALL_FREE, false, NP_OPT_NO_TREE, 7);
    parse_reentering(CALL_ERROR, false, 0, sizeof page);
}

/* A refused call leaves the parser as it was: it finishes normally once
 * the outer call has returned. */
static int finish_once(np_event_type ev, const np_node *node, void *userdata)
{
    (void)ev;
    (void)node;
    reenter *r = userdata;
    if (r->calls == 0)
        call_parser(r);
    return 0;
}

static void test_parser_usable_after(void **state)
{
    (void)state;
    reenter r = {NULL, CALL_FINISH, 0, 0, 0};
    np_options o;
    np_options_init(&o);
    o.on_event = finish_once;
    o.userdata = &r;
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    r.parser = p;
    assert_int_equal(np_parser_feed(p, page, sizeof page - 1), NP_OK);
    assert_int_equal(r.calls, 1);
    assert_int_equal(r.expected, 1);
    assert_int_equal(np_parser_error(p)->status, NP_OK);
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    assert_non_null(doc);
    assert_int_equal(np_parser_finish(p, NULL), NP_ERR_STATE);
    np_document_free(doc);
    np_parser_free(p);
}

/* Another parser may be used from inside a callback. */
static int parse_another(np_event_type ev, const np_node *node, void *userdata)
{
    (void)node;
    if (ev != NP_EVENT_ENTER)
        return 0;
    np_node *doc = NULL;
    np_status st = np_parse(page, sizeof page - 1, NULL, &doc, NULL);
    np_document_free(doc);
    *(int *)userdata += st == NP_OK ? 1 : 1000;
    return 0;
}

static void test_other_parser_allowed(void **state)
{
    (void)state;
    int ok = 0;
    np_options o;
    np_options_init(&o);
    o.on_event = parse_another;
    o.userdata = &ok;
    np_node *doc = NULL;
    assert_int_equal(np_parse(page, sizeof page - 1, &o, &doc, NULL), NP_OK);
    assert_true(ok > 0 && ok < 1000);
    np_document_free(doc);
}

/* test_reentrancy [PATTERN]: only the tests whose names match PATTERN. */
int main(int argc, char **argv)
{
    if (argc > 1)
        cmocka_set_test_filter(argv[1]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_feed_from_events),
        cmocka_unit_test(test_finish_from_events),
        cmocka_unit_test(test_free_from_events),
        cmocka_unit_test(test_error_from_events),
        cmocka_unit_test(test_calls_from_allocator),
        cmocka_unit_test(test_parser_usable_after),
        cmocka_unit_test(test_other_parser_allowed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
