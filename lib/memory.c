/*
 * memory.c - the caller's allocator, owned blocks for np_free, the arena
 * that holds a tree's nodes and texts, and a growable byte buffer.
 */
#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/*
 * Under AddressSanitizer, the space of an arena chunk is poisoned when the
 * arena is reset and unpoisoned as it is carved again, so that a node used
 * after its arena was reset is reported even while the chunk is kept.
 */
#if defined(__SANITIZE_ADDRESS__)
#define NP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NP_ASAN 1
#endif
#endif
#ifdef NP_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

/* Every block handed out must be usable for any object type. */
#define NP_ALIGN alignof(max_align_t)

static size_t align_up(size_t n)
{
    return (n + (NP_ALIGN - 1)) & ~(NP_ALIGN - 1);
}

/* ------------------------------------------------------------------ */
/* The allocator                                                        */
/* ------------------------------------------------------------------ */

static void *c_malloc(size_t size, void *ctx)
{
    (void)ctx;
    return malloc(size);
}

static void *c_realloc(void *ptr, size_t size, void *ctx)
{
    (void)ctx;
    return realloc(ptr, size);
}

static void c_free(void *ptr, void *ctx)
{
    (void)ctx;
    free(ptr);
}

void np_mem_init(np_mem *mem, const np_allocator *a)
{
    if (a != NULL && a->malloc_fn != NULL && a->realloc_fn != NULL && a->free_fn != NULL) {
        mem->a = *a;
        return;
    }
    mem->a.malloc_fn = c_malloc;
    mem->a.realloc_fn = c_realloc;
    mem->a.free_fn = c_free;
    mem->a.ctx = NULL;
}

/* malloc(0) may legally return NULL, which callers would take for failure. */
void *np_mem_alloc(const np_mem *mem, size_t size)
{
    return mem->a.malloc_fn(size == 0 ? 1 : size, mem->a.ctx);
}

void *np_mem_realloc(const np_mem *mem, void *ptr, size_t size)
{
    return mem->a.realloc_fn(ptr, size == 0 ? 1 : size, mem->a.ctx);
}

void np_mem_free(const np_mem *mem, void *ptr)
{
    if (ptr != NULL)
        mem->a.free_fn(ptr, mem->a.ctx);
}

/* ------------------------------------------------------------------ */
/* Owned blocks                                                         */
/* ------------------------------------------------------------------ */

/*
 * The header before an owned block.  The union pads it to a multiple of
 * the strictest alignment, so the block after it stays max-aligned.
 */
typedef union owned_header {
    np_allocator a;
    max_align_t align;
} owned_header;

#define OWNED_HEADER_SIZE align_up(sizeof(owned_header))

void *np_mem_alloc_owned(const np_mem *mem, size_t size)
{
    return np_mem_realloc_owned(mem, NULL, size);
}

void *np_mem_realloc_owned(const np_mem *mem, void *ptr, size_t size)
{
    size_t hsize = OWNED_HEADER_SIZE;
    if (size > SIZE_MAX - hsize)
        return NULL;
    char *old = ptr != NULL ? (char *)ptr - hsize : NULL;
    char *block = np_mem_realloc(mem, old, hsize + size);
    if (block == NULL)
        return NULL;
    memcpy(block, &mem->a, sizeof mem->a);
    return block + hsize;
}

void np_free(void *ptr)
{
    if (ptr == NULL)
        return;
    char *block = (char *)ptr - OWNED_HEADER_SIZE;
    np_allocator a;
    memcpy(&a, block, sizeof a);
    a.free_fn(block, a.ctx);
}

/* ------------------------------------------------------------------ */
/* The arena                                                            */
/* ------------------------------------------------------------------ */

#define ARENA_FIRST_CHUNK ((size_t)4 << 10)
#define ARENA_MAX_CHUNK ((size_t)1 << 20)

struct np_arena_chunk {
    np_arena_chunk *next; /* older chunks */
    size_t size;          /* usable bytes after the header */
    size_t used;
};

#define CHUNK_HEADER_SIZE align_up(sizeof(np_arena_chunk))

static char *chunk_data(np_arena_chunk *c)
{
    return (char *)c + CHUNK_HEADER_SIZE;
}

void np_arena_init(np_arena *arena, const np_mem *mem)
{
    arena->mem = mem;
    arena->head = NULL;
    arena->next_size = ARENA_FIRST_CHUNK;
}

static np_arena_chunk *chunk_new(const np_arena *arena, size_t size)
{
    if (size > SIZE_MAX - CHUNK_HEADER_SIZE)
        return NULL;
    np_arena_chunk *c = np_mem_alloc(arena->mem, CHUNK_HEADER_SIZE + size);
    if (c == NULL)
        return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

/*
 * A request too large for a normal chunk gets a chunk of its own, linked
 * behind the head so that the head's free space is still used.
 */
static void *alloc_oversized(np_arena *arena, size_t size)
{
    np_arena_chunk *c = chunk_new(arena, size);
    if (c == NULL)
        return NULL;
    c->used = size;
    if (arena->head != NULL) {
        c->next = arena->head->next;
        arena->head->next = c;
    } else {
        arena->head = c;
    }
    return chunk_data(c);
}

static void *alloc_in_new_chunk(np_arena *arena, size_t size)
{
    np_arena_chunk *c = chunk_new(arena, arena->next_size);
    if (c == NULL)
        return NULL;
    if (arena->next_size < ARENA_MAX_CHUNK)
        arena->next_size *= 2;
    c->next = arena->head;
    arena->head = c;
    c->used = size;
    return chunk_data(c);
}

void *np_arena_alloc(np_arena *arena, size_t size)
{
    if (size > SIZE_MAX - NP_ALIGN)
        return NULL;
    size = align_up(size == 0 ? 1 : size);
    np_arena_chunk *h = arena->head;
    if (h != NULL && h->size - h->used >= size) {
        void *p = chunk_data(h) + h->used;
        h->used += size;
        UNPOISON(p, size);
        return p;
    }
    if (size > arena->next_size)
        return alloc_oversized(arena, size);
    return alloc_in_new_chunk(arena, size);
}

char *np_arena_strndup(np_arena *arena, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = np_arena_alloc(arena, len + 1);
    if (p == NULL)
        return NULL;
    if (len > 0)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

static void free_chunks(const np_mem *mem, np_arena_chunk *c)
{
    while (c != NULL) {
        np_arena_chunk *next = c->next;
        UNPOISON(chunk_data(c), c->size); /* the caller's allocator may reuse it */
        np_mem_free(mem, c);
        c = next;
    }
}

/*
 * Keeping the head (the newest, largest normal chunk) lets event mode reuse
 * it for the next top-level node; an oversized head is not kept, since
 * holding on to it would defeat the bound on memory.
 */
void np_arena_reset(np_arena *arena)
{
    np_arena_chunk *h = arena->head;
    if (h == NULL)
        return;
    free_chunks(arena->mem, h->next);
    h->next = NULL;
    if (h->size > ARENA_MAX_CHUNK) {
        np_mem_free(arena->mem, h);
        arena->head = NULL;
        return;
    }
    h->used = 0;
    POISON(chunk_data(h), h->size);
}

void np_arena_free(np_arena *arena)
{
    free_chunks(arena->mem, arena->head);
    arena->head = NULL;
    arena->next_size = ARENA_FIRST_CHUNK;
}

/* ------------------------------------------------------------------ */
/* The growable buffer                                                  */
/* ------------------------------------------------------------------ */

#define BUF_MIN_CAP 64

void np_buf_init(np_buf *b, const np_mem *mem)
{
    b->mem = mem;
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

bool np_buf_reserve(np_buf *b, size_t extra)
{
    /* More than asked for: the terminating NUL and the slack. */
    if (extra > SIZE_MAX - 1 - NP_BUF_SLACK - b->len)
        return false;
    size_t need = b->len + extra + 1 + NP_BUF_SLACK;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap < BUF_MIN_CAP ? BUF_MIN_CAP : b->cap;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *data = np_mem_realloc(b->mem, b->data, cap);
    if (data == NULL)
        return false;
    memset(data + b->cap, 0, cap - b->cap);
    b->data = data;
    b->cap = cap;
    return true;
}

bool np_buf_append(np_buf *b, const char *s, size_t len)
{
    if (!np_buf_reserve(b, len))
        return false;
    if (len > 0)
        memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
    return true;
}

bool np_buf_append_str(np_buf *b, const char *s)
{
    return np_buf_append(b, s, strlen(s));
}

bool np_buf_append_char(np_buf *b, char c)
{
    return np_buf_append(b, &c, 1);
}

void np_buf_clear(np_buf *b)
{
    b->len = 0;
    if (b->data != NULL)
        b->data[0] = '\0';
}

void np_buf_free(np_buf *b)
{
    np_mem_free(b->mem, b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}
