/*
 * test_line_shapes.c - unit tests of the one-line shapes each element's
 * file reads for classify.c: a head's numbering (heads.h), a caption's own
 * words (figure.h), the credit shape of a line (credit.h), and the names
 * of organisations and places (names.h).  The lines are from the labelled
 * pages.  These go below the public API; when the internal interface
 * changes, update this file.
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
#include "figure.h"
#include "heads.h"
#include "names.h"
#include "nptest.h"

static size_t numbering(const char *s)
{
    return np_heads_numbering(s, strlen(s));
}

/* The numbering a head opens with is no clause punctuation: its length. */
static void test_numbering(void **state)
{
    (void)state;
    assert_int_equal(numbering("一、在聚焦问题中抓落实"), strlen("一、"));
    assert_int_equal(numbering("（二）优化服务更便捷"), strlen("（二）"));
    assert_int_equal(numbering("3.守住底线"), strlen("3."));
    assert_int_equal(numbering("【下沉】品牌走进县城"), strlen("【下沉】"));
    assert_int_equal(numbering("一"), strlen("一"));
    /* no numbering: a year, a decimal, a bracket that is the whole line,
     * a label too long to be one */
    assert_int_equal(numbering("2024年6月3日"), 0);
    assert_int_equal(numbering("3.5亿元"), 0);
    assert_int_equal(numbering("1"), 0);
    assert_int_equal(numbering("【基本案情】"), 0);
    assert_int_equal(numbering("【本报记者林慧旧金山报道】农历新年本是华人餐馆的旺季"), 0);
}

static bool caption(const char *s)
{
    return np_figure_caption_words(s, strlen(s));
}

static void test_caption_words(void **state)
{
    (void)state;
    assert_true(caption("图① 3月15日，一架物流无人机从南山区蛇口街道一处社区起降点起飞。"));
    assert_true(caption("图1：参赛选手从樱花大道出发。"));
    assert_true(caption("上图：新建的社区食堂。"));
    assert_true(caption("组图 夏收时节"));
    /* 图 that begins a word, and a lead that is no caption's */
    assert_false(caption("图书馆里的暑假"));
    assert_false(caption("地图上的家乡"));
    assert_false(caption("图"));
}

static np_credit_shape shape(const char *s, size_t *cut)
{
    np_credit c;
    *cut = 0;
    return np_credit_line_shape(s, strlen(s), &c, cut);
}

static void test_credit_shape(void **state)
{
    (void)state;
    size_t cut;
    assert_int_equal(shape("深圳特区报记者 孙 宇 摄", &cut), NP_CREDIT_SHAPE_LINE);
    assert_int_equal(shape("钱刚摄（影像中国）", &cut), NP_CREDIT_SHAPE_LINE);
    assert_int_equal(shape("数据来源：国家统计局", &cut), NP_CREDIT_SHAPE_LINE);
    static const char glued[] = "“双语讲解团”成员为外国游客讲解青铜器。外国语学院供图";
    assert_int_equal(shape(glued, &cut), NP_CREDIT_SHAPE_TAIL);
    assert_int_equal(cut, strlen("“双语讲解团”成员为外国游客讲解青铜器。"));
    /* a sentence that ends with a verb of credits, and one with none */
    assert_int_equal(shape("他说，这批设备将于明年提供。", &cut), NP_CREDIT_SHAPE_NONE);
    assert_int_equal(shape("农历新年本是华人餐馆的旺季。", &cut), NP_CREDIT_SHAPE_NONE);
}

static bool entity(const char *s)
{
    return np_ends_with_entity(s, strlen(s));
}

static bool place(const char *s)
{
    return np_is_province_place(s, strlen(s), np_utf8_count(s, strlen(s)));
}

static void test_entity_names(void **state)
{
    (void)state;
    assert_true(entity("湖州吴兴区环渚街道"));
    assert_true(entity("嵊州医保局"));
    assert_true(entity("新区")); /* 新 before the suffix 区 */
    assert_false(entity("区"));
    assert_false(entity("委员会")); /* the suffix alone */
    assert_false(entity("旧金山湾区华人"));
    assert_true(place("浙江安吉"));
    assert_true(place("黑龙江漠河"));
    assert_true(place("河北石家庄"));
    assert_false(place("浙江"));
    assert_false(place("浙江省湖州市"));
    assert_false(place("江南水乡"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbering),
        cmocka_unit_test(test_caption_words),
        cmocka_unit_test(test_credit_shape),
        cmocka_unit_test(test_entity_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
