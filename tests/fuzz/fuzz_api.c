/*
 * fuzz_api.c - the entry points the Python binding uses (bindings/python):
 * np_parse in one shot with an np_error, the incremental parser and
 * np_parser_error, np_render_string + np_free, the status and version
 * strings, the argument checks, and the CLI's encoding helpers
 * (np_detect_encoding, np_convert_to_utf8).
 *
 * Checked: np_parse and new/feed/finish agree (status, line, offset,
 * message); on failure np_parse leaves *document NULL and fills err; the
 * message is NUL-terminated and non-empty; with a failing allocation (byte
 * 2 of the header) the status is NP_ERR_NOMEM and nothing leaks, also in
 * np_render_string; the compact JSON and the outline render and are freed
 * with np_free.
 */
#include "fuzz_common.h"

static void check_error(const np_error *e, np_status st, size_t input_len)
{
    FUZZ_CHECK(e->status == st);
    FUZZ_CHECK(memchr(e->message, '\0', sizeof e->message) != NULL);
    if (st == NP_OK) {
        FUZZ_CHECK(e->line == 0 && e->offset == 0);
        return;
    }
    FUZZ_CHECK(e->message[0] != '\0');
    FUZZ_CHECK(e->offset <= input_len);
    if (st == NP_ERR_UTF8 || st == NP_ERR_NUL)
        FUZZ_CHECK(e->line >= 1 && e->offset < input_len);
}

static void check_constants(void)
{
    FUZZ_CHECK(np_version() == NP_VERSION);
    FUZZ_CHECK(strcmp(np_version_string(), NP_VERSION_STRING) == 0);
    for (int s = -2; s <= NP_ERR_ENCODING + 2; s++) {
        const char *str = np_status_string((np_status)s);
        FUZZ_CHECK(str != NULL && str[0] != '\0');
    }
    const np_error *e = np_parser_error(NULL);
    FUZZ_CHECK(e != NULL && e->status == NP_ERR_ARGUMENT);
    FUZZ_CHECK(np_parser_feed(NULL, "x", 1) == NP_ERR_ARGUMENT);
    np_node *doc = (np_node *)1;
    FUZZ_CHECK(np_parser_finish(NULL, &doc) == NP_ERR_ARGUMENT && doc == NULL);
    np_parser_free(NULL);
    np_free(NULL);
    np_options_init(NULL);
    np_render_options_init(NULL);

    /* an allocator with a missing hook is refused */
    np_allocator bad = {NULL, NULL, NULL, NULL};
    np_options o;
    np_options_init(&o);
    o.allocator = &bad;
    FUZZ_CHECK(np_parser_new(&o) == NULL);

    /* np_parse argument checks */
    np_error err;
    FUZZ_CHECK(np_parse("x", 1, NULL, NULL, &err) == NP_ERR_ARGUMENT);
    doc = (np_node *)1;
    FUZZ_CHECK(np_parse(NULL, 3, NULL, &doc, NULL) == NP_ERR_ARGUMENT && doc == NULL);
    FUZZ_CHECK(np_parse(NULL, 0, NULL, &doc, &err) == NP_OK && doc != NULL);
    FUZZ_CHECK(err.status == NP_OK);
    np_document_free(doc);
}

static void render_and_free(const np_node *doc, fuzz_alloc *fa)
{
    static const int formats[] = {NP_FORMAT_JSON, NP_FORMAT_JSON, NP_FORMAT_OUTLINE,
                                  NP_FORMAT_HTML, NP_FORMAT_MARKDOWN, NP_FORMAT_TEXT};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        np_render_options ro;
        np_render_options_init(&ro);
        if (i == 0)
            ro.flags = NP_RENDER_COMPACT;
        char *out = NULL;
        size_t len = 0;
        unsigned long calls = fa->calls;
        np_status st = np_render_string(doc, (np_format)formats[i], &ro, &out, &len);
        if (st == NP_OK) {
            FUZZ_CHECK(out != NULL && strlen(out) == len);
            FUZZ_CHECK(fuzz_utf8_valid(out, len));
            if (formats[i] == NP_FORMAT_JSON)
                FUZZ_CHECK(fuzz_json_valid(out, len));
            np_free(out);
        } else {
            FUZZ_CHECK(out == NULL && len == 0);
            if (st == NP_ERR_NOMEM)
                FUZZ_CHECK(fa->failed && fa->calls > calls);
            else
                FUZZ_CHECK(st == NP_ERR_ARGUMENT && formats[i] != NP_FORMAT_JSON &&
                           formats[i] != NP_FORMAT_OUTLINE);
        }
    }
}

/* np_detect_encoding and np_convert_to_utf8 (used by the CLI's --encoding)
 * on the input: UTF-8 input is detected as such and converts to itself; a
 * conversion that succeeds gives valid UTF-8 the parser accepts as UTF-8.
 * A guess need not convert: detection forgives a sequence cut at the end
 * (the input may be a prefix) and a BOM says nothing of what follows it. */
static void check_encodings(const fuzz_input *in)
{
    static const char *const encodings[] = {"UTF-8", "GB18030", "GBK", "BIG5", "UTF-16"};
    bool utf8 = fuzz_utf8_valid(in->text, in->len);
    const char *guess = np_detect_encoding(in->text, in->len);
    FUZZ_CHECK(guess == NULL || strcmp(guess, "UTF-8") == 0 || strcmp(guess, "GB18030") == 0 ||
               strncmp(guess, "UTF-16", 6) == 0 || strncmp(guess, "UTF-32", 6) == 0);
    if (utf8)
        FUZZ_CHECK(guess != NULL && strcmp(guess, "UTF-8") == 0);
    const char *enc = encodings[in->param % 5];
    if (guess != NULL && (in->ctl & 0x20))
        enc = guess;
    char *out = (char *)1;
    size_t len = 7;
    np_status st = np_convert_to_utf8(enc, in->text, in->len, &out, &len);
    if (st != NP_OK) {
        FUZZ_CHECK(st == NP_ERR_ENCODING || st == NP_ERR_ARGUMENT);
        FUZZ_CHECK(out == NULL && len == 0);
        FUZZ_CHECK(!(utf8 && strcmp(enc, "UTF-8") == 0));
        return;
    }
    FUZZ_CHECK(out != NULL && out[len] == '\0');
    FUZZ_CHECK(fuzz_utf8_valid(out, len));
    if (strcmp(enc, "UTF-8") == 0)
        FUZZ_CHECK(utf8 && len == in->len && memcmp(out, in->text, len) == 0);
    np_node *doc = NULL;
    np_status ps = np_parse(out, len, NULL, &doc, NULL);
    FUZZ_CHECK(ps != NP_ERR_UTF8);
    np_document_free(doc);
    np_free(out);
    /* argument checks */
    FUZZ_CHECK(np_convert_to_utf8("NO-SUCH-ENCODING-X", "a", 1, &out, NULL) == NP_ERR_ARGUMENT);
    FUZZ_CHECK(out == NULL);
    FUZZ_CHECK(np_convert_to_utf8(NULL, "a", 1, &out, NULL) == NP_ERR_ARGUMENT);
    FUZZ_CHECK(np_convert_to_utf8("UTF-8", NULL, 1, &out, NULL) == NP_ERR_ARGUMENT);
    FUZZ_CHECK(np_convert_to_utf8("UTF-8", "a", 1, NULL, NULL) == NP_ERR_ARGUMENT);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_split(data, size);
    check_constants();

    np_options opts;
    fuzz_options(&in, &opts, false);
    bool null_opts = (in.ctl & 0xE0) == 0xE0 && in.failat == 0;

    /* one shot, with the counting allocator (failing the N-th call) */
    fuzz_alloc fa = {0};
    fa.fail_at = in.failat;
    np_allocator al = fuzz_allocator(&fa);
    if (!null_opts)
        opts.allocator = &al;
    np_node *doc = (np_node *)1;
    np_error err;
    memset(&err, 0x5A, sizeof err);
    np_status st = np_parse(in.text, in.len, null_opts ? NULL : &opts, &doc, &err);
    check_error(&err, st, in.len);
    if (st != NP_OK) {
        FUZZ_CHECK(doc == NULL);
        if (fa.failed)
            FUZZ_CHECK(st == NP_ERR_NOMEM || st == NP_ERR_UTF8 || st == NP_ERR_NUL ||
                       st == NP_ERR_LIMIT_LINE || st == NP_ERR_LIMIT_INPUT ||
                       st == NP_ERR_LIMIT_NODES);
        else
            FUZZ_CHECK(st != NP_ERR_NOMEM);
    } else {
        FUZZ_CHECK(doc != NULL && np_node_get_type(doc) == NP_NODE_DOCUMENT);
    }

    /* the incremental parser gives the same error (no allocation failure) */
    if (in.failat == 0) {
        np_options o2 = opts;
        o2.allocator = NULL;
        np_parser *p = np_parser_new(null_opts ? NULL : &o2);
        FUZZ_CHECK(p != NULL);
        size_t half = in.len / 2;
        np_status s2 = np_parser_feed(p, in.text, half);
        if (s2 == NP_OK)
            s2 = np_parser_feed(p, in.text + half, in.len - half);
        np_node *doc2 = NULL;
        if (s2 == NP_OK)
            s2 = np_parser_finish(p, &doc2);
        const np_error *e2 = np_parser_error(p);
        FUZZ_CHECK(s2 == st);
        FUZZ_CHECK(e2->status == err.status && e2->line == err.line && e2->offset == err.offset);
        FUZZ_CHECK(e2->column == err.column && e2->byte_count == err.byte_count);
        FUZZ_CHECK(strcmp(e2->message, err.message) == 0);
        np_document_free(doc2);
        np_parser_free(p);
    }

    if (st == NP_OK) {
        render_and_free(doc, &fa);
        np_document_free(doc);
    }
    FUZZ_CHECK(fa.live == 0);
    check_encodings(&in);
    return 0;
}
