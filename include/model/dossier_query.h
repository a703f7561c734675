/*
 * dossier_query: a query (query.h) tested against the dossier's articles
 * and milestones.  Words are answered by the index first (the rows that
 * may hold them, once per query), so only those rows' texts are read to
 * confirm; an article's text read for that is let go again.
 */
#ifndef HOSO_DOSSIER_QUERY_H
#define HOSO_DOSSIER_QUERY_H

#include "dossier.h"
#include "query.h"

struct dossier_query {
	const struct dossier *ds;
	const struct query *q;
	/* 0: words are the index's answer alone (titles and text, each
	 * syllable from its start), never confirmed by reading a text: what
	 * a filter applied at every key can afford on an archive.  It can
	 * differ from the exact answer only where the index reads a phrase
	 * across punctuation ("thị, thực"). */
	int exact;
	size_t **rows;			/* per term: the index's rows, sorted */
	size_t *nrows;
};

/* Returns 0, or -1 when the index cannot read a word of the query.
 * Words are confirmed in the texts (exact is set). */
int dossier_query_init(struct dossier_query *dq, const struct dossier *ds,
    const struct query *q);
void dossier_query_free(struct dossier_query *dq);
/* 1 when row i's article, or milestone i, matches. */
int dossier_query_article(const struct dossier_query *dq, size_t i);
int dossier_query_milestone(const struct dossier_query *dq, size_t i);
/* 1 when topic t's titles, summary or keywords hold the query's words. */
int dossier_query_topic(const struct dossier_query *dq, size_t t);

/* A set of article rows (a filter's, applied to the whole dossier):
 * in[i] != 0 for the rows in it, i below n. */
/* Per topic, in map order (counts holds map.ntopics): the mentions and
 * articles of the rows in the set, as ds->counts has them for all. */
void dossier_query_counts(const struct dossier *ds, const unsigned char *in,
    size_t n, struct dossier_count *counts);
/* 1 when milestone i cites an article of the set (its sources). */
int dossier_query_cited(const struct dossier *ds, size_t i,
    const unsigned char *in, size_t n);

#endif
