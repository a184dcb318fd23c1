/*
 * sqlite_index - a full-text index of articles in SQLite: every article of
 * every page becomes one row of an FTS5 table.
 *
 *     sqlite_index INDEX.db PAGE.txt...
 *
 * The table (made anew on each run) is
 *
 *     CREATE VIRTUAL TABLE articles USING fts5(
 *         file UNINDEXED, line UNINDEXED, headline, byline, text,
 *         tokenize = 'trigram')
 *
 * with the page's file name, the article's first line, its headline (empty
 * for an article continued from another page), its bylines, and the rest of
 * its text - kicker, subheadline, section heads, paragraphs, captions and
 * credits - one node a line, in page order.  Pages in GB18030 or with a
 * UTF-16 byte order mark are converted as the newsparse CLI does.
 *
 * Why trigram: FTS5's default tokenizer, unicode61, takes a run of Han
 * characters up to the next punctuation as one token, so 麦收 finds nothing
 * inside 今年麦收进展顺利; only the whole run matches.  The trigram
 * tokenizer (SQLite 3.34 and later) indexes every three characters, so any
 * substring of three or more characters matches, with no word list.  A
 * two-character word is below what it indexes: find it with instr(), which
 * reads every row (LIKE '%麦收%' matches nothing on a trigram table).
 *
 *     sqlite_index idx.db tests/corpus/00?.txt tests/pages/p??.txt
 *     sqlite3 idx.db "SELECT file, line, headline FROM articles WHERE articles MATCH '冬小麦'"
 *     sqlite3 idx.db "SELECT file, headline FROM articles WHERE articles MATCH 'headline:夏粮丰收'"
 *     sqlite3 idx.db "SELECT file, snippet(articles, 4, '[', ']', '…', 12) FROM articles
 *                     WHERE articles MATCH '\"老旧小区改造\"' ORDER BY rank"
 *     sqlite3 idx.db "SELECT file, headline FROM articles WHERE instr(text, '麦收') > 0"
 *
 * Output: "N pages, M articles indexed into INDEX.db" on standard output;
 * a page that cannot be read or parsed is reported as FILE:LINE: message
 * and skipped, and the exit status is then 1.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsparse.h>
#include <sqlite3.h>

static const char schema[] =
    "DROP TABLE IF EXISTS articles;"
    "CREATE VIRTUAL TABLE articles USING fts5("
    "file UNINDEXED, line UNINDEXED, headline, byline, text, tokenize = 'trigram');";

/* A growing string; on a failed allocation it is marked and stays short. */
typedef struct text_buf {
    char *s;
    size_t len, cap;
    bool failed;
} text_buf;

static void buf_add(text_buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap != 0 ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *bigger = realloc(b->s, cap);
        if (bigger == NULL) {
            b->failed = true;
            return;
        }
        b->s = bigger;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

/* Appends a node's text as a line of its own. */
static void buf_add_line(text_buf *b, const np_node *node)
{
    if (b->len != 0)
        buf_add(b, "\n", 1);
    buf_add(b, np_node_get_text(node), np_node_get_text_len(node));
}

/* The whole of a file in a new buffer; NULL when reading or memory fails. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    text_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    bool bad = ferror(f) != 0 || b.failed;
    fclose(f);
    if (bad) {
        free(b.s);
        return NULL;
    }
    *len = b.len;
    return b.s != NULL ? b.s : calloc(1, 1);
}

/* The page at path parsed, converted first when it is not UTF-8. */
static np_node *parse_page(const char *path)
{
    size_t len;
    char *data = read_file(path, &len);
    if (data == NULL) {
        perror(path);
        return NULL;
    }
    /* Converted pages are np_free'd, read ones free'd. */
    const char *encoding = np_detect_encoding(data, len);
    bool convert = encoding != NULL && strcmp(encoding, "UTF-8") != 0;
    if (convert) {
        char *utf8;
        size_t utf8_len;
        np_status st = np_convert_to_utf8(encoding, data, len, &utf8, &utf8_len);
        free(data);
        if (st != NP_OK) {
            fprintf(stderr, "%s: from %s: %s\n", path, encoding, np_status_string(st));
            return NULL;
        }
        data = utf8;
        len = utf8_len;
    }
    np_node *doc = NULL;
    np_error err;
    if (np_parse(data, len, NULL, &doc, &err) != NP_OK)
        fprintf(stderr, "%s:%zu: %s\n", path, err.line, err.message);
    if (convert)
        np_free(data);
    else
        free(data);
    return doc;
}

/* Binds the article's columns and inserts its row; 0 on success. */
static int insert_article(sqlite3_stmt *ins, const char *file, const np_node *article)
{
    const char *headline = "";
    text_buf bylines = {0}, text = {0};
    np_iter it;
    np_iter_init(&it, article);
    while (np_iter_next(&it) != NP_EVENT_DONE) {
        const np_node *n = np_iter_get_node(&it);
        np_node_type type = np_node_get_type(n);
        if (np_iter_get_event(&it) != NP_EVENT_ENTER || n == article || np_node_get_text_len(n) == 0)
            continue;
        if (type == NP_NODE_HEADLINE && headline[0] == '\0')
            headline = np_node_get_text(n);
        else if (type == NP_NODE_BYLINE)
            buf_add_line(&bylines, n);
        else if (type != NP_NODE_AUTHOR) /* an author's name is in its byline */
            buf_add_line(&text, n);
    }
    int rc = SQLITE_NOMEM;
    if (!bylines.failed && !text.failed) {
        sqlite3_reset(ins);
        sqlite3_bind_text(ins, 1, file, -1, SQLITE_STATIC);
        sqlite3_bind_int64(ins, 2, (sqlite3_int64)np_node_get_line(article));
        sqlite3_bind_text(ins, 3, headline, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 4, bylines.s != NULL ? bylines.s : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, text.s != NULL ? text.s : "", -1, SQLITE_STATIC);
        rc = sqlite3_step(ins) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(sqlite3_db_handle(ins));
        sqlite3_clear_bindings(ins);
    }
    free(bylines.s);
    free(text.s);
    return rc;
}

/* Indexes every article of one page; adds them to *articles.  0 on success,
 * 1 for a page that failed, -1 when the database failed. */
static int index_page(sqlite3_stmt *ins, const char *path, long *articles)
{
    np_node *doc = parse_page(path);
    if (doc == NULL)
        return 1;
    int status = 0;
    for (const np_node *c = np_node_first_child(doc); c != NULL && status == 0; c = np_node_next(c)) {
        if (np_node_get_type(c) != NP_NODE_ARTICLE)
            continue;
        if (insert_article(ins, path, c) != SQLITE_OK) {
            fprintf(stderr, "sqlite_index: %s: %s\n", path, sqlite3_errmsg(sqlite3_db_handle(ins)));
            status = -1;
        } else {
            ++*articles;
        }
    }
    np_document_free(doc);
    return status;
}

static bool exec_ok(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return true;
    fprintf(stderr, "sqlite_index: %s\n", msg != NULL ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: sqlite_index INDEX.db PAGE.txt...\n");
        return 2;
    }
    sqlite3 *db;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
        fprintf(stderr, "sqlite_index: %s: %s\n", argv[1], sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    sqlite3_stmt *ins = NULL;
    /* One transaction: a row at a time with a commit each is a hundred
     * times slower, and a failed run leaves the old index. */
    if (!exec_ok(db, "BEGIN") || !exec_ok(db, schema) ||
        sqlite3_prepare_v2(db, "INSERT INTO articles VALUES (?, ?, ?, ?, ?)", -1, &ins, NULL) != SQLITE_OK) {
        if (ins == NULL)
            fprintf(stderr, "sqlite_index: %s (FTS5 with the trigram tokenizer needs SQLite 3.34)\n",
                    sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    long articles = 0;
    int status = 0;
    int pages = 0;
    for (int i = 2; i < argc && status >= 0; i++) {
        int st = index_page(ins, argv[i], &articles);
        if (st == 0)
            pages++;
        if (st != 0)
            status = st < 0 ? -1 : 1;
    }
    sqlite3_finalize(ins);
    if (status < 0 || !exec_ok(db, "COMMIT")) {
        sqlite3_close(db);
        return 1;
    }
    if (sqlite3_close(db) != SQLITE_OK) {
        fprintf(stderr, "sqlite_index: %s: closing failed\n", argv[1]);
        return 1;
    }
    printf("%d pages, %ld articles indexed into %s\n", pages, articles, argv[1]);
    return status;
}
