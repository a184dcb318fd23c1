/*
 * test_titles.c - title blocks: which lines are the kicker (引题), the
 * headline (主题) and the subheadline (副题), and where an article starts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "newsparse.h"
#include "nptest.h"

#define BODY1 "保险业是经济活动的一部分，更在社会治理和民生保障领域发挥着重要作用。近年来，浙江金融监管局指导推动辖内保险机构充分发挥保险保障作用。"
#define BODY2 "金华保险业认真落实上级监管部门工作部署，积极发挥保险经济减损器和社会稳定器功能，助力筑牢经济安全网。"

/* One title line alone is the headline. */
static void test_one_line_headline(void **state)
{
    (void)state;
    nt_check("金华保险业多措并举助力市域治理现代化\n"
             "\n"
             "■ 沈超 章任艳\n"
             "\n" BODY1 "\n"
             "\n" BODY2 "\n",
             "article 1\n"
             "  headline 1 金华保险业多措并举助力市域治理现代化\n"
             "  byline 3 沈超 章任艳\n"
             "    author 沈超\n"
             "    author 章任艳\n"
             "  paragraph 5 " BODY1 "\n"
             "  paragraph 7 " BODY2 "\n");
}

/* An extraction that indents every line (光明日报 2018-03-02, tests/pages-real
 * b8 r37): a title-shaped line set in like a paragraph is a title when a
 * byline stands right under it. */
static void test_indented_title_over_byline(void **state)
{
    (void)state;
    nt_check("\u3000\u3000" BODY1 "\n\n\u3000\u3000保护中华文明的枝叶和根脉\n\n\u3000\u3000光明日报记者 尚文超\n\n"
             "\u3000\u3000" BODY2 "\n",
             "article 1\n"
             "  paragraph 1 " BODY1 "\n"
             "article 3\n"
             "  headline 3 保护中华文明的枝叶和根脉\n"
             "  byline 5 光明日报记者 尚文超\n"
             "    author 尚文超\n"
             "  paragraph 7 " BODY2 "\n");
}

/* Two title lines: kicker + headline (the reading SPEC accepts for 000 line 3/5). */
static void test_two_lines_kicker_headline(void **state)
{
    (void)state;
    nt_check("为社会治理赋能 为幸福生活护航\n"
             "\n"
             "金华保险业多措并举助力市域治理现代化\n"
             "\n"
             "■ 沈超 章任艳\n"
             "\n" BODY1 "\n",
             "article 1\n"
             "  kicker 1 为社会治理赋能 为幸福生活护航\n"
             "  headline 3 金华保险业多措并举助力市域治理现代化\n"
             "  byline 5 沈超 章任艳\n"
             "    author 沈超\n"
             "    author 章任艳\n"
             "  paragraph 7 " BODY1 "\n");
}

/* ## before # is a kicker; the marks never reach the text. */
static void test_marks_kicker_headline(void **state)
{
    (void)state;
    nt_check("## 金华保险业全力支持“拼经济”\n"
             "\n"
             "# 发挥保险优势 护航实体经济\n"
             "\n"
             "■ 区嘉蔚\n"
             "\n" BODY1 "\n",
             "article 1\n"
             "  kicker 1 金华保险业全力支持“拼经济”\n"
             "  headline 3 发挥保险优势 护航实体经济\n"
             "  byline 5 区嘉蔚\n"
             "    author 区嘉蔚\n"
             "  paragraph 7 " BODY1 "\n");
}

/* # alone is the headline, even without a byline after it. */
static void test_hash_alone(void **state)
{
    (void)state;
    nt_check("# 打通为民服务“最后一米”\n"
             "\n"
             "走进湖州市南浔区练市镇便民服务中心，社保、医保、不动产登记等事项集中在一个大厅办理，群众“只进一扇门”。\n"
             "\n"
             "“以前开个证明要跑到镇上，现在在村里就能办，省了不少时间。”练市镇荻溪村村民朱阿姨说。\n",
             "article 1\n"
             "  headline 1 打通为民服务“最后一米”\n"
             "  paragraph 3 走进湖州市南浔区练市镇便民服务中心，社保、医保、不动产登记等事项集中在一个大厅办理，群众“只进一扇门”。\n"
             "  paragraph 5 “以前开个证明要跑到镇上，现在在村里就能办，省了不少时间。”练市镇荻溪村村民朱阿姨说。\n");
}

/* A bare place or organisation name above the headline is a kicker. */
static void test_bare_place_kicker(void **state)
{
    (void)state;
    nt_check("湖州吴兴区环渚街道\n"
             "\n"
             "创新街居建设 描绘基层治理新画卷\n"
             "\n"
             "王晨曦 秦路炜 陈吉\n"
             "\n"
             "近日，在湖州市吴兴区环渚街道万安社区“民情小院”内，一场关于老旧小区加装电梯的议事会正在进行。\n",
             "article 1\n"
             "  kicker 1 湖州吴兴区环渚街道\n"
             "  headline 3 创新街居建设 描绘基层治理新画卷\n"
             "  byline 5 王晨曦 秦路炜 陈吉\n"
             "    author 王晨曦\n"
             "    author 秦路炜\n"
             "    author 陈吉\n"
             "  paragraph 7 近日，在湖州市吴兴区环渚街道万安社区“民情小院”内，一场关于老旧小区加装电梯的议事会正在进行。\n");
}

static void test_bare_short_place_kicker(void **state)
{
    (void)state;
    nt_check("浙江义乌\n"
             "\n"
             "小商品市场“链”出外贸新动能\n"
             "\n"
             "本报记者 陈静、黄鹏飞\n"
             "\n"
             "清晨七点，义乌国际商贸城的商户们已经开门迎客，来自中东、非洲和南美的采购商穿梭在各个展位之间。\n",
             "article 1\n"
             "  kicker 1 浙江义乌\n"
             "  headline 3 小商品市场“链”出外贸新动能\n"
             "  byline 5 本报记者 陈静、黄鹏飞\n"
             "    author 陈静\n"
             "    author 黄鹏飞\n"
             "  paragraph 7 清晨七点，义乌国际商贸城的商户们已经开门迎客，来自中东、非洲和南美的采购商穿梭在各个展位之间。\n");
}

/* A line that ends with —— is a kicker. */
static void test_dash_kicker(void **state)
{
    (void)state;
    nt_check("江苏南京“银发先锋”巡河队——\n"
             "\n"
             "守护一江碧水 绘就生态画卷\n"
             "\n"
             "本报记者 钱雨晴 通讯员 秦文轩\n"
             "\n"
             "每天清晨，秦淮河畔总能看到一群身穿红马甲的老人，他们手拿长柄网兜，沿着河岸细细巡查。\n",
             "article 1\n"
             "  kicker 1 江苏南京“银发先锋”巡河队——\n"
             "  headline 3 守护一江碧水 绘就生态画卷\n"
             "  byline 5 本报记者 钱雨晴 通讯员 秦文轩\n"
             "    author 钱雨晴\n"
             "    author 秦文轩\n"
             "  paragraph 7 每天清晨，秦淮河畔总能看到一群身穿红马甲的老人，他们手拿长柄网兜，沿着河岸细细巡查。\n");
}

/* A line that starts with —— under the headline is the subheadline. */
static void test_dash_subheadline(void **state)
{
    (void)state;
    nt_check("种子里的“芯”动力\n"
             "\n"
             "——湖南加快推进种业振兴见闻\n"
             "\n"
             "本报记者 刘晓燕 郑涛\n"
             "\n"
             "走进湖南杂交水稻研究中心的育种基地，一垄垄稻田整齐排列，科研人员正弯腰记录秧苗的长势。\n",
             "article 1\n"
             "  headline 1 种子里的“芯”动力\n"
             "  subheadline 3 ——湖南加快推进种业振兴见闻\n"
             "  byline 5 本报记者 刘晓燕 郑涛\n"
             "    author 刘晓燕\n"
             "    author 郑涛\n"
             "  paragraph 7 走进湖南杂交水稻研究中心的育种基地，一垄垄稻田整齐排列，科研人员正弯腰记录秧苗的长势。\n");
}

/* Three title lines: kicker, headline, —— subheadline. */
static void test_three_lines(void **state)
{
    (void)state;
    nt_check("端牢中国饭碗 种业科技先行\n"
             "\n"
             "种子里的“芯”动力\n"
             "\n"
             "——湖南加快推进种业振兴见闻\n"
             "\n"
             "本报记者 刘晓燕\n"
             "\n"
             "走进湖南杂交水稻研究中心的育种基地，一垄垄稻田整齐排列，科研人员正弯腰记录秧苗的长势。\n",
             "article 1\n"
             "  kicker 1 端牢中国饭碗 种业科技先行\n"
             "  headline 3 种子里的“芯”动力\n"
             "  subheadline 5 ——湖南加快推进种业振兴见闻\n"
             "  byline 7 本报记者 刘晓燕\n"
             "    author 刘晓燕\n"
             "  paragraph 9 走进湖南杂交水稻研究中心的育种基地，一垄垄稻田整齐排列，科研人员正弯腰记录秧苗的长势。\n");
}

/* A headline whose halves are split by two spaces keeps both spaces. */
static void test_two_space_halves(void **state)
{
    (void)state;
    nt_check("外贸稳中向好  结构持续优化\n"
             "\n"
             "本报记者  周  峰\n"
             "\n"
             "海关总署最新数据显示，今年前4个月，我国货物贸易进出口总值同比增长5.7%，外贸运行延续向好态势。\n",
             "article 1\n"
             "  headline 1 外贸稳中向好  结构持续优化\n"
             "  byline 3 本报记者  周  峰\n"
             "    author 周峰\n"
             "  paragraph 5 海关总署最新数据显示，今年前4个月，我国货物贸易进出口总值同比增长5.7%，外贸运行延续向好态势。\n");
}

/* Trailing spaces on a headline line are not part of its text. */
static void test_trailing_spaces_trimmed(void **state)
{
    (void)state;
    nt_check("夏粮丰收在望 农机纵横驰骋  \n"
             "\n"
             "本报记者 郝雪松 通讯员 申立华\n"
             "\n"
             "6月的中原大地，麦浪翻滚。在河南省驻马店市西平县的麦田里，一台台收割机来回穿梭，一派繁忙景象。\n",
             "article 1\n"
             "  headline 1 夏粮丰收在望 农机纵横驰骋\n"
             "  byline 3 本报记者 郝雪松 通讯员 申立华\n"
             "    author 郝雪松\n"
             "    author 申立华\n"
             "  paragraph 5 6月的中原大地，麦浪翻滚。在河南省驻马店市西平县的麦田里，一台台收割机来回穿梭，一派繁忙景象。\n");
}

/* A new title block after body text opens a second article. */
static void test_second_article(void **state)
{
    (void)state;
    np_node *doc = nt_parse("为社会治理赋能 为幸福生活护航\n"
                            "\n"
                            "金华保险业多措并举助力市域治理现代化\n"
                            "\n"
                            "■ 沈超 章任艳\n"
                            "\n" BODY1 "\n"
                            "\n"
                            "湖州吴兴区环渚街道\n"
                            "\n"
                            "创新街居建设 描绘基层治理新画卷\n"
                            "\n"
                            "王晨曦 秦路炜 陈吉\n"
                            "\n"
                            "近日，在湖州市吴兴区环渚街道万安社区“民情小院”内，一场议事会正在进行。\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    const np_node *a2 = nt_find(doc, NP_NODE_ARTICLE, 1);
    assert_int_equal(np_node_get_line(a2), 9);
    const np_node *h = nt_find(a2, NP_NODE_HEADLINE, 0);
    assert_string_equal(np_node_get_text(h), "创新街居建设 描绘基层治理新画卷");
    assert_int_equal(np_node_get_line(h), 11);
    assert_string_equal(np_node_get_text(nt_find(a2, NP_NODE_KICKER, 0)), "湖州吴兴区环渚街道");
    assert_int_equal(nt_count(nt_find(doc, NP_NODE_ARTICLE, 0), NP_NODE_PARAGRAPH), 1);
    np_document_free(doc);
}

/* The headline of 000.txt article 2 (the brief's example). */
static void test_corpus_000_article2(void **state)
{
    (void)state;
    size_t len;
    char *data = nt_read_file(nt_path(NP_TEST_CORPUS_DIR, "000.txt"), &len);
    assert_non_null(data);
    np_node *doc = nt_parse_n(data, len);
    const np_node *a = nt_find(doc, NP_NODE_ARTICLE, 1);
    assert_non_null(a);
    assert_int_equal(np_node_get_line(a), 92);
    assert_string_equal(np_node_get_text(nt_find(a, NP_NODE_HEADLINE, 0)), "创新街居建设 描绘基层治理新画卷");
    assert_string_equal(np_node_get_text(nt_find(a, NP_NODE_KICKER, 0)), "湖州吴兴区环渚街道");
    np_document_free(doc);
    free(data);
}

/* A genre label and a title that looks like a name (修表匠), then the
 * byline: one byline does not stand on another. */
static void test_name_shaped_headline_before_byline(void **state)
{
    (void)state;
    np_node *doc = nt_parse("小说\n\n修表匠\n\n文/何 苇\n\n镇上的修表铺开了四十年，门口的木牌早已褪色。\n");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "小说");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_HEADLINE, 0)), "修表匠");
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_AUTHOR, 0)), "何苇");
    assert_int_equal(nt_count(doc, NP_NODE_BYLINE), 1);
    np_document_free(doc);
}

/* 新华网载文: / 洛阳牡丹成中国“名片” at the top of a page (洛阳日报
 * 2008-12-03): the two lines of a head, but a head needs an article, and
 * none is open, so they are a kicker and a headline. */
static void test_colon_pair_opens_page(void **state)
{
    (void)state;
    nt_check_content("新华网载文:\n\n洛阳牡丹成中国“名片”\n\n" BODY1 "\n",
                     "article 1\n"
                     "  kicker 1 新华网载文:\n"
                     "  headline 3 洛阳牡丹成中国“名片”\n"
                     "  paragraph 5 " BODY1 "\n");
}

/* 洛阳日报 2008-12-03: a title-like line in a running article, whose
 * first paragraph reports yesterday's news, opens the next story. */
static void test_yesterday_lead_opens_story(void **state)
{
    (void)state;
    nt_check_content("洛阳牡丹成中国“名片”\n\n" BODY1 "\n\n“洛阳志愿者让我们倍感亲切”\n\n"
                     "昨日,来自西工区省、市文明单位的280多名志愿者走进王城公园,为游客提供服务。\n",
                     "article 1\n"
                     "  headline 1 洛阳牡丹成中国“名片”\n"
                     "  paragraph 3 " BODY1 "\n"
                     "article 5\n"
                     "  headline 5 “洛阳志愿者让我们倍感亲切”\n"
                     "  paragraph 7 昨日,来自西工区省、市文明单位的280多名志愿者走进王城公园,为游客提供服务。\n");
}

/* 乐山日报 2022-03-21 (tests/pages-real/b76/r372), 香港商報 2019-04-15
 * (b83/r410): after the text of a news item that opens with its dateline,
 * a title-like line over a lead that opens with the day of the news opens
 * the next story, though no byline or dateline follows it; over a lead
 * that goes on from the item it heads the item's next part. */
#define ITEM_LEAD "本报讯 (记者 赵径)近日,由市中区委宣传部组织开展的“春到嘉州 万象‘耕’新”乐山市市中区全面推进乡村振兴大型媒体采风活动举行。"
#define ITEM_TEXT "媒体记者们纷纷表示,市中区在乡村振兴方面取得了不错的工作成果,将通过手中的笔和镜头,把市中区的好经验、好做法、好成效宣传推广出去。"
#define NEXT_LEAD "3月17日,生态环境部部长黄润秋来乐调研生态环境分区管控工作。"
#define HK_LEAD \
    "【香港商報訊】記者鄭珊珊報道：樓市交投持續暢旺，中原地產研究部高級聯席董事黃良昇預料，4 月整體買賣合約登記(包括住宅、車位及工商舖物業)成交宗數，有望繼2018 年6 月份9252 宗後，迫近9000 宗高水平，創10 個月新高；金額亦可望繼2018 年7 月份993.7 億元後，迫750 億元水平，創9 個月新高。個別藍籌屋苑呎價已率先升穿年度高位，熱門上車屋苑沙田第一城最近一宗成交，實用呎價達20775 元，屬同類單位今年新高。"
#define HK_TEXT "截至4 月11 日，本月一手私人住宅暫錄得876 宗成交，總值92.2 億元。"
#define HK_PART "目前錄得最多登記的新盤暫為紅磡啟岸，有196 宗登記，總值11.6 億元。"

/* 科技日报 2026-06-12 (b10/r44): a wire's item (…6月11日电) has no heads at
 * all, whatever its next lead */
#define WIRE_LEAD "科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）锂同位素高精度分析技术研究取得重要进展。"
#define WIRE_TEXT "传统质谱技术检测锂同位素面临高放射性污染等挑战。"
#define WIRE_NEXT "在多元化的科技传播方式中，科普影视是一个独特的存在。"

static void test_title_after_dateline_story(void **state)
{
    (void)state;
    nt_check_content("锂同位素高精度原位检测成功实现\n\n" WIRE_LEAD "\n\n" WIRE_TEXT "\n\n"
                     "让世界看见中国的科学浪漫\n\n" WIRE_NEXT "\n",
                     "article 1\n"
                     "  headline 1 锂同位素高精度原位检测成功实现\n"
                     "  paragraph 3 " WIRE_LEAD "\n"
                     "  paragraph 5 " WIRE_TEXT "\n"
                     "article 7\n"
                     "  headline 7 让世界看见中国的科学浪漫\n"
                     "  paragraph 9 " WIRE_NEXT "\n");
    nt_check_content("探寻嘉州春天 共话乡村振兴\n\n" ITEM_LEAD "\n\n" ITEM_TEXT "\n\n"
                     "黄润秋来乐调研生态环境分区管控工作\n\n" NEXT_LEAD "\n",
                     "article 1\n"
                     "  headline 1 探寻嘉州春天 共话乡村振兴\n"
                     "  paragraph 3 " ITEM_LEAD "\n"
                     "  paragraph 5 " ITEM_TEXT "\n"
                     "article 7\n"
                     "  headline 7 黄润秋来乐调研生态环境分区管控工作\n"
                     "  paragraph 9 " NEXT_LEAD "\n");
    nt_check_content("資金持續流入住宅市場 4 月成交料創10 個月新高\n\n" HK_LEAD "\n\n" HK_TEXT "\n\n"
                     "紅磡啟岸熱賣\n\n" HK_PART "\n",
                     "article 1\n"
                     "  headline 1 資金持續流入住宅市場 4 月成交料創10 個月新高\n"
                     "  paragraph 3 " HK_LEAD "\n"
                     "  paragraph 5 " HK_TEXT "\n"
                     "  section_head 7 紅磡啟岸熱賣\n"
                     "  paragraph 9 " HK_PART "\n");
}

/* 人民日报 2025-02-06 第5版 (tests/pages-real/b17/r79): a summary under the
 * headline, longer than a title line and ending no sentence, right above
 * the bare byline, is the subheadline; the byline and the lead stay apart. */
#define SUMMARY "跨出从免费模式向“付费者得”这一步，必须提供足够的价值增量，在保障消费者权益方面向上兼容"
#define SUMMARY_LEAD "买了机票，选座这样的附加服务，一般是谁先到谁先得，消费者鲜有异议。"

static void test_summary_subheadline(void **state)
{
    (void)state;
    nt_check_content("人民时评\n\n免费还是收费，应有一杆秤\n\n" SUMMARY "\n\n周珊珊\n\n" SUMMARY_LEAD "\n",
                     "article 1\n"
                     "  kicker 1 人民时评\n"
                     "  headline 3 免费还是收费，应有一杆秤\n"
                     "  subheadline 5 " SUMMARY "\n"
                     "  byline 7 周珊珊\n"
                     "    author 周珊珊\n"
                     "  paragraph 9 " SUMMARY_LEAD "\n");
    nt_check_content("免费还是收费，应有一杆秤\n\n" SUMMARY "\n\n周珊珊\n\n" SUMMARY_LEAD "\n",
                     "article 1\n"
                     "  headline 1 免费还是收费，应有一杆秤\n"
                     "  subheadline 3 " SUMMARY "\n"
                     "  byline 5 周珊珊\n"
                     "    author 周珊珊\n"
                     "  paragraph 7 " SUMMARY_LEAD "\n");
}

/* 人民日报 2025-07-03 第4版 (tests/pages-real/b16/r74): photo news, a title
 * line over pictures with the next story's title block under them; the
 * same line over a picture with text under it is a paragraph the picture
 * cut. */
#define PN_BEFORE "中央八项规定，“改进调查研究”摆在第一位。"
#define PN_CAPTION1 "贵州省黔东南苗族侗族自治州发生洪涝灾害以来，党员积极投入抢险救灾工作。"
#define PN_CAPTION2 "7月2日，贵州省黔东南苗族侗族自治州榕江县，各方支援力量坚守灾区一线清淤除障。"
#define PN_LEAD "一套桌椅和一面条幅组成的“流动办公桌”，如今时常出现在内蒙古自治区乌海市的居民小区。"
#define PN_PICTURES "\n\n\n\n" PN_CAPTION1 "\n罗京来摄（影像中国）\n\n\n\n" PN_CAPTION2 "  杨成利摄（影像中国）\n\n"

static void test_photo_news(void **state)
{
    (void)state;
    nt_check_content("两则新闻看调研\n\n" PN_BEFORE "\n\n全力推进灾后重建" PN_PICTURES
                     "内蒙古乌海：\n\n“流动办公桌”破解基层办事难题\n\n" PN_LEAD "\n",
                     "article 1\n"
                     "  headline 1 两则新闻看调研\n"
                     "  paragraph 3 " PN_BEFORE "\n"
                     "article 5\n"
                     "  headline 5 全力推进灾后重建\n"
                     "  figure 9\n"
                     "    caption 9 " PN_CAPTION1 "\n"
                     "    credit 10 罗京来摄（影像中国） {photographer|罗京来}\n"
                     "  figure 14\n"
                     "    caption 14 " PN_CAPTION2 "\n"
                     "    credit 14 杨成利摄（影像中国） {photographer|杨成利}\n"
                     "article 16\n"
                     "  kicker 16 内蒙古乌海：\n"
                     "  headline 18 “流动办公桌”破解基层办事难题\n"
                     "  paragraph 20 " PN_LEAD "\n");
}

/* 人民日报 2025-02-06 第12版 (tests/pages-real/b17/r81): a kicker as long as
 * a title line, with commas and an ellipsis, ends with its dash. */
#define DK_KICKER "接诉即办、帮办代办……节后首个工作日，多地政务服务单位工作人员——"
#define DK_LEAD "状态体现担当，状态折射作风。"

static void test_long_dash_kicker(void **state)
{
    (void)state;
    nt_check_content(DK_KICKER "\n\n工作在状态  服务在一线\n\n本报记者  刘以晴  王  者  沈靖然\n\n" DK_LEAD "\n",
                     "article 1\n"
                     "  kicker 1 " DK_KICKER "\n"
                     "  headline 3 工作在状态  服务在一线\n"
                     "  byline 5 本报记者  刘以晴  王  者  沈靖然\n"
                     "    author 刘以晴\n    author 王者\n    author 沈靖然\n"
                     "  paragraph 7 " DK_LEAD "\n");
}

/* 人民日报 (tests/pages-real/b11/r49): under the pictures of photo news the
 * next story's kicker may be too long for a title line; its headline and
 * byline under it still make the line over the pictures a headline. */
#define GF_BEFORE "“老乡们有了新盼头，我也更有干劲。”周金菊下定决心，不辜负乡亲们的期待和信任，脚踏实地接着干。"
#define GF_CAPTION "6月1日晚，湖北省宜昌市秭归县“九歌巷子”商业步行街灯火辉煌，吸引游客前来游玩。"

static void test_photo_news_long_kicker_under(void **state)
{
    (void)state;
    np_node *doc = nt_parse("山里来了新支书\n\n" GF_BEFORE "\n\n古风街区八方客来\n\n\n\n" GF_CAPTION "\n吴承忠摄（影像中国）\n\n"
                            "业内呼吁：“流量至上”思维亟待转变，“内容向善”才能行稳致远\n\n多频道网络机构，自律他律都得有\n\n"
                            "本报记者  金  歆\n\n中办、国办印发《关于健全社会信用体系的意见》。\n");
    const np_node *a2 = nt_find(doc, NP_NODE_ARTICLE, 1);
    assert_non_null(a2);
    assert_string_equal(np_node_get_text(nt_find(a2, NP_NODE_HEADLINE, 0)), "古风街区八方客来");
    assert_int_equal(nt_count(a2, NP_NODE_FIGURE), 1);
    const np_node *a3 = nt_find(doc, NP_NODE_ARTICLE, 2);
    assert_non_null(a3);
    assert_string_equal(np_node_get_text(nt_find(a3, NP_NODE_HEADLINE, 0)), "多频道网络机构，自律他律都得有");
    np_document_free(doc);
}

/* 人民日报 2025-10-03 第4版 (a photo page, tests/pages-real/b23/r111):
 * under a headline with nothing but a credit after it, the lines over the
 * pictures are the article's heads, neither photo news nor pieces of a
 * paragraph the pictures cut. */
static void test_heads_over_pictures(void **state)
{
    (void)state;
    np_node *doc = nt_parse("新时代画卷·决战决胜“十四五”\n\n国家治理效能得到新提升\n\n数据来源：国务院新闻办新闻发布会\n\n"
                            "发展社会主义民主\n\n\n\n2025年3月5日上午，第十四届全国人民代表大会第三次会议在北京人民大会堂开幕。\n"
                            "新华社记者  岳月伟摄\n\n全面推进依法治国\n\n\n\n"
                            "重庆开州区人民法院走进谭家镇龙溪村，将巡回法庭“搬”到群众身边。\n边俊铭摄（人民视觉）\n\n"
                            "建设更高水平的平安中国\n\n\n\n甘肃森林消防总队张掖支队组织开展高空绳索救援实战化训练。\n"
                            "景旭鹏摄（影像中国）\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 1);
    assert_int_equal(nt_count(doc, NP_NODE_SECTION_HEAD), 3);
    assert_int_equal(nt_count(doc, NP_NODE_FIGURE), 3);
    assert_int_equal(nt_count(doc, NP_NODE_PARAGRAPH), 0);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_SECTION_HEAD, 1)), "全面推进依法治国");
    np_document_free(doc);
}

/* 人民日报 2025-10-05 第5版 (b23/r110): a kicker ending with a colon over
 * the headline is a title block when a byline stands under them, not a
 * head on two lines (no head has a byline); and an ellipsis closing a list
 * inside a title (2025-10-03 第2版, b23/r107) ends no sentence. */
static void test_colon_kicker_and_ellipsis_title(void **state)
{
    (void)state;
    nt_check_content("在平遥感受“汇合点”\n\n贾樟柯\n\n现在的平遥，以电影为纽带，让故事再一次在古城交汇\n\n木镟技艺代表性传承人李学民：\n\n"
                     "千刀方成器  玲珑显匠心\n\n本报记者  史自强\n\n李学民是河北省省级非物质文化遗产代表性项目木镟技艺代表性传承人。\n",
                     "article 1\n  headline 1 在平遥感受“汇合点”\n  byline 3 贾樟柯\n    author 贾樟柯\n"
                     "  paragraph 5 现在的平遥，以电影为纽带，让故事再一次在古城交汇\n"
                     "article 7\n  kicker 7 木镟技艺代表性传承人李学民：\n  headline 9 千刀方成器  玲珑显匠心\n"
                     "  byline 11 本报记者  史自强\n    author 史自强\n"
                     "  paragraph 13 李学民是河北省省级非物质文化遗产代表性项目木镟技艺代表性传承人。\n");
    nt_check_content("“演出＋”“赛事＋”“科技＋”……假期文旅市场持续升温\n\n文旅场景上新  消费活力焕新\n\n本报记者  管璇悦\n\n"
                     "国庆、中秋假期，文旅消费热潮持续升温。\n",
                     "article 1\n  kicker 1 “演出＋”“赛事＋”“科技＋”……假期文旅市场持续升温\n"
                     "  headline 3 文旅场景上新  消费活力焕新\n  byline 5 本报记者  管璇悦\n    author 管璇悦\n"
                     "  paragraph 7 国庆、中秋假期，文旅消费热潮持续升温。\n");
}

/* 人民日报 2025-06-10 第10版 (tests/pages-real/b22/r103): a note wholly in
 * brackets signs the article off; the title line after it opens the next
 * story, here a photo story with its text under the pictures. */
static void test_title_after_bracket_note(void **state)
{
    (void)state;
    np_node *doc = nt_parse("民有所呼政有所应\n\n本报记者  刘志强\n\n"
                            "（四）落在“盼”处，暖民之心。进城务工人员是城市建设者，期盼享有与户籍人口同等的基本公共服务权利。\n\n"
                            "（作者为国家发展改革委宏观经济研究院研究员，本报记者刘志强整理）\n\n为梦想护航\n\n\n\n"
                            "湖南省益阳市公安局交警支队桃花仑中队辅警在雨中疏导交通，指挥车辆有序通行。\n杨  迅  郭远程摄影报道\n\n"
                            "2025年全国高考期间，各地公安机关加大执勤力度，推出暖心服务，保障考生平安、顺利参加考试。\n");
    const np_node *a2 = nt_find(doc, NP_NODE_ARTICLE, 1);
    assert_non_null(a2);
    assert_string_equal(np_node_get_text(nt_find(a2, NP_NODE_HEADLINE, 0)), "为梦想护航");
    assert_int_equal(nt_count(a2, NP_NODE_FIGURE), 1);
    assert_int_equal(nt_count(a2, NP_NODE_PARAGRAPH), 1);
    assert_string_equal(np_node_get_text(nt_find(nt_find(doc, NP_NODE_ARTICLE, 0), NP_NODE_PARAGRAPH, 1)),
                        "（作者为国家发展改革委宏观经济研究院研究员，本报记者刘志强整理）");
    np_document_free(doc);
}

/* 人民日报 2025-06-17 第15版 (b22/r104): a box's label under a kicker and a
 * headline heads the box, no subheadline; and 、 lists the parts of a
 * headline of 32 characters, no clause that makes it a paragraph. */
static void test_box_label_and_listing_headline(void **state)
{
    (void)state;
    nt_check_content("美丽中国·身边的生态获得感③\n\n这些改变，为生活添绿意\n\n核心阅读\n\n"
                     "《中共中央办公厅国务院办公厅关于持续推进城市更新行动的意见》提出，全面践行人民城市理念，建设好房子、好小区、好社区、好城区。\n",
                     "article 1\n  kicker 1 美丽中国·身边的生态获得感③\n  headline 3 这些改变，为生活添绿意\n"
                     "  section_head 5 核心阅读\n  paragraph 7 《中共中央办公厅国务院办公厅关于持续推进城市更新行动的意见》提出，"
                     "全面践行人民城市理念，建设好房子、好小区、好社区、好城区。\n");
    np_node *doc = nt_parse("中央生态环保督察集中通报典型案例\n\n本报北京6月16日电  （记者寇江泽）为发挥警示作用，切实推动问题整改。\n\n"
                            "督察组将进一步调查核实有关情况，并按要求做好后续督察工作。\n\n"
                            "陕西西安市开展打击非法捕猎、交易、饲养野生鸟类专项整治行动\n\n"
                            "本报西安6月16日电  （记者高炳）6月9日，本报刊登报道《野生鸟类在这里公开贩卖》。\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    assert_string_equal(np_node_get_text(nt_find(nt_find(doc, NP_NODE_ARTICLE, 1), NP_NODE_HEADLINE, 0)),
                        "陕西西安市开展打击非法捕猎、交易、饲养野生鸟类专项整治行动");
    np_document_free(doc);
}

/* 人民日报 2025-05-20 第13版 (tests/pages-real/b18/r84): a headline printed
 * on two lines right under each other, two halves of one length, is one
 * headline (its node spans both lines); a kicker stands a blank line
 * above it. */
static void test_couplet_headline(void **state)
{
    (void)state;
    np_node *doc = nt_parse("长春市绿园区林园街道机关食堂\n\n闭环管理促节约\n个性菜单调众口\n\n本报记者  门杰伟\n\n"
                            "饭点刚过，吉林长春市绿园区林园街道食堂，垃圾桶中，只有少量剩汤、鱼刺和果皮。\n");
    const np_node *h = nt_find(doc, NP_NODE_HEADLINE, 0);
    assert_non_null(h);
    assert_string_equal(np_node_get_text(h), "闭环管理促节约 个性菜单调众口");
    assert_null(nt_find(doc, NP_NODE_SUBHEADLINE, 0));
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_KICKER, 0)), "长春市绿园区林园街道机关食堂");
    assert_int_equal(np_node_span_count(h), 2);
    np_document_free(doc);
}

/* 浙江工人日报 (b41/r197): two title lines right under each other, of one
 * length, but one with a comma in it, are two title lines, no couplet. */
static void test_comma_line_no_couplet_half(void **state)
{
    (void)state;
    np_node *doc = nt_parse("传承的接力棒,在他们手中闪光\n新晋省劳模为“金东工匠”颁奖\n\n"
                            "　　本报讯 通讯员陈献军报道 曾经,他们站上舞台,接受荣誉表彰;如今,在这个舞台上,他们成了颁奖嘉宾。\n");
    assert_int_equal(nt_count(doc, NP_NODE_KICKER) + nt_count(doc, NP_NODE_HEADLINE) + nt_count(doc, NP_NODE_SUBHEADLINE), 2);
    np_document_free(doc);
}

/* 闽西日报 (b43/r211): two title lines right under each other inside the
 * running page, the first a long plain statement, are the next article's
 * kicker and headline, not a head printed on two lines. */
static void test_long_adjacent_lines_title_block(void **state)
{
    (void)state;
    np_node *doc = nt_parse("做红土地合格的新闻工作者\n\n　　我由衷感谢闽西日报,她是一个温暖的大家庭,慷慨地给予了我成长的平台和空间。\n\n"
                            "福建省广播影视集团龙岩记者站站长许广陵\n用新闻记录伴随着开放龙岩一起成长\n\n"
                            "　　2021年11月,我正式从厦门记者站调到龙岩记者站工作,至今整整两年零八天。\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    assert_int_equal(nt_count(doc, NP_NODE_SECTION_HEAD), 0);
    np_document_free(doc);
}

/* 人民日报 2025-11-17 第15版 (tests/pages-real/b21/r99): a photo story
 * after another story's text: its headline, one paragraph, the picture it
 * shows (图为…), and the next story's title under them. */
static void test_photo_story(void **state)
{
    (void)state;
    np_node *doc = nt_parse("金台锐评\n\n为“多管局局长”点赞\n\n亓玉昆\n\n"
                            "积力之所举，则无不胜也；众智之所为，则无不成也。\n\n凝聚“银发力量” 助推基层治理\n\n"
                            "福建省福州市鼓楼区安泰街道聚焦基层治理，坚持党建引领，充分发挥退休老干部作用。\n\n\n\n"
                            "图为安泰街道黎明湖公园的茶馆驿站里，由民警、“银发普法调解员”等组成的宣讲团在开展普法宣传。\n谢贵明摄\n\n"
                            "以案说法\n\n三十年不尽赡养义务 老人独子丧失继承权\n\n本报记者  张  璁\n\n"
                            "那么，高某军应否丧失继承权？\n");
    const np_node *a2 = nt_find(doc, NP_NODE_ARTICLE, 1);
    assert_non_null(a2);
    assert_string_equal(np_node_get_text(nt_find(a2, NP_NODE_HEADLINE, 0)), "凝聚“银发力量” 助推基层治理");
    assert_int_equal(nt_count(a2, NP_NODE_FIGURE), 1);
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 3);
    assert_null(nt_find(doc, NP_NODE_SECTION_HEAD, 0));
    np_document_free(doc);
}

/* 光明日报 (tests/pages-real/b14/r66): a column's label in brackets under
 * the paper's name is a kicker, no page name; and a kicker's dash in the
 * middle of three title lines makes two kickers over the headline. */
static void test_bracket_label_and_two_kickers(void **state)
{
    (void)state;
    nt_check_content("光明日报\n\n【一线讲述】\n\n四地乡村干部群众心中的“宜居宜业和美家园”——\n\n村居好环境,添彩新生活\n\n"
                     "“家门口的环境越来越好了。”\n",
                     "article 3\n  kicker 3 【一线讲述】\n  kicker 5 四地乡村干部群众心中的“宜居宜业和美家园”——\n"
                     "  headline 7 村居好环境,添彩新生活\n  paragraph 9 “家门口的环境越来越好了。”\n");
}

/* 南国都市报 2020-02-24 (tests/pages-real/b56/r273): an exclamation inside
 * a headline of title length, and the column's name right on it a kicker */
static void test_exclamation_inside_headline(void **state)
{
    (void)state;
    nt_check_content("南国都市报\n\n2020年2月24日  星期一\n\n抗击疫情·动态\n"
                     "别大意,疫情还没结束!海口水巷口人挤人 有人摘下口罩聊天 \n各位,疫情仍未结束 别急着“放飞”\n\n"
                     "  连日来,海口的气温逐步升高,前两天又恰逢周末,这让公园和部分商业街上的人一下多了起来。\n",
                     "article 5\n  kicker 5 抗击疫情·动态\n  headline 6 别大意,疫情还没结束!海口水巷口人挤人 有人摘下口罩聊天\n"
                     "  subheadline 7 各位,疫情仍未结束 别急着“放飞”\n"
                     "  paragraph 9 连日来,海口的气温逐步升高,前两天又恰逢周末,这让公园和部分商业街上的人一下多了起来。\n");
}

/* 人民日报 2025-04-01 第13版 (tests/pages-real/b26/r125): a clause too long
 * for a title line over a title block and its byline is its kicker; and
 * 2025-11-25 第18版 (b27/r128): 本报电 opens a story, so the title-like line
 * over it after another story's text is a headline. */
static void test_long_kicker_and_own_dateline(void **state)
{
    (void)state;
    nt_check_content("黄河保护法施行两年来，甘肃兰州筑牢黄河生态屏障、推动流域高质量发展\n\n黄河畔  绿意长  文脉长\n\n"
                     "本报记者  宋朝军\n\n即日起，本版推出系列报道。\n",
                     "article 1\n  kicker 1 黄河保护法施行两年来，甘肃兰州筑牢黄河生态屏障、推动流域高质量发展\n"
                     "  headline 3 黄河畔  绿意长  文脉长\n  byline 5 本报记者  宋朝军\n    author 宋朝军\n"
                     "  paragraph 7 即日起，本版推出系列报道。\n");
    np_node *doc = nt_parse("服务送到“家门口”  惠民暖到“心里边”\n\n本报记者  邓剑洋\n\n"
                            "近年来，农行西藏分行持续完善服务模式，金融服务保障能力不断提升。\n\n"
                            "农业农村部部署国家乡村振兴示范县创建工作\n\n"
                            "本报电  （记者郁静娴）近日，农业农村部印发《国家乡村振兴示范县创建工作方案》，部署示范县创建工作。\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    assert_string_equal(np_node_get_text(nt_find(nt_find(doc, NP_NODE_ARTICLE, 1), NP_NODE_HEADLINE, 0)),
                        "农业农村部部署国家乡村振兴示范县创建工作");
    np_document_free(doc);
}

/* 羊城晚报 2022-10-23 A11 (tests/pages-real/b30/r142): a column's e-mail
 * address after a colon is a line of information, no head. */
static void test_address_line_is_text(void **state)
{
    (void)state;
    nt_check_content("随手拍\n\n白云挑夫\n\n□图/文 周国屏\n\n9月19日,傍晚时分,广州白云山,一位挑夫正在登山。\n\n"
                     "随手拍专用邮箱:ycwbwyb@163.com\n",
                     "article 1\n  kicker 1 随手拍\n  headline 3 白云挑夫\n  byline 5 图/文 周国屏\n    author 周国屏\n"
                     "  paragraph 7 9月19日,傍晚时分,广州白云山,一位挑夫正在登山。\n"
                     "  paragraph 9 随手拍专用邮箱:ycwbwyb@163.com\n");
}

/* 周口日报 (tests/pages-real/b30/r144): untitled briefs, each opening
 * with 本报讯: after a finished brief, the next dateline opens the next
 * article. */
static void test_untitled_briefs(void **state)
{
    (void)state;
    np_node *doc = nt_parse("　　本报讯 2007年度河南省优秀内参评选于近日揭晓,本报选送的4篇内参分获一、二、三等奖。\n\n"
                            "　　本报讯(记者 李莉) 2008年度河南新闻奖报纸副刊作品获奖名单日前揭晓,选送的4篇作品获奖。\n\n"
                            "　　在此次评选活动中,散文《雪从生命深处飘来》获一等奖。\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    assert_int_equal(nt_count(nt_find(doc, NP_NODE_ARTICLE, 1), NP_NODE_PARAGRAPH), 2);
    np_document_free(doc);
}


/* 淇滨晚报 2007-06-19 (b104/r512): after a reader's item signed off by the
 * reporter glued to its last sentence, title lines under each other are
 * the next item's title, not a head of the item. */
static void test_title_after_glued_reporter(void **state)
{
    (void)state;
    np_node *doc = nt_parse("夜间行车不打近光灯\n\n危险!\n\n"
                            "　　6月17日,新区市民董女士来电反映:在新区鹤壁高中附近,夜间很多车辆遇到行人时不打近光灯,一直开着远光灯行驶,"
                            "异常刺眼的灯光使行人看不清楚过往车辆,给下晚自习回家的学生及行人安全造成很大隐患。"
                            "希望夜间行车的司机们注意灯光切换,保护行人安全。见习记者 徐舒帆\n\n"
                            "农贸市场\n腐烂水果满地扔\n真乱!\n\n"
                            "　　6月16日,新区的孙大娘反映:新区利民农贸市场门口的地面上,到处是商贩或者来买菜的市民随手丢弃的腐烂水果和蔬菜,"
                            "搞得地面很脏,四周都是蚊子、苍蝇,太不卫生了。\n");
    assert_int_equal(nt_count(doc, NP_NODE_ARTICLE), 2);
    assert_int_equal(nt_count(doc, NP_NODE_SECTION_HEAD), 0);
    assert_string_equal(np_node_get_text(nt_find(doc, NP_NODE_AUTHOR, 0)), "徐舒帆");
    np_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_after_glued_reporter),
        cmocka_unit_test(test_one_line_headline),
        cmocka_unit_test(test_untitled_briefs),
        cmocka_unit_test(test_address_line_is_text),
        cmocka_unit_test(test_long_kicker_and_own_dateline),
        cmocka_unit_test(test_bracket_label_and_two_kickers),
        cmocka_unit_test(test_photo_story),
        cmocka_unit_test(test_couplet_headline),
        cmocka_unit_test(test_comma_line_no_couplet_half),
        cmocka_unit_test(test_long_adjacent_lines_title_block),
        cmocka_unit_test(test_title_after_bracket_note),
        cmocka_unit_test(test_box_label_and_listing_headline),
        cmocka_unit_test(test_heads_over_pictures),
        cmocka_unit_test(test_colon_kicker_and_ellipsis_title),
        cmocka_unit_test(test_indented_title_over_byline),
        cmocka_unit_test(test_two_lines_kicker_headline),
        cmocka_unit_test(test_marks_kicker_headline),
        cmocka_unit_test(test_hash_alone),
        cmocka_unit_test(test_bare_place_kicker),
        cmocka_unit_test(test_bare_short_place_kicker),
        cmocka_unit_test(test_dash_kicker),
        cmocka_unit_test(test_dash_subheadline),
        cmocka_unit_test(test_three_lines),
        cmocka_unit_test(test_two_space_halves),
        cmocka_unit_test(test_trailing_spaces_trimmed),
        cmocka_unit_test(test_second_article),
        cmocka_unit_test(test_corpus_000_article2),
        cmocka_unit_test(test_name_shaped_headline_before_byline),
        cmocka_unit_test(test_colon_pair_opens_page),
        cmocka_unit_test(test_yesterday_lead_opens_story),
        cmocka_unit_test(test_title_after_dateline_story),
        cmocka_unit_test(test_summary_subheadline),
        cmocka_unit_test(test_photo_news),
        cmocka_unit_test(test_exclamation_inside_headline),
        cmocka_unit_test(test_long_dash_kicker),
        cmocka_unit_test(test_photo_news_long_kicker_under),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
