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

#include "text.h"
#include "util.h"
#include "ytree.h"

#define ID_MAX 64
#define SHOWN_MAX 60

struct ctx {
	const char *file;
	struct diag *d;
	int bad;		/* the current entry had an error */
};

static void
error_at(struct ctx *c, const struct ytree *at, const char *what,
    const char *msg, const struct ytree *quoted)
{
	char *q = NULL;

	if (quoted != NULL)
		q = text_excerpt(quoted->str, quoted->len, SHOWN_MAX);
	if (q != NULL)
		diag_emit(c->d, DIAG_ERROR, c->file, at->line, at->col,
		    "%s: %s '%s'", what, msg, q);
	else
		diag_emit(c->d, DIAG_ERROR, c->file, at->line, at->col,
		    "%s: %s", what, msg);
	free(q);
	c->bad = 1;
}

static void
wrong_kind(struct ctx *c, const struct ytree *v, const char *what,
    enum ytree_kind want)
{
	diag_emit(c->d, DIAG_ERROR, c->file, v->line, v->col,
	    "%s: expected %s, found %s", what,
	    want == YTREE_SCALAR ? "a string" : ytree_kind_name(want),
	    ytree_kind_name(v->kind));
	c->bad = 1;
}

static void
unknown_key(struct ctx *c, const struct ytree *k, const char *where)
{
	char *q = text_excerpt(k->str, k->len, SHOWN_MAX);

	diag_emit(c->d, DIAG_WARNING, c->file, k->line, k->col,
	    "unknown key '%s' %s", q, where);
	free(q);
}

/* An unquoted empty, ~ or null: the key might as well be absent. */
static int
is_null(const struct ytree *v)
{
	return v->kind == YTREE_SCALAR && v->plain &&
	    (v->len == 0 || strcmp(v->str, "~") == 0 ||
	    strcmp(v->str, "null") == 0 || strcmp(v->str, "Null") == 0 ||
	    strcmp(v->str, "NULL") == 0);
}

static int
key_is(const struct ytree *k, const char *name)
{
	return k->kind == YTREE_SCALAR && k->len == strlen(name) &&
	    memcmp(k->str, name, k->len) == 0;
}

static int
valid_id(const char *s, size_t len)
{
	if (len == 0 || len > ID_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char ch = s[i];

		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			continue;
		if (ch == '-' && i > 0)
			continue;
		return 0;
	}
	return 1;
}

/* A one-line string; NULL (and an error) when v is not a scalar, or is
 * empty and required. */
static char *
get_string(struct ctx *c, const struct ytree *v, const char *what,
    int required)
{
	char *s;
	size_t n;

	if (v->kind != YTREE_SCALAR) {
		wrong_kind(c, v, what, YTREE_SCALAR);
		return NULL;
	}
	if (required && is_null(v)) {
		error_at(c, v, what, "has no value", NULL);
		return NULL;
	}
	s = text_clean(v->str, v->len, 0, &n);
	if (n == 0 && required) {
		error_at(c, v, what, "must not be empty", NULL);
		free(s);
		return NULL;
	}
	return s;
}

static char *
get_id(struct ctx *c, const struct ytree *v, const char *what)
{
	char *q;

	if (v->kind != YTREE_SCALAR) {
		wrong_kind(c, v, what, YTREE_SCALAR);
		return NULL;
	}
	if (!valid_id(v->str, v->len)) {
		q = text_excerpt(v->str, v->len, SHOWN_MAX);
		diag_emit(c->d, DIAG_ERROR, c->file, v->line, v->col,
		    "%s: invalid id '%s' (expected [a-z0-9][a-z0-9-]{0,63})",
		    what, q);
		free(q);
		c->bad = 1;
		return NULL;
	}
	return util_strndup(v->str, v->len);
}

static int
get_date(struct ctx *c, const struct ytree *v, const char *what,
    struct date *dt, char **str)
{
	if (v->kind != YTREE_SCALAR) {
		wrong_kind(c, v, what, YTREE_SCALAR);
		return -1;
	}
	if (strlen(v->str) != v->len || date_parse(v->str, dt) != 0) {
		char *q = text_excerpt(v->str, v->len, SHOWN_MAX);

		diag_emit(c->d, DIAG_ERROR, c->file, v->line, v->col,
		    "%s: invalid date '%s' (expected YYYY, YYYY-MM or "
		    "YYYY-MM-DD)", what, q);
		free(q);
		c->bad = 1;
		return -1;
	}
	*str = util_strndup(v->str, v->len);
	return 0;
}

static void
free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* A sequence of ids or strings.  Positions are kept when line is given. */
static void
get_list(struct ctx *c, const struct ytree *v, const char *what, int ids,
    char ***out, size_t *nout, int **line, int **col)
{
	char **list;
	size_t n = 0;

	*out = NULL;
	*nout = 0;
	if (v->kind != YTREE_SEQ) {
		wrong_kind(c, v, what, YTREE_SEQ);
		return;
	}
	if (v->nkids == 0)
		return;
	list = util_calloc(v->nkids, sizeof *list);
	if (line != NULL) {
		*line = util_calloc(v->nkids, sizeof **line);
		*col = util_calloc(v->nkids, sizeof **col);
	}
	for (size_t i = 0; i < v->nkids; i++) {
		const struct ytree *it = v->kids[i];
		char *s = ids ? get_id(c, it, what) :
		    get_string(c, it, what, 1);

		if (s == NULL)
			continue;
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

/* Open-addressing set of topic indices, by id, for duplicate checks while
 * loading: a hostile map may hold tens of thousands of topics. */
struct idset {
	size_t *slot;		/* topic index + 1, 0: empty */
	size_t n, cap;
};

static size_t
id_hash(const char *s)
{
	size_t h = 5381;

	while (*s != '\0')
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static void
idset_put(struct idset *set, const struct topic *v, size_t ix)
{
	size_t mask = set->cap - 1, h = id_hash(v[ix].id) & mask;

	while (set->slot[h] != 0)
		h = (h + 1) & mask;
	set->slot[h] = ix + 1;
	set->n++;
}

static size_t
idset_find(const struct idset *set, const struct topic *v, const char *id)
{
	size_t mask, h;

	if (set->cap == 0)
		return TOPICS_NONE;
	mask = set->cap - 1;
	for (h = id_hash(id) & mask; set->slot[h] != 0; h = (h + 1) & mask)
		if (strcmp(v[set->slot[h] - 1].id, id) == 0)
			return set->slot[h] - 1;
	return TOPICS_NONE;
}

static void
idset_add(struct idset *set, const struct topic *v, size_t ix)
{
	if (2 * (set->n + 1) > set->cap) {
		size_t *old = set->slot, oldcap = set->cap;

		set->cap = oldcap == 0 ? 64 : oldcap * 2;
		set->slot = util_calloc(set->cap, sizeof *set->slot);
		set->n = 0;
		for (size_t i = 0; i < oldcap; i++)
			if (old[i] != 0)
				idset_put(set, v, old[i] - 1);
		free(old);
	}
	idset_put(set, v, ix);
}

static void
load_topic(struct ctx *c, struct topicmap *m, size_t *cap,
    struct idset *ids, const struct ytree *e)
{
	struct topic t;
	const struct ytree *idnode = NULL, *title = NULL, *kw = NULL;

	c->bad = 0;
	if (e->kind != YTREE_MAP) {
		wrong_kind(c, e, "topic", YTREE_MAP);
		return;
	}
	memset(&t, 0, sizeof t);
	t.line = e->line;
	t.col = e->col;
	for (size_t i = 0; i + 1 < e->nkids; i += 2) {
		const struct ytree *k = e->kids[i], *v = e->kids[i + 1];

		if (key_is(k, "id")) {
			idnode = v;
			t.id = get_id(c, v, "id");
		} else if (key_is(k, "title")) {
			title = v;
			t.title = get_string(c, v, "title", 1);
		} else if (key_is(k, "title_en")) {
			if (!is_null(v))
				t.title_en = get_string(c, v, "title_en", 0);
		} else if (key_is(k, "summary")) {
			if (!is_null(v))
				t.summary = get_string(c, v, "summary", 0);
		} else if (key_is(k, "keywords")) {
			kw = v;
			if (is_null(v) || (v->kind == YTREE_SEQ &&
			    v->nkids == 0))
				error_at(c, v, "keywords", "must list at least "
				    "one keyword", NULL);
			else
				get_list(c, v, "keywords", 0, &t.keywords,
				    &t.nkeywords, NULL, NULL);
		} else if (key_is(k, "related")) {
			if (!is_null(v))
				get_list(c, v, "related", 1, &t.related,
				    &t.nrelated, &t.related_line,
				    &t.related_col);
		} else
			unknown_key(c, k, "in a topic");
	}
	if (idnode == NULL)
		error_at(c, e, "topic", "missing 'id'", NULL);
	if (title == NULL)
		error_at(c, e, "topic", "missing 'title'", NULL);
	if (kw == NULL)
		error_at(c, e, "topic", "missing 'keywords'", NULL);
	if (t.id != NULL) {
		size_t first = idset_find(ids, m->topics, t.id);

		if (first != TOPICS_NONE) {
			diag_emit(c->d, DIAG_ERROR, c->file, idnode->line,
			    idnode->col, "duplicate topic id '%s' (first at "
			    "line %d)", t.id, m->topics[first].line);
			c->bad = 1;
		}
	}
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
	idset_add(ids, m->topics, m->ntopics);
	m->ntopics++;
}

static void
load_source(struct ctx *c, struct milestone *ms, const struct ytree *e)
{
	struct source *s = &ms->sources[ms->nsources];
	const struct ytree *a = NULL, *q = NULL;

	if (e->kind != YTREE_MAP) {
		wrong_kind(c, e, "source", YTREE_MAP);
		return;
	}
	memset(s, 0, sizeof *s);
	s->article_ix = TOPICS_NONE;
	s->line = e->line;
	s->col = e->col;
	for (size_t i = 0; i + 1 < e->nkids; i += 2) {
		const struct ytree *k = e->kids[i], *v = e->kids[i + 1];

		if (key_is(k, "article")) {
			a = v;
			s->article = get_id(c, v, "article");
		} else if (key_is(k, "quote")) {
			q = v;
			s->quote = get_string(c, v, "quote", 1);
		} else
			unknown_key(c, k, "in a source");
	}
	if (a == NULL)
		error_at(c, e, "source", "missing 'article'", NULL);
	if (q == NULL)
		error_at(c, e, "source", "missing 'quote'", NULL);
	/* Kept even when incomplete, so milestone_clear frees it. */
	ms->nsources++;
}

static void
load_target(struct ctx *c, struct milestone *ms, const struct ytree *v)
{
	if (v->kind != YTREE_SCALAR) {
		wrong_kind(c, v, "target", YTREE_SCALAR);
		return;
	}
	if (v->plain && strcmp(v->str, "true") == 0)
		ms->target = 1;
	else if (v->plain && strcmp(v->str, "false") == 0)
		ms->target = 0;
	else
		error_at(c, v, "target", "expected true or false, found", v);
}

static void
load_milestone(struct ctx *c, struct milestone **v, size_t *n, size_t *cap,
    const struct ytree *e)
{
	struct milestone ms;
	const struct ytree *date = NULL, *end = NULL, *title = NULL;
	const struct ytree *sources = NULL;

	c->bad = 0;
	if (e->kind != YTREE_MAP) {
		wrong_kind(c, e, "milestone", YTREE_MAP);
		return;
	}
	memset(&ms, 0, sizeof ms);
	ms.line = e->line;
	ms.col = e->col;
	for (size_t i = 0; i + 1 < e->nkids; i += 2) {
		const struct ytree *k = e->kids[i], *val = e->kids[i + 1];

		if (key_is(k, "date")) {
			date = val;
			get_date(c, val, "date", &ms.date, &ms.date_str);
		} else if (key_is(k, "end")) {
			if (!is_null(val)) {
				end = val;
				get_date(c, val, "end", &ms.end, &ms.end_str);
			}
		} else if (key_is(k, "title")) {
			title = val;
			ms.title = get_string(c, val, "title", 1);
		} else if (key_is(k, "title_en")) {
			if (!is_null(val))
				ms.title_en = get_string(c, val, "title_en", 0);
		} else if (key_is(k, "note")) {
			if (!is_null(val))
				ms.note = get_string(c, val, "note", 0);
		} else if (key_is(k, "note_en")) {
			if (!is_null(val))
				ms.note_en = get_string(c, val, "note_en", 0);
		} else if (key_is(k, "target")) {
			load_target(c, &ms, val);
		} else if (key_is(k, "topics")) {
			if (!is_null(val))
				get_list(c, val, "topics", 1, &ms.topics,
				    &ms.ntopics, &ms.topic_line,
				    &ms.topic_col);
		} else if (key_is(k, "sources")) {
			sources = val;
			if (val->kind != YTREE_SEQ) {
				if (is_null(val))
					error_at(c, val, "sources", "must list "
					    "at least one source", NULL);
				else
					wrong_kind(c, val, "sources", YTREE_SEQ);
				continue;
			}
			if (val->nkids == 0) {
				error_at(c, val, "sources", "must list at "
				    "least one source", NULL);
				continue;
			}
			ms.sources = util_calloc(val->nkids,
			    sizeof *ms.sources);
			for (size_t j = 0; j < val->nkids; j++)
				load_source(c, &ms, val->kids[j]);
		} else
			unknown_key(c, k, "in a milestone");
	}
	if (date == NULL)
		error_at(c, e, "milestone", "missing 'date'", NULL);
	if (title == NULL)
		error_at(c, e, "milestone", "missing 'title'", NULL);
	if (sources == NULL)
		error_at(c, e, "milestone", "missing 'sources'", NULL);
	if (end != NULL && ms.date_str != NULL && ms.end_str != NULL &&
	    date_cmp(&ms.end, &ms.date) < 0) {
		diag_emit(c->d, DIAG_ERROR, c->file, end->line, end->col,
		    "end: %s is before the date %s", ms.end_str, ms.date_str);
		c->bad = 1;
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
	free(m->by_id);
	memset(m, 0, sizeof *m);
}

static const struct topicmap *sort_map;

static int
cmp_by_id(const void *x, const void *y)
{
	return strcmp(sort_map->topics[*(const size_t *)x].id,
	    sort_map->topics[*(const size_t *)y].id);
}

/* Topic indices by id, for topics_find: references are resolved once per
 * id written in the map, and a map may hold thousands. */
static void
index_ids(struct topicmap *m)
{
	m->by_id = util_calloc(m->ntopics, sizeof *m->by_id);
	for (size_t i = 0; i < m->ntopics; i++)
		m->by_id[i] = i;
	sort_map = m;
	if (m->ntopics > 1)
		qsort(m->by_id, m->ntopics, sizeof *m->by_id, cmp_by_id);
	sort_map = NULL;
}

int
topics_parse(struct topicmap *m, const char *buf, size_t len,
    const char *file, struct diag *d)
{
	struct ytree *root;
	struct ctx c;
	struct idset ids = { NULL, 0, 0 };
	const struct ytree *seen_topics = NULL;
	size_t tcap = 0, mcap = 0;

	memset(m, 0, sizeof *m);
	m->file = util_strdup(file);
	if (ytree_parse(buf, len, file, 0, d, &root) != 0)
		return -1;
	if (root == NULL) {
		diag_emit(d, DIAG_ERROR, file, 0, 0,
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
	c.file = file;
	c.d = d;
	c.bad = 0;
	for (size_t i = 0; i + 1 < root->nkids; i += 2) {
		const struct ytree *k = root->kids[i], *v = root->kids[i + 1];

		if (key_is(k, "topics")) {
			seen_topics = v;
			if (v->kind != YTREE_SEQ) {
				wrong_kind(&c, v, "topics", YTREE_SEQ);
				continue;
			}
			for (size_t j = 0; j < v->nkids; j++)
				load_topic(&c, m, &tcap, &ids, v->kids[j]);
		} else if (key_is(k, "title")) {
			free(m->title);
			m->title = get_string(&c, v, "title", 0);
		} else if (key_is(k, "timeline")) {
			if (is_null(v))
				continue;
			if (v->kind != YTREE_SEQ) {
				wrong_kind(&c, v, "timeline", YTREE_SEQ);
				continue;
			}
			for (size_t j = 0; j < v->nkids; j++)
				load_milestone(&c, &m->ms, &m->nms, &mcap,
				    v->kids[j]);
		} else
			unknown_key(&c, k, "at the top level");
	}
	if (seen_topics == NULL)
		diag_emit(d, DIAG_ERROR, file, root->line, root->col,
		    "missing 'topics'");
	if (m->nms > 1)
		qsort(m->ms, m->nms, sizeof *m->ms, ms_cmp);
	free(ids.slot);
	index_ids(m);
	ytree_free(root);
	return 0;
}

int
topics_load(struct topicmap *m, const char *path, struct diag *d)
{
	char *buf;
	size_t len;
	int r, e;

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
		e = errno;
		memset(m, 0, sizeof *m);
		m->file = util_strdup(path);
		diag_emit(d, DIAG_ERROR, path, 0, 0, "cannot read: %s",
		    strerror(e));
		return -1;
	}
	r = topics_parse(m, buf, len, path, d);
	free(buf);
	return r;
}

size_t
topics_find(const struct topicmap *m, const char *id)
{
	size_t lo = 0, hi = m->ntopics;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(m->topics[m->by_id[mid]].id, id);

		if (c == 0)
			return m->by_id[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return TOPICS_NONE;
}
