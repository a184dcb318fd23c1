/*
 * newsparse - parse printed Chinese newspaper pages into document trees.
 *
 *     newsparse [--format json|jsonl|html|markdown|text|outline] [-o FILE]
 *               [--encoding NAME] [--width N] [--fragment] [--furniture]
 *               [--replace-invalid] [FILE...]
 *
 * Pages are parsed one after another and their renderings written one
 * after another, to standard output or to -o FILE.  Input is UTF-8 unless
 * --encoding names another encoding, in which case each file is read whole
 * and converted before parsing.  Without --encoding the first 64 KiB
 * decide: a UTF-16 or UTF-32 byte order mark, or clearly Chinese text
 * that converts cleanly from GB18030, makes the file read whole and
 * converted; anything else is streamed as UTF-8 (so jsonl output appears
 * as articles end, and invalid UTF-8 is reported at its line and byte).
 *
 * Exit status: 0 on success, 1 when a page could not be read, converted or
 * parsed or the output could not be written, 2 on a usage error.  A page
 * that fails does not stop the others (except after a write error: there
 * is no point in going on).
 */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* isatty, fileno */
#endif

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

#include "newsparse.h"

#define CHUNK_SIZE ((size_t)64 << 10)
/* How much of a page encoding detection looks at (one chunk; documented
 * in newsparse(1)). */
#define DETECT_PREFIX CHUNK_SIZE
#define MIN_WIDTH 8 /* room for the figure mark [图] and a wide character */
#define MAX_WIDTH 1000000

enum { EXIT_USAGE = 2 };

typedef enum out_format {
    OUT_JSON,
    OUT_JSONL,
    OUT_HTML,
    OUT_MARKDOWN,
    OUT_TEXT,
    OUT_OUTLINE
} out_format;

typedef struct cli {
    out_format format;
    unsigned render_flags; /* NP_RENDER_FRAGMENT, NP_RENDER_FURNITURE */
    int width;             /* text: columns; 0 = the library's default */
    const char *encoding;  /* --encoding; NULL: UTF-8, or GB18030 when not UTF-8 */
    const char *output;    /* -o; NULL or "-": standard output */
    FILE *out;
    unsigned parse_flags;  /* NP_OPT_REPLACE_INVALID */
    bool wrap;             /* jsonl with several files: {"file":NAME,"node":...} */
    bool progress;         /* show [i/n] name on stderr */
    bool progress_shown;   /* a progress line is on the terminal now */
    const char *name;      /* the page being parsed, as shown in messages */
    bool write_failed;     /* the output refused bytes; errno is in write_errno */
    int write_errno;
    char *chunk;           /* CHUNK_SIZE bytes for reading */
    const char *trace_path; /* --trace FILE; NULL: no trace */
    FILE *trace;
    bool trace_failed;     /* writing the trace failed */
    bool trace_names;      /* several pages: each trace line names its file */
} cli;

typedef enum read_result {
    READ_OK,
    READ_PARSE_ERROR,   /* the parser's error says why */
    READ_IO_ERROR,      /* errno says why */
    READ_CONVERT_ERROR, /* the conversion's status says why */
    READ_NOMEM
} read_result;

static const char usage_text[] =
    "usage: newsparse [OPTION]... [FILE]...\n"
    "Parse the plain text of printed Chinese newspaper pages into document trees.\n"
    "With no FILE, or when FILE is -, read standard input.  Several pages are\n"
    "written one after another.\n"
    "\n"
    "  -f, --format FORMAT  what to write (default json):\n"
    "                         json      one pretty newsparse-json/1 document per page\n"
    "                         jsonl     one compact JSON line per article, page figure,\n"
    "                                   credit or furniture line, as soon as it is parsed\n"
    "                                   (several files: {\"file\":NAME,\"node\":...})\n"
    "                         html      an HTML5 document per page\n"
    "                         markdown  CommonMark\n"
    "                         text      plain text wrapped at --width columns\n"
    "                         outline   an indented tree for people\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "  -e, --encoding NAME  the input's encoding: GB18030, GBK, BIG5, UTF-8, ...\n"
    "                       (default: UTF-8, or GB18030 for input that is not\n"
    "                       UTF-8 and converts cleanly from GB18030)\n"
    "  -w, --width N        text: wrap at N display columns, CJK counting two\n"
    "                       (8 to 1000000, default 72)\n"
    "      --fragment       html: the body content only, no <html> or <head>\n"
    "      --furniture      html, markdown, text: include page furniture (page\n"
    "                       numbers, dates, editor lines, jump lines)\n"
    "      --trace FILE     write one JSON line per non-empty input line to FILE:\n"
    "                       {\"line\":N,\"reading\":...,\"by\":RULE,...} (see man page)\n"
    "      --replace-invalid  replace invalid UTF-8 and NUL bytes with U+FFFD\n"
    "                       instead of failing; json marks the nodes that\n"
    "                       hold one \"replaced\": true\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n"
    "\n"
    "Exit status: 0 on success, 1 if a page could not be read, converted or\n"
    "parsed or the output could not be written, 2 on a usage error.\n";

/* ------------------------------------------------------------------ */
/* Messages                                                             */
/* ------------------------------------------------------------------ */

/* Removes the progress line so that a message starts on a clean line. */
static void clear_progress(cli *c)
{
    if (c->progress_shown) {
        fputs("\r\033[K", stderr);
        c->progress_shown = false;
    }
}

static void diag(cli *c, const char *fmt, ...)
{
    clear_progress(c);
    va_list ap;
    va_start(ap, fmt);
    fputs("newsparse: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static void show_progress(cli *c, int i, int n, const char *name)
{
    if (!c->progress)
        return;
    fprintf(stderr, "\r[%d/%d] %s\033[K", i, n, name);
    fflush(stderr);
    c->progress_shown = true;
}

/* ------------------------------------------------------------------ */
/* Output                                                               */
/* ------------------------------------------------------------------ */

static int write_out(const char *data, size_t len, void *userdata)
{
    cli *c = userdata;
    if (c->write_failed)
        return 1;
    if (len > 0 && fwrite(data, 1, len, c->out) != len) {
        c->write_failed = true;
        c->write_errno = errno;
        return 1;
    }
    return 0;
}

static bool write_str(cli *c, const char *s)
{
    return write_out(s, strlen(s), c) == 0;
}

/* A JSON string for a file name; bytes above 0x7f go through unchanged. */
static bool write_json_string(cli *c, const char *s)
{
    bool ok = write_str(c, "\"");
    for (const char *p = s; ok && *p != '\0'; p++) {
        unsigned char ch = (unsigned char)*p;
        char esc[8];
        if (ch == '"' || ch == '\\') {
            snprintf(esc, sizeof esc, "\\%c", ch);
            ok = write_str(c, esc);
        } else if (ch < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)ch);
            ok = write_str(c, esc);
        } else {
            ok = write_out(p, 1, c) == 0;
        }
    }
    return ok && write_str(c, "\"");
}

static bool flush_out(cli *c)
{
    if (c->write_failed)
        return false;
    if (fflush(c->out) != 0 || ferror(c->out)) {
        c->write_failed = true;
        c->write_errno = errno;
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* JSON Lines: one line per top-level node, as the parser decides it      */
/* ------------------------------------------------------------------ */

static bool emit_jsonl(cli *c, const np_node *node)
{
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = NP_RENDER_COMPACT;
    if (c->wrap && !(write_str(c, "{\"file\":") && write_json_string(c, c->name) &&
                     write_str(c, ",\"node\":")))
        return false;
    if (np_render(node, NP_FORMAT_JSON, &ro, write_out, c) != NP_OK)
        return false;
    if (c->wrap && !write_str(c, "}"))
        return false;
    /* Flushing each line is what makes the output stream through a pipe. */
    return write_str(c, "\n") && flush_out(c);
}

static int on_event(np_event_type event, const np_node *node, void *userdata)
{
    if (event != NP_EVENT_EXIT || np_node_get_type(np_node_parent(node)) != NP_NODE_DOCUMENT)
        return 0;
    return emit_jsonl(userdata, node) ? 0 : 1;
}

/* ------------------------------------------------------------------ */
/* Reading and converting one page                                      */
/* ------------------------------------------------------------------ */

static bool is_utf8_name(const char *name)
{
    static const char *const names[] = {"UTF-8", "UTF8", "utf-8", "utf8"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return true;
    return false;
}

/* A growable buffer for a whole input. */
typedef struct whole {
    char *data;
    size_t len;
    size_t cap;
} whole;

static bool whole_append(whole *w, const char *s, size_t len)
{
    if (len == 0)
        return true;
    if (len > SIZE_MAX - w->len)
        return false;
    if (w->data == NULL || w->len + len > w->cap) {
        size_t cap = w->cap < CHUNK_SIZE ? CHUNK_SIZE : w->cap;
        while (cap < w->len + len)
            cap = cap > SIZE_MAX / 2 ? w->len + len : cap * 2;
        char *d = realloc(w->data, cap);
        if (d == NULL)
            return false;
        w->data = d;
        w->cap = cap;
    }
    memcpy(w->data + w->len, s, len);
    w->len += len;
    return true;
}

/* Appends the rest of in to w. */
static read_result read_rest(cli *c, FILE *in, whole *w)
{
    for (;;) {
        size_t n = fread(c->chunk, 1, CHUNK_SIZE, in);
        if (n > 0 && !whole_append(w, c->chunk, n))
            return READ_NOMEM;
        if (n < CHUNK_SIZE)
            break;
    }
    return ferror(in) ? READ_IO_ERROR : READ_OK;
}

static read_result feed_stream(cli *c, np_parser *p, FILE *in)
{
    for (;;) {
        size_t n = fread(c->chunk, 1, CHUNK_SIZE, in);
        if (n > 0 && np_parser_feed(p, c->chunk, n) != NP_OK)
            return READ_PARSE_ERROR;
        if (n < CHUNK_SIZE)
            break;
    }
    return ferror(in) ? READ_IO_ERROR : READ_OK;
}

/* Converts w from encoding and feeds the result; *cerr receives a conversion
 * failure and its place. */
static read_result feed_converted(np_parser *p, const char *encoding, const whole *w,
                                  np_error *cerr)
{
    char *utf8;
    size_t len;
    np_status st = np_convert(encoding, w->data, w->len, &utf8, &len, cerr);
    if (st == NP_ERR_NOMEM)
        return READ_NOMEM;
    if (st != NP_OK)
        return READ_CONVERT_ERROR;
    np_status fs = np_parser_feed(p, utf8, len);
    np_free(utf8);
    return fs == NP_OK ? READ_OK : READ_PARSE_ERROR;
}

/*
 * Feeds the page to the parser, converting it as --encoding says or as
 * detection finds; *encoding receives the encoding used, *st a conversion
 * failure.
 */
static read_result feed_input(cli *c, np_parser *p, FILE *in, const char **encoding,
                              np_error *cerr)
{
    *encoding = c->encoding != NULL ? c->encoding : "UTF-8";
    if (c->encoding != NULL && is_utf8_name(c->encoding))
        return feed_stream(c, p, in);
    whole w = {NULL, 0, 0};
    read_result r = READ_OK;
    if (c->encoding == NULL) {
        /*
         * Detection looks at the first chunk only (DETECT_PREFIX), so that
         * memory stays bounded: UTF-8, and what is neither UTF-8 nor
         * another encoding, is streamed as it comes (the parser then says
         * where the UTF-8 breaks); another encoding is read whole and
         * converted.
         */
        size_t n = fread(c->chunk, 1, DETECT_PREFIX, in);
        if (ferror(in))
            return READ_IO_ERROR;
        const char *enc = np_detect_encoding(c->chunk, n);
        if (enc == NULL || strcmp(enc, "UTF-8") == 0) {
            if (n > 0 && np_parser_feed(p, c->chunk, n) != NP_OK)
                return READ_PARSE_ERROR;
            return n == DETECT_PREFIX ? feed_stream(c, p, in) : READ_OK;
        }
        *encoding = enc;
        if (!whole_append(&w, c->chunk, n))
            r = READ_NOMEM;
        else if (n == DETECT_PREFIX)
            r = read_rest(c, in, &w);
    } else {
        r = read_rest(c, in, &w);
    }
    if (r == READ_OK) {
        if (is_utf8_name(*encoding))
            r = np_parser_feed(p, w.data != NULL ? w.data : "", w.len) == NP_OK ? READ_OK
                                                                            : READ_PARSE_ERROR;
        else
            r = feed_converted(p, *encoding, &w, cerr);
    }
    free(w.data);
    return r;
}

/* ------------------------------------------------------------------ */
/* Parsing and rendering one page                                       */
/* ------------------------------------------------------------------ */

static void report_parse_error(cli *c, const np_parser *p)
{
    const np_error *e = np_parser_error(p);
    const char *msg = e->message[0] != '\0' ? e->message : np_status_string(e->status);
    clear_progress(c);
    if (e->line > 0 && e->column > 0)
        fprintf(stderr, "%s:%zu:%zu: %s (byte %llu)\n", c->name, e->line, e->column, msg,
                (unsigned long long)e->offset);
    else if (e->line > 0)
        fprintf(stderr, "%s:%zu: %s (byte %llu)\n", c->name, e->line, msg,
                (unsigned long long)e->offset);
    else
        fprintf(stderr, "%s: %s\n", c->name, msg);
}

static np_format library_format(out_format f)
{
    switch (f) {
    case OUT_HTML:
        return NP_FORMAT_HTML;
    case OUT_MARKDOWN:
        return NP_FORMAT_MARKDOWN;
    case OUT_TEXT:
        return NP_FORMAT_TEXT;
    case OUT_OUTLINE:
        return NP_FORMAT_OUTLINE;
    case OUT_JSON:
    case OUT_JSONL:
        break;
    }
    return NP_FORMAT_JSON;
}

static bool render_document(cli *c, const np_node *doc)
{
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = c->render_flags;
    if (c->width > 0)
        ro.width = c->width;
    np_status st = np_render(doc, library_format(c->format), &ro, write_out, c);
    if (st != NP_OK && !c->write_failed)
        diag(c, "%s: cannot render: %s", c->name, np_status_string(st));
    return st == NP_OK;
}

/* A JSON string of s (file names may hold anything). */
static void trace_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7f)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

/* One trace line: where, what it was read as, and which rule said so. */
static void on_trace(const np_trace *t, void *userdata)
{
    cli *c = userdata;
    FILE *f = c->trace;
    fputc('{', f);
    if (c->trace_names) {
        fputs("\"file\":", f);
        trace_string(f, c->name);
        fputc(',', f);
    }
    fprintf(f, "\"line\":%zu,\"offset\":%llu,\"reading\":\"%s\",\"by\":\"%s\"", t->line,
            (unsigned long long)t->offset, t->reading, t->by);
    if (t->second_by)
        fprintf(f, ",\"second_by\":\"%s\"", t->second_by);
    if (t->alternative)
        fprintf(f, ",\"alternative\":\"%s\"", t->alternative);
    fprintf(f, ",\"shape\":\"%s\",\"features\":\"%s\"}\n", t->shape, t->features);
    if (ferror(f))
        c->trace_failed = true;
}

static np_parser *new_parser(cli *c)
{
    np_options opts;
    np_options_init(&opts);
    opts.flags |= c->parse_flags;
    if (c->format == OUT_JSONL) {
        opts.flags |= NP_OPT_NO_TREE;
        opts.on_event = on_event;
        opts.userdata = c;
    }
    if (c->trace) {
        opts.on_trace = on_trace;
        opts.trace_userdata = c;
    }
    return np_parser_new(&opts);
}

static void report_read_error(cli *c, const np_parser *p, read_result r, int saved_errno,
                              const char *encoding, const np_error *cerr)
{
    switch (r) {
    case READ_OK:
        break;
    case READ_PARSE_ERROR:
        /* A refused write surfaces as a callback error: main reports it once. */
        if (!c->write_failed)
            report_parse_error(c, p);
        break;
    case READ_IO_ERROR:
        diag(c, "%s: %s", c->name, strerror(saved_errno));
        break;
    case READ_CONVERT_ERROR:
        if (cerr->status == NP_ERR_ARGUMENT)
            diag(c, "%s: unknown encoding %s", c->name, encoding);
        else if (cerr->line > 0)
            diag(c, "%s:%zu:%zu: %s (byte %llu)", c->name, cerr->line, cerr->column,
                 cerr->message, (unsigned long long)cerr->offset);
        else
            diag(c, "%s: not valid %s: %s", c->name, encoding, np_status_string(cerr->status));
        break;
    case READ_NOMEM:
        diag(c, "%s: %s", c->name, np_status_string(NP_ERR_NOMEM));
        break;
    }
}

/* Returns whether the page was parsed and written. */
static bool parse_stream(cli *c, FILE *in)
{
    np_parser *p = new_parser(c);
    if (p == NULL) {
        diag(c, "%s: %s", c->name, np_status_string(NP_ERR_NOMEM));
        return false;
    }
    const char *encoding = "UTF-8";
    np_error cerr = {.status = NP_OK};
    read_result r = feed_input(c, p, in, &encoding, &cerr);
    int saved_errno = r == READ_IO_ERROR ? errno : 0;
    np_node *doc = NULL;
    if (r == READ_OK && np_parser_finish(p, c->format == OUT_JSONL ? NULL : &doc) != NP_OK)
        r = READ_PARSE_ERROR;
    report_read_error(c, p, r, saved_errno, encoding, &cerr);
    np_parser_free(p);
    bool ok = r == READ_OK;
    if (ok && doc != NULL)
        ok = render_document(c, doc);
    np_document_free(doc);
    return ok;
}

static bool parse_path(cli *c, const char *path)
{
    if (strcmp(path, "-") == 0) {
        c->name = "<stdin>";
        return parse_stream(c, stdin);
    }
    c->name = path;
    FILE *in = fopen(path, "rb");
    if (in == NULL) {
        diag(c, "%s: %s", path, strerror(errno));
        return false;
    }
    bool ok = parse_stream(c, in);
    fclose(in);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Command line                                                         */
/* ------------------------------------------------------------------ */

static int usage_error(const char *problem, const char *arg)
{
    fprintf(stderr, "newsparse: %s %s\nTry 'newsparse --help' for more information.\n", problem,
            arg);
    return EXIT_USAGE;
}

static bool parse_format(const char *s, out_format *f)
{
    static const struct {
        const char *name;
        out_format format;
    } formats[] = {{"json", OUT_JSON},         {"jsonl", OUT_JSONL}, {"html", OUT_HTML},
                   {"markdown", OUT_MARKDOWN}, {"md", OUT_MARKDOWN}, {"text", OUT_TEXT},
                   {"txt", OUT_TEXT},          {"outline", OUT_OUTLINE}};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        if (strcmp(s, formats[i].name) == 0) {
            *f = formats[i].format;
            return true;
        }
    }
    return false;
}

static bool parse_width(const char *s, int *width)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end != '\0' || errno != 0 || v < MIN_WIDTH || v > MAX_WIDTH)
        return false;
    *width = (int)v;
    return true;
}

/* Whether the system can convert from name: a one-byte probe tells an
 * unknown encoding (NP_ERR_ARGUMENT) from a byte it cannot convert. */
static bool encoding_known(const char *name)
{
    char *out;
    np_status st = np_convert_to_utf8(name, "\n", 1, &out, NULL);
    np_free(out);
    return st != NP_ERR_ARGUMENT;
}

/* stdout is checked at exit too: a full disk may only show at the last flush. */
static int print_and_exit_status(const char *text)
{
    if (fputs(text, stdout) == EOF || fflush(stdout) != 0) {
        fprintf(stderr, "newsparse: write error: %s\n", strerror(errno));
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}

typedef enum option_id {
    OPT_NONE,
    OPT_FORMAT,
    OPT_OUTPUT,
    OPT_ENCODING,
    OPT_WIDTH,
    OPT_FRAGMENT,
    OPT_FURNITURE,
    OPT_REPLACE,
    OPT_TRACE,
    OPT_HELP,
    OPT_VERSION
} option_id;

static const struct option_spec {
    option_id id;
    char short_name;
    const char *long_name;
    bool has_value;
} option_specs[] = {
    {OPT_FORMAT, 'f', "format", true},        {OPT_OUTPUT, 'o', "output", true},
    {OPT_ENCODING, 'e', "encoding", true},    {OPT_WIDTH, 'w', "width", true},
    {OPT_FRAGMENT, '\0', "fragment", false},  {OPT_FURNITURE, '\0', "furniture", false},
    {OPT_REPLACE, '\0', "replace-invalid", false}, {OPT_TRACE, '\0', "trace", true},
    {OPT_HELP, 'h', "help", false},           {OPT_VERSION, 'V', "version", false},
};

/*
 * Finds the option argv[*i] names and its value (--name=VALUE, --name
 * VALUE, -xVALUE, -x VALUE), advancing *i past a separate value.  Returns
 * NULL, after printing why, for an unknown option or a missing value.
 */
static const struct option_spec *find_option(int argc, char **argv, int *i, const char **value)
{
    const char *a = argv[*i];
    const char *inline_value = NULL;
    const struct option_spec *spec = NULL;
    size_t count = sizeof option_specs / sizeof option_specs[0];
    if (a[1] == '-') {
        const char *name = a + 2;
        const char *eq = strchr(name, '=');
        size_t len = eq != NULL ? (size_t)(eq - name) : strlen(name);
        for (size_t k = 0; k < count && spec == NULL; k++)
            if (strlen(option_specs[k].long_name) == len &&
                strncmp(option_specs[k].long_name, name, len) == 0)
                spec = &option_specs[k];
        if (spec != NULL && eq != NULL) {
            if (!spec->has_value) {
                usage_error("option takes no value:", a);
                return NULL;
            }
            inline_value = eq + 1;
        }
    } else {
        for (size_t k = 0; k < count && spec == NULL; k++)
            if (option_specs[k].short_name == a[1])
                spec = &option_specs[k];
        if (spec != NULL && a[2] != '\0') {
            if (!spec->has_value) {
                usage_error("unknown option", a);
                return NULL;
            }
            inline_value = a + 2;
        }
    }
    if (spec == NULL) {
        usage_error("unknown option", a);
        return NULL;
    }
    *value = inline_value;
    if (spec->has_value && inline_value == NULL) {
        if (*i + 1 >= argc) {
            usage_error("missing value for", a);
            return NULL;
        }
        *value = argv[++*i];
    }
    return spec;
}

/* Applies one option; returns -1 to go on, or an exit status. */
static int apply_option(cli *c, const struct option_spec *spec, const char *value)
{
    /* find_option gives every option that takes a value its value. */
    const char *v = value != NULL ? value : "";
    switch (spec->id) {
    case OPT_FORMAT:
        if (!parse_format(v, &c->format))
            return usage_error("unknown format", v);
        break;
    case OPT_OUTPUT:
        c->output = v;
        break;
    case OPT_ENCODING:
        if (strcmp(v, "auto") == 0)
            c->encoding = NULL;
        else if (!encoding_known(v))
            return usage_error("unknown encoding", v);
        else
            c->encoding = v;
        break;
    case OPT_WIDTH:
        if (!parse_width(v, &c->width))
            return usage_error("width must be a number from 8 to 1000000, not", v);
        break;
    case OPT_FRAGMENT:
        c->render_flags |= NP_RENDER_FRAGMENT;
        break;
    case OPT_FURNITURE:
        c->render_flags |= NP_RENDER_FURNITURE;
        break;
    case OPT_REPLACE:
        c->parse_flags |= NP_OPT_REPLACE_INVALID;
        break;
    case OPT_TRACE:
        c->trace_path = v;
        break;
    case OPT_HELP:
        return print_and_exit_status(usage_text);
    case OPT_VERSION: {
        char line[64];
        snprintf(line, sizeof line, "newsparse %s\n", np_version_string());
        return print_and_exit_status(line);
    }
    case OPT_NONE:
        break;
    }
    return -1;
}

/*
 * Reads the options into c; returns -1 to go on with the files from
 * argv[*first], or an exit status.  Options stop at the first operand.
 */
static int parse_args(int argc, char **argv, cli *c, int *first)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || a[1] == '\0')
            break;
        const char *value = NULL;
        const struct option_spec *spec = find_option(argc, argv, &i, &value);
        if (spec == NULL)
            return EXIT_USAGE;
        int status = apply_option(c, spec, value);
        if (status >= 0)
            return status;
    }
    *first = i;
    return -1;
}

static bool open_output(cli *c)
{
    if (c->output == NULL || strcmp(c->output, "-") == 0) {
        c->out = stdout;
        return true;
    }
    c->out = fopen(c->output, "wb");
    if (c->out == NULL) {
        diag(c, "%s: %s", c->output, strerror(errno));
        return false;
    }
    return true;
}

/* Closes the output; a full disk may only show here. */
static bool close_output(cli *c)
{
    int rc = fclose(c->out);
    c->out = NULL;
    if (rc != 0 && !c->write_failed) {
        c->write_failed = true;
        c->write_errno = errno;
    }
    return rc == 0;
}

static int run(cli *c, int nfiles, char **files)
{
    bool ok = true;
    c->wrap = c->format == OUT_JSONL && nfiles > 1;
    /* Progress only where someone watches it and it does not mix with the output. */
    c->progress = nfiles > 1 && isatty(fileno(stderr)) &&
                  (c->out != stdout || !isatty(fileno(stdout)));
    if (nfiles == 0)
        ok = parse_path(c, "-");
    for (int i = 0; i < nfiles && !c->write_failed; i++) {
        show_progress(c, i + 1, nfiles, files[i]);
        ok = parse_path(c, files[i]) && ok;
    }
    clear_progress(c);
    if (!c->write_failed)
        flush_out(c);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}

int main(int argc, char **argv)
{
    cli c;
    memset(&c, 0, sizeof c);
    c.format = OUT_JSON;
    c.name = "<stdin>";
    int first = argc;
    int status = parse_args(argc, argv, &c, &first);
    if (status >= 0)
        return status;
    c.chunk = malloc(CHUNK_SIZE);
    if (c.chunk == NULL) {
        fprintf(stderr, "newsparse: %s\n", np_status_string(NP_ERR_NOMEM));
        return EXIT_FAILURE;
    }
    if (!open_output(&c)) {
        free(c.chunk);
        return EXIT_FAILURE;
    }
    if (c.trace_path != NULL) {
        c.trace = strcmp(c.trace_path, "-") == 0 ? stderr : fopen(c.trace_path, "w");
        if (c.trace == NULL) {
            diag(&c, "%s: %s", c.trace_path, strerror(errno));
            free(c.chunk);
            close_output(&c);
            return EXIT_FAILURE;
        }
        c.trace_names = argc - first > 1;
    }
    status = run(&c, argc - first, argv + first);
    if (c.trace != NULL && c.trace != stderr && fclose(c.trace) != 0)
        c.trace_failed = true;
    if (c.trace_failed) {
        diag(&c, "%s: write error", c.trace_path);
        status = EXIT_FAILURE;
    }
    free(c.chunk);
    close_output(&c);
    if (c.write_failed) {
        diag(&c, "%s: write error: %s", c.output != NULL ? c.output : "<stdout>",
             strerror(c.write_errno));
        status = EXIT_FAILURE;
    }
    return status;
}
