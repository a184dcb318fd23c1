/*
 * parse.h - the parser's internal pipeline.
 *
 *   input.c     bytes -> lines (chunking, line ends, BOM, UTF-8, limits)
 *   classify.c  one line -> its features: length, punctuation, marks,
 *               dateline, title shape; and each element's shape, from
 *               the element's file: byline.c (bylines), credit.c
 *               (credits), figure.c (caption words, image lines),
 *               heads.c (numbering, 机构：…), furniture.c (furniture)
 *   readings.c  the readings a block may take and what each does to the
 *               state; each element's rules in its own file: furniture.c
 *               (page names), figure.c (figures), heads.c (head shapes),
 *               reflow.c (fragments), titles.c (title blocks)
 *   decode.c    the line queue and the choice among readings over a window
 *   blocks.c    a committed reading handed to its element's builder, in
 *               the element's file; build.c holds what they share (the
 *               trace, articles opened and closed, line nodes)
 *   titles.c    title block evidence and roles (kicker/headline/subheadline)
 *   reflow.c    paragraph fragments re-joined across breaks and figures
 *   paragraph.c the open paragraph's text, spans and waiting figures
 *   emit.c      decided nodes -> tree and/or events
 *   parser.c    the public lifecycle (new, feed, finish, free)
 */
#ifndef NP_PARSE_H
#define NP_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "credit.h"
#include "internal.h"
#include "names.h"
#include "thresholds.h"

/* ------------------------------------------------------------------ */
/* Lines                                                                */
/* ------------------------------------------------------------------ */

/* Markdown-like marks: hints, never part of the text. */
enum {
    NP_MARK_NONE = 0,
    NP_MARK_H1,   /* # title */
    NP_MARK_H2    /* ## kicker or section head */
};

/* What a line looks like on its own, before context decides. */
typedef enum np_line_kind {
    NP_LK_TEXT = 0,  /* sentence text: a paragraph or a fragment of one */
    NP_LK_TITLE,     /* short, no sentence end: a title line or section head */
    NP_LK_BYLINE,    /* a marker (■ □ ●) or role words with names */
    NP_LK_NAMES,     /* only personal names: a byline where a byline may stand */
    NP_LK_CREDIT,    /* a whole-line credit */
    NP_LK_FURNITURE, /* page furniture (see np_line.furniture) */
    NP_LK_IMAGE      /* a Markdown image line ![](path): a picture stood here */
} np_line_kind;

/* Feature bits of a line (np_line.flags). */
#define NP_LF_FINAL        0x0001u /* ends a sentence (。！？… before any closing quotes) */
#define NP_LF_SENTENCE     0x0002u /* a sentence end inside the line, outside quotes */
#define NP_LF_CLAUSE       0x0004u /* clause punctuation (，、；) outside quotes */
#define NP_LF_UNBALANCED   0x0008u /* quotes or brackets left open or closed unmatched */
#define NP_LF_COLON_END    0x0010u /* ends with ： (the first line of a two-line head) */
#define NP_LF_DASH_END     0x0020u /* ends with —— (a kicker) */
#define NP_LF_DASH_START   0x0040u /* starts with —— (a subheadline) */
#define NP_LF_BOLD_OPEN    0x0080u /* starts with ** and does not close it */
#define NP_LF_BOLD_CLOSE   0x0100u /* ends with ** that it did not open */
#define NP_LF_CAPTION      0x0200u /* caption shape: 图① 图1： 图为 … */
#define NP_LF_CREDIT_TAIL  0x0400u /* ends with a glued credit (see np_line.credit, cut) */
#define NP_LF_FUNCTION_END 0x0800u /* ends with a function word (的 了 在 和 …): a fragment */
#define NP_LF_ENTITY_COLON 0x1000u /* starts with an organisation or place, then ： */
#define NP_LF_BARE_ENTITY  0x2000u /* only an organisation or place name */
#define NP_LF_WIRE_BYLINE  0x4000u /* ends with （记者：甲、乙） */
#define NP_LF_OPENS_QUOTE  0x8000u /* a quotation opened and not closed */
#define NP_LF_CLOSES_FIRST 0x10000u /* its first quotation mark closes one */
#define NP_LF_DATELINE     0x20000u /* opens with a dateline: 新华社X月X日电, 本报讯 */
#define NP_LF_EXCLAIM_END  0x40000u /* ends with ！ or ？ */
#define NP_LF_NUMBERED     0x80000u /* opens with a head's numbering: 一、 （二） 3. */
#define NP_LF_BRACKETED    0x100000u /* wholly in brackets: （作者为…研究员） */
#define NP_LF_SPEAKER      0x200000u /* opens with a speaker's label: 记者： 问： 答： */
#define NP_LF_STOP_INSIDE  0x400000u /* a full stop (not ！ or ？) inside the line */
#define NP_LF_QUOTED       0x800000u /* wholly in quotation marks */
#define NP_LF_COMMA        0x1000000u /* a comma or semicolon (not 、) outside quotes */
#define NP_LF_PLACE        0x2000000u /* a province and a county or city: 浙江安吉 */
#define NP_LF_SET_IN_TITLE 0x4000000u /* title-shaped but set in like a paragraph (see readings.c) */
#define NP_LF_COMPILED     0x8000000u /* a bracket naming who compiled the text: （本报记者X采访整理） */
#define NP_LF_LABEL        0x10000000u /* opens with a bracketed label: 【下沉】…, 【点评】 */
#define NP_LF_NAMES_PAGE   0x20000000u /* a header line naming the page (not only the paper): 第12版 文化 */
#define NP_LF_NUMBERS_PAGE 0x40000000u /* a header line giving the page's number: 第12版, A06 */
#define NP_LF_TABLE_ROW    0x80000000u /* a results table's row: 德约科维奇  3∶0   埃切维里 */

typedef struct np_line {
    np_buf buf;          /* the line's content, trimmed, marks removed */
    size_t lineno;       /* 1-based */
    uint64_t offset;     /* byte offset of the line's first byte */
    size_t lead;         /* bytes of marks (# ## **) np_classify took off the front */
    np_buf fixes;        /* replaced lines: np_fix of each U+FFFD, `at` counted from
                            the line's trimmed start (before lead) */
    unsigned gap;        /* blank lines before it */
    unsigned flags;      /* NP_LF_* */
    np_line_kind kind;
    uint8_t mark;        /* NP_MARK_* */
    uint8_t furniture;   /* np_furniture_kind when kind == NP_LK_FURNITURE */
    bool replaced;       /* invalid bytes were replaced with U+FFFD */
    bool indented;       /* set in with "　　", the paragraph indent */
    size_t chars;        /* code points in buf */
    int quote_balance;   /* opening minus closing quotation marks */
    size_t colon;        /* the first ： or the length */
    size_t first_punct;  /* the first clause or sentence-final mark, or the length */
    bool tuwei;          /* holds 图为 */
    bool wire_dateline;  /* opens with a wire's dateline: 新华社南宁5月20日电 */
    size_t wire_at;      /* NP_LF_WIRE_BYLINE: where the bracket starts */
    size_t cut;          /* NP_LF_CREDIT_TAIL: where the caption ends */
    size_t jump_a, jump_b; /* jump lines: the page named */
    size_t src, src_len; /* NP_LK_IMAGE: the picture's path */
    np_credit credit;    /* NP_LK_CREDIT or NP_LF_CREDIT_TAIL */
    np_names names;      /* NP_LK_BYLINE / NP_LK_NAMES: the people */
    size_t names_from;   /* the byline's text: without a marker or brackets */
    size_t names_to;
} np_line;

/* Fill in kind, flags and the rest from ln->buf (already trimmed text). */
void np_classify(np_line *ln);

/* The input offset of ln->buf.data[pos] on a line with replacements:
 * np_classify took ln->lead bytes of marks off the front, and each U+FFFD
 * before the byte stands for raw_len bytes of the input (input.c). */
static inline uint64_t np_line_fixed_offset(const np_line *ln, size_t pos)
{
    /* np_buf data comes from the allocator: aligned for any object */
    const np_fix *f = (const np_fix *)(const void *)ln->fixes.data;
    size_t n = ln->fixes.len / sizeof *f, at = ln->lead + pos;
    uint64_t off = ln->offset + at;
    for (size_t i = 0; i < n && f[i].at + 3 <= at; i++)
        off = off + f[i].raw_len - 3;
    return off;
}

/* The span of ln->buf.data[from, to): buf holds the bytes of the input
 * from offset + lead on, marks and blanks taken off its ends only (and on
 * a replaced line each U+FFFD standing for the bytes it replaced). */
static inline np_span np_line_span(const np_line *ln, size_t from, size_t to)
{
    uint64_t base = ln->offset + ln->lead;
    np_span s = {ln->lineno, ln->lineno, base + from, base + to};
    if (ln->fixes.len > 0) {
        s.start_offset = np_line_fixed_offset(ln, from);
        s.end_offset = np_line_fixed_offset(ln, to);
    }
    return s;
}

/* The trace's names of a line's kind ("title") and of its feature bits,
 * written space-separated into buf (always NUL-terminated). */
const char *np_line_kind_name(np_line_kind kind);
void np_line_feature_names(const np_line *ln, char *buf, size_t cap);

/* ------------------------------------------------------------------ */
/* Emitting nodes                                                      */
/* ------------------------------------------------------------------ */

typedef struct np_emitter {
    np_mem *mem;
    np_tree *tree;         /* the document being built (also in event mode) */
    np_arena items;        /* event mode: page-level nodes made with no article open */
    bool keep_tree;
    np_event_fn on_event;
    void *userdata;
    size_t max_nodes;
    size_t nodes;          /* nodes made, for max_nodes */
    bool doc_entered;
    np_node *article;      /* the open article, or NULL */
    /* The page a （上接第X版） line right before the next article names: the
     * article keeps it (np_article_get_continued_from), for in event mode
     * that line is gone when the article is read. */
    char jump_from[32];
    size_t jump_from_len;
    np_status status;      /* sticky */
} np_emitter;

np_status np_emit_init(np_emitter *em, np_mem *mem, const np_options *opts);
void np_emit_free(np_emitter *em);
/* The arena new nodes come from: the tree's, or the per-element one. */
np_arena *np_emit_arena(np_emitter *em);
/* A new node (counted against max_nodes), or NULL with em->status set. */
np_node *np_emit_node(np_emitter *em, np_node_type type, const char *text, size_t len, size_t line);
/* Flags n NP_NODE_FLAG_REPLACED when it was built from text in which
 * invalid bytes were replaced (from_replaced) and holds a U+FFFD. */
void np_emit_mark_replaced(np_node *n, bool from_replaced);
np_status np_emit_open_article(np_emitter *em, size_t line);
np_status np_emit_close_article(np_emitter *em);
/* Attach a finished subtree to the open article (or the document when
 * to_page or no article is open) and deliver its events. */
np_status np_emit_subtree(np_emitter *em, np_node *node, bool to_page);
/* The end: deliver the document's EXIT. */
np_status np_emit_finish(np_emitter *em);
/* Event mode: release the nodes of emitted elements when nothing waits. */
void np_emit_release(np_emitter *em);

/* ------------------------------------------------------------------ */
/* Paragraph re-joining                                                 */
/* ------------------------------------------------------------------ */

/* Figures that wait for the paragraph they interrupted. */
#define NP_MAX_PENDING 16

/* What the decisions know of the open paragraph: a few values, so that
 * each hypothesis of the decoder (decode.c) carries its own copy. */
typedef struct np_para {
    bool open;
    bool finished;        /* the last fragment ended a sentence */
    bool verse;           /* it began as a line of verse */
    bool nonempty;        /* it holds text */
    unsigned waiting;     /* figures waiting for it (at most NP_MAX_PENDING) */
    int quote_depth;      /* “ minus ” over the whole paragraph */
    size_t last_chars;    /* characters of the last fragment's line */
    bool plain;           /* a verse set like title lines: flush, no marks */
    unsigned poem_lines;  /* lines of such a poem so far, kept across its lines */
    unsigned set_in;      /* paragraphs so far that began set in (　　) */
    unsigned flush;       /* ... and that began flush with the column */
} np_para;

/* ln's text s[0..len) (s inside ln->buf) added to the paragraph p. */
void np_para_add(np_para *p, const np_line *ln, const char *s, size_t len);

typedef struct np_reflow {
    np_para para;
    np_buf text;          /* the paragraph so far */
    np_span first;        /* the first fragment's span (most paragraphs have one) */
    np_buf more;          /* np_span of each fragment after the first, in order */
    size_t line;          /* where it started */
    bool replaced;
    np_node *pending[NP_MAX_PENDING];
    size_t npending;
} np_reflow;

void np_reflow_init(np_reflow *r, np_mem *mem);
void np_reflow_free(np_reflow *r);
/* Whether line ln (next: the line after it, or NULL) continues the open
 * paragraph: the rule that says so ("reflow.unfinished",
 * "reflow.open_quotation"), or NULL. */
const char *np_reflow_continues(const np_para *r, const np_line *ln, const np_line *next);
/* Whether ln (next: the line after it, or NULL), after an unfinished
 * fragment, starts a paragraph of its own as the next line of verse:
 * printed right under the last line, or short in a run of short lines
 * (SPEC §1: verse is a line per verse, even where it ends with ，). */
bool np_reflow_verse(const np_para *r, const np_line *ln, const np_line *next);
/* How many lines from q[0] on read as the lines of a poem set like title
 * lines (short, flush, no sentence ends, a blank line apart): from
 * NP_VERSE_RUN_MIN_LINES on, more than a title block and its byline. */
size_t np_reflow_verse_run(np_line *const *q, size_t n);
/* Whether ln is the next line of a poem set like title lines, the open
 * paragraph r being its verse. */
bool np_reflow_plain_verse(const np_para *r, const np_line *ln);
/* Start a paragraph with ln's text s[0..len), or append it to the open one
 * (paragraph.c; what the decisions know of it, r->para, the caller adds
 * with np_para_add). */
np_status np_reflow_add(np_reflow *r, const np_line *ln, const char *s, size_t len, size_t max_bytes);
/* Emit the open paragraph (if any) and then the figures that waited. */
np_status np_reflow_close(np_reflow *r, np_emitter *em);
/* A figure met while a paragraph is open waits for it; else emit now. */
np_status np_reflow_figure(np_reflow *r, np_emitter *em, np_node *figure, bool to_page);
/* Whether the short line q[0] (one line, not two of a head) reads as a
 * piece of a paragraph rather than a section head: the rule that says so
 * (its trace name), or NULL.  in_text: the article's running text has
 * begun (past its titles and leads), which alone a column break with a
 * figure in it can cut. */
const char *np_reflow_fragment(np_line *const *q, size_t n, bool in_text);

/* ------------------------------------------------------------------ */
/* Building nodes: what each element's file builds its nodes with       */
/* ------------------------------------------------------------------ */

/* Lines each decision sees: the block and the lines after it (a title
 * block, three leads and a byline fit). */
#define NP_LOOKAHEAD 8

/* What an element's builder (furniture.c, figure.c, credit.c, byline.c,
 * titles.c, heads.c, reflow.c) needs to carry a committed reading out, so
 * that it builds its nodes without knowing the blocks or the readings. */
typedef struct np_builder {
    np_mem *mem;
    np_emitter *em;       /* the tree or events, and the open article */
    np_reflow reflow;     /* the open paragraph and the figures waiting for it */
    np_buf scratch;       /* building texts such as joined heads and sources */
    size_t max_line;
    np_trace_fn on_trace; /* NULL: no trace */
    void *trace_userdata;
    char features[512];   /* the trace's feature names of the line traced */
} np_builder;

/* The trace line of ln: its reading, the rule that decided it and the
 * runner-up, so that every line's decision can be followed (--trace). */
void np_build_trace(np_builder *b, const np_line *ln, const char *reading, const char *by,
                    const char *second_by, const char *alternative);
/* Close the open article, its last paragraph first, where a reading ends it. */
np_status np_build_close_article(np_builder *b);
/* Open an article at line, the one open before closed: a title block's. */
np_status np_build_open_article(np_builder *b, size_t line);
/* Open an article at line if none is: text without title lines, continued
 * from another page or before any title, still needs one. */
np_status np_build_ensure_article(np_builder *b, size_t line);
/* A node of s[0..len) trimmed; replaced: the text comes from a line whose
 * invalid bytes were replaced, which callers must be able to tell. */
np_node *np_build_text_node(np_builder *b, np_node_type type, const char *s, size_t len, size_t line,
                            bool replaced);
/* A node of ln->buf.data[from, to) trimmed, with its one span, for the
 * many elements that are one line's text. */
np_node *np_build_line_node(np_builder *b, np_node_type type, const np_line *ln, size_t from, size_t to);
/* Give n its spans; false (status set) when memory ran out, for nodes of
 * several lines. */
bool np_build_set_spans(np_builder *b, np_node *n, const np_span *spans, size_t count);

/* Carry a text reading of ln out (reflow.c): a new paragraph, or its
 * continuation (cont), a line of verse (verse); by and alt for the trace.
 * A wire story's bracket after the text ends the paragraph as a byline;
 * opens: the paragraph opens a new article (the next item's dateline). */
np_status np_reflow_text(np_builder *b, const np_line *ln, bool cont, bool verse, bool opens, const char *by,
                         const char *alt);

/* ------------------------------------------------------------------ */
/* Blocks: committed readings carried out                               */
/* ------------------------------------------------------------------ */

typedef struct np_blocks {
    np_builder build;     /* what the element builders build with */
    size_t err_line;      /* the line being decided, for errors */
    uint64_t err_offset;
} np_blocks;

struct np_state;
struct np_reading;

void np_blocks_init(np_blocks *b, np_mem *mem, np_emitter *em, const np_options *opts);
void np_blocks_free(np_blocks *b);
/* Carry out reading r of q[0..r->used) (q[0..n): the lines from there on),
 * decided in state st (the state before it): build its nodes, trace it. */
np_status np_blocks_act(np_blocks *b, const struct np_state *st, const struct np_reading *r, np_line *const *q,
                        size_t n);
/* Errors name this line. */
void np_blocks_error_at(np_blocks *b, size_t line, uint64_t offset);
/* Close everything. */
np_status np_blocks_finish(np_blocks *b);

#endif /* NP_PARSE_H */
