/*
 * test_section_heads.c - 小标题: plain, ## marked, **…** over two lines,
 * two lines joined after a head ending with ：, quoted heads.
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

#define START "金华保险业多措并举助力市域治理现代化\n\n■ 沈超 章任艳\n\n"
#define P1 "金华保险业认真落实上级监管部门工作部署，积极发挥保险经济减损器和社会稳定器功能，助力筑牢经济安全网。"
#define P2 "随着人民群众对老有所养、病有所医的要求不断提高，中国人寿金华分公司积极参与多层次社会保障体系建设。"
#define P3 "与此同时，中国人寿金华分公司还协助医保部门开展日常稽核与基金监管工作，2024年追回医保基金损失5014万元。"
#define HEAD "article 1\n  headline 1 金华保险业多措并举助力市域治理现代化\n  byline 3 沈超 章任艳\n    author 沈超\n    author 章任艳\n"

static void test_plain_head(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n多举措助力“看病不愁”\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 多举措助力“看病不愁”\n"
                  "  paragraph 9 " P2 "\n");
}

/* A head right after the byline, before any paragraph. */
static void test_head_after_byline(void **state)
{
    (void)state;
    nt_check(START "精准施教 学练结合\n\n" P1 "\n\n" P2 "\n",
             HEAD "  section_head 5 精准施教 学练结合\n"
                  "  paragraph 7 " P1 "\n"
                  "  paragraph 9 " P2 "\n");
}

static void test_marked_head(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n## 提效：建设未来社区\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 提效：建设未来社区\n"
                  "  paragraph 9 " P2 "\n");
}

/* ## in the body is a section head, not a kicker, when no # follows. */
static void test_marked_head_is_not_kicker(void **state)
{
    (void)state;
    np_node *doc = nt_parse(START P1 "\n\n## 治水护水 擦亮生态底色\n\n" P2 "\n\n## 产业兴村 激活共富引擎\n\n" P3 "\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    assert_int_equal(nt_count(doc, NP_NODE_KICKER), 0);
    assert_int_equal(nt_count(doc, NP_NODE_SECTION_HEAD), 2);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_SECTION_HEAD, 1)), "产业兴村 激活共富引擎");
    np_document_free(doc);
}

/* **A / B** on two lines is one head, joined with one space. */
static void test_bold_two_lines(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n**知识普及\n优化服务更便捷**\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 知识普及 优化服务更便捷\n"
                  "  paragraph 10 " P2 "\n");
}

static void test_bold_one_line(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n**小关爱传递城市温度**\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 小关爱传递城市温度\n"
                  "  paragraph 9 " P2 "\n");
}

/* A head printed on two lines, the first ending with ：, is one head. */
static void test_colon_two_lines(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n筑牢“安全网”：\n社会救助从“人找政策”到“政策找人”\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 筑牢“安全网”： 社会救助从“人找政策”到“政策找人”\n"
                  "  paragraph 10 " P2 "\n");
}

/* A head on two lines needs no colon: two plain short lines one right under
 * the other inside a running article, with text after them (广州日报
 * 2025-05-28, 读懂广州).  Title lines stand a blank line apart. */
static void test_adjacent_two_lines(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n拿出好地建造好房\n新中国华侨第一村处处体现人文关怀\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 拿出好地建造好房 新中国华侨第一村处处体现人文关怀\n"
                  "  paragraph 10 " P2 "\n");
}

/* A short line right before a jump line is the cut end of a paragraph,
 * not a head: a head is followed by its text (新民晚报 2019-09-08). */
static void test_short_line_before_jump(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n圆明园路这条窄窄的小马路与\n\n（下转第15版）\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  paragraph 7 圆明园路这条窄窄的小马路与\n"
                  "  furniture 9 （下转第15版） {jump_to|第15版}\n");
}

/* The same with a blank line between the two lines (p02 稳规模：). */
static void test_colon_two_lines_blank_between(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n稳规模：\n\n经营主体数量持续增加\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 稳规模： 经营主体数量持续增加\n"
                  "  paragraph 11 " P2 "\n");
}

static void test_quoted_head(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n“让每一位老人都有依靠”\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 “让每一位老人都有依靠”\n"
                  "  paragraph 9 " P2 "\n");
}

static void test_quoted_head_with_tail(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n“体育+”激活消费新场景\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 “体育+”激活消费新场景\n"
                  "  paragraph 9 " P2 "\n");
}

/* A short quoted sentence with a sentence end is a paragraph, not a head. */
static void test_short_quote_sentence_is_paragraph(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n“这个服务挺好的，以后还可以自己用。”\n\n" P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  paragraph 7 “这个服务挺好的，以后还可以自己用。”\n"
                  "  paragraph 9 " P2 "\n");
}

/* Quoted questions and exclamations in a row right under the byline are
 * what people said (人民日报 2025-04-22 第19版, tests/pages-real/b10 r42),
 * not a kicker and a new story's headline. */
static void test_quoted_exclamations_in_a_row_are_paragraphs(void **state)
{
    (void)state;
    nt_check(START "“这顿饭，花了多少钱？”\n\n“俩素菜加份排骨，才8块钱！”\n\n" P1 "\n",
             HEAD "  paragraph 5 “这顿饭，花了多少钱？”\n"
                  "  paragraph 7 “俩素菜加份排骨，才8块钱！”\n"
                  "  paragraph 9 " P1 "\n");
}

/* Several heads in one article. */
static void test_three_heads(void **state)
{
    (void)state;
    np_node *doc = nt_parse(START "多举措助力“看病不愁”\n\n" P1 "\n\n优服务托起“晚年幸福”\n\n" P2
                                  "\n\n小关爱传递城市温度\n\n" P3 "\n");
    assert_int_equal(nt_count(doc, NP_NODE_SECTION_HEAD), 3);
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 3);
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    const np_node *h = nt_find(doc, NP_NODE_SECTION_HEAD, 2);
    assert_string_equal(np_node_get_text(h), "小关爱传递城市温度");
    assert_int_equal(np_node_get_line(h), 13);
    np_document_free(doc);
}

/*
 * Heads by their numbering: a bracketed label before the head's words (its
 * comma is no clause), a Chinese numeral alone (no page number, and no
 * article of its own), parts listed with 、 (no clause either), and a
 * numeral after speech that trails off (——) and is finished once its
 * quotation closes.
 */
static void test_numbered_heads(void **state)
{
    (void)state;
    static const struct {
        const char *page, *tree;
    } cases[] = {
        {START P1 "\n\n【下沉】专家“驻”下来，病人“留”下来\n\n" P2 "\n",
         HEAD "  paragraph 5 " P1 "\n  section_head 7 【下沉】专家“驻”下来，病人“留”下来\n"
              "  paragraph 9 " P2 "\n"},
        {START "一\n\n" P1 "\n\n二\n\n" P2 "\n",
         HEAD "  section_head 5 一\n  paragraph 7 " P1 "\n  section_head 9 二\n  paragraph 11 " P2 "\n"},
        {START P1 "\n\n让服务“嵌”得进、“用”得好\n\n" P2 "\n",
         HEAD "  paragraph 5 " P1 "\n  section_head 7 让服务“嵌”得进、“用”得好\n  paragraph 9 " P2 "\n"},
        {START P1 "\n\n“来了——”\n\n三\n\n" P2 "\n",
         HEAD "  paragraph 5 " P1 "\n  paragraph 7 “来了——”\n  section_head 9 三\n"
              "  paragraph 11 " P2 "\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        nt_check(cases[i].page, cases[i].tree);
}

/* Heads ending with a dash, from 人民日报 2025-04-22 第3版 (tests/pages-real/b10
 * r43): on two lines right under each other (品牌下沉—— / 新店新品  满足多元化需求)
 * they are one head, not a kicker and the headline of a new story; alone with
 * their text right under them, a head, not a kicker without a headline. */
#define R43_P1 "下午3点，广场遮阳伞下，喝奶茶、吃比萨、品咖啡，年轻人三三两两，边享用下午茶边闲聊；商场里，喜茶、必胜客、星巴克一字排开，点单、制作、送餐一气呵成，店员忙得不可开交。"
#define R43_P2 "数据显示，2014年以来，我国累计支持1489个县开展电子商务进农村综合示范，累计支持建设县级电子商务公共服务中心和物流配送中心超2800个。"

static void test_two_line_head_first_ends_with_dash(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n品牌下沉——\n新店新品  满足多元化需求\n\n" R43_P1 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 品牌下沉—— 新店新品  满足多元化需求\n"
                  "  paragraph 10 " R43_P1 "\n");
}

static void test_one_line_head_ends_with_dash(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n基础设施互联互通打破城乡界限——\n\n" R43_P2 "\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 基础设施互联互通打破城乡界限——\n"
                  "  paragraph 9 " R43_P2 "\n");
}

/* 思想领航—— / 永葆赶考的清醒和坚定，把党的自我革命的思路举措搞得更加严密
 * (人民日报 2025-01-06 1版): after a dash, the second half of a head right
 * under it may be a whole clause, longer than a title line. */
static void test_dash_head_with_clause_under_it(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n思想领航——\n永葆赶考的清醒和坚定，把党的自我革命的思路举措搞得更加严密\n\n"
                   "勇于自我革命是我们党最鲜明的品格和最大优势。\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 思想领航—— 永葆赶考的清醒和坚定，把党的自我革命的思路举措搞得更加严密\n"
                  "  paragraph 10 勇于自我革命是我们党最鲜明的品格和最大优势。\n");
}

/* (一) alone over a poem's lines (光明日报 2009-06-26): a head's numbering
 * with no words is a head, in ASCII brackets too, although a bracketed
 * line is otherwise a note. */
static void test_numbering_alone(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n(一)\n\n甲子风云喜逢辰,徐徐开卷见“光明”。\n\n（二）\n\n惯览东西南北中,低吟浅唱近民声。\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 (一)\n"
                  "  paragraph 9 甲子风云喜逢辰,徐徐开卷见“光明”。\n"
                  "  section_head 11 （二）\n"
                  "  paragraph 13 惯览东西南北中,低吟浅唱近民声。\n");
}

/* An interview round-up (光明日报 2016-03-16): the speaker's name with his
 * post in brackets right under it is one head; the gist under it is a
 * second head, not a new article, although a bracket and the next
 * speaker's name close the answer as a byline would: a head's text comes
 * under it. */
#define A1 "我非常关注中国两会,尤其对两会中有关“一带一路”建设的内容格外关注,我对“一带一路”充满信心。中国提出的“一带一路”倡议涉及经济、文化等多个方面,需要沿线国家通力合作。我认为,“一带一路”倡议与西方过去10年提出的一些“倡议”有着本质上的区别。"
#define A2 "两会期间审议的“十三五”规划中关于转变经济发展方式、调整优化经济结构问题,我认为这个转型期不会太长。到2021年,中国将全面完成经济结构调整,"
#define A3 "“一带一路”倡议也将顺利推进。这将有助于促进世界经济的发展。我们没有理由不支持中国的变革,静下心来认真听听中国的声音。"
static void test_speaker_head(void **state)
{
    (void)state;
    nt_check(START P1 "\n\n穆罕默德·法伊兹·法尔哈特\n(埃及国际政治专家)\n\n“一带一路”合作共赢\n\n" A1 "\n\n"
                   "(本报驻开罗记者 于杰飞采访整理)\n\n斯蒂芬·佩里\n(英国“48家集团俱乐部”主席)\n\n认真倾听中国声音\n\n"
                   A2 "\n\n" A3 "\n\n(本报驻伦敦记者 戴军采访整理)\n",
             HEAD "  paragraph 5 " P1 "\n"
                  "  section_head 7 穆罕默德·法伊兹·法尔哈特 (埃及国际政治专家)\n"
                  "  section_head 10 “一带一路”合作共赢\n"
                  "  paragraph 12 " A1 "\n"
                  "  paragraph 14 (本报驻开罗记者 于杰飞采访整理)\n"
                  "  section_head 16 斯蒂芬·佩里 (英国“48家集团俱乐部”主席)\n"
                  "  section_head 19 认真倾听中国声音\n"
                  "  paragraph 21 " A2 A3 "\n"
                  "  paragraph 25 (本报驻伦敦记者 戴军采访整理)\n");
}

/* 人民日报 2025-07-02 第14版 (tests/pages-real/b16/r75): a label over a box
 * (核心阅读) is no section's head; the comma heads after it are compared
 * with each other, and read as heads together. */
#define RZ_TITLE "耕海牧渔，建设“蓝色粮仓”\n\n本报记者  李  蕊\n\n"
#define RZ_P1 "依海而生、因海而兴的山东日照，海洋经济经历了由小到大、由单一渔业到三产联动、由浅海到深海的跨越。"
#define RZ_P2 "夏季，官草汪居进入旅游旺季。趁着天气好，宋友山早早来到渔港码头，将快艇打扫得干干净净，摆放好救生装备。"
#define RZ_P3 "“现场条件满足下水作业要求，可以下水！”伴随一声令下，一座约11层楼高的庞然大物缓缓滑入海中，正式出坞入水。"
#define RZ_P4 "生态好了，多年难觅踪迹的近海鱼群越来越多。"

static void test_heads_after_a_label(void **state)
{
    (void)state;
    nt_check_content(RZ_TITLE "核心阅读\n\n" RZ_P1 "\n\n海底垒“鱼窝”，海洋生态逐步修复\n\n" RZ_P4
                     "\n\n出海玩“海钓”，渔旅融合带动转型\n\n" RZ_P2 "\n\n海上建“良田”，科技赋能渔业发展\n\n" RZ_P3 "\n",
                     "article 1\n"
                     "  headline 1 耕海牧渔，建设“蓝色粮仓”\n"
                     "  byline 3 本报记者  李  蕊\n"
                     "    author 李蕊\n"
                     "  section_head 5 核心阅读\n"
                     "  paragraph 7 " RZ_P1 "\n"
                     "  section_head 9 海底垒“鱼窝”，海洋生态逐步修复\n"
                     "  paragraph 11 " RZ_P4 "\n"
                     "  section_head 13 出海玩“海钓”，渔旅融合带动转型\n"
                     "  paragraph 15 " RZ_P2 "\n"
                     "  section_head 17 海上建“良田”，科技赋能渔业发展\n"
                     "  paragraph 19 " RZ_P3 "\n");
}

/* 人民日报 (tests/pages-real/b2/r08, 法治): heads that are whole clauses, too
 * long for a title line, read as heads together because they are printed
 * alike; one such line alone stays the paragraph it may be. */
#define WQ_TITLE "消费维权，这些痛点值得关注\n\n本报记者  魏哲哲\n\n"
#define WQ_LEAD "近年来，减肥产品市场规模不断扩大。"
#define WQ_H1 "食品中添加禁用成分，经营者未履行查验义务，也要承担惩罚性赔偿责任"
#define WQ_P1 "近年来，减肥产品市场规模不断扩大。但有的厂家在减肥产品中添加禁止添加的成分，严重威胁消费者身体健康。"
#define WQ_H2 "会员自动续费，平台提醒不到位、不明确，所扣费用、产生利息应退赔"
#define WQ_P2 "自动续费，使消费更便捷。但实践中，部分经营者存在扣费提醒缺失或者不显著、取消自动续费不便捷等问题。"
#define WQ_H3 "“颜值经济”、宠物经济领域易出现欺诈情况，应多留意虚假宣传、“货不对板”"
#define WQ_P3 "随着生活品质提高，“颜值经济”形态日益常见。"
#define WQ_OUT_HEAD "article 1\n  headline 1 消费维权，这些痛点值得关注\n  byline 3 本报记者  魏哲哲\n    author 魏哲哲\n" \
    "  paragraph 5 " WQ_LEAD "\n"

static void test_clause_heads_printed_alike(void **state)
{
    (void)state;
    nt_check_content(WQ_TITLE WQ_LEAD "\n\n" WQ_H1 "\n\n" WQ_P1 "\n\n" WQ_H2 "\n\n" WQ_P2 "\n\n" WQ_H3 "\n\n" WQ_P3 "\n",
                     WQ_OUT_HEAD "  section_head 7 " WQ_H1 "\n  paragraph 9 " WQ_P1 "\n  section_head 11 " WQ_H2
                                 "\n  paragraph 13 " WQ_P2 "\n  section_head 15 " WQ_H3 "\n  paragraph 17 " WQ_P3 "\n");
    nt_check_content(WQ_TITLE WQ_LEAD "\n\n" WQ_H1 "\n\n" WQ_P1 "\n",
                     WQ_OUT_HEAD "  paragraph 7 " WQ_H1 WQ_P1 "\n");
}

/* 人民日报 2025-04-15 第11版 (tests/pages-real/b18/r85): a theory article's
 * first head runs past a title line (43 characters); printed like its
 * other heads, it is one. */
#define AQ_TITLE "全面贯彻总体国家安全观  坚决筑牢美好安徽建设安全基石\n\n梁言顺\n\n"
#define AQ_LEAD "国家安全是中国式现代化行稳致远的重要基础。"
#define AQ_H1 "深学细悟笃行习近平总书记关于总体国家安全观的重要论述，坚定不移沿着总书记指引的方向前进"
#define AQ_P1 "党的十八大以来，习近平总书记顺应时代发展大势，创造性提出并不断丰富发展总体国家安全观。"
#define AQ_H2 "抓紧抓实重点任务，努力实现高质量发展和高水平安全良性互动"
#define AQ_P2 "我们进一步树立发展是硬道理、安全也是硬道理的理念，主动塑造全面建设美好安徽的安全环境。"
#define AQ_H3 "干字当头创先争优，加快推进国家安全体系和能力现代化"
#define AQ_P3 "国家安全工作政治性强、涉及面广，必须加强系统集成、机制创新。"

static void test_long_clause_head(void **state)
{
    (void)state;
    nt_check_content(AQ_TITLE AQ_LEAD "\n\n" AQ_H1 "\n\n" AQ_P1 "\n\n" AQ_H2 "\n\n" AQ_P2 "\n\n" AQ_H3 "\n\n" AQ_P3 "\n",
                     "article 1\n  headline 1 全面贯彻总体国家安全观  坚决筑牢美好安徽建设安全基石\n"
                     "  byline 3 梁言顺\n    author 梁言顺\n  paragraph 5 " AQ_LEAD "\n"
                     "  section_head 7 " AQ_H1 "\n  paragraph 9 " AQ_P1 "\n  section_head 11 " AQ_H2
                     "\n  paragraph 13 " AQ_P2 "\n  section_head 15 " AQ_H3 "\n  paragraph 17 " AQ_P3 "\n");
}

/* 人民日报 2026-01-09 第13版 (tests/pages-real/b19/r88): a line opening with
 * a dash after a quotation names who said it; it is a paragraph, not a
 * head. */
#define JC_QUOTE "“基层工作千头万绪，减负才能让我们把更多精力用在为群众办实事上。”"
#define JC_WHO "——海南省海口市龙华区金贸街道党工委委员何敏"

static void test_dash_line_is_text(void **state)
{
    (void)state;
    nt_check_content("基层心声\n\n" JC_QUOTE "\n\n" JC_WHO "\n\n" JC_QUOTE "\n\n" JC_WHO "\n",
                     "article 1\n  headline 1 基层心声\n  paragraph 3 " JC_QUOTE "\n  paragraph 5 " JC_WHO
                     "\n  paragraph 7 " JC_QUOTE "\n  paragraph 9 " JC_WHO "\n");
}

/* 人民日报 2025-02-06 第5版 (tests/pages-real/b17/r79), 暖闻热评: the fields of
 * the form (【关键词】…, 【事件】…) one under another are paragraphs, each its
 * own; the label alone over the commentary (【点评】) is its head. */
#define NW_EVENT "【事件】郑州开往上海的一班高铁列车餐车上，一份份“小碗菜”加热后装盘，送给车厢内订餐的旅客。"
#define NW_TEXT "你印象中的火车餐食是什么样的？是分量固定、菜品选择也有限的“两荤一素”传统盒饭，还是赶时间“对付”几口、“委屈”一下味蕾的方便食品？"

static void test_form_fields_are_text(void **state)
{
    (void)state;
    nt_check_content("暖闻热评\n\n细节冷暖最可感\n\n华璐月\n\n【关键词】高铁小碗菜\n\n" NW_EVENT "\n\n【点评】\n\n" NW_TEXT "\n",
                     "article 1\n  kicker 1 暖闻热评\n  headline 3 细节冷暖最可感\n  byline 5 华璐月\n    author 华璐月\n"
                     "  paragraph 7 【关键词】高铁小碗菜\n  paragraph 9 " NW_EVENT "\n  section_head 11 【点评】\n"
                     "  paragraph 13 " NW_TEXT "\n");
}

/* 人民日报 2026-01-12 第7版 (tests/pages-real/b19/r91): in an article whose
 * heads are printed plain, a clause alone between paragraphs is one more
 * head. */
#define XB_P1 "在来信和留言中，不少读者对上级部门不顾基层实际，随意摊派任务，并进行考核的做法颇有意见。"
#define XB_P2 "上文中所提及的形式主义问题，有的得到整改，有的还在纠治中。"

static void test_clause_among_plain_heads(void **state)
{
    (void)state;
    const char *top = "新表象老病根，这些形式主义得治\n\n本报记者  赵  兵\n\n脱离实际的“任务摊派”给基层造成压力\n\n" XB_P1 "\n\n";
    const char *out = "article 1\n  headline 1 新表象老病根，这些形式主义得治\n  byline 3 本报记者  赵  兵\n    author 赵兵\n"
                      "  section_head 5 脱离实际的“任务摊派”给基层造成压力\n  paragraph 7 " XB_P1 "\n";
    char page[4096], want[4096];
    snprintf(page, sizeof page, "%s坚持问题导向，精准施策，靶向治疗，为基层减负\n\n%s\n", top, XB_P2);
    snprintf(want, sizeof want, "%s  section_head 9 坚持问题导向，精准施策，靶向治疗，为基层减负\n  paragraph 11 %s\n", out, XB_P2);
    nt_check_content(page, want);
}

/* 人民日报 2025 (tests/pages-real/b10/r43): a marker before a head, as
 * before a byline, is no part of its text. */
static void test_marker_before_head(void **state)
{
    (void)state;
    nt_check_content("县域商业涌现新场景\n\n本报记者  王  云\n\n今年1至2月，我国服务进出口总额13095.6亿元。\n\n"
                     "■记者手记\n以扩大开放提升服务供给\n\n其中，出口同比增长13%。\n",
                     "article 1\n  headline 1 县域商业涌现新场景\n  byline 3 本报记者  王  云\n    author 王云\n"
                     "  paragraph 5 今年1至2月，我国服务进出口总额13095.6亿元。\n"
                     "  section_head 7 记者手记 以扩大开放提升服务供给\n  paragraph 10 其中，出口同比增长13%。\n");
}

/* 人民日报 2026 (tests/pages-real/b21/r100, r99): questions that stand
 * alone between paragraphs are heads when the article asks more than one
 * (each opens a case), and a paragraph when it asks only one (the answer
 * follows in the next paragraph). */
#define QH_TOP "办好“小切口”案件  推动全链条治理\n\n本报记者  倪  弋\n\n"
#define QH_P1 "最高人民检察院日前发布了一批个人信息保护检察公益诉讼典型案例，涉及智慧停车场、小区人脸识别、网络虚假招聘等场景。"
#define QH_Q1 "小区人脸识别信息的收集与管理应当遵循怎样的规范？"
#define QH_P2 "重庆市某区人民检察院在履职中发现，辖区内部分物业公司存在违规处理人脸信息的问题。"
#define QH_Q2 "网络招聘平台应当如何建立有效的个人信息保护机制？"
#define QH_P3 "检察机关研发大数据法律监督模型，通过数据碰撞分析发现61条虚假招聘线索。"
#define QH_HEAD "article 1\n  headline 1 办好“小切口”案件  推动全链条治理\n  byline 3 本报记者  倪  弋\n    author 倪弋\n" \
                "  paragraph 5 " QH_P1 "\n"

static void test_questions_in_a_row_are_heads(void **state)
{
    (void)state;
    nt_check_content(QH_TOP QH_P1 "\n\n" QH_Q1 "\n\n" QH_P2 "\n\n" QH_Q2 "\n\n" QH_P3 "\n",
                     QH_HEAD "  section_head 7 " QH_Q1 "\n  paragraph 9 " QH_P2 "\n"
                             "  section_head 11 " QH_Q2 "\n  paragraph 13 " QH_P3 "\n");
}

static void test_question_alone_is_paragraph(void **state)
{
    (void)state;
    nt_check_content(QH_TOP QH_P1 "\n\n“睡虎地法治大讲堂”讲师从哪里来？\n\n" QH_P2 "\n",
                     QH_HEAD "  paragraph 7 “睡虎地法治大讲堂”讲师从哪里来？\n  paragraph 9 " QH_P2 "\n");
}

/* 人民日报 2026-02-12 (tests/pages-real/b20/r95): lines set wholly in bold
 * inside a running article are its heads, a blank line apart two heads,
 * not a kicker and a headline. */
static void test_bold_lines_in_article_are_heads(void **state)
{
    (void)state;
    nt_check_content("“群众需求往往藏在细节中”\n\n本报记者  郑洋洋\n\n"
                     "杨蓉的建议大多是以“小切口”推动基层治理。\n\n**记者手记**\n\n**总想为群众多做一点**\n\n"
                     "采访杨蓉时不难发现，她的每个建议背后，都有详实的调研和数据支撑，还有深入的思考。\n",
                     "article 1\n  headline 1 “群众需求往往藏在细节中”\n  byline 3 本报记者  郑洋洋\n    author 郑洋洋\n"
                     "  paragraph 5 杨蓉的建议大多是以“小切口”推动基层治理。\n  section_head 7 记者手记\n"
                     "  section_head 9 总想为群众多做一点\n"
                     "  paragraph 11 采访杨蓉时不难发现，她的每个建议背后，都有详实的调研和数据支撑，还有深入的思考。\n");
}

/* 人民日报 2025-03-17 第18版 (tests/pages-real/b24/r114): comma heads of
 * one article run to different lengths; a longer one is still printed like
 * the others. */
static void test_comma_heads_of_different_lengths(void **state)
{
    (void)state;
    nt_check_content("推动更多资金资源“投资于人”\n\n本报记者  王  观\n\n今年的《政府工作报告》提出，强化宏观政策民生导向。\n\n"
                     "强化民生导向，重点民生领域保障更加给力\n\n在江西省赣州市赣县区广场社区居家养老服务站，71岁的肖仁明正在练字。\n\n"
                     "激发创新创业活力，推动人口高质量发展\n\n“投资于人”，是今年的《政府工作报告》提出的重要理念。\n\n"
                     "服务消费新需求，在保障和改善民生中打造新的经济增长点\n\n“智能化家电，用着省心、操作方便、能耗还低。”\n",
                     "article 1\n  headline 1 推动更多资金资源“投资于人”\n  byline 3 本报记者  王  观\n    author 王观\n"
                     "  paragraph 5 今年的《政府工作报告》提出，强化宏观政策民生导向。\n"
                     "  section_head 7 强化民生导向，重点民生领域保障更加给力\n"
                     "  paragraph 9 在江西省赣州市赣县区广场社区居家养老服务站，71岁的肖仁明正在练字。\n"
                     "  section_head 11 激发创新创业活力，推动人口高质量发展\n"
                     "  paragraph 13 “投资于人”，是今年的《政府工作报告》提出的重要理念。\n"
                     "  section_head 15 服务消费新需求，在保障和改善民生中打造新的经济增长点\n"
                     "  paragraph 17 “智能化家电，用着省心、操作方便、能耗还低。”\n");
}

/* 广州日报 2024-01-20 A8 (tests/pages-real/b28/r134): a results table in a
 * dateline story: its rows are paragraphs of their own, and the lines over
 * them heads of the story's box, no new story's title. */
static void test_results_table(void **state)
{
    (void)state;
    nt_check_content("郑钦文商竣程冲击单打16强\n\n孙嘉晖\n\n"
                     "广州日报讯 (全媒体记者 孙嘉晖) 北京时间今日,中国队将迎来两场大战。\n\n"
                     "澳网昨日战报\n\n男单第3轮\n\n德约科维奇  3∶0   埃切维里\n\n辛纳    3∶0   贝兹\n\n"
                     "澳网今日对阵\n\n男单第3轮\n\n阿尔卡拉斯   VS  商竣程\n",
                     "article 1\n  headline 1 郑钦文商竣程冲击单打16强\n  byline 3 孙嘉晖\n    author 孙嘉晖\n"
                     "  paragraph 5 广州日报讯 (全媒体记者 孙嘉晖) 北京时间今日,中国队将迎来两场大战。\n"
                     "  section_head 7 澳网昨日战报\n  section_head 9 男单第3轮\n"
                     "  paragraph 11 德约科维奇  3∶0   埃切维里\n  paragraph 13 辛纳    3∶0   贝兹\n"
                     "  section_head 15 澳网今日对阵\n  section_head 17 男单第3轮\n"
                     "  paragraph 19 阿尔卡拉斯   VS  商竣程\n");
}

/* What someone said, in quotation marks, heads a part of the story signed
 * above it, not the next story (郑州晚报 2011, b13/r61: the lead closed by
 * its reporters, then one head for each deputy). */
#define ZZ_LEAD "在中原经济区的建设中,郑州究竟应该如何发挥作用?会议期间,“中原经济区”、“郑州都市区”,成了郑州代表团所有代表口中的“热词”和高频词。围绕如何实现这两个宏伟目标,省人大代表们主动献计献策,提出了自己的意见和建议。"
#define ZZ_BY "晚报记者 裴蕾 孙娟/文 廖谦/图"
#define ZZ_P "王贵欣认为,一个区域的建设,必须有它的核心,因为只有找准核心才能有辐射,而中原经济区的建设核心就是郑州市。"
static void test_quoted_head_after_signature(void **state)
{
    (void)state;
    nt_check_content("郑州应该发挥啥作用?\n\n" ZZ_LEAD ZZ_BY "\n\n“郑州都市区建设应纳入河南省发展战略”\n\n" ZZ_P "\n",
                     "article 1\n"
                     "  headline 1 郑州应该发挥啥作用?\n"
                     "  paragraph 3 " ZZ_LEAD "\n"
                     "  byline 3 " ZZ_BY "\n"
                     "    author 裴蕾\n"
                     "    author 孙娟\n"
                     "    author 廖谦\n"
                     "  section_head 5 “郑州都市区建设应纳入河南省发展战略”\n"
                     "  paragraph 7 " ZZ_P "\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbered_heads),
        cmocka_unit_test(test_speaker_head),
        cmocka_unit_test(test_plain_head),
        cmocka_unit_test(test_head_after_byline),
        cmocka_unit_test(test_marked_head),
        cmocka_unit_test(test_marked_head_is_not_kicker),
        cmocka_unit_test(test_bold_two_lines),
        cmocka_unit_test(test_bold_one_line),
        cmocka_unit_test(test_colon_two_lines),
        cmocka_unit_test(test_adjacent_two_lines),
        cmocka_unit_test(test_short_line_before_jump),
        cmocka_unit_test(test_colon_two_lines_blank_between),
        cmocka_unit_test(test_quoted_head),
        cmocka_unit_test(test_quoted_head_with_tail),
        cmocka_unit_test(test_short_quote_sentence_is_paragraph),
        cmocka_unit_test(test_quoted_exclamations_in_a_row_are_paragraphs),
        cmocka_unit_test(test_three_heads),
        cmocka_unit_test(test_two_line_head_first_ends_with_dash),
        cmocka_unit_test(test_one_line_head_ends_with_dash),
        cmocka_unit_test(test_dash_head_with_clause_under_it),
        cmocka_unit_test(test_numbering_alone),
        cmocka_unit_test(test_heads_after_a_label),
        cmocka_unit_test(test_clause_heads_printed_alike),
        cmocka_unit_test(test_long_clause_head),
        cmocka_unit_test(test_dash_line_is_text),
        cmocka_unit_test(test_form_fields_are_text),
        cmocka_unit_test(test_clause_among_plain_heads),
        cmocka_unit_test(test_marker_before_head),
        cmocka_unit_test(test_questions_in_a_row_are_heads),
        cmocka_unit_test(test_question_alone_is_paragraph),
        cmocka_unit_test(test_bold_lines_in_article_are_heads),
        cmocka_unit_test(test_results_table),
        cmocka_unit_test(test_comma_heads_of_different_lengths),
        cmocka_unit_test(test_quoted_head_after_signature),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
