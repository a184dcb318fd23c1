/*
 * figure.h - what marks a picture on a page: the figure gap of three blank
 * lines (decided in context here, np_figure_rule), a caption's words (here) or credit
 * (credit.h), and a Markdown image line `![](images/3f2a.jpg)` as
 * PDF-to-Markdown tools write it where a picture stood.
 */
#ifndef NP_FIGURE_H
#define NP_FIGURE_H

#include <stdbool.h>
#include <stddef.h>

#include "parse.h"

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

/* What the figure rules know of the article around the line, so that
 * figure.c reads no decoder state. */
typedef struct np_figure_context {
    const np_para *para; /* the open paragraph, which a caption's words may continue */
    bool started;        /* a block has been decided: a gap at the page's top is no picture */
    bool under_titles;   /* the article has title lines and nothing after them yet */
} np_figure_context;

/* Whether q[0] begins a figure, for the reading list: the rule that says
 * so (its trace name), or NULL. */
const char *np_figure_rule(np_figure_context ctx, np_line *const *q, size_t n);

/* Whether the line under the image line q[0] is the picture's caption (or
 * its credit): only with evidence a caption carries (its words, a credit,
 * a short line set right under the picture), since the text under a
 * picture is as often the story's next paragraph. */
bool np_caption_under_image(np_line *const *q, size_t n);

/* Whether the caption q[0] has its credit on the line under it. */
bool np_credit_under_caption(np_line *const *q, size_t n);

/* The lines a figure starting at q[0] takes, so that its reading uses
 * them all. */
size_t np_figure_lines(np_line *const *q, size_t n);

/* Carry a figure reading of q[0..n) out: the figure with its caption and
 * credit, placed after the paragraph it interrupted (reflow.c). */
np_status np_figure_node(np_builder *b, np_line *const *q, size_t n, const char *by);

#endif
