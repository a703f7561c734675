/*
 * topics: loads the topic map (see include/model/topics.h).
 *
 * The YAML is first turned into a ytree (which owns the hostile-input
 * limits); this file only checks shapes and types.  Each entry is built
 * into a local struct and appended only when nothing in it was wrong, so a
 * bad entry costs exactly itself and every problem in it is reported, not
 * only the first.  Cross references are left unresolved (TOPICS_NONE) for
 * dossier_load, which also knows the articles.
 *
 * Conventions for absent optional fields: title_en and summary are "",
 * note, note_en and end_str are NULL; arrays of zero items are NULL.
 */
#include "topics.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "fold.h"
#include "ids.h"
#include "schema.h"
#include "text.h"
#include "util.h"
#include "ytree.h"

/* "WHAT: MSG": a problem of the entry being read, which is then skipped. */
static void
error_at(struct schema *c, const struct ytree *at, const char *what,
    const char *msg)
{
	schema_report(c, at, "%s: %s", what, msg);
}

static void
free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Whether keyword s is within bounds.h's size, else a report at it. */
static int
keyword_fits(struct schema *c, const struct ytree *it, const char *s)
{
	size_t n = strlen(s);
	char *q;

	if (n <= HOSO_MAX_KEYWORD_BYTES &&
	    fold_count_words(s, n) <= HOSO_MAX_KEYWORD_WORDS)
		return 1;
	q = text_excerpt(s, n, SCHEMA_SHOWN_MAX);
	schema_report(c, it, "keywords: '%s' is longer than %d words or %d "
	    "bytes", q, HOSO_MAX_KEYWORD_WORDS, HOSO_MAX_KEYWORD_BYTES);
	free(q);
	return 0;
}

/* A sequence of ids, or of keywords (checked by keyword_fits).
 * Positions are kept when line is given. */
static void
get_list(struct schema *c, const struct ytree *v, const char *what, int ids,
    char ***out, size_t *nout, int **line, int **col)
{
	char **list;
	size_t n = 0;

	*out = NULL;
	*nout = 0;
	if (schema_seq(c, v, what) == NULL || v->nkids == 0)
		return;
	list = util_calloc(v->nkids, sizeof *list);
	if (line != NULL) {
		*line = util_calloc(v->nkids, sizeof **line);
		*col = util_calloc(v->nkids, sizeof **col);
	}
	for (size_t i = 0; i < v->nkids; i++) {
		const struct ytree *it = v->kids[i];
		char *s = ids ? schema_id(c, it, what) :
		    schema_string(c, it, what, 1);

		if (s == NULL)
			continue;
		if (!ids && !keyword_fits(c, it, s)) {
			free(s);
			continue;
		}
		if (line != NULL) {
			(*line)[n] = it->line;
			(*col)[n] = it->col;
		}
		list[n++] = s;
	}
	*out = list;
	*nout = n;
}

static size_t *
none_array(size_t n)
{
	size_t *v;

	if (n == 0)
		return NULL;
	v = util_calloc(n, sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = TOPICS_NONE;
	return v;
}

static void
topic_clear(struct topic *t)
{
	free(t->id);
	free(t->title);
	free(t->title_en);
	free(t->summary);
	free_strv(t->keywords, t->nkeywords);
	free_strv(t->related, t->nrelated);
	free(t->related_ix);
	free(t->related_line);
	free(t->related_col);
	memset(t, 0, sizeof *t);
}

static void
milestone_clear(struct milestone *ms)
{
	free(ms->date_str);
	free(ms->end_str);
	free(ms->title);
	free(ms->title_en);
	free(ms->note);
	free(ms->note_en);
	free_strv(ms->topics, ms->ntopics);
	free(ms->topic_ix);
	free(ms->topic_line);
	free(ms->topic_col);
	for (size_t i = 0; i < ms->nsources; i++) {
		free(ms->sources[i].article);
		free(ms->sources[i].quote);
	}
	free(ms->sources);
	memset(ms, 0, sizeof *ms);
}

static void
load_topic(struct schema *c, struct topicmap *m, size_t *cap,
    const struct ytree *entries, const size_t *first, size_t *kept,
    size_t ix)
{
	struct topic t;
	const struct ytree *e = entries->kids[ix];
	const struct ytree *idnode = NULL, *title = NULL, *kw = NULL;

	c->bad = 0;
	if (schema_map(c, e, "topic", NULL) == NULL)
		return;
	memset(&t, 0, sizeof t);
	t.line = e->line;
	t.col = e->col;
	for (size_t i = 0; i + 1 < e->nkids; i += 2) {
		const struct ytree *k = e->kids[i], *v = e->kids[i + 1];

		if (schema_key_is(k, "id")) {
			idnode = v;
			t.id = schema_id(c, v, "id");
		} else if (schema_key_is(k, "title")) {
			title = v;
			t.title = schema_string(c, v, "title", 1);
		} else if (schema_key_is(k, "title_en")) {
			if (!schema_is_null(v))
				t.title_en = schema_string(c, v, "title_en", 0);
		} else if (schema_key_is(k, "summary")) {
			if (!schema_is_null(v))
				t.summary = schema_string(c, v, "summary", 0);
		} else if (schema_key_is(k, "keywords")) {
			kw = v;
			if (schema_is_null(v) || (v->kind == YTREE_SEQ &&
			    v->nkids == 0))
				error_at(c, v, "keywords", "must list at least "
				    "one keyword");
			else
				get_list(c, v, "keywords", 0, &t.keywords,
				    &t.nkeywords, NULL, NULL);
		} else if (schema_key_is(k, "related")) {
			if (!schema_is_null(v))
				get_list(c, v, "related", 1, &t.related,
				    &t.nrelated, &t.related_line,
				    &t.related_col);
		} else
			schema_unknown_key(c, k, "in a topic");
	}
	if (idnode == NULL)
		error_at(c, e, "topic", "missing 'id'");
	if (title == NULL)
		error_at(c, e, "topic", "missing 'title'");
	if (kw == NULL)
		error_at(c, e, "topic", "missing 'keywords'");
	/* Entries with one id form a group named by the first of them; the
	 * group's kept entry, if any, is the one a later entry duplicates
	 * (a skipped entry does not count). */
	if (t.id != NULL && first[ix] != IDS_NONE &&
	    kept[first[ix]] != IDS_NONE)
		schema_report(c, idnode, "duplicate topic id '%s' (first at "
		    "line %d)", t.id, entries->kids[kept[first[ix]]]->line);
	if (c->bad) {
		topic_clear(&t);
		return;
	}
	if (t.title_en == NULL)
		t.title_en = util_strdup("");
	if (t.summary == NULL)
		t.summary = util_strdup("");
	t.related_ix = none_array(t.nrelated);
	util_grow((void **)&m->topics, cap, m->ntopics + 1, sizeof *m->topics);
	m->topics[m->ntopics] = t;
	if (first[ix] != IDS_NONE)
		kept[first[ix]] = ix;
	m->ntopics++;
}

static void
load_source(struct schema *c, struct milestone *ms, const struct ytree *e)
{
	struct source *s = &ms->sources[ms->nsources];
	const struct ytree *a = NULL, *q = NULL;

	if (schema_map(c, e, "source", NULL) == NULL)
		return;
	memset(s, 0, sizeof *s);
	s->article_ix = TOPICS_NONE;
	s->line = e->line;
	s->col = e->col;
	for (size_t i = 0; i + 1 < e->nkids; i += 2) {
		const struct ytree *k = e->kids[i], *v = e->kids[i + 1];

		if (schema_key_is(k, "article")) {
			a = v;
			s->article = schema_id(c, v, "article");
		} else if (schema_key_is(k, "quote")) {
			q = v;
			s->quote = schema_string(c, v, "quote", 1);
		} else
			schema_unknown_key(c, k, "in a source");
	}
	if (a == NULL)
		error_at(c, e, "source", "missing 'article'");
	if (q == NULL)
		error_at(c, e, "source", "missing 'quote'");
	/* Kept even when incomplete, so milestone_clear frees it. */
	ms->nsources++;
}

static void
load_milestone(struct schema *c, struct milestone **v, size_t *n, size_t *cap,
    const struct ytree *e)
{
	struct milestone ms;
	const struct ytree *date = NULL, *end = NULL, *title = NULL;
	const struct ytree *sources = NULL;

	c->bad = 0;
	if (schema_map(c, e, "milestone", NULL) == NULL)
		return;
	memset(&ms, 0, sizeof ms);
	ms.line = e->line;
	ms.col = e->col;
	for (size_t i = 0; i + 1 < e->nkids; i += 2) {
		const struct ytree *k = e->kids[i], *val = e->kids[i + 1];

		if (schema_key_is(k, "date")) {
			date = val;
			schema_date(c, val, "date", &ms.date, &ms.date_str);
		} else if (schema_key_is(k, "end")) {
			if (!schema_is_null(val)) {
				end = val;
				schema_date(c, val, "end", &ms.end, &ms.end_str);
			}
		} else if (schema_key_is(k, "title")) {
			title = val;
			ms.title = schema_string(c, val, "title", 1);
		} else if (schema_key_is(k, "title_en")) {
			if (!schema_is_null(val))
				ms.title_en = schema_string(c, val, "title_en", 0);
		} else if (schema_key_is(k, "note")) {
			if (!schema_is_null(val))
				ms.note = schema_string(c, val, "note", 0);
		} else if (schema_key_is(k, "note_en")) {
			if (!schema_is_null(val))
				ms.note_en = schema_string(c, val, "note_en", 0);
		} else if (schema_key_is(k, "target")) {
			schema_bool(c, val, "target", &ms.target);
		} else if (schema_key_is(k, "topics")) {
			if (!schema_is_null(val))
				get_list(c, val, "topics", 1, &ms.topics,
				    &ms.ntopics, &ms.topic_line,
				    &ms.topic_col);
		} else if (schema_key_is(k, "sources")) {
			sources = val;
			if (schema_is_null(val) || (val->kind == YTREE_SEQ &&
			    val->nkids == 0)) {
				error_at(c, val, "sources", "must list at "
				    "least one source");
				continue;
			}
			if (schema_seq(c, val, "sources") == NULL)
				continue;
			ms.sources = util_calloc(val->nkids,
			    sizeof *ms.sources);
			for (size_t j = 0; j < val->nkids; j++)
				load_source(c, &ms, val->kids[j]);
		} else
			schema_unknown_key(c, k, "in a milestone");
	}
	if (date == NULL)
		error_at(c, e, "milestone", "missing 'date'");
	if (title == NULL)
		error_at(c, e, "milestone", "missing 'title'");
	if (sources == NULL)
		error_at(c, e, "milestone", "missing 'sources'");
	if (end != NULL && ms.date_str != NULL && ms.end_str != NULL &&
	    date_cmp(&ms.end, &ms.date) < 0) {
		schema_report(c, end, "end: %s is before the date %s",
		    ms.end_str, ms.date_str);
	}
	if (c->bad) {
		milestone_clear(&ms);
		return;
	}
	if (ms.title_en == NULL)
		ms.title_en = util_strdup("");
	ms.topic_ix = none_array(ms.ntopics);
	util_grow((void **)v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = ms;
}

static int
ms_cmp(const void *pa, const void *pb)
{
	const struct milestone *a = pa, *b = pb;
	int r = date_cmp(&a->date, &b->date);

	/* Entries never share a position, so this keeps file order. */
	if (r != 0)
		return r;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->col < b->col ? -1 : a->col > b->col;
}

void
topics_free(struct topicmap *m)
{
	for (size_t i = 0; i < m->ntopics; i++)
		topic_clear(&m->topics[i]);
	for (size_t i = 0; i < m->nms; i++)
		milestone_clear(&m->ms[i]);
	free(m->topics);
	free(m->ms);
	free(m->file);
	free(m->title);
	ids_free(&m->by_id);
	memset(m, 0, sizeof *m);
}

static const char *
topic_id(const void *topics, size_t i)
{
	return ((const struct topic *)topics)[i].id;
}

/* A topic entry's id when it is a valid one: the ids the duplicate check
 * runs over, before any entry is loaded. */
static const char *
entry_id(const void *entries, size_t i)
{
	const struct ytree *e = ((const struct ytree *)entries)->kids[i];
	const struct ytree *v = ytree_get(e, "id");

	if (v == NULL || v->kind != YTREE_SCALAR ||
	    !schema_valid_id(v->str, v->len))
		return NULL;
	return v->str;
}

static void
load_topics(struct schema *c, struct topicmap *m, const struct ytree *v)
{
	struct ids x;
	size_t *first, *kept, cap = 0;

	if (schema_seq(c, v, "topics") == NULL)
		return;
	ids_build(&x, v, v->nkids, entry_id);
	first = ids_firsts(&x, v->nkids);
	ids_free(&x);
	kept = util_calloc(v->nkids > 0 ? v->nkids : 1, sizeof *kept);
	for (size_t j = 0; j < v->nkids; j++)
		kept[j] = IDS_NONE;
	for (size_t j = 0; j < v->nkids; j++)
		load_topic(c, m, &cap, v, first, kept, j);
	free(first);
	free(kept);
}

int
topics_parse(struct topicmap *m, const char *buf, size_t len,
    const char *file, struct diag *d)
{
	struct ytree *root;
	struct schema c;
	const struct ytree *seen_topics = NULL;
	size_t mcap = 0;

	memset(m, 0, sizeof *m);
	m->file = util_strdup(file);
	if (ytree_parse(buf, len, file, 0, d, &root) != 0)
		return -1;
	if (root == NULL) {
		diag_emit(d, DIAG_ERROR, file, 1, 1,
		    "empty topic map: expected a mapping with 'topics'");
		return -1;
	}
	if (root->kind != YTREE_MAP) {
		diag_emit(d, DIAG_ERROR, file, root->line, root->col,
		    "expected a mapping with 'topics' at the top level, "
		    "found %s", ytree_kind_name(root->kind));
		ytree_free(root);
		return -1;
	}
	schema_init(&c, file, d, DIAG_ERROR);
	for (size_t i = 0; i + 1 < root->nkids; i += 2) {
		const struct ytree *k = root->kids[i], *v = root->kids[i + 1];

		if (schema_key_is(k, "topics")) {
			seen_topics = v;
			load_topics(&c, m, v);
		} else if (schema_key_is(k, "title")) {
			free(m->title);
			m->title = schema_string(&c, v, "title", 0);
		} else if (schema_key_is(k, "timeline")) {
			if (schema_is_null(v))
				continue;
			if (schema_seq(&c, v, "timeline") == NULL)
				continue;
			for (size_t j = 0; j < v->nkids; j++)
				load_milestone(&c, &m->ms, &m->nms, &mcap,
				    v->kids[j]);
		} else
			schema_unknown_key(&c, k, "at the top level");
	}
	if (seen_topics == NULL)
		diag_emit(d, DIAG_ERROR, file, root->line, root->col,
		    "missing 'topics'");
	if (m->nms > 1)
		qsort(m->ms, m->nms, sizeof *m->ms, ms_cmp);
	ids_build(&m->by_id, m->topics, m->ntopics, topic_id);
	ytree_free(root);
	return 0;
}

int
topics_load(struct topicmap *m, const char *path, struct diag *d)
{
	char *buf;
	size_t len;
	int r;

	switch (util_read_file(path, YTREE_MAX_BYTES, &buf, &len)) {
	case UTIL_READ_OK:
		break;
	case UTIL_READ_TOO_BIG:
		memset(m, 0, sizeof *m);
		m->file = util_strdup(path);
		diag_emit(d, DIAG_ERROR, path, 0, 0,
		    "too large: more than %d bytes", YTREE_MAX_BYTES);
		return -1;
	case UTIL_READ_ERRNO:
	default:
		memset(m, 0, sizeof *m);
		m->file = util_strdup(path);
		diag_emit(d, DIAG_ERROR, path, 0, 0, "%s", util_read_why());
		return -1;
	}
	r = topics_parse(m, buf, len, path, d);
	free(buf);
	return r;
}

size_t
topics_find(const struct topicmap *m, const char *id)
{
	return ids_find(&m->by_id, id);
}
