/*
 * dossier_bg: the dossier's index (see include/model/dossier.h): which
 * database, falling back to memory, the indexer run before the dossier is
 * read or on a thread of its own beside the reader, and the reader's one
 * read transaction.
 *
 * The thread has its own connection (SQLite connections are not shared
 * between threads here); WAL lets it commit while the reader's snapshot
 * stays as it was.  What the two share is under one mutex: the progress
 * numbers, the end, the stats and the indexer's diagnostics.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "dossier_int.h"
#include "indexer.h"
#include "store.h"
#include "tmpfile.h"
#include "util.h"

/* A first index of a small corpus ends in well under this: the reader
 * waits for it rather than draw an empty list first. */
#define COLD_WAIT_MS 150

struct dossier_bg {
	pthread_t tid;
	struct indexer_job job;
	char *dbpath;
	atomic_int cancel;
	pthread_mutex_t mu;
	/* Under mu: */
	size_t done, total, first_done, writes;
	int started, finished;
	int rc;
	struct indexer_stats stats;
	struct diag diag;
	char *fallback;			/* the database made instead, or NULL */
	/* The reader's own: */
	size_t read_writes;
	int joined;
};

static void
progress(void *ctx, size_t done, size_t total)
{
	struct dossier_bg *bg = ctx;

	pthread_mutex_lock(&bg->mu);
	if (!bg->started) {
		bg->first_done = done;
		bg->started = 1;
	}
	bg->done = done;
	bg->total = total;
	bg->writes = done - bg->first_done;
	pthread_mutex_unlock(&bg->mu);
}

/* Whether the indexer failed on the cache (then memory or a database of
 * this run does better) or on the corpus itself (then nothing would). */
static int
articles_readable(const char *dir)
{
	struct util_buf b;
	int ok;

	util_buf_init(&b);
	util_buf_printf(&b, "%s/articles", dir);
	ok = access(b.data, R_OK | X_OK) == 0;
	util_buf_free(&b);
	return ok;
}

/* Where the databases of one run go: $TMPDIR/hoso-index.tmp.PID.XXXXXX. */
static void
temp_db_base(struct util_buf *b)
{
	const char *t = getenv("TMPDIR");

	util_buf_init(b);
	util_buf_printf(b, "%s/hoso-index", t != NULL && t[0] == '/' ? t :
	    "/tmp");
}

/* An empty file for a database of this run only (removed at the end, or
 * by the next run's sweep when this one is killed). */
static char *
temp_db(void)
{
	struct util_buf b;
	char *tmp;
	int fd;

	temp_db_base(&b);
	fd = tmpfile_open(b.data, &tmp);
	util_buf_free(&b);
	if (fd < 0)
		return NULL;
	close(fd);
	return tmp;
}

static void *
run(void *arg)
{
	struct dossier_bg *bg = arg;
	struct store *st;
	struct indexer_stats stats;
	struct diag d;
	char *fallback = NULL;
	int rc = -1;

	memset(&stats, 0, sizeof stats);
	diag_init(&d, NULL);
	/* The reader's keys come first: this thread, and the parsers it
	 * starts (they inherit it), yield the CPU to it. */
	(void)setpriority(PRIO_PROCESS, (id_t)gettid(), 10);
	if (store_open(&st, bg->dbpath, &d) == 0) {
		rc = indexer_update(st, &bg->job, &stats, &d);
		store_close(st);
	}
	/* The cache cannot be written: a temporary database this time, so
	 * that the reader still gets the corpus as it is (the directory
	 * itself unreadable fails there too, and says so). */
	if (rc != 0 && !stats.cancelled &&
	    articles_readable(bg->job.dir) &&
	    (fallback = temp_db()) != NULL) {
		diag_emit(&d, DIAG_WARNING, bg->dbpath, 0, 0, "the index "
		    "cannot be written; it is kept in %s this time", fallback);
		if (store_open(&st, fallback, &d) == 0) {
			rc = indexer_update(st, &bg->job, &stats, &d);
			store_close(st);
		}
	}
	pthread_mutex_lock(&bg->mu);
	bg->fallback = fallback;
	bg->rc = rc;
	bg->stats = stats;
	diag_merge(&bg->diag, &d);
	bg->finished = 1;
	pthread_mutex_unlock(&bg->mu);
	diag_free(&d);
	return NULL;
}

void
dossier_unlink_db(const char *path)
{
	static const char *const tails[] = { "", "-wal", "-shm" };

	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		struct util_buf b;

		util_buf_init(&b);
		util_buf_printf(&b, "%s%s", path, tails[i]);
		/* What is left is store_open's to report. */
		(void)unlink(b.data);
		util_buf_free(&b);
	}
}

static void
job_of(const struct dossier *ds, struct indexer_job *job)
{
	memset(job, 0, sizeof *job);
	job->dir = ds->dir;
	job->map_path = ds->mapfile;
	job->map = &ds->map;
}

/* The index in memory, made now: the fallback, and --no-cache. */
static void
in_memory(struct dossier *ds)
{
	struct indexer_job job;
	struct indexer_stats stats;

	store_close(ds->st);
	ds->st = NULL;
	free(ds->dbpath);
	ds->dbpath = NULL;
	if (store_open(&ds->st, NULL, &ds->idxdiag) != 0)
		util_fatal("cannot make an index in memory");
	job_of(ds, &job);
	indexer_update(ds->st, &job, &stats, &ds->idxdiag);
}

static void
wait_cold(struct dossier_bg *bg)
{
	struct timespec ts = { 0, 5 * 1000 * 1000 };

	for (int waited = 0; waited < COLD_WAIT_MS; waited += 5) {
		int fin;

		pthread_mutex_lock(&bg->mu);
		fin = bg->finished;
		pthread_mutex_unlock(&bg->mu);
		if (fin)
			return;
		nanosleep(&ts, NULL);
	}
}

void
dossier_index(struct dossier *ds, const struct dossier_opts *o)
{
	struct indexer_job job;
	struct indexer_stats stats;
	struct dossier_bg *bg;
	struct diag scratch;
	struct util_buf sweep;
	int rc;

	temp_db_base(&sweep);
	(void)tmpfile_sweep(sweep.data);
	util_buf_free(&sweep);
	if (o->cache == DOSSIER_NO_CACHE ||
	    (ds->dbpath = indexer_cache_path(ds->dir, &ds->idxdiag)) == NULL) {
		in_memory(ds);
		return;
	}
	if (o->cache == DOSSIER_REBUILD)
		dossier_unlink_db(ds->dbpath);
	if (store_open(&ds->st, ds->dbpath, &ds->idxdiag) != 0) {
		/* The reader shares the index with its indexer's thread: a
		 * database file of this run; a headless mode needs none. */
		char *tmp = o->background ? temp_db() : NULL;

		if (tmp == NULL || store_open(&ds->st, tmp, &ds->idxdiag) != 0) {
			diag_emit(&ds->idxdiag, DIAG_WARNING, ds->dbpath, 0, 0,
			    "the index is kept in memory this time");
			if (tmp != NULL)
				dossier_unlink_db(tmp);
			free(tmp);
			in_memory(ds);
			return;
		}
		diag_emit(&ds->idxdiag, DIAG_WARNING, ds->dbpath, 0, 0,
		    "the index is kept in %s this time", tmp);
		ds->tmpdb = tmp;
		free(ds->dbpath);
		ds->dbpath = util_strdup(tmp);
	}
	if (!o->background) {
		job_of(ds, &job);
		diag_init(&scratch, NULL);
		rc = indexer_update(ds->st, &job, &stats, &scratch);
		diag_merge(&ds->idxdiag, &scratch);
		diag_free(&scratch);
		/* Articles that cannot be read fail in memory as well; a
		 * cache that cannot be written does not. */
		if (rc != 0 && articles_readable(ds->dir)) {
			diag_emit(&ds->idxdiag, DIAG_WARNING, ds->dbpath, 0, 0,
			    "the index is kept in memory this time");
			in_memory(ds);
		}
		return;
	}
	bg = util_calloc(1, sizeof *bg);
	job_of(ds, &bg->job);
	bg->job.progress = progress;
	bg->job.ctx = bg;
	bg->job.cancel = &bg->cancel;
	bg->dbpath = util_strdup(ds->dbpath);
	atomic_init(&bg->cancel, 0);
	pthread_mutex_init(&bg->mu, NULL);
	diag_init(&bg->diag, NULL);
	ds->bg = bg;
	if (pthread_create(&bg->tid, NULL, run, bg) != 0)
		util_fatal("cannot start the indexing thread");
	if (store_nrows(ds->st) == 0) {
		wait_cold(bg);
		if (dossier_bg_news(ds))
			dossier_bg_switch(ds);
	}
}

int
dossier_poll(struct dossier *ds, size_t *done, size_t *total)
{
	struct dossier_bg *bg = ds->bg;
	int running;

	if (bg == NULL)
		return 0;
	pthread_mutex_lock(&bg->mu);
	running = !bg->finished;
	*done = bg->done;
	*total = bg->total;
	pthread_mutex_unlock(&bg->mu);
	return running;
}

int
dossier_bg_news(struct dossier *ds)
{
	struct dossier_bg *bg = ds->bg;
	int news, fin;

	if (bg == NULL || bg->joined)
		return 0;
	pthread_mutex_lock(&bg->mu);
	fin = bg->finished;
	news = bg->writes > bg->read_writes;
	bg->read_writes = bg->writes;
	if (fin) {
		/* Files removed write nothing a progress report counts; what
		 * was read from an index in the making is read again whole. */
		news = news || bg->stats.removed > 0 || bg->stats.map_changed ||
		    ds->partial;
		diag_merge(&ds->idxdiag, &bg->diag);
	}
	pthread_mutex_unlock(&bg->mu);
	if (fin) {
		pthread_join(bg->tid, NULL);
		bg->joined = 1;
		news = news || bg->fallback != NULL;
	}
	return news;
}

void
dossier_bg_switch(struct dossier *ds)
{
	struct dossier_bg *bg = ds->bg;

	if (bg == NULL || !bg->joined || bg->fallback == NULL ||
	    ds->tmpdb != NULL)
		return;
	store_close(ds->st);
	ds->st = NULL;
	ds->tmpdb = bg->fallback;
	bg->fallback = NULL;
	if (store_open(&ds->st, ds->tmpdb, &ds->idxdiag) != 0)
		in_memory(ds);
}

int
dossier_bg_running(const struct dossier *ds)
{
	return ds->bg != NULL && !ds->bg->joined;
}

void
dossier_bg_stop(struct dossier *ds)
{
	struct dossier_bg *bg = ds->bg;

	if (bg == NULL)
		return;
	if (!bg->joined) {
		atomic_store(&bg->cancel, 1);
		pthread_join(bg->tid, NULL);
	}
	diag_free(&bg->diag);
	pthread_mutex_destroy(&bg->mu);
	if (bg->fallback != NULL)
		dossier_unlink_db(bg->fallback);
	free(bg->fallback);
	free(bg->dbpath);
	free(bg);
	ds->bg = NULL;
}

void
dossier_begin_read(struct dossier *ds)
{
	/* Held open: a reader beside the indexer sees one moment, and
	 * every query is not a transaction (and a file lock) of its own. */
	if (!ds->reading && store_begin_read(ds->st) == 0)
		ds->reading = 1;
}

void
dossier_end_read(struct dossier *ds)
{
	if (ds->reading)
		store_end_read(ds->st);
	ds->reading = 0;
}
