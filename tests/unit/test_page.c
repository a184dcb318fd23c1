/*
 * test_page.c - the page record and the jump links: every date and
 * page-number form, editor lines (real furniture strings from the
 * expected trees' ignore lists of tests/pages*), and values never
 * invented where none is printed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsparse.h"
#include "nptest.h"
#include "page.h"

#define ART "千台农机战麦海 颗粒归仓保丰收\n\n本报记者 郝雪松 通讯员 申立华\n\n" \
            "6月2日清晨，豫东平原薄雾初散，周口市商水县张庄乡的麦田里，十余台联合收割机一字排开。\n"

static void date_is(const char *printed, const char *iso)
{
    char got[11];
    bool ok = np_page_date_read(printed, strlen(printed), got);
    if (iso == NULL) {
        assert_false(ok);
    } else {
        assert_true(ok);
        assert_string_equal(got, iso);
    }
}

static void test_dates(void **state)
{
    (void)state;
    date_is("2025年3月5日", "2025-03-05");
    date_is("2025-03-05", "2025-03-05");
    date_is("2025.3.5", "2025-03-05");
    date_is("2026.6.12", "2026-06-12");
    date_is("2025/3/5", "2025-03-05");
    date_is("２０２６年２月４日", "2026-02-04");
    date_is("二〇二四年十二月三十一日", "2024-12-31");
    date_is("2024年6月3号", "2024-06-03");
    date_is("2024年2月29日", "2024-02-29");
    /* no year printed, or no such day: no ISO date */
    date_is("6月3日", NULL);
    date_is("2023年2月29日", NULL);
    date_is("2024年13月1日", NULL);
    date_is("2024-06.03", NULL);
    date_is("农历甲辰年四月廿七", NULL);
}

static void ref_is(const char *printed, unsigned number, const char *label)
{
    np_page_ref ref;
    bool ok = np_page_ref_read(printed, strlen(printed), &ref);
    assert_int_equal(ok, number != 0);
    assert_int_equal(ref.number, number);
    assert_string_equal(ref.label, label);
}

static void test_page_numbers(void **state)
{
    (void)state;
    ref_is("17", 17, "");
    ref_is("A03", 3, "A03");
    ref_is("A4", 4, "A4");
    ref_is("04", 4, "04");
    ref_is("A005", 5, "A005");
    ref_is("第3版", 3, "");
    ref_is("第03版", 3, "03");
    ref_is("第 3 版", 3, "");
    ref_is("3版", 3, "");
    ref_is("A05版", 5, "A05");
    ref_is("第三版", 3, "");
    ref_is("第十五版", 15, "");
    ref_is("第二十版", 20, "");
    ref_is("第二十一版", 21, "");
    ref_is("第一百零五版", 105, "");
    ref_is("-3-", 3, "");
    ref_is("０４", 4, "04");
    ref_is("第0版", 0, "");
    ref_is("第3七版", 0, "");
}

/* The record of a page made of head lines and one article. */
static np_node *parse_page(const char *head, const char *foot)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s\n\n" ART "\n%s\n", head, foot);
    return nt_parse(buf);
}

static void test_head_lines(void **state)
{
    (void)state;
    /* tests/pages/p09 */
    np_node *doc = parse_page("人民日报\n\n2024年6月3日 星期一\n\n第1版\n\n要闻", "本版责编：张  洁  吴  凯  王昊男");
    const np_page *pg = np_document_get_page(doc);
    assert_non_null(pg);
    assert_string_equal(np_page_get_paper(pg), "人民日报");
    assert_string_equal(np_page_get_date(pg), "2024-06-03");
    assert_string_equal(np_page_get_weekday(pg), "星期一");
    assert_int_equal(np_page_get_number(pg), 1);
    assert_null(np_page_get_label(pg));
    assert_string_equal(np_page_get_name(pg), "要闻");
    np_document_free(doc);
    /* tests/pages/p15: page name spaced out, paper, date and weekday on one line */
    doc = parse_page("7\n\n金  融\n\n经济日报  2024年7月16日  星期二", "");
    pg = np_document_get_page(doc);
    assert_string_equal(np_page_get_paper(pg), "经济日报");
    assert_string_equal(np_page_get_date(pg), "2024-07-16");
    assert_string_equal(np_page_get_name(pg), "金融");
    assert_int_equal(np_page_get_number(pg), 7);
    np_document_free(doc);
    /* tests/pages/p33: the page named after its number */
    doc = parse_page("中国纪检监察报\n\n2024年11月14日 星期四\n\n第03版：监督执纪", "");
    pg = np_document_get_page(doc);
    assert_int_equal(np_page_get_number(pg), 3);
    assert_string_equal(np_page_get_label(pg), "03");
    assert_string_equal(np_page_get_name(pg), "监督执纪");
    np_document_free(doc);
    /* tests/pages/p50: label with a letter */
    doc = parse_page("海南日报\n\n2025年8月12日  星期二\n\nA03\n\n综合", "");
    pg = np_document_get_page(doc);
    assert_int_equal(np_page_get_number(pg), 3);
    assert_string_equal(np_page_get_label(pg), "A03");
    np_document_free(doc);
    /* tests/pages-real/b4/r17: a page name and its part after a middle
     * dot, on the line of the number */
    doc = parse_page("扬子晚报\n\n2017年8月29日 星期二\n\nA4  城市·南京", "");
    pg = np_document_get_page(doc);
    assert_int_equal(np_page_get_number(pg), 4);
    assert_string_equal(np_page_get_label(pg), "A4");
    assert_string_equal(np_page_get_name(pg), "城市·南京");
    assert_int_equal(nt_count(doc, NP_NODE_KICKER) + nt_count(doc, NP_NODE_HEADLINE), 1);
    np_document_free(doc);
    /* tests/pages-real/b74/r366: a place and, after its middle dot, the
     * kind of page, right after the number */
    doc = parse_page("邵阳日报\n2024年7月26日 星期五\n第4版 宝庆·副刊", "");
    pg = np_document_get_page(doc);
    assert_int_equal(np_page_get_number(pg), 4);
    assert_string_equal(np_page_get_name(pg), "宝庆·副刊");
    assert_int_equal(nt_count(doc, NP_NODE_KICKER) + nt_count(doc, NP_NODE_HEADLINE), 1);
    np_document_free(doc);
    /* tests/pages-real/b88/r432: a monthly's year and month, no day: page
     * furniture, and no date in the record (the day is not known) */
    doc = parse_page("新報人\n\n2021年6月\n港聞", "");
    pg = np_document_get_page(doc);
    assert_null(np_page_get_date(pg));
    assert_string_equal(np_page_get_name(pg), "港聞");
    assert_int_equal(nt_count(doc, NP_NODE_KICKER) + nt_count(doc, NP_NODE_HEADLINE), 1);
    np_document_free(doc);
    /* tests/pages-real/b86/r425: Macau's P before the page's number */
    doc = parse_page("新華澳報\n2019年4月30日 星期二\nP03", "");
    pg = np_document_get_page(doc);
    assert_int_equal(np_page_get_number(pg), 3);
    assert_string_equal(np_page_get_label(pg), "P03");
    assert_int_equal(nt_count(doc, NP_NODE_KICKER) + nt_count(doc, NP_NODE_HEADLINE), 1);
    np_document_free(doc);
    /* tests/pages-real/b55/r270: the page's name last on the line, after
     * the paper's name, the date and the weekday */
    doc = parse_page("人民铁道  2015年10月28日  星期三  一线风采", "");
    pg = np_document_get_page(doc);
    assert_string_equal(np_page_get_date(pg), "2015-10-28");
    assert_string_equal(np_page_get_name(pg), "一线风采");
    np_document_free(doc);
    /* tests/pages-real/b70/r343: the number since the first after
     * the date */
    doc = parse_page("清徐报\nA1 要闻\n2013年2月6日 星期三  总第2472期", "");
    pg = np_document_get_page(doc);
    assert_string_equal(np_page_get_date(pg), "2013-02-06");
    assert_int_equal(np_page_get_number(pg), 1);
    np_document_free(doc);
    /* a dotted series name alone is a kicker's, not the page's */
    doc = nt_parse("乡村振兴·读者来信\n\n" ART);
    assert_null(np_page_get_name(np_document_get_page(doc)));
    np_document_free(doc);
    /* tests/issues/i01/p03: full-width digits, no weekday */
    doc = parse_page("人民日报\n\n２０２６年２月４日\n\n第5版\n\n评论", "");
    pg = np_document_get_page(doc);
    assert_string_equal(np_page_get_date(pg), "2026-02-04");
    assert_null(np_page_get_weekday(pg));
    np_document_free(doc);
}

/* Nothing printed, nothing recorded. */
static void test_nothing_invented(void **state)
{
    (void)state;
    np_node *doc = nt_parse(ART);
    const np_page *pg = np_document_get_page(doc);
    assert_non_null(pg);
    assert_null(np_page_get_paper(pg));
    assert_null(np_page_get_date(pg));
    assert_null(np_page_get_weekday(pg));
    assert_int_equal(np_page_get_number(pg), 0);
    assert_null(np_page_get_label(pg));
    assert_null(np_page_get_name(pg));
    assert_int_equal(np_page_get_editor_count(pg), 0);
    assert_null(np_page_get_editor_role(pg, 0));
    char *json = nt_json(doc, NULL);
    assert_null(strstr(json, "\"page\""));
    np_free(json);
    np_document_free(doc);
    /* 6月3日 has no year: the weekday is printed, the date is not told */
    doc = parse_page("要闻\n\n6月3日 星期一\n\n1", "");
    pg = np_document_get_page(doc);
    assert_null(np_page_get_date(pg));
    assert_string_equal(np_page_get_weekday(pg), "星期一");
    np_document_free(doc);
    assert_null(np_document_get_page(NULL));
}

/* "role|name,name;" for every editor entry. */
static const char *editors_of(const char *line)
{
    static char buf[1024];
    np_node *doc = parse_page("要闻", line);
    const np_page *pg = np_document_get_page(doc);
    buf[0] = '\0';
    for (size_t i = 0; i < np_page_get_editor_count(pg); i++) {
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "%s|", np_page_get_editor_role(pg, i));
        for (size_t j = 0; j < np_page_get_editor_name_count(pg, i); j++) {
            l = strlen(buf);
            snprintf(buf + l, sizeof buf - l, "%s%s", j ? "," : "", np_page_get_editor_name(pg, i, j));
        }
        l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, ";");
    }
    np_document_free(doc);
    return buf;
}

static void test_editor_lines(void **state)
{
    (void)state;
    assert_string_equal(editors_of("本版责编：张  洁  吴  凯  王昊男"), "本版责编|张洁,吴凯,王昊男;");
    assert_string_equal(editors_of("本版编辑：孟 越  美编：白 杨  校对：马 遥"),
                        "本版编辑|孟越;美编|白杨;校对|马遥;");
    assert_string_equal(editors_of("责任编辑 贺  凯"), "责任编辑|贺凯;");
    assert_string_equal(editors_of("（责任编辑：蒋  璐）"), "责任编辑|蒋璐;");
    assert_string_equal(editors_of("本版责任编辑：郝 倩  版式设计：齐 悦"), "本版责任编辑|郝倩;版式设计|齐悦;");
    assert_string_equal(editors_of("本版编辑：王 欣  版式设计：阿依夏木·热合曼"),
                        "本版编辑|王欣;版式设计|阿依夏木·热合曼;");
    /* the desk's telephone and e-mail name no editor */
    assert_string_equal(editors_of("本版编辑：林 清  美编：王子萱  电话：010-58392174  电子信箱：jjrbjr@126.com"),
                        "本版编辑|林清;美编|王子萱;");
    assert_string_equal(editors_of("责任编辑：司马天  校对：马  帅"), "责任编辑|司马天;校对|马帅;");
    /* tests/pages-real/b10/r43: an issue's editor */
    assert_string_equal(editors_of("本期统筹：郭雪岩"), "本期统筹|郭雪岩;");
    /* tests/pages-real/b60/r293: the night desk, and a label outside the
     * titles ends the names before it */
    assert_string_equal(editors_of("总值班:万星 值班主任:徐晓兵 陈德龙 首席编辑:安冬蓓 美编:焦翔 校对:岳伟 本报常年法律顾问:倪得宾 孙恺远"),
                        "总值班|万星;值班主任|徐晓兵,陈德龙;首席编辑|安冬蓓;美编|焦翔;校对|岳伟;");
}

static void test_jump_links(void **state)
{
    (void)state;
    /* tests/pages/p11: 第十五版; p03: continued from 第一版 */
    np_node *doc = nt_parse(ART "\n（下转第十五版）\n");
    const np_node *art = nt_find(doc, NP_NODE_ARTICLE, 0);
    assert_int_equal(np_article_get_continues_to(art).number, 15);
    assert_string_equal(np_article_get_continues_to(art).label, "");
    assert_int_equal(np_article_get_continued_from(art).number, 0);
    np_document_free(doc);
    doc = nt_parse("2\n\n要闻\n\n（上接A01版）\n\n化遗产保护利用的有效路径。近年来，山西实施古建筑保护利用“文明守望工程”。\n");
    art = nt_find(doc, NP_NODE_ARTICLE, 0);
    assert_int_equal(np_article_get_continued_from(art).number, 1);
    assert_string_equal(np_article_get_continued_from(art).label, "A01");
    char *json = nt_json(doc, NULL);
    assert_non_null(strstr(json, "\"continued_from\": {\n"));
    np_free(json);
    np_document_free(doc);
    doc = nt_parse("（上接1版）\n\n化遗产保护利用的有效路径。近年来，山西实施古建筑保护利用“文明守望工程”。\n");
    assert_int_equal(np_article_get_continued_from(nt_find(doc, NP_NODE_ARTICLE, 0)).number, 1);
    np_document_free(doc);
    assert_int_equal(np_article_get_continues_to(NULL).number, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates),           cmocka_unit_test(test_page_numbers),
        cmocka_unit_test(test_head_lines),      cmocka_unit_test(test_nothing_invented),
        cmocka_unit_test(test_editor_lines),    cmocka_unit_test(test_jump_links),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
