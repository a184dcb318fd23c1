/*
 * issue_dump - parse the pages of one issue and print the stitched issue
 * (np_issue) as newsparse-json/1, for check_issues.py.
 *
 *     issue_dump PAGE.txt...
 *
 * The pages are given to np_issue in the order of the arguments.  Exit
 * status 0, or 1 when a page cannot be read or parsed or np_issue fails.
 */
#include <stdio.h>
#include <stdlib.h>

#include "newsparse.h"

/* The whole file at path, or NULL; *len receives its length. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
        n += got;
        if (n == cap) {
            char *grown = realloc(buf, cap *= 2);
            if (grown == NULL)
                free(buf);
            buf = grown;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    size_t count = (size_t)(argc - 1);
    np_node **pages = calloc(count ? count : 1, sizeof *pages);
    int status = pages == NULL;
    for (size_t i = 0; i < count && status == 0; i++) {
        size_t len = 0;
        char *data = read_file(argv[i + 1], &len);
        np_error err;
        if (data == NULL || np_parse(data, len, NULL, &pages[i], &err) != NP_OK) {
            fprintf(stderr, "%s: cannot read or parse\n", argv[i + 1]);
            status = 1;
        }
        free(data);
    }
    np_node *issue = NULL;
    char *json = NULL;
    if (status == 0 && (np_issue(pages, count, &issue) != NP_OK ||
                        np_render_string(issue, NP_FORMAT_JSON, NULL, &json, NULL) != NP_OK)) {
        fprintf(stderr, "np_issue failed\n");
        status = 1;
    }
    if (json != NULL)
        fputs(json, stdout);
    np_free(json);
    np_document_free(issue);
    for (size_t i = 0; i < count; i++)
        np_document_free(pages != NULL ? pages[i] : NULL);
    free(pages);
    return status;
}
