/*
 * test_furniture.c - page furniture is not article content: page names,
 * dates, page numbers, editor lines, jump lines and an editor's-note
 * signature; an article continued from another page has no titles; photo
 * news after a jump line or before any article belongs to the page.
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

#define ART "千台农机战麦海 颗粒归仓保丰收\n\n本报记者 郝雪松 通讯员 申立华\n\n" \
            "6月2日清晨，豫东平原薄雾初散，周口市商水县张庄乡的麦田里，十余台联合收割机一字排开。\n"

/* The furniture nodes of doc as "kind:text|source;" in document order. */
static char *furniture_list(const np_node *doc)
{
    static char buf[4096];
    buf[0] = '\0';
    np_iter it;
    np_iter_init(&it, doc);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE) {
        const np_node *n = np_iter_get_node(&it);
        if (ev != NP_EVENT_ENTER || np_node_get_type(n) != NP_NODE_FURNITURE)
            continue;
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "%s@%zu:%s|%s;", np_furniture_kind_name(np_node_get_furniture_kind(n)),
                 np_node_get_line(n), np_node_get_text(n), np_node_get_source(n));
    }
    return buf;
}

static void test_page_head(void **state)
{
    (void)state;
    static const char s[] = "要闻\n\n2024年6月3日 星期一\n\n1\n\n" ART;
    np_node *doc = nt_parse(s);
    assert_string_equal(furniture_list(doc), "page_name@1:要闻|;date@3:2024年6月3日 星期一|;page_number@5:1|;");
    char *o = nt_outline_content(doc);
    assert_string_equal(o, "article 7\n"
                           "  headline 7 千台农机战麦海 颗粒归仓保丰收\n"
                           "  byline 9 本报记者 郝雪松 通讯员 申立华\n"
                           "    author 郝雪松\n"
                           "    author 申立华\n"
                           "  paragraph 11 6月2日清晨，豫东平原薄雾初散，周口市商水县张庄乡的麦田里，十余台联合收割机一字排开。\n");
    free(o);
    np_document_free(doc);
}

/* An English rendering beside the page name (in capitals or
 * capitalised), also of a name outside the vocabulary; a supplement's dotted name
 * right below the header lines; a place there is a kicker. */
static void test_page_name_forms(void **state)
{
    (void)state;
    static const char s[] = "北美华声日报\n\nA4\n\n社区新闻 COMMUNITY NEWS\n\n2025年2月3日 星期一\n\n" ART;
    np_node *doc = nt_parse(s);
    assert_string_equal(furniture_list(doc), "page_name@1:北美华声日报|;page_number@3:A4|;"
                                             "page_name@5:社区新闻 COMMUNITY NEWS|;"
                                             "date@7:2025年2月3日 星期一|;");
    np_document_free(doc);
    /* 头版, the front page (光明日报 2016-03-16) */
    static const char f[] = "光明日报\n\n2016年3月16日 星期三\n\n01版\n\n头版\n\n" ART;
    doc = nt_parse(f);
    assert_string_equal(furniture_list(doc), "page_name@1:光明日报|;date@3:2016年3月16日 星期三|;"
                                             "page_number@5:01版|;page_name@7:头版|;");
    np_document_free(doc);
    static const char t[] = "四川日报\n\n2025年6月13日  星期五\n\n11\n\n天府周末·原创\n\n" ART;
    doc = nt_parse(t);
    assert_string_equal(furniture_list(doc), "page_name@1:四川日报|;date@3:2025年6月13日  星期五|;"
                                             "page_number@5:11|;page_name@7:天府周末·原创|;");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "千台农机战麦海 颗粒归仓保丰收");
    assert_int_equal(nt_count(doc, NP_NODE_KICKER), 0);
    np_document_free(doc);
    /* a page name outside the vocabulary, right after the page number,
     * with its English name (pages-open/p44); without the English name the
     * line stays a title's */
    doc = nt_parse("2025年4月18日 星期五  第1187期\n\n04  双语校园 Bilingual Campus\n\n" ART);
    assert_string_equal(furniture_list(doc), "date@1:2025年4月18日 星期五  第1187期|;"
                                             "page_name@3:04  双语校园 Bilingual Campus|;");
    assert_int_equal(np_page_get_number(np_document_get_page(doc)), 4);
    assert_string_equal(np_page_get_label(np_document_get_page(doc)), "04");
    assert_string_equal(np_page_get_name(np_document_get_page(doc)), "双语校园");
    np_document_free(doc);
    doc = nt_parse("04  双语校园\n\n" ART);
    assert_string_equal(furniture_list(doc), "");
    assert_int_equal(np_page_get_number(np_document_get_page(doc)), 0);
    np_document_free(doc);
    /* English words alone are a title, capitalised too */
    doc = nt_parse("Bilingual Campus\n\n本报记者 郝雪松\n\n6月2日清晨，豫东平原薄雾初散。\n");
    assert_string_equal(furniture_list(doc), "");
    np_document_free(doc);
    doc = nt_parse("CBA\n\n本报记者 郝雪松\n\n6月2日清晨，豫东平原薄雾初散。\n");
    assert_string_equal(furniture_list(doc), "");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "CBA");
    np_document_free(doc);
    /* a province and a county there (浙江安吉), over a headline and a
     * subheadline, is their kicker, not a page name */
    doc = nt_parse("中国旅游报\n\n2025年6月20日 星期五\n\n3\n\n产业·市场\n\n浙江安吉\n\n"
                   "竹林里长出“微度假”新业态\n\n——安吉县推动乡村旅游提质升级见闻\n\n"
                   "本报记者 王 玮 安吉报道\n\n" "6月2日清晨，豫东平原薄雾初散。\n");
    assert_string_equal(furniture_list(doc), "page_name@1:中国旅游报|;date@3:2025年6月20日 星期五|;"
                                             "page_number@5:3|;page_name@7:产业·市场|;");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "浙江安吉");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_AUTHOR, 0)), "王玮");
    np_document_free(doc);
}

static void test_page_number_forms(void **state)
{
    (void)state;
    static const char *const nums[] = {"A01", "第3版", "12"};
    for (size_t i = 0; i < 3; i++) {
        char s[1024];
        snprintf(s, sizeof s, "%s\n\n" ART, nums[i]);
        np_node *doc = nt_parse(s);
        const np_node *f = nt_find(doc, NP_NODE_FURNITURE, 0);
        assert_non_null(f);
        assert_int_equal(np_node_get_furniture_kind(f), NP_FURNITURE_PAGE_NUMBER);
        assert_string_equal(np_node_get_text(f), nums[i]);
        assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
        assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "千台农机战麦海 颗粒归仓保丰收");
        np_document_free(doc);
    }
}

static void test_editor_lines(void **state)
{
    (void)state;
    /* 本期统筹：郭雪岩: 人民日报 2025-04-22 (b10/r43), an issue's editor;
     * 美術：陳超雄: 晴報 2020-08-07 (b68/r333), the art editor */
    static const char *const eds[] = {"责任编辑 贺  凯", "本版责编：陈  曦", "美术编辑：孙瑞萍", "版式设计：沈亦伶",
                                      "本期统筹：郭雪岩", "美術：陳超雄"};
    for (size_t i = 0; i < sizeof eds / sizeof eds[0]; i++) {
        char s[1024];
        snprintf(s, sizeof s, ART "\n%s\n", eds[i]);
        np_node *doc = nt_parse(s);
        const np_node *f = nt_find(doc, NP_NODE_FURNITURE, 0);
        if (!f || np_node_get_furniture_kind(f) != NP_FURNITURE_EDITOR) {
            char *o = nt_outline(doc);
            print_error("\"%s\" is not an editor line:\n%s", eds[i], o);
            free(o);
        }
        assert_non_null(f);
        assert_int_equal(np_node_get_furniture_kind(f), NP_FURNITURE_EDITOR);
        assert_string_equal(np_node_get_text(f), eds[i]);
        assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 1);
        assert_int_equal(nt_count(doc, NP_NODE_BYLINE), 1);
        np_document_free(doc);
    }
}

/*
 * An article closed mid-sentence by a jump line: the paragraph ends where
 * it is printed; the photo news after the jump line belongs to the page.
 */
static void test_jump_to_then_photo_news(void **state)
{
    (void)state;
    static const char s[] = ART "\n"
                                "各地也在加快培育创新型企业梯队，江苏实施科技企业培育计划，一批\n"
                                "\n"
                                "（下转第二版）\n"
                                "\n\n\n"
                                "6月2日，游客在贵州省黔东南苗族侗族自治州榕江县观看“村超”足球赛。\n"
                                "龙旭辉 摄\n";
    np_node *doc = nt_parse(s);
    char *o = nt_outline_content(doc);
    assert_string_equal(o, "article 1\n"
                           "  headline 1 千台农机战麦海 颗粒归仓保丰收\n"
                           "  byline 3 本报记者 郝雪松 通讯员 申立华\n"
                           "    author 郝雪松\n"
                           "    author 申立华\n"
                           "  paragraph 5 6月2日清晨，豫东平原薄雾初散，周口市商水县张庄乡的麦田里，十余台联合收割机一字排开。\n"
                           "  paragraph 7 各地也在加快培育创新型企业梯队，江苏实施科技企业培育计划，一批\n"
                           "figure 13\n"
                           "  caption 13 6月2日，游客在贵州省黔东南苗族侗族自治州榕江县观看“村超”足球赛。\n"
                           "  credit 14 龙旭辉 摄 {photographer|龙旭辉}\n");
    free(o);
    assert_string_equal(furniture_list(doc), "jump_to@9:（下转第二版）|第二版;");
    np_document_free(doc);
}

/* After （上接第三版） an article with no title lines continues. */
static void test_jump_from_continuation(void **state)
{
    (void)state;
    static const char s[] = "2\n\n要闻\n\n（上接第一版）\n\n"
                            "化遗产保护利用的有效路径。近年来，当地持续推进文物保护工程，修缮古建筑群20余处。\n"
                            "\n"
                            "“保护好、传承好历史文化遗产是对历史负责、对人民负责。”当地文物部门负责人说。\n";
    np_node *doc = nt_parse(s);
    char *o = nt_outline_content(doc);
    assert_string_equal(o, "article 7\n"
                           "  paragraph 7 化遗产保护利用的有效路径。近年来，当地持续推进文物保护工程，修缮古建筑群20余处。\n"
                           "  paragraph 9 “保护好、传承好历史文化遗产是对历史负责、对人民负责。”当地文物部门负责人说。\n");
    free(o);
    assert_string_equal(furniture_list(doc), "page_number@1:2|;page_name@3:要闻|;jump_from@5:（上接第一版）|第一版;");
    np_document_free(doc);
}

/* 中华读书报 2014-02-26 第1版 (b39/r189): a digest front page sends each
 * item on to its page, `(详见3版)`, and the next item is a new article. */
static void test_digest_jumps(void **state)
{
    (void)state;
    static const char s[] = "梁刚建:创刊那些事\n\n"
                            "路都打通了,面临的是怎样通过《光明日报》最高层这一关,因为事情还得在《光明日报》来做。\n\n(详见3版)\n\n"
                            "杜高:忘不了的孙维世\n\n"
                            "1957年12月里的一个寒冷的夜晚,在东四牌楼一个小水果店的门外,我忽然迎面碰见了孙维世,我急忙闪身躲避她,却被她叫住了。\n\n(详见5版)\n";
    np_node *doc = nt_parse(s);
    assert_string_equal(furniture_list(doc), "jump_to@5:(详见3版)|3版;jump_to@11:(详见5版)|5版;");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    assert_int_equal(nt_count(doc, NP_NODE_SECTION_HEAD), 0);
    np_document_free(doc);
    /* 新京报 2014-06-05 A01 (b42/r202): a lettered page and its name after
     * a dot, no brackets */
    doc = nt_parse("环保执法遭遇堵门\n\n昨日,国家文物局门外,一工作人员与环保执法人员交涉。\n\n详见A13·热点\n");
    assert_string_equal(furniture_list(doc), "jump_to@5:详见A13·热点|A13;");
    np_document_free(doc);
    /* 香港經濟日報 2020-08-09 (b68/r334): in traditional letters, a lettered
     * page with no 版, and the title after it a new story's */
    doc = nt_parse("港大創HINCare銀齡數據庫\u3000助NGO拓長者「時間銀行」系統\n\n"
                   "\u3000\u3000香港社福機\n\n（下轉A10）\n\n"
                   "建設力量聯合聲明提四點希望\u3000廖長江：不怕美國制裁\u3000\n\n"
                   "\u3000\u3000香港再出發大聯盟、民建聯、工聯會、新民黨、自由黨、經民聯等42個團體今日（9日）發表「香港要變革 攜手創明天」的聯合聲明，\n");
    assert_string_equal(furniture_list(doc), "jump_to@5:（下轉A10）|A10;");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    np_document_free(doc);
}

/* An editor's note signature ——编  者 is furniture; the note is a paragraph. */
static void test_editor_note_signature(void **state)
{
    (void)state;
    static const char s[] = "## 湖州南浔深化“千万工程”\n\n# 水乡古镇绘就共富新图景\n\n"
                            "编者按：二十多年来，浙江持续深化“千村示范、万村整治”工程，造就了万千美丽乡村。\n\n"
                            "——编  者\n\n"
                            "■ 吴佳妮 应俊杰\n\n"
                            "盛夏时节，走进湖州市南浔区和孚镇荻港村，河港纵横，桑基鱼塘连片铺展。\n";
    np_node *doc = nt_parse(s);
    char *o = nt_outline_content(doc);
    assert_string_equal(o, "article 1\n"
                           "  kicker 1 湖州南浔深化“千万工程”\n"
                           "  headline 3 水乡古镇绘就共富新图景\n"
                           "  paragraph 5 编者按：二十多年来，浙江持续深化“千村示范、万村整治”工程，造就了万千美丽乡村。\n"
                           "  byline 9 吴佳妮 应俊杰\n"
                           "    author 吴佳妮\n"
                           "    author 应俊杰\n"
                           "  paragraph 11 盛夏时节，走进湖州市南浔区和孚镇荻港村，河港纵横，桑基鱼塘连片铺展。\n");
    free(o);
    assert_string_equal(furniture_list(doc), "signature@7:——编  者|;");
    np_document_free(doc);
}

/* Foot and head lines of other papers: a contact line of its own, a
 * title said to be this page's, a page number naming its page. */
static void test_more_furniture_forms(void **state)
{
    (void)state;
    static const char s[] = "中国纪检监察报\n\n第03版：监督执纪\n\n" ART
                            "\n本版责任编辑：郝 倩  版式设计：齐 悦\nTel:(0755)83501762\n";
    np_node *doc = nt_parse(s);
    assert_string_equal(furniture_list(doc), "page_name@1:中国纪检监察报|;page_name@3:第03版：监督执纪|;"
                                             "editor@11:本版责任编辑：郝 倩  版式设计：齐 悦|;"
                                             "editor@12:Tel:(0755)83501762|;");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 1);
    np_document_free(doc);
}

/* A page name outside the vocabulary right below the header lines, over
 * photo news: the picture has no byline or text of its own after it. */
static void test_page_name_over_photo_news(void **state)
{
    (void)state;
    static const char s[] = "辽宁日报\n\n2024年9月15日 星期日\n\n8\n\n文娱天地\n\n\n\n"
                            "9月14日，游客在沈阳故宫观看清代宫廷礼仪情景展演。\n本报记者 郑 磊 摄\n\n" ART;
    np_node *doc = nt_parse(s);
    assert_string_equal(furniture_list(doc), "page_name@1:辽宁日报|;date@3:2024年9月15日 星期日|;"
                                             "page_number@5:8|;page_name@7:文娱天地|;");
    const np_node *fig = nt_find(doc, NP_NODE_FIGURE, 0);
    assert_non_null(fig);
    assert_int_equal(np_node_get_type(np_node_parent(fig)), NP_NODE_DOCUMENT);
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    np_document_free(doc);
}

/* A front page's head (中山日报 2026-01-28 A01): the lunar date beside the
 * date, the paper's serial number, and a jump line printed after arrows. */
static void test_front_page_head(void **state)
{
    (void)state;
    static const char s[] = "中山日报\n\n2026年1月28日 星期三\n\n乙巳年十二月初十\n\n"
                            "国内统一刊号:CN44-0126  代号:45-47  中山日报社出版\n\nA01版\n\n" ART
                            "\n\n》》》下转02版\n";
    np_node *doc = nt_parse(s);
    const char *got = furniture_list(doc);
    assert_non_null(strstr(got, "date@5:乙巳年十二月初十|;"));
    assert_non_null(strstr(got, "masthead@7:国内统一刊号:CN44-0126  代号:45-47  中山日报社出版|;"));
    assert_non_null(strstr(got, ":》》》下转02版|02版;"));
    /* the lunar date is printed, the ISO date comes from the other line */
    const np_page *pg = np_document_get_page(doc);
    assert_non_null(pg);
    assert_string_equal(np_page_get_date(pg), "2026-01-28");
    np_document_free(doc);
    /* 今日兰州晚报 2024-02-01 (b60/r293): who runs the paper and the
     * issue's number since the first, and the night desk's foot line */
    doc = nt_parse("今日兰州晚报\n2024年2月1日 星期四\n\n中共兰州市委主管主办 兰州日报社出版 总第15000期\n\n" ART "\n\n"
                   "总值班:万星 值班主任:徐晓兵 陈德龙 首席编辑:安冬蓓 美编:焦翔 校对:岳伟 本报常年法律顾问:倪得宾 孙恺远\n");
    got = furniture_list(doc);
    assert_non_null(strstr(got, "masthead@4:中共兰州市委主管主办 兰州日报社出版 总第15000期|;"));
    assert_non_null(strstr(got, "editor@"));
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "千台农机战麦海 颗粒归仓保丰收");
    np_document_free(doc);
    /* 保定晚报 2021-11-15 (b60/r292): the 试刊号 a story tells of is no
     * serial number */
    doc = nt_parse("我与保定晚报的故事\n\n彼时的试刊号,头版头条《房改:你能承受吗?》,\n\n报道的是,当年房改普通市民能否承受的消息。“还有头版报眼这一条《市建委六件实事,已办到啥份上?》,我当年第一感觉就是,咦,这份报纸有点意思啊,都是咱老百姓关心的事儿!”\n");
    assert_int_equal(nt_count(doc, NP_NODE_FURNITURE), 0);
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 1);
    np_document_free(doc);
}

/* 光明日报 2020-11-06 (tests/pages-real/b1/r04), 人民日报 2025-11-10
 * (b21/r97): a header that gives the page's number but not its name leaves
 * the name to the line under it, over a title; a header that names the
 * page leaves a kicker there. */
static void test_page_name_under_unnamed_header(void **state)
{
    (void)state;
    static const char unnamed[] = "光明日报\n\n2020年11月06日  星期五\n\n14\n\n文荟\n\n霞浦的海\n\n李少君\n\n"
                                  "霞浦,霞光的巢穴。\n";
    np_node *doc = nt_parse(unnamed);
    assert_string_equal(furniture_list(doc), "page_name@1:光明日报|;date@3:2020年11月06日  星期五|;"
                                             "page_number@5:14|;page_name@7:文荟|;");
    assert_int_equal(np_node_get_line(nt_find(doc, NP_NODE_ARTICLE, 0)), 9);
    np_document_free(doc);
    static const char named[] = "人民日报\n\n2025年11月10日  星期一\n\n第12版\n\n文化\n\n福建南安石井镇奎霞村——\n\n"
                                "古厝连云寄乡情\n\n本报记者  施  钰\n\n奎霞村的古厝，美在一个“融”字。\n";
    doc = nt_parse(named);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "福建南安石井镇奎霞村——");
    np_document_free(doc);
    /* 人民日报 2025-06-10 第5版 (b22/r102): over a headline and its
     * subheadline, under a header that names the page, a kicker */
    static const char three[] = "第5版  评论\n\n人民日报  2025年6月10日  星期二\n\n评论员观察\n\n强化监管，着力整治乱象\n\n"
                                "——为民营经济营造更好发展环境③\n\n常  晋\n\n民营经济如何走向更加广阔的舞台？\n";
    doc = nt_parse(three);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "评论员观察");
    np_document_free(doc);
    /* 中国体育报 2025-10-24 (b31/r148): 中 opens the paper's name */
    doc = nt_parse("第07版：体坛聚焦\n中国体育报  2025年10月24日  星期五\n\n“最后一球由大郅投就好了”\n\n正文在这里。\n");
    assert_string_equal(np_page_get_date(np_document_get_page(doc)), "2025-10-24");
    np_document_free(doc);
    /* 香港文匯報 2017-06-15 (b34/r162): a paper's name in traditional
     * letters, opening with a place, over the date */
    doc = nt_parse("香港文匯報\n2017年6月15日 星期四\n港聞\n\n【特稿】\n各界讚圖展:百年中國走一回\n\n"
                   "　　《大公報》創刊115周年大型圖片展覽昨日開幕,吸引不少政商界知名人士前往參觀。\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_FURNITURE, 0)), "香港文匯報");
    np_document_free(doc);
    /* 天津日报 2025-02-10 (b35/r168): a web copy's ASCII colon after the
     * page number, and the page's name with its dotted part */
    doc = nt_parse("天津日报\n\n2025年02月10日 星期一\n第05版:天津·社会\n\n政民连心桥 有事您说话\n100余盏路灯 照亮居民回家路\n\n"
                   "本报记者 黄萱 张家民\n\n近日,市民通过《天津日报》微信公众号栏目留言,反映小区路灯昏暗。\n");
    assert_int_equal(np_page_get_number(np_document_get_page(doc)), 5);
    assert_string_equal(np_page_get_name(np_document_get_page(doc)), "天津·社会");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "政民连心桥 有事您说话");
    np_document_free(doc);
    /* 北方新报 2017-03-07 (b35/r170): an e-paper's own head line sets the
     * paper's name in 《》 and the date in brackets; a date wholly in
     * brackets under a title dates a document (光明日报 2009-06-26, b14/r63) */
    doc = nt_parse("《北方新报》(2017年3月7日) 01版\n\n内蒙古代表团举行媒体开放日\n\n"
                   "3月6日下午,十二届全国人大五次会议内蒙古代表团举行全团会议。\n\n"
                   "《光明日报》发刊词(节选)\n\n(一九四九年六月十六日)\n\n光明照耀东方大陆,人民胜利的新时代已经到来!\n");
    assert_string_equal(np_page_get_date(np_document_get_page(doc)), "2017-03-07");
    assert_int_equal(np_page_get_number(np_document_get_page(doc)), 1);
    assert_int_equal(nt_count(doc, NP_NODE_FURNITURE), 1);
    np_document_free(doc);
    /* 赣南日报 2024-11-08 (b43/r210): after the page number a name that
     * ends with one of the vocabulary, the occasion before it */
    doc = nt_parse("赣南日报\n2024年11月8日 星期五\n\n第3版  记者节特别报道\n\n我们的故事\n\n"
                   "　　编者按:今年11月8日是第二十五个中国记者节,是属于新闻人的节日。\n");
    assert_int_equal(np_page_get_number(np_document_get_page(doc)), 3);
    assert_string_equal(np_page_get_name(np_document_get_page(doc)), "记者节特别报道");
    np_document_free(doc);
    /* 北京大学校报 第1439期 (b49/r238): under a numbered, unnamed header a
     * title line over a dash-led subheadline is the headline, not the
     * page's name */
    doc = nt_parse("北京大学校报\n\n第1439期\n\n百年校报 与你同行\n——访《北京大学校报》前任主编赵学文\n\n■ 校报记者 夏昕鸣\n\n"
                   "　　自1917年创刊,到2017年,《北京大学校报》已经走过了百年历程。\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "百年校报 与你同行");
    np_document_free(doc);
    /* 中华读书报 2014-02-26 (b39/r189), 阿勒泰日报 2026-03-11 (b37/r181): a
     * line right on a title line is its kicker, not the page's name */
    doc = nt_parse("中华读书报  2014年2月26日  星期三\n\n第1版\n\t\n“我与中华读书报”征文\n梁刚建:创刊那些事\n\n"
                   "　　路都打通了,面临的是怎样通过《光明日报》最高层这一关,因为事情还得在《光明日报》来做。\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "“我与中华读书报”征文");
    assert_int_equal(nt_count(doc, NP_NODE_FURNITURE), 2);
    np_document_free(doc);
    doc = nt_parse("阿勒泰日报\n2026年3月11日 星期三\n\n党媒联动\n在祖国的怀抱  \n\t\n"
                   "　　山河同脉,华夏同心。\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "党媒联动");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "在祖国的怀抱");
    np_document_free(doc);
    /* 人民铁道 2015-10-28 (b55/r270): a name last on the line, after the
     * paper's name, the date and the weekday, leaves it a header line */
    doc = nt_parse("人民铁道  2015年10月28日  星期三  一线风采\n\n铁路人——坚守的节日最美丽\n\n"
                   "　　阖家团圆的中秋,多姿多彩的黄金周,\n");
    assert_string_equal(np_page_get_date(np_document_get_page(doc)), "2015-10-28");
    assert_int_equal(nt_count(doc, NP_NODE_FURNITURE), 1);
    np_document_free(doc);
    /* 今日竹山 2019-04-03 (b65/r317): an e-paper's head leaves the day's 日
     * out before the glued weekday */
    doc = nt_parse("今日竹山\n2019年04月03星期三\n\n第1版  要闻\n\n竹山推进“两个中心”全省试点县建设\n\n"
                   "　　本报讯 3月28日,省委网信办副主任、竹山县“两个中心”建设联系指导组组长谢双林带领调研组来我县"
                   "指导融媒体中心和新时代文明实践中心建设工作。\n");
    assert_string_equal(np_page_get_date(np_document_get_page(doc)), "2019-04-03");
    assert_string_equal(np_page_get_weekday(np_document_get_page(doc)), "星期三");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    np_document_free(doc);
    /* 聯合報 2023-02-11 (b64/r312): a page name and an editor's title in
     * traditional letters */
    doc = nt_parse("聯合報\n2023年2月11日 星期六\nA1 要聞\n\n" ART "\n\n責任編輯:林 彥\n");
    assert_int_equal(np_page_get_number(np_document_get_page(doc)), 1);
    assert_string_equal(np_page_get_name(np_document_get_page(doc)), "要聞");
    assert_non_null(strstr(furniture_list(doc), ":責任編輯:林 彥|;"));
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 1);
    np_document_free(doc);
    /* 明報 2018-12-17 (b52/r254): the weekday glued to the date */
    doc = nt_parse("明報\r\r2018年12月17日星期一\r\t\r港聞\r\r駕超跑重返深水埗派錢遭警截  涉策劃撒錢  「幣少爺」被捕\r\r"
                   "　　【明報專訊】深水埗福榮街周六（15日）發生天降鈔票事件，\r");
    assert_string_equal(np_page_get_date(np_document_get_page(doc)), "2018-12-17");
    assert_string_equal(np_page_get_weekday(np_document_get_page(doc)), "星期一");
    np_document_free(doc);
    /* 国家电网报 (b46/r226): Han letters ending with 报 before any article
     * name the paper, and the photo news under it belongs to the page */
    doc = nt_parse("国家电网报\n\n\n\n连日来,海拔1700多米的湖北省宣恩县椿木营乡持续降雪,用电负荷骤升。\n");
    assert_string_equal(furniture_list(doc), "page_name@1:国家电网报|;");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 0);
    assert_int_equal(nt_count(doc, NP_NODE_FIGURE), 1);
    np_document_free(doc);
    /* 正報 2013-05-17 (b34/r163): 【本報訊】 opens a story */
    doc = nt_parse("澳大遺址花落誰家?\n\n　　【本報訊】澳門大學新學年開始遷入橫琴。\n\n去年事故涉軟件供應商\n\n"
                   "　　【本報訊】電訊管理局局長陶永強表示,澳門電訊及和記已繳交去年的罰款。\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    np_document_free(doc);
    /* 甘肃农民报 2021-10-08 (b31/r149): a paper's name that opens with a
     * province is no place (浙江安吉) but the page's top line */
    doc = nt_parse("甘肃农民报\n2021年10月8日\n星期五\n\n我与《甘肃农民报》\n《甘肃农民报》的根在读者中\n\n文/燕兆林\n\n"
                   "有人说我是“恋报”癖,我没有理由反驳他们。\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_FURNITURE, 0)), "甘肃农民报");
    np_document_free(doc);
    /* 新华每日电讯 2025-10-12 (b28/r133): a paper's name outside the
     * vocabulary before the date */
    doc = nt_parse("新华每日电讯  2025年10月12日  星期日\n03\n要闻\n\n书写美美与共的时代新篇\n\n新华社记者 邢 拓 余俊杰\n\n"
                   "文明因交流而多彩。\n");
    assert_string_equal(furniture_list(doc), "date@1:新华每日电讯  2025年10月12日  星期日|;page_number@2:03|;page_name@3:要闻|;");
    np_document_free(doc);
    doc = nt_parse(three);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "评论员观察");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_SUBHEADLINE, 0)), "——为民营经济营造更好发展环境③");
    np_document_free(doc);
}


/* 中国化工报 2025-01-03 (b96/r474), 克拉玛依日报 2022-08-10 (b99/r488): the
 * section's letter after the page's number (6B, 下转7B版), and under the
 * header lines the page's number with a name outside the vocabulary
 * (05 油城纵深), which a numbered head inside an article is not. */
static void test_page_heads_of_trade_papers(void **state)
{
    (void)state;
    np_node *doc = nt_parse("6B\n中国化工报\n2025年1月3日 星期五\n\n【四十年·奋进】忆往昔\n"
                            "中国化工报社原社长郝长江:知所先后 锚定未来\n\n"
                            "　　值得庆幸的是,在相关同事的支持、理解甚至自我牺牲下,此次改\n\n(下转7B版)\n");
    const np_page *page = np_document_get_page(doc);
    assert_int_equal(np_page_get_number(page), 6);
    assert_string_equal(np_page_get_label(page), "6B");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "【四十年·奋进】忆往昔");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_PARAGRAPH, 0)),
                        "值得庆幸的是,在相关同事的支持、理解甚至自我牺牲下,此次改");
    const np_node *jump = nt_find(doc, NP_NODE_FURNITURE, 3);
    assert_non_null(jump);
    assert_string_equal(np_node_get_text(jump), "(下转7B版)");
    np_document_free(doc);
    doc = nt_parse("2022年8月10日 星期三\n\n克拉玛依日报\n\n05 油城纵深\n\n克拉玛依:一主多元 向“新”而生\n\n王雯婧\n\n"
                   "　　克拉玛依正在向“新”而生。\n");
    page = np_document_get_page(doc);
    assert_int_equal(np_page_get_number(page), 5);
    assert_string_equal(np_page_get_name(page), "油城纵深");
    assert_null(nt_find(doc, NP_NODE_KICKER, 0));
    np_document_free(doc);
}


/* 馬祖日報 2024-02-18 (b103/r507), 台灣好報 2014-12-03 (b106/r522): a day
 * dated in the years of the Republic (中華民國113年 is 2024) is the page's
 * date, as the other forms are. */
static void test_republic_dates(void **state)
{
    (void)state;
    np_node *doc = nt_parse("2\n言論\n\n馬祖日報\n中華民國113年2月18日 星期日\n\n社論\n\n金龍賀新歲 馬祖向前行\n\n"
                            "　　送走了玉兔,迎來龍年,華人社會中總以喜慶的心情迎接新的一年。\n");
    const np_page *page = np_document_get_page(doc);
    assert_string_equal(np_page_get_date(page), "2024-02-18");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "社論");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "金龍賀新歲 馬祖向前行");
    np_document_free(doc);
    doc = nt_parse("台灣好報\n中華民國103年12月3日 星期三\n\n2\n綜合新聞\n\n86年風雨 矢志不改\n\n"
                   "　　2014年11月9日出版的台海雜誌第101期,該刊專訪本報社長宋智忱。\n");
    assert_string_equal(np_page_get_date(np_document_get_page(doc)), "2014-12-03");
    np_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_republic_dates),
        cmocka_unit_test(test_page_heads_of_trade_papers),
        cmocka_unit_test(test_page_head),
        cmocka_unit_test(test_page_name_forms),
        cmocka_unit_test(test_digest_jumps),
        cmocka_unit_test(test_more_furniture_forms),
        cmocka_unit_test(test_page_name_over_photo_news),
        cmocka_unit_test(test_page_number_forms),
        cmocka_unit_test(test_editor_lines),
        cmocka_unit_test(test_jump_to_then_photo_news),
        cmocka_unit_test(test_jump_from_continuation),
        cmocka_unit_test(test_editor_note_signature),
        cmocka_unit_test(test_front_page_head),
        cmocka_unit_test(test_page_name_under_unnamed_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
