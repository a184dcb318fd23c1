/*
 * cli.h - the private interface between the files of the newsparse tool.
 *
 *     main.c      the flow: options, inputs, output, one run, exit status
 *     options.c   the command line and --help
 *     inputs.c    the list of pages: files, directories, --files-from
 *     encoding.c  feeding a page to the parser: detection and conversion
 *     page.c      one page: parse, render, say what failed
 *     output.c    where bytes go (sinks), the "file" wrapper, --output-dir
 *     jobs.c      -j N: worker threads and the reorder window
 *     report.c    messages, the progress bar, the summary line
 *     trace.c     --trace
 *
 * Nothing here is global: a cli_config is read-only once the options are
 * read, a cli_run belongs to the main thread, a cli_page to the thread
 * parsing it.
 */
#ifndef NEWSPARSE_CLI_H
#define NEWSPARSE_CLI_H

#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* isatty, fileno, strerror_r, opendir, pthreads */
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "newsparse.h"

#define CLI_CHUNK_SIZE ((size_t)64 << 10)
/* How much of a page encoding detection looks at (one chunk; documented
 * in newsparse(1)). */
#define CLI_DETECT_PREFIX CLI_CHUNK_SIZE
#define CLI_MIN_WIDTH 8 /* room for the figure mark [图] and a wide character */
#define CLI_MAX_WIDTH 1000000
#define CLI_MAX_JOBS 256

enum { CLI_EXIT_FAILED = 1, CLI_EXIT_USAGE = 2 };

typedef enum out_format {
    OUT_JSON,
    OUT_JSONL,
    OUT_HTML,
    OUT_MARKDOWN,
    OUT_TEXT,
    OUT_OUTLINE
} out_format;

/* --with-filename / --no-filename / neither. */
typedef enum filename_mode { NAMES_AUTO, NAMES_ALWAYS, NAMES_NEVER } filename_mode;

/* A non-option argument, or a --files-from, in command-line order. */
typedef struct cli_operand {
    const char *arg;
    bool files_from;
} cli_operand;

typedef struct cli_config {
    out_format format;
    unsigned render_flags; /* NP_RENDER_FRAGMENT, NP_RENDER_FURNITURE */
    int width;             /* text: columns; 0 = the library's default */
    const char *encoding;  /* --encoding; NULL: detect */
    unsigned parse_flags;  /* NP_OPT_REPLACE_INVALID */
    const char *output;    /* -o; NULL or "-": standard output */
    const char *output_dir; /* --output-dir; NULL: one stream */
    const char *trace_path; /* --trace FILE; NULL: no trace */
    const char *stylesheet; /* --stylesheet URL; NULL: the built-in style */
    bool issue;             /* --issue: the inputs are the pages of one issue */
    int jobs;              /* -j: worker threads */
    int window;            /* --window: np_parser_set_window; 0 = the library's default */
    filename_mode names;
    cli_operand *operands; /* argc entries at most */
    size_t noperands;
    /* Decided once the inputs are known (main.c). */
    bool several; /* several inputs: wrapper, trace names, summary */
    bool wrap;    /* json/jsonl carry the page's "file" */
} cli_config;

/* ------------------------------------------------------------------ */
/* Options (options.c)                                                  */
/* ------------------------------------------------------------------ */

/* Reads argv into cfg (options anywhere; "--" ends them).  Returns -1 to
 * go on, or an exit status (--help, --version, a usage error). */
int cli_parse_args(int argc, char **argv, cli_config *cfg);

/* Prints "newsparse: PROBLEM ARG" and the --help hint; returns CLI_EXIT_USAGE. */
int cli_usage_error(const char *problem, const char *arg);

/* ------------------------------------------------------------------ */
/* Inputs (inputs.c)                                                    */
/* ------------------------------------------------------------------ */

typedef struct cli_input {
    char *name;  /* as shown in messages and "file"; "-" is standard input */
    size_t rel;  /* where the part mirrored under --output-dir starts in name */
} cli_input;

typedef struct cli_inputs {
    cli_input *items;
    size_t count;
    size_t cap;
    size_t failures; /* directories or lists that could not be read */
    bool several;    /* more than one operand, a directory or a list */
} cli_inputs;

/* Expands the operands (directories walked, lists read) into ins, in
 * order; an unreadable directory or list is reported and counted.
 * Returns false when memory ran out. */
bool cli_inputs_collect(const cli_config *cfg, cli_inputs *ins);
void cli_inputs_free(cli_inputs *ins);

/* ------------------------------------------------------------------ */
/* Sinks (output.c)                                                     */
/* ------------------------------------------------------------------ */

/* Where bytes go: a stream, a file opened at the first write
 * (--output-dir), or memory (a page waiting for its turn with -j). */
typedef struct cli_sink {
    FILE *file;
    char *path;    /* open this at the first write; owned */
    char *data;    /* file and path NULL: the bytes */
    size_t len;
    size_t cap;
    bool failed;
    int err;       /* errno of the failure */
} cli_sink;

bool cli_sink_write(cli_sink *s, const char *data, size_t len);
bool cli_sink_puts(cli_sink *s, const char *str);
/* Flushes a stream sink; false (and failed) when it refused. */
bool cli_sink_flush(cli_sink *s);
/* Closes a --output-dir file; false when the close failed. */
bool cli_sink_close_file(cli_sink *s);
/* Empties a memory sink, giving back a large buffer. */
void cli_sink_reset(cli_sink *s);
/* A JSON string of s: bytes above 0x7f pass unchanged, controls escaped. */
bool cli_sink_json_string(cli_sink *s, const char *str);

/* ------------------------------------------------------------------ */
/* One page (page.c, encoding.c, output.c)                              */
/* ------------------------------------------------------------------ */

/* Why a page failed, said once in order by the main thread. */
typedef struct cli_failure {
    char message[224];
    size_t line;     /* 0: not tied to a place in the input */
    size_t column;   /* 0: not known */
    uint64_t offset;
} cli_failure;

typedef struct cli_page {
    const cli_config *cfg;
    const cli_input *input;
    const char *name;   /* input->name, or "<stdin>" */
    char *chunk;        /* CLI_CHUNK_SIZE bytes of the thread's */
    cli_sink *out;
    cli_sink *trace;
    bool out_shared;    /* out is the run's stream: a refusal stops the run */
    np_node **keep;     /* --issue: receives the page's tree instead of rendering it */
    size_t skip;        /* bytes of the rendering to drop (the "{" of a wrapped document) */
    /* Results. */
    bool ok;
    bool write_failed;  /* out refused bytes */
    uint64_t bytes;     /* input bytes read */
    size_t articles;
    cli_failure failure;
} cli_page;

/* Parses and renders one page into pg->out (results in pg). */
void cli_page_run(cli_page *pg);

/* Records why the page failed (printf-style message, no place), to be
 * said in input order (report.c). */
void cli_page_fail(cli_page *pg, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* The text of errno value err (thread-safe). */
const char *cli_errno_text(int err, char *buf, size_t size);

typedef enum read_result {
    READ_OK,
    READ_PARSE_ERROR,   /* the parser's error says why */
    READ_IO_ERROR,      /* errno says why */
    READ_CONVERT_ERROR, /* the conversion's status says why */
    READ_NOMEM
} read_result;

/* Feeds the page to the parser, converting it as --encoding says or as
 * detection finds; *encoding receives the encoding used, *cerr a
 * conversion failure and its place. */
read_result cli_feed_input(cli_page *pg, np_parser *p, FILE *in, const char **encoding,
                           np_error *cerr);

/* Whether the system can convert from name. */
bool cli_encoding_known(const char *name);

/* np_render's write callback (userdata: the cli_page). */
int cli_write_out(const char *data, size_t len, void *userdata);
/* Writes one top-level node as a jsonl line. */
bool cli_emit_jsonl(cli_page *pg, const np_node *node);
/* Writes the page's document in the chosen format. */
bool cli_render_document(cli_page *pg, const np_node *doc);
/* json/jsonl: the line that ends a failed page's output. */
void cli_emit_error_line(cli_page *pg);
/* --output-dir: the output path of an input, or NULL after pg->failure. */
char *cli_output_path(cli_page *pg);

/* The --trace callback (userdata: the cli_page). */
void cli_on_trace(const np_trace *t, void *userdata);

/* ------------------------------------------------------------------ */
/* The run (main.c, jobs.c, report.c)                                   */
/* ------------------------------------------------------------------ */

typedef struct cli_report {
    bool progress;       /* draw the bar (stderr is a terminal) */
    bool shown;          /* a bar is on the terminal now */
    double last_drawn;   /* seconds, monotonic */
    double start;
    size_t files;
    size_t failures;
    size_t articles;
    uint64_t bytes;
} cli_report;

typedef struct cli_run {
    const cli_config *cfg;
    const cli_inputs *inputs;
    cli_sink out;     /* the stream (stdout or -o); unused with --output-dir */
    cli_sink trace;   /* --trace */
    cli_report report;
    bool stopped;     /* the stream refused bytes: nothing more is parsed */
} cli_run;

/* Takes a finished page in input order: its bytes, its message, its
 * counts (output.c: -j 1 and -j N both commit through it). */
void cli_commit(cli_run *run, cli_page *pg, size_t index);

/* Runs the pages on cfg->jobs threads; false when threads or memory failed. */
bool cli_run_parallel(cli_run *run);

/* --issue: parses every input, stitches them with np_issue and renders the
 * issue once (issue.c); an exit status. */
int cli_run_issue(const cli_config *cfg, const cli_inputs *ins);

/* The render options the command line asks for (flags, width, stylesheet). */
void cli_render_options(const cli_config *cfg, np_render_options *ro);

/* The library's format for an output format (json for json and jsonl). */
np_format cli_library_format(out_format f);

/* Seconds on a monotonic clock. */
double cli_now(void);
/* "newsparse: " and the message, on a clean line. */
void cli_diag(cli_report *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The failure of a page in the one form: NAME:LINE: message, or NAME: message. */
void cli_report_failure(cli_report *r, const char *name, const cli_failure *f);
void cli_progress(cli_report *r, size_t done, size_t total, const char *name);
void cli_progress_clear(cli_report *r);
void cli_summary(cli_report *r);

#endif
