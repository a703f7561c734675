/*
 * indexer: keeps a store (store.h) in step with a corpus directory and
 * its topic map, incrementally.
 *
 * Every DIR/articles/NAME.txt is looked at; a file whose facts (size,
 * mtime, inode) are those the store recorded is not read.  Changed and added files are
 * read, parsed (corpus_parse_article) and matched against the map
 * (index_scan) by worker threads, and written by the calling thread in
 * transactions of `batch` articles, so a killed indexer leaves the last
 * committed batch and the next update finishes the job.  Files the store
 * knows that are gone are forgotten.  A file that does not parse is
 * recorded with its facts, and every file's diagnostics are kept
 * (store_replay_diags), so neither is read again while unchanged.
 *
 * The topic map's bytes are hashed into the store's meta table; when the
 * hash changed, every article is re-read and its mentions re-matched
 * (the map is marked pending first, so a kill on that path re-matches
 * everything next time too).
 */
#ifndef HOSO_INDEXER_H
#define HOSO_INDEXER_H

#include <stdatomic.h>
#include <stddef.h>

#include "diag.h"
#include "store.h"
#include "topics.h"

#define INDEXER_BATCH 500
#define INDEXER_FIRST_BATCH 64

struct indexer_stats {
	size_t seen;		/* *.txt entries of articles/ */
	size_t reread;		/* of them, files read and parsed this time */
	size_t added, changed;	/* articles (or bad files) new or changed */
	size_t removed;		/* files the store knew that are gone */
	size_t unchanged;	/* facts as recorded: not read for the text */
	size_t rematched;	/* unchanged, read again for a new map */
	size_t bad;		/* files that do not parse (now or recorded) */
	size_t refused;		/* not regular files, or unreadable */
	int map_changed;
	int cancelled;		/* stopped by job->cancel before the end */
};

/* Called by the thread running indexer_update after each committed
 * batch and at the end: done of total files (unchanged ones count as
 * done from the start). */
typedef void (*indexer_progress_fn)(void *ctx, size_t done, size_t total);

struct indexer_job {
	const char *dir;		/* the corpus: DIR/articles/ */
	const char *map_path;		/* the topic map file; NULL: none */
	const struct topicmap *map;	/* it parsed (the caller's); NULL: none */
	size_t batch;			/* articles a transaction; 0: INDEXER_BATCH */
	int threads;			/* parsers; 0: one a CPU (at most 8) */
	indexer_progress_fn progress;	/* may be NULL */
	void *ctx;
	/* Set by another thread to stop before the next batch, leaving what
	 * was committed (as a kill would; the next update goes on); NULL. */
	const atomic_int *cancel;
};

/* The database of the corpus in dir under $XDG_CACHE_HOME/hoso/, made if
 * need be: STEM-HASH.db, STEM the base name of dir's real path folded to
 * [a-z0-9-], HASH a hash of the whole real path (heap).  NULL with a
 * warning when there is no cache directory or it cannot be made. */
char *indexer_cache_path(const char *dir, struct diag *d);

/* Brings st up to date with job->dir and job->map (see above).  The
 * articles' own diagnostics go to the store, not to d; d gets the
 * refused files and the store's failures.  0, or -1 when the directory
 * cannot be read or the store cannot be written (what was committed
 * stays). */
int indexer_update(struct store *st, const struct indexer_job *job,
    struct indexer_stats *stats, struct diag *d);

#endif
