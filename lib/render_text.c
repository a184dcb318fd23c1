/*
 * render_text.c - the tree as plain text wrapped at a display width.
 *
 *     为社会治理赋能 为幸福生活护航                    kicker
 *     金华保险业多措并举助力市域治理现代化            headline,
 *     ====================================            underlined to its width
 *     杭州上城区打造选调生全链条培养体系              subheadline
 *
 *     沈超 章任艳                                      byline
 *
 *     多举措助力“看病不愁”                            section head,
 *     --------------------                            underlined
 *
 *     保险业是经济活动的一部分，……                    paragraph, wrapped
 *
 *     [图] 新华保险工作人员为客户办理业务（图片由新华  figure, continuation
 *          保险金华中心支公司提供）                    lines indented
 *
 *     （图片由富阳区富春街道提供）                    article or page credit
 *
 *     * * *                                            between an article and
 *                                                      what follows
 *
 * Blocks are separated by one blank line.  Lines are at most opts->width
 * display columns (0 or less: 72), a character of the East Asian wide and
 * full-width classes counting two, as uc_width() says for a UTF-8 locale.
 * Break opportunities are those of Unicode line breaking (UAX #14, through
 * libunistring's u8_width_linebreaks), so a line never starts with a
 * closing bracket or a comma and never splits a word or a UTF-8 sequence
 * when it can be helped; a run with no opportunity that is wider than a
 * line is cut between characters, so no line is ever too wide unless one
 * character alone is.  Spaces at a break are dropped, control characters
 * become spaces.  Furniture, with NP_RENDER_FURNITURE, is `[kind] text`.
 * A page's record (paper, date, number, name; editors) comes first, a
 * line each, and `* * *` under it.
 */
#include <limits.h>
#include <string.h>

#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "internal.h"
#include "page.h"

#define DEFAULT_WIDTH 72
/* Far wider than any page, small enough that no column count overflows. */
#define MAX_WIDTH (INT_MAX / 4)

/* The column width of "[图] ", the figure prefix, used as its hanging indent. */
#define FIGURE_PREFIX "[图] "
#define FIGURE_INDENT 5

typedef struct text_writer {
    np_out *o;
    const np_node *root;
    bool furniture;     /* NP_RENDER_FURNITURE */
    bool started;       /* a block has been written: the next needs a blank line */
    bool after_article; /* the last top-level block written was an article */
    bool after_title;   /* the last block written was a title line */
    size_t width;
    np_buf text;        /* the block being wrapped, made printable */
    char *breaks;       /* u8_width_linebreaks' answer for text */
    size_t breaks_cap;
} text_writer;

static void fail_nomem(text_writer *w)
{
    if (w->o->status == NP_OK)
        w->o->status = NP_ERR_NOMEM;
}

/* ------------------------------------------------------------------ */
/* Building the text of a block                                         */
/* ------------------------------------------------------------------ */

/* Appends s with a tab made a space and each unsafe character (C0, DEL,
 * C1, bidi controls: np_unsafe_len) U+FFFD. */
static void add_text(text_writer *w, const char *s, size_t len)
{
    size_t start = 0;
    size_t i = 0;
    bool ok = true;
    while (i < len && ok) {
        bool tab = s[i] == '\t';
        size_t skip = tab ? 1 : np_unsafe_len(s, len, i);
        if (skip == 0) {
            i++;
            continue;
        }
        ok = np_buf_append(&w->text, s + start, i - start) &&
             np_buf_append(&w->text, tab ? " " : NP_UNSAFE_REPLACEMENT, tab ? 1 : 3);
        i += skip;
        start = i;
    }
    if (ok)
        ok = np_buf_append(&w->text, s + start, len - start);
    if (!ok)
        fail_nomem(w);
}

static void add_str(text_writer *w, const char *s)
{
    add_text(w, s, strlen(s));
}

/* ------------------------------------------------------------------ */
/* Wrapping                                                             */
/* ------------------------------------------------------------------ */

static void write_spaces(np_out *o, size_t n)
{
    static const char spaces[] = "                                ";
    while (n > 0) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        np_out_write(o, spaces, k);
        n -= k;
    }
}

static bool reserve_breaks(text_writer *w, size_t n)
{
    if (n <= w->breaks_cap)
        return true;
    char *b = np_mem_realloc(w->text.mem, w->breaks, n);
    if (b == NULL)
        return false;
    w->breaks = b;
    w->breaks_cap = n;
    return true;
}

/* The state of the line being written. */
typedef struct line_state {
    size_t col;     /* columns used, indentation included */
    size_t pending; /* spaces read but not yet written: dropped at a break */
    bool content;   /* something (the prefix too) is on the line */
} line_state;

static void new_line(text_writer *w, line_state *ls, size_t indent)
{
    np_out_write(w->o, "\n", 1);
    write_spaces(w->o, indent);
    ls->col = indent;
    ls->pending = 0;
    ls->content = false;
}

/*
 * Writes w->text wrapped: the first line starts with prefix (prefix_cols
 * columns wide), the others with indent spaces.  Returns the width of the
 * widest line.
 */
static size_t wrap(text_writer *w, const char *prefix, size_t prefix_cols, size_t indent)
{
    np_out *o = w->o;
    const uint8_t *s = (const uint8_t *)w->text.data;
    size_t len = w->text.len;
    /* An indent that leaves no room for a wide character is not kept. */
    if (indent + 2 > w->width)
        indent = 0;
    if (len > 0) {
        if (!reserve_breaks(w, len)) {
            fail_nomem(w);
            return 0;
        }
        /* Laid out in the columns after the indentation, which every line has. */
        size_t first = prefix_cols > indent ? prefix_cols - indent : 0;
        int start = first > MAX_WIDTH ? MAX_WIDTH : (int)first;
        u8_width_linebreaks(s, len, (int)(w->width - indent), start, 0, NULL, "UTF-8",
                            w->breaks);
    }
    /* The prefix's trailing spaces wait for text, like any other space. */
    size_t plen = strlen(prefix);
    size_t pspaces = 0;
    while (pspaces < plen && prefix[plen - 1 - pspaces] == ' ')
        pspaces++;
    np_out_write(o, prefix, plen - pspaces);
    line_state ls = {prefix_cols - pspaces, pspaces, prefix_cols > 0};
    size_t widest = ls.col;
    size_t i = 0;
    while (i < len && o->status == NP_OK) {
        ucs4_t uc;
        int n = u8_mbtouc(&uc, s + i, len - i);
        char brk = w->breaks[i];
        if (brk == UC_BREAK_MANDATORY) {
            /* U+2028 and the like: a break of its own, not written. */
            new_line(w, &ls, indent);
            i += (size_t)n;
            continue;
        }
        if (brk == UC_BREAK_POSSIBLE && ls.content)
            new_line(w, &ls, indent);
        if (uc == ' ') {
            if (ls.content)
                ls.pending++;
            i += (size_t)n;
            continue;
        }
        int cw = uc_width(uc, "UTF-8");
        size_t cols = cw > 0 ? (size_t)cw : 0;
        if (ls.content && ls.col + ls.pending + cols > w->width)
            new_line(w, &ls, indent);
        write_spaces(o, ls.pending);
        ls.col += ls.pending;
        ls.pending = 0;
        /* u8_mbtouc reads a broken sequence as U+FFFD: write that, not the bytes. */
        if (uc == 0xfffd)
            np_out_str(o, "\xef\xbf\xbd");
        else
            np_out_write(o, (const char *)s + i, (size_t)n);
        ls.col += cols;
        ls.content = true;
        if (ls.col > widest)
            widest = ls.col;
        i += (size_t)n;
    }
    np_out_write(o, "\n", 1);
    return widest;
}

static void write_rule(np_out *o, char c, size_t n)
{
    char line[64];
    memset(line, c, sizeof line);
    while (n > 0) {
        size_t k = n < sizeof line ? n : sizeof line;
        np_out_write(o, line, k);
        n -= k;
    }
    np_out_write(o, "\n", 1);
}

/* ------------------------------------------------------------------ */
/* Blocks                                                               */
/* ------------------------------------------------------------------ */

static bool is_title_line(const np_node *node)
{
    return node->type == NP_NODE_KICKER || node->type == NP_NODE_HEADLINE ||
           node->type == NP_NODE_SUBHEADLINE;
}

static void begin_block(text_writer *w)
{
    if (w->started)
        np_out_write(w->o, "\n", 1);
    w->started = true;
    w->after_title = false;
}

/* Title lines printed one after another stay together, as on the page. */
static void begin_node_block(text_writer *w, const np_node *node)
{
    bool title = is_title_line(node);
    if (!(title && w->after_title))
        begin_block(w);
    w->after_title = title;
}

/* True when s holds something besides white space. */
static bool visible(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return true;
    return false;
}

/* A block that is the node's text wrapped, underlined with rule if not 0. */
static void write_text_block(text_writer *w, const np_node *node, char rule)
{
    if (!visible(node->text, node->text_len))
        return;
    np_buf_clear(&w->text);
    add_text(w, node->text, node->text_len);
    if (w->o->status != NP_OK)
        return;
    begin_node_block(w, node);
    size_t widest = wrap(w, "", 0, 0);
    if (rule != '\0')
        write_rule(w->o, rule, widest);
}

static void write_figure(text_writer *w, const np_node *figure)
{
    const np_node *caption = NULL;
    const np_node *credit = NULL;
    for (const np_node *c = figure->first_child; c != NULL; c = c->next) {
        if (c->type == NP_NODE_CAPTION && caption == NULL)
            caption = c;
        else if (c->type == NP_NODE_CREDIT && credit == NULL)
            credit = c;
    }
    np_buf_clear(&w->text);
    if (caption != NULL)
        add_text(w, caption->text, caption->text_len);
    if (credit != NULL && credit->text_len > 0) {
        add_str(w, "（");
        add_text(w, credit->text, credit->text_len);
        add_str(w, "）");
    }
    if (w->o->status != NP_OK)
        return;
    begin_block(w);
    wrap(w, FIGURE_PREFIX, FIGURE_INDENT, FIGURE_INDENT);
}

static void write_credit(text_writer *w, const np_node *credit)
{
    if (!visible(credit->text, credit->text_len))
        return;
    np_buf_clear(&w->text);
    add_str(w, "（");
    add_text(w, credit->text, credit->text_len);
    add_str(w, "）");
    if (w->o->status != NP_OK)
        return;
    begin_block(w);
    wrap(w, "", 0, 0);
}

static void write_caption(text_writer *w, const np_node *caption)
{
    np_buf_clear(&w->text);
    add_text(w, caption->text, caption->text_len);
    if (w->o->status != NP_OK)
        return;
    begin_block(w);
    wrap(w, FIGURE_PREFIX, FIGURE_INDENT, FIGURE_INDENT);
}

static void write_furniture(text_writer *w, const np_node *node)
{
    const char *kind = np_furniture_kind_name((np_furniture_kind)node->kind);
    np_buf_clear(&w->text);
    if (kind[0] != '\0') {
        add_str(w, "[");
        add_str(w, kind);
        add_str(w, "] ");
    }
    add_text(w, node->text, node->text_len);
    if (w->o->status != NP_OK)
        return;
    begin_block(w);
    wrap(w, "", 0, 0);
}

/* "* * *" between an article and the top-level block after it, or before
 * an article that follows anything. */
static void separate_top_level(text_writer *w, const np_node *node)
{
    if (node == w->root || node->parent == NULL || node->parent->type != NP_NODE_DOCUMENT)
        return;
    bool article = node->type == NP_NODE_ARTICLE;
    if (w->started && (article || w->after_article)) {
        begin_block(w);
        np_out_str(w->o, w->width >= 5 ? "* * *\n" : "*\n");
    }
    w->after_article = article;
}

/* Writes a node met on ENTER; returns true when its children are done. */
static bool enter_node(void *wp, const np_node *node)
{
    text_writer *w = wp;
    if (node->type == NP_NODE_FURNITURE && !w->furniture)
        return true;
    separate_top_level(w, node);
    switch ((np_node_type)node->type) {
    case NP_NODE_DOCUMENT:
    case NP_NODE_ARTICLE:
        return false;
    case NP_NODE_HEADLINE:
        write_text_block(w, node, '=');
        break;
    case NP_NODE_SECTION_HEAD:
        write_text_block(w, node, '-');
        break;
    case NP_NODE_FIGURE:
        write_figure(w, node);
        break;
    case NP_NODE_CAPTION:
        write_caption(w, node);
        break;
    case NP_NODE_CREDIT:
        write_credit(w, node);
        break;
    case NP_NODE_FURNITURE:
        write_furniture(w, node);
        break;
    case NP_NODE_KICKER:
    case NP_NODE_SUBHEADLINE:
    case NP_NODE_BYLINE:
    case NP_NODE_AUTHOR:
    case NP_NODE_PARAGRAPH:
    case NP_NODE_NONE:
    default:
        write_text_block(w, node, '\0');
        break;
    }
    return true;
}

/* A page's record (page.c) above its articles: the heading line and the
 * editors' line, each wrapped, then the separator of a top-level block. */
static void write_page_heading(text_writer *w, const np_page *page)
{
    bool (*const lines[])(const np_page *, np_buf *) = {np_page_heading, np_page_editors};
    for (size_t i = 0; i < sizeof lines / sizeof *lines && w->o->status == NP_OK; i++) {
        np_buf_clear(&w->text);
        if (!lines[i](page, &w->text)) {
            fail_nomem(w);
            return;
        }
        if (w->text.len == 0)
            continue;
        if (!w->started)
            w->started = true;
        wrap(w, "", 0, 0);
    }
    w->after_article = true;
}

void np_render_text_to(const np_node *root, const np_render_options *opts, np_out *o)
{
    np_mem fallback;
    text_writer w;
    memset(&w, 0, sizeof w);
    w.o = o;
    w.root = root;
    w.furniture = (opts->flags & NP_RENDER_FURNITURE) != 0;
    w.width = opts->width <= 0 ? DEFAULT_WIDTH
                               : opts->width > MAX_WIDTH ? MAX_WIDTH : (size_t)opts->width;
    np_buf_init(&w.text, np_node_mem(root, &fallback));
    const np_page *page = np_document_get_page(root);
    if (np_page_has_values(page))
        write_page_heading(&w, page);
    np_render_walk(root, o, enter_node, NULL, &w);
    np_buf_free(&w.text);
    np_mem_free(w.text.mem, w.breaks);
}
