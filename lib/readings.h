/*
 * readings.h - the readings a block may take, the article's state they
 * read and change (readings.c), for the decoder (decode.h) and for
 * blocks.c, which carries a committed reading out.
 */
#ifndef NP_READINGS_H
#define NP_READINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heads.h"
#include "parse.h"

/* Where the open article stands: one value instead of loose flags. */
typedef enum np_phase {
    NP_PHASE_OUTSIDE = 0, /* no article is open */
    NP_PHASE_TITLES,      /* its title lines, and nothing after them yet */
    NP_PHASE_LEADS,       /* titles, then lead paragraphs; no byline or head yet */
    NP_PHASE_BODY,        /* its running text */
    NP_PHASE_CLOSING      /* its credit, or a byline after its text, was seen: it ends */
} np_phase;

/* The dateline that opened the article's first paragraph. */
typedef enum np_dateline {
    NP_DATELINE_NONE = 0,
    NP_DATELINE_NEWS, /* a news item's: 本报讯, 【本報訊】, (吉隆坡17日讯) */
    NP_DATELINE_WIRE  /* a wire's, place and day: 本报西安6月16日电 */
} np_dateline;

/* What the decisions know: everything a hypothesis carries. */
typedef struct np_state {
    np_para para;         /* the open paragraph */
    np_phase phase;
    uint8_t leads;        /* paragraphs under the titles (NP_PHASE_LEADS) */
    uint16_t head_shape;  /* NP_SHAPE_* of the article's heads */
    bool has_byline;
    bool has_text;        /* a paragraph of the article was started */
    bool entity_heads;    /* its heads have the form 机构：… */
    uint8_t dateline;     /* np_dateline: what opened its first paragraph */
    bool head_waiting;    /* the last block was a section head: its text is to come */
    bool continued;       /* a jump line said the next text continues an article */
    bool had_article;     /* an article has been opened */
    bool after_header;    /* the last block was a page header line */
    uint8_t header;       /* np_header_seen: what the page's header lines told */
    bool after_figure;    /* the last block was a figure */
    bool after_field;     /* the last block was a form's field (text.field_line) */
    bool photo_news;      /* its title stands over pictures and the next title block */
    bool started;         /* a block has been decided */
} np_state;

/* What a reading does. */
typedef enum np_act {
    NP_ACT_NONE = 0,
    NP_ACT_FURNITURE,  /* page furniture, as classify.c found it */
    NP_ACT_PAGE_NAME,  /* a page name read from its position */
    NP_ACT_FIGURE,     /* a figure: caption and credit, or an image line */
    NP_ACT_CREDIT,     /* a credit line of its own */
    NP_ACT_BYLINE,     /* a byline (used: 1, or 2 for a byline on two lines) */
    NP_ACT_TEXT,       /* a paragraph, or the continuation of the open one */
    NP_ACT_TITLES,     /* a title block opening an article (used: its lines) */
    NP_ACT_HEAD        /* a section head (used: 1, or 2 lines of one head) */
} np_act;

typedef struct np_reading {
    uint8_t act;       /* np_act */
    uint8_t used;      /* lines it takes */
    bool cont;         /* NP_ACT_TEXT: continues the open paragraph */
    bool verse;        /* NP_ACT_TEXT: a line of verse */
    bool plain;        /* NP_ACT_TEXT: ... of a poem set like title lines */
    bool opens;        /* NP_ACT_TEXT: opens a new article (the next item's dateline) */
    const char *by;    /* the evidence that proposed it: its trace name */
    const char *alt;   /* the runner-up reading the trace names, or NULL */
    int score;         /* the evidence's weight, with the context's (evidence.c) */
} np_reading;

/* The most readings one block is given. */
#define NP_MAX_READINGS 3

/* The readings of q[0] (q[0..n): the lines from there on, at most
 * NP_LOOKAHEAD) for a hypothesis in state st, best first; returns how
 * many (at least 1).  May set q[0]'s kind from the line under it (a
 * set-in title), the same for every hypothesis. */
size_t np_readings(const np_state *st, np_line *const *q, size_t n, np_reading *out);

/* The state after reading r of q[0..r->used). */
void np_state_advance(np_state *st, const np_reading *r, np_line *const *q);

/* Whether st's article is in its header: title lines, then leads. */
static inline bool np_state_header(const np_state *st)
{
    return st->phase == NP_PHASE_TITLES || st->phase == NP_PHASE_LEADS;
}
/* Whether a and b are the same state (the decoder keeps the better of two
 * hypotheses that reach one state at one line). */
bool np_state_equal(const np_state *a, const np_state *b);

#endif /* NP_READINGS_H */
