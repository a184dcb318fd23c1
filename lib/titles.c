/*
 * titles.c - where a headline is decided.
 *
 * Inside an article a short line without a sentence end is either a
 * section head or the first line of the next article's title block; on a
 * page of plain text nothing but the evidence around it tells them apart.
 * All that evidence is weighed here, in one place:
 *
 *   - a # mark, or ## right above a # line;
 *   - a byline right after the title lines, or after one to three lead
 *     paragraphs (section heads are not followed by bylines), or a first
 *     paragraph that opens with a dateline (新华社…电, 本报讯);
 *   - two or three title-like lines stacked (a head stands alone: a head
 *     printed on two lines is marked by ** or ends its first line with ：);
 *   - a kicker's closing dash (——), which no head has;
 *   - the form 机构/地名：… that names the subject, unless the article's
 *     own heads already use that form (a round-up of places);
 *   - the article has been closed off by its credit line.
 *
 * Roles within a block: a bare place or organisation name, a line ending
 * with a dash or a ## line above # is the kicker; a line starting with a
 * dash or following the # line is the subheadline; one line alone is the
 * headline.  Two unmarked lines are read kicker + headline, which the
 * format allows where the text cannot tell.
 */
#include "titles.h"

#include "heads.h"
#include "text.h"
#include "thresholds.h"


/* A name-shaped line (金秋行) may open a title block, but only byline
 * names may follow the title lines, unless a byline follows them: one
 * byline does not stand on another (小说 / 修表匠 / 文/何苇). */
static bool is_title_line(np_line *const *q, size_t n, size_t k)
{
    const np_line *ln = q[k];
    /* a line ending with ： introduces what follows it (编辑同志：, the
     * first half of a head): it opens a block, it does not end one */
    if (k > 0 && (ln->flags & NP_LF_COLON_END) && !ln->mark)
        return false;
    if (ln->kind == NP_LK_TITLE || ln->mark != NP_MARK_NONE)
        return true;
    /* a summary under the title lines, with no sentence end, right above
     * the byline: a lead paragraph ends its sentence, and stands under the
     * byline, not above it */
    if (k > 0 && ln->kind == NP_LK_TEXT && !(ln->flags & NP_LF_FINAL) && ln->chars <= NP_SUMMARY_MAX_CHARS &&
        k + 1 < n && q[k + 1]->gap <= NP_NEAR_GAP &&
        (q[k + 1]->kind == NP_LK_BYLINE || q[k + 1]->kind == NP_LK_NAMES))
        return true;
    return ln->kind == NP_LK_NAMES &&
           (k == 0 || (k + 1 < n && q[k + 1]->kind == NP_LK_BYLINE && q[k + 1]->gap < NP_FIGURE_GAP));
}

/* A head printed on two lines: **知识普及 / 优化服务更便捷** or 筑牢“安全网”： / … */
size_t np_titles_split_head(np_line *const *q, size_t n)
{
    if (n < 2 || q[1]->gap > NP_NEAR_GAP)
        return 1;
    if ((q[0]->flags & NP_LF_BOLD_OPEN) && !(q[0]->flags & NP_LF_BOLD_CLOSE) &&
        (q[1]->flags & NP_LF_BOLD_CLOSE))
        return 2;
    if ((q[0]->flags & NP_LF_COLON_END) && q[1]->kind == NP_LK_TITLE && !q[1]->mark &&
        !(q[1]->flags & NP_LF_COLON_END))
        return 2;
    /* who speaks, and right under it his post in brackets: 斯蒂芬·佩里 /
     * (英国“48家集团俱乐部”主席) heads that speaker's answer */
    if (q[0]->kind == NP_LK_NAMES && q[1]->gap == 0 && (q[1]->flags & NP_LF_BRACKETED) &&
        !(q[1]->flags & (NP_LF_FINAL | NP_LF_SENTENCE)) && q[1]->chars <= NP_TITLE_MAX_CHARS)
        return 2;
    return 1;
}

bool np_titles_adjacent_head(np_line *const *q, size_t n)
{
    /* title lines of an article stand a blank line apart; two short lines
     * printed one right under the other inside a running article, with no
     * byline or dateline after them, are one head (夜市经济 / 烟火气里添活力),
     * also when the first ends with a dash (品牌下沉—— / 新店新品): there a
     * kicker would stand a blank line above its headline */
    if (n < 2 || q[1]->gap != 0)
        return false;
    /* after a dash the second half may be a whole clause, longer than a
     * title line (思想领航—— / 永葆赶考的清醒和坚定，把党的自我革命的思路举措
     * 搞得更加严密), as long as it ends no sentence */
    bool clause = q[1]->kind == NP_LK_TEXT && (q[0]->flags & NP_LF_DASH_END) &&
                  !(q[1]->flags & (NP_LF_FINAL | NP_LF_SENTENCE)) && q[1]->chars <= NP_TITLE_MAX_CHARS;
    for (size_t i = 0; i < 2; i++)
        if ((q[i]->kind != NP_LK_TITLE && !(i == 1 && clause)) || q[i]->mark != NP_MARK_NONE)
            return false;
    if (q[1]->flags & NP_LF_DASH_START)
        return false;
    /* a head's first half is short or leads on (a label, a colon, a dash,
     * a comma, a question); a long plain statement is a headline over its
     * subheadline (高铁寨小学外文具店出售“五毛”食品 / 要求立即下架停售: of the
     * 91 such pairs inside running articles on the labelled pages, 78 are
     * heads; of the 13 whose first line is longer than
     * NP_ADJACENT_HEAD_MAX_CHARS and leads on by none of these, 9 are
     * title blocks) */
    const unsigned leads_on = NP_LF_CLAUSE | NP_LF_COLON_END | NP_LF_DASH_END | NP_LF_EXCLAIM_END |
                              NP_LF_BOLD_OPEN | NP_LF_SPEAKER;
    if (q[0]->chars > NP_ADJACENT_HEAD_MAX_CHARS && !(q[0]->flags & leads_on))
        return false;
    return !np_titles_byline_follows(q, n, 2);
}

size_t np_titles_span(np_line *const *q, size_t n)
{
    size_t k = 0;
    while (k < n && k < NP_MAX_TITLE_LINES && is_title_line(q, n, k) && (k == 0 || q[k]->gap < NP_FIGURE_GAP)) {
        /* a section head printed on two lines is not two title lines,
         * unless a byline stands under them: no head has one (木镟技艺代表性
         * 传承人李学民： / 千刀方成器  玲珑显匠心 / 本报记者  史自强) */
        if (np_titles_split_head(q + k, n - k) == 2 && !np_titles_byline_follows(q + k, n - k, 2))
            break;
        /* 美丽中国·身边的生态获得感③ / 这些改变，为生活添绿意 / 核心阅读: a
         * box's label under a kicker and a headline heads the box; under one
         * line it may be the headline of an editor's note standing alone
         * under its page's banner (of the 3 box labels under title lines
         * on the labelled pages, the 2 under two or three are heads, the
         * one under a banner an editor's note's headline) */
        if (k >= 2 && np_heads_box_label(q[k]))
            break;
        /* 街拍 / 时间:3月6日上午 / 地点:胜利南路天桥下: a form's fields are
         * text, no title lines */
        if (k > 0 && np_heads_field_line(q[k]) && k + 1 < n && np_heads_field_line(q[k + 1]))
            break;
        /* after the # line only a subheadline may follow */
        if (k > 0 && q[k]->mark == NP_MARK_H2)
            break;
        k++;
    }
    return k;
}

bool np_titles_photo_byline(const np_line *ln)
{
    /* the whole report is the reporter's pictures; "张三 摄" alone under a
     * headline is the credit of a picture without a caption */
    return ln->kind == NP_LK_CREDIT && ln->credit.kind == NP_CREDIT_PHOTOGRAPHER && !ln->credit.page &&
           ln->credit.people.count > 0 && ln->gap <= NP_NEAR_GAP &&
           np_ends_with(ln->buf.data, ln->buf.len, "摄影报道");
}

bool np_titles_byline_follows(np_line *const *q, size_t n, size_t from)
{
    size_t leads = 0;
    for (size_t i = from; i < n; i++) {
        const np_line *ln = q[i];
        if (ln->gap >= NP_FIGURE_GAP) {
            /* a picture between the title and its text: skip its caption
             * and credit */
            if (i + 1 < n && q[i + 1]->kind == NP_LK_CREDIT && q[i + 1]->gap <= NP_NEAR_GAP)
                i++;
            continue;
        }
        if (ln->kind == NP_LK_BYLINE || (ln->kind == NP_LK_NAMES && (i == from || leads > 0)) ||
            (i == from && np_titles_photo_byline(ln)))
            return true;
        /* a story that opens with its dateline carries its byline there or
         * at its end: the dateline stands where the byline would */
        if (leads == 0 && (ln->flags & NP_LF_DATELINE))
            return true;
        if (ln->kind != NP_LK_TEXT || ++leads > NP_MAX_LEADS)
            return false;
    }
    return false;
}

/* 昨日,来自西工区…的志愿者走进王城公园, 昨夜10点半,记者在…: a lead that
 * opens with yesterday (or last night) reports the news of the day, as a
 * story's first paragraph does; a section of a running story goes on from
 * what was told.  近日 and a bare date open heads' paragraphs too. */
static bool yesterday_lead(np_line *const *q, size_t n, size_t k)
{
    static const char *const word_list[] = {"昨夜", "昨天", "昨日", "昨晚"};
    static const np_words words = NP_WORDS(word_list);
    if (k >= n || q[k]->kind != NP_LK_TEXT || q[k]->gap >= NP_FIGURE_GAP)
        return false;
    return np_words_prefix(&words, q[k]->buf.data, q[k]->buf.len) > 0;
}

bool np_titles_two_halves(const np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len, i = 0, halves = 0, chars = 0;
    /* punctuation (a comma, a colon) is neither a letter nor a quote: a
     * line holding any is no two halves */
    while (i < len) {
        np_cp c;
        size_t k = np_utf8_decode(s, len, i, &c);
        if (np_is_space(c)) {
            if (chars > 0 && ++halves > 1)
                return false;
            if (chars > 0 && chars < NP_TITLE_HALF_MIN_CHARS)
                return false;
            chars = 0;
        } else if (!np_is_han(c) && !np_is_opening(c) && !np_is_closing(c)) {
            return false;
        } else {
            chars++;
        }
        i += k;
    }
    return halves == 1 && chars >= NP_TITLE_HALF_MIN_CHARS;
}

/* 全力推进灾后重建 / (picture) 贵州省…图为… / 罗京来摄 / (picture) 7月2日，… /
 * 内蒙古乌海： — photo news: a title line over pictures, with the next title
 * block under them.  A paragraph cut by a picture goes on in text under
 * it; what stands under the pictures tells the two apart (of the 8 short
 * lines over a picture after text on the labelled pages, the 3 with a
 * title under the pictures are headlines).  A line right under a picture
 * is its credit or the text it cut, not a headline (the caller asks). */
/* The first line past the pictures that start at q[i]: each picture its
 * caption after the figure gap, and a credit line under it. */
static size_t past_pictures(np_line *const *q, size_t n, size_t i)
{
    while (i < n && (q[i]->gap >= NP_FIGURE_GAP || q[i]->kind == NP_LK_CREDIT))
        i++;
    return i;
}

/* The length of the digits or Chinese numerals at s (at most 3 letters). */
static size_t numeral_length(const char *s, size_t len)
{
    size_t i = 0, count = 0;
    while (i < len && count < 3) {
        np_cp c;
        size_t k = np_utf8_decode(s, len, i, &c);
        if (!np_is_digit(c) && !np_is_cn_digit(c))
            break;
        i += k;
        count++;
    }
    return i;
}

bool np_titles_text_under_pictures(np_line *const *q, size_t n, size_t k)
{
    k = past_pictures(q, n, k);
    return k < n && q[k]->kind == NP_LK_TEXT && q[k]->mark == NP_MARK_NONE;
}

bool np_titles_dated_lead(np_line *const *q, size_t n, size_t k)
{
    k = past_pictures(q, n, k);
    if (k >= n || q[k]->kind != NP_LK_TEXT)
        return false;
    if (yesterday_lead(q, n, k))
        return true;
    const char *s = q[k]->buf.data;
    size_t len = q[k]->buf.len, i = numeral_length(s, len);
    if (i == 0 || !np_starts_with(s + i, len - i, "月"))
        return false;
    i += strlen("月");
    size_t d = numeral_length(s + i, len - i);
    return d > 0 && np_starts_with(s + i + d, len - i - d, "日");
}

static bool photo_news(np_line *const *q, size_t n, size_t k)
{
    if (k >= n || q[k]->gap < NP_FIGURE_GAP)
        return false;
    size_t i = past_pictures(q, n, k);
    if (i >= n || q[i]->mark != NP_MARK_NONE)
        return false;
    if (q[i]->kind == NP_LK_TITLE)
        return true;
    /* or a kicker too long for a title line over its headline and byline
     * (业内呼吁：“流量至上”思维亟待转变，“内容向善”才能行稳致远 / 多频道网络
     * 机构，自律他律都得有 / 本报记者  金  歆) */
    size_t span = np_titles_span(q + i + 1, n - i - 1);
    return q[i]->kind == NP_LK_TEXT && !(q[i]->flags & NP_LF_FINAL) && span > 0 &&
           np_titles_byline_follows(q, n, i + 1 + span);
}

/* 高效办  更顺畅 / its one paragraph / 图为4月14日，市民在…办理业务。 / the next
 * title: a photo story, its text and then the picture it shows (图为),
 * with the next story's title under them (of the title-like lines after
 * text on the labelled pages with one paragraph and then a 图为 picture,
 * the 2 with a title under the picture are headlines, the 2 with the text
 * going on heads). */
static bool photo_story(np_line *const *q, size_t n, size_t k)
{
    if (k + 2 >= n || q[k]->kind != NP_LK_TEXT || q[k]->gap > NP_NEAR_GAP || q[k + 1]->gap < NP_FIGURE_GAP ||
        !q[k + 1]->tuwei)
        return false;
    size_t i = past_pictures(q, n, k + 1);
    return i < n && q[i]->mark == NP_MARK_NONE && q[i]->kind == NP_LK_TITLE;
}

/* “这顿饭，花了多少钱？” / “俩素菜加份排骨，才8块钱！”: quoted questions and
 * exclamations in a row are what people said, unless a byline makes them
 * a title (then the caller has decided before asking). */
static bool is_dialogue(np_line *const *q, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (q[i]->mark || !(q[i]->flags & NP_LF_QUOTED) || !(q[i]->flags & NP_LF_EXCLAIM_END))
            return false;
    return true;
}

bool np_titles_over_table(np_line *const *q, size_t n, size_t k)
{
    return k < n && (q[k]->flags & NP_LF_TABLE_ROW);
}

/* **记者手记** / **总想为群众多做一点**: lines set wholly in bold inside a
 * running article are its heads (of the 17 such lines on the labelled
 * pages, all 17 are heads or their second lines); a title block has a
 * byline under it. */
static bool all_bold(np_line *const *q, size_t k)
{
    const unsigned bold = NP_LF_BOLD_OPEN | NP_LF_BOLD_CLOSE;
    for (size_t i = 0; i < k; i++)
        if ((q[i]->flags & bold) != bold)
            return false;
    return true;
}

const char *np_titles_opens_article(np_line *const *q, size_t n, const np_title_context *ctx, size_t *span)
{
    size_t k = np_titles_span(q, n);
    *span = k ? k : 1;
    if (k == 0)
        return NULL;
    const np_line *first = q[0];
    if (!ctx->article_open)
        return "title.no_article_open";
    /* the title block under a photo story's pictures is the next story's */
    if (ctx->photo_news)
        return "title.after_photo_news";
    for (size_t i = 0; i < k; i++)
        if (q[i]->mark == NP_MARK_H1)
            return "title.h1_mark";
    if (np_titles_byline_follows(q, n, k))
        return "title.byline_follows";
    if (yesterday_lead(q, n, k))
        return "title.yesterday_lead";
    /* photo news follows a story's text: under a title with no text yet,
     * the lines over pictures are the article's heads (a photo page) */
    if (!ctx->after_figure && ctx->has_text && photo_news(q, n, k))
        return "title.photo_news";
    if (ctx->has_text && photo_story(q, n, k))
        return "title.photo_story";
    /* 澳网昨日战报 / 男单第3轮 over 德约科维奇  3∶0   埃切维里: a story's text
     * is no results table; lines over one are heads of a box in the
     * running article */
    if (is_dialogue(q, k) || all_bold(q, k) || np_titles_over_table(q, n, k))
        return NULL;
    if (k >= 2)
        return "title.stacked_lines";
    /* a line ending —— with its text right under it is a head (基础设施
     * 互联互通打破城乡界限——): a kicker needs a headline below */
    if ((first->flags & NP_LF_DASH_END) && !(n > 1 && q[1]->kind == NP_LK_TEXT && q[1]->gap <= NP_NEAR_GAP))
        return "title.kicker_dash";
    if ((first->flags & NP_LF_ENTITY_COLON) && !ctx->entity_heads)
        return "title.entity_colon";
    /* what someone said, in quotation marks, heads a part of the story
     * signed above (of the 31 quoted title-like lines after text on the
     * labelled pages, 28 are section heads, and the 2 right under a
     * signature both are; the 3 that open articles have a byline, a
     * second title line or a lead of yesterday's news under them) */
    if (ctx->closing && (first->flags & NP_LF_QUOTED))
        return NULL;
    /* a story signed off by its credit or byline has ended, however short
     * (文化进工地 党旗高高飘 / its lead / 记者周金友、洪菡婷 通讯员张晓燕
     * 摄影报道); otherwise titles, leads, then a head: a head of this
     * article */
    return ctx->closing ? "title.after_closing" : NULL;
}

const char *np_title_roles(np_line *const *lines, size_t n, np_node_type *roles)
{
    size_t h1 = n;
    const char *why = NULL;
    for (size_t i = 0; i < n; i++)
        if (lines[i]->mark == NP_MARK_H1) {
            h1 = i;
            why = "role.h1_mark";
            break;
        }
    if (h1 == n) {
        h1 = 1;
        if (n == 1) {
            h1 = 0;
            why = "role.single_line";
        } else if (n == 3) {
            /* 【一线讲述】 / 四地乡村干部群众心中的“宜居宜业和美家园”—— /
             * 村居好环境,添彩新生活: a kicker's dash makes two kickers */
            h1 = (lines[1]->flags & NP_LF_DASH_END) ? 2 : 1;
            why = "role.three_lines";
        } else if (lines[1]->flags & NP_LF_DASH_START) {
            h1 = 0;
            why = "role.dash_subheadline";
        } else if (lines[1]->kind == NP_LK_TEXT) {
            h1 = 0; /* a summary under the headline (is_title_line) */
            why = "role.summary_subheadline";
        } else if (lines[0]->flags & NP_LF_DASH_END) {
            why = "role.dash_kicker";
        } else if (lines[0]->flags & NP_LF_BARE_ENTITY) {
            why = "role.entity_kicker";
        } else if (lines[0]->mark == NP_MARK_H2) {
            why = "role.h2_kicker";
        } else {
            why = "role.two_lines_default";
        }
    }
    for (size_t i = 0; i < n; i++)
        roles[i] = i < h1 ? NP_NODE_KICKER : i == h1 ? NP_NODE_HEADLINE : NP_NODE_SUBHEADLINE;
    return why;
}

/* ------------------------------------------------------------------ */
/* Title nodes                                                          */
/* ------------------------------------------------------------------ */

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

/* 闭环管理促节约 / 个性菜单调众口: a title line printed on two, right under
 * each other, two halves of one length (a couplet); title lines otherwise
 * stand a blank line apart (of the 5 pairs of title lines right under each
 * other on the labelled pages, the 3 couplets are one headline each).  A
 * half is one phrase: a line with a comma in it is a title line whole
 * (传承的接力棒,在他们手中闪光 / 新晋省劳模为“金东工匠”颁奖). */
static bool couplet(const np_line *a, const np_line *b)
{
    return b->gap == 0 && a->kind == NP_LK_TITLE && b->kind == NP_LK_TITLE && a->mark == NP_MARK_NONE &&
           b->mark == NP_MARK_NONE && a->chars == b->chars &&
           !((a->flags | b->flags) & (NP_LF_DASH_START | NP_LF_DASH_END | NP_LF_COLON_END | NP_LF_COMMA));
}

/* One title line's node: q[0]'s text, and q[1]'s after a space when the
 * line is printed on two. */
static np_node *title_line_node(np_builder *b, np_node_type role, np_line *const *q, size_t lines)
{
    if (lines == 1)
        return np_build_line_node(b, role, q[0], 0, q[0]->buf.len);
    np_buf_clear(&b->scratch);
    if (!np_buf_append(&b->scratch, q[0]->buf.data, q[0]->buf.len) || !np_buf_append_char(&b->scratch, ' ') ||
        !np_buf_append(&b->scratch, q[1]->buf.data, q[1]->buf.len)) {
        b->em->status = NP_ERR_NOMEM;
        return NULL;
    }
    np_span spans[2] = {np_line_span(q[0], 0, q[0]->buf.len), np_line_span(q[1], 0, q[1]->buf.len)};
    np_node *t = np_build_text_node(b, role, b->scratch.data, b->scratch.len, q[0]->lineno,
                                    q[0]->replaced || q[1]->replaced);
    if (!t || !np_build_set_spans(b, t, spans, 2))
        return NULL;
    return t;
}

np_status np_title_node(np_builder *b, np_line *const *q, size_t span, const char *by, bool article_open)
{
    np_node_type roles[NP_MAX_TITLE_LINES];
    np_line *first[NP_MAX_TITLE_LINES];
    size_t at[NP_MAX_TITLE_LINES], lines = 0;
    for (size_t i = 0; i < span; i++)
        if (i == 0 || !couplet(q[i - 1], q[i])) {
            at[lines] = i;
            first[lines++] = q[i];
        }
    np_status st = np_build_open_article(b, q[0]->lineno);
    if (st != NP_OK)
        return st;
    const char *role_rule = np_title_roles(first, lines, roles);
    for (size_t l = 0; l < lines; l++) {
        size_t end = l + 1 < lines ? at[l + 1] : span;
        np_build_trace(b, q[at[l]], np_node_type_name(roles[l]), by, role_rule,
                       title_alternative(article_open, lines, role_rule, l));
        if (end - at[l] > 1)
            np_build_trace(b, q[at[l] + 1], "title_line2", by, NULL, NULL);
        np_node *t = title_line_node(b, roles[l], q + at[l], end - at[l]);
        if (!t)
            return b->em->status;
        if ((st = np_emit_subtree(b->em, t, false)) != NP_OK)
            return st;
    }
    return NP_OK;
}
