/*
 * test_linearity - the parser's work grows linearly with its input, on
 * normal and on pathological pages, measured by COUNTING, never by time.
 *
 *     test_linearity CORPUS_DIR
 *
 * Each input is built at a base size (1x) and at four times that (4x) and
 * parsed twice through a counting allocator (np_options.allocator):
 *
 *   events  NP_OPT_NO_TREE, 64 KiB feeds, a callback that counts events and
 *           the text bytes of the nodes they carry;
 *   tree    the kept tree, then rendered as JSON to a writer that counts.
 *
 * Counted per run: allocator calls (malloc + realloc), bytes requested from
 * the allocator (the sum of every malloc and realloc size: a buffer that
 * grows by a constant step instead of geometrically makes this quadratic),
 * the peak of live bytes, events, event text bytes, JSON bytes.
 *
 * Checks, for each input and mode (ratios are per input byte, 4x over 1x):
 *   - allocator calls, nt_bytes requested, events, event text bytes and JSON
 *     bytes per input byte at 4x are at most SLACK (1.25) times those at 1x
 *     (plus a small constant for fixed costs);
 *   - tree mode: peak live bytes per input byte likewise;
 *   - event mode: the peak of live bytes does not grow with the input when
 *     the longest line, paragraph and article stay the same (4x peak <= 1x
 *     peak * 1.10 + 64 KiB); where they grow with the input (one long line,
 *     one paragraph of many fragments, one article of many figures or
 *     bylines: an article is delivered whole at its EXIT, so it is held
 *     until then) it may grow, linearly.
 *
 * Prints a table of the counts, one line per failed check, and
 * `N passed, M failed`; exits 1 if any check failed.  No timing is taken.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsparse.h"
#include "npbytes.h"

#define CHUNK ((size_t)64 << 10)
#define SLACK 1.25

static int g_passed, g_failed;

/* ------------------------------------------------------------------ */
/* A counting allocator                                                 */
/* ------------------------------------------------------------------ */

typedef struct counts {
    uint64_t calls;     /* malloc and realloc calls */
    uint64_t requested; /* bytes asked for, summed over the calls */
    uint64_t live, peak;
    uint64_t events, event_text;
    uint64_t json;
} counts;

/* A header before each block holds its size; it keeps max alignment. */
typedef union header {
    size_t size;
    max_align_t align;
} header;

static void *count_malloc(size_t size, void *ctx)
{
    counts *c = ctx;
    header *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    c->calls++;
    c->requested += size;
    c->live += size;
    if (c->live > c->peak)
        c->peak = c->live;
    return h + 1;
}

static void *count_realloc(void *ptr, size_t size, void *ctx)
{
    if (!ptr)
        return count_malloc(size, ctx);
    counts *c = ctx;
    header *old = (header *)ptr - 1;
    size_t old_size = old->size;
    header *h = realloc(old, sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    c->calls++;
    c->requested += size;
    c->live = c->live - old_size + size;
    if (c->live > c->peak)
        c->peak = c->live;
    return h + 1;
}

static void count_free(void *ptr, void *ctx)
{
    if (!ptr)
        return;
    counts *c = ctx;
    header *h = (header *)ptr - 1;
    c->live -= h->size;
    free(h);
}

static int count_event(np_event_type ev, const np_node *node, void *userdata)
{
    counts *c = userdata;
    c->events++;
    if (ev == NP_EVENT_ENTER)
        c->event_text += np_node_get_text_len(node);
    return 0;
}

static int count_write(const char *data, size_t len, void *userdata)
{
    (void)data;
    ((counts *)userdata)->json += len;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */
/* ------------------------------------------------------------------ */

static bool parse_counted(const char *buf, size_t len, bool tree, counts *c)
{
    memset(c, 0, sizeof *c);
    np_allocator a = {count_malloc, count_realloc, count_free, c};
    np_options o;
    np_options_init(&o);
    o.allocator = &a;
    if (!tree) {
        o.flags = NP_OPT_NO_TREE;
        o.on_event = count_event;
        o.userdata = c;
    }
    np_parser *p = np_parser_new(&o);
    if (!p)
        return false;
    np_status st = NP_OK;
    for (size_t off = 0; off < len && st == NP_OK; off += CHUNK)
        st = np_parser_feed(p, buf + off, len - off < CHUNK ? len - off : CHUNK);
    np_node *doc = NULL;
    if (st == NP_OK)
        st = np_parser_finish(p, tree ? &doc : NULL);
    if (st != NP_OK) {
        const np_error *e = np_parser_error(p);
        printf("  parse failed: %s (line %zu)\n", np_status_string(st), e->line);
        np_parser_free(p);
        return false;
    }
    np_parser_free(p);
    if (tree) {
        if (np_render(doc, NP_FORMAT_JSON, NULL, count_write, c) != NP_OK) {
            np_document_free(doc);
            return false;
        }
        np_document_free(doc);
    }
    if (c->live != 0) {
        printf("  %llu bytes still allocated after the parse\n", (unsigned long long)c->live);
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Inputs                                                               */
/* ------------------------------------------------------------------ */

typedef struct shape {
    const char *name;
    bool grows; /* its longest line, paragraph or article grows with it */
    void (*make)(nt_bytes *b, const nt_bytes *corpus, int scale);
} shape;

/* The corpus pages, 4 copies per scale step. */
static void make_pages(nt_bytes *b, const nt_bytes *corpus, int scale)
{
    for (int i = 0; i < 4 * scale; i++)
        nt_bytes_add(b, corpus->data, corpus->len);
}

/* One line of 256 KiB per scale step. */
static void make_long_line(nt_bytes *b, const nt_bytes *corpus, int scale)
{
    (void)corpus;
    size_t target = (size_t)scale << 18;
    while (b->len < target)
        nt_bytes_str(b, nt_para);
    nt_bytes_str(b, "\n");
}

/* 20,000 one-character lines per scale step, no blank lines. */
static void make_char_lines(nt_bytes *b, const nt_bytes *corpus, int scale)
{
    (void)corpus;
    nt_shape_char_lines(b, 20000 * scale);
}

/* A paragraph cut by 250 figures in a row per scale step (caption with a
 * glued credit, three blank lines around each), then its end. */
static void make_figures(nt_bytes *b, const nt_bytes *corpus, int scale)
{
    (void)corpus;
    nt_shape_figures(b, 250 * scale);
}

/* 100,000 blank lines (some holding white space) per scale step, then text. */
static void make_blank_lines(nt_bytes *b, const nt_bytes *corpus, int scale)
{
    (void)corpus;
    nt_bytes_str(b, "标题\n");
    for (int i = 0; i < 100000 * scale; i++)
        nt_bytes_str(b, i % 3 == 0 ? "\n" : i % 3 == 1 ? " \t\n" : "\xE3\x80\x80\n");
    nt_bytes_str(b, nt_para);
    nt_bytes_str(b, "\n");
}

/* 4,000 paragraph fragments per scale step that never end a sentence:
 * one paragraph re-joined from all of them. */
static void make_fragments(nt_bytes *b, const nt_bytes *corpus, int scale)
{
    (void)corpus;
    nt_shape_fragments(b, 4000 * scale);
}

/* 10,000 short title-like lines per scale step, blank-separated. */
static void make_titles(nt_bytes *b, const nt_bytes *corpus, int scale)
{
    (void)corpus;
    nt_shape_titles(b, 10000 * scale);
}

/* 20,000 byline-shaped and credit-shaped lines per scale step. */
static void make_bylines(nt_bytes *b, const nt_bytes *corpus, int scale)
{
    (void)corpus;
    for (int i = 0; i < 20000 * scale; i++)
        nt_bytes_str(b, i % 2 ? "■ 沈超 章任艳\n" : "本报记者 郝雪松 摄\n");
}

static const shape shapes[] = {
    {"corpus pages", false, make_pages},
    {"one long line", true, make_long_line},
    {"one-character lines", false, make_char_lines},
    {"figures in a row", true, make_figures},
    {"blank lines", false, make_blank_lines},
    {"fragments of one paragraph", true, make_fragments},
    {"title-like lines", false, make_titles},
    {"byline and credit lines", true, make_bylines},
};

/* ------------------------------------------------------------------ */
/* Checks                                                               */
/* ------------------------------------------------------------------ */

static void check(bool ok, const char *name, const char *mode, const char *what, double v1,
                  double v4, const char *unit)
{
    if (ok) {
        g_passed++;
        return;
    }
    g_failed++;
    printf("FAIL %s, %s: %s grows faster than the input: %.4g -> %.4g %s\n", name, mode, what, v1,
           v4, unit);
}

/* x4 per byte <= SLACK * x1 per byte, with `fixed` units of fixed cost allowed. */
static bool per_byte_bounded(uint64_t x1, size_t len1, uint64_t x4, size_t len4, double fixed)
{
    double a = (double)x1 / (double)len1, b = (double)x4 / (double)len4;
    return b <= SLACK * a + fixed / (double)len4;
}

static void compare(const shape *in, const char *mode, bool tree, const counts *c1, size_t len1,
                    const counts *c4, size_t len4)
{
    struct {
        const char *what;
        uint64_t a, b;
        double fixed;
    } per_byte[] = {
        {"allocator calls", c1->calls, c4->calls, 64},
        {"bytes requested", c1->requested, c4->requested, 256 << 10},
        {"events", c1->events, c4->events, 16},
        {"event text bytes", c1->event_text, c4->event_text, 1024},
        {"JSON bytes", c1->json, c4->json, 1024},
        {"tree peak live bytes", c1->peak, c4->peak, 256 << 10},
    };
    size_t n = sizeof per_byte / sizeof *per_byte;
    for (size_t i = 0; i < n; i++) {
        if (!tree && i == 5)
            continue; /* event-mode peak: below */
        check(per_byte_bounded(per_byte[i].a, len1, per_byte[i].b, len4, per_byte[i].fixed), in->name,
              mode, per_byte[i].what, (double)per_byte[i].a / (double)len1,
              (double)per_byte[i].b / (double)len4, "per input byte");
    }
    if (!tree) {
        if (in->grows)
            check(per_byte_bounded(c1->peak, len1, c4->peak, len4, 256 << 10), in->name, mode,
                  "peak live bytes", (double)c1->peak / (double)len1, (double)c4->peak / (double)len4,
                  "per input byte");
        else
            check((double)c4->peak <= 1.10 * (double)c1->peak + 65536.0, in->name, mode,
                  "peak live bytes (bounded memory)", (double)c1->peak, (double)c4->peak, "bytes");
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_linearity CORPUS_DIR\n");
        return 2;
    }
    nt_bytes corpus = nt_load_pages(argv[1], NULL);
    printf("Work per input byte at 1x and 4x (calls = allocator calls, req = bytes\n"
           "requested, peak = peak live bytes; events/text/json per byte)\n");
    printf("%-28s %-6s %9s %8s %8s %8s %10s %8s %8s %8s\n", "input", "mode", "bytes", "calls/KB",
           "req/B", "peak/B", "peak", "ev/KB", "text/B", "json/B");
    for (size_t i = 0; i < sizeof shapes / sizeof *shapes; i++) {
        const shape *in = &shapes[i];
        nt_bytes b1 = {0}, b4 = {0};
        in->make(&b1, &corpus, 1);
        in->make(&b4, &corpus, 4);
        for (int t = 0; t < 2; t++) {
            bool tree = t == 1;
            const char *mode = tree ? "tree" : "events";
            counts c[2];
            const nt_bytes *bs[2] = {&b1, &b4};
            bool ok = true;
            for (int k = 0; k < 2; k++) {
                ok = parse_counted(bs[k]->data, bs[k]->len, tree, &c[k]) && ok;
                double L = (double)bs[k]->len;
                printf("%-28s %-6s %9zu %8.3f %8.3f %8.3f %10llu %8.3f %8.3f %8.3f\n",
                       k == 0 ? in->name : "  (4x)", mode, bs[k]->len, (double)c[k].calls * 1024 / L,
                       (double)c[k].requested / L, (double)c[k].peak / L,
                       (unsigned long long)c[k].peak, (double)c[k].events * 1024 / L,
                       (double)c[k].event_text / L, (double)c[k].json / L);
            }
            if (!ok) {
                g_failed++;
                printf("FAIL %s, %s: the parse failed or leaked\n", in->name, mode);
                continue;
            }
            g_passed++;
            compare(in, mode, tree, &c[0], b1.len, &c[1], b4.len);
        }
        free(b1.data);
        free(b4.data);
    }
    free(corpus.data);
    printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed ? 1 : 0;
}
