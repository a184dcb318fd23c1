/*
 * jobs.c - -j N: N worker threads, each with its own parser and read
 * buffer, take the pages in input order; each renders its page into the
 * memory of a slot, and the main thread writes the slots in input order.
 *
 * The slots are a ring of WINDOW_PER_JOB * N: a worker does not take page
 * i until page i - slots has been written, so memory holds at most that
 * many pages' outputs however many pages there are (a slow page holds the
 * others back, it does not make them pile up).  With --output-dir the
 * workers write their files themselves and the slots carry only the
 * messages and counts.  Since every page goes through the same code into
 * the same bytes, the output equals -j 1's.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <pthread.h>
#endif

#define WINDOW_PER_JOB 4 /* slots per worker: room for uneven pages */

#ifndef _WIN32

typedef struct slot {
    cli_page page;
    cli_sink out;
    cli_sink trace;
    bool done;
} slot;

typedef struct pool {
    cli_run *run;
    slot *slots;
    size_t nslots;
    size_t next_take;    /* the next page a worker takes */
    size_t next_commit;  /* the next page the main thread writes */
    bool stop;
    pthread_mutex_t lock;
    pthread_cond_t room; /* a slot was freed, or stop */
    pthread_cond_t done; /* a page was finished */
} pool;

/* The next page for a worker, or false when there is none (or stop). */
static bool take(pool *p, size_t *index)
{
    pthread_mutex_lock(&p->lock);
    size_t n = p->run->inputs->count;
    while (!p->stop && p->next_take < n && p->next_take >= p->next_commit + p->nslots)
        pthread_cond_wait(&p->room, &p->lock);
    bool ok = !p->stop && p->next_take < n;
    if (ok)
        *index = p->next_take++;
    pthread_mutex_unlock(&p->lock);
    return ok;
}

static void *worker(void *arg)
{
    pool *p = arg;
    char *chunk = malloc(CLI_CHUNK_SIZE);
    size_t i;
    while (take(p, &i)) {
        slot *s = &p->slots[i % p->nslots];
        s->page.input = &p->run->inputs->items[i];
        s->page.chunk = chunk;
        if (chunk != NULL) {
            cli_page_run(&s->page);
        } else {
            s->page.ok = false;
            s->page.name = s->page.input->name;
            cli_page_fail(&s->page, "%s", np_status_string(NP_ERR_NOMEM));
        }
        pthread_mutex_lock(&p->lock);
        s->done = true;
        pthread_cond_broadcast(&p->done);
        pthread_mutex_unlock(&p->lock);
    }
    free(chunk);
    return NULL;
}

static bool pool_init(pool *p, cli_run *run, size_t workers)
{
    memset(p, 0, sizeof *p);
    p->run = run;
    p->nslots = workers * WINDOW_PER_JOB;
    p->slots = calloc(p->nslots, sizeof *p->slots);
    if (p->slots == NULL)
        return false;
    for (size_t k = 0; k < p->nslots; k++) {
        slot *s = &p->slots[k];
        s->page.cfg = run->cfg;
        s->page.out = &s->out;
        s->page.trace = run->cfg->trace_path != NULL ? &s->trace : NULL;
    }
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->room, NULL);
    pthread_cond_init(&p->done, NULL);
    return true;
}

static void pool_free(pool *p)
{
    for (size_t k = 0; k < p->nslots; k++) {
        free(p->slots[k].out.data);
        free(p->slots[k].trace.data);
    }
    free(p->slots);
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->room);
    pthread_cond_destroy(&p->done);
}

/* Writes the pages in input order as they are finished. */
static void commit_in_order(pool *p)
{
    size_t n = p->run->inputs->count;
    for (size_t i = 0; i < n; i++) {
        slot *s = &p->slots[i % p->nslots];
        pthread_mutex_lock(&p->lock);
        while (!s->done && !p->stop)
            pthread_cond_wait(&p->done, &p->lock);
        bool ready = s->done;
        pthread_mutex_unlock(&p->lock);
        if (!ready)
            break;
        cli_commit(p->run, &s->page, i);
        cli_sink_reset(&s->out);
        cli_sink_reset(&s->trace);
        pthread_mutex_lock(&p->lock);
        s->done = false;
        p->next_commit = i + 1;
        p->stop = p->stop || p->run->stopped;
        pthread_cond_broadcast(&p->room);
        pthread_mutex_unlock(&p->lock);
        if (p->run->stopped)
            break;
    }
}

bool cli_run_parallel(cli_run *run)
{
    size_t n = run->inputs->count;
    size_t workers = (size_t)run->cfg->jobs < n ? (size_t)run->cfg->jobs : n;
    pool p;
    if (!pool_init(&p, run, workers))
        return false;
    pthread_t *threads = calloc(workers, sizeof *threads);
    size_t started = 0;
    while (threads != NULL && started < workers &&
           pthread_create(&threads[started], NULL, worker, &p) == 0)
        started++;
    if (started > 0)
        commit_in_order(&p);
    pthread_mutex_lock(&p.lock);
    p.stop = true; /* after a stop, or if no thread started */
    pthread_cond_broadcast(&p.room);
    pthread_mutex_unlock(&p.lock);
    for (size_t k = 0; k < started; k++)
        pthread_join(threads[k], NULL);
    free(threads);
    pool_free(&p);
    return started > 0;
}

#else

bool cli_run_parallel(cli_run *run)
{
    (void)run;
    return false; /* main.c then runs the pages one after another */
}

#endif
