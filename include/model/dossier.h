/*
 * dossier: a corpus, its topic map and the persistent index over both
 * (store.h, kept current by indexer.h), with every cross reference
 * resolved (related topics, milestone topics, sources and their quotes).
 * The UI and the headless modes only ever read a dossier.
 *
 * Nothing is read from the corpus to open it: the rows of the article
 * list (newest first) come from the index as they are asked for, a page
 * at a time, and an article's text is read, cleaned and matched against
 * the map when it is opened (dossier_article), then kept for the session.
 * Row i and the pointers handed out stay valid until dossier_refresh.
 *
 * The index lives in $XDG_CACHE_HOME/hoso/ (indexer_cache_path).  With
 * DOSSIER_BACKGROUND the indexer brings it up to date on a thread of its
 * own while the dossier reads the index as it was (one read transaction,
 * so every row is of the same moment); dossier_poll tells the progress
 * and dossier_refresh moves to the new state.  Without it, opening waits
 * for the indexer, so what is read is the corpus as it is now.
 */
#ifndef HOSO_DOSSIER_H
#define HOSO_DOSSIER_H

#include <stdio.h>

#include "corpus.h"
#include "diag.h"
#include "index.h"
#include "search.h"
#include "topics.h"

enum dossier_cache {
	DOSSIER_CACHE,			/* the database under the cache dir */
	DOSSIER_NO_CACHE,		/* an index in memory, nothing written */
	DOSSIER_REBUILD			/* the cache's database, made anew */
};

struct dossier_opts {
	enum dossier_cache cache;
	int background;			/* index on a thread (the reader) */
};

struct dossier_count {
	size_t mentions, narticles;
};

struct dossier_bg;
struct index_matcher;
struct store;
struct suggest_memo;

struct dossier {
	char *dir, *mapfile;
	struct corpus corpus;		/* .n rows; .v filled as they are read */
	struct topicmap map;
	struct dossier_count *counts;	/* per topic, in map order */
	struct diag diag;		/* everything loading reported */
	size_t *topic_order;		/* topics in Vietnamese title order */
	/* Private to the dossier's files: */
	struct store *st;
	char *dbpath;			/* NULL: in memory */
	char *tmpdb;			/* a database of this run, or NULL */
	struct index_matcher *km;
	struct diag mapdiag;		/* the map's own, for each refresh */
	struct diag idxdiag;		/* the indexer's (files refused) */
	struct dossier_bg *bg;
	struct suggest_memo *suggest;	/* suggest.h's, made when asked */
	int reading;			/* a read transaction is open */
	int partial;			/* read from an index being made */
};

/* Opens dir (and mapfile, default dir/topics.yaml) as o says (NULL: the
 * cache, waiting for the indexer).  Diagnostics go to ds->diag (echoed to
 * echo when not NULL).  Returns -1 when nothing could be loaded (no such
 * directory), else 0; ds->diag.worst tells the rest.  A cache that
 * cannot be used is a warning, and the index is made in memory. */
int dossier_open(struct dossier *ds, const char *dir, const char *mapfile,
    FILE *echo, const struct dossier_opts *o);
/* dossier_open with an index in memory (tests). */
int dossier_load(struct dossier *ds, const char *dir, const char *mapfile,
    FILE *echo);
void dossier_free(struct dossier *ds);

/* The extra validation of --check: unresolved ids and quotes are already
 * errors from loading; this adds warnings for non-mutual related links
 * and for topics whose keywords match nothing. */
void dossier_check(struct dossier *ds);

/* Row i of the article list: its id, file, title, date and source (not
 * its text).  i must be below corpus.n. */
const struct article *dossier_row(const struct dossier *ds, size_t i);
/* The same with its text and mentions (index.h's, .article = i).  A file
 * that cannot be read any more gives a text that says so. */
const struct article *dossier_article(const struct dossier *ds, size_t i);
/* An article this large is opened in two steps by the reader: a
 * preview of its first DOSSIER_PREVIEW_BYTES at once, the whole of it
 * read on another thread (dossier_read_body) and then installed. */
#define DOSSIER_BIG_BYTES (2 * 1024 * 1024)
#define DOSSIER_PREVIEW_BYTES (16 * 1024)
/* The size of row i's file now (0 when it cannot be told). */
long long dossier_file_size(const struct dossier *ds, size_t i);
/* 1 when row i's text is loaded (dossier_article returns at once). */
int dossier_has_body(const struct dossier *ds, size_t i);
/* Reads and parses the file at path into *a (its whole text, or the
 * part of at most limit bytes that ends a paragraph; limit 0: all), and
 * its mentions: what dossier_article does, without touching the dossier,
 * so another thread may run it.  A file that cannot be read gives a text
 * that says so. */
void dossier_read_body(const struct dossier *ds, const char *path,
    size_t limit, struct article *a);
/* Makes *a (from dossier_read_body of row i's file, whole) row i's text,
 * emptying *a; 0, or -1 (*a untouched) when row i is not that article
 * any more (a refresh came in between). */
int dossier_install_body(const struct dossier *ds, size_t i,
    struct article *a);
/* Lets go of row i's text (and mentions): for a reader that holds no
 * pointer into it, going through many articles once. */
void dossier_release(const struct dossier *ds, size_t i);
/* The same with its topics and counts (ntopics, topics), from the index
 * unless the text is loaded. */
const struct article *dossier_topics_of(const struct dossier *ds, size_t i);
/* The bytes of the first mention of topic t in row i (0, 0 if none),
 * from its text if it is loaded, else from the index. */
void dossier_first_mention(const struct dossier *ds, size_t i, size_t t,
    size_t *start, size_t *end);
/* The ids of the articles in byte order (one of two files twice), from
 * the index in one pass that reads no row: fn for each; how many, or
 * -1. */
long dossier_each_id(const struct dossier *ds, int (*fn)(void *ctx,
    const char *id), void *ctx);
/* The topics of the article with this id, from the index (none when it
 * has no such article): fn for each topic's index. */
void dossier_topics_of_id(const struct dossier *ds, const char *id,
    void (*fn)(void *ctx, size_t topic), void *ctx);
/* The row of the article with this id, or (size_t)-1. */
size_t dossier_find(const struct dossier *ds, const char *id);
/* The articles of topic t, most mentions first, then newest: rows and
 * counts from offset on, at most limit (heap array in *out). */
size_t dossier_topic_articles(const struct dossier *ds, size_t t,
    size_t offset, size_t limit, struct index_count **out);
/* The rows of the articles that may hold s (the index's answer: titles
 * and text, each syllable from its start, the last one a prefix), newest
 * first: of the index's answers from offset on, at most limit, the rows
 * (heap array in *rows, *nrows of them).  Returns how many answers were
 * read (the next offset is offset plus that), or -1 for a query the
 * index cannot read.  search_article with s->word_start set finds the
 * hits themselves (none, rarely: "thị, thực" is a phrase to the index). */
long dossier_search(const struct dossier *ds, const struct search *s,
    size_t offset, size_t limit, size_t **rows, size_t *nrows);
/* search_word_fn over the index (ctx is the dossier). */
int dossier_word(void *ctx, const char *w, size_t n);

/* While a background indexer runs: 1, with done and total files;
 * otherwise 0.  Never waits. */
int dossier_poll(struct dossier *ds, size_t *done, size_t *total);
/* Once the indexer has committed something new: reads the index afresh
 * (counts, rows, references, diagnostics) and returns 1; every row
 * number and article pointer from before is stale.  0 when nothing
 * changed. */
int dossier_refresh(struct dossier *ds);

#endif
