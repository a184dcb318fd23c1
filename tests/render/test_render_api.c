/*
 * test_render_api - the HTML, Markdown and text renderers and the encoding
 * functions through the public API.
 *
 *     test_render_api PAGE FURNITURE_PAGE
 *
 * PAGE is a corpus page (tests/corpus/001.txt), FURNITURE_PAGE one with
 * page furniture (tests/pages/p01.txt).  Checked: np_render_string and
 * np_render give the same bytes; a writer that fails stops the renderer
 * with NP_ERR_CALLBACK and is not called again; every subtree renders; the
 * render flags and widths do what the header says; an allocator that fails
 * at any allocation gives NP_ERR_NOMEM and leaks nothing; and
 * np_convert_to_utf8 and np_detect_encoding on good, bad, truncated and
 * unknown input.
 */
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsparse.h"

static int checks;
static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        checks++;                                                                                  \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            printf("FAIL: %s:%d: %s\n", __FILE__, __LINE__, #cond);                                \
        }                                                                                          \
    } while (0)

static const np_format formats[] = {NP_FORMAT_HTML, NP_FORMAT_MARKDOWN, NP_FORMAT_TEXT};
#define NFORMATS (sizeof formats / sizeof formats[0])

/* ------------------------------------------------------------------ */
/* Helpers                                                              */
/* ------------------------------------------------------------------ */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(2);
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (bigger == NULL)
                free(buf);
            buf = bigger;
        }
    }
    fclose(f);
    if (buf == NULL)
        exit(99);
    *len = n;
    return buf;
}

static bool valid_utf8(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = u[i];
        size_t n = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3
                                                     : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (n == 0 || (n == 2 && c < 0xc2) || i + n > len)
            return false;
        for (size_t k = 1; k < n; k++)
            if ((u[i + k] & 0xc0) != 0x80)
                return false;
        i += n;
    }
    return true;
}

/* A writer that collects, and fails from its fail_at-th call on. */
typedef struct sink {
    char *data;
    size_t len;
    int calls;
    int fail_at; /* -1: never */
    bool called_after_failure;
    bool failed;
} sink;

static int sink_write(const char *data, size_t len, void *userdata)
{
    sink *k = userdata;
    if (k->failed)
        k->called_after_failure = true;
    if (k->fail_at >= 0 && k->calls >= k->fail_at) {
        k->failed = true;
        return 1;
    }
    k->calls++;
    char *p = realloc(k->data, k->len + len + 1);
    if (p == NULL)
        exit(99);
    k->data = p;
    memcpy(k->data + k->len, data, len);
    k->len += len;
    k->data[k->len] = '\0';
    return 0;
}

static char *render(const np_node *root, np_format f, unsigned flags, int width, size_t *len)
{
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = flags;
    ro.width = width;
    char *out = NULL;
    np_status st = np_render_string(root, f, &ro, &out, len);
    CHECK(st == NP_OK);
    CHECK(out != NULL);
    return out;
}

static const np_node *find(const np_node *root, np_node_type type)
{
    np_iter it;
    np_iter_init(&it, root);
    while (np_iter_next(&it) != NP_EVENT_DONE)
        if (np_node_get_type(np_iter_get_node(&it)) == type)
            return np_iter_get_node(&it);
    return NULL;
}

/* The first jump line under root, or NULL. */
static const np_node *find_jump(const np_node *root)
{
    np_iter it;
    np_iter_init(&it, root);
    while (np_iter_next(&it) != NP_EVENT_DONE)
        if (np_node_get_furniture_kind(np_iter_get_node(&it)) == NP_FURNITURE_JUMP_TO)
            return np_iter_get_node(&it);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Rendering                                                            */
/* ------------------------------------------------------------------ */

static void test_string_equals_writer(const np_node *doc)
{
    for (size_t i = 0; i < NFORMATS; i++) {
        size_t len;
        char *s = render(doc, formats[i], 0, 0, &len);
        if (s == NULL)
            continue;
        CHECK(len > 0 && strlen(s) == len);
        CHECK(valid_utf8(s, len));
        sink k = {NULL, 0, 0, -1, false, false};
        CHECK(np_render(doc, formats[i], NULL, sink_write, &k) == NP_OK);
        CHECK(k.len == len && k.data != NULL && memcmp(k.data, s, len) == 0);
        /* The same rendering twice gives the same bytes. */
        size_t len2;
        char *s2 = render(doc, formats[i], 0, 0, &len2);
        CHECK(s2 != NULL && len2 == len && memcmp(s, s2, len) == 0);
        np_free(s2);
        free(k.data);
        np_free(s);
        CHECK(strcmp(np_format_name(formats[i]), "") != 0);
    }
    CHECK(strcmp(np_format_name(NP_FORMAT_HTML), "html") == 0);
    CHECK(strcmp(np_format_name(NP_FORMAT_MARKDOWN), "markdown") == 0);
    CHECK(strcmp(np_format_name(NP_FORMAT_TEXT), "text") == 0);
}

static void test_failing_writer(const np_node *doc)
{
    for (size_t i = 0; i < NFORMATS; i++) {
        for (int at = 0; at < 4; at++) {
            sink k = {NULL, 0, 0, at, false, false};
            CHECK(np_render(doc, formats[i], NULL, sink_write, &k) == NP_ERR_CALLBACK);
            CHECK(!k.called_after_failure);
            free(k.data);
        }
    }
}

static void test_arguments(const np_node *doc)
{
    char *out = (char *)1;
    size_t len = 99;
    CHECK(np_render_string(NULL, NP_FORMAT_HTML, NULL, &out, &len) == NP_ERR_ARGUMENT);
    CHECK(out == NULL && len == 0);
    CHECK(np_render_string(doc, NP_FORMAT_TEXT, NULL, NULL, NULL) == NP_ERR_ARGUMENT);
    CHECK(np_render(doc, NP_FORMAT_MARKDOWN, NULL, NULL, NULL) == NP_ERR_ARGUMENT);
    CHECK(np_render_string(doc, (np_format)99, NULL, &out, NULL) == NP_ERR_ARGUMENT);
    CHECK(out == NULL);
}

static void test_subtrees(const np_node *doc)
{
    static const np_node_type types[] = {NP_NODE_ARTICLE, NP_NODE_HEADLINE, NP_NODE_BYLINE,
                                         NP_NODE_AUTHOR,  NP_NODE_PARAGRAPH, NP_NODE_SECTION_HEAD,
                                         NP_NODE_FIGURE,  NP_NODE_CAPTION,  NP_NODE_CREDIT};
    for (size_t t = 0; t < sizeof types / sizeof types[0]; t++) {
        const np_node *n = find(doc, types[t]);
        CHECK(n != NULL);
        if (n == NULL)
            continue;
        const char *want = np_node_get_text(n);
        if (types[t] == NP_NODE_ARTICLE || types[t] == NP_NODE_FIGURE)
            want = np_node_get_text(np_node_first_child(n));
        for (size_t i = 0; i < NFORMATS; i++) {
            /* HTML shows a byline as its authors, each in a span. */
            const char *w = want;
            if (types[t] == NP_NODE_BYLINE && formats[i] == NP_FORMAT_HTML)
                w = np_node_get_text(np_node_first_child(n));
            size_t len;
            char *s = render(n, formats[i], NP_RENDER_FRAGMENT, 1000, &len);
            if (s == NULL)
                continue;
            /* Texts of the corpus page hold nothing to escape. */
            if (strstr(s, w) == NULL) {
                printf("  %s of a %s lacks \"%s\":\n%s\n", np_format_name(formats[i]),
                       np_node_type_name(types[t]), w, s);
                CHECK(strstr(s, w) != NULL);
            }
            np_free(s);
        }
    }
}

static void test_html(const np_node *doc, const np_node *furniture_doc)
{
    size_t len;
    char *s = render(doc, NP_FORMAT_HTML, 0, 0, &len);
    const np_node *headline = find(doc, NP_NODE_HEADLINE);
    if (s != NULL && headline != NULL) {
        CHECK(strncmp(s, "<!DOCTYPE html>\n", 16) == 0);
        CHECK(strstr(s, "<html lang=\"zh\">") != NULL);
        CHECK(strstr(s, "<meta charset=\"utf-8\">") != NULL);
        char title[1024];
        snprintf(title, sizeof title, "<title>%s</title>", np_node_get_text(headline));
        CHECK(strstr(s, title) != NULL);
        CHECK(strstr(s, "<article") != NULL && strstr(s, "<header>") != NULL);
        CHECK(strstr(s, "<span class=\"author\">") != NULL);
        CHECK(strstr(s, "<figcaption>") != NULL);
        CHECK(strstr(s, "data-line=\"") != NULL);
        CHECK(strcmp(s + len - 8, "</html>\n") == 0);
    }
    np_free(s);
    s = render(doc, NP_FORMAT_HTML, NP_RENDER_FRAGMENT, 0, &len);
    if (s != NULL) {
        CHECK(strstr(s, "<html") == NULL && strstr(s, "<head>") == NULL &&
              strstr(s, "<body") == NULL && strstr(s, "<!DOCTYPE") == NULL);
        CHECK(strncmp(s, "<article", 8) == 0);
    }
    np_free(s);
    for (size_t i = 0; i < NFORMATS; i++) {
        char *with = render(furniture_doc, formats[i], NP_RENDER_FURNITURE, 0, &len);
        size_t len2;
        char *without = render(furniture_doc, formats[i], 0, 0, &len2);
        /* the jump line: the page record shows the page name and the date */
        const np_node *f = find_jump(furniture_doc);
        CHECK(f != NULL);
        if (with != NULL && without != NULL && f != NULL) {
            CHECK(strstr(with, np_node_get_text(f)) != NULL);
            CHECK(strstr(without, np_node_get_text(f)) == NULL);
        }
        np_free(with);
        np_free(without);
    }
}

static size_t longest_line(const char *s)
{
    /* Columns of ASCII and CJK text: a 3-byte sequence counts two. */
    size_t longest = 0, cols = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\n') {
            cols = 0;
            continue;
        }
        if (*p < 0x80)
            cols++;
        else if (*p >= 0xe3 && *p <= 0xe9)
            cols += 2;
        else if (*p >= 0xc0)
            cols++;
        if (cols > longest)
            longest = cols;
    }
    return longest;
}

static void test_text_widths(const np_node *doc)
{
    size_t l72, l0, lneg;
    char *w72 = render(doc, NP_FORMAT_TEXT, 0, 72, &l72);
    char *w0 = render(doc, NP_FORMAT_TEXT, 0, 0, &l0);
    char *wneg = render(doc, NP_FORMAT_TEXT, 0, -5, &lneg);
    CHECK(w72 && w0 && wneg && l72 == l0 && l72 == lneg && memcmp(w72, w0, l0) == 0 &&
          memcmp(w72, wneg, l0) == 0);
    np_free(w72);
    np_free(w0);
    np_free(wneg);
    static const int widths[] = {1, 2, 3, 8, 30};
    for (size_t i = 0; i < sizeof widths / sizeof widths[0]; i++) {
        size_t len;
        char *s = render(doc, NP_FORMAT_TEXT, 0, widths[i], &len);
        if (s == NULL)
            continue;
        CHECK(valid_utf8(s, len));
        /* A width below 8 may be exceeded by the figure mark and a wide character. */
        CHECK(longest_line(s) <= (size_t)(widths[i] < 8 ? 8 : widths[i]));
        np_free(s);
    }
    size_t len;
    char *s = render(doc, NP_FORMAT_TEXT, 0, INT_MAX, &len);
    const np_node *p = find(doc, NP_NODE_PARAGRAPH);
    if (s != NULL && p != NULL)
        CHECK(strstr(s, np_node_get_text(p)) != NULL); /* never wrapped */
    np_free(s);
}

/* ------------------------------------------------------------------ */
/* Allocation failure                                                   */
/* ------------------------------------------------------------------ */

typedef struct counting {
    long live;
    long calls;
    long fail_at; /* -1: never */
} counting;

static void *c_malloc(size_t size, void *ctx)
{
    counting *c = ctx;
    if (c->fail_at >= 0 && c->calls++ >= c->fail_at)
        return NULL;
    void *p = malloc(size);
    if (p != NULL)
        c->live++;
    return p;
}

static void *c_realloc(void *ptr, size_t size, void *ctx)
{
    counting *c = ctx;
    if (c->fail_at >= 0 && c->calls++ >= c->fail_at)
        return NULL;
    void *p = realloc(ptr, size);
    if (p != NULL && ptr == NULL)
        c->live++;
    return p;
}

static void c_free(void *ptr, void *ctx)
{
    counting *c = ctx;
    if (ptr != NULL)
        c->live--;
    free(ptr);
}

static void test_allocation_failure(const char *page, size_t len)
{
    counting c = {0, 0, -1};
    np_allocator a = {c_malloc, c_realloc, c_free, &c};
    np_options opts;
    np_options_init(&opts);
    opts.allocator = &a;
    np_node *doc = NULL;
    CHECK(np_parse(page, len, &opts, &doc, NULL) == NP_OK);
    if (doc == NULL)
        return;
    long base = c.live;
    for (size_t i = 0; i < NFORMATS; i++) {
        bool succeeded = false;
        for (long at = 0; at < 200 && !succeeded; at++) {
            c.calls = 0;
            c.fail_at = at;
            char *out = NULL;
            np_render_options ro;
            np_render_options_init(&ro);
            ro.width = 30;
            np_status st = np_render_string(doc, formats[i], &ro, &out, NULL);
            c.fail_at = -1;
            CHECK(st == NP_OK || st == NP_ERR_NOMEM);
            CHECK((st == NP_OK) == (out != NULL));
            succeeded = st == NP_OK;
            np_free(out);
            CHECK(c.live == base);
        }
        CHECK(succeeded);
    }
    np_document_free(doc);
    CHECK(c.live == 0);
}

/* ------------------------------------------------------------------ */
/* Encodings                                                            */
/* ------------------------------------------------------------------ */

static void check_convert(const char *enc, const char *in, size_t inlen, const char *want)
{
    char *out = (char *)1;
    size_t len = 12345;
    np_status st = np_convert_to_utf8(enc, in, inlen, &out, &len);
    CHECK(st == NP_OK);
    if (st != NP_OK)
        return;
    CHECK(len == strlen(want) && out[len] == '\0' && memcmp(out, want, len) == 0);
    np_free(out);
}

static void check_convert_fails(const char *enc, const char *in, size_t inlen, np_status want)
{
    char *out = (char *)1;
    size_t len = 12345;
    np_status st = np_convert_to_utf8(enc, in, inlen, &out, &len);
    if (st != want)
        printf("  np_convert_to_utf8(%s): %s, want %s\n", enc ? enc : "NULL",
               np_status_string(st), np_status_string(want));
    CHECK(st == want);
    CHECK(out == NULL && len == 0);
}

static void test_convert(void)
{
    check_convert("GB18030", "\xd6\xd0\xce\xc4", 4, "中文");
    check_convert("GBK", "\xd6\xd0\xce\xc4 ok", 7, "中文 ok");
    check_convert("gb18030", "\x84\x31\x95\x33" "a", 5, "\xef\xbb\xbf" "a"); /* BOM */
    check_convert("BIG5", "\xa4\xa4\xa4\xe5", 4, "中文");
    check_convert("UTF-8", "中文", strlen("中文"), "中文");
    check_convert("GB18030", "", 0, "");
    check_convert("GB18030", NULL, 0, "");
    /* Four bytes of GB18030 outside the BMP: U+20000. */
    check_convert("GB18030", "\x95\x32\x82\x36", 4, "\xf0\xa0\x80\x80");

    /* A result larger than the first guess (one byte of TIS-620 is three of UTF-8). */
    static char thai[3000];
    memset(thai, 0xa1, sizeof thai);
    char *out = NULL;
    size_t len = 0;
    CHECK(np_convert_to_utf8("TIS-620", thai, sizeof thai, &out, &len) == NP_OK);
    CHECK(out != NULL && len == 3 * sizeof thai && out[len] == '\0');
    CHECK(out != NULL && memcmp(out, "\xe0\xb8\x81", 3) == 0);
    np_free(out);

    check_convert_fails("GB18030", "\xd6\xd0\xff\xff", 4, NP_ERR_ENCODING);
    check_convert_fails("GB18030", "\xd6\xd0\xce", 3, NP_ERR_ENCODING); /* truncated */
    check_convert_fails("UTF-8", "\xe4\xb8", 2, NP_ERR_ENCODING);
    check_convert_fails("UTF-8", "a\xff", 2, NP_ERR_ENCODING);
    check_convert_fails("NO-SUCH-ENCODING", "a", 1, NP_ERR_ARGUMENT);
    check_convert_fails(NULL, "a", 1, NP_ERR_ARGUMENT);
    check_convert_fails("", "a", 1, NP_ERR_ARGUMENT);
    check_convert_fails("GB18030", NULL, 1, NP_ERR_ARGUMENT);
    CHECK(np_convert_to_utf8("GB18030", "a", 1, NULL, NULL) == NP_ERR_ARGUMENT);
    len = 5;
    CHECK(np_convert_to_utf8("GB18030", "ab", 2, &out, NULL) == NP_OK); /* out_len may be NULL */
    CHECK(out != NULL && strcmp(out, "ab") == 0);
    np_free(out);
}

static void test_detect(const char *page, size_t len)
{
    CHECK(strcmp(np_detect_encoding(page, len), "UTF-8") == 0);
    CHECK(strcmp(np_detect_encoding("", 0), "UTF-8") == 0);
    CHECK(strcmp(np_detect_encoding(NULL, 0), "UTF-8") == 0);
    CHECK(np_detect_encoding(NULL, 3) == NULL);

    /* A sentence in GB18030. */
    const char *gb_sentence = "\xb1\xa3\xcf\xd5\xd2\xb5\xca\xc7\xbe\xad\xbc\xc3\xbb\xee\xb6"
                              "\xaf\xb5\xc4\xd2\xbb\xb2\xbf\xb7\xd6\xa1\xa3"; /* 保险业是经济活动的一部分。 */
    CHECK(strcmp(np_detect_encoding(gb_sentence, strlen(gb_sentence)), "GB18030") == 0);
    check_convert("GB18030", gb_sentence, strlen(gb_sentence), "保险业是经济活动的一部分。");

    /* The UTF-8 page with one damaged byte is not called GB18030. */
    char *damaged = malloc(len);
    if (damaged == NULL)
        exit(99);
    memcpy(damaged, page, len);
    damaged[len / 2] = (char)0xff;
    CHECK(np_detect_encoding(damaged, len) == NULL);
    free(damaged);

    /* Neither. */
    CHECK(np_detect_encoding("\xff\xff\xff\xff", 4) == NULL);
    CHECK(np_detect_encoding("\xd6\xd0\xce", 3) == NULL); /* truncated GB18030 */

    /* Mostly ASCII with one damaged character reads as GB18030 (涓), but
     * not as clearly Chinese text: invalid UTF-8, not mojibake. */
    static const char ascii_damaged[] = "Page A3 2024 Xinhua News\n\nHello world \xe4\xb8 end\n";
    CHECK(np_detect_encoding(ascii_damaged, sizeof ascii_damaged - 1) == NULL);
    /* Three Han characters are too few to be sure of. */
    CHECK(np_detect_encoding("\xb1\xa3\xcf\xd5\xd2\xb5", 6) == NULL);
    /* A prefix that cuts a GB18030 or UTF-8 sequence at its end. */
    size_t gb_len = strlen(gb_sentence);
    CHECK(strcmp(np_detect_encoding(gb_sentence, gb_len - 1), "GB18030") == 0);
    CHECK(strcmp(np_detect_encoding(page, 4), "UTF-8") == 0); /* 为 and one byte of 社 */

    /* Byte order marks. */
    CHECK(strcmp(np_detect_encoding("\xff\xfe\x2d\x4e", 4), "UTF-16LE") == 0);
    CHECK(strcmp(np_detect_encoding("\xfe\xff\x4e\x2d", 4), "UTF-16BE") == 0);
    CHECK(strcmp(np_detect_encoding("\xff\xfe\0\0\x2d\x4e\0\0", 8), "UTF-32LE") == 0);
    CHECK(strcmp(np_detect_encoding("\0\0\xfe\xff\0\0\x4e\x2d", 8), "UTF-32BE") == 0);
    CHECK(strcmp(np_detect_encoding("\xef\xbb\xbf\xe4\xb8\xad", 6), "UTF-8") == 0);
}

/* A conversion error says where: line and column as a parse of the
 * converted text counts them, byte offset in the source, first bytes. */
static void check_convert_place(const char *enc, const char *in, size_t inlen, size_t line,
                                size_t column, uint64_t offset, const char *message)
{
    char *out = (char *)1;
    np_error err;
    np_status st = np_convert(enc, in, inlen, &out, NULL, &err);
    CHECK(st == NP_ERR_ENCODING && out == NULL);
    CHECK(err.status == NP_ERR_ENCODING);
    CHECK(err.line == line && err.column == column && err.offset == offset);
    CHECK(strcmp(err.message, message) == 0);
    if (err.line != line || err.column != column || err.offset != offset ||
        strcmp(err.message, message) != 0)
        fprintf(stderr, "  %s: got %zu:%zu byte %llu \"%s\"\n", enc, err.line, err.column,
                (unsigned long long)err.offset, err.message);
}

static void test_convert_place(void)
{
    /* 标题 LF LF 正文 CRLF 第二 then 81 0A: line 4 (CRLF one line end), column 3 */
    static const char gb[] = "\xB1\xEA\xCC\xE2\n\n\xD5\xFD\xCE\xC4\r\n\xB5\xDA\xB6\xFE\x81\n";
    check_convert_place("GB18030", gb, sizeof gb - 1, 4, 3, 16,
                        "invalid GB18030 (bytes 0x81 0x0A)");
    /* a lone CR ends a line too, and the input may end inside a sequence */
    static const char cut[] = "\xB1\xEA\r\xCC\xE2\xB1";
    check_convert_place("GB18030", cut, sizeof cut - 1, 2, 2, 5,
                        "GB18030 sequence cut by the end of the input (byte 0xB1)");
    /* Big5 and a 4-byte window */
    static const char big5[] = "ab\n\xA4\xA4\xFF\xFF\x41\x42\x43";
    check_convert_place("BIG5", big5, sizeof big5 - 1, 2, 2, 5,
                        "invalid BIG5 (bytes 0xFF 0xFF 0x41 0x42)");
    /* success clears err; an unknown encoding says so */
    np_error err;
    char *out = NULL;
    CHECK(np_convert("GB18030", "\xB1\xEA", 2, &out, NULL, &err) == NP_OK && err.status == NP_OK);
    np_free(out);
    CHECK(np_convert("NO-SUCH-ENCODING", "a", 1, &out, NULL, &err) == NP_ERR_ARGUMENT);
    CHECK(err.status == NP_ERR_ARGUMENT && err.line == 0 && strstr(err.message, "unknown") != NULL);
    CHECK(np_convert("GB18030", "\x81\n", 2, &out, NULL, NULL) == NP_ERR_ENCODING);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_render_api PAGE FURNITURE_PAGE\n");
        return 2;
    }
    size_t len, flen;
    char *page = read_file(argv[1], &len);
    char *fpage = read_file(argv[2], &flen);
    np_node *doc = NULL, *fdoc = NULL;
    np_error err;
    if (np_parse(page, len, NULL, &doc, &err) != NP_OK ||
        np_parse(fpage, flen, NULL, &fdoc, &err) != NP_OK) {
        fprintf(stderr, "cannot parse: %s\n", err.message);
        return 1;
    }
    test_string_equals_writer(doc);
    test_failing_writer(doc);
    test_arguments(doc);
    test_subtrees(doc);
    test_html(doc, fdoc);
    test_text_widths(doc);
    test_allocation_failure(page, len);
    test_convert();
    test_convert_place();
    test_detect(page, len);
    np_document_free(doc);
    np_document_free(fdoc);
    free(page);
    free(fpage);
    printf("%d passed, %d failed\n", checks - failures, failures);
    return failures == 0 ? 0 : 1;
}
