/*
 * names.h - Chinese personal names in bylines and photo credits.
 *
 * A byline or a credit is a run of tokens separated by white space or 、;
 * some tokens are role words (本报记者, 通讯员, 文/ ...) and the rest should
 * be people.  A token counts as a person when it looks like a Chinese
 * personal name: a known surname (single or compound, from the table in
 * names.c) followed by one or two given-name characters, or a
 * transliterated name with a middle dot.  Two adjacent one-character
 * tokens are one padded name (陈 力 -> 陈力).
 */
#ifndef NP_NAMES_H
#define NP_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"

/* The most names one byline or credit is read for: the end bracket of a
 * joint report names up to some thirty reporters. */
#define NP_MAX_NAMES 32

typedef struct np_name {
    size_t start; /* byte range in the scanned text (of the first token) */
    size_t end;   /* end of the last token; a padded name spans its gap */
    bool padded;  /* made of two one-character tokens: drop the gap when copying */
} np_name;

typedef struct np_names {
    np_name names[NP_MAX_NAMES];
    size_t count;       /* names found */
    size_t roles;       /* role words found (本报记者, 文/, ...) */
    size_t others;      /* tokens that are neither names nor role words */
} np_names;

/* Whether s[0..len) (one token, no spaces) looks like a personal name. */
bool np_is_person_name(const char *s, size_t len);

/* Whether the code point at the start of s is a known surname (single or
 * compound); returns the surname's length in bytes, or 0. */
size_t np_surname_len(const char *s, size_t len);

/*
 * Read s[0..len) as a list of people with role words: fills out.  A byline
 * is credible when out->count > 0 and out->others == 0.
 */
void np_scan_names(const char *s, size_t len, np_names *out);

/* The same for the names after a byline's marker (■ □ ●), which stands
 * where a role word does: two or three Han letters there are a name
 * whatever the surname (□贤哲, a pen name). */
void np_scan_names_after_marker(const char *s, size_t len, np_names *out);

/* Copy name n of s into dst (capacity cap, NUL-terminated), removing the
 * padding of a padded name; returns the length written. */
size_t np_name_copy(const char *s, const np_name *n, char *dst, size_t cap);

/* Role words (记者, 通讯员: a token ending with one carries a role) and
 * role prefixes (文/, 摄/), shared with the unit tests. */
extern const np_words np_role_words;
extern const np_words np_role_prefixes;

/* Whether c begins a role word (the same answer as np_words_initial on
 * np_role_words, by a cheaper test: it runs for every letter of a token). */
bool np_is_role_initial(np_cp c);

/* Whether s[0..len) ends with the suffix of an organisation or place name
 * (街道, 委员会, 市) with a name before it: 杭州市萧山区, not 区 alone. */
bool np_ends_with_entity(const char *s, size_t len);

/* How many space-separated tokens of s[a..b) name who employs a writer or
 * photographer (宁波日报, 新華報業傳媒集團, 江苏省无锡市纪委监委), if all
 * of them do; else 0. */
size_t np_employer_tokens(const char *s, size_t a, size_t b);

/* Whether s[0..len) ends with an author's post after more words: an office
 * or a place and then 主任, 书记, 读者 … (自然资源部宣传教育中心主任). */
bool np_ends_with_post(const char *s, size_t len);

/* Whether s[0..len), chars characters and all of them Chinese, is a
 * province and a county or city, nothing else: 浙江安吉, 贵州台江. */
bool np_is_province_place(const char *s, size_t len, size_t chars);

#endif /* NP_NAMES_H */
