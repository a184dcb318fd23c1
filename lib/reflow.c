/*
 * reflow.c - re-join paragraphs cut by column and page breaks.
 *
 * A paragraph stays open after each fragment until the next line decides:
 * a fragment that ended mid-sentence is continued by the next text line,
 * even across a figure, and so is a quotation left open when the next line
 * begins by closing it.  Figures met while a paragraph is open wait and are
 * placed after it (SPEC §2), so the paragraph reads whole: paragraph.c
 * keeps the open paragraph's text and the figures waiting for it.
 */
#include "byline.h"
#include "heads.h"
#include "parse.h"
#include "text.h"
#include "thresholds.h"

/* The lead byte of every list and byline marker (■ □ ● ◆ ▲ ★ ◎, U+25xx
 * and U+26xx): most lines are spared the marker test by it. */
#define NP_MARKER_LEAD 0xE2

/* The bytes of the marker that opens s[0..len) (● …), or 0. */
static size_t marker_length(const char *s, size_t len)
{
    return len > 0 && (unsigned char)s[0] == NP_MARKER_LEAD ? np_marker_length(s, len) : 0;
}

/* A form's field of a title line's length, not in brackets (时间:3月6日上午):
 * a paragraph of its own.  The length is tested first, for most lines are
 * longer. */
static bool is_short_field(const np_line *ln)
{
    return ln->chars <= NP_TITLE_MAX_CHARS && !(ln->flags & NP_LF_LABEL) && np_heads_field_line(ln);
}

static bool verse_length(const np_line *ln)
{
    return ln->chars <= NP_VERSE_MAX_CHARS && ln->kind == NP_LK_TEXT;
}

bool np_reflow_verse(const np_para *r, const np_line *ln, const np_line *next)
{
    if (!r->open || r->finished)
        return false;
    /* blocks are set apart by blank lines, so a line printed right under
     * the last one is a line of its own: a verse, or a paragraph a line */
    if (ln->gap == 0)
        return true;
    /* two short lines are a fragment and its end, unless a verse runs on:
     * the line before began as a verse, or a third short line follows */
    if (!r->nonempty || r->last_chars > NP_VERSE_MAX_CHARS || ln->chars > NP_VERSE_MAX_CHARS)
        return false;
    return r->verse || (next && next->gap <= NP_NEAR_GAP && verse_length(next));
}

/* A line of a poem set like title lines: classify.c read it as a title
 * line or a name, short as a verse, unmarked. */
static bool plain_verse_line(const np_line *ln)
{
    return (ln->kind == NP_LK_TITLE || ln->kind == NP_LK_NAMES) && ln->mark == NP_MARK_NONE &&
           ln->chars <= NP_VERSE_MAX_CHARS;
}

/* A poem set like title lines stands a line per block, a blank line
 * between (lines right under each other are verse already:
 * reflow.line_under_line). */
size_t np_reflow_verse_run(np_line *const *q, size_t n)
{
    /* a name or a dash in the run is a title block's byline or
     * subheadline (评论员观察 / 强化监管，着力整治乱象 / ——为民营经济营造更好发展环境③ / 常  晋) */
    size_t k = 0;
    while (k < n && plain_verse_line(q[k]) && q[k]->kind == NP_LK_TITLE &&
           !(q[k]->flags & (NP_LF_DASH_START | NP_LF_DASH_END)) &&
           (k == 0 || (q[k]->gap > 0 && q[k]->gap <= NP_NEAR_GAP)))
        k++;
    return k;
}

bool np_reflow_plain_verse(const np_para *r, const np_line *ln)
{
    return r->open && r->verse && r->plain && !r->finished && r->poem_lines < NP_POEM_MAX_LINES &&
           ln->gap <= NP_NEAR_GAP && plain_verse_line(ln);
}

const char *np_reflow_continues(const np_para *r, const np_line *ln, const np_line *next)
{
    if (!r->open || ln->mark != NP_MARK_NONE || np_reflow_verse(r, ln, next))
        return NULL;
    /* a line set in with the paragraph indent starts a paragraph: the part
     * of a paragraph carried to the next column is never set in */
    if (ln->indented)
        return NULL;
    /* nor is a line opening with a label (【故事】…, 【说法】…): a field of
     * its own */
    if (ln->flags & NP_LF_LABEL)
        return NULL;
    /* nor one opening with a dateline (本报北京6月16日电, 【环球时报特约记者
     * 王逸】): it opens a story's first paragraph; nor a results table's
     * row, a paragraph of its own */
    if (ln->flags & (NP_LF_DATELINE | NP_LF_TABLE_ROW))
        return NULL;
    /* nor one opening with a list's marker (● …): of the 14 such lines
     * read as text on the labelled pages, none continues a paragraph; nor
     * a form's field (时间:3月6日上午), a paragraph of its own */
    if (is_short_field(ln) || marker_length(ln->buf.data, ln->buf.len) > 0)
        return NULL;
    if (!r->finished)
        return "reflow.unfinished";
    /* “…。 / …。”: the break fell inside a quotation */
    if (r->quote_depth > 0 && (ln->flags & NP_LF_CLOSES_FIRST))
        return "reflow.open_quotation";
    /* …转入经济日报报业集团。 / 当时普遍的想法是…: on a page that sets its
     * paragraphs in, a line of text too long for a head that is not set in
     * goes on with the paragraph the break cut after a sentence (of the 5
     * such lines after a finished paragraph on the labelled pages, with
     * paragraphs set in before and none flush, 4 continue it and 1 is a
     * head; captions stand after a figure's gap) */
    if (ln->kind == NP_LK_TEXT && ln->chars > NP_TITLE_MAX_CHARS && ln->gap < NP_FIGURE_GAP &&
        r->set_in >= NP_SET_IN_MIN_PARAGRAPHS && r->flush == 0)
        return "reflow.not_set_in";
    return NULL;
}

void np_para_add(np_para *p, const np_line *ln, const char *s, size_t len)
{
    bool first = !p->open;
    if (!p->open) {
        p->open = true;
        p->quote_depth = 0;
        p->verse = false;
        p->plain = false;
        p->nonempty = false;
        p->waiting = 0;
        if (ln->indented)
            p->set_in++;
        else
            p->flush++;
    }
    p->last_chars = ln->chars;
    p->nonempty = p->nonempty || len > 0;
    p->quote_depth += ln->quote_balance;
    /* the whole line: classify.c has already read its end */
    bool whole = s == ln->buf.data && len == ln->buf.len;
    p->finished = whole ? (ln->flags & NP_LF_FINAL) != 0 : np_ends_sentence(s, len);
    /* ——海南省海口市龙华区金贸街道党工委委员何敏, ——《春晓》唐·孟浩然: who said
     * it or where it comes from, a whole paragraph with no mark at its end */
    if (first && (ln->flags & NP_LF_DASH_START) && !(ln->flags & NP_LF_CLAUSE))
        p->finished = true;
    /* （作者为…研究员，本报记者刘志强整理）, （本系列评论到此结束）: a note
     * wholly in brackets is a paragraph of its own (of the 29 on the
     * labelled pages with no mark at their end, none is continued) */
    if (first && ((ln->flags & (NP_LF_BRACKETED | NP_LF_TABLE_ROW)) || is_short_field(ln)))
        p->finished = true;
}

/* ------------------------------------------------------------------ */
/* Fragments and paragraph text                                         */
/* ------------------------------------------------------------------ */

static bool ends_ascii_alnum(const np_line *ln)
{
    return ln->buf.len > 0 && np_is_ascii_alnum((unsigned char)ln->buf.data[ln->buf.len - 1]);
}

/*
 * A short line that is not a title: a section head, unless it reads as a
 * piece of a paragraph: a comma outside quotes (a clause of a sentence,
 * unless the line is numbered like a head: （一）…，…; 、 lists the parts
 * of a head as often as of a sentence: 让服务“嵌”得进、“用”得好), a
 * lone first half of a two-line head, or a figure right after it (the
 * column broke mid-sentence there; a head is followed by its text).
 */
const char *np_reflow_fragment(np_line *const *q, size_t n, bool in_text)
{
    const np_line *ln = q[0];
    if (ln->mark != NP_MARK_NONE || (ln->flags & (NP_LF_BOLD_OPEN | NP_LF_BOLD_CLOSE)))
        return NULL;
    if (ln->flags & NP_LF_COLON_END)
        return "fragment.colon_end";
    if ((ln->flags & NP_LF_COMMA) && !(ln->flags & NP_LF_NUMBERED))
        return "fragment.comma";
    /* 全国及海外的1 / 700余所: a number or word cut by the break */
    if (n > 1 && q[1]->gap <= NP_NEAR_GAP && ends_ascii_alnum(ln) && np_is_ascii_alnum((unsigned char)q[1]->buf.data[0]))
        return "fragment.cut_word";
    /* “为什么不摘？” is dialogue unless a byline makes it a headline */
    if ((ln->flags & NP_LF_QUOTED) && (ln->flags & NP_LF_EXCLAIM_END))
        return "fragment.quoted_exclamation";
    /* a head is followed by its text, not by the jump to another page:
     * the column broke mid-sentence there */
    if (n > 1 && q[1]->kind == NP_LK_FURNITURE && q[1]->furniture == NP_FURNITURE_JUMP_TO)
        return "fragment.before_jump";
    /* a line over pictures in an article with no text yet is a head over
     * them (a photo page's 全面推进依法治国), not a paragraph's piece */
    return n > 1 && q[1]->gap >= NP_FIGURE_GAP && in_text ? "fragment.figure_follows" : NULL;
}

np_status np_reflow_text(np_builder *b, const np_line *ln, bool cont, bool verse, bool opens, const char *by,
                         const char *alt)
{
    np_status st;
    bool wire = (ln->flags & NP_LF_WIRE_BYLINE) != 0;
    np_build_trace(b, ln,
          cont ? (wire ? "continuation+byline" : "continuation") : (wire ? "paragraph+byline" : "paragraph"),
          by, wire ? "byline.wire_bracket" : NULL, alt);
    if (!cont) {
        if ((st = np_reflow_close(&b->reflow, b->em)) != NP_OK ||
            (opens && (st = np_build_close_article(b)) != NP_OK) ||
            (st = np_build_ensure_article(b, ln->lineno)) != NP_OK)
            return st;
    }
    size_t len = wire ? ln->wire_at : ln->buf.len;
    /* ● 智能电视机虽然增加了…: a list's marker opening a paragraph is no
     * part of its text */
    size_t a = cont ? 0 : marker_length(ln->buf.data, len);
    np_trim(ln->buf.data, &a, &len);
    st = np_reflow_add(&b->reflow, ln, ln->buf.data + a, len - a, b->max_line);
    if (st == NP_OK)
        np_para_add(&b->reflow.para, ln, ln->buf.data + a, len - a);
    if (verse)
        b->reflow.para.verse = true;
    if (st != NP_OK || !wire)
        return st;
    if ((st = np_reflow_close(&b->reflow, b->em)) != NP_OK)
        return st;
    return np_byline_wire_node(b, ln);
}
