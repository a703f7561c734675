/*
 * dossier_rows: the articles of a dossier as they are asked for (see
 * include/model/dossier.h): rows a page at a time from the index, a text
 * when its article is opened, an article's topics, a topic's articles and
 * the candidates of a search.
 *
 * The dossier is const to its readers; what is filled in here is a cache
 * of the index, never a change a reader could see, so the functions cast
 * it away.  A row's text, once read, is kept for the session: a reader
 * goes back to what it read, and the pointers it holds stay good.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier_int.h"
#include "fold.h"
#include "store.h"
#include "lang.h"
#include "util.h"

/* Rows fetched at once: a screen or two of a list. */
#define PAGE 64

struct page {
	struct dossier *ds;
	size_t from;
};

static int
fill_row(void *ctx, const struct store_row *r)
{
	struct page *p = ctx;
	struct dossier *ds = p->ds;
	size_t i = (size_t)r->rank;
	struct article *a;
	struct util_buf b;

	if (r->rank < 0 || i >= ds->corpus.n)
		return 0;
	a = &ds->corpus.v[i];
	if (a->have_row)
		return 0;
	util_buf_init(&b);
	util_buf_printf(&b, "%s/%s", ds->dir, r->file);
	a->path = util_buf_detach(&b, NULL);
	a->id = util_strdup(r->id);
	a->title = util_strdup(r->title != NULL ? r->title : "");
	a->source = util_strdup(r->source != NULL ? r->source : "");
	a->author = util_strdup("");
	a->url = util_strdup("");
	a->date_str = util_strdup(r->date != NULL ? r->date : "");
	if (date_parse(a->date_str, &a->date) != 0)
		memset(&a->date, 0, sizeof a->date);
	a->have_row = 1;
	return 0;
}

static int
page_topic(void *ctx, size_t row, const char *topic, size_t count)
{
	struct page *p = ctx;
	struct article *a;
	size_t t;

	if (row < p->from || row >= p->from + PAGE || row >= p->ds->corpus.n)
		return 0;
	a = &p->ds->corpus.v[row];
	if (a->have_topics || (t = topics_find(&p->ds->map, topic)) ==
	    TOPICS_NONE)
		return 0;
	a->topics = util_realloc(a->topics, (a->ntopics + 1) *
	    sizeof *a->topics);
	a->topics[a->ntopics].ix = (uint32_t)t;
	a->topics[a->ntopics++].count = (uint32_t)count;
	return 0;
}

/* A page of rows, and their topics in the same go when the index can
 * give them by row (a list's dots want them all). */
static void
fetch_page(struct dossier *ds, size_t from)
{
	struct page p = { ds, from };
	size_t end = from + PAGE < ds->corpus.n ? from + PAGE : ds->corpus.n;

	store_list(ds->st, from, PAGE, fill_row, &p);
	if (store_list_topics(ds->st, from, PAGE, page_topic, &p) != 1)
		return;
	for (size_t r = from; r < end; r++) {
		struct article *a = &ds->corpus.v[r];

		if (a->have_topics || !a->have_row)
			continue;
		if (a->ntopics > 1)
			qsort(a->topics, a->ntopics, sizeof *a->topics,
			    index_count_cmp);
		a->have_topics = 1;
	}
}

const struct article *
dossier_row(const struct dossier *cds, size_t i)
{
	struct dossier *ds = (struct dossier *)(uintptr_t)cds;

	if (i >= ds->corpus.n)
		util_fatal("article row %zu of %zu", i, ds->corpus.n);
	if (!ds->corpus.v[i].have_row)
		fetch_page(ds, i - i % PAGE);
	/* A row the index lost meanwhile (never with a snapshot). */
	if (!ds->corpus.v[i].have_row) {
		struct article *a = &ds->corpus.v[i];

		a->id = util_strdup("");
		a->path = util_strdup(ds->dir);
		a->title = util_strdup("?");
		a->source = util_strdup("");
		a->author = util_strdup("");
		a->url = util_strdup("");
		a->date_str = util_strdup("");
		a->have_row = 1;
	}
	return &ds->corpus.v[i];
}

/* The text that stands for a file that cannot be read any more: the
 * reader says why instead of showing nothing. */
static void
unreadable(struct article *a, const struct diag *d)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, L("[không đọc được bài này: ",
	    "[this article cannot be read: "));
	util_buf_adds(&b, d->n > 0 ? d->v[0].msg : "unknown");
	util_buf_adds(&b, "]");
	a->text = util_buf_detach(&b, &a->len);
	a->para = util_calloc(1, sizeof *a->para);
	a->npara = 1;
	a->folded = fold_text(a->text, a->len, FOLD_ALL, &a->flen, NULL);
	a->fpara = util_calloc(1, sizeof *a->fpara);
}

/* A field of the file's as it is now, when it has one. */
static void
take_str(char **to, char **from)
{
	if (*from == NULL)
		return;
	free(*to);
	*to = *from;
	*from = NULL;
}

static void
take_body(struct article *a, struct article *t)
{
	/* What the file says now wins over what the index said; a file
	 * that cannot be read keeps the index's. */
	take_str(&a->title, &t->title);
	take_str(&a->source, &t->source);
	take_str(&a->author, &t->author);
	take_str(&a->url, &t->url);
	if (t->date_str != NULL) {
		take_str(&a->date_str, &t->date_str);
		a->date = t->date;
	}
	a->segmented = t->segmented;
	a->text = t->text, t->text = NULL;
	a->len = t->len;
	a->para = t->para, t->para = NULL;
	a->npara = t->npara;
	a->folded = t->folded, t->folded = NULL;
	a->flen = t->flen;
	a->fpara = t->fpara, t->fpara = NULL;
}

/* An article's topics from its mentions (the text is loaded). */
static void
topics_from_mentions(const struct dossier *ds, struct article *a)
{
	size_t nt = ds->map.ntopics;
	uint32_t *count;

	free(a->topics);
	a->topics = NULL;
	a->ntopics = 0;
	if (a->nm == 0 || nt == 0)
		return;
	count = util_calloc(nt, sizeof *count);
	for (size_t k = 0; k < a->nm; k++)
		count[a->m[k].topic]++;
	a->topics = util_calloc(nt, sizeof *a->topics);
	for (size_t t = 0; t < nt; t++)
		if (count[t] > 0) {
			a->topics[a->ntopics].ix = (uint32_t)t;
			a->topics[a->ntopics++].count = count[t];
		}
	qsort(a->topics, a->ntopics, sizeof *a->topics, index_count_cmp);
	free(count);
}

long long
dossier_file_size(const struct dossier *ds, size_t i)
{
	struct stat sb;

	if (stat(dossier_row(ds, i)->path, &sb) != 0 || !S_ISREG(sb.st_mode))
		return 0;
	return (long long)sb.st_size;
}

int
dossier_has_body(const struct dossier *ds, size_t i)
{
	return i < ds->corpus.n && ds->corpus.v[i].have_body;
}

/* The bytes of the file up to the last paragraph break within limit
 * (the whole file when it is shorter): a preview parses as an article of
 * its own, and its text is the start of the whole one's. */
static int
read_prefix(struct article *t, const char *path, size_t limit,
    struct diag *d)
{
	char *buf = util_malloc(limit + 1);
	size_t n = 0, cut;
	ssize_t r;
	const char *kind;
	int fd = util_open_regular(path, 0, &kind), rc;

	/* Worded as corpus.c words a file it cannot read. */
	if (fd < 0) {
		diag_emit(d, DIAG_ERROR, path, 0, 0, "%s%s", util_read_why(),
		    kind != NULL ? "; skipped" : "");
		free(buf);
		return -1;
	}
	while (n < limit && ((r = read(fd, buf + n, limit - n)) > 0 ||
	    (r < 0 && errno == EINTR)))
		if (r > 0)
			n += (size_t)r;
	close(fd);
	cut = n;
	if (n == limit)
		while (cut > 1 && !(buf[cut - 1] == '\n' && buf[cut - 2] == '\n'))
			cut--;
	if (cut <= 1)
		cut = n;
	buf[cut] = '\0';
	rc = corpus_parse_article(t, path, buf, cut, d);
	free(buf);
	return rc;
}

void
dossier_read_body(const struct dossier *ds, const char *path, size_t limit,
    struct article *a)
{
	struct diag d;
	int rc;

	diag_init(&d, NULL);
	/* Its diagnostics were said when it was indexed. */
	rc = limit > 0 ? read_prefix(a, path, limit, &d) :
	    corpus_read_article(a, path, &d);
	if (rc != 0) {
		memset(a, 0, sizeof *a);
		unreadable(a, &d);
	}
	diag_free(&d);
	/* A cut is said when the file is indexed. */
	a->nm = index_scan(ds->km, a, &a->m, NULL);
	topics_from_mentions(ds, a);
	a->have_body = a->have_topics = 1;
}

static void
install(struct dossier *ds, size_t i, struct article *t)
{
	struct article *a = &ds->corpus.v[i];

	take_body(a, t);
	free(a->m);
	a->m = t->m;
	a->nm = t->nm;
	t->m = NULL;
	t->nm = 0;
	for (size_t k = 0; k < a->nm; k++)
		a->m[k].article = (uint32_t)i;
	topics_from_mentions(ds, a);
	a->have_body = a->have_topics = 1;
	corpus_free_article(t);
}

int
dossier_install_body(const struct dossier *cds, size_t i, struct article *t)
{
	struct dossier *ds = (struct dossier *)(uintptr_t)cds;

	if (i >= ds->corpus.n || t->id == NULL ||
	    strcmp(dossier_row(cds, i)->id, t->id) != 0)
		return -1;
	if (!ds->corpus.v[i].have_body)
		install(ds, i, t);
	else
		corpus_free_article(t);
	return 0;
}

const struct article *
dossier_article(const struct dossier *cds, size_t i)
{
	struct dossier *ds = (struct dossier *)(uintptr_t)cds;
	struct article *a = (struct article *)(uintptr_t)dossier_row(cds, i);
	struct article t;

	if (a->have_body)
		return a;
	dossier_read_body(cds, a->path, 0, &t);
	install(ds, i, &t);
	return a;
}

void
dossier_release(const struct dossier *cds, size_t i)
{
	struct dossier *ds = (struct dossier *)(uintptr_t)cds;
	struct article *a;

	if (i >= ds->corpus.n || !ds->corpus.v[i].have_body)
		return;
	a = &ds->corpus.v[i];
	free(a->text), a->text = NULL;
	free(a->para), a->para = NULL;
	free(a->folded), a->folded = NULL;
	free(a->fpara), a->fpara = NULL;
	free(a->m), a->m = NULL;
	a->len = a->npara = a->flen = a->nm = 0;
	a->have_body = 0;
}

struct topics_ctx {
	struct dossier *ds;
	struct article *a;
};

static int
add_topic(void *ctx, const char *topic, size_t count)
{
	struct topics_ctx *c = ctx;
	size_t t = topics_find(&c->ds->map, topic);

	if (t == TOPICS_NONE)
		return 0;
	c->a->topics = util_realloc(c->a->topics, (c->a->ntopics + 1) *
	    sizeof *c->a->topics);
	c->a->topics[c->a->ntopics].ix = (uint32_t)t;
	c->a->topics[c->a->ntopics++].count = (uint32_t)count;
	return 0;
}

const struct article *
dossier_topics_of(const struct dossier *cds, size_t i)
{
	struct dossier *ds = (struct dossier *)(uintptr_t)cds;
	struct article *a = (struct article *)(uintptr_t)dossier_row(cds, i);
	struct topics_ctx c = { ds, a };

	if (a->have_topics)
		return a;
	store_article_topics(ds->st, a->id, add_topic, &c);
	/* Ties in map order, as the text's own count gives them. */
	if (a->ntopics > 1)
		qsort(a->topics, a->ntopics, sizeof *a->topics,
		    index_count_cmp);
	a->have_topics = 1;
	return a;
}

struct first {
	const char *topic;
	size_t start, end;
	int found;
};

static int
first_of(void *ctx, const struct store_mention *m)
{
	struct first *f = ctx;

	if (strcmp(m->topic, f->topic) != 0)
		return 0;
	f->start = m->start;
	f->end = m->end;
	f->found = 1;
	return 1;
}

void
dossier_first_mention(const struct dossier *ds, size_t i, size_t t,
    size_t *start, size_t *end)
{
	const struct article *a = dossier_row(ds, i);
	struct first f = { NULL, 0, 0, 0 };

	*start = *end = 0;
	if (t >= ds->map.ntopics)
		return;
	if (a->have_body) {
		for (size_t k = 0; k < a->nm; k++)
			if (a->m[k].topic == t) {
				*start = a->m[k].start;
				*end = a->m[k].end;
				return;
			}
		return;
	}
	f.topic = ds->map.topics[t].id;
	store_article_mentions(ds->st, a->id, first_of, &f);
	if (f.found) {
		*start = f.start;
		*end = f.end;
	}
}

size_t
dossier_find(const struct dossier *ds, const char *id)
{
	size_t row;

	if (store_row_of(ds->st, id, &row) != 0 || row >= ds->corpus.n)
		return (size_t)-1;
	return row;
}

struct ranked {
	const struct dossier *ds;
	struct index_count *v;
	size_t n;
};

static int
add_ranked(void *ctx, const char *id, size_t count)
{
	struct ranked *r = ctx;
	size_t row = dossier_find(r->ds, id);

	if (row == (size_t)-1)
		return 0;
	r->v = util_realloc(r->v, (r->n + 1) * sizeof *r->v);
	r->v[r->n].ix = (uint32_t)row;
	r->v[r->n++].count = (uint32_t)count;
	return 0;
}

size_t
dossier_topic_articles(const struct dossier *ds, size_t t, size_t offset,
    size_t limit, struct index_count **out)
{
	struct ranked r = { ds, NULL, 0 };

	if (t < ds->map.ntopics)
		store_topic_articles(ds->st, ds->map.topics[t].id, offset, limit,
		    add_ranked, &r);
	*out = r.v;
	return r.n;
}

struct found {
	const struct dossier *ds;
	size_t *v, n;
};

static int
add_found(void *ctx, const char *id)
{
	struct found *f = ctx;
	size_t row = dossier_find(f->ds, id);

	if (row == (size_t)-1)
		return 0;
	f->v = util_realloc(f->v, (f->n + 1) * sizeof *f->v);
	f->v[f->n++] = row;
	return 0;
}

static int
cmp_size(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	return a < b ? -1 : a > b;
}

long
dossier_search(const struct dossier *ds, const struct search *s,
    size_t offset, size_t limit, size_t **rows, size_t *nrows)
{
	const char *q[2] = { s->query, s->reading };
	struct found f = { ds, NULL, 0 };
	long n;

	n = store_search_any(ds->st, q, s->reading != NULL ? 2 : 1, offset,
	    limit, add_found, &f);
	/* The index gives the articles of one day as they were indexed:
	 * the list's order (by id) within what was read. */
	if (f.n > 1)
		qsort(f.v, f.n, sizeof *f.v, cmp_size);
	*rows = f.v;
	*nrows = f.n;
	if (n < 0) {
		free(f.v);
		*rows = NULL;
		*nrows = 0;
	}
	return n;
}

int
dossier_word(void *ctx, const char *w, size_t n)
{
	const struct dossier *ds = ctx;

	return store_has_word(ds->st, w, n) == 1;
}

long
dossier_each_id(const struct dossier *ds, int (*fn)(void *ctx,
    const char *id), void *ctx)
{
	return store_ids(ds->st, fn, ctx);
}

struct id_topics {
	const struct dossier *ds;
	void (*fn)(void *ctx, size_t topic);
	void *ctx;
};

static int
id_topic(void *ctx, const char *topic, size_t count)
{
	struct id_topics *c = ctx;
	size_t t = topics_find(&c->ds->map, topic);

	(void)count;
	if (t != TOPICS_NONE)
		c->fn(c->ctx, t);
	return 0;
}

void
dossier_topics_of_id(const struct dossier *ds, const char *id,
    void (*fn)(void *ctx, size_t topic), void *ctx)
{
	struct id_topics c = { ds, fn, ctx };

	(void)store_article_topics(ds->st, id, id_topic, &c);
}
