/*
 * internal.h - declarations shared by the library's files and never
 * exported.  Everything here has hidden visibility (the build passes
 * -fvisibility=hidden; only NP_EXPORT functions in newsparse.h are public).
 */
#ifndef NP_INTERNAL_H
#define NP_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "newsparse.h"

/* ------------------------------------------------------------------ */
/* Memory: the caller's allocator, an arena and a growable buffer       */
/* ------------------------------------------------------------------ */

/* A copy of the caller's allocator (or the C one). */
typedef struct np_mem {
    np_allocator a;
} np_mem;

void np_mem_init(np_mem *mem, const np_allocator *a);
void *np_mem_alloc(const np_mem *mem, size_t size);
void *np_mem_realloc(const np_mem *mem, void *ptr, size_t size);
void np_mem_free(const np_mem *mem, void *ptr);

/*
 * Allocate a block that np_free() can release without knowing the
 * allocator: the allocator is stored in a header before the block.
 */
void *np_mem_alloc_owned(const np_mem *mem, size_t size);
/* Resize an owned block (ptr NULL: allocate); NULL when memory ran out, and
 * ptr is then still valid.  mem must be the allocator that made ptr. */
void *np_mem_realloc_owned(const np_mem *mem, void *ptr, size_t size);

/*
 * An arena: nodes and their texts are carved from large chunks and freed
 * all at once.  A tree owns one arena; in event mode the parser resets its
 * arena after each top-level node, which keeps memory bounded.
 */
typedef struct np_arena_chunk np_arena_chunk;
typedef struct np_arena {
    const np_mem *mem;
    np_arena_chunk *head;  /* chunk being carved */
    size_t next_size;      /* size of the next chunk to ask for */
} np_arena;

void np_arena_init(np_arena *arena, const np_mem *mem);
/* size bytes aligned for any object, or NULL when memory ran out. */
void *np_arena_alloc(np_arena *arena, size_t size);
/* A NUL-terminated copy of s[0..len), or NULL when memory ran out. */
char *np_arena_strndup(np_arena *arena, const char *s, size_t len);
/* Free every chunk but keep one for reuse. */
void np_arena_reset(np_arena *arena);
void np_arena_free(np_arena *arena);

/*
 * A growable byte buffer, always NUL-terminated when data != NULL.  After
 * the NUL come NP_BUF_SLACK more bytes that may be read (zero when first
 * allocated, later whatever the buffer held): a block scan (np_scan) reads
 * the tail of a line in place instead of copying it out.
 */
#define NP_BUF_SLACK 64

typedef struct np_buf {
    const np_mem *mem;
    char *data;
    size_t len;
    size_t cap;
} np_buf;

void np_buf_init(np_buf *b, const np_mem *mem);
/* Each returns false (and leaves the buffer as it was) when memory ran out. */
bool np_buf_reserve(np_buf *b, size_t extra);
bool np_buf_append(np_buf *b, const char *s, size_t len);
bool np_buf_append_str(np_buf *b, const char *s);
bool np_buf_append_char(np_buf *b, char c);
void np_buf_clear(np_buf *b);
void np_buf_free(np_buf *b);

/*
 * One replacement in a line read with NP_OPT_REPLACE_INVALID: the U+FFFD
 * (3 bytes) at byte `at` of the replaced line stands for raw_len bytes of
 * the input.  Source spans use these to count input bytes, not replaced ones.
 */
typedef struct np_fix {
    size_t at;
    size_t raw_len;
} np_fix;

/* ------------------------------------------------------------------ */
/* Nodes                                                                */
/* ------------------------------------------------------------------ */

struct np_node {
    np_node *parent;
    np_node *first_child;
    np_node *last_child;
    np_node *next;
    np_node *prev;
    const char *text;   /* never NULL once created; "" when empty */
    size_t text_len;
    const char *source; /* never NULL; "" when empty */
    size_t source_len;
    size_t line;
    np_span span;       /* the first source span (see np_node_span) */
    const np_span *more; /* spans 1 .. span_count-1, in the node's arena */
    size_t span_count;
    uint8_t type;       /* np_node_type */
    uint8_t kind;       /* np_credit_kind or np_furniture_kind */
    uint16_t flags;     /* NP_NODE_FLAG_* */
    uint32_t page;      /* in an issue (np_issue): the page the node stands on; else 0 */
};

/*
 * A tree: the document node followed by the arena that holds every other
 * node.  np_document_free(&tree->doc) frees it all, so doc must stay first.
 */
typedef struct np_tree {
    np_node doc;
    np_mem mem;
    np_arena arena;
    size_t node_count;
    struct np_page *page;   /* a page's record (page.c), in arena; NULL for an issue */
    struct np_issue *issue; /* an issue's pages and links (issue.c), in arena; else NULL */
} np_tree;

/* A new empty tree (document node only), or NULL when memory ran out. */
np_tree *np_tree_new(const np_mem *mem);

/* A node carved from arena with a copy of text; NULL when memory ran out. */
np_node *np_node_make(np_arena *arena, np_node_type type, const char *text, size_t text_len,
                      size_t line);

/* Set the source of a node (copied into arena); false when memory ran out. */
bool np_node_set_source(np_arena *arena, np_node *node, const char *s, size_t len);

/* Give a node count spans, *first and more[0 .. count-1) (copied into
 * arena); false when memory ran out. */
bool np_node_set_spans(np_arena *arena, np_node *node, const np_span *first, const np_span *more,
                       size_t count);

/* Widen the one span of node (an article, a figure) to cover child's
 * (inline: it runs for every node placed in an article). */
static inline void np_node_cover(np_node *node, const np_node *child)
{
    if (child->span_count == 0)
        return;
    const np_span *last = child->span_count > 1 ? &child->more[child->span_count - 2] : &child->span;
    if (node->span_count == 0) {
        node->span = child->span;
        node->span_count = 1;
    } else if (child->span.start_offset < node->span.start_offset) {
        node->span.start_offset = child->span.start_offset;
        node->span.start_line = child->span.start_line;
    }
    if (last->end_offset > node->span.end_offset) {
        node->span.end_offset = last->end_offset;
        node->span.end_line = last->end_line;
    }
}

/* Append child as the last child of parent. */
void np_node_append(np_node *parent, np_node *child);

/* Detach node from its parent and siblings. */
void np_node_unlink(np_node *node);

/* ------------------------------------------------------------------ */
/* Output helpers for renderers                                          */
/* ------------------------------------------------------------------ */

/* Every flag this version knows; other bits are refused (NP_ERR_ARGUMENT). */
#define NP_OPT_KNOWN (NP_OPT_NO_TREE | NP_OPT_REPLACE_INVALID)
#define NP_RENDER_KNOWN (NP_RENDER_COMPACT | NP_RENDER_FRAGMENT | NP_RENDER_FURNITURE)

/*
 * A renderer writes through np_out, which buffers small pieces and hands
 * them to the caller's writer.  The first failure sticks in status.
 */
typedef struct np_out {
    np_write_fn write;
    void *userdata;
    np_status status;
    size_t len;
    char buf[4096];
} np_out;

void np_out_init(np_out *o, np_write_fn write, void *userdata);
void np_out_write(np_out *o, const char *s, size_t len);
void np_out_str(np_out *o, const char *s);
/* Write v (a size or an offset) in decimal (without snprintf, which costs
 * more than the rest of a node's JSON). */
void np_out_size(np_out *o, uint64_t v);
/* Flush what is buffered; returns the sticky status. */
np_status np_out_flush(np_out *o);

/*
 * Characters that must not reach a terminal or a page raw: C0 controls
 * other than tab and line feed (ESC starts a terminal escape), DEL, C1
 * controls (U+009B is a one-byte CSI) and the bidi embeddings, overrides
 * and isolates U+202A..U+202E and U+2066..U+2069, which reorder the text
 * around them ("Trojan Source").  The outline, text, Markdown and HTML
 * write NP_UNSAFE_REPLACEMENT for each (doc/format.md), JSON a \uXXXX
 * escape.  np_unsafe_len gives the length of the one at s[i] (of len
 * bytes), 0 if there is none; inline because the renderers ask it for
 * every byte of a text.
 */
#define NP_UNSAFE_REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

static inline size_t np_unsafe_len(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20)
        return c == '\t' || c == '\n' ? 0 : 1;
    if (c == 0x7f)
        return 1;
    if (c == 0xc2)
        return i + 1 < len && (unsigned char)s[i + 1] <= 0x9f ? 2 : 0; /* C2 80..9F */
    if (c != 0xe2 || i + 2 >= len)
        return 0;
    unsigned char c1 = (unsigned char)s[i + 1], c2 = (unsigned char)s[i + 2];
    /* E2 80 AA..AE: U+202A..U+202E; E2 81 A6..A9: U+2066..U+2069 */
    if ((c1 == 0x80 && c2 >= 0xaa && c2 <= 0xae) || (c1 == 0x81 && c2 >= 0xa6 && c2 <= 0xa9))
        return 3;
    return 0;
}

/*
 * The walk every renderer makes: enter(w, node) on ENTER, leave(w, node)
 * (may be NULL) on EXIT, in document order, until o fails.  When enter
 * returns true it has written the node whole and its children are skipped.
 */
typedef bool (*np_walk_enter_fn)(void *w, const np_node *node);
typedef void (*np_walk_leave_fn)(void *w, const np_node *node);
void np_render_walk(const np_node *root, np_out *o, np_walk_enter_fn enter, np_walk_leave_fn leave,
                    void *w);

/* Whether a node of this type carries text (all but document, article, figure). */
bool np_node_has_text(const np_node *node);

/* One renderer a format; each walks root and writes through o. */
void np_render_json_to(const np_node *root, const np_render_options *opts, np_out *o);
void np_render_outline_to(const np_node *root, const np_render_options *opts, np_out *o);
void np_render_html_to(const np_node *root, const np_render_options *opts, np_out *o);
void np_render_markdown_to(const np_node *root, const np_render_options *opts, np_out *o);
void np_render_text_to(const np_node *root, const np_render_options *opts, np_out *o);

/*
 * The allocator of the tree that holds node (its topmost ancestor is the
 * document, the first member of an np_tree), or the C allocator, set up in
 * *fallback, for a node built outside a tree.  Renderers that need scratch
 * memory take it from here, so that a caller's allocator sees every byte.
 */
const np_mem *np_node_mem(const np_node *node, np_mem *fallback);

#endif /* NP_INTERNAL_H */
