/*
 * figures_csv - every figure of a page as a row of CSV: a converter of
 * one's own, built on the node accessors.
 *
 *     figures_csv PAGE.txt...
 *
 * Columns: file, line, article (its headline; empty for photo news that
 * belongs to the page), caption, credit kind (photographer, provided,
 * data or empty), credit source, credit text.  Fields are quoted as
 * RFC 4180 says: a field holding a comma, a double quote or a line break
 * is put in double quotes, and a double quote inside is doubled.  Lines
 * end with CRLF, as RFC 4180 has it (spreadsheets and Python's csv module
 * read both).
 *
 * Output for tests/corpus/001.txt begins:
 *
 *     file,line,article,caption,credit_kind,credit_source,credit_text
 *     tests/corpus/001.txt,9,破解“超大”社区难题 …,富春街道江滨段,,,
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsparse.h>

static void csv_field(FILE *out, const char *s, bool last)
{
    if (strpbrk(s, ",\"\r\n") != NULL) {
        fputc('"', out);
        for (const char *p = s; *p != '\0'; p++) {
            if (*p == '"')
                fputc('"', out);
            fputc(*p, out);
        }
        fputc('"', out);
    } else {
        fputs(s, out);
    }
    fputs(last ? "\r\n" : ",", out);
}

static const char *headline_of(const np_node *article)
{
    if (np_node_get_type(article) != NP_NODE_ARTICLE)
        return "";
    for (const np_node *c = np_node_first_child(article); c != NULL; c = np_node_next(c))
        if (np_node_get_type(c) == NP_NODE_HEADLINE)
            return np_node_get_text(c);
    return "";
}

static void figure_row(FILE *out, const char *file, const np_node *figure)
{
    const char *caption = "", *kind = "", *source = "", *credit = "";
    for (const np_node *c = np_node_first_child(figure); c != NULL; c = np_node_next(c)) {
        if (np_node_get_type(c) == NP_NODE_CAPTION) {
            caption = np_node_get_text(c);
        } else if (np_node_get_type(c) == NP_NODE_CREDIT) {
            kind = np_credit_kind_name(np_node_get_credit_kind(c));
            source = np_node_get_source(c);
            credit = np_node_get_text(c);
        }
    }
    char line[32];
    snprintf(line, sizeof line, "%zu", np_node_get_line(figure));
    csv_field(out, file, false);
    csv_field(out, line, false);
    csv_field(out, headline_of(np_node_parent(figure)), false);
    csv_field(out, caption, false);
    csv_field(out, kind, false);
    csv_field(out, source, false);
    csv_field(out, credit, true);
}

static int convert(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    /* The streaming interface, fed from the file; the tree is kept. */
    np_parser *p = np_parser_new(NULL);
    if (p == NULL) {
        fclose(f);
        fprintf(stderr, "figures_csv: out of memory\n");
        return 1;
    }
    char buf[65536];
    size_t n;
    np_status st = NP_OK;
    while (st == NP_OK && (n = fread(buf, 1, sizeof buf, f)) > 0)
        st = np_parser_feed(p, buf, n);
    bool read_error = ferror(f) != 0;
    fclose(f);
    np_node *doc = NULL;
    if (st == NP_OK && !read_error)
        st = np_parser_finish(p, &doc);
    if (st != NP_OK || read_error) {
        const np_error *e = np_parser_error(p);
        fprintf(stderr, "%s:%zu: %s\n", path, e->line, read_error ? "read error" : e->message);
        np_parser_free(p);
        return 1;
    }
    np_parser_free(p);
    np_iter it;
    np_iter_init(&it, doc);
    while (np_iter_next(&it) != NP_EVENT_DONE) {
        const np_node *node = np_iter_get_node(&it);
        if (np_iter_get_event(&it) == NP_EVENT_ENTER && np_node_get_type(node) == NP_NODE_FIGURE)
            figure_row(stdout, path, node);
    }
    np_document_free(doc);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: figures_csv PAGE.txt...\n");
        return 2;
    }
    fputs("file,line,article,caption,credit_kind,credit_source,credit_text\r\n", stdout);
    int status = 0;
    for (int i = 1; i < argc; i++)
        status |= convert(argv[i]);
    if (fflush(stdout) != 0) {
        perror("figures_csv: stdout");
        return 1;
    }
    return status;
}
