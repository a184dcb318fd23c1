/* npbytes.c - see npbytes.h. */
#define _POSIX_C_SOURCE 200809L /* strdup, opendir */
#include "npbytes.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void)
{
    fprintf(stderr, "tests: out of memory\n");
    exit(2);
}

void nt_bytes_add(nt_bytes *b, const char *s, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d)
            out_of_memory();
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void nt_bytes_str(nt_bytes *b, const char *s)
{
    nt_bytes_add(b, s, strlen(s));
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void append_file(nt_bytes *unit, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "tests: cannot read %s: %s\n", path, strerror(errno));
        exit(2);
    }
    char buf[65536];
    size_t r, start = unit->len;
    while ((r = fread(buf, 1, sizeof buf, f)) > 0)
        nt_bytes_add(unit, buf, r);
    fclose(f);
    if (unit->len > start && unit->data[unit->len - 1] != '\n' && unit->data[unit->len - 1] != '\r')
        nt_bytes_str(unit, "\n");
    nt_bytes_str(unit, "\n");
}

nt_bytes nt_load_pages(const char *dir, int *npages)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "tests: cannot open %s: %s\n", dir, strerror(errno));
        exit(2);
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **grown = realloc(names, cap * sizeof *names);
            if (!grown)
                out_of_memory();
            names = grown;
        }
        if (!(names[n++] = strdup(e->d_name)))
            out_of_memory();
    }
    closedir(d);
    if (n == 0) {
        fprintf(stderr, "tests: no *.txt pages in %s\n", dir);
        exit(2);
    }
    qsort(names, n, sizeof *names, cmp_str);
    nt_bytes unit = {0};
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        append_file(&unit, path);
        free(names[i]);
    }
    free(names);
    if (npages)
        *npages = (int)n;
    return unit;
}

const char nt_para[] =
    "保险业是经济活动的一部分，更在社会治理和民生保障领域发挥着重要作用。近年来，浙江金融监管局坚持"
    "金融工作的政治性、人民性，指导推动辖内保险机构充分发挥保险保障作用，聚焦安全生产、医疗养老等社"
    "会民生领域，深化产品与服务创新，不断加大保险保障力度。";

void nt_shape_char_lines(nt_bytes *b, int n)
{
    static const char *const chars[] = {"中\n", "国\n", "人\n", "民\n"};
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, chars[i % 4]);
}

void nt_shape_figures(nt_bytes *b, int n)
{
    nt_bytes_str(b, "金华保险业多措并举助力市域治理现代化\n\n■ 沈超 章任艳\n\n"
                    "今年以来，平安产险东阳支公司积极推动投标保证金在招投标交易平台的落地。为企业\n");
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, "\n\n\n金华平安产险工作人员上门检查安全防护器材 孙悦 摄\n");
    nt_bytes_str(b, "\n\n\n的开门红提供了金融助力。\n");
}

void nt_shape_fragments(nt_bytes *b, int n)
{
    nt_bytes_str(b, "保险业是经济活动的一部分\n\n");
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, "更在社会治理和民生保障领域发挥着重要作用，浙江金融监管局坚持金融工作的政治性、人民性和\n");
    nt_bytes_str(b, "终。\n");
}

void nt_shape_titles(nt_bytes *b, int n)
{
    for (int i = 0; i < n; i++)
        nt_bytes_str(b, i % 2 ? "为幸福生活护航\n\n" : "金华保险业多措并举助力市域治理现代化\n\n");
}
