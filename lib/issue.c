/*
 * issue.c - a whole issue: the parsed pages of one issue stitched into one
 * document (np_issue in newsparse.h).
 *
 * The pages are put in page order: the printed number of each page
 * (page.c), or its position in the caller's list where none is printed.
 * Then each jump line is resolved.  An article A on page P that closes
 * with （下转第Q版） is continued by the article C of page Q that opens
 * with （上接第P版）.  Only a unique pair is joined: when page Q holds two
 * such continuations (or page P two first parts naming Q), the headline
 * C repeats decides if it is A's and only A's; otherwise the link is left
 * apart and reported AMBIGUOUS, never guessed.  A joined continuation is
 * no article of its own: its content follows A's, without its repeated
 * title lines, and A's cut paragraph is re-joined with C's first one
 * unless that one's first line is set in (a jump cuts at a column's end:
 * see append_continuation).  Every node is copied into the issue's tree
 * with its line and its page.
 */
#include <string.h>

#include "internal.h"
#include "page.h"
#include "text.h"

struct np_issue {
    size_t page_count;
    const np_page **pages; /* in page order */
    unsigned *keys;        /* each page's number, or its position in the caller's list */
    np_link *links;
    size_t link_count;
};

/* One article of a page that a jump line names or is named by. */
typedef struct jump_end {
    const np_node *article;
    const np_node *title;  /* a continuation's repeated headline parsed as an article of its own */
    size_t page;           /* index in page order */
    np_page_ref to, from;  /* continues_to, continued_from */
    int next;              /* the continuation joined to it, or -1 */
    bool absorbed;         /* it is a joined continuation */
    size_t link;           /* its link (when to.number != 0) */
} jump_end;

typedef struct stitcher {
    np_mem mem;
    np_tree *tree;
    np_node *const *pages; /* in page order */
    unsigned *keys;
    size_t count;
    jump_end *ends;
    size_t end_count;
} stitcher;

/* ------------------------------------------------------------------ */
/* Page order                                                           */
/* ------------------------------------------------------------------ */

/* Put the pages in page order: by key, and by the caller's order between
 * equal keys (an insertion sort: an issue has tens of pages). */
static void order_pages(np_node **pages, unsigned *keys, size_t count)
{
    for (size_t i = 1; i < count; i++) {
        np_node *p = pages[i];
        unsigned k = keys[i];
        size_t j = i;
        for (; j > 0 && keys[j - 1] > k; j--) {
            pages[j] = pages[j - 1];
            keys[j] = keys[j - 1];
        }
        pages[j] = p;
        keys[j] = k;
    }
}

/* ------------------------------------------------------------------ */
/* Resolving the jumps                                                  */
/* ------------------------------------------------------------------ */

/* The text of an article's headline, or NULL. */
static const np_node *headline_of(const np_node *article)
{
    for (const np_node *c = article->first_child; c != NULL; c = c->next)
        if (c->type == NP_NODE_HEADLINE)
            return c;
    return NULL;
}

static bool same_text(const np_node *a, const np_node *b)
{
    return a && b && a->text_len == b->text_len && memcmp(a->text, b->text, a->text_len) == 0;
}

static bool same_headline(const np_node *a, const np_node *b)
{
    return same_text(headline_of(a), headline_of(b));
}

/* Whether continuation c fits first part a: on the page a names, and
 * naming a's page. */
static bool fits(const stitcher *s, const jump_end *a, const jump_end *c)
{
    return c->from.number != 0 && s->keys[c->page] == a->to.number && c->from.number == s->keys[a->page] &&
           c != a;
}

/* Of the ends fitting `one` on the other side, how many, and the index of
 * the last; with `by_headline`, only those repeating its headline. */
static size_t count_fitting(const stitcher *s, size_t one, bool one_is_first, bool by_headline, size_t *found)
{
    size_t n = 0;
    for (size_t k = 0; k < s->end_count; k++) {
        const jump_end *a = one_is_first ? &s->ends[one] : &s->ends[k];
        const jump_end *c = one_is_first ? &s->ends[k] : &s->ends[one];
        if (!fits(s, a, c) || (by_headline && !same_headline(a->article, c->title ? c->title : c->article)))
            continue;
        n++;
        *found = k;
    }
    return n;
}

/* The one continuation of first part i, narrowed by the repeated headline
 * when several fit; *candidates says how many fitted at first. */
static int unique_partner(const stitcher *s, size_t i, bool first, size_t *candidates)
{
    size_t found = 0;
    size_t n = count_fitting(s, i, first, false, &found);
    *candidates = n;
    if (n > 1 && count_fitting(s, i, first, true, &found) == 1)
        n = 1;
    return n == 1 ? (int)found : -1;
}

/* Whether following the joins from end c comes back to a (a cycle of
 * jumps, which no printed issue has: left apart). */
static bool leads_back(const stitcher *s, size_t c, size_t a)
{
    for (size_t steps = 0; steps <= s->end_count; steps++) {
        if (c == a)
            return true;
        if (s->ends[c].next < 0)
            return false;
        c = (size_t)s->ends[c].next;
    }
    return true;
}

static void resolve_link(stitcher *s, size_t i, np_link *link)
{
    jump_end *a = &s->ends[i];
    link->from_page = s->keys[a->page];
    link->from_line = a->article->line;
    link->to_page = a->to.number;
    size_t back;
    int c = unique_partner(s, i, true, &link->candidates);
    /* the continuation must name only this first part, too */
    bool mutual = c >= 0 && unique_partner(s, (size_t)c, false, &back) == (int)i;
    if (c >= 0 && mutual && !leads_back(s, (size_t)c, i)) {
        link->status = NP_LINK_JOINED;
        const jump_end *ce = &s->ends[c];
        link->to_line = (ce->title ? ce->title : ce->article)->line;
        a->next = c;
        s->ends[c].absorbed = true;
    } else {
        link->status = link->candidates == 0 ? NP_LINK_UNMATCHED : NP_LINK_AMBIGUOUS;
    }
}

static bool is_title(const np_node *n)
{
    return n->type == NP_NODE_KICKER || n->type == NP_NODE_HEADLINE || n->type == NP_NODE_SUBHEADLINE;
}

/*
 * 以“三农”向好赢得全局主动 / （上接第一版） / 品质指标…: a continuation
 * under its repeated headline, where the page's tree holds the headline as
 * an article of titles only and the jump line after it on the page.  That
 * article is the continuation's own title (it is dropped with it); NULL
 * when there is none.
 */
static const np_node *repeated_title(const np_node *c, np_page_ref from)
{
    if (from.number == 0)
        return NULL;
    bool jump = false;
    const np_node *t = c->prev;
    for (; t != NULL && t->type == NP_NODE_FURNITURE; t = t->prev)
        jump = jump || t->kind == NP_FURNITURE_JUMP_FROM;
    if (!jump || t == NULL || t->type != NP_NODE_ARTICLE || t->first_child == NULL)
        return NULL;
    for (const np_node *k = t->first_child; k != NULL; k = k->next)
        if (!is_title(k))
            return NULL;
    return t;
}

/* The articles of every page that a jump line closes or opens. */
static bool collect_ends(stitcher *s)
{
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++) {
        n = 0;
        for (size_t p = 0; p < s->count; p++)
            for (const np_node *c = s->pages[p]->first_child; c != NULL; c = c->next) {
                np_page_ref to = np_article_get_continues_to(c), from = np_article_get_continued_from(c);
                if (to.number == 0 && from.number == 0)
                    continue;
                if (pass == 1)
                    s->ends[n] = (jump_end){c, repeated_title(c, from), p, to, from, -1, false, 0};
                n++;
            }
        if (pass == 0 && n > 0 && (s->ends = np_mem_alloc(&s->mem, n * sizeof *s->ends)) == NULL)
            return false;
    }
    s->end_count = n;
    return true;
}

static bool resolve_links(stitcher *s, struct np_issue *is)
{
    if (!collect_ends(s))
        return false;
    size_t links = 0;
    for (size_t i = 0; i < s->end_count; i++)
        links += s->ends[i].to.number != 0;
    is->links = links ? np_arena_alloc(&s->tree->arena, links * sizeof *is->links) : NULL;
    if (links && is->links == NULL)
        return false;
    for (size_t i = 0; i < s->end_count; i++) {
        if (s->ends[i].to.number == 0)
            continue;
        s->ends[i].link = is->link_count;
        np_link *l = &is->links[is->link_count++];
        memset(l, 0, sizeof *l);
        resolve_link(s, i, l);
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Copying                                                              */
/* ------------------------------------------------------------------ */

/* A copy of n (without its children) on page `page`, or NULL. */
static np_node *copy_one(stitcher *s, const np_node *n, unsigned page)
{
    np_node *c = np_node_make(&s->tree->arena, (np_node_type)n->type, n->text, n->text_len, n->line);
    if (c == NULL || !np_node_set_source(&s->tree->arena, c, n->source, n->source_len))
        return NULL;
    c->kind = n->kind;
    c->flags = n->flags;
    c->page = page;
    s->tree->node_count++;
    return c;
}

/* A copy of n and its subtree (a page's tree is at most four deep:
 * document, article, figure, caption). */
static np_node *copy_tree(stitcher *s, const np_node *n, unsigned page)
{
    np_node *c = copy_one(s, n, page);
    if (c == NULL)
        return NULL;
    for (const np_node *k = n->first_child; k != NULL; k = k->next) {
        np_node *kc = copy_tree(s, k, page);
        if (kc == NULL)
            return NULL;
        np_node_append(c, kc);
    }
    return c;
}

/* The paragraph a jump line cut: the last paragraph of the article copy,
 * with only figures, credits and furniture after it; or NULL. */
static np_node *cut_paragraph(np_node *article)
{
    for (np_node *c = article->last_child; c != NULL; c = c->prev) {
        if (c->type == NP_NODE_PARAGRAPH)
            return c;
        if (c->type != NP_NODE_FIGURE && c->type != NP_NODE_FURNITURE && c->type != NP_NODE_CREDIT)
            return NULL;
    }
    return NULL;
}

/* Re-join the cut paragraph `cut` with the continuation's first paragraph
 * `first`, appending first's text as the reflow joins fragments (nothing
 * between, or one space between ASCII letters or digits); false when
 * memory ran out. */
static bool rejoin(stitcher *s, np_node *cut, const np_node *first)
{
    bool space = cut->text_len > 0 && first->text_len > 0 &&
                 np_is_ascii_alnum((unsigned char)cut->text[cut->text_len - 1]) &&
                 np_is_ascii_alnum((unsigned char)first->text[0]);
    size_t len = cut->text_len + space + first->text_len;
    char *text = np_arena_alloc(&s->tree->arena, len + 1);
    if (text == NULL)
        return false;
    memcpy(text, cut->text, cut->text_len);
    if (space)
        text[cut->text_len] = ' ';
    memcpy(text + cut->text_len + space, first->text, first->text_len);
    text[len] = '\0';
    cut->text = text;
    cut->text_len = len;
    cut->flags |= first->flags;
    return true;
}

/*
 * Append the content of continuation c (page key `page`, record `record`)
 * to the copy of its first part.  A jump cuts an article at a column's
 * end, so the continuation's first paragraph goes on the cut one whatever
 * the cut ended with (…年创经济效益1500多万元。 / （下转第七版） on one page,
 * （上接第一版） / “作为党员干部，…” on the other), unless its first line is
 * set in with the paragraph indent: the part of a paragraph carried to the
 * next column is never set in (doc/format.md §7a, §8).
 */
static bool append_continuation(stitcher *s, np_node *article, const np_node *c, unsigned page,
                                const np_page *record)
{
    np_node *cut = cut_paragraph(article);
    bool body = false; /* past the repeated title lines */
    for (const np_node *k = c->first_child; k != NULL; k = k->next) {
        /* （上接2版） / 让世界看见中国的科学浪漫: the headline repeated under
         * the jump line reads as a section head on its page */
        if (!body && (is_title(k) || (k->type == NP_NODE_SECTION_HEAD && same_text(k, headline_of(article)))))
            continue;
        body = body || k->type != NP_NODE_FURNITURE;
        if (cut != NULL && k->type == NP_NODE_PARAGRAPH) {
            np_node *first_cut = cut;
            cut = NULL;
            if (!np_page_line_set_in(record, k->line)) {
                if (!rejoin(s, first_cut, k))
                    return false;
                continue;
            }
        } else if (k->type != NP_NODE_FURNITURE && k->type != NP_NODE_FIGURE) {
            cut = NULL;
        }
        np_node *kc = copy_tree(s, k, page);
        if (kc == NULL)
            return false;
        np_node_append(article, kc);
    }
    return true;
}

/* The index of the jump end of article n, or -1. */
static int end_of(const stitcher *s, const np_node *n)
{
    for (size_t i = 0; i < s->end_count; i++)
        if (s->ends[i].article == n)
            return (int)i;
    return -1;
}

/* Whether n is the repeated headline of a joined continuation. */
static bool is_dropped_title(const stitcher *s, const np_node *n)
{
    for (size_t i = 0; i < s->end_count; i++)
        if (s->ends[i].title == n && s->ends[i].absorbed)
            return true;
    return false;
}

/* Copy top-level node n of page p, with the chain of continuations an
 * article of it heads. */
static bool copy_top(stitcher *s, const np_node *n, size_t p, int e)
{
    np_node *c = copy_tree(s, n, s->keys[p]);
    if (c == NULL)
        return false;
    np_node_append(&s->tree->doc, c);
    for (int k = e >= 0 ? s->ends[e].next : -1; k >= 0; k = s->ends[k].next) {
        const jump_end *next = &s->ends[k];
        if (!append_continuation(s, c, next->article, s->keys[next->page],
                                 ((const np_tree *)s->pages[next->page])->page))
            return false;
    }
    return true;
}

static bool copy_pages(stitcher *s)
{
    for (size_t p = 0; p < s->count; p++)
        for (const np_node *n = s->pages[p]->first_child; n != NULL; n = n->next) {
            int e = n->type == NP_NODE_ARTICLE ? end_of(s, n) : -1;
            if ((e >= 0 && s->ends[e].absorbed) || is_dropped_title(s, n))
                continue;
            if (!copy_top(s, n, p, e))
                return false;
        }
    return true;
}

/* ------------------------------------------------------------------ */
/* The issue                                                            */
/* ------------------------------------------------------------------ */

static bool is_page_document(const np_node *n)
{
    return n != NULL && n->type == NP_NODE_DOCUMENT && n->parent == NULL && ((const np_tree *)n)->issue == NULL;
}

static bool build(stitcher *s, struct np_issue *is)
{
    is->page_count = s->count;
    is->keys = s->keys;
    is->pages = np_arena_alloc(&s->tree->arena, s->count * sizeof *is->pages);
    if (is->pages == NULL)
        return false;
    for (size_t p = 0; p < s->count; p++) {
        const np_page *pg = ((const np_tree *)s->pages[p])->page;
        is->pages[p] = pg ? np_page_copy(&s->tree->arena, pg) : NULL;
        if (pg && is->pages[p] == NULL)
            return false;
    }
    return resolve_links(s, is) && copy_pages(s);
}

np_status np_issue(np_node *const *pages, size_t count, np_node **issue)
{
    if (issue)
        *issue = NULL;
    if (!pages || !issue || count == 0)
        return NP_ERR_ARGUMENT;
    for (size_t i = 0; i < count; i++)
        if (!is_page_document(pages[i]))
            return NP_ERR_ARGUMENT;
    stitcher s;
    memset(&s, 0, sizeof s);
    s.mem = ((const np_tree *)pages[0])->mem;
    s.count = count;
    s.tree = np_tree_new(&s.mem);
    struct np_issue *is = s.tree ? np_arena_alloc(&s.tree->arena, sizeof *is) : NULL;
    np_node **ordered = is ? np_arena_alloc(&s.tree->arena, count * sizeof *ordered) : NULL;
    s.keys = ordered ? np_arena_alloc(&s.tree->arena, count * sizeof *s.keys) : NULL;
    bool ok = s.keys != NULL;
    if (ok) {
        memset(is, 0, sizeof *is);
        for (size_t i = 0; i < count; i++) {
            const np_page *pg = ((const np_tree *)pages[i])->page;
            ordered[i] = pages[i];
            s.keys[i] = pg && pg->number ? pg->number : (unsigned)(i + 1);
        }
        order_pages(ordered, s.keys, count);
        s.pages = ordered;
        s.tree->issue = is;
        ok = build(&s, is);
    }
    np_mem_free(&s.mem, s.ends);
    if (!ok) {
        np_document_free(s.tree ? &s.tree->doc : NULL);
        return NP_ERR_NOMEM;
    }
    *issue = &s.tree->doc;
    return NP_OK;
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */
/* ------------------------------------------------------------------ */

static const struct np_issue *issue_of(const np_node *n)
{
    if (n == NULL || n->type != NP_NODE_DOCUMENT || n->parent != NULL)
        return NULL;
    return ((const np_tree *)n)->issue;
}

unsigned np_node_get_page(const np_node *node)
{
    return node ? node->page : 0;
}

size_t np_issue_get_page_count(const np_node *issue)
{
    const struct np_issue *is = issue_of(issue);
    return is ? is->page_count : 0;
}

const np_page *np_issue_get_page(const np_node *issue, size_t i)
{
    const struct np_issue *is = issue_of(issue);
    return is && i < is->page_count ? is->pages[i] : NULL;
}

unsigned np_issue_get_page_key(const np_node *issue, size_t i)
{
    const struct np_issue *is = issue_of(issue);
    return is && i < is->page_count ? is->keys[i] : 0;
}

size_t np_issue_get_link_count(const np_node *issue)
{
    const struct np_issue *is = issue_of(issue);
    return is ? is->link_count : 0;
}

const np_link *np_issue_get_link(const np_node *issue, size_t i)
{
    const struct np_issue *is = issue_of(issue);
    return is && i < is->link_count ? &is->links[i] : NULL;
}
