/*
 * test_timing - the parser and every renderer take time linear in their
 * input, on normal and on pathological pages, measured by TIME.
 *
 *     test_timing CORPUS_DIR
 *
 * test_linearity counts the parser's work; a renderer that walks back over
 * earlier siblings for every node (the HTML <header> test once did, 102 s
 * for 2.2 MB of bylines) allocates nothing and is only seen by timing it.
 *
 * Each input shape is built at a base size (1x) and at four times that
 * (4x).  For each, the parse (kept tree) and each format (json, jsonl,
 * html, markdown, text, outline) are timed in CPU time of this thread, at
 * 1x and at 4x, and the check is on the ratio of time per input byte, 4x
 * over 1x, taken within one run: it fails above MAX_RATIO (1.5).  A ratio
 * does not depend on how fast the machine is, and CPU time not on what
 * else it runs; to keep what noise is left out of the verdict, a sample is
 * the mean over repeated calls lasting at least MIN_SAMPLE_NS, the time
 * taken is the least of SAMPLES samples, and a ratio above the bound is
 * measured again (up to ATTEMPTS times) before it is reported.  A
 * quadratic cost gives a ratio near 4.
 *
 * "jsonl" is what `newsparse -f jsonl` does: NP_OPT_NO_TREE events, each
 * top-level node rendered as compact JSON from inside the callback; its
 * time includes the parse.
 *
 * NP_TIMING_SCALE (environment, default 1) multiplies the base sizes, for
 * a longer and steadier run by hand.  Every call starts with cold caches
 * (see evict_caches).  Prints the table in ms/MB (one MB is
 * 2^20 bytes) and `N passed, M failed`; exits 1 if any check failed.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "newsparse.h"
#include "npbytes.h"

#define MAX_RATIO 1.5
#define SAMPLES 9
#define ATTEMPTS 3
#define EVICT_BYTES ((size_t)64 << 20) /* twice the largest L3 cache of the CI machines */
#define LONG_CALL_NS 250000000.0 /* one call this long is one sample: noise is small beside it */
#define CHUNK ((size_t)64 << 10)
#define MIB 1048576.0

/* ------------------------------------------------------------------ */
/* Inputs                                                               */
/* ------------------------------------------------------------------ */

typedef struct shape {
    const char *name;
    void (*make)(nt_bytes *b, const nt_bytes *corpus, int n);
    int base; /* n at 1x (times NP_TIMING_SCALE) */
} shape;

/* n copies of the corpus pages. */
static void make_pages(nt_bytes *b, const nt_bytes *corpus, int n)
{
    for (int i = 0; i < n; i++)
        nt_bytes_add(b, corpus->data, corpus->len);
}

/* One line of n paragraphs' text. */
static void make_long_line(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, nt_para);
    nt_bytes_str(b, "\n");
}

/* n one-character lines, no blank lines. */
static void make_char_lines(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    nt_shape_char_lines(b, n);
}

/* An article whose paragraph is cut by n figures in a row. */
static void make_figures(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    nt_shape_figures(b, n);
}

/* n paragraph fragments that never end a sentence: one paragraph. */
static void make_fragments(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    nt_shape_fragments(b, n);
}

/* n short title-like lines, blank-separated. */
static void make_titles(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    nt_shape_titles(b, n);
}

/* n bylines in a row: one article opened by a run of title-like nodes
 * (the HTML renderer's <header> test was quadratic on it). */
static void make_bylines(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, "■ 张三\n");
}

/* n photo credits in a row. */
static void make_credits(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, "本报记者 郝雪松 摄\n");
}

/* n section heads, each with a short paragraph, in one article. */
static void make_section_heads(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    nt_bytes_str(b, "金华保险业多措并举助力市域治理现代化\n\n■ 沈超 章任艳\n\n");
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, "保险业是经济活动的一部分，更在社会治理。\n\n多举措助力“看病不愁”\n\n");
    nt_bytes_str(b, "保险业是经济活动的一部分，更在社会治理。\n");
}

/* n furniture lines (page numbers, dates, editors, jumps) in a row. */
static void make_furniture(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    static const char *const lines[] = {"第3版\n", "2024年6月3日 星期一\n", "责任编辑 甲\n",
                                        "（下转第二版）\n"};
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, lines[i % 4]);
}

/* One byline naming n authors. */
static void make_authors(nt_bytes *b, const nt_bytes *corpus, int n)
{
    (void)corpus;
    static const char *const names[] = {"沈超", "章任艳", "孙悦", "郝雪松"};
    nt_bytes_str(b, "金华保险业多措并举助力市域治理现代化\n\n■");
    for (int i = 0; i < n; i++) {
        nt_bytes_str(b, " ");
        nt_bytes_str(b, names[i % 4]);
    }
    nt_bytes_str(b, "\n\n保险业是经济活动的一部分。\n");
}

static const shape shapes[] = {
    {"corpus pages", make_pages, 12},
    {"one long line", make_long_line, 2500},
    {"one-character lines", make_char_lines, 250000},
    {"figures in a row", make_figures, 12000},
    {"fragments of one paragraph", make_fragments, 8000},
    {"title-like lines", make_titles, 25000},
    {"bylines in a row", make_bylines, 20000},
    {"credits in a row", make_credits, 40000},
    {"section heads", make_section_heads, 12000},
    {"furniture lines", make_furniture, 50000},
    {"one byline, many authors", make_authors, 100000},
};

#define NSHAPES (sizeof shapes / sizeof *shapes)

/* ------------------------------------------------------------------ */
/* What is timed                                                        */
/* ------------------------------------------------------------------ */

typedef struct input {
    const char *data;
    size_t len;
    np_node *doc;
} input;

/* The timed operations: the parse, then the formats. */
enum { OP_PARSE, OP_JSON, OP_JSONL, OP_HTML, OP_MARKDOWN, OP_TEXT, OP_OUTLINE, OP_COUNT };
static const char *const op_names[OP_COUNT] = {"parse", "json",     "jsonl",  "html",
                                               "markdown", "text", "outline"};

static int discard(const char *data, size_t len, void *userdata)
{
    (void)data;
    *(size_t *)userdata += len;
    return 0;
}

static np_node *parse_tree(const char *data, size_t len)
{
    np_parser *p = np_parser_new(NULL);
    if (p == NULL)
        return NULL;
    np_status st = NP_OK;
    for (size_t off = 0; off < len && st == NP_OK; off += CHUNK)
        st = np_parser_feed(p, data + off, len - off < CHUNK ? len - off : CHUNK);
    np_node *doc = NULL;
    if (st == NP_OK)
        st = np_parser_finish(p, &doc);
    np_parser_free(p);
    return st == NP_OK ? doc : NULL;
}

/* The jsonl callback: each top-level node as one compact JSON line. */
static int jsonl_event(np_event_type ev, const np_node *node, void *userdata)
{
    if (ev != NP_EVENT_EXIT || np_node_get_type(np_node_parent(node)) != NP_NODE_DOCUMENT)
        return 0;
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = NP_RENDER_COMPACT;
    return np_render(node, NP_FORMAT_JSON, &ro, discard, userdata) != NP_OK ||
           discard("\n", 1, userdata) != 0;
}

static bool parse_jsonl(const char *data, size_t len, size_t *out)
{
    np_options o;
    np_options_init(&o);
    o.flags = NP_OPT_NO_TREE;
    o.on_event = jsonl_event;
    o.userdata = out;
    np_parser *p = np_parser_new(&o);
    if (p == NULL)
        return false;
    np_status st = NP_OK;
    for (size_t off = 0; off < len && st == NP_OK; off += CHUNK)
        st = np_parser_feed(p, data + off, len - off < CHUNK ? len - off : CHUNK);
    if (st == NP_OK)
        st = np_parser_finish(p, NULL);
    np_parser_free(p);
    return st == NP_OK;
}

static bool run_op(int op, const input *in)
{
    static const np_format formats[OP_COUNT] = {NP_FORMAT_JSON,     NP_FORMAT_JSON, NP_FORMAT_JSON,
                                                NP_FORMAT_HTML,     NP_FORMAT_MARKDOWN,
                                                NP_FORMAT_TEXT,     NP_FORMAT_OUTLINE};
    size_t out = 0;
    if (op == OP_PARSE) {
        np_node *doc = parse_tree(in->data, in->len);
        np_document_free(doc);
        return doc != NULL;
    }
    if (op == OP_JSONL)
        return parse_jsonl(in->data, in->len, &out);
    np_render_options ro;
    np_render_options_init(&ro);
    /* Furniture shown, so that every node is rendered. */
    ro.flags = NP_RENDER_FURNITURE;
    return np_render(in->doc, formats[op], &ro, discard, &out) == NP_OK;
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/*
 * Write every cache line of the eviction buffer, so that the call timed
 * next starts with cold caches.  A call at 1x would otherwise find its
 * input and tree in the cache, left there by the call before it, and a
 * call at 4x would not: a difference of the machine, up to 1.5 times per
 * byte, and not of the code timed.
 */
static void evict_caches(unsigned char *evict)
{
    for (size_t i = 0; i < EVICT_BYTES; i += 64)
        evict[i]++;
}

/* The time of one call of op on in, with cold caches, in ns; negative
 * when the operation failed. */
static double sample_op(int op, const input *in, unsigned char *evict)
{
    evict_caches(evict);
    double start = now_ns();
    if (!run_op(op, in))
        return -1;
    return now_ns() - start;
}

/*
 * Times op at 1x (t[0]) and 4x (t[1]): the least of SAMPLES samples each,
 * taken in turn (1x, 4x, 1x, ...) so that what else the machine does
 * weighs on both alike.  False when the operation failed.
 */
static bool time_op(int op, const input in[2], unsigned char *evict, double t[2])
{
    t[0] = t[1] = -1;
    for (int s = 0; s < SAMPLES; s++) {
        for (int k = 0; k < 2; k++) {
            double v = sample_op(op, &in[k], evict);
            if (v < 0)
                return false;
            if (t[k] < 0 || v < t[k])
                t[k] = v;
        }
        if (t[1] >= LONG_CALL_NS)
            break;
    }
    return t[0] > 0;
}

static double ms_per_mib(double ns, size_t len)
{
    return ns / 1e6 / ((double)len / MIB);
}

/* ------------------------------------------------------------------ */

/*
 * glibc gives large blocks back to the system when they are freed, so that
 * each call at 4x (blocks of megabytes) pays page faults again for what a
 * call at 1x finds in the heap: a cost of the allocator, not of the code
 * timed, that made a linear parse look 1.4 to 1.8 times slower per byte.
 * Blocks up to the largest mmap threshold glibc allows stay in the heap.
 */
static void keep_freed_memory(void)
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
}

static int scale_from_env(void)
{
    const char *s = getenv("NP_TIMING_SCALE");
    if (s == NULL || *s == '\0')
        return 1;
    char *end;
    long v = strtol(s, &end, 10);
    return *end == '\0' && v >= 1 && v <= 64 ? (int)v : 1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_timing CORPUS_DIR\n");
        return 2;
    }
    keep_freed_memory();
    unsigned char *evict = calloc(EVICT_BYTES, 1);
    if (evict == NULL) {
        fprintf(stderr, "test_timing: out of memory\n");
        return 2;
    }
    int scale = scale_from_env();
    int passed = 0, failed = 0;
    nt_bytes corpus = nt_load_pages(argv[1], NULL);
    printf("CPU time per input MiB (ms/MB) at 1x and 4x, and the ratio 4x/1x (fails above %.2f)\n",
           MAX_RATIO);
    printf("%-28s %-9s %10s %10s %10s %7s\n", "input", "op", "bytes 1x", "ms/MB 1x", "ms/MB 4x",
           "ratio");
    for (size_t i = 0; i < NSHAPES; i++) {
        const shape *sh = &shapes[i];
        nt_bytes b[2] = {{0}, {0}};
        sh->make(&b[0], &corpus, sh->base * scale);
        sh->make(&b[1], &corpus, 4 * sh->base * scale);
        input in[2];
        bool ok = true;
        for (int k = 0; k < 2; k++) {
            in[k] = (input){b[k].data, b[k].len, parse_tree(b[k].data, b[k].len)};
            ok = ok && in[k].doc != NULL;
        }
        if (!ok) {
            printf("FAIL %s: the parse failed\n", sh->name);
            failed++;
        }
        for (int op = 0; op < OP_COUNT && ok; op++) {
            double t[2] = {0, 0}, ratio = 0;
            bool timed = false;
            for (int a = 0; a < ATTEMPTS; a++) {
                timed = time_op(op, in, evict, t);
                if (!timed)
                    break;
                ratio = ms_per_mib(t[1], in[1].len) / ms_per_mib(t[0], in[0].len);
                if (ratio <= MAX_RATIO)
                    break;
            }
            double t1 = t[0], t4 = t[1];
            if (!timed) {
                printf("FAIL %s, %s: the operation failed\n", sh->name, op_names[op]);
                failed++;
                continue;
            }
            printf("%-28s %-9s %10zu %10.2f %10.2f %7.2f\n", op == 0 ? sh->name : "",
                   op_names[op], in[0].len, ms_per_mib(t1, in[0].len), ms_per_mib(t4, in[1].len),
                   ratio);
            if (ratio > MAX_RATIO) {
                printf("FAIL %s, %s: time per byte grows %.2f times from 1x to 4x\n", sh->name,
                       op_names[op], ratio);
                failed++;
            } else {
                passed++;
            }
        }
        fflush(stdout);
        for (int k = 0; k < 2; k++) {
            np_document_free(in[k].doc);
            free(b[k].data);
        }
    }
    free(corpus.data);
    free(evict);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
