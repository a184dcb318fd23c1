/*
 * writer.c - what every renderer writes with: np_out, the buffered writer
 * that hands pieces to the caller's write function, the walk over a
 * subtree with a node's children skipped when it wrote them whole, and the
 * allocator of the tree a node belongs to.
 */
#include <string.h>

#include "internal.h"

/* ------------------------------------------------------------------ */
/* The buffered writer                                                  */
/* ------------------------------------------------------------------ */

void np_out_init(np_out *o, np_write_fn write, void *userdata)
{
    o->write = write;
    o->userdata = userdata;
    o->status = NP_OK;
    o->len = 0;
}

static void out_emit(np_out *o, const char *s, size_t len)
{
    if (o->write(s, len, o->userdata) != 0)
        o->status = NP_ERR_CALLBACK;
}

np_status np_out_flush(np_out *o)
{
    if (o->status == NP_OK && o->len > 0)
        out_emit(o, o->buf, o->len);
    o->len = 0;
    return o->status;
}

void np_out_write(np_out *o, const char *s, size_t len)
{
    if (o->status != NP_OK || len == 0)
        return;
    if (len > sizeof o->buf - o->len) {
        np_out_flush(o);
        if (o->status != NP_OK)
            return;
    }
    /* A piece as large as the buffer would only be copied to be written. */
    if (len >= sizeof o->buf) {
        out_emit(o, s, len);
        return;
    }
    memcpy(o->buf + o->len, s, len);
    o->len += len;
}

void np_out_str(np_out *o, const char *s)
{
    np_out_write(o, s, strlen(s));
}

void np_out_size(np_out *o, uint64_t v)
{
    char digits[24];
    size_t i = sizeof digits;
    do {
        digits[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    np_out_write(o, digits + i, sizeof digits - i);
}

/* ------------------------------------------------------------------ */
/* The walk and the tree's allocator                                   */
/* ------------------------------------------------------------------ */

/*
 * The topmost ancestor of a node in a tree is its document, the first
 * member of an np_tree.  A node built outside a tree falls back to the C
 * allocator.
 */
const np_mem *np_node_mem(const np_node *node, np_mem *fallback)
{
    const np_node *top = node;
    while (top->parent != NULL)
        top = top->parent;
    if (top->type == NP_NODE_DOCUMENT)
        return &((const np_tree *)top)->mem;
    np_mem_init(fallback, NULL);
    return fallback;
}

void np_render_walk(const np_node *root, np_out *o, np_walk_enter_fn enter, np_walk_leave_fn leave,
                    void *w)
{
    const np_node *skip = NULL; /* a node written whole: its children are not walked */
    np_iter it;
    np_iter_init(&it, root);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE && o->status == NP_OK) {
        const np_node *node = np_iter_get_node(&it);
        if (skip != NULL) {
            if (ev == NP_EVENT_EXIT && node == skip)
                skip = NULL;
            continue;
        }
        if (ev == NP_EVENT_ENTER) {
            if (enter(w, node))
                skip = node;
        } else if (leave) {
            leave(w, node);
        }
    }
}
