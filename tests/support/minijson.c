/* minijson.c - see minijson.h. */
#include "minijson.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct mj_reader {
    const char *s;
    size_t len, i;
    char *err;
    size_t errlen;
    int failed;
} mj_reader;

static void fail(mj_reader *r, const char *what)
{
    if (!r->failed && r->err)
        snprintf(r->err, r->errlen, "JSON: %s at byte %zu", what, r->i);
    r->failed = 1;
}

static void skip_ws(mj_reader *r)
{
    while (r->i < r->len && (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' || r->s[r->i] == '\r'))
        r->i++;
}

static int hex4(mj_reader *r, unsigned *out)
{
    unsigned v = 0;
    if (r->i + 4 > r->len)
        return 0;
    for (int k = 0; k < 4; k++) {
        char c = r->s[r->i++];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return 0;
    }
    *out = v;
    return 1;
}

static size_t put_utf8(char *d, unsigned cp)
{
    if (cp < 0x80) {
        d[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (char)(0xC0 | (cp >> 6));
        d[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (char)(0xE0 | (cp >> 12));
        d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (char)(0xF0 | (cp >> 18));
    d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* At the opening quote; returns a malloc'd string. */
static char *read_string(mj_reader *r)
{
    r->i++; /* " */
    size_t start = r->i;
    /* The decoded string is never longer than the source. */
    size_t end = start;
    while (end < r->len && r->s[end] != '"') {
        if (r->s[end] == '\\')
            end++;
        end++;
    }
    if (end >= r->len) {
        fail(r, "unterminated string");
        return NULL;
    }
    char *out = malloc(end - start + 1);
    if (!out) {
        fail(r, "out of memory");
        return NULL;
    }
    size_t n = 0;
    while (r->i < end) {
        char c = r->s[r->i++];
        if (c != '\\') {
            out[n++] = c;
            continue;
        }
        c = r->s[r->i++];
        switch (c) {
        case '"': out[n++] = '"'; break;
        case '\\': out[n++] = '\\'; break;
        case '/': out[n++] = '/'; break;
        case 'b': out[n++] = '\b'; break;
        case 'f': out[n++] = '\f'; break;
        case 'n': out[n++] = '\n'; break;
        case 'r': out[n++] = '\r'; break;
        case 't': out[n++] = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (!hex4(r, &cp)) {
                fail(r, "bad \\u escape");
                free(out);
                return NULL;
            }
            if (cp >= 0xD800 && cp < 0xDC00 && r->i + 6 <= end && r->s[r->i] == '\\' && r->s[r->i + 1] == 'u') {
                r->i += 2;
                if (!hex4(r, &lo) || lo < 0xDC00 || lo > 0xDFFF) {
                    fail(r, "bad surrogate pair");
                    free(out);
                    return NULL;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            n += put_utf8(out + n, cp);
            break;
        }
        default:
            fail(r, "bad escape");
            free(out);
            return NULL;
        }
    }
    r->i = end + 1;
    out[n] = '\0';
    return out;
}

static void value_free(mj_value *v)
{
    free(v->string);
    for (size_t k = 0; k < v->count; k++) {
        value_free(&v->items[k]);
        if (v->keys)
            free(v->keys[k]);
    }
    free(v->items);
    free(v->keys);
}

static int read_value(mj_reader *r, mj_value *v, int depth);

static int push(mj_reader *r, mj_value *v, size_t *cap, char *key)
{
    if (v->count == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        mj_value *ni = realloc(v->items, nc * sizeof *ni);
        if (!ni) {
            fail(r, "out of memory");
            free(key);
            return 0;
        }
        v->items = ni;
        if (v->type == MJ_OBJECT) {
            char **nk = realloc(v->keys, nc * sizeof *nk);
            if (!nk) {
                fail(r, "out of memory");
                free(key);
                return 0;
            }
            v->keys = nk;
        }
        *cap = nc;
    }
    memset(&v->items[v->count], 0, sizeof v->items[0]);
    if (v->type == MJ_OBJECT)
        v->keys[v->count] = key;
    v->count++;
    return 1;
}

static int read_value(mj_reader *r, mj_value *v, int depth)
{
    memset(v, 0, sizeof *v);
    if (depth > 200) {
        fail(r, "too deep");
        return 0;
    }
    skip_ws(r);
    if (r->i >= r->len) {
        fail(r, "unexpected end");
        return 0;
    }
    char c = r->s[r->i];
    if (c == '{' || c == '[') {
        int obj = c == '{';
        char close = obj ? '}' : ']';
        size_t cap = 0;
        v->type = obj ? MJ_OBJECT : MJ_ARRAY;
        r->i++;
        skip_ws(r);
        if (r->i < r->len && r->s[r->i] == close) {
            r->i++;
            return 1;
        }
        for (;;) {
            char *key = NULL;
            skip_ws(r);
            if (obj) {
                if (r->i >= r->len || r->s[r->i] != '"') {
                    fail(r, "expected a key");
                    return 0;
                }
                key = read_string(r);
                if (!key)
                    return 0;
                skip_ws(r);
                if (r->i >= r->len || r->s[r->i] != ':') {
                    free(key);
                    fail(r, "expected ':'");
                    return 0;
                }
                r->i++;
            }
            if (!push(r, v, &cap, key))
                return 0;
            if (!read_value(r, &v->items[v->count - 1], depth + 1))
                return 0;
            skip_ws(r);
            if (r->i < r->len && r->s[r->i] == ',') {
                r->i++;
                continue;
            }
            if (r->i < r->len && r->s[r->i] == close) {
                r->i++;
                return 1;
            }
            fail(r, "expected ',' or a closing bracket");
            return 0;
        }
    }
    if (c == '"') {
        v->type = MJ_STRING;
        v->string = read_string(r);
        return v->string != NULL;
    }
    if (r->len - r->i >= 4 && memcmp(r->s + r->i, "true", 4) == 0) {
        v->type = MJ_BOOL;
        v->boolean = 1;
        r->i += 4;
        return 1;
    }
    if (r->len - r->i >= 5 && memcmp(r->s + r->i, "false", 5) == 0) {
        v->type = MJ_BOOL;
        r->i += 5;
        return 1;
    }
    if (r->len - r->i >= 4 && memcmp(r->s + r->i, "null", 4) == 0) {
        v->type = MJ_NULL;
        r->i += 4;
        return 1;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        char tmp[64];
        size_t n = 0;
        while (r->i < r->len && n + 1 < sizeof tmp && strchr("+-0123456789.eE", r->s[r->i]))
            tmp[n++] = r->s[r->i++];
        tmp[n] = '\0';
        char *endp;
        v->type = MJ_NUMBER;
        v->number = strtod(tmp, &endp);
        if (*endp) {
            fail(r, "bad number");
            return 0;
        }
        return 1;
    }
    fail(r, "unexpected character");
    return 0;
}

mj_value *mj_parse(const char *s, size_t len, char *err, size_t errlen)
{
    mj_reader r = {s, len, 0, err, errlen, 0};
    mj_value *v = calloc(1, sizeof *v);
    if (!v)
        return NULL;
    int ok = read_value(&r, v, 0);
    skip_ws(&r);
    if (ok && r.i != r.len) {
        fail(&r, "trailing data");
        ok = 0;
    }
    if (!ok) {
        value_free(v);
        free(v);
        return NULL;
    }
    return v;
}

void mj_free(mj_value *v)
{
    if (!v)
        return;
    value_free(v);
    free(v);
}

const mj_value *mj_get(const mj_value *obj, const char *key)
{
    if (!obj || obj->type != MJ_OBJECT)
        return NULL;
    for (size_t k = 0; k < obj->count; k++)
        if (strcmp(obj->keys[k], key) == 0)
            return &obj->items[k];
    return NULL;
}

const char *mj_get_string(const mj_value *obj, const char *key)
{
    const mj_value *v = mj_get(obj, key);
    return v && v->type == MJ_STRING ? v->string : NULL;
}
