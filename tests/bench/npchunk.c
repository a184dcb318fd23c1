/*
 * npchunk - chunk invariance of libnewsparse on given files.
 *
 *     npchunk [-c SIZES] [--replace] FILE...
 *
 * Each file is parsed fed in one piece and then fed in chunks of each size
 * in SIZES (default 1,2,3,7,64,4096,65536).  For each chunking it compares
 * with the one-piece parse: the status, the error (line, offset, message),
 * the JSON of the tree, and the event stream of an NO_TREE parse (event,
 * node type, line and text of each event, hashed).  Prints one line per
 * mismatch and `N passed, M failed`; exits 1 if any failed.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsparse.h"

typedef struct sink {
    uint64_t h, n;
} sink;

static void hash_bytes(sink *s, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++)
        s->h = (s->h ^ p[i]) * 0x100000001b3ULL;
    s->n += len;
}

static int hash_write(const char *data, size_t len, void *userdata)
{
    hash_bytes(userdata, data, len);
    return 0;
}

static int hash_event(np_event_type ev, const np_node *node, void *userdata)
{
    sink *s = userdata;
    uint64_t rec[4] = {(uint64_t)ev, (uint64_t)np_node_get_type(node),
                       (uint64_t)np_node_get_line(node), (uint64_t)np_node_get_text_len(node)};
    hash_bytes(s, rec, sizeof rec);
    hash_bytes(s, np_node_get_text(node), np_node_get_text_len(node));
    hash_bytes(s, np_node_get_source(node), strlen(np_node_get_source(node)));
    return 0;
}

typedef struct outcome {
    np_status st;
    np_error err;
    sink json;   /* tree mode: the JSON */
    np_status ev_st;
    np_error ev_err;
    sink events; /* NO_TREE mode: the event stream */
} outcome;

static void run(const char *buf, size_t len, size_t chunk, unsigned flags, outcome *out)
{
    memset(out, 0, sizeof *out);
    out->json.h = out->events.h = 0xcbf29ce484222325ULL;
    for (int mode = 0; mode < 2; mode++) {
        np_options o;
        np_options_init(&o);
        o.flags = flags;
        if (mode == 1) {
            o.flags |= NP_OPT_NO_TREE;
            o.on_event = hash_event;
            o.userdata = &out->events;
        }
        np_parser *p = np_parser_new(&o);
        if (!p) {
            fprintf(stderr, "npchunk: out of memory\n");
            exit(2);
        }
        np_status st = NP_OK;
        for (size_t off = 0; off < len && st == NP_OK; off += chunk)
            st = np_parser_feed(p, buf + off, len - off < chunk ? len - off : chunk);
        np_node *doc = NULL;
        if (st == NP_OK)
            st = np_parser_finish(p, mode == 0 ? &doc : NULL);
        np_error e = *np_parser_error(p);
        np_parser_free(p);
        if (mode == 0) {
            out->st = st;
            out->err = e;
            if (doc && np_render(doc, NP_FORMAT_JSON, NULL, hash_write, &out->json) != NP_OK) {
                fprintf(stderr, "npchunk: render failed\n");
                exit(2);
            }
            np_document_free(doc);
        } else {
            out->ev_st = st;
            out->ev_err = e;
        }
    }
}

static bool same_error(const np_error *a, const np_error *b)
{
    return a->status == b->status && a->line == b->line && a->offset == b->offset &&
           strcmp(a->message, b->message) == 0;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    size_t r;
    while (b && (r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(b, cap);
            if (!nb) {
                free(b);
                b = NULL;
            }
            b = nb;
        }
    }
    fclose(f);
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    size_t sizes[64] = {1, 2, 3, 7, 64, 4096, 65536};
    int nsizes = 7;
    unsigned flags = 0;
    int passed = 0, failed = 0, first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (!strcmp(argv[first], "--replace")) {
            flags |= NP_OPT_REPLACE_INVALID;
        } else if (!strcmp(argv[first], "-c") && first + 1 < argc) {
            nsizes = 0;
            char *s = argv[++first], *end;
            while (*s && nsizes < 64) {
                sizes[nsizes++] = strtoul(s, &end, 10);
                s = *end ? end + 1 : end;
            }
        } else {
            fprintf(stderr, "usage: npchunk [-c SIZES] [--replace] FILE...\n");
            return 2;
        }
    }
    for (int i = first; i < argc; i++) {
        size_t len;
        char *buf = read_file(argv[i], &len);
        if (!buf) {
            fprintf(stderr, "npchunk: cannot read %s\n", argv[i]);
            failed++;
            continue;
        }
        outcome ref, got;
        run(buf, len, len ? len : 1, flags, &ref);
        for (int k = 0; k < nsizes; k++) {
            if (sizes[k] == 0)
                continue;
            run(buf, len, sizes[k], flags, &got);
            bool ok = ref.st == got.st && same_error(&ref.err, &got.err) &&
                      ref.json.h == got.json.h && ref.json.n == got.json.n &&
                      ref.ev_st == got.ev_st && same_error(&ref.ev_err, &got.ev_err) &&
                      ref.events.h == got.events.h && ref.events.n == got.events.n;
            if (ok) {
                passed++;
            } else {
                failed++;
                printf("FAIL %s chunk %zu: status %d/%d line %zu/%zu offset %llu/%llu json %s "
                       "events %s\n",
                       argv[i], sizes[k], ref.st, got.st, ref.err.line, got.err.line,
                       (unsigned long long)ref.err.offset, (unsigned long long)got.err.offset,
                       ref.json.h == got.json.h ? "same" : "DIFFERENT",
                       ref.events.h == got.events.h ? "same" : "DIFFERENT");
            }
        }
        free(buf);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
