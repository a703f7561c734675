/*
 * store: the persistent index of a corpus, one SQLite database.
 *
 * It holds what the lists and the search need without reading the corpus:
 * each article's metadata and the file facts that say whether it changed
 * (size, mtime, inode), and an FTS5 full-text index whose tokenizer is
 * vitok's (syllables, each in a folded and a marked form).  Bodies are not
 * kept whole for display: a match is shown from the article's own file.
 *
 * Beside them: the topic mentions of each article and their counts per
 * topic (kept by triggers, so a topic's total is one row), the files that
 * did not parse with their diagnostics (so that a warm --check replays
 * them without reading the file), and a key/value table (the topic map's
 * hash, whether the date ranks are current).
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

#define STORE_SCHEMA 6

struct store;
struct vitok_list;

/* File facts: an article is re-indexed when any of them changed. */
struct store_file {
	int64_t size, mtime_ns, ino;
};

/* A topic mention, as index.h's struct mention, the topic by its id (the
 * map's indices change when the map does). */
struct store_mention {
	const char *topic;
	uint32_t keyword, para, start, end;
};

struct store_article {
	const char *id, *file;		/* article id; path relative to corpus */
	const char *date, *source, *title;
	int64_t datekey;		/* sorts newest first: YYYYMMDD, 0 unknown */
	struct store_file facts;
	const char *text;		/* stored text (cleaned), for the index */
	size_t len;
	const struct store_mention *m;	/* its mentions, by start; may be NULL */
	size_t nm;
	/* The tokens of title and text (vitok_list_document), made ahead
	 * by the caller, say on another thread; NULL: tokenized here. */
	const struct vitok_list *title_toks, *text_toks;
};

/* Opens (creating or rebuilding) the database at path; NULL or ":memory:"
 * opens one in memory.  0, or -1 with a diagnostic naming path. */
int store_open(struct store **st, const char *path, struct diag *d);
void store_close(struct store *st);

/* 1 when the full-text index holds more rows of changed and removed
 * articles (never deleted from it: store.c) than live ones, and more than
 * a thousand: time for store_reset. */
int store_wasted(struct store *st);
/* Empties the database, every table made anew (the next update reads
 * every file).  0 or -1. */
int store_reset(struct store *st);

int store_begin(struct store *st);
/* A read transaction: what is read until store_end_read is one moment of
 * the database, whatever another connection commits meanwhile. */
int store_begin_read(struct store *st);
void store_end_read(struct store *st);
int store_commit(struct store *st);

/* The facts recorded for a file: 1 an article, 2 a file that did not
 * parse (store_put_bad), 0 not known. */
int store_file_facts(struct store *st, const char *file,
    struct store_file *out);
/* Adds or replaces the article indexed from a->file, its mentions too. */
int store_put(struct store *st, const struct store_article *a);
/* Replaces the mentions of the article of file (a new topic map). */
int store_set_mentions(struct store *st, const char *file,
    const struct store_mention *m, size_t nm);
/* Records that file did not parse, with those facts (replacing whatever
 * was known of it), so that it is not read again while unchanged. */
int store_put_bad(struct store *st, const char *file,
    const struct store_file *facts);
/* Replaces the diagnostics kept for file (level, line, col, message). */
int store_set_diags(struct store *st, const char *file,
    const struct diag_entry *v, size_t n);
/* Emits every kept diagnostic into d, by file then in the order given,
 * each naming prefix/FILE (prefix NULL: FILE).  Returns how many. */
long store_replay_diags(struct store *st, const char *prefix,
    struct diag *d);
/* Forgets file: its article, mentions, diagnostics, bad record (0 also
 * when there was none). */
int store_remove(struct store *st, const char *file);
/* Every file the store knows (articles and bad ones), by name. */
typedef int (*store_file_fn)(void *ctx, const char *file);
long store_files(struct store *st, store_file_fn fn, void *ctx);
/* The ids of the articles in byte order (the id index's: no row is read,
 * nothing is sorted); an id of two files comes twice.  Returns how many,
 * or -1. */
long store_ids(struct store *st, store_file_fn fn, void *ctx);

/* Articles indexed, duplicates of an id included. */
size_t store_count(struct store *st);
/* Rows of the article list: one an id (the first file by name). */
size_t store_nrows(struct store *st);
/* The row of the article with this id in the list's order: 0 and *row,
 * or -1 when no article has it. */
int store_row_of(struct store *st, const char *id, size_t *row);
/* The files whose id an earlier file (by name) has: fn gets the file,
 * the first file and the id, by file name. */
typedef int (*store_dup_fn)(void *ctx, const char *file, const char *first,
    const char *id);
long store_duplicates(struct store *st, store_dup_fn fn, void *ctx);

/* The key/value table: a heap string, or NULL when key is not set. */
char *store_meta_get(struct store *st, const char *key);
int store_meta_set(struct store *st, const char *key, const char *value);

/* The article list in date order (newest first, then by id), n rows from
 * row from_row on.  Each article has a rank, its row number in that order,
 * indexed: a page costs O(log N + n) whatever from_row is.  A put or a
 * remove makes the ranks stale (a meta flag) until store_rank renumbers
 * them, O(N log N), once after an update; meanwhile store_list pages with
 * OFFSET, O(from_row + n).  Returns the number given, or -1. */
struct store_row {
	int64_t rank, datekey;
	const char *id, *file, *date, *source, *title;
};
typedef int (*store_row_fn)(void *ctx, const struct store_row *r);
long store_list(struct store *st, size_t from_row, size_t n, store_row_fn fn,
    void *ctx);
/* The topic counts of the rows [from_row, from_row + n) of that list, by
 * row (fn gets the row, a topic and its count), in one query: 1 and the
 * pairs given, or 0 when the ranks are stale (ask per article then). */
typedef int (*store_rowtopic_fn)(void *ctx, size_t row, const char *topic,
    size_t count);
int store_list_topics(struct store *st, size_t from_row, size_t n,
    store_rowtopic_fn fn, void *ctx);
/* 1 when the ranks are current: an index complete and not being
 * updated (lookups by id are then one index probe). */
int store_ranked(struct store *st);
/* Renumbers the ranks when they are stale (its own transaction). */
int store_rank(struct store *st);

/* Per topic: the number of mentions and of articles that have one, by
 * topic id; one row each (kept by triggers), topics without any left out. */
typedef int (*store_topic_fn)(void *ctx, const char *topic, size_t mentions,
    size_t articles);
long store_topic_counts(struct store *st, store_topic_fn fn, void *ctx);
/* The articles of a topic, most mentions first, then newest, then by id
 * (an index: O(log N + offset + limit)); fn gets each id and count. */
typedef int (*store_count_fn)(void *ctx, const char *id, size_t count);
long store_topic_articles(struct store *st, const char *topic, size_t offset,
    size_t limit, store_count_fn fn, void *ctx);
/* The mentions of the article with this id (the first by file name when
 * two files share it), by start then topic. */
typedef int (*store_mention_fn)(void *ctx, const struct store_mention *m);
long store_article_mentions(struct store *st, const char *id,
    store_mention_fn fn, void *ctx);
/* The topics of the article with this id and its mentions of each, most
 * first, then by topic id. */
long store_article_topics(struct store *st, const char *id,
    store_count_fn fn, void *ctx);

/* Article ids matching query (smart-folded per syllable, as vitok reads
 * it; the syllables as one phrase), newest first (those of one day in
 * the order they were indexed), from row offset on, at
 * most limit of them; fn is called with each id.  Returns the number
 * given, or -1 for a query the index cannot read. */
typedef int (*store_id_fn)(void *ctx, const char *id);
long store_search(struct store *st, const char *query, size_t offset,
    size_t limit, store_id_fn fn, void *ctx);
/* The same for any of nq queries, the last syllable of each a prefix
 * ("thi thu" finds thị thực): the candidates of a typed search. */
long store_search_any(struct store *st, const char *const *q, size_t nq,
    size_t offset, size_t limit, store_id_fn fn, void *ctx);
/* The ids of the articles whose text (not title) holds the phrase
 * query (as store_search reads it) and that have no mention of topic
 * (an id), newest first: of the newest `scan` articles that hold it, at
 * most limit, so a phrase common among the topic's own articles costs a
 * bounded walk.  Returns the number given, or -1. */
long store_search_unmentioned(struct store *st, const char *query,
    const char *topic, size_t scan, size_t limit, store_id_fn fn, void *ctx);
/* 1 if the folded word w[0..n) is a whole syllable of some article (or
 * title), 0 if not, -1 on a failure. */
int store_has_word(struct store *st, const char *w, size_t n);

#endif
