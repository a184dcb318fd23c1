/*
 * decode.c - the decoder: the readings of the page chosen together.
 *
 * Lines wait in a ring.  A hypothesis is a sequence of readings of the
 * lines since the last committed one, with the state it leads to and its
 * score; the decoder extends the hypothesis that has read the fewest
 * lines by each reading readings.c gives its next block (once
 * NP_LOOKAHEAD lines after the block are there, or the input has ended),
 * keeps the better of two hypotheses that reach one state at one line
 * (Viterbi) and the NP_BEAM best of the rest.
 *
 * A reading is committed, and carried out by blocks.c, as soon as every
 * hypothesis begins with it; when the window fills first (np_parser_set_window:
 * that many readings wait undecided, or the ring of window + NP_LOOKAHEAD
 * lines is full), the first reading of the best hypothesis, each
 * compared once levelled to the line the furthest has read (see "The
 * forced commit"), is committed and the hypotheses that disagree are
 * dropped.  Both depend on the lines
 * alone, never on how the input was cut into chunks, and the ring and the
 * hypotheses are bounded, so memory does not grow with the input.
 */
#include <string.h>

#include "decode.h"

/* ------------------------------------------------------------------ */
/* The ring                                                             */
/* ------------------------------------------------------------------ */

static np_line *ring_at(np_decoder *d, size_t i)
{
    /* head < cap and i < cap: no division on this path, taken per line */
    size_t k = d->head + i;
    return &d->ring[k >= d->cap ? k - d->cap : k];
}

/* A decided line's buffer above this size is given back, so that the
 * ring's window + NP_LOOKAHEAD lines hold long lines only while they wait. */
#define NP_RING_KEEP_BYTES ((size_t)64 << 10)

/* The first n waiting lines are decided: drop them from the ring. */
static void drop_lines(np_decoder *d, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        np_line *ln = ring_at(d, i);
        if (ln->buf.cap > NP_RING_KEEP_BYTES)
            np_buf_free(&ln->buf);
        if (ln->fixes.cap > NP_RING_KEEP_BYTES)
            np_buf_free(&ln->fixes);
    }
    d->head += n;
    if (d->head >= d->cap)
        d->head -= d->cap;
    d->count -= n;
}

/* q[0..): the lines from the i-th waiting one, at most NP_LOOKAHEAD. */
static size_t view(np_decoder *d, size_t i, np_line **q)
{
    size_t n = d->count - i < NP_LOOKAHEAD ? d->count - i : NP_LOOKAHEAD;
    for (size_t k = 0; k < n; k++)
        q[k] = ring_at(d, i + k);
    return n;
}

/* The ring and the paths for a window, in a decoder that holds no line. */
static np_status alloc_window(np_decoder *d, size_t window)
{
    d->window = window;
    d->cap = window + NP_LOOKAHEAD;
    d->ring = np_mem_alloc(d->mem, d->cap * sizeof *d->ring);
    d->paths = np_mem_alloc(d->mem, 2 * NP_BEAM * window * sizeof *d->paths);
    if (!d->ring || !d->paths) {
        np_mem_free(d->mem, d->ring);
        np_mem_free(d->mem, d->paths);
        d->ring = NULL;
        d->paths = NULL;
        d->cap = 0;
        return NP_ERR_NOMEM;
    }
    memset(d->ring, 0, d->cap * sizeof *d->ring);
    for (size_t i = 0; i < d->cap; i++) {
        np_buf_init(&d->ring[i].buf, d->mem);
        np_buf_init(&d->ring[i].fixes, d->mem);
    }
    for (size_t i = 0; i < 2 * NP_BEAM; i++)
        d->pool[i].path = d->paths + i * window;
    return NP_OK;
}

np_status np_decode_init(np_decoder *d, np_mem *mem, np_blocks *b, size_t window)
{
    memset(d, 0, sizeof *d);
    d->mem = mem;
    d->blocks = b;
    /* one hypothesis, in the state of an empty page */
    d->order[0] = 0;
    d->live = 1;
    return alloc_window(d, window);
}

np_status np_decode_resize(np_decoder *d, size_t window)
{
    if (window == d->window && d->ring)
        return NP_OK;
    size_t old = d->window;
    np_decode_free(d);
    np_status st = alloc_window(d, window);
    /* else back to the old size, allocated once before; failing that there
     * is no ring, and np_decode_push says so */
    if (st != NP_OK)
        (void)alloc_window(d, old);
    return st;
}

void np_decode_free(np_decoder *d)
{
    if (d->ring) {
        for (size_t i = 0; i < d->cap; i++) {
            np_buf_free(&d->ring[i].buf);
            np_buf_free(&d->ring[i].fixes);
        }
    }
    np_mem_free(d->mem, d->ring);
    np_mem_free(d->mem, d->paths);
    d->ring = NULL;
    d->paths = NULL;
}

/* ------------------------------------------------------------------ */
/* Hypotheses                                                           */
/* ------------------------------------------------------------------ */

static np_hyp *hyp(np_decoder *d, size_t k)
{
    return &d->pool[d->order[k]];
}

static bool same_reading(const np_reading *a, const np_reading *b)
{
    return a->act == b->act && a->used == b->used && a->cont == b->cont && a->verse == b->verse &&
           a->plain == b->plain && a->opens == b->opens && a->by == b->by;
}

/* Better: a higher score, then fewer detours from the first readings. */
static bool better(const np_hyp *a, const np_hyp *b)
{
    return a->score > b->score || (a->score == b->score && a->detours < b->detours);
}

static void copy_hyp(np_decoder *d, size_t to, size_t from)
{
    np_hyp *t = &d->pool[to], *f = &d->pool[from];
    np_reading *path = t->path;
    memcpy(path, f->path, f->nread * sizeof *path);
    *t = *f;
    t->path = path;
}

/* Insert slot s in order, best first (after its equals, so that the
 * earlier stays first); drop it, or the one it replaces, when another
 * reaches the same state at the same line. */
static void insert(np_decoder *d, size_t s)
{
    np_hyp *h = &d->pool[s];
    for (size_t k = 0; k < d->live; k++) {
        np_hyp *o = hyp(d, k);
        if (o->pos == h->pos && np_state_equal(&o->st, &h->st)) {
            if (!better(h, o))
                return;
            memmove(&d->order[k], &d->order[k + 1], (d->live - k - 1) * sizeof *d->order);
            d->live--;
            break;
        }
    }
    size_t at = d->live;
    while (at > 0 && better(h, hyp(d, at - 1)))
        at--;
    if (at >= NP_BEAM)
        return;
    memmove(&d->order[at + 1], &d->order[at], (d->live - at) * sizeof *d->order);
    d->order[at] = s;
    if (d->live < NP_BEAM)
        d->live++;
}

/* Replace the k-th hypothesis by its extensions with the readings rs of
 * its next block, q[0..). */
static void expand(np_decoder *d, size_t k, np_line *const *q, const np_reading *rs, size_t count)
{
    size_t parent = d->order[k];
    /* the children take the parent's slot and free ones: the pool holds
     * NP_BEAM live hypotheses and the NP_MAX_READINGS - 1 more children */
    bool taken[2 * NP_BEAM] = {false};
    for (size_t i = 0; i < d->live; i++)
        taken[d->order[i]] = true;
    size_t slots[NP_MAX_READINGS];
    slots[0] = parent;
    for (size_t i = 1, s = 0; i < count; i++) {
        while (taken[s])
            s++;
        taken[s] = true;
        slots[i] = s;
        copy_hyp(d, s, parent);
    }
    memmove(&d->order[k], &d->order[k + 1], (d->live - k - 1) * sizeof *d->order);
    d->live--;
    for (size_t i = 0; i < count; i++) {
        np_hyp *h = &d->pool[slots[i]];
        h->path[h->nread++] = rs[i];
        h->score += rs[i].score;
        h->detours += i > 0;
        np_state_advance(&h->st, &rs[i], q);
        h->pos += rs[i].used;
        insert(d, slots[i]);
    }
}

/* The hypothesis to extend next: the one that has read the fewest lines
 * (the first such), if it may be extended now. */
static bool next_to_expand(np_decoder *d, bool final, size_t *k)
{
    size_t best = 0;
    for (size_t i = 1; i < d->live; i++)
        if (hyp(d, i)->pos < hyp(d, best)->pos)
            best = i;
    const np_hyp *h = hyp(d, best);
    if (h->pos >= d->count || h->nread == d->window)
        return false;
    if (!final && d->count - h->pos < NP_LOOKAHEAD)
        return false;
    *k = best;
    return true;
}

/* Whether every hypothesis begins with the same reading. */
static bool agreed(np_decoder *d)
{
    for (size_t k = 0; k < d->live; k++)
        if (hyp(d, k)->nread == 0 || !same_reading(&hyp(d, k)->path[0], &hyp(d, 0)->path[0]))
            return false;
    return true;
}

/* ------------------------------------------------------------------ */
/* The forced commit                                                    */
/* ------------------------------------------------------------------ */

/*
 * When the window fills before the hypotheses agree, the decoder must
 * choose among hypotheses that may have read different numbers of lines.
 * 点单配送，从“我送你接”变为“你需我送” over 科技铸“芯”，夯实大国粮仓之基
 * read as a kicker and a headline (one title block, score 0) stands past
 * both lines; read as a section head alone (head.stacked_clause, -50) it
 * stands after the first, its next block waiting for its look-ahead or
 * for room in its window.  Raw scores then compare unlike things: the one
 * behind has not met the evidence of the line the other has read, here a
 * second head of the same shape (head.comma_clause -40, seq.head_same_shape
 * +100).  So each hypothesis behind the furthest one is levelled first:
 * its best score over the readings that carry it on to the furthest line,
 * read from the lines that are there (the head, 10, then beats the title
 * block, 0).  Levelling serves this comparison only and nothing of it is
 * kept: every reading a hypothesis keeps, and every one committed, is
 * still made with its whole look-ahead, and no event comes later.
 *
 * Comparing only the hypotheses that stand at one common line instead
 * would not do: the line where the one behind stands lies inside a block
 * of the one ahead (the headline of its title block), where that one has
 * no score of its own, and leaving out the hypotheses ahead throws away
 * the evidence they read.  The hypotheses stand at most a block apart
 * (the one behind is always extended first), so levelling reads a block
 * or two; with the default window they rarely stand apart when it fills
 * (on the labelled pages, never), with a window of 1 at every block whose
 * readings take different numbers of lines.
 */

/* What a hypothesis can reach by reading on to a line. */
typedef struct np_reach {
    long score;
    bool exact; /* ends at the line; else its last block runs past it */
} np_reach;

/* A path that ends at the line compares like with like; one that runs
 * past it has read more than the others, so it comes second. */
static bool reach_better(np_reach a, np_reach b)
{
    return a.exact != b.exact ? a.exact : a.score > b.score;
}

/* The best score a hypothesis in state st at line pos can add by reading
 * on to line `to` (to <= d->count).  `to` is at most one block ahead and
 * every reading takes a line or more, so the search goes fewer than
 * NP_LOOKAHEAD readings deep, NP_MAX_READINGS wide: one or two blocks in
 * practice (the second line of a head, the rest of a title block). */
static np_reach reach(np_decoder *d, const np_state *st, size_t pos, size_t to)
{
    np_reach best = {0, pos == to};
    if (pos >= to)
        return best;
    np_line *q[NP_LOOKAHEAD];
    size_t n = view(d, pos, q);
    np_reading rs[NP_MAX_READINGS];
    size_t count = np_readings(st, q, n, rs);
    for (size_t i = 0; i < count; i++) {
        np_state next = *st;
        np_state_advance(&next, &rs[i], q);
        np_reach r = reach(d, &next, pos + rs[i].used, to);
        r.score += rs[i].score;
        if (i == 0 || reach_better(r, best))
            best = r;
    }
    return best;
}

/* The hypothesis whose first reading a forced commit carries out: the
 * best once every hypothesis is levelled to the furthest line (the first
 * of equals, as the order has them). */
static size_t levelled_best(np_decoder *d)
{
    size_t to = 0;
    for (size_t k = 0; k < d->live; k++)
        if (hyp(d, k)->pos > to)
            to = hyp(d, k)->pos;
    size_t chosen = 0;
    np_reach best = {0, false};
    for (size_t k = 0; k < d->live; k++) {
        const np_hyp *h = hyp(d, k);
        np_reach r = reach(d, &h->st, h->pos, to);
        r.score += h->score;
        if (k == 0 || reach_better(r, best)) {
            best = r;
            chosen = k;
        }
    }
    return chosen;
}

/* Carry out reading r, the first of one hypothesis or more; drop those
 * that begin otherwise. */
static np_status commit(np_decoder *d, np_reading r)
{
    size_t kept = 0;
    for (size_t k = 0; k < d->live; k++)
        if (hyp(d, k)->nread > 0 && same_reading(&hyp(d, k)->path[0], &r))
            d->order[kept++] = d->order[k];
    d->live = kept;
    np_line *q[NP_LOOKAHEAD];
    size_t n = view(d, 0, q);
    np_status st = np_blocks_act(d->blocks, &d->state, &r, q, n);
    /* a hypothesis that has read just this block is in the state it leads
     * to (the common case: one hypothesis, decided at once) */
    if (hyp(d, 0)->nread == 1)
        d->state = hyp(d, 0)->st;
    else
        np_state_advance(&d->state, &r, q);
    for (size_t k = 0; k < d->live; k++) {
        np_hyp *h = hyp(d, k);
        memmove(h->path, h->path + 1, (h->nread - 1) * sizeof *h->path);
        h->nread--;
        h->pos -= r.used;
    }
    /* scores count from the committed reading, so they stay small */
    long base = d->live > 0 ? hyp(d, 0)->score : 0;
    for (size_t k = 0; k < d->live; k++)
        hyp(d, k)->score -= base;
    drop_lines(d, r.used);
    return st;
}

/* Extend and commit as far as the lines that are there allow. */
/* The one hypothesis, with nothing read since the last commit, has one
 * reading for its next block: commit it at once (the common case). */
static np_status commit_only(np_decoder *d, const np_reading *r, np_line *const *q, size_t n)
{
    np_hyp *h = hyp(d, 0);
    np_status st = np_blocks_act(d->blocks, &d->state, r, q, n);
    np_state_advance(&h->st, r, q);
    d->state = h->st;
    drop_lines(d, r->used);
    return st;
}

/* Extend the hypotheses as far as the lines allow. */
static np_status extend(np_decoder *d, bool final)
{
    size_t k;
    while (next_to_expand(d, final, &k)) {
        np_line *q[NP_LOOKAHEAD];
        np_hyp *h = hyp(d, k);
        size_t n = view(d, h->pos, q);
        np_reading rs[NP_MAX_READINGS];
        size_t count = np_readings(&h->st, q, n, rs);
        if (d->live == 1 && h->nread == 0 && count == 1) {
            np_status st = commit_only(d, &rs[0], q, n);
            if (st != NP_OK)
                return st;
        } else {
            expand(d, k, q, rs, count);
        }
    }
    return NP_OK;
}

static np_status run(np_decoder *d, bool final)
{
    for (;;) {
        np_status ext = extend(d, final);
        if (ext != NP_OK)
            return ext;
        bool pending = false;
        for (size_t i = 0; i < d->live; i++)
            pending = pending || hyp(d, i)->nread > 0;
        if (!pending)
            return NP_OK; /* nothing read: wait for lines, or all done */
        /* commit what all agree on; else wait, unless the window is full
         * or the input has ended */
        bool full = d->count == d->cap;
        for (size_t i = 0; i < d->live; i++)
            full = full || hyp(d, i)->nread == d->window;
        bool agree = agreed(d);
        if (!agree && !final && !full)
            return NP_OK;
        /* hypotheses that agree, or have all read every line, compare
         * as they are */
        size_t k = agree ? 0 : levelled_best(d);
        np_status st = commit(d, hyp(d, k)->path[0]);
        if (st != NP_OK)
            return st;
    }
}

/* ------------------------------------------------------------------ */
/* Lines in                                                             */
/* ------------------------------------------------------------------ */

/* Keep the replacements of a line, counted from its trimmed start. */
static bool keep_fixes(np_line *ln, const np_buf *fixes, size_t skip)
{
    if (!fixes && ln->fixes.len == 0)
        return true; /* the common case: no replacements, before or now */
    np_buf_clear(&ln->fixes);
    const np_fix *f = fixes ? (const np_fix *)(const void *)fixes->data : NULL;
    size_t n = fixes ? fixes->len / sizeof *f : 0;
    for (size_t i = 0; i < n; i++) {
        np_fix g = {f[i].at - skip, f[i].raw_len};
        if (f[i].at >= skip && !np_buf_append(&ln->fixes, (const char *)&g, sizeof g))
            return false;
    }
    return true;
}

np_status np_decode_push(np_decoder *d, const char *s, size_t len, size_t lineno, uint64_t offset,
                         unsigned gap, bool indented, bool replaced, const np_buf *fixes, size_t skip)
{
    if (!d->ring)
        return NP_ERR_NOMEM;
    np_line *ln = ring_at(d, d->count);
    np_buf_clear(&ln->buf);
    if (!np_buf_append(&ln->buf, s, len) || !keep_fixes(ln, fixes, skip)) {
        np_blocks_error_at(d->blocks, lineno, offset);
        return NP_ERR_NOMEM;
    }
    ln->lineno = lineno;
    ln->offset = offset;
    ln->gap = gap;
    ln->replaced = replaced;
    ln->indented = indented;
    np_classify(ln);
    d->count++;
    return run(d, false);
}

np_status np_decode_finish(np_decoder *d)
{
    np_status st = run(d, true);
    return st != NP_OK ? st : np_blocks_finish(d->blocks);
}
