/*
 * test_openings.c - how stories open on pages of other papers: datelines,
 * headlines with no byline, numbered heads, interview questions, bylines
 * in brackets, column labels, page names known only by their place.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "newsparse.h"
#include "nptest.h"

#define BODY1 "近年来，当地持续推进产业转型升级，一批重点项目相继落地投产，带动就业超过两千人。"
#define BODY2 "下一步，当地将继续优化营商环境，推动更多企业扩大投资、增加产能。"

/* A short line before a dateline paragraph is the next story's headline,
 * even after a finished paragraph and with no byline. */
static void test_dateline_opens_story(void **state)
{
    (void)state;
    nt_check_content("西部陆海新通道班列今年开行超3000列\n"
                     "\n"
                     "新华社南宁5月20日电 记者从国铁南宁局获悉，今年以来，海铁联运班列累计开行超过3000列。\n"
                     "\n"
                     "浙江“村BA”省级联赛落幕\n"
                     "\n"
                     "本报讯 4日晚，2024年浙江省“村BA”省级联赛总决赛在金华市浦江县落幕。\n",
                     "article 1\n"
                     "  headline 1 西部陆海新通道班列今年开行超3000列\n"
                     "  paragraph 3 新华社南宁5月20日电 记者从国铁南宁局获悉，今年以来，海铁联运班列累计开行超过3000列。\n"
                     "article 5\n"
                     "  headline 5 浙江“村BA”省级联赛落幕\n"
                     "  paragraph 7 本报讯 4日晚，2024年浙江省“村BA”省级联赛总决赛在金华市浦江县落幕。\n");
}

/* 机构：… names its subject: a headline, even in an article that has only
 * a headline and a lead so far. */
static void test_entity_colon_headline(void **state)
{
    (void)state;
    nt_check_content("龙泉市：青瓷产业年产值突破四十亿元\n"
                     "\n" BODY1 "\n"
                     "\n"
                     "遂昌县：“数字工匠”培育计划惠及三千余人\n"
                     "\n" BODY2 "\n",
                     "article 1\n"
                     "  headline 1 龙泉市：青瓷产业年产值突破四十亿元\n"
                     "  paragraph 3 " BODY1 "\n"
                     "article 5\n"
                     "  headline 5 遂昌县：“数字工匠”培育计划惠及三千余人\n"
                     "  paragraph 7 " BODY2 "\n");
}

/* （一）…，… and 一、… are heads, commas and all. */
static void test_numbered_heads(void **state)
{
    (void)state;
    nt_check_content("因地制宜发展新质生产力\n"
                     "\n"
                     "■ 江 禾\n"
                     "\n" BODY1 "\n"
                     "\n"
                     "（一）坚持因地制宜，防止“一哄而上”\n"
                     "\n" BODY2 "\n"
                     "\n"
                     "二、坚持先立后破\n"
                     "\n" BODY1 "\n",
                     "article 1\n"
                     "  headline 1 因地制宜发展新质生产力\n"
                     "  byline 3 江 禾\n"
                     "    author 江禾\n"
                     "  paragraph 5 " BODY1 "\n"
                     "  section_head 7 （一）坚持因地制宜，防止“一哄而上”\n"
                     "  paragraph 9 " BODY2 "\n"
                     "  section_head 11 二、坚持先立后破\n"
                     "  paragraph 13 " BODY1 "\n");
}

/* An interviewer's short question is a paragraph, not a head. */
static void test_interview_question(void **state)
{
    (void)state;
    nt_check_content("让每一所乡村学校都有好老师\n"
                     "\n"
                     "本报记者 陈 静\n"
                     "\n"
                     "记者：为什么会出现分布不均衡的情况？\n"
                     "\n"
                     "陈立群：主要是城乡之间的待遇和发展机会还有差距。\n",
                     "article 1\n"
                     "  headline 1 让每一所乡村学校都有好老师\n"
                     "  byline 3 本报记者 陈 静\n"
                     "    author 陈静\n"
                     "  paragraph 5 记者：为什么会出现分布不均衡的情况？\n"
                     "  paragraph 7 陈立群：主要是城乡之间的待遇和发展机会还有差距。\n");
}

/* A byline set in brackets on its own line; a note in brackets is text. */
static void test_bracketed_lines(void **state)
{
    (void)state;
    nt_check_content("传统产业焕发新活力\n"
                     "\n"
                     "（本报记者 李 想 王新民）\n"
                     "\n" BODY1 "\n"
                     "\n"
                     "（作者为浙江省社会科学院研究员）\n",
                     "article 1\n"
                     "  headline 1 传统产业焕发新活力\n"
                     "  byline 3 本报记者 李 想 王新民\n"
                     "    author 李想\n"
                     "    author 王新民\n"
                     "  paragraph 5 " BODY1 "\n"
                     "  paragraph 7 （作者为浙江省社会科学院研究员）\n");
}

/* A role alone is a byline, and its own author (SPEC: every byline has
 * one); a column's name is not one. */
static void test_role_only_and_column_label(void **state)
{
    (void)state;
    nt_check_content("坚持稳中求进，推动高质量发展\n"
                     "\n"
                     "本报评论员\n"
                     "\n" BODY1 "\n",
                     "article 1\n"
                     "  headline 1 坚持稳中求进，推动高质量发展\n"
                     "  byline 3 本报评论员\n"
                     "    author 本报评论员\n"
                     "  paragraph 5 " BODY1 "\n");
    np_node *doc = nt_parse("■ 记者手记\n\n" BODY1 "\n");
    assert_int_equal(nt_count(doc, NP_NODE_BYLINE), 0);
    np_document_free(doc);
}

/* A short title may end with ！; a long line that does is a sentence. */
static void test_exclaimed_headline(void **state)
{
    (void)state;
    nt_check_content("你好，2024！\n"
                     "\n"
                     "■ 许慧君\n"
                     "\n" BODY1 "\n",
                     "article 1\n"
                     "  headline 1 你好，2024！\n"
                     "  byline 3 许慧君\n"
                     "    author 许慧君\n"
                     "  paragraph 5 " BODY1 "\n");
}

/* A page name outside the common vocabulary, among the header lines. */
static void test_page_name_by_position(void **state)
{
    (void)state;
    nt_check("瓯江日报\n"
             "\n"
             "县域经济\n"
             "\n"
             "第3版\n"
             "\n"
             "龙泉市：青瓷产业年产值突破四十亿元\n"
             "\n" BODY1 "\n",
             "furniture 1 瓯江日报 {page_name|}\n"
             "furniture 3 县域经济 {page_name|}\n"
             "furniture 5 第3版 {page_number|}\n"
             "article 7\n"
             "  headline 7 龙泉市：青瓷产业年产值突破四十亿元\n"
             "  paragraph 9 " BODY1 "\n");
}

/* A headline followed by a picture and then its dateline paragraph. */
static void test_figure_between_headline_and_dateline(void **state)
{
    (void)state;
    nt_check_content("湖州织里：童装产业加快数字化\n"
                     "\n" BODY1 "\n"
                     "\n"
                     "青田侨乡咖啡香飘四方\n"
                     "\n"
                     "\n"
                     "\n"
                     "青田县城的一家侨乡咖啡馆里，咖啡师正在制作手冲咖啡。\n"
                     "\n"
                     "本报7月1日讯（记者 周  游）走进青田县城的咖啡街区，浓郁的咖啡香扑面而来。\n",
                     "article 1\n"
                     "  headline 1 湖州织里：童装产业加快数字化\n"
                     "  paragraph 3 " BODY1 "\n"
                     "article 5\n"
                     "  headline 5 青田侨乡咖啡香飘四方\n"
                     "  figure 9\n"
                     "    caption 9 青田县城的一家侨乡咖啡馆里，咖啡师正在制作手冲咖啡。\n"
                     "  paragraph 11 本报7月1日讯（记者 周  游）走进青田县城的咖啡街区，浓郁的咖啡香扑面而来。\n");
}

/* Datelines of other forms: a news service's name ending with 讯, and
 * the agency or paper, place and date in brackets before the text
 * (星島日報, b34/r164: each story a bare headline and one paragraph). */
static void test_service_and_bracket_datelines(void **state)
{
    (void)state;
    static const char *const leads[] = {
        "证券时报e公司讯，德隆精工11月13日在投资者关系活动中披露，公司前三季度净利润同比增长。",
        "【埃菲社联合国9月24日电】按照惯例，巴西总统作为首位发言的国家元首登台发言。",
        "【美国《华尔街日报》网站9月23日报道】美国制造业近年来在政策扶持下加快回流。",
        "(星島日報報道)深圳清水河的供港活豬中轉站有豬隻感染非洲豬瘟,涉及廣東省一個豬場,中轉站需即時關閉及消毒。",
        "信报讯(记者杜丁)昨天,香港中文大学组团来到北大和清华,首次举办招收内地研究生的招生说明会。",
        /* 自由時報 2025-04-28 (b64/r313): the reporters in 〔〕, 報導 */
        "〔記者黃良傑/高雄報導〕高雄鼓山區一名男子今天自某華廈墜樓,墜落至某廟後方血泊躺地,經消防局救護車緊送醫搶救,",
    };
    for (size_t i = 0; i < sizeof leads / sizeof *leads; i++) {
        char page[1024], tree[1024];
        snprintf(page, sizeof page, "%s\n\n" BODY1 "\n\n德隆精工前三季度净利润同比增长46.3%%\n\n%s\n",
                 "西部陆海新通道班列今年开行超3000列", leads[i]);
        snprintf(tree, sizeof tree,
                 "article 1\n  headline 1 西部陆海新通道班列今年开行超3000列\n  paragraph 3 " BODY1 "\n"
                 "article 5\n  headline 5 德隆精工前三季度净利润同比增长46.3%%\n  paragraph 7 %s\n",
                 leads[i]);
        nt_check_content(page, tree);
    }
}

/* A byline in brackets after the text signs the article off: the short
 * line after it opens the next article; an office before the name is no
 * author. */
static void test_end_byline_and_office(void **state)
{
    (void)state;
    nt_check_content("浙江温州：“码上监督”让群众诉求直达\n"
                     "\n" BODY1 "\n"
                     "\n"
                     "（通讯员 陈 实 林 晓）\n"
                     "\n"
                     "借用管理服务对象车辆长期不还如何定性\n"
                     "\n"
                     "江苏省无锡市纪委监委 沈 琪\n"
                     "\n" BODY2 "\n",
                     "article 1\n"
                     "  headline 1 浙江温州：“码上监督”让群众诉求直达\n"
                     "  paragraph 3 " BODY1 "\n"
                     "  byline 5 通讯员 陈 实 林 晓\n"
                     "    author 陈实\n"
                     "    author 林晓\n"
                     "article 7\n"
                     "  headline 7 借用管理服务对象车辆长期不还如何定性\n"
                     "  byline 9 江苏省无锡市纪委监委 沈 琪\n"
                     "    author 沈琪\n"
                     "  paragraph 11 " BODY2 "\n");
}

/* 文/甲 above 图/乙 is one byline; a salutation ending with ： opens the
 * letter's text and is no subheadline. */
static void test_two_line_byline_and_salutation(void **state)
{
    (void)state;
    nt_check_content("传统产业焕发新活力\n"
                     "\n"
                     "文/新疆日报融媒体记者 古丽米拉·艾山\n"
                     "图/新疆日报融媒体记者 韩 磊\n"
                     "\n" BODY1 "\n"
                     "\n"
                     "读者来信\n"
                     "\n"
                     "麦收后的秸秆，村里能不能统一收一收？\n"
                     "\n"
                     "编辑同志：\n"
                     "\n" BODY2 "\n",
                     "article 1\n"
                     "  headline 1 传统产业焕发新活力\n"
                     "  byline 3 文/新疆日报融媒体记者 古丽米拉·艾山 图/新疆日报融媒体记者 韩 磊\n"
                     "    author 古丽米拉·艾山\n"
                     "    author 韩磊\n"
                     "  paragraph 6 " BODY1 "\n"
                     "article 8\n"
                     "  kicker 8 读者来信\n"
                     "  headline 10 麦收后的秸秆，村里能不能统一收一收？\n"
                     "  paragraph 12 编辑同志：" BODY2 "\n");
}

/* 本报记者 X 摄影报道 right under the headline signs a photo story: it is
 * its byline, and makes the line above a headline even after text. */
static void test_photo_story_byline(void **state)
{
    (void)state;
    nt_check_content("传统产业焕发新活力\n"
                     "\n" BODY1 "\n"
                     "\n"
                     "喀什古城：千年老街焕新颜\n"
                     "\n"
                     "本报记者 买买提明·艾则孜 摄影报道\n"
                     "\n" BODY2 "\n",
                     "article 1\n"
                     "  headline 1 传统产业焕发新活力\n"
                     "  paragraph 3 " BODY1 "\n"
                     "article 5\n"
                     "  headline 5 喀什古城：千年老街焕新颜\n"
                     "  byline 7 本报记者 买买提明·艾则孜 摄影报道\n"
                     "    author 买买提明·艾则孜\n"
                     "  paragraph 9 " BODY2 "\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_opens_story),
        cmocka_unit_test(test_entity_colon_headline),
        cmocka_unit_test(test_numbered_heads),
        cmocka_unit_test(test_interview_question),
        cmocka_unit_test(test_bracketed_lines),
        cmocka_unit_test(test_role_only_and_column_label),
        cmocka_unit_test(test_exclaimed_headline),
        cmocka_unit_test(test_page_name_by_position),
        cmocka_unit_test(test_figure_between_headline_and_dateline),
        cmocka_unit_test(test_service_and_bracket_datelines),
        cmocka_unit_test(test_end_byline_and_office),
        cmocka_unit_test(test_two_line_byline_and_salutation),
        cmocka_unit_test(test_photo_story_byline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
