/*
 * options.c - the command line of newsparse: options anywhere among the
 * files (as cmark and xmllint take them), "--" ending them, and --help.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The window's numbers as the header defines them, for the messages. */
#define CLI_STR(x) #x
#define CLI_XSTR(x) CLI_STR(x)
#define CLI_WINDOW_RANGE                                                                      \
    "0 to " CLI_XSTR(NP_MAX_WINDOW) " (0 = the default, " CLI_XSTR(NP_DEFAULT_WINDOW) ")"

static const char usage_text[] =
    "usage: newsparse [OPTION]... [FILE|DIR]...\n"
    "Parse the plain text of printed Chinese newspaper pages into document trees.\n"
    "With no FILE, or when FILE is -, read standard input.  A DIR is walked for\n"
    "*.txt files, in byte order of their paths.  Options may come anywhere; --\n"
    "ends them.  Several pages are written one after another, in input order.\n"
    "\n"
    "  -f, --format FORMAT  what to write (default json):\n"
    "                         json      one pretty newsparse-json/1 document per page\n"
    "                                   (several inputs: one compact document a line,\n"
    "                                   with a \"file\" member)\n"
    "                         jsonl     one compact JSON line per article, page figure,\n"
    "                                   credit or furniture line, as soon as it is parsed\n"
    "                                   (several inputs: {\"file\":NAME,\"node\":...})\n"
    "                         html      an HTML5 document per page\n"
    "                         markdown  CommonMark\n"
    "                         text      plain text wrapped at --width columns\n"
    "                         outline   an indented tree for people\n"
    "  -o, --output FILE    write to FILE instead of standard output\n"
    "      --output-dir DIR write one file per input under DIR, mirroring its\n"
    "                       relative path, extension by format (.json, .jsonl,\n"
    "                       .html, .md, .txt, .outline)\n"
    "      --files-from FILE  also read the paths listed in FILE, one a line\n"
    "                       (- for standard input)\n"
    "  -j, --jobs N         parse on N threads (1 to 256, default 1); the output\n"
    "                       is the same as with -j 1, in input order\n"
    "      --with-filename  json, jsonl: name the file even for one input\n"
    "      --no-filename    json, jsonl: never name the file\n"
    "  -e, --encoding NAME  the input's encoding: GB18030, GBK, BIG5, UTF-8, ...\n"
    "                       (default: UTF-8, or GB18030 for input that is not\n"
    "                       UTF-8 and converts cleanly from GB18030)\n"
    "  -w, --width N        text: wrap at N display columns, CJK counting two\n"
    "                       (8 to 1000000, default 72)\n"
    "      --window N       weigh the readings of a page together over N blocks\n"
    "                       " CLI_WINDOW_RANGE "; the window can\n"
    "                       change the tree, not only how late jsonl lines come\n"
    "      --issue          the FILEs are the pages of one issue: stitch the\n"
    "                       articles continued across pages (（下转第X版）) and\n"
    "                       write the whole issue as one document\n"
    "      --fragment       html: the body content only, no <html> or <head>\n"
    "      --stylesheet URL html: link the stylesheet URL instead of the\n"
    "                       built-in style (\"\" for no style at all)\n"
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
    "A page that fails is reported as 'newsparse: FILE:LINE: message' and does\n"
    "not stop the others; a run over several inputs ends with a summary line.\n"
    "Exit status: 0 on success, 1 if a page could not be read, converted or\n"
    "parsed or the output could not be written, 2 on a usage error.\n";

typedef enum option_id {
    OPT_FORMAT,
    OPT_OUTPUT,
    OPT_OUTPUT_DIR,
    OPT_FILES_FROM,
    OPT_JOBS,
    OPT_WITH_FILENAME,
    OPT_NO_FILENAME,
    OPT_ENCODING,
    OPT_WIDTH,
    OPT_WINDOW,
    OPT_FRAGMENT,
    OPT_STYLESHEET,
    OPT_ISSUE,
    OPT_FURNITURE,
    OPT_REPLACE,
    OPT_TRACE,
    OPT_HELP,
    OPT_VERSION
} option_id;

typedef struct option_spec {
    option_id id;
    char short_name;
    const char *long_name;
    bool has_value;
} option_spec;

static const option_spec option_specs[] = {
    {OPT_FORMAT, 'f', "format", true},
    {OPT_OUTPUT, 'o', "output", true},
    {OPT_OUTPUT_DIR, '\0', "output-dir", true},
    {OPT_FILES_FROM, '\0', "files-from", true},
    {OPT_JOBS, 'j', "jobs", true},
    {OPT_WITH_FILENAME, '\0', "with-filename", false},
    {OPT_NO_FILENAME, '\0', "no-filename", false},
    {OPT_ENCODING, 'e', "encoding", true},
    {OPT_WIDTH, 'w', "width", true},
    {OPT_WINDOW, '\0', "window", true},
    {OPT_FRAGMENT, '\0', "fragment", false},
    {OPT_STYLESHEET, '\0', "stylesheet", true},
    {OPT_ISSUE, '\0', "issue", false},
    {OPT_FURNITURE, '\0', "furniture", false},
    {OPT_REPLACE, '\0', "replace-invalid", false},
    {OPT_TRACE, '\0', "trace", true},
    {OPT_HELP, 'h', "help", false},
    {OPT_VERSION, 'V', "version", false},
};

int cli_usage_error(const char *problem, const char *arg)
{
    fprintf(stderr, "newsparse: %s %s\nTry 'newsparse --help' for more information.\n", problem,
            arg);
    return CLI_EXIT_USAGE;
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

/* A decimal number from min to max, nothing else. */
static bool parse_number(const char *s, long min, long max, int *value)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end != '\0' || errno != 0 || v < min || v > max)
        return false;
    *value = (int)v;
    return true;
}

/* stdout is checked at exit too: a full disk may only show at the last flush. */
static int print_and_exit_status(const char *text)
{
    if (fputs(text, stdout) == EOF || fflush(stdout) != 0) {
        fprintf(stderr, "newsparse: write error: %s\n", strerror(errno));
        return CLI_EXIT_FAILED;
    }
    return EXIT_SUCCESS;
}

static const option_spec *spec_by_long(const char *name, size_t len)
{
    for (size_t k = 0; k < sizeof option_specs / sizeof option_specs[0]; k++)
        if (strlen(option_specs[k].long_name) == len &&
            strncmp(option_specs[k].long_name, name, len) == 0)
            return &option_specs[k];
    return NULL;
}

static const option_spec *spec_by_short(char c)
{
    for (size_t k = 0; k < sizeof option_specs / sizeof option_specs[0]; k++)
        if (option_specs[k].short_name == c)
            return &option_specs[k];
    return NULL;
}

/*
 * Finds the option argv[*i] names and its value (--name=VALUE, --name
 * VALUE, -xVALUE, -x VALUE), advancing *i past a separate value.  Returns
 * NULL, after printing why, for an unknown option or a missing value.
 */
static const option_spec *find_option(int argc, char **argv, int *i, const char **value)
{
    const char *a = argv[*i];
    const char *inline_value = NULL;
    const option_spec *spec;
    if (a[1] == '-') {
        const char *eq = strchr(a + 2, '=');
        spec = spec_by_long(a + 2, eq != NULL ? (size_t)(eq - (a + 2)) : strlen(a + 2));
        if (spec != NULL && eq != NULL) {
            if (!spec->has_value) {
                cli_usage_error("option takes no value:", a);
                return NULL;
            }
            inline_value = eq + 1;
        }
    } else {
        spec = spec_by_short(a[1]);
        if (spec != NULL && a[2] != '\0') {
            if (!spec->has_value) {
                cli_usage_error("unknown option", a);
                return NULL;
            }
            inline_value = a + 2;
        }
    }
    if (spec == NULL) {
        cli_usage_error("unknown option", a);
        return NULL;
    }
    *value = inline_value;
    if (spec->has_value && inline_value == NULL) {
        if (*i + 1 >= argc) {
            cli_usage_error("missing value for", a);
            return NULL;
        }
        *value = argv[++*i];
    }
    return spec;
}

static void add_operand(cli_config *cfg, const char *arg, bool files_from)
{
    cfg->operands[cfg->noperands].arg = arg;
    cfg->operands[cfg->noperands].files_from = files_from;
    cfg->noperands++;
}

/* The options that only set a value or a flag; false for the others. */
static bool apply_setting(cli_config *cfg, option_id id, const char *v)
{
    switch (id) {
    case OPT_OUTPUT:
        cfg->output = v;
        return true;
    case OPT_OUTPUT_DIR:
        cfg->output_dir = v;
        return true;
    case OPT_WITH_FILENAME:
        cfg->names = NAMES_ALWAYS;
        return true;
    case OPT_NO_FILENAME:
        cfg->names = NAMES_NEVER;
        return true;
    case OPT_FRAGMENT:
        cfg->render_flags |= NP_RENDER_FRAGMENT;
        return true;
    case OPT_STYLESHEET:
        cfg->stylesheet = v;
        return true;
    case OPT_ISSUE:
        cfg->issue = true;
        return true;
    case OPT_FURNITURE:
        cfg->render_flags |= NP_RENDER_FURNITURE;
        return true;
    case OPT_REPLACE:
        cfg->parse_flags |= NP_OPT_REPLACE_INVALID;
        return true;
    case OPT_TRACE:
        cfg->trace_path = v;
        return true;
    default:
        return false;
    }
}

/* Applies one option; returns -1 to go on, or an exit status. */
static int apply_option(cli_config *cfg, const option_spec *spec, const char *value)
{
    /* find_option gives every option that takes a value its value. */
    const char *v = value != NULL ? value : "";
    if (apply_setting(cfg, spec->id, v))
        return -1;
    switch (spec->id) {
    case OPT_FORMAT:
        if (!parse_format(v, &cfg->format))
            return cli_usage_error("unknown format", v);
        break;
    case OPT_FILES_FROM:
        add_operand(cfg, v, true);
        break;
    case OPT_JOBS:
        if (!parse_number(v, 1, CLI_MAX_JOBS, &cfg->jobs))
            return cli_usage_error("jobs must be a number from 1 to 256, not", v);
        break;
    case OPT_ENCODING:
        if (strcmp(v, "auto") == 0)
            cfg->encoding = NULL;
        else if (!cli_encoding_known(v))
            return cli_usage_error("unknown encoding", v);
        else
            cfg->encoding = v;
        break;
    case OPT_WIDTH:
        if (!parse_number(v, CLI_MIN_WIDTH, CLI_MAX_WIDTH, &cfg->width))
            return cli_usage_error("width must be a number from 8 to 1000000, not", v);
        break;
    case OPT_WINDOW:
        /* the library's own range (np_parser_set_window), 0 its default */
        if (!parse_number(v, 0, NP_MAX_WINDOW, &cfg->window))
            return cli_usage_error("--window must be a number from " CLI_WINDOW_RANGE ", not", v);
        break;
    case OPT_HELP:
        return print_and_exit_status(usage_text);
    case OPT_VERSION: {
        char line[64];
        snprintf(line, sizeof line, "newsparse %s\n", np_version_string());
        return print_and_exit_status(line);
    }
    default:
        break;
    }
    return -1;
}

/* Combinations the options cannot mean; an exit status, or -1. */
static int check_combination(const cli_config *cfg)
{
    size_t stdin_uses = 0;
    for (size_t i = 0; i < cfg->noperands; i++)
        stdin_uses += strcmp(cfg->operands[i].arg, "-") == 0;
    if (stdin_uses > 1)
        return cli_usage_error("standard input named more than once:", "-");
    if (cfg->output_dir != NULL && cfg->output != NULL)
        return cli_usage_error("-o and --output-dir exclude each other:", cfg->output_dir);
    if (cfg->issue && cfg->output_dir != NULL)
        return cli_usage_error("--issue writes one document, not one per page:", "--output-dir");
    if (cfg->issue && cfg->trace_path != NULL)
        return cli_usage_error("--issue and --trace exclude each other (trace the pages alone):",
                               cfg->trace_path);
    return -1;
}

int cli_parse_args(int argc, char **argv, cli_config *cfg)
{
    cfg->operands = calloc((size_t)argc + 1, sizeof *cfg->operands);
    if (cfg->operands == NULL) {
        fprintf(stderr, "newsparse: %s\n", np_status_string(NP_ERR_NOMEM));
        return CLI_EXIT_FAILED;
    }
    bool options_end = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!options_end && strcmp(a, "--") == 0) {
            options_end = true;
            continue;
        }
        if (options_end || a[0] != '-' || a[1] == '\0') {
            add_operand(cfg, a, false);
            continue;
        }
        const char *value = NULL;
        const option_spec *spec = find_option(argc, argv, &i, &value);
        if (spec == NULL)
            return CLI_EXIT_USAGE;
        int status = apply_option(cfg, spec, value);
        if (status >= 0)
            return status;
    }
    return check_combination(cfg);
}
