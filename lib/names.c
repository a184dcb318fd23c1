/*
 * names.c - is this token a Chinese personal name, and which tokens of a
 * byline or credit are people (see names.h).
 *
 * The surname tables are compiled in: Chinese surnames form a small closed
 * set, and a name is recognised far more reliably by its surname than by any
 * statistical shape.  The single-character table holds the surnames that
 * cover nearly all of the population; a surname that is also a common word
 * (和, 全, 海) only counts together with the length rule below.
 */
#include "names.h"

#include <string.h>

#include "text.h"

/* Single-character surnames. */
static const char single_surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧"
    "耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
    "华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦卢麦褚娄窦戚岑景党宫费卜冷晏席卫米"
    "柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封"
    "谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
    "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓"
    "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展"
    "阴昝智幸奉植衡富尧闭由步荀郗訾蔚逄糜宦雒钮鄂谯禄暴弓虎俸殳郦洪赖竺宓庾滑贝凤眭钭苻靖邴酆";

/* Compound surnames. */
static const char *const compound_surnames[] = {
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "澹台", "公冶", "太史", "申屠",
    "端木", "西门", "南宫", "独孤", "百里", "呼延", "万俟", "闻人", "赫连", "濮阳",
    "淳于", "单于", "拓跋", "第五", "东郭", "司空", "左丘", "子车", "羊舌", "微生",
    "梁丘", "宗政", "漆雕", "乐正", "公良", "谷梁", "段干", "巫马", "仲孙", "颛孙",
    "鲜于", "闾丘", "完颜", "司寇", "公羊",
};

/*
 * Role words: who a person is, not who.  A token that ends with one of the
 * suffixes (新华社记者, 本报通讯员) or starts with one of the prefixes
 * (文/张三) carries a role; whatever follows the role is read as a name.
 */
static const char *const role_suffixes[] = {
    "特约记者", "见习记者", "记者", "通讯员", "实习生", "评论员", "撰稿人", "撰稿",
    "撰文", "采写", "摄影", "摄像", "编译", "整理", "制图", "供稿", "执笔",
};

static const char *const role_prefixes[] = {
    "文/", "图/", "文／", "图／", "摄/", "摄／", "视频/", "文图/", "图文/", "记者/",
};

static bool is_single_surname(np_cp c)
{
    return np_is_han(c) && np_cp_in(c, single_surnames);
}

size_t np_surname_len(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof compound_surnames / sizeof *compound_surnames; i++) {
        size_t n = strlen(compound_surnames[i]);
        if (np_starts_with(s, len, compound_surnames[i]))
            return n;
    }
    if (len == 0)
        return 0;
    np_cp c;
    size_t n = np_utf8_decode(s, len, 0, &c);
    return is_single_surname(c) ? n : 0;
}

static bool all_han(const char *s, size_t len, size_t *count)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        np_cp c;
        i += np_utf8_decode(s, len, i, &c);
        if (!np_is_han(c))
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
    size_t parts = 0, letters = 0;
    for (size_t i = 0; i < len;) {
        np_cp c;
        i += np_utf8_decode(s, len, i, &c);
        if (np_is_han(c))
            letters++;
        else if (c == 0x00B7 || c == 0x2022 || c == 0x30FB)
            parts++;
        else
            return false;
    }
    return letters >= 3 && parts >= 1 && parts <= 3;
}

bool np_is_person_name(const char *s, size_t len)
{
    size_t chars;
    if (is_dotted_name(s, len))
        return true;
    if (!all_han(s, len, &chars) || chars < 2 || chars > 4)
        return false;
    size_t sur = np_surname_len(s, len);
    if (sur == 0)
        return false;
    size_t sur_chars = sur / 3;
    size_t given = chars - sur_chars;
    /* One or two given-name characters; 4-character names only with a
     * compound surname, which keeps four-character phrases out. */
    return given >= 1 && given <= 2;
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
        if (!np_is_han(c) && !np_is_ascii_alnum(c))
            return false;
        chars++;
    }
    return chars <= 8;
}

/* If tok carries a role, the byte length of the role part (prefix or up to
 * the end of the suffix); 0 if it carries none. */
static size_t role_length(const char *tok, size_t len)
{
    for (size_t i = 0; i < sizeof role_prefixes / sizeof *role_prefixes; i++)
        if (np_starts_with(tok, len, role_prefixes[i]))
            return strlen(role_prefixes[i]);
    size_t best = 0;
    for (size_t i = 0; i < sizeof role_suffixes / sizeof *role_suffixes; i++) {
        size_t at = np_find(tok, len, role_suffixes[i]);
        if (at < len && role_prefix_ok(tok, at)) {
            size_t end = at + strlen(role_suffixes[i]);
            if (end > best)
                best = end;
        }
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

/* A name where a name is expected, right after a role word: two or three
 * Han letters, whatever the surname (通讯员 拱宣). */
static bool is_name_after_role(const char *s, size_t len)
{
    size_t chars;
    return all_han(s, len, &chars) && chars >= 2 && chars <= 3;
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
void np_scan_names(const char *s, size_t len, np_names *out)
{
    memset(out, 0, sizeof *out);
    size_t i = 0;
    bool have_single = false, after_role = false, single_after_role = false;
    size_t single_start = 0;
    while (i < len) {
        np_cp c;
        size_t n = np_utf8_decode(s, len, i, &c);
        if (is_separator(c)) {
            i += n;
            continue;
        }
        size_t start = i;
        while (i < len) {
            n = np_utf8_decode(s, len, i, &c);
            if (is_separator(c))
                break;
            i += n;
        }
        const char *tok = s + start;
        size_t tlen = i - start;
        size_t roles = strip_roles(&tok, &start, &tlen);
        if (roles) {
            out->roles += roles;
            if (have_single) {
                out->others++;
                have_single = false;
            }
            /* only a token of its own counts as standing after the role:
             * 记者手记 is a column's name, not 记者 + 手记 */
            after_role = tlen == 0;
            if (tlen == 0)
                continue;
        }
        size_t chars = char_count(tok, tlen);
        size_t dummy;
        if (chars == 1 && all_han(tok, tlen, &dummy)) {
            if (have_single) {
                /* The pair must still look like a name: 陈 力 yes, 图 文 no. */
                if (single_after_role || np_surname_len(s + single_start, i - single_start) > 0)
                    add_name(out, single_start, i, true);
                else
                    out->others += 2;
                have_single = false;
                after_role = false;
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
        if (np_is_person_name(tok, tlen) || (after_role && is_name_after_role(tok, tlen)))
            add_name(out, start, i, false);
        else
            out->others++;
        after_role = false;
    }
    if (have_single)
        out->others++;
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
