/*
 * text.c - UTF-8 helpers over validated text (see text.h).
 *
 * Decoding goes through libunistring's u8_mbtouc_unsafe, which is safe here
 * because input.c has checked every line with u8_check before any of this
 * runs.
 */
#include "text.h"

#include <string.h>
#include <unistr.h>

size_t np_utf8_decode_other(const char *s, size_t len, size_t i, np_cp *cp)
{
    ucs4_t uc;
    int n = u8_mbtouc_unsafe(&uc, (const uint8_t *)s + i, len - i);
    *cp = uc;
    return n > 0 ? (size_t)n : 1;
}

size_t np_utf8_prev(const char *s, size_t end)
{
    size_t i = end - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

size_t np_utf8_count(const char *s, size_t len)
{
    /* valid UTF-8: one lead byte a code point */
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}


void np_trim(const char *s, size_t *start, size_t *end)
{
    size_t a = *start, b = *end;
    while (a < b) {
        np_cp c;
        size_t n = np_utf8_decode(s, b, a, &c);
        if (!np_is_space(c))
            break;
        a += n;
    }
    while (b > a) {
        size_t p = np_utf8_prev(s, b);
        np_cp c;
        np_utf8_decode(s, b, p, &c);
        if (!np_is_space(c))
            break;
        b = p;
    }
    *start = a;
    *end = b;
}

bool np_is_han(np_cp c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}




bool np_is_opening(np_cp c)
{
    switch (c) {
    case 0x201C: case 0x2018: case 0x300C: case 0x300E: case 0xFF08: case '(':
    case 0x300A: case 0x3010: case 0x3014: case 0x3008:
        return true;
    default:
        return false;
    }
}


bool np_is_circled_number(np_cp c)
{
    return (c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x2793) ||
           (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF);
}

bool np_cp_in(np_cp c, const char *set)
{
    /* A whole UTF-8 sequence can only match at a character boundary, so a
     * plain substring search over the set is exact. */
    char enc[5] = {0};
    if (c < 0x80)
        enc[0] = (char)c;
    else if (c < 0x800) {
        enc[0] = (char)(0xC0 | (c >> 6));
        enc[1] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        enc[0] = (char)(0xE0 | (c >> 12));
        enc[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        enc[2] = (char)(0x80 | (c & 0x3F));
    } else {
        enc[0] = (char)(0xF0 | (c >> 18));
        enc[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        enc[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        enc[3] = (char)(0x80 | (c & 0x3F));
    }
    return c != 0 && strstr(set, enc) != NULL;
}

size_t np_last_mark(const char *s, size_t len, np_cp *c)
{
    size_t end = len;
    while (end > 0) {
        size_t p = np_utf8_prev(s, end);
        np_utf8_decode(s, len, p, c);
        if (!np_is_closing(*c))
            return p;
        end = p;
    }
    *c = 0;
    return len;
}

bool np_ends_sentence(const char *s, size_t len)
{
    np_cp c;
    size_t p = np_last_mark(s, len, &c);
    if (p >= len || !np_is_final_punct(c))
        return false;
    /* 年化利率3. / 45%: a decimal point cut by a column break */
    return !(c == '.' && p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9');
}

size_t np_find(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    if (n == 0 || n > len)
        return n == 0 ? 0 : len;
    const char *end = s + len - n;
    for (const char *p = s; p <= end; p++) {
        p = memchr(p, lit[0], (size_t)(end - p) + 1);
        if (!p)
            break;
        if (memcmp(p, lit, n) == 0)
            return (size_t)(p - s);
    }
    return len;
}
