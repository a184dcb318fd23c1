/*
 * test_issue.c - np_issue: a cut paragraph re-joined unless the
 * continuation is set in, a repeated headline dropped, two candidates
 * left apart and reported, the order of the pages given not mattering.
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

#define HEAD1 "人民日报\n\n2024年6月3日 星期一\n\n第1版\n\n要闻\n\n"
#define HEAD2 "人民日报\n\n2024年6月3日 星期一\n\n第2版\n\n要闻\n\n"
#define STORY_A "千台农机战麦海 颗粒归仓保丰收\n\n本报记者 郝雪松 通讯员 申立华\n\n" \
                "6月2日清晨，豫东平原薄雾初散，周口市商水县张庄乡的麦田里，十余台联合收割机一字排开，\n\n（下转第二版）\n\n"
#define STORY_B "海南万宁漂浮式海上风电试验项目全容量并网\n\n本报记者 孟令洁\n\n" \
                "6月2日，海南万宁漂浮式海上风电试验项目实现全容量并网发电，项目共布置5台风机，\n\n（下转第二版）\n\n"
#define CONT "（上接第一版）\n\n轰鸣声中，金黄的麦浪一片片倒下，颗粒饱满的麦子装进了粮车。\n\n"

static size_t articles(const np_node *doc)
{
    size_t n = 0;
    for (const np_node *c = np_node_first_child(doc); c != NULL; c = np_node_next(c))
        n += np_node_get_type(c) == NP_NODE_ARTICLE;
    return n;
}

static void test_rejoined_and_order_free(void **state)
{
    (void)state;
    np_node *pages[2] = {nt_parse(HEAD1 STORY_A), nt_parse(HEAD2 CONT)};
    np_node *issue, *again;
    assert_int_equal(np_issue(pages, 2, &issue), NP_OK);
    assert_int_equal(articles(issue), 1);
    assert_int_equal(np_issue_get_link_count(issue), 1);
    assert_int_equal(np_issue_get_link(issue, 0)->status, NP_LINK_JOINED);
    assert_int_equal(np_issue_get_link(issue, 0)->to_page, 2);
    const np_node *p = nt_find(issue, NP_NODE_PARAGRAPH, 0);
    assert_non_null(strstr(np_node_get_text(p), "一字排开，轰鸣声中"));
    assert_int_equal(np_node_get_page(p), 1);
    assert_int_equal(np_issue_get_page_key(issue, 1), 2);
    assert_string_equal(np_page_get_date(np_issue_get_page(issue, 1)), "2024-06-03");
    np_node *reversed[2] = {pages[1], pages[0]};
    assert_int_equal(np_issue(reversed, 2, &again), NP_OK);
    char *a = nt_json(issue, NULL), *b = nt_json(again, NULL);
    assert_string_equal(a, b);
    assert_non_null(strstr(a, "\"page\": 2"));
    np_free(a);
    np_free(b);
    np_document_free(issue);
    np_document_free(again);
    np_document_free(pages[0]);
    np_document_free(pages[1]);
}

#define STORY_DONE "英山药材出山记\n\n本报记者 杨子岩\n\n" \
                   "天堂村发挥资源优势种中药材，年创经济效益1500多万元。\n\n（下转第二版）\n\n"
#define CONT_DONE "（上接第一版）\n\n“作为党员干部，带着乡亲们致富是我的责任。”周德智说。\n\n"
#define CONT_SET_IN "（上接第一版）\n\n　　“作为党员干部，带着乡亲们致富是我的责任。”周德智说。\n\n"

/* The paragraphs of the one article of the issue of pages p1 and p2, as
 * "first|second|..." (at most 2 KiB). */
static void stitched_paragraphs(const char *p1, const char *p2, char *out, size_t cap)
{
    np_node *pages[2] = {nt_parse(p1), nt_parse(p2)};
    np_node *issue;
    assert_int_equal(np_issue(pages, 2, &issue), NP_OK);
    assert_int_equal(articles(issue), 1);
    out[0] = '\0';
    for (int i = 0; nt_find(issue, NP_NODE_PARAGRAPH, i) != NULL; i++) {
        const np_node *p = nt_find(issue, NP_NODE_PARAGRAPH, i);
        snprintf(out + strlen(out), cap - strlen(out), "%s%s", i > 0 ? "|" : "", np_node_get_text(p));
    }
    np_document_free(issue);
    np_document_free(pages[0]);
    np_document_free(pages[1]);
}

/* A jump cuts at a column's end: a cut after a full stop goes on with the
 * continuation's first paragraph (tests/issues i01 英山, doc/format.md §8),
 * ASCII words are joined with a space; a continuation set in with the
 * paragraph indent starts a paragraph, even after a cut mid-sentence. */
static void test_cut_rejoined_unless_set_in(void **state)
{
    (void)state;
    char got[2048];
    stitched_paragraphs(HEAD1 STORY_DONE, HEAD2 CONT_DONE, got, sizeof got);
    assert_string_equal(got, "天堂村发挥资源优势种中药材，年创经济效益1500多万元。"
                             "“作为党员干部，带着乡亲们致富是我的责任。”周德智说。");
    stitched_paragraphs(HEAD1 STORY_DONE, HEAD2 CONT_SET_IN, got, sizeof got);
    assert_string_equal(got, "天堂村发挥资源优势种中药材，年创经济效益1500多万元。|"
                             "“作为党员干部，带着乡亲们致富是我的责任。”周德智说。");
    stitched_paragraphs(HEAD1 STORY_A, HEAD2 "（上接第一版）\n\n　　轰鸣声中，麦子装进了粮车。\n\n", got, sizeof got);
    assert_non_null(strstr(got, "一字排开，|轰鸣声中"));
    stitched_paragraphs(HEAD1 "报税季开锣\n\n本报记者 郑颖\n\n年收入超过600美元的个人将会收到Form\n\n（下转第二版）\n\n",
                        HEAD2 "（上接第一版）\n\n1099-K表格。\n\n", got, sizeof got);
    assert_string_equal(got, "年收入超过600美元的个人将会收到Form 1099-K表格。");
}

/* Two first parts name page 2 and page 2 holds two continuations from
 * page 1, none repeating a headline: both links are left apart. */
static void test_ambiguous_left_apart(void **state)
{
    (void)state;
    np_node *pages[2] = {nt_parse(HEAD1 STORY_A STORY_B), nt_parse(HEAD2 CONT CONT)};
    np_node *issue;
    assert_int_equal(np_issue(pages, 2, &issue), NP_OK);
    assert_int_equal(articles(issue), 4);
    assert_int_equal(np_issue_get_link_count(issue), 2);
    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(np_issue_get_link(issue, i)->status, NP_LINK_AMBIGUOUS);
        assert_int_equal(np_issue_get_link(issue, i)->candidates, 2);
        assert_int_equal(np_issue_get_link(issue, i)->to_line, 0);
    }
    assert_null(np_issue_get_link(issue, 2));
    np_document_free(issue);
    np_document_free(pages[0]);
    np_document_free(pages[1]);
}

/* A jump to a page the issue does not hold is unmatched; bad calls. */
static void test_unmatched_and_arguments(void **state)
{
    (void)state;
    np_node *page = nt_parse(HEAD1 STORY_A);
    np_node *issue = (np_node *)1;
    assert_int_equal(np_issue(&page, 1, &issue), NP_OK);
    assert_int_equal(np_issue_get_link(issue, 0)->status, NP_LINK_UNMATCHED);
    assert_int_equal(articles(issue), 1);
    np_node *bad[1] = {issue};
    np_node *out;
    assert_int_equal(np_issue(bad, 1, &out), NP_ERR_ARGUMENT);
    assert_null(out);
    assert_int_equal(np_issue(&page, 0, &out), NP_ERR_ARGUMENT);
    assert_int_equal(np_issue(NULL, 1, &out), NP_ERR_ARGUMENT);
    assert_null(np_document_get_page(issue));
    np_document_free(issue);
    np_document_free(page);
}

/* A counting allocator that refuses its call number fail_at. */
typedef struct counting {
    unsigned long calls, fail_at;
    long live;
} counting;

static void *c_malloc(size_t n, void *ctx)
{
    counting *c = ctx;
    if (++c->calls == c->fail_at)
        return NULL;
    void *p = malloc(n);
    c->live += p != NULL;
    return p;
}

static void *c_realloc(void *p, size_t n, void *ctx)
{
    counting *c = ctx;
    if (++c->calls == c->fail_at)
        return NULL;
    void *q = realloc(p, n);
    c->live += p == NULL && q != NULL;
    return q;
}

static void c_free(void *p, void *ctx)
{
    counting *c = ctx;
    c->live -= p != NULL;
    free(p);
}

/* Every allocation np_issue makes may fail: it then returns NP_ERR_NOMEM,
 * leaks nothing and leaves the pages as they were. */
static void test_out_of_memory(void **state)
{
    (void)state;
    counting c = {0, 0, 0};
    np_allocator a = {c_malloc, c_realloc, c_free, &c};
    np_options opts;
    np_options_init(&opts);
    opts.allocator = &a;
    static const char p1[] = HEAD1 STORY_A, p2[] = HEAD2 CONT;
    np_node *pages[2];
    np_error err;
    assert_int_equal(np_parse(p1, sizeof p1 - 1, &opts, &pages[0], &err), NP_OK);
    assert_int_equal(np_parse(p2, sizeof p2 - 1, &opts, &pages[1], &err), NP_OK);
    long live = c.live;
    unsigned long failures = 0;
    for (unsigned long n = 1;; n++) {
        c.fail_at = c.calls + n;
        np_node *issue = NULL;
        np_status st = np_issue(pages, 2, &issue);
        c.fail_at = 0;
        if (st == NP_OK) {
            assert_int_equal(articles(issue), 1);
            np_document_free(issue);
            break;
        }
        assert_int_equal(st, NP_ERR_NOMEM);
        assert_null(issue);
        assert_int_equal(c.live, live);
        failures++;
    }
    /* the issue's tree and its arena's blocks: 3 calls since the join
     * buffer went (a cut paragraph is re-joined in the arena) */
    assert_true(failures >= 3);
    np_document_free(pages[0]);
    np_document_free(pages[1]);
    assert_int_equal(c.live, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rejoined_and_order_free),
        cmocka_unit_test(test_cut_rejoined_unless_set_in),
        cmocka_unit_test(test_ambiguous_left_apart),
        cmocka_unit_test(test_unmatched_and_arguments),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
