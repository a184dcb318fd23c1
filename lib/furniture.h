/*
 * furniture.h - page furniture: the lines of a page that belong to the
 * page and not to any article (page numbers, dates, page names, editor
 * lines, jump lines, an editor's-note signature).
 */
#ifndef NP_FURNITURE_H
#define NP_FURNITURE_H

#include <stdbool.h>
#include <stddef.h>

#include "newsparse.h"
#include "text.h"
#include "thresholds.h" /* NP_FURNITURE_MAX_CHARS */

/* The vocabulary (shared with the unit tests): page names and editors'
 * titles. */
extern const np_words np_page_names;
extern const np_words np_editor_titles;
/* Whose an editor's title may be said to be: this page's (本版责任编辑)
 * or this (本期统筹). */
extern const np_words np_editor_owners;

struct np_line;
struct np_builder;

/* Whether ln (punctuation scanned) has the shape of page furniture: then
 * its kind is NP_LK_FURNITURE, its furniture the kind of line, jump_a and
 * jump_b the page a jump line names.  Furniture carries no # or ** mark
 * and never ends or holds a sentence. */
bool np_furniture_shape(struct np_line *ln);

/*
 * The kind of furniture s[0..len) is (trimmed line text of chars
 * characters), or NP_FURNITURE_NONE.  For jump lines, [*page_a, *page_b)
 * is the page named (第二版); otherwise both are 0.
 */
np_furniture_kind np_furniture_classify(const char *s, size_t len, size_t chars, size_t *page_a,
                                        size_t *page_b);

/* Take the brackets off an editor line printed in them (（责任编辑：丁）). */
void np_editor_unbracket(const char **s, size_t *len);

/* What one token of a page-head line is (a head line is a run of such
 * tokens between separators: spaces, |, ·). */
typedef enum np_head_token {
    NP_HEAD_NONE = 0,
    NP_HEAD_DATE,        /* 2024年6月3日, 2024-06-03, 2024.6.3, 6月3日 */
    NP_HEAD_WEEKDAY,     /* 星期一, 周一 */
    NP_HEAD_LUNAR,       /* 农历甲辰年四月廿七 */
    NP_HEAD_NUMBER,      /* 3, A03, 第3版, 第十五版 */
    NP_HEAD_NUMBER_NAME, /* 第03版：监督执纪 */
    NP_HEAD_PAPER,       /* 人民日报, XX晚报 */
    NP_HEAD_PAGE_NAME,   /* 要闻, 体育新闻 */
    NP_HEAD_ENGLISH      /* NEWS */
} np_head_token;

/* Where the colon of a NP_HEAD_NUMBER_NAME token stands (第03版：监督执纪,
 * 第05版:天津), and its bytes in *width; tl when there is none. */
size_t np_head_name_colon(const char *t, size_t tl, size_t *width);

/* The bytes of the era of the Republic that opens t[0..tl) (中華民國,
 * 民國: its years count from 1912), or 0. */
size_t np_head_era(const char *t, size_t tl);

/* The bytes of the weekday glued to the date that t[0..tl) is
 * (2018年12月17日星期一), or 0. */
size_t np_head_glued_weekday(const char *t, size_t tl);

/* The kind of the token t[0..tl) of chars characters. */
np_head_token np_head_token_kind(const char *t, size_t tl, size_t chars);

/* The next token of the head line s[0..len) at or after *i: its start in
 * *start, its characters in *chars, *i moved past it; false at the end. */
bool np_head_next_token(const char *s, size_t len, size_t *i, size_t *start, size_t *chars);

/* Whether the token s[start..end) of chars characters, after a date on
 * the head line s[0..len), is the page's name outside the vocabulary,
 * printed last (人民铁道  2015年10月28日  星期三  一线风采). */
bool np_head_trailing_name(const char *s, size_t len, size_t start, size_t end, size_t chars);

/* Whether c letters a page before its number: the sections A to H (A03,
 * B2), and P (page) as Macau's papers print it (P03). */
bool np_is_page_letter(char c);

/* Whether s[0..len) is a page name spaced out to fill its box (金  融). */
bool np_head_spaced_name(const char *s, size_t len);

/* The rule that read a furniture line (its trace name), from the kind
 * classify.c found, so the trace says which kind decided. */
const char *np_furniture_rule(const struct np_line *ln);

/* Whether ln is a page header line (date, page name, page number): a page
 * name of its own may stand right under one. */
bool np_furniture_is_header(const struct np_line *ln);

/* What the page's header lines have told so far. */
typedef enum np_header_seen {
    NP_HEADER_NONE = 0, /* neither the page's number nor its name */
    NP_HEADER_NUMBERED, /* its number (NP_LF_NUMBERS_PAGE), not its name */
    NP_HEADER_NAMED     /* its name (NP_LF_NAMES_PAGE, or a name under them) */
} np_header_seen;

/* Where a line stands on the page, for the page names read from it. */
typedef struct np_page_context {
    bool had_article;      /* an article was opened before */
    bool after_header;     /* the last block was a page header line */
    np_header_seen header; /* what the header lines told */
} np_page_context;

/* The rule (its trace name) that reads q[0] as a page name known by its
 * position alone, not its words, for the names no vocabulary lists; or
 * NULL. */
const char *np_furniture_page_name_rule(struct np_line *const *q, size_t n, const np_page_context *ctx);

/* Carry a furniture reading of ln out (page_name: read from its position):
 * its node on the page, or inside the article a jump or signature ends. */
np_status np_furniture_node(struct np_builder *b, struct np_line *ln, const char *by, bool page_name);

#endif /* NP_FURNITURE_H */
