/*
 * render_html.c - the tree as an HTML5 document (or, with
 * NP_RENDER_FRAGMENT, as the content of its <body>).
 *
 *     <!DOCTYPE html>
 *     <html lang="zh">
 *     <head>
 *     <meta charset="utf-8">
 *     <title>金华保险业多措并举助力市域治理现代化</title>     (the first headline)
 *     <style>…</style>     (built in; or <link rel="stylesheet" href="…">)
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
 * A page's record (page.c) opens the body as the page's own <header>:
 *
 *     <header class="page">
 *     <p class="paper">人民日报</p>
 *     <p class="date"><time datetime="2024-06-03">2024-06-03</time> 星期一</p>
 *     <p class="page-number" data-number="1">第1版</p>
 *     <p class="page-name">要闻</p>
 *     <p class="editors">本版责编：张洁 吴凯  版式设计：赵婉宁</p>
 *     </header>
 *
 * The walk uses np_iter, not recursion.  One element a line keeps the
 * output diffable; the whitespace between block elements is insignificant.
 */
#include <string.h>

#include "internal.h"
#include "page.h"

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
    if (figure->source_len > 0) {
        np_out_str(o, "<img");
        write_attr(o, "src", figure->source, figure->source_len);
        np_out_str(o, " alt=\"\">\n");
    }
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

/* The built-in stylesheet: a column of about 36 Chinese characters, each
 * article set apart by a rule, title lines in the order the paper prints
 * them, paragraphs indented two characters as Chinese papers set them,
 * figures as framed captions with the credit under them, bylines and
 * credits in a quieter grey.  Only the classes the writer emits are used;
 * a `stylesheet` URL replaces all of it. */
static const char builtin_style[] =
    "<style>\n"
    "body{max-width:36em;margin:2em auto;padding:0 1.2em;color:#222;background:#fdfcf8;"
    "font:17px/1.8 \"Noto Serif CJK SC\",\"Source Han Serif SC\",\"Songti SC\",serif}\n"
    "article{margin:0 0 2.4em;padding:0 0 1.6em;border-bottom:1px solid #c9c4b8}\n"
    "article:last-of-type{border-bottom:0}\n"
    "header{margin:0 0 1.2em}\n"
    "h1{font-size:1.6em;line-height:1.35;margin:.15em 0}\n"
    "h2{font-size:1.12em;margin:1.6em 0 .5em}\n"
    ".kicker,.subheadline{font-weight:bold;margin:.15em 0}\n"
    ".kicker{color:#8c1c13;font-size:.95em}\n"
    ".subheadline{font-size:1.08em;color:#444}\n"
    "p{margin:.5em 0;text-indent:2em}\n"
    "header p,.byline,.credit,.furniture{text-indent:0}\n"
    ".byline{color:#555;font-size:.92em}\n"
    ".author{color:#222;font-weight:bold}\n"
    "figure{margin:1.2em 0;padding:.7em 1em;border:1px solid #b9b3a5;background:#f2efe6}\n"
    "figcaption{font-size:.9em;line-height:1.6}\n"
    ".credit{display:block;color:#6b6459;font-size:.85em;text-align:right}\n"
    ".furniture{color:#8a857b;font-size:.82em;border-top:1px dotted #c9c4b8;padding-top:.3em}\n"
    "</style>\n";

/* The built-in <style>, a <link> to opts->stylesheet, or nothing for "". */
static void write_style(np_out *o, const np_render_options *opts)
{
    if (opts->stylesheet == NULL) {
        np_out_str(o, builtin_style);
    } else if (opts->stylesheet[0] != '\0') {
        np_out_str(o, "<link rel=\"stylesheet\" href=\"");
        write_escaped_str(o, opts->stylesheet);
        np_out_str(o, "\">\n");
    }
}

static void write_head(np_out *o, const np_node *root, const np_render_options *opts)
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
    np_out_str(o, "</title>\n");
    write_style(o, opts);
    np_out_str(o, "</head>\n"
                  "<body>\n");
}

/* <p class="cls">text</p> when text is printed. */
static void write_page_part(np_out *o, const char *cls, const char *text)
{
    if (text == NULL || text[0] == '\0')
        return;
    np_out_str(o, "<p class=\"");
    np_out_str(o, cls);
    np_out_str(o, "\">");
    write_escaped_str(o, text);
    np_out_str(o, "</p>\n");
}

static void write_page_header(np_out *o, const np_node *root, const np_page *page)
{
    np_out_str(o, "<header class=\"page\">\n");
    write_page_part(o, "paper", np_page_get_paper(page));
    const char *date = np_page_get_date(page), *weekday = np_page_get_weekday(page);
    if (date != NULL || weekday != NULL) {
        np_out_str(o, "<p class=\"date\">");
        if (date != NULL) {
            np_out_str(o, "<time datetime=\"");
            write_escaped_str(o, date);
            np_out_str(o, "\">");
            write_escaped_str(o, date);
            np_out_str(o, "</time>");
        }
        np_out_str(o, date != NULL && weekday != NULL ? " " : "");
        if (weekday != NULL)
            write_escaped_str(o, weekday);
        np_out_str(o, "</p>\n");
    }
    if (np_page_get_number(page) != 0) {
        char number[NP_PAGE_NUMBER_TEXT_BYTES];
        np_out_str(o, "<p class=\"page-number\" data-number=\"");
        np_out_size(o, np_page_get_number(page));
        np_out_str(o, "\">");
        write_escaped_str(o, np_page_number_text(page, number));
        np_out_str(o, "</p>\n");
    }
    write_page_part(o, "page-name", np_page_get_name(page));
    np_mem fallback;
    np_buf editors;
    np_buf_init(&editors, np_node_mem(root, &fallback));
    if (!np_page_editors(page, &editors))
        o->status = NP_ERR_NOMEM;
    else
        write_page_part(o, "editors", editors.data);
    np_buf_free(&editors);
    np_out_str(o, "</header>\n");
}

void np_render_html_to(const np_node *root, const np_render_options *opts, np_out *o)
{
    html_writer w = {o, root, (opts->flags & NP_RENDER_FURNITURE) != 0, false};
    bool fragment = (opts->flags & NP_RENDER_FRAGMENT) != 0;
    if (!fragment)
        write_head(o, root, opts);
    const np_page *page = np_document_get_page(root);
    if (np_page_has_values(page))
        write_page_header(o, root, page);
    np_render_walk(root, o, enter_node, exit_node, &w);
    if (!fragment)
        np_out_str(o, "</body>\n</html>\n");
}
