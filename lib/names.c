/*
 * names.c - is this token a Chinese personal name, and which tokens of a
 * byline or credit are people (see names.h).
 *
 * The surname tables are compiled in: Chinese surnames form a small closed
 * set, and a name is recognised far more reliably by its surname than by any
 * statistical shape.  The single-character table holds the surnames that
 * cover nearly all of the population; a surname that is also a common word
 * (和, 全, 海) only counts together with the length rule below.
 *
 * The names of organisations and places (杭州市萧山区, 浙江安吉) are read
 * here too, by their suffixes and provinces: heads open with them, a
 * kicker may be one, and a byline may name the author's office.
 */
#include "names.h"

#include <stdint.h>
#include <string.h>

#include "text.h"
#include "thresholds.h"

/*
 * Single-character surnames (百家姓 and the most frequent in the census),
 * in simplified and in traditional letters (OpenCC's s2t forms, less the
 * common words it gives for 于 余 干 范 朴 岳 郁 栗 游 涂 党 云 丰, which stay
 * as they are in a name; but 範, which a machine's conversion prints for
 * the surname 范: 範 媛 in a Hong Kong export), sorted by code point.  Each is three bytes of
 * UTF-8, and UTF-8 keeps code-point order, so the string is
 * binary-searched in 3-byte steps.
 */
static const char single_surnames[] =
    "丁万丛严丰乐乔于云亓井亢仇付仝仲任伊伍伏但位何佘余佟來侯俞信修俸倪傅储儲元党全公兰关"
    "冀冉农冯况冶冷冼凌凤刁刘初利劉劳勞勾包匡区區华卓单南卜卞卢卫印危卿厉原厲叢古史叶司吉"
    "向吕吳吴呂周呼和哈唐商喬單喻嚴国國堯夏奉奚姚姜姬娄婁孔孙孟季孫宁安宋宓宗官宣宦宫宮容"
    "宾宿寇富寧封尉尚尤尧尹居屈展屠岑岳崔嵇左巩巫巴帅师帥師席常干平幸庄应庞康庾廉廖弓张張"
    "強强彭徐惠慕應戈戎成战戚戰戴房扈揭支敖敬文斯方於施时明易昝晁時晉晋晏普景智暴曲曹曾朱"
    "朴权李杜束来杨杭林柏查柯柳柴栗栾桂桑梁梅植楊楚楼榮樂樊樓檀權欒欧歐步武殳段殷母毕毛江"
    "池汤汪沈沙況洪浦海涂温游湛湯溫滑滕满滿漆潘焦熊燕牛牟狄玉王班甄甘田由申畢白皮盖盘盛盤"
    "盧相眭瞿石祁祖祝祿禄禹秦程穆窦竇章童竺符简管範簡米粟糜紀索練繆纪练缪罗羅羊翁翟耿聂聞聶"
    "肖胡胥臧舒艾芦芮花苏苑苗苟苻范茅茹荀荆荊荣莊莫華萬葉葛董蒋蒙蒲蓋蓝蔚蔡蔣蔺薄薛藍藺蘆"
    "蘇蘭虎虞衛衡衣袁裘裴褚覃解計許訾詹談諶諸謝譙譚计许诸谈谌谢谭谯谷豆貝費賀賈賓賴贝费贺"
    "贾赖赫赵趙路車车辛辜農边连迟逄連逯遲邊邓邝邢那邬邰邱邴邵邸邹郁郎郑郗郜郝郦郭都鄂鄒鄔"
    "鄢鄧鄭鄺酆酈金鈄鈕銀錢鍾钟钭钮钱银門閆閉閔閻闕關闞门闫闭闵闻阎阙阚阮阳阴陆陈陰陳陶陸"
    "陽隆隋雍雒雷霍靖靳鞏鞠韋韓韦韩項顏顧项顾颜饒饶馬馮駱马骆高魏魯鮑鮮鲁鲍鲜鳳鹿麥麦麻黃"
    "黄黎齊齐龍龐龔龙龚";

/* Compound surnames, two characters (six bytes) each, sorted by code
 * point like the table above. */
static const char compound_surnames[] =
    "万俟上官东方东郭乐正令狐仲孙仲孫公冶公孙公孫"
    "公羊公良单于南宫南宮司寇司徒司空司馬司马呼延"
    "單于夏侯太史子車子车宇文完顏完颜宗政尉迟尉遲"
    "左丘巫馬巫马微生慕容拓跋東方東郭梁丘樂正欧阳"
    "歐陽段干淳于漆雕澹台澹臺濮阳濮陽独孤獨孤申屠"
    "百里皇甫穀梁端木第五羊舌聞人西門西门諸葛诸葛"
    "谷梁赫连赫連軒轅轩辕鍾離钟离長孫长孙閭丘闻人"
    "闾丘顓孫颛孙鮮于鲜于";

/*
 * Role words: who a person is, not who.  A token that ends with one of the
 * suffixes (新华社记者, 本报通讯员) or starts with one of the prefixes
 * (文/张三) carries a role; whatever follows the role is read as a name.
 * In simplified and in traditional letters (記者, 通訊員: 特派記者賴錦宏/北京報導).
 */
static const char *const role_word_list[] = {
    "作者", "供稿", "制图", "執筆", "实习生", "實習生", "执笔", "採寫", "摄像", "摄影", "撰文", "撰稿", "撰稿人", "攝像", "攝影", "整理",
    "特約記者", "特约记者", "編譯", "编译", "製圖", "見習記者", "见习记者", "記者", "評論員", "记者", "评论员", "通訊員", "通讯员", "采写",
};
const np_words np_role_words = NP_WORDS(role_word_list);

/* The first letters of the role words, by code point: 作 供 制 執 实 實 执
 * 採 摄 撰 攝 整 特 編 编 製 見 见 記 評 记 评 通 采.  A token is searched for role words letter by
 * letter, and this set answers for most letters at the cost of a few
 * comparisons of numbers (a unit test checks it against the list). */
static const np_cp role_initials[] = {
    0x4F5C, 0x4F9B, 0x5236, 0x57F7, 0x5B9E, 0x5BE6, 0x6267, 0x63A1, 0x6444, 0x64B0,
    0x651D, 0x6574, 0x7279, 0x7DE8, 0x7F16, 0x88FD, 0x898B, 0x89C1, 0x8A18,
    0x8A55, 0x8BB0, 0x8BC4, 0x901A, 0x91C7,
};

/* The low bytes of role_initials, as bits (bit c & 0xFF): most letters
 * fail this one test and are spared the comparisons.  A new initial needs
 * its bit here too; the unit test checks both against the list. */
static const uint32_t role_initial_low_bytes[8] = {
    0x25400000u, 0x00400000u, 0x10200010u, 0x02100080u, 0x48000800u, 0x00010002u, 0x00000092u, 0x20800140u,
};

bool np_is_role_initial(np_cp c)
{
    unsigned lo = c & 0xFFu;
    return (role_initial_low_bytes[lo >> 5] >> (lo & 31u) & 1u) != 0 &&
           np_cp_set_has(role_initials, sizeof role_initials / sizeof *role_initials, c);
}

static const char *const role_prefix_list[] = {
    "图/", "图/文", "图:", "图文/", "图／", "图：", "圖/", "圖／", "摄/", "摄／", "文/", "文/图",
    "文:", "文与图/", "文图/", "文與圖/", "文／", "文／图", "文：", "視頻/", "视频/", "記者/",
    "记者/",
};
const np_words np_role_prefixes = NP_WORDS(role_prefix_list);

/* What a name did, standing alone after it: 张冯焱 文 许大桥 图 is a writer
 * and a photographer.  Only right after a name, so that 陈 文 stays a
 * padded name. */
static const char *const role_suffix_list[] = {"图", "摄", "文"};
static const np_words role_suffixes = NP_WORDS(role_suffix_list);

/* Whether a slash or colon ends the role word that stands right before
 * tok (记者/, 记者：): the bytes before tok are the role's. */
static bool after_role_mark(const char *tok)
{
    return tok[-1] == '/' || tok[-1] == ':' || memcmp(tok - 3, "／", 3) == 0 || memcmp(tok - 3, "：", 3) == 0;
}

/* The bytes of a role suffix glued to the name by a slash (张明星/文
 * 倪军/图, as 文/张三 puts the role first), or 0. */
static size_t slash_role_suffix(const char *tok, size_t len)
{
    size_t last = len > 0 ? np_utf8_prev(tok, len) : 0;
    if (last == 0 || !np_words_has(&role_suffixes, tok + last, len - last))
        return 0;
    size_t slash = tok[last - 1] == '/' ? 1 : last >= 3 && np_ends_with(tok, last, "／") ? 3 : 0;
    if (slash == 0)
        return 0;
    /* 蒋凌翔文/摄: the roles joined by the slash, text and pictures, after
     * a name of its own (a three-letter token keeps its last letter: 丁思文/图
     * is 丁思文's picture) */
    size_t before = last - slash, first = before > 0 ? np_utf8_prev(tok, before) : 0;
    if (first > 0 && np_words_has(&role_suffixes, tok + first, before - first) &&
        np_utf8_count(tok, first) >= NP_NAME_MIN_CHARS + 1)
        return len - first;
    return len - before;
}

/* Whether key[0..width) is an entry of table, count entries of width
 * bytes sorted by byte value (which for UTF-8 is code-point order). */
static bool sorted_has(const char *table, size_t width, size_t count, const char *key)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned char *e = (const unsigned char *)table + width * mid;
        const unsigned char *k = (const unsigned char *)key;
        size_t j = 0;
        while (j < width && e[j] == k[j])
            j++;
        if (j == width)
            return true;
        if (e[j] < k[j])
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* Whether c is one of the three-byte characters of a sorted table. */
static bool in_table3(const char *table, size_t table_size, np_cp c)
{
    if (c < 0x800 || c > 0xFFFF)
        return false;
    const char key[3] = {(char)(0xE0 | (c >> 12)), (char)(0x80 | ((c >> 6) & 0x3F)),
                         (char)(0x80 | (c & 0x3F))};
    return sorted_has(table, 3, (table_size - 1) / 3, key);
}

size_t np_surname_len(const char *s, size_t len)
{
    if (len >= 6 && sorted_has(compound_surnames, 6, (sizeof compound_surnames - 1) / 6, s))
        return 6;
    if (len == 0)
        return 0;
    np_cp c;
    size_t n = np_utf8_decode(s, len, 0, &c);
    return in_table3(single_surnames, sizeof single_surnames, c) ? n : 0;
}

/* U+FFFD counts as Han: the characters lost when a page went through a
 * legacy encoding are mostly rare ones, and rare characters are mostly in
 * given names.  The surname must still be a known one. */
static bool all_han(const char *s, size_t len, size_t *count)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        np_cp c;
        i += np_utf8_decode(s, len, i, &c);
        if (!np_is_han(c) && c != 0xFFFD)
            return false;
        n++;
    }
    *count = n;
    return true;
}

/* A transliterated name: Han letters on both sides of a middle dot. */
static bool is_dotted_name(const char *s, size_t len)
{
    size_t dot = np_find(s, len, "·");
    if (dot == len)
        dot = np_find(s, len, "•");
    if (dot == 0 || dot >= len)
        return false;
    size_t parts = 0, letters = 0, part = 0;
    for (size_t i = 0; i < len;) {
        np_cp c;
        i += np_utf8_decode(s, len, i, &c);
        if (np_is_han(c)) {
            letters++;
            /* 芜湖书房·悦享书吧正式开放 is a title's two halves */
            if (++part > NP_DOTTED_PART_MAX_LETTERS)
                return false;
        } else if (c == 0x00B7 || c == 0x2022 || c == 0x30FB) {
            parts++;
            part = 0;
        } else {
            return false;
        }
    }
    return letters >= NP_DOTTED_NAME_MIN_LETTERS && parts >= 1 && parts <= NP_DOTTED_NAME_MAX_DOTS;
}

/* np_is_person_name of a text of chars Han letters (U+FFFD counted). */
static bool is_han_name(const char *s, size_t len, size_t chars)
{
    if (chars < NP_NAME_MIN_CHARS || chars > NP_NAME_MAX_CHARS)
        return false;
    size_t sur = np_surname_len(s, len);
    if (sur == 0)
        return false;
    size_t sur_chars = sur / 3;
    size_t given = chars - sur_chars;
    /* One or two given-name characters; 4-character names only with a
     * compound surname, which keeps four-character phrases out. */
    return given >= 1 && given <= NP_GIVEN_NAME_MAX_CHARS;
}

bool np_is_person_name(const char *s, size_t len)
{
    size_t chars;
    /* a dotted name holds a dot, which is no Han letter */
    if (!all_han(s, len, &chars))
        return is_dotted_name(s, len);
    return is_han_name(s, len, chars);
}

/* Split a token off s at i: white space and 、 separate tokens. */
static bool is_separator(np_cp c)
{
    return np_is_space(c) || c == 0x3001 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';';
}

/*
 * What may stand before a role word in the same token: who employs the
 * reporter (本报, 新华社, 人民日报, 本报特约), a few letters with no
 * punctuation.  A longer run is a sentence that happens to hold 记者.
 */
static bool role_prefix_ok(const char *tok, size_t at)
{
    size_t chars = 0;
    for (size_t i = 0; i < at;) {
        np_cp c;
        i += np_utf8_decode(tok, at, i, &c);
        /* 中青报·中青网记者, 工人日报-中工网记者: a paper and its site */
        if (!np_is_han(c) && !np_is_ascii_alnum(c) && c != 0x00B7 && c != '-' && c != 0xFF0D)
            return false;
        chars++;
    }
    return chars <= NP_EMPLOYER_MAX_CHARS; /* 齐鲁晚报·齐鲁壹点记者 */
}

/* If tok carries a role, the byte length of the role part (prefix or up to
 * the end of the suffix); 0 if it carries none. */
static size_t role_length(const char *tok, size_t len)
{
    size_t n = np_words_prefix(&np_role_prefixes, tok, len);
    if (n > 0)
        return n;
    /* the role word that ends furthest on: 特约记者 */
    size_t best = 0;
    for (size_t at = 0; at < len; at += n) {
        np_cp c;
        n = np_utf8_decode(tok, len, at, &c);
        if (!np_is_role_initial(c))
            continue;
        size_t k = np_words_prefix(&np_role_words, tok + at, len - at);
        if (k > 0 && at + k > best && role_prefix_ok(tok, at))
            best = at + k;
    }
    /* 记者/张三 and 记者：张三 */
    if (best && best < len && (tok[best] == '/' || tok[best] == ':'))
        best++;
    else if (best && np_starts_with(tok + best, len - best, "："))
        best += 3;
    else if (best && np_starts_with(tok + best, len - best, "／"))
        best += 3;
    return best;
}

static size_t char_count(const char *s, size_t len)
{
    return np_utf8_count(s, len);
}

static void add_name(np_names *out, size_t start, size_t end, bool padded)
{
    if (out->count < NP_MAX_NAMES) {
        out->names[out->count].start = start;
        out->names[out->count].end = end;
        out->names[out->count].padded = padded;
        out->count++;
    } else {
        out->others++;
    }
}

/*
 * Where a filing note starts in tok: 发自伦敦, 济南报道, 综合报道 say
 * where or how the story was filed, and 陈家明／纽约报道 glues one to the
 * name with a slash.  Returns len when there is none.
 */
static size_t filing_note_at(const char *tok, size_t len)
{
    /* 报道 (also 报导), and in traditional letters 報道, 報導 (北京報導) */
    static const char *const filed_list[] = {"報導", "報道", "报导", "报道"};
    static const np_words filed = NP_WORDS(filed_list);
    if ((np_starts_with(tok, len, "发自") || np_starts_with(tok, len, "發自")) && len > 6)
        return 0;
    /* each ends with 道 or 導 (…\x81\x93, …\xB0\x8E): a byte test spares
     * most tokens the look-up */
    if (len < 6 || (tok[len - 1] != '\x93' && tok[len - 1] != '\x8E') || np_words_suffix(&filed, tok, len) == 0)
        return len;
    /* the note is short, glued after a slash (记者赖锦宏/北京报道) or the
     * whole token */
    for (size_t i = 0; i + 1 < len; i++) {
        /* the slash in ASCII, full width, or the division slash some
         * Taiwanese pages print (記者陳治交∕台南報導) */
        size_t slash = 0;
        if (tok[i] == '/')
            slash = 1;
        else if (np_starts_with(tok + i, len - i, "／") || np_starts_with(tok + i, len - i, "∕"))
            slash = 3;
        if (slash > 0)
            return np_utf8_count(tok + i + slash, len - i - slash) <= NP_FILING_NOTE_MAX_CHARS ? i : len;
    }
    return np_utf8_count(tok, len) <= NP_FILING_NOTE_MAX_CHARS ? 0 : len;
}

/* (图/文), （摄）: the roles in brackets after the name, as 文/图 stands
 * bare (株洲晚报融媒体记者/谢慧 (图/文)). */
static bool bracketed_roles(const char *tok, size_t len)
{
    size_t open = np_starts_with(tok, len, "(") ? 1 : np_starts_with(tok, len, "（") ? 3 : 0;
    size_t close = np_ends_with(tok, len, ")") ? 1 : np_ends_with(tok, len, "）") ? 3 : 0;
    if (open == 0 || close == 0 || open + close >= len)
        return false;
    const char *in = tok + open;
    size_t in_len = len - open - close;
    return np_words_has(&np_role_prefixes, in, in_len) || np_words_has(&role_suffixes, in, in_len);
}

/* Strip every role word from the front of a token (文/本报首席记者张三 ->
 * 张三); returns how many roles were stripped. */
static size_t strip_roles(const char **tok, size_t *start, size_t *tlen)
{
    size_t roles = 0, role;
    while (*tlen > 0 && (role = role_length(*tok, *tlen)) > 0) {
        roles++;
        *start += role;
        *tok += role;
        *tlen -= role;
    }
    return roles;
}

/*
 * One pass over the tokens.  A one-character Han token waits in `single`
 * for its partner: 陈 力 is one padded name.  A lone one that never finds
 * a partner is not a name.  Right after a role word, where nothing but a
 * name can stand, a name is accepted even if its surname is not in the
 * table.
 */
static void scan_names(const char *s, size_t len, bool after_role, np_names *out)
{
    /* names[] past count is never read */
    out->count = out->roles = out->others = 0;
    size_t i = 0;
    bool have_single = false, single_after_role = false;
    bool after_name = false; /* the token before was a name */
    size_t tokens = 0; /* tokens read, filing notes aside */
    size_t single_start = 0;
    bool listed = false; /* a 、 stands between the name before and this token */
    while (i < len) {
        np_cp c;
        size_t n = np_utf8_decode(s, len, i, &c);
        if (is_separator(c)) {
            listed = listed || c == 0x3001;
            i += n;
            continue;
        }
        /* 潘程超、钞飞航: a 、 lists people of one kind, so the letters
         * after a name and a 、 are a name whatever the surname */
        bool listed_after_name = listed && after_name;
        listed = false;
        /* what one pass over the token tells: whether a role word may
         * stand in it, and whether it is all Han letters, how many */
        size_t start = i, han = 0, chars = 0;
        bool role_letter = false, marked_role = false;
        while (i < len) {
            n = np_utf8_decode(s, len, i, &c);
            bool letter = np_is_han_lead((unsigned char)s[i]);
            if (!letter && is_separator(c))
                break;
            /* every role prefix holds a slash or a colon (文/, 图／, 文：) */
            role_letter = role_letter || np_is_role_initial(c) || c == '/' || c == 0xFF0F || c == ':' || c == 0xFF1A;
            han += letter || np_is_han(c) || c == 0xFFFD;
            chars++;
            i += n;
        }
        const char *tok = s + start;
        size_t tlen = i - start;
        bool prev_name = after_name;
        after_name = false;
        if (bracketed_roles(tok, tlen)) {
            out->roles++;
            continue;
        }
        size_t note = filing_note_at(tok, tlen);
        bool whole = note == tlen; /* the facts above hold for tok */
        bool filed = !whole;
        if (filed) {
            /* the note is no name; what stands before its slash may be */
            out->roles++;
            tlen = note;
            if (tlen == 0)
                continue;
        }
        /* a role word that opens its token names no employer of its own
         * (记者, 特约记者; not 本报评论员, 安徽日报评论员): asked only of a
         * token that holds a role */
        const char *whole_tok = tok;
        size_t whole_len = tlen;
        size_t roles = role_letter ? strip_roles(&tok, &start, &tlen) : 0;
        whole = whole && roles == 0;
        if (roles && tlen == 0 && out->roles == 0 && tokens == 1 && !have_single &&
            np_words_prefix(&np_role_words, whole_tok, whole_len) > 0) {
            /* 齐鲁晚报·齐鲁壹点 记者 王媛, 新华社 记者 张三: the one token
             * before the first bare role word is who employs the reporter;
             * before 本报评论员 it is the writer (周珊珊  本报评论员); a Han
             * name there is a correspondent's, printed without a role
             * (…。查甜甜 记者 张敏: of the 3 such lines on the labelled
             * pages, the 2 with a Han name both sign two people) */
            size_t letters;
            if (out->count == 1 && !all_han(s + out->names[0].start, out->names[0].end - out->names[0].start, &letters))
                out->count = 0;
            else if (out->count == 0)
                out->others = 0;
            out->roles++;
        }
        tokens++;
        if (roles) {
            out->roles += roles;
            if (have_single) {
                out->others++;
                have_single = false;
            }
            /* only a token of its own counts as standing after the role,
             * or what a slash or colon sets after it (记者/嘎娃白玛), or
             * what a filing note follows (特派記者賴錦宏/北京報導): 记者手记
             * is a column's name, not 记者 + 手记 */
            marked_role = tlen > 0 && after_role_mark(tok);
            after_role = tlen == 0 || marked_role || filed;
            if (tlen == 0)
                continue;
        }
        size_t suffix = role_letter ? slash_role_suffix(tok, tlen) : 0;
        if (suffix > 0 && suffix < tlen) {
            out->roles++;
            tlen -= suffix;
            whole = false;
        }
        size_t tend = start + tlen; /* before any filing note */
        size_t dummy;
        if (!whole) {
            chars = char_count(tok, tlen);
            han = all_han(tok, tlen, &dummy) ? chars : 0;
        }
        bool tok_han = han == chars;
        if (chars == 1 && tok_han && prev_name && !have_single && np_words_has(&role_suffixes, tok, tlen)) {
            out->roles++;
            continue;
        }
        if (chars == 1 && tok_han) {
            if (have_single) {
                /* The pair must still look like a name: 陈 力 yes, 图 文 no. */
                if (single_after_role || np_surname_len(s + single_start, tend - single_start) > 0) {
                    add_name(out, single_start, tend, true);
                    after_name = true;
                } else {
                    out->others += 2;
                }
                have_single = false;
            } else {
                have_single = true;
                single_start = start;
                single_after_role = after_role;
            }
            continue;
        }
        if (have_single) {
            out->others++;
            have_single = false;
        }
        /* after a role, name follows name until something else comes */
        bool name = tok_han ? is_han_name(tok, tlen, chars) : is_dotted_name(tok, tlen);
        /* right after a role word, where nothing but a name can stand,
         * two or three Han letters are a name whatever the surname
         * (通讯员 拱宣) */
        size_t role_name_max = marked_role ? NP_MARKED_ROLE_NAME_MAX_CHARS : NP_ROLE_NAME_MAX_CHARS;
        if (name || ((after_role || listed_after_name) && tok_han && chars >= NP_ROLE_NAME_MIN_CHARS &&
                     chars <= role_name_max)) {
            add_name(out, start, tend, false);
            after_name = true;
        } else {
            out->others++;
            after_role = false;
        }
    }
    if (have_single)
        out->others++;
}

void np_scan_names(const char *s, size_t len, np_names *out)
{
    scan_names(s, len, false, out);
}

void np_scan_names_after_marker(const char *s, size_t len, np_names *out)
{
    scan_names(s, len, true, out);
}

size_t np_name_copy(const char *s, const np_name *n, char *dst, size_t cap)
{
    size_t w = 0;
    for (size_t i = n->start; i < n->end;) {
        np_cp c;
        size_t k = np_utf8_decode(s, n->end, i, &c);
        if (!(n->padded && np_is_space(c))) {
            if (w + k + 1 > cap)
                break;
            memcpy(dst + w, s + i, k);
            w += k;
        }
        i += k;
    }
    if (cap)
        dst[w] = 0;
    return w;
}

/* ------------------------------------------------------------------ */
/* Organisations and places                                             */
/* ------------------------------------------------------------------ */

/* Suffixes of organisation and place names (the word lists: text.h). */
static const char *const entity_suffix_list[] = {
    "中心", "乡", "公司", "分行", "办事处", "区", "医院", "协会", "厅", "县", "合作社", "团", "园区", "处", "大学", "委", "委员会",
    "学校", "学院", "局", "市", "开发区", "所", "支行", "新区", "村", "省", "研究所", "研究院", "社区", "站", "管委会", "署", "街道", "部",
    "银行", "镇", "队", "院", "集团", "馆",
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

bool np_is_province_place(const char *s, size_t len, size_t chars)
{
    size_t n = np_words_prefix(&provinces, s, len);
    if (n == 0)
        return false;
    size_t rest = chars - n / 3;
    /* 甘肃农民报, 香港文匯報 are papers, not places */
    return rest >= NP_PLACE_REST_MIN_CHARS && rest <= NP_PLACE_REST_MAX_CHARS && len == 3 * chars &&
           !np_ends_with(s, len, "报") && !np_ends_with(s, len, "報");
}

bool np_ends_with_entity(const char *s, size_t len)
{
    size_t k = np_words_suffix(&entity_suffixes, s, len);
    return k > 0 && k < len;
}

/* The last words of a writer's employer: a group, a paper, an agency
 * (an office or a place: np_ends_with_entity). */
static const char *const employer_suffix_list[] = {"報", "报", "社", "集团", "集團"};
static const np_words employer_suffixes = NP_WORDS(employer_suffix_list);

/* Whether a space (ASCII or full-width) stands at s[i], its bytes in *k. */
static bool space_at(const char *s, size_t b, size_t i, size_t *k)
{
    np_cp c;
    *k = np_utf8_decode(s, b, i, &c);
    return np_is_space(c);
}

size_t np_employer_tokens(const char *s, size_t a, size_t b)
{
    size_t count = 0, k;
    while (a < b) {
        while (a < b && space_at(s, b, a, &k))
            a += k;
        size_t e = a;
        while (e < b && !space_at(s, b, e, &k))
            e += k;
        if (e == a)
            break;
        size_t suffix = np_words_suffix(&employer_suffixes, s + a, e - a);
        if (!((suffix > 0 && suffix < e - a) || np_ends_with_entity(s + a, e - a)))
            return 0;
        count++;
        a = e;
    }
    return count;
}

/* The posts an author signs with, after the office (自然资源部宣传教育中心主任,
 * 北京大学新闻与传播学院党委书记) or the place (重庆巴南区读者). */
static const char *const post_suffix_list[] = {
    "主任", "主席", "书记", "企业家", "会长", "厅长", "学者", "局长", "所长", "教授", "校长", "理事长", "研究员", "秘书长", "读者", "部长", "院长", "馆长",
};
static const np_words post_suffixes = NP_WORDS(post_suffix_list);

bool np_ends_with_post(const char *s, size_t len)
{
    size_t k = np_words_suffix(&post_suffixes, s, len);
    return k > 0 && k < len;
}
