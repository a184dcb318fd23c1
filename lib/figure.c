/*
 * figure.c - what one line shows of a picture: a caption's own words
 * (图① 图1： 上图 …) and the Markdown image line.  Only the whole-line
 * form of an image counts: an image in the middle of a sentence is text
 * that happens to hold brackets, and a path is never guessed from
 * anything else.  The figure gap and a caption's place are decided in
 * context (np_figure_rule, below); a caption's credit is credit.c's.
 */
#include "figure.h"

#include <string.h>

#include "byline.h"
#include "text.h"
#include "thresholds.h"
#include "titles.h"

bool np_figure_caption_words(const char *s, size_t len)
{
    if (np_starts_with(s, len, "图") && len > 3) {
        np_cp c;
        np_utf8_decode(s, len, 3, &c);
        if (np_is_circled_number(c) || np_is_digit(c) || c == 0xFF1A || c == ':')
            return true;
    }
    /* every lead ends with 图: a line whose second letter is another one
     * is spared the list */
    static const char *const lead_list[] = {"上图", "下图", "中图", "右图", "左图", "组图", "题图"};
    static const np_words leads = NP_WORDS(lead_list);
    return len >= 6 && np_starts_with(s + 3, len - 3, "图") && np_words_prefix(&leads, s, len) > 0;
}

/* The alt text's closing bracket: alt text may hold balanced [ ]. */
static size_t alt_end(const char *s, size_t len, size_t i)
{
    int depth = 0;
    for (; i < len; i++) {
        if (s[i] == '\\' && i + 1 < len)
            i++;
        else if (s[i] == '[')
            depth++;
        else if (s[i] == ']' && depth-- == 0)
            return i;
    }
    return len;
}

bool np_figure_image_line(const char *s, size_t len, size_t *src, size_t *src_len)
{
    if (len < 5 || s[0] != '!' || s[1] != '[' || s[len - 1] != ')')
        return false;
    size_t close = alt_end(s, len, 2);
    if (close + 1 >= len || s[close + 1] != '(')
        return false;
    size_t a = close + 2, b = len - 1; /* inside the parentheses */
    while (a < b && s[a] == ' ')
        a++;
    if (a < b && s[a] == '<') {
        const char *gt = memchr(s + a, '>', b - a);
        if (gt == NULL)
            return false;
        *src = a + 1;
        *src_len = (size_t)(gt - s) - a - 1;
        return true;
    }
    size_t end = a;
    while (end < b && s[end] != ' ' && s[end] != '(' && s[end] != ')')
        end++;
    /* after the path only an optional quoted title may stand */
    size_t rest = end;
    while (rest < b && s[rest] == ' ')
        rest++;
    if (rest < b && s[rest] != '"' && s[rest] != '\'')
        return false;
    *src = a;
    *src_len = end - a;
    return true;
}

/* ------------------------------------------------------------------ */
/* Figures in context: the rules that find one, and its node            */
/* ------------------------------------------------------------------ */

/* Whether q[0] begins a figure: a caption (or a lone credit) standing
 * after a figure gap, or marked as a caption by its words or its credit.
 * Returns the rule that says so, or NULL. */
const char *np_figure_rule(np_figure_context ctx, np_line *const *q, size_t n)
{
    const np_line *ln = q[0];
    if (ln->kind == NP_LK_IMAGE)
        return "figure.image_line";
    bool credit_next = n > 1 && q[1]->kind == NP_LK_CREDIT && !q[1]->credit.page;
    bool gap_figure = ln->gap >= NP_FIGURE_GAP && ctx.started;
    /* 梅小惠, 张可颐: a name alone after three blank lines is a portrait's
     * caption (of the 19 lines of names alone after such a gap on the
     * labelled pages, all 19 are captions, none a byline) */
    if (ln->kind == NP_LK_NAMES && !ln->mark && gap_figure)
        return "figure.portrait_name";
    if (ln->mark || ln->kind == NP_LK_BYLINE || ln->kind == NP_LK_NAMES)
        return NULL;
    if (ln->kind == NP_LK_CREDIT)
        return gap_figure && !ln->credit.page ? "figure.credit_after_gap" : NULL;
    if (ln->flags & NP_LF_CREDIT_TAIL)
        return "figure.glued_credit";
    if (credit_next && (q[1]->gap == 0 || (ln->gap >= NP_FIGURE_GAP && q[1]->gap <= NP_NEAR_GAP)))
        return "figure.credit_below";
    if ((ln->flags & NP_LF_CAPTION) && !np_reflow_continues(ctx.para, ln, n > 1 ? q[1] : NULL))
        return "figure.caption_words";
    if (!gap_figure)
        return NULL;
    /* three blank lines usually mean a picture, but a title block with its
     * byline right under it is the next article (a byline after leads
     * does not make one: of the 118 short lines after text and three blank
     * lines on the labelled pages, all are captions, 9时,3位“主席”从湖南日报
     * 报业集团出发,开始巡游长沙 with a byline three paragraphs on among
     * them); right under title lines that have no text yet, it is the
     * picture between a title and its byline (大娘,来摆个造型! / □记者
     * 张洪涛 文/图) */
    if (ctx.under_titles)
        return "figure.gap_under_title";
    size_t span = np_titles_span(q, n);
    bool signed_block = span > 0 && span < n &&
                        (q[span]->kind == NP_LK_BYLINE || q[span]->kind == NP_LK_NAMES ||
                         (q[span]->flags & NP_LF_DATELINE)) &&
                        np_titles_byline_follows(q, n, span);
    return signed_block ? NULL : "figure.gap";
}

bool np_caption_under_image(np_line *const *q, size_t n)
{
    if (n < 2 || q[1]->gap > NP_NEAR_GAP || q[1]->mark)
        return false;
    const np_line *ln = q[1];
    if (ln->kind == NP_LK_CREDIT)
        return !ln->credit.page;
    if (ln->kind != NP_LK_TEXT && ln->kind != NP_LK_TITLE)
        return false;
    bool credit_next = n > 2 && q[2]->kind == NP_LK_CREDIT && !q[2]->credit.page && q[2]->gap == 0;
    /* a short line set right under the picture is what a caption looks like */
    bool title_under = ln->kind == NP_LK_TITLE && ln->gap == 0;
    return (ln->flags & (NP_LF_CREDIT_TAIL | NP_LF_CAPTION)) || credit_next || title_under;
}

bool np_credit_under_caption(np_line *const *q, size_t n)
{
    return q[0]->kind != NP_LK_CREDIT && !(q[0]->flags & NP_LF_CREDIT_TAIL) && n > 1 &&
           q[1]->kind == NP_LK_CREDIT && q[1]->gap <= NP_NEAR_GAP && !q[1]->credit.page;
}

/* The lines a figure starting at q[0] takes: its image line, its caption
 * and the credit under the caption. */
size_t np_figure_lines(np_line *const *q, size_t n)
{
    size_t k = 0;
    if (q[0]->kind == NP_LK_IMAGE) {
        if (!np_caption_under_image(q, n))
            return 1;
        k = 1;
    }
    return k + 1 + np_credit_under_caption(q + k, n - k);
}

/* The figure of an image line, its path as src. */
static np_node *image_figure(np_builder *b, const np_line *ln, const char *by)
{
    np_build_trace(b, ln, "figure_image", by, NULL, "paragraph");
    np_node *fig = np_emit_node(b->em, NP_NODE_FIGURE, NULL, 0, ln->lineno);
    if (fig && !np_node_set_source(np_emit_arena(b->em), fig, ln->buf.data + ln->src, ln->src_len)) {
        b->em->status = NP_ERR_NOMEM;
        return NULL;
    }
    if (fig) {
        /* the figure starts at its image line; its caption widens it */
        fig->span = np_line_span(ln, 0, ln->buf.len);
        fig->span_count = 1;
    }
    return fig;
}

/* Caption and credit of a figure, from q[0] (and the credit line under it). */
static np_status figure_content(np_builder *b, np_node *fig, np_line *const *q, size_t n, const char *by)
{
    const np_line *ln = q[0];
    np_node *credit = NULL;
    if (ln->kind == NP_LK_CREDIT) {
        np_build_trace(b, ln, "figure_credit", by, NULL, "credit");
        credit = np_credit_make(b, ln, &ln->credit);
        if (!credit)
            return b->em->status;
    } else {
        if (ln->flags & NP_LF_CREDIT_TAIL)
            np_build_trace(b, ln, "caption+credit", by, "credit.glued", "paragraph");
        else
            np_build_trace(b, ln, "caption", by, NULL, "paragraph");
        size_t end = (ln->flags & NP_LF_CREDIT_TAIL) ? ln->cut : ln->buf.len;
        np_node *cap = np_build_line_node(b, NP_NODE_CAPTION, ln, np_marker_length(ln->buf.data, end), end);
        if (!cap)
            return b->em->status;
        np_node_append(fig, cap);
        np_node_cover(fig, cap);
        if (ln->flags & NP_LF_CREDIT_TAIL) {
            credit = np_credit_make(b, ln, &ln->credit);
        } else if (np_credit_under_caption(q, n)) {
            np_build_trace(b, q[1], "figure_credit", "figure.credit_below", NULL, "credit");
            credit = np_credit_make(b, q[1], &q[1]->credit);
        }
        if (!credit && b->em->status != NP_OK)
            return b->em->status;
    }
    if (credit) {
        np_node_append(fig, credit);
        np_node_cover(fig, credit);
    }
    return NP_OK;
}

np_status np_figure_node(np_builder *b, np_line *const *q, size_t n, const char *by)
{
    const np_line *ln = q[0];
    np_node *fig;
    np_status st = NP_OK;
    if (ln->kind == NP_LK_IMAGE) {
        fig = image_figure(b, ln, by);
        if (fig && np_caption_under_image(q, n))
            st = figure_content(b, fig, q + 1, n - 1, "figure.under_image");
    } else {
        fig = np_emit_node(b->em, NP_NODE_FIGURE, NULL, 0, ln->lineno);
        if (fig)
            st = figure_content(b, fig, q, n, by);
    }
    if (!fig)
        return b->em->status;
    if (st != NP_OK)
        return st;
    return np_reflow_figure(&b->reflow, b->em, fig, b->em->article == NULL);
}
