/*
 * dossier: loads a corpus and its topic map, resolves every reference
 * between them, and builds the index (see include/model/dossier.h).
 *
 * Unresolvable references are errors of the map, reported at the place
 * they are written and left unresolved (TOPICS_NONE), never fatal: the
 * reader shows what resolved.
 */
#include "dossier.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "collate.h"
#include "search.h"
#include "util.h"

/* A topic's place in title order: the collation key travels with the
 * index, so the comparator needs nothing from outside its arguments. */
struct order {
	unsigned char *key;
	size_t klen;
	const char *id;
	size_t ix;
};

static int
cmp_order(const void *x, const void *y)
{
	const struct order *a = x, *b = y;
	size_t n = a->klen < b->klen ? a->klen : b->klen;
	int c = memcmp(a->key, b->key, n);

	if (c != 0)
		return c;
	if (a->klen != b->klen)
		return a->klen < b->klen ? -1 : 1;
	return strcmp(a->id, b->id);
}

static void
sort_topics(struct dossier *ds)
{
	size_t n = ds->map.ntopics;
	struct order *o = util_calloc(n > 0 ? n : 1, sizeof *o);

	ds->topic_order = util_calloc(n, sizeof *ds->topic_order);
	for (size_t i = 0; i < n; i++) {
		const struct topic *t = &ds->map.topics[i];

		o[i].key = collate_key(t->title, strlen(t->title), &o[i].klen);
		o[i].id = t->id;
		o[i].ix = i;
	}
	if (n > 1)
		qsort(o, n, sizeof *o, cmp_order);
	for (size_t i = 0; i < n; i++) {
		ds->topic_order[i] = o[i].ix;
		free(o[i].key);
	}
	free(o);
}

static void
resolve(struct dossier *ds)
{
	struct topicmap *m = &ds->map;
	struct diag *d = &ds->diag;

	for (size_t i = 0; i < m->ntopics; i++) {
		struct topic *t = &m->topics[i];

		for (size_t j = 0; j < t->nrelated; j++) {
			t->related_ix[j] = topics_find(m, t->related[j]);
			if (t->related_ix[j] == TOPICS_NONE)
				diag_emit(d, DIAG_ERROR, m->file,
				    t->related_line[j], t->related_col[j],
				    "topic '%s': related topic '%s' does not "
				    "exist", t->id, t->related[j]);
		}
	}
	for (size_t i = 0; i < m->nms; i++) {
		struct milestone *ms = &m->ms[i];

		for (size_t j = 0; j < ms->ntopics; j++) {
			ms->topic_ix[j] = topics_find(m, ms->topics[j]);
			if (ms->topic_ix[j] == TOPICS_NONE)
				diag_emit(d, DIAG_ERROR, m->file,
				    ms->topic_line[j], ms->topic_col[j],
				    "milestone '%s': topic '%s' does not exist",
				    ms->title, ms->topics[j]);
		}
		for (size_t j = 0; j < ms->nsources; j++) {
			struct source *s = &ms->sources[j];
			size_t a = corpus_find(&ds->corpus, s->article);

			s->article_ix = a == (size_t)-1 ? TOPICS_NONE : a;
			if (a == (size_t)-1) {
				diag_emit(d, DIAG_ERROR, m->file, s->line,
				    s->col, "milestone '%s': article '%s' does "
				    "not exist", ms->title, s->article);
				continue;
			}
			if (search_locate(&ds->corpus.v[a], s->quote,
			    &s->qstart, &s->qend) == 0)
				s->found = 1;
			else
				diag_emit(d, DIAG_ERROR, m->file, s->line,
				    s->col, "milestone '%s': quote not found in "
				    "article '%s': \"%s\"", ms->title, s->article,
				    s->quote);
		}
	}
}

int
dossier_load(struct dossier *ds, const char *dir, const char *mapfile,
    FILE *echo)
{
	struct util_buf path;
	struct stat st;
	int err;

	memset(ds, 0, sizeof *ds);
	diag_init(&ds->diag, echo);
	ds->dir = util_strdup(dir);
	util_buf_init(&path);
	if (mapfile != NULL)
		util_buf_adds(&path, mapfile);
	else
		util_buf_printf(&path, "%s/topics.yaml", dir);
	ds->mapfile = util_buf_detach(&path, NULL);

	/* One stat, and its errno taken at once: a second call could fail
	 * differently (or not at all) and name the wrong cause. */
	err = stat(dir, &st) != 0 ? errno : 0;
	if (err != 0 || !S_ISDIR(st.st_mode)) {
		diag_emit(&ds->diag, DIAG_ERROR, dir, 0, 0,
		    "cannot open content directory: %s",
		    err != 0 ? strerror(err) : "not a directory");
		ds->topic_order = util_calloc(1, sizeof *ds->topic_order);
		index_build(&ds->index, &ds->corpus, &ds->map);
		return -1;
	}
	corpus_load(&ds->corpus, dir, &ds->diag);
	topics_load(&ds->map, ds->mapfile, &ds->diag);
	resolve(ds);
	index_build(&ds->index, &ds->corpus, &ds->map);
	sort_topics(ds);
	return 0;
}

void
dossier_free(struct dossier *ds)
{
	index_free(&ds->index);
	topics_free(&ds->map);
	corpus_free(&ds->corpus);
	diag_free(&ds->diag);
	free(ds->topic_order);
	free(ds->dir);
	free(ds->mapfile);
	memset(ds, 0, sizeof *ds);
}

struct pair {
	size_t from, to;
};

static int
cmp_pair(const void *x, const void *y)
{
	const struct pair *a = x, *b = y;

	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	return a->to < b->to ? -1 : a->to > b->to;
}

void
dossier_check(struct dossier *ds)
{
	const struct topicmap *m = &ds->map;
	const struct index *ix = &ds->index;
	struct pair *pairs = NULL;
	size_t np = 0, cap = 0;

	/* Every resolved related link as a sorted pair, so "is it mutual?"
	 * is a binary search however many links a topic lists. */
	for (size_t i = 0; i < m->ntopics; i++)
		for (size_t j = 0; j < m->topics[i].nrelated; j++) {
			if (m->topics[i].related_ix[j] == TOPICS_NONE)
				continue;
			util_grow((void **)&pairs, &cap, np + 1, sizeof *pairs);
			pairs[np].from = i;
			pairs[np].to = m->topics[i].related_ix[j];
			np++;
		}
	if (np > 1)
		qsort(pairs, np, sizeof *pairs, cmp_pair);

	for (size_t i = 0; i < m->ntopics; i++) {
		const struct topic *t = &m->topics[i];

		for (size_t j = 0; j < t->nrelated; j++) {
			struct pair back;
			size_t r = t->related_ix[j];

			if (r == TOPICS_NONE)
				continue;
			back.from = r;
			back.to = i;
			if (np > 0 && bsearch(&back, pairs, np, sizeof *pairs,
			    cmp_pair) != NULL)
				continue;
			diag_emit(&ds->diag, DIAG_WARNING, m->file,
			    t->related_line[j], t->related_col[j],
			    "topic '%s' lists '%s' as related, but '%s' does "
			    "not list '%s'", t->id, m->topics[r].id,
			    m->topics[r].id, t->id);
		}
		if (ix->topics[i].mentions == 0)
			diag_emit(&ds->diag, DIAG_WARNING, m->file, t->line,
			    t->col, "topic '%s': no keyword matches any "
			    "article", t->id);
	}
	free(pairs);
}
