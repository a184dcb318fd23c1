/*
 * page.c - one page: open it, feed it to a parser of its own, render the
 * tree (or, for jsonl, each top-level node as the parser decides it), and
 * say what failed.  Runs on the main thread with -j 1 and on a worker
 * with -j N; it touches nothing but its cli_page, so messages are kept in
 * pg->failure and printed in input order by the main thread.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <sys/stat.h>
#endif

const char *cli_errno_text(int err, char *buf, size_t size)
{
#ifdef _WIN32
    strerror_s(buf, size, err);
#else
    if (strerror_r(err, buf, size) != 0)
        snprintf(buf, size, "error %d", err);
#endif
    return buf;
}

static void fail_errno(cli_page *pg, int err)
{
    char buf[128];
    cli_page_fail(pg, "%s", cli_errno_text(err, buf, sizeof buf));
}

/* The output refused bytes.  The run's stream is reported once, by the
 * main thread, when it stops the run; a file under --output-dir is this
 * page's failure. */
static void fail_write(cli_page *pg)
{
    char buf[128];
    const char *why = cli_errno_text(pg->out->err, buf, sizeof buf);
    if (pg->out_shared)
        cli_page_fail(pg, "write error: %s", why);
    else if (pg->out->path != NULL)
        cli_page_fail(pg, "%s: %s", pg->out->path, why);
    else
        cli_page_fail(pg, "%s", why);
}

static void fail_parse(cli_page *pg, const np_parser *p)
{
    const np_error *e = np_parser_error(p);
    const char *msg = e->message[0] != '\0' ? e->message : np_status_string(e->status);
    cli_page_fail(pg, "%s", msg);
    pg->failure.line = e->line;
    pg->failure.offset = e->offset;
    pg->failure.column = e->column;
}

static int on_event(np_event_type event, const np_node *node, void *userdata)
{
    if (event != NP_EVENT_EXIT || np_node_get_type(np_node_parent(node)) != NP_NODE_DOCUMENT)
        return 0;
    return cli_emit_jsonl(userdata, node) ? 0 : 1;
}

static np_parser *new_parser(cli_page *pg)
{
    np_options opts;
    np_options_init(&opts);
    opts.flags |= pg->cfg->parse_flags;
    if (pg->cfg->format == OUT_JSONL && pg->keep == NULL) {
        opts.flags |= NP_OPT_NO_TREE;
        opts.on_event = on_event;
        opts.userdata = pg;
    }
    if (pg->trace != NULL) {
        opts.on_trace = cli_on_trace;
        opts.trace_userdata = pg;
    }
    np_parser *p = np_parser_new(&opts);
    /* before any input, in range (options.c): only memory can fail it */
    if (p != NULL && np_parser_set_window(p, (size_t)pg->cfg->window) != NP_OK) {
        np_parser_free(p);
        return NULL;
    }
    return p;
}

static void fail_read(cli_page *pg, const np_parser *p, read_result r, int saved_errno,
                      const char *encoding, const np_error *cerr)
{
    switch (r) {
    case READ_OK:
        break;
    case READ_PARSE_ERROR:
        /* A refused write surfaces as a callback error: said as a write error. */
        if (pg->write_failed)
            fail_write(pg);
        else
            fail_parse(pg, p);
        break;
    case READ_IO_ERROR:
        fail_errno(pg, saved_errno);
        break;
    case READ_CONVERT_ERROR:
        if (cerr->status == NP_ERR_ARGUMENT)
            cli_page_fail(pg, "unknown encoding %s", encoding);
        else
        {
            if (cerr->message[0] != '\0')
                cli_page_fail(pg, "%s", cerr->message);
            else
                cli_page_fail(pg, "not valid %s: %s", encoding, np_status_string(cerr->status));
            pg->failure.line = cerr->line;
            pg->failure.column = cerr->column;
            pg->failure.offset = cerr->offset;
        }
        break;
    case READ_NOMEM:
        cli_page_fail(pg, "%s", np_status_string(NP_ERR_NOMEM));
        break;
    }
}

/* Parses in and renders it; false after pg->failure is set. */
static bool parse_stream(cli_page *pg, FILE *in)
{
    np_parser *p = new_parser(pg);
    if (p == NULL) {
        cli_page_fail(pg, "%s", np_status_string(NP_ERR_NOMEM));
        return false;
    }
    const char *encoding = "UTF-8";
    np_error cerr = {.status = NP_OK};
    read_result r = cli_feed_input(pg, p, in, &encoding, &cerr);
    int saved_errno = r == READ_IO_ERROR ? errno : 0;
    np_node *doc = NULL;
    bool jsonl = pg->cfg->format == OUT_JSONL && pg->keep == NULL;
    if (r == READ_OK && np_parser_finish(p, jsonl ? NULL : &doc) != NP_OK)
        r = READ_PARSE_ERROR;
    fail_read(pg, p, r, saved_errno, encoding, &cerr);
    np_parser_free(p);
    if (pg->keep != NULL) {
        *pg->keep = doc;
        return r == READ_OK;
    }
    bool ok = r == READ_OK && (doc == NULL || cli_render_document(pg, doc));
    if (!ok && pg->ok) /* a refused write while rendering */
        fail_write(pg);
    np_document_free(doc);
    return ok;
}

/* Whether writing to path would overwrite the page itself (--output-dir
 * the page's own folder with -f text). */
static bool is_same_file(FILE *in, const char *path)
{
#ifndef _WIN32
    struct stat a, b;
    return fstat(fileno(in), &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
#else
    (void)in;
    (void)path;
    return false;
#endif
}

/* Opens the page, and under --output-dir names its output. */
static FILE *open_page(cli_page *pg)
{
    if (pg->cfg->output_dir != NULL && (pg->out->path = cli_output_path(pg)) == NULL)
        return NULL; /* standard input, or a path that cannot be mirrored */
    if (strcmp(pg->input->name, "-") == 0)
        return stdin;
    FILE *in = fopen(pg->input->name, "rb");
    if (in == NULL) {
        fail_errno(pg, errno);
        return NULL;
    }
    if (pg->out->path != NULL && is_same_file(in, pg->out->path)) {
        cli_page_fail(pg, "%s would overwrite the page", pg->out->path);
        fclose(in);
        return NULL;
    }
    return in;
}

void cli_page_run(cli_page *pg)
{
    pg->ok = true;
    pg->write_failed = false;
    pg->bytes = 0;
    pg->articles = 0;
    pg->skip = 0;
    memset(&pg->failure, 0, sizeof pg->failure);
    if (pg->cfg->output_dir != NULL)
        pg->out->failed = false;
    pg->name = strcmp(pg->input->name, "-") == 0 ? "<stdin>" : pg->input->name;
    FILE *in = open_page(pg);
    if (in != NULL) {
        parse_stream(pg, in);
        if (in != stdin)
            fclose(in);
    }
    if (!pg->ok)
        cli_emit_error_line(pg);
    if (pg->cfg->output_dir != NULL) {
        if (!cli_sink_close_file(pg->out) && pg->ok)
            fail_write(pg);
        free(pg->out->path);
        pg->out->path = NULL;
    }
}
