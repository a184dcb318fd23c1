/*
 * titles.h - title blocks: does a short line open an article, how many
 * lines its title block has, and which is kicker, headline, subheadline.
 */
#ifndef NP_TITLES_H
#define NP_TITLES_H

#include <stdbool.h>
#include <stddef.h>

#include "parse.h"

/* What readings.c knows of the article around the line being decided. */
typedef struct np_title_context {
    bool article_open;  /* an article is open */
    bool header_zone;   /* it has titles, and no byline or body head yet */
    bool closing;       /* its credit line has been seen: it is ending */
    bool entity_heads;  /* its section heads have the form 机构：… */
    bool after_figure;  /* the block before is a figure */
    bool photo_news;    /* its title stands over pictures and the next title block */
    bool has_text;      /* a paragraph of it was started */
} np_title_context;

/* How many of q[0..n) form a title block (at most 3; 0 if q[0] is no
 * title line). */
size_t np_titles_span(np_line *const *q, size_t n);

/* Whether the title-like lines q[0..k) stand over a results table's row
 * (澳网昨日战报 / 男单第3轮 / 德约科维奇  3∶0   埃切维里): a story's text is no
 * table, so they are heads of a box in the running article. */
bool np_titles_over_table(np_line *const *q, size_t n, size_t k);

/* Whether ln, standing right under the title lines, is a photo story's
 * byline printed as a credit: 本报记者 张三 摄影报道. */
bool np_titles_photo_byline(const np_line *ln);

/* 2 if q[0] and q[1] are one section head printed on two lines, else 1. */
size_t np_titles_split_head(np_line *const *q, size_t n);

/* Whether q[0] and q[1], two plain title lines with no blank line between
 * and no byline or dateline after them, are one head printed on two lines
 * (asked only inside a running article). */
bool np_titles_adjacent_head(np_line *const *q, size_t n);

/* Whether text stands under the pictures that start at q[k]: a story of
 * its own, not photo news (whose next title stands there). */
bool np_titles_text_under_pictures(np_line *const *q, size_t n, size_t k);

/* Whether q[k], or the text under the pictures there, is a lead that opens
 * with the day of its news (7月15日，…, 昨日，…): a story's first paragraph. */
bool np_titles_dated_lead(np_line *const *q, size_t n, size_t k);

/* Whether ln is one title line of two phrases a space apart, Han letters
 * and quotes only (青春之歌 嘹亮盐城): a news headline's two halves. */
bool np_titles_two_halves(const np_line *ln);

/* Whether a byline stands at q[from], or after at most three leads. */
bool np_titles_byline_follows(np_line *const *q, size_t n, size_t from);

/* Whether the title-like line q[0] opens a new article: the rule that
 * says so (its trace name), or NULL; *span receives the number of title
 * lines. */
const char *np_titles_opens_article(np_line *const *q, size_t n, const np_title_context *ctx, size_t *span);

/* Roles of n title lines (n <= 3), in order; returns the rule's trace name. */
const char *np_title_roles(np_line *const *lines, size_t n, np_node_type *roles);

/* Carry a title reading of q[0..span) out: a new article with a node for
 * each line in its role (article_open: one was open, for the trace's
 * runner-up). */
np_status np_title_node(np_builder *b, np_line *const *q, size_t span, const char *by, bool article_open);

#endif /* NP_TITLES_H */
