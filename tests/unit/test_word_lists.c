/*
 * test_word_lists.c - every word list of lib/ is sorted and free of
 * duplicates.
 *
 * The lookups of text.h (np_words_has, np_words_prefix, np_words_initial)
 * search a list by bisection: a word out of order is never found, and the
 * parser silently reads a line another way.  The lists are read here from
 * the source of lib/, every `const np_words NAME = NP_WORDS(LIST)` (or
 * `= {LIST, ...}`) and the string literals of its array LIST, so that a
 * list added anywhere in lib/ is checked without being named here, static
 * ones too (test_internal_names checks the shared ones as compiled).  The
 * credit verbs, which two places ask, each make a credit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>

#include "credit.h"
#include "furniture.h"
#include "names.h"
#include "nptest.h"

/* lib/, from the corpus directory the build names (tests/corpus). */
#define LIB_DIR NP_TEST_CORPUS_DIR "/../../lib"

/* The most words of one list, and the longest word, that this reader takes. */
#define MAX_WORDS 256
#define MAX_WORD 64

typedef struct word_list {
    char words[MAX_WORDS][MAX_WORD];
    size_t count;
} word_list;

static int is_ident(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* The identifier at *p (moved past it) into out; 0 if none. */
static size_t read_ident(const char **p, char *out, size_t cap)
{
    size_t n = 0;
    while (**p == ' ')
        (*p)++;
    while (is_ident(**p) && n + 1 < cap)
        out[n++] = *(*p)++;
    out[n] = '\0';
    return n;
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
}

/* The C string literal at p (just past its opening quote) into out, its
 * escapes decoded; returns the byte after the closing quote. */
static const char *read_literal(const char *p, char *out, const char *where)
{
    size_t n = 0;
    while (*p && *p != '"') {
        char c = *p++;
        if (c == '\\') {
            c = *p++;
            if (c == 'x') {
                int v = 0;
                while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F'))
                    v = v * 16 + hex_digit(*p++);
                c = (char)v;
            }
        }
        if (n + 1 >= MAX_WORD)
            fail_msg("%s: a word longer than %d bytes", where, MAX_WORD);
        out[n++] = c;
    }
    out[n] = '\0';
    return *p ? p + 1 : p;
}

/* The words of the array `name[] = { ... };` in src. */
static void read_array(const char *src, const char *name, word_list *out, const char *file)
{
    char pattern[128];
    snprintf(pattern, sizeof pattern, " %s[] = {", name);
    const char *p = strstr(src, pattern);
    if (!p)
        fail_msg("%s: the array %s of an np_words not found", file, name);
    p += strlen(pattern);
    const char *end = strstr(p, "};");
    out->count = 0;
    for (; p < end; p++) {
        if (*p != '"')
            continue;
        if (out->count == MAX_WORDS)
            fail_msg("%s: %s has more than %d words", file, name, MAX_WORDS);
        p = read_literal(p + 1, out->words[out->count++], name) - 1;
    }
}

/* What is wrong with the order of w (into buf), or NULL. */
static const char *order_fault(const word_list *w, char *buf, size_t cap)
{
    if (w->count == 0)
        return "empty";
    for (size_t i = 0; i < w->count; i++) {
        int order = i > 0 ? strcmp(w->words[i - 1], w->words[i]) : -1;
        if (w->words[i][0] == '\0')
            snprintf(buf, cap, "an empty word");
        else if (order == 0)
            snprintf(buf, cap, "%s twice", w->words[i]);
        else if (order > 0)
            snprintf(buf, cap, "out of order at %s (after %s)", w->words[i], w->words[i - 1]);
        else
            continue;
        return buf;
    }
    return NULL;
}

static void check_order(const word_list *w, const char *what, const char *file)
{
    char buf[256];
    const char *fault = order_fault(w, buf, sizeof buf);
    if (fault)
        fail_msg("%s: %s: %s", file, what, fault);
}

/* Check every np_words defined in src; returns how many. */
static size_t check_source(const char *src, const char *file)
{
    static const char key[] = "const np_words ";
    size_t lists = 0;
    for (const char *p = strstr(src, key); p; p = strstr(p, key)) {
        p += strlen(key);
        char name[128], array[128];
        if (!read_ident(&p, name, sizeof name) || strncmp(p, " = ", 3) != 0)
            continue; /* a declaration or a parameter, not a definition */
        p += 3;
        if (strncmp(p, "NP_WORDS(", 9) == 0)
            p += 9;
        else if (*p == '{')
            p++;
        else
            fail_msg("%s: %s is not defined by NP_WORDS(list)", file, name);
        if (!read_ident(&p, array, sizeof array))
            fail_msg("%s: no array named in %s", file, name);
        static word_list words;
        read_array(src, array, &words, file);
        check_order(&words, name, file);
        lists++;
    }
    return lists;
}

static int is_source(const char *name)
{
    size_t n = strlen(name);
    return n > 2 && name[n - 2] == '.' && (name[n - 1] == 'c' || name[n - 1] == 'h');
}

static void test_every_list_sorted(void **state)
{
    (void)state;
    DIR *dir = opendir(LIB_DIR);
    assert_non_null(dir);
    size_t lists = 0, files = 0;
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        if (!is_source(e->d_name))
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", LIB_DIR, e->d_name);
        size_t len;
        char *src = nt_read_file(path, &len);
        assert_non_null(src);
        lists += check_source(src, e->d_name);
        files++;
        free(src);
    }
    closedir(dir);
    /* the lists of furniture, names, credits, bylines, captions, heads:
     * far more than a reader that found none */
    assert_true(files > 20);
    if (lists < 20)
        fail_msg("only %zu np_words lists found in %s", lists, LIB_DIR);
}

/* The reader decodes escapes, and a list out of order or with a repeat
 * is a fault. */
static void test_reader(void **state)
{
    (void)state;
    static word_list w;
    char buf[256];
    static const char ok[] = "static const char *const l[] = {\"上接\", \"下转\", \"\\xE6\\x8E\\xA5\"};\n"
                             "static const np_words x = NP_WORDS(l);\n";
    assert_int_equal(check_source(ok, "ok"), 1);
    read_array(ok, "l", &w, "ok");
    assert_int_equal(w.count, 3);
    assert_string_equal(w.words[2], "接");
    assert_null(order_fault(&w, buf, sizeof buf));
    static const char bad[] = "static const char *const l[] = {\"下转\", \"上接\"};";
    read_array(bad, "l", &w, "bad");
    assert_non_null(order_fault(&w, buf, sizeof buf));
    static const char twice[] = "static const char *const l[] = {\"上接\", \"上接\"};";
    read_array(twice, "l", &w, "twice");
    assert_string_equal(order_fault(&w, buf, sizeof buf), "上接 twice");
}

/* Each credit verb makes a credit, also with an agency note after it
 * (钱刚摄（影像中国）): the note is taken off by the same list. */
static void test_credit_verbs(void **state)
{
    (void)state;
    for (size_t i = 0; i < np_credit_verbs.count; i++) {
        const char *verb = np_credit_verbs.words[i];
        /* who stands before the verb: people take 摄, an agency 发 and 供图,
         * a provider after 图片由 takes 提供 */
        const char *who = strncmp(verb, "摄", strlen("摄")) == 0 || strncmp(verb, "攝", strlen("攝")) == 0 ? "钱刚"
                          : strcmp(verb, "提供") == 0            ? "图片由新华社"
                                                                 : "新华社";
        char line[128];
        np_credit c;
        snprintf(line, sizeof line, "%s%s", who, verb);
        if (!np_credit_parse(line, strlen(line), &c))
            fail_msg("%s: no credit", line);
        snprintf(line, sizeof line, "%s%s（人民视觉）", who, verb);
        if (!np_credit_parse(line, strlen(line), &c) || c.end != strlen(line))
            fail_msg("%s: no credit with its note", line);
        /* and glued to the end of a caption */
        snprintf(line, sizeof line, "市民在公园里赏花。%s%s（人民视觉）", who, verb);
        size_t cut;
        if (!np_credit_split_tail(line, strlen(line), &cut, &c) || cut != strlen("市民在公园里赏花。"))
            fail_msg("%s: no glued credit", line);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_list_sorted),
        cmocka_unit_test(test_reader),
        cmocka_unit_test(test_credit_verbs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
