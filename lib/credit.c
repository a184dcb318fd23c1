/*
 * credit.c - recognise picture and data credits (see credit.h).
 *
 * A credit is read from the outside in: surrounding brackets go, then a
 * trailing source mark (⑩) and an agency note in brackets after the verb
 * (钱刚摄（影像中国）, 新华社发（资料图片）), then the verb decides the kind:
 * 摄/摄影报道 -> photographer, 供图/提供/发 -> provided, 数据来源 -> data.
 * A photographer credit must name people (names.c); a provider may be any
 * organisation, but never holds sentence punctuation.
 */
#include "credit.h"

#include <string.h>

#include "byline.h"
#include "furniture.h"
#include "parse.h"
#include "text.h"
#include "thresholds.h"

/* Photo agencies that are glued to a caption without any separator. */
static const char *const agency_list[] = {
    "IC photo", "东方IC", "中央社", "中新社", "人民图片", "人民视觉", "千库网",
    "图虫创意", "央视新闻", "影像中国", "摄图网", "新华社", "新華社", "视觉中国",
};
const np_words np_agencies = NP_WORDS(agency_list);

/* The verbs that end a credit: 摄/摄影报道 (photographer), 供图/提供/发
 * (provider). */
static const char *const credit_verb_list[] = {"供图", "供圖", "发", "提供", "摄", "摄影报道", "攝", "攝影報道", "發"};
const np_words np_credit_verbs = NP_WORDS(credit_verb_list);

/* The verbs of a photographer's credit, in simplified and traditional
 * letters; no two of them end alike, so the one found is the only one. */
static const char *const photo_verb_list[] = {"摄", "摄影", "摄影报道", "攝", "攝影", "攝影報道"};
static const np_words photo_verbs = NP_WORDS(photo_verb_list);

static void trim(const char *s, size_t *a, size_t *b)
{
    np_trim(s, a, b);
}

static bool is_open_bracket(const char *s, size_t len, size_t i)
{
    return np_starts_with(s + i, len - i, "（") || s[i] == '(';
}

/* Strip one pair of brackets around s[*a..*b). */
static void strip_brackets(const char *s, size_t *a, size_t *b)
{
    size_t len = *b - *a;
    const char *p = s + *a;
    if (len >= 6 && np_starts_with(p, len, "（") && np_ends_with(p, len, "）")) {
        *a += 3;
        *b -= 3;
    } else if (len >= 2 && p[0] == '(' && p[len - 1] == ')') {
        *a += 1;
        *b -= 1;
    } else if (len >= 6 && np_starts_with(p, len, "【") && np_ends_with(p, len, "】")) {
        *a += 3;
        *b -= 3;
    } else {
        return;
    }
    trim(s, a, b);
}

/* Remove a trailing source mark (⑩) from s[*a..*b). */
static void strip_mark(const char *s, size_t *a, size_t *b)
{
    if (*b <= *a)
        return;
    size_t p = np_utf8_prev(s, *b);
    np_cp c;
    np_utf8_decode(s, *b, p, &c);
    if (p >= *a && np_is_circled_number(c)) {
        *b = p;
        trim(s, a, b);
    }
}

/* Where a short note after a slash at the end of p starts (李瑛摄/光明图片:
 * the slash), or len; whether a credit verb stands before it is the
 * caller's test. */
static size_t slash_note(const char *p, size_t len)
{
    size_t stop = len > NP_SLASH_AGENCY_MAX_BYTES ? len - NP_SLASH_AGENCY_MAX_BYTES : 0;
    for (size_t i = len; i > stop; i--)
        if (p[i - 1] == '/')
            return i - 1 > 0 && i < len ? i - 1 : len;
    return len;
}

/* Where the day the picture was taken starts, printed after the verb and
 * a space (中央社記者徐肇昌攝 114年12月14日, in the years of the Republic),
 * or len; whether a credit verb stands before it is the caller's test. */
static size_t date_note(const char *p, size_t len)
{
    /* most lines end otherwise: the walk back is for the few that end so */
    if (!np_ends_with(p, len, "日"))
        return len;
    size_t at = len, stop = len > NP_CREDIT_MAX_BYTES ? len - NP_CREDIT_MAX_BYTES : 0;
    while (at > stop && p[at - 1] != ' ')
        at--;
    if (at == stop || at == len || np_head_token_kind(p + at, len - at, np_utf8_count(p + at, len - at)) != NP_HEAD_DATE)
        return len;
    while (at > 0 && p[at - 1] == ' ')
        at--;
    return at > 0 ? at : len;
}

/* A note at the end, after a credit verb: 摄（影像中国）, 摄/光明图片,
 * 攝 114年12月14日. */
static void strip_agency_note(const char *s, size_t *a, size_t *b)
{
    size_t len = *b - *a;
    const char *p = s + *a;
    size_t open;
    if (np_ends_with(p, len, "）"))
        open = np_find(p, len, "（");
    else if (len && p[len - 1] == ')')
        open = np_find(p, len, "(");
    else if ((open = slash_note(p, len)) == len)
        open = date_note(p, len);
    if (open == 0 || open >= len)
        return;
    size_t a2 = *a, b2 = *a + open;
    trim(s, &a2, &b2);
    if (np_words_suffix(&np_credit_verbs, s + a2, b2 - a2) > 0) {
        *a = a2;
        *b = b2;
    }
}

/* Whether s[a..b) could name a provider: no sentence punctuation, not empty. */
static bool plausible_source(const char *s, size_t a, size_t b)
{
    if (b <= a)
        return false;
    size_t chars = 0;
    for (size_t i = a; i < b;) {
        np_cp c;
        i += np_utf8_decode(s, b, i, &c);
        if (np_is_final_punct(c) && c != '.')
            return false;
        if (c == 0xFF0C || c == ',' || c == 0xFF1A || c == ':')
            return false;
        chars++;
    }
    return chars <= NP_SOURCE_MAX_CHARS;
}

/* 新华社发: what is sent (发) comes from an agency, a 社 (of the 12 credits
 * ending with 发 on the labelled pages, all name 新华社); 武肺再爆發, a
 * kicker's outbreak, sends nothing. */
static bool sent_by_agency(const char *s, size_t len)
{
    size_t a = 0, b = len;
    trim(s, &a, &b);
    return np_ends_with(s + a, b - a, "社") || np_words_prefix(&np_agencies, s + a, b - a) == b - a;
}

/* The first byte of ／ (EF BC 8F): a role word (图/, 圖／) is a letter of
 * three bytes and a slash, which spares most places the look-up. */
#define NP_FULLWIDTH_SLASH_LEAD 0xEF

/* The picture's role words, simplified and traditional: 图/徐翔 names its
 * photographer, 圖/新華社 the agency that sent it. */
static const char *const picture_role_list[] = {"图/", "图／", "圖/", "圖／"};
static const np_words picture_roles = NP_WORDS(picture_role_list);

/* Whether s[0..len) is the picture's role word and an agency after it
 * (圖/新華社, 图/新华社): the agency sent the picture. */
static bool role_and_agency(const char *s, size_t len)
{
    if (len < 4 || (s[3] != '/' && (unsigned char)s[3] != NP_FULLWIDTH_SLASH_LEAD))
        return false;
    size_t lead = np_words_prefix(&picture_roles, s, len);
    if (lead == 0 || lead == len)
        return false;
    const char *p = s + lead;
    size_t pl = len - lead;
    if (np_words_prefix(&np_agencies, p, pl) == pl)
        return true;
    return np_ends_with(p, pl, "社") && np_utf8_count(p, pl) <= NP_AGENCY_TOKEN_MAX_CHARS && np_all_han(p, pl);
}

static bool parse_provided(const char *s, size_t a, size_t b, np_credit *out)
{
    const char *p = s + a;
    size_t len = b - a;
    if (role_and_agency(p, len)) {
        out->kind = NP_CREDIT_PROVIDED;
        out->src_start = a + np_words_prefix(&picture_roles, p, len);
        out->src_end = b;
        return true;
    }
    /* the words before the provider: ending with a colon they name it
     * alone, with 由 or a slash they wait for 提供 */
    static const char *const lead_list[] = {"以上图片均为", "以上图片均由", "图/", "图片来源:", "图片来源：",
                                            "图片由", "图／", "本版图片来源：", "本版图片由", "本版照片由",
                                            "照片由"};
    static const np_words leads = NP_WORDS(lead_list);
    size_t lead = np_words_prefix(&leads, p, len);
    /* 本版图片均为新华社提供, 本版照片均由X提供: the page's pictures, all of
     * one provider */
    if (lead == 0 && np_starts_with(p, len, "本版") && np_ends_with(p, len, "提供")) {
        size_t all = np_find(p, len, "均为");
        if (all == len)
            all = np_find(p, len, "均由");
        lead = all < len ? all + strlen("均为") : 0;
        /* 本版图片受访者提供: the provider right after the page's pictures */
        if (lead == 0 && (np_starts_with(p, len, "本版图片") || np_starts_with(p, len, "本版照片")))
            lead = strlen("本版图片");
    }
    if (lead > 0) {
        size_t sa = a + lead, sb = b;
        if (np_ends_with(p, len, "提供"))
            sb -= strlen("提供");
        else if (!np_ends_with(p, lead, "：") && !np_ends_with(p, lead, ":"))
            return false; /* 图/X alone names a photographer or an author, not a provider */
        trim(s, &sa, &sb);
        if (!plausible_source(s, sa, sb))
            return false;
        out->kind = NP_CREDIT_PROVIDED;
        out->src_start = sa;
        out->src_end = sb;
        out->page = np_starts_with(p, len, "本版");
        return true;
    }
    /* 商竣程 @新华社: the agency after an at sign, as on the papers' sites */
    if (len > 1 && p[0] == '@' && np_words_prefix(&np_agencies, p + 1, len - 1) == len - 1) {
        out->kind = NP_CREDIT_PROVIDED;
        out->src_start = a + 1;
        out->src_end = b;
        return true;
    }
    size_t sa = a, sb = b;
    /* 台儿庄大战纪念馆提供: with no 图片由 before it, 提供 ends a credit only
     * after an organisation's name (a cut sentence ends 为群众提供) */
    bool provides = np_ends_with(p, len, "提供") && np_ends_with_entity(p, len - strlen("提供"));
    if (np_ends_with(p, len, "供图") || np_ends_with(p, len, "供圖"))
        sb -= strlen("供图");
    else if (provides)
        sb -= strlen("提供");
    else if ((np_ends_with(p, len, "发") || np_ends_with(p, len, "發")) && len > 3 && sent_by_agency(p, len - 3))
        sb -= strlen("发");
    else
        return false;
    trim(s, &sa, &sb);
    while (sb > sa && (s[sb - 1] == '/' || np_ends_with(s + sa, sb - sa, "／"))) {
        sb -= s[sb - 1] == '/' ? 1 : 3;
        trim(s, &sa, &sb);
    }
    if (!plausible_source(s, sa, sb))
        return false;
    /* …现场 阳光财险供图: a space inside means a caption runs into the
     * provider, which is a single name (but IC photo is one) */
    for (size_t i = sa; i < sb;) {
        np_cp c;
        size_t k = np_utf8_decode(s, sb, i, &c);
        if (np_is_space(c) && !(i > sa && np_is_ascii_alnum((unsigned char)s[i - 1]) && i + k < sb &&
                                np_is_ascii_alnum((unsigned char)s[i + k])))
            return false;
        i += k;
    }
    /* X发 is a provider only when X is an agency, not a sentence: a news
     * agency ends in 社 or is written as one token. */
    if (!np_ends_with(p, len, "供图") && !provides) {
        if (!np_ends_with(s + sa, sb - sa, "社") && np_utf8_count(s + sa, sb - sa) > NP_AGENCY_TOKEN_MAX_CHARS)
            return false;
        for (size_t i = sa; i < sb; i++)
            if (s[i] == ' ')
                return false;
    }
    out->kind = NP_CREDIT_PROVIDED;
    out->src_start = sa;
    out->src_end = sb;
    out->page = np_starts_with(s + sa, sb - sa, "本版");
    return true;
}

static bool parse_data(const char *s, size_t a, size_t b, np_credit *out)
{
    static const char *const lead_list[] = {"数据来源 ", "数据来源:", "数据来源：", "数据来源于",
                                            "资料来源:", "资料来源：", "资料来源于"};
    static const np_words leads = NP_WORDS(lead_list);
    size_t k = np_words_prefix(&leads, s + a, b - a);
    if (k == 0)
        return false;
    size_t sa = a + k, sb = b;
    trim(s, &sa, &sb);
    if (sb <= sa)
        return false;
    out->kind = NP_CREDIT_DATA;
    out->src_start = sa;
    out->src_end = sb;
    return true;
}

/* Whether s[a..b) holds what a caption holds and names never do: a
 * sentence end, a semicolon or quotation marks (…工作。 本报记者  程  焕摄:
 * the credit starts after the full stop, however the names are spaced). */
static bool holds_sentence_marks(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        np_cp c;
        i += np_utf8_decode(s, b, i, &c);
        if ((np_is_final_punct(c) && c != '.') || c == 0xFF1B || c == ';' || c == 0x201C || c == 0x201D ||
            c == 0x300A || c == 0x300B)
            return true;
    }
    return false;
}

/* 摄影/内蒙古日报社融媒体记者 袁永红: the verb first, a slash after it;
 * 图/徐翔 牛红岩: the picture's role word alone (图/文 names the author
 * too: a byline) */
static const char *const photo_lead_list[] = {"图/", "图:", "图／", "图：", "圖/", "圖:", "圖／", "圖：",
                                              "摄/", "摄影/", "摄影／", "摄／"};
static const np_words photo_leads = NP_WORDS(photo_lead_list);

static bool parse_photographer(const char *s, size_t a, size_t b, np_credit *out)
{
    if (role_and_agency(s + a, b - a))
        return false;
    size_t verb = np_words_suffix(&photo_verbs, s + a, b - a);
    size_t na = a, nb = b - verb;
    if (verb == 0) {
        size_t lead = np_words_prefix(&photo_leads, s + a, b - a);
        if (lead == 0)
            return false;
        na = a + lead;
        nb = b;
    }
    trim(s, &na, &nb);
    while (nb > na && (s[nb - 1] == '/' || np_ends_with(s + na, nb - na, "／"))) {
        nb -= s[nb - 1] == '/' ? 1 : 3;
        trim(s, &na, &nb);
    }
    if (nb <= na || holds_sentence_marks(s, na, nb))
        return false;
    /* 记者 胡肖飞 文/摄: who wrote the text took the pictures, and signs
     * the article: a byline (of the 6 such lines on the labelled pages,
     * 文/摄 and 文/图 alike, all 6 are bylines) */
    if (verb == strlen("摄") && (np_ends_with(s + a, b - a, "文/摄") || np_ends_with(s + a, b - a, "文／摄")))
        return false;
    /* 图为伍艳妮摄: the picture is the photographer's (图为 before names
     * only; 图为市民在…摄 is a caption) */
    size_t names_from = na;
    /* 圖/晞林: after the role word any two or three letters are a name
     * (a pen name), as in a byline */
    if (verb == 0 && np_words_prefix(&np_role_prefixes, s + a, b - a) == na - a)
        names_from = a;
    if (np_starts_with(s + na, nb - na, "图为"))
        names_from += strlen("图为");
    np_names names;
    np_scan_names(s + names_from, nb - names_from, &names);
    /* (宁波日报 胡建华 陈建彪 潘立娟 摄): the paper that employs them first */
    if (names.count == 0 ||
        (names.others > 0 &&
         names.others != np_employer_tokens(s, names_from, names_from + names.names[0].start)))
        return false;
    for (size_t k = 0; k < names.count; k++) {
        names.names[k].start += names_from;
        names.names[k].end += names_from;
    }
    out->kind = NP_CREDIT_PHOTOGRAPHER;
    out->people = names;
    out->src_start = names_from;
    out->src_end = nb;
    return true;
}

bool np_credit_parse(const char *s, size_t len, np_credit *out)
{
    size_t a = 0, b = len;
    memset(out, 0, sizeof *out);
    trim(s, &a, &b);
    /* □钟 静/摄: a byline's marker before a credit is no part of it */
    a += np_marker_length(s + a, b - a);
    strip_mark(s, &a, &b);
    strip_brackets(s, &a, &b);
    /* (□新华社发): and inside the brackets */
    a += np_marker_length(s + a, b - a);
    if (b <= a)
        return false;
    out->start = a;
    out->end = b;
    strip_agency_note(s, &a, &b);
    strip_brackets(s, &a, &b);
    if (parse_data(s, a, b, out) || parse_photographer(s, a, b, out) ||
        parse_provided(s, a, b, out)) {
        out->page = out->page || np_starts_with(s + out->start, out->end - out->start, "本版");
        return true;
    }
    return false;
}

/* The character right before s[i] (i > 0). */
static np_cp char_before(const char *s, size_t i)
{
    np_cp c;
    np_utf8_decode(s, i, np_utf8_prev(s, i), &c);
    return c;
}

/* Where a glued credit may begin: after white space or sentence-final
 * punctuation, at an opening bracket, or at a known agency name. */
static bool is_boundary(const char *s, size_t len, size_t i)
{
    if (i == 0 || i >= len)
        return false;
    if (is_open_bracket(s, len, i) || np_starts_with(s + i, len - i, "图片由"))
        return true;
    /* …投影幕牆圖/新華社: the role word and an agency after it end a
     * caption without any separator */
    if (role_and_agency(s + i, len - i))
        return true;
    if (np_words_prefix(&np_agencies, s + i, len - i) > 0)
        return true;
    /* …的学生们纷纷送鲜花给老师。⑧3陈更生 宋洁 摄: after the desk's code
     * that ends a caption, a circled number and its digits */
    size_t d = i;
    while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9')
        d--;
    if (d < i && d > 0 && np_is_circled_number(char_before(s, d)))
        return true;
    np_cp c = char_before(s, i);
    /* after a closing bracket, not a closing quotation mark: a quotation
     * ends inside a caption's sentence (…“新民晚报读者日”如期举行) */
    bool quote = c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F;
    return np_is_space(c) || (np_is_final_punct(c) && c != '.') || (np_is_closing(c) && !quote);
}

/* Whether a sentence-final mark (。！？) ends the text before i. */
static bool after_sentence(const char *s, size_t i)
{
    np_cp c = char_before(s, i);
    return np_is_final_punct(c) && c != '.';
}

/* Move the offsets of a credit parsed at s + by into offsets in s. */
static void shift_credit(np_credit *c, size_t by)
{
    c->start += by;
    c->end += by;
    c->src_start += by;
    c->src_end += by;
    for (size_t k = 0; k < c->people.count; k++) {
        c->people.names[k].start += by;
        c->people.names[k].end += by;
    }
}

/* 包宝音德力格尔 摄, 本报记者 孟和朝鲁 摄: one long name of Han letters, a
 * role word before it or none, then the verb: asked only right after a
 * caption's sentence end, where the credit stands alone. */
static bool long_name_credit(const char *s, size_t len, np_credit *out)
{
    size_t a = 0, b = len;
    trim(s, &a, &b);
    size_t verb = np_words_suffix(&photo_verbs, s + a, b - a);
    if (verb == 0)
        return false;
    size_t nb = b - verb;
    trim(s, &a, &nb);
    size_t na = nb;
    while (na > a && s[na - 1] != ' ')
        na--;
    size_t chars = np_utf8_count(s + na, nb - na);
    if (nb <= na || chars < NP_ROLE_NAME_MIN_CHARS || chars > NP_LONG_NAME_MAX_CHARS || !np_all_han(s + na, nb - na))
        return false;
    size_t ra = a, rb = na;
    trim(s, &ra, &rb);
    if (rb > ra && (memchr(s + ra, ' ', rb - ra) != NULL || np_words_suffix(&np_role_words, s + ra, rb - ra) == 0))
        return false;
    memset(out, 0, sizeof *out);
    out->kind = NP_CREDIT_PHOTOGRAPHER;
    out->start = a;
    out->end = b;
    out->src_start = na;
    out->src_end = nb;
    out->people.count = 1;
    out->people.roles = rb > ra;
    out->people.names[0].start = na;
    out->people.names[0].end = nb;
    return true;
}

bool np_credit_split_tail(const char *s, size_t len, size_t *cut, np_credit *out)
{
    size_t a = 0, b = len;
    trim(s, &a, &b);
    bool found = false;
    np_credit c;
    /* Walk candidate starts from the right; a photographer credit takes the
     * leftmost start that still parses (role words belong to it), any other
     * credit the rightmost (a provider has no spaces). */
    for (size_t i = b; i > a;) {
        i = np_utf8_prev(s, i);
        if (b - i > NP_CREDIT_MAX_BYTES)
            break;
        if (!is_boundary(s, b, i))
            continue;
        if (!np_credit_parse(s + i, b - i, &c) && (found || !after_sentence(s, i) || !long_name_credit(s + i, b - i, &c)))
            continue;
        if (found && c.kind != NP_CREDIT_PHOTOGRAPHER)
            break;
        /* The caption must keep some text of its own. */
        size_t ca = a, cb = i;
        trim(s, &ca, &cb);
        if (cb <= ca)
            break;
        shift_credit(&c, i);
        *out = c;
        *cut = i;
        found = true;
        if (c.kind != NP_CREDIT_PHOTOGRAPHER)
            break;
    }
    return found;
}

/* ------------------------------------------------------------------ */
/* The shape of a line                                                  */
/* ------------------------------------------------------------------ */

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

/* Whether a photographer's lead stands in s[from..len): the verb and its
 * slash (…采访。 摄影/内蒙古日报社融媒体记者 袁永红), or the picture's role
 * word and its slash (图/, 圖/) after a sentence's end and perhaps spaces
 * or a bracket (…剪綵。 圖/人間社記者陳璿宇, …祈福。(圖/文:曹重偉)).  The
 * slash is looked for first: Chinese text seldom holds one. */
static bool photo_lead_in_tail(const char *s, size_t from, size_t len)
{
    for (const char *p = memchr(s + from, '/', len - from); p; p = memchr(p + 1, '/', (size_t)(s + len - p - 1))) {
        size_t at = (size_t)(p - s);
        if (at >= from + 6 && memcmp(s + at - 6, "摄影", 6) == 0)
            return true;
        if (at < from + 3 || (memcmp(s + at - 3, "图", 3) != 0 && memcmp(s + at - 3, "圖", 3) != 0))
            continue;
        size_t b = at - 3;
        while (b > from && s[b - 1] == ' ')
            b--;
        /* …上香祈福。(圖/文:曹重偉): in brackets after the sentence too */
        if (b > from && s[b - 1] == '(')
            b--;
        else if (b >= from + 3 && memcmp(s + b - 3, "（", 3) == 0)
            b -= 3;
        if (b > from && np_is_final_punct(char_before(s, b)))
            return true;
    }
    return false;
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
    size_t slash = slash_note(s, len);
    if (slash < len && ends_with_credit_verb(s, slash))
        return true;
    size_t date = date_note(s, len);
    if (date < len && ends_with_credit_verb(s, date))
        return true;
    /* …冰。图片来源：美国国家航空航天局: a provider named after its lead
     * word; …采访。 摄影/内蒙古日报社融媒体记者 袁永红, …剪綵。圖/人間社記者陳璿宇:
     * a photographer after the verb or, after the caption's full stop, the
     * picture's role word and its slash (文/林佳慧 图/潘骁 is a byline) */
    size_t from = len > NP_CREDIT_MAX_BYTES ? len - NP_CREDIT_MAX_BYTES : 0;
    if (np_find(s + from, len - from, "图片来源") < len - from || photo_lead_in_tail(s, from, len))
        return true;
    /* …投影幕牆圖/新華社: the role word and an agency, with no separator
     * (a news agency, a 社: most lines end otherwise) */
    if (np_ends_with(s, len, "社"))
        for (size_t i = from; i + 3 < len; i++)
            if (role_and_agency(s + i, len - i))
                return true;
    /* …商竣程 @新华社 */
    const char *at = memchr(s + from, '@', len - from);
    if (at && np_words_prefix(&np_agencies, at + 1, (size_t)(s + len - at - 1)) == (size_t)(s + len - at - 1))
        return true;
    if (!(len && s[len - 1] == ')') && !np_ends_with(s, len, "）"))
        return false;
    size_t open = last_open_bracket(s, len), a = 0;
    np_trim(s, &a, &open);
    return open < len && ends_with_credit_verb(s, open);
}

bool np_credit_photo_led(const char *s, size_t len)
{
    size_t mark = np_marker_length(s, len);
    return np_words_prefix(&photo_leads, s + mark, len - mark) > 0;
}

/* The longest listed agency, in bytes (图虫创意): a longer line is none. */
#define NP_AGENCY_ALONE_MAX_BYTES 12

/* 中央社 alone on its line under a caption: a listed agency sent the
 * picture.  Only a whole line: in a credit's tail an agency after the
 * verb is its note (刘振清摄（影像中国）). */
static bool agency_alone(const char *s, size_t len, np_credit *out)
{
    size_t a = 0, b = len;
    trim(s, &a, &b);
    if (b <= a || np_words_prefix(&np_agencies, s + a, b - a) != b - a)
        return false;
    memset(out, 0, sizeof *out);
    out->kind = NP_CREDIT_PROVIDED;
    out->start = out->src_start = a;
    out->end = out->src_end = b;
    return true;
}

np_credit_shape np_credit_line_shape(const char *s, size_t len, np_credit *out, size_t *cut)
{
    /* a data credit names its source first */
    static const char *const data_list[] = {"(数据来源", "数据来源", "资料来源", "（数据来源"};
    static const np_words data = NP_WORDS(data_list);
    bool tail = may_end_with_credit(s, len);
    if (!tail && np_words_prefix(&data, s, len) == 0 && !np_credit_photo_led(s, len))
        return len <= NP_AGENCY_ALONE_MAX_BYTES && agency_alone(s, len, out) ? NP_CREDIT_SHAPE_LINE
                                                                             : NP_CREDIT_SHAPE_NONE;
    if (np_credit_parse(s, len, out))
        return NP_CREDIT_SHAPE_LINE;
    return tail && np_credit_split_tail(s, len, cut, out) ? NP_CREDIT_SHAPE_TAIL : NP_CREDIT_SHAPE_NONE;
}

/* ------------------------------------------------------------------ */
/* Credit nodes                                                         */
/* ------------------------------------------------------------------ */

/* A credit node from a credit found in s (a line's text). */
np_node *np_credit_make(np_builder *b, const np_line *ln, const np_credit *c)
{
    const char *s = ln->buf.data;
    np_node *n = np_build_line_node(b, NP_NODE_CREDIT, ln, c->start, c->end);
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

np_status np_credit_node(np_builder *b, const np_line *ln, const char *by)
{
    bool page = ln->credit.page || b->em->article == NULL;
    np_build_trace(b, ln, page ? "page_credit" : "credit", by, NULL, NULL);
    np_status st = np_reflow_close(&b->reflow, b->em);
    if (st != NP_OK)
        return st;
    if (page && (st = np_build_close_article(b)) != NP_OK)
        return st;
    np_node *c = np_credit_make(b, ln, &ln->credit);
    if (!c)
        return b->em->status;
    return np_emit_subtree(b->em, c, page);
}
