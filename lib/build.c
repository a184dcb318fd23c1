/*
 * build.c - what every element's builder shares: the trace of a line's
 * decision, the article opened and closed around a reading, and nodes
 * made of a line's text with their spans.
 *
 * The builders themselves are in the element files (furniture.c,
 * figure.c, credit.c, byline.c, titles.c, heads.c, reflow.c); blocks.c
 * calls the one a committed reading names.
 */
#include <string.h>

#include "parse.h"
#include "text.h"

/* ------------------------------------------------------------------ */
/* Names for the trace                                                   */
/* ------------------------------------------------------------------ */

const char *np_line_kind_name(np_line_kind kind)
{
    switch (kind) {
    case NP_LK_TEXT: return "text";
    case NP_LK_TITLE: return "title";
    case NP_LK_BYLINE: return "byline";
    case NP_LK_NAMES: return "names";
    case NP_LK_CREDIT: return "credit";
    case NP_LK_FURNITURE: return "furniture";
    case NP_LK_IMAGE: return "image";
    }
    return "";
}

/* In the order of the NP_LF_* bits: bit i is named feature_names[i]. */
static const char *const feature_names[] = {
    "final",        "sentence",     "clause",      "unbalanced",  "colon_end",   "dash_end",
    "dash_start",   "bold_open",    "bold_close",  "caption",     "credit_tail", "function_end",
    "entity_colon", "bare_entity",  "wire_byline", "opens_quote", "closes_first", "dateline",
    "exclaim_end",  "numbered",     "bracketed",   "speaker",     "stop_inside", "quoted",
    "comma",        "place",        "set_in_title", "compiled",     "label",       "names_page",
    "numbers_page", "table_row",
};

_Static_assert(sizeof feature_names / sizeof feature_names[0] == 32, "a name for every NP_LF_ bit");
_Static_assert(NP_LF_TABLE_ROW == 1u << 31, "feature_names follows the NP_LF_ bits");

void np_line_feature_names(const np_line *ln, char *buf, size_t cap)
{
    size_t len = 0;
    if (cap == 0)
        return;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof feature_names / sizeof feature_names[0]; i++) {
        if (!(ln->flags & (1u << i)))
            continue;
        size_t k = strlen(feature_names[i]);
        if (len + (len > 0) + k + 1 > cap)
            return;
        if (len > 0)
            buf[len++] = ' ';
        memcpy(buf + len, feature_names[i], k + 1);
        len += k;
    }
}

/* ------------------------------------------------------------------ */
/* The trace: every line's reading and the rule that decided it          */
/* ------------------------------------------------------------------ */

void np_build_trace(np_builder *b, const np_line *ln, const char *reading, const char *by,
                    const char *second_by, const char *alternative)
{
    if (!b->on_trace)
        return;
    np_line_feature_names(ln, b->features, sizeof b->features);
    np_trace t = {
        .line = ln->lineno,
        .offset = ln->offset,
        .reading = reading,
        .by = by,
        .second_by = second_by,
        .alternative = alternative,
        .shape = np_line_kind_name(ln->kind),
        .features = b->features,
    };
    b->on_trace(&t, b->trace_userdata);
}

/* ------------------------------------------------------------------ */
/* Articles                                                             */
/* ------------------------------------------------------------------ */

np_status np_build_close_article(np_builder *b)
{
    np_status st = np_reflow_close(&b->reflow, b->em);
    return st != NP_OK ? st : np_emit_close_article(b->em);
}

np_status np_build_open_article(np_builder *b, size_t line)
{
    np_status st = np_build_close_article(b);
    return st != NP_OK ? st : np_emit_open_article(b->em, line);
}

np_status np_build_ensure_article(np_builder *b, size_t line)
{
    return b->em->article ? NP_OK : np_build_open_article(b, line);
}

/* ------------------------------------------------------------------ */
/* Nodes of a line's text                                               */
/* ------------------------------------------------------------------ */

np_node *np_build_text_node(np_builder *b, np_node_type type, const char *s, size_t len, size_t line,
                            bool replaced)
{
    size_t a = 0, e = len;
    np_trim(s, &a, &e);
    np_node *n = np_emit_node(b->em, type, s + a, e - a, line);
    if (n)
        np_emit_mark_replaced(n, replaced);
    return n;
}

bool np_build_set_spans(np_builder *b, np_node *n, const np_span *spans, size_t count)
{
    if (np_node_set_spans(np_emit_arena(b->em), n, spans, spans + 1, count))
        return true;
    b->em->status = NP_ERR_NOMEM;
    return false;
}

np_node *np_build_line_node(np_builder *b, np_node_type type, const np_line *ln, size_t from, size_t to)
{
    np_trim(ln->buf.data, &from, &to);
    np_node *n = np_build_text_node(b, type, ln->buf.data + from, to - from, ln->lineno, ln->replaced);
    if (n) {
        n->span = np_line_span(ln, from, to); /* one span: nothing to allocate */
        n->span_count = 1;
    }
    return n;
}
