/*
 * nptest.h - helpers shared by the cmocka tests (public API only).
 *
 * The main helper is nt_outline(): a compact, complete, one-node-a-line
 * rendering of a tree that the tests compare with assert_string_equal, so
 * that a failure prints the whole expected and actual tree:
 *
 *     article 3
 *       kicker 3 为社会治理赋能 为幸福生活护航
 *       headline 5 金华保险业多措并举助力市域治理现代化
 *       byline 9 沈超 章任艳
 *         author 沈超
 *         author 章任艳
 *       figure 23
 *         caption 23 新华保险工作人员为客户办理业务
 *         credit 24 图片由新华保险金华中心支公司提供 {provided|新华保险金华中心支公司}
 *
 * The document node itself is not printed; its children start at column 0.
 * Furniture nodes print as "furniture LINE TEXT {kind|source}".
 */
#ifndef NPTEST_H
#define NPTEST_H

#include <stddef.h>
#include <stdint.h>

#include "newsparse.h"

/* Read a whole file (binary); NULL if it cannot be read.  free() it. */
char *nt_read_file(const char *path, size_t *len);

/* "dir/name" in a static buffer. */
const char *nt_path(const char *dir, const char *name);

/* Parse text (NUL-terminated) in one call; fails the test unless NP_OK. */
np_node *nt_parse(const char *text);
np_node *nt_parse_n(const char *data, size_t len);

/* The outline of the tree under root (see above); free() it. */
char *nt_outline(const np_node *root);
/* Outline with furniture nodes left out. */
char *nt_outline_content(const np_node *root);

/* Parse text and compare its outline (furniture included) with expected. */
#define nt_check(text, expected) nt_check_impl((text), (expected), 1, __FILE__, __LINE__)
/* The same with furniture nodes left out. */
#define nt_check_content(text, expected) nt_check_impl((text), (expected), 0, __FILE__, __LINE__)
void nt_check_impl(const char *text, const char *expected, int furniture, const char *file, int line);

/* The nth (0-based) node of type t under root in document order, or NULL. */
const np_node *nt_find(const np_node *root, np_node_type t, int nth);
/* How many nodes of type t are under root (root included). */
int nt_count(const np_node *root, np_node_type t);

/* JSON of the tree (np_render_string); free with np_free. */
char *nt_json(const np_node *root, size_t *len);

/* A list of files named by the test program's arguments. */
typedef struct nt_page {
    const char *path;
    const char *name; /* basename */
    char *data;
    size_t len;
    size_t index; /* position in the argument list (0: the first page) */
} nt_page;

/* Load every path in argv[1..argc) (files ending in .txt); fails hard
 * (exit 1) if one cannot be read or if there are none. */
nt_page *nt_load_pages(int argc, char **argv, size_t *count);

/* One Unicode scalar value with its UTF-8 bytes, for tests that go over
 * every character:
 *     for (nt_char ch = nt_char_at(1); ch.c <= 0x10FFFF; ch = nt_char_after(ch))
 * (surrogates are skipped). */
typedef struct nt_char {
    uint32_t c;
    char utf8[4];
    size_t len;
} nt_char;

nt_char nt_char_at(uint32_t c);
nt_char nt_char_after(nt_char ch);

#endif /* NPTEST_H */
