/*
 * furniture.h - page furniture: the lines of a page that belong to the
 * page and not to any article (page numbers, dates, page names, editor
 * lines, jump lines, an editor's-note signature).
 */
#ifndef NP_FURNITURE_H
#define NP_FURNITURE_H

#include <stddef.h>

#include "newsparse.h"
#include "text.h"

/* The longest furniture line, in characters (an editor line with its
 * telephone and e-mail address). */
#define NP_FURNITURE_MAX_CHARS 80

/* The vocabulary (shared with the unit tests): page names and editors'
 * titles. */
extern const np_words np_page_names;
extern const np_words np_editor_titles;

/*
 * The kind of furniture s[0..len) is (trimmed line text of chars
 * characters), or NP_FURNITURE_NONE.  For jump lines, [*page_a, *page_b)
 * is the page named (第二版); otherwise both are 0.
 */
np_furniture_kind np_furniture_classify(const char *s, size_t len, size_t chars, size_t *page_a,
                                        size_t *page_b);

#endif /* NP_FURNITURE_H */
