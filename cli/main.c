/*
 * newsparse - parse printed Chinese newspaper pages into document trees.
 *
 *     newsparse [OPTION]... [FILE|DIR]...   (see --help and newsparse(1))
 *
 * The flow: read the options (options.c), make the list of pages
 * (inputs.c), open the output, parse the pages one after another or on
 * -j N threads (jobs.c), each page by page.c, and take each finished page
 * in input order (cli_commit, output.c): its bytes, its message, its
 * counts.
 *
 * Exit status: 0 on success, 1 when a page (or a directory or list) could
 * not be read, converted or parsed or the output could not be written, 2
 * on a usage error.  A page that fails does not stop the others (except
 * after a write error on the output stream: there is no point in going on).
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

/* -j 1: each page straight into the stream (jsonl lines leave as they are made). */
static bool run_serial(cli_run *run, char *chunk)
{
    cli_sink own = {0};
    cli_page pg;
    memset(&pg, 0, sizeof pg);
    pg.cfg = run->cfg;
    pg.chunk = chunk;
    pg.out_shared = run->cfg->output_dir == NULL;
    pg.out = pg.out_shared ? &run->out : &own;
    pg.trace = run->cfg->trace_path != NULL ? &run->trace : NULL;
    for (size_t i = 0; i < run->inputs->count && !run->stopped; i++) {
        pg.input = &run->inputs->items[i];
        cli_page_run(&pg);
        cli_commit(run, &pg, i);
    }
    free(own.data);
    return true;
}

static bool open_stream(cli_config *cfg, cli_run *run)
{
    if (cfg->output_dir != NULL || cfg->output == NULL || strcmp(cfg->output, "-") == 0) {
        run->out.file = stdout;
        return true;
    }
    run->out.file = fopen(cfg->output, "wb");
    if (run->out.file == NULL) {
        cli_diag(&run->report, "%s: %s", cfg->output, strerror(errno));
        return false;
    }
    return true;
}

static bool open_trace(const cli_config *cfg, cli_run *run)
{
    if (cfg->trace_path == NULL)
        return true;
    run->trace.file = strcmp(cfg->trace_path, "-") == 0 ? stderr : fopen(cfg->trace_path, "w");
    if (run->trace.file == NULL) {
        cli_diag(&run->report, "%s: %s", cfg->trace_path, strerror(errno));
        return false;
    }
    return true;
}

/* Closes the stream and the trace; a full disk may only show here. */
static int close_outputs(const cli_config *cfg, cli_run *run, int status)
{
    if (run->trace.file != NULL && run->trace.file != stderr && fclose(run->trace.file) != 0)
        run->trace.failed = true;
    if (run->trace.failed) {
        cli_diag(&run->report, "%s: write error", cfg->trace_path);
        status = CLI_EXIT_FAILED;
    }
    cli_sink_flush(&run->out);
    int rc = fclose(run->out.file);
    if (rc != 0 && !run->out.failed) {
        run->out.failed = true;
        run->out.err = errno;
    }
    if (run->out.failed) {
        cli_diag(&run->report, "%s: write error: %s",
                 cfg->output != NULL && cfg->output_dir == NULL ? cfg->output : "<stdout>",
                 strerror(run->out.err));
        status = CLI_EXIT_FAILED;
    }
    return status;
}

/* Several inputs: the "file" wrapper (unless --no-filename), trace names, a summary. */
static void decide_shapes(cli_config *cfg, const cli_inputs *ins)
{
    cfg->several = ins->several;
    bool json = cfg->format == OUT_JSON || cfg->format == OUT_JSONL;
    cfg->wrap = json && (cfg->names == NAMES_ALWAYS ||
                         (cfg->names == NAMES_AUTO && cfg->several && cfg->output_dir == NULL));
}

static int run_pages(cli_config *cfg, cli_inputs *ins)
{
    cli_run run;
    memset(&run, 0, sizeof run);
    run.cfg = cfg;
    run.inputs = ins;
    run.report.start = cli_now();
    run.report.failures = ins->failures;
    char *chunk = malloc(CLI_CHUNK_SIZE);
    if (chunk == NULL || !open_stream(cfg, &run)) {
        if (chunk == NULL)
            fprintf(stderr, "newsparse: %s\n", np_status_string(NP_ERR_NOMEM));
        free(chunk);
        return CLI_EXIT_FAILED;
    }
    if (!open_trace(cfg, &run)) {
        free(chunk);
        return close_outputs(cfg, &run, CLI_EXIT_FAILED);
    }
    /* Progress only where someone watches it and it does not mix with the
     * output (nor with a trace on standard error). */
    run.report.progress = ins->count > 1 && isatty(fileno(stderr)) && run.trace.file != stderr &&
                          (cfg->output_dir != NULL || run.out.file != stdout ||
                           !isatty(fileno(stdout)));
    if (cfg->jobs <= 1 || ins->count <= 1 || !cli_run_parallel(&run))
        run_serial(&run, chunk);
    free(chunk);
    cli_progress_clear(&run.report);
    if (cfg->several)
        cli_summary(&run.report);
    int status = run.report.failures > 0 ? CLI_EXIT_FAILED : EXIT_SUCCESS;
    return close_outputs(cfg, &run, status);
}

int main(int argc, char **argv)
{
    cli_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.format = OUT_JSON;
    cfg.jobs = 1;
    int status = cli_parse_args(argc, argv, &cfg);
    if (status < 0) {
        cli_inputs ins;
        memset(&ins, 0, sizeof ins);
        if (!cli_inputs_collect(&cfg, &ins)) {
            fprintf(stderr, "newsparse: %s\n", np_status_string(NP_ERR_NOMEM));
            status = CLI_EXIT_FAILED;
        } else {
            decide_shapes(&cfg, &ins);
            status = cfg.issue ? cli_run_issue(&cfg, &ins) : run_pages(&cfg, &ins);
        }
        cli_inputs_free(&ins);
    }
    free(cfg.operands);
    return status;
}
