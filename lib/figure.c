/*
 * figure.c - the Markdown image line.  Only the whole-line form counts: an
 * image in the middle of a sentence is text that happens to hold brackets,
 * and a path is never guessed from anything else.
 */
#include "figure.h"

#include <string.h>

/* The alt text's closing bracket: alt text may hold balanced [ ]. */
static size_t alt_end(const char *s, size_t len, size_t i)
{
    int depth = 0;
    for (; i < len; i++) {
        if (s[i] == '\\' && i + 1 < len)
            i++;
        else if (s[i] == '[')
            depth++;
        else if (s[i] == ']' && depth-- == 0)
            return i;
    }
    return len;
}

bool np_figure_image_line(const char *s, size_t len, size_t *src, size_t *src_len)
{
    if (len < 5 || s[0] != '!' || s[1] != '[' || s[len - 1] != ')')
        return false;
    size_t close = alt_end(s, len, 2);
    if (close + 1 >= len || s[close + 1] != '(')
        return false;
    size_t a = close + 2, b = len - 1; /* inside the parentheses */
    while (a < b && s[a] == ' ')
        a++;
    if (a < b && s[a] == '<') {
        const char *gt = memchr(s + a, '>', b - a);
        if (gt == NULL)
            return false;
        *src = a + 1;
        *src_len = (size_t)(gt - s) - a - 1;
        return true;
    }
    size_t end = a;
    while (end < b && s[end] != ' ' && s[end] != '(' && s[end] != ')')
        end++;
    /* after the path only an optional quoted title may stand */
    size_t rest = end;
    while (rest < b && s[rest] == ' ')
        rest++;
    if (rest < b && s[rest] != '"' && s[rest] != '\'')
        return false;
    *src = a;
    *src_len = end - a;
    return true;
}
