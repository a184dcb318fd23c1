/*
 * emit.c - deliver decided nodes: link them into the tree, send their
 * events, and in event mode (NP_OPT_NO_TREE) free them again.
 *
 * Both modes build the same nodes in the same order, so the events seen
 * without a tree are exactly those of an iterator walk over the kept tree.
 * Without a tree, an article's content is still linked under it, so that
 * at its EXIT the article is whole (a caller renders it there: jsonl); what
 * is not linked are the document's children, which are freed one element
 * after another.  So a node made while an article is open lives in the
 * tree's arena with the article and is freed when the article closes; a
 * node made with no article open lives in `items`, which is reset after
 * each element once nothing waits in it.  A node therefore goes where the
 * article state at its making says: a builder closes an article before it
 * makes a page-level node.  Memory is bounded by one article (its nodes
 * and texts) plus the look-ahead.
 */
#include <string.h>

#include "parse.h"
#include "text.h"

np_status np_emit_init(np_emitter *em, np_mem *mem, const np_options *opts)
{
    memset(em, 0, sizeof *em);
    em->mem = mem;
    em->keep_tree = !(opts->flags & NP_OPT_NO_TREE);
    em->on_event = opts->on_event;
    em->userdata = opts->userdata;
    em->max_nodes = opts->max_nodes;
    np_arena_init(&em->items, mem);
    em->tree = np_tree_new(mem);
    return em->tree ? NP_OK : NP_ERR_NOMEM;
}

void np_emit_free(np_emitter *em)
{
    np_arena_free(&em->items);
    if (em->tree)
        np_document_free(&em->tree->doc);
    em->tree = NULL;
}

np_arena *np_emit_arena(np_emitter *em)
{
    return em->keep_tree || em->article ? &em->tree->arena : &em->items;
}

static np_status fail(np_emitter *em, np_status st)
{
    if (em->status == NP_OK)
        em->status = st;
    return em->status;
}

np_node *np_emit_node(np_emitter *em, np_node_type type, const char *text, size_t len, size_t line)
{
    if (em->status != NP_OK)
        return NULL;
    if (em->max_nodes && em->nodes + 1 >= em->max_nodes) {
        fail(em, NP_ERR_LIMIT_NODES);
        return NULL;
    }
    np_node *n = np_node_make(np_emit_arena(em), type, text, len, line);
    if (!n) {
        fail(em, NP_ERR_NOMEM);
        return NULL;
    }
    if (em->keep_tree)
        em->nodes++;
    return n;
}

void np_emit_mark_replaced(np_node *n, bool from_replaced)
{
    /* A node cut from such a line may hold none of its replacements (the
     * credit after a damaged caption); the flag would then mislead. */
    static const char fffd[] = "\xEF\xBF\xBD";
    if (from_replaced && n->text_len >= 3 && np_find(n->text, n->text_len, fffd) < n->text_len)
        n->flags |= NP_NODE_FLAG_REPLACED;
}

static void send(np_emitter *em, np_event_type ev, const np_node *node)
{
    if (em->status == NP_OK && em->on_event && em->on_event(ev, node, em->userdata) != 0)
        fail(em, NP_ERR_CALLBACK);
}

static void enter_document(np_emitter *em)
{
    if (!em->doc_entered) {
        em->doc_entered = true;
        send(em, NP_EVENT_ENTER, &em->tree->doc);
    }
}

/* Link child under parent: fully in tree mode and under an article,
 * upwards only under the document without a tree (its elder children are
 * freed). */
static void attach(np_emitter *em, np_node *parent, np_node *child)
{
    if (em->keep_tree || parent != &em->tree->doc)
        np_node_append(parent, child);
    else
        child->parent = parent;
    if (parent != &em->tree->doc)
        np_node_cover(parent, child);
}

np_status np_emit_open_article(np_emitter *em, size_t line)
{
    if (em->status != NP_OK)
        return em->status;
    enter_document(em);
    if (em->max_nodes && em->nodes + 1 >= em->max_nodes)
        return fail(em, NP_ERR_LIMIT_NODES);
    np_node *a = np_node_make(&em->tree->arena, NP_NODE_ARTICLE, NULL, 0, line);
    if (!a)
        return fail(em, NP_ERR_NOMEM);
    if (em->keep_tree)
        em->nodes++;
    if (em->jump_from_len > 0 && !np_node_set_source(&em->tree->arena, a, em->jump_from, em->jump_from_len))
        return fail(em, NP_ERR_NOMEM);
    em->jump_from_len = 0;
    attach(em, &em->tree->doc, a);
    em->article = a;
    send(em, NP_EVENT_ENTER, a);
    return em->status;
}

np_status np_emit_close_article(np_emitter *em)
{
    if (!em->article)
        return em->status;
    send(em, NP_EVENT_EXIT, em->article);
    em->article = NULL;
    /* The article and every node made while it was open (see the top);
     * items holds only page-level nodes and is reset by np_emit_release. */
    if (!em->keep_tree)
        np_arena_reset(&em->tree->arena);
    return em->status;
}

/* ENTER and EXIT for node and everything under it, in document order. */
static void send_subtree(np_emitter *em, const np_node *node)
{
    np_iter it;
    np_iter_init(&it, node);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE && em->status == NP_OK)
        send(em, ev, np_iter_get_node(&it));
}

/* A page-level （上接…） line is kept for the article after it; any other
 * page-level node but furniture stands between them. */
static void note_jump_from(np_emitter *em, const np_node *node)
{
    if (node->type != NP_NODE_FURNITURE) {
        em->jump_from_len = 0;
    } else if (node->kind == NP_FURNITURE_JUMP_FROM && node->source_len <= sizeof em->jump_from) {
        memcpy(em->jump_from, node->source, node->source_len);
        em->jump_from_len = node->source_len;
    }
}

np_status np_emit_subtree(np_emitter *em, np_node *node, bool to_page)
{
    if (em->status != NP_OK)
        return em->status;
    enter_document(em);
    np_node *parent = (!to_page && em->article) ? em->article : &em->tree->doc;
    if (parent == &em->tree->doc)
        note_jump_from(em, node);
    attach(em, parent, node);
    send_subtree(em, node);
    return em->status;
}

void np_emit_release(np_emitter *em)
{
    if (!em->keep_tree)
        np_arena_reset(&em->items);
}

np_status np_emit_finish(np_emitter *em)
{
    if (em->status != NP_OK)
        return em->status;
    np_emit_close_article(em);
    enter_document(em);
    send(em, NP_EVENT_EXIT, &em->tree->doc);
    return em->status;
}
