/*
 * clash.c - print the JSON tree of a page (argv[1]).  Built with
 * -DNP_CLASH it also defines np_classify, the name of a function inside
 * the library: linked against libnewsparse.a, the program must still get
 * the library's tree (the library's calls stay on its own, local,
 * np_classify), where a global internal symbol would fail the link with a
 * duplicate definition or silently take this one.  check_symbols.py
 * compares its output with the same program linked to libnewsparse.so.
 */
#include <stdio.h>
#include <stdlib.h>

#include <newsparse.h>

#include "read_page.h"

#ifdef NP_CLASH
int np_classify(void *line);
int clash_calls;

/* Classifies nothing: a library that called it would lose every headline. */
int np_classify(void *line)
{
    (void)line;
    return ++clash_calls;
}
#endif

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s PAGE.txt\n", argv[0]);
        return 2;
    }
    size_t len;
    char *page = read_page(argv[1], &len);
    np_node *doc;
    np_error err;
    np_status parsed = np_parse(page, len, NULL, &doc, &err);
    free(page);
    if (parsed != NP_OK) {
        fprintf(stderr, "%s:%zu: %s\n", argv[1], err.line, err.message);
        return 1;
    }
    char *json;
    size_t json_len;
    np_status st = np_render_string(doc, NP_FORMAT_JSON, NULL, &json, &json_len);
    np_document_free(doc);
    if (st != NP_OK) {
        fprintf(stderr, "render: %s\n", np_status_string(st));
        return 1;
    }
    fwrite(json, 1, json_len, stdout);
    np_free(json);
#ifdef NP_CLASH
    if (clash_calls != 0) {
        fprintf(stderr, "the library called the program's np_classify %d times\n", clash_calls);
        return 1;
    }
#endif
    return 0;
}
