/*
 * decode.h - the page decided as a whole.
 *
 * A block (a line, or the lines one decision takes: a title block, a head
 * on two lines, a caption with its credit) may be read more than one way.
 * readings.c lists the readings of the block at the front of a
 * hypothesis, each with the evidence that proposes it and a score, and
 * says how a reading changes the article's state; decode.c keeps the
 * best-scoring hypotheses over a bounded window of lines and commits a
 * reading once every hypothesis agrees on it, or the window is full;
 * blocks.c carries a committed reading out (builds its nodes).
 */
#ifndef NP_DECODE_H
#define NP_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "readings.h"

/* ------------------------------------------------------------------ */
/* The decoder                                                          */
/* ------------------------------------------------------------------ */

/* Hypotheses kept at once. */
#define NP_BEAM 8

typedef struct np_hyp {
    np_state st;
    long score;
    unsigned detours;     /* readings taken that were not a block's first */
    size_t pos;           /* lines from the commit point its readings take */
    size_t nread;
    np_reading *path;     /* its readings since the commit point [window] */
} np_hyp;

typedef struct np_decoder {
    np_mem *mem;
    np_blocks *blocks;    /* carries committed readings out */
    np_line *ring;        /* the undecided lines and the look-ahead [cap] */
    size_t cap, head, count;
    size_t window;        /* readings a decision may wait for (np_parser_set_window) */
    np_state state;       /* after the committed readings */
    np_hyp pool[2 * NP_BEAM];
    size_t order[2 * NP_BEAM]; /* order[0..live): the hypotheses, best first */
    size_t live;
    np_reading *paths;    /* the pool's paths, window readings each */
} np_decoder;

/* Set up a decoder of the given window that hands its readings to b;
 * NP_ERR_NOMEM when memory ran out (np_decode_free may still be called). */
np_status np_decode_init(np_decoder *d, np_mem *mem, np_blocks *b, size_t window);
/* Another window, before any line has come (np_parser_set_window). */
np_status np_decode_resize(np_decoder *d, size_t window);
void np_decode_free(np_decoder *d);
/* A non-blank line (trimmed) with the number of blank lines before it.
 * fixes: the np_fix of a replaced line (NULL when none), `at` counted from
 * skip bytes before s (the blanks trimmed off). */
np_status np_decode_push(np_decoder *d, const char *s, size_t len, size_t lineno, uint64_t offset,
                         unsigned gap, bool indented, bool replaced, const np_buf *fixes, size_t skip);
/* Decide what is left and close everything. */
np_status np_decode_finish(np_decoder *d);

#endif /* NP_DECODE_H */
