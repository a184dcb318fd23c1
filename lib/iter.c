/*
 * iter.c - a walk over a subtree that yields ENTER and EXIT for every node.
 * It follows the parent and sibling links, so it needs no stack and
 * allocates nothing; the walk never leaves the subtree of its root.
 */
#include "internal.h"

void np_iter_init(np_iter *iter, const np_node *root)
{
    if (iter == NULL)
        return;
    iter->_root = root;
    iter->_node = NULL;
    iter->_event = root != NULL ? NP_EVENT_NONE : NP_EVENT_DONE;
}

static np_event_type iter_set(np_iter *iter, const np_node *node, np_event_type event)
{
    iter->_node = node;
    iter->_event = event;
    return event;
}

np_event_type np_iter_next(np_iter *iter)
{
    if (iter == NULL)
        return NP_EVENT_DONE;
    const np_node *node = iter->_node;
    switch (iter->_event) {
    case NP_EVENT_NONE:
        return iter_set(iter, iter->_root, NP_EVENT_ENTER);
    case NP_EVENT_ENTER:
        if (node->first_child != NULL)
            return iter_set(iter, node->first_child, NP_EVENT_ENTER);
        return iter_set(iter, node, NP_EVENT_EXIT);
    case NP_EVENT_EXIT:
        /* The root's siblings are outside the walk. */
        if (node == iter->_root)
            return iter_set(iter, NULL, NP_EVENT_DONE);
        if (node->next != NULL)
            return iter_set(iter, node->next, NP_EVENT_ENTER);
        return iter_set(iter, node->parent, NP_EVENT_EXIT);
    case NP_EVENT_DONE:
        break;
    }
    return iter_set(iter, NULL, NP_EVENT_DONE);
}

np_node *np_iter_get_node(const np_iter *iter)
{
    if (iter == NULL)
        return NULL;
    /* The iterator holds const pointers; the nodes belong to the caller's
     * tree, which the caller may modify, as with np_node_parent. */
    return (np_node *)iter->_node;
}

np_event_type np_iter_get_event(const np_iter *iter)
{
    return iter != NULL ? iter->_event : NP_EVENT_NONE;
}
