/*
 * output.c - where the bytes of a page go, and the shapes around them.
 *
 * A sink is the run's stream (stdout or -o FILE), a file of its own under
 * --output-dir (opened at the first byte, so that a page that fails
 * before writing leaves no file), or memory: with -j a page is rendered
 * into memory and the main thread writes it in its turn.  The bytes are
 * the same in every case, which is what makes -j N give -j 1's output.
 *
 * With several inputs (or --with-filename) json and jsonl name the page:
 * json writes one compact document a line with "file" as its first
 * member, jsonl wraps each line as {"file":NAME,"node":...}, and a failed
 * page ends with {"file":NAME,"error":{...}}.
 *
 * A finished page is taken here in input order (cli_commit), from the
 * main loop and from the -j N slots alike.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <sys/stat.h>
#endif

/* A memory sink gives back a buffer above this after each page. */
#define SINK_KEEP_BYTES ((size_t)1 << 20)

/* ------------------------------------------------------------------ */
/* Sinks                                                                */
/* ------------------------------------------------------------------ */

#ifndef _WIN32
/* Creates the folders of path (mkdir -p of its directory part). */
static bool make_parents(char *path)
{
    for (char *p = strchr(path + 1, '/'); p != NULL; p = strchr(p + 1, '/')) {
        *p = '\0';
        int rc = mkdir(path, 0777);
        int err = errno;
        *p = '/';
        if (rc != 0 && err != EEXIST) {
            errno = err;
            return false;
        }
    }
    return true;
}
#else
static bool make_parents(char *path)
{
    (void)path;
    return true;
}
#endif

static bool sink_fail(cli_sink *s, int err)
{
    s->failed = true;
    s->err = err;
    return false;
}

static bool memory_append(cli_sink *s, const char *data, size_t len)
{
    if (s->len + len > s->cap) {
        size_t cap = s->cap == 0 ? 4096 : s->cap;
        while (cap < s->len + len) {
            if (cap > SIZE_MAX / 2)
                return sink_fail(s, ENOMEM);
            cap *= 2;
        }
        char *d = realloc(s->data, cap);
        if (d == NULL)
            return sink_fail(s, ENOMEM);
        s->data = d;
        s->cap = cap;
    }
    memcpy(s->data + s->len, data, len);
    s->len += len;
    return true;
}

bool cli_sink_write(cli_sink *s, const char *data, size_t len)
{
    if (s->failed)
        return false;
    if (len == 0)
        return true;
    if (s->file == NULL && s->path != NULL) {
        if (!make_parents(s->path))
            return sink_fail(s, errno);
        s->file = fopen(s->path, "wb");
        if (s->file == NULL)
            return sink_fail(s, errno);
    }
    if (s->file == NULL)
        return memory_append(s, data, len);
    if (fwrite(data, 1, len, s->file) != len)
        return sink_fail(s, errno);
    return true;
}

bool cli_sink_puts(cli_sink *s, const char *str)
{
    return cli_sink_write(s, str, strlen(str));
}

bool cli_sink_flush(cli_sink *s)
{
    if (s->failed)
        return false;
    if (s->file != NULL && (fflush(s->file) != 0 || ferror(s->file)))
        return sink_fail(s, errno);
    return true;
}

bool cli_sink_close_file(cli_sink *s)
{
    bool ok = !s->failed;
    if (s->file != NULL) {
        if (fclose(s->file) != 0 && ok)
            ok = sink_fail(s, errno);
        s->file = NULL;
    }
    return ok;
}

void cli_sink_reset(cli_sink *s)
{
    s->len = 0;
    s->failed = false;
    s->err = 0;
    if (s->cap > SINK_KEEP_BYTES) {
        free(s->data);
        s->data = NULL;
        s->cap = 0;
    }
}

bool cli_sink_json_string(cli_sink *s, const char *str)
{
    bool ok = cli_sink_puts(s, "\"");
    const char *run = str;
    for (const char *p = str; ok && *p != '\0'; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch != '"' && ch != '\\' && ch >= 0x20 && ch != 0x7f)
            continue;
        char esc[8];
        if (ch == '"' || ch == '\\')
            snprintf(esc, sizeof esc, "\\%c", ch);
        else
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)ch);
        ok = cli_sink_write(s, run, (size_t)(p - run)) && cli_sink_puts(s, esc);
        run = p + 1;
    }
    return ok && cli_sink_puts(s, run) && cli_sink_puts(s, "\"");
}

/* ------------------------------------------------------------------ */
/* Writing a page                                                       */
/* ------------------------------------------------------------------ */

int cli_write_out(const char *data, size_t len, void *userdata)
{
    cli_page *pg = userdata;
    size_t skip = pg->skip < len ? pg->skip : len;
    pg->skip -= skip;
    if (!cli_sink_write(pg->out, data + skip, len - skip)) {
        pg->write_failed = true;
        return 1;
    }
    return 0;
}

static bool put(cli_page *pg, const char *s)
{
    if (cli_sink_puts(pg->out, s))
        return true;
    pg->write_failed = true;
    return false;
}

static bool put_name(cli_page *pg)
{
    if (cli_sink_json_string(pg->out, pg->name))
        return true;
    pg->write_failed = true;
    return false;
}

bool cli_emit_jsonl(cli_page *pg, const np_node *node)
{
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = NP_RENDER_COMPACT;
    bool wrap = pg->cfg->wrap;
    if (np_node_get_type(node) == NP_NODE_ARTICLE)
        pg->articles++;
    if (wrap && !(put(pg, "{\"file\":") && put_name(pg) && put(pg, ",\"node\":")))
        return false;
    if (np_render(node, NP_FORMAT_JSON, &ro, cli_write_out, pg) != NP_OK)
        return false;
    if (wrap && !put(pg, "}"))
        return false;
    /* Flushing each line is what makes the output stream through a pipe. */
    if (!put(pg, "\n"))
        return false;
    if (pg->out_shared && !cli_sink_flush(pg->out)) {
        pg->write_failed = true;
        return false;
    }
    return true;
}

void cli_render_options(const cli_config *cfg, np_render_options *ro)
{
    np_render_options_init(ro);
    ro->flags = cfg->render_flags;
    ro->stylesheet = cfg->stylesheet;
    if (cfg->width > 0)
        ro->width = cfg->width;
}

np_format cli_library_format(out_format f)
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

static size_t count_articles(const np_node *doc)
{
    size_t n = 0;
    for (const np_node *c = np_node_first_child(doc); c != NULL; c = np_node_next(c))
        n += np_node_get_type(c) == NP_NODE_ARTICLE;
    return n;
}

bool cli_render_document(cli_page *pg, const np_node *doc)
{
    const cli_config *cfg = pg->cfg;
    np_render_options ro;
    cli_render_options(cfg, &ro);
    pg->articles = count_articles(doc);
    /* A named json page: {"file":NAME, then the compact document without its "{". */
    bool named = cfg->wrap && cfg->format == OUT_JSON;
    if (named) {
        ro.flags |= NP_RENDER_COMPACT;
        if (!(put(pg, "{\"file\":") && put_name(pg) && put(pg, ",")))
            return false;
        pg->skip = 1;
    }
    np_status st = np_render(doc, cli_library_format(cfg->format), &ro, cli_write_out, pg);
    pg->skip = 0;
    if (st != NP_OK) {
        if (!pg->write_failed)
            cli_page_fail(pg, "cannot render: %s", np_status_string(st));
        return false;
    }
    return !named || put(pg, "\n");
}

void cli_emit_error_line(cli_page *pg)
{
    const cli_config *cfg = pg->cfg;
    bool json_lines = cfg->format == OUT_JSONL || (cfg->format == OUT_JSON && cfg->wrap);
    if (!json_lines || pg->write_failed || pg->out->failed)
        return;
    if (cfg->output_dir != NULL && pg->out->path == NULL)
        return; /* the page has no file of its own to end */
    const cli_failure *f = &pg->failure;
    char place[96];
    if (f->line > 0 && f->column > 0)
        snprintf(place, sizeof place, "\"line\":%zu,\"column\":%zu,\"offset\":%llu", f->line,
                 f->column, (unsigned long long)f->offset);
    else if (f->line > 0)
        snprintf(place, sizeof place, "\"line\":%zu,\"offset\":%llu", f->line,
                 (unsigned long long)f->offset);
    else
        snprintf(place, sizeof place, "\"line\":null,\"offset\":null");
    if (cfg->wrap && !(put(pg, "{\"file\":") && put_name(pg) && put(pg, ",")))
        return;
    if (!cfg->wrap && !put(pg, "{"))
        return;
    if (put(pg, "\"error\":{\"message\":") && cli_sink_json_string(pg->out, f->message) &&
        put(pg, ",") && put(pg, place) && put(pg, "}}\n") && pg->out_shared)
        cli_sink_flush(pg->out);
}

/* ------------------------------------------------------------------ */
/* --output-dir                                                         */
/* ------------------------------------------------------------------ */

static const char *format_extension(out_format f)
{
    static const char *const ext[] = {
        [OUT_JSON] = ".json", [OUT_JSONL] = ".jsonl",  [OUT_HTML] = ".html",
        [OUT_MARKDOWN] = ".md", [OUT_TEXT] = ".txt", [OUT_OUTLINE] = ".outline"};
    return ext[f];
}

/* Whether rel climbs out of the output folder ("..", "a/../.."). */
static bool has_dotdot(const char *rel)
{
    for (const char *p = rel; *p != '\0';) {
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return true;
        p += n;
        p += *p == '/';
    }
    return false;
}

char *cli_output_path(cli_page *pg)
{
    const char *dir = pg->cfg->output_dir;
    const char *rel = pg->input->name + pg->input->rel;
    if (strcmp(pg->input->name, "-") == 0) {
        cli_page_fail(pg, "standard input has no name to write under --output-dir");
        return NULL;
    }
    if (*rel == '\0' || has_dotdot(rel)) {
        cli_page_fail(pg, "cannot mirror a path with \"..\" under --output-dir");
        return NULL;
    }
    size_t stem = strlen(rel), d = strlen(dir);
    if (stem > 4 && strcmp(rel + stem - 4, ".txt") == 0)
        stem -= 4;
    const char *ext = format_extension(pg->cfg->format);
    char *path = malloc(d + 1 + stem + strlen(ext) + 1);
    if (path == NULL) {
        cli_page_fail(pg, "%s", np_status_string(NP_ERR_NOMEM));
        return NULL;
    }
    bool slash = d > 0 && dir[d - 1] != '/';
    snprintf(path, d + 1 + stem + strlen(ext) + 1, "%s%s%.*s%s", dir, slash ? "/" : "",
             (int)stem, rel, ext);
    return path;
}

/* ------------------------------------------------------------------ */
/* A finished page, in input order                                      */
/* ------------------------------------------------------------------ */

/* Copies a page's bytes held in memory (-j N) to the run's sink. */
static void copy_held(cli_sink *to, cli_sink *from, bool *failed)
{
    if (from->file == NULL && from->path == NULL && from->len > 0 &&
        !cli_sink_write(to, from->data, from->len))
        *failed = true;
}

/* The page's bytes go to the run's stream (those held in memory with
 * -j N are copied now), its failure is said and it is counted; the same
 * for -j 1 (main.c) and -j N (jobs.c), which is what keeps their outputs
 * equal. */
void cli_commit(cli_run *run, cli_page *pg, size_t index)
{
    cli_report *r = &run->report;
    bool shared_failed = false;
    if (run->cfg->output_dir == NULL)
        copy_held(&run->out, pg->out, &shared_failed);
    if (pg->trace != NULL && pg->trace != &run->trace)
        copy_held(&run->trace, pg->trace, &shared_failed);
    if (run->cfg->output_dir == NULL && !cli_sink_flush(&run->out))
        shared_failed = true;
    /* The stream's refusal is said once, at the end (main). */
    if ((pg->write_failed && pg->out_shared) || (shared_failed && run->out.failed))
        run->stopped = true;
    else if (!pg->ok)
        cli_report_failure(r, pg->name, &pg->failure);
    r->files++;
    r->failures += !pg->ok && !run->stopped; /* a stop is said as the write error */
    r->articles += pg->articles;
    r->bytes += pg->bytes;
    cli_progress(r, index + 1, run->inputs->count, pg->name);
}
