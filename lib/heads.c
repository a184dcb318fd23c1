/*
 * heads.c - the one-line shape of a section head (see heads.h).
 *
 * A head is told from a title in context (titles.c, readings.c); what its
 * line shows on its own is read here: the numbering a head opens with,
 * whose 、 or full stop is no clause punctuation (classify.c's scan asks
 * for its length), and the organisation or place before a colon that
 * names the subject of heads like 杭州市萧山区：… .  A line that is only
 * such a name (浙江安吉) is marked too: the shape of a kicker (titles.c
 * gives a block that opens with one its kicker).
 */
#include "heads.h"

#include <string.h>

#include "byline.h"
#include "names.h"
#include "text.h"
#include "thresholds.h"

size_t np_heads_numbering(const char *s, size_t len)
{
    if (np_starts_with(s, len, "【")) {
        /* a label of a few characters, then the head's words */
        size_t most = 3 + NP_LABEL_MAX_CHARS * 3 + 3;
        size_t window = len < most ? len : most;
        size_t close = np_find(s, window, "】");
        return close > 3 && close < window && close + 3 < len ? close + 3 : 0;
    }
    size_t i = 0;
    bool wide = np_starts_with(s, len, "（"), bracket = wide || (len > 0 && s[0] == '(');
    if (bracket)
        i = wide ? 3 : 1;
    size_t digits = 0;
    bool ascii = false;
    while (i < len && digits < NP_NUMBERING_MAX_DIGITS) {
        np_cp c;
        size_t n = np_utf8_decode(s, len, i, &c);
        if (!(c >= '0' && c <= '9') && !np_is_cn_digit(c))
            break;
        ascii = ascii || c < 0x80;
        i += n;
        digits++;
    }
    if (digits == 0)
        return 0;
    /* （二） or (二), as the copy has it */
    if (bracket && np_starts_with(s + i, len - i, "）"))
        return i + 3;
    if (bracket)
        return i < len && s[i] == ')' ? i + 1 : 0;
    if (i == len && !ascii)
        return len;
    if (np_starts_with(s + i, len - i, "、") || np_starts_with(s + i, len - i, "．"))
        return i + 3;
    if (i < len && s[i] == '.' && i + 1 < len && !(s[i + 1] >= '0' && s[i + 1] <= '9'))
        return i + 1;
    return 0;
}

bool np_heads_opens_with_label(const np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    if (!np_starts_with(s, len, "【"))
        return false;
    size_t most = 3 + NP_LABEL_MAX_CHARS * 3 + 3;
    size_t window = len < most ? len : most;
    size_t close = np_find(s, window, "】");
    return close > 3 && close < window;
}

bool np_heads_field_line(const np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    /* 【关键词】高铁小碗菜: the label and its value (【点评】 alone heads what
     * follows) */
    if (ln->flags & NP_LF_LABEL)
        return np_find(s, len, "】") + 3 < len;
    /* 时间:3月6日上午: a short label, its colon, the value, all of a title
     * line's length (陈立群：一方面，… is what someone said, a paragraph that
     * may run on); a place before the colon heads a round-up (庆元：香菇“出山”) */
    if ((ln->kind != NP_LK_TEXT && ln->kind != NP_LK_TITLE) || (ln->flags & (NP_LF_ENTITY_COLON | NP_LF_FUNCTION_END)) ||
        ln->chars > NP_TITLE_MAX_CHARS)
        return false;
    /* the label's colon, full-width or ASCII (时间:…), among its first
     * letters */
    size_t i = 0;
    for (size_t chars = 0; i < len && chars <= NP_FIELD_LABEL_MAX_CHARS; chars++) {
        if (s[i] == ':' || np_starts_with(s + i, len - i, "："))
            break;
        i += np_utf8_length((unsigned char)s[i]);
    }
    if (i == 0 || i >= len || (s[i] != ':' && !np_starts_with(s + i, len - i, "：")))
        return false;
    return i + (s[i] == ':' ? 1 : 3) < len;
}

bool np_heads_clause_shape(const np_line *ln)
{
    if (ln->kind != NP_LK_TEXT || ln->mark != NP_MARK_NONE || !(ln->flags & NP_LF_COMMA) ||
        (ln->flags & (NP_LF_FINAL | NP_LF_SENTENCE | NP_LF_COLON_END | NP_LF_UNBALANCED)) ||
        ln->chars > NP_CLAUSE_HEAD_MAX_CHARS)
        return false;
    /* a head ends with its last word; a column break falls anywhere,
     * after a comma as often as not */
    np_cp c;
    size_t at = np_last_mark(ln->buf.data, ln->buf.len, &c);
    return at < ln->buf.len && !np_is_clause_punct(c) && !np_is_ascii_alnum(c);
}

void np_heads_entity_shape(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    size_t colon = ln->colon;
    /* 杭州市萧山区：…: the subject of a head, or of a round-up's article */
    if (colon < len && colon > 0) {
        size_t a = 0, b = colon;
        np_trim(s, &a, &b);
        size_t chars = np_utf8_count(s + a, b - a);
        if (chars >= NP_ENTITY_MIN_CHARS && chars <= NP_ENTITY_MAX_CHARS &&
            np_ends_with_entity(s + a, b - a) && memchr(s + a, ' ', b - a) == NULL)
            ln->flags |= NP_LF_ENTITY_COLON;
    }
    /* 浙江省湖州市安吉县 alone: the shape of a kicker over a title */
    if (ln->chars <= NP_BARE_ENTITY_MAX_CHARS && !(ln->flags & (NP_LF_CLAUSE | NP_LF_UNBALANCED)) &&
        memchr(s, ' ', len) == NULL && np_find(s, len, "“") == len && np_ends_with_entity(s, len))
        ln->flags |= NP_LF_BARE_ENTITY;
    if (ln->chars <= NP_PLACE_MAX_CHARS && np_is_province_place(s, len, ln->chars))
        ln->flags |= NP_LF_BARE_ENTITY | NP_LF_PLACE;
}

bool np_heads_question_shape(const np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    /* 记者：…？ is an interview's question, “…？” what someone asked, and a
     * second sentence (何以做大？以何做强？) a paragraph's */
    return (np_ends_with(s, len, "？") || np_ends_with(s, len, "?")) && ln->mark == NP_MARK_NONE &&
           !(ln->flags & (NP_LF_SENTENCE | NP_LF_SPEAKER | NP_LF_UNBALANCED | NP_LF_QUOTED)) &&
           ln->chars <= NP_QUESTION_HEAD_MAX_CHARS;
}

bool np_heads_box_label(const np_line *ln)
{
    static const char *const label_list[] = {"核心阅读", "相关链接", "编者按", "链接"};
    static const np_words labels = NP_WORDS(label_list);
    return ln->mark == NP_MARK_NONE && np_words_has(&labels, ln->buf.data, ln->buf.len);
}

/* ------------------------------------------------------------------ */
/* Heads in context: their shape, and their node                       */
/* ------------------------------------------------------------------ */

/* The shape of a head whose lines are q[0..lines). */
uint16_t np_heads_shape(np_line *const *q, size_t lines)
{
    const np_line *ln = q[0];
    unsigned shape = NP_SHAPE_SET;
    if (ln->flags & NP_LF_NUMBERED)
        shape |= NP_SHAPE_NUMBERED;
    if (ln->mark != NP_MARK_NONE)
        shape |= NP_SHAPE_MARKED;
    if (lines > 1)
        return (uint16_t)(shape | NP_SHAPE_TWO_LINES | (q[1]->gap > 0 ? NP_SHAPE_SPACED : 0));
    if (ln->flags & NP_LF_ENTITY_COLON)
        shape |= NP_SHAPE_ENTITY;
    if (ln->flags & NP_LF_COMMA)
        shape |= NP_SHAPE_COMMA;
    if (ln->chars > NP_HEAD_SHORT_CHARS)
        shape |= NP_SHAPE_LONG;
    if (np_heads_question_shape(ln))
        shape |= NP_SHAPE_QUESTION;
    return (uint16_t)shape;
}

bool np_heads_alike(uint16_t a, uint16_t b)
{
    /* clauses of one article's heads run to different lengths (激发创新创业
     * 活力，推动人口高质量发展 / 服务消费新需求，在保障和改善民生中打造新的经济
     * 增长点); only plain heads are told apart by length */
    if ((a & b & NP_SHAPE_COMMA) != 0) {
        a &= (uint16_t)~NP_SHAPE_LONG;
        b &= (uint16_t)~NP_SHAPE_LONG;
    }
    return a == b;
}

np_status np_heads_node(np_builder *b, np_line *const *q, size_t k, const char *by, const char *alt)
{
    np_build_trace(b, q[0], "section_head", by, NULL, alt);
    if (k > 1)
        np_build_trace(b, q[1], "section_head_line2", by, NULL, NULL);
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st == NP_OK)
        st = np_build_ensure_article(b, q[0]->lineno);
    if (st != NP_OK)
        return st;
    np_buf_clear(&b->scratch);
    bool replaced = false;
    np_span spans[NP_LOOKAHEAD];
    size_t from[NP_LOOKAHEAD];
    for (size_t i = 0; i < k; i++) {
        replaced = replaced || q[i]->replaced;
        /* ■记者手记: a marker before a head, as before a byline, is no text */
        from[i] = np_marker_length(q[i]->buf.data, q[i]->buf.len);
        spans[i] = np_line_span(q[i], from[i], q[i]->buf.len);
    }
    for (size_t i = 0; i < k; i++)
        if ((i > 0 && !np_buf_append_char(&b->scratch, ' ')) ||
            !np_buf_append(&b->scratch, q[i]->buf.data + from[i], q[i]->buf.len - from[i]))
            return NP_ERR_NOMEM;
    np_node *h = np_build_text_node(b, NP_NODE_SECTION_HEAD, b->scratch.data, b->scratch.len, q[0]->lineno, replaced);
    if (!h || !np_build_set_spans(b, h, spans, k))
        return b->em->status;
    return np_emit_subtree(b->em, h, false);
}
