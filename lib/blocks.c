/*
 * blocks.c - the block parser: decide each line in the context of the
 * lines around it.
 *
 * Lines wait in a small ring (NP_LOOKAHEAD) and the oldest is decided when
 * the ring is full or the input ends; a decision may take more than one
 * line (a title block, a head on two lines, a caption with its credit).
 * The order of the checks in step() is the order of precedence:
 *
 *   furniture > figure > credit > byline > continuation of an open
 *   paragraph > bare-name byline in the header zone > title or section
 *   head > paragraph.
 *
 * Title evidence is weighed in titles.c, paragraph joining in reflow.c.
 */
#include <string.h>

#include "parse.h"
#include "text.h"
#include "titles.h"

void np_blocks_init(np_blocks *b, np_mem *mem, np_emitter *em, const np_options *opts)
{
    memset(b, 0, sizeof *b);
    b->mem = mem;
    b->em = em;
    b->max_line = opts->max_line_bytes ? opts->max_line_bytes : NP_DEFAULT_MAX_LINE_BYTES;
    b->on_trace = opts->on_trace;
    b->trace_userdata = opts->trace_userdata;
    np_reflow_init(&b->reflow, mem);
    np_buf_init(&b->scratch, mem);
    for (size_t i = 0; i < NP_LOOKAHEAD; i++) {
        np_buf_init(&b->ring[i].buf, mem);
        np_buf_init(&b->ring[i].fixes, mem);
    }
}

void np_blocks_free(np_blocks *b)
{
    np_reflow_free(&b->reflow);
    np_buf_free(&b->scratch);
    for (size_t i = 0; i < NP_LOOKAHEAD; i++) {
        np_buf_free(&b->ring[i].buf);
        np_buf_free(&b->ring[i].fixes);
    }
}

/* The queued lines in order. */
static size_t view(np_blocks *b, np_line **q)
{
    for (size_t i = 0; i < b->count; i++)
        q[i] = &b->ring[(b->head + i) % NP_LOOKAHEAD];
    return b->count;
}

/* ------------------------------------------------------------------ */
/* The trace: every line's reading and the rule that decided it          */
/* ------------------------------------------------------------------ */

static void trace(np_blocks *b, const np_line *ln, const char *reading, const char *by,
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

/* The rule that read a furniture line: its kind, as classify.c found it. */
static const char *furniture_rule(const np_line *ln)
{
    switch ((np_furniture_kind)ln->furniture) {
    case NP_FURNITURE_PAGE_NUMBER: return "furniture.page_number";
    case NP_FURNITURE_DATE: return "furniture.date";
    case NP_FURNITURE_PAGE_NAME: return "furniture.page_name";
    case NP_FURNITURE_EDITOR: return "furniture.editor";
    case NP_FURNITURE_JUMP_TO: return "furniture.jump_to";
    case NP_FURNITURE_JUMP_FROM: return "furniture.jump_from";
    case NP_FURNITURE_SIGNATURE: return "furniture.signature";
    case NP_FURNITURE_NONE: break;
    }
    return "furniture.other";
}

/* ------------------------------------------------------------------ */
/* Articles                                                             */
/* ------------------------------------------------------------------ */

static void reset_article_state(np_blocks *b)
{
    b->header_zone = false;
    b->has_byline = false;
    b->leads = 0;
    b->closing = false;
    b->has_text = false;
    b->entity_heads = false;
}

static np_status close_article(np_blocks *b)
{
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st != NP_OK)
        return st;
    reset_article_state(b);
    return np_emit_close_article(b->em);
}

static np_status open_article(np_blocks *b, size_t line)
{
    np_status st = close_article(b);
    if (st != NP_OK)
        return st;
    b->continued = false;
    b->had_article = true;
    return np_emit_open_article(b->em, line);
}

/* An article without title lines: continued from another page, or text
 * before any title. */
static np_status ensure_article(np_blocks *b, size_t line)
{
    return b->em->article ? NP_OK : open_article(b, line);
}

/* ------------------------------------------------------------------ */
/* Node builders                                                         */
/* ------------------------------------------------------------------ */

/* replaced: the text comes from a line whose invalid bytes were replaced
 * with U+FFFD, which callers must be able to tell from clean text. */
static np_node *text_node(np_blocks *b, np_node_type type, const char *s, size_t len, size_t line,
                          bool replaced)
{
    size_t a = 0, e = len;
    np_trim(s, &a, &e);
    np_node *n = np_emit_node(b->em, type, s + a, e - a, line);
    if (n)
        np_emit_mark_replaced(n, replaced);
    return n;
}

/* Give n its spans; false (status set) when memory ran out. */
static bool set_spans(np_blocks *b, np_node *n, const np_span *spans, size_t count)
{
    if (np_node_set_spans(np_emit_arena(b->em), n, spans, spans + 1, count))
        return true;
    b->em->status = NP_ERR_NOMEM;
    return false;
}

/* A node whose text is ln->buf.data[from, to), trimmed, with its span. */
static np_node *line_node(np_blocks *b, np_node_type type, const np_line *ln, size_t from, size_t to)
{
    np_trim(ln->buf.data, &from, &to);
    np_node *n = text_node(b, type, ln->buf.data + from, to - from, ln->lineno, ln->replaced);
    if (n) {
        n->span = np_line_span(ln, from, to); /* one span: nothing to allocate */
        n->span_count = 1;
    }
    return n;
}

/* Authors as children of parent, from the names found in ln. */
static bool add_authors(np_blocks *b, np_node *parent, const np_line *ln)
{
    const char *s = ln->buf.data;
    const np_names *names = &ln->names;
    bool replaced = ln->replaced;
    for (size_t i = 0; i < names->count; i++) {
        const np_name *nm = &names->names[i];
        char tmp[64];
        size_t len;
        if (nm->end - nm->start < sizeof tmp) {
            len = np_name_copy(s, nm, tmp, sizeof tmp);
        } else {
            len = 0;
        }
        np_node *au = np_emit_node(b->em, NP_NODE_AUTHOR, tmp, len, 0);
        if (!au)
            return false;
        /* a spaced-out name (沈  超) keeps its spaces in the span */
        au->span = np_line_span(ln, nm->start, nm->end);
        au->span_count = 1;
        np_emit_mark_replaced(au, replaced);
        np_node_append(parent, au);
    }
    return true;
}

/*
 * The byline of lines[0..k): one line, or two printed one under the other
 * (文/甲 above 图/乙), whose texts are joined with a space.  Each line's
 * text is [names_from, names_to), and a span unless it is empty.
 */
static np_node *byline_node(np_blocks *b, const np_line *const *lines, size_t k)
{
    np_buf_clear(&b->scratch);
    bool replaced = false;
    size_t authors = 0, nspans = 0;
    np_span spans[2];
    for (size_t i = 0; i < k; i++) {
        const np_line *ln = lines[i];
        size_t a = ln->names_from, e = ln->names_to;
        np_trim(ln->buf.data, &a, &e);
        if (e > a && nspans < 2)
            spans[nspans++] = np_line_span(ln, a, e);
        if ((i > 0 && !np_buf_append_char(&b->scratch, ' ')) ||
            !np_buf_append(&b->scratch, ln->buf.data + a, e - a)) {
            b->em->status = NP_ERR_NOMEM;
            return NULL;
        }
        replaced = replaced || ln->replaced;
        authors += ln->names.count;
    }
    np_node *by = text_node(b, NP_NODE_BYLINE, b->scratch.data ? b->scratch.data : "", b->scratch.len,
                            lines[0]->lineno, replaced);
    if (!by || !set_spans(b, by, spans, nspans))
        return NULL;
    for (size_t i = 0; i < k; i++)
        if (!add_authors(b, by, lines[i]))
            return NULL;
    if (authors == 0) {
        /* 本报评论员: a byline that names a role is its own author (the
         * tree gives every byline one) */
        np_node *au = np_emit_node(b->em, NP_NODE_AUTHOR, by->text, by->text_len, 0);
        if (!au || !set_spans(b, au, spans, nspans))
            return NULL;
        np_emit_mark_replaced(au, replaced);
        np_node_append(by, au);
    }
    return by;
}

/* A credit node from a credit found in s (a line's text). */
static np_node *credit_node(np_blocks *b, const np_line *ln, const np_credit *c)
{
    const char *s = ln->buf.data;
    np_node *n = line_node(b, NP_NODE_CREDIT, ln, c->start, c->end);
    if (!n)
        return NULL;
    n->kind = (uint8_t)c->kind;
    np_buf_clear(&b->scratch);
    if (c->kind == NP_CREDIT_PHOTOGRAPHER) {
        for (size_t i = 0; i < c->people.count; i++) {
            char tmp[64];
            const np_name *nm = &c->people.names[i];
            size_t len = nm->end - nm->start < sizeof tmp ? np_name_copy(s, nm, tmp, sizeof tmp) : 0;
            if ((i > 0 && !np_buf_append_str(&b->scratch, "、")) || !np_buf_append(&b->scratch, tmp, len)) {
                b->em->status = NP_ERR_NOMEM;
                return NULL;
            }
        }
    } else if (!np_buf_append(&b->scratch, s + c->src_start, c->src_end - c->src_start)) {
        b->em->status = NP_ERR_NOMEM;
        return NULL;
    }
    if (!np_node_set_source(np_emit_arena(b->em), n, b->scratch.data ? b->scratch.data : "",
                            b->scratch.len)) {
        b->em->status = NP_ERR_NOMEM;
        return NULL;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* Decisions                                                             */
/* ------------------------------------------------------------------ */

/* The furniture node of ln, made in the arena of where it goes (see emit.c). */
static np_node *furniture_node(np_blocks *b, const np_line *ln)
{
    np_node *n = line_node(b, NP_NODE_FURNITURE, ln, 0, ln->buf.len);
    if (!n)
        return NULL;
    n->kind = ln->furniture;
    if (ln->jump_b > ln->jump_a &&
        !np_node_set_source(np_emit_arena(b->em), n, ln->buf.data + ln->jump_a, ln->jump_b - ln->jump_a)) {
        b->em->status = NP_ERR_NOMEM;
        return NULL;
    }
    return n;
}

static np_status do_furniture(np_blocks *b, const np_line *ln, const char *by)
{
    bool jump = ln->furniture == NP_FURNITURE_JUMP_TO || ln->furniture == NP_FURNITURE_JUMP_FROM;
    trace(b, ln, jump ? "jump" : "furniture", by, NULL, NULL);
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st != NP_OK)
        return st;
    /* a jump to another page and a signature end the article from inside
     * it; any other furniture line closes it and stands on the page, so
     * the article is closed before the node is made */
    bool inside = ln->furniture == NP_FURNITURE_JUMP_TO || ln->furniture == NP_FURNITURE_SIGNATURE;
    if (!inside && (st = close_article(b)) != NP_OK)
        return st;
    np_node *n = furniture_node(b, ln);
    if (!n)
        return b->em->status;
    st = np_emit_subtree(b->em, n, !inside);
    if (ln->furniture == NP_FURNITURE_JUMP_TO && st == NP_OK)
        st = close_article(b); /* the article goes on elsewhere: its jump inside it */
    if (ln->furniture == NP_FURNITURE_JUMP_FROM)
        b->continued = true;
    return st;
}

/* Whether q[0] begins a figure: a caption (or a lone credit) standing
 * after a figure gap, or marked as a caption by its words or its credit.
 * Returns the rule that says so, or NULL. */
static const char *figure_rule(np_blocks *b, np_line *const *q, size_t n)
{
    const np_line *ln = q[0];
    if (ln->kind == NP_LK_IMAGE)
        return "figure.image_line";
    if (ln->mark || ln->kind == NP_LK_BYLINE || ln->kind == NP_LK_NAMES)
        return NULL;
    bool credit_next = n > 1 && q[1]->kind == NP_LK_CREDIT && !q[1]->credit.page;
    bool gap_figure = ln->gap >= 3 && b->started;
    if (ln->kind == NP_LK_CREDIT)
        return gap_figure && !ln->credit.page ? "figure.credit_after_gap" : NULL;
    if (ln->flags & NP_LF_CREDIT_TAIL)
        return "figure.glued_credit";
    if (credit_next && (q[1]->gap == 0 || (ln->gap >= 3 && q[1]->gap <= 1)))
        return "figure.credit_below";
    if ((ln->flags & NP_LF_CAPTION) && !np_reflow_continues(&b->reflow, ln, n > 1 ? q[1] : NULL))
        return "figure.caption_words";
    if (!gap_figure)
        return NULL;
    /* three blank lines usually mean a picture, but a title block with its
     * byline after it is the next article */
    size_t span = np_titles_span(q, n);
    return span > 0 && np_titles_byline_follows(q, n, span) ? NULL : "figure.gap";
}

/* Whether the line under an image line is the picture's caption (or its
 * credit): only with evidence a caption carries (its words, a credit, a
 * short line set right under the picture), since the text under a picture
 * is as often the story's next paragraph. */
static bool caption_under_image(np_line *const *q, size_t n)
{
    if (n < 2 || q[1]->gap > 1 || q[1]->mark)
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

/* The figure of an image line, its path as src. */
static np_node *image_figure(np_blocks *b, const np_line *ln, const char *by)
{
    trace(b, ln, "figure_image", by, NULL, "paragraph");
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
static np_status figure_content(np_blocks *b, np_node *fig, np_line *const *q, size_t n, size_t *used,
                                const char *by)
{
    const np_line *ln = q[0];
    np_node *credit = NULL;
    *used = 1;
    if (ln->kind == NP_LK_CREDIT) {
        trace(b, ln, "figure_credit", by, NULL, "credit");
        credit = credit_node(b, ln, &ln->credit);
        if (!credit)
            return b->em->status;
    } else {
        if (ln->flags & NP_LF_CREDIT_TAIL)
            trace(b, ln, "caption+credit", by, "credit.glued", "paragraph");
        else
            trace(b, ln, "caption", by, NULL, "paragraph");
        size_t end = (ln->flags & NP_LF_CREDIT_TAIL) ? ln->cut : ln->buf.len;
        np_node *cap = line_node(b, NP_NODE_CAPTION, ln, 0, end);
        if (!cap)
            return b->em->status;
        np_node_append(fig, cap);
        np_node_cover(fig, cap);
        if (ln->flags & NP_LF_CREDIT_TAIL) {
            credit = credit_node(b, ln, &ln->credit);
        } else if (n > 1 && q[1]->kind == NP_LK_CREDIT && q[1]->gap <= 1 && !q[1]->credit.page) {
            trace(b, q[1], "figure_credit", "figure.credit_below", NULL, "credit");
            credit = credit_node(b, q[1], &q[1]->credit);
            *used = 2;
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

static np_status do_figure(np_blocks *b, np_line *const *q, size_t n, size_t *used, const char *by)
{
    const np_line *ln = q[0];
    np_node *fig;
    np_status st = NP_OK;
    if (ln->kind == NP_LK_IMAGE) {
        fig = image_figure(b, ln, by);
        if (fig && caption_under_image(q, n)) {
            st = figure_content(b, fig, q + 1, n - 1, used, "figure.under_image");
            *used += 1;
        }
    } else {
        fig = np_emit_node(b->em, NP_NODE_FIGURE, NULL, 0, ln->lineno);
        if (fig)
            st = figure_content(b, fig, q, n, used, by);
    }
    if (!fig)
        return b->em->status;
    if (st != NP_OK)
        return st;
    return np_reflow_figure(&b->reflow, b->em, fig, b->em->article == NULL);
}

static np_status do_credit(np_blocks *b, const np_line *ln)
{
    bool page = ln->credit.page || b->em->article == NULL;
    trace(b, ln, page ? "page_credit" : "credit",
          ln->credit.page ? "credit.page_words" : page ? "credit.outside_article" : "credit.in_article", NULL,
          NULL);
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st != NP_OK)
        return st;
    if (page && (st = close_article(b)) != NP_OK)
        return st;
    np_node *c = credit_node(b, ln, &ln->credit);
    if (!c)
        return b->em->status;
    b->closing = !page;
    return np_emit_subtree(b->em, c, page);
}

static np_status do_byline(np_blocks *b, np_line *const *q, size_t n, size_t *used, const char *rule)
{
    const np_line *ln = q[0];
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st == NP_OK)
        st = ensure_article(b, ln->lineno);
    if (st != NP_OK)
        return st;
    /* a byline printed over two lines: the next line, with no blank line
     * between, is a byline too */
    size_t k = n > 1 && q[1]->kind == NP_LK_BYLINE && q[1]->gap == 0 ? 2 : 1;
    const np_line *lines[2] = {q[0], k > 1 ? q[1] : NULL};
    trace(b, q[0], "byline", rule, NULL, NULL);
    if (k > 1)
        trace(b, q[1], "byline_line2", "byline.second_line", NULL, "byline");
    np_node *by = byline_node(b, lines, k);
    if (!by)
        return b->em->status;
    *used = k;
    /* a byline after the text signs the article off, like a credit: past
     * the leads under the title, or set in brackets （通讯员 陈实）, which
     * a byline above the text is not; more text reopens the article */
    if (b->has_text && (!b->header_zone || (ln->flags & NP_LF_BRACKETED)))
        b->closing = true;
    b->has_byline = true;
    b->header_zone = false;
    return np_emit_subtree(b->em, by, false);
}

/* The bracket of a wire byline, without its brackets. */
static np_status do_wire_byline(np_blocks *b, const np_line *ln)
{
    const np_line *const lines[1] = {ln};
    np_node *by = byline_node(b, lines, 1);
    if (!by)
        return b->em->status;
    b->has_byline = true;
    return np_emit_subtree(b->em, by, false);
}

static np_status do_text(np_blocks *b, np_line *const *q, size_t n, const char *by, const char *alternative)
{
    np_status st;
    const np_line *ln = q[0], *next = n > 1 ? q[1] : NULL;
    bool continued = np_reflow_continues(&b->reflow, ln, next) != NULL;
    bool wire = (ln->flags & NP_LF_WIRE_BYLINE) != 0;
    bool verse = !continued && np_reflow_verse(&b->reflow, ln, next);
    if (verse)
        by = ln->gap == 0 ? "reflow.line_under_line" : "reflow.verse";
    trace(b, ln,
          continued ? (wire ? "continuation+byline" : "continuation") : (wire ? "paragraph+byline" : "paragraph"),
          by, wire ? "byline.wire_bracket" : NULL, alternative);
    if (!continued) {
        if ((st = np_reflow_close(&b->reflow, b->em)) != NP_OK ||
            (st = ensure_article(b, ln->lineno)) != NP_OK)
            return st;
        if (b->header_zone && ++b->leads > 3)
            b->header_zone = false;
        b->has_text = true;
        b->closing = false;
    }
    size_t len = (ln->flags & NP_LF_WIRE_BYLINE) ? ln->wire_at : ln->buf.len;
    size_t a = 0;
    np_trim(ln->buf.data, &a, &len);
    st = np_reflow_add(&b->reflow, ln, ln->buf.data + a, len - a, b->max_line);
    if (verse)
        b->reflow.verse = true;
    if (st != NP_OK || !(ln->flags & NP_LF_WIRE_BYLINE))
        return st;
    if ((st = np_reflow_close(&b->reflow, b->em)) != NP_OK)
        return st;
    return do_wire_byline(b, ln);
}

/* The runner-up of a title line: a section head where an article was
 * open and one line stood alone, else the other role of two lines. */
static const char *title_alternative(bool article_open, size_t span, const char *role_rule, size_t i)
{
    if (article_open && span == 1)
        return "section_head";
    if (span == 2 && strcmp(role_rule, "role.two_lines_default") == 0)
        return i == 0 ? "headline" : "subheadline";
    return NULL;
}

static np_status do_titles(np_blocks *b, np_line *const *q, size_t span, const char *by, bool article_open)
{
    np_node_type roles[3];
    np_status st = open_article(b, q[0]->lineno);
    if (st != NP_OK)
        return st;
    const char *role_rule = np_title_roles(q, span, roles);
    for (size_t i = 0; i < span; i++)
        trace(b, q[i], np_node_type_name(roles[i]), by, role_rule,
              title_alternative(article_open, span, role_rule, i));
    for (size_t i = 0; i < span; i++) {
        np_node *t = line_node(b, roles[i], q[i], 0, q[i]->buf.len);
        if (!t)
            return b->em->status;
        if ((st = np_emit_subtree(b->em, t, false)) != NP_OK)
            return st;
    }
    b->header_zone = true;
    return NP_OK;
}

static np_status do_head(np_blocks *b, np_line *const *q, size_t k, const char *by)
{
    trace(b, q[0], "section_head", by, NULL, k == 1 ? "headline" : NULL);
    if (k > 1)
        trace(b, q[1], "section_head_line2", by, NULL, NULL);
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st == NP_OK)
        st = ensure_article(b, q[0]->lineno);
    if (st != NP_OK)
        return st;
    np_buf_clear(&b->scratch);
    bool replaced = false;
    np_span spans[NP_LOOKAHEAD];
    for (size_t i = 0; i < k; i++) {
        replaced = replaced || q[i]->replaced;
        spans[i] = np_line_span(q[i], 0, q[i]->buf.len);
    }
    for (size_t i = 0; i < k; i++)
        if ((i > 0 && !np_buf_append_char(&b->scratch, ' ')) ||
            !np_buf_append(&b->scratch, q[i]->buf.data, q[i]->buf.len))
            return NP_ERR_NOMEM;
    np_node *h = text_node(b, NP_NODE_SECTION_HEAD, b->scratch.data, b->scratch.len, q[0]->lineno, replaced);
    if (!h || !set_spans(b, h, spans, k))
        return b->em->status;
    b->header_zone = false;
    if (q[0]->flags & NP_LF_ENTITY_COLON)
        b->entity_heads = true;
    return np_emit_subtree(b->em, h, false);
}

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
static const char *fragment_rule(const np_blocks *b, np_line *const *q, size_t n)
{
    const np_line *ln = q[0];
    if (ln->mark != NP_MARK_NONE || (ln->flags & (NP_LF_BOLD_OPEN | NP_LF_BOLD_CLOSE)))
        return NULL;
    if (ln->flags & NP_LF_COLON_END)
        return "fragment.colon_end";
    if ((ln->flags & NP_LF_COMMA) && !(ln->flags & NP_LF_NUMBERED))
        return "fragment.comma";
    /* 全国及海外的1 / 700余所: a number or word cut by the break */
    if (n > 1 && q[1]->gap <= 1 && ends_ascii_alnum(ln) && np_is_ascii_alnum((unsigned char)q[1]->buf.data[0]))
        return "fragment.cut_word";
    /* “为什么不摘？” is dialogue unless a byline makes it a headline */
    if ((ln->flags & NP_LF_QUOTED) && (ln->flags & NP_LF_EXCLAIM_END))
        return "fragment.quoted_exclamation";
    /* a head is followed by its text, not by the jump to another page:
     * the column broke mid-sentence there */
    if (n > 1 && q[1]->kind == NP_LK_FURNITURE && q[1]->furniture == NP_FURNITURE_JUMP_TO)
        return "fragment.before_jump";
    return n > 1 && q[1]->gap >= 3 && !b->header_zone ? "fragment.figure_follows" : NULL;
}

static np_status do_short(np_blocks *b, np_line *const *q, size_t n, size_t *used)
{
    np_title_context ctx = {
        .article_open = b->em->article != NULL || b->continued,
        .header_zone = b->header_zone,
        .closing = b->closing,
        .entity_heads = b->entity_heads,
    };
    size_t span;
    if (b->em->article && b->has_text && np_titles_adjacent_head(q, n)) {
        *used = 2;
        return do_head(b, q, 2, "head.two_lines_adjacent");
    }
    const char *by = np_titles_opens_article(q, n, &ctx, &span);
    if (by) {
        *used = span;
        return do_titles(b, q, span, by, ctx.article_open);
    }
    size_t k = np_titles_split_head(q, n);
    const char *fragment = k == 1 ? fragment_rule(b, q, n) : NULL;
    if (fragment)
        return do_text(b, q, n, fragment, "section_head");
    *used = k;
    if (k > 1)
        by = (q[0]->flags & NP_LF_BOLD_OPEN) ? "head.two_lines_bold" : "head.two_lines_colon";
    else
        by = ctx.header_zone ? "head.after_title_and_leads" : "head.no_title_evidence";
    return do_head(b, q, k, by);
}

/* The longest page name that is read from its position alone. */
#define NP_PAGE_NAME_MAX_CHARS 8

static bool is_header_furniture(const np_line *ln)
{
    return ln->kind == NP_LK_FURNITURE &&
           (ln->furniture == NP_FURNITURE_DATE || ln->furniture == NP_FURNITURE_PAGE_NAME ||
            ln->furniture == NP_FURNITURE_PAGE_NUMBER);
}

/*
 * A page name outside the common vocabulary (县域经济, 理论·实践, 金  融): a
 * very short line at the top of the page, before any article, right above
 * another furniture line, or right below the page's header lines with a
 * whole title block after it, with a dot between two names, or with photo
 * news after it.  Below them, above a lone headline, it is a kicker
 * instead.
 */
static bool is_page_name(const np_blocks *b, np_line *const *q, size_t n)
{
    const np_line *ln = q[0];
    /* a place over a title is its kicker (浙江安吉) */
    if (b->had_article || ln->mark || (ln->kind != NP_LK_TITLE && ln->kind != NP_LK_NAMES) ||
        ln->chars > NP_PAGE_NAME_MAX_CHARS || n < 2 || (ln->flags & NP_LF_PLACE))
        return false;
    if (q[1]->gap <= 1 && q[1]->kind == NP_LK_FURNITURE)
        return true;
    /* below the header lines, above a whole title block (headline and
     * subheadline): a kicker would make a third title line; or named like
     * a supplement, two names joined by a dot (天府周末·原创, 理论·实践) */
    if (!b->after_header)
        return false;
    if (np_titles_span(q + 1, n - 1) >= 2 || np_find(ln->buf.data, ln->buf.len, "·") < ln->buf.len)
        return true;
    /* above photo news (a picture, and no byline or text of its own after
     * it): a headline there would have its story under the picture */
    return q[1]->gap >= 3 && !np_titles_byline_follows(q, n, 1) && !(q[0]->flags & NP_LF_DATELINE);
}

/* A title block whose byline follows overrides an unfinished paragraph:
 * the last paragraph of an article may lack its full stop. */
static bool title_interrupts(np_line *const *q, size_t n)
{
    size_t span = np_titles_span(q, n);
    return span > 0 && np_titles_byline_follows(q, n, span);
}

static np_status step(np_blocks *b)
{
    np_line *q[NP_LOOKAHEAD];
    size_t n = view(b, q);
    np_line *ln = q[0];
    size_t used = 1;
    np_status st;
    const char *by;
    b->err_line = ln->lineno;
    b->err_offset = ln->offset;
    bool page_name = is_page_name(b, q, n);
    if (page_name) {
        ln->kind = NP_LK_FURNITURE;
        ln->furniture = NP_FURNITURE_PAGE_NAME;
    }
    b->after_header = is_header_furniture(ln);
    /* an extraction that indents every line indents its titles too: a
     * byline right under a title-shaped line says what the line is */
    if ((ln->flags & NP_LF_SET_IN_TITLE) && n > 1 && q[1]->kind == NP_LK_BYLINE && q[1]->gap <= 1)
        ln->kind = NP_LK_TITLE;
    if (ln->kind == NP_LK_FURNITURE)
        st = do_furniture(b, ln, page_name ? "furniture.page_name_position" : furniture_rule(ln));
    else if (b->header_zone && !b->has_byline && !b->has_text && np_titles_photo_byline(ln))
        st = do_byline(b, q, n, &used, "byline.photo_report");
    else if ((by = figure_rule(b, q, n)) != NULL)
        st = do_figure(b, q, n, &used, by);
    else if (ln->kind == NP_LK_CREDIT)
        st = do_credit(b, ln);
    else if (ln->kind == NP_LK_BYLINE)
        st = do_byline(b, q, n, &used, "byline.shape");
    else if ((by = np_reflow_continues(&b->reflow, ln, n > 1 ? q[1] : NULL)) != NULL && !title_interrupts(q, n))
        st = do_text(b, q, n, by, ln->kind == NP_LK_TEXT ? "paragraph" : "section_head");
    else if (ln->kind == NP_LK_NAMES && b->header_zone && !b->has_byline)
        st = do_byline(b, q, n, &used, "byline.names_under_title");
    else if (b->reflow.open && ln->gap == 0 && ln->mark == NP_MARK_NONE)
        st = do_text(b, q, n, "reflow.line_under_line", "section_head"); /* a verse, not a head */
    else if (ln->kind == NP_LK_TITLE || ln->kind == NP_LK_NAMES || ln->mark != NP_MARK_NONE)
        st = do_short(b, q, n, &used); /* a name away from any byline position reads as a title */
    else
        st = do_text(b, q, n, "text.shape", NULL);
    b->started = true;
    b->head = (b->head + used) % NP_LOOKAHEAD;
    b->count -= used;
    if (b->reflow.npending == 0)
        np_emit_release(b->em);
    return st != NP_OK ? st : b->em->status;
}

/* Keep the replacements of a line, counted from its trimmed start. */
static bool keep_fixes(np_line *ln, const np_buf *fixes, size_t skip)
{
    if (!fixes && ln->fixes.len == 0)
        return true; /* the common case: no replacements, before or now */
    np_buf_clear(&ln->fixes);
    const np_fix *f = fixes ? (const np_fix *)(const void *)fixes->data : NULL;
    size_t n = fixes ? fixes->len / sizeof *f : 0;
    for (size_t i = 0; i < n; i++) {
        np_fix g = {f[i].at - skip, f[i].raw_len};
        if (f[i].at >= skip && !np_buf_append(&ln->fixes, (const char *)&g, sizeof g))
            return false;
    }
    return true;
}

np_status np_blocks_push(np_blocks *b, const char *s, size_t len, size_t lineno, uint64_t offset,
                         unsigned gap, bool indented, bool replaced, const np_buf *fixes, size_t skip)
{
    while (b->count == NP_LOOKAHEAD) {
        np_status st = step(b);
        if (st != NP_OK)
            return st;
    }
    np_line *ln = &b->ring[(b->head + b->count) % NP_LOOKAHEAD];
    np_buf_clear(&ln->buf);
    if (!np_buf_append(&ln->buf, s, len) || !keep_fixes(ln, fixes, skip)) {
        b->err_line = lineno;
        b->err_offset = offset;
        return NP_ERR_NOMEM;
    }
    ln->lineno = lineno;
    ln->offset = offset;
    ln->gap = gap;
    ln->replaced = replaced;
    ln->indented = indented;
    np_classify(ln);
    b->count++;
    return NP_OK;
}

np_status np_blocks_finish(np_blocks *b)
{
    while (b->count > 0) {
        np_status st = step(b);
        if (st != NP_OK)
            return st;
    }
    np_status st = close_article(b);
    return st != NP_OK ? st : np_emit_finish(b->em);
}
