/*
 * minijson.h - a tiny JSON reader for the golden tests (reads the expected
 * trees tests/corpus/NNN.json).  Whole document in, a value tree out.
 */
#ifndef MINIJSON_H
#define MINIJSON_H

#include <stddef.h>

typedef enum mj_type { MJ_NULL, MJ_BOOL, MJ_NUMBER, MJ_STRING, MJ_ARRAY, MJ_OBJECT } mj_type;

typedef struct mj_value {
    mj_type type;
    int boolean;
    double number;
    char *string;             /* MJ_STRING: UTF-8, NUL-terminated */
    size_t count;             /* MJ_ARRAY / MJ_OBJECT: number of items */
    struct mj_value *items;   /* the items (values of an object) */
    char **keys;              /* MJ_OBJECT: the keys */
} mj_value;

/* Parse s[0..len); NULL on a syntax error (message in err, if not NULL). */
mj_value *mj_parse(const char *s, size_t len, char *err, size_t errlen);
void mj_free(mj_value *v);

/* The member key of an object, or NULL. */
const mj_value *mj_get(const mj_value *obj, const char *key);
/* The string member key of an object, or NULL if absent or not a string. */
const char *mj_get_string(const mj_value *obj, const char *key);

#endif /* MINIJSON_H */
