/*
 * consumer.c - a program outside the tree that uses an installed
 * libnewsparse through its public header only.  tests/install/run.sh builds
 * it with pkg-config (shared and static) and with find_package(newsparse).
 *
 * Prints "consumer ok: version X.Y.Z, N nodes, H headlines" and exits 0, or
 * says what went wrong and exits 1.
 */
#include <newsparse.h>

#include <stdio.h>
#include <string.h>

static const char page[] =
    "为社会治理赋能 为幸福生活护航\n"
    "\n"
    "金华保险业多措并举助力市域治理现代化\n"
    "\n"
    "■ 沈超 章任艳\n"
    "\n"
    "保险业是经济活动的一部分，也是社会治理的重要手段。\n";

int main(void)
{
    if (np_version() != NP_VERSION || strcmp(np_version_string(), NP_VERSION_STRING) != 0) {
        fprintf(stderr, "consumer: header is %s but the library is %s\n", NP_VERSION_STRING,
                np_version_string());
        return 1;
    }

    np_node *doc = NULL;
    np_error err;
    np_status st = np_parse(page, sizeof page - 1, NULL, &doc, &err);
    if (st != NP_OK || doc == NULL || np_node_get_type(doc) != NP_NODE_DOCUMENT) {
        fprintf(stderr, "consumer: np_parse failed: %s\n", np_status_string(st));
        return 1;
    }

    size_t nodes = 0, headlines = 0;
    np_iter it;
    np_iter_init(&it, doc);
    while (np_iter_next(&it) != NP_EVENT_DONE) {
        if (np_iter_get_event(&it) != NP_EVENT_ENTER)
            continue;
        nodes++;
        if (np_node_get_type(np_iter_get_node(&it)) == NP_NODE_HEADLINE)
            headlines++;
    }
    np_document_free(doc);

    printf("consumer ok: version %s, %zu nodes, %zu headlines\n", np_version_string(), nodes,
           headlines);
    return 0;
}
