/*
 * test_stylesheet.c - np_render_options.stylesheet in HTML documents.
 *
 *     test_stylesheet PAGE.txt              run the checks below on PAGE
 *     test_stylesheet --write PAGE.txt DIR  write DIR/styled.html (built-in
 *                                           style) and DIR/unstyled.html
 *                                           (stylesheet ""), for screenshot.py
 *
 * Checks: np_render_options_init sets stylesheet to NULL; NULL gives the
 * built-in <style> in <head> and no <link>; a URL gives one escaped <link
 * rel="stylesheet"> and no <style>; "" gives neither; fragments carry no
 * style either way; the body is the same in every document.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsparse.h>

#include "read_page.h"

static int failures;

static void check(bool ok, const char *what)
{
    if (!ok) {
        printf("FAIL: %s\n", what);
        failures++;
    }
}

/* The page rendered as HTML with flags and stylesheet; exits on failure. */
static char *render(const np_node *doc, unsigned flags, const char *stylesheet)
{
    np_render_options ro;
    np_render_options_init(&ro);
    ro.flags = flags;
    ro.stylesheet = stylesheet;
    char *out;
    size_t len;
    if (np_render_string(doc, NP_FORMAT_HTML, &ro, &out, &len) != NP_OK) {
        printf("FAIL: np_render_string\n");
        exit(1);
    }
    return out;
}

/* The part of an HTML document from <body> on. */
static const char *body_of(const char *html)
{
    const char *b = strstr(html, "<body>");
    return b != NULL ? b : "";
}

static bool has(const char *html, const char *needle)
{
    return strstr(html, needle) != NULL;
}

static np_node *parse_file(const char *path)
{
    size_t len;
    char *page = read_page(path, &len);
    np_node *doc;
    np_error err;
    np_status parsed = np_parse(page, len, NULL, &doc, &err);
    free(page);
    if (parsed != NP_OK) {
        printf("FAIL: %s:%zu: %s\n", path, err.line, err.message);
        exit(1);
    }
    return doc;
}

static int write_file(const char *dir, const char *name, const char *text)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (f == NULL || fputs(text, f) == EOF || fclose(f) != 0) {
        perror(path);
        return 1;
    }
    return 0;
}

static void check_documents(const np_node *doc)
{
    np_render_options ro;
    memset(&ro, 0xA5, sizeof ro);
    np_render_options_init(&ro);
    check(ro.stylesheet == NULL, "np_render_options_init sets stylesheet to NULL");

    char *builtin = render(doc, 0, NULL);
    const char *head_end = strstr(builtin, "</head>");
    const char *style = strstr(builtin, "<style>");
    check(style != NULL && head_end != NULL && style < head_end, "NULL: a <style> in <head>");
    check(has(builtin, "max-width:") && has(builtin, "figure{"), "NULL: the built-in rules");
    check(!has(builtin, "<link"), "NULL: no <link>");

    char *linked = render(doc, 0, "css/page.css?v=1&t=\"x\"<y>");
    check(has(linked, "<link rel=\"stylesheet\" href=\"css/page.css?v=1&amp;t=&quot;x&quot;&lt;y&gt;\">\n</head>"),
          "URL: one escaped <link> at the end of <head>");
    check(!has(linked, "<style"), "URL: no built-in <style>");

    char *bare = render(doc, 0, "");
    check(!has(bare, "<style") && !has(bare, "<link"), "\"\": neither <style> nor <link>");
    check(has(bare, "</title>\n</head>"), "\"\": <head> ends after <title>");

    char *frag_builtin = render(doc, NP_RENDER_FRAGMENT, NULL);
    char *frag_linked = render(doc, NP_RENDER_FRAGMENT, "page.css");
    check(!has(frag_builtin, "<style") && !has(frag_builtin, "<link"), "fragment: no style");
    check(strcmp(frag_builtin, frag_linked) == 0, "fragment: the stylesheet changes nothing");
    check(has(frag_builtin, "<article"), "fragment: holds the articles");

    check(strcmp(body_of(builtin), body_of(linked)) == 0 && strcmp(body_of(builtin), body_of(bare)) == 0 &&
              has(body_of(builtin), "<article"),
          "the <body> is the same with every stylesheet");
    np_free(builtin);
    np_free(linked);
    np_free(bare);
    np_free(frag_builtin);
    np_free(frag_linked);
}

int main(int argc, char **argv)
{
    bool write = argc == 4 && strcmp(argv[1], "--write") == 0;
    if (!write && argc != 2) {
        fprintf(stderr, "usage: %s [--write] PAGE.txt [DIR]\n", argv[0]);
        return 2;
    }
    np_node *doc = parse_file(argv[write ? 2 : 1]);
    if (write) {
        char *styled = render(doc, 0, NULL);
        char *unstyled = render(doc, 0, "");
        int rc = write_file(argv[3], "styled.html", styled) | write_file(argv[3], "unstyled.html", unstyled);
        np_free(styled);
        np_free(unstyled);
        np_document_free(doc);
        return rc;
    }
    check_documents(doc);
    np_document_free(doc);
    if (failures == 0)
        printf("test_stylesheet: all checks passed\n");
    return failures == 0 ? 0 : 1;
}
