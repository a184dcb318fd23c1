/*
 * figure.c - what one line shows of a picture: a caption's own words
 * (图① 图1： 上图 …) and the Markdown image line.  Only the whole-line
 * form of an image counts: an image in the middle of a sentence is text
 * that happens to hold brackets, and a path is never guessed from
 * anything else.  The figure gap and a caption's place are decided in
 * context (blocks.c); a caption's credit is credit.c's.
 */
#include "figure.h"

#include <string.h>

#include "text.h"

bool np_figure_caption_words(const char *s, size_t len)
{
    if (np_starts_with(s, len, "图") && len > 3) {
        np_cp c;
        np_utf8_decode(s, len, 3, &c);
        if (np_is_circled_number(c) || (c >= '0' && c <= '9') || c == 0xFF1A || c == ':' ||
            (c >= 0xFF10 && c <= 0xFF19))
            return true;
    }
    /* every lead ends with 图: a line whose second letter is another one
     * is spared the list */
    static const char *const lead_list[] = {"上图", "下图", "中图", "右图", "左图", "组图", "题图"};
    static const np_words leads = NP_WORDS(lead_list);
    return len >= 6 && np_starts_with(s + 3, len - 3, "图") && np_words_prefix(&leads, s, len) > 0;
}

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
