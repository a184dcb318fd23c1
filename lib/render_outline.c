/*
 * render_outline.c - the tree as indented lines, for people reading what
 * the parser made of a page.
 *
 * One line a node, two spaces of indentation per depth:
 *
 *     document
 *       article (line 3)
 *         headline 5: 金华保险业多措并举助力市域治理现代化
 *         byline 9: 沈超 章任艳 [沈超, 章任艳]
 *         paragraph 11: 保险业是经济活动的一部分，…   (the whole paragraph)
 *         figure (line 23)
 *           caption 23: 新华保险工作人员为客户办理业务
 *           credit 24 (provided: 新华保险金华中心支公司): 图片由…提供
 *       furniture 1 (date): 2024年6月3日 星期一
 *
 * Nodes without text show their line in parentheses.  A byline lists its
 * authors in brackets instead of giving each a line of its own.  A tab in
 * a text becomes a space, and a control or bidi character U+FFFD (see
 * np_unsafe_len), so that a node never takes two lines and nothing in the
 * text drives the terminal.
 * Furniture is always shown.
 */

#include "internal.h"


/* A tab becomes a space, an unsafe character U+FFFD (np_unsafe_len). */
static void write_text(np_out *o, const char *s, size_t len)
{
    size_t start = 0;
    size_t i = 0;
    while (i < len) {
        size_t n = s[i] == '\t' ? 1 : np_unsafe_len(s, len, i);
        if (n == 0) {
            i++;
            continue;
        }
        np_out_write(o, s + start, i - start);
        np_out_str(o, s[i] == '\t' ? " " : NP_UNSAFE_REPLACEMENT);
        i += n;
        start = i;
    }
    np_out_write(o, s + start, len - start);
}

static void write_line_number(np_out *o, size_t line, bool parenthesised)
{
    np_out_str(o, parenthesised ? " (line " : " ");
    np_out_size(o, line);
    if (parenthesised)
        np_out_str(o, ")");
}

static void write_kind(np_out *o, const char *kind, const np_node *node)
{
    if (kind[0] == '\0' && node->source_len == 0)
        return;
    np_out_str(o, " (");
    np_out_str(o, kind);
    if (node->source_len > 0) {
        np_out_str(o, kind[0] != '\0' ? ": " : "");
        write_text(o, node->source, node->source_len);
    }
    np_out_str(o, ")");
}

static void write_authors(np_out *o, const np_node *byline)
{
    bool first = true;
    for (const np_node *c = byline->first_child; c != NULL; c = c->next) {
        if (c->type != NP_NODE_AUTHOR)
            continue;
        np_out_str(o, first ? " [" : ", ");
        write_text(o, c->text, c->text_len);
        first = false;
    }
    if (!first)
        np_out_str(o, "]");
}

static void write_node(np_out *o, const np_node *node, size_t depth)
{
    for (size_t i = 0; i < depth; i++)
        np_out_str(o, "  ");
    np_out_str(o, np_node_type_name((np_node_type)node->type));
    bool text = np_node_has_text(node);
    if (node->line != 0)
        write_line_number(o, node->line, !text);
    if (node->type == NP_NODE_CREDIT)
        write_kind(o, np_credit_kind_name((np_credit_kind)node->kind), node);
    else if (node->type == NP_NODE_FURNITURE)
        write_kind(o, np_furniture_kind_name((np_furniture_kind)node->kind), node);
    else if (node->type == NP_NODE_FIGURE && node->source_len > 0)
        write_kind(o, "src", node);
    if (text && node->text_len > 0) {
        np_out_str(o, ": ");
        write_text(o, node->text, node->text_len);
    }
    if (node->type == NP_NODE_BYLINE)
        write_authors(o, node);
    np_out_str(o, "\n");
}

/* Authors are listed on their byline's line. */
static bool folded(const np_node *node, const np_node *root)
{
    return node != root && node->type == NP_NODE_AUTHOR && node->parent != NULL &&
           node->parent->type == NP_NODE_BYLINE;
}

void np_render_outline_to(const np_node *root, const np_render_options *opts, np_out *o)
{
    (void)opts;
    size_t depth = 0;
    np_iter it;
    np_iter_init(&it, root);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE && o->status == NP_OK) {
        const np_node *node = np_iter_get_node(&it);
        if (ev == NP_EVENT_EXIT) {
            depth--;
            continue;
        }
        if (!folded(node, root))
            write_node(o, node, depth);
        depth++;
    }
}
