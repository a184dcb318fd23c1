/*
 * thresholds.h - the numbers the decisions use, each named once.
 */
#ifndef NP_THRESHOLDS_H
#define NP_THRESHOLDS_H

/* Blank lines before a block that mark a picture standing there (SPEC §1:
 * three blank lines before a figure's caption). */
#define NP_FIGURE_GAP 3

/* How far after the title lines a byline may stand: up to this many lead
 * paragraphs come first. */
#define NP_MAX_LEADS 3

/* The longest page name that is read from its position alone. */
#define NP_PAGE_NAME_MAX_CHARS 8

/* A section head this long or shorter is a short one (its shape class:
 * the heads of one article are either short phrases or whole clauses). */
#define NP_HEAD_SHORT_CHARS 20

#endif /* NP_THRESHOLDS_H */
