/*
 * figure.h - what marks a picture on a page: the figure gap of three blank
 * lines (decided in blocks.c), a caption's words or credit, and a Markdown
 * image line `![](images/3f2a.jpg)` as PDF-to-Markdown tools write it where
 * a picture stood.
 */
#ifndef NP_FIGURE_H
#define NP_FIGURE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Whether all of s[0..len) (trimmed) is a Markdown image line:
 * `![alt](path)` or `![alt](path "title")`.  On success *src and *src_len
 * give the path (without angle brackets), which may be empty.
 */
bool np_figure_image_line(const char *s, size_t len, size_t *src, size_t *src_len);

#endif
