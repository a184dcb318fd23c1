/*
 * test_markdown_cmark - the Markdown renderer's output, read back by cmark
 * (the CommonMark reference parser), says exactly what the tree says.
 *
 *     test_markdown_cmark PAGE...
 *
 * For each page, with and without NP_RENDER_FURNITURE: the blocks cmark
 * finds are, in order, the blocks the renderer promises (doc comment of
 * lib/render_markdown.c): a level-1 heading per headline, level 2 per
 * section head, an emphasized paragraph per kicker or subheadline, a
 * strong one per byline, a paragraph per paragraph, `*caption* — credit`
 * per figure, `（credit）` per credit, a thematic break between an article
 * and what follows; and each block's text, once cmark has undone the
 * escapes, is the node's text.  No HTML, link, list, quote or code block
 * appears, whatever the page holds: that is what proves the escaping.
 */
#include <cmark.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsparse.h"

static int failures;   /* FAIL calls */
static int checks;     /* blocks checked */
static int bad_blocks; /* blocks with a FAIL */

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        failures++;                                                                                \
        printf("FAIL: ");                                                                          \
        printf(__VA_ARGS__);                                                                       \
        printf("\n");                                                                              \
    } while (0)

/* ------------------------------------------------------------------ */
/* Growable strings                                                     */
/* ------------------------------------------------------------------ */

typedef struct str {
    char *s;
    size_t len, cap;
} str;

static void str_add(str *b, const char *s, size_t len)
{
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + len + 1)
            cap *= 2;
        char *p = realloc(b->s, cap);
        if (p == NULL) {
            fprintf(stderr, "out of memory\n");
            exit(99);
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, len);
    b->len += len;
    b->s[b->len] = '\0';
}

static void str_cat(str *b, const char *s)
{
    str_add(b, s, strlen(s));
}

/* ------------------------------------------------------------------ */
/* What the renderer promises                                           */
/* ------------------------------------------------------------------ */

typedef enum shape {
    SHAPE_HEADING1,
    SHAPE_HEADING2,
    SHAPE_EMPH,      /* a paragraph that is one emphasis */
    SHAPE_STRONG,    /* a paragraph that is one strong emphasis */
    SHAPE_PARAGRAPH, /* plain text */
    SHAPE_FIGURE,    /* a paragraph, starting with an emphasis when there is a caption */
    SHAPE_FURNITURE, /* a paragraph starting with a code span */
    SHAPE_BREAK
} shape;

static const char *shape_name(shape s)
{
    static const char *names[] = {"heading 1", "heading 2", "emphasis", "strong", "paragraph",
                                  "figure",    "furniture", "thematic break"};
    return names[s];
}

typedef struct block {
    shape shape;
    char *text;
    size_t line;
} block;

typedef struct blocks {
    block *v;
    size_t n, cap;
} blocks;

static void add_block(blocks *b, shape sh, const char *text, size_t line)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 32;
        b->v = realloc(b->v, b->cap * sizeof *b->v);
        if (b->v == NULL)
            exit(99);
    }
    b->v[b->n].shape = sh;
    size_t len = strlen(text);
    b->v[b->n].text = malloc(len + 1);
    if (b->v[b->n].text == NULL)
        exit(99);
    memcpy(b->v[b->n].text, text, len + 1);
    b->v[b->n].line = line;
    b->n++;
}

static void free_blocks(blocks *b)
{
    for (size_t i = 0; i < b->n; i++)
        free(b->v[i].text);
    free(b->v);
}

static size_t space_len(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len >= 1 && (u[0] == ' ' || u[0] == '\t' || u[0] < 0x20 || u[0] == 0x7f))
        return 1;
    if (len >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
        return 2;
    if (len >= 3 && u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80)
        return 3;
    return 0;
}

/* The text trimmed of white space, control characters made spaces. */
static char *clean(const char *text)
{
    size_t len = strlen(text);
    size_t n;
    while (len > 0 && (n = space_len(text, len)) > 0) {
        text += n;
        len -= n;
    }
    for (bool more = true; more;) {
        more = false;
        for (size_t back = 1; back <= 3 && back <= len; back++) {
            if (space_len(text + len - back, back) == back) {
                len -= back;
                more = true;
                break;
            }
        }
    }
    char *s = malloc(len + 1);
    if (s == NULL)
        exit(99);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        s[i] = (char)(c < 0x20 || c == 0x7f ? ' ' : c);
    }
    s[len] = '\0';
    return s;
}

static void add_text_block(blocks *b, shape sh, const np_node *n)
{
    char *t = clean(np_node_get_text(n));
    if (t[0] != '\0')
        add_block(b, sh, t, np_node_get_line(n));
    free(t);
}

static void expect_figure(blocks *b, const np_node *fig)
{
    const np_node *caption = NULL, *credit = NULL;
    for (const np_node *c = np_node_first_child(fig); c; c = np_node_next(c)) {
        char *t = clean(np_node_get_text(c));
        if (np_node_get_type(c) == NP_NODE_CAPTION && !caption && t[0])
            caption = c;
        else if (np_node_get_type(c) == NP_NODE_CREDIT && !credit && t[0])
            credit = c;
        free(t);
    }
    if (!caption && !credit)
        return;
    str s = {0};
    if (caption) {
        char *t = clean(np_node_get_text(caption));
        str_cat(&s, t);
        free(t);
    }
    if (credit) {
        char *t = clean(np_node_get_text(credit));
        str_cat(&s, caption ? " — " : "— ");
        str_cat(&s, t);
        free(t);
    }
    add_block(b, caption ? SHAPE_FIGURE : SHAPE_PARAGRAPH, s.s, np_node_get_line(fig));
    free(s.s);
}

static void expect_blocks(const np_node *doc, bool furniture, blocks *b)
{
    bool after_article = false;
    for (const np_node *top = np_node_first_child(doc); top; top = np_node_next(top)) {
        np_node_type tt = np_node_get_type(top);
        if (tt == NP_NODE_FURNITURE && !furniture)
            continue;
        bool article = tt == NP_NODE_ARTICLE;
        /* As the renderer: a break once anything has been written. */
        if (b->n > 0 && (article || after_article))
            add_block(b, SHAPE_BREAK, "", 0);
        after_article = article;
        const np_node *first = article ? np_node_first_child(top) : top;
        for (const np_node *n = first; n; n = article ? np_node_next(n) : NULL) {
            switch (np_node_get_type(n)) {
            case NP_NODE_HEADLINE:
                add_text_block(b, SHAPE_HEADING1, n);
                break;
            case NP_NODE_SECTION_HEAD:
                add_text_block(b, SHAPE_HEADING2, n);
                break;
            case NP_NODE_KICKER:
            case NP_NODE_SUBHEADLINE:
                add_text_block(b, SHAPE_EMPH, n);
                break;
            case NP_NODE_BYLINE:
                add_text_block(b, SHAPE_STRONG, n);
                break;
            case NP_NODE_FIGURE:
                expect_figure(b, n);
                break;
            case NP_NODE_CREDIT: {
                char *t = clean(np_node_get_text(n));
                if (t[0]) {
                    str s = {0};
                    str_cat(&s, "（");
                    str_cat(&s, t);
                    str_cat(&s, "）");
                    add_block(b, SHAPE_PARAGRAPH, s.s, np_node_get_line(n));
                    free(s.s);
                }
                free(t);
                break;
            }
            case NP_NODE_FURNITURE:
                if (furniture) {
                    char *t = clean(np_node_get_text(n));
                    str s = {0};
                    str_cat(&s, np_furniture_kind_name(np_node_get_furniture_kind(n)));
                    str_cat(&s, " ");
                    str_cat(&s, t);
                    add_block(b, SHAPE_FURNITURE, s.s, np_node_get_line(n));
                    free(s.s);
                    free(t);
                }
                break;
            default:
                add_text_block(b, SHAPE_PARAGRAPH, n);
                break;
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* What cmark reads                                                     */
/* ------------------------------------------------------------------ */

/* The text of an inline subtree; *bad receives a node type that must not be there. */
static void inline_text(cmark_node *n, str *out, const char **bad)
{
    for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        switch (cmark_node_get_type(c)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            str_cat(out, cmark_node_get_literal(c));
            break;
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
            inline_text(c, out, bad);
            break;
        case CMARK_NODE_HTML_INLINE:
            /* the empty comment before an address's @ (no autolink) */
            if (strcmp(cmark_node_get_literal(c), "<!-- -->") != 0)
                *bad = cmark_node_get_type_string(c);
            break;
        default:
            *bad = cmark_node_get_type_string(c);
            inline_text(c, out, bad);
            break;
        }
    }
}

static bool actual_shape(cmark_node *n, shape *sh)
{
    cmark_node *first = cmark_node_first_child(n);
    switch (cmark_node_get_type(n)) {
    case CMARK_NODE_HEADING:
        *sh = cmark_node_get_heading_level(n) == 1 ? SHAPE_HEADING1 : SHAPE_HEADING2;
        return cmark_node_get_heading_level(n) <= 2;
    case CMARK_NODE_THEMATIC_BREAK:
        *sh = SHAPE_BREAK;
        return true;
    case CMARK_NODE_PARAGRAPH:
        if (first && cmark_node_next(first) == NULL &&
            cmark_node_get_type(first) == CMARK_NODE_EMPH)
            *sh = SHAPE_EMPH;
        else if (first && cmark_node_next(first) == NULL &&
                 cmark_node_get_type(first) == CMARK_NODE_STRONG)
            *sh = SHAPE_STRONG;
        else if (first && cmark_node_get_type(first) == CMARK_NODE_EMPH)
            *sh = SHAPE_FIGURE;
        else if (first && cmark_node_get_type(first) == CMARK_NODE_CODE)
            *sh = SHAPE_FURNITURE;
        else
            *sh = SHAPE_PARAGRAPH;
        return true;
    default:
        return false;
    }
}

/* A paragraph that is all emphasis matches a figure with a caption only. */
static bool shapes_match(shape want, shape got)
{
    return want == got || (want == SHAPE_FIGURE && got == SHAPE_EMPH);
}

/* Where the CommonMark starts after a front matter block (---, lines,
 * ---, blank line), or 0 when there is none. */
static size_t front_matter_end(const char *md, size_t len)
{
    if (len < 4 || memcmp(md, "---\n", 4) != 0)
        return 0;
    for (size_t i = 4; i + 5 <= len; i++)
        if (md[i - 1] == '\n' && memcmp(md + i, "---\n\n", 5) == 0)
            return i + 5;
    return 0;
}

static void check_page(const char *path, const char *data, size_t len, bool furniture)
{
    np_node *doc;
    np_error err;
    if (np_parse(data, len, NULL, &doc, &err) != NP_OK) {
        FAIL("%s: does not parse: %s", path, err.message);
        return;
    }
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = furniture ? NP_RENDER_FURNITURE : 0;
    char *md;
    size_t mdlen;
    if (np_render_string(doc, NP_FORMAT_MARKDOWN, &ro, &md, &mdlen) != NP_OK) {
        FAIL("%s: markdown rendering failed", path);
        np_document_free(doc);
        return;
    }
    blocks want = {0};
    expect_blocks(doc, furniture, &want);
    /* the page record's YAML front matter, which a front-matter reader
     * (GitHub, Jekyll, pandoc) takes off before the CommonMark */
    size_t body = front_matter_end(md, mdlen);
    if (np_page_get_date(np_document_get_page(doc)) != NULL && body == 0)
        FAIL("%s: the page's date is printed and there is no front matter", path);
    cmark_node *root = cmark_parse_document(md + body, mdlen - body, CMARK_OPT_DEFAULT);
    size_t i = 0;
    const char *tag = furniture ? " (furniture)" : "";
    for (cmark_node *n = cmark_node_first_child(root); n; n = cmark_node_next(n), i++) {
        checks++;
        int failures_before = failures;
        shape got;
        if (!actual_shape(n, &got)) {
            FAIL("%s%s: block %zu is a %s", path, tag, i + 1, cmark_node_get_type_string(n));
            bad_blocks++;
            continue;
        }
        if (i >= want.n) {
            FAIL("%s%s: block %zu (%s) is one too many", path, tag, i + 1, shape_name(got));
            bad_blocks++;
            break;
        }
        const block *w = &want.v[i];
        str text = {0};
        str_cat(&text, "");
        const char *bad = NULL;
        inline_text(n, &text, &bad);
        if (bad != NULL)
            FAIL("%s%s: line %zu: the block holds a %s", path, tag, w->line, bad);
        if (!shapes_match(w->shape, got))
            FAIL("%s%s: line %zu: a %s where a %s was written", path, tag, w->line,
                 shape_name(got), shape_name(w->shape));
        if (strcmp(text.s, w->text) != 0)
            FAIL("%s%s: line %zu: cmark reads\n    %s\n  where the tree says\n    %s", path, tag,
                 w->line, text.s, w->text);
        free(text.s);
        if (failures > failures_before)
            bad_blocks++;
    }
    if (i < want.n)
        FAIL("%s%s: cmark found %zu blocks, the tree has %zu", path, tag, i, want.n);
    cmark_node_free(root);
    free_blocks(&want);
    np_free(md);
    np_document_free(doc);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    str s = {0};
    char buf[65536];
    size_t n;
    str_cat(&s, "");
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        str_add(&s, buf, n);
    fclose(f);
    *len = s.len;
    return s.s;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_markdown_cmark PAGE...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *data = read_file(argv[i], &len);
        if (data == NULL) {
            FAIL("%s: cannot read", argv[i]);
            continue;
        }
        check_page(argv[i], data, len, false);
        check_page(argv[i], data, len, true);
        free(data);
    }
    /* Blocks without a failure, and failures (a block may have several). */
    printf("%d passed, %d failed\n", checks - bad_blocks, failures);
    return failures == 0 ? 0 : 1;
}
