/*
 * inputs.c - the list of pages to parse, in order: each operand as given,
 * a directory replaced by the *.txt files under it (recursively, sorted
 * by the bytes of their paths, so the order is the same on every
 * machine), a --files-from list by the paths it holds, one a line.
 *
 * The whole list is made before the first page is parsed, so that the
 * progress bar knows the total; it costs about the length of the names.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <dirent.h>
#include <sys/stat.h>
#endif

#define TXT_SUFFIX ".txt"

/* Appends name (copied); rel is where its mirrored part starts. */
static bool add_input(cli_inputs *ins, const char *name, size_t len, size_t rel)
{
    if (ins->count == ins->cap) {
        size_t cap = ins->cap == 0 ? 64 : ins->cap * 2;
        cli_input *items = realloc(ins->items, cap * sizeof *items);
        if (items == NULL)
            return false;
        ins->items = items;
        ins->cap = cap;
    }
    char *copy = malloc(len + 1);
    if (copy == NULL)
        return false;
    memcpy(copy, name, len);
    copy[len] = '\0';
    ins->items[ins->count].name = copy;
    ins->items[ins->count].rel = rel;
    ins->count++;
    return true;
}

void cli_inputs_free(cli_inputs *ins)
{
    for (size_t i = 0; i < ins->count; i++)
        free(ins->items[i].name);
    free(ins->items);
    memset(ins, 0, sizeof *ins);
}

/* Where the part of a named path mirrored under --output-dir starts:
 * after a leading "/" and "./" (a ".." is refused when the path is made). */
static size_t mirrored_start(const char *name)
{
    size_t i = 0;
    for (;;) {
        if (name[i] == '/')
            i++;
        else if (name[i] == '.' && name[i + 1] == '/')
            i += 2;
        else
            return i;
    }
}

static void report(const char *name, int err)
{
    char buf[128];
    fprintf(stderr, "newsparse: %s: %s\n", name, cli_errno_text(err, buf, sizeof buf));
}

#ifndef _WIN32

static bool has_txt_suffix(const char *name)
{
    size_t n = strlen(name), k = sizeof TXT_SUFFIX - 1;
    return n > k && strcmp(name + n - k, TXT_SUFFIX) == 0;
}

/* A regular file, or a link to one (st: its lstat). */
static bool is_file(const char *path, struct stat *st)
{
    if (S_ISLNK(st->st_mode) && stat(path, st) != 0)
        return false;
    return S_ISREG(st->st_mode);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const cli_input *)a)->name, ((const cli_input *)b)->name);
}

static char *join(const char *dir, const char *name)
{
    size_t d = strlen(dir), n = strlen(name);
    bool slash = d > 0 && dir[d - 1] != '/';
    char *p = malloc(d + slash + n + 1);
    if (p == NULL)
        return NULL;
    memcpy(p, dir, d);
    if (slash)
        p[d] = '/';
    memcpy(p + d + slash, name, n + 1);
    return p;
}

/*
 * Adds the *.txt files under dir to ins, depth first.  Links to files are
 * followed, links to directories are not (no loops).  Returns false only
 * when memory ran out.
 */
static bool walk(cli_inputs *ins, const char *dir, size_t rel)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        report(dir, errno);
        ins->failures++;
        return true;
    }
    bool ok = true;
    struct dirent *e;
    while (ok && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *path = join(dir, e->d_name);
        struct stat st;
        if (path == NULL) {
            ok = false;
        } else if (lstat(path, &st) != 0) {
            report(path, errno);
            ins->failures++;
        } else if (S_ISDIR(st.st_mode)) {
            ok = walk(ins, path, rel);
        } else if (has_txt_suffix(e->d_name) && is_file(path, &st)) {
            ok = add_input(ins, path, strlen(path), rel);
        }
        free(path);
    }
    closedir(d);
    return ok;
}

/* An operand: a directory is walked, anything else is a page (whose
 * failure to open is reported in its turn). */
static bool add_operand_path(cli_inputs *ins, const char *arg, bool *is_dir)
{
    struct stat st;
    *is_dir = strcmp(arg, "-") != 0 && stat(arg, &st) == 0 && S_ISDIR(st.st_mode);
    if (!*is_dir)
        return add_input(ins, arg, strlen(arg), mirrored_start(arg));
    size_t first = ins->count;
    /* Under a directory the mirrored part is the path below it. */
    size_t rel = strlen(arg) + (arg[strlen(arg) - 1] != '/');
    if (!walk(ins, arg, rel))
        return false;
    if (ins->count > first)
        qsort(ins->items + first, ins->count - first, sizeof *ins->items, by_name);
    return true;
}

#else

static bool add_operand_path(cli_inputs *ins, const char *arg, bool *is_dir)
{
    *is_dir = false;
    return add_input(ins, arg, strlen(arg), mirrored_start(arg));
}

#endif

typedef enum line_result { LINE_END, LINE_OK, LINE_NOMEM } line_result;

/* Reads one line of any length into *line (NUL-terminated, *len bytes). */
static line_result read_line(FILE *f, char **line, size_t *cap, size_t *len)
{
    *len = 0;
    int ch;
    while ((ch = getc(f)) != EOF && ch != '\n') {
        if (*len + 2 > *cap) { /* room for ch and the NUL */
            size_t ncap = *cap == 0 ? 256 : *cap * 2;
            char *l = realloc(*line, ncap);
            if (l == NULL)
                return LINE_NOMEM;
            *line = l;
            *cap = ncap;
        }
        (*line)[(*len)++] = (char)ch;
    }
    if (ch == EOF && *len == 0)
        return LINE_END;
    if (*line == NULL)
        return LINE_OK; /* an empty first line: nothing to hold */
    if (*len > 0 && (*line)[*len - 1] == '\r')
        (*len)--; /* a list written on Windows */
    (*line)[*len] = '\0';
    return LINE_OK;
}

/*
 * The paths listed in list, one a line (empty lines skipped), each
 * taken as an operand would be ("-" there is a file named -).
 */
static bool add_list(cli_inputs *ins, const char *list)
{
    bool from_stdin = strcmp(list, "-") == 0;
    FILE *f = from_stdin ? stdin : fopen(list, "r");
    if (f == NULL) {
        report(list, errno);
        ins->failures++;
        return true;
    }
    char *line = NULL;
    size_t cap = 0, len;
    bool ok = true, is_dir;
    line_result lr = LINE_END;
    errno = 0;
    while (ok && (lr = read_line(f, &line, &cap, &len)) == LINE_OK) {
        if (len == 0 || line == NULL)
            continue;
        if (strcmp(line, "-") == 0)
            ok = add_input(ins, "./-", 3, 2);
        else
            ok = add_operand_path(ins, line, &is_dir);
    }
    if (ok && lr == LINE_NOMEM)
        ok = false;
    if (ok && ferror(f)) {
        report(from_stdin ? "<stdin>" : list, errno);
        ins->failures++;
    }
    free(line);
    if (!from_stdin)
        fclose(f);
    return ok;
}

bool cli_inputs_collect(const cli_config *cfg, cli_inputs *ins)
{
    if (cfg->noperands == 0)
        return add_input(ins, "-", 1, 0);
    ins->several = cfg->noperands > 1;
    for (size_t i = 0; i < cfg->noperands; i++) {
        const cli_operand *op = &cfg->operands[i];
        bool is_dir = false;
        bool ok = op->files_from ? add_list(ins, op->arg) : add_operand_path(ins, op->arg, &is_dir);
        if (!ok)
            return false;
        if (op->files_from || is_dir)
            ins->several = true;
    }
    return true;
}
