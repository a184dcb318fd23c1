/*
 * render_markdown.c - the tree as CommonMark.
 *
 *     *为社会治理赋能 为幸福生活护航*          kicker, emphasized
 *
 *     # 金华保险业多措并举助力市域治理现代化    headline
 *
 *     *杭州上城区打造选调生全链条培养体系*      subheadline, emphasized
 *
 *     **沈超 章任艳**                          byline, strong
 *
 *     ## 多举措助力“看病不愁”                  section head
 *
 *     保险业是经济活动的一部分，…              paragraph
 *
 *     *新华保险工作人员为客户办理业务* — 图片由新华保险金华中心支公司提供
 *                                              figure: *caption* — credit
 *     （图片由富阳区富春街道提供）             article or page credit
 *
 *     ---                                      between an article and what follows
 *
 * Every block is one line followed by a blank line.  The text must come out
 * literally however it is rendered, on GitHub too, so every ASCII character
 * that CommonMark or GitHub's extensions give a meaning inline (\ ` * _ [ ]
 * < > & ! # | ~ $) is backslash-escaped wherever it stands, and at the start
 * of a block so is whatever would open a list, a quote or a heading (- + =,
 * 1. 1)).  So is what GitHub's autolink extension would make a link of
 * (a : after a letter, the . of www.; the @ of an address gets an empty
 * comment <!-- --> before it instead).  Leading blanks are dropped
 * (four would open a code block), with C0 controls and DEL at either end
 * of a text; a tab inside becomes a space and any other control or bidi
 * character U+FFFD (np_unsafe_len), so a text never spans two lines and
 * never drives a terminal.
 * Emphasis markers go only around text trimmed of white space, which is
 * what lets them open and close.  Furniture, with NP_RENDER_FURNITURE, is
 * a line `kind` text.
 *
 * A page's record (page.c) comes first as YAML front matter, the members
 * of its JSON "page", each string double-quoted:
 *
 *     ---
 *     paper: "人民日报"
 *     date: "2024-06-03"
 *     number: 1
 *     editors:
 *       - role: "本版责编"
 *         names: ["张洁", "吴凯"]
 *     ---
 */
#include <string.h>

#include "internal.h"
#include "page.h"

typedef struct md_writer {
    np_out *o;
    const np_node *root;
    bool furniture;        /* NP_RENDER_FURNITURE */
    bool started;          /* a block has been written: the next needs a blank line */
    bool after_article;    /* the last top-level block written was an article */
} md_writer;

/* ------------------------------------------------------------------ */
/* Escaping                                                             */
/* ------------------------------------------------------------------ */

static bool is_inline_special(unsigned char c)
{
    return c != '\0' && strchr("\\`*_[]<>&!#|~$", c) != NULL;
}

static bool is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c < 0x20 || c == 0x7f;
}

/* The length of the white space (ASCII, U+3000, U+00A0) at s, 0 if none. */
static size_t space_len(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len >= 1 && is_blank(u[0]))
        return 1;
    if (len >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
        return 2;
    if (len >= 3 && u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80)
        return 3;
    return 0;
}

/* Shrinks [*s, *s + *len) to exclude white space at both ends. */
static void trim(const char **s, size_t *len)
{
    size_t n;
    while (*len > 0 && (n = space_len(*s, *len)) > 0) {
        *s += n;
        *len -= n;
    }
    for (;;) {
        size_t k = 0;
        for (size_t back = 1; back <= 3 && back <= *len; back++) {
            if (space_len(*s + *len - back, back) == back) {
                k = back;
                break;
            }
        }
        if (k == 0)
            return;
        *len -= k;
    }
}

/*
 * At the start of a block: the length of a prefix that would make the
 * line a list item, a heading underline or a thematic break, up to the
 * character to escape; *at receives where the backslash goes.
 */
static bool block_start_needs_escape(const char *s, size_t len, size_t *at)
{
    if (len == 0)
        return false;
    char c = s[0];
    if (c == '-' || c == '+' || c == '=') {
        *at = 0;
        return true;
    }
    /* An ordered list item: up to nine digits, then '.' or ')'. */
    size_t i = 0;
    while (i < len && i < 9 && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i > 0 && i < len && (s[i] == '.' || s[i] == ')')) {
        *at = i;
        return true;
    }
    return false;
}

static bool is_ascii_letter(unsigned char c)
{
    return (c | 0x20u) >= 'a' && (c | 0x20u) <= 'z';
}

/*
 * Whether s[i] would let GitHub's autolink extension (cmark-gfm -e
 * autolink) make a link of a URL, which a backslash before it prevents:
 * a : after a letter (http:, https:, ftp:, mailto:) and the . of www.
 * (any case).
 */
static bool opens_autolink(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ':')
        return i > 0 && is_ascii_letter((unsigned char)s[i - 1]);
    if (c != '.' || i < 3)
        return false;
    for (size_t k = i - 3; k < i; k++)
        if ((s[k] | 0x20) != 'w')
            return false;
    return true;
}

/*
 * Whether s[i] is the @ of an address (x@y.z, mailto:x@y, xmpp:x@y): the
 * extension finds those after parsing, in the text with its escapes
 * already joined, so a backslash does not stop it; an empty HTML comment
 * before the @ does, as the text on either side is then apart (GitHub
 * shows nothing for it; cmark-gfm's safe mode writes <!-- raw HTML
 * omitted -->, another comment).
 */
static bool is_address_at(const char *s, size_t i)
{
    if (s[i] != '@' || i == 0)
        return false;
    unsigned char p = (unsigned char)s[i - 1];
    return is_ascii_letter(p) || (p >= '0' && p <= '9') || strchr(".+-_", p) != NULL;
}

#define NP_MD_ADDRESS_BREAK "<!-- -->"

/* Text escaped for anywhere in a line: the inline specials and what would
 * autolink get a backslash (an address's @ an empty comment), a tab
 * becomes a space, an unsafe character (np_unsafe_len) U+FFFD. */
static void write_inline(np_out *o, const char *s, size_t len)
{
    size_t start = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        size_t n = c == '\t' ? 1 : np_unsafe_len(s, len, i);
        if (n > 0) {
            np_out_write(o, s + start, i - start);
            np_out_str(o, c == '\t' ? " " : NP_UNSAFE_REPLACEMENT);
            i += n;
            start = i;
            continue;
        }
        if (is_inline_special(c) || opens_autolink(s, i) || is_address_at(s, i)) {
            np_out_write(o, s + start, i - start);
            np_out_str(o, c == '@' ? NP_MD_ADDRESS_BREAK : "\\");
            start = i;
        }
        i++;
    }
    np_out_write(o, s + start, len - start);
}

/* Text that opens a block: leading white space dropped, the block-start
 * characters escaped. */
static void write_block_text(np_out *o, const char *s, size_t len)
{
    trim(&s, &len);
    size_t at;
    if (block_start_needs_escape(s, len, &at)) {
        write_inline(o, s, at);
        np_out_write(o, "\\", 1);
        s += at;
        len -= at;
    }
    write_inline(o, s, len);
}

/* marker text marker, with the text trimmed so that the markers work;
 * nothing at all for an empty text. */
static void write_wrapped(np_out *o, const char *marker, const char *s, size_t len)
{
    trim(&s, &len);
    if (len == 0)
        return;
    np_out_str(o, marker);
    write_inline(o, s, len);
    np_out_str(o, marker);
}

/* ------------------------------------------------------------------ */
/* Blocks                                                               */
/* ------------------------------------------------------------------ */

static bool has_visible_text(const np_node *node)
{
    const char *s = node->text;
    size_t len = node->text_len;
    trim(&s, &len);
    return len > 0;
}

static void begin_block(md_writer *w)
{
    if (w->started)
        np_out_str(w->o, "\n");
    w->started = true;
}

static void end_block(md_writer *w)
{
    np_out_str(w->o, "\n");
}

/* The picture's path as an image of its own: in <…> so that spaces and
 * brackets in it need no escaping beyond <, > and backslash. */
static void write_image(md_writer *w, const np_node *figure)
{
    const char *s = figure->source;
    size_t start = 0;
    begin_block(w);
    np_out_str(w->o, "![](<");
    for (size_t i = 0; i < figure->source_len; i++) {
        if (s[i] == '<' || s[i] == '>' || s[i] == '\\') {
            np_out_write(w->o, s + start, i - start);
            np_out_write(w->o, "\\", 1);
            start = i;
        }
    }
    np_out_write(w->o, s + start, figure->source_len - start);
    np_out_str(w->o, ">)");
    end_block(w);
}

static void write_figure(md_writer *w, const np_node *figure)
{
    const np_node *caption = NULL;
    const np_node *credit = NULL;
    for (const np_node *c = figure->first_child; c != NULL; c = c->next) {
        if (c->type == NP_NODE_CAPTION && caption == NULL && has_visible_text(c))
            caption = c;
        else if (c->type == NP_NODE_CREDIT && credit == NULL && has_visible_text(c))
            credit = c;
    }
    if (figure->source_len > 0)
        write_image(w, figure);
    if (caption == NULL && credit == NULL)
        return;
    begin_block(w);
    if (caption != NULL)
        write_wrapped(w->o, "*", caption->text, caption->text_len);
    if (credit != NULL) {
        const char *s = credit->text;
        size_t len = credit->text_len;
        trim(&s, &len);
        np_out_str(w->o, caption != NULL ? " — " : "— ");
        write_inline(w->o, s, len);
    }
    end_block(w);
}

static void write_credit(md_writer *w, const np_node *credit)
{
    const char *s = credit->text;
    size_t len = credit->text_len;
    trim(&s, &len);
    if (len == 0)
        return;
    begin_block(w);
    np_out_str(w->o, "（");
    write_inline(w->o, s, len);
    np_out_str(w->o, "）");
    end_block(w);
}

static void write_furniture(md_writer *w, const np_node *node)
{
    const char *kind = np_furniture_kind_name((np_furniture_kind)node->kind);
    const char *s = node->text;
    size_t len = node->text_len;
    trim(&s, &len);
    begin_block(w);
    if (kind[0] != '\0') {
        /* Kind names are [a-z_]: safe inside a code span. */
        np_out_str(w->o, "`");
        np_out_str(w->o, kind);
        np_out_str(w->o, "` ");
        write_inline(w->o, s, len);
    } else {
        write_block_text(w->o, s, len);
    }
    end_block(w);
}

/* A block that is one line: prefix + text (escaped for its place) + suffix. */
static void write_line_block(md_writer *w, const np_node *node, const char *prefix,
                             const char *marker)
{
    if (!has_visible_text(node))
        return;
    begin_block(w);
    if (prefix != NULL) {
        const char *s = node->text;
        size_t len = node->text_len;
        trim(&s, &len);
        np_out_str(w->o, prefix);
        write_inline(w->o, s, len);
    } else if (marker != NULL) {
        write_wrapped(w->o, marker, node->text, node->text_len);
    } else {
        write_block_text(w->o, node->text, node->text_len);
    }
    end_block(w);
}

/* A thematic break between an article and the top-level block after it,
 * or before an article that follows anything. */
static void separate_top_level(md_writer *w, const np_node *node)
{
    if (node == w->root || node->parent == NULL || node->parent->type != NP_NODE_DOCUMENT)
        return;
    bool article = node->type == NP_NODE_ARTICLE;
    if (w->started && (article || w->after_article)) {
        begin_block(w);
        np_out_str(w->o, "---");
        end_block(w);
    }
    w->after_article = article;
}

/* Whether a node shows anything (so that separators are not doubled). */
static bool shown(const md_writer *w, const np_node *node)
{
    if (node->type == NP_NODE_FURNITURE)
        return w->furniture;
    return true;
}

/* Writes a node met on ENTER; returns true when its children are done. */
static bool enter_node(void *wp, const np_node *node)
{
    md_writer *w = wp;
    if (!shown(w, node))
        return true;
    separate_top_level(w, node);
    switch ((np_node_type)node->type) {
    case NP_NODE_DOCUMENT:
    case NP_NODE_ARTICLE:
        return false;
    case NP_NODE_KICKER:
    case NP_NODE_SUBHEADLINE:
        write_line_block(w, node, NULL, "*");
        break;
    case NP_NODE_HEADLINE:
        write_line_block(w, node, "# ", NULL);
        break;
    case NP_NODE_SECTION_HEAD:
        write_line_block(w, node, "## ", NULL);
        break;
    case NP_NODE_BYLINE:
    case NP_NODE_AUTHOR:
        write_line_block(w, node, NULL, "**");
        break;
    case NP_NODE_FIGURE:
        write_figure(w, node);
        break;
    case NP_NODE_CAPTION:
        write_line_block(w, node, NULL, "*");
        break;
    case NP_NODE_CREDIT:
        write_credit(w, node);
        break;
    case NP_NODE_FURNITURE:
        write_furniture(w, node);
        break;
    case NP_NODE_PARAGRAPH:
    case NP_NODE_NONE:
    default:
        write_line_block(w, node, NULL, NULL);
        break;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Front matter                                                         */
/* ------------------------------------------------------------------ */

/* A YAML double-quoted scalar: \ and " escaped, controls as spaces. */
static void write_yaml_string(np_out *o, const char *s)
{
    np_out_str(o, "\"");
    size_t start = 0, i = 0;
    for (; s[i] != '\0'; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
            continue;
        np_out_write(o, s + start, i - start);
        np_out_str(o, c == '"' ? "\\\"" : c == '\\' ? "\\\\" : " ");
        start = i + 1;
    }
    np_out_write(o, s + start, i - start);
    np_out_str(o, "\"");
}

static void write_yaml_member(np_out *o, const char *key, const char *value)
{
    if (value == NULL)
        return;
    np_out_str(o, key);
    np_out_str(o, ": ");
    write_yaml_string(o, value);
    np_out_str(o, "\n");
}

static void write_front_matter(md_writer *w, const np_page *page)
{
    np_out *o = w->o;
    np_out_str(o, "---\n");
    write_yaml_member(o, "paper", np_page_get_paper(page));
    write_yaml_member(o, "date", np_page_get_date(page));
    write_yaml_member(o, "weekday", np_page_get_weekday(page));
    if (np_page_get_number(page) != 0) {
        np_out_str(o, "number: ");
        np_out_size(o, np_page_get_number(page));
        np_out_str(o, "\n");
    }
    write_yaml_member(o, "label", np_page_get_label(page));
    write_yaml_member(o, "name", np_page_get_name(page));
    if (np_page_get_editor_count(page) > 0)
        np_out_str(o, "editors:\n");
    for (size_t i = 0; i < np_page_get_editor_count(page); i++) {
        np_out_str(o, "  - role: ");
        write_yaml_string(o, np_page_get_editor_role(page, i));
        np_out_str(o, "\n    names: [");
        for (size_t j = 0; j < np_page_get_editor_name_count(page, i); j++) {
            np_out_str(o, j ? ", " : "");
            write_yaml_string(o, np_page_get_editor_name(page, i, j));
        }
        np_out_str(o, "]\n");
    }
    /* the blank line a block ends with, without the thematic break that
     * `started` would put before the first article */
    np_out_str(o, "---\n\n");
}

void np_render_markdown_to(const np_node *root, const np_render_options *opts, np_out *o)
{
    md_writer w = {o, root, (opts->flags & NP_RENDER_FURNITURE) != 0, false, false};
    const np_page *page = np_document_get_page(root);
    if (np_page_has_values(page))
        write_front_matter(&w, page);
    np_render_walk(root, o, enter_node, NULL, &w);
}
