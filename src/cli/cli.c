/*
 * cli: headless output (see include/cli/cli.h).  TSV fields come from
 * sanitized text, which holds no TAB or LF, so no quoting is needed;
 * JSON strings are escaped all the same (json.h), whatever they hold.
 *
 * Each list mode writes a row through one function of its own, in
 * either format, so that what picks the rows (the mode's loop) is
 * apart from how a row looks.
 */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "cli_impl.h"
#include "diag.h"
#include "json.h"
#include "render.h"
#include "search.h"
#include "util.h"

int
cli_format_parse(const char *s, enum cli_format *f)
{
	if (strcmp(s, "tsv") == 0)
		*f = CLI_TSV;
	else if (strcmp(s, "json") == 0)
		*f = CLI_JSON;
	else
		return -1;
	return 0;
}

void
cli_jkey(struct util_buf *b, const char *name)
{
	if (b->len > 0 && b->data[b->len - 1] != '{')
		util_buf_addc(b, ',');
	util_buf_printf(b, "\"%s\":", name);
}

void
cli_jstr(struct util_buf *b, const char *name, const char *s)
{
	cli_jkey(b, name);
	json_strz(b, s);
}

void
cli_jopt(struct util_buf *b, const char *name, const char *s)
{
	cli_jstr(b, name, s != NULL && s[0] != '\0' ? s : NULL);
}

void
cli_jnum(struct util_buf *b, const char *name, size_t n)
{
	cli_jkey(b, name);
	util_buf_printf(b, "%zu", n);
}

/* The topic ids of ix[0..n) that resolved: a JSON array, or
 * comma-separated for TSV. */
static void
ids(struct util_buf *b, enum cli_format f, const struct topicmap *m,
    const size_t *ix, size_t n)
{
	int first = 1;

	if (f == CLI_JSON)
		util_buf_addc(b, '[');
	for (size_t i = 0; i < n; i++) {
		size_t t = ix[i];

		if (t == TOPICS_NONE)
			continue;
		if (!first)
			util_buf_addc(b, ',');
		if (f == CLI_JSON)
			json_strz(b, m->topics[t].id);
		else
			util_buf_adds(b, m->topics[t].id);
		first = 0;
	}
	if (f == CLI_JSON)
		util_buf_addc(b, ']');
}

/* Writes the row in b to fp and empties b for the next one. */
static void
emit(struct util_buf *b, FILE *fp)
{
	fwrite(b->data, 1, b->len, fp);
	b->len = 0;
}

/* An article's topics, most mentions first. */
static void
article_topics(struct util_buf *b, enum cli_format f,
    const struct dossier *ds, const struct article *a)
{
	if (f == CLI_JSON)
		util_buf_addc(b, '[');
	for (size_t j = 0; j < a->ntopics; j++) {
		const char *id = ds->map.topics[a->topics[j].ix].id;

		if (j > 0)
			util_buf_addc(b, ',');
		if (f == CLI_JSON)
			json_strz(b, id);
		else
			util_buf_adds(b, id);
	}
	if (f == CLI_JSON)
		util_buf_addc(b, ']');
}

static void
list_row(struct util_buf *b, enum cli_format f, const struct dossier *ds,
    const struct article *a)
{
	if (f == CLI_TSV) {
		util_buf_printf(b, "%s\t%s\t%s\t%s\t", a->id, a->date_str,
		    a->source, a->title);
		article_topics(b, f, ds, a);
		util_buf_addc(b, '\n');
		return;
	}
	util_buf_addc(b, '{');
	cli_jstr(b, "id", a->id);
	cli_jopt(b, "date", a->date_str);
	cli_jopt(b, "source", a->source);
	cli_jstr(b, "title", a->title);
	cli_jkey(b, "topics");
	article_topics(b, f, ds, a);
	util_buf_adds(b, "}\n");
}

int
cli_list(const struct dossier *ds, const struct dossier_query *filter,
    enum cli_format f, FILE *fp)
{
	struct util_buf b;

	util_buf_init(&b);
	for (size_t i = 0; i < ds->corpus.n; i++) {
		if (filter != NULL && !dossier_query_article(filter, i))
			continue;
		list_row(&b, f, ds, dossier_topics_of(ds, i));
		emit(&b, fp);
	}
	util_buf_free(&b);
	return 0;
}

static int
print_doc(const struct dossier *ds, int article, size_t item, int width,
    FILE *fp)
{
	struct render_doc doc;

	render_init(&doc);
	if (article)
		render_article(&doc, ds, item, width);
	else
		render_topic(&doc, ds, item, width);
	render_print(&doc, fp);
	render_free(&doc);
	return 0;
}

/* The article as data: its header and its paragraphs as stored (what
 * the reader wraps), not the lines of one width.  Written a paragraph
 * at a time: an article may be as large as a file may. */
static void
show_json(struct util_buf *b, const struct dossier *ds, size_t row,
    FILE *fp)
{
	const struct article *a = dossier_article(ds, row);

	util_buf_addc(b, '{');
	cli_jstr(b, "id", a->id);
	cli_jstr(b, "title", a->title);
	cli_jopt(b, "date", a->date_str);
	cli_jopt(b, "source", a->source);
	cli_jopt(b, "author", a->author);
	cli_jopt(b, "url", a->url);
	cli_jkey(b, "topics");
	article_topics(b, CLI_JSON, ds, a);
	cli_jkey(b, "paragraphs");
	util_buf_addc(b, '[');
	for (size_t p = 0; p < a->npara; p++) {
		if (p > 0)
			util_buf_addc(b, ',');
		json_str(b, a->text + a->para[p],
		    corpus_para_end(a, p) - a->para[p]);
		emit(b, fp);
	}
	util_buf_adds(b, "]}\n");
}

int
cli_show(const struct dossier *ds, const char *id, int width,
    enum cli_format f, FILE *fp)
{
	size_t a = dossier_find(ds, id);
	struct util_buf b;

	if (a == (size_t)-1) {
		diag_say(stderr, "no article with id '%s' (hoso --list shows "
		    "them)", id);
		return 2;
	}
	if (f == CLI_TSV)
		return print_doc(ds, 1, a, width, fp);
	util_buf_init(&b);
	show_json(&b, ds, a, fp);
	emit(&b, fp);
	util_buf_free(&b);
	return 0;
}

/* The members a topic has in --topics and in --topic. */
static void
topic_members(struct util_buf *b, const struct dossier *ds, size_t i)
{
	const struct topic *t = &ds->map.topics[i];

	cli_jstr(b, "id", t->id);
	cli_jstr(b, "title", t->title);
	cli_jopt(b, "title_en", t->title_en);
	cli_jnum(b, "mentions", ds->counts[i].mentions);
	cli_jnum(b, "articles", ds->counts[i].narticles);
	cli_jkey(b, "related");
	ids(b, CLI_JSON, &ds->map, t->related_ix, t->nrelated);
}

static void
topics_row(struct util_buf *b, enum cli_format f, const struct dossier *ds,
    size_t i)
{
	const struct topic *t = &ds->map.topics[i];

	if (f == CLI_TSV) {
		util_buf_printf(b, "%s\t%s\t%zu\t%zu\t", t->id, t->title,
		    ds->counts[i].mentions, ds->counts[i].narticles);
		ids(b, f, &ds->map, t->related_ix, t->nrelated);
		util_buf_addc(b, '\n');
		return;
	}
	util_buf_addc(b, '{');
	topic_members(b, ds, i);
	util_buf_adds(b, "}\n");
}

int
cli_topics(const struct dossier *ds, enum cli_format f, FILE *fp)
{
	struct util_buf b;

	util_buf_init(&b);
	for (size_t k = 0; k < ds->map.ntopics; k++) {
		topics_row(&b, f, ds, ds->topic_order[k]);
		emit(&b, fp);
	}
	util_buf_free(&b);
	return 0;
}

/* A milestone as a JSON object: a line of --timeline, an item of
 * --topic's milestones. */
static void
milestone_json(struct util_buf *b, const struct dossier *ds,
    const struct milestone *m)
{
	util_buf_addc(b, '{');
	cli_jstr(b, "date", m->date_str);
	cli_jstr(b, "end", m->end.y ? m->end_str : NULL);
	cli_jstr(b, "title", m->title);
	cli_jopt(b, "title_en", m->title_en);
	cli_jkey(b, "target");
	util_buf_adds(b, m->target ? "true" : "false");
	cli_jkey(b, "topics");
	ids(b, CLI_JSON, &ds->map, m->topic_ix, m->ntopics);
	cli_jkey(b, "sources");
	util_buf_addc(b, '[');
	for (size_t j = 0; j < m->nsources; j++) {
		if (j > 0)
			util_buf_addc(b, ',');
		json_strz(b, m->sources[j].article);
	}
	util_buf_addc(b, ']');
	cli_jopt(b, "note", m->note);
	cli_jopt(b, "note_en", m->note_en);
	util_buf_addc(b, '}');
}

static void
timeline_row(struct util_buf *b, enum cli_format f,
    const struct dossier *ds, const struct milestone *m)
{
	if (f == CLI_JSON) {
		milestone_json(b, ds, m);
		util_buf_addc(b, '\n');
		return;
	}
	/* A span in ISO 8601 interval notation. */
	util_buf_printf(b, "%s%s%s\t%s\t", m->date_str, m->end.y ? "/" : "",
	    m->end.y ? m->end_str : "", m->title);
	ids(b, f, &ds->map, m->topic_ix, m->ntopics);
	util_buf_addc(b, '\t');
	for (size_t j = 0; j < m->nsources; j++)
		util_buf_printf(b, "%s%s", j > 0 ? "," : "",
		    m->sources[j].article);
	util_buf_printf(b, "\t%s\n", m->target ? "target" : "event");
}

int
cli_timeline(const struct dossier *ds, const struct dossier_query *filter,
    enum cli_format f, FILE *fp)
{
	struct util_buf b;

	util_buf_init(&b);
	for (size_t i = 0; i < ds->map.nms; i++) {
		if (filter != NULL && !dossier_query_milestone(filter, i))
			continue;
		timeline_row(&b, f, ds, &ds->map.ms[i]);
		emit(&b, fp);
	}
	util_buf_free(&b);
	return 0;
}

/* The topic as data: what --topics says of it, its summary and
 * keywords, its milestones, and every article that mentions it with
 * how often (most first, then newest).  The passages are --search's. */
static void
topic_json(struct util_buf *b, const struct dossier *ds, size_t i)
{
	const struct topic *t = &ds->map.topics[i];
	struct index_count *cover = NULL;
	size_t ncover, n = 0;

	util_buf_addc(b, '{');
	topic_members(b, ds, i);
	cli_jopt(b, "summary", t->summary);
	cli_jkey(b, "keywords");
	util_buf_addc(b, '[');
	for (size_t k = 0; k < t->nkeywords; k++) {
		if (k > 0)
			util_buf_addc(b, ',');
		json_strz(b, t->keywords[k]);
	}
	util_buf_addc(b, ']');
	cli_jkey(b, "milestones");
	util_buf_addc(b, '[');
	for (size_t k = 0; k < ds->map.nms; k++) {
		const struct milestone *m = &ds->map.ms[k];
		int has = 0;

		for (size_t j = 0; j < m->ntopics; j++)
			has |= m->topic_ix[j] == i;
		if (!has)
			continue;
		if (n++ > 0)
			util_buf_addc(b, ',');
		milestone_json(b, ds, m);
	}
	util_buf_addc(b, ']');
	cli_jkey(b, "coverage");
	util_buf_addc(b, '[');
	ncover = dossier_topic_articles(ds, i, 0, SIZE_MAX, &cover);
	for (size_t k = 0; k < ncover; k++) {
		if (k > 0)
			util_buf_addc(b, ',');
		util_buf_addc(b, '{');
		cli_jstr(b, "id", dossier_row(ds, cover[k].ix)->id);
		cli_jnum(b, "mentions", cover[k].count);
		util_buf_addc(b, '}');
	}
	free(cover);
	util_buf_adds(b, "]}\n");
}

int
cli_topic(const struct dossier *ds, const char *id, int width,
    enum cli_format f, FILE *fp)
{
	size_t t = topics_find(&ds->map, id);
	struct util_buf b;

	if (t == TOPICS_NONE) {
		diag_say(stderr, "no topic with id '%s' (hoso --topics shows "
		    "them)", id);
		return 2;
	}
	if (f == CLI_TSV)
		return print_doc(ds, 0, t, width, fp);
	util_buf_init(&b);
	topic_json(&b, ds, t);
	emit(&b, fp);
	util_buf_free(&b);
	return 0;
}

/* One hit: the passage [ps, pe) of a's text around the match [s, e). */
static void
search_row(struct util_buf *b, enum cli_format f, const struct article *a,
    size_t para, size_t ps, size_t s, size_t e, size_t pe)
{
	const char *t = a->text;

	if (f == CLI_TSV) {
		util_buf_printf(b, "%s\t%zu\t", a->id, para + 1);
		util_buf_add(b, t + ps, s - ps);
		util_buf_adds(b, "«");
		util_buf_add(b, t + s, e - s);
		util_buf_adds(b, "»");
		util_buf_add(b, t + e, pe - e);
		util_buf_addc(b, '\n');
		return;
	}
	util_buf_addc(b, '{');
	cli_jstr(b, "id", a->id);
	cli_jnum(b, "paragraph", para + 1);
	cli_jkey(b, "before");
	json_str(b, t + ps, s - ps);
	cli_jkey(b, "match");
	json_str(b, t + s, e - s);
	cli_jkey(b, "after");
	json_str(b, t + e, pe - e);
	util_buf_adds(b, "}\n");
}

int
cli_search(const struct dossier *ds, const char *query,
    const struct dossier_query *filter, enum cli_format f, FILE *fp)
{
	struct search s;
	struct search_hit *h = NULL;
	size_t *rows = NULL, nrows = 0, cap = 0, found = 0;
	struct util_buf b;

	if (search_init_typed(&s, query, dossier_word,
	    (void *)(uintptr_t)ds) != 0) {
		fprintf(stderr, "hoso: empty search\n");
		return 2;
	}
	/* Said, so a script sees why a hit does not hold the query. */
	if (s.reading != NULL)
		fprintf(stderr, "hoso: also read as typed Vietnamese: %s → %s\n",
		    s.query, s.reading);
	s.word_start = 1;
	if (dossier_search(ds, &s, 0, SIZE_MAX, &rows, &nrows) < 0) {
		fprintf(stderr, "hoso: the index cannot read '%s'\n", s.query);
		search_free(&s);
		return 2;
	}
	util_buf_init(&b);
	for (size_t r = 0; r < nrows; r++) {
		const struct article *a;
		size_t n = 0;

		if (filter != NULL && !dossier_query_article(filter, rows[r]))
			continue;
		a = dossier_article(ds, rows[r]);
		search_article(&s, a, rows[r], &h, &n, &cap);
		if (n > HOSO_MAX_HITS) {
			char k[UTIL_GROUPED_SIZE];
			/* Through a diag, which makes the file's name safe
			 * to print. */
			struct diag d;

			n = HOSO_MAX_HITS;
			diag_init(&d, stderr);
			diag_emit(&d, DIAG_WARNING, a->path, 0, 0, "more than "
			    "%s matches of '%s'; printed the first %s",
			    util_grouped(HOSO_MAX_HITS, k), s.query, k);
			diag_free(&d);
		}
		for (size_t i = 0; i < n; i++) {
			size_t ps, pe;

			corpus_passage(a, h[i].start, h[i].end, &ps, &pe);
			search_row(&b, f, a, h[i].para, ps, h[i].start,
			    h[i].end, pe);
			emit(&b, fp);
		}
		found += n;
		/* One article at a time: a common word is not the corpus in
		 * memory. */
		dossier_release(ds, rows[r]);
	}
	if (found == 0)
		fprintf(stderr, "hoso: no match for '%s'\n", s.query);
	util_buf_free(&b);
	free(h);
	free(rows);
	search_free(&s);
	/* As grep does, so a script can test for a match. */
	return found > 0 ? 0 : 1;
}
