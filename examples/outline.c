/*
 * outline - print the outline of a page: each article's title lines and
 * section heads, indented, with the number of paragraphs and figures.
 *
 *     outline PAGE.txt        (or: outline < PAGE.txt)
 *
 * Shows np_parse and a walk of the finished tree with np_iter, which
 * visits every node twice, on ENTER and on EXIT, in document order.
 *
 * Output for tests/corpus/001.txt begins:
 *
 *     article (line 3): 破解“超大”社区难题 畅通治理“神经末梢” 富阳区…
 *       by 李睿, 陈东
 *       § 提效：建设未来社区
 *       ...
 *       22 paragraphs, 3 figures
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include <newsparse.h>

/* The whole of f in a new buffer; NULL when reading or memory fails. */
static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16;
    size_t n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap * 2);
        if (bigger == NULL) {
            free(buf);
            return NULL;
        }
        buf = bigger;
        cap *= 2;
    }
    if (buf != NULL && ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* The headline of an article, or "(continued)" for one without title lines. */
static const char *article_title(const np_node *article)
{
    for (const np_node *c = np_node_first_child(article); c != NULL; c = np_node_next(c))
        if (np_node_get_type(c) == NP_NODE_HEADLINE)
            return np_node_get_text(c);
    return "(continued from another page)";
}

static void print_outline(const np_node *doc)
{
    int paragraphs = 0, figures = 0;
    np_iter it;
    np_iter_init(&it, doc);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE) {
        const np_node *n = np_iter_get_node(&it);
        np_node_type type = np_node_get_type(n);
        bool in_article = np_node_get_type(np_node_parent(n)) == NP_NODE_ARTICLE;
        if (ev == NP_EVENT_EXIT) {
            /* Counts are printed when the walk leaves the article. */
            if (type == NP_NODE_ARTICLE)
                printf("  %d paragraphs, %d figures\n", paragraphs, figures);
            continue;
        }
        switch (type) {
        case NP_NODE_ARTICLE:
            paragraphs = figures = 0;
            printf("article (line %zu): %s\n", np_node_get_line(n), article_title(n));
            break;
        case NP_NODE_KICKER:
            printf("  kicker: %s\n", np_node_get_text(n));
            break;
        case NP_NODE_SUBHEADLINE:
            printf("  subheadline: %s\n", np_node_get_text(n));
            break;
        case NP_NODE_BYLINE: {
            printf("  by");
            const char *sep = " ";
            for (const np_node *a = np_node_first_child(n); a != NULL; a = np_node_next(a)) {
                printf("%s%s", sep, np_node_get_text(a));
                sep = ", ";
            }
            printf("\n");
            break;
        }
        case NP_NODE_SECTION_HEAD:
            printf("  § %s\n", np_node_get_text(n));
            break;
        case NP_NODE_PARAGRAPH:
            paragraphs++;
            break;
        case NP_NODE_FIGURE:
            if (in_article)
                figures++;
            else
                printf("photo news (line %zu)\n", np_node_get_line(n));
            break;
        default:
            break;
        }
    }
}

int main(int argc, char **argv)
{
    FILE *in = argc > 1 ? fopen(argv[1], "rb") : stdin;
    if (in == NULL) {
        perror(argv[1]);
        return 1;
    }
    size_t len = 0;
    char *page = read_all(in, &len);
    if (in != stdin)
        fclose(in);
    if (page == NULL) {
        fprintf(stderr, "outline: cannot read the page\n");
        return 1;
    }
    np_node *doc = NULL;
    np_error err;
    np_status st = np_parse(page, len, NULL, &doc, &err);
    free(page);
    if (st != NP_OK) {
        fprintf(stderr, "outline: line %zu: %s\n", err.line, err.message);
        return 1;
    }
    print_outline(doc);
    np_document_free(doc);
    return 0;
}
