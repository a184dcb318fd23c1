/* nptest.c - see nptest.h. */
#include "nptest.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unistr.h>

char *nt_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) {
        fclose(f);
        return NULL;
    }
    for (;;) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        cap *= 2;
        char *nb = realloc(buf, cap + 1);
        if (!nb) {
            free(buf);
            fclose(f);
            return NULL;
        }
        buf = nb;
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

const char *nt_path(const char *dir, const char *name)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return path;
}

np_node *nt_parse_n(const char *data, size_t len)
{
    np_node *doc = NULL;
    np_error err;
    np_status st = np_parse(data, len, NULL, &doc, &err);
    if (st != NP_OK)
        print_error("np_parse failed: %s (line %zu, offset %llu): %s\n", np_status_string(st), err.line,
                    (unsigned long long)err.offset, err.message);
    assert_int_equal(st, NP_OK);
    assert_non_null(doc);
    return doc;
}

np_node *nt_parse(const char *text)
{
    return nt_parse_n(text, strlen(text));
}

/* ------------------------------------------------------------------ */

typedef struct sbuf {
    char *p;
    size_t n, cap;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (b->n + n + 1 > cap)
            cap *= 2;
        char *np = realloc(b->p, cap);
        assert_non_null(np);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_puts(sbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

static void sb_printf(sbuf *b, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    assert_true(n >= 0 && (size_t)n < sizeof tmp);
    sb_put(b, tmp, (size_t)n);
}

static void outline_node(sbuf *b, const np_node *n, int depth, int furniture)
{
    np_node_type t = np_node_get_type(n);
    if (t == NP_NODE_FURNITURE && !furniture)
        return;
    if (t != NP_NODE_DOCUMENT) {
        for (int i = 0; i < depth; i++)
            sb_puts(b, "  ");
        sb_puts(b, np_node_type_name(t));
        if (t != NP_NODE_AUTHOR)
            sb_printf(b, " %zu", np_node_get_line(n));
        if (np_node_get_text_len(n) > 0) {
            sb_puts(b, " ");
            sb_put(b, np_node_get_text(n), np_node_get_text_len(n));
        }
        if (t == NP_NODE_CREDIT) {
            sb_printf(b, " {%s|", np_credit_kind_name(np_node_get_credit_kind(n)));
            sb_puts(b, np_node_get_source(n));
            sb_puts(b, "}");
        } else if (t == NP_NODE_FURNITURE) {
            sb_printf(b, " {%s|", np_furniture_kind_name(np_node_get_furniture_kind(n)));
            sb_puts(b, np_node_get_source(n));
            sb_puts(b, "}");
        }
        sb_puts(b, "\n");
        depth++;
    }
    for (const np_node *k = np_node_first_child(n); k; k = np_node_next(k))
        outline_node(b, k, depth, furniture);
}

static char *outline(const np_node *root, int furniture)
{
    sbuf b = {0};
    sb_puts(&b, "");
    outline_node(&b, root, 0, furniture);
    return b.p;
}

char *nt_outline(const np_node *root)
{
    return outline(root, 1);
}

char *nt_outline_content(const np_node *root)
{
    return outline(root, 0);
}

void nt_check_impl(const char *text, const char *expected, int furniture, const char *file, int line)
{
    np_node *doc = NULL;
    np_error err;
    np_status st = np_parse(text, strlen(text), NULL, &doc, &err);
    if (st != NP_OK) {
        print_error("np_parse failed: %s: %s\n", np_status_string(st), err.message);
        _assert_int_equal(st, NP_OK, file, line);
    }
    char *got = outline(doc, furniture);
    if (strcmp(got, expected) != 0)
        print_error("---- expected ----\n%s---- got ----\n%s------------------\n", expected, got);
    _assert_string_equal(got, expected, file, line);
    free(got);
    np_document_free(doc);
}

const np_node *nt_find(const np_node *root, np_node_type t, int nth)
{
    np_iter it;
    np_iter_init(&it, root);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE) {
        const np_node *n = np_iter_get_node(&it);
        if (ev == NP_EVENT_ENTER && np_node_get_type(n) == t && nth-- == 0)
            return n;
    }
    return NULL;
}

int nt_count(const np_node *root, np_node_type t)
{
    int c = 0;
    np_iter it;
    np_iter_init(&it, root);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE)
        if (ev == NP_EVENT_ENTER && np_node_get_type(np_iter_get_node(&it)) == t)
            c++;
    return c;
}

char *nt_json(const np_node *root, size_t *len)
{
    char *out = NULL;
    np_status st = np_render_string(root, NP_FORMAT_JSON, NULL, &out, len);
    assert_int_equal(st, NP_OK);
    assert_non_null(out);
    return out;
}

nt_page *nt_load_pages(int argc, char **argv, size_t *count)
{
    nt_page *pages = calloc((size_t)(argc > 1 ? argc : 1), sizeof *pages);
    size_t n = 0;
    if (!pages)
        exit(1);
    for (int i = 1; i < argc; i++) {
        size_t l = strlen(argv[i]);
        if (l < 4 || strcmp(argv[i] + l - 4, ".txt") != 0)
            continue;
        pages[n].path = argv[i];
        pages[n].index = n;
        const char *slash = strrchr(argv[i], '/');
        pages[n].name = slash ? slash + 1 : argv[i];
        pages[n].data = nt_read_file(argv[i], &pages[n].len);
        if (!pages[n].data) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            exit(1);
        }
        n++;
    }
    if (n == 0) {
        fprintf(stderr, "%s: no pages given (pass PAGE.txt files as arguments)\n", argv[0]);
        exit(1);
    }
    *count = n;
    return pages;
}

nt_char nt_char_at(uint32_t c)
{
    nt_char ch;
    memset(&ch, 0, sizeof ch);
    if (c >= 0xD800 && c <= 0xDFFF)
        c = 0xE000;
    ch.c = c;
    if (c <= 0x10FFFF)
        ch.len = (size_t)u8_uctomb((uint8_t *)ch.utf8, c, 4);
    return ch;
}

nt_char nt_char_after(nt_char ch)
{
    return nt_char_at(ch.c + 1);
}
