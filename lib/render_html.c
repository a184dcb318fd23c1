/*
 * render_html.c - the tree as an HTML5 document (or, with
 * NP_RENDER_FRAGMENT, as the content of its <body>).
 *
 *     <!DOCTYPE html>
 *     <html lang="zh">
 *     <head>
 *     <meta charset="utf-8">
 *     <title>金华保险业多措并举助力市域治理现代化</title>     (the first headline)
 *     </head>
 *     <body>
 *     <article data-line="3">
 *     <header>
 *     <p class="kicker" data-line="3">为社会治理赋能 为幸福生活护航</p>
 *     <h1 data-line="5">金华保险业多措并举助力市域治理现代化</h1>
 *     <p class="byline" data-line="9"><span class="author">沈超</span> <span class="author">章任艳</span></p>
 *     </header>
 *     <h2 data-line="11">多举措助力“看病不愁”</h2>
 *     <p data-line="13">…</p>
 *     <figure data-line="23">
 *     <figcaption>新华保险工作人员为客户办理业务 <small class="credit" data-kind="provided" data-source="…" data-line="24">图片由…提供</small></figcaption>
 *     </figure>
 *     <p class="credit" data-kind="provided" data-source="…" data-line="75">图片由…提供</p>
 *     </article>
 *     <p class="credit" …>本版图片由…提供</p>      (page credits and figures in page order)
 *     </body>
 *     </html>
 *
 * The <header> of an article holds the run of title lines and byline that
 * opens it; a byline printed after a lead paragraph, or a wire byline at the
 * end, stays where it is, as a <p class="byline">.  Within a byline each
 * author becomes a <span class="author"> holding the author's name as the
 * tree has it (陈 力 -> 陈力); the role words around the names stay as text.
 *
 * Every text and attribute value is escaped (& < > " '), a tab becomes a
 * space, and control characters, which HTML does not allow in text, and
 * bidi controls become U+FFFD (np_unsafe_len); nothing
 * else is ever written, so the output holds no script and no event
 * handler whatever the page says.  Furniture is left out unless
 * NP_RENDER_FURNITURE asks for it (<p class="furniture" data-kind=…>).
 *
 * The walk uses np_iter, not recursion.  One element a line keeps the
 * output diffable; the whitespace between block elements is insignificant.
 */
#include <string.h>

#include "internal.h"

typedef struct html_writer {
    np_out *o;
    const np_node *root;
    bool furniture; /* NP_RENDER_FURNITURE */
    bool opening;   /* every child of the current article so far is title-like */
} html_writer;

/* ------------------------------------------------------------------ */
/* Escaping                                                             */
/* ------------------------------------------------------------------ */

/* The replacement for byte i of s, or NULL to copy it; *skip receives how
 * many bytes the replacement stands for. */
static const char *escape_at(const char *s, size_t len, size_t i, size_t *skip)
{
    unsigned char c = (unsigned char)s[i];
    *skip = 1;
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        break;
    }
    if (c == '\t')
        return " ";
    /* C0 and C1 controls are parse errors in HTML; a bidi control written
     * as a numeric reference would still reorder the text: U+FFFD for each */
    size_t n = np_unsafe_len(s, len, i);
    if (n > 0) {
        *skip = n;
        return NP_UNSAFE_REPLACEMENT;
    }
    return NULL;
}

static void write_escaped(np_out *o, const char *s, size_t len)
{
    size_t start = 0;
    size_t i = 0;
    while (i < len) {
        size_t skip;
        const char *rep = escape_at(s, len, i, &skip);
        if (rep == NULL) {
            i++;
            continue;
        }
        np_out_write(o, s + start, i - start);
        np_out_str(o, rep);
        i += skip;
        start = i;
    }
    np_out_write(o, s + start, len - start);
}

static void write_escaped_str(np_out *o, const char *s)
{
    write_escaped(o, s, strlen(s));
}

/* ` name="value"` with the value escaped. */
static void write_attr(np_out *o, const char *name, const char *value, size_t len)
{
    np_out_str(o, " ");
    np_out_str(o, name);
    np_out_str(o, "=\"");
    write_escaped(o, value, len);
    np_out_str(o, "\"");
}

static void write_line_attr(np_out *o, const np_node *node)
{
    if (node->line == 0)
        return;
    np_out_str(o, " data-line=\"");
    np_out_size(o, node->line);
    np_out_str(o, "\"");
}

/* data-kind and data-source of a credit or furniture node. */
static void write_kind_attrs(np_out *o, const char *kind, const np_node *node)
{
    if (kind[0] != '\0')
        write_attr(o, "data-kind", kind, strlen(kind));
    if (node->source_len > 0)
        write_attr(o, "data-source", node->source, node->source_len);
}

/* ------------------------------------------------------------------ */
/* Elements                                                             */
/* ------------------------------------------------------------------ */

/* <tag class="cls" data-line="N">text</tag>; cls may be NULL. */
static void write_element(np_out *o, const char *tag, const char *cls, const np_node *node)
{
    np_out_str(o, "<");
    np_out_str(o, tag);
    if (cls != NULL)
        write_attr(o, "class", cls, strlen(cls));
    write_line_attr(o, node);
    np_out_str(o, ">");
    write_escaped(o, node->text, node->text_len);
    np_out_str(o, "</");
    np_out_str(o, tag);
    np_out_str(o, ">\n");
}

static bool is_space_at(const char *s, size_t len, size_t i, size_t *n)
{
    if (s[i] == ' ' || s[i] == '\t') {
        *n = 1;
        return true;
    }
    /* U+3000 IDEOGRAPHIC SPACE pads names in bylines. */
    if (len - i >= 3 && (unsigned char)s[i] == 0xe3 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x80) {
        *n = 3;
        return true;
    }
    return false;
}

static size_t utf8_seq_len(unsigned char c)
{
    if (c < 0xc0)
        return 1;
    if (c < 0xe0)
        return 2;
    if (c < 0xf0)
        return 3;
    return 4;
}

/*
 * Whether name occurs in text at i, allowing white space between its
 * characters (a padded 陈 力 is the author 陈力); *end receives the end of
 * the match.
 */
static bool name_at(const char *text, size_t len, size_t i, const char *name, size_t nlen,
                    size_t *end)
{
    size_t j = 0;
    bool first = true;
    while (j < nlen) {
        size_t n;
        if (is_space_at(name, nlen, j, &n)) {
            j += n;
            continue;
        }
        if (!first)
            while (i < len && is_space_at(text, len, i, &n))
                i += n;
        size_t k = utf8_seq_len((unsigned char)name[j]);
        if (k > nlen - j || k > len - i || memcmp(text + i, name + j, k) != 0)
            return false;
        i += k;
        j += k;
        first = false;
    }
    *end = i;
    return !first;
}

/* The first match of name in text at or after from; false if none. */
static bool find_name(const char *text, size_t len, size_t from, const char *name, size_t nlen,
                      size_t *start, size_t *end)
{
    for (size_t i = from; i < len; i += utf8_seq_len((unsigned char)text[i])) {
        if (name_at(text, len, i, name, nlen, end)) {
            *start = i;
            return true;
        }
    }
    return false;
}

static void write_author(np_out *o, const np_node *author)
{
    np_out_str(o, "<span class=\"author\">");
    write_escaped(o, author->text, author->text_len);
    np_out_str(o, "</span>");
}

/* Whether every author of byline is found in its text, in order. */
static bool authors_in_text(const np_node *byline)
{
    size_t pos = 0;
    for (const np_node *a = byline->first_child; a != NULL; a = a->next) {
        size_t start, end;
        if (a->type != NP_NODE_AUTHOR)
            continue;
        if (!find_name(byline->text, byline->text_len, pos, a->text, a->text_len, &start, &end))
            return false;
        pos = end;
    }
    return true;
}

/*
 * The byline text with each author's name replaced by its span.  When a
 * name cannot be found in the text (a byline made some other way), the
 * authors are listed on their own, which keeps the markup meaningful.
 */
static void write_byline(np_out *o, const np_node *byline)
{
    np_out_str(o, "<p class=\"byline\"");
    write_line_attr(o, byline);
    np_out_str(o, ">");
    const char *text = byline->text;
    size_t len = byline->text_len;
    if (authors_in_text(byline)) {
        size_t pos = 0;
        for (const np_node *a = byline->first_child; a != NULL; a = a->next) {
            size_t start, end;
            if (a->type != NP_NODE_AUTHOR ||
                !find_name(text, len, pos, a->text, a->text_len, &start, &end))
                continue;
            write_escaped(o, text + pos, start - pos);
            write_author(o, a);
            pos = end;
        }
        write_escaped(o, text + pos, len - pos);
    } else {
        bool first = true;
        for (const np_node *a = byline->first_child; a != NULL; a = a->next) {
            if (a->type != NP_NODE_AUTHOR)
                continue;
            if (!first)
                np_out_str(o, " ");
            write_author(o, a);
            first = false;
        }
    }
    np_out_str(o, "</p>\n");
}

static void write_credit(np_out *o, const char *tag, const np_node *credit)
{
    np_out_str(o, "<");
    np_out_str(o, tag);
    np_out_str(o, " class=\"credit\"");
    write_kind_attrs(o, np_credit_kind_name((np_credit_kind)credit->kind), credit);
    write_line_attr(o, credit);
    np_out_str(o, ">");
    write_escaped(o, credit->text, credit->text_len);
    np_out_str(o, "</");
    np_out_str(o, tag);
    np_out_str(o, ">");
}

/* A figure with its caption and credit in one <figcaption>. */
static void write_figure(np_out *o, const np_node *figure)
{
    np_out_str(o, "<figure");
    write_line_attr(o, figure);
    np_out_str(o, ">\n");
    if (figure->first_child != NULL) {
        np_out_str(o, "<figcaption>");
        for (const np_node *c = figure->first_child; c != NULL; c = c->next) {
            if (c != figure->first_child)
                np_out_str(o, " ");
            if (c->type == NP_NODE_CREDIT)
                write_credit(o, "small", c);
            else
                write_escaped(o, c->text, c->text_len);
        }
        np_out_str(o, "</figcaption>\n");
    }
    np_out_str(o, "</figure>\n");
}

static void write_furniture(np_out *o, const np_node *node)
{
    np_out_str(o, "<p class=\"furniture\"");
    write_kind_attrs(o, np_furniture_kind_name((np_furniture_kind)node->kind), node);
    write_line_attr(o, node);
    np_out_str(o, ">");
    write_escaped(o, node->text, node->text_len);
    np_out_str(o, "</p>\n");
}

/* ------------------------------------------------------------------ */
/* Article headers                                                      */
/* ------------------------------------------------------------------ */

static bool is_title_like(const np_node *node)
{
    switch (node->type) {
    case NP_NODE_KICKER:
    case NP_NODE_HEADLINE:
    case NP_NODE_SUBHEADLINE:
    case NP_NODE_BYLINE:
        return true;
    default:
        return false;
    }
}

/*
 * Whether node belongs to the run of title lines that opens its article.
 * The walk meets an article's children in order, so the writer keeps
 * whether the run is still going instead of looking back over the earlier
 * siblings of each node (quadratic on an article of many bylines).
 */
static bool in_header(html_writer *w, const np_node *node)
{
    if (node == w->root || node->parent == NULL || node->parent->type != NP_NODE_ARTICLE)
        return false;
    if (node->prev == NULL)
        w->opening = true;
    w->opening = w->opening && is_title_like(node);
    return w->opening;
}

/* ------------------------------------------------------------------ */
/* The walk                                                             */
/* ------------------------------------------------------------------ */

/*
 * Writes a node met on ENTER; returns true when its children are written
 * with it (or left out), so that the walk skips them.
 */
static bool enter_node(void *wp, const np_node *node)
{
    html_writer *w = wp;
    np_out *o = w->o;
    bool header = in_header(w, node);
    if (header && node->prev == NULL)
        np_out_str(o, "<header>\n");
    bool whole = true;
    switch ((np_node_type)node->type) {
    case NP_NODE_DOCUMENT:
        whole = false;
        break;
    case NP_NODE_ARTICLE:
        np_out_str(o, "<article");
        write_line_attr(o, node);
        np_out_str(o, ">\n");
        whole = false;
        break;
    case NP_NODE_KICKER:
        write_element(o, "p", "kicker", node);
        break;
    case NP_NODE_HEADLINE:
        write_element(o, "h1", NULL, node);
        break;
    case NP_NODE_SUBHEADLINE:
        write_element(o, "p", "subheadline", node);
        break;
    case NP_NODE_BYLINE:
        write_byline(o, node);
        break;
    case NP_NODE_AUTHOR:
        /* Only met on its own (a byline writes its authors). */
        np_out_str(o, "<p class=\"byline\">");
        write_author(o, node);
        np_out_str(o, "</p>\n");
        break;
    case NP_NODE_SECTION_HEAD:
        write_element(o, "h2", NULL, node);
        break;
    case NP_NODE_FIGURE:
        write_figure(o, node);
        break;
    case NP_NODE_CAPTION:
        write_element(o, "p", "caption", node);
        break;
    case NP_NODE_CREDIT:
        write_credit(o, "p", node);
        np_out_str(o, "\n");
        break;
    case NP_NODE_FURNITURE:
        if (w->furniture)
            write_furniture(o, node);
        break;
    case NP_NODE_PARAGRAPH:
    case NP_NODE_NONE:
    default:
        write_element(o, "p", NULL, node);
        break;
    }
    if (header && (node->next == NULL || !is_title_like(node->next)))
        np_out_str(o, "</header>\n");
    return whole;
}

static void exit_node(void *wp, const np_node *node)
{
    html_writer *w = wp;
    if (node->type == NP_NODE_ARTICLE)
        np_out_str(w->o, "</article>\n");
}

/* The first headline under root, else the first title line, else NULL. */
static const np_node *find_title(const np_node *root)
{
    const np_node *fallback = NULL;
    np_iter it;
    np_iter_init(&it, root);
    while (np_iter_next(&it) != NP_EVENT_DONE) {
        const np_node *n = np_iter_get_node(&it);
        if (np_iter_get_event(&it) != NP_EVENT_ENTER || n->text_len == 0)
            continue;
        if (n->type == NP_NODE_HEADLINE)
            return n;
        if (fallback == NULL && (n->type == NP_NODE_KICKER || n->type == NP_NODE_SUBHEADLINE))
            fallback = n;
    }
    return fallback;
}

static void write_head(np_out *o, const np_node *root)
{
    np_out_str(o, "<!DOCTYPE html>\n"
                  "<html lang=\"zh\">\n"
                  "<head>\n"
                  "<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"libnewsparse ");
    write_escaped_str(o, np_version_string());
    np_out_str(o, "\">\n<title>");
    /* A <title> must not be empty. */
    const np_node *title = find_title(root);
    if (title != NULL)
        write_escaped(o, title->text, title->text_len);
    else
        np_out_str(o, "newsparse");
    np_out_str(o, "</title>\n"
                  "<style>\n"
                  ".kicker,.subheadline{font-weight:bold}\n"
                  ".byline,.credit,.furniture{color:#555}\n"
                  "</style>\n"
                  "</head>\n"
                  "<body>\n");
}

void np_render_html_to(const np_node *root, const np_render_options *opts, np_out *o)
{
    html_writer w = {o, root, (opts->flags & NP_RENDER_FURNITURE) != 0, false};
    bool fragment = (opts->flags & NP_RENDER_FRAGMENT) != 0;
    if (!fragment)
        write_head(o, root);
    np_render_walk(root, o, enter_node, exit_node, &w);
    if (!fragment)
        np_out_str(o, "</body>\n</html>\n");
}
