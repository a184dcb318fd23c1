/*
 * test_api.c - the public API's behaviour: the parser lifecycle (feed after
 * finish, finish twice), NULL arguments, np_parse, accessors on NULL, names
 * of types and kinds, the iterator (ENTER/EXIT order, DONE), node lines,
 * rendering (np_render_string + np_free, np_render with a writer), custom
 * allocators (everything freed, failures leak nothing).
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

static const char PAGE[] = "为社会治理赋能 为幸福生活护航\n"
                           "\n"
                           "金华保险业多措并举助力市域治理现代化\n"
                           "\n"
                           "■ 沈超 章任艳\n"
                           "\n"
                           "保险业是经济活动的一部分，更在社会治理和民生保障领域发挥着重要作用。\n"
                           "\n\n\n"
                           "新华保险工作人员为客户办理业务\n"
                           "图片由新华保险金华中心支公司提供\n"
                           "\n"
                           "本版图片由中国人寿金华分公司提供\n";
#define PAGE_LEN (sizeof PAGE - 1)

/* ENTER/EXIT of a walk of the tree of PAGE. */
static const char *const PAGE_WALK[] = {
    "+document", "+article", "+kicker", "-kicker", "+headline", "-headline", "+byline", "+author", "-author",
    "+author", "-author", "-byline", "+paragraph", "-paragraph", "+figure", "+caption", "-caption", "+credit",
    "-credit", "-figure", "-article", "+credit", "-credit", "-document",
};

/* ------------------------------------------------------------------ */

static void test_version(void **state)
{
    (void)state;
    assert_int_equal(np_version(), NP_VERSION);
    assert_string_equal(np_version_string(), NP_VERSION_STRING);
    char v[32];
    snprintf(v, sizeof v, "%d.%d.%d", NP_VERSION_MAJOR, NP_VERSION_MINOR, NP_VERSION_PATCH);
    assert_string_equal(np_version_string(), v);
}

static void test_options_init(void **state)
{
    (void)state;
    np_options o;
    memset(&o, 0xA5, sizeof o);
    np_options_init(&o);
    assert_int_equal(o.flags, 0);
    assert_null(o.on_event);
    assert_null(o.userdata);
    assert_null(o.allocator);
    assert_int_equal(o.max_input_bytes, 0);
    assert_int_equal(o.max_nodes, 0);
    assert_true(o.max_line_bytes == 0 || o.max_line_bytes == NP_DEFAULT_MAX_LINE_BYTES);
    np_options_init(NULL); /* harmless */
    np_render_options r;
    memset(&r, 0xA5, sizeof r);
    np_render_options_init(&r);
    assert_int_equal(r.flags, 0);
    assert_true(r.width == 0 || r.width == 72);
}

static void test_feed_after_finish(void **state)
{
    (void)state;
    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, PAGE, PAGE_LEN), NP_OK);
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    assert_non_null(doc);
    assert_int_equal(np_parser_feed(p, "再来一行\n", strlen("再来一行\n")), NP_ERR_STATE);
    assert_int_equal(np_parser_feed(p, "", 0), NP_ERR_STATE);
    /* the tree is untouched and the parser has no error recorded */
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    assert_int_equal(np_parser_error(p)->status, NP_OK);
    np_parser_free(p);
    /* the tree outlives its parser */
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "金华保险业多措并举助力市域治理现代化");
    np_document_free(doc);
}

static void test_finish_twice(void **state)
{
    (void)state;
    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, PAGE, PAGE_LEN), NP_OK);
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    np_node *doc2 = (np_node *)1;
    assert_int_equal(np_parser_finish(p, &doc2), NP_ERR_STATE);
    assert_null(doc2);
    assert_int_equal(np_parser_finish(p, NULL), NP_ERR_STATE);
    np_document_free(doc);
    np_parser_free(p);
}

/* finish with document NULL discards the tree (no leak under ASan). */
static void test_finish_discard(void **state)
{
    (void)state;
    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, PAGE, PAGE_LEN), NP_OK);
    assert_int_equal(np_parser_finish(p, NULL), NP_OK);
    np_parser_free(p);
}

/* Free a parser that was never finished, with input pending. */
static void test_free_unfinished(void **state)
{
    (void)state;
    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, PAGE, PAGE_LEN - 5), NP_OK);
    np_parser_free(p);
}

static void test_null_arguments(void **state)
{
    (void)state;
    np_node *doc = (np_node *)1;
    np_error err;
    assert_int_equal(np_parser_feed(NULL, "a", 1), NP_ERR_ARGUMENT);
    assert_int_equal(np_parser_finish(NULL, &doc), NP_ERR_ARGUMENT);
    assert_null(doc);
    assert_non_null(np_parser_error(NULL));
    assert_int_equal(np_parser_error(NULL)->status, NP_ERR_ARGUMENT);
    np_parser_free(NULL);
    np_document_free(NULL);
    np_free(NULL);

    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, NULL, 3), NP_ERR_ARGUMENT);
    assert_int_equal(np_parser_feed(p, NULL, 0), NP_OK); /* nothing to read */
    assert_int_equal(np_parser_feed(p, PAGE, PAGE_LEN), NP_OK);
    doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    np_document_free(doc);
    np_parser_free(p);

    doc = (np_node *)1;
    assert_int_equal(np_parse(NULL, 5, NULL, &doc, &err), NP_ERR_ARGUMENT);
    assert_null(doc);
    assert_int_equal(np_parse(PAGE, PAGE_LEN, NULL, NULL, &err), NP_ERR_ARGUMENT);
    assert_int_equal(np_parse(NULL, 0, NULL, &doc, &err), NP_OK);
    assert_int_equal(np_node_get_type(doc), NP_NODE_DOCUMENT);
    assert_null(np_node_first_child(doc));
    np_document_free(doc);

    /* An allocator with a missing function is refused. */
    np_allocator bad = {NULL, NULL, NULL, NULL};
    np_options o;
    np_options_init(&o);
    o.allocator = &bad;
    assert_null(np_parser_new(&o));
    doc = (np_node *)1;
    assert_int_not_equal(np_parse(PAGE, PAGE_LEN, &o, &doc, &err), NP_OK);
    assert_null(doc);

    /* Rendering. */
    char *out = (char *)1;
    size_t len = 99;
    assert_int_equal(np_render_string(NULL, NP_FORMAT_JSON, NULL, &out, &len), NP_ERR_ARGUMENT);
    doc = nt_parse(PAGE);
    assert_int_equal(np_render_string(doc, NP_FORMAT_JSON, NULL, NULL, &len), NP_ERR_ARGUMENT);
    assert_int_equal(np_render(doc, NP_FORMAT_JSON, NULL, NULL, NULL), NP_ERR_ARGUMENT);
    np_document_free(doc);
}

/* np_parse gives the same tree as new / feed / finish. */
static void test_parse_one_shot(void **state)
{
    (void)state;
    np_node *a = NULL;
    np_error err;
    memset(&err, 0x5A, sizeof err);
    assert_int_equal(np_parse(PAGE, PAGE_LEN, NULL, &a, &err), NP_OK);
    assert_int_equal(err.status, NP_OK);
    np_parser *p = np_parser_new(NULL);
    assert_non_null(p);
    assert_int_equal(np_parser_feed(p, PAGE, PAGE_LEN), NP_OK);
    np_node *b = NULL;
    assert_int_equal(np_parser_finish(p, &b), NP_OK);
    np_parser_free(p);
    char *oa = nt_outline(a), *ob = nt_outline(b);
    assert_string_equal(oa, ob);
    assert_true(strlen(oa) > 100);
    free(oa);
    free(ob);
    np_document_free(a);
    np_document_free(b);
}

/* NO_TREE through np_parse: OK and no document. */
static void test_parse_no_tree(void **state)
{
    (void)state;
    np_options o;
    np_options_init(&o);
    o.flags = NP_OPT_NO_TREE;
    np_node *doc = (np_node *)1;
    assert_int_equal(np_parse(PAGE, PAGE_LEN, &o, &doc, NULL), NP_OK);
    assert_null(doc);
}

static void test_accessors_on_null(void **state)
{
    (void)state;
    assert_int_equal(np_node_get_type(NULL), NP_NODE_NONE);
    assert_non_null(np_node_get_text(NULL));
    assert_string_equal(np_node_get_text(NULL), "");
    assert_int_equal(np_node_get_text_len(NULL), 0);
    assert_int_equal(np_node_get_line(NULL), 0);
    assert_null(np_node_parent(NULL));
    assert_null(np_node_first_child(NULL));
    assert_null(np_node_last_child(NULL));
    assert_null(np_node_next(NULL));
    assert_null(np_node_previous(NULL));
    assert_int_equal(np_node_get_credit_kind(NULL), NP_CREDIT_NONE);
    assert_int_equal(np_node_get_furniture_kind(NULL), NP_FURNITURE_NONE);
    assert_non_null(np_node_get_source(NULL));
    assert_string_equal(np_node_get_source(NULL), "");
    assert_int_equal(np_node_get_flags(NULL), 0);
}

/* Accessors on nodes without text or kind. */
static void test_accessors_defaults(void **state)
{
    (void)state;
    np_node *doc = nt_parse(PAGE);
    assert_string_equal(np_node_get_text(doc), "");
    assert_int_equal(np_node_get_line(doc), 0);
    assert_null(np_node_parent(doc));
    assert_null(np_node_next(doc));
    const np_node *art = np_node_first_child(doc);
    assert_int_equal(np_node_get_type(art), NP_NODE_ARTICLE);
    assert_string_equal(np_node_get_text(art), "");
    assert_int_equal(np_node_get_line(art), 1);
    assert_ptr_equal(np_node_parent(art), doc);
    const np_node *fig = nt_find(doc, NP_NODE_FIGURE, 0);
    assert_string_equal(np_node_get_text(fig), "");
    assert_int_equal(np_node_get_line(fig), 11);
    assert_int_equal(np_node_get_credit_kind(fig), NP_CREDIT_NONE);
    assert_string_equal(np_node_get_source(fig), "");
    const np_node *au = nt_find(doc, NP_NODE_AUTHOR, 1);
    assert_string_equal(np_node_get_text(au), "章任艳");
    assert_int_equal(np_node_get_text_len(au), strlen("章任艳"));
    assert_int_equal(np_node_get_line(au), 0);
    assert_ptr_equal(np_node_previous(au), nt_find(doc, NP_NODE_AUTHOR, 0));
    assert_null(np_node_next(au));
    assert_int_equal(np_node_get_flags(au), 0);
    /* the page credit is the document's last child */
    const np_node *pc = np_node_last_child(doc);
    assert_int_equal(np_node_get_type(pc), NP_NODE_CREDIT);
    assert_int_equal(np_node_get_line(pc), 14);
    assert_int_equal(np_node_get_credit_kind(pc), NP_CREDIT_PROVIDED);
    assert_string_equal(np_node_get_source(pc), "中国人寿金华分公司");
    np_document_free(doc);
}

static void test_names(void **state)
{
    (void)state;
    static const char *const types[NP_NODE_TYPE_COUNT] = {
        "", "document", "article", "kicker", "headline", "subheadline", "byline", "author",
        "paragraph", "section_head", "figure", "caption", "credit", "furniture"};
    for (int t = 1; t < NP_NODE_TYPE_COUNT; t++)
        assert_string_equal(np_node_type_name((np_node_type)t), types[t]);
    assert_string_equal(np_node_type_name((np_node_type)NP_NODE_TYPE_COUNT), "");
    assert_string_equal(np_node_type_name((np_node_type)-1), "");
    assert_string_equal(np_credit_kind_name(NP_CREDIT_PHOTOGRAPHER), "photographer");
    assert_string_equal(np_credit_kind_name(NP_CREDIT_PROVIDED), "provided");
    assert_string_equal(np_credit_kind_name(NP_CREDIT_DATA), "data");
    assert_string_equal(np_credit_kind_name(NP_CREDIT_NONE), "");
    assert_string_equal(np_credit_kind_name((np_credit_kind)42), "");
    assert_string_equal(np_furniture_kind_name(NP_FURNITURE_NONE), "");
    assert_string_equal(np_furniture_kind_name(NP_FURNITURE_JUMP_TO), "jump_to");
    assert_string_equal(np_furniture_kind_name(NP_FURNITURE_PAGE_NUMBER), "page_number");
    assert_string_equal(np_furniture_kind_name(NP_FURNITURE_MASTHEAD), "masthead");
    for (int k = NP_FURNITURE_PAGE_NUMBER; k <= NP_FURNITURE_MASTHEAD; k++)
        assert_true(strlen(np_furniture_kind_name((np_furniture_kind)k)) > 0);
    assert_string_equal(np_furniture_kind_name((np_furniture_kind)42), "");
    assert_string_equal(np_format_name(NP_FORMAT_JSON), "json");
    assert_string_equal(np_format_name(NP_FORMAT_OUTLINE), "outline");
    assert_string_equal(np_format_name(NP_FORMAT_HTML), "html");
    assert_string_equal(np_format_name(NP_FORMAT_MARKDOWN), "markdown");
    assert_string_equal(np_format_name(NP_FORMAT_TEXT), "text");
}

/* ------------------------------------------------------------------ */
/* The iterator                                                         */
/* ------------------------------------------------------------------ */

static void test_iter_order(void **state)
{
    (void)state;
    np_node *doc = nt_parse(PAGE);
    np_iter it;
    np_iter_init(&it, doc);
    assert_null(np_iter_get_node(&it));
    size_t i = 0, n = sizeof PAGE_WALK / sizeof PAGE_WALK[0];
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE) {
        assert_true(i < n);
        assert_int_equal(np_iter_get_event(&it), ev);
        const np_node *node = np_iter_get_node(&it);
        assert_non_null(node);
        char got[64];
        snprintf(got, sizeof got, "%c%s", ev == NP_EVENT_ENTER ? '+' : ev == NP_EVENT_EXIT ? '-' : '?',
                 np_node_type_name(np_node_get_type(node)));
        assert_string_equal(got, PAGE_WALK[i]);
        i++;
    }
    assert_int_equal(i, n);
    /* DONE, and DONE again, with no node */
    assert_int_equal(np_iter_get_event(&it), NP_EVENT_DONE);
    assert_null(np_iter_get_node(&it));
    assert_int_equal(np_iter_next(&it), NP_EVENT_DONE);
    assert_int_equal(np_iter_next(&it), NP_EVENT_DONE);
    assert_null(np_iter_get_node(&it));
    np_document_free(doc);
}

/* A walk of a subtree stays inside it. */
static void test_iter_subtree(void **state)
{
    (void)state;
    np_node *doc = nt_parse(PAGE);
    const np_node *fig = nt_find(doc, NP_NODE_FIGURE, 0);
    static const char *const want[] = {"+figure", "+caption", "-caption", "+credit", "-credit", "-figure"};
    np_iter it;
    np_iter_init(&it, fig);
    size_t i = 0;
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE) {
        assert_true(i < 6);
        char got[64];
        snprintf(got, sizeof got, "%c%s", ev == NP_EVENT_ENTER ? '+' : '-',
                 np_node_type_name(np_node_get_type(np_iter_get_node(&it))));
        assert_string_equal(got, want[i]);
        i++;
    }
    assert_int_equal(i, 6);

    /* a leaf: ENTER, EXIT, DONE */
    const np_node *cap = nt_find(doc, NP_NODE_CAPTION, 0);
    np_iter_init(&it, cap);
    assert_int_equal(np_iter_next(&it), NP_EVENT_ENTER);
    assert_ptr_equal(np_iter_get_node(&it), cap);
    assert_int_equal(np_iter_next(&it), NP_EVENT_EXIT);
    assert_ptr_equal(np_iter_get_node(&it), cap);
    assert_int_equal(np_iter_next(&it), NP_EVENT_DONE);

    /* NULL root: DONE at once */
    np_iter_init(&it, NULL);
    assert_int_equal(np_iter_next(&it), NP_EVENT_DONE);
    assert_null(np_iter_get_node(&it));
    np_document_free(doc);
}

/* Each node's line is where its text starts. */
static void test_node_lines(void **state)
{
    (void)state;
    np_node *doc = nt_parse(PAGE);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_KICKER, 0)), 1);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_HEADLINE, 0)), 3);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_BYLINE, 0)), 5);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_PARAGRAPH, 0)), 7);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_FIGURE, 0)), 11);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_CAPTION, 0)), 11);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_CREDIT, 0)), 12);
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_CREDIT, 1)), 14);
    np_document_free(doc);
}

/* ------------------------------------------------------------------ */
/* Rendering                                                            */
/* ------------------------------------------------------------------ */

typedef struct collect {
    char *p;
    size_t n;
    int calls;
    int fail_at; /* return non-zero at this call (-1: never) */
} collect;

static int writer(const char *data, size_t len, void *ud)
{
    collect *c = ud;
    if (c->calls++ == c->fail_at)
        return 1;
    char *np = realloc(c->p, c->n + len + 1);
    assert_non_null(np);
    c->p = np;
    memcpy(c->p + c->n, data, len);
    c->n += len;
    c->p[c->n] = '\0';
    return 0;
}

static void check_json_texts(const mj_value *v, const np_node *n)
{
    const char *type = mj_get_string(v, "type");
    assert_non_null(type);
    assert_string_equal(type, np_node_type_name(np_node_get_type(n)));
    if (np_node_get_text_len(n)) {
        assert_non_null(mj_get_string(v, "text"));
        assert_string_equal(mj_get_string(v, "text"), np_node_get_text(n));
    }
    const mj_value *ch = mj_get(v, "children");
    size_t i = 0;
    for (const np_node *k = np_node_first_child(n); k; k = np_node_next(k), i++) {
        assert_non_null(ch);
        assert_true(i < ch->count);
        check_json_texts(&ch->items[i], k);
    }
    assert_int_equal(i, ch ? ch->count : 0);
}

static void test_render_string(void **state)
{
    (void)state;
    /* quotes, backslashes and tabs inside texts are escaped */
    np_node *doc = nt_parse("金华保险业多措并举助力市域治理现代化\n\n■ 沈超\n\n"
                            "他说：\"保险\\理赔\tC:\\path\"是一件“大事”。\n");
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(np_render_string(doc, NP_FORMAT_JSON, NULL, &out, &len), NP_OK);
    assert_non_null(out);
    assert_int_equal(len, strlen(out));
    assert_non_null(strstr(out, "\"type\": \"document\""));
    char err[200] = "";
    mj_value *v = mj_parse(out, len, err, sizeof err);
    if (!v)
        fail_msg("np_render_string JSON does not parse: %s\n%s", err, out);
    check_json_texts(v, doc);
    mj_free(v);
    np_free(out);

    /* compact: one line */
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = NP_RENDER_COMPACT;
    assert_int_equal(np_render_string(doc, NP_FORMAT_JSON, &ro, &out, &len), NP_OK);
    char *nl = strchr(out, '\n');
    assert_true(nl == NULL || nl == out + len - 1);
    v = mj_parse(out, len, NULL, 0);
    assert_non_null(v);
    check_json_texts(v, doc);
    mj_free(v);
    np_free(out);

    /* len may be NULL; a subtree renders alone */
    const np_node *art = nt_find(doc, NP_NODE_ARTICLE, 0);
    assert_int_equal(np_render_string(art, NP_FORMAT_JSON, NULL, &out, NULL), NP_OK);
    v = mj_parse(out, strlen(out), NULL, 0);
    assert_non_null(v);
    assert_string_equal(mj_get_string(v, "type"), "article");
    mj_free(v);
    np_free(out);

    /* the outline renders too */
    assert_int_equal(np_render_string(doc, NP_FORMAT_OUTLINE, NULL, &out, &len), NP_OK);
    assert_non_null(strstr(out, "金华保险业多措并举助力市域治理现代化"));
    np_free(out);
    np_document_free(doc);
}

/* np_render through a writer gives the same bytes; a writer that fails
 * stops it with NP_ERR_CALLBACK. */
static void test_render_writer(void **state)
{
    (void)state;
    np_node *doc = nt_parse(PAGE);
    char *s = NULL;
    size_t len = 0;
    assert_int_equal(np_render_string(doc, NP_FORMAT_JSON, NULL, &s, &len), NP_OK);
    collect c = {NULL, 0, 0, -1};
    assert_int_equal(np_render(doc, NP_FORMAT_JSON, NULL, writer, &c), NP_OK);
    assert_int_equal(c.n, len);
    assert_memory_equal(c.p, s, len);
    free(c.p);
    collect f = {NULL, 0, 0, 0};
    assert_int_equal(np_render(doc, NP_FORMAT_JSON, NULL, writer, &f), NP_ERR_CALLBACK);
    assert_int_equal(f.calls, 1);
    free(f.p);
    np_free(s);
    np_document_free(doc);
}

/* ------------------------------------------------------------------ */
/* Allocators                                                           */
/* ------------------------------------------------------------------ */

typedef struct counting {
    long live;      /* blocks allocated and not freed */
    long calls;     /* allocations (malloc and realloc) */
    long fail_at;   /* fail this allocation (-1: never) */
    int failed;
} counting;

static void *c_malloc(size_t size, void *ctx)
{
    counting *c = ctx;
    if (c->calls++ == c->fail_at) {
        c->failed = 1;
        return NULL;
    }
    void *p = malloc(size ? size : 1);
    if (p)
        c->live++;
    return p;
}

static void *c_realloc(void *ptr, size_t size, void *ctx)
{
    counting *c = ctx;
    if (c->calls++ == c->fail_at) {
        c->failed = 1;
        return NULL;
    }
    void *p = realloc(ptr, size ? size : 1);
    if (p && !ptr)
        c->live++;
    return p;
}

static void c_free(void *ptr, void *ctx)
{
    counting *c = ctx;
    if (ptr)
        c->live--;
    free(ptr);
}

static void test_allocator_used_and_balanced(void **state)
{
    (void)state;
    counting c = {0, 0, -1, 0};
    np_allocator a = {c_malloc, c_realloc, c_free, &c};
    np_options o;
    np_options_init(&o);
    o.allocator = &a;
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    assert_true(c.calls > 0);
    assert_int_equal(np_parser_feed(p, PAGE, PAGE_LEN), NP_OK);
    np_node *doc = NULL;
    assert_int_equal(np_parser_finish(p, &doc), NP_OK);
    np_parser_free(p);
    assert_true(c.live > 0); /* the tree */
    char *out = NULL;
    assert_int_equal(np_render_string(doc, NP_FORMAT_JSON, NULL, &out, NULL), NP_OK);
    np_free(out);
    np_document_free(doc);
    assert_int_equal(c.live, 0);
}

/* Fail each allocation in turn: NP_ERR_NOMEM (or no parser) and no leak. */
static void test_allocator_failures(void **state)
{
    (void)state;
    counting total = {0, 0, -1, 0};
    np_allocator a = {c_malloc, c_realloc, c_free, &total};
    np_options o;
    np_options_init(&o);
    o.allocator = &a;
    np_node *doc = NULL;
    assert_int_equal(np_parse(PAGE, PAGE_LEN, &o, &doc, NULL), NP_OK);
    np_document_free(doc);
    long n = total.calls;
    assert_true(n > 3);
    for (long k = 0; k < n; k++) {
        counting c = {0, 0, k, 0};
        a.ctx = &c;
        np_error err;
        doc = (np_node *)1;
        np_status st = np_parse(PAGE, PAGE_LEN, &o, &doc, &err);
        assert_true(c.failed);
        if (st != NP_ERR_NOMEM)
            fail_msg("allocation %ld of %ld failed: status %s, expected NP_ERR_NOMEM", k, n, np_status_string(st));
        assert_null(doc);
        if (c.live != 0)
            fail_msg("allocation %ld of %ld failed: %ld blocks leaked", k, n, c.live);
    }
}

/* Two parsers fed alternately do not disturb each other. */
static void test_independent_parsers(void **state)
{
    (void)state;
    static const char other[] = "湖州吴兴区环渚街道\n\n创新街居建设 描绘基层治理新画卷\n\n王晨曦 秦路炜 陈吉\n\n"
                                "近日，在湖州市吴兴区环渚街道万安社区“民情小院”内，一场议事会正在进行。\n";
    np_parser *p = np_parser_new(NULL), *q = np_parser_new(NULL);
    assert_non_null(p);
    assert_non_null(q);
    size_t lp = PAGE_LEN, lq = sizeof other - 1;
    for (size_t i = 0; i < lp || i < lq; i += 5) {
        if (i < lp)
            assert_int_equal(np_parser_feed(p, PAGE + i, lp - i < 5 ? lp - i : 5), NP_OK);
        if (i < lq)
            assert_int_equal(np_parser_feed(q, other + i, lq - i < 5 ? lq - i : 5), NP_OK);
    }
    np_node *a = NULL, *b = NULL;
    assert_int_equal(np_parser_finish(p, &a), NP_OK);
    assert_int_equal(np_parser_finish(q, &b), NP_OK);
    np_node *ra = nt_parse(PAGE), *rb = nt_parse(other);
    char *oa = nt_outline(a), *ob = nt_outline(b), *ora = nt_outline(ra), *orb = nt_outline(rb);
    assert_string_equal(oa, ora);
    assert_string_equal(ob, orb);
    assert_string_not_equal(oa, ob);
    free(oa);
    free(ob);
    free(ora);
    free(orb);
    np_document_free(a);
    np_document_free(b);
    np_document_free(ra);
    np_document_free(rb);
    np_parser_free(p);
    np_parser_free(q);
}

static int count_writes(const char *data, size_t len, void *userdata)
{
    (void)data;
    (void)len;
    ++*(int *)userdata;
    return 0;
}

/* Unknown option and render flags are refused, not ignored. */
static void test_unknown_flags(void **state)
{
    (void)state;
    static const char page[] = "标题\n\n正文。\n";
    np_options o;
    np_options_init(&o);
    o.flags = NP_OPT_REPLACE_INVALID | 0x100u;
    np_parser *p = np_parser_new(&o);
    assert_non_null(p);
    assert_int_equal(np_parser_error(p)->status, NP_ERR_ARGUMENT);
    assert_non_null(strstr(np_parser_error(p)->message, "0x100"));
    assert_int_equal(np_parser_feed(p, page, sizeof page - 1), NP_ERR_ARGUMENT);
    np_node *doc = (np_node *)1;
    assert_int_equal(np_parser_finish(p, &doc), NP_ERR_ARGUMENT);
    assert_null(doc);
    np_parser_free(p);
    np_error err;
    assert_int_equal(np_parse(page, sizeof page - 1, &o, &doc, &err), NP_ERR_ARGUMENT);
    assert_null(doc);
    assert_int_equal(err.status, NP_ERR_ARGUMENT);
    assert_int_equal(err.line, 0);
    /* every known flag is accepted */
    o.flags = NP_OPT_REPLACE_INVALID;
    assert_int_equal(np_parse(page, sizeof page - 1, &o, &doc, &err), NP_OK);
    np_render_options ro;
    np_render_options_init(&ro);
    for (unsigned bit = 8; bit != 0; bit <<= 1) {
        ro.flags = NP_RENDER_COMPACT | bit;
        int writes = 0;
        char *out = (char *)1;
        assert_int_equal(np_render(doc, NP_FORMAT_JSON, &ro, count_writes, &writes), NP_ERR_ARGUMENT);
        assert_int_equal(writes, 0);
        assert_int_equal(np_render_string(doc, NP_FORMAT_TEXT, &ro, &out, NULL), NP_ERR_ARGUMENT);
        assert_null(out);
    }
    ro.flags = NP_RENDER_COMPACT | NP_RENDER_FRAGMENT | NP_RENDER_FURNITURE;
    int writes = 0;
    assert_int_equal(np_render(doc, NP_FORMAT_HTML, &ro, count_writes, &writes), NP_OK);
    assert_true(writes > 0);
    np_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_options_init),
        cmocka_unit_test(test_feed_after_finish),
        cmocka_unit_test(test_finish_twice),
        cmocka_unit_test(test_finish_discard),
        cmocka_unit_test(test_free_unfinished),
        cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_parse_one_shot),
        cmocka_unit_test(test_parse_no_tree),
        cmocka_unit_test(test_accessors_on_null),
        cmocka_unit_test(test_accessors_defaults),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_iter_order),
        cmocka_unit_test(test_iter_subtree),
        cmocka_unit_test(test_node_lines),
        cmocka_unit_test(test_render_string),
        cmocka_unit_test(test_render_writer),
        cmocka_unit_test(test_allocator_used_and_balanced),
        cmocka_unit_test(test_allocator_failures),
        cmocka_unit_test(test_independent_parsers),
        cmocka_unit_test(test_unknown_flags),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
