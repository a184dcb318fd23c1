/*
 * byline.c - the one-line shape of a byline (see byline.h).
 *
 * A byline is read as a list of people with role words (names.c): a
 * marker before them (■ 张三) makes a few other tokens harmless, role
 * words make the names certain (本报记者 张三), names alone make a
 * bare-name line, which is a byline only where a byline may stand
 * (titles.c, readings.c).  A wire story's reporters stand in a bracket
 * after its last sentence.
 */
#include "byline.h"

#include "credit.h"
#include "names.h"
#include "text.h"
#include "thresholds.h"

/* Byline markers printed before the names: ■ □ ▪ ▲ △ ▼ ◆ ◇ ○ ◎ ● ★ ☆ •,
 * by code point. */
static const np_cp byline_markers[] = {
    0x2022, 0x25A0, 0x25A1, 0x25AA, 0x25B2, 0x25B3, 0x25BC,
    0x25C6, 0x25C7, 0x25CB, 0x25CE, 0x25CF, 0x2605, 0x2606,
};

static bool is_byline_marker(np_cp c)
{
    return np_cp_set_has(byline_markers, sizeof byline_markers / sizeof *byline_markers, c);
}

size_t np_marker_length(const char *s, size_t len)
{
    np_cp c;
    if (len == 0)
        return 0;
    size_t n = np_utf8_decode(s, len, 0, &c);
    if (!is_byline_marker(c))
        return 0;
    size_t a = n, b = len;
    np_trim(s, &a, &b);
    return a;
}

/* Whether a role word's last letter (记者, 通讯员, 实习生) stands right
 * before the last two or three letters of s: only then can a reporter be
 * glued with no space (…。记者张静), and the mark be searched for further
 * back.  Byte tests: this runs for most lines. */
static bool glued_role_before_name(const char *s, size_t len)
{
    static const char *const role_end_list[] = {"员", "生", "者"};
    for (size_t name = 2; name <= NP_ROLE_NAME_MAX_CHARS; name++) {
        if (len < (name + 1) * 3)
            break;
        const char *c = s + len - (name + 1) * 3;
        for (size_t k = 0; k < sizeof role_end_list / sizeof *role_end_list; k++)
            if (memcmp(c, role_end_list[k], 3) == 0)
                return true;
    }
    return false;
}

/* …代表们读得津津有味!” 特派记者 朱明跃 曹阳 李伟, …的良好氛围。张三: the
 * reporters glued after the story's last sentence with no bracket (SPEC
 * §1): after the last sentence end and its closing quotes, only names,
 * with their role words, to the end of the line. */
static void glued_names(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    if (len == 0 || (ln->flags & (NP_LF_FINAL | NP_LF_FUNCTION_END)))
        return;
    /* a name ends the line: …李承说， is a sentence cut by a column break */
    np_cp last;
    np_utf8_decode(s, len, np_utf8_prev(s, len), &last);
    if (!np_is_han(last))
        return;
    /* the last sentence end (。！？ !?), and the closing quotes after it,
     * within the reach of a glued byline and a few quotes: searched for by
     * its bytes, for most lines that reach here end mid-sentence */
    size_t reach = (NP_GLUED_BYLINE_MAX_CHARS + 4) * 3, at = len;
    size_t stop = len > reach ? len - reach : 0;
    /* names with no space between them are one name glued alone, its
     * role before it (…。张三, …。记者张静): without a space near the end
     * the mark stands a role, a name and a quote away */
    if (memchr(s + stop, ' ', len - stop) == NULL) {
        size_t near = (glued_role_before_name(s, len) ? NP_GLUED_ROLE_MAX_CHARS + NP_ROLE_NAME_MAX_CHARS + 2
                                                      : NP_ROLE_NAME_MAX_CHARS + 2) *
                      3;
        stop = len > near ? len - near : 0;
    }
    for (size_t i = len; i-- > stop;) {
        unsigned char b = (unsigned char)s[i];
        if (b == '!' || b == '?') {
            at = i + 1;
            break;
        }
        if (i >= 2 && ((b == 0x82 && s[i - 1] == '\x80' && s[i - 2] == '\xE3') ||
                       ((b == 0x81 || b == 0x9F) && s[i - 1] == '\xBC' && s[i - 2] == '\xEF'))) {
            at = i + 1;
            break;
        }
    }
    if (at >= len)
        return;
    for (np_cp c; at < len && np_utf8_decode(s, len, at, &c) > 0 && np_is_closing(c);)
        at += np_utf8_length((unsigned char)s[at]);
    size_t a = at, b = len;
    np_trim(s, &a, &b);
    /* names stand apart by spaces, or one name is glued alone, after its
     * role (…。张三, …。记者张静): a longer tail with no space is the next
     * sentence, cut, and so is a role with no surname after it (…。记者了解到) */
    bool spaced = memchr(s + a, ' ', b - a) != NULL;
    if (b <= a || np_utf8_count(s + a, b - a) > NP_GLUED_BYLINE_MAX_CHARS ||
        (!spaced && b - a > 3 * (NP_GLUED_ROLE_MAX_CHARS + NP_ROLE_NAME_MAX_CHARS)))
        return;
    /* a long tail with no space names its role before the name (记者,
     * 通讯员, any of np_role_words): the next sentence cut by a column
     * break, which most such tails are, names none (and is spared the name
     * scan) */
    bool role = spaced || b - a <= 3 * NP_ROLE_NAME_MAX_CHARS;
    for (size_t k = 0; !role && k < np_role_words.count; k++)
        role = np_find(s + a, b - a, np_role_words.words[k]) < b - a;
    if (!role)
        return;
    np_names names;
    np_scan_names(s + a, b - a, &names);
    if (names.count == 0 || names.others > 0)
        return;
    if (!spaced) {
        const np_name *nm = &names.names[0];
        if (names.count > 1 || (nm->start > 0 && names.roles == 0) ||
            np_utf8_count(s + a + nm->start, nm->end - nm->start) > NP_ROLE_NAME_MAX_CHARS ||
            np_surname_len(s + a + nm->start, nm->end - nm->start) == 0)
            return;
    }
    ln->flags |= NP_LF_WIRE_BYLINE;
    ln->wire_at = at;
    for (size_t i = 0; i < names.count; i++) {
        names.names[i].start += a;
        names.names[i].end += a;
    }
    ln->names = names;
    ln->names_from = a;
    ln->names_to = b;
}

/* …还在继续。（记者：甲、乙、丙）: the bracket must close the story, so it
 * holds names only and follows a finished sentence. */
void np_byline_wire_shape(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    size_t open;
    if (np_ends_with(s, len, "）")) {
        open = len;
        for (size_t i = len; i > 0;) {
            i = np_utf8_prev(s, i);
            if (np_starts_with(s + i, len - i, "（")) {
                open = i;
                break;
            }
        }
    } else if (len && s[len - 1] == ')') {
        open = len;
        for (size_t i = len; i > 0; i--)
            if (s[i - 1] == '(') {
                open = i - 1;
                break;
            }
    } else {
        glued_names(ln);
        return;
    }
    if (open == 0 || open >= len)
        return;
    size_t a = open + (s[open] == '(' ? 1 : 3);
    size_t b = len - (s[len - 1] == ')' ? 1 : 3);
    np_names names;
    np_scan_names(s + a, b - a, &names);
    /* （记者：甲、乙）, and bare names alone: （甲 乙）, （甲） (SPEC §1) */
    if (names.count == 0 || names.others > 0)
        return;
    /* The text before must be a finished sentence: the bracket closes the
     * story, it is not a parenthesis inside it. */
    size_t p = np_utf8_prev(s, open);
    np_cp c;
    np_utf8_decode(s, len, p, &c);
    if (!np_is_final_punct(c) && !np_is_closing(c))
        return;
    ln->flags |= NP_LF_WIRE_BYLINE;
    ln->wire_at = open;
    for (size_t i = 0; i < names.count; i++) {
        names.names[i].start += a;
        names.names[i].end += a;
    }
    ln->names = names;
    /* the byline is the people: （记者：甲、乙） -> 甲、乙 */
    ln->names_from = names.names[0].start;
    ln->names_to = b;
}

/* A marker and names, or role words and names, or names alone: a
 * sentence is never a byline, nor a line longer than a title. */
/*
 * The names in an end bracket s[*from..*to) that signs a story off: the
 * dateline of a joint report before them (据新华社北京6月1日电  记者…,
 * 本报北京、马德里…1月5日电  记者…), 综合 before and 报道, 参与采写 or
 * (采访)整理 after them (综合本报记者龚仕建、姜峰，…杨湛菲报道, 应宁怡参与采写,
 * 本报记者徐雷鹏、王者整理, 本报记者宋朝军采访整理), and
 * 作者： before one name (作者:王丹) are no names and are left out.
 */
static bool bracket_names(const char *s, size_t *from, size_t *to, bool *compiled)
{
    static const char *const lead_list[] = {"作者:", "作者：", "据", "综合"};
    static const np_words leads = NP_WORDS(lead_list);
    static const char *const tail_list[] = {"参与采写", "报道", "整理", "采访"};
    static const np_words tails = NP_WORDS(tail_list);
    size_t a = *from, b = *to;
    /* the dateline ends with its date, 电 and a blank before the
     * reporters; a joint report lists many places before the date */
    size_t dl = np_find(s + a, b - a, "电 ");
    if (dl == b - a)
        dl = np_find(s + a, b - a, "电　");
    size_t lead = 0;
    if (dl < b - a && np_ends_with(s + a, dl, "日"))
        a += dl + strlen("电");
    else
        a += lead = np_words_prefix(&leads, s + a, b - a);
    /* what they did may take two words (采访整理): the last one first */
    size_t tail = 0, more;
    while ((more = np_words_suffix(&tails, s + a, b - a)) > 0 && more < b - a) {
        b -= more;
        tail = more;
        *compiled = *compiled || np_starts_with(s + b, more, "整理");
    }
    np_trim(s, &a, &b);
    *from = a;
    *to = b;
    /* 作者： and 参与采写 name the role of the one person they stand by */
    return (lead > 0 && np_starts_with(s + a - lead, lead, "作者")) || (tail > 0 && np_starts_with(s + b, tail, "参与"));
}

/* 据新华社, （据新华社电）, （据新华社西安7月18日电）, （新华社北京10月2日电）, (據新華社): a
 * story taken from a news agency, which is its author (its dateline, if
 * any, is left out); without 据 only in brackets, for 新华社北京10月2日电
 * opens a paragraph.  s[*from..*to) becomes the agency's name. */
static bool agency_source(const char *s, size_t *from, size_t *to, bool bracketed)
{
    size_t a = *from, b = *to;
    np_trim(s, &a, &b);
    bool ju = np_starts_with(s + a, b - a, "据") || np_starts_with(s + a, b - a, "據");
    if (ju)
        a += strlen("据");
    else if (!bracketed)
        return false;
    size_t k = np_words_prefix(&np_agencies, s + a, b - a);
    if (k == 0)
        return false;
    size_t rest = a + k;
    if (rest < b) {
        /* 电, or a place and a date, then 电 */
        if (!np_ends_with(s + rest, b - rest, "电"))
            return false;
        size_t date_len = b - rest - strlen("电");
        if (date_len > 0 && (np_find(s + rest, date_len, "月") == date_len || np_find(s + rest, date_len, "日") == date_len))
            return false;
    } else if (!ju) {
        return false;
    }
    *from = a;
    *to = a + k;
    return true;
}

void np_byline_shape(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    /* a byline is short, unless it is set in brackets after the story: a
     * joint report's reporters fill lines */
    bool end_bracket = (ln->flags & NP_LF_BRACKETED) != 0;
    if ((ln->chars > NP_TITLE_MAX_CHARS && !end_bracket) || (ln->flags & (NP_LF_FINAL | NP_LF_SENTENCE)))
        return;
    size_t from = np_marker_length(s, len), to = len;
    bool marker = from > 0;
    if (!marker && (ln->flags & NP_LF_BRACKETED)) {
        /* （本报记者 张三）: a byline set in brackets */
        from = s[0] == '(' ? 1 : 3;
        to = len - (s[len - 1] == ')' ? 1 : 3);
    }
    size_t text_from = from, text_to = to;
    bool compiled = false;
    bool role_label = end_bracket && bracket_names(s, &from, &to, &compiled);
    np_trim(s, &from, &to);
    np_names names;
    if (marker)
        np_scan_names_after_marker(s + from, to - from, &names);
    else
        np_scan_names(s + from, to - from, &names);
    for (size_t i = 0; i < names.count; i++) {
        names.names[i].start += from;
        names.names[i].end += from;
    }
    bool byline = false;
    size_t agency_from = text_from, agency_to = text_to;
    bool agency = !marker && agency_source(s, &agency_from, &agency_to, end_bracket);
    if (agency) {
        names.names[0].start = agency_from;
        names.names[0].end = agency_to;
        names.names[0].padded = false;
        names.count = 1;
        names.others = 0;
    }
    if (agency)
        byline = true;
    else if (marker)
        byline = (names.count > 0 && names.others <= names.count) || (names.roles > 0 && names.count > 0);
    else if (names.roles > 0 || role_label || end_bracket)
        byline = names.count > 0 && names.others == 0; /* （林丽鹂）: names in brackets sign */
    /* 本报评论员, 本报特约评论员: a byline that names a role, not a person */
    if (!byline && names.count == 0 && names.others == 0 && names.roles > 0 &&
        ln->chars <= NP_ROLE_BYLINE_MAX_CHARS && (np_find(s, len, "评论员") < len || np_find(s, len, "记者") < len))
        byline = true;
    /* 江苏省无锡市纪委监委 沈 琪: the author's office, then the author; or
     * the author's post (自然资源部宣传教育中心主任  夏  俊, 重庆巴南区读者  赵正荣:
     * of the 8 such lines on the labelled pages without a comma or a
     * leading dash, 6 are bylines, one a caption's, one a head's second
     * line) */
    size_t first_end = from;
    while (first_end < to && s[first_end] != ' ')
        first_end++;
    if (!byline && names.count > 0 && names.others == 1 && names.names[0].start > first_end &&
        first_end < to && np_ends_with_post(s + from, first_end - from) &&
        !(ln->flags & (NP_LF_COMMA | NP_LF_DASH_START)))
        byline = true;
    /* 新華報業傳媒集團 鄉村干部報 許露露: or the offices, groups and papers
     * that employ the author, each a token of its own */
    if (!byline && names.count > 0 && names.others > 0 && names.others == np_employer_tokens(s, from, names.names[0].start))
        byline = true;
    if (byline) {
        ln->kind = NP_LK_BYLINE;
        if (compiled)
            ln->flags |= NP_LF_COMPILED;
    } else if (!marker && names.count > 0 && names.others == 0 && names.count <= NP_NAMES_LINE_MAX_NAMES) {
        ln->kind = NP_LK_NAMES;
    } else {
        return;
    }
    ln->names = names;
    /* the byline's text is the bracket's, role words and all */
    ln->names_from = text_from;
    ln->names_to = text_to;
}

/* ------------------------------------------------------------------ */
/* Byline nodes                                                         */
/* ------------------------------------------------------------------ */

/* Authors as children of parent, from the names found in ln. */
static bool add_authors(np_builder *b, np_node *parent, const np_line *ln)
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
static np_node *make_byline(np_builder *b, const np_line *const *lines, size_t k)
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
    np_node *by = np_build_text_node(b, NP_NODE_BYLINE, b->scratch.data ? b->scratch.data : "", b->scratch.len,
                            lines[0]->lineno, replaced);
    if (!by || !np_build_set_spans(b, by, spans, nspans))
        return NULL;
    for (size_t i = 0; i < k; i++)
        if (!add_authors(b, by, lines[i]))
            return NULL;
    if (authors == 0) {
        /* 本报评论员: a byline that names a role is its own author (the
         * tree gives every byline one) */
        np_node *au = np_emit_node(b->em, NP_NODE_AUTHOR, by->text, by->text_len, 0);
        if (!au || !np_build_set_spans(b, au, spans, nspans))
            return NULL;
        np_emit_mark_replaced(au, replaced);
        np_node_append(by, au);
    }
    return by;
}

np_status np_byline_node(np_builder *b, np_line *const *q, size_t k, const char *rule)
{
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st == NP_OK)
        st = np_build_ensure_article(b, q[0]->lineno);
    if (st != NP_OK)
        return st;
    const np_line *lines[2] = {q[0], k > 1 ? q[1] : NULL};
    np_build_trace(b, q[0], "byline", rule, NULL, NULL);
    if (k > 1)
        np_build_trace(b, q[1], "byline_line2", "byline.second_line", NULL, "byline");
    np_node *by = make_byline(b, lines, k);
    if (!by)
        return b->em->status;
    return np_emit_subtree(b->em, by, false);
}

/* The bracket of a wire byline, without its brackets. */
np_status np_byline_wire_node(np_builder *b, const np_line *ln)
{
    const np_line *const lines[1] = {ln};
    np_node *by = make_byline(b, lines, 1);
    if (!by)
        return b->em->status;
    return np_emit_subtree(b->em, by, false);
}
