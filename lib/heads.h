/*
 * heads.h - the one-line shape of a section head: its numbering (一、
 * （二） 3. 【下沉】) and the organisation or place it opens with before a
 * colon (杭州市萧山区：…), and a line that is only such a name (浙江安吉,
 * a kicker's).  Whether the line is a head is decided in context
 * (readings.c, titles.c).
 */
#ifndef NP_HEADS_H
#define NP_HEADS_H

#include <stddef.h>
#include <stdint.h>

#include "parse.h"

/*
 * The numbering of a head (一、 （二） 3. 4、), a bracketed label (【下沉】…)
 * or a numeral standing alone as the whole line (一): its 、 or full stop
 * is no clause punctuation.  Returns the bytes it takes in s[0..len), or 0.
 */
size_t np_heads_numbering(const char *s, size_t len);

/* Set NP_LF_ENTITY_COLON (an organisation or place, then ：),
 * NP_LF_BARE_ENTITY (nothing but such a name) and NP_LF_PLACE (a province
 * and a county: 浙江安吉) on a line whose punctuation is scanned. */
void np_heads_entity_shape(np_line *ln);

/* Whether a text line has the shape of a head that is a whole clause
 * (食品中添加禁用成分，经营者未履行查验义务，也要承担惩罚性赔偿责任): commas,
 * no sentence end or clause mark at its end, at most NP_CLAUSE_HEAD_MAX_CHARS.
 * Only the article's other heads can tell it from a cut sentence. */
bool np_heads_clause_shape(const np_line *ln);

/* Whether a line has the shape of a head that asks (融资难在哪里？
 * 网络招聘平台应当如何建立有效的个人信息保护机制？): one question, no speaker's
 * label, not quoted, at most NP_QUESTION_HEAD_MAX_CHARS.  Alone in an
 * article it is a paragraph; only the article's other questions make it a
 * head. */
bool np_heads_question_shape(const np_line *ln);

/* Whether the line is the label of a box printed with an article (核心阅读,
 * 编者按, 链接): under the title lines it heads the box, no subheadline. */
bool np_heads_box_label(const np_line *ln);

/* Whether the line is one field of a form: a bracketed label and its value
 * (【事件】郑州开往上海的…) or a short label, a colon and the value
 * (时间:3月6日上午, at most NP_FIELD_LABEL_MAX_CHARS before the colon). */
bool np_heads_field_line(const np_line *ln);

/* Whether the line opens with a bracketed label of a few characters
 * (【下沉】…, 【点评】), a head's label or a form's field name. */
bool np_heads_opens_with_label(const np_line *ln);

/* A section head's shape, compared with the article's other heads (heads
 * of one article are printed alike): np_state.head_shape holds the first
 * head's (past a label: NP_HEAD_LABEL_MAX_CHARS), NP_SHAPE_SET marking
 * that there is one. */
#define NP_SHAPE_SET 0x01u
#define NP_SHAPE_NUMBERED 0x02u /* 一、 （二） 3. */
#define NP_SHAPE_ENTITY 0x04u   /* 机构：… */
#define NP_SHAPE_COMMA 0x08u    /* a comma outside quotes: 科技铸“芯”，夯实大国粮仓之基 */
#define NP_SHAPE_LONG 0x10u     /* longer than NP_HEAD_SHORT_CHARS */
#define NP_SHAPE_TWO_LINES 0x20u /* printed on two lines */
#define NP_SHAPE_SPACED 0x40u   /* ... a blank line apart (not right under each other) */
#define NP_SHAPE_MARKED 0x80u   /* set with a Markdown mark: ## 提效：建设未来社区 */
#define NP_SHAPE_QUESTION 0x100u /* a question: 银行为何敢贷？ */
/* Only a shape that sets heads apart tells (most heads are short). */
#define NP_SHAPE_TELLING (NP_SHAPE_NUMBERED | NP_SHAPE_COMMA | NP_SHAPE_TWO_LINES | NP_SHAPE_QUESTION)

/* The NP_SHAPE_* of the head whose lines are q[0..lines), compared with
 * the article's first head's (heads of one article are printed alike). */
uint16_t np_heads_shape(np_line *const *q, size_t lines);

/* Whether two NP_SHAPE_* are the same shape of head: the same bits, the
 * length aside for comma clauses. */
bool np_heads_alike(uint16_t a, uint16_t b);

/* Carry a section head reading of q[0..k) out (alt: the runner-up the
 * trace names): one node, the lines joined with a space. */
np_status np_heads_node(np_builder *b, np_line *const *q, size_t k, const char *by, const char *alt);

#endif /* NP_HEADS_H */
