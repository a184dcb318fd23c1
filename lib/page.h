/*
 * page.h - the page record (paper, date, weekday, page number and label,
 * page name, editors) read from a page's furniture, and the pages named
 * by jump lines.  Only what is printed is recorded: an absent value is
 * NULL (or 0 for the number), never guessed.
 */
#ifndef NP_PAGE_H
#define NP_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "internal.h"

/* The longest page label with its NUL (A03, 04; np_page_ref.label). */
#define NP_PAGE_LABEL_BYTES 8

typedef struct np_page_editor {
    const char *role;   /* as printed: 本版责编, 美术编辑 */
    const char **names; /* padding removed: 张洁 */
    size_t count;
} np_page_editor;

struct np_page {
    const char *paper;   /* 人民日报 */
    const char *date;    /* ISO 8601: 2025-03-05 */
    const char *weekday; /* as printed: 星期三 */
    unsigned number;     /* 3 (0: not printed) */
    const char *label;   /* A03, 04: only when printed with a letter or a leading zero */
    const char *name;    /* 要闻 */
    np_page_editor *editors;
    size_t editor_count;
    /* the lines set in with the paragraph indent (np_page_line_set_in):
     * a page's own, NULL in an issue's copy */
    const unsigned char *set_in;
    size_t set_in_bytes;
};

/*
 * Read a page number: 3, 03, A03, 第3版, 第三版, 第十五版, A04版, -3-.
 * Fills *ref (number and label); false when s[0..len) names no page.
 */
bool np_page_ref_read(const char *s, size_t len, np_page_ref *ref);

/*
 * The ISO date (YYYY-MM-DD, 11 bytes with the NUL, into iso) of a date
 * token: 2025年3月5日, 2025-03-05, 2025.3.5, ２０２５年３月５日,
 * 二〇二五年三月五日, 中華民國113年2月18日 (2024-02-18).  False when the token is no full valid date (6月3日
 * has no year: no ISO date can be told from it).
 */
bool np_page_date_read(const char *s, size_t len, char iso[11]);

/*
 * The lines of a page set in with the paragraph indent, a bit a line (bit
 * line % 8 of byte line / 8): the parser marks each as it reads it (false
 * when memory ran out), the record keeps them.  A jump cuts an article at
 * a column's end, so whether the continuation's first line was set in is
 * what tells the stitcher (issue.c) a new paragraph from the cut one, and
 * the tree holds no indent.
 */
bool np_page_mark_set_in(np_buf *bits, size_t line);
bool np_page_line_set_in(const np_page *page, size_t line);

/* The page record of a parsed page, built from the furniture nodes of
 * tree in document order into the tree's arena and set as tree->page,
 * with a copy of the set-in lines (set_in, as np_page_mark_set_in made
 * them); false when memory ran out. */
bool np_page_attach(np_tree *tree, const np_buf *set_in);

/* A copy of page in arena (an issue keeps its pages' records), or NULL
 * when memory ran out. */
np_page *np_page_copy(np_arena *arena, const np_page *page);

/* Whether the record holds any value (a page that prints none shows no
 * record in any format). */
bool np_page_has_values(const np_page *page);

/* The number as the renderers show it: the label (A03), or 第N版; ""
 * when none is printed.  buf holds at least NP_PAGE_NUMBER_TEXT_BYTES. */
#define NP_PAGE_NUMBER_TEXT_BYTES 24
const char *np_page_number_text(const np_page *page, char *buf);

/* The record as the heading of a rendered page, appended to out: the
 * paper, date, weekday, number and page name separated by two spaces
 * (人民日报  2024-06-03  星期一  第1版  要闻); np_page_editors: one role
 * after another (本版责编：张洁 吴凯  版式设计：赵婉宁).  Either appends
 * nothing when none of its values is printed; false when memory ran out. */
bool np_page_heading(const np_page *page, np_buf *out);
bool np_page_editors(const np_page *page, np_buf *out);

#endif /* NP_PAGE_H */
