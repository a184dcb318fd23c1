/*
 * credit.h - picture and data credits: 张三 摄, 图片由X提供, X供图, 新华社发,
 * 数据来源：X, alone on a line or glued to the end of a caption.
 */
#ifndef NP_CREDIT_H
#define NP_CREDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "names.h"
#include "newsparse.h"
#include "thresholds.h" /* NP_CREDIT_MAX_BYTES, NP_SLASH_AGENCY_MAX_BYTES */

typedef struct np_credit {
    np_credit_kind kind;
    size_t start, end;         /* the credit text, without surrounding brackets */
    size_t src_start, src_end; /* provided/data: who; photographer: the names part */
    np_names people;           /* photographer: the people, offsets into the scanned text */
    bool page;                 /* 本版…: a credit for the whole page */
} np_credit;

/* Whether all of s[0..len) (trimmed) is a credit; fills out. */
bool np_credit_parse(const char *s, size_t len, np_credit *out);

/*
 * Whether s[0..len) is a caption with a credit glued to its end
 * (…保单。 陈林美 摄, …现场 阳光财险供图, …。(图片由X提供)).  On success
 * *cut is where the caption ends (before trimming) and out describes the
 * credit, with offsets into s.
 */
bool np_credit_split_tail(const char *s, size_t len, size_t *cut, np_credit *out);

/* Photo agencies that start a glued credit (新华社, 视觉中国), shared with
 * the unit tests. */
extern const np_words np_agencies;

/* The verbs that end a credit (摄, 供图, 提供, 发, 摄影报道): the credit
 * shape's cheap test and the agency note after the verb (摄（影像中国）)
 * ask the same list. */
extern const np_words np_credit_verbs;

/* What a line's shape says of a credit. */
typedef enum np_credit_shape {
    NP_CREDIT_SHAPE_NONE = 0,
    NP_CREDIT_SHAPE_LINE, /* the whole line is a credit */
    NP_CREDIT_SHAPE_TAIL  /* a caption ends with a glued credit */
} np_credit_shape;

/* Whether s[0..len) opens with the picture's role word (图/, 摄影/), after
 * any byline marker: a photographer's line, credit or byline by where it
 * stands. */
bool np_credit_photo_led(const char *s, size_t len);

/*
 * The credit shape of the line s[0..len): a whole-line credit, or a caption
 * with a credit glued to its end (*cut: where the caption ends), *out
 * describing the credit.  A cheap test of the line's end (a credit verb
 * before closing brackets, a source mark, an agency note) or its start
 * (数据来源) spares most lines the full parse.  *out may be written also
 * when the answer is NONE.
 */
np_credit_shape np_credit_line_shape(const char *s, size_t len, np_credit *out, size_t *cut);

struct np_builder;
struct np_line;

/* The node of the credit c found in ln's text: a credit line's own, or the
 * one a figure holds under its caption. */
np_node *np_credit_make(struct np_builder *b, const struct np_line *ln, const np_credit *c);

/* Carry a credit reading of ln out: a page's credit closes the article and
 * stands on the page, any other signs the article it is in. */
np_status np_credit_node(struct np_builder *b, const struct np_line *ln, const char *by);

#endif /* NP_CREDIT_H */
