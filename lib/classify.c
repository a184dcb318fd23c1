/*
 * classify.c - what one line looks like on its own.
 *
 * Every decision that needs only the line's own text is made here, once per
 * line: its punctuation (does it end a sentence, is a quotation left
 * open), its marks, and whether it has the shape of a byline, a credit, a
 * caption or page furniture.  blocks.c then weighs these features against
 * the lines around it.  Nothing here looks at another line.
 */
#include <string.h>

#include "figure.h"
#include "furniture.h"
#include "parse.h"
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

/* Suffixes of organisation and place names (the word lists: text.h). */
static const char *const entity_suffix_list[] = {
    "中心", "乡", "公司", "分行", "办事处", "区", "医院", "协会", "厅", "县", "合作社", "团", "园区", "处",
    "大学", "委", "委员会", "学校", "学院", "局", "市", "开发区", "所", "支行", "新区", "村", "省",
    "研究所", "研究院", "社区", "站", "管委会", "署", "街道", "银行", "镇", "队", "院", "集团", "馆",
};
static const np_words entity_suffixes = NP_WORDS(entity_suffix_list);

/* The provinces, autonomous regions and municipalities: 浙江安吉, 贵州台江,
 * 广东深圳 name a place by its province and its county or city. */
static const char *const province_list[] = {
    "上海", "云南", "内蒙古", "北京", "台湾", "吉林", "四川", "天津", "宁夏", "安徽", "山东", "山西",
    "广东", "广西", "新疆", "江苏", "江西", "河北", "河南", "浙江", "海南", "湖北", "湖南", "澳门",
    "甘肃", "福建", "西藏", "贵州", "辽宁", "重庆", "陕西", "青海", "香港", "黑龙江",
};
static const np_words provinces = NP_WORDS(province_list);

/* A province and two or three more letters, nothing else: a place name. */
static bool is_province_place(const char *s, size_t len, size_t chars)
{
    size_t n = np_words_prefix(&provinces, s, len);
    if (n == 0)
        return false;
    size_t rest = chars - n / 3;
    return rest >= NP_PLACE_REST_MIN_CHARS && rest <= NP_PLACE_REST_MAX_CHARS && len == 3 * chars;
}

/* Whether s ends with a suffix of names and has a name before it. */
static bool ends_with_entity(const char *s, size_t len)
{
    size_t k = np_words_suffix(&entity_suffixes, s, len);
    return k > 0 && k < len;
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

/*
 * The numbering of a head (一、 （二） 3. 4、), a bracketed label (【下沉】…)
 * or a numeral standing alone as the whole line (一): its 、 or full stop
 * is no clause punctuation.  Returns the bytes it takes, or 0.
 */
static size_t enumerator_length(const char *s, size_t len)
{
    if (np_starts_with(s, len, "【")) {
        /* a label of a few characters, then the head's words */
        size_t most = 3 + NP_LABEL_MAX_CHARS * 3 + 3;
        size_t window = len < most ? len : most;
        size_t close = np_find(s, window, "】");
        return close > 3 && close < window && close + 3 < len ? close + 3 : 0;
    }
    size_t i = 0;
    bool bracket = np_starts_with(s, len, "（");
    if (bracket)
        i = 3;
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
    if (bracket)
        return np_starts_with(s + i, len - i, "）") ? i + 3 : 0;
    if (i == len && !ascii)
        return len;
    if (np_starts_with(s + i, len - i, "、") || np_starts_with(s + i, len - i, "．"))
        return i + 3;
    if (i < len && s[i] == '.' && i + 1 < len && !(s[i + 1] >= '0' && s[i + 1] <= '9'))
        return i + 1;
    return 0;
}

/* np_scan reads past the end of the line, into its buffer's slack. */
_Static_assert(NP_SCAN_PAD <= NP_BUF_SLACK, "a line buffer's slack covers the scan's reads");

/* One pass over the text for punctuation features. */
static void scan_punctuation(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    size_t numbered = enumerator_length(s, len);
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

/* 图① 图1： 图为 上图 …: a caption by its own words. */
static void scan_caption(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    if (np_starts_with(s, len, "图") && len > 3) {
        np_cp c;
        np_utf8_decode(s, len, 3, &c);
        if (np_is_circled_number(c) || (c >= '0' && c <= '9') || c == 0xFF1A || c == ':' ||
            (c >= 0xFF10 && c <= 0xFF19))
            ln->flags |= NP_LF_CAPTION;
    }
    /* every lead ends with 图: a line whose second letter is another one
     * is spared the list */
    static const char *const lead_list[] = {"上图", "下图", "中图", "右图", "左图", "组图", "题图"};
    static const np_words leads = NP_WORDS(lead_list);
    if (len >= 6 && np_starts_with(s + 3, len - 3, "图") && np_words_prefix(&leads, s, len) > 0)
        ln->flags |= NP_LF_CAPTION;
    if (ln->tuwei)
        ln->flags |= NP_LF_CAPTION;
}

/* …还在继续。（记者：甲、乙、丙）: a wire story's reporters at its end. */
static void scan_wire_byline(np_line *ln)
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

/* The last words of a credit that are no verb: …（新华社资料图片）, …摄
 * 影像中国. */
static const char *const credit_end_list[] = {"影像中国", "资料图片"};
static const np_words credit_ends = NP_WORDS(credit_end_list);

static bool ends_with_credit_verb(const char *s, size_t end)
{
    return np_words_suffix(&np_credit_verbs, s, end) > 0 || np_words_suffix(&credit_ends, s, end) > 0;
}

/* The index of the last opening bracket among the last bytes of s, where
 * a credit's agency note would stand, or len. */
static size_t last_open_bracket(const char *s, size_t len)
{
    size_t stop = len > NP_AGENCY_NOTE_MAX_BYTES ? len - NP_AGENCY_NOTE_MAX_BYTES : 0;
    for (size_t i = len; i > stop; i--) {
        if (s[i - 1] == '(')
            return i - 1;
        /* （ is EF BC 88: test its last byte first */
        if (s[i - 1] == '\x88' && i >= 3 && memcmp(s + i - 3, "（", 3) == 0)
            return i - 3;
    }
    return len;
}

/*
 * Whether the line may end with a credit glued to a caption: a credit verb
 * before any closing brackets and source mark (…（王炯/摄）, …摄 ⑩), or
 * before a bracketed agency note (…摄（人民视觉）).  A cheap test that spares
 * most lines the full credit parse.
 */
static bool may_end_with_credit(const char *s, size_t len)
{
    size_t b = len;
    while (b > 0) {
        size_t p = np_utf8_prev(s, b);
        np_cp c;
        np_utf8_decode(s, len, p, &c);
        if (!np_is_circled_number(c) && !np_is_closing(c) && !np_is_space(c))
            break;
        b = p;
    }
    if (ends_with_credit_verb(s, b))
        return true;
    /* …的特点。李瑛摄/光明图片: the agency after a slash */
    size_t slash = np_credit_slash_note(s, len);
    if (slash < len && ends_with_credit_verb(s, slash))
        return true;
    /* …冰。图片来源：美国国家航空航天局: a provider named after its lead word */
    size_t from = len > NP_CREDIT_MAX_BYTES ? len - NP_CREDIT_MAX_BYTES : 0;
    if (np_find(s + from, len - from, "图片来源") < len - from)
        return true;
    if (!(len && s[len - 1] == ')') && !np_ends_with(s, len, "）"))
        return false;
    size_t open = last_open_bracket(s, len), a = 0;
    np_trim(s, &a, &open);
    return open < len && ends_with_credit_verb(s, open);
}

/*
 * 新华社南宁5月20日电, 本报讯, 本报北京6月3日电: the dateline that opens a
 * news story.  A short line right before one is that story's headline.
 */
static void scan_dateline(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    static const char *const own_list[] = {"【本报讯】", "本报讯", "（本报讯）"};
    static const np_words own = NP_WORDS(own_list);
    if (np_words_prefix(&own, s, len) > 0) {
        ln->flags |= NP_LF_DATELINE;
        return;
    }
    /* 【埃菲社联合国9月24日电】, 【美国《华尔街日报》网站9月23日报道】: the
     * agency, place and date in a bracket before the text */
    if (np_starts_with(s, len, "【")) {
        size_t most = NP_BRACKET_DATELINE_MAX_CHARS * 3;
        size_t close = np_find(s, len < most ? len : most, "】");
        static const char *const filed_list[] = {"报道", "电", "讯"};
        static const np_words filed = NP_WORDS(filed_list);
        if (close < len && close + 3 < len && np_words_suffix(&filed, s, close) > 0)
            ln->flags |= NP_LF_DATELINE;
        return;
    }
    /* …日电 within the first characters, before any punctuation */
    /* a match starting within NP_DATELINE_MAX_CHARS characters ends
     * within 4 bytes each and 日电 */
    size_t most = NP_DATELINE_MAX_CHARS * 4 + 6;
    size_t window = ln->first_punct < most ? ln->first_punct : most;
    size_t at = 0;
    while ((at += np_find(s + at, window - at, "日")) < window) {
        if (np_starts_with(s + at + 3, window - at - 3, "电") ||
            np_starts_with(s + at + 3, window - at - 3, "讯")) {
            if (np_utf8_count(s, at) < NP_DATELINE_MAX_CHARS) {
                ln->flags |= NP_LF_DATELINE;
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
    /* words that end with 讯 and name no service: 喜讯, 资讯, 通讯 */
    static const char *const news_list[] = {"喜讯", "资讯", "通讯"};
    static const np_words news = NP_WORDS(news_list);
    if (lead > 3 && lead < len && lead <= NP_NEWS_SERVICE_MAX_CHARS * 4 && np_ends_with(s, lead, "讯") &&
        np_utf8_count(s, lead) <= NP_NEWS_SERVICE_MAX_CHARS && np_words_suffix(&news, s, lead) == 0)
        ln->flags |= NP_LF_DATELINE;
}

static void scan_credit(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    /* a data credit names its source first */
    static const char *const data_list[] = {"(数据来源", "数据来源", "资料来源", "（数据来源"};
    static const np_words data = NP_WORDS(data_list);
    if (!may_end_with_credit(s, len) && np_words_prefix(&data, s, len) == 0)
        return;
    if (np_credit_parse(s, len, &ln->credit)) {
        ln->kind = NP_LK_CREDIT;
        /* its people, should the context make it a byline (titles.c) */
        ln->names = ln->credit.people;
        ln->names_from = ln->credit.start;
        ln->names_to = ln->credit.end;
        return;
    }
    size_t cut;
    if (may_end_with_credit(s, len) && np_credit_split_tail(s, len, &cut, &ln->credit)) {
        ln->flags |= NP_LF_CREDIT_TAIL;
        ln->cut = cut;
    }
}

static void scan_entity(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    size_t colon = ln->colon;
    if (colon < len && colon > 0) {
        size_t a = 0, b = colon;
        np_trim(s, &a, &b);
        size_t chars = np_utf8_count(s + a, b - a);
        if (chars >= NP_ENTITY_MIN_CHARS && chars <= NP_ENTITY_MAX_CHARS && ends_with_entity(s + a, b - a) &&
            memchr(s + a, ' ', b - a) == NULL)
            ln->flags |= NP_LF_ENTITY_COLON;
    }
    if (ln->chars <= NP_BARE_ENTITY_MAX_CHARS && !(ln->flags & (NP_LF_CLAUSE | NP_LF_UNBALANCED)) &&
        memchr(s, ' ', len) == NULL && np_find(s, len, "“") == len &&
        ends_with_entity(s, len))
        ln->flags |= NP_LF_BARE_ENTITY;
    if (ln->chars <= NP_PLACE_MAX_CHARS && is_province_place(s, len, ln->chars))
        ln->flags |= NP_LF_BARE_ENTITY | NP_LF_PLACE;
}

/* A byline: a marker and names, or role words and names, or names alone. */
static void scan_byline(np_line *ln)
{
    const char *s = ln->buf.data;
    size_t len = ln->buf.len;
    if (ln->chars > NP_TITLE_MAX_CHARS || (ln->flags & (NP_LF_FINAL | NP_LF_SENTENCE)))
        return;
    size_t from = 0, to = len;
    bool marker = false;
    np_cp c;
    size_t n = np_utf8_decode(s, len, 0, &c);
    if (is_byline_marker(c)) {
        marker = true;
        from = n;
    } else if (ln->flags & NP_LF_BRACKETED) {
        /* （本报记者 张三）: a byline set in brackets */
        from = s[0] == '(' ? 1 : 3;
        to = len - (s[len - 1] == ')' ? 1 : 3);
    }
    np_trim(s, &from, &to);
    np_names names;
    np_scan_names(s + from, to - from, &names);
    for (size_t i = 0; i < names.count; i++) {
        names.names[i].start += from;
        names.names[i].end += from;
    }
    bool byline = false;
    if (marker)
        byline = (names.count > 0 && names.others <= names.count) || (names.roles > 0 && names.count > 0);
    else if (names.roles > 0)
        byline = names.count > 0 && names.others == 0;
    /* 本报评论员, 本报特约评论员: a byline that names a role, not a person */
    if (!byline && names.count == 0 && names.others == 0 && names.roles > 0 &&
        ln->chars <= NP_ROLE_BYLINE_MAX_CHARS && (np_find(s, len, "评论员") < len || np_find(s, len, "记者") < len))
        byline = true;
    /* 江苏省无锡市纪委监委 沈 琪: the author's office, then the author */
    size_t first_end = from;
    while (first_end < to && s[first_end] != ' ')
        first_end++;
    if (!byline && names.count > 0 && names.others == 1 && names.names[0].start > first_end &&
        first_end < to && ends_with_entity(s + from, first_end - from))
        byline = true;
    if (byline) {
        ln->kind = NP_LK_BYLINE;
    } else if (!marker && names.count > 0 && names.others == 0 && names.count <= NP_NAMES_LINE_MAX_NAMES) {
        ln->kind = NP_LK_NAMES;
    } else {
        return;
    }
    ln->names = names;
    ln->names_from = from;
    ln->names_to = to;
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

/* Short, no sentence inside or at the end, quotes closed, not cut off
 * (the paragraph indent aside: see looks_like_title). */
static bool has_title_shape(const np_line *ln)
{
    unsigned bad = NP_LF_FINAL | NP_LF_SENTENCE | NP_LF_UNBALANCED | NP_LF_FUNCTION_END;
    if (ln->chars == 0 || ln->chars > NP_TITLE_MAX_CHARS + (ln->mark ? NP_MARKED_TITLE_EXTRA_CHARS : 0))
        return false;
    /* a line of information */
    if (ends_with_number_after_colon(ln))
        return false;
    /* 补时两球！广州队3∶2逆转苏州东吴: an exclamation inside a short title */
    if ((ln->flags & NP_LF_SENTENCE) && !(ln->flags & NP_LF_STOP_INSIDE) &&
        ln->chars <= NP_TITLE_INNER_EXCLAIM_MAX_CHARS)
        bad &= ~NP_LF_SENTENCE;
    if ((ln->flags & NP_LF_CLAUSE) && !ln->mark && !(ln->flags & NP_LF_NUMBERED) &&
        ln->chars > NP_TITLE_CLAUSE_MAX_CHARS)
        return false;
    /* （作者为…研究员）: a note in brackets is never a title */
    if (ln->flags & NP_LF_BRACKETED)
        return false;
    /* 你好，2024！ 如何破解“看病难”？ — but not 记者：为什么…？, a question
     * put by a speaker (a quoted one may be dialogue: blocks.c decides) */
    if ((ln->flags & NP_LF_EXCLAIM_END) && !(ln->flags & (bad & ~NP_LF_FINAL)))
        return ln->chars <= NP_TITLE_EXCLAIM_MAX_CHARS && !(ln->flags & NP_LF_SPEAKER);
    if (ln->flags & bad)
        return (ln->flags & NP_LF_COLON_END) && !(ln->flags & (NP_LF_SENTENCE | NP_LF_UNBALANCED)) &&
               ln->chars <= NP_COLON_HEAD_MAX_CHARS;
    return true;
}

/* Set in like a paragraph, a title-shaped line is read as text; only a
 * byline right under it makes it a title again (blocks.c), for some
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
    if (!ln->mark && np_figure_image_line(ln->buf.data, ln->buf.len, &ln->src, &ln->src_len)) {
        ln->kind = NP_LK_IMAGE;
        return;
    }
    /* furniture never ends or holds a sentence */
    if (!ln->mark && !(ln->flags & (NP_LF_FINAL | NP_LF_SENTENCE)) && ln->chars <= NP_FURNITURE_MAX_CHARS) {
        np_furniture_kind fk = np_furniture_classify(ln->buf.data, ln->buf.len, ln->chars, &ln->jump_a,
                                                      &ln->jump_b);
        if (fk != NP_FURNITURE_NONE) {
            ln->kind = NP_LK_FURNITURE;
            ln->furniture = (uint8_t)fk;
            return;
        }
    }
    scan_caption(ln);
    scan_dateline(ln);
    scan_credit(ln);
    if (ln->kind == NP_LK_CREDIT)
        return;
    scan_entity(ln);
    scan_wire_byline(ln);
    if (!(ln->flags & NP_LF_CREDIT_TAIL) && !ln->mark)
        scan_byline(ln);
    if (ln->kind == NP_LK_TEXT && !(ln->flags & (NP_LF_CREDIT_TAIL | NP_LF_CAPTION))) {
        if (looks_like_title(ln))
            ln->kind = NP_LK_TITLE;
        else if (ln->indented && has_title_shape(ln))
            ln->flags |= NP_LF_SET_IN_TITLE;
    }
}

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
    "comma",        "place",        "set_in_title",
};

_Static_assert(sizeof feature_names / sizeof feature_names[0] == 27, "a name for every NP_LF_ bit");
_Static_assert(NP_LF_SET_IN_TITLE == 1u << 26, "feature_names follows the NP_LF_ bits");

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
