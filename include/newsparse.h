/*
 * newsparse.h - the public interface of libnewsparse.
 *
 * libnewsparse parses the plain text of a printed Chinese newspaper page
 * (UTF-8, one paragraph a line, blocks separated by blank lines) into a
 * document tree: document -> articles -> title lines, byline, paragraphs,
 * section heads, figures and credits.  See doc/format.md for how each
 * element is decided and doc/api.md for a tour of this header.
 *
 * Usage in brief:
 *
 *     np_options opts;
 *     np_options_init(&opts);
 *     np_parser *p = np_parser_new(&opts);
 *     np_parser_feed(p, chunk, chunk_len);      (any number of times)
 *     np_node *doc;
 *     np_parser_finish(p, &doc);
 *     ... walk doc with np_iter or the node accessors ...
 *     np_document_free(doc);
 *     np_parser_free(p);
 *
 * Every function that can fail returns an np_status.  The library never
 * aborts or exits, checks every allocation and keeps no global mutable
 * state: independent parsers and trees may be used from different threads.
 * Strings are NUL-terminated UTF-8.
 */
#ifndef NEWSPARSE_H
#define NEWSPARSE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(NEWSPARSE_STATIC_DEFINE)
#define NP_EXPORT
#elif defined(_WIN32)
#ifdef NEWSPARSE_BUILDING
#define NP_EXPORT __declspec(dllexport)
#else
#define NP_EXPORT __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define NP_EXPORT __attribute__((visibility("default")))
#else
#define NP_EXPORT
#endif

/* ------------------------------------------------------------------ */
/* Version                                                             */
/* ------------------------------------------------------------------ */

#define NP_VERSION_MAJOR 0
#define NP_VERSION_MINOR 1
#define NP_VERSION_PATCH 0
#define NP_VERSION_STRING "0.1.0"
/* The version as one number, 0xMMmmpp, for compile-time comparisons. */
#define NP_VERSION ((NP_VERSION_MAJOR << 16) | (NP_VERSION_MINOR << 8) | NP_VERSION_PATCH)

/* The version of the library linked at run time, as NP_VERSION. */
NP_EXPORT int np_version(void);

/* The version of the library linked at run time, as "MAJOR.MINOR.PATCH". */
NP_EXPORT const char *np_version_string(void);

/* ------------------------------------------------------------------ */
/* Status codes                                                        */
/* ------------------------------------------------------------------ */

typedef enum np_status {
    NP_OK = 0,
    NP_ERR_NOMEM,       /* an allocation failed; the object is still safe to free */
    NP_ERR_UTF8,        /* the input is not valid UTF-8 (see NP_OPT_REPLACE_INVALID) */
    NP_ERR_NUL,         /* the input holds a NUL byte */
    NP_ERR_LIMIT_LINE,  /* a line (or a re-joined paragraph) is longer than max_line_bytes */
    NP_ERR_LIMIT_INPUT, /* the input is longer than max_input_bytes */
    NP_ERR_LIMIT_NODES, /* the tree would hold more than max_nodes nodes */
    NP_ERR_STATE,       /* a call out of order: feed after finish, finish twice, a call
                           on a parser from inside its own callbacks */
    NP_ERR_ARGUMENT,    /* a NULL pointer or an invalid option */
    NP_ERR_CALLBACK,    /* the event callback or a writer returned non-zero */
    NP_ERR_ENCODING     /* the input could not be converted from the named encoding */
} np_status;

/* A short English description of a status, never NULL. */
NP_EXPORT const char *np_status_string(np_status status);

/*
 * Where and why a parse or a conversion failed.  message is NUL-terminated
 * and says what went wrong, with the offending bytes in hex where there
 * are some ("invalid UTF-8 (bytes 0xE4 0xB8)"); the place is in line,
 * column and offset, which a caller prints its own way (the CLI:
 * FILE:LINE:COLUMN: message (byte OFFSET)).  The fields after message
 * came later and are appended so that the older ones keep their offsets.
 */
typedef struct np_error {
    np_status status;
    size_t line;        /* 1-based line of the offending byte, 0 if not tied to input */
    uint64_t offset;    /* 0-based byte offset in the input as fed (for a conversion:
                           in the source bytes) */
    char message[160];
    size_t column;      /* 1-based, in characters of the line (a BOM not counted), of
                           the offending byte; 0 when not tied to one character (a
                           paragraph or the input too long, too many nodes) */
    unsigned char bytes[4]; /* the offending bytes: an ill-formed sequence as far as it
                               is one (E4 B8 before an ASCII byte), a NUL, or for a
                               conversion the first bytes at offset */
    unsigned char byte_count; /* how many of bytes are set, 0 to 4 */
} np_error;

/* ------------------------------------------------------------------ */
/* Memory                                                              */
/* ------------------------------------------------------------------ */

/*
 * Allocator hooks.  Every allocation the library makes for a parser and the
 * trees it builds goes through these.  realloc_fn(NULL, n) must behave as
 * malloc; free_fn(NULL) must be harmless.  A hook may fail by returning NULL:
 * the call in progress then returns NP_ERR_NOMEM and leaks nothing.
 */
typedef struct np_allocator {
    void *(*malloc_fn)(size_t size, void *ctx);
    void *(*realloc_fn)(void *ptr, size_t size, void *ctx);
    void (*free_fn)(void *ptr, void *ctx);
    void *ctx;
} np_allocator;

/* Free a string returned by the library (np_render_string, np_convert_to_utf8). */
NP_EXPORT void np_free(void *ptr);

/* ------------------------------------------------------------------ */
/* The tree                                                            */
/* ------------------------------------------------------------------ */

typedef struct np_node np_node;

typedef enum np_node_type {
    NP_NODE_NONE = 0,
    NP_NODE_DOCUMENT,     /* the page */
    NP_NODE_ARTICLE,      /* one article; may lack title lines (continued from another page) */
    NP_NODE_KICKER,       /* 引题: the line above the headline */
    NP_NODE_HEADLINE,     /* 主题 */
    NP_NODE_SUBHEADLINE,  /* 副题: the line below the headline */
    NP_NODE_BYLINE,       /* text: the line without its marker; children: authors */
    NP_NODE_AUTHOR,       /* one person named in a byline */
    NP_NODE_PARAGRAPH,    /* text re-joined across column breaks and figures */
    NP_NODE_SECTION_HEAD, /* 小标题 */
    NP_NODE_FIGURE,       /* children: caption?, credit? */
    NP_NODE_CAPTION,
    NP_NODE_CREDIT,       /* see np_node_get_credit_kind / np_node_get_source */
    NP_NODE_FURNITURE     /* page furniture: not article content; see np_furniture_kind */
} np_node_type;

#define NP_NODE_TYPE_COUNT 14

typedef enum np_credit_kind {
    NP_CREDIT_NONE = 0,
    NP_CREDIT_PHOTOGRAPHER, /* 张三 摄, 张三摄, 张三/摄, 本报记者 张三 摄影报道 */
    NP_CREDIT_PROVIDED,     /* 图片由X提供, 本版图片由X提供, X供图, X发 */
    NP_CREDIT_DATA          /* 数据来源：X */
} np_credit_kind;

typedef enum np_furniture_kind {
    NP_FURNITURE_NONE = 0,
    NP_FURNITURE_PAGE_NUMBER, /* 3, 第3版, A3 */
    NP_FURNITURE_DATE,        /* 2024年6月3日 星期一 */
    NP_FURNITURE_PAGE_NAME,   /* 要闻, 特别报道 */
    NP_FURNITURE_EDITOR,      /* 责任编辑 甲, 本版责编：乙, 美术编辑：丙 */
    NP_FURNITURE_JUMP_TO,     /* （下转第二版）: source is the target page */
    NP_FURNITURE_JUMP_FROM,   /* （上接第三版）: source is the page it came from */
    NP_FURNITURE_SIGNATURE,   /* ——编  者 */
    NP_FURNITURE_MASTHEAD     /* 国内统一刊号:CN44-0126  代号:45-47: the paper's registration */
} np_furniture_kind;

/* Flags on a node (np_node_get_flags). */
#define NP_NODE_FLAG_REPLACED 1u /* the text holds U+FFFD for invalid input bytes */

/* The type of a node; NP_NODE_NONE for NULL. */
NP_EXPORT np_node_type np_node_get_type(const np_node *node);

/* The JSON name of a node type ("document", "section_head", ...); "" if unknown. */
NP_EXPORT const char *np_node_type_name(np_node_type type);

/* The node's text, NUL-terminated UTF-8, valid as long as the tree; "" for
 * nodes without text (document, article, figure).  Never NULL for a node. */
NP_EXPORT const char *np_node_get_text(const np_node *node);

/* The length in bytes of np_node_get_text. */
NP_EXPORT size_t np_node_get_text_len(const np_node *node);

/* The 1-based source line where the node's text starts (for an article,
 * its first line); 0 for the document and for authors. */
NP_EXPORT size_t np_node_get_line(const np_node *node);

/*
 * Where a node came from: a range of the input as fed (offsets count every
 * byte: a BOM, CR and LF included).  The end is exclusive.  A span of a
 * node with text starts at its first byte and ends after its last, so it
 * never includes a line end or the blank around the text (nor the marks #,
 * ##, ** or a byline's ■); spans inside lines are on one line.
 */
typedef struct np_span {
    size_t start_line;     /* 1-based line of the first byte */
    size_t end_line;       /* 1-based line of the last byte (start_line when empty) */
    uint64_t start_offset; /* offset of the first byte */
    uint64_t end_offset;   /* offset just past the last byte */
} np_span;

/* How many spans a node has: one a line its text was taken from (two or
 * more for a paragraph re-joined across a blank line or a figure, a head
 * or byline printed on two lines), in source order; one for an article or
 * a figure (from its first child's start to its last child's end, complete
 * at its EXIT event) and for the document (the whole input, complete at
 * its EXIT); 0 for NULL and for the nodes of an issue (np_issue: a span
 * counts the bytes of one input, and an issue's nodes carry their page
 * and line instead). */
NP_EXPORT size_t np_node_span_count(const np_node *node);

/* The index-th (0-based) span of node into *span: NP_OK, or NP_ERR_ARGUMENT
 * (and *span zeroed) when there is no such span or span is NULL. */
NP_EXPORT np_status np_node_span(const np_node *node, size_t index, np_span *span);

/* Structure.  Each returns NULL where there is no such node. */
NP_EXPORT np_node *np_node_parent(const np_node *node);
NP_EXPORT np_node *np_node_first_child(const np_node *node);
NP_EXPORT np_node *np_node_last_child(const np_node *node);
NP_EXPORT np_node *np_node_next(const np_node *node);
NP_EXPORT np_node *np_node_previous(const np_node *node);

/* The kind of a credit node; NP_CREDIT_NONE for other nodes. */
NP_EXPORT np_credit_kind np_node_get_credit_kind(const np_node *node);

/* The JSON name of a credit kind ("photographer", "provided", "data"); "" for none. */
NP_EXPORT const char *np_credit_kind_name(np_credit_kind kind);

/* The kind of a furniture node; NP_FURNITURE_NONE for other nodes. */
NP_EXPORT np_furniture_kind np_node_get_furniture_kind(const np_node *node);

/* The JSON name of a furniture kind ("page_number", "jump_to", ...); "" for none. */
NP_EXPORT const char *np_furniture_kind_name(np_furniture_kind kind);

/* For a credit: who took or provided the picture or data (several people
 * joined with "、").  For a jump line: the page it points to.  Otherwise "". */
NP_EXPORT const char *np_node_get_source(const np_node *node);

/* For a figure marked by a Markdown image line (![](images/3f2a.jpg)): the
 * picture's path as written.  Otherwise "". */
NP_EXPORT const char *np_node_get_src(const np_node *node);

/* NP_NODE_FLAG_* bits. */
NP_EXPORT unsigned np_node_get_flags(const np_node *node);

/* Free a document returned by np_parser_finish or np_parse, with every node
 * in it.  NULL is allowed.  Only a document node may be passed. */
NP_EXPORT void np_document_free(np_node *document);

/* ------------------------------------------------------------------ */
/* Walking the tree                                                    */
/* ------------------------------------------------------------------ */

typedef enum np_event_type {
    NP_EVENT_NONE = 0,
    NP_EVENT_DONE,  /* the iterator has finished */
    NP_EVENT_ENTER, /* before a node's children (every node has an ENTER ...) */
    NP_EVENT_EXIT   /* ... and an EXIT, leaves included */
} np_event_type;

/*
 * An iterator that yields ENTER and EXIT for every node under root (root
 * included) in document order.  It allocates nothing: declare one on the
 * stack and call np_iter_init.  The fields are private.
 */
typedef struct np_iter {
    const np_node *_root;
    const np_node *_node;
    np_event_type _event;
} np_iter;

/* Start a walk over root and its descendants. */
NP_EXPORT void np_iter_init(np_iter *iter, const np_node *root);

/* Advance; returns the new event (NP_EVENT_DONE at the end, and after it). */
NP_EXPORT np_event_type np_iter_next(np_iter *iter);

/* The node of the current event; NULL before the first np_iter_next and at DONE. */
NP_EXPORT np_node *np_iter_get_node(const np_iter *iter);

/* The current event. */
NP_EXPORT np_event_type np_iter_get_event(const np_iter *iter);

/* ------------------------------------------------------------------ */
/* Parsing                                                             */
/* ------------------------------------------------------------------ */

typedef struct np_parser np_parser;

/*
 * Event callback: called with ENTER and EXIT for each node as soon as the
 * parser has decided it, in the same order as an np_iter walk of the final
 * tree.  The node and its ancestors are valid during the call.  At the EXIT
 * of an article or a figure, in every mode, its subtree is whole: its
 * children are linked under it (walk or render it there).  With
 * NP_OPT_NO_TREE the nodes are freed once the top-level node that holds
 * them (an article, or a figure, credit or furniture line of the page) has
 * been exited, so memory is bounded by the largest article; the
 * document's children are not linked to each other.
 * Return 0 to go on, non-zero to stop: the feed or finish call in progress
 * then returns NP_ERR_CALLBACK.
 *
 * Re-entrancy: from inside its own callbacks (this one and the allocator
 * hooks), np_parser_feed and np_parser_finish on the same parser return
 * NP_ERR_STATE and change nothing, np_parser_free does nothing (free it
 * after the feed or finish has returned), np_parser_error may be called.
 * Other parsers, trees and renderers may be used freely.
 */
typedef int (*np_event_fn)(np_event_type event, const np_node *node, void *userdata);

/*
 * One decision of the parser, given to np_options.on_trace for every
 * non-empty input line, in line order, when the line is decided.  The
 * strings are static names except features, which is valid only during
 * the call.  doc/format.md lists the readings and the rules.
 */
typedef struct np_trace {
    size_t line;             /* 1-based line decided */
    uint64_t offset;         /* byte offset of the line's first byte */
    const char *reading;     /* what it was read as: "headline", "paragraph", "continuation", ... */
    const char *by;          /* the rule or evidence that decided it: "title.byline_follows" */
    const char *second_by;   /* a second decision on the line: a title's role, a wire byline
                                at a paragraph's end, a credit glued to a caption; else NULL */
    const char *alternative; /* the runner-up reading, or NULL when none was in play */
    const char *shape;       /* the line's kind on its own: "text", "title", "byline", ... */
    const char *features;    /* the line's features, space-separated: "final clause" */
} np_trace;

/* Trace callback (np_options.on_trace).  It must not call the parser. */
typedef void (*np_trace_fn)(const np_trace *record, void *userdata);

/* Option flags.  Any other bit is refused: np_parser_new returns a parser
 * that has failed with NP_ERR_ARGUMENT (np_parser_error says which bits;
 * feed and finish return it), and np_parse returns NP_ERR_ARGUMENT with err
 * filled, so that a flag of a newer version is never silently ignored. */
#define NP_OPT_NO_TREE 1u         /* do not keep the tree: events only, bounded memory */
#define NP_OPT_REPLACE_INVALID 2u /* replace invalid UTF-8 and NUL with U+FFFD instead of failing */

/* Default limits (see np_options). */
#define NP_DEFAULT_MAX_LINE_BYTES ((size_t)64 << 20)
/* Blocks a decision may wait for while the decoder weighs the readings of
 * the page together (np_parser_set_window): the default, and the most. */
#define NP_DEFAULT_WINDOW 16
#define NP_MAX_WINDOW 64

typedef struct np_options {
    unsigned flags;               /* NP_OPT_* */
    np_event_fn on_event;         /* NULL: no events */
    void *userdata;               /* passed to on_event */
    const np_allocator *allocator; /* NULL: malloc, realloc, free; copied by np_parser_new */
    size_t max_line_bytes;        /* longest line or paragraph; 0 = NP_DEFAULT_MAX_LINE_BYTES */
    uint64_t max_input_bytes;     /* 0 = no limit */
    size_t max_nodes;             /* most nodes in one tree; 0 = no limit */
    np_trace_fn on_trace;         /* NULL: no trace; see np_trace */
    void *trace_userdata;         /* passed to on_trace */
} np_options;

/* Fill opts with the defaults: no flags, no callback, the C allocator. */
NP_EXPORT void np_options_init(np_options *opts);

/* A new parser, or NULL if memory ran out (or the allocator lacks a hook).
 * opts may be NULL for defaults.  Unknown flags give a failed parser (see
 * NP_OPT_NO_TREE). */
NP_EXPORT np_parser *np_parser_new(const np_options *opts);

/*
 * How many blocks a decision may wait for while the readings of the page
 * are weighed together: 0 for NP_DEFAULT_WINDOW, at most NP_MAX_WINDOW; 1
 * decides each block on its own look-ahead.  The window can change the
 * tree, not only how late events come.  Call it before the first
 * np_parser_feed: NP_ERR_ARGUMENT after input, or above the cap, and the
 * parser is left as it was; NP_ERR_NOMEM when memory ran out.
 */
NP_EXPORT np_status np_parser_set_window(np_parser *parser, size_t window);

/*
 * Feed len bytes.  Chunks may have any size and may cut a UTF-8 sequence or
 * a CRLF; the result does not depend on how the input is cut.  On an error
 * the parser keeps the error (np_parser_error) and refuses further input.
 */
NP_EXPORT np_status np_parser_feed(np_parser *parser, const char *data, size_t len);

/*
 * End of input.  On success *document receives the tree (NULL with
 * NP_OPT_NO_TREE); the caller owns it and frees it with np_document_free.
 * document may be NULL to discard the tree.
 */
NP_EXPORT np_status np_parser_finish(np_parser *parser, np_node **document);

/* The error that stopped the parser; status NP_OK if none.  Never NULL. */
NP_EXPORT const np_error *np_parser_error(const np_parser *parser);

/* Free a parser and anything it still holds (not a tree it has returned).
 * Does nothing when called from inside the parser's own callbacks. */
NP_EXPORT void np_parser_free(np_parser *parser);

/*
 * Parse a whole buffer in one call.  opts may be NULL.  On success
 * *document receives the tree; on failure *document is NULL and err (may be
 * NULL) says what went wrong.
 */
NP_EXPORT np_status np_parse(const char *data, size_t len, const np_options *opts,
                             np_node **document, np_error *err);

/* ------------------------------------------------------------------ */
/* The page record, jump links and whole issues                        */
/* ------------------------------------------------------------------ */

/*
 * The page record of a parsed page: what its furniture prints about the
 * page (doc/format.md, "The page record").  Every value is read from the
 * page as printed and none is guessed: a value that is not printed is
 * NULL (0 for the number).  The strings are valid as long as the tree.
 */
typedef struct np_page np_page;

/* A page named by a number: the page number (3 for 第三版, A03 and 03) and
 * its label as printed with a letter or a leading zero ("A03", "04"; ""
 * for a plain number or a Chinese numeral).  number 0: no page. */
typedef struct np_page_ref {
    unsigned number;
    char label[8];
} np_page_ref;

/* The page record of a document returned by np_parser_finish or np_parse;
 * NULL for other nodes and for an issue (see np_issue_get_page). */
NP_EXPORT const np_page *np_document_get_page(const np_node *document);

/* The paper's name as printed in the page head (人民日报), or NULL. */
NP_EXPORT const char *np_page_get_paper(const np_page *page);

/* The date as ISO 8601, "2025-03-05" (from 2025年3月5日, 2025-03-05,
 * 2025.3.5, full-width or Chinese digits), or NULL when the page prints
 * no date with its year. */
NP_EXPORT const char *np_page_get_date(const np_page *page);

/* The weekday as printed (星期三, 周三), or NULL. */
NP_EXPORT const char *np_page_get_weekday(const np_page *page);

/* The page number (17 for 17, A17, 第17版 and 第十七版), or 0. */
NP_EXPORT unsigned np_page_get_number(const np_page *page);

/* The page number as printed when it has a letter or a leading zero
 * ("A03", "04"), else NULL. */
NP_EXPORT const char *np_page_get_label(const np_page *page);

/* The page name (要闻, 特别报道, 城事·民生), or NULL. */
NP_EXPORT const char *np_page_get_name(const np_page *page);

/* The editor lines as {role, names} entries, in line order: one entry a
 * role (本版责编：张  洁  吴  凯 -> role 本版责编, names 张洁 and 吴凯).
 * Out-of-range indexes give 0 and NULL. */
NP_EXPORT size_t np_page_get_editor_count(const np_page *page);
NP_EXPORT const char *np_page_get_editor_role(const np_page *page, size_t i);
NP_EXPORT size_t np_page_get_editor_name_count(const np_page *page, size_t i);
NP_EXPORT const char *np_page_get_editor_name(const np_page *page, size_t i, size_t j);

/* The page an article is continued on, from the jump line that closes
 * it, （下转第四版） -> 4; number 0 when it has none. */
NP_EXPORT np_page_ref np_article_get_continues_to(const np_node *article);

/* The page an article is continued from, from the jump line that opens it
 * (（上接第一版）, （上接A01版）, before or under a repeated headline);
 * number 0 when it has none. */
NP_EXPORT np_page_ref np_article_get_continued_from(const np_node *article);

/* In an issue: the page (its number, or its position where none is
 * printed) the node stands on; 0 for a node of a page and the issue's
 * document. */
NP_EXPORT unsigned np_node_get_page(const np_node *node);

/* How a jump line of an issue was resolved (np_issue_get_link). */
typedef enum np_link_status {
    NP_LINK_JOINED = 0, /* the continuation was appended to the article */
    NP_LINK_AMBIGUOUS,  /* two or more continuations (or first parts) fit: left apart */
    NP_LINK_UNMATCHED   /* no continuation on the page named (or no such page) */
} np_link_status;

/* One jump of an issue: the article it closes, the page it names, and
 * the continuation it was joined to (to_line 0 unless joined). */
typedef struct np_link {
    np_link_status status;
    unsigned from_page;  /* the first part's page */
    size_t from_line;    /* the first part's article line on that page */
    unsigned to_page;    /* the page the jump line names */
    size_t to_line;      /* the continuation's first line (its repeated headline, if any); 0 unless joined */
    size_t candidates;   /* continuations that fitted (2+ for ambiguous) */
} np_link;

/*
 * Stitch the pages of one issue (documents from np_parse, in any order)
 * into one new document: the pages in page order (their printed numbers,
 * or the position in pages[] where none is printed), each article that a
 * jump line continues on another page one article with its continuation's
 * content appended (a repeated headline dropped; the paragraph cut by the
 * jump re-joined with the continuation's first one, also after a full
 * stop, unless that one's first line is set in with the paragraph indent:
 * a jump cuts at a column's end, doc/format.md §7a).  Every node keeps its
 * line and carries its page (np_node_get_page).  The pages are not
 * changed and stay the caller's.  *issue is freed with np_document_free.
 * NP_ERR_ARGUMENT when a pointer is NULL, count is 0 or a page is no
 * document (or is itself an issue); NP_ERR_NOMEM.
 */
NP_EXPORT np_status np_issue(np_node *const *pages, size_t count, np_node **issue);

/* The pages of an issue, in page order; 0 and NULL for other nodes. */
NP_EXPORT size_t np_issue_get_page_count(const np_node *issue);
NP_EXPORT const np_page *np_issue_get_page(const np_node *issue, size_t i);

/* The page number the issue gives its page i (np_node_get_page of its
 * nodes): the printed number, or the page's 1-based position in the list
 * given to np_issue where none is printed; 0 out of range. */
NP_EXPORT unsigned np_issue_get_page_key(const np_node *issue, size_t i);

/* The jumps of an issue, in page and line order, each with how it was
 * resolved; 0 and NULL for other nodes or an index out of range. */
NP_EXPORT size_t np_issue_get_link_count(const np_node *issue);
NP_EXPORT const np_link *np_issue_get_link(const np_node *issue, size_t i);

/* ------------------------------------------------------------------ */
/* Rendering                                                           */
/* ------------------------------------------------------------------ */

typedef enum np_format {
    NP_FORMAT_JSON = 0, /* newsparse-json/1, see SPEC section 3 */
    NP_FORMAT_OUTLINE,  /* an indented tree for people */
    NP_FORMAT_HTML,     /* an HTML5 document (or fragment) */
    NP_FORMAT_MARKDOWN, /* CommonMark */
    NP_FORMAT_TEXT      /* plain text wrapped at a display width */
} np_format;

/* Render flags.  np_render and np_render_string refuse any other bit with
 * NP_ERR_ARGUMENT, writing nothing. */
#define NP_RENDER_COMPACT 1u   /* JSON: one line, no indentation (JSON Lines) */
#define NP_RENDER_FRAGMENT 2u  /* HTML: no <!DOCTYPE>/<html>/<head>/<body> wrapper */
#define NP_RENDER_FURNITURE 4u /* HTML, Markdown, text: show page furniture (JSON, outline: always) */

typedef struct np_render_options {
    unsigned flags; /* NP_RENDER_* */
    int width;      /* text: display columns, CJK counting two; 0 or less = 72 (below 8 lines may
                       be wider: the figure mark [图] and a wide character need room) */
    const char *stylesheet; /* HTML documents: NULL = the built-in <style> (a readable page);
                               "" = no style at all; otherwise the URL of a stylesheet to link
                               instead (<link rel="stylesheet" href="...">, escaped).  Fragments
                               carry no style either way. */
} np_render_options;

/* A writer: called with consecutive pieces of output.  Return 0 on success;
 * non-zero stops the renderer, which then returns NP_ERR_CALLBACK. */
typedef int (*np_write_fn)(const char *data, size_t len, void *userdata);

/* Fill opts with the defaults (no flags, width 72, the built-in stylesheet). */
NP_EXPORT void np_render_options_init(np_render_options *opts);

/* Render the subtree at root (a document, an article or any node) through
 * write.  opts may be NULL. */
NP_EXPORT np_status np_render(const np_node *root, np_format format, const np_render_options *opts,
                              np_write_fn write, void *userdata);

/* Render to a new NUL-terminated string, freed with np_free.  *len (may be
 * NULL) receives its length. */
NP_EXPORT np_status np_render_string(const np_node *root, np_format format,
                                     const np_render_options *opts, char **out, size_t *len);

/* The name of a format ("json", "outline", "html", "markdown", "text"). */
NP_EXPORT const char *np_format_name(np_format format);

/* ------------------------------------------------------------------ */
/* Encodings                                                           */
/* ------------------------------------------------------------------ */

/*
 * Convert len bytes of data in the named encoding ("GB18030", "GBK",
 * "BIG5", "UTF-16", any name the system's iconv knows; "UTF-8" only
 * checks) to UTF-8.  On success *out receives a new NUL-terminated string,
 * freed with np_free, and *out_len (may be NULL) its length.  Returns
 * NP_ERR_ENCODING when a byte sequence is invalid in that encoding or the
 * input ends inside one, NP_ERR_ARGUMENT when the encoding is unknown (or
 * a pointer is NULL), NP_ERR_NOMEM.  Nothing is replaced or dropped.
 */
NP_EXPORT np_status np_convert_to_utf8(const char *encoding, const char *data, size_t len,
                                       char **out, size_t *out_len);

/*
 * np_convert_to_utf8, and where it failed: err (may be NULL) receives the
 * status and, for NP_ERR_ENCODING, the place of the first sequence that
 * does not convert: line and column (in characters) as a parse of the
 * converted text would count them, offset in the source bytes, and the
 * first bytes there (up to 4; for GB18030 `81 0A` in line 3:
 * "invalid GB18030 (bytes 0x81 0x0A)", line 3).  A sequence cut by the end
 * of the input is reported at its first byte.  Finding the place costs a
 * second conversion, made only when the first one fails.
 */
NP_EXPORT np_status np_convert(const char *encoding, const char *data, size_t len, char **out,
                               size_t *out_len, np_error *err);

/*
 * Guess the encoding of a page, or of its first bytes: "UTF-16LE",
 * "UTF-16BE", "UTF-32LE" or "UTF-32BE" for their byte order marks; else
 * "UTF-8" when the bytes are valid UTF-8; else "GB18030" when they convert
 * cleanly from GB18030 and read as clearly Chinese text (at least 8 Han
 * characters, and Han characters and Chinese punctuation at least 90% of
 * the characters beyond ASCII); else NULL, which means: report the input
 * as invalid UTF-8.  A multi-byte sequence cut at the end of data is not
 * held against UTF-8 or GB18030, so data may be a prefix of the page; a
 * guess is therefore no promise that np_convert_to_utf8 succeeds.  Bytes
 * that are valid UTF-8 but for a few damaged ones (at most one in nine of
 * the non-ASCII bytes) give NULL, and so does running out of memory.  The
 * string returned is static.
 */
NP_EXPORT const char *np_detect_encoding(const char *data, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* NEWSPARSE_H */
