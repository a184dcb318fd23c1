/*
 * trace.c - --trace: one JSON line per non-empty input line, saying what
 * the parser read it as and which rule decided it.  The line goes to the
 * page's trace sink: the trace file itself with -j 1, memory with -j N
 * (written in input order by the main thread).
 */
#include "cli.h"

#include <string.h>

/* One trace line: where, what it was read as, and which rule said so. */
void cli_on_trace(const np_trace *t, void *userdata)
{
    cli_page *pg = userdata;
    cli_sink *s = pg->trace;
    char buf[160];
    cli_sink_puts(s, "{");
    if (pg->cfg->several) {
        cli_sink_puts(s, "\"file\":");
        cli_sink_json_string(s, pg->name);
        cli_sink_puts(s, ",");
    }
    snprintf(buf, sizeof buf, "\"line\":%zu,\"offset\":%llu,", t->line,
             (unsigned long long)t->offset);
    cli_sink_puts(s, buf);
    /* The names are the library's static identifiers: no escaping needed. */
    cli_sink_puts(s, "\"reading\":\"");
    cli_sink_puts(s, t->reading);
    cli_sink_puts(s, "\",\"by\":\"");
    cli_sink_puts(s, t->by);
    if (t->second_by) {
        cli_sink_puts(s, "\",\"second_by\":\"");
        cli_sink_puts(s, t->second_by);
    }
    if (t->alternative) {
        cli_sink_puts(s, "\",\"alternative\":\"");
        cli_sink_puts(s, t->alternative);
    }
    cli_sink_puts(s, "\",\"shape\":\"");
    cli_sink_puts(s, t->shape);
    cli_sink_puts(s, "\",\"features\":\"");
    cli_sink_puts(s, t->features);
    cli_sink_puts(s, "\"}\n");
}
