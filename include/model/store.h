/*
 * store: the persistent index of a corpus, one SQLite database.
 *
 * It holds what the lists and the search need without reading the corpus:
 * each article's metadata and the file facts that say whether it changed
 * (size, mtime, inode), and an FTS5 full-text index whose tokenizer is
 * vitok's (syllables, each in a folded and a marked form).  Bodies are not
 * kept whole for display: a match is shown from the article's own file.
 *
 * The database is rebuilt when its schema version is not STORE_SCHEMA.
 * WAL and a busy timeout let two readers share it; writes are grouped in
 * transactions by the caller (store_begin / store_commit), so a killed
 * indexer leaves the last committed state, never a half-written article.
 */
#ifndef HOSO_STORE_H
#define HOSO_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

#define STORE_SCHEMA 1

struct store;

/* File facts: an article is re-indexed when any of them changed. */
struct store_file {
	int64_t size, mtime_ns, ino;
};

struct store_article {
	const char *id, *file;		/* article id; path relative to corpus */
	const char *date, *source, *title;
	int64_t datekey;		/* sorts newest first: YYYYMMDD, 0 unknown */
	struct store_file facts;
	const char *text;		/* stored text (cleaned), for the index */
	size_t len;
};

/* Opens (creating or rebuilding) the database at path; NULL or ":memory:"
 * opens one in memory.  0, or -1 with a diagnostic naming path. */
int store_open(struct store **st, const char *path, struct diag *d);
void store_close(struct store *st);

int store_begin(struct store *st);
int store_commit(struct store *st);

/* The facts recorded for a file: 1 found, 0 not indexed. */
int store_file_facts(struct store *st, const char *file,
    struct store_file *out);
/* Adds or replaces the article indexed from a->file. */
int store_put(struct store *st, const struct store_article *a);
/* Forgets the article indexed from file (0 also when there was none). */
int store_remove(struct store *st, const char *file);

size_t store_count(struct store *st);

/* Article ids matching query (smart-folded per syllable, as vitok reads
 * it; the syllables as one phrase), newest first, from row offset on, at
 * most limit of them; fn is called with each id.  Returns the number
 * given, or -1 for a query the index cannot read. */
typedef int (*store_id_fn)(void *ctx, const char *id);
long store_search(struct store *st, const char *query, size_t offset,
    size_t limit, store_id_fn fn, void *ctx);

#endif
