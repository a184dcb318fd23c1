/*
 * robust.h - helpers shared by the robustness tests in tests/robust/:
 * a counting allocator that can fail the N-th allocation, file reading and
 * rendering helpers.  Header-only (static functions), public API only.
 */
#ifndef NP_ROBUST_H
#define NP_ROBUST_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsparse.h"

/* ------------------------------------------------------------------ */
/* A counting allocator                                                 */
/* ------------------------------------------------------------------ */

/*
 * Every block carries a header with its size, so that live bytes and the
 * peak can be tracked.  calls counts malloc and realloc calls (each is an
 * allocation that may fail); fail_at fails that call (1-based; 0 never),
 * fail_from fails every call from that one on (0 never).
 */
typedef struct rb_alloc {
    unsigned long calls;
    unsigned long fail_at;
    unsigned long fail_from;
    unsigned long failures;
    long live_blocks;
    size_t live_bytes;
    size_t peak_bytes;
} rb_alloc;

typedef union rb_header {
    size_t size;
    max_align_t align;
} rb_header;

static inline bool rb_should_fail(rb_alloc *a)
{
    a->calls++;
    if ((a->fail_at && a->calls == a->fail_at) || (a->fail_from && a->calls >= a->fail_from)) {
        a->failures++;
        return true;
    }
    return false;
}

static inline void rb_account(rb_alloc *a, size_t freed, size_t added)
{
    a->live_bytes = a->live_bytes - freed + added;
    if (a->live_bytes > a->peak_bytes)
        a->peak_bytes = a->live_bytes;
}

static inline void *rb_malloc(size_t size, void *ctx)
{
    rb_alloc *a = ctx;
    if (rb_should_fail(a) || size > SIZE_MAX - sizeof(rb_header))
        return NULL;
    rb_header *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    a->live_blocks++;
    rb_account(a, 0, size);
    return h + 1;
}

static inline void *rb_realloc(void *ptr, size_t size, void *ctx)
{
    rb_alloc *a = ctx;
    if (!ptr)
        return rb_malloc(size, ctx);
    if (rb_should_fail(a) || size > SIZE_MAX - sizeof(rb_header))
        return NULL;
    rb_header *old = (rb_header *)ptr - 1;
    size_t old_size = old->size;
    rb_header *h = realloc(old, sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    rb_account(a, old_size, size);
    return h + 1;
}

static inline void rb_free(void *ptr, void *ctx)
{
    rb_alloc *a = ctx;
    if (!ptr)
        return;
    rb_header *h = (rb_header *)ptr - 1;
    a->live_blocks--;
    rb_account(a, h->size, 0);
    free(h);
}

static inline np_allocator rb_allocator(rb_alloc *a)
{
    np_allocator al = {rb_malloc, rb_realloc, rb_free, a};
    return al;
}

/* ------------------------------------------------------------------ */
/* Files and strings                                                    */
/* ------------------------------------------------------------------ */

/* A whole file, NUL-terminated; NULL if it cannot be read.  free() it. */
static inline char *rb_read_file(const char *path, size_t *len)
{
    if (len)
        *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        if (len)
            *len = n;
    }
    return buf;
}

/* The base name of a path (after the last '/'). */
static inline const char *rb_basename(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Parse data in one feed with opts (may be NULL); the JSON of the tree or
 * NULL with *status set.  free() the result (a malloc'ed copy). */
static inline char *rb_parse_json(const char *data, size_t len, const np_options *opts,
                                  np_status *status)
{
    np_node *doc = NULL;
    np_status st = np_parse(data, len, opts, &doc, NULL);
    char *json = NULL;
    if (st == NP_OK) {
        char *out = NULL;
        size_t n = 0;
        st = np_render_string(doc, NP_FORMAT_JSON, NULL, &out, &n);
        if (st == NP_OK) {
            json = malloc(n + 1);
            if (json)
                memcpy(json, out, n + 1);
        }
        np_free(out);
        np_document_free(doc);
    }
    if (status)
        *status = st;
    return json;
}

#endif /* NP_ROBUST_H */
