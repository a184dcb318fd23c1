/*
 * npbench - throughput, memory and linearity of libnewsparse against its
 * floor (memchr, u8_check) and two peers (md4c, cmark) on the same bytes.
 *
 *     build-bench/tests/bench/npbench [--size MB] [--reps N] [options]
 *
 * See tests/bench/README.md for what each figure means and the targets.
 * Every timing is the median of --reps repetitions over an input built in
 * memory (and touched) before timing; every memory figure comes from a
 * fresh child process (fork) that streams its input from a generator.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <unistr.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "newsparse.h"
#include "npbytes.h"

#ifdef NPB_HAVE_CMARK
#include <cmark.h>
#endif
#ifdef NPB_HAVE_MD4C
#include <md4c.h>
#endif

#ifndef NPB_CORPUS_DIR
#define NPB_CORPUS_DIR "tests/corpus"
#endif

#define MB ((size_t)1 << 20)
#define CHUNK ((size_t)64 << 10)

/* CPU time of this process by default: on a shared machine it is far less
 * noisy than wall time; --wall switches to CLOCK_MONOTONIC. */
static clockid_t g_clock = CLOCK_PROCESS_CPUTIME_ID;

/* ------------------------------------------------------------------ */
/* Options                                                              */
/* ------------------------------------------------------------------ */

typedef struct bench_opts {
    double size_mb;     /* main input */
    int reps;
    double small_mb;    /* 1-byte feeds */
    double mem_small_mb, mem_big_mb, mem_tree_mb;
    double line_mb;     /* the single-line pathological input */
    long nlines;        /* the one-character-lines input */
    long nfigures;      /* figures in a row */
    const char *corpus;
    bool skip_mem, skip_patho;
} bench_opts;

static const char usage_text[] =
    "usage: npbench [--size MB] [--reps N] [options]\n"
    "  --size MB        main input, built by repeating the corpus pages (default 100)\n"
    "  --reps N         repetitions; each figure is the median (default 5)\n"
    "  --small MB       input for the 1-byte-chunk run (default 8)\n"
    "  --mem-small MB   event-mode memory, small input (default 10)\n"
    "  --mem-big MB     event-mode memory, large input (default 1024)\n"
    "  --mem-tree MB    tree-mode memory input (default: --size)\n"
    "  --line-mb MB     pathological single line (default 50)\n"
    "  --lines N        pathological one-character lines (default 1000000)\n"
    "  --figures N      pathological figures in a row (default 1000)\n"
    "  --corpus DIR     pages to repeat (default " NPB_CORPUS_DIR ")\n"
    "  --quick          small sizes for a smoke run (--size 16 --reps 3 --small 2\n"
    "                   --mem-big 64 --line-mb 8 --lines 200000)\n"
    "  --wall           time with the wall clock (default: process CPU time)\n"
    "  --no-mem         skip the memory section\n"
    "  --no-patho       skip the pathological-inputs section\n";

static double arg_num(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc) {
        fprintf(stderr, "npbench: %s needs a value\n%s", argv[*i], usage_text);
        exit(2);
    }
    char *end;
    double v = strtod(argv[++*i], &end);
    if (*end != '\0' || !(v > 0)) {
        fprintf(stderr, "npbench: bad value for %s: %s\n", argv[*i - 1], argv[*i]);
        exit(2);
    }
    return v;
}

static void parse_args(int argc, char **argv, bench_opts *o)
{
    o->size_mb = 100;
    o->reps = 5;
    o->small_mb = 8;
    o->mem_small_mb = 10;
    o->mem_big_mb = 1024;
    o->mem_tree_mb = 0;
    o->line_mb = 50;
    o->nlines = 1000000;
    o->nfigures = 1000;
    o->corpus = NPB_CORPUS_DIR;
    o->skip_mem = o->skip_patho = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--size"))
            o->size_mb = arg_num(argc, argv, &i);
        else if (!strcmp(a, "--reps"))
            o->reps = (int)arg_num(argc, argv, &i);
        else if (!strcmp(a, "--small"))
            o->small_mb = arg_num(argc, argv, &i);
        else if (!strcmp(a, "--mem-small"))
            o->mem_small_mb = arg_num(argc, argv, &i);
        else if (!strcmp(a, "--mem-big"))
            o->mem_big_mb = arg_num(argc, argv, &i);
        else if (!strcmp(a, "--mem-tree"))
            o->mem_tree_mb = arg_num(argc, argv, &i);
        else if (!strcmp(a, "--line-mb"))
            o->line_mb = arg_num(argc, argv, &i);
        else if (!strcmp(a, "--lines"))
            o->nlines = (long)arg_num(argc, argv, &i);
        else if (!strcmp(a, "--figures"))
            o->nfigures = (long)arg_num(argc, argv, &i);
        else if (!strcmp(a, "--corpus")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "npbench: --corpus needs a value\n");
                exit(2);
            }
            o->corpus = argv[++i];
        } else if (!strcmp(a, "--quick")) {
            o->size_mb = 16;
            o->reps = 3;
            o->small_mb = 2;
            o->mem_big_mb = 64;
            o->line_mb = 8;
            o->nlines = 200000;
        } else if (!strcmp(a, "--no-mem"))
            o->skip_mem = true;
        else if (!strcmp(a, "--no-patho"))
            o->skip_patho = true;
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage_text, stdout);
            exit(0);
        } else {
            fprintf(stderr, "npbench: unknown option %s\n%s", a, usage_text);
            exit(2);
        }
    }
    if (o->reps < 1)
        o->reps = 1;
    if (o->mem_tree_mb == 0)
        o->mem_tree_mb = o->size_mb;
}

/* ------------------------------------------------------------------ */
/* Small helpers                                                        */
/* ------------------------------------------------------------------ */

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "npbench: out of memory (%zu bytes)\n", n);
        exit(1);
    }
    return p;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(g_clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Keeps results alive so that nothing is optimised away. */
static volatile uint64_t g_sink;

/* ------------------------------------------------------------------ */
/* The corpus and the inputs built from it                              */
/* ------------------------------------------------------------------ */

/* At least `size` bytes: whole copies of the unit, written (so touched) now. */
static nt_bytes repeat_unit(const nt_bytes *unit, size_t size)
{
    size_t copies = (size + unit->len - 1) / unit->len;
    if (copies == 0)
        copies = 1;
    nt_bytes b;
    b.len = b.cap = copies * unit->len;
    b.data = xmalloc(b.len);
    for (size_t i = 0; i < copies; i++)
        memcpy(b.data + i * unit->len, unit->data, unit->len);
    return b;
}

/* A generator of the same bytes as repeat_unit, a chunk at a time. */
typedef struct generator {
    const nt_bytes *unit;
    uint64_t total, pos;
} generator;

static void gen_init(generator *g, const nt_bytes *unit, uint64_t size)
{
    uint64_t copies = (size + unit->len - 1) / unit->len;
    g->unit = unit;
    g->total = (copies ? copies : 1) * unit->len;
    g->pos = 0;
}

static size_t gen_fill(generator *g, char *buf, size_t cap)
{
    size_t n = 0;
    while (n < cap && g->pos < g->total) {
        size_t at = (size_t)(g->pos % g->unit->len);
        size_t take = g->unit->len - at;
        if (take > cap - n)
            take = cap - n;
        if (take > g->total - g->pos)
            take = (size_t)(g->total - g->pos);
        memcpy(buf + n, g->unit->data + at, take);
        n += take;
        g->pos += take;
    }
    return n;
}

/* The longest line of the unit without its line end: a long paragraph. */
static nt_bytes longest_line(const nt_bytes *unit)
{
    const char *p = unit->data, *end = p + unit->len, *best = p;
    size_t bestlen = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            nl = end;
        if ((size_t)(nl - p) > bestlen) {
            best = p;
            bestlen = (size_t)(nl - p);
        }
        p = nl + 1;
    }
    while (bestlen && (best[bestlen - 1] == '\r' || best[bestlen - 1] == ' '))
        bestlen--;
    nt_bytes b = {0};
    nt_bytes_add(&b, best, bestlen);
    return b;
}

/* One line of `size` bytes (whole copies of the paragraph), then "\n". */
static nt_bytes make_single_line(const nt_bytes *para, size_t size)
{
    size_t copies = (size + para->len - 1) / para->len;
    nt_bytes b;
    b.len = b.cap = copies * para->len + 1;
    b.data = xmalloc(b.len);
    for (size_t i = 0; i < copies; i++)
        memcpy(b.data + i * para->len, para->data, para->len);
    b.data[b.len - 1] = '\n';
    return b;
}

/* n lines of one CJK character each (中 国 人 民 in turn), no blank lines. */
static nt_bytes make_char_lines(long n)
{
    static const char *chars[] = {"中\n", "国\n", "人\n", "民\n"};
    nt_bytes b;
    b.len = b.cap = (size_t)n * 4;
    b.data = xmalloc(b.len);
    for (long i = 0; i < n; i++)
        memcpy(b.data + (size_t)i * 4, chars[i % 4], 4);
    return b;
}

/* A short article whose paragraph is cut by n figures in a row (caption
 * with a glued photographer credit, three blank lines around each), then
 * goes on: the layout of corpus 001 around line 120, n times over. */
static nt_bytes make_figures(long n)
{
    nt_bytes b = {0};
    nt_bytes_str(&b, "金华保险业多措并举助力市域治理现代化\n\n"
                  "■ 沈超 章任艳\n\n"
                  "今年以来，平安产险东阳支公司积极推动投标保证金在招投标交易平台的落地。"
                  "截至目前，平安产险东阳支公司已经为数百家企业的投标行为提供了保证担保，为企业\n");
    for (long i = 0; i < n; i++)
        nt_bytes_str(&b, "\n\n\n金华平安产险工作人员上门检查安全防护器材 孙悦 摄\n");
    nt_bytes_str(&b, "\n\n\n的开门红提供了金融助力。“企业在发展过程中，最需要金融支持。”\n");
    return b;
}

/* ------------------------------------------------------------------ */
/* Timing                                                               */
/* ------------------------------------------------------------------ */

typedef uint64_t (*run_fn)(const char *buf, size_t len, void *ctx);

/*
 * The median time of one run over reps repetitions.  A first run warms up
 * (caches, allocator) and calibrates: inputs that parse in under min_sec
 * are run k times per repetition and the time divided by k.
 */
/* User CPU time only (getrusage): without the kernel's page faults. */
static double user_time(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6;
}

/* The median user CPU time of the last time_median call. */
static double g_last_user;

static double time_median(run_fn fn, const char *buf, size_t len, void *ctx, int reps,
                          double min_sec)
{
    double t0 = now();
    g_sink += fn(buf, len, ctx);
    double t1 = now() - t0;
    long k = 1;
    if (t1 < min_sec)
        k = (long)ceil(min_sec / (t1 > 1e-7 ? t1 : 1e-7));
    double *v = xmalloc(sizeof(double) * (size_t)reps);
    double *u = xmalloc(sizeof(double) * (size_t)reps);
    for (int r = 0; r < reps; r++) {
        double u0 = user_time();
        t0 = now();
        for (long i = 0; i < k; i++)
            g_sink += fn(buf, len, ctx);
        v[r] = (now() - t0) / (double)k;
        u[r] = (user_time() - u0) / (double)k;
    }
    double m = median(v, reps);
    g_last_user = median(u, reps);
    free(v);
    free(u);
    return m;
}

/* ------------------------------------------------------------------ */
/* The floor and the peers                                              */
/* ------------------------------------------------------------------ */

static uint64_t run_memchr(const char *buf, size_t len, void *ctx)
{
    (void)ctx;
    uint64_t lines = 0;
    const char *p = buf, *end = buf + len;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        lines++;
        p++;
    }
    return lines;
}

static uint64_t run_u8check(const char *buf, size_t len, void *ctx)
{
    (void)ctx;
    const uint8_t *bad = u8_check((const uint8_t *)buf, len);
    if (bad) {
        fprintf(stderr, "npbench: the input is not valid UTF-8\n");
        exit(1);
    }
    return len;
}

#ifdef NPB_HAVE_CMARK
static uint64_t run_cmark(const char *buf, size_t len, void *ctx)
{
    (void)ctx;
    cmark_parser *p = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (size_t off = 0; off < len; off += CHUNK)
        cmark_parser_feed(p, buf + off, len - off < CHUNK ? len - off : CHUNK);
    cmark_node *doc = cmark_parser_finish(p);
    uint64_t r = doc != NULL;
    cmark_node_free(doc);
    cmark_parser_free(p);
    return r;
}
#endif

#ifdef NPB_HAVE_MD4C
static uint64_t md_count;
static int md_block(MD_BLOCKTYPE t, void *d, void *u)
{
    (void)t, (void)d, (void)u;
    md_count++;
    return 0;
}
static int md_span(MD_SPANTYPE t, void *d, void *u)
{
    (void)t, (void)d, (void)u;
    return 0;
}
static int md_text(MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u)
{
    (void)t, (void)s, (void)n, (void)u;
    return 0;
}

static uint64_t run_md4c(const char *buf, size_t len, void *ctx)
{
    (void)ctx;
    MD_PARSER parser;
    memset(&parser, 0, sizeof parser);
    parser.abi_version = 0;
    parser.flags = 0;
    parser.enter_block = md_block;
    parser.leave_block = md_block;
    parser.enter_span = md_span;
    parser.leave_span = md_span;
    parser.text = md_text;
    md_count = 0;
    if (md_parse(buf, (MD_SIZE)len, &parser, NULL) != 0) {
        fprintf(stderr, "npbench: md_parse failed\n");
        exit(1);
    }
    return md_count;
}
#endif

/* ------------------------------------------------------------------ */
/* libnewsparse                                                         */
/* ------------------------------------------------------------------ */

typedef enum np_run_kind { RUN_EVENTS, RUN_TREE, RUN_TREE_JSON } np_run_kind;

typedef struct np_run {
    np_run_kind kind;
    size_t chunk;
} np_run;

static int count_event(np_event_type ev, const np_node *node, void *userdata)
{
    (void)ev, (void)node;
    ++*(uint64_t *)userdata;
    return 0;
}

static int discard(const char *data, size_t len, void *userdata)
{
    (void)data;
    *(uint64_t *)userdata += len;
    return 0;
}

/* FNV-1a over everything written, and the length. */
typedef struct hash_sink {
    uint64_t h, n;
} hash_sink;

static int hash_write(const char *data, size_t len, void *userdata)
{
    hash_sink *s = userdata;
    uint64_t h = s->h;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)data[i]) * 0x100000001b3ULL;
    s->h = h;
    s->n += len;
    return 0;
}

static void np_die(const char *what, np_parser *p, np_status st)
{
    const np_error *e = p ? np_parser_error(p) : NULL;
    fprintf(stderr, "npbench: %s: %s", what, np_status_string(st));
    if (e && e->line)
        fprintf(stderr, " at line %zu, byte %llu: %s", e->line, (unsigned long long)e->offset,
                e->message);
    fputc('\n', stderr);
    exit(1);
}

static np_parser *new_parser(bool tree, uint64_t *events)
{
    np_options o;
    np_options_init(&o);
    if (!tree) {
        o.flags = NP_OPT_NO_TREE;
        o.on_event = count_event;
        o.userdata = events;
    }
    np_parser *p = np_parser_new(&o);
    if (!p)
        np_die("np_parser_new", NULL, NP_ERR_NOMEM);
    return p;
}

static void feed_all(np_parser *p, const char *buf, size_t len, size_t chunk)
{
    for (size_t off = 0; off < len; off += chunk) {
        size_t n = len - off < chunk ? len - off : chunk;
        np_status st = np_parser_feed(p, buf + off, n);
        if (st != NP_OK)
            np_die("np_parser_feed", p, st);
    }
}

static uint64_t run_np(const char *buf, size_t len, void *ctx)
{
    const np_run *r = ctx;
    uint64_t events = 0;
    np_parser *p = new_parser(r->kind != RUN_EVENTS, &events);
    feed_all(p, buf, len, r->chunk);
    np_node *doc = NULL;
    np_status st = np_parser_finish(p, r->kind == RUN_EVENTS ? NULL : &doc);
    if (st != NP_OK)
        np_die("np_parser_finish", p, st);
    np_parser_free(p);
    uint64_t out = 0;
    if (r->kind == RUN_TREE_JSON) {
        st = np_render(doc, NP_FORMAT_JSON, NULL, discard, &out);
        if (st != NP_OK)
            np_die("np_render", NULL, st);
    }
    np_document_free(doc);
    return events + out;
}

/* The JSON of the tree of buf fed in chunks of `chunk` bytes. */
static hash_sink json_hash(const char *buf, size_t len, size_t chunk)
{
    np_parser *p = new_parser(true, NULL);
    feed_all(p, buf, len, chunk);
    np_node *doc = NULL;
    np_status st = np_parser_finish(p, &doc);
    if (st != NP_OK)
        np_die("np_parser_finish", p, st);
    np_parser_free(p);
    hash_sink s = {0xcbf29ce484222325ULL, 0};
    st = np_render(doc, NP_FORMAT_JSON, NULL, hash_write, &s);
    if (st != NP_OK)
        np_die("np_render", NULL, st);
    np_document_free(doc);
    return s;
}

/* ------------------------------------------------------------------ */
/* Memory: VmHWM of a fresh child                                       */
/* ------------------------------------------------------------------ */

typedef struct mem_result {
    bool ok;
    double rss0_mb;  /* VmRSS before the parse */
    double hwm_mb;   /* VmHWM after it */
    double input_mb; /* bytes streamed */
} mem_result;

static double status_mb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    size_t flen = strlen(field);
    double v = -1;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, field, flen) == 0 && line[flen] == ':') {
            v = strtod(line + flen + 1, NULL) / 1024.0; /* kB -> MB */
            break;
        }
    }
    fclose(f);
    return v;
}

/* Stream size bytes of repeated pages into a parser in 64 KiB chunks. */
static mem_result child_stream(const nt_bytes *unit, double size_mb, bool tree)
{
    mem_result r = {0};
    /* Start the peak from here (Linux >= 4.0); the child holds only the
     * corpus unit and the chunk buffer. */
    FILE *cr = fopen("/proc/self/clear_refs", "w");
    if (cr) {
        fputs("5", cr);
        fclose(cr);
    }
    char *chunk = xmalloc(CHUNK);
    memset(chunk, 0, CHUNK);
    generator g;
    gen_init(&g, unit, (uint64_t)(size_mb * (double)MB));
    uint64_t events = 0;
    np_parser *p = new_parser(tree, &events);
    r.rss0_mb = status_mb("VmRSS");
    size_t n;
    while ((n = gen_fill(&g, chunk, CHUNK)) > 0) {
        np_status st = np_parser_feed(p, chunk, n);
        if (st != NP_OK)
            return r;
    }
    np_node *doc = NULL;
    if (np_parser_finish(p, tree ? &doc : NULL) != NP_OK)
        return r;
    r.hwm_mb = status_mb("VmHWM");
    np_document_free(doc);
    np_parser_free(p);
    free(chunk);
    r.input_mb = (double)g.total / (double)MB;
    r.ok = r.hwm_mb > 0 && r.rss0_mb > 0;
    return r;
}

static mem_result measure_in_child(const nt_bytes *unit, double size_mb, bool tree)
{
    mem_result r = {0};
    int fd[2];
    if (pipe(fd) != 0)
        return r;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return r;
    }
    if (pid == 0) {
        close(fd[0]);
        mem_result c = child_stream(unit, size_mb, tree);
        ssize_t w = write(fd[1], &c, sizeof c);
        _exit(w == (ssize_t)sizeof c ? 0 : 1);
    }
    close(fd[1]);
    ssize_t got = read(fd[0], &r, sizeof r);
    close(fd[0]);
    int status;
    waitpid(pid, &status, 0);
    if (got != (ssize_t)sizeof r || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        memset(&r, 0, sizeof r);
    return r;
}

/* ------------------------------------------------------------------ */
/* Report                                                               */
/* ------------------------------------------------------------------ */

static int g_pass, g_miss, g_na;

static void target(const char *what, bool known, bool pass, const char *detail)
{
    const char *tag = !known ? "n/a " : pass ? "PASS" : "MISS";
    if (!known)
        g_na++;
    else if (pass)
        g_pass++;
    else
        g_miss++;
    printf("  [%s] %-52s %s\n", tag, what, detail);
}

static void row(const char *name, double sec, double bytes_len)
{
    if (sec <= 0) {
        printf("  %-44s %10s %10s %8s\n", name, "n/a", "n/a", "n/a");
        return;
    }
    printf("  %-44s %10.1f %10.1f %8.2f\n", name, sec * 1e3, bytes_len / sec / (double)MB,
           sec * 1e9 / bytes_len);
}

/* Throughput ratio: libnewsparse over a peer (>1: libnewsparse faster). */
static void ratio_cell(double np_bps, double peer_bps)
{
    if (np_bps <= 0 || peer_bps <= 0)
        printf(" %10s", "n/a");
    else
        printf(" %10.2f", np_bps / peer_bps);
}

typedef struct patho {
    const char *name;
    nt_bytes small, full; /* a quarter and the full size */
} patho_input;

/* ------------------------------------------------------------------ */
/* Pathological inputs                                                  */
/* ------------------------------------------------------------------ */

typedef struct patho_result {
    bool ok;
    double worst_growth;
    bool ident_all;
} patho_result;

/* Time each input at a quarter and at its full size; print the table. */
static patho_result patho_section(const bench_opts *o, const nt_bytes *unit, FILE *out)
{
    patho_result res = {true, 0, true};
    np_run r_ev = {RUN_EVENTS, CHUNK};
    nt_bytes para = longest_line(unit);
    patho_input ps[4];
    ps[0].name = "normal pages (the corpus, repeated)";
    ps[0].small = repeat_unit(unit, (size_t)(o->size_mb * (double)MB / 4));
    ps[0].full = repeat_unit(unit, (size_t)(o->size_mb * (double)MB));
    char n1[64], n2[64], n3[64];
    snprintf(n1, sizeof n1, "one %.0f MB line", o->line_mb);
    ps[1].name = n1;
    ps[1].small = make_single_line(&para, (size_t)(o->line_mb * (double)MB / 4));
    ps[1].full = make_single_line(&para, (size_t)(o->line_mb * (double)MB));
    snprintf(n2, sizeof n2, "%ld one-character lines", o->nlines);
    ps[2].name = n2;
    ps[2].small = make_char_lines(o->nlines / 4);
    ps[2].full = make_char_lines(o->nlines);
    snprintf(n3, sizeof n3, "%ld figures in a row", o->nfigures);
    ps[3].name = n3;
    ps[3].small = make_figures(o->nfigures / 4);
    ps[3].full = make_figures(o->nfigures);

    fprintf(out, "\nPathological inputs (events, NO_TREE, 64 KiB feeds; time per MB of input;\n"
                 "growth = ms/MB at full size over ms/MB at a quarter: 1.00 is linear;\n"
                 "user: the same in user CPU time only, without the kernel's page faults;\n"
                 "measured in a child process, malloc's mmap threshold fixed at 128 KiB;\n"
                 "1B==64K: JSON of the tree fed in 1-byte and in 64 KiB chunks is identical)\n");
    fprintf(out, "  %-36s %7s %8s %9s %7s %7s %8s\n", "input", "MB", "ms/MB", "vs normal", "growth",
            "user", "1B==64K");
    double normal_ms_mb = 0;
    for (int i = 0; i < 4; i++) {
        double ts = time_median(run_np, ps[i].small.data, ps[i].small.len, &r_ev, o->reps, 0.2);
        double us = g_last_user;
        double tf = time_median(run_np, ps[i].full.data, ps[i].full.len, &r_ev, o->reps, 0.2);
        double uf = g_last_user;
        double ugrowth = (uf / (double)ps[i].full.len) / (us / (double)ps[i].small.len);
        double ms_mb_s = ts * 1e3 / ((double)ps[i].small.len / (double)MB);
        double ms_mb_f = tf * 1e3 / ((double)ps[i].full.len / (double)MB);
        if (i == 0)
            normal_ms_mb = ms_mb_f;
        double growth = ms_mb_f / ms_mb_s;
        if (growth > res.worst_growth)
            res.worst_growth = growth;
        /* Identity: one copy of the corpus for the normal case, the full
         * pathological input otherwise. */
        const char *ib = i == 0 ? unit->data : ps[i].full.data;
        size_t il = i == 0 ? unit->len : ps[i].full.len;
        hash_sink a = json_hash(ib, il, 1), b = json_hash(ib, il, CHUNK);
        bool same = a.h == b.h && a.n == b.n;
        res.ident_all = res.ident_all && same;
        fprintf(out, "  %-36s %7.1f %8.2f %9.2f %7.2f %7.2f %8s\n", ps[i].name,
                (double)ps[i].full.len / (double)MB, ms_mb_f, ms_mb_f / normal_ms_mb, growth,
                ugrowth, same ? "yes" : "NO");
        free(ps[i].small.data);
        free(ps[i].full.data);
    }
    free(para.data);
    return res;
}

/*
 * The pathological section runs in a child forked before the main timings:
 * how large buffers are recycled by malloc depends on what ran before (a
 * 12 MB line's buffers may come back warm after the peers' runs, a 50 MB
 * line's never do), which would make the growth figures depend on the
 * order of the program rather than on the parser.  The child also fixes
 * glibc's mmap threshold (see there).  The child's table comes
 * back through a temporary file, its results through a pipe.
 */
static patho_result patho_in_child(const bench_opts *o, const nt_bytes *unit, char **text)
{
    patho_result r = {false, 0, false};
    *text = NULL;
    FILE *tmp = tmpfile();
    int fd[2];
    if (!tmp || pipe(fd) != 0) {
        if (tmp)
            fclose(tmp);
        return r;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        fclose(tmp);
        close(fd[0]);
        close(fd[1]);
        return r;
    }
    if (pid == 0) {
        close(fd[0]);
#if defined(__GLIBC__)
        /* glibc raises its mmap threshold (up to 32 MB) whenever a large
         * block is freed, so a buffer of a few MB comes back warm in some
         * runs and is mapped fresh (page faults) in others; a fixed
         * threshold makes every run of every input pay the same, as a
         * one-shot parse does. */
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
        patho_result c = patho_section(o, unit, tmp);
        fflush(tmp);
        ssize_t w = write(fd[1], &c, sizeof c);
        _exit(w == (ssize_t)sizeof c ? 0 : 1);
    }
    close(fd[1]);
    ssize_t got = read(fd[0], &r, sizeof r);
    close(fd[0]);
    int status;
    waitpid(pid, &status, 0);
    if (got != (ssize_t)sizeof r || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        memset(&r, 0, sizeof r);
        fclose(tmp);
        return r;
    }
    long n = ftell(tmp);
    if (n > 0 && fseek(tmp, 0, SEEK_SET) == 0) {
        *text = xmalloc((size_t)n + 1);
        size_t rd = fread(*text, 1, (size_t)n, tmp);
        (*text)[rd] = '\0';
    }
    fclose(tmp);
    return r;
}

int main(int argc, char **argv)
{
    bench_opts o;
    parse_args(argc, argv, &o);
    setvbuf(stdout, NULL, _IOLBF, 0);

    int npages;
    nt_bytes unit = nt_load_pages(o.corpus, &npages);

    /* Memory first, before the parent holds any large input, so that each
     * child starts small.  Printed at the end. */
    mem_result mem_tree = {0}, mem_ev_small = {0}, mem_ev_big = {0};
    if (!o.skip_mem) {
        fprintf(stderr, "npbench: memory (3 child processes)...\n");
        mem_tree = measure_in_child(&unit, o.mem_tree_mb, true);
        mem_ev_small = measure_in_child(&unit, o.mem_small_mb, false);
        mem_ev_big = measure_in_child(&unit, o.mem_big_mb, false);
    }

    patho_result patho = {false, 0, false};
    char *patho_text = NULL;
    if (!o.skip_patho) {
        fprintf(stderr, "npbench: pathological inputs (child process)...\n");
        patho = patho_in_child(&o, &unit, &patho_text);
    }

    nt_bytes in = repeat_unit(&unit, (size_t)(o.size_mb * (double)MB));
    nt_bytes small = repeat_unit(&unit, (size_t)(o.small_mb * (double)MB));
    double len = (double)in.len;

    printf("npbench: libnewsparse %s", np_version_string());
#if defined(NPB_HAVE_CMARK)
    printf(", cmark %s", cmark_version_string());
#else
    printf(", cmark n/a");
#endif
#if defined(NPB_HAVE_MD4C)
    printf(", md4c yes");
#else
    printf(", md4c n/a");
#endif
    printf("\ninput: %.1f MB = %zu copies of %d corpus pages (%zu bytes) from %s\n",
           len / (double)MB, in.len / unit.len, npages, unit.len, o.corpus);
    printf("each figure: median of %d repetitions (after one warm-up run), %s; MB = 2^20 bytes\n",
           o.reps, g_clock == CLOCK_MONOTONIC ? "wall clock" : "process CPU time");
    printf("\n");

    fprintf(stderr, "npbench: timing...\n");
    double t_memchr = time_median(run_memchr, in.data, in.len, NULL, o.reps, 0.2);
    double t_u8 = time_median(run_u8check, in.data, in.len, NULL, o.reps, 0.2);
    double t_md4c = 0, t_cmark = 0;
#ifdef NPB_HAVE_MD4C
    t_md4c = time_median(run_md4c, in.data, in.len, NULL, o.reps, 0.2);
#endif
#ifdef NPB_HAVE_CMARK
    t_cmark = time_median(run_cmark, in.data, in.len, NULL, o.reps, 0.2);
#endif
    np_run r_ev = {RUN_EVENTS, CHUNK}, r_ev1 = {RUN_EVENTS, 1}, r_tree = {RUN_TREE, CHUNK},
           r_json = {RUN_TREE_JSON, CHUNK};
    double t_ev = time_median(run_np, in.data, in.len, &r_ev, o.reps, 0.2);
    double t_ev1 = time_median(run_np, small.data, small.len, &r_ev1, o.reps, 0.2);
    double t_tree = time_median(run_np, in.data, in.len, &r_tree, o.reps, 0.2);
    double t_json = time_median(run_np, in.data, in.len, &r_json, o.reps, 0.2);

    printf("Throughput                                        ms/run       MB/s     ns/B\n");
    row("floor  memchr line scan", t_memchr, len);
    row("floor  u8_check (libunistring)", t_u8, len);
    row("peer   md4c md_parse, empty callbacks", t_md4c, len);
    row("peer   cmark parse, 64 KiB feeds (+free)", t_cmark, len);
    row("np     events, NO_TREE, 64 KiB feeds", t_ev, len);
    char name[96];
    snprintf(name, sizeof name, "np     events, NO_TREE, 1-byte feeds (%.0f MB)",
             (double)small.len / (double)MB);
    row(name, t_ev1, (double)small.len);
    row("np     tree, 64 KiB feeds (+free)", t_tree, len);
    row("np     tree + JSON render to a discarding writer", t_json, len);

    double bps_u8 = len / t_u8, bps_md = t_md4c > 0 ? len / t_md4c : 0,
           bps_cm = t_cmark > 0 ? len / t_cmark : 0;
    double bps_ev = len / t_ev, bps_ev1 = (double)small.len / t_ev1, bps_tree = len / t_tree,
           bps_json = len / t_json;
    printf("\nThroughput ratios, libnewsparse / other (>1: libnewsparse faster)\n");
    printf("  %-44s %10s %10s %10s\n", "", "vs md4c", "vs cmark", "vs u8_check");
    const char *rn[] = {"events, 64 KiB feeds", "events, 1-byte feeds", "tree", "tree + JSON"};
    double rb[] = {bps_ev, bps_ev1, bps_tree, bps_json};
    for (int i = 0; i < 4; i++) {
        printf("  %-44s", rn[i]);
        ratio_cell(rb[i], bps_md);
        ratio_cell(rb[i], bps_cm);
        ratio_cell(rb[i], bps_u8);
        printf("\n");
    }
    double per_byte_ratio = (t_ev1 / (double)small.len) / (t_ev / len);
    printf("  1-byte feeds cost %.1f ns/B vs %.2f ns/B with 64 KiB feeds: %.2fx per byte\n",
           t_ev1 * 1e9 / (double)small.len, t_ev * 1e9 / len, per_byte_ratio);

    /* ---------------------------------------------------------------- */
    if (!o.skip_mem) {
        printf("\nPeak memory (VmHWM of a fresh child; input streamed from a generator in\n"
               "64 KiB chunks, never held whole; 'added' = VmHWM - VmRSS before parsing)\n");
        printf("  %-44s %10s %10s %10s\n", "", "input MB", "VmHWM MB", "added MB");
        const char *mn[] = {"tree mode", "event mode (NO_TREE), small", "event mode (NO_TREE), large"};
        mem_result *mr[] = {&mem_tree, &mem_ev_small, &mem_ev_big};
        for (int i = 0; i < 3; i++) {
            if (!mr[i]->ok)
                printf("  %-44s %10s %10s %10s\n", mn[i], "n/a", "n/a", "n/a");
            else
                printf("  %-44s %10.1f %10.1f %10.1f\n", mn[i], mr[i]->input_mb, mr[i]->hwm_mb,
                       mr[i]->hwm_mb - mr[i]->rss0_mb);
        }
        if (mem_tree.ok)
            printf("  tree mode adds %.2f x the input size\n",
                   (mem_tree.hwm_mb - mem_tree.rss0_mb) / mem_tree.input_mb);
    }

    /* ---------------------------------------------------------------- */
    if (!o.skip_patho) {
        if (patho_text)
            fputs(patho_text, stdout);
        else
            printf("\nPathological inputs: the child process failed\n");
        free(patho_text);
    }

    /* ---------------------------------------------------------------- */
    printf("\nTargets\n");
    char d[160];
    if (bps_md > 0)
        snprintf(d, sizeof d, "(%.0f vs %.0f MB/s)", bps_ev / MB, bps_md / MB);
    else
        snprintf(d, sizeof d, "(md4c not built in)");
    target("events (64 KiB) >= md4c throughput", bps_md > 0, bps_ev >= bps_md, d);
    snprintf(d, sizeof d, "(%.0f vs 0.8 x %.0f = %.0f MB/s)", bps_ev / MB, bps_u8 / MB,
             0.8 * bps_u8 / MB);
    target("events (64 KiB) >= 0.8 x u8_check throughput", true, bps_ev >= 0.8 * bps_u8, d);
    if (bps_cm > 0)
        snprintf(d, sizeof d, "(%.0f vs %.0f MB/s)", bps_json / MB, bps_cm / MB);
    else
        snprintf(d, sizeof d, "(cmark not built in)");
    target("tree + JSON >= cmark parse throughput", bps_cm > 0, bps_json >= bps_cm, d);
    if (!o.skip_mem) {
        bool ok = mem_ev_small.ok && mem_ev_big.ok;
        double diff = ok ? fabs(mem_ev_big.hwm_mb - mem_ev_small.hwm_mb) : 0;
        snprintf(d, sizeof d, "(%.0f MB: %.1f MB, %.0f MB: %.1f MB, diff %.2f MB)",
                 mem_ev_small.input_mb, mem_ev_small.hwm_mb, mem_ev_big.input_mb, mem_ev_big.hwm_mb,
                 diff);
        target("event-mode peak equal within 1 MB, small vs large", ok, diff <= 1.0, d);
        double added = mem_tree.hwm_mb - mem_tree.rss0_mb;
        snprintf(d, sizeof d, "(%.1f MB added for %.1f MB: %.2f x)", added, mem_tree.input_mb,
                 mem_tree.ok ? added / mem_tree.input_mb : 0);
        target("tree-mode peak (added) <= 1.5 x input", mem_tree.ok,
               added <= 1.5 * mem_tree.input_mb, d);
    }
    snprintf(d, sizeof d, "(%.2fx)", per_byte_ratio);
    target("1-byte feeds <= 3x slower per byte than 64 KiB", true, per_byte_ratio <= 3.0, d);
    if (!o.skip_patho) {
        snprintf(d, sizeof d, "(worst growth %.2f)", patho.worst_growth);
        target("pathological inputs linear (ms/MB growth 1x->4x <= 1.5)", patho.ok,
               patho.worst_growth <= 1.5, d);
        target("1-byte and 64 KiB feeds give identical JSON", patho.ok, patho.ident_all, "");
    }
    printf("\n%d passed, %d missed, %d n/a\n", g_pass, g_miss, g_na);

    free(in.data);
    free(small.data);
    free(unit.data);
    return 0;
}
