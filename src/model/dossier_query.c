/*
 * dossier_query: the query language over the dossier's articles and
 * milestones (see include/model/dossier_query.h).
 */
#include "dossier_query.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

int
dossier_query_init(struct dossier_query *dq, const struct dossier *ds,
    const struct query *q)
{
	dq->ds = ds;
	dq->q = q;
	dq->exact = 1;
	dq->rows = util_calloc(q->n + 1, sizeof *dq->rows);
	dq->nrows = util_calloc(q->n + 1, sizeof *dq->nrows);
	for (size_t i = 0; i < q->n; i++) {
		if (q->t[i].field != QUERY_WORDS)
			continue;
		if (dossier_search(ds, &q->t[i].s, 0, SIZE_MAX, &dq->rows[i],
		    &dq->nrows[i]) < 0) {
			dossier_query_free(dq);
			return -1;
		}
		if (dq->nrows[i] > 1)
			qsort(dq->rows[i], dq->nrows[i], sizeof **dq->rows,
			    cmp_size);
	}
	return 0;
}

void
dossier_query_free(struct dossier_query *dq)
{
	for (size_t i = 0; dq->rows != NULL && i < dq->q->n; i++)
		free(dq->rows[i]);
	free(dq->rows);
	free(dq->nrows);
	dq->rows = NULL;
	dq->nrows = NULL;
}

static int
text_has(const struct search *s, const char *t)
{
	struct search_range *r = NULL;
	size_t n = 0, cap = 0;

	if (t == NULL)
		return 0;
	search_text(s, t, strlen(t), &r, &n, &cap);
	free(r);
	return n > 0;
}

struct art_ctx {
	const struct dossier_query *dq;
	const struct article *a;
	size_t row;
};

static int
art_topic(void *ctx, size_t t)
{
	const struct article *a = ((struct art_ctx *)ctx)->a;

	for (size_t i = 0; i < a->ntopics; i++)
		if (a->topics[i].ix == t)
			return 1;
	return 0;
}

/* The term's index of s, to find its rows. */
static size_t
term_of(const struct query *q, const struct search *s)
{
	for (size_t i = 0; i < q->n; i++)
		if (&q->t[i].s == s)
			return i;
	return q->n;
}

static int
art_words(void *ctx, const struct search *s)
{
	struct art_ctx *c = ctx;
	const struct dossier_query *dq = c->dq;
	size_t k = term_of(dq->q, s), nh = 0, cap = 0;
	struct search_hit *h = NULL;
	int loaded;

	if (text_has(s, c->a->title))
		return 1;
	if (k == dq->q->n || dq->nrows[k] == 0 || bsearch(&c->row,
	    dq->rows[k], dq->nrows[k], sizeof c->row, cmp_size) == NULL)
		return 0;
	if (!dq->exact)
		return 1;
	loaded = dossier_has_body(dq->ds, c->row);
	search_article(s, dossier_article(dq->ds, c->row), c->row, &h, &nh,
	    &cap);
	free(h);
	if (!loaded)
		dossier_release(dq->ds, c->row);
	/* The pointer held may have been to the text let go: the row's
	 * metadata again. */
	c->a = dossier_topics_of(dq->ds, c->row);
	return nh > 0;
}

int
dossier_query_article(const struct dossier_query *dq, size_t i)
{
	struct art_ctx c = { dq, dossier_topics_of(dq->ds, i), i };
	const char *src;
	struct query_item it;
	char *copy;
	int r;

	if (query_empty(dq->q))
		return 1;
	/* A copy: a words term may load the body, which replaces the row's
	 * strings (the file's source wins over the index's) while a later
	 * source: term still reads this one. */
	copy = util_strdup(c.a->source);
	src = copy;
	it = (struct query_item){ &c.a->date, NULL, &src, src[0] != '\0',
	    -1, art_topic, art_words, &c };
	r = query_match(dq->q, &it);
	free(copy);
	return r;
}

static int
ms_topic(void *ctx, size_t t)
{
	const struct milestone *m = ctx;

	for (size_t i = 0; i < m->ntopics; i++)
		if (m->topic_ix[i] == t)
			return 1;
	return 0;
}

static int
ms_words(void *ctx, const struct search *s)
{
	const struct milestone *m = ctx;

	return text_has(s, m->title) || text_has(s, m->title_en) ||
	    text_has(s, m->note) || text_has(s, m->note_en);
}

int
dossier_query_milestone(const struct dossier_query *dq, size_t i)
{
	const struct milestone *m = &dq->ds->map.ms[i];
	const char **src = util_calloc(m->nsources + 1, sizeof *src);
	size_t n = 0;
	int r;

	for (size_t k = 0; k < m->nsources; k++) {
		size_t a = m->sources[k].article_ix;

		if (a != TOPICS_NONE && a < dq->ds->corpus.n)
			src[n++] = dossier_row(dq->ds, a)->source;
	}
	struct query_item it = { &m->date, &m->end, src, n, m->target,
	    ms_topic, ms_words, (void *)(uintptr_t)m };

	r = query_empty(dq->q) || query_match(dq->q, &it);
	free(src);
	return r;
}

static int
topic_words(void *ctx, const struct search *s)
{
	const struct topic *t = ctx;

	if (text_has(s, t->title) || text_has(s, t->title_en) ||
	    text_has(s, t->summary))
		return 1;
	for (size_t i = 0; i < t->nkeywords; i++)
		if (text_has(s, t->keywords[i]))
			return 1;
	return 0;
}

int
dossier_query_topic(const struct dossier_query *dq, size_t t)
{
	struct query_item it = { NULL, NULL, NULL, 0, -1, NULL, topic_words,
	    (void *)(uintptr_t)&dq->ds->map.topics[t] };

	return query_empty(dq->q) || query_match(dq->q, &it);
}

void
dossier_query_counts(const struct dossier *ds, const unsigned char *in,
    size_t n, struct dossier_count *counts)
{
	memset(counts, 0, ds->map.ntopics * sizeof *counts);
	for (size_t i = 0; i < n && i < ds->corpus.n; i++) {
		const struct article *a;

		if (!in[i])
			continue;
		a = dossier_topics_of(ds, i);
		for (size_t k = 0; k < a->ntopics; k++) {
			size_t t = a->topics[k].ix;

			if (t >= ds->map.ntopics || a->topics[k].count == 0)
				continue;
			counts[t].mentions += a->topics[k].count;
			counts[t].narticles++;
		}
	}
}

int
dossier_query_cited(const struct dossier *ds, size_t i,
    const unsigned char *in, size_t n)
{
	const struct milestone *m = &ds->map.ms[i];

	for (size_t k = 0; k < m->nsources; k++) {
		size_t a = m->sources[k].article_ix;

		if (a != TOPICS_NONE && a < n && in[a])
			return 1;
	}
	return 0;
}
