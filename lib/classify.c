/*
 * classify.c - what one line looks like on its own.
 *
 * Every fact that needs only the line's own text is found once per line.
 * The generic features are read here: the # ## ** marks, one pass over the
 * punctuation (does the line end a sentence, hold one, leave a quotation
 * open, open with a speaker's label), the dateline that opens a story
 * (新华社…电, 本报讯), and the title shape those features make.  The shape
 * of each element is read in the element's own file, which np_classify
 * calls in order:
 *
 *   figure.c     the Markdown image line; a caption's own words (图① 上图)
 *   furniture.c  page furniture (np_furniture_shape)
 *   credit.c     a whole-line credit, or one glued to a caption
 *   heads.c      a head's numbering (一、 （二）) and its 机构：… colon, and a
 *                line that is only an organisation or place (a kicker's)
 *   byline.c     markers, role words with names, bare-name lines, the wire
 *                bracket （记者：甲、乙）
 *
 * readings.c and titles.c then weigh these features against the lines
 * around it.  Nothing here looks at another line.
 */
#include <string.h>

#include "byline.h"
#include "figure.h"
#include "furniture.h"
#include "heads.h"
#include "parse.h"
#include "text.h"
#include "thresholds.h"

/*
 * Words that cannot end a title or head: particles, prepositions and
 * conjunctions that always wait for what follows.  Only characters that
 * do not also end common words are listed (普及, 春天来了, 全民参与 end
 * titles).  A short line that ends with one is a paragraph cut by a
 * column break.  By code point: “ 、 于 从 但 却 将 或 把 的 而 被 跟.
 */
static const np_cp function_ends[] = {
    0x201C, 0x3001, 0x4E8E, 0x4ECE, 0x4F46, 0x5374, 0x5C06,
    0x6216, 0x628A, 0x7684, 0x800C, 0x88AB, 0x8DDF,
};

static bool is_function_end(np_cp c)
{
    return np_cp_set_has(function_ends, sizeof function_ends / sizeof *function_ends, c);
}

/* Strip #, ## and ** marks, remembering them. */
static void strip_marks(np_line *ln, size_t *a, size_t *b)
{
    const char *s = ln->buf.data;
    if (*b - *a >= 2 && s[*a] == '#') {
        size_t n = 0;
        while (*a + n < *b && s[*a + n] == '#')
            n++;
        if (n <= NP_MARK_MAX_HASHES && *a + n < *b) {
            ln->mark = n == 1 ? NP_MARK_H1 : NP_MARK_H2;
            *a += n;
            np_trim(s, a, b);
        }
    }
    bool open = *b - *a >= 2 && s[*a] == '*' && s[*a + 1] == '*';
    if (open) {
        *a += 2;
        np_trim(s, a, b);
    }
    bool close = *b - *a >= 2 && s[*b - 1] == '*' && s[*b - 2] == '*';
    if (close) {
        *b -= 2;
        np_trim(s, a, b);
    }
    if (open && !close)
        ln->flags |= NP_LF_BOLD_OPEN;
    else if (close && !open)
        ln->flags |= NP_LF_BOLD_CLOSE;
    else if (open && close)
        ln->flags |= NP_LF_BOLD_OPEN | NP_LF_BOLD_CLOSE;
}

/* np_scan reads past the end of the line, into its buffer's slack. */
_Static_assert(NP_SCAN_PAD <= NP_BUF_SLACK, "a line buffer's slack covers the scan's reads");

/* One pass over the text for punctuation features. */
static void scan_punctuation(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    size_t numbered = np_heads_numbering(s, len);
    if (numbered)
        ln->flags |= NP_LF_NUMBERED;
    int quotes = 0, brackets = 0;
    bool unbalanced = false, seen_quote = false;
    size_t last_final_end = 0; /* end of the last sentence-final mark outside quotes */
    size_t stop_end = 0;       /* the same for a full stop, not ！ or ？ */
    ln->colon = len;
    ln->first_punct = len;
    /* Most of a page is letters, never punctuation: the scan passes over
     * them without decoding, which is what makes this pass cheap. */
    np_scan sc;
    np_scan_init(&sc, s, len);
    for (size_t i = np_scan_next(&sc); i < len; i = np_scan_next(&sc)) {
        unsigned pc = np_punct_class(s + i);
        if (pc == 0)
            continue; /* a digit, a letter, a symbol: nothing to count */
        size_t n = (unsigned char)s[i] < 0x80 ? 1 : 3;
        if (ln->first_punct == len && (pc & (NP_PC_CLAUSE | NP_PC_FINAL)))
            ln->first_punct = i;
        /* colons, quotation marks and brackets: the fewer marks */
        if (pc & (NP_PC_COLON | NP_PC_QUOTE_OPEN | NP_PC_QUOTE_CLOSE | NP_PC_OPEN | NP_PC_CLOSE)) {
            if ((pc & NP_PC_COLON) && ln->colon == len)
                ln->colon = i;
            int q = (pc & NP_PC_QUOTE_OPEN) ? 1 : (pc & NP_PC_QUOTE_CLOSE) ? -1 : 0;
            if (q && !seen_quote) {
                seen_quote = true;
                if (q < 0)
                    ln->flags |= NP_LF_CLOSES_FIRST;
            }
            quotes += q;
            brackets += (pc & NP_PC_OPEN) ? 1 : (pc & NP_PC_CLOSE) ? -1 : 0;
            if (quotes < 0 || brackets < 0)
                unbalanced = true;
        }
        if (quotes <= 0 && brackets <= 0 && i >= numbered) {
            if ((pc & NP_PC_FINAL) && !(s[i] == '.' && i > 0 && i + 1 < len &&
                                        np_is_ascii_alnum((unsigned char)s[i + 1]))) {
                if (!(pc & NP_PC_EXCLAIM))
                    stop_end = i + n;
                last_final_end = i + n;
            }
            if (pc & NP_PC_CLAUSE)
                ln->flags |= (pc & NP_PC_COMMA) ? NP_LF_CLAUSE | NP_LF_COMMA : NP_LF_CLAUSE;
        }
    }
    ln->chars = sc.chars;
    ln->tuwei = sc.tuwei;
    ln->quote_balance = quotes;
    if (quotes != 0 || brackets != 0)
        unbalanced = true;
    if (unbalanced)
        ln->flags |= NP_LF_UNBALANCED;
    if (quotes > 0)
        ln->flags |= NP_LF_OPENS_QUOTE;
    if ((np_starts_with(s, len, "（") && np_ends_with(s, len, "）")) ||
        (len > 1 && s[0] == '(' && s[len - 1] == ')'))
        ln->flags |= NP_LF_BRACKETED;
    if (ln->colon < len && ln->colon > 0 && ln->colon <= NP_SPEAKER_MAX_CHARS * 4 &&
        np_utf8_count(s, ln->colon) <= NP_SPEAKER_MAX_CHARS)
        ln->flags |= NP_LF_SPEAKER;

    /* Does it end a sentence?  Closing quotes and brackets after the mark
     * do not count: …热乎饭。” ends one. */
    np_cp c;
    size_t end = np_last_mark(s, len, &c);
    if (end < len) {
        if (np_mark_ends_sentence(s, len, end, c))
            ln->flags |= NP_LF_FINAL;
        if (c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?')
            ln->flags |= NP_LF_EXCLAIM_END;
        if (c == 0xFF1A || c == ':')
            ln->flags |= NP_LF_COLON_END;
        if (is_function_end(c) || np_is_clause_punct(c))
            ln->flags |= NP_LF_FUNCTION_END;
    }
    if (last_final_end > 0 && last_final_end <= end && end < len)
        ln->flags |= NP_LF_SENTENCE;
    if (stop_end > 0 && stop_end <= end && end < len)
        ln->flags |= NP_LF_STOP_INSIDE;
    if (np_starts_with(s, len, "“") && np_ends_with(s, len, "”"))
        ln->flags |= NP_LF_QUOTED;
    if (np_ends_with(s, len, "—") || np_ends_with(s, len, "－－") || np_ends_with(s, len, "--"))
        ln->flags |= NP_LF_DASH_END;
    if (np_starts_with(s, len, "—") || np_starts_with(s, len, "--"))
        ln->flags |= NP_LF_DASH_START;
}

/*
 * 新华社南宁5月20日电, 本报讯, 本报北京6月3日电: the dateline that opens a
 * news story.  A short line right before one is that story's headline.
 */
static void scan_dateline(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    /* the paper's own news, with no place or date: 本报讯, 本报电 (and in
     * traditional letters: 【本報訊】) */
    static const char *const own_list[] = {"【本報訊】", "【本报讯】", "本報訊", "本報電", "本报电", "本报讯", "（本報訊）", "（本报讯）"};
    static const np_words own = NP_WORDS(own_list);
    if (np_words_prefix(&own, s, len) > 0) {
        ln->flags |= NP_LF_DATELINE;
        return;
    }
    /* 【埃菲社联合国9月24日电】, 【美国《华尔街日报》网站9月23日报道】,
     * (星島日報報道): the agency or paper, place and date in a bracket
     * before the text; or the reporter who filed it (【环球时报特约记者
     * 王逸】据《今日美国》15日报道，…); Taiwan's papers use 〔〕
     * (〔記者何玉華、陸運鋒/台北報導〕) */
    static const char *const open_list[] = {"(", "【", "（", "〔"};
    static const char *const close_list[] = {")", "】", "）", "〕"};
    const size_t brackets = sizeof open_list / sizeof *open_list;
    size_t opened = 0;
    while (opened < brackets && !np_starts_with(s, len, open_list[opened]))
        opened++;
    if (opened < brackets) {
        size_t most = NP_BRACKET_DATELINE_MAX_CHARS * 3;
        size_t window = len < most ? len : most;
        size_t close = np_find(s, window, close_list[opened]);
        static const char *const filed_list[] = {"報導", "報道", "报道", "电", "訊", "讯", "電"};
        static const np_words filed = NP_WORDS(filed_list);
        size_t after = close + strlen(close_list[opened]);
        if (close < window && after < len &&
            (np_words_suffix(&filed, s, close) > 0 || np_find(s, close, "记者") < close ||
             np_find(s, close, "記者") < close)) {
            ln->flags |= NP_LF_DATELINE;
            return;
        }
        if (opened == 1)
            return;
    }
    /* …日电 within the first characters, before any punctuation */
    /* a match starting within NP_DATELINE_MAX_CHARS characters ends
     * within 4 bytes each and 日电 */
    size_t most = NP_DATELINE_MAX_CHARS * 4 + 6;
    size_t window = ln->first_punct < most ? ln->first_punct : most;
    size_t at = 0;
    while ((at += np_find(s + at, window - at, "日")) < window) {
        bool wire = np_starts_with(s + at + 3, window - at - 3, "电");
        if (wire || np_starts_with(s + at + 3, window - at - 3, "讯")) {
            if (np_utf8_count(s, at) < NP_DATELINE_MAX_CHARS) {
                ln->flags |= NP_LF_DATELINE;
                ln->wire_dateline = wire;
                return;
            }
            break;
        }
        at += 3;
    }
    /* 证券时报e公司讯，…, 新华网讯 …: the news service's name ending with 讯,
     * right before the first mark or space */
    const char *space = memchr(s, ' ', window);
    size_t lead = space != NULL ? (size_t)(space - s) : window;
    size_t bracket = np_find(s, lead, "（");
    if (bracket < lead)
        lead = bracket; /* 极目新闻讯（记者 …） */
    const char *ascii = memchr(s, '(', lead);
    if (ascii != NULL)
        lead = (size_t)(ascii - s); /* 信报讯(记者杜丁) */
    /* words that end with 讯 and name no service: 喜讯, 资讯, 通讯 */
    static const char *const news_list[] = {"喜讯", "资讯", "通讯"};
    static const np_words news = NP_WORDS(news_list);
    if (lead > 3 && lead < len && lead <= NP_NEWS_SERVICE_MAX_CHARS * 4 && np_ends_with(s, lead, "讯") &&
        np_utf8_count(s, lead) <= NP_NEWS_SERVICE_MAX_CHARS && np_words_suffix(&news, s, lead) == 0)
        ln->flags |= NP_LF_DATELINE;
}

/* A whole-line credit (true: nothing more to read) or one glued to the
 * line's end (NP_LF_CREDIT_TAIL, cut). */
static bool scan_credit(np_line *ln)
{
    /* a line ending with a full stop ends a sentence, never a credit (no
     * credit line, and no caption with its credit glued, on the labelled
     * pages ends so): most paragraphs are spared the credit parse */
    if (np_ends_with(ln->buf.data, ln->buf.len, "。"))
        return false;
    size_t cut;
    switch (np_credit_line_shape(ln->buf.data, ln->buf.len, &ln->credit, &cut)) {
    case NP_CREDIT_SHAPE_LINE:
        ln->kind = NP_LK_CREDIT;
        /* its people, should the context make it a byline (titles.c) */
        ln->names = ln->credit.people;
        ln->names_from = ln->credit.start;
        ln->names_to = ln->credit.end;
        return true;
    case NP_CREDIT_SHAPE_TAIL:
        ln->flags |= NP_LF_CREDIT_TAIL;
        ln->cut = cut;
        return false;
    case NP_CREDIT_SHAPE_NONE:
        break;
    }
    return false;
}

/* 随手拍专用邮箱:ycwbwyb@163.com: an e-mail address after the last colon. */
static bool ends_with_address_after_colon(const np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len, i = len;
    while (i > 0 && s[i - 1] != ':' && s[i - 1] != ' ' && (unsigned char)s[i - 1] < 0x80)
        i--;
    bool colon = (i > 0 && s[i - 1] == ':') || np_ends_with(s, i, "：");
    return colon && i < len && memchr(s + i, '@', len - i) != NULL;
}

/* 咨询电话:0539-3216688, Tel:(0755)83501762 — a number after a colon
 * ends a line of information, not a title. */
static bool ends_with_number_after_colon(const np_line *ln)
{
    const char *s = ln->buf.data;
    size_t i = ln->buf.len;
    while (i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '-' || s[i - 1] == ' ' ||
                     s[i - 1] == '(' || s[i - 1] == ')'))
        i--;
    return i < ln->buf.len && i > 0 && (s[i - 1] == ':' || np_ends_with(s, i, "："));
}

/* 接诉即办、帮办代办……节后首个工作日，多地政务服务单位工作人员——: a kicker's
 * dash ends a clause as long as a title line, and its ellipsis lists; a
 * sentence broken off by a dash has its full stop, ！ or ？ inside (of the
 * 20 lines over 20 characters that end with —— on the labelled pages, the
 * 14 kickers have none, the 6 paragraphs are longer or have one). */
static bool has_kicker_dash_shape(const np_line *ln)
{
    static const char *const stop_list[] = {"。", "！", "？", "!", "?"};
    if (!(ln->flags & NP_LF_DASH_END) || (ln->flags & (NP_LF_FINAL | NP_LF_UNBALANCED)) ||
        ln->chars > NP_TITLE_MAX_CHARS)
        return false;
    for (size_t i = 0; i < sizeof stop_list / sizeof *stop_list; i++)
        if (np_find(ln->buf.data, ln->buf.len, stop_list[i]) < ln->buf.len)
            return false;
    return true;
}

/* “演出＋”“赛事＋”“科技＋”……假期文旅市场持续升温: an ellipsis closing a
 * list inside a line, and no other sentence mark, ends no sentence there
 * (of the 9 short lines with an ellipsis inside on the labelled pages and
 * no other mark, the 2 that go on after it with no comma are titles). */
static bool only_ellipsis_inside(const np_line *ln)
{
    static const char *const marks[] = {"。", "！", "？", "!", "?"};
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (np_find(s, len, marks[i]) < len)
            return false;
    return np_find(s, len, "……") < len;
}

/* 德约科维奇  3∶0   埃切维里, 阿尔卡拉斯   VS  商竣程: a row of a results
 * table, a score or VS set apart by wide spaces between two names; a
 * title's score is part of its words (广州队3∶2逆转苏州东吴). */
static bool is_results_row(const np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    size_t at = np_find(s, len, "  ");
    if (at == len)
        return false;
    size_t i = at;
    while (i < len && s[i] == ' ')
        i++;
    size_t j = i;
    while (j < len && s[j] != ' ')
        j++;
    if (j - i == 2 && (memcmp(s + i, "VS", 2) == 0 || memcmp(s + i, "vs", 2) == 0))
        return j + 1 < len && s[j] == ' ';
    /* digits, a ratio colon (∶ or :), digits */
    size_t k = i;
    while (k < j && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k == i)
        return false;
    if (np_starts_with(s + k, j - k, "∶") || np_starts_with(s + k, j - k, "："))
        k += 3;
    else if (k < j && s[k] == ':')
        k++;
    else
        return false;
    size_t d = k;
    while (k < j && s[k] >= '0' && s[k] <= '9')
        k++;
    return k > d && k == j && j + 1 < len && s[j] == ' ';
}

/* Short, no sentence inside or at the end, quotes closed, not cut off
 * (the paragraph indent aside: see looks_like_title). */
static bool has_title_shape(const np_line *ln)
{
    unsigned bad = NP_LF_FINAL | NP_LF_SENTENCE | NP_LF_UNBALANCED | NP_LF_FUNCTION_END;
    if (ln->chars == 0 || ln->chars > NP_TITLE_MAX_CHARS + (ln->mark ? NP_MARKED_TITLE_EXTRA_CHARS : 0) ||
        (ln->flags & NP_LF_TABLE_ROW))
        return false;
    /* a line of information: a number or an address after a colon
     * (咨询电话:0539-3216688, 随手拍专用邮箱:ycwbwyb@163.com) */
    if (ends_with_number_after_colon(ln) || ends_with_address_after_colon(ln))
        return false;
    if (has_kicker_dash_shape(ln))
        return true;
    /* 补时两球！广州队3∶2逆转苏州东吴, 别大意,疫情还没结束!海口水巷口人挤人
     * 有人摘下口罩聊天: an exclamation inside a title (of the lines on the
     * labelled pages with one inside, no full stop and no mark at their
     * end, the 4 of title length are headlines, the one piece of a
     * paragraph ends with a comma) */
    if ((ln->flags & NP_LF_SENTENCE) && !(ln->flags & NP_LF_STOP_INSIDE))
        bad &= ~NP_LF_SENTENCE;
    if ((ln->flags & NP_LF_SENTENCE) && !(ln->flags & NP_LF_FINAL) && only_ellipsis_inside(ln))
        bad &= ~NP_LF_SENTENCE;
    /* 、 lists the parts of a title as often as of a sentence: only a
     * comma or semicolon makes a long line a clause (陕西西安市开展打击非法
     * 捕猎、交易、饲养野生鸟类专项整治行动 is a headline of 32 characters; of the
     * 6 such lines of 29 to 36 characters on the labelled pages, 2 are
     * headlines, 3 bracketed bylines and 1 a paragraph's piece ending 、) */
    if ((ln->flags & NP_LF_COMMA) && !ln->mark && !(ln->flags & NP_LF_NUMBERED) &&
        ln->chars > NP_TITLE_CLAUSE_MAX_CHARS)
        return false;
    /* （作者为…研究员）: a note in brackets is never a title, but a head's
     * numbering alone is a head ((一) over a poem's first lines) */
    if ((ln->flags & NP_LF_BRACKETED) && np_heads_numbering(ln->buf.data, ln->buf.len) != ln->buf.len)
        return false;
    /* 你好，2024！ 如何破解“看病难”？ — but not 记者：为什么…？, a question
     * put by a speaker (a quoted one may be dialogue: titles.c decides) */
    if ((ln->flags & NP_LF_EXCLAIM_END) && !(ln->flags & (bad & ~NP_LF_FINAL)))
        return ln->chars <= NP_TITLE_EXCLAIM_MAX_CHARS && !(ln->flags & NP_LF_SPEAKER);
    if (ln->flags & bad)
        return (ln->flags & NP_LF_COLON_END) && !(ln->flags & (NP_LF_SENTENCE | NP_LF_UNBALANCED)) &&
               ln->chars <= NP_COLON_HEAD_MAX_CHARS;
    return true;
}

/* Set in like a paragraph, a title-shaped line is read as text; only a
 * byline right under it makes it a title again (readings.c), for some
 * extractions indent every line. */
static bool looks_like_title(const np_line *ln)
{
    return !(ln->indented && !ln->mark) && has_title_shape(ln);
}

void np_classify(np_line *ln)
{
    size_t a = 0, b = ln->buf.len;
    ln->kind = NP_LK_TEXT;
    ln->flags = 0;
    ln->wire_dateline = false;
    ln->mark = NP_MARK_NONE;
    ln->furniture = NP_FURNITURE_NONE;
    strip_marks(ln, &a, &b);
    ln->lead = a;
    if (a > 0 || b < ln->buf.len) {
        memmove(ln->buf.data, ln->buf.data + a, b - a);
        ln->buf.len = b - a;
        ln->buf.data[ln->buf.len] = 0;
    }
    scan_punctuation(ln);
    /* a table's row is short; only a short line is searched for one */
    if (ln->chars <= NP_TITLE_MAX_CHARS && is_results_row(ln))
        ln->flags |= NP_LF_TABLE_ROW;
    if (!ln->mark && np_figure_image_line(ln->buf.data, ln->buf.len, &ln->src, &ln->src_len)) {
        ln->kind = NP_LK_IMAGE;
        return;
    }
    if (np_furniture_shape(ln))
        return;
    if (np_figure_caption_words(ln->buf.data, ln->buf.len) || ln->tuwei)
        ln->flags |= NP_LF_CAPTION;
    scan_dateline(ln);
    if (scan_credit(ln))
        return;
    np_heads_entity_shape(ln);
    if (np_heads_opens_with_label(ln))
        ln->flags |= NP_LF_LABEL;
    np_byline_wire_shape(ln);
    if (!(ln->flags & NP_LF_CREDIT_TAIL) && !ln->mark)
        np_byline_shape(ln);
    if (ln->kind == NP_LK_TEXT && !(ln->flags & (NP_LF_CREDIT_TAIL | NP_LF_CAPTION))) {
        if (looks_like_title(ln))
            ln->kind = NP_LK_TITLE;
        else if (ln->indented && has_title_shape(ln))
            ln->flags |= NP_LF_SET_IN_TITLE;
    }
}
