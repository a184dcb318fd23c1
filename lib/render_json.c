/*
 * render_json.c - newsparse-json/1 (SPEC section 3).
 *
 * Pretty output is byte for byte what Python's
 * json.dumps(obj, ensure_ascii=False, indent=2) prints, plus a final
 * newline; compact output is json.dumps(obj, ensure_ascii=False,
 * separators=(",", ":")) with no newline.  Keeping to Python's formatting
 * lets tests compare our output with a re-dump of it.  Members come in the
 * order type, line, text, replaced, kind, source, children; "replaced":
 * true appears only on nodes built from lines whose invalid bytes were
 * replaced (SPEC allows extra members).
 *
 * The walk uses np_iter rather than recursion, so a deep hand-built tree
 * cannot exhaust the stack.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

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

static void write_members(json_writer *w, const np_node *node, size_t level)
{
    const char *type = np_node_type_name((np_node_type)node->type);
    write_key(w, level, true, "type");
    write_string(w->o, type, strlen(type));
    if (node->line != 0) {
        write_key(w, level, false, "line");
        np_out_size(w->o, node->line);
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
    }
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
