/*
 * fuzz_common.h - helpers shared by the fuzz harnesses in tests/fuzz/.
 *
 * Every harness defines LLVMFuzzerTestOneInput.  It is linked either with
 * libFuzzer (clang, -fsanitize=fuzzer: tests/fuzz/CMakeLists.txt) or with
 * replay.c, a plain main() that runs every file of a folder through it
 * (any compiler: the regression tests in tests/robust/CMakeLists.txt).
 *
 * A harness reports a broken invariant with FUZZ_CHECK, which prints the
 * condition and aborts: libFuzzer records a crash, and a replay fails.
 *
 * The input of every harness starts with a small header of control bytes
 * (FUZZ_HEADER) that choose options; the rest is the page text:
 *
 *   byte 0  bit 0     NP_OPT_NO_TREE (where the harness can use it)
 *           bit 1     NP_OPT_REPLACE_INVALID
 *           bits 2-3  limit: 0 none, 1 max_line_bytes, 2 max_nodes,
 *                     3 max_input_bytes (value from byte 1)
 *           bit 4     an event callback that checks every event
 *           bits 5-7  the chunk pattern (fuzz_parse) or other choices
 *   byte 1  a parameter: the limit's value, the chunking seed
 *   byte 2  fail the N-th allocation (0: none; fuzz_parse and fuzz_api)
 *
 * Inputs shorter than the header use zeros for the missing bytes.
 */
#ifndef NP_FUZZ_COMMON_H
#define NP_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsparse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_HEADER 3

#define FUZZ_CHECK(cond)                                                                    \
    do {                                                                                    \
        if (!(cond)) {                                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);        \
            abort();                                                                        \
        }                                                                                   \
    } while (0)

/* ------------------------------------------------------------------ */
/* The control header                                                  */
/* ------------------------------------------------------------------ */

typedef struct fuzz_input {
    uint8_t ctl, param, failat;
    const char *text;
    size_t len;
} fuzz_input;

static inline fuzz_input fuzz_split(const uint8_t *data, size_t size)
{
    fuzz_input in;
    in.ctl = size > 0 ? data[0] : 0;
    in.param = size > 1 ? data[1] : 0;
    in.failat = size > 2 ? data[2] : 0;
    in.text = size > FUZZ_HEADER ? (const char *)data + FUZZ_HEADER : "";
    in.len = size > FUZZ_HEADER ? size - FUZZ_HEADER : 0;
    return in;
}

/* Options from the header (without allocator or callback). */
static inline void fuzz_options(const fuzz_input *in, np_options *opts, bool allow_no_tree)
{
    np_options_init(opts);
    if ((in->ctl & 1) && allow_no_tree)
        opts->flags |= NP_OPT_NO_TREE;
    if (in->ctl & 2)
        opts->flags |= NP_OPT_REPLACE_INVALID;
    switch ((in->ctl >> 2) & 3) {
    case 1:
        opts->max_line_bytes = 1 + (size_t)in->param * 4;
        break;
    case 2:
        opts->max_nodes = 1 + (size_t)in->param / 4;
        break;
    case 3:
        opts->max_input_bytes = (uint64_t)in->param * 16;
        break;
    default:
        break;
    }
}

/* ------------------------------------------------------------------ */
/* A growable string                                                   */
/* ------------------------------------------------------------------ */

typedef struct fuzz_str {
    char *data;
    size_t len, cap;
} fuzz_str;

static inline void fuzz_str_add(fuzz_str *s, const char *p, size_t n)
{
    if (s->len + n + 1 > s->cap) {
        size_t cap = s->cap ? s->cap : 256;
        while (cap < s->len + n + 1)
            cap *= 2;
        char *d = realloc(s->data, cap);
        FUZZ_CHECK(d != NULL);
        s->data = d;
        s->cap = cap;
    }
    if (n > 0)
        memcpy(s->data + s->len, p, n);
    s->len += n;
    s->data[s->len] = '\0';
}

static inline void fuzz_str_cstr(fuzz_str *s, const char *p)
{
    fuzz_str_add(s, p, strlen(p));
}

static inline void fuzz_str_num(fuzz_str *s, unsigned long long v)
{
    char num[32];
    snprintf(num, sizeof num, "%llu", v);
    fuzz_str_cstr(s, num);
}

static inline void fuzz_str_free(fuzz_str *s)
{
    free(s->data);
    s->data = NULL;
    s->len = s->cap = 0;
}

/* ------------------------------------------------------------------ */
/* Checks on strings                                                   */
/* ------------------------------------------------------------------ */

/* Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
static inline bool fuzz_utf8_valid(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        size_t n;
        unsigned cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (len - i < n)
            return false;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

/* A minimal JSON syntax checker (RFC 8259), enough to catch broken
 * escaping or structure in the renderer's output. */
typedef struct fuzz_json {
    const char *s;
    size_t len, i;
} fuzz_json;

static inline void fuzz_json_ws(fuzz_json *j)
{
    while (j->i < j->len &&
           (j->s[j->i] == ' ' || j->s[j->i] == '\n' || j->s[j->i] == '\t' || j->s[j->i] == '\r'))
        j->i++;
}

static inline bool fuzz_json_lit(fuzz_json *j, const char *lit)
{
    size_t n = strlen(lit);
    if (j->len - j->i < n || memcmp(j->s + j->i, lit, n) != 0)
        return false;
    j->i += n;
    return true;
}

static inline bool fuzz_json_string(fuzz_json *j)
{
    if (j->i >= j->len || j->s[j->i] != '"')
        return false;
    j->i++;
    while (j->i < j->len) {
        unsigned char c = (unsigned char)j->s[j->i++];
        if (c == '"')
            return true;
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (j->i >= j->len)
                return false;
            char e = j->s[j->i++];
            if (e == 'u') {
                for (int k = 0; k < 4; k++, j->i++)
                    if (j->i >= j->len || !strchr("0123456789abcdefABCDEF", j->s[j->i]) ||
                        j->s[j->i] == '\0')
                        return false;
            } else if (!strchr("\"\\/bfnrt", e) || e == '\0') {
                return false;
            }
        }
    }
    return false;
}

static inline bool fuzz_json_number(fuzz_json *j)
{
    size_t start = j->i;
    if (j->i < j->len && j->s[j->i] == '-')
        j->i++;
    size_t digits = j->i;
    while (j->i < j->len && j->s[j->i] >= '0' && j->s[j->i] <= '9')
        j->i++;
    if (j->i == digits)
        return false;
    if (j->s[digits] == '0' && j->i - digits > 1)
        return false;
    return j->i > start;
}

static inline bool fuzz_json_value(fuzz_json *j, int depth)
{
    if (depth > 64)
        return false;
    fuzz_json_ws(j);
    if (j->i >= j->len)
        return false;
    char c = j->s[j->i];
    if (c == '"')
        return fuzz_json_string(j);
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        j->i++;
        fuzz_json_ws(j);
        if (j->i < j->len && j->s[j->i] == close) {
            j->i++;
            return true;
        }
        for (;;) {
            if (c == '{') {
                fuzz_json_ws(j);
                if (!fuzz_json_string(j))
                    return false;
                fuzz_json_ws(j);
                if (j->i >= j->len || j->s[j->i] != ':')
                    return false;
                j->i++;
            }
            if (!fuzz_json_value(j, depth + 1))
                return false;
            fuzz_json_ws(j);
            if (j->i >= j->len)
                return false;
            if (j->s[j->i] == ',') {
                j->i++;
                continue;
            }
            if (j->s[j->i] == close) {
                j->i++;
                return true;
            }
            return false;
        }
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return fuzz_json_number(j);
    return fuzz_json_lit(j, "true") || fuzz_json_lit(j, "false") || fuzz_json_lit(j, "null");
}

/* Whether s[0..len) is exactly one JSON value with optional white space. */
static inline bool fuzz_json_valid(const char *s, size_t len)
{
    fuzz_json j = {s, len, 0};
    if (!fuzz_json_value(&j, 0))
        return false;
    fuzz_json_ws(&j);
    return j.i == j.len;
}

/* ------------------------------------------------------------------ */
/* A counting allocator that can fail the N-th allocation               */
/* ------------------------------------------------------------------ */

typedef struct fuzz_alloc {
    unsigned long calls;   /* malloc and realloc calls so far */
    unsigned long fail_at; /* fail this call (1-based); 0: never */
    long live;             /* blocks allocated and not yet freed */
    bool failed;           /* an allocation was refused */
} fuzz_alloc;

static inline void *fuzz_malloc(size_t size, void *ctx)
{
    fuzz_alloc *a = ctx;
    a->calls++;
    if (a->fail_at && a->calls == a->fail_at) {
        a->failed = true;
        return NULL;
    }
    void *p = malloc(size);
    if (p)
        a->live++;
    return p;
}

static inline void *fuzz_realloc(void *ptr, size_t size, void *ctx)
{
    fuzz_alloc *a = ctx;
    a->calls++;
    if (a->fail_at && a->calls == a->fail_at) {
        a->failed = true;
        return NULL;
    }
    void *p = realloc(ptr, size);
    if (p && !ptr)
        a->live++;
    return p;
}

static inline void fuzz_free(void *ptr, void *ctx)
{
    fuzz_alloc *a = ctx;
    if (ptr) {
        a->live--;
        free(ptr);
    }
}

static inline np_allocator fuzz_allocator(fuzz_alloc *a)
{
    np_allocator al = {fuzz_malloc, fuzz_realloc, fuzz_free, a};
    return al;
}

/* ------------------------------------------------------------------ */
/* Nodes as text, for comparing event streams with tree walks          */
/* ------------------------------------------------------------------ */

/* One line describing an event: event, type, line, flags, kind, the text
 * and source, and the types of the ancestors (which must be readable). */
static inline void fuzz_describe_event(fuzz_str *s, np_event_type ev, const np_node *node)
{
    fuzz_str_cstr(s, ev == NP_EVENT_ENTER ? "+" : ev == NP_EVENT_EXIT ? "-" : "?");
    fuzz_str_cstr(s, np_node_type_name(np_node_get_type(node)));
    fuzz_str_cstr(s, " ");
    fuzz_str_num(s, np_node_get_line(node));
    fuzz_str_cstr(s, " ");
    fuzz_str_num(s, np_node_get_flags(node));
    fuzz_str_cstr(s, " ");
    fuzz_str_cstr(s, np_credit_kind_name(np_node_get_credit_kind(node)));
    fuzz_str_cstr(s, np_furniture_kind_name(np_node_get_furniture_kind(node)));
    fuzz_str_cstr(s, " [");
    fuzz_str_add(s, np_node_get_text(node), np_node_get_text_len(node));
    fuzz_str_cstr(s, "] [");
    fuzz_str_cstr(s, np_node_get_source(node));
    fuzz_str_cstr(s, "] <");
    for (const np_node *p = np_node_parent(node); p; p = np_node_parent(p))
        fuzz_str_cstr(s, np_node_type_name(np_node_get_type(p)));
    fuzz_str_cstr(s, ">\n");
}

/* The events of an iterator walk over root, described as above. */
static inline void fuzz_describe_walk(fuzz_str *s, const np_node *root)
{
    np_iter it;
    np_iter_init(&it, root);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE)
        fuzz_describe_event(s, ev, np_iter_get_node(&it));
}

/* An event callback that records events (userdata: fuzz_str). */
static inline int fuzz_record_event(np_event_type ev, const np_node *node, void *userdata)
{
    FUZZ_CHECK(ev == NP_EVENT_ENTER || ev == NP_EVENT_EXIT);
    FUZZ_CHECK(node != NULL);
    fuzz_describe_event(userdata, ev, node);
    return 0;
}

/* ------------------------------------------------------------------ */
/* A small deterministic generator for chunk sizes                      */
/* ------------------------------------------------------------------ */

static inline uint32_t fuzz_rand(uint32_t *state)
{
    /* xorshift32; the state must not be 0 */
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

#endif /* NP_FUZZ_COMMON_H */
