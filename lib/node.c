/*
 * node.c - building the tree, the public node accessors, the names used
 * in JSON, freeing a document, the version and status strings.
 */
#include <string.h>

#include "internal.h"

/* ------------------------------------------------------------------ */
/* Building                                                             */
/* ------------------------------------------------------------------ */

static void node_clear(np_node *node, np_node_type type, size_t line)
{
    memset(node, 0, sizeof *node);
    node->text = "";
    node->source = "";
    node->line = line;
    node->type = (uint8_t)type;
}

np_tree *np_tree_new(const np_mem *mem)
{
    np_tree *tree = np_mem_alloc(mem, sizeof *tree);
    if (tree == NULL)
        return NULL;
    node_clear(&tree->doc, NP_NODE_DOCUMENT, 0);
    tree->mem = *mem;
    /* The arena must use the tree's own copy: the caller's may not outlive it. */
    np_arena_init(&tree->arena, &tree->mem);
    tree->node_count = 1;
    tree->page = NULL;
    tree->issue = NULL;
    return tree;
}

np_node *np_node_make(np_arena *arena, np_node_type type, const char *text, size_t text_len,
                      size_t line)
{
    np_node *node = np_arena_alloc(arena, sizeof *node);
    if (node == NULL)
        return NULL;
    node_clear(node, type, line);
    if (text != NULL && text_len > 0) {
        char *copy = np_arena_strndup(arena, text, text_len);
        if (copy == NULL)
            return NULL;
        node->text = copy;
        node->text_len = text_len;
    }
    return node;
}

bool np_node_set_source(np_arena *arena, np_node *node, const char *s, size_t len)
{
    if (s == NULL || len == 0) {
        node->source = "";
        node->source_len = 0;
        return true;
    }
    char *copy = np_arena_strndup(arena, s, len);
    if (copy == NULL)
        return false;
    node->source = copy;
    node->source_len = len;
    return true;
}

bool np_node_set_spans(np_arena *arena, np_node *node, const np_span *first, const np_span *more,
                       size_t count)
{
    node->span_count = count;
    node->more = NULL;
    if (count == 0)
        return true;
    node->span = *first;
    if (count == 1)
        return true;
    np_span *copy = np_arena_alloc(arena, (count - 1) * sizeof *copy);
    if (copy == NULL)
        return false;
    memcpy(copy, more, (count - 1) * sizeof *copy);
    node->more = copy;
    return true;
}

void np_node_append(np_node *parent, np_node *child)
{
    child->parent = parent;
    child->next = NULL;
    child->prev = parent->last_child;
    if (parent->last_child != NULL)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

void np_node_unlink(np_node *node)
{
    np_node *parent = node->parent;
    if (node->prev != NULL)
        node->prev->next = node->next;
    else if (parent != NULL)
        parent->first_child = node->next;
    if (node->next != NULL)
        node->next->prev = node->prev;
    else if (parent != NULL)
        parent->last_child = node->prev;
    node->parent = NULL;
    node->prev = NULL;
    node->next = NULL;
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */
/* ------------------------------------------------------------------ */

np_node_type np_node_get_type(const np_node *node)
{
    return node != NULL ? (np_node_type)node->type : NP_NODE_NONE;
}

const char *np_node_get_text(const np_node *node)
{
    return node != NULL ? node->text : "";
}

size_t np_node_get_text_len(const np_node *node)
{
    return node != NULL ? node->text_len : 0;
}

size_t np_node_get_line(const np_node *node)
{
    return node != NULL ? node->line : 0;
}

np_node *np_node_parent(const np_node *node)
{
    return node != NULL ? node->parent : NULL;
}

np_node *np_node_first_child(const np_node *node)
{
    return node != NULL ? node->first_child : NULL;
}

np_node *np_node_last_child(const np_node *node)
{
    return node != NULL ? node->last_child : NULL;
}

np_node *np_node_next(const np_node *node)
{
    return node != NULL ? node->next : NULL;
}

np_node *np_node_previous(const np_node *node)
{
    return node != NULL ? node->prev : NULL;
}

np_credit_kind np_node_get_credit_kind(const np_node *node)
{
    if (node == NULL || node->type != NP_NODE_CREDIT)
        return NP_CREDIT_NONE;
    return (np_credit_kind)node->kind;
}

np_furniture_kind np_node_get_furniture_kind(const np_node *node)
{
    if (node == NULL || node->type != NP_NODE_FURNITURE)
        return NP_FURNITURE_NONE;
    return (np_furniture_kind)node->kind;
}

const char *np_node_get_source(const np_node *node)
{
    /* a figure keeps its src there and an article the page it is continued
     * from: neither is a source */
    if (node == NULL || (node->type != NP_NODE_CREDIT && node->type != NP_NODE_FURNITURE))
        return "";
    return node->source;
}

const char *np_node_get_src(const np_node *node)
{
    return node != NULL && node->type == NP_NODE_FIGURE ? node->source : "";
}

size_t np_node_span_count(const np_node *node)
{
    return node != NULL ? node->span_count : 0;
}

np_status np_node_span(const np_node *node, size_t index, np_span *span)
{
    if (span == NULL)
        return NP_ERR_ARGUMENT;
    if (node == NULL || index >= node->span_count) {
        memset(span, 0, sizeof *span);
        return NP_ERR_ARGUMENT;
    }
    *span = index == 0 ? node->span : node->more[index - 1];
    return NP_OK;
}

unsigned np_node_get_flags(const np_node *node)
{
    return node != NULL ? node->flags : 0u;
}

/* ------------------------------------------------------------------ */
/* Names                                                                */
/* ------------------------------------------------------------------ */

static const char *const node_type_names[NP_NODE_TYPE_COUNT] = {
    "",          "document", "article",      "kicker", "headline", "subheadline", "byline",
    "author",    "paragraph", "section_head", "figure", "caption",  "credit",      "furniture",
};

static const char *const credit_kind_names[] = {"", "photographer", "provided", "data"};

static const char *const furniture_kind_names[] = {
    "", "page_number", "date", "page_name", "editor", "jump_to", "jump_from", "signature", "masthead",
};

/* Enum values come from callers and may be out of range: index with care. */
static const char *name_at(const char *const *names, size_t count, int value)
{
    if (value < 0 || (size_t)value >= count)
        return "";
    return names[value];
}

const char *np_node_type_name(np_node_type type)
{
    return name_at(node_type_names, NP_NODE_TYPE_COUNT, (int)type);
}

const char *np_credit_kind_name(np_credit_kind kind)
{
    return name_at(credit_kind_names, sizeof credit_kind_names / sizeof credit_kind_names[0],
                   (int)kind);
}

const char *np_furniture_kind_name(np_furniture_kind kind)
{
    return name_at(furniture_kind_names,
                   sizeof furniture_kind_names / sizeof furniture_kind_names[0], (int)kind);
}

/* ------------------------------------------------------------------ */
/* Freeing                                                              */
/* ------------------------------------------------------------------ */

/* Any document node is the first member of an np_tree (see np_tree_new). */
void np_document_free(np_node *document)
{
    if (document == NULL || document->type != NP_NODE_DOCUMENT)
        return;
    np_tree *tree = (np_tree *)document;
    np_arena_free(&tree->arena);
    /* tree->mem lives inside the block being freed. */
    np_mem mem = tree->mem;
    np_mem_free(&mem, tree);
}

/* ------------------------------------------------------------------ */
/* Version and status                                                   */
/* ------------------------------------------------------------------ */

int np_version(void)
{
    return NP_VERSION;
}

const char *np_version_string(void)
{
    return NP_VERSION_STRING;
}

const char *np_status_string(np_status status)
{
    switch (status) {
    case NP_OK:
        return "success";
    case NP_ERR_NOMEM:
        return "out of memory";
    case NP_ERR_UTF8:
        return "invalid UTF-8";
    case NP_ERR_NUL:
        return "NUL byte in input";
    case NP_ERR_LIMIT_LINE:
        return "line too long";
    case NP_ERR_LIMIT_INPUT:
        return "input too long";
    case NP_ERR_LIMIT_NODES:
        return "too many nodes";
    case NP_ERR_STATE:
        return "call out of order";
    case NP_ERR_ARGUMENT:
        return "invalid argument";
    case NP_ERR_CALLBACK:
        return "stopped by callback";
    case NP_ERR_ENCODING:
        return "cannot convert from encoding";
    }
    return "unknown status";
}

bool np_node_has_text(const np_node *node)
{
    switch (node->type) {
    case NP_NODE_DOCUMENT:
    case NP_NODE_ARTICLE:
    case NP_NODE_FIGURE:
        return false;
    default:
        return true;
    }
}
