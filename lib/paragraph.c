/*
 * paragraph.c - the open paragraph of the builder: its re-joined text,
 * where each fragment came from, and the figures that wait for it.
 *
 * The decisions about paragraphs (which line continues one, where one
 * ends) are reflow.c's; this file only keeps what they decided, so that
 * the builder (build.c) can close the paragraph when an article ends
 * without asking the decisions back.
 */
#include <string.h>

#include "parse.h"
#include "text.h"
#include "thresholds.h"

void np_reflow_init(np_reflow *r, np_mem *mem)
{
    memset(r, 0, sizeof *r);
    np_buf_init(&r->text, mem);
    np_buf_init(&r->more, mem);
}

void np_reflow_free(np_reflow *r)
{
    np_buf_free(&r->text);
    np_buf_free(&r->more);
}

/* Join with nothing, or one space between two ASCII letters or digits. */
static bool needs_space(const np_buf *b, const char *s, size_t len)
{
    if (b->len == 0 || len == 0)
        return false;
    np_cp left, right;
    np_utf8_decode(b->data, b->len, np_utf8_prev(b->data, b->len), &left);
    np_utf8_decode(s, len, 0, &right);
    return np_is_ascii_alnum(left) && np_is_ascii_alnum(right);
}

np_status np_reflow_add(np_reflow *r, const np_line *ln, const char *s, size_t len, size_t max_bytes)
{
    bool first = !r->para.open;
    if (first) {
        np_buf_clear(&r->text);
        np_buf_clear(&r->more);
        r->line = ln->lineno;
        r->replaced = false;
    }
    bool space = needs_space(&r->text, s, len);
    if (r->text.len + len + space > max_bytes)
        return NP_ERR_LIMIT_LINE;
    /* s lies in ln->buf: where it starts there says where it is in the input */
    size_t from = (size_t)(s - ln->buf.data);
    np_span span = np_line_span(ln, from, from + len);
    if ((space && !np_buf_append_char(&r->text, ' ')) || !np_buf_append(&r->text, s, len) ||
        (!first && !np_buf_append(&r->more, (const char *)&span, sizeof span)))
        return NP_ERR_NOMEM;
    if (first)
        r->first = span;
    r->replaced = r->replaced || ln->replaced;
    return NP_OK;
}

static np_status flush_pending(np_reflow *r, np_emitter *em)
{
    for (size_t i = 0; i < r->npending; i++) {
        np_status st = np_emit_subtree(em, r->pending[i], false);
        if (st != NP_OK)
            return st;
    }
    r->npending = 0;
    return NP_OK;
}

np_status np_reflow_close(np_reflow *r, np_emitter *em)
{
    if (r->para.open) {
        r->para.open = false;
        np_node *p = np_emit_node(em, NP_NODE_PARAGRAPH, r->text.data, r->text.len, r->line);
        if (!p)
            return em->status;
        /* np_buf data comes from the allocator: aligned for any object */
        const np_span *more = (const np_span *)(const void *)r->more.data;
        if (!np_node_set_spans(np_emit_arena(em), p, &r->first, more, 1 + r->more.len / sizeof *more)) {
            em->status = NP_ERR_NOMEM;
            return em->status;
        }
        np_emit_mark_replaced(p, r->replaced);
        np_status st = np_emit_subtree(em, p, false);
        if (st != NP_OK)
            return st;
    }
    return flush_pending(r, em);
}

np_status np_reflow_figure(np_reflow *r, np_emitter *em, np_node *figure, bool to_page)
{
    if (!r->para.open || to_page)
        return np_emit_subtree(em, figure, to_page);
    if (r->npending == NP_MAX_PENDING) {
        /* So many figures in a row are no column break: the paragraph
         * has ended.  This bounds what waits in memory. */
        np_status st = np_reflow_close(r, em);
        if (st != NP_OK)
            return st;
        return np_emit_subtree(em, figure, false);
    }
    r->pending[r->npending++] = figure;
    return NP_OK;
}
