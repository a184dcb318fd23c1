/*
 * issue.c - newsparse --issue: the inputs are the pages of one issue.
 * Every page is parsed with its tree kept (page.c), the trees go to
 * np_issue, which joins each article cut by a jump line to its
 * continuation, and the issue is written once in the chosen format.  A
 * page that fails is reported and left out (exit status 1); a jump that
 * could not be joined (no continuation, or two that fit) is reported and
 * its articles are left apart, never guessed.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int write_file(const char *data, size_t len, void *userdata)
{
    return fwrite(data, 1, len, userdata) == len ? 0 : 1;
}

/* jsonl: one compact line per top-level node of the issue. */
static np_status render_lines(const np_node *issue, FILE *out)
{
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = NP_RENDER_COMPACT;
    for (const np_node *c = np_node_first_child(issue); c != NULL; c = np_node_next(c)) {
        np_status st = np_render(c, NP_FORMAT_JSON, &ro, write_file, out);
        if (st != NP_OK)
            return st;
        if (fputc('\n', out) == EOF)
            return NP_ERR_CALLBACK;
    }
    return NP_OK;
}

static np_status render_issue(const cli_config *cfg, const np_node *issue, FILE *out)
{
    if (cfg->format == OUT_JSONL)
        return render_lines(issue, out);
    np_render_options ro;
    cli_render_options(cfg, &ro);
    return np_render(issue, cli_library_format(cfg->format), &ro, write_file, out);
}

/* The jumps np_issue left apart, one message each. */
static size_t report_links(cli_report *r, const np_node *issue)
{
    size_t apart = 0;
    for (size_t i = 0; i < np_issue_get_link_count(issue); i++) {
        const np_link *l = np_issue_get_link(issue, i);
        if (l->status == NP_LINK_JOINED)
            continue;
        apart++;
        if (l->status == NP_LINK_AMBIGUOUS)
            cli_diag(r, "issue: page %u line %zu continues on page %u: %zu continuations fit, left apart",
                     l->from_page, l->from_line, l->to_page, l->candidates);
        else
            cli_diag(r, "issue: page %u line %zu continues on page %u: no continuation there, left apart",
                     l->from_page, l->from_line, l->to_page);
    }
    return apart;
}

/* Parses every input into pages[]; returns how many parsed, counts failures. */
static size_t parse_pages(const cli_config *cfg, const cli_inputs *ins, cli_report *r, np_node **pages,
                          char *chunk)
{
    size_t n = 0;
    for (size_t i = 0; i < ins->count; i++) {
        cli_sink discard;
        memset(&discard, 0, sizeof discard);
        cli_page pg;
        memset(&pg, 0, sizeof pg);
        pg.cfg = cfg;
        pg.input = &ins->items[i];
        pg.chunk = chunk;
        pg.out = &discard;
        np_node *doc = NULL;
        pg.keep = &doc;
        cli_page_run(&pg);
        free(discard.data);
        r->files++;
        r->bytes += pg.bytes;
        if (!pg.ok || doc == NULL) {
            cli_report_failure(r, pg.name, &pg.failure);
            r->failures++;
            np_document_free(doc);
            continue;
        }
        pages[n++] = doc;
    }
    return n;
}

int cli_run_issue(const cli_config *cfg, const cli_inputs *ins)
{
    cli_report report;
    memset(&report, 0, sizeof report);
    report.start = cli_now();
    report.failures = ins->failures;
    np_node **pages = calloc(ins->count + 1, sizeof *pages);
    char *chunk = malloc(CLI_CHUNK_SIZE);
    FILE *out = stdout;
    int status = CLI_EXIT_FAILED;
    if (pages == NULL || chunk == NULL) {
        cli_diag(&report, "%s", np_status_string(NP_ERR_NOMEM));
        goto done;
    }
    size_t n = parse_pages(cfg, ins, &report, pages, chunk);
    if (n == 0) {
        cli_diag(&report, "issue: no page could be parsed");
        goto done;
    }
    np_node *issue = NULL;
    np_status st = np_issue(pages, n, &issue);
    if (st != NP_OK) {
        cli_diag(&report, "issue: %s", np_status_string(st));
        goto done;
    }
    report_links(&report, issue);
    if (cfg->output != NULL && strcmp(cfg->output, "-") != 0 && (out = fopen(cfg->output, "wb")) == NULL) {
        cli_diag(&report, "%s: %s", cfg->output, strerror(errno));
        out = stdout;
        np_document_free(issue);
        goto done;
    }
    st = render_issue(cfg, issue, out);
    np_document_free(issue);
    bool written = st == NP_OK && fflush(out) == 0 && !ferror(out);
    if (out != stdout && fclose(out) != 0)
        written = false;
    out = stdout;
    if (!written) {
        cli_diag(&report, "%s: %s", cfg->output != NULL ? cfg->output : "<stdout>",
                 st == NP_OK || st == NP_ERR_CALLBACK ? "write error" : np_status_string(st));
        goto done;
    }
    status = report.failures > 0 ? CLI_EXIT_FAILED : EXIT_SUCCESS;
done:
    for (size_t i = 0; pages != NULL && i < ins->count; i++)
        np_document_free(pages[i]);
    free(pages);
    free(chunk);
    return status;
}
