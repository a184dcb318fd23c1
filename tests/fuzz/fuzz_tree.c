/*
 * fuzz_tree.c - the tree walk: the iterator and every accessor on every
 * node of the tree parsed from the input.
 *
 * Checked for each node: the links agree with each other (a child's parent,
 * first/last child, next/previous), the text is valid UTF-8 of the stated
 * length with no NUL and no line end, the names of the type and kinds are
 * known, kinds appear only on their node types, flags hold known bits (the
 * REPLACED flag only with NP_OPT_REPLACE_INVALID), lines never go past the
 * input's last line.  The iterator's ENTER/EXIT events nest, visit each node
 * once and agree with a recursive walk over the links; a walk rooted at any
 * node stays inside that node's subtree.  NULL is accepted everywhere.
 */
#include "fuzz_common.h"

static size_t count_lines(const char *s, size_t len)
{
    size_t lines = 1;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n')
            lines++;
        else if (s[i] == '\r') {
            lines++;
            if (i + 1 < len && s[i + 1] == '\n')
                i++;
        }
    }
    return lines;
}

static void check_string(const char *s, size_t len)
{
    FUZZ_CHECK(s != NULL);
    FUZZ_CHECK(strlen(s) == len);
    FUZZ_CHECK(fuzz_utf8_valid(s, len));
    FUZZ_CHECK(memchr(s, '\n', len) == NULL && memchr(s, '\r', len) == NULL);
}

static void check_node(const np_node *n, const np_node *doc, unsigned flags_allowed, size_t max_line)
{
    np_node_type type = np_node_get_type(n);
    FUZZ_CHECK(type > NP_NODE_NONE && type < NP_NODE_TYPE_COUNT);
    FUZZ_CHECK(np_node_type_name(type)[0] != '\0');
    FUZZ_CHECK((type == NP_NODE_DOCUMENT) == (n == doc));

    const char *text = np_node_get_text(n);
    size_t len = np_node_get_text_len(n);
    check_string(text, len);
    if (type == NP_NODE_DOCUMENT || type == NP_NODE_ARTICLE || type == NP_NODE_FIGURE)
        FUZZ_CHECK(len == 0);
    const char *source = np_node_get_source(n);
    check_string(source, strlen(source));

    size_t line = np_node_get_line(n);
    FUZZ_CHECK(line <= max_line);
    if (type == NP_NODE_DOCUMENT)
        FUZZ_CHECK(line == 0);

    np_credit_kind ck = np_node_get_credit_kind(n);
    np_furniture_kind fk = np_node_get_furniture_kind(n);
    if (type == NP_NODE_CREDIT) {
        FUZZ_CHECK(ck >= NP_CREDIT_PHOTOGRAPHER && ck <= NP_CREDIT_DATA);
        FUZZ_CHECK(np_credit_kind_name(ck)[0] != '\0');
    } else {
        FUZZ_CHECK(ck == NP_CREDIT_NONE);
    }
    if (type == NP_NODE_FURNITURE) {
        FUZZ_CHECK(fk >= NP_FURNITURE_PAGE_NUMBER && fk <= NP_FURNITURE_MASTHEAD);
        FUZZ_CHECK(np_furniture_kind_name(fk)[0] != '\0');
    } else {
        FUZZ_CHECK(fk == NP_FURNITURE_NONE);
    }
    if (type != NP_NODE_CREDIT && type != NP_NODE_FURNITURE)
        FUZZ_CHECK(source[0] == '\0');
    FUZZ_CHECK((np_node_get_flags(n) & ~flags_allowed) == 0);

    /* links */
    np_node *parent = np_node_parent(n);
    FUZZ_CHECK((parent == NULL) == (n == doc));
    np_node *first = np_node_first_child(n), *last = np_node_last_child(n);
    FUZZ_CHECK((first == NULL) == (last == NULL));
    if (first) {
        FUZZ_CHECK(np_node_previous(first) == NULL);
        FUZZ_CHECK(np_node_next(last) == NULL);
        size_t forward = 0;
        const np_node *prev = NULL;
        for (np_node *c = first; c; c = np_node_next(c)) {
            FUZZ_CHECK(np_node_parent(c) == n);
            FUZZ_CHECK(np_node_previous(c) == prev);
            prev = c;
            forward++;
        }
        FUZZ_CHECK(prev == last);
        size_t backward = 0;
        for (np_node *c = last; c; c = np_node_previous(c))
            backward++;
        FUZZ_CHECK(forward == backward);
    }
    if (n == doc) {
        FUZZ_CHECK(np_node_next(n) == NULL && np_node_previous(n) == NULL);
    }
    /* which types may hold which */
    if (parent) {
        np_node_type pt = np_node_get_type(parent);
        switch (type) {
        case NP_NODE_ARTICLE:
            FUZZ_CHECK(pt == NP_NODE_DOCUMENT);
            break;
        case NP_NODE_AUTHOR:
            FUZZ_CHECK(pt == NP_NODE_BYLINE);
            break;
        case NP_NODE_CAPTION:
            FUZZ_CHECK(pt == NP_NODE_FIGURE);
            break;
        case NP_NODE_CREDIT:
            FUZZ_CHECK(pt == NP_NODE_DOCUMENT || pt == NP_NODE_ARTICLE || pt == NP_NODE_FIGURE);
            break;
        case NP_NODE_FIGURE:
        case NP_NODE_FURNITURE:
            FUZZ_CHECK(pt == NP_NODE_DOCUMENT || pt == NP_NODE_ARTICLE);
            break;
        default:
            FUZZ_CHECK(pt == NP_NODE_ARTICLE);
            break;
        }
    }
}

/* A recursive walk over the links, to compare with the iterator. */
static void walk_links(const np_node *n, fuzz_str *s, size_t depth)
{
    FUZZ_CHECK(depth < 64);
    fuzz_describe_event(s, NP_EVENT_ENTER, n);
    for (const np_node *c = np_node_first_child(n); c; c = np_node_next(c))
        walk_links(c, s, depth + 1);
    fuzz_describe_event(s, NP_EVENT_EXIT, n);
}

/* Walk the subtree at root with the iterator: events nest and never leave it. */
static size_t walk_iter(const np_node *root, const np_node *doc, unsigned flags_allowed,
                        size_t max_line, bool check)
{
    np_iter it;
    np_iter_init(&it, root);
    FUZZ_CHECK(np_iter_get_node(&it) == NULL);
    const np_node *stack[64];
    size_t depth = 0, nodes = 0;
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE) {
        FUZZ_CHECK(ev == np_iter_get_event(&it));
        np_node *n = np_iter_get_node(&it);
        FUZZ_CHECK(n != NULL);
        if (ev == NP_EVENT_ENTER) {
            FUZZ_CHECK(depth < 64);
            FUZZ_CHECK(depth == 0 ? n == root : np_node_parent(n) == stack[depth - 1]);
            stack[depth++] = n;
            nodes++;
            if (check)
                check_node(n, doc, flags_allowed, max_line);
        } else {
            FUZZ_CHECK(ev == NP_EVENT_EXIT);
            FUZZ_CHECK(depth > 0 && stack[depth - 1] == n);
            depth--;
        }
    }
    FUZZ_CHECK(depth == 0);
    FUZZ_CHECK(np_iter_get_node(&it) == NULL);
    /* DONE sticks */
    FUZZ_CHECK(np_iter_next(&it) == NP_EVENT_DONE && np_iter_next(&it) == NP_EVENT_DONE);
    return nodes;
}

static void check_null_api(void)
{
    FUZZ_CHECK(np_node_get_type(NULL) == NP_NODE_NONE);
    FUZZ_CHECK(np_node_get_text(NULL) != NULL && np_node_get_text_len(NULL) == 0);
    FUZZ_CHECK(np_node_get_line(NULL) == 0 && np_node_get_flags(NULL) == 0);
    FUZZ_CHECK(np_node_parent(NULL) == NULL && np_node_first_child(NULL) == NULL &&
               np_node_last_child(NULL) == NULL && np_node_next(NULL) == NULL &&
               np_node_previous(NULL) == NULL);
    FUZZ_CHECK(np_node_get_credit_kind(NULL) == NP_CREDIT_NONE);
    FUZZ_CHECK(np_node_get_furniture_kind(NULL) == NP_FURNITURE_NONE);
    FUZZ_CHECK(np_node_get_source(NULL) != NULL);
    FUZZ_CHECK(np_node_type_name((np_node_type)-1)[0] == '\0');
    FUZZ_CHECK(np_node_type_name((np_node_type)NP_NODE_TYPE_COUNT)[0] == '\0');
    FUZZ_CHECK(np_credit_kind_name((np_credit_kind)99)[0] == '\0');
    FUZZ_CHECK(np_furniture_kind_name((np_furniture_kind)-5)[0] == '\0');
    np_iter it;
    np_iter_init(&it, NULL);
    FUZZ_CHECK(np_iter_next(&it) == NP_EVENT_DONE && np_iter_get_node(&it) == NULL);
    FUZZ_CHECK(np_iter_next(NULL) == NP_EVENT_DONE && np_iter_get_node(NULL) == NULL);
    np_iter_init(NULL, NULL);
    np_document_free(NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_split(data, size);
    np_options opts;
    fuzz_options(&in, &opts, false);
    check_null_api();

    np_node *doc = NULL;
    np_error err;
    np_status st = np_parse(in.text, in.len, &opts, &doc, &err);
    if (st != NP_OK) {
        FUZZ_CHECK(doc == NULL && err.status == st);
        return 0;
    }
    FUZZ_CHECK(doc != NULL && err.status == NP_OK);
    unsigned flags_allowed = (opts.flags & NP_OPT_REPLACE_INVALID) ? NP_NODE_FLAG_REPLACED : 0;
    size_t max_line = count_lines(in.text, in.len);

    size_t nodes = walk_iter(doc, doc, flags_allowed, max_line, true);
    if (opts.max_nodes)
        FUZZ_CHECK(nodes <= opts.max_nodes);

    /* the iterator agrees with the links */
    fuzz_str a = {0}, b = {0};
    fuzz_describe_walk(&a, doc);
    walk_links(doc, &b, 0);
    FUZZ_CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
    fuzz_str_free(&a);
    fuzz_str_free(&b);

    /* a walk rooted at each node stays in its subtree; the sizes add up */
    np_iter it;
    np_iter_init(&it, doc);
    np_event_type ev;
    size_t sum = 0;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE) {
        if (ev != NP_EVENT_ENTER)
            continue;
        const np_node *n = np_iter_get_node(&it);
        size_t sub = walk_iter(n, doc, flags_allowed, max_line, false);
        size_t children = 1;
        for (const np_node *c = np_node_first_child(n); c; c = np_node_next(c))
            children += walk_iter(c, doc, flags_allowed, max_line, false);
        FUZZ_CHECK(sub == children);
        if (np_node_parent(n) == doc)
            sum += sub;
    }
    FUZZ_CHECK(sum + 1 == nodes);

    /* np_document_free ignores nodes that are not a document */
    if (np_node_first_child(doc))
        np_document_free(np_node_first_child(doc));
    np_document_free(doc);
    return 0;
}
