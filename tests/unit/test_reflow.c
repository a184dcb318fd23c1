/*
 * test_reflow.c - paragraph fragments re-joined across a blank line and
 * across a figure block (the figure placed after the paragraph), the space
 * between two ASCII letters or digits, no join after a sentence end, and a
 * break that falls inside a quotation.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "newsparse.h"
#include "nptest.h"

#define START "富阳区富春街道打造“15分钟医疗服务圈”\n\n■ 沈超 章任艳\n\n"
#define HEAD "article 1\n  headline 1 富阳区富春街道打造“15分钟医疗服务圈”\n  byline 3 沈超 章任艳\n    author 沈超\n    author 章任艳\n"

/* A column break: the fragment continues after one blank line. */
static void test_join_across_blank_line(void **state)
{
    (void)state;
    nt_check(START "近年来，富春街道持续推进基层医疗资源下沉，目前江滨社区已\n"
                   "\n"
                   "实现“15分钟医疗服务圈”，居民步行即可享受基本医疗服务。\n"
                   "\n"
                   "社区卫生服务站还开设了家庭医生签约服务，为辖区老人建立健康档案。\n",
             HEAD "  paragraph 5 近年来，富春街道持续推进基层医疗资源下沉，目前江滨社区已实现“15分钟医疗服务圈”，居民步行即可享受基本医疗服务。\n"
                  "  paragraph 9 社区卫生服务站还开设了家庭医生签约服务，为辖区老人建立健康档案。\n");
}

/* A fragment ending in a clause comma continues too. */
static void test_join_after_comma(void **state)
{
    (void)state;
    nt_check(START "据统计，今年以来社区共开展义诊活动12场，\n"
                   "\n"
                   "服务居民3000余人次。\n",
             HEAD "  paragraph 5 据统计，今年以来社区共开展义诊活动12场，服务居民3000余人次。\n");
}

/* A figure between two fragments does not end the paragraph; the figure
 * comes after the paragraph it interrupted. */
static void test_join_across_figure(void **state)
{
    (void)state;
    nt_check(START "为切实维护医疗保障基金安全，太平洋寿险金华中心支公司通过承办职工补充医疗保险、大病\n"
                   "\n\n\n"
                   "新华保险工作人员为客户办理业务\n"
                   "图片由新华保险金华中心支公司提供\n"
                   "\n"
                   "保险、外伤调查等业务，逐步构建了多方联动机制。\n"
                   "\n"
                   "伴随经济社会高质量发展，民众生活场景日益多元，出行方式更加多样。\n",
             HEAD "  paragraph 5 为切实维护医疗保障基金安全，太平洋寿险金华中心支公司通过承办职工补充医疗保险、大病保险、外伤调查等业务，逐步构建了多方联动机制。\n"
                  "  figure 9\n"
                  "    caption 9 新华保险工作人员为客户办理业务\n"
                  "    credit 10 图片由新华保险金华中心支公司提供 {provided|新华保险金华中心支公司}\n"
                  "  paragraph 14 伴随经济社会高质量发展，民众生活场景日益多元，出行方式更加多样。\n");
}

/* Two figures between the fragments keep their order after the paragraph. */
static void test_join_across_two_figures(void **state)
{
    (void)state;
    nt_check(START "十余年来，该公司依托武义县医疗保障局，持续承接医保经办服务合作，通过承办职工补充医疗保险、大病\n"
                   "\n\n\n"
                   "新华保险工作人员为客户办理业务\n"
                   "图片由新华保险金华中心支公司提供\n"
                   "\n\n\n"
                   "客户现场咨询保险相关业务\n"
                   "图片由太平洋寿险金华中心支公司提供\n"
                   "\n"
                   "保险、外伤调查、医保基金监管等业务。\n",
             HEAD "  paragraph 5 十余年来，该公司依托武义县医疗保障局，持续承接医保经办服务合作，通过承办职工补充医疗保险、大病保险、外伤调查、医保基金监管等业务。\n"
                  "  figure 9\n"
                  "    caption 9 新华保险工作人员为客户办理业务\n"
                  "    credit 10 图片由新华保险金华中心支公司提供 {provided|新华保险金华中心支公司}\n"
                  "  figure 14\n"
                  "    caption 14 客户现场咨询保险相关业务\n"
                  "    credit 15 图片由太平洋寿险金华中心支公司提供 {provided|太平洋寿险金华中心支公司}\n");
}

/* Between two ASCII letters the join is one space. */
static void test_ascii_letters_space(void **state)
{
    (void)state;
    nt_check(START "当地还与外国博主合作推出“Hello\n"
                   "\n"
                   "China”系列短视频，累计播放量超过5000万次。\n",
             HEAD "  paragraph 5 当地还与外国博主合作推出“Hello China”系列短视频，累计播放量超过5000万次。\n");
}

/* Between two ASCII digits as well (a figure between the fragments). */
static void test_ascii_digits_space_across_figure(void **state)
{
    (void)state;
    nt_check(START "研究团队的成果近日发表在国际期刊《Advanced\n"
                   "\n\n\n"
                   "科研人员在实验室调试设备\n"
                   "本报记者 蒋  帆 摄\n"
                   "\n"
                   "Materials》上，引起业内广泛关注。\n",
             HEAD "  paragraph 5 研究团队的成果近日发表在国际期刊《Advanced Materials》上，引起业内广泛关注。\n"
                  "  figure 9\n"
                  "    caption 9 科研人员在实验室调试设备\n"
                  "    credit 10 本报记者 蒋  帆 摄 {photographer|蒋帆}\n");
}

/* Chinese then a digit: no space (增长 + 12.8%). */
static void test_han_digit_no_space(void **state)
{
    (void)state;
    nt_check(START "前4个月，我国对共建“一带一路”国家进出口同比增长\n"
                   "\n"
                   "12.8%，占外贸总值的比重进一步提升。\n",
             HEAD "  paragraph 5 前4个月，我国对共建“一带一路”国家进出口同比增长12.8%，占外贸总值的比重进一步提升。\n");
}

/* A digit-letter word then Chinese: no space (5G + 网络). */
static void test_ascii_han_no_space(void **state)
{
    (void)state;
    nt_check(START "目前，全区所有行政村已经实现5G\n"
                   "\n"
                   "网络全覆盖，智慧养老平台同步上线。\n",
             HEAD "  paragraph 5 目前，全区所有行政村已经实现5G网络全覆盖，智慧养老平台同步上线。\n");
}

/* After a sentence end the next line is a new paragraph. */
static void test_no_join_after_full_stop(void **state)
{
    (void)state;
    nt_check(START "社区卫生服务站开设了家庭医生签约服务。\n"
                   "\n"
                   "家庭医生定期上门随访，为辖区老人建立健康档案。\n",
             HEAD "  paragraph 5 社区卫生服务站开设了家庭医生签约服务。\n"
                  "  paragraph 7 家庭医生定期上门随访，为辖区老人建立健康档案。\n");
}

static void test_no_join_after_question_and_quote(void **state)
{
    (void)state;
    nt_check(START "“你好平安，我的肩膀不舒服，有什么服务可以提供吗？”\n"
                   "\n"
                   "用户一键呼叫后，客服人员迅速响应，安排理疗师上门服务。\n",
             HEAD "  paragraph 5 “你好平安，我的肩膀不舒服，有什么服务可以提供吗？”\n"
                  "  paragraph 7 用户一键呼叫后，客服人员迅速响应，安排理疗师上门服务。\n");
}

/* A break inside a quotation: the fragment ends a sentence but the quote is
 * still open, and the next line closes it first. */
static void test_quote_continuation(void **state)
{
    (void)state;
    nt_check(START "村民王大伯说：“以前村里的路一下雨就泥泞不堪，出门都成问题。\n"
                   "\n"
                   "如今家门口就是柏油路，孩子上学方便多了。”\n"
                   "\n"
                   "据了解，该村今年还将新建一处村级卫生室。\n",
             HEAD "  paragraph 5 村民王大伯说：“以前村里的路一下雨就泥泞不堪，出门都成问题。如今家门口就是柏油路，孩子上学方便多了。”\n"
                  "  paragraph 9 据了解，该村今年还将新建一处村级卫生室。\n");
}

/* A closed quotation and a sentence end: no join. */
static void test_closed_quote_no_join(void **state)
{
    (void)state;
    nt_check(START "“这个服务挺好的，现在给我父母用，以后还可以自己用。”市民李女士说。\n"
                   "\n"
                   "“现在日子越过越好了。”村民张大妈笑着说。\n",
             HEAD "  paragraph 5 “这个服务挺好的，现在给我父母用，以后还可以自己用。”市民李女士说。\n"
                  "  paragraph 7 “现在日子越过越好了。”村民张大妈笑着说。\n");
}

/* The paragraph's line is the line of its first fragment; three fragments. */
static void test_three_fragments(void **state)
{
    (void)state;
    np_node *doc = nt_parse(START "环渚街道深挖本土廉洁文化资源，打造“清风讲堂”，邀请老党员、\n"
                                  "\n"
                                  "老干部讲述身边的廉洁故事，并将廉洁元素融入\n"
                                  "\n"
                                  "社区公园、文化长廊等公共空间。\n");
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 1);
    const np_node *p = nt_find(doc, NP_NODE_PARAGRAPH, 0);
    assert_int_equal(np_node_get_line(p), 5);
    assert_string_equal(np_node_get_text(p), "环渚街道深挖本土廉洁文化资源，打造“清风讲堂”，邀请老党员、老干部讲述身边的廉洁故事，"
                                             "并将廉洁元素融入社区公园、文化长廊等公共空间。");
    np_document_free(doc);
}

/* Trailing spaces on a fragment are not part of the text; a line with
 * trailing spaces and no blank line before the next (001 line 113). */
static void test_trailing_spaces_paragraph(void **state)
{
    (void)state;
    nt_check(START "社区卫生服务站开设了家庭医生签约服务。  \n"
                   "家庭医生定期上门随访，为辖区老人建立健康档案。\n",
             HEAD "  paragraph 5 社区卫生服务站开设了家庭医生签约服务。\n"
                  "  paragraph 6 家庭医生定期上门随访，为辖区老人建立健康档案。\n");
}

/* Verse printed a line per verse, with no blank line between (人民日报
 * 1997-06-21, 张学梦《心花怒放》): each line is its own paragraph, also
 * after a line that ends mid-sentence, and the trace names the rule. */
struct verse_trace {
    size_t line;
    const char *by;
};

static void record_rule(const np_trace *t, void *userdata)
{
    struct verse_trace *v = userdata;
    if (t->line == v->line)
        v->by = t->by;
}

static void test_verse_lines(void **state)
{
    (void)state;
    static const char page[] = START "这些日子,我浸淫在低纬地带的雨季。\n"
                                     "我瞻望着珠江口外那片回归祖国的热土。\n"
                                     "民族情感的粗犷的风\n"
                                     "穿过炽热的每条染色体,\n";
    nt_check(page, HEAD "  paragraph 5 这些日子,我浸淫在低纬地带的雨季。\n"
                        "  paragraph 6 我瞻望着珠江口外那片回归祖国的热土。\n"
                        "  paragraph 7 民族情感的粗犷的风\n"
                        "  paragraph 8 穿过炽热的每条染色体,\n");
    struct verse_trace v = {8, NULL};
    np_options opts;
    np_options_init(&opts);
    opts.on_trace = record_rule;
    opts.trace_userdata = &v;
    np_node *doc = NULL;
    assert_int_equal(np_parse(page, sizeof page - 1, &opts, &doc, NULL), NP_OK);
    assert_non_null(v.by);
    assert_string_equal(v.by, "reflow.line_under_line");
    np_document_free(doc);
}

/* Verse a line per block, lines ending with a comma or nothing (光明日报
 * 2020-11-06, 《霞浦的海》, indented as printed): a run of short lines is
 * verse, each its own
 * paragraph; two short lines alone stay a fragment and its end
 * (test_ascii_han_no_space). */
static void test_verse_blocks(void **state)
{
    (void)state;
    nt_check(START "　　霞浦,霞光的巢穴\n\n　　霞光从此起飞,霞光从此出动\n\n　　黄昏,全部收回,织就满天锦绣\n\n"
                   "　　霞浦,霞光的渊薮\n",
             HEAD "  paragraph 5 霞浦,霞光的巢穴\n"
                  "  paragraph 7 霞光从此起飞,霞光从此出动\n"
                  "  paragraph 9 黄昏,全部收回,织就满天锦绣\n"
                  "  paragraph 11 霞浦,霞光的渊薮\n");
}

/* A block set in with the paragraph indent starts a paragraph even after
 * an unfinished-looking end (人民日报 2025-01-06 第1版, tests/issues/i03
 * p01): the part of a paragraph carried to the next column is never set in. */
static void test_indented_block_starts_paragraph(void **state)
{
    (void)state;
    nt_check(START "\u3000\u3000以中国式现代化全面推进强国建设、民族复兴伟业的关键时期，立足进一步全面深化改革、推进中国式现代化的目标任务，党的二十届三中全会向全党发出动员令——\n\n\u3000\u3000“保持以党的自我革命引领社会革命的高度自觉，坚持用改革精神和严的标准管党治党，完善党的自我革命制度规范体系”。\n\n\u3000\u3000以中国式现代化全面推进强国建设、民族复兴伟业的关键时期，立足进一步全面深化改革、推进中国式现代化的目标任务，党的二十届三中全会向全党发出动员令——\n\n“保持以党的自我革命引领社会革命的高度自觉，坚持用改革精神和严的标准管党治党，完善党的自我革命制度规范体系”。\n",
             HEAD "  paragraph 5 以中国式现代化全面推进强国建设、民族复兴伟业的关键时期，立足进一步全面深化改革、推进中国式现代化的目标任务，党的二十届三中全会向全党发出动员令——\n"
                  "  paragraph 7 “保持以党的自我革命引领社会革命的高度自觉，坚持用改革精神和严的标准管党治党，完善党的自我革命制度规范体系”。\n"
                  "  paragraph 9 以中国式现代化全面推进强国建设、民族复兴伟业的关键时期，立足进一步全面深化改革、推进中国式现代化的目标任务，党的二十届三中全会向全党发出动员令——“保持以党的自我革命引领社会革命的高度自觉，坚持用改革精神和严的标准管党治党，完善党的自我革命制度规范体系”。\n");
}

/* 环球时报 2025-06-16 (tests/pages-real/b6/r27): a line opening with the
 * reporter's bracket, as with any dateline, opens a story's first
 * paragraph; it continues no unfinished line above it. */
static void test_dateline_starts_paragraph(void **state)
{
    (void)state;
    np_node *doc = nt_parse("俄美总统第五次通话主谈以伊，特朗普：我和普京都认为以伊战争应该结束\n\n"
                            "【环球时报特约记者 王逸】据《今日美国》15日报道，美国总统特朗普14日称，他当天与俄罗斯总统普京通电话。\n");
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 2);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_PARAGRAPH, 1)),
                        "【环球时报特约记者 王逸】据《今日美国》15日报道，美国总统特朗普14日称，他当天与俄罗斯总统普京通电话。");
    np_document_free(doc);
}

/* 法治日报 (tests/pages-real/b30/r143): points opening with a list's
 * marker, none ending its sentence, are paragraphs of their own, the
 * marker no part of their text. */
static void test_marked_points(void **state)
{
    (void)state;
    nt_check_content("“用电视机看电视怎么这么费劲?”\n\n"
                     "● 智能电视机虽然增加了观看节目的可选择范围,但智能电视机的一系列“套路”亟待改进\n\n"
                     "● 网络电视付费收看的情况十分普遍,否则涉嫌侵害消费者知情权\n\n"
                     "□ 本报记者 张守坤\n\n“看个电视怎么这么麻烦!”\n",
                     "article 1\n  headline 1 “用电视机看电视怎么这么费劲?”\n"
                     "  paragraph 3 智能电视机虽然增加了观看节目的可选择范围,但智能电视机的一系列“套路”亟待改进\n"
                     "  paragraph 5 网络电视付费收看的情况十分普遍,否则涉嫌侵害消费者知情权\n"
                     "  byline 7 本报记者 张守坤\n    author 张守坤\n  paragraph 9 “看个电视怎么这么麻烦!”\n");
}

/* 信阳晚报 2019-03-07 (tests/pages-real/b31/r150): a form's fields under a
 * headline, each a paragraph of its own, no title lines; and what someone
 * said after a colon (陈立群：…) still runs on across a break. */
static void test_form_fields(void **state)
{
    (void)state;
    nt_check_content("街拍\n\n时间:3月6日上午\n\n地点:胜利南路天桥下\n\n拍摄者:本报记者 张方志\n\n"
                     "有市民反映,胜利南路天桥下一个惠民早餐的餐棚因长期弃用,无人打理而变得灰头土脸。\n",
                     "article 1\n  headline 1 街拍\n  paragraph 3 时间:3月6日上午\n  paragraph 5 地点:胜利南路天桥下\n"
                     "  paragraph 7 拍摄者:本报记者 张方志\n"
                     "  paragraph 9 有市民反映,胜利南路天桥下一个惠民早餐的餐棚因长期弃用,无人打理而变得灰头土脸。\n");
    np_node *doc = nt_parse("县域充电设施怎样“补短板”？\n\n陈立群：一方面，县域人口相对分散，单个充电桩的使用率偏低，\n\n"
                            "企业建设运营的积极性不高。\n");
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 1);
    np_document_free(doc);
}


/* 中国化工报 2025-01-03 (b96/r474): on a page that sets its paragraphs in,
 * a long line that is not set in carries on the paragraph that a break cut
 * after a sentence. */
static void test_flush_line_on_set_in_page(void **state)
{
    (void)state;
    np_node *doc = nt_parse("中国化工报社原社长郝长江:知所先后 锚定未来\n\n"
                            "　　我在报社工作的15年,经历了报社兴衰攸关的三大变革。\n\n"
                            "　　第一个变革,是管理体制的变革。\n\n"
                            "　　2000年3月,我调进报社工作,迎头遇上了管理体制改革。按照上级的要求,报社将转入经济日报报业集团。\n\n"
                            "当时普遍的想法是“跟着老大混,三天饱九顿”。后来,这条路走着走着,就感觉越来越没底,与化工行业好像有了疏离感。\n\n"
                            "　　于是,改变管理体制,重塑支撑体系,回归化工圈成为了当时报社的主旋律。\n");
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 4);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_PARAGRAPH, 2)),
                        "2000年3月,我调进报社工作,迎头遇上了管理体制改革。按照上级的要求,报社将转入经济日报报业集团。"
                        "当时普遍的想法是“跟着老大混,三天饱九顿”。后来,这条路走着走着,就感觉越来越没底,与化工行业好像有了疏离感。");
    np_document_free(doc);
    /* with a paragraph flush before, the page sets none in for certain */
    doc = nt_parse("中国化工报社原社长郝长江:知所先后 锚定未来\n\n"
                   "我在报社工作的15年,经历了报社兴衰攸关的三大变革。\n\n"
                   "　　第一个变革,是管理体制的变革。\n\n"
                   "　　2000年3月,我调进报社工作,迎头遇上了管理体制改革。按照上级的要求,报社将转入经济日报报业集团。\n\n"
                   "当时普遍的想法是“跟着老大混,三天饱九顿”。后来,这条路走着走着,就感觉越来越没底,与化工行业好像有了疏离感。\n");
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 4);
    np_document_free(doc);
}

/* 菏泽日报 2024-04-08 (b98/r484): a poem set flush, a line a block, with no
 * punctuation at its ends: under its title, its lines are paragraphs, not
 * title blocks. */
static void test_poem_set_like_titles(void **state)
{
    (void)state;
    np_node *doc = nt_parse("菏泽日报\n2024年4月8日 星期一\nA5\n赏盛世牡丹 品魅力菏泽\n\n再写牡丹\n\n想故乡\n\n想阡陌\n\n"
                            "想谷雨\n\n想牡丹\n\n那时一朵牡丹让青春擦亮,故乡的小城\n\n牡丹花开时分\n\n像过年\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "再写牡丹");
    assert_int_equal(nt_count(doc, NP_NODE_KICKER) + nt_count(doc, NP_NODE_SUBHEADLINE), 0);
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 7);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_PARAGRAPH, 6)), "像过年");
    np_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flush_line_on_set_in_page),
        cmocka_unit_test(test_poem_set_like_titles),
        cmocka_unit_test(test_join_across_blank_line),
        cmocka_unit_test(test_form_fields),
        cmocka_unit_test(test_marked_points),
        cmocka_unit_test(test_dateline_starts_paragraph),
        cmocka_unit_test(test_join_after_comma),
        cmocka_unit_test(test_join_across_figure),
        cmocka_unit_test(test_join_across_two_figures),
        cmocka_unit_test(test_ascii_letters_space),
        cmocka_unit_test(test_ascii_digits_space_across_figure),
        cmocka_unit_test(test_han_digit_no_space),
        cmocka_unit_test(test_ascii_han_no_space),
        cmocka_unit_test(test_no_join_after_full_stop),
        cmocka_unit_test(test_no_join_after_question_and_quote),
        cmocka_unit_test(test_quote_continuation),
        cmocka_unit_test(test_closed_quote_no_join),
        cmocka_unit_test(test_three_fragments),
        cmocka_unit_test(test_trailing_spaces_paragraph),
        cmocka_unit_test(test_verse_lines),
        cmocka_unit_test(test_verse_blocks),
        cmocka_unit_test(test_indented_block_starts_paragraph),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
