/*
 * byline.h - the one-line shape of a byline: a marker and names (■ 张三),
 * role words with names (本报记者 张三 通讯员 李四), names alone (a
 * bare-name line), a byline set in brackets (（本报记者 张三）), a role
 * without a person (本报评论员), an office before its author
 * (江苏省无锡市纪委监委 沈 琪), and a wire story's reporters in a bracket
 * at its end (…还在继续。（记者：甲、乙）).  Whether the line *is* a byline
 * is decided in context (readings.c, titles.c).
 */
#ifndef NP_BYLINE_H
#define NP_BYLINE_H

#include "parse.h"

/* The bytes of a marker printed before a byline or a caption (■ □ ● …,
 * SPEC §2: the marks are not text) and the blanks after it, at the start
 * of s; 0 when s starts otherwise. */
size_t np_marker_length(const char *s, size_t len);

/* …还在继续。（记者：甲、乙、丙）: when a finished sentence ends with a
 * bracket of names, set NP_LF_WIRE_BYLINE, wire_at (where the bracket
 * starts) and the names, [names_from, names_to) the people. */
void np_byline_wire_shape(np_line *ln);

/* When ln (punctuation scanned, no sentence in it) has a byline's shape,
 * set its kind NP_LK_BYLINE, or NP_LK_NAMES for names alone, and its
 * names and [names_from, names_to) (without a marker or brackets). */
void np_byline_shape(np_line *ln);

/* Carry a byline reading of q[0..k) out (k: 2 for a byline printed over
 * two lines): its node and authors in the article, opened if none is. */
np_status np_byline_node(np_builder *b, np_line *const *q, size_t k, const char *rule);

/* The byline node of a wire story's bracket at the end of ln's paragraph,
 * emitted after that paragraph (reflow.c closes it first). */
np_status np_byline_wire_node(np_builder *b, const np_line *ln);

#endif /* NP_BYLINE_H */
