/*
 * furniture.c - recognise page furniture (see furniture.h).
 *
 * Furniture is recognised by its own words, never by position alone:
 * a header line is a run of tokens each of which is a page number, a date,
 * a weekday, a page name or a paper's name; an editor line starts with an
 * editor's title; a jump line names another page.  The vocabulary of page
 * names is the common one of Chinese papers, not of any one page.
 */
#include "furniture.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "parse.h"
#include "text.h"
#include "thresholds.h"
#include "titles.h"

/* The word lists (text.h: sorted by bytes, checked by a unit test), in
 * simplified and in traditional letters (the forms OpenCC's s2t gives:
 * 要聞, 責任編輯), as papers of Hong Kong, Macau and Taiwan print them. */
static const char *const page_name_list[] = {
    "三农", "三農", "专刊", "专版", "专访", "专题", "乡村", "乡村振兴", "产经", "人物", "今日关注", "今日關注", "体育", "健康", "党建",
    "公告", "关注", "军事", "副刊", "副刊·文艺", "副刊·文藝", "区县", "區縣", "县域", "周刊", "国内", "国内新闻", "国际", "国际新闻",
    "图片新闻", "國內", "國內新聞", "國際", "國際新聞", "圖片新聞", "地方", "地方新聞", "地方新闻", "城事", "城市", "头版", "对话", "專刊",
    "專版", "專訪", "專題", "對話", "广告", "廣告", "政治", "教育", "文化", "文艺", "文藝", "新聞", "新聞速覽", "新闻", "新闻速览",
    "旅游", "旅遊", "时评", "時評", "本地", "民生", "法治", "消費", "消费", "深度", "深讀", "深读", "港澳台", "港澳臺", "港聞",
    "港闻", "特別報道", "特别报道", "特稿", "环球", "理論", "理论", "環球", "生态", "生態", "產經", "社会", "社會", "科技", "經濟",
    "綜合", "綜合新聞", "縣域", "縱深", "纵深", "经济", "综合", "综合新闻", "要聞", "要聞·綜合", "要闻", "要闻·综合", "視覺", "視點",
    "觀察", "觀點", "观察", "观点", "视点", "视觉", "解讀", "解读", "訪談", "評論", "調查", "論壇", "讀書", "论坛", "访谈", "评论",
    "读书", "调查", "財經", "财经", "軍事", "週刊", "鄉村", "鄉村振興", "金融", "關注", "頭版", "體育", "黨建",
};
const np_words np_page_names = NP_WORDS(page_name_list);

/* Editors' titles, and the desk's contact line (电话, Tel, E-mail), also
 * on a line of its own. */
static const char *const editor_title_list[] = {
    "E-mail", "Email", "TEL", "Tel", "主編", "主编", "传真", "值班主任", "值班編輯", "值班编辑", "傳真", "制图", "副主編",
    "副主编", "图片编辑", "图表制作", "圖片編輯", "圖表製作", "审读", "審讀", "总值班", "摄影编辑", "攝影編輯", "文字編輯", "文字编辑", "校对",
    "校對", "照排", "版式", "版式設計", "版式设计", "版面編輯", "版面编辑", "版面設計", "版面设计", "电子信箱", "电话", "策划", "策劃",
    "組版", "統籌", "編輯", "總值班", "组版", "统筹", "编辑", "美术", "美术编辑", "美編", "美编", "美術", "美術編輯", "製圖", "見習編輯",
    "視覺設計", "见习编辑", "视觉设计", "責任校對", "責任編輯", "責任美編", "責編", "责任校对", "责任编辑", "责任美编", "责编", "電子信箱",
    "電話", "首席編輯", "首席编辑",
};
const np_words np_editor_titles = NP_WORDS(editor_title_list);

static const char *const editor_owner_list[] = {"本期", "本版"};
const np_words np_editor_owners = NP_WORDS(editor_owner_list);

static const char *const weekday_list[] = {
    "周一", "周三", "周二", "周五", "周六", "周四", "周日", "星期一", "星期三", "星期二", "星期五", "星期六",
    "星期四", "星期天", "星期日",
};
static const np_words weekdays = NP_WORDS(weekday_list);

/* The era of the Republic before its year, as Taiwan's papers date a day
 * (中華民國113年2月18日: 2024). */
static const char *const era_list[] = {"中华民国", "中華民國", "民国", "民國"};
static const np_words eras = NP_WORDS(era_list);

size_t np_head_era(const char *t, size_t tl)
{
    return np_words_prefix(&eras, t, tl);
}

/* What follows a page's number: 第3版, 3版, 第3页, 第5期. */
static const char *const page_unit_list[] = {"期", "版", "页"};
static const np_words page_units = NP_WORDS(page_unit_list);

/* The ends of a paper's name (人民日报, XX晚报, 都市报), in simplified and
 * in traditional letters (香港文匯報, 大公報's 日報, 時報). */
static const char *const paper_suffix_list[] = {"商報", "商报", "日報", "日报", "时报", "時報", "晚報", "晚报", "都市報", "都市报"};
static const np_words paper_suffixes = NP_WORDS(paper_suffix_list);

/* The ends of a page or supplement named by its kind (体育新闻, 教育周刊). */
static const char *const section_suffix_list[] = {"专刊", "专版", "副刊", "周刊", "專刊", "專版", "新聞", "新闻", "特刊", "縱橫", "纵横", "週刊"};
static const np_words section_suffixes = NP_WORDS(section_suffix_list);

/* Who signs an editor's note after its dash (——编  者). */
static const char *const signature_list[] = {"本刊编辑部", "本报编辑部", "编者", "编辑部"};
static const np_words signatures = NP_WORDS(signature_list);

/* The words of a jump line before the page: 下转, 转, 详见 (to: a digest
 * front page sends each item on, `(详见3版)`), 上接, 紧接, 接 (from), also
 * in traditional letters (下轉, 詳見, 緊接, 轉); none is the beginning of
 * another. */
static const char *const jump_word_list[] = {"上接", "下轉", "下转", "接", "紧接", "緊接", "詳見", "详见", "轉", "转"};
static const np_words jump_words = NP_WORDS(jump_word_list);

/* How the words that send the reader on end (下转, 详见): the rest come
 * from a page (上接). */
static const char *const jump_to_end_list[] = {"見", "见", "轉", "转"};
static const np_words jump_to_ends = NP_WORDS(jump_to_end_list);

static bool is_cn_numeral(np_cp c)
{
    return np_is_cn_digit(c) || c == 0x3007 /* 〇 */ || c == 0x96F6 /* 零 */ ||
           c == 0x767E /* 百 */ || c == 0x5EFF /* 廿 */;
}

/* Skip numerals (ASCII, full-width or Chinese) at s[i]; returns the new i. */
static size_t skip_number(const char *s, size_t len, size_t i)
{
    while (i < len) {
        np_cp c;
        size_t n = np_utf8_decode(s, len, i, &c);
        if (!np_is_digit(c) && !is_cn_numeral(c) && c != ' ')
            break;
        i += n;
    }
    return i;
}

/* 3, 03, A3, A03, 6B, 第3版, 第三版, 3版, 7B版, 第 3 版, -3-, 第3页; and the
 * issue's number, 第5期, also since the first (总第2472期) */
static bool is_page_number(const char *s, size_t len)
{
    size_t i = 0;
    if (len == 0 || len > NP_PAGE_NUMBER_MAX_BYTES)
        return false;
    while (i < len && (s[i] == '-' || s[i] == ' '))
        i++;
    if (np_starts_with(s + i, len - i, "总第") && np_ends_with(s, len, "期"))
        i += 3;
    if (np_starts_with(s + i, len - i, "第"))
        i += 3;
    bool lettered = i < len && np_is_page_letter(s[i]);
    if (lettered)
        i++;
    size_t d = skip_number(s, len, i);
    if (d == i)
        return false;
    /* pages are numbered in digits; 一 alone is a section's numeral, and
     * Chinese numerals number a page only with 第 or 版 */
    bool digits = false;
    for (size_t k = i; k < d; k++)
        digits = digits || (unsigned char)s[k] < 0x80 || (unsigned char)s[k] == 0xEF;
    bool word = i > 0 && np_starts_with(s, len, "第");
    i = d;
    /* 6B, (下转7B版): the section's letter after the number, as 中国化工报
     * prints it */
    if (!lettered && digits && i < len && np_is_page_letter(s[i]))
        i++;
    size_t unit = np_words_prefix(&page_units, s + i, len - i);
    if (unit > 0) {
        i += unit;
        word = true;
    }
    if (!digits && !word)
        return false;
    while (i < len && (s[i] == '-' || s[i] == ' '))
        i++;
    return i == len;
}

/* 2024年6月3日, 6月3日, 二〇二四年六月三日, 2024-06-03, 2024.6.3, 2021年6月,
 * 中華民國113年2月18日; with
 * day_mark false, 2019年04月03 (a weekday glued after it: 2019年04月03星期三) */
static bool is_date_marked(const char *s, size_t len, bool day_mark)
{
    size_t era = np_head_era(s, len);
    size_t i = skip_number(s, len, era);
    if (i == era)
        return false;
    if (np_starts_with(s + i, len - i, "年")) {
        i = skip_number(s, len, i + 3);
        if (!np_starts_with(s + i, len - i, "月"))
            return false;
        i += 3;
        /* 2021年6月: a monthly's issue, the year and the month alone */
        if (i == len)
            return true;
    } else if (np_starts_with(s + i, len - i, "月")) {
        i += 3;
    } else if (i < len && (s[i] == '-' || s[i] == '.' || s[i] == '/')) {
        char sep = s[i];
        size_t j = skip_number(s, len, i + 1);
        if (j == i + 1 || j >= len || s[j] != sep)
            return false;
        i = skip_number(s, len, j + 1);
        return i == len;
    } else {
        return false;
    }
    size_t j = skip_number(s, len, i);
    if (j == i)
        return false;
    i = j;
    if (np_starts_with(s + i, len - i, "日"))
        i += 3;
    else if (np_starts_with(s + i, len - i, "号"))
        i += 3;
    else if (day_mark)
        return false;
    return i == len;
}

static bool is_date(const char *s, size_t len)
{
    return is_date_marked(s, len, true);
}

/* 农历甲辰年四月廿七, 农历四月廿七 (chars: the token's characters) */
/* The heavenly stems (甲乙丙丁戊己庚辛壬癸) and earthly branches
 * (子丑寅卯辰巳午未申酉戌亥), which name a lunar year (乙巳年), sorted by
 * code point. */
static const np_cp stems[] = {0x4E01, 0x4E19, 0x4E59, 0x58EC, 0x5DF1, 0x5E9A, 0x620A, 0x7532, 0x7678, 0x8F9B};
static const np_cp branches[] = {0x4E11, 0x4EA5, 0x5348, 0x536F, 0x5B50, 0x5BC5, 0x5DF3, 0x620C, 0x672A, 0x7533, 0x8FB0, 0x9149};

/* 农历甲辰年四月廿七, 乙巳年十二月初十: the date in the lunar calendar,
 * printed beside the date in a page's head. */
static bool is_lunar(const char *s, size_t len, size_t chars)
{
    if (chars > NP_LUNAR_DATE_MAX_CHARS)
        return false;
    if (np_starts_with(s, len, "农历"))
        return true;
    np_cp stem, branch;
    size_t a = np_utf8_decode(s, len, 0, &stem);
    size_t b = a < len ? np_utf8_decode(s, len, a, &branch) : 0;
    return b > 0 && np_cp_set_has(stems, sizeof stems / sizeof *stems, stem) &&
           np_cp_set_has(branches, sizeof branches / sizeof *branches, branch) &&
           np_starts_with(s + a + b, len - a - b, "年") && np_find(s, len, "月") < len;
}

/* 人民日报, 浙江日报, XX晚报: a paper's own name in its page header. */
static bool is_paper_name(const char *s, size_t len, size_t chars)
{
    return chars >= NP_PAPER_NAME_MIN_CHARS && chars <= NP_PAPER_NAME_MAX_CHARS &&
           np_words_suffix(&paper_suffixes, s, len) > 0;
}

/* 体育新闻, 教育周刊, 文化专刊: a page or supplement named by its kind */
static bool is_section_name(const char *s, size_t len, size_t chars)
{
    return chars >= NP_PAPER_NAME_MIN_CHARS && chars <= NP_PAPER_NAME_MAX_CHARS &&
           np_words_suffix(&section_suffixes, s, len) > 0;
}

/* COMMUNITY, NEWS, Campus: a page name's English rendering printed
 * beside it, in capitals or capitalised */
static bool is_english_word(const char *s, size_t len)
{
    if (len < 2 || !(s[0] >= 'A' && s[0] <= 'Z'))
        return false;
    for (size_t i = 1; i < len; i++)
        if (!(s[i] >= 'A' && s[i] <= 'Z') && !(s[i] >= 'a' && s[i] <= 'z'))
            return false;
    return true;
}

/* Bars, dots and spaces stand between a header's parts; so do the title
 * marks and brackets an e-paper's own head line sets them in
 * (《北方新报》(2017年3月7日) 01版). */
static bool is_header_separator(np_cp c)
{
    return np_is_space(c) || c == '|' || c == 0x4E28 /* 丨 */ || c == 0x2502 /* │ */ ||
           c == 0xFF5C /* ｜ */ || c == 0x00B7 /* · */ || c == '(' || c == ')' || c == 0xFF08 /* （ */ ||
           c == 0xFF09 /* ） */ || c == 0x300A /* 《 */ || c == 0x300B /* 》 */;
}

/* The byte length of the header separator at s[i], or 0.  Han letters
 * and ASCII letters and digits, most of a line, never separate and are
 * passed without decoding. */
static inline size_t header_separator_at(const char *s, size_t len, size_t i)
{
    unsigned char b = (unsigned char)s[i];
    if (np_is_han_lead(b) || np_is_ascii_alnum(b))
        return 0;
    np_cp c;
    size_t n = np_utf8_decode(s, len, i, &c);
    return is_header_separator(c) ? n : 0;
}

/* The longest page name, in bytes, with room to spare (a unit test checks
 * that every page name is shorter). */
#define NP_PAGE_NAME_MAX_BYTES 24

/* 金  融: a page name spaced out to fill its box.  Only the ASCII spaces
 * are taken out; a line too long for a page name is given up early. */
static bool is_spaced_page_name(const char *s, size_t len)
{
    char packed[NP_PAGE_NAME_MAX_BYTES];
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == ' ')
            continue;
        if (w == sizeof packed)
            return false;
        packed[w++] = s[i];
    }
    return np_words_has(&np_page_names, packed, w);
}

/* web copies set an ASCII colon (第05版:天津) */
size_t np_head_name_colon(const char *t, size_t tl, size_t *width)
{
    size_t colon = np_find(t, tl, "：");
    const char *ascii = memchr(t, ':', tl);
    *width = 3;
    if (ascii != NULL && (size_t)(ascii - t) < colon) {
        colon = (size_t)(ascii - t);
        *width = 1;
    }
    return colon;
}

size_t np_head_glued_weekday(const char *t, size_t tl)
{
    /* a date has its month before the weekday: most tokens have none */
    if (np_find(t, tl, "月") == tl)
        return 0;
    /* the day's 日 may be left out where the weekday follows
     * (2019年04月03星期三, a county paper's e-paper head) */
    size_t weekday = np_words_suffix(&weekdays, t, tl);
    return weekday > 0 && weekday < tl && is_date_marked(t, tl - weekday, false) ? weekday : 0;
}

np_head_token np_head_token_kind(const char *t, size_t tl, size_t chars)
{
    if (is_date(t, tl))
        return NP_HEAD_DATE;
    if (np_head_glued_weekday(t, tl) > 0)
        return NP_HEAD_DATE;
    if (np_words_has(&weekdays, t, tl))
        return NP_HEAD_WEEKDAY;
    if (is_lunar(t, tl, chars))
        return NP_HEAD_LUNAR;
    if (is_page_number(t, tl))
        return NP_HEAD_NUMBER;
    /* 第03版：监督执纪: after a page number and a colon, the page's name */
    size_t width, colon = np_head_name_colon(t, tl, &width);
    if (colon < tl && colon + width < tl && is_page_number(t, colon))
        return NP_HEAD_NUMBER_NAME;
    if (is_paper_name(t, tl, chars))
        return NP_HEAD_PAPER;
    if (np_words_has(&np_page_names, t, tl) || is_section_name(t, tl, chars))
        return NP_HEAD_PAGE_NAME;
    return is_english_word(t, tl) ? NP_HEAD_ENGLISH : NP_HEAD_NONE;
}

bool np_head_next_token(const char *s, size_t len, size_t *i, size_t *start, size_t *chars)
{
    size_t k = *i;
    for (size_t n; k < len && (n = header_separator_at(s, len, k)) > 0;)
        k += n;
    if (k >= len) {
        *i = k;
        return false;
    }
    *start = k;
    *chars = 0;
    while (k < len && header_separator_at(s, len, k) == 0) {
        k += np_utf8_length((unsigned char)s[k]);
        (*chars)++;
    }
    *i = k;
    return true;
}

bool np_head_spaced_name(const char *s, size_t len)
{
    return memchr(s, ' ', len) != NULL && is_spaced_page_name(s, len);
}

/* The longest page name outside the vocabulary that a header line takes
 * (after its page number, before its English name: 双语校园). */
#define NP_UNLISTED_NAME_MAX_CHARS 6

/*
 * A header line: every token is header vocabulary.  Returns the kind of the
 * most telling token (a date over a page name over a number).
 */
static np_furniture_kind classify_header(const char *s, size_t len, unsigned *tells)
{
    if (np_head_spaced_name(s, len)) {
        *tells = NP_LF_NAMES_PAGE;
        return NP_FURNITURE_PAGE_NAME;
    }
    /* (一九四九年六月十六日): a date wholly in brackets dates the text
     * under a title (a document, a speech); a header's brackets stand
     * inside the line */
    if (np_starts_with(s, len, "（") || (len > 0 && s[0] == '('))
        return NP_FURNITURE_NONE;
    bool date = false, name = false, number = false, unlisted = false, page = false, unknown = false;
    size_t i = 0, start, chars, tokens = 0, english = 0, dotted = 0;
    size_t name_end = SIZE_MAX; /* the end of the last page name, or none */
    while (np_head_next_token(s, len, &i, &start, &chars)) {
        /* no header word is longer (二〇二四年十二月三十一日, 农历甲辰年四月廿七);
         * most lines end here, on a first token that is a title's words,
         * unless it names the page after its number (第03版：监督执纪) */
        if (chars > NP_HEADER_TOKEN_MAX_CHARS + NP_GLUED_WEEKDAY_MAX_CHARS && np_find(s + start, i - start, "：") == i - start &&
            memchr(s + start, ':', i - start) == NULL)
            return NP_FURNITURE_NONE;
        np_head_token kind = np_head_token_kind(s + start, i - start, chars);
        /* the token stands right after a page name and its middle dot */
        bool dotted_on = name_end != SIZE_MAX && start == name_end + 2 &&
                         np_starts_with(s + name_end, len - name_end, "\xC2\xB7");
        /* A4  城市·南京: a page name and, after its middle dot, the part
         * of the page (a district, a theme), counted once a number or a
         * date says the line is a header */
        if (kind == NP_HEAD_NONE && dotted_on && chars <= NP_HEADER_TOKEN_MAX_CHARS) {
            kind = NP_HEAD_PAGE_NAME;
            dotted++;
        }
        /* 04  双语校园 Bilingual Campus: a name outside the vocabulary right
         * after the page number, counted once its English name follows */
        if (kind == NP_HEAD_NONE && tokens == 1 && number && chars <= NP_UNLISTED_NAME_MAX_CHARS &&
            np_starts_with_han(s, len, start)) {
            kind = NP_HEAD_PAGE_NAME;
            unlisted = true;
        }
        /* 第3版  记者节特别报道: or one that ends with a name of the
         * vocabulary, the page's occasion before it */
        if (kind == NP_HEAD_NONE && tokens == 1 && number && chars <= NP_HEADER_TOKEN_MAX_CHARS &&
            np_starts_with_han(s, len, start)) {
            size_t known = np_words_suffix(&np_page_names, s + start, i - start);
            if (known > 0 && known < i - start)
                kind = NP_HEAD_PAGE_NAME;
        }
        /* 第4版 宝庆·副刊: or once a name of the vocabulary follows it
         * after its middle dot (the place, then the kind of page) */
        if (unlisted && tokens == 2 && kind == NP_HEAD_PAGE_NAME && dotted_on)
            unlisted = false;
        name_end = kind == NP_HEAD_PAGE_NAME ? i : SIZE_MAX;
        switch (kind) {
        case NP_HEAD_DATE: case NP_HEAD_WEEKDAY: case NP_HEAD_LUNAR: date = true; break;
        case NP_HEAD_NUMBER: number = true; break;
        case NP_HEAD_NUMBER_NAME: number = name = page = true; break;
        case NP_HEAD_PAPER: name = true; break;
        case NP_HEAD_PAGE_NAME: name = page = true; break;
        case NP_HEAD_ENGLISH: english++; break;
        case NP_HEAD_NONE:
            /* 新华每日电讯  2025年10月12日  星期日: a name outside the
             * vocabulary first, counted once a date follows it (the paper's
             * name: it names no page); 人民铁道  2015年10月28日  星期三  一线风采:
             * and the page's name last, after the date */
            if (tokens > 0 && date && np_head_trailing_name(s, len, start, i, chars)) {
                name = page = true;
                break;
            }
            if (tokens > 0 || chars > NP_PAPER_NAME_MAX_CHARS || !np_starts_with_han(s, len, start))
                return NP_FURNITURE_NONE;
            unknown = true;
            break;
        }
        tokens++;
    }
    if (unknown && !date)
        return NP_FURNITURE_NONE;
    /* English words alone (CBA, NBA) are a title's, not a header's, and so
     * is a dotted series name alone (读者来信·乡村振兴) */
    if (tokens == 0 || tokens == english || (dotted > 0 && !number && !date) || (unlisted && english == 0))
        return NP_FURNITURE_NONE;
    *tells = (page ? NP_LF_NAMES_PAGE : 0u) | (number ? NP_LF_NUMBERS_PAGE : 0u);
    if (date)
        return NP_FURNITURE_DATE;
    if (name)
        return NP_FURNITURE_PAGE_NAME;
    return number ? NP_FURNITURE_PAGE_NUMBER : NP_FURNITURE_NONE;
}

bool np_is_page_letter(char c)
{
    char up = (char)(c & ~0x20);
    return (up >= 'A' && up <= 'H') || up == 'P';
}

bool np_head_trailing_name(const char *s, size_t len, size_t start, size_t end, size_t chars)
{
    return end == len && chars <= NP_UNLISTED_NAME_MAX_CHARS && np_starts_with_han(s, len, start);
}

/* 责任编辑 甲, 本版责编：乙, 美术编辑：丙, （责任编辑：丁）, and the
 * telephone and e-mail that may follow */
void np_editor_unbracket(const char **s, size_t *len)
{
    if (np_starts_with(*s, *len, "（") && np_ends_with(*s, *len, "）") && *len > 6) {
        *s += 3;
        *len -= 6;
    } else if (*len > 2 && (*s)[0] == '(' && (*s)[*len - 1] == ')') {
        *s += 1;
        *len -= 2;
    }
}

static bool is_editor_line(const char *s, size_t len)
{
    np_editor_unbracket(&s, &len);
    /* 本版责任编辑, 本期统筹: any title may be said to be this page's or
     * this issue's */
    /* both begin with 本: most lines are spared the look-up */
    size_t own_len = np_starts_with(s, len, "本") ? np_words_prefix(&np_editor_owners, s, len) : 0;
    if (own_len > 0 && len > own_len) {
        s += own_len;
        len -= own_len;
    }
    /* the longest title: 版式设计 before 版式 */
    size_t k = np_words_prefix(&np_editor_titles, s, len);
    if (k == 0 || k == len)
        return false;
    np_cp c;
    np_utf8_decode(s, len, k, &c);
    /* the title must be followed by a separator, not run on into a word */
    if (!(np_is_space(c) || c == 0xFF1A || c == ':' || c == '/' || c == 0xFF0F))
        return false;
    /* and no sentence may follow */
    for (size_t j = k; j < len;) {
        size_t n = np_utf8_decode(s, len, j, &c);
        /* ASCII full stops belong to e-mail addresses here */
        if ((np_is_final_punct(c) && c != '.' && c != ';') || c == 0xFF0C)
            return false;
        j += n;
    }
    return true;
}

/* Arrows some papers print before a jump line: 》》》下转02版, >>下转3版. */
static size_t jump_arrows(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (s[i] == '>' || np_starts_with(s + i, len - i, "》") || np_starts_with(s + i, len - i, "▶")))
        i += s[i] == '>' ? 1 : 3;
    return i;
}

/* （下转第二版） （上接第三版） 下转2版 (转A3版) */
static np_furniture_kind classify_jump(const char *s, size_t len, size_t *pa, size_t *pb)
{
    size_t a = jump_arrows(s, len), b = len;
    s += a;
    len -= a;
    size_t shift = a;
    a = 0;
    b = len;
    if (np_starts_with(s, len, "（") && np_ends_with(s, len, "）")) {
        a += 3;
        b -= 3;
    } else if (len >= 2 && s[0] == '(' && s[len - 1] == ')') {
        a += 1;
        b -= 1;
    }
    np_trim(s, &a, &b);
    const char *p = s + a;
    size_t pl = b - a;
    size_t skip = np_words_prefix(&jump_words, p, pl);
    if (skip == 0)
        return NP_FURNITURE_NONE;
    np_furniture_kind kind = np_words_suffix(&jump_to_ends, p, skip) > 0 ? NP_FURNITURE_JUMP_TO : NP_FURNITURE_JUMP_FROM;
    size_t qa = a + skip, qb = b;
    np_trim(s, &qa, &qb);
    /* 详见A13·热点: the page's name may follow a lettered page number after
     * a dot; a lettered number may stand alone (（下轉A12）), a bare one
     * needs its 版 */
    size_t dot = np_find(s + qa, qb - qa, "\xC2\xB7");
    bool named = dot > 0 && dot < qb - qa && np_starts_with_han(s, qb, qa + dot + 2);
    if (named)
        qb = qa + dot;
    if (!is_page_number(s + qa, qb - qa) || !(np_ends_with(s + qa, qb - qa, "版") || (s[qa] >= 'A' && s[qa] <= 'Z')))
        return NP_FURNITURE_NONE;
    *pa = qa + shift;
    *pb = qb + shift;
    return kind;
}

/* 国内统一刊号:CN44-0126  代号:45-47  中山日报社出版: the paper's serial
 * number (CN 省-号), printed under its name on the front page. */
static bool is_masthead(const char *s, size_t len)
{
    /* 国内统一刊号, 国内统一连续出版物号, 邮发代号: searched for (memchr
     * speed) rather than tried at every character; 刊号 alone is the
     * 创刊号 or 试刊号 a story tells of (彼时的试刊号,头版头条…,) */
    if (np_find(s, len, "统一刊号") < len || np_find(s, len, "出版物号") < len || np_find(s, len, "邮发代号") < len)
        return true;
    /* 中共兰州市委主管主办 兰州日报社出版 总第15000期: who runs the paper
     * (the number since the first is a header token: is_page_number) */
    if (np_find(s, len, "主管主办") < len)
        return true;
    /* CN44-0126 standing alone */
    size_t cn = np_find(s, len, "CN");
    return cn + 2 < len && s[cn + 2] >= '0' && s[cn + 2] <= '9' && memchr(s + cn, '-', len - cn) != NULL &&
           np_find(s, len, "号") < len;
}

/* ——编  者, ——编者, —— 本报编辑部 */
static bool is_signature(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (np_starts_with(s + i, len - i, "—") || s[i] == '-'))
        i += s[i] == '-' ? 1 : 3;
    if (i == 0)
        return false;
    char rest[64];
    size_t w = 0;
    for (; i < len;) {
        np_cp c;
        size_t n = np_utf8_decode(s, len, i, &c);
        if (!np_is_space(c)) {
            if (w + n >= sizeof rest)
                return false;
            memcpy(rest + w, s + i, n);
            w += n;
        }
        i += n;
    }
    return np_words_has(&signatures, rest, w);
}

/* np_furniture_classify, and what a header line tells of the page:
 * NP_LF_NAMES_PAGE (a page name other than the paper's own),
 * NP_LF_NUMBERS_PAGE (its number). */
static np_furniture_kind classify(const char *s, size_t len, size_t chars, size_t *page_a, size_t *page_b,
                                  unsigned *tells)
{
    *page_a = *page_b = 0;
    *tells = 0;
    if (len == 0 || chars > NP_FURNITURE_MAX_CHARS)
        return NP_FURNITURE_NONE;
    np_furniture_kind k = classify_jump(s, len, page_a, page_b);
    if (k != NP_FURNITURE_NONE)
        return k;
    if (is_signature(s, len))
        return NP_FURNITURE_SIGNATURE;
    if (is_editor_line(s, len))
        return NP_FURNITURE_EDITOR;
    if (is_masthead(s, len))
        return NP_FURNITURE_MASTHEAD;
    return classify_header(s, len, tells);
}

np_furniture_kind np_furniture_classify(const char *s, size_t len, size_t chars, size_t *page_a,
                                        size_t *page_b)
{
    unsigned tells;
    return classify(s, len, chars, page_a, page_b, &tells);
}

bool np_furniture_shape(np_line *ln)
{
    if (ln->mark || (ln->flags & (NP_LF_FINAL | NP_LF_SENTENCE)) || ln->chars > NP_FURNITURE_MAX_CHARS)
        return false;
    unsigned tells;
    np_furniture_kind fk = classify(ln->buf.data, ln->buf.len, ln->chars, &ln->jump_a, &ln->jump_b, &tells);
    if (fk == NP_FURNITURE_NONE)
        return false;
    ln->kind = NP_LK_FURNITURE;
    ln->furniture = (uint8_t)fk;
    ln->flags |= tells;
    return true;
}

/* ------------------------------------------------------------------ */
/* Furniture in context: the rules that read it, and its node          */
/* ------------------------------------------------------------------ */

/* The rule that read a furniture line: its kind, as classify.c found it. */
const char *np_furniture_rule(const np_line *ln)
{
    switch ((np_furniture_kind)ln->furniture) {
    case NP_FURNITURE_PAGE_NUMBER: return "furniture.page_number";
    case NP_FURNITURE_DATE: return "furniture.date";
    case NP_FURNITURE_PAGE_NAME: return "furniture.page_name";
    case NP_FURNITURE_EDITOR: return "furniture.editor";
    case NP_FURNITURE_JUMP_TO: return "furniture.jump_to";
    case NP_FURNITURE_JUMP_FROM: return "furniture.jump_from";
    case NP_FURNITURE_SIGNATURE: return "furniture.signature";
    case NP_FURNITURE_MASTHEAD: return "furniture.masthead";
    case NP_FURNITURE_NONE: break;
    }
    return "furniture.other";
}

bool np_furniture_is_header(const np_line *ln)
{
    return ln->kind == NP_LK_FURNITURE &&
           (ln->furniture == NP_FURNITURE_DATE || ln->furniture == NP_FURNITURE_PAGE_NAME ||
            ln->furniture == NP_FURNITURE_PAGE_NUMBER);
}

/* Han letters only, the last 报 or 報: the shape of a paper's name. */
static bool paper_name_shape(const char *s, size_t len)
{
    return (np_ends_with(s, len, "报") || np_ends_with(s, len, "報")) && np_all_han(s, len);
}

/* 05 油城纵深: the page's number and a name outside the vocabulary, the
 * whole line (classify_header takes such a name only with its English
 * one after it, for a numbered head reads alike: 1 深化改革). */
static bool number_and_name(const char *s, size_t len)
{
    size_t i = 0, start, chars, tokens = 0;
    while (np_head_next_token(s, len, &i, &start, &chars)) {
        np_head_token kind = np_head_token_kind(s + start, i - start, chars);
        if (tokens == 0 && kind != NP_HEAD_NUMBER)
            return false;
        if (tokens == 1 && !(kind == NP_HEAD_NONE && np_head_trailing_name(s, len, start, i, chars)))
            return false;
        if (++tokens > 2)
            return false;
    }
    return tokens == 2;
}

/*
 * A page name outside the common vocabulary (县域经济, 理论·实践), read from
 * its position: a very short line at the top of the page, before any
 * article, right above another furniture line, or right below the page's
 * header lines with a whole title block after it, with a dot between two
 * names, or with photo news after it.  Below them, above a lone headline,
 * it is a kicker instead, unless the header has not named the page.
 */
const char *np_furniture_page_name_rule(np_line *const *q, size_t n, const np_page_context *ctx)
{
    const np_line *ln = q[0];
    /* a place over a title is its kicker (浙江安吉), and a label in
     * brackets a column's (【一线讲述】: of the 14 such lines on the labelled
     * pages, none is a page name) */
    if (ctx->had_article || ln->mark || (ln->kind != NP_LK_TITLE && ln->kind != NP_LK_NAMES))
        return NULL;
    /* 国家电网报, 中国新闻出版广电报, 新京报: Han letters ending with 报 before
     * any article name the paper (of the 201 such lines among the first six
     * of a labelled page, all are the paper's name; further down the one
     * such line is a head, 澳网昨日战报) */
    if (ln->chars >= 2 && ln->chars <= NP_TOP_PAPER_NAME_MAX_CHARS && paper_name_shape(ln->buf.data, ln->buf.len))
        return "furniture.paper_name_position";
    /* right under the header lines, before any article, the number says
     * the line is the page's head, not a numbered head of an article */
    if (ctx->after_header && number_and_name(ln->buf.data, ln->buf.len))
        return "furniture.page_number_name";
    if (n < 2 || (ln->flags & (NP_LF_PLACE | NP_LF_LABEL)))
        return NULL;
    /* 党媒联动 / 在祖国的怀抱, “我与中华读书报”征文 / 梁刚建:创刊那些事: a
     * kicker stands right on its headline, a page's name apart from the
     * titles under it (of the 12 top lines this rule or the next read as
     * page names standing right on another line on the labelled pages,
     * the 7 on a title line are kickers or headlines, the 5 on a header
     * line page names) */
    if (q[1]->gap == 0 && q[1]->kind == NP_LK_TITLE)
        return NULL;
    /* 光明日报 / 2020年11月06日  星期五 / 14, then 文荟 over 霞浦的海: a
     * header that gives the page's number but not its name leaves the
     * name to the line under it, when a title follows (of the 6
     * title-like lines under such a header on the labelled pages, the 4
     * over a title are page names, the 2 over a picture headlines; under
     * the headers that name the page, 70 are kickers and none a page name);
     * a subheadline opening with a dash under it makes it the headline
     * (百年校报 与你同行 / ——访《北京大学校报》前任主编赵学文) */
    if (ctx->after_header && ctx->header == NP_HEADER_NUMBERED && np_titles_span(q + 1, n - 1) > 0 &&
        q[1]->gap <= NP_NEAR_GAP && !(q[1]->flags & NP_LF_DASH_START))
        return "furniture.page_name_unnamed";
    if (ln->chars > NP_PAGE_NAME_MAX_CHARS)
        return NULL;
    if (q[1]->gap <= NP_NEAR_GAP && q[1]->kind == NP_LK_FURNITURE)
        return "furniture.page_name_position";
    /* below the header lines, above a whole title block (headline and
     * subheadline): a kicker would make a third title line; or named like
     * a supplement, two names joined by a dot (天府周末·原创, 理论·实践) */
    if (!ctx->after_header)
        return NULL;
    size_t span = np_titles_span(q + 1, n - 1);
    /* a summary under the headline is no title line of its own: over a
     * headline and its summary the line is a kicker (人民时评) */
    if ((span >= 2 && q[span]->kind != NP_LK_TEXT && ctx->header != NP_HEADER_NAMED) ||
        np_find(ln->buf.data, ln->buf.len, "·") < ln->buf.len)
        return "furniture.page_name_position";
    /* above photo news (a picture, and no byline or text of its own after
     * it): a headline there would have its story under the picture (亦师亦友
     * 亦知己 / a picture / 作为大同人,我每天必看的报纸…: a headline) */
    if (ctx->header != NP_HEADER_NAMED && q[1]->gap >= NP_FIGURE_GAP && !np_titles_byline_follows(q, n, 1) &&
        !(q[0]->flags & NP_LF_DATELINE) && !np_titles_text_under_pictures(q, n, 1))
        return "furniture.page_name_position";
    return NULL;
}

/* The furniture node of ln, made in the arena of where it goes (see emit.c). */
static np_node *furniture_line_node(np_builder *b, const np_line *ln)
{
    np_node *n = np_build_line_node(b, NP_NODE_FURNITURE, ln, 0, ln->buf.len);
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

np_status np_furniture_node(np_builder *b, np_line *ln, const char *by, bool page_name)
{
    if (page_name) {
        ln->kind = NP_LK_FURNITURE;
        ln->furniture = NP_FURNITURE_PAGE_NAME;
    }
    bool jump = ln->furniture == NP_FURNITURE_JUMP_TO || ln->furniture == NP_FURNITURE_JUMP_FROM;
    np_build_trace(b, ln, jump ? "jump" : "furniture", by, NULL, NULL);
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st != NP_OK)
        return st;
    /* a jump to another page and a signature end the article from inside
     * it; any other furniture line closes it and stands on the page, so
     * the article is closed before the node is made */
    bool inside = ln->furniture == NP_FURNITURE_JUMP_TO || ln->furniture == NP_FURNITURE_SIGNATURE;
    if (!inside && (st = np_build_close_article(b)) != NP_OK)
        return st;
    np_node *n = furniture_line_node(b, ln);
    if (!n)
        return b->em->status;
    st = np_emit_subtree(b->em, n, !inside);
    if (ln->furniture == NP_FURNITURE_JUMP_TO && st == NP_OK)
        st = np_build_close_article(b); /* the article goes on elsewhere: its jump inside it */
    return st;
}
