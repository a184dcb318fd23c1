/*
 * npbytes.h - a growable byte string and the corpus loader shared by the
 * programs that build large inputs from the pages (the benchmark and the
 * linearity test).  Test code: running out of memory ends the program.
 */
#ifndef NPBYTES_H
#define NPBYTES_H

#include <stddef.h>

typedef struct nt_bytes {
    char *data;
    size_t len, cap;
} nt_bytes;

/* Append s[0..n) / a NUL-terminated string. */
void nt_bytes_add(nt_bytes *b, const char *s, size_t n);
void nt_bytes_str(nt_bytes *b, const char *s);

/* Every DIR/NAME.txt in name order, each ended with a line end and followed
 * by one blank line, so that repeated pages stay pages.  *npages (may be
 * NULL) receives how many; a folder without pages ends the program. */
nt_bytes nt_load_pages(const char *dir, int *npages);

/* The input shapes the linearity and timing tests both build, n units of
 * each (the two pick their own n).  nt_para is one real paragraph. */
extern const char nt_para[];
void nt_shape_char_lines(nt_bytes *b, int n); /* n one-character lines, no blank lines */
void nt_shape_figures(nt_bytes *b, int n);    /* a paragraph cut by n figures in a row */
void nt_shape_fragments(nt_bytes *b, int n);  /* one paragraph of n unfinished fragments */
void nt_shape_titles(nt_bytes *b, int n);     /* n short title-like lines, blank-separated */

#endif /* NPBYTES_H */
