/*
 * fuzz_render.c - every renderer on the tree parsed from the input.
 *
 * np_render_string for every np_format (and two values that are not one),
 * with the render flags from the header's top bits, at a small and a large
 * width (and the odd ones: 0, negative, INT_MAX), for the document and for
 * a few subtrees (once each, default width).  Checked: the status is NP_OK
 * or NP_ERR_ARGUMENT (a format that is not implemented or does not exist);
 * on success the string is NUL-terminated at the stated length, valid
 * UTF-8, and for JSON valid JSON; for the document, once per format, np_render
 * through a writer produces the same bytes, a writer that fails stops the
 * renderer with NP_ERR_CALLBACK, and the same rendering twice gives the
 * same bytes.
 */
#include <limits.h>

#include "fuzz_common.h"

#define NFORMATS 7
static const int formats[NFORMATS] = {
    NP_FORMAT_JSON, NP_FORMAT_OUTLINE, NP_FORMAT_HTML, NP_FORMAT_MARKDOWN, NP_FORMAT_TEXT, 5, -1,
};

static bool format_exists(int f)
{
    return f >= NP_FORMAT_JSON && f <= NP_FORMAT_TEXT;
}

typedef struct sink {
    fuzz_str s;
    int calls;
    int fail_after; /* fail the call after this many; -1 never */
} sink;

static int sink_write(const char *data, size_t len, void *userdata)
{
    sink *k = userdata;
    FUZZ_CHECK(data != NULL || len == 0);
    if (k->fail_after >= 0 && k->calls >= k->fail_after)
        return 1;
    k->calls++;
    fuzz_str_add(&k->s, data, len);
    return 0;
}

/* Render root once; with thorough set, also through writers (one that
 * works, one that fails) and a second time (the same bytes). */
static void render_one(const np_node *root, int format, const np_render_options *ro, uint8_t param,
                       bool thorough)
{
    char *out = (char *)1;
    size_t len = 12345;
    np_status st = np_render_string(root, (np_format)format, ro, &out, &len);
    if (st != NP_OK) {
        FUZZ_CHECK(st == NP_ERR_ARGUMENT);
        FUZZ_CHECK(out == NULL && len == 0);
        /* only a format that is not one may be refused for good... */
        if (!format_exists(format) || !thorough)
            return;
        /* ...and one not (yet) implemented: np_render must agree */
        sink k = {{0}, 0, -1};
        FUZZ_CHECK(np_render(root, (np_format)format, ro, sink_write, &k) == NP_ERR_ARGUMENT);
        fuzz_str_free(&k.s);
        return;
    }
    FUZZ_CHECK(format_exists(format));
    FUZZ_CHECK(out != NULL);
    FUZZ_CHECK(strlen(out) == len);
    FUZZ_CHECK(fuzz_utf8_valid(out, len));
    if (format == NP_FORMAT_JSON)
        FUZZ_CHECK(fuzz_json_valid(out, len));
    if (!thorough) {
        np_free(out);
        return;
    }

    /* the same through a writer */
    sink k = {{0}, 0, -1};
    FUZZ_CHECK(np_render(root, (np_format)format, ro, sink_write, &k) == NP_OK);
    FUZZ_CHECK(k.s.len == len && (len == 0 || memcmp(k.s.data, out, len) == 0));
    int calls = k.calls;
    fuzz_str_free(&k.s);

    /* a writer that fails after some calls stops it */
    if (calls > 0) {
        sink f = {{0}, 0, param % calls};
        FUZZ_CHECK(np_render(root, (np_format)format, ro, sink_write, &f) == NP_ERR_CALLBACK);
        FUZZ_CHECK(f.s.len < len);
        FUZZ_CHECK(f.s.len == 0 || memcmp(f.s.data, out, f.s.len) == 0);
        fuzz_str_free(&f.s);
    }

    /* deterministic */
    char *again = NULL;
    size_t len2 = 0;
    FUZZ_CHECK(np_render_string(root, (np_format)format, ro, &again, &len2) == NP_OK);
    FUZZ_CHECK(len2 == len && memcmp(again, out, len) == 0);
    np_free(again);
    np_free(out);
}

/* Every format; the text format at every width of interest (it is the
 * one that uses the width), the others at a small and a large one. */
static void render_all(const np_node *root, unsigned flags, uint8_t param, bool thorough)
{
    static const int widths[] = {3, 4096, 1, 2, 8, 0, -1, 72, INT_MAX};
    for (int f = 0; f < NFORMATS; f++) {
        np_render_options ro;
        np_render_options_init(&ro);
        ro.flags = flags;
        size_t nwidths = formats[f] == NP_FORMAT_TEXT ? sizeof widths / sizeof widths[0] : 2;
        if (!thorough)
            nwidths = 1;
        for (size_t w = 0; w < nwidths; w++) {
            ro.width = widths[w];
            render_one(root, formats[f], &ro, param, thorough && w == 0);
        }
        /* default options */
        render_one(root, formats[f], NULL, param, false);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_split(data, size);
    np_options opts;
    fuzz_options(&in, &opts, false);
    /* render flags: bits 5-7 of the control byte */
    unsigned rflags = (in.ctl >> 5) & 7u;

    np_node *doc = NULL;
    if (np_parse(in.text, in.len, &opts, &doc, NULL) != NP_OK)
        return 0;
    render_all(doc, rflags, in.param, true);

    /* subtrees: the first and last top-level nodes and a deep one */
    np_node *first = np_node_first_child(doc), *last = np_node_last_child(doc);
    if (first)
        render_all(first, rflags, in.param, false);
    if (last && last != first)
        render_all(last, rflags, in.param, false);
    np_node *deep = first;
    while (np_node_first_child(deep))
        deep = np_node_last_child(deep);
    if (deep && deep != first)
        render_all(deep, rflags ^ 1u, in.param, false);

    /* bad arguments */
    char *out = (char *)1;
    FUZZ_CHECK(np_render_string(NULL, NP_FORMAT_JSON, NULL, &out, NULL) == NP_ERR_ARGUMENT &&
               out == NULL);
    FUZZ_CHECK(np_render_string(doc, NP_FORMAT_JSON, NULL, NULL, NULL) == NP_ERR_ARGUMENT);
    FUZZ_CHECK(np_render(doc, NP_FORMAT_JSON, NULL, NULL, NULL) == NP_ERR_ARGUMENT);
    for (int f = -1; f <= NFORMATS; f++)
        FUZZ_CHECK(np_format_name((np_format)f) != NULL);

    np_document_free(doc);
    return 0;
}
