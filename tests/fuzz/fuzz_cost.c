/*
 * fuzz_cost.c - inputs whose cost per byte is far above the corpus's.
 *
 * A quadratic walk, a blow-up in a renderer or a leak that grows with the
 * input shows up as work per input byte far above what real pages cost.
 * Time would say so too, but not the same way twice; this harness counts
 * work instead, so that a finding replays exactly:
 *
 *   allocs   allocator calls (malloc_fn and realloc_fn hooks)
 *   bytes    bytes asked of the allocator, in all
 *   peak     the most bytes held at once
 *   output   bytes written by every renderer (JSON, compact JSON, outline,
 *            HTML, Markdown, text at widths 72 and 8, with furniture)
 *
 * The baseline is measured once, the first time the harness runs, on the
 * pages of tests/corpus (NP_COST_CORPUS_DIR, compiled in): for each count
 * a fixed part (the cost of an empty page) and a per-byte rate (the
 * highest of any corpus page).  An input of n bytes fails, with the count
 * and both numbers printed, when a count exceeds
 *
 *     COST_FACTOR * (fixed + rate * n)
 *
 * COST_FACTOR (64) is above every linear shape measured: the shapes of
 * tests/linearity and the cheapest lines there are (one-byte lines, "a" LF
 * repeated, a node every two bytes) cost at most 27 times the corpus's
 * rate (peak bytes), runs of bylines, credits, figures or furniture 2 to
 * 15 times, real pages of tests/pages 1 to 3 times; a step that is
 * quadratic in memory or output reaches thousands on the 32 KB inputs the
 * fuzzer makes.  Events are not counted: two per node, and a node per line
 * or author, bound them by the input.  Neither is time: a walk that is
 * quadratic in CPU alone (the HTML <header> look-back of issue 16) costs
 * no allocation; tests/linearity/test_timing and libFuzzer's -timeout
 * catch that.  NP_COST_FACTOR in the environment overrides it (the ctest
 * self-test sets 1, which a page of one-character lines must fail), and
 * NP_COST_REPORT prints every count as a multiple of its limit at factor 1.
 *
 * The header is fuzz_common.h's; only bit 1 (NP_OPT_REPLACE_INVALID)
 * counts, and it is always set for the cost run so that damaged inputs
 * are measured too.
 */
#include <dirent.h>

#include "fuzz_common.h"

#ifndef NP_COST_CORPUS_DIR
#error "NP_COST_CORPUS_DIR must name tests/corpus"
#endif

#define COST_FACTOR 64.0

enum { C_ALLOCS, C_BYTES, C_PEAK, C_OUTPUT, C_COUNT };
static const char *const cost_names[C_COUNT] = {"allocs", "bytes", "peak", "output"};

typedef struct costs {
    double v[C_COUNT];
    size_t live;
} costs;

/* A size header in front of every block, so that free knows how much is
 * given back and the peak can be kept. */
typedef union block_head {
    size_t size;
    max_align_t align;
} block_head;

static void *cost_malloc(size_t size, void *ctx)
{
    costs *c = ctx;
    c->v[C_ALLOCS]++;
    c->v[C_BYTES] += (double)size;
    block_head *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    c->live += size;
    if ((double)c->live > c->v[C_PEAK])
        c->v[C_PEAK] = (double)c->live;
    return h + 1;
}

static void cost_free(void *ptr, void *ctx)
{
    costs *c = ctx;
    if (!ptr)
        return;
    block_head *h = (block_head *)ptr - 1;
    c->live -= h->size;
    free(h);
}

static void *cost_realloc(void *ptr, size_t size, void *ctx)
{
    costs *c = ctx;
    if (!ptr)
        return cost_malloc(size, ctx);
    block_head *old = (block_head *)ptr - 1;
    size_t old_size = old->size;
    c->v[C_ALLOCS]++;
    c->v[C_BYTES] += (double)size;
    block_head *h = realloc(old, sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    c->live = c->live - old_size + size;
    if ((double)c->live > c->v[C_PEAK])
        c->v[C_PEAK] = (double)c->live;
    return h + 1;
}

static int count_output(const char *data, size_t len, void *userdata)
{
    (void)data;
    ((costs *)userdata)->v[C_OUTPUT] += (double)len;
    return 0;
}

/* Parse and render text[0, len) and count what it cost. */
static costs measure(const char *text, size_t len)
{
    costs c;
    memset(&c, 0, sizeof c);
    np_allocator a = {cost_malloc, cost_realloc, cost_free, &c};
    np_options o;
    np_options_init(&o);
    o.flags = NP_OPT_REPLACE_INVALID;
    o.allocator = &a;
    np_node *doc = NULL;
    np_status st = np_parse(text, len, &o, &doc, NULL);
    FUZZ_CHECK(st == NP_OK || st == NP_ERR_NOMEM || st == NP_ERR_LIMIT_LINE);
    if (!doc)
        return c;
    static const struct {
        np_format format;
        unsigned flags;
        int width;
    } renders[] = {
        {NP_FORMAT_JSON, 0, 0},
        {NP_FORMAT_JSON, NP_RENDER_COMPACT, 0},
        {NP_FORMAT_OUTLINE, 0, 0},
        {NP_FORMAT_HTML, NP_RENDER_FURNITURE, 0},
        {NP_FORMAT_MARKDOWN, NP_RENDER_FURNITURE, 0},
        {NP_FORMAT_TEXT, NP_RENDER_FURNITURE, 72},
        {NP_FORMAT_TEXT, NP_RENDER_FURNITURE, 8},
    };
    for (size_t i = 0; i < sizeof renders / sizeof renders[0]; i++) {
        np_render_options ro;
        np_render_options_init(&ro);
        ro.flags = renders[i].flags;
        ro.width = renders[i].width;
        np_render(doc, renders[i].format, &ro, count_output, &c);
    }
    np_document_free(doc);
    FUZZ_CHECK(c.live == 0); /* everything given back */
    return c;
}

typedef struct baseline {
    double fixed[C_COUNT];
    double rate[C_COUNT];
    double factor;
    int pages;
} baseline;

static bool read_whole(const char *path, fuzz_str *s)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        fuzz_str_add(s, buf, n);
    fclose(f);
    return true;
}

/* The corpus pages' costs: the fixed part and the highest rate. */
static void measure_baseline(baseline *b)
{
    costs empty = measure("", 0);
    for (int k = 0; k < C_COUNT; k++)
        b->fixed[k] = empty.v[k] > 1 ? empty.v[k] : 1;
    DIR *d = opendir(NP_COST_CORPUS_DIR);
    FUZZ_CHECK(d != NULL);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 4, ".txt") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", NP_COST_CORPUS_DIR, e->d_name);
        fuzz_str s = {NULL, 0, 0};
        if (read_whole(path, &s) && s.len > 0) {
            costs c = measure(s.data, s.len);
            for (int k = 0; k < C_COUNT; k++) {
                double r = (c.v[k] - b->fixed[k]) / (double)s.len;
                if (r > b->rate[k])
                    b->rate[k] = r;
            }
            b->pages++;
        }
        free(s.data);
    }
    closedir(d);
    FUZZ_CHECK(b->pages > 0);
    const char *env = getenv("NP_COST_FACTOR");
    b->factor = env && atof(env) > 0 ? atof(env) : COST_FACTOR;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static baseline base; /* measured once: the harness's own state, not the library's */
    static bool measured;
    if (!measured) {
        measure_baseline(&base);
        measured = true;
    }
    fuzz_input in = fuzz_split(data, size);
    costs c = measure(in.text, in.len);
    if (getenv("NP_COST_REPORT")) {
        /* how many times the corpus's cost each count is (for choosing COST_FACTOR) */
        fprintf(stderr, "fuzz_cost: %zu bytes:", in.len);
        for (int k = 0; k < C_COUNT; k++)
            fprintf(stderr, " %s %.2f", cost_names[k],
                    c.v[k] / (base.fixed[k] + base.rate[k] * (double)in.len));
        fprintf(stderr, "\n");
    }
    for (int k = 0; k < C_COUNT; k++) {
        double limit = base.factor * (base.fixed[k] + base.rate[k] * (double)in.len);
        if (c.v[k] > limit) {
            fprintf(stderr,
                    "fuzz_cost: %s %.0f for %zu bytes, above %.0f x (%.1f + %.3f per byte) = %.0f "
                    "(the corpus, %d pages)\n",
                    cost_names[k], c.v[k], in.len, base.factor, base.fixed[k], base.rate[k], limit,
                    base.pages);
            abort();
        }
    }
    return 0;
}
