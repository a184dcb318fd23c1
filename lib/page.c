/*
 * page.c - the page record of a parsed page (see page.h) and its public
 * accessors.
 *
 * furniture.c decides which lines are furniture and of which kind; here
 * their values are read.  A page head line is split into the same tokens
 * furniture.c read it by (np_head_next_token), and each token gives what
 * it is: the paper (人民日报), the date (2025年3月5日 -> 2025-03-05), the
 * weekday as printed, the page number (第十五版 -> 15, A03 -> 3 and label
 * A03), the page name.  The first of each in line order wins: the head
 * stands above the articles, and a value printed twice is the same value.
 * An editor line gives one {role, names} a title it holds (本版编辑：孟 越
 * 美编：白 杨 -> 本版编辑 [孟越], 美编 [白杨]), the names split and their
 * padding removed by the byline's reading (names.c).
 */
#include "page.h"

#include <string.h>

#include "furniture.h"
#include "names.h"
#include "text.h"

/* ------------------------------------------------------------------ */
/* Numerals                                                             */
/* ------------------------------------------------------------------ */

/* The value of a Chinese digit (一..九, 〇, 零), or -1. */
static int cn_digit_value(np_cp c)
{
    static const np_cp digits[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                   0x516D, 0x4E03, 0x516B, 0x4E5D};
    if (c == 0x96F6) /* 零 */
        return 0;
    for (int d = 0; d < 10; d++)
        if (digits[d] == c)
            return d;
    return -1;
}

/* The value of an ASCII or full-width digit, or -1. */
static int digit_value(np_cp c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 0xFF10 && c <= 0xFF19)
        return (int)(c - 0xFF10);
    return -1;
}

/* The largest value a numeral is read to: no page, year or day is near. */
#define NP_NUMERAL_MAX 99999u

/*
 * The value of the numeral s[0..len): digits (3, 03, ０３), Chinese digits
 * read in place (二〇二四) or Chinese numerals with units (十五, 二十一,
 * 廿七, 一百零五).  Spaces inside are skipped (第 3 版).  False when
 * anything else stands in it, when it is empty or too large.
 */
static bool numeral_value(const char *s, size_t len, unsigned *value)
{
    unsigned total = 0, cur = 0;
    bool units = false, any = false, arabic = false, chinese = false;
    for (size_t i = 0; i < len;) {
        np_cp c;
        i += np_utf8_decode(s, len, i, &c);
        int d = digit_value(c);
        if (d < 0 && (d = cn_digit_value(c)) >= 0)
            chinese = true;
        else if (d >= 0)
            arabic = true;
        if (d >= 0) {
            cur = units ? (unsigned)d : cur * 10 + (unsigned)d;
        } else if (c == 0x5341 || c == 0x767E) { /* 十 百 */
            unsigned unit = c == 0x5341 ? 10 : 100;
            total += (cur ? cur : 1) * unit;
            cur = 0;
            units = chinese = true;
        } else if (c == 0x5EFF) { /* 廿 */
            total += 20;
            units = chinese = true;
        } else if (c == ' ') {
            continue;
        } else {
            return false;
        }
        any = true;
        if (total + cur > NP_NUMERAL_MAX)
            return false;
    }
    *value = total + cur;
    return any && !(arabic && chinese);
}

/* ------------------------------------------------------------------ */
/* Page numbers and dates                                               */
/* ------------------------------------------------------------------ */

/* Skip ASCII spaces and dashes (-3-, 第 3 版) from s[*a..*b) at both ends. */
static void trim_dashes(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && (s[*a] == '-' || s[*a] == ' '))
        (*a)++;
    while (*b > *a && (s[*b - 1] == '-' || s[*b - 1] == ' '))
        (*b)--;
}

/* The label of a page number printed with a letter or a leading zero
 * (A03, 04, ０４ -> 04), in ASCII; "" for a plain number. */
static void make_label(char letter, const char *s, size_t len, char *label)
{
    size_t w = 0;
    if (letter)
        label[w++] = letter;
    bool zero = false;
    for (size_t i = 0; i < len && w + 1 < NP_PAGE_LABEL_BYTES;) {
        np_cp c;
        i += np_utf8_decode(s, len, i, &c);
        int d = digit_value(c);
        if (d < 0)
            continue;
        zero = zero || (w == (size_t)(letter != 0) && d == 0);
        label[w++] = (char)('0' + d);
    }
    label[letter || zero ? w : 0] = '\0';
}

bool np_page_ref_read(const char *s, size_t len, np_page_ref *ref)
{
    memset(ref, 0, sizeof *ref);
    size_t a = 0, b = len;
    trim_dashes(s, &a, &b);
    if (np_starts_with(s + a, b - a, "第"))
        a += 3;
    if (np_ends_with(s + a, b - a, "版") || np_ends_with(s + a, b - a, "页"))
        b -= 3;
    trim_dashes(s, &a, &b);
    char letter = 0, after = 0;
    if (a < b && np_is_page_letter(s[a])) {
        letter = (char)(s[a] & ~0x20);
        a++;
    } else if (b > a + 1 && np_is_page_letter(s[b - 1]) && s[b - 2] >= '0' && s[b - 2] <= '9') {
        after = (char)(s[b - 1] & ~0x20); /* 6B */
        b--;
    }
    unsigned n;
    if (!numeral_value(s + a, b - a, &n) || n == 0)
        return false;
    ref->number = n;
    make_label(letter, s + a, b - a, ref->label);
    if (after) {
        size_t w = strlen(ref->label);
        if (w == 0) /* a plain number: its digits as printed */
            for (size_t i = a; i < b && w + 2 < NP_PAGE_LABEL_BYTES; i++)
                ref->label[w++] = s[i];
        if (w + 1 < NP_PAGE_LABEL_BYTES) {
            ref->label[w++] = after;
            ref->label[w] = '\0';
        }
    }
    return true;
}

/* Days in a month (February of a leap year: 29). */
static unsigned month_days(unsigned year, unsigned month)
{
    static const unsigned char days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/* The earliest and latest year read as a printed year. */
#define NP_YEAR_MIN 1800u
#define NP_YEAR_MAX 2999u

/* The year before the Republic's first (民國1年 is 1912). */
#define NP_ERA_OF_REPUBLIC 1911u

/* Where the date's three numerals stand: [at[k], to[k]). */
typedef struct date_parts {
    size_t at[3], to[3];
} date_parts;

/* 2025年3月5日 (日 or 号) */
static bool split_cn_date(const char *s, size_t len, date_parts *p)
{
    static const char *const marks[] = {"年", "月", "日"};
    size_t i = 0;
    for (int k = 0; k < 3; k++) {
        size_t at = np_find(s + i, len - i, marks[k]);
        if (k == 2 && at == len - i)
            at = np_find(s + i, len - i, "号");
        /* 2019年04月03, the weekday glued after it cut off (furniture.c) */
        if (k == 2 && at == len - i && at > 0) {
            p->at[k] = i;
            p->to[k] = len;
            return true;
        }
        if (at == len - i || at == 0)
            return false;
        p->at[k] = i;
        p->to[k] = i + at;
        i += at + 3;
    }
    return i == len;
}

/* 2025-03-05, 2025.3.5, 2025/3/5 */
static bool split_sep_date(const char *s, size_t len, date_parts *p)
{
    size_t i = 0;
    char sep = 0;
    for (int k = 0; k < 3; k++) {
        size_t j = i;
        while (j < len && s[j] != '-' && s[j] != '.' && s[j] != '/')
            j++;
        if (j == i || (k < 2) != (j < len) || (k == 1 && s[j] != sep))
            return false;
        if (k == 0)
            sep = j < len ? s[j] : 0;
        p->at[k] = i;
        p->to[k] = j;
        i = j + 1;
    }
    return true;
}

bool np_page_date_read(const char *s, size_t len, char iso[11])
{
    /* 中華民國113年2月18日: the Republic's year 1 is 1912 */
    size_t era = np_head_era(s, len);
    s += era;
    len -= era;
    date_parts p;
    if (!split_cn_date(s, len, &p) && !split_sep_date(s, len, &p))
        return false;
    unsigned v[3];
    for (int k = 0; k < 3; k++)
        if (!numeral_value(s + p.at[k], p.to[k] - p.at[k], &v[k]))
            return false;
    if (era > 0)
        v[0] = v[0] > 0 && v[0] < NP_YEAR_MIN ? v[0] + NP_ERA_OF_REPUBLIC : 0;
    if (v[0] < NP_YEAR_MIN || v[0] > NP_YEAR_MAX || v[1] < 1 || v[1] > 12 || v[2] < 1 ||
        v[2] > month_days(v[0], v[1]))
        return false;
    unsigned digits[8] = {v[0] / 1000, v[0] / 100 % 10, v[0] / 10 % 10, v[0] % 10,
                          v[1] / 10,   v[1] % 10,       v[2] / 10,      v[2] % 10};
    static const unsigned char at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    memcpy(iso, "0000-00-00", 11);
    for (int k = 0; k < 8; k++)
        iso[at[k]] = (char)('0' + digits[k]);
    return true;
}

/* ------------------------------------------------------------------ */
/* Building the record                                                  */
/* ------------------------------------------------------------------ */

typedef struct page_builder {
    np_arena *arena;
    np_page *page;
    bool nomem;
} page_builder;

/* A NUL-terminated copy of s[0..len) in the tree, or NULL (nomem set). */
static const char *keep(page_builder *pb, const char *s, size_t len)
{
    char *c = np_arena_strndup(pb->arena, s, len);
    pb->nomem = pb->nomem || c == NULL;
    return c;
}

/* Set *slot to a copy of s[0..len) unless a value is already there. */
static void set_first(page_builder *pb, const char **slot, const char *s, size_t len)
{
    if (*slot == NULL)
        *slot = keep(pb, s, len);
}

static void take_number(page_builder *pb, const char *t, size_t tl)
{
    np_page_ref ref;
    /* 第3期 counts issues, not pages */
    if (pb->page->number != 0 || np_ends_with(t, tl, "期") || !np_page_ref_read(t, tl, &ref))
        return;
    pb->page->number = ref.number;
    if (ref.label[0] != '\0')
        pb->page->label = keep(pb, ref.label, strlen(ref.label));
}

/* 城事·民生: page names joined by a middle dot are one name.  Returns the
 * end of the run of page-name tokens that starts at t. */
static size_t name_run_end(const char *s, size_t len, size_t end)
{
    static const char dot[] = "\xC2\xB7"; /* · */
    while (np_starts_with(s + end, len - end, dot)) {
        size_t i = end + 2, start, chars;
        /* the line is furniture: what follows the dot is part of the name
         * (城市·南京), as furniture.c read it */
        if (!np_head_next_token(s, len, &i, &start, &chars) || start != end + 2)
            break;
        end = i;
    }
    return end;
}

/* One token of a head line. */
static void take_head_token(page_builder *pb, const char *s, size_t len, size_t start, size_t *end,
                            size_t chars)
{
    np_page *pg = pb->page;
    const char *t = s + start;
    size_t tl = *end - start;
    char iso[11];
    switch (np_head_token_kind(t, tl, chars)) {
    case NP_HEAD_DATE: {
        size_t weekday = np_head_glued_weekday(t, tl);
        if (pg->date == NULL && np_page_date_read(t, tl - weekday, iso))
            pg->date = keep(pb, iso, 10);
        if (weekday > 0)
            set_first(pb, &pg->weekday, t + tl - weekday, weekday);
        break;
    }
    case NP_HEAD_WEEKDAY: set_first(pb, &pg->weekday, t, tl); break;
    case NP_HEAD_NUMBER: take_number(pb, t, tl); break;
    case NP_HEAD_NUMBER_NAME: {
        size_t width, colon = np_head_name_colon(t, tl, &width);
        take_number(pb, t, colon);
        *end = name_run_end(s, len, *end); /* 第05版:天津·社会 */
        set_first(pb, &pg->name, t + colon + width, *end - start - colon - width);
        break;
    }
    case NP_HEAD_PAPER: set_first(pb, &pg->paper, t, tl); break;
    case NP_HEAD_PAGE_NAME:
        *end = name_run_end(s, len, *end);
        set_first(pb, &pg->name, t, *end - start);
        break;
    default: break;
    }
}

/* 金  融: the spaced page name without its spaces. */
static void take_spaced_name(page_builder *pb, const char *s, size_t len)
{
    char packed[64];
    size_t w = 0;
    for (size_t i = 0; i < len && w < sizeof packed; i++)
        if (s[i] != ' ')
            packed[w++] = s[i];
    set_first(pb, &pb->page->name, packed, w);
}

static void read_head_line(page_builder *pb, const char *s, size_t len)
{
    if (np_head_spaced_name(s, len)) {
        take_spaced_name(pb, s, len);
        return;
    }
    size_t i = 0, start, chars;
    np_head_token first = NP_HEAD_NONE;
    bool dated = false;
    for (size_t tokens = 0; np_head_next_token(s, len, &i, &start, &chars); tokens++) {
        np_head_token kind = np_head_token_kind(s + start, i - start, chars);
        /* 04  双语校园 Bilingual Campus: the line is furniture for the name
         * outside the vocabulary after its page number (furniture.c), and
         * so is 人民铁道  2015年10月28日  星期三  一线风采 for the name last,
         * after the date */
        if (kind == NP_HEAD_NONE && ((tokens == 1 && first == NP_HEAD_NUMBER && np_starts_with_han(s, len, start)) ||
                                     (dated && np_head_trailing_name(s, len, start, i, chars))))
            set_first(pb, &pb->page->name, s + start, name_run_end(s, len, i) - start); /* 第4版 宝庆·副刊 */
        dated = dated || kind == NP_HEAD_DATE || kind == NP_HEAD_WEEKDAY || kind == NP_HEAD_LUNAR;
        first = tokens == 0 ? kind : first;
        take_head_token(pb, s, len, start, &i, chars);
    }
}

/* ------------------------------------------------------------------ */
/* Editor lines                                                         */
/* ------------------------------------------------------------------ */

/* The contact words of an editor line: they name no editor. */
static const char *const contact_word_list[] = {
    "E-mail", "Email", "TEL", "Tel", "传真", "傳真", "电子信箱", "电话", "電子信箱", "電話",
};
static const np_words contact_words = {contact_word_list, sizeof contact_word_list / sizeof *contact_word_list};

static bool is_title_separator(np_cp c)
{
    return np_is_space(c) || c == 0xFF1A /* ： */ || c == ':' || c == '/' || c == 0xFF0F /* ／ */;
}

/* The byte length of the editor's title at s[i] (本版责编, 美术编辑),
 * or 0: a title word, perhaps after 本版 or 本期, then a separator. */
static size_t title_at(const char *s, size_t len, size_t i)
{
    size_t k = i + np_words_prefix(&np_editor_owners, s + i, len - i);
    size_t w = np_words_prefix(&np_editor_titles, s + k, len - k);
    if (w == 0 || k + w >= len)
        return 0;
    np_cp c;
    np_utf8_decode(s, len, k + w, &c);
    return is_title_separator(c) ? k + w - i : 0;
}

/* The start of the next title at or after i that stands at the start of
 * a word, or len. */
static size_t next_title(const char *s, size_t len, size_t i)
{
    bool word_start = true;
    while (i < len) {
        if (word_start && title_at(s, len, i) > 0)
            return i;
        np_cp c;
        size_t n = np_utf8_decode(s, len, i, &c);
        word_start = np_is_space(c);
        i += n;
    }
    return len;
}

/* Where the first word at or after i holding a colon starts (a label
 * outside the titles: 本报常年法律顾问:倪得宾), or len. */
static size_t next_label(const char *s, size_t len, size_t i)
{
    size_t word = i;
    while (i < len) {
        np_cp c;
        size_t n = np_utf8_decode(s, len, i, &c);
        if (np_is_space(c))
            word = i + n;
        else if (c == ':' || c == 0xFF1A /* ： */)
            return word;
        i += n;
    }
    return len;
}

/* One {role, names} from the role s[r..r+rl) and the names s[a..b). */
static void add_editor(page_builder *pb, const char *s, size_t r, size_t rl, size_t a, size_t b)
{
    np_page *pg = pb->page;
    np_names found;
    np_scan_names(s + a, b - a, &found);
    if (found.count == 0)
        return;
    const char **names = np_arena_alloc(pb->arena, found.count * sizeof *names);
    const char *role = keep(pb, s + r, rl);
    if (names == NULL || role == NULL) {
        pb->nomem = true;
        return;
    }
    for (size_t k = 0; k < found.count; k++) {
        char name[128];
        size_t n = np_name_copy(s + a, &found.names[k], name, sizeof name);
        names[k] = keep(pb, name, n);
    }
    np_page_editor *e = &pg->editors[pg->editor_count++];
    e->role = role;
    e->names = names;
    e->count = found.count;
}

/* The most roles one editor line is read for. */
#define NP_EDITOR_ROLES_MAX 8

/* 本版编辑：孟 越  美编：白 杨  校对：马 遥 (and （责任编辑：丁）) */
static void read_editor_line(page_builder *pb, const char *s, size_t len)
{
    np_editor_unbracket(&s, &len);
    np_page *pg = pb->page;
    np_page_editor *grown = np_arena_alloc(pb->arena, (pg->editor_count + NP_EDITOR_ROLES_MAX) * sizeof *grown);
    if (grown == NULL) {
        pb->nomem = true;
        return;
    }
    if (pg->editor_count > 0)
        memcpy(grown, pg->editors, pg->editor_count * sizeof *grown);
    pg->editors = grown;
    size_t at = next_title(s, len, 0);
    for (size_t roles = 0; at < len && roles < NP_EDITOR_ROLES_MAX; roles++) {
        size_t rl = title_at(s, len, at);
        size_t a = at + rl;
        size_t next = next_title(s, len, a);
        /* what follows the title: its separator, then the names */
        while (a < next) {
            np_cp c;
            size_t n = np_utf8_decode(s, len, a, &c);
            if (!is_title_separator(c))
                break;
            a += n;
        }
        size_t word = np_words_prefix(&np_editor_owners, s + at, rl);
        /* names stop where a label outside the titles begins: …校对:岳伟
         * 本报常年法律顾问:倪得宾 孙恺远 lists no lawyer as a proof-reader */
        size_t label = next_label(s, next, a);
        if (!np_words_has(&contact_words, s + at + word, rl - word))
            add_editor(pb, s, at, rl, a, label < next ? label : next);
        at = next;
    }
}

/* ------------------------------------------------------------------ */
/* The record of a tree                                                 */
/* ------------------------------------------------------------------ */

static void read_furniture(page_builder *pb, const np_node *n)
{
    switch ((np_furniture_kind)n->kind) {
    case NP_FURNITURE_DATE:
    case NP_FURNITURE_PAGE_NAME:
    case NP_FURNITURE_PAGE_NUMBER: read_head_line(pb, n->text, n->text_len); break;
    case NP_FURNITURE_EDITOR: read_editor_line(pb, n->text, n->text_len); break;
    default: break;
    }
}

bool np_page_mark_set_in(np_buf *bits, size_t line)
{
    while (bits->len <= line / 8)
        if (!np_buf_append_char(bits, 0))
            return false;
    bits->data[line / 8] |= (char)(1u << (line % 8));
    return true;
}

bool np_page_line_set_in(const np_page *page, size_t line)
{
    return page != NULL && line / 8 < page->set_in_bytes && (page->set_in[line / 8] >> (line % 8)) & 1u;
}

/* Keep a copy of the set-in lines in the record; false when memory ran out. */
static bool keep_set_in(np_arena *arena, np_page *page, const np_buf *set_in)
{
    if (set_in == NULL || set_in->len == 0)
        return true;
    unsigned char *bits = np_arena_alloc(arena, set_in->len);
    if (bits == NULL)
        return false;
    memcpy(bits, set_in->data, set_in->len);
    page->set_in = bits;
    page->set_in_bytes = set_in->len;
    return true;
}

bool np_page_attach(np_tree *tree, const np_buf *set_in)
{
    np_page *page = np_arena_alloc(&tree->arena, sizeof *page);
    if (page == NULL)
        return false;
    memset(page, 0, sizeof *page);
    if (!keep_set_in(&tree->arena, page, set_in))
        return false;
    page_builder pb = {&tree->arena, page, false};
    /* furniture stands on the page or in an article, never deeper */
    for (const np_node *n = tree->doc.first_child; n != NULL && !pb.nomem; n = n->next) {
        if (n->type == NP_NODE_FURNITURE)
            read_furniture(&pb, n);
        for (const np_node *c = n->first_child; c != NULL && !pb.nomem; c = c->next)
            if (c->type == NP_NODE_FURNITURE)
                read_furniture(&pb, c);
    }
    if (pb.nomem)
        return false;
    tree->page = page;
    return true;
}

/* Replace *s with a copy in arena; false when memory ran out (NULL
 * stays NULL). */
static bool dup_str(np_arena *arena, const char **s)
{
    if (*s == NULL)
        return true;
    *s = np_arena_strndup(arena, *s, strlen(*s));
    return *s != NULL;
}

np_page *np_page_copy(np_arena *arena, const np_page *page)
{
    np_page *c = np_arena_alloc(arena, sizeof *c);
    if (c == NULL)
        return NULL;
    *c = *page;
    c->set_in = NULL; /* the page's tree holds them; an issue asks its pages */
    c->set_in_bytes = 0;
    const char **strs[] = {&c->paper, &c->date, &c->weekday, &c->label, &c->name};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
        if (!dup_str(arena, strs[i]))
            return NULL;
    }
    c->editors = page->editor_count ? np_arena_alloc(arena, page->editor_count * sizeof *c->editors) : NULL;
    if (page->editor_count && c->editors == NULL)
        return NULL;
    for (size_t i = 0; i < page->editor_count; i++) {
        np_page_editor *e = &c->editors[i];
        *e = page->editors[i];
        e->names = np_arena_alloc(arena, e->count * sizeof *e->names);
        if (e->names == NULL || !dup_str(arena, &e->role))
            return NULL;
        for (size_t j = 0; j < e->count; j++) {
            e->names[j] = page->editors[i].names[j];
            if (!dup_str(arena, &e->names[j]))
                return NULL;
        }
    }
    return c;
}

bool np_page_has_values(const np_page *p)
{
    return p != NULL && (p->paper || p->date || p->weekday || p->number || p->name || p->editor_count);
}

const char *np_page_number_text(const np_page *page, char *buf)
{
    buf[0] = '\0';
    if (page->label != NULL)
        return page->label;
    if (page->number == 0)
        return buf;
    /* 第 + at most five digits + 版 */
    char digits[8];
    size_t n = 0;
    for (unsigned v = page->number; v > 0 && n < sizeof digits; v /= 10)
        digits[n++] = (char)('0' + v % 10);
    size_t w = 0;
    memcpy(buf, "第", 3);
    w += 3;
    while (n > 0)
        buf[w++] = digits[--n];
    memcpy(buf + w, "版", 4);
    return buf;
}

/* Append s and a separator before it when out already holds text of this
 * line (from `line_start`). */
static bool add_part(np_buf *out, size_t line_start, const char *sep, const char *s)
{
    if (s == NULL || s[0] == '\0')
        return true;
    return (out->len == line_start || np_buf_append_str(out, sep)) && np_buf_append_str(out, s);
}

bool np_page_heading(const np_page *page, np_buf *out)
{
    char number[NP_PAGE_NUMBER_TEXT_BYTES];
    size_t start = out->len;
    const char *parts[] = {page->paper, page->date, page->weekday, np_page_number_text(page, number), page->name};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        if (!add_part(out, start, "  ", parts[i]))
            return false;
    return true;
}

bool np_page_editors(const np_page *page, np_buf *out)
{
    size_t start = out->len;
    for (size_t i = 0; i < page->editor_count; i++) {
        const np_page_editor *e = &page->editors[i];
        if (!add_part(out, start, "  ", e->role) || !np_buf_append_str(out, "："))
            return false;
        for (size_t j = 0; j < e->count; j++)
            if ((j > 0 && !np_buf_append_char(out, ' ')) || !np_buf_append_str(out, e->names[j]))
                return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Public accessors                                                     */
/* ------------------------------------------------------------------ */

const np_page *np_document_get_page(const np_node *document)
{
    if (document == NULL || document->type != NP_NODE_DOCUMENT || document->parent != NULL)
        return NULL;
    return ((const np_tree *)document)->page;
}

const char *np_page_get_paper(const np_page *page)
{
    return page ? page->paper : NULL;
}

const char *np_page_get_date(const np_page *page)
{
    return page ? page->date : NULL;
}

const char *np_page_get_weekday(const np_page *page)
{
    return page ? page->weekday : NULL;
}

unsigned np_page_get_number(const np_page *page)
{
    return page ? page->number : 0;
}

const char *np_page_get_label(const np_page *page)
{
    return page ? page->label : NULL;
}

const char *np_page_get_name(const np_page *page)
{
    return page ? page->name : NULL;
}

size_t np_page_get_editor_count(const np_page *page)
{
    return page ? page->editor_count : 0;
}

const char *np_page_get_editor_role(const np_page *page, size_t i)
{
    return page && i < page->editor_count ? page->editors[i].role : NULL;
}

size_t np_page_get_editor_name_count(const np_page *page, size_t i)
{
    return page && i < page->editor_count ? page->editors[i].count : 0;
}

const char *np_page_get_editor_name(const np_page *page, size_t i, size_t j)
{
    if (!page || i >= page->editor_count || j >= page->editors[i].count)
        return NULL;
    return page->editors[i].names[j];
}

/* ------------------------------------------------------------------ */
/* Jump links                                                           */
/* ------------------------------------------------------------------ */

static bool is_jump(const np_node *n, np_furniture_kind kind)
{
    return n->type == NP_NODE_FURNITURE && n->kind == kind;
}

/* Whether n is article content that a jump line cannot stand after (to
 * close the article) or before (to open it). */
static bool is_body(const np_node *n)
{
    return n->type == NP_NODE_PARAGRAPH || n->type == NP_NODE_SECTION_HEAD || n->type == NP_NODE_BYLINE;
}

static np_page_ref ref_of(const np_node *jump)
{
    np_page_ref ref;
    if (!np_page_ref_read(jump->source, jump->source_len, &ref))
        memset(&ref, 0, sizeof ref);
    return ref;
}

np_page_ref np_article_get_continues_to(const np_node *article)
{
    np_page_ref none = {0, ""};
    if (article == NULL || article->type != NP_NODE_ARTICLE)
        return none;
    /* the jump line closes the text: only figures and furniture after it */
    for (const np_node *c = article->last_child; c != NULL && !is_body(c); c = c->prev)
        if (is_jump(c, NP_FURNITURE_JUMP_TO))
            return ref_of(c);
    return none;
}

np_page_ref np_article_get_continued_from(const np_node *article)
{
    np_page_ref none = {0, ""};
    if (article == NULL || article->type != NP_NODE_ARTICLE)
        return none;
    /* under a repeated headline, or standing right before the article */
    for (const np_node *c = article->first_child; c != NULL && !is_body(c); c = c->next)
        if (is_jump(c, NP_FURNITURE_JUMP_FROM))
            return ref_of(c);
    /* standing right before it: the emitter gave the article its page
     * (also in event mode, where that line is gone by now) */
    return article->source_len > 0 ? ref_of(article) : none;
}
