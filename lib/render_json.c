/*
 * render_json.c - newsparse-json/1 (SPEC section 3).
 *
 * Pretty output is byte for byte what Python's
 * json.dumps(obj, ensure_ascii=False, indent=2) prints, plus a final
 * newline; compact output is json.dumps(obj, ensure_ascii=False,
 * separators=(",", ":")) with no newline.  Keeping to Python's formatting
 * lets tests compare our output with a re-dump of it.  Members come in the
 * order type, line, text, replaced, kind, source, src, span, children;
 * "replaced": true appears only on nodes built from lines whose invalid
 * bytes were replaced, and "span" (the node's source spans, each
 * [start_line, start_offset, end_line, end_offset]) on every node that has
 * one (SPEC allows extra members).
 *
 * The walk uses np_iter rather than recursion, so a deep hand-built tree
 * cannot exhaust the stack.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "page.h"

typedef struct json_writer {
    np_out *o;
    bool pretty;
    const np_node *root;
} json_writer;


static void write_indent(json_writer *w, size_t level)
{
    /* a newline and the indentation of the usual depths in one write */
    static const char line[] = "\n                                ";
    size_t n = level * 2;
    size_t k = n < sizeof line - 2 ? n : sizeof line - 2;
    np_out_write(w->o, line, k + 1);
    n -= k;
    while (n > 0) {
        k = n < sizeof line - 2 ? n : sizeof line - 2;
        np_out_write(w->o, line + 1, k);
        n -= k;
    }
}

/* Python escapes these controls by name and every other one as \u00XX. */
static const char *short_escape(unsigned char c)
{
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return NULL;
    }
}

static void write_escaped_byte(np_out *o, unsigned char c)
{
    const char *esc = short_escape(c);
    if (esc != NULL) {
        np_out_str(o, esc);
        return;
    }
    char hex[8];
    snprintf(hex, sizeof hex, "\\u%04x", (unsigned)c);
    np_out_str(o, hex);
}

/*
 * Whether any of the eight bytes of w may need escaping: a control (below
 * 0x20), '"' or '\\', or the first byte of what np_unsafe_len looks at
 * (DEL, C2 for the C1 controls, E2 for the bidi controls).  Other bytes of
 * 0x80 and above never do (ensure_ascii=False), and the control test
 * leaves them out: ~w clears their high bit.
 */
static bool word_needs_escape(uint64_t w)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
    uint64_t quote = w ^ (ones * '"'), slash = w ^ (ones * '\\');
    uint64_t del = w ^ (ones * 0x7f), c2 = w ^ (ones * 0xc2), e2 = w ^ (ones * 0xe2);
    uint64_t control = (w - ones * 0x20) & ~w;
    uint64_t zero_quote = (quote - ones) & ~quote, zero_slash = (slash - ones) & ~slash;
    uint64_t zero_del = (del - ones) & ~del, zero_c2 = (c2 - ones) & ~c2, zero_e2 = (e2 - ones) & ~e2;
    return ((control | zero_quote | zero_slash | zero_del | zero_c2 | zero_e2) & highs) != 0;
}

/* An unsafe character of n bytes (np_unsafe_len) as its \uXXXX escape, so
 * that a terminal or page showing the JSON never gets it raw. */
static void write_unsafe(np_out *o, const unsigned char *s, size_t n)
{
    unsigned cp = n == 1 ? s[0] : n == 2 ? s[1] : 0x2000u | (s[1] & 0x3fu) << 6 | (s[2] & 0x3fu);
    char hex[8];
    snprintf(hex, sizeof hex, "\\u%04x", cp);
    np_out_str(o, hex);
}

/* Non-ASCII bytes pass through raw, as with ensure_ascii=False, but for
 * the C1 and bidi controls, escaped as \uXXXX as DEL is. */
static void write_string(np_out *o, const char *s, size_t len)
{
    size_t start = 0;
    np_out_write(o, "\"", 1);
    for (size_t i = 0; i < len; i++) {
        /* text rarely needs escaping: pass it eight bytes at a time */
        while (len - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, sizeof w);
            if (word_needs_escape(w))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        size_t n = 0;
        if (c >= 0x20 && c != '"' && c != '\\' && (n = np_unsafe_len(s, len, i)) == 0)
            continue;
        np_out_write(o, s + start, i - start);
        if (n > 0) {
            write_unsafe(o, (const unsigned char *)s + i, n);
            i += n - 1;
        } else {
            write_escaped_byte(o, c);
        }
        start = i + 1;
    }
    np_out_write(o, s + start, len - start);
    np_out_write(o, "\"", 1);
}

/* Starts a member: separator, indentation of the members of an object at
 * level, the key. */
static void write_key(json_writer *w, size_t level, bool first, const char *key)
{
    if (!first)
        np_out_write(w->o, ",", 1);
    if (w->pretty)
        write_indent(w, level + 1);
    /* keys are plain words: no escaping to look for */
    np_out_write(w->o, "\"", 1);
    np_out_str(w->o, key);
    np_out_str(w->o, w->pretty ? "\": " : "\":");
}

static void write_page_members(json_writer *w, const np_node *node, size_t level);

/* One span, [start_line, start_offset, end_line, end_offset], as an
 * element of the "span" array of an object at level. */
static void write_span(json_writer *w, const np_span *s, size_t level, bool first)
{
    const uint64_t v[4] = {s->start_line, s->start_offset, s->end_line, s->end_offset};
    if (!first)
        np_out_write(w->o, ",", 1);
    if (w->pretty)
        write_indent(w, level + 2);
    np_out_write(w->o, "[", 1);
    for (size_t i = 0; i < 4; i++) {
        if (i > 0)
            np_out_write(w->o, ",", 1);
        if (w->pretty)
            write_indent(w, level + 3);
        np_out_size(w->o, v[i]);
    }
    if (w->pretty)
        write_indent(w, level + 2);
    np_out_write(w->o, "]", 1);
}

static void write_spans(json_writer *w, const np_node *node, size_t level)
{
    if (node->span_count == 0)
        return;
    write_key(w, level, false, "span");
    np_out_write(w->o, "[", 1);
    write_span(w, &node->span, level, true);
    for (size_t i = 1; i < node->span_count; i++)
        write_span(w, &node->more[i - 1], level, false);
    if (w->pretty)
        write_indent(w, level + 1);
    np_out_write(w->o, "]", 1);
}

static void write_members(json_writer *w, const np_node *node, size_t level)
{
    const char *type = np_node_type_name((np_node_type)node->type);
    write_key(w, level, true, "type");
    write_string(w->o, type, strlen(type));
    if (node->line != 0) {
        write_key(w, level, false, "line");
        np_out_size(w->o, node->line);
    }
    if (node->page != 0) {
        write_key(w, level, false, "page");
        np_out_size(w->o, node->page);
    }
    if (np_node_has_text(node)) {
        write_key(w, level, false, "text");
        write_string(w->o, node->text, node->text_len);
    }
    if (node->flags & NP_NODE_FLAG_REPLACED) {
        write_key(w, level, false, "replaced");
        np_out_str(w->o, "true");
    }
    if (node->type == NP_NODE_CREDIT) {
        const char *kind = np_credit_kind_name((np_credit_kind)node->kind);
        write_key(w, level, false, "kind");
        write_string(w->o, kind, strlen(kind));
        write_key(w, level, false, "source");
        write_string(w->o, node->source, node->source_len);
    } else if (node->type == NP_NODE_FURNITURE) {
        const char *kind = np_furniture_kind_name((np_furniture_kind)node->kind);
        write_key(w, level, false, "kind");
        write_string(w->o, kind, strlen(kind));
        if (node->source_len > 0) {
            write_key(w, level, false, "source");
            write_string(w->o, node->source, node->source_len);
        }
    } else if (node->type == NP_NODE_FIGURE && node->source_len > 0) {
        write_key(w, level, false, "src");
        write_string(w->o, node->source, node->source_len);
    }
    write_page_members(w, node, level);
}

/* ------------------------------------------------------------------ */
/* The page record, jump links, an issue's pages and links (page.c, issue.c) */
/* ------------------------------------------------------------------ */

static void write_str_member(json_writer *w, size_t level, bool *first, const char *key, const char *value)
{
    if (value == NULL)
        return;
    write_key(w, level, *first, key);
    write_string(w->o, value, strlen(value));
    *first = false;
}

static void write_size_member(json_writer *w, size_t level, bool *first, const char *key, size_t value)
{
    write_key(w, level, *first, key);
    np_out_size(w->o, value);
    *first = false;
}

/* Close an object or array opened at level (its members at level + 1). */
static void write_close(json_writer *w, size_t level, const char *close)
{
    if (w->pretty)
        write_indent(w, level);
    np_out_str(w->o, close);
}

/* An editor of a page record, for the elements of its "names". */
typedef struct np_page_editor_at {
    const np_page *page;
    size_t i;
} np_page_editor_at;

/* "key": [...]: element(w, ctx, i, level + 2) writes element i, each on
 * its own line, at the depth of an array's elements. */
typedef void (*element_fn)(json_writer *w, const void *ctx, size_t i, size_t level);

static void write_array(json_writer *w, size_t level, bool first, const char *key, size_t n,
                        element_fn element, const void *ctx)
{
    write_key(w, level, first, key);
    np_out_write(w->o, "[", 1);
    for (size_t i = 0; i < n; i++) {
        np_out_str(w->o, i ? "," : "");
        if (w->pretty)
            write_indent(w, level + 2);
        element(w, ctx, i, level + 2);
    }
    if (n == 0)
        np_out_write(w->o, "]", 1);
    else
        write_close(w, level + 1, "]");
}

static void write_name_element(json_writer *w, const void *ctx, size_t j, size_t level)
{
    const np_page_editor_at *e = ctx;
    const char *name = np_page_get_editor_name(e->page, e->i, j);
    (void)level;
    write_string(w->o, name, strlen(name));
}

/* {"role": …, "names": […]} */
static void write_editor_element(json_writer *w, const void *ctx, size_t i, size_t level)
{
    const np_page *page = ctx;
    np_page_editor_at e = {page, i};
    np_out_write(w->o, "{", 1);
    bool first = true;
    write_str_member(w, level, &first, "role", np_page_get_editor_role(page, i));
    write_array(w, level, first, "names", np_page_get_editor_name_count(page, i), write_name_element, &e);
    write_close(w, level, "}");
}

/* The record as an object whose members stand at level + 1; key_page: the
 * page number the issue gives it, or 0. */
static void write_page_object(json_writer *w, const np_page *page, unsigned key_page, size_t level)
{
    np_out_write(w->o, "{", 1);
    bool first = true;
    if (key_page != 0)
        write_size_member(w, level, &first, "page", key_page);
    write_str_member(w, level, &first, "paper", np_page_get_paper(page));
    write_str_member(w, level, &first, "date", np_page_get_date(page));
    write_str_member(w, level, &first, "weekday", np_page_get_weekday(page));
    if (np_page_get_number(page) != 0)
        write_size_member(w, level, &first, "number", np_page_get_number(page));
    write_str_member(w, level, &first, "label", np_page_get_label(page));
    write_str_member(w, level, &first, "name", np_page_get_name(page));
    if (np_page_get_editor_count(page) > 0) {
        write_array(w, level, first, "editors", np_page_get_editor_count(page), write_editor_element, page);
        first = false;
    }
    if (!first)
        write_close(w, level, "}");
    else
        np_out_write(w->o, "}", 1);
}

/* "continues_to": {"number": 4, "label": "A04"} */
static void write_ref(json_writer *w, size_t level, const char *key, np_page_ref ref)
{
    if (ref.number == 0)
        return;
    write_key(w, level, false, key);
    np_out_write(w->o, "{", 1);
    bool first = true;
    write_size_member(w, level + 1, &first, "number", ref.number);
    write_str_member(w, level + 1, &first, "label", ref.label[0] ? ref.label : NULL);
    write_close(w, level + 1, "}");
}

static const char *link_status_name(np_link_status status)
{
    switch (status) {
    case NP_LINK_JOINED: return "joined";
    case NP_LINK_AMBIGUOUS: return "ambiguous";
    default: return "unmatched";
    }
}

/* "from": {"page": 1, "line": 20} (line left out when 0) */
static void write_place(json_writer *w, size_t level, const char *key, size_t page, size_t line)
{
    write_key(w, level, false, key);
    np_out_write(w->o, "{", 1);
    bool first = true;
    write_size_member(w, level + 1, &first, "page", page);
    if (line != 0)
        write_size_member(w, level + 1, &first, "line", line);
    write_close(w, level + 1, "}");
}

/* {"status": …, "from": {…}, "to": {…}, "candidates": n} */
static void write_link_element(json_writer *w, const void *ctx, size_t i, size_t level)
{
    const np_link *l = np_issue_get_link(ctx, i);
    np_out_write(w->o, "{", 1);
    bool first = true;
    write_str_member(w, level, &first, "status", link_status_name(l->status));
    write_place(w, level, "from", l->from_page, l->from_line);
    write_place(w, level, "to", l->to_page, l->to_line);
    write_size_member(w, level, &first, "candidates", l->candidates);
    write_close(w, level, "}");
}

static void write_issue_page_element(json_writer *w, const void *ctx, size_t i, size_t level)
{
    write_page_object(w, np_issue_get_page(ctx, i), np_issue_get_page_key(ctx, i), level);
}

static void write_issue_members(json_writer *w, const np_node *doc, size_t level)
{
    write_array(w, level, false, "pages", np_issue_get_page_count(doc), write_issue_page_element, doc);
    write_array(w, level, false, "links", np_issue_get_link_count(doc), write_link_element, doc);
}

static void write_page_members(json_writer *w, const np_node *node, size_t level)
{
    if (node->type == NP_NODE_ARTICLE) {
        write_ref(w, level, "continued_from", np_article_get_continued_from(node));
        write_ref(w, level, "continues_to", np_article_get_continues_to(node));
    } else if (node->type == NP_NODE_DOCUMENT && np_page_has_values(np_document_get_page(node))) {
        write_key(w, level, false, "page");
        write_page_object(w, np_document_get_page(node), 0, level + 1);
    } else if (node->type == NP_NODE_DOCUMENT && np_issue_get_page_count(node) > 0) {
        write_issue_members(w, node, level);
    }
    write_spans(w, node, level);
}

/* A child object sits two levels below its parent: one for the parent's
 * members, one for the elements of "children". */
static void enter_node(json_writer *w, const np_node *node, size_t level)
{
    if (node != w->root) {
        if (node->prev != NULL)
            np_out_write(w->o, ",", 1);
        if (w->pretty)
            write_indent(w, level);
    }
    np_out_write(w->o, "{", 1);
    write_members(w, node, level);
    if (node->first_child != NULL) {
        write_key(w, level, false, "children");
        np_out_write(w->o, "[", 1);
    }
}

static void exit_node(json_writer *w, const np_node *node, size_t level)
{
    if (node->first_child != NULL) {
        if (w->pretty)
            write_indent(w, level + 1);
        np_out_write(w->o, "]", 1);
    }
    if (w->pretty)
        write_indent(w, level);
    np_out_write(w->o, "}", 1);
}

void np_render_json_to(const np_node *root, const np_render_options *opts, np_out *o)
{
    json_writer w = {o, (opts->flags & NP_RENDER_COMPACT) == 0, root};
    size_t depth = 0;
    np_iter it;
    np_iter_init(&it, root);
    np_event_type ev;
    while ((ev = np_iter_next(&it)) != NP_EVENT_DONE && o->status == NP_OK) {
        const np_node *node = np_iter_get_node(&it);
        if (ev == NP_EVENT_ENTER) {
            enter_node(&w, node, depth * 2);
            depth++;
        } else {
            depth--;
            exit_node(&w, node, depth * 2);
        }
    }
    if (w.pretty)
        np_out_write(o, "\n", 1);
}
