/*
 * test_internal_names.c - unit tests of internal functions (lib/names.h,
 * lib/credit.h, lib/furniture.h): personal names, byline scanning, credit
 * parsing and page furniture, one string at a time.  These go below the
 * public API; when the internal interface changes, update this file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "credit.h"
#include "furniture.h"
#include "names.h"
#include "nptest.h"

static int person(const char *s)
{
    return np_is_person_name(s, strlen(s));
}

static void test_person_names(void **state)
{
    (void)state;
    assert_true(person("沈超"));
    assert_true(person("章任艳"));
    assert_true(person("欧阳晓芸"));
    assert_true(person("司马瑞"));
    assert_true(person("上官文静"));
    assert_true(person("诸葛宁"));
    assert_true(person("买买提·艾力"));
    assert_false(person("本报记者"));
    assert_false(person("通讯员"));
    assert_false(person("保险业务"));
    assert_false(person("提供"));
    assert_false(person("abc"));
    assert_false(person(""));
}

static void test_surname_len(void **state)
{
    (void)state;
    assert_int_equal(np_surname_len("欧阳晓芸", strlen("欧阳晓芸")), strlen("欧阳"));
    assert_int_equal(np_surname_len("司马瑞", strlen("司马瑞")), strlen("司马"));
    assert_int_equal(np_surname_len("上官文静", strlen("上官文静")), strlen("上官"));
    assert_int_equal(np_surname_len("陈力", strlen("陈力")), strlen("陈"));
    assert_int_equal(np_surname_len("的确", strlen("的确")), 0);
    /* every compound surname, first and last of the sorted table included,
     * whatever order they are written in here */
    static const char *const compound[] = {
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
        "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "澹台", "公冶", "太史", "申屠",
        "端木", "西门", "南宫", "独孤", "百里", "呼延", "万俟", "闻人", "赫连", "濮阳",
        "淳于", "单于", "拓跋", "第五", "东郭", "司空", "左丘", "子车", "羊舌", "微生",
        "梁丘", "宗政", "漆雕", "乐正", "公良", "谷梁", "段干", "巫马", "仲孙", "颛孙",
        "鲜于", "闾丘", "完颜", "司寇", "公羊",
    };
    for (size_t i = 0; i < sizeof compound / sizeof *compound; i++) {
        char name[16];
        snprintf(name, sizeof name, "%s明", compound[i]);
        assert_int_equal(np_surname_len(name, strlen(name)), 6);
        assert_true(person(name));
    }
}

/* The names of s as "a,b,c" with the role and other counts. */
static const char *scan(const char *s, size_t *roles, size_t *others)
{
    static char buf[512];
    np_names n;
    np_scan_names(s, strlen(s), &n);
    buf[0] = '\0';
    for (size_t i = 0; i < n.count; i++) {
        char name[64];
        np_name_copy(s, &n.names[i], name, sizeof name);
        if (i)
            strcat(buf, ",");
        strcat(buf, name);
    }
    if (roles)
        *roles = n.roles;
    if (others)
        *others = n.others;
    return buf;
}

static void test_scan_names(void **state)
{
    (void)state;
    /* filing notes (where or how the story was filed) are no names */
    assert_string_equal(scan("记者 刘 帅 济南报道", NULL, NULL), "刘帅");
    assert_string_equal(scan("本报记者 郑 颖 综合报道", NULL, NULL), "郑颖");
    assert_string_equal(scan("记者 陈家明／纽约报道", NULL, NULL), "陈家明");
    assert_string_equal(scan("本报特约记者 戴 维 发自伦敦", NULL, NULL), "戴维");
    /* the employer before the first role word is no name */
    size_t employer_others = 9;
    assert_string_equal(scan("齐鲁晚报·齐鲁壹点 记者 王 媛 通讯员 邵 亭", NULL, &employer_others), "王媛,邵亭");
    assert_int_equal(employer_others, 0);
    assert_string_equal(scan("齐鲁晚报·齐鲁壹点记者 王 媛", NULL, NULL), "王媛");
    /* every role word, each found by its first letter */
    static const char *const role_words[] = {"特约记者", "见习记者", "记者", "通讯员", "实习生", "评论员",
                                             "撰稿人", "撰稿", "撰文", "采写", "摄影", "摄像",
                                             "编译", "整理", "制图", "供稿", "执笔"};
    for (size_t i = 0; i < sizeof role_words / sizeof *role_words; i++) {
        char line[64];
        size_t roles = 0;
        snprintf(line, sizeof line, "%s 张三", role_words[i]);
        assert_string_equal(scan(line, &roles, NULL), "张三");
        assert_int_equal(roles, 1);
    }
    /* a line, its names, and its role and other counts (-1: not checked) */
    static const struct {
        const char *line, *names;
        int roles, others;
    } lines[] = {
        {"沈超 章任艳", "沈超,章任艳", 0, 0},
        {"陈 力 王文平", "陈力,王文平", -1, 0},
        {"沈 超 章任艳", "沈超,章任艳", -1, -1},
        {"本报记者 张立新 通讯员 李晓梅", "张立新,李晓梅", 2, 0},
        {"本报记者  周  峰", "周峰", 1, -1},
        {"文/林佳慧 图/潘骁", "林佳慧,潘骁", 2, -1},
        {"本报记者\xE3\x80\x80刘晓燕\xE3\x80\x80郑\xE3\x80\x80涛", "刘晓燕,郑涛", -1, -1},
        {"韦晓林、卢思远、黎明川", "韦晓林,卢思远,黎明川", -1, -1},
        {"本报记者 司马瑞 上官文静", "司马瑞,上官文静", -1, -1},
        /* what each did, after the names (郑州日报 2009-03-04): roles */
        {"本报记者 张冯焱 文 许大桥 图", "张冯焱,许大桥", 3, 0},
        {"郑州全媒体新闻中心记者 裴 蕾 文 廖 谦 图", "裴蕾,廖谦", 3, 0},
        /* ... but only right after a name: 陈 文 is one padded name */
        {"记者 陈 文", "陈文", 1, 0},
        /* a paper and its site before the role (工人日报 2025-03-24) */
        {"工人日报-中工网记者 刘兵", "刘兵", 1, 0},
    };
    size_t roles, others;
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        assert_string_equal(scan(lines[i].line, &roles, &others), lines[i].names);
        if (lines[i].roles >= 0)
            assert_int_equal(roles, (size_t)lines[i].roles);
        if (lines[i].others >= 0)
            assert_int_equal(others, (size_t)lines[i].others);
    }
    /* a sentence is not a byline */
    scan("保险业是经济活动的一部分", NULL, &others);
    assert_true(others > 0);
}

typedef struct credit_case {
    const char *s;
    np_credit_kind kind;
    const char *text;   /* [start, end) */
    const char *source; /* provided/data: [src_start, src_end); photographer: the people joined by 、 */
    int page;
} credit_case;

static const credit_case cases[] = {
    {"张立新 摄", NP_CREDIT_PHOTOGRAPHER, "张立新 摄", "张立新", 0},
    {"钱  刚摄（影像中国）", NP_CREDIT_PHOTOGRAPHER, "钱  刚摄（影像中国）", "钱刚", 0},
    {"本报记者 钱雨晴 通讯员 秦文轩 摄", NP_CREDIT_PHOTOGRAPHER, "本报记者 钱雨晴 通讯员 秦文轩 摄", "钱雨晴、秦文轩", 0},
    {"本报记者 林  海 摄影报道", NP_CREDIT_PHOTOGRAPHER, "本报记者 林  海 摄影报道", "林海", 0},
    {"（周晓川/摄）", NP_CREDIT_PHOTOGRAPHER, "周晓川/摄", "周晓川", 0},
    {"(图片由富阳区富春街道提供)", NP_CREDIT_PROVIDED, "图片由富阳区富春街道提供", "富阳区富春街道", 0},
    {"本版图片由中国人寿金华分公司提供", NP_CREDIT_PROVIDED, "本版图片由中国人寿金华分公司提供", "中国人寿金华分公司", 1},
    {"桐乡市委宣传部供图", NP_CREDIT_PROVIDED, "桐乡市委宣传部供图", "桐乡市委宣传部", 0},
    {"新华社发（资料图片）", NP_CREDIT_PROVIDED, "新华社发（资料图片）", "新华社", 0},
    {"数据来源：海关总署", NP_CREDIT_DATA, "数据来源：海关总署", "海关总署", 0},
};

static void credit_source(const char *s, const np_credit *c, char *dst, size_t cap)
{
    dst[0] = '\0';
    if (c->kind == NP_CREDIT_PHOTOGRAPHER) {
        for (size_t i = 0; i < c->people.count; i++) {
            char name[64];
            np_name_copy(s, &c->people.names[i], name, sizeof name);
            if (i)
                strncat(dst, "、", cap - strlen(dst) - 1);
            strncat(dst, name, cap - strlen(dst) - 1);
        }
    } else {
        snprintf(dst, cap, "%.*s", (int)(c->src_end - c->src_start), s + c->src_start);
    }
}

static void test_credit_parse(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const credit_case *k = &cases[i];
        np_credit c;
        memset(&c, 0, sizeof c);
        if (!np_credit_parse(k->s, strlen(k->s), &c))
            fail_msg("\"%s\" is not parsed as a credit", k->s);
        assert_int_equal(c.kind, k->kind);
        char text[256], src[256];
        snprintf(text, sizeof text, "%.*s", (int)(c.end - c.start), k->s + c.start);
        assert_string_equal(text, k->text);
        credit_source(k->s, &c, src, sizeof src);
        assert_string_equal(src, k->source);
        assert_int_equal(c.page, k->page);
    }
    np_credit c;
    static const char *const not_credits[] = {"保险业是经济活动的一部分，更在社会治理中发挥着重要作用。",
                                              "多举措助力“看病不愁”", "■ 沈超 章任艳"};
    for (size_t i = 0; i < 3; i++)
        assert_false(np_credit_parse(not_credits[i], strlen(not_credits[i]), &c));
}

static void test_credit_split_tail(void **state)
{
    (void)state;
    static const struct {
        const char *s, *caption, *credit;
        np_credit_kind kind;
    } tails[] = {
        {"人保财险工作人员向企业负责人讲解保单内容 陈林美 摄", "人保财险工作人员向企业负责人讲解保单内容", "陈林美 摄",
         NP_CREDIT_PHOTOGRAPHER},
        {"8月3日，市民在公园内打篮球。视觉中国供图", "8月3日，市民在公园内打篮球。", "视觉中国供图",
         NP_CREDIT_PROVIDED},
        {"社区志愿者为老人测量血压。(图片由富阳区富春街道提供)", "社区志愿者为老人测量血压。", "图片由富阳区富春街道提供",
         NP_CREDIT_PROVIDED},
        {"山阴城隍庙会 图片由府山街道提供", "山阴城隍庙会", "图片由府山街道提供", NP_CREDIT_PROVIDED},
    };
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        size_t cut = 0;
        np_credit c;
        memset(&c, 0, sizeof c);
        const char *s = tails[i].s;
        if (!np_credit_split_tail(s, strlen(s), &cut, &c))
            fail_msg("no credit found at the end of \"%s\"", s);
        char cap[256], text[256];
        size_t e = cut;
        while (e > 0 && s[e - 1] == ' ')
            e--;
        snprintf(cap, sizeof cap, "%.*s", (int)e, s);
        snprintf(text, sizeof text, "%.*s", (int)(c.end - c.start), s + c.start);
        assert_string_equal(cap, tails[i].caption);
        assert_string_equal(text, tails[i].credit);
        assert_int_equal(c.kind, tails[i].kind);
    }
    size_t cut;
    np_credit c;
    static const char plain[] = "富春街道江滨段";
    assert_false(np_credit_split_tail(plain, strlen(plain), &cut, &c));
}

static np_furniture_kind furn(const char *s)
{
    size_t a, b;
    return np_furniture_classify(s, strlen(s), np_utf8_count(s, strlen(s)), &a, &b);
}

static void test_furniture_classify(void **state)
{
    (void)state;
    assert_int_equal(furn("要闻"), NP_FURNITURE_PAGE_NAME);
    assert_int_equal(furn("2024年6月3日 星期一"), NP_FURNITURE_DATE);
    assert_int_equal(furn("3"), NP_FURNITURE_PAGE_NUMBER);
    assert_int_equal(furn("A01"), NP_FURNITURE_PAGE_NUMBER);
    assert_int_equal(furn("责任编辑 贺  凯"), NP_FURNITURE_EDITOR);
    assert_int_equal(furn("本版责编：陈  曦"), NP_FURNITURE_EDITOR);
    assert_int_equal(furn("美术编辑：孙瑞萍"), NP_FURNITURE_EDITOR);
    assert_int_equal(furn("——编  者"), NP_FURNITURE_SIGNATURE);
    size_t a = 0, b = 0;
    static const char j[] = "（下转第二版）";
    assert_int_equal(np_furniture_classify(j, strlen(j), np_utf8_count(j, strlen(j)), &a, &b), NP_FURNITURE_JUMP_TO);
    assert_true(b > a);
    assert_memory_equal(j + a, "第二版", b - a);
    assert_int_equal(b - a, strlen("第二版"));
    static const char k[] = "（上接第三版）";
    assert_int_equal(np_furniture_classify(k, strlen(k), np_utf8_count(k, strlen(k)), &a, &b), NP_FURNITURE_JUMP_FROM);
    assert_memory_equal(k + a, "第三版", strlen("第三版"));
    assert_int_equal(furn("金华保险业多措并举助力市域治理现代化"), NP_FURNITURE_NONE);
    assert_int_equal(furn("保险业是经济活动的一部分，更在社会治理中发挥着重要作用。"), NP_FURNITURE_NONE);
    assert_int_equal(furn("沈超 章任艳"), NP_FURNITURE_NONE);
}

/* Every word list is searched by binary search: each must be sorted by
 * bytes without repeats, and each word must be found where it is used. */
static void check_sorted(const np_words *w, const char *what)
{
    assert_true(w->count > 0);
    for (size_t i = 1; i < w->count; i++)
        if (strcmp(w->words[i - 1], w->words[i]) >= 0)
            fail_msg("%s out of order at %s", what, w->words[i]);
}

static void test_word_lists(void **state)
{
    (void)state;
    check_sorted(&np_page_names, "page names");
    check_sorted(&np_editor_titles, "editors' titles");
    check_sorted(&np_role_words, "role words");
    check_sorted(&np_role_prefixes, "role prefixes");
    check_sorted(&np_agencies, "agencies");
    check_sorted(&np_credit_verbs, "credit verbs");
    char line[128];
    for (size_t i = 0; i < np_page_names.count; i++) {
        const char *name = np_page_names.words[i];
        if (furn(name) != NP_FURNITURE_PAGE_NAME)
            fail_msg("page name %s not found", name);
        /* and spaced out to fill its box: 金  融 */
        size_t w = 0;
        for (size_t k = 0; name[k] != '\0'; k++) {
            line[w++] = name[k];
            if (((unsigned char)name[k + 1] & 0xC0) != 0x80 && name[k + 1] != '\0') {
                line[w++] = ' ';
                line[w++] = ' ';
            }
        }
        line[w] = '\0';
        if (furn(line) != NP_FURNITURE_PAGE_NAME)
            fail_msg("spaced page name %s not found", line);
    }
    for (size_t i = 0; i < np_editor_titles.count; i++) {
        snprintf(line, sizeof line, "%s：张三", np_editor_titles.words[i]);
        if (furn(line) != NP_FURNITURE_EDITOR)
            fail_msg("editor line %s not found", line);
    }
    /* the longest title decides: 版式 alone would run on into 设计 */
    assert_int_equal(furn("版式设计：张三"), NP_FURNITURE_EDITOR);
    /* the byline scan looks for a role prefix only in tokens with a slash
     * or a colon */
    for (size_t i = 0; i < np_role_prefixes.count; i++) {
        const char *w = np_role_prefixes.words[i];
        if (!strchr(w, '/') && !strstr(w, "／") && !strchr(w, ':') && !strstr(w, "："))
            fail_msg("role prefix %s holds no slash or colon", w);
    }
    /* a role word after the employer, a role prefix glued to the name */
    const struct {
        const np_words *list;
        const char *format;
    } roles[] = {{&np_role_words, "本报%s 张三"}, {&np_role_prefixes, "%s张三"}};
    for (size_t r = 0; r < sizeof roles / sizeof *roles; r++) {
        for (size_t i = 0; i < roles[r].list->count; i++) {
            snprintf(line, sizeof line, roles[r].format, roles[r].list->words[i]);
            np_names n;
            np_scan_names(line, strlen(line), &n);
            if (n.roles != 1 || n.count != 1)
                fail_msg("%s: roles %zu, names %zu", line, n.roles, n.count);
        }
    }
}

/* The cheap first-letter test for role words answers as the list does,
 * for every character of the Basic Multilingual Plane. */
static void test_role_initials(void **state)
{
    (void)state;
    size_t initials = 0;
    for (nt_char ch = nt_char_at(0x80); ch.c <= 0xFFFF; ch = nt_char_after(ch)) {
        bool want = np_words_initial(&np_role_words, ch.utf8, ch.len);
        if (np_is_role_initial(ch.c) != want)
            fail_msg("U+%04X: role initial %d, list %d", (unsigned)ch.c, !want, want);
        initials += want;
    }
    /* 14 in simplified letters, 9 more in traditional (執 實 採 攝 編 製 見 記 評) */
    assert_int_equal(initials, 24);
}

/* Each photo agency glued to a caption starts its credit. */
static void test_credit_agencies(void **state)
{
    (void)state;
    static const char caption[] = "市民在公园里赏花";
    char line[128];
    for (size_t i = 0; i < np_agencies.count; i++) {
        const char *agency = np_agencies.words[i];
        snprintf(line, sizeof line, "%s%s供图", caption, agency);
        size_t cut = 0;
        np_credit c;
        /* at the agency (IC photo: at its last word, after the space) */
        if (!np_credit_split_tail(line, strlen(line), &cut, &c) || cut < strlen(caption) ||
            cut >= strlen(caption) + strlen(agency))
            fail_msg("%s: no credit cut at the agency", line);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_names),
        cmocka_unit_test(test_surname_len),
        cmocka_unit_test(test_scan_names),
        cmocka_unit_test(test_credit_parse),
        cmocka_unit_test(test_credit_split_tail),
        cmocka_unit_test(test_furniture_classify),
        cmocka_unit_test(test_word_lists),
        cmocka_unit_test(test_role_initials),
        cmocka_unit_test(test_credit_agencies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
