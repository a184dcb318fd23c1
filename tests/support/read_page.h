/*
 * read_page.h - read a test page whole, for the small test programs that
 * link only the public library (tests/symbols, tests/html) and so cannot
 * use nptest.  Header-only: one static function.
 */
#ifndef NP_TEST_READ_PAGE_H
#define NP_TEST_READ_PAGE_H

#include <stdio.h>
#include <stdlib.h>

/* The bytes of path in a new buffer (free it), *len their count; on error
 * prints it and exits 1.  Test pages are far below the 4 MiB read. */
static char *read_page(const char *path, size_t *len)
{
    enum { PAGE_MAX = 4 << 20 };
    FILE *f = fopen(path, "rb");
    char *page = malloc(PAGE_MAX);
    if (f == NULL || page == NULL) {
        perror(path);
        exit(1);
    }
    *len = fread(page, 1, PAGE_MAX, f);
    if (ferror(f) || *len == PAGE_MAX) {
        fprintf(stderr, "%s: read error or larger than %d bytes\n", path, PAGE_MAX);
        exit(1);
    }
    fclose(f);
    return page;
}

#endif
