/*
 * stream - print each article's headline as soon as the parser has
 * finished the article, reading the page from standard input.
 *
 *     stream < PAGE.txt
 *
 * Shows the event interface: with NP_OPT_NO_TREE the parser keeps no tree
 * (memory stays bounded however long the input) and calls on_event with
 * ENTER and EXIT for every node as soon as it has decided it.  A node is
 * valid only during the call, so anything wanted later must be copied.
 *
 * Output for tests/corpus/001.txt:
 *
 *     [line 3] 破解“超大”社区难题 畅通治理“神经末梢” 富阳区富春街道：解锁百姓“幸福密码” (22 paragraphs)
 *     [line 81] 发挥保险优势 护航实体经济 (19 paragraphs)
 *     ...
 */
#include <stdio.h>
#include <string.h>

#include <newsparse.h>

typedef struct state {
    char headline[1024]; /* copied: the node is gone after the event */
    int paragraphs;
} state;

static int on_event(np_event_type event, const np_node *node, void *userdata)
{
    state *s = userdata;
    np_node_type type = np_node_get_type(node);
    if (event == NP_EVENT_ENTER) {
        if (type == NP_NODE_ARTICLE) {
            s->headline[0] = '\0';
            s->paragraphs = 0;
        } else if (type == NP_NODE_HEADLINE) {
            snprintf(s->headline, sizeof s->headline, "%s", np_node_get_text(node));
        } else if (type == NP_NODE_PARAGRAPH) {
            s->paragraphs++;
        }
        return 0;
    }
    if (type == NP_NODE_ARTICLE) {
        printf("[line %zu] %s (%d paragraphs)\n", np_node_get_line(node),
               s->headline[0] != '\0' ? s->headline : "(no headline)", s->paragraphs);
        /* Through a pipe, each line appears as its article ends. */
        if (fflush(stdout) != 0)
            return 1; /* stops the parser: np_parser_feed returns NP_ERR_CALLBACK */
    }
    return 0;
}

int main(void)
{
    state s = {"", 0};
    np_options opts;
    np_options_init(&opts);
    opts.flags = NP_OPT_NO_TREE;
    opts.on_event = on_event;
    opts.userdata = &s;
    np_parser *p = np_parser_new(&opts);
    if (p == NULL) {
        fprintf(stderr, "stream: out of memory\n");
        return 1;
    }
    char buf[4096]; /* small chunks: the parser does not care where they cut */
    size_t n;
    np_status st = NP_OK;
    while (st == NP_OK && (n = fread(buf, 1, sizeof buf, stdin)) > 0)
        st = np_parser_feed(p, buf, n);
    if (st == NP_OK && ferror(stdin)) {
        perror("stream: stdin");
        np_parser_free(p);
        return 1;
    }
    if (st == NP_OK)
        st = np_parser_finish(p, NULL);
    if (st != NP_OK) {
        const np_error *e = np_parser_error(p);
        fprintf(stderr, "stream: line %zu: %s\n", e->line, e->message);
    }
    np_parser_free(p);
    return st == NP_OK ? 0 : 1;
}
