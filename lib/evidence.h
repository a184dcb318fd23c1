/*
 * evidence.h - the evidence the decisions weigh, by the names the trace
 * prints, and its weights (evidence.c).
 */
#ifndef NP_EVIDENCE_H
#define NP_EVIDENCE_H

#include <stddef.h>

typedef struct np_evidence {
    const char *name;  /* the trace's name: "title.byline_follows" */
    int weight;        /* what it adds to the score of the reading it bears on */
} np_evidence;

/* The table, sorted by name. */
extern const np_evidence np_evidence_table[];
extern const size_t np_evidence_count;

/* The weight of the evidence called name; 0 for a name not in the table
 * (a test checks that every name the parser prints is there). */
int np_evidence_weight(const char *name);

/* The entry called name, or NULL. */
const np_evidence *np_evidence_find(const char *name);

#endif /* NP_EVIDENCE_H */
