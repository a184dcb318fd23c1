/*
 * test_figures_credits.c - figures (three blank lines, a caption, usually a
 * credit) and credits: every layout of caption and credit, article and page
 * credits, and the kind (photographer / provided / data) and source of each
 * credit form.
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

#define START "富阳区富春街道打造“15分钟医疗服务圈”\n\n■ 沈超 章任艳\n\n"
#define HEAD "article 1\n  headline 1 富阳区富春街道打造“15分钟医疗服务圈”\n  byline 3 沈超 章任艳\n    author 沈超\n    author 章任艳\n"
#define P1 "近年来，富春街道持续推进基层医疗资源下沉，江滨社区已实现“15分钟医疗服务圈”。"
#define P2 "社区卫生服务站还开设了家庭医生签约服务，为辖区老人建立健康档案。"
#define P1_LINE "  paragraph 5 " P1 "\n"
/* A figure after P1 starts on line 9. */
#define FIG_AFTER_P1 START P1 "\n\n\n\n"

/* Markdown image lines (real text of tests/pages-real/b6/r26, 参考消息
 * 2017-02-12): the line marks a figure and gives its src. */
#define IMG_HEAD "# 港媒称特朗普初步确立对华政策：中美维持斗而不破\n\n"
#define IMG_P "参考消息网2月12日报道 港媒称，中美领导人通电话引发关注。"

static const np_node *only_figure(const np_node *doc)
{
    assert_int_equal(nt_count(doc, NP_NODE_FIGURE), 1);
    return nt_find(doc, NP_NODE_FIGURE, 0);
}

static void test_image_line_caption_credit(void **state)
{
    (void)state;
    const char *page = IMG_HEAD "![](images/f40n.jpg)\n美国总统特朗普 新华社记者殷博古摄\n\n" IMG_P "\n";
    nt_check(page, "article 1\n  headline 1 港媒称特朗普初步确立对华政策：中美维持斗而不破\n"
                   "  figure 3\n    caption 4 美国总统特朗普\n"
                   "    credit 4 新华社记者殷博古摄 {photographer|殷博古}\n"
                   "  paragraph 6 " IMG_P "\n");
    np_node *doc = nt_parse(page);
    assert_string_equal(np_node_get_src(only_figure(doc)), "images/f40n.jpg");
    size_t len;
    char *json = nt_json(doc, &len);
    assert_non_null(strstr(json, "\"src\": \"images/f40n.jpg\""));
    np_free(json);
    char *md = NULL;
    assert_int_equal(np_render_string(doc, NP_FORMAT_MARKDOWN, NULL, &md, &len), NP_OK);
    assert_non_null(strstr(md, "![](<images/f40n.jpg>)"));
    np_free(md);
    np_document_free(doc);
}

/* Text right under a picture is as often the story: without a caption's
 * own evidence it stays a paragraph, and the figure has only its src. */
static void test_image_line_then_paragraph(void **state)
{
    (void)state;
    const char *page = IMG_HEAD "![alt text](<images/a b.jpg> \"title\")\n" IMG_P "\n";
    nt_check(page, "article 1\n  headline 1 港媒称特朗普初步确立对华政策：中美维持斗而不破\n"
                   "  figure 3\n  paragraph 4 " IMG_P "\n");
    np_node *doc = nt_parse(page);
    assert_string_equal(np_node_get_src(only_figure(doc)), "images/a b.jpg");
    assert_string_equal(np_node_get_src(nt_find(doc, NP_NODE_PARAGRAPH, 0)), "");
    np_document_free(doc);
}

static void test_image_line_short_caption(void **state)
{
    (void)state;
    nt_check(IMG_HEAD "![](images/f40n.jpg)\n美国总统特朗普\n\n" IMG_P "\n",
             "article 1\n  headline 1 港媒称特朗普初步确立对华政策：中美维持斗而不破\n"
             "  figure 3\n    caption 4 美国总统特朗普\n  paragraph 6 " IMG_P "\n");
}

/* Only a whole line is an image line; inside a sentence it is text. */
static void test_image_inside_sentence_is_text(void **state)
{
    (void)state;
    nt_check(IMG_HEAD "港媒称，见图![](images/f40n.jpg)。\n",
             "article 1\n  headline 1 港媒称特朗普初步确立对华政策：中美维持斗而不破\n"
             "  paragraph 3 港媒称，见图![](images/f40n.jpg)。\n");
}

/* A credit glued to a caption starts after the caption's last sentence,
 * however its names are spaced, and never inside a quotation; a marker
 * before the caption is no text (real lines: 人民日报 2025-06-03 6版,
 * 新民晚报, 新快报). */
static void test_glued_credit_split(void **state)
{
    (void)state;
    nt_check("古风街区八方客来\n\n\n\n周金菊在处理工作。 本报记者  程  焕摄\n",
             "article 1\n  headline 1 古风街区八方客来\n  figure 5\n    caption 5 周金菊在处理工作。\n"
             "    credit 5 本报记者  程  焕摄 {photographer|程焕}\n");
    nt_check("古风街区八方客来\n\n\n\n图说:今天上午,新民晚报联合上海邮政App“订了么”开展的公园便民收订暨“新民晚报读者日”如期举行 "
             "新民晚报记者 徐程 摄(下同)\n",
             "article 1\n  headline 1 古风街区八方客来\n  figure 5\n    caption 5 图说:今天上午,新民晚报联合上海邮政App“订了么”"
             "开展的公园便民收订暨“新民晚报读者日”如期举行\n"
             "    credit 5 新民晚报记者 徐程 摄(下同) {photographer|徐程}\n");
    nt_check("古风街区八方客来\n\n\n\n■6月7日,海珠区琶洲村龙舟“招景”。“龙头”郑溢佳准备将龙头扛出祠堂。 新快报见习记者 观显锋/摄\n",
             "article 1\n  headline 1 古风街区八方客来\n  figure 5\n    caption 5 6月7日,海珠区琶洲村龙舟“招景”。“龙头”郑溢佳准备将龙头扛出祠堂。\n"
             "    credit 5 新快报见习记者 观显锋/摄 {photographer|观显锋}\n");
}

static void test_caption_alone(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "富春街道江滨段\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n    caption 9 富春街道江滨段\n  paragraph 11 " P2 "\n");
}

static void test_caption_alone_at_end(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "富春街道江滨段\n", HEAD P1_LINE "  figure 9\n    caption 9 富春街道江滨段\n");
}

static void test_caption_credit_next_line(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "新华保险工作人员为客户办理业务\n图片由新华保险金华中心支公司提供\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 新华保险工作人员为客户办理业务\n"
                          "    credit 10 图片由新华保险金华中心支公司提供 {provided|新华保险金华中心支公司}\n"
                          "  paragraph 12 " P2 "\n");
}

static void test_caption_credit_one_line_photographer(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "人保财险工作人员向企业负责人讲解保单内容 陈林美 摄\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 人保财险工作人员向企业负责人讲解保单内容\n"
                          "    credit 9 陈林美 摄 {photographer|陈林美}\n"
                          "  paragraph 11 " P2 "\n");
}

static void test_caption_credit_one_line_padded_photographer(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "善琏湖笔制作技艺传承人在工作室内制笔 沈  辉 摄\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 善琏湖笔制作技艺传承人在工作室内制笔\n"
                          "    credit 9 沈  辉 摄 {photographer|沈辉}\n"
                          "  paragraph 11 " P2 "\n");
}

static void test_caption_credit_one_line_supplied(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "阳光财险工作人员走访企业了解保险需求 阳光财险供图\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 阳光财险工作人员走访企业了解保险需求\n"
                          "    credit 9 阳光财险供图 {provided|阳光财险}\n"
                          "  paragraph 11 " P2 "\n");
}

/* 视觉中国供图 glued to the end of a caption sentence, no space. */
static void test_caption_credit_glued_supplied(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "8月3日，市民在杭州市拱墅区一处“口袋公园”内打篮球。视觉中国供图\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 8月3日，市民在杭州市拱墅区一处“口袋公园”内打篮球。\n"
                          "    credit 9 视觉中国供图 {provided|视觉中国}\n"
                          "  paragraph 11 " P2 "\n");
}

/* 图片来源：X glued after the caption's sentence (科技日报 2024-07-09):
 * the provider is named after its lead word, with no verb at the end. */
static void test_caption_credit_glued_source(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "韦布望远镜在恒星形成区域发现了“悬空”冰。图片来源：美国国家航空航天局\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 韦布望远镜在恒星形成区域发现了“悬空”冰。\n"
                          "    credit 9 图片来源：美国国家航空航天局 {provided|美国国家航空航天局}\n"
                          "  paragraph 11 " P2 "\n");
}

/* 大众日报 2024-11-28 (tests/pages-real/b28/r136), 广州日报 2024-01-20
 * (b28/r134): a marker inside the credit's brackets is no part of it
 * ((□新华社发)), and an agency after an at sign is a credit (@新华社). */
static void test_marker_and_at_sign_credits(void **state)
{
    (void)state;
    nt_check_content("山东代表团创佳绩\n\n□记者 于晓波 报道\n\n山东队在比赛中表现出色。\n\n\n\n"
                     "山东队球员在排球女子金牌赛中进攻。(□新华社发)\n\n比赛于27日结束。\n",
                     "article 1\n  headline 1 山东代表团创佳绩\n  byline 3 记者 于晓波 报道\n    author 于晓波\n"
                     "  paragraph 5 山东队在比赛中表现出色。\n"
                     "  figure 9\n    caption 9 山东队球员在排球女子金牌赛中进攻。\n"
                     "    credit 9 新华社发 {provided|新华社}\n  paragraph 11 比赛于27日结束。\n");
    nt_check_content("郑钦文商竣程冲击单打16强\n\n孙嘉晖\n\n\n\n商竣程 @新华社\n\n北京时间今日,中国队将迎来两场大战。\n",
                     "article 1\n  headline 1 郑钦文商竣程冲击单打16强\n  byline 3 孙嘉晖\n    author 孙嘉晖\n"
                     "  figure 7\n    caption 7 商竣程\n    credit 7 @新华社 {provided|新华社}\n"
                     "  paragraph 9 北京时间今日,中国队将迎来两场大战。\n");
}

/* 解放军报 2021-02-19 第06版 (b39/r187): photographers listed with 、, the
 * second of a rare surname, before 摄影报道; the paragraph the picture cut
 * goes on under it. */
static void test_listed_photographers(void **state)
{
    (void)state;
    nt_check_content("坚 守\n\n　　这就是边海防军人。正因为有了他们,国门更显庄严肃穆,\n\n\n\n"
                     "图①:海军西沙某水警区官兵正在执勤。\n潘程超、钞飞航摄影报道\n\n"
                     "国家才会长治久安。他们用行动宣示着“我站立的地方是中国”,他们用青春诠释了“战位有我,请祖国和人民放心”。\n",
                     "article 1\n  headline 1 坚 守\n"
                     "  paragraph 3 这就是边海防军人。正因为有了他们,国门更显庄严肃穆,国家才会长治久安。"
                     "他们用行动宣示着“我站立的地方是中国”,他们用青春诠释了“战位有我,请祖国和人民放心”。\n"
                     "  figure 7\n    caption 7 图①:海军西沙某水警区官兵正在执勤。\n"
                     "    credit 8 潘程超、钞飞航摄影报道 {photographer|潘程超、钞飞航}\n");
}

/* 浙江工人日报 (b41/r197): a photo item's credit after its only paragraph
 * signs it off, byline or not: the title-like line after it opens the
 * next item. */
static void test_credit_ends_short_item(void **state)
{
    (void)state;
    nt_check_content("文化进工地 党旗高高飘\n\n"
                     "　　近日,杭州市总工会等举办的“文化进工地 党旗高高飘”文艺晚会,在杭州地铁5号线7标段工地、"
                     "文一路工地和奥体中心主体育馆等建设工地同步上演。\n\n"
                     "记者周金友、洪菡婷 通讯员张晓燕 摄影报道\n\n"
                     "庆元职工拔河迎“五一”\n\n"
                     "　　日前,由庆元县总工会、浙江庆元工业园区管委会联合举办的迎“五一”园区企业员工拔河比赛,"
                     "在浙江天元机车部件有限公司场地内隆重举行。\n",
                     "article 1\n  headline 1 文化进工地 党旗高高飘\n"
                     "  paragraph 3 近日,杭州市总工会等举办的“文化进工地 党旗高高飘”文艺晚会,在杭州地铁5号线7标段工地、"
                     "文一路工地和奥体中心主体育馆等建设工地同步上演。\n"
                     "  credit 5 记者周金友、洪菡婷 通讯员张晓燕 摄影报道 {photographer|周金友、洪菡婷、张晓燕}\n"
                     "article 7\n  headline 7 庆元职工拔河迎“五一”\n"
                     "  paragraph 9 日前,由庆元县总工会、浙江庆元工业园区管委会联合举办的迎“五一”园区企业员工拔河比赛,"
                     "在浙江天元机车部件有限公司场地内隆重举行。\n");
}

/* 内蒙古日报 2026-02-16 (b35/r167): after the caption's last sentence a
 * credit may name one long name whatever its surname, a role before it or
 * none (Mongolian names in Han letters); the sentence stays the caption's. */
static void test_long_name_credit_after_sentence(void **state)
{
    (void)state;
    static const struct {
        const char *line, *caption, *credit, *person;
    } cases[] = {
        {"市民购买年货迎新春。本报记者 孟和朝鲁 摄", "市民购买年货迎新春。", "本报记者 孟和朝鲁 摄", "孟和朝鲁"},
        {"游客在阿尔山体验不冻河漂流。包宝音德力格尔 摄", "游客在阿尔山体验不冻河漂流。", "包宝音德力格尔 摄", "包宝音德力格尔"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[512];
        snprintf(page, sizeof page, "红红火火迎马年\n\n\n\n%s\n", cases[i].line);
        np_node *doc = nt_parse(page);
        const np_node *fig = nt_find(doc, NP_NODE_FIGURE, 0);
        assert_non_null(fig);
        assert_string_equal(np_node_get_text(nt_find(fig, NP_NODE_CAPTION, 0)), cases[i].caption);
        const np_node *cr = nt_find(fig, NP_NODE_CREDIT, 0);
        assert_non_null(cr);
        assert_string_equal(np_node_get_text(cr), cases[i].credit);
        assert_string_equal(np_node_get_source(cr), cases[i].person);
        np_document_free(doc);
    }
}

/* 北方新报 2017-03-07 (b35/r170): the verb first, a slash after it, then
 * the photographer with employer and role (摄影/X). */
static void test_verb_first_credit(void **state)
{
    (void)state;
    np_node *doc = nt_parse("内蒙古代表团举行媒体开放日\n\n\n\n"
                            "3月6日下午,十二届全国人大五次会议内蒙古代表团举行全团会议。 摄影/内蒙古日报社融媒体记者 袁永红\n");
    const np_node *cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_string_equal(np_node_get_text(cr), "摄影/内蒙古日报社融媒体记者 袁永红");
    assert_string_equal(np_node_get_source(cr), "袁永红");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)),
                        "3月6日下午,十二届全国人大五次会议内蒙古代表团举行全团会议。");
    np_document_free(doc);
}

/* 蘋果日報 2020-08-08 (b52/r252): credits in traditional letters (攝), and
 * a kicker's outbreak (爆發) that sends nothing: only an agency sends. */
static void test_traditional_credits(void **state)
{
    (void)state;
    np_node *doc = nt_parse("【武肺再爆發】\n當局未提風險　醫生：勿擅替兒童採樣\n\n"
                            "【本報訊】政府擴大武漢肺炎社區檢測計劃，\n\n\n\n"
                            "昨晨十多名慈愛苑居民到樓下排隊領取採集套裝。周鴻熙攝\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "【武肺再爆發】");
    const np_node *cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_string_equal(np_node_get_source(cr), "周鴻熙");
    assert_int_equal(nt_count(doc, NP_NODE_CREDIT), 1);
    np_document_free(doc);
    /* 中華日報 2021-04-24 (b69/r337): a reporter's credit in brackets, and
     * the byline's slash printed as U+2215, a surname in traditional
     * letters (陳) */
    doc = nt_parse("感恩之路 海尾大道公謁祖\n\n\n\n海尾朝皇宮主委郭建良迎請「海尾大道公」神尊回娘家。(記者陳治交攝)\n\n"
                   "記者陳治交∕台南報導\n\n"
                   "海尾朝皇宮抱持八七水災渡溪救難的感恩之情,廿三日赴下大道良皇宮謁祖進香,數十年從未間斷,"
                   "這一段香火情緣,形成台江獨有的「大道公平安行腳」信仰文化活動。\n");
    cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_string_equal(np_node_get_source(cr), "陳治交");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)), "海尾朝皇宮主委郭建良迎請「海尾大道公」神尊回娘家。");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_AUTHOR, 0)), "陳治交");
    np_document_free(doc);
}

/* 上党晚报 2025-12-15 (b79/r387), 人間福報 2015-09-10 (b82/r406), 上海法治报
 * 2018-12-28 (b71/r349): the picture's role word alone (图/, 圖/, 图:) on a
 * line of its own makes the photographers' credit, the writer's (文/, 文與圖/,
 * 文:) the byline; a pen name (晞林) after either. */
static void test_photo_role_credits(void **state)
{
    (void)state;
    np_node *doc = nt_parse("03\n城事\n\n"
                            "　　12月11日夜间至12日白天,我市迎来今冬首场降雪。各级各部门闻雪而动、协同作战,\n\n"
                            "以“机械+人工”相结合的方式开展清雪除冰工作,用实干担当融化冰雪,用暖心服务守护群众平安出行路。\n\n"
                            "文/本报记者 徐瑞刚\n\n图/徐翔 牛红岩 田雨 郭赟\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_AUTHOR, 0)), "徐瑞刚");
    assert_int_equal(nt_count(doc, NP_NODE_AUTHOR), 1);
    const np_node *cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_int_equal(np_node_get_credit_kind(cr), NP_CREDIT_PHOTOGRAPHER);
    assert_string_equal(np_node_get_source(cr), "徐翔、牛红岩、田雨、郭赟");
    np_document_free(doc);
    doc = nt_parse("生活快門\n守著殘破家園\n\n文與圖/晞林\n\n\n\n生活快門 守著殘破家園\n圖/晞林\n\n"
                   "　　颱風過後幾天,到植物園散步,走到門口,才知園區封閉整理中,也不知哪天才會重新開放。\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_AUTHOR, 0)), "晞林");
    cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_string_equal(np_node_get_source(cr), "晞林");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)), "生活快門 守著殘破家園");
    np_document_free(doc);
    /* 人間福報 2016-05-26 (b82/r402): and glued after the caption's full
     * stop and a space */
    doc = nt_parse("佛光山50週年圖像展\n福山寺圖像展 老照片話當年\n\n"
                   "　　【人間社記者陳璿宇彰化報導】福山寺又名「環保寺」,為慶祝佛光山開山50週年,二十二日開啟影像回顧圖像展,\n\n\n\n"
                   "佛光山開山50週年影像回顧圖像展開幕剪綵。 圖/人間社記者陳璿宇\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)), "佛光山開山50週年影像回顧圖像展開幕剪綵。");
    assert_string_equal(np_node_get_source(nt_find(doc, NP_NODE_CREDIT, 0)), "陳璿宇");
    np_document_free(doc);
    /* 河南日报 2010-09-10 (b84/r412): two photographers after the desk's
     * code (⑧3) that ends the caption */
    doc = nt_parse("\n\n\n9月10日是全国第26个教师节，郑州部分大学校园里的花店生意异常火爆。"
                   "学生们纷纷送鲜花给老师，以此表达自己对老师的感恩之情。⑧3陈更生 宋洁 摄\n");
    assert_string_equal(np_node_get_source(nt_find(doc, NP_NODE_CREDIT, 0)), "陈更生、宋洁");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)),
                        "9月10日是全国第26个教师节，郑州部分大学校园里的花店生意异常火爆。"
                        "学生们纷纷送鲜花给老师，以此表达自己对老师的感恩之情。⑧3");
    np_document_free(doc);
    doc = nt_parse("　　不是每个人都有机会用相机来面对某个历史时刻,用最真实、最直观、最简单的方法记录下来并传播给大众。"
                   "当摄影记者会很辛苦,但是从事新闻工作很幸运、很值得。\n\n文:王湧\n\n图:王湧 汪昊 胡蝶飞\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_AUTHOR, 0)), "王湧");
    assert_string_equal(np_node_get_source(nt_find(doc, NP_NODE_CREDIT, 0)), "王湧、汪昊、胡蝶飞");
    assert_int_equal(nt_count(doc, NP_NODE_SECTION_HEAD), 0);
    np_document_free(doc);
}

/* 江门日报 2010-11-06 (b43/r208): names alone after three blank lines are
 * portraits' captions, not a byline or heads. */
static void test_portrait_names(void **state)
{
    (void)state;
    np_node *doc = nt_parse("明星、嘉宾眼中的侨乡江门——\n山好,水好,人更好!\n\n\n\n红线女\n\n\n\n梅小惠\n\n\n\n张可颐\n\n"
                            "粤剧大师红线女:\n“原来我们江门出了这么多人才”\n\n"
                            "红色的风衣、白皙的皮肤、轻盈的脚步……举手投足散发魅力、一笑一颦尽显不凡气质。\n");
    assert_int_equal(nt_count(doc, NP_NODE_FIGURE), 3);
    assert_null(nt_find(doc, NP_NODE_BYLINE, 0));
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 1)), "梅小惠");
    np_document_free(doc);
}

/* 盐城日报 2024-05-05 (b51/r250): the page's pictures and their provider
 * right after (本版图片受访者提供), a page credit. */
static void test_page_pictures_provider(void **state)
{
    (void)state;
    np_node *doc = nt_parse("青春之歌 嘹亮盐城\n\n新时代是追梦者的时代,也是广大青年成就梦想的时代。\n\n本版图片受访者提供\n");
    const np_node *cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_string_equal(np_node_get_source(cr), "受访者");
    assert_null(nt_find(doc, NP_NODE_SECTION_HEAD, 0));
    np_document_free(doc);
}

/* 三湘都市报 2009-08-06 (b45/r219): after text and three blank lines a
 * short line is a caption even with a byline three paragraphs on: only a
 * byline right under it would make it the next article's title. */
static void test_caption_after_gap_byline_later(void **state)
{
    (void)state;
    np_node *doc = nt_parse("（上接A01版）\n\n60年前的8月5日晚上,夜色沉沉,长沙市民却看到了直射过来的缕缕光明。\n\n\n\n"
                            "9时,3位“主席”从湖南日报报业集团出发,开始巡游长沙\n\n"
                            "本报举行“‘主席’游长沙,三湘看巨变”暨“预祝三湘都市报改版成功”的大型庆祝活动。\n\n"
                            "“主席”游长沙,岳麓山上、橘子洲头、第一师范、火宫殿里,看主席“敢教日月换新天”豪言后的新长沙。\n\n"
                            "三湘看巨变。\n\n■记者 李琪 黄京 实习生 李萍 张燕\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    assert_null(nt_find(doc, NP_NODE_HEADLINE, 0));
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)), "9时,3位“主席”从湖南日报报业集团出发,开始巡游长沙");
    np_document_free(doc);
}

/* 人民日报 2025-12-09 第18版 (tests/pages-real/b27/r129): 图为伍艳妮摄, the
 * picture is the photographer's: a credit, not a second caption. */
static void test_tuwei_credit(void **state)
{
    (void)state;
    nt_check_content("青春在基层一线绽放\n\n本报记者  张三\n\n驻村工作队员扎根一线。\n\n\n\n"
                     "蕉江瑶族乡贤洞村驻村工作队员与农户一同采收红提。\n图为伍艳妮摄\n\n他们与群众想在一起、干在一起。\n",
                     "article 1\n  headline 1 青春在基层一线绽放\n  byline 3 本报记者  张三\n    author 张三\n"
                     "  paragraph 5 驻村工作队员扎根一线。\n"
                     "  figure 9\n    caption 9 蕉江瑶族乡贤洞村驻村工作队员与农户一同采收红提。\n"
                     "    credit 10 图为伍艳妮摄 {photographer|伍艳妮}\n"
                     "  paragraph 12 他们与群众想在一起、干在一起。\n");
}

/* 人民日报 2025-07-15 第13版 (tests/pages-real/b25/r117): X提供 after an
 * office (黔西市委宣传部), glued after the caption's sentence and on a line
 * of its own under it. */
static void test_provided_by_office(void **state)
{
    (void)state;
    nt_check_content("青山绿水成金山\n\n本报记者  张三\n\n苦干一年，古胜村种下250亩果树，包括核桃、柿子和樱桃。\n\n\n\n"
                     "治理前的古胜村。 黔西市委宣传部提供\n\n\n\n治理后的古胜村。\n黔西市委宣传部提供\n\n"
                     "“结果不易，过程更难。”\n",
                     "article 1\n  headline 1 青山绿水成金山\n  byline 3 本报记者  张三\n    author 张三\n"
                     "  paragraph 5 苦干一年，古胜村种下250亩果树，包括核桃、柿子和樱桃。\n"
                     "  figure 9\n    caption 9 治理前的古胜村。\n    credit 9 黔西市委宣传部提供 {provided|黔西市委宣传部}\n"
                     "  figure 13\n    caption 13 治理后的古胜村。\n    credit 14 黔西市委宣传部提供 {provided|黔西市委宣传部}\n"
                     "  paragraph 16 “结果不易，过程更难。”\n");
}

/* 图/X提供 glued after the caption's sentence (大洋网 2025-05-28). */
static void test_caption_credit_glued_slash_provider(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "刚建成时的华侨新村。图/越秀区华乐街道提供\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 刚建成时的华侨新村。\n"
                          "    credit 9 图/越秀区华乐街道提供 {provided|越秀区华乐街道}\n"
                          "  paragraph 11 " P2 "\n");
}

/* 光明日报 2018-03-02 (tests/pages-real/b8 r37): the agency after a slash. */
static void test_caption_credit_glued_slash_agency(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "河北省非物质文化遗产迁安手工桑皮纸代表性传承人蔡芝军(左)介绍书画桑皮纸的特点。李瑛摄/光明图片\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 河北省非物质文化遗产迁安手工桑皮纸代表性传承人蔡芝军(左)介绍书画桑皮纸的特点。\n"
                          "    credit 9 李瑛摄/光明图片 {photographer|李瑛}\n"
                          "  paragraph 11 " P2 "\n");
}

static void test_caption_credit_one_line_bracket(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "社区志愿者为老人测量血压。(图片由富阳区富春街道提供)\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 社区志愿者为老人测量血压。\n"
                          "    credit 9 图片由富阳区富春街道提供 {provided|富阳区富春街道}\n"
                          "  paragraph 11 " P2 "\n");
}

static void test_caption_credit_one_line_provided_words(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "山阴城隍庙会 图片由府山街道提供\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 山阴城隍庙会\n"
                          "    credit 9 图片由府山街道提供 {provided|府山街道}\n"
                          "  paragraph 11 " P2 "\n");
}

/* The credit after one blank line still belongs to the figure (002 81-83). */
static void test_credit_after_blank_line(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "图③：游客在义乌国际商贸城选购商品。\n\n吕  斌摄\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 图③：游客在义乌国际商贸城选购商品。\n"
                          "    credit 11 吕  斌摄 {photographer|吕斌}\n"
                          "  paragraph 13 " P2 "\n");
}

/* Captions with 图①： and 图为… keep their text. */
static void test_numbered_captions(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "图①：6月2日，河南省西平县的农民在麦田里收割小麦。\n新华社记者 徐昱杭 摄\n"
                          "\n\n\n"
                          "图② 农机手在田间检修收割机。\n金俊杰/摄\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 图①：6月2日，河南省西平县的农民在麦田里收割小麦。\n"
                          "    credit 10 新华社记者 徐昱杭 摄 {photographer|徐昱杭}\n"
                          "  figure 14\n"
                          "    caption 14 图② 农机手在田间检修收割机。\n"
                          "    credit 15 金俊杰/摄 {photographer|金俊杰}\n"
                          "  paragraph 17 " P2 "\n");
}

/* A figure after the article's last paragraph belongs to the article. */
static void test_figure_closes_article(void **state)
{
    (void)state;
    np_node *doc = nt_parse(FIG_AFTER_P1 "太平人寿网点内的便民设施\n图片由太平人寿金华中心支公司提供\n");
    const np_node *fig = nt_find(doc, NP_NODE_FIGURE, 0);
    assert_non_null(fig);
    assert_int_equal(np_node_get_type(np_node_parent(fig)), NP_NODE_ARTICLE);
    np_document_free(doc);
}

/* An article credit after the last paragraph, without its brackets. */
static void test_article_credit(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n" P2 "\n\n（图片由富阳区富春街道提供）\n",
             HEAD P1_LINE "  paragraph 7 " P2 "\n"
                          "  credit 9 图片由富阳区富春街道提供 {provided|富阳区富春街道}\n");
}

static void test_article_credit_ascii_brackets(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n" P2 "\n\n(图片由富阳区富春街道提供)\n",
             HEAD P1_LINE "  paragraph 7 " P2 "\n"
                          "  credit 9 图片由富阳区富春街道提供 {provided|富阳区富春街道}\n");
}

/* 数据来源：X after an article is an article credit of kind data. */
static void test_article_data_credit(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n" P2 "\n\n数据来源：南京市人力资源和社会保障局\n",
             HEAD P1_LINE "  paragraph 7 " P2 "\n"
                          "  credit 9 数据来源：南京市人力资源和社会保障局 {data|南京市人力资源和社会保障局}\n");
}

/* Under a chart caption it is the figure's credit. */
static void test_figure_data_credit(void **state)
{
    (void)state;
    nt_check(FIG_AFTER_P1 "今年前4个月我国外贸进出口情况\n数据来源：海关总署\n\n" P2 "\n",
             HEAD P1_LINE "  figure 9\n"
                          "    caption 9 今年前4个月我国外贸进出口情况\n"
                          "    credit 10 数据来源：海关总署 {data|海关总署}\n"
                          "  paragraph 12 " P2 "\n");
}

/* 本版图片由X提供 is a credit of the page, at document level. */
static void test_page_credit(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n" P2 "\n\n本版图片由中国人寿寿险浙江省分公司、嵊州医保局提供\n",
             HEAD P1_LINE "  paragraph 7 " P2 "\n"
                          "credit 9 本版图片由中国人寿寿险浙江省分公司、嵊州医保局提供 "
                          "{provided|中国人寿寿险浙江省分公司、嵊州医保局}\n");
    /* SPEC §1: 本版X图均为Y提供 */
    nt_check(START P1 "\n\n" P2 "\n\n本版图片均为新华社提供\n",
             HEAD P1_LINE "  paragraph 7 " P2 "\n"
                          "credit 9 本版图片均为新华社提供 {provided|新华社}\n");
}

/* Photo news before any article belongs to the page. */
static void test_photo_news_before_articles(void **state)
{
    (void)state;
    nt_check("8月3日，游客在浙江省杭州市西湖景区游览。当日，西湖景区迎来暑期客流高峰，各景点秩序井然。⑤\n"
             "新华社记者 王东震 摄\n"
             "\n"
             START P1 "\n",
             "figure 1\n"
             "  caption 1 8月3日，游客在浙江省杭州市西湖景区游览。当日，西湖景区迎来暑期客流高峰，各景点秩序井然。⑤\n"
             "  credit 2 新华社记者 王东震 摄 {photographer|王东震}\n"
             "article 4\n"
             "  headline 4 富阳区富春街道打造“15分钟医疗服务圈”\n"
             "  byline 6 沈超 章任艳\n    author 沈超\n    author 章任艳\n"
             "  paragraph 8 " P1 "\n");
}

/* ---------------------------------------------------------------- */
/* Credit forms: kind and source, on the line under a caption.       */
/* ---------------------------------------------------------------- */

typedef struct credit_case {
    const char *line;
    const char *text;
    np_credit_kind kind;
    const char *source;
} credit_case;

static const credit_case credit_cases[] = {
    {"张立新 摄", "张立新 摄", NP_CREDIT_PHOTOGRAPHER, "张立新"},
    {"张立新摄", "张立新摄", NP_CREDIT_PHOTOGRAPHER, "张立新"},
    {"徐  捷摄", "徐  捷摄", NP_CREDIT_PHOTOGRAPHER, "徐捷"},
    {"钱  刚摄（影像中国）", "钱  刚摄（影像中国）", NP_CREDIT_PHOTOGRAPHER, "钱刚"},
    {"李瑛摄/光明图片", "李瑛摄/光明图片", NP_CREDIT_PHOTOGRAPHER, "李瑛"},
    {"本报记者 郝雪松 摄", "本报记者 郝雪松 摄", NP_CREDIT_PHOTOGRAPHER, "郝雪松"},
    {"本报记者 宋雨晴摄", "本报记者 宋雨晴摄", NP_CREDIT_PHOTOGRAPHER, "宋雨晴"},
    {"新华社记者 徐昱杭 摄", "新华社记者 徐昱杭 摄", NP_CREDIT_PHOTOGRAPHER, "徐昱杭"},
    {"本报记者 钱雨晴 通讯员 秦文轩 摄", "本报记者 钱雨晴 通讯员 秦文轩 摄", NP_CREDIT_PHOTOGRAPHER, "钱雨晴、秦文轩"},
    {"本报记者 林  海 摄影报道", "本报记者 林  海 摄影报道", NP_CREDIT_PHOTOGRAPHER, "林海"},
    {"（周晓川/摄）", "周晓川/摄", NP_CREDIT_PHOTOGRAPHER, "周晓川"},
    {"方佳/摄", "方佳/摄", NP_CREDIT_PHOTOGRAPHER, "方佳"},
    /* 人民日报 2025-07-02 (tests/pages-real/b16/r72): 提供 after an organisation */
    {"台儿庄大战纪念馆提供", "台儿庄大战纪念馆提供", NP_CREDIT_PROVIDED, "台儿庄大战纪念馆"},
    /* SPEC §1's forms: a marker before the credit, 数据来源于 */
    {"□钟 静/摄", "钟 静/摄", NP_CREDIT_PHOTOGRAPHER, "钟静"},
    {"数据来源于国家统计局", "数据来源于国家统计局", NP_CREDIT_DATA, "国家统计局"},
    /* 人民日报 2026-01-08 (tests/pages-real/b19/r87) */
    {"以上图片均为根河市融媒体中心提供", "以上图片均为根河市融媒体中心提供", NP_CREDIT_PROVIDED, "根河市融媒体中心"},
    {"图片由新华保险金华中心支公司提供", "图片由新华保险金华中心支公司提供", NP_CREDIT_PROVIDED, "新华保险金华中心支公司"},
    {"（图片由南浔区练市镇提供）", "图片由南浔区练市镇提供", NP_CREDIT_PROVIDED, "南浔区练市镇"},
    {"桐乡市委宣传部供图", "桐乡市委宣传部供图", NP_CREDIT_PROVIDED, "桐乡市委宣传部"},
    {"新华社发（资料图片）", "新华社发（资料图片）", NP_CREDIT_PROVIDED, "新华社"},
    {"数据来源：海关总署", "数据来源：海关总署", NP_CREDIT_DATA, "海关总署"},
};

static void test_credit_forms(void **state)
{
    (void)state;
    int failed = 0;
    for (size_t i = 0; i < sizeof credit_cases / sizeof credit_cases[0]; i++) {
        const credit_case *c = &credit_cases[i];
        char text[2048];
        snprintf(text, sizeof text, FIG_AFTER_P1 "农机手在田间检修收割机\n%s\n\n" P2 "\n", c->line);
        np_node *doc = nt_parse(text);
        const np_node *cr = nt_find(doc, NP_NODE_CREDIT, 0);
        const np_node *fig = nt_find(doc, NP_NODE_FIGURE, 0);
        if (!cr || !fig || np_node_parent(cr) != fig || strcmp(np_node_get_text(cr), c->text) != 0 ||
            np_node_get_credit_kind(cr) != c->kind || strcmp(np_node_get_source(cr), c->source) != 0 ||
            np_node_get_line(cr) != 10) {
            char *o = nt_outline(doc);
            print_error("credit line \"%s\": expected figure credit \"%s\" {%s|%s} on line 10, got:\n%s\n", c->line,
                        c->text, np_credit_kind_name(c->kind), c->source, o);
            free(o);
            failed++;
        }
        np_document_free(doc);
    }
    assert_int_equal(failed, 0);
}

#define ZK_P "本报讯 6月3日至5日,我市举行“通江达海、魅力新城”周口市摄影·短视频展览之大地赠金采风活动。来自新华社、光明日报、河南日报、郑州日报等20多家中央、省、市级媒体的50多名记者和部分省、市摄影家协会成员齐聚周口,用镜头记录我市取得的可喜成就。"
/* A picture between the title and its byline (周口晚报 2018-06-06): the
 * short line after the figure gap under title lines with no text yet is
 * the caption, not the next article's headline, though a byline follows. */
static void test_figure_between_title_and_byline(void **state)
{
    (void)state;
    nt_check("大地赠金采风 记录魅力新城\n\n我市举行摄影·短视频展览之大地赠金采风活动\n\n\n\n大娘,来摆个造型!\n\n"
             "□记者 张洪涛 文/图\n\n" ZK_P "\n",
             "article 1\n  kicker 1 大地赠金采风 记录魅力新城\n  headline 3 我市举行摄影·短视频展览之大地赠金采风活动\n"
             "  figure 7\n    caption 7 大娘,来摆个造型!\n"
             "  byline 9 记者 张洪涛 文/图\n    author 张洪涛\n"
             "  paragraph 11 " ZK_P "\n");
}


/* 中央社 2026-01-01 and 2025-12-15 (b89/r437, r438), 民營經濟報 2019-04-26
 * (b90/r443): the day a picture was taken after its verb (攝 114年12月31日)
 * stays in the credit's text, not in its source; a listed agency alone under
 * a caption sent the picture, and so does an agency after the picture's role
 * word, glued to the caption or on a line of its own (圖/新華社). */
static void test_agency_credits(void **state)
{
    (void)state;
    np_node *doc = nt_parse("中央通訊社\n2026年1月1日 星期四\n\n地方新聞\n\n\n\n"
                            "「台北最High新年城–2026跨年晚會」31日晚間在北市府前廣場盛大展開，活動現場周邊不時可見員警身影出沒，"
                            "加強巡視以守護民眾人身安全。\n中央社記者張新偉攝 114年12月31日\n\n"
                            "出席元旦升旗 連江縣長王忠銘：困難一直都在\n\n\n\n"
                            "連江縣政府1日上午在南竿福澳體育場舉辦115年元旦升旗暨健行活動，軍民共同響應參與，並由縣長王忠銘（前中）主持升旗。\n"
                            "中央社\n\n"
                            "（中央社記者潘欣彤連江縣1日電）連江縣政府今天上午於南竿鄉舉辦115年元旦升旗暨健行活動。\n");
    assert_int_equal(nt_count(doc, NP_NODE_CREDIT), 2);
    const np_node *cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_int_equal(np_node_get_credit_kind(cr), NP_CREDIT_PHOTOGRAPHER);
    assert_string_equal(np_node_get_source(cr), "張新偉");
    assert_string_equal(np_node_get_text(cr), "中央社記者張新偉攝 114年12月31日");
    cr = nt_find(doc, NP_NODE_CREDIT, 1);
    assert_int_equal(np_node_get_credit_kind(cr), NP_CREDIT_PROVIDED);
    assert_string_equal(np_node_get_source(cr), "中央社");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "出席元旦升旗 連江縣長王忠銘：困難一直都在");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    np_document_free(doc);
    doc = nt_parse("冷氣團及輻射冷卻影響 新北等4縣市今晨低溫探10度以下\n\n\n\n"
                   "中央氣象署發布低溫特報,因大陸冷氣團及輻射冷卻影響,15日清晨至上午新北市等4縣市防10度以下低溫。"
                   "圖為台北市街頭穿著保暖衣物的行人。中央社記者徐肇昌攝 114年12月14日\n\n"
                   "根據中央氣象署發布的低溫特報,受到大陸冷氣團及輻射冷卻影響,今天清晨至上午各地氣溫明顯偏低。\n");
    cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_string_equal(np_node_get_source(cr), "徐肇昌");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)),
                        "中央氣象署發布低溫特報,因大陸冷氣團及輻射冷卻影響,15日清晨至上午新北市等4縣市防10度以下低溫。"
                        "圖為台北市街頭穿著保暖衣物的行人。");
    np_document_free(doc);
    doc = nt_parse("創新：深圳製造超常規發展的永動力\n\n"
                   "　　從深圳蛇口所處的南山北瞰，深圳西麗湖國際科教城、東莞松山湖國際機器人產業基地、廣州大學城……創新\n\n\n\n"
                   "深圳雙創周主會場展示的激光8k投影幕牆圖/新華社\n\n\n\n"
                   "航拍東莞市松山湖國際機器人產業基地\n圖/新華社\n\n"
                   "還不完全像事業單位的“四不像”新型研發機構，也成為知識產業碰撞“火花”的有效平台。\n");
    assert_int_equal(nt_count(doc, NP_NODE_CREDIT), 2);
    for (int i = 0; i < 2; i++) {
        cr = nt_find(doc, NP_NODE_CREDIT, i);
        assert_int_equal(np_node_get_credit_kind(cr), NP_CREDIT_PROVIDED);
        assert_string_equal(np_node_get_source(cr), "新華社");
    }
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)), "深圳雙創周主會場展示的激光8k投影幕牆");
    np_document_free(doc);
    /* 宁波日报 (b47/r231): the paper that employs the photographers first */
    doc = nt_parse("菊花展开幕\n\n　　本次花卉展由30多万盆600余种形态各异的菊花构成了15处造型新奇的立体景点。\n\n"
                   "(宁波日报 胡建华 陈建彪 潘立娟 摄)\n");
    cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_int_equal(np_node_get_credit_kind(cr), NP_CREDIT_PHOTOGRAPHER);
    assert_string_equal(np_node_get_source(cr), "胡建华、陈建彪、潘立娟");
    np_document_free(doc);
}


/* 大同日报 2024-05-06 (b101/r498): a short line over a picture with text
 * under the picture is the story's headline, not the page's name; 馬祖日報
 * 2022-02-16 (b103/r510): the picture's role word in brackets after the
 * caption's last sentence starts its credit, 圖/文 with it. */
static void test_photo_under_headline(void **state)
{
    (void)state;
    np_node *doc = nt_parse("大同日报\n\n2024年5月6日 星期一\n10\n\n亦师亦友亦知己\n\n\n\n"
                            "一九五九年大同报社编辑部和印刷厂工作人员合影\n\n"
                            "  作为大同人,我每天必看的报纸就是《大同日报》了。\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "亦师亦友亦知己");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)), "一九五九年大同报社编辑部和印刷厂工作人员合影");
    np_document_free(doc);
    doc = nt_parse("元宵節 縣長等一行前往南竿各廟宇上香 祈闔境平安\n\n"
                   "　　【記者曹重偉報導】15日晚間今年元宵節,縣長劉增應一行前往南竿各廟宇上香。\n\n\n\n"
                   "元宵佳節,各村廟宇香火鼎盛,縣長劉增應夫婦、副縣長王忠銘、秘書長張龍德等一行,前往南竿各廟宇上香祈福。(圖/文:曹重偉)\n");
    const np_node *cr = nt_find(doc, NP_NODE_CREDIT, 0);
    assert_non_null(cr);
    assert_int_equal(np_node_get_credit_kind(cr), NP_CREDIT_PHOTOGRAPHER);
    assert_string_equal(np_node_get_source(cr), "曹重偉");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_CAPTION, 0)),
                        "元宵佳節,各村廟宇香火鼎盛,縣長劉增應夫婦、副縣長王忠銘、秘書長張龍德等一行,前往南竿各廟宇上香祈福。");
    np_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_photo_under_headline),
        cmocka_unit_test(test_agency_credits),
        cmocka_unit_test(test_marker_and_at_sign_credits),
        cmocka_unit_test(test_tuwei_credit),
        cmocka_unit_test(test_listed_photographers),
        cmocka_unit_test(test_credit_ends_short_item),
        cmocka_unit_test(test_long_name_credit_after_sentence),
        cmocka_unit_test(test_caption_after_gap_byline_later),
        cmocka_unit_test(test_verb_first_credit),
        cmocka_unit_test(test_traditional_credits),
        cmocka_unit_test(test_portrait_names),
        cmocka_unit_test(test_page_pictures_provider),
        cmocka_unit_test(test_provided_by_office),
        cmocka_unit_test(test_figure_between_title_and_byline),
        cmocka_unit_test(test_caption_credit_glued_source),
        cmocka_unit_test(test_caption_credit_glued_slash_provider),
        cmocka_unit_test(test_caption_credit_glued_slash_agency),
        cmocka_unit_test(test_glued_credit_split),
        cmocka_unit_test(test_caption_alone),
        cmocka_unit_test(test_caption_alone_at_end),
        cmocka_unit_test(test_caption_credit_next_line),
        cmocka_unit_test(test_caption_credit_one_line_photographer),
        cmocka_unit_test(test_caption_credit_one_line_padded_photographer),
        cmocka_unit_test(test_caption_credit_one_line_supplied),
        cmocka_unit_test(test_caption_credit_glued_supplied),
        cmocka_unit_test(test_caption_credit_one_line_bracket),
        cmocka_unit_test(test_caption_credit_one_line_provided_words),
        cmocka_unit_test(test_credit_after_blank_line),
        cmocka_unit_test(test_numbered_captions),
        cmocka_unit_test(test_figure_closes_article),
        cmocka_unit_test(test_article_credit),
        cmocka_unit_test(test_article_credit_ascii_brackets),
        cmocka_unit_test(test_article_data_credit),
        cmocka_unit_test(test_figure_data_credit),
        cmocka_unit_test(test_page_credit),
        cmocka_unit_test(test_photo_news_before_articles),
        cmocka_unit_test(test_credit_forms),
        cmocka_unit_test(test_image_line_caption_credit),
        cmocka_unit_test(test_photo_role_credits),
        cmocka_unit_test(test_image_line_then_paragraph),
        cmocka_unit_test(test_image_line_short_caption),
        cmocka_unit_test(test_image_inside_sentence_is_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
