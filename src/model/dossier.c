/*
 * dossier: opens a corpus through its index, resolves every reference
 * between the map and the articles, and moves to a newer index when the
 * background indexer has one (see include/model/dossier.h).  The rows and
 * texts are read in dossier_rows.c, the background indexer runs in
 * dossier_bg.c.
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
#include <unistd.h>

#include "bounds.h"
#include "collate.h"
#include "dossier_int.h"
#include "indexer.h"
#include "search.h"
#include "store.h"
#include "suggest.h"
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
	/* While an index is being made (its ranks are stale until it is
	 * complete) an article may just not be in it yet, and a lookup by
	 * id costs a count of the rows before it: sources are found, and
	 * what is missing said, once it is complete. */
	int partial = dossier_bg_running(ds) && !store_ranked(ds->st);
	/* Per article, for a map with a timeline: the bytes the quote
	 * searches read, the quotes looked for and those not (bounds.h). */
	struct { size_t read, looked, skipped; } *q;

	ds->partial = partial;
	/* One more than the articles: never a request for nothing. */
	q = util_calloc(ds->corpus.n + 1, sizeof *q);

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
			const struct article *art;
			unsigned long long budget;
			size_t read;
			/* Found once the index is complete: meanwhile a lookup
			 * by id costs a count of the rows before it. */
			size_t a = partial ? (size_t)-1 :
			    dossier_find(ds, s->article);

			s->article_ix = a == (size_t)-1 ? TOPICS_NONE : a;
			s->found = 0;
			s->qstart = s->qend = 0;
			if (a == (size_t)-1) {
				if (!partial)
					diag_emit(d, DIAG_ERROR, m->file,
					    s->line, s->col, "milestone '%s': "
					    "article '%s' does not exist",
					    ms->title, s->article);
				continue;
			}
			art = dossier_article(ds, a);
			budget = (unsigned long long)art->flen *
			    HOSO_QUOTE_READ_FACTOR;
			if (budget < HOSO_QUOTE_READ_MIN)
				budget = HOSO_QUOTE_READ_MIN;
			if (q[a].read >= budget) {
				q[a].skipped++;
				continue;
			}
			if (search_locate(art, s->quote, &s->qstart, &s->qend,
			    &read) == 0)
				s->found = 1;
			q[a].read += read;
			q[a].looked++;
			if (!s->found && !partial)
				diag_emit(d, DIAG_ERROR, m->file, s->line,
				    s->col, "milestone '%s': quote not found in "
				    "article '%s': \"%s\"", ms->title, s->article,
				    s->quote);
		}
	}
	for (size_t a = 0; q != NULL && a < ds->corpus.n; a++) {
		char k[UTIL_GROUPED_SIZE], f[UTIL_GROUPED_SIZE];

		if (q[a].skipped == 0)
			continue;
		diag_emit(d, DIAG_WARNING, dossier_row(ds, a)->path, 0, 0,
		    "%s timeline quotes not looked for: the searches for the "
		    "first %s read as much of it as hoso allows (LIMITS in "
		    "hoso(1)); their sources open it at its start",
		    util_grouped(q[a].skipped, k),
		    util_grouped(q[a].looked, f));
	}
	free(q);
}

static int
count_topic(void *ctx, const char *topic, size_t mentions, size_t articles)
{
	struct dossier *ds = ctx;
	size_t t = topics_find(&ds->map, topic);

	if (t != TOPICS_NONE) {
		ds->counts[t].mentions = mentions;
		ds->counts[t].narticles = articles;
	}
	return 0;
}

static int
dup_diag(void *ctx, const char *file, const char *first, const char *id)
{
	struct dossier *ds = ctx;
	struct util_buf a, b;

	util_buf_init(&a);
	util_buf_init(&b);
	util_buf_printf(&a, "%s/%s", ds->dir, file);
	util_buf_printf(&b, "%s/%s", ds->dir, first);
	diag_emit(&ds->diag, DIAG_ERROR, a.data, 0, 0, "duplicate article id "
	    "'%s' (also %s); skipped", id, b.data);
	util_buf_free(&a);
	util_buf_free(&b);
	return 0;
}

/* An empty corpus opens (there is nothing wrong with the map), but is
 * most likely the wrong directory or one not filled yet: said once, as a
 * warning, by every mode. */
static void
no_articles(struct dossier *ds)
{
	struct util_buf p;

	util_buf_init(&p);
	util_buf_printf(&p, "%s/articles", ds->dir);
	diag_emit(&ds->diag, DIAG_WARNING, p.data, 0, 0, "no articles (no "
	    ".txt file in it could be read)");
	util_buf_free(&p);
}

/* Everything read from the index for one moment of it: the rows (empty
 * until asked for), the topics' counts, the articles' diagnostics then
 * the map's, and the references resolved against these rows. */
void
dossier_read_index(struct dossier *ds)
{
	const struct diag *from[2] = { &ds->idxdiag, &ds->mapdiag };

	dossier_begin_read(ds);
	/* What the indexer said of files it could not index (not kept in
	 * the index: they are looked at each time). */
	for (size_t i = 0; i < from[0]->n; i++)
		diag_emit(&ds->diag, from[0]->v[i].level, from[0]->v[i].file,
		    from[0]->v[i].line, from[0]->v[i].col, "%s",
		    from[0]->v[i].msg);
	ds->corpus.n = store_nrows(ds->st);
	ds->corpus.v = util_calloc(ds->corpus.n > 0 ? ds->corpus.n : 1,
	    sizeof *ds->corpus.v);
	memset(ds->counts, 0, (ds->map.ntopics + 1) * sizeof *ds->counts);
	store_topic_counts(ds->st, count_topic, ds);
	store_replay_diags(ds->st, ds->dir, &ds->diag);
	/* Said of a complete index (they cost a pass over it before; and
	 * an index being made is empty at first). */
	if (!dossier_bg_running(ds) || store_ranked(ds->st)) {
		store_duplicates(ds->st, dup_diag, ds);
		if (ds->corpus.n == 0)
			no_articles(ds);
	}
	/* The map's own diagnostics, copied: each refresh gives them again. */
	for (size_t i = 0; i < from[1]->n; i++)
		diag_emit(&ds->diag, from[1]->v[i].level, from[1]->v[i].file,
		    from[1]->v[i].line, from[1]->v[i].col, "%s",
		    from[1]->v[i].msg);
	resolve(ds);
}

static void
fail(struct dossier *ds, const char *dir, const char *why)
{
	diag_emit(&ds->diag, DIAG_ERROR, dir, 0, 0,
	    "cannot open content directory: %s", why);
	ds->topic_order = util_calloc(1, sizeof *ds->topic_order);
	ds->counts = util_calloc(1, sizeof *ds->counts);
	ds->corpus.v = util_calloc(1, sizeof *ds->corpus.v);
}

int
dossier_open(struct dossier *ds, const char *dir, const char *mapfile,
    FILE *echo, const struct dossier_opts *o)
{
	static const struct dossier_opts dflt = { DOSSIER_CACHE, 0 };
	struct util_buf path;
	struct stat st;
	int err;

	if (o == NULL)
		o = &dflt;
	memset(ds, 0, sizeof *ds);
	diag_init(&ds->diag, echo);
	diag_init(&ds->mapdiag, NULL);
	diag_init(&ds->idxdiag, NULL);
	ds->dir = util_strdup(dir);
	ds->corpus.dir = util_strdup(dir);
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
		fail(ds, dir, err != 0 ? strerror(err) : "not a directory");
		return -1;
	}
	topics_load(&ds->map, ds->mapfile, &ds->mapdiag);
	sort_topics(ds);
	ds->counts = util_calloc(ds->map.ntopics + 1, sizeof *ds->counts);
	ds->km = index_matcher_new(&ds->map);
	dossier_index(ds, o);
	dossier_read_index(ds);
	return 0;
}

int
dossier_load(struct dossier *ds, const char *dir, const char *mapfile,
    FILE *echo)
{
	static const struct dossier_opts mem = { DOSSIER_NO_CACHE, 0 };

	return dossier_open(ds, dir, mapfile, echo, &mem);
}

/* The rows and what hangs off them (not the map, nor the index). */
void
dossier_drop_rows(struct dossier *ds)
{
	for (size_t i = 0; i < ds->corpus.n; i++)
		corpus_free_article(&ds->corpus.v[i]);
	free(ds->corpus.v);
	ds->corpus.v = NULL;
	ds->corpus.n = 0;
}

int
dossier_refresh(struct dossier *ds)
{
	if (!dossier_bg_news(ds))
		return 0;
	dossier_end_read(ds);
	dossier_bg_switch(ds);
	/* Its rows are the old index's. */
	suggest_memo_free(ds->suggest);
	ds->suggest = NULL;
	dossier_drop_rows(ds);
	diag_free(&ds->diag);
	diag_init(&ds->diag, NULL);
	dossier_read_index(ds);
	return 1;
}

void
dossier_free(struct dossier *ds)
{
	dossier_bg_stop(ds);
	dossier_end_read(ds);
	suggest_memo_free(ds->suggest);
	dossier_drop_rows(ds);
	store_close(ds->st);
	if (ds->tmpdb != NULL)
		dossier_unlink_db(ds->tmpdb);
	free(ds->tmpdb);
	index_matcher_free(ds->km);
	topics_free(&ds->map);
	free(ds->corpus.dir);
	diag_free(&ds->diag);
	diag_free(&ds->mapdiag);
	diag_free(&ds->idxdiag);
	free(ds->topic_order);
	free(ds->counts);
	free(ds->dir);
	free(ds->mapfile);
	free(ds->dbpath);
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
		/* Of an empty corpus every topic would say it: "no
		 * articles" has said it once. */
		if (ds->counts[i].mentions == 0 && ds->corpus.n > 0)
			diag_emit(&ds->diag, DIAG_WARNING, m->file, t->line,
			    t->col, "topic '%s': no keyword matches any "
			    "article", t->id);
	}
	free(pairs);
}
