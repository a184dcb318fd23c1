/*
 * blocks.c - committed readings carried out: each reading handed to its
 * element's builder (furniture.c, figure.c, credit.c, byline.c, titles.c,
 * heads.c, reflow.c), which builds its nodes with what build.c shares.
 *
 * What a block is was decided before (readings.c proposes, decode.c
 * chooses); nothing here weighs evidence, and nothing here changes the
 * decisions' state (np_state_advance does, from the same reading).
 */
#include <string.h>

#include "byline.h"
#include "credit.h"
#include "figure.h"
#include "furniture.h"
#include "heads.h"
#include "parse.h"
#include "readings.h"
#include "titles.h"

void np_blocks_init(np_blocks *b, np_mem *mem, np_emitter *em, const np_options *opts)
{
    memset(b, 0, sizeof *b);
    b->build.mem = mem;
    b->build.em = em;
    b->build.max_line = opts->max_line_bytes ? opts->max_line_bytes : NP_DEFAULT_MAX_LINE_BYTES;
    b->build.on_trace = opts->on_trace;
    b->build.trace_userdata = opts->trace_userdata;
    np_reflow_init(&b->build.reflow, mem);
    np_buf_init(&b->build.scratch, mem);
}

void np_blocks_free(np_blocks *b)
{
    np_reflow_free(&b->build.reflow);
    np_buf_free(&b->build.scratch);
}

void np_blocks_error_at(np_blocks *b, size_t line, uint64_t offset)
{
    b->err_line = line;
    b->err_offset = offset;
}

/* ------------------------------------------------------------------ */
/* A reading to its element's builder                                   */
/* ------------------------------------------------------------------ */

static np_status act(np_blocks *b, const np_state *st, const np_reading *r, np_line *const *q, size_t n)
{
    switch ((np_act)r->act) {
    case NP_ACT_FURNITURE:
    case NP_ACT_PAGE_NAME:
        return np_furniture_node(&b->build, q[0], r->by, r->act == NP_ACT_PAGE_NAME);
    case NP_ACT_FIGURE:
        return np_figure_node(&b->build, q, n, r->by);
    case NP_ACT_CREDIT:
        return np_credit_node(&b->build, q[0], r->by);
    case NP_ACT_BYLINE:
        return np_byline_node(&b->build, q, r->used, r->by);
    case NP_ACT_TEXT:
        return np_reflow_text(&b->build, q[0], r->cont, r->verse, r->opens, r->by, r->alt);
    case NP_ACT_TITLES:
        return np_title_node(&b->build, q, r->used, r->by, st->phase != NP_PHASE_OUTSIDE || st->continued);
    case NP_ACT_HEAD:
        return np_heads_node(&b->build, q, r->used, r->by, r->alt);
    case NP_ACT_NONE:
        break;
    }
    return NP_OK;
}

np_status np_blocks_act(np_blocks *b, const np_state *st, const np_reading *r, np_line *const *q, size_t n)
{
    b->err_line = q[0]->lineno;
    b->err_offset = q[0]->offset;
    np_status status = act(b, st, r, q, n);
    if (b->build.reflow.npending == 0)
        np_emit_release(b->build.em);
    return status != NP_OK ? status : b->build.em->status;
}

np_status np_blocks_finish(np_blocks *b)
{
    np_status st = np_build_close_article(&b->build);
    return st != NP_OK ? st : np_emit_finish(b->build.em);
}
