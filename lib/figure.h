/*
 * figure.h - what marks a picture on a page: the figure gap of three blank
 * lines (decided in blocks.c), a caption's words (here) or credit
 * (credit.h), and a Markdown image line `![](images/3f2a.jpg)` as
 * PDF-to-Markdown tools write it where a picture stood.
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

/* Whether s[0..len) opens with a caption's own words: 图① 图1： 图：, or
 * 上图 下图 左图 右图 中图 题图 组图 (图为 anywhere in a line is found by the
 * marks scan: np_line.tuwei). */
bool np_figure_caption_words(const char *s, size_t len);

#endif
