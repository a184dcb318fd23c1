/*
 * report.c - what newsparse says on standard error.  Every message has
 * one form:
 *
 *     newsparse: FILE:LINE:COLUMN: message (byte OFFSET)  tied to a character of FILE
 *     newsparse: FILE:LINE: message (byte OFFSET)   tied to a line (a line too long)
 *     newsparse: FILE: message                      about FILE as a whole
 *     newsparse: message                            about the run
 *
 * and begins on a clean line: a progress bar on the terminal is wiped
 * first and drawn again at the next page.  A page's failure is recorded
 * here too (cli_page_fail), on whichever thread parses the page, and said
 * by the main thread in input order.
 */
#include "cli.h"

#include <stdarg.h>
#include <string.h>
#include <time.h>

#define BAR_CELLS 24          /* the bar's width in characters */
#define BAR_NAME_BYTES 40     /* the page name shown after the bar, at most */
#define BAR_INTERVAL 0.1      /* seconds between two drawings of the bar */
#define BYTES_PER_MB 1e6

double cli_now(void)
{
#if defined(CLOCK_MONOTONIC) && !defined(_WIN32)
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) == 0)
        return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
#endif
    return (double)clock() / CLOCKS_PER_SEC;
}

void cli_progress_clear(cli_report *r)
{
    if (r->shown) {
        fputs("\r\033[K", stderr);
        r->shown = false;
    }
}

void cli_diag(cli_report *r, const char *fmt, ...)
{
    cli_progress_clear(r);
    va_list ap;
    va_start(ap, fmt);
    fputs("newsparse: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* The message goes into the page's own cli_failure: a worker touches
 * nothing else, and the main thread prints it in its turn. */
void cli_page_fail(cli_page *pg, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(pg->failure.message, sizeof pg->failure.message, fmt, ap);
    va_end(ap);
    pg->failure.line = 0;
    pg->failure.column = 0;
    pg->failure.offset = 0;
    pg->ok = false;
}

void cli_report_failure(cli_report *r, const char *name, const cli_failure *f)
{
    if (f->line > 0 && f->column > 0)
        cli_diag(r, "%s:%zu:%zu: %s (byte %llu)", name, f->line, f->column, f->message,
                 (unsigned long long)f->offset);
    else if (f->line > 0)
        cli_diag(r, "%s:%zu: %s (byte %llu)", name, f->line, f->message,
                 (unsigned long long)f->offset);
    else
        cli_diag(r, "%s: %s", name, f->message);
}

/* The tail of name that fits BAR_NAME_BYTES, starting on a character. */
static const char *name_tail(const char *name, bool *cut)
{
    size_t len = strlen(name);
    *cut = len > BAR_NAME_BYTES;
    if (!*cut)
        return name;
    const char *p = name + len - BAR_NAME_BYTES;
    while (((unsigned char)*p & 0xc0) == 0x80)
        p++; /* not inside a UTF-8 sequence */
    return p;
}

/* [#########---------------]  37% 3/8 name, at most every BAR_INTERVAL. */
void cli_progress(cli_report *r, size_t done, size_t total, const char *name)
{
    if (!r->progress || total == 0)
        return;
    double now = cli_now();
    if (r->shown && done < total && now - r->last_drawn < BAR_INTERVAL)
        return;
    r->last_drawn = now;
    char bar[BAR_CELLS + 1];
    size_t full = (size_t)((double)done / (double)total * BAR_CELLS);
    for (size_t i = 0; i < BAR_CELLS; i++)
        bar[i] = i < full ? '#' : '-';
    bar[BAR_CELLS] = '\0';
    bool cut;
    const char *tail = name_tail(name, &cut);
    fprintf(stderr, "\r[%s] %3d%% %zu/%zu %s%s\033[K", bar, (int)(100.0 * done / total), done,
            total, cut ? "..." : "", tail);
    fflush(stderr);
    r->shown = true;
}

/* newsparse: 120 files, 3021 articles, 2 failed, 5.1 MB in 1.20 s (4.3 MB/s) */
void cli_summary(cli_report *r)
{
    double seconds = cli_now() - r->start;
    double mb = (double)r->bytes / BYTES_PER_MB;
    cli_diag(r, "%zu file%s, %zu article%s, %zu failed, %.1f MB in %.2f s (%.1f MB/s)",
             r->files, r->files == 1 ? "" : "s", r->articles, r->articles == 1 ? "" : "s",
             r->failures, mb, seconds, seconds > 0 ? mb / seconds : 0.0);
}
