/*
 * test_internal_text.c - unit tests of internal text helpers (lib/text.h):
 * the punctuation class tables agree with the predicates for every
 * character, trimming's byte tests never miss a space, word lists find
 * their words (whole, by prefix and by suffix), and the marks scan finds, counts and spots what a byte-wise
 * reading does, wherever a line's blocks begin and end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nptest.h"
#include "text.h"

/* The classes by the predicates and the pairs the classifier counts. */
static unsigned expected_class(np_cp c)
{
    unsigned pc = 0;
    if (np_is_clause_punct(c))
        pc |= NP_PC_CLAUSE | (c != 0x3001 ? NP_PC_COMMA : 0);
    if (np_is_final_punct(c))
        pc |= NP_PC_FINAL;
    if (c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?')
        pc |= NP_PC_EXCLAIM;
    if (c == 0xFF1A)
        pc |= NP_PC_COLON;
    if (c == 0x201C || c == 0x300C || c == 0x300E)
        pc |= NP_PC_QUOTE_OPEN;
    if (c == 0x201D || c == 0x300D || c == 0x300F)
        pc |= NP_PC_QUOTE_CLOSE;
    if (c == 0xFF08 || c == '(' || c == 0x300A || c == 0x3010)
        pc |= NP_PC_OPEN;
    if (c == 0xFF09 || c == ')' || c == 0x300B || c == 0x3011)
        pc |= NP_PC_CLOSE;
    return pc;
}

static void test_punct_class_tables(void **state)
{
    (void)state;
    size_t classed = 0;
    for (nt_char ch = nt_char_at(1); ch.c <= 0x10FFFF; ch = nt_char_after(ch)) {
        unsigned want = expected_class(ch.c);
        if (np_punct_class(ch.utf8) != want)
            fail_msg("U+%04X: class %#x, expected %#x", (unsigned)ch.c, np_punct_class(ch.utf8), want);
        classed += want != 0;
    }
    assert_int_equal(classed, 28);
}

/* Code-point sets: the ten numerals of Chinese numbering, nothing else. */
static void test_cn_digits(void **state)
{
    (void)state;
    static const char numerals[] = "一二三四五六七八九十";
    size_t found = 0;
    for (np_cp c = 0; c <= 0x10FFFF; c++)
        found += np_is_cn_digit(c);
    assert_int_equal(found, 10);
    for (size_t i = 0; i < strlen(numerals); i += 3) {
        np_cp c;
        np_utf8_decode(numerals, strlen(numerals), i, &c);
        assert_true(np_is_cn_digit(c));
    }
}

/* Word lists: exact lookup, first letters, the longest prefix and the
 * shortest suffix. */
static void test_word_lists(void **state)
{
    (void)state;
    static const char *const list[] = {"Tel", "版式", "版式设计", "编辑", "记者", "记者/"};
    const np_words w = {list, sizeof list / sizeof *list};
    assert_true(np_words_has(&w, "版式", strlen("版式")));
    assert_true(np_words_has(&w, "Tel", 3));
    assert_false(np_words_has(&w, "版", strlen("版")));
    assert_false(np_words_has(&w, "版式设", strlen("版式设")));
    assert_false(np_words_has(&w, "TEL", 3));
    assert_true(np_words_initial(&w, "编者", strlen("编者")));
    assert_true(np_words_initial(&w, "T", 1));
    assert_false(np_words_initial(&w, "美编", strlen("美编")));
    assert_int_equal(np_words_prefix(&w, "版式设计：甲", strlen("版式设计：甲")), strlen("版式设计"));
    assert_int_equal(np_words_prefix(&w, "版式：甲", strlen("版式：甲")), strlen("版式"));
    assert_int_equal(np_words_prefix(&w, "记者/甲", strlen("记者/甲")), strlen("记者/"));
    assert_int_equal(np_words_prefix(&w, "记", strlen("记")), 0);
    assert_int_equal(np_words_prefix(&w, "", 0), 0);
    assert_int_equal(np_words_prefix(&w, "Te", 2), 0);
    /* the shortest word a text ends with: 新区 ends with 区 too, so an
     * organisation's suffix can be told from the whole name */
    static const char *const suffix_list[] = {"区", "委员会", "报道", "新区"};
    const np_words suffixes = NP_WORDS(suffix_list);
    assert_int_equal(np_words_suffix(&suffixes, "新区", strlen("新区")), strlen("区"));
    assert_int_equal(np_words_suffix(&suffixes, "杭州市萧山区", strlen("杭州市萧山区")), strlen("区"));
    assert_int_equal(np_words_suffix(&suffixes, "委员会", strlen("委员会")), strlen("委员会"));
    assert_int_equal(np_words_suffix(&suffixes, "济南报道", strlen("济南报道")), strlen("报道"));
    assert_int_equal(np_words_suffix(&suffixes, "委员", strlen("委员")), 0);
    assert_int_equal(np_words_suffix(&suffixes, "", 0), 0);
}

/* The byte tests that let np_trim skip decoding never miss a space. */
static void test_trim_byte_tests(void **state)
{
    (void)state;
    for (nt_char ch = nt_char_at(1); ch.c <= 0x10FFFF; ch = nt_char_after(ch)) {
        if (!np_is_space(ch.c))
            continue;
        assert_true(np_may_start_space(ch.utf8));
        assert_true(np_may_end_space(ch.utf8 + ch.len));
    }
    /* and leave the marks that open and close most lines to them alone */
    static const char *const marks[] = {"。", "、", "“", "”", "「", "」", "《", "》", "，", "…", "—"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
        char buf[8] = "x";
        strcat(buf, marks[i]);
        assert_false(np_may_start_space(buf + 1));
        assert_false(np_may_end_space(buf + strlen(buf)));
    }
    const char *s = "\xE3\x80\x80 张三\xE2\x80\x8B";
    size_t a = 0, b = strlen(s);
    np_trim(s, &a, &b);
    assert_int_equal(a, 4);
    assert_int_equal(b - a, 6);
}

/* The scan against a byte-wise reading of the same text. */
static void check_scan(const char *s, size_t len)
{
    np_scan sc;
    np_scan_init(&sc, s, len);
    size_t want = 0;
    for (size_t i = np_scan_next(&sc); i <= len; i = np_scan_next(&sc)) {
        while (want < len && (((unsigned char)s[want] & 0xC0) == 0x80 ||
                              ((unsigned char)s[want] >= 0xE4 && (unsigned char)s[want] <= 0xED)))
            want++;
        assert_int_equal(i, want);
        if (i == len)
            break;
        want++;
    }
    assert_int_equal(sc.chars, np_utf8_count(s, len));
    assert_int_equal(sc.tuwei, np_find(s, len, "图为") < len);
}

static void test_scan_blocks(void **state)
{
    (void)state;
    /* letters, marks and 图为 at every offset around the 64-byte blocks */
    static const char *const pieces[] = {"图为", "，", "a", "中", "“", "。", "1", "图", "为", "é"};
    /* the scan reads NP_SCAN_PAD bytes past the text: filled with 图为
     * and marks, which it must not report */
    char text[400 + NP_SCAN_PAD];
    for (size_t seed = 0; seed < 400; seed++) {
        size_t len = 0, r = seed;
        for (size_t k = 0; k + 6 <= sizeof text; k += 6)
            memcpy(text + k, "图为", 6);
        while (len + 8 < 400 && r % 97 != 96) {
            const char *p = pieces[r % (sizeof pieces / sizeof *pieces)];
            memcpy(text + len, p, strlen(p));
            len += strlen(p);
            r = r * 1103515245u + 12345u;
            r %= 2147483648u;
        }
        check_scan(text, len);
    }
    check_scan("", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_punct_class_tables),
        cmocka_unit_test(test_scan_blocks),
        cmocka_unit_test(test_trim_byte_tests),
        cmocka_unit_test(test_word_lists),
        cmocka_unit_test(test_cn_digits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
