/*
 * render.c - the dispatch on format, and rendering to a string.  The
 * writer the renderers share (np_out, the walk) is writer.c, so that the
 * renderers depend on it and not on this file, which depends on them.
 */
#include <string.h>

#include "internal.h"

/* ------------------------------------------------------------------ */
/* Dispatch                                                             */
/* ------------------------------------------------------------------ */

void np_render_options_init(np_render_options *opts)
{
    if (opts == NULL)
        return;
    opts->flags = 0;
    opts->width = 72;
    opts->stylesheet = NULL;
}

np_status np_render(const np_node *root, np_format format, const np_render_options *opts,
                    np_write_fn write, void *userdata)
{
    if (root == NULL || write == NULL)
        return NP_ERR_ARGUMENT;
    np_render_options defaults;
    np_render_options_init(&defaults);
    if (opts == NULL)
        opts = &defaults;
    if (opts->flags & ~NP_RENDER_KNOWN)
        return NP_ERR_ARGUMENT;
    np_out o;
    np_out_init(&o, write, userdata);
    switch (format) {
    case NP_FORMAT_JSON:
        np_render_json_to(root, opts, &o);
        break;
    case NP_FORMAT_OUTLINE:
        np_render_outline_to(root, opts, &o);
        break;
    case NP_FORMAT_HTML:
        np_render_html_to(root, opts, &o);
        break;
    case NP_FORMAT_MARKDOWN:
        np_render_markdown_to(root, opts, &o);
        break;
    case NP_FORMAT_TEXT:
        np_render_text_to(root, opts, &o);
        break;
    default:
        return NP_ERR_ARGUMENT;
    }
    return np_out_flush(&o);
}

const char *np_format_name(np_format format)
{
    switch (format) {
    case NP_FORMAT_JSON:
        return "json";
    case NP_FORMAT_OUTLINE:
        return "outline";
    case NP_FORMAT_HTML:
        return "html";
    case NP_FORMAT_MARKDOWN:
        return "markdown";
    case NP_FORMAT_TEXT:
        return "text";
    }
    return "";
}

/* ------------------------------------------------------------------ */
/* Rendering to a string                                                */
/* ------------------------------------------------------------------ */

/* A growable owned block, so that the caller releases it with np_free. */
typedef struct string_sink {
    const np_mem *mem;
    char *data;
    size_t len;
    size_t cap;
    bool nomem;
} string_sink;

static bool sink_reserve(string_sink *s, size_t extra)
{
    if (extra > SIZE_MAX - 1 - s->len)
        return false;
    size_t need = s->len + extra + 1;
    if (need <= s->cap)
        return true;
    size_t cap = s->cap < 256 ? 256 : s->cap;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *data = np_mem_realloc_owned(s->mem, s->data, cap);
    if (data == NULL)
        return false;
    s->data = data;
    s->cap = cap;
    return true;
}

static int sink_write(const char *data, size_t len, void *userdata)
{
    string_sink *s = userdata;
    if (!sink_reserve(s, len)) {
        s->nomem = true;
        return 1;
    }
    memcpy(s->data + s->len, data, len);
    s->len += len;
    s->data[s->len] = '\0';
    return 0;
}

np_status np_render_string(const np_node *root, np_format format, const np_render_options *opts,
                           char **out, size_t *len)
{
    if (out != NULL)
        *out = NULL;
    if (len != NULL)
        *len = 0;
    if (root == NULL || out == NULL)
        return NP_ERR_ARGUMENT;
    np_mem fallback;
    string_sink s = {NULL, NULL, 0, 0, false};
    /* The string is made with the allocator of the tree that holds root. */
    s.mem = np_node_mem(root, &fallback);
    /* An empty rendering is still a string. */
    if (!sink_reserve(&s, 0))
        return NP_ERR_NOMEM;
    s.data[0] = '\0';
    np_status st = np_render(root, format, opts, sink_write, &s);
    if (st != NP_OK) {
        np_free(s.data);
        return s.nomem ? NP_ERR_NOMEM : st;
    }
    *out = s.data;
    if (len != NULL)
        *len = s.len;
    return NP_OK;
}
