/*
 * readings.c - the readings a block may take, and what each does to the
 * article's state.
 *
 * np_readings lists, for the block at the front of a hypothesis, the
 * reading the evidence favours first and the runners-up it leaves in play,
 * each with its score from evidence.c.  The first reading follows the
 * order of precedence the format sets:
 *
 *   furniture > figure > credit > byline > continuation of an open
 *   paragraph > bare-name byline in the header > title or section head >
 *   paragraph.
 *
 * Title evidence is weighed in titles.c, paragraph joining in reflow.c;
 * the decoder (decode.c) chooses among the readings of the whole window.
 */
#include <string.h>

#include "readings.h"

#include "evidence.h"
#include "figure.h"
#include "furniture.h"
#include "heads.h"
#include "text.h"
#include "thresholds.h"
#include "titles.h"

static bool article_open(const np_state *st)
{
    return st->phase != NP_PHASE_OUTSIDE;
}

/* What the figure rules read of st (figure.c knows no state). */
static np_figure_context figure_context(const np_state *st)
{
    np_figure_context ctx = {.para = &st->para, .started = st->started, .under_titles = st->phase == NP_PHASE_TITLES};
    return ctx;
}

/* ------------------------------------------------------------------ */
/* Short lines: titles, section heads, fragments                         */
/* ------------------------------------------------------------------ */

static np_reading reading(np_act act, size_t used, const char *by, const char *alt)
{
    np_reading r = {.act = (uint8_t)act, .used = (uint8_t)used, .by = by, .alt = alt};
    return r;
}

/* A text line: the continuation of the open paragraph or a new one (a
 * line of verse among them). */
static np_reading text_reading(const np_state *st, np_line *const *q, size_t n, const char *by,
                               const char *alt)
{
    const np_line *ln = q[0], *next = n > 1 ? q[1] : NULL;
    bool cont = np_reflow_continues(&st->para, ln, next) != NULL;
    bool verse = !cont && np_reflow_verse(&st->para, ln, next);
    if (verse)
        by = ln->gap == 0 ? "reflow.line_under_line" : "reflow.verse";
    np_reading r = reading(NP_ACT_TEXT, 1, by, alt);
    r.cont = cont;
    r.verse = verse;
    return r;
}

/* Whether the clause q[0], read as text by r, stands alone between
 * paragraphs: it starts a paragraph that is no verse, and text follows it
 * at once.  There it may yet be a head (head.comma_clause). */
static bool clause_stands_alone(const np_reading *r, np_line *const *q, size_t n)
{
    return !r->cont && !r->verse && n > 1 && q[1]->kind == NP_LK_TEXT && q[1]->gap <= NP_NEAR_GAP;
}

/* A question alone between paragraphs of a running article is one of its
 * paragraphs (未来的农业什么样？), unless the article's other questions make
 * it a head: heads that ask come in a row (融资难在哪里？ / 银行为何敢贷？ /
 * 风险如何防控？).  Of the 20 questions standing alone in articles of the
 * labelled pages, the 12 that are their article's only one are all
 * paragraphs, the 8 in twos and threes all heads.  Kept in play for the
 * heads to come to decide (seq.head_same_shape); under the byline, too,
 * before the text. */
static size_t question_readings(const np_state *st, np_line *const *q, size_t n, np_reading *out)
{
    if (!(st->has_text || st->has_byline) || !article_open(st) || !np_heads_question_shape(q[0]))
        return 0;
    out[0] = text_reading(st, q, n, "text.question", "section_head");
    if (!clause_stands_alone(&out[0], q, n))
        return 0;
    out[1] = reading(NP_ACT_HEAD, 1, "head.question", "paragraph");
    return 2;
}

static size_t short_readings(const np_state *st, np_line *const *q, size_t n, np_reading *out)
{
    np_title_context ctx = {
        .article_open = article_open(st) || st->continued,
        .header_zone = np_state_header(st),
        .closing = st->phase == NP_PHASE_CLOSING,
        .entity_heads = st->entity_heads,
        .after_figure = st->after_figure,
        .photo_news = st->photo_news && !st->has_text,
        .has_text = st->has_text,
    };
    size_t span;
    /* two title lines under each other head a part of the running story,
     * not of one its byline has signed off (…。见习记者 徐舒帆 / 农贸市场 /
     * 腐烂水果满地扔: the next item's title) */
    if (article_open(st) && st->has_text && st->phase != NP_PHASE_CLOSING && np_titles_adjacent_head(q, n)) {
        out[0] = reading(NP_ACT_HEAD, 2, "head.two_lines_adjacent", NULL);
        return 1;
    }
    const char *by = np_titles_opens_article(q, n, &ctx, &span);
    /* over a poem set like title lines, the title is one line: the lines
     * under it are the poem's */
    if (by && span > 1 && np_reflow_verse_run(q, n) >= NP_VERSE_RUN_MIN_LINES)
        span = 1;
    /* a head's text comes under it, never a new article's title: of 308
     * labelled heads, every one is followed by a paragraph or a head */
    if (by && st->head_waiting) {
        out[0] = reading(NP_ACT_HEAD, 1, "head.under_head", "headline");
        return 1;
    }
    if (by) {
        out[0] = reading(NP_ACT_TITLES, span, by, NULL); /* titles.c names each line's runner-up */
        /* two clauses stacked inside a running article may be its head and
         * its next paragraph's first line, when the head is printed like
         * the article's other heads */
        if (strcmp(by, "title.stacked_lines") == 0 && span == 2 && st->has_text && article_open(st) &&
            (np_heads_shape(q, 1) & NP_SHAPE_COMMA)) {
            out[1] = reading(NP_ACT_HEAD, 1, "head.stacked_clause", "headline");
            return 2;
        }
        /* or one head printed on two lines, like the article's other heads
         * (怎么避坑 / 提防假内容、假流量、不公平合约); a line opening with a
         * dash under a title is its subheadline */
        if (strcmp(by, "title.stacked_lines") == 0 && span == 2 && st->has_text && article_open(st) &&
            !(q[1]->flags & NP_LF_DASH_START)) {
            out[1] = reading(NP_ACT_HEAD, 2, "head.stacked_lines", "kicker|headline");
            return 2;
        }
        return 1;
    }
    size_t k = np_titles_split_head(q, n);
    /* a head needs an article: with none open, a head's two lines are a
     * title block (新华网载文: / 洛阳牡丹成中国“名片”), and so they are under a
     * photo story's pictures (内蒙古乌海： / “流动办公桌”破解基层办事难题) */
    if (k == 2 && (!ctx.article_open || ctx.photo_news)) {
        out[0] = reading(NP_ACT_TITLES, 2, ctx.photo_news ? "title.after_photo_news" : "title.no_article_open",
                         NULL);
        return 1;
    }
    const char *fragment = k == 1 ? np_reflow_fragment(q, n, !np_state_header(st) && st->has_text) : NULL;
    if (fragment) {
        out[0] = text_reading(st, q, n, fragment, "section_head");
        /* a clause standing alone between finished paragraphs may yet be a
         * head, printed like the article's other heads (科技铸“芯”，夯实大国
         * 粮仓之基 / 智慧提“效”，驱动耕作方式变革): kept in play for the
         * heads to come to decide */
        if (strcmp(fragment, "fragment.comma") == 0 && clause_stands_alone(&out[0], q, n)) {
            out[1] = reading(NP_ACT_HEAD, 1, "head.comma_clause", "paragraph");
            return 2;
        }
        return 1;
    }
    /* a story that opened with its dateline is a news item: the title-like
     * block after its text opens the next item where the item is a wire's
     * (本报西安6月16日电: wire items have no heads), or where the block is
     * stacked, printed in a headline's two halves or over a lead that opens
     * with the day of the news; the others head parts of the item (本报讯,
     * 【本報訊】: of the 18 such lines on the labelled pages where no other
     * evidence decides, the 9 that open a story are all so; of the 9 heads,
     * 1 is so) */
    if (st->dateline != NP_DATELINE_NONE && (span = np_titles_span(q, n)) > 0 && !np_titles_over_table(q, n, span) &&
        (st->dateline == NP_DATELINE_WIRE || span > 1 || np_titles_two_halves(q[0]) || np_titles_dated_lead(q, n, span))) {
        out[0] = reading(NP_ACT_TITLES, span, "title.after_dateline_story", NULL);
        return 1;
    }
    if (k == 1 && (span = question_readings(st, q, n, out)) > 0)
        return span;
    if (k > 1)
        by = (q[0]->flags & NP_LF_BOLD_OPEN) ? "head.two_lines_bold" : "head.two_lines_colon";
    else
        by = ctx.header_zone ? "head.after_title_and_leads" : "head.no_title_evidence";
    out[0] = reading(NP_ACT_HEAD, k, by, k == 1 ? "headline" : NULL);
    return 1;
}

/* A title block whose byline follows overrides an unfinished paragraph:
 * the last paragraph of an article may lack its full stop. */
static bool title_interrupts(np_line *const *q, size_t n)
{
    size_t span = np_titles_span(q, n);
    return span > 0 && np_titles_byline_follows(q, n, span);
}

/* ------------------------------------------------------------------ */
/* The readings of a block                                              */
/* ------------------------------------------------------------------ */

static size_t first_readings(const np_state *st, np_line *const *q, size_t n, np_reading *out);

/* The evidence of the article around a block, added to its readings. */
static void weigh_context(const np_state *st, np_line *const *q, np_reading *r)
{
    if (r->act == NP_ACT_HEAD && (st->head_shape & NP_SHAPE_TELLING) &&
        np_heads_alike(np_heads_shape(q, r->used), st->head_shape))
        r->score += np_evidence_weight("seq.head_same_shape");
    /* a clause alone between paragraphs, short as a title line, in an
     * article whose heads are printed plain, is one more head (of the 46
     * such lines after a head on the labelled pages, 30 are heads; 10
     * paragraphs open with a quotation, what someone said, and the 6 cut by
     * a column break are longer or stand among marked heads) */
    const np_line *ln = q[0];
    if (r->act == NP_ACT_HEAD && st->head_shape &&
        !(st->head_shape & (NP_SHAPE_TELLING | NP_SHAPE_ENTITY | NP_SHAPE_MARKED)) &&
        ln->kind == NP_LK_TITLE && strcmp(r->by, "head.comma_clause") == 0 &&
        !np_starts_with(ln->buf.data, ln->buf.len, "“") && !np_starts_with(ln->buf.data, ln->buf.len, "\""))
        r->score += np_evidence_weight("seq.clause_among_heads");
}

size_t np_readings(const np_state *st, np_line *const *q, size_t n, np_reading *out)
{
    size_t count = first_readings(st, q, n, out);
    /* the evidence that proposed a block's only reading is weighed against
     * nothing: only readings in competition are looked up */
    for (size_t i = 0; count > 1 && i < count; i++)
        out[i].score = np_evidence_weight(out[i].by);
    for (size_t i = 0; i < count; i++)
        weigh_context(st, q, &out[i]);
    return count;
}

static size_t first_readings(const np_state *st, np_line *const *q, size_t n, np_reading *out)
{
    np_line *ln = q[0];
    const np_line *next = n > 1 ? q[1] : NULL;
    const char *by;
    /* an extraction that indents every line indents its titles too: a
     * byline right under a title-shaped line says what the line is */
    if ((ln->flags & NP_LF_SET_IN_TITLE) && next && next->kind == NP_LK_BYLINE && next->gap <= NP_NEAR_GAP)
        ln->kind = NP_LK_TITLE;
    np_page_context page = {.had_article = st->had_article, .after_header = st->after_header,
                            .header = (np_header_seen)st->header};
    if ((by = np_furniture_page_name_rule(q, n, &page)) != NULL) {
        out[0] = reading(NP_ACT_PAGE_NAME, 1, by, NULL);
        return 1;
    }
    if (ln->kind == NP_LK_FURNITURE) {
        out[0] = reading(NP_ACT_FURNITURE, 1, np_furniture_rule(ln), NULL);
        return 1;
    }
    /* a byline printed over two lines: the next line, with no blank line
     * between, is a byline too, the photographers' line among them (文/X /
     * 图/Y; apart from the byline, 图/Y is the pictures' credit) */
    size_t byline_lines = next && next->gap == 0 &&
                                  (next->kind == NP_LK_BYLINE ||
                                   (next->kind == NP_LK_CREDIT && np_credit_photo_led(next->buf.data, next->buf.len)))
                              ? 2 : 1;
    if (st->phase == NP_PHASE_TITLES && !st->has_byline && np_titles_photo_byline(ln)) {
        out[0] = reading(NP_ACT_BYLINE, byline_lines, "byline.photo_report", NULL);
        return 1;
    }
    if ((by = np_figure_rule(figure_context(st), q, n)) != NULL) {
        out[0] = reading(NP_ACT_FIGURE, np_figure_lines(q, n), by, "paragraph");
        return 1;
    }
    if (ln->kind == NP_LK_CREDIT) {
        out[0] = reading(NP_ACT_CREDIT, 1, ln->credit.page  ? "credit.page_words"
                                           : article_open(st) ? "credit.in_article"
                                                              : "credit.outside_article",
                         NULL);
        return 1;
    }
    /* who compiled an item (（本报驻开罗记者 X采访整理）) signs an article that
     * has no byline; under an article's own byline it is a note on the
     * item, text (b14, b16's calls) */
    if (ln->kind == NP_LK_BYLINE && (ln->flags & NP_LF_COMPILED) && st->has_byline) {
        out[0] = text_reading(st, q, n, "text.compiled_note", NULL);
        return 1;
    }
    if (ln->kind == NP_LK_BYLINE) {
        out[0] = reading(NP_ACT_BYLINE, byline_lines, "byline.shape", NULL);
        return 1;
    }
    if ((by = np_reflow_continues(&st->para, ln, next)) != NULL && !title_interrupts(q, n)) {
        out[0] = text_reading(st, q, n, by, ln->kind == NP_LK_TEXT ? "paragraph" : "section_head");
        return 1;
    }
    if (ln->kind == NP_LK_NAMES && np_state_header(st) && !st->has_byline) {
        out[0] = reading(NP_ACT_BYLINE, 1, "byline.names_under_title", NULL);
        return 1;
    }
    if (st->para.open && ln->gap == 0 && ln->mark == NP_MARK_NONE) {
        /* a verse, not a head */
        out[0] = text_reading(st, q, n, "reflow.line_under_line", "section_head");
        return 1;
    }
    /* ——吉林省吉林市永吉县口前镇党委副书记吴凤军, ——以旧换新更实惠。: a line
     * opening with a dash after the text attributes a quotation or lists;
     * no head or title opens so (of the 33 such lines after a paragraph on
     * the labelled pages, 21 are paragraphs and 12 the signature ——编  者) */
    if ((ln->flags & NP_LF_DASH_START) && st->has_text && st->phase != NP_PHASE_TITLES && !ln->mark) {
        out[0] = text_reading(st, q, n, "text.dash_line", NULL);
        return 1;
    }
    /* 【关键词】高铁小碗菜 over 【事件】郑州开往上海的…, 时间:3月6日上午 over
     * 地点:胜利南路天桥下: the fields of a form, one under another, are its
     * text; a head's label (【下沉】专家“驻”下来…) stands over paragraphs */
    if (((ln->flags & NP_LF_LABEL) || ln->chars <= NP_TITLE_MAX_CHARS) && np_heads_field_line(ln) &&
        ((next && next->gap <= NP_NEAR_GAP && np_heads_field_line(next)) || st->after_field)) {
        out[0] = text_reading(st, q, n, "text.field_line", NULL);
        return 1;
    }
    /* 本报讯(记者 李莉) 2008年度河南新闻奖…: a dateline opens a story, and
     * after the article's text the next one, untitled (of the paragraphs
     * opening with a dateline on the labelled pages, none stands after the
     * first paragraph of its article; 2 open untitled items) */
    if ((ln->flags & NP_LF_DATELINE) && st->has_text && article_open(st) && !np_state_header(st) &&
        (!st->para.open || st->para.finished)) {
        out[0] = text_reading(st, q, n, "text.dateline_item", NULL);
        out[0].opens = true;
        return 1;
    }
    /* 再写牡丹 / 想故乡 / 想阡陌 / 想谷雨 / 想牡丹 / …: under a title, before
     * any text, a run of short lines longer than a title block holds is a
     * poem, set flush and unpunctuated; its lines go on while they come */
    bool poem_starts = st->phase == NP_PHASE_TITLES && !st->has_text &&
                       np_reflow_verse_run(q, n) >= NP_VERSE_RUN_MIN_LINES;
    if (poem_starts || np_reflow_plain_verse(&st->para, ln)) {
        out[0] = text_reading(st, q, n, "reflow.verse_run", NULL);
        out[0].verse = true;
        out[0].plain = true;
        return 1;
    }
    /* a name away from any byline position reads as a title */
    if (ln->kind == NP_LK_TITLE || ln->kind == NP_LK_NAMES || ln->mark != NP_MARK_NONE)
        return short_readings(st, q, n, out);
    size_t count = question_readings(st, q, n, out);
    if (count > 0)
        return count;
    /* 黄河保护法施行两年来，甘肃兰州筑牢黄河生态屏障、推动流域高质量发展 over
     * 黄河畔  绿意长  文脉长 / 本报记者  宋朝军: a clause too long for a title
     * line, over a title block and its byline, is its kicker (of the lines
     * read as new paragraphs over a title block and its byline on the
     * labelled pages, the 2 clauses are kickers, the 27 others notes in
     * brackets and lines of information after a label) */
    size_t span;
    if (!(ln->flags & (NP_LF_SPEAKER | NP_LF_BRACKETED)) && np_heads_clause_shape(ln) && next &&
        next->gap <= NP_NEAR_GAP && (span = np_titles_span(q + 1, n - 1)) > 0 && span < NP_MAX_TITLE_LINES &&
        np_titles_byline_follows(q, n, 1 + span)) {
        out[0] = reading(NP_ACT_TITLES, 1 + span, "title.long_kicker", NULL);
        return 1;
    }
    out[0] = text_reading(st, q, n, "text.shape", NULL);
    /* a clause too long for a title line, alone between finished
     * paragraphs, may yet be a head printed like the article's other heads:
     * kept in play for the heads to come to decide (head.comma_clause) */
    if (st->has_text && article_open(st) && np_heads_clause_shape(ln) && clause_stands_alone(&out[0], q, n)) {
        out[1] = reading(NP_ACT_HEAD, 1, "head.comma_clause", "paragraph");
        return 2;
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* What a reading does to the state                                     */
/* ------------------------------------------------------------------ */

static void close_article(np_state *st)
{
    st->para.open = false;
    st->phase = NP_PHASE_OUTSIDE;
    st->leads = 0;
    st->head_shape = 0;
    st->has_byline = false;
    st->has_text = false;
    st->entity_heads = false;
    st->dateline = NP_DATELINE_NONE;
    st->photo_news = false;
}

/* An article without title lines: continued from another page, or text
 * before any title. */
static void ensure_article(np_state *st)
{
    if (st->phase != NP_PHASE_OUTSIDE)
        return;
    close_article(st);
    st->continued = false;
    st->had_article = true;
    st->phase = NP_PHASE_BODY;
}

static void advance_furniture(np_state *st, const np_line *ln, bool page_name)
{
    st->para.open = false;
    /* a jump to another page and a signature end the article from inside
     * it; any other furniture line stands on the page and closes it */
    np_furniture_kind kind = page_name ? NP_FURNITURE_PAGE_NAME : (np_furniture_kind)ln->furniture;
    if (kind != NP_FURNITURE_SIGNATURE)
        close_article(st);
    if (kind == NP_FURNITURE_JUMP_FROM)
        st->continued = true;
}

static void advance_byline(np_state *st, const np_line *ln)
{
    st->para.open = false;
    ensure_article(st);
    /* a byline after the text signs the article off, like a credit: past
     * the leads under the title, or set in brackets （通讯员 陈实）, which
     * a byline above the text is not; more text reopens the article */
    if (st->has_text && (!np_state_header(st) || (ln->flags & NP_LF_BRACKETED)))
        st->phase = NP_PHASE_CLOSING;
    else if (np_state_header(st))
        st->phase = NP_PHASE_BODY;
    st->has_byline = true;
}

static void advance_text(np_state *st, const np_reading *r, const np_line *ln)
{
    if (r->opens)
        close_article(st);
    if (!r->cont) {
        st->para.open = false;
        ensure_article(st);
        if (np_state_header(st) && ++st->leads <= NP_MAX_LEADS)
            st->phase = NP_PHASE_LEADS;
        else
            st->phase = NP_PHASE_BODY;
        if (!st->has_text && (ln->flags & NP_LF_DATELINE))
            st->dateline = ln->wire_dateline ? NP_DATELINE_WIRE : NP_DATELINE_NEWS;
        st->has_text = true;
        /* （作者为国家发展改革委宏观经济研究院研究员，本报记者刘志强整理）: a
         * note wholly in brackets signs the article off, like a byline after
         * its text (of the 27 title-like lines after such a note on the
         * labelled pages, 25 open the next article; the 2 heads follow who
         * compiled an interview, text.compiled_note) */
        if ((ln->flags & NP_LF_BRACKETED) && ln->kind == NP_LK_TEXT && !np_state_header(st))
            st->phase = NP_PHASE_CLOSING;
    }
    bool wire = (ln->flags & NP_LF_WIRE_BYLINE) != 0;
    size_t a = 0, len = wire ? ln->wire_at : ln->buf.len;
    np_trim(ln->buf.data, &a, &len);
    np_para_add(&st->para, ln, ln->buf.data + a, len - a);
    if (r->verse)
        st->para.verse = true;
    if (r->plain) {
        st->para.plain = true;
        st->para.poem_lines++;
    } else if (!r->cont) {
        st->para.poem_lines = 0;
    }
    if (wire) {
        /* the reporters at the end sign the story off, like a byline after
         * its text */
        st->para.open = false;
        st->has_byline = true;
        st->phase = NP_PHASE_CLOSING;
    }
}

void np_state_advance(np_state *st, const np_reading *r, np_line *const *q)
{
    const np_line *ln = q[0];
    switch ((np_act)r->act) {
    case NP_ACT_FURNITURE:
    case NP_ACT_PAGE_NAME:
        advance_furniture(st, ln, r->act == NP_ACT_PAGE_NAME);
        break;
    case NP_ACT_FIGURE:
        /* a figure waits for the paragraph it interrupted; so many in a
         * row are no column break, and the paragraph ends (reflow.c) */
        if (st->para.open && article_open(st) && ++st->para.waiting > NP_MAX_PENDING) {
            st->para.open = false;
            st->para.waiting = 0;
        }
        break;
    case NP_ACT_CREDIT:
        st->para.open = false;
        /* a credit under the title lines is a picture's (headline / 王五 摄
         * / 赵六: the byline is still to come); after the text it ends the
         * article, also a short one with no byline (文化进工地 党旗高高飘 /
         * its lead / 记者周金友、洪菡婷 通讯员张晓燕 摄影报道) */
        if (ln->credit.page || !article_open(st))
            close_article(st);
        else if (!np_state_header(st) || st->has_text)
            st->phase = NP_PHASE_CLOSING;
        break;
    case NP_ACT_BYLINE:
        advance_byline(st, ln);
        break;
    case NP_ACT_TEXT:
        advance_text(st, r, ln);
        break;
    case NP_ACT_TITLES:
        close_article(st);
        st->continued = false;
        st->had_article = true;
        st->phase = NP_PHASE_TITLES;
        st->photo_news = strcmp(r->by, "title.photo_news") == 0;
        break;
    case NP_ACT_HEAD:
        st->para.open = false;
        ensure_article(st);
        if (np_state_header(st))
            st->phase = NP_PHASE_BODY;
        if (ln->flags & NP_LF_ENTITY_COLON)
            st->entity_heads = true;
        /* a label over a box (核心阅读, 链接) is no section's head: the
         * article's first head after it stands for its heads */
        if (!st->head_shape && (r->used > 1 || ln->chars > NP_HEAD_LABEL_MAX_CHARS))
            st->head_shape = np_heads_shape(q, r->used);
        break;
    case NP_ACT_NONE:
        break;
    }
    /* a name read from its position at the very top may be the paper's
     * own (中国气象报 over the date); under the header lines it is the
     * page's */
    if ((r->act == NP_ACT_PAGE_NAME && st->after_header) ||
        (r->act == NP_ACT_FURNITURE && (ln->flags & NP_LF_NAMES_PAGE)))
        st->header = NP_HEADER_NAMED;
    else if (r->act == NP_ACT_FURNITURE && (ln->flags & NP_LF_NUMBERS_PAGE) && st->header == NP_HEADER_NONE)
        st->header = NP_HEADER_NUMBERED;
    st->after_header = r->act == NP_ACT_PAGE_NAME || np_furniture_is_header(ln);
    st->after_figure = r->act == NP_ACT_FIGURE;
    st->after_field = r->act == NP_ACT_TEXT && strcmp(r->by, "text.field_line") == 0;
    st->head_waiting = r->act == NP_ACT_HEAD;
    st->started = true;
}

/* What the paragraphs' indents have told, as far as reflow.c reads it:
 * how many were set in, up to the number that tells, and whether one was
 * flush. */
static unsigned indent_evidence(const np_para *p)
{
    unsigned set_in = p->set_in < NP_SET_IN_MIN_PARAGRAPHS ? p->set_in : NP_SET_IN_MIN_PARAGRAPHS;
    return p->flush > 0 ? NP_SET_IN_MIN_PARAGRAPHS + 1 : set_in;
}

bool np_state_equal(const np_state *a, const np_state *b)
{
    const np_para *p = &a->para, *o = &b->para;
    if (indent_evidence(p) != indent_evidence(o))
        return false;
    /* a closed paragraph's values are never read again */
    bool para = p->open == o->open &&
                (!p->open || (p->finished == o->finished && p->verse == o->verse && p->plain == o->plain &&
                              p->poem_lines == o->poem_lines &&
                              p->nonempty == o->nonempty &&
                              p->quote_depth == o->quote_depth && p->last_chars == o->last_chars &&
                              p->waiting == o->waiting));
    return para && a->phase == b->phase && a->leads == b->leads && a->head_shape == b->head_shape &&
           a->has_byline == b->has_byline && a->has_text == b->has_text &&
           a->entity_heads == b->entity_heads && a->dateline == b->dateline &&
           a->head_waiting == b->head_waiting &&
           a->continued == b->continued &&
           a->had_article == b->had_article && a->after_header == b->after_header && a->started == b->started &&
           a->header == b->header &&
           a->after_figure == b->after_figure && a->after_field == b->after_field &&
           a->photo_news == b->photo_news;
}
