/*
 * newsparse - parse printed Chinese newspaper pages into document trees.
 *
 *     newsparse [--format json|jsonl|outline] [FILE...]
 *
 * Exit status: 0 on success, 1 when a page could not be parsed or read or
 * the output could not be written, 2 on a usage error.  A page that fails
 * does not stop the others (except after a write error: there is no point
 * in going on).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsparse.h"

#define CHUNK_SIZE ((size_t)64 << 10)

enum { EXIT_USAGE = 2 };

typedef enum out_format { OUT_JSON, OUT_JSONL, OUT_OUTLINE } out_format;

typedef struct cli {
    out_format format;
    bool wrap;         /* jsonl with several files: {"file":NAME,"node":...} */
    const char *name;  /* the page being parsed, as shown in messages */
    bool write_failed; /* stdout refused output; errno is in write_errno */
    int write_errno;
    char *chunk;       /* CHUNK_SIZE bytes for reading */
} cli;

typedef enum read_result { READ_OK, READ_PARSE_ERROR, READ_IO_ERROR } read_result;

static const char usage_text[] =
    "usage: newsparse [--format json|jsonl|outline] [FILE...]\n"
    "Parse the plain text of printed Chinese newspaper pages into document trees.\n"
    "With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  --format json     one pretty newsparse-json/1 document per page (default)\n"
    "  --format jsonl    one compact JSON line per article, page figure, credit or\n"
    "                    furniture line, written as soon as it is parsed\n"
    "  --format outline  an indented tree for people\n"
    "  --help            show this help and exit\n"
    "  --version         show the version and exit\n";

/* ------------------------------------------------------------------ */
/* Output                                                               */
/* ------------------------------------------------------------------ */

static int write_stdout(const char *data, size_t len, void *userdata)
{
    cli *c = userdata;
    if (c->write_failed)
        return 1;
    if (len > 0 && fwrite(data, 1, len, stdout) != len) {
        c->write_failed = true;
        c->write_errno = errno;
        return 1;
    }
    return 0;
}

static bool write_str(cli *c, const char *s)
{
    return write_stdout(s, strlen(s), c) == 0;
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
            ok = write_stdout(p, 1, c) == 0;
        }
    }
    return ok && write_str(c, "\"");
}

static bool flush_stdout(cli *c)
{
    if (c->write_failed)
        return false;
    if (fflush(stdout) != 0 || ferror(stdout)) {
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
    if (np_render(node, NP_FORMAT_JSON, &ro, write_stdout, c) != NP_OK)
        return false;
    if (c->wrap && !write_str(c, "}"))
        return false;
    /* Flushing each line is what makes the output stream through a pipe. */
    return write_str(c, "\n") && flush_stdout(c);
}

static int on_event(np_event_type event, const np_node *node, void *userdata)
{
    if (event != NP_EVENT_EXIT || np_node_get_type(np_node_parent(node)) != NP_NODE_DOCUMENT)
        return 0;
    return emit_jsonl(userdata, node) ? 0 : 1;
}

/* ------------------------------------------------------------------ */
/* Parsing one page                                                     */
/* ------------------------------------------------------------------ */

static void report_parse_error(const cli *c, const np_parser *p)
{
    const np_error *e = np_parser_error(p);
    const char *msg = e->message[0] != '\0' ? e->message : np_status_string(e->status);
    if (e->line > 0)
        fprintf(stderr, "%s:%zu: %s (byte %llu)\n", c->name, e->line, msg,
                (unsigned long long)e->offset);
    else
        fprintf(stderr, "%s: %s\n", c->name, msg);
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

static bool render_document(cli *c, const np_node *doc)
{
    np_format f = c->format == OUT_OUTLINE ? NP_FORMAT_OUTLINE : NP_FORMAT_JSON;
    np_status st = np_render(doc, f, NULL, write_stdout, c);
    if (st != NP_OK && !c->write_failed)
        fprintf(stderr, "%s: cannot render: %s\n", c->name, np_status_string(st));
    return st == NP_OK;
}

static np_parser *new_parser(cli *c)
{
    np_options opts;
    np_options_init(&opts);
    if (c->format == OUT_JSONL) {
        opts.flags |= NP_OPT_NO_TREE;
        opts.on_event = on_event;
        opts.userdata = c;
    }
    return np_parser_new(&opts);
}

/* Returns whether the page was parsed and written. */
static bool parse_stream(cli *c, FILE *in)
{
    np_parser *p = new_parser(c);
    if (p == NULL) {
        fprintf(stderr, "newsparse: %s: %s\n", c->name, np_status_string(NP_ERR_NOMEM));
        return false;
    }
    int saved_errno = 0;
    read_result r = feed_stream(c, p, in);
    if (r == READ_IO_ERROR)
        saved_errno = errno;
    np_node *doc = NULL;
    if (r == READ_OK && np_parser_finish(p, c->format == OUT_JSONL ? NULL : &doc) != NP_OK)
        r = READ_PARSE_ERROR;
    /* A refused write surfaces as a callback error: it is reported once, by main. */
    if (r == READ_PARSE_ERROR && !c->write_failed)
        report_parse_error(c, p);
    else if (r == READ_IO_ERROR)
        fprintf(stderr, "newsparse: %s: %s\n", c->name, strerror(saved_errno));
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
        fprintf(stderr, "newsparse: %s: %s\n", path, strerror(errno));
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
    fprintf(stderr, "newsparse: %s %s\n%s", problem, arg, usage_text);
    return EXIT_USAGE;
}

static bool parse_format(const char *s, out_format *f)
{
    static const struct {
        const char *name;
        out_format format;
    } formats[] = {{"json", OUT_JSON}, {"jsonl", OUT_JSONL}, {"outline", OUT_OUTLINE}};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        if (strcmp(s, formats[i].name) == 0) {
            *f = formats[i].format;
            return true;
        }
    }
    return false;
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

/*
 * Reads the options into c; returns -1 to go on with the files from
 * argv[*first], or an exit status.
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
        if (strcmp(a, "--help") == 0)
            return print_and_exit_status(usage_text);
        if (strcmp(a, "--version") == 0) {
            char line[64];
            snprintf(line, sizeof line, "newsparse %s\n", np_version_string());
            return print_and_exit_status(line);
        }
        const char *value = NULL;
        if (strcmp(a, "--format") == 0) {
            if (i + 1 >= argc)
                return usage_error("missing value for", a);
            value = argv[++i];
        } else if (strncmp(a, "--format=", 9) == 0) {
            value = a + 9;
        } else {
            return usage_error("unknown option", a);
        }
        if (!parse_format(value, &c->format))
            return usage_error("unknown format", value);
    }
    *first = i;
    return -1;
}

static int run(cli *c, int nfiles, char **files)
{
    bool ok = true;
    c->wrap = c->format == OUT_JSONL && nfiles > 1;
    if (nfiles == 0)
        ok = parse_path(c, "-");
    for (int i = 0; i < nfiles && !c->write_failed; i++)
        ok = parse_path(c, files[i]) && ok;
    if (!c->write_failed)
        flush_stdout(c);
    if (c->write_failed) {
        fprintf(stderr, "newsparse: write error: %s\n", strerror(c->write_errno));
        return EXIT_FAILURE;
    }
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}

int main(int argc, char **argv)
{
    cli c = {OUT_JSON, false, "<stdin>", false, 0, NULL};
    int first = argc;
    int status = parse_args(argc, argv, &c, &first);
    if (status >= 0)
        return status;
    c.chunk = malloc(CHUNK_SIZE);
    if (c.chunk == NULL) {
        fprintf(stderr, "newsparse: %s\n", np_status_string(NP_ERR_NOMEM));
        return EXIT_FAILURE;
    }
    status = run(&c, argc - first, argv + first);
    free(c.chunk);
    if (fclose(stdout) != 0 && status == EXIT_SUCCESS) {
        fprintf(stderr, "newsparse: write error: %s\n", strerror(errno));
        status = EXIT_FAILURE;
    }
    return status;
}
