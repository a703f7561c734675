/*
 * cli: headless output (see include/cli/cli.h).  TSV fields come from
 * sanitized text, which holds no TAB or LF, so no quoting is needed.
 */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "search.h"

static void
ids(FILE *fp, const struct topicmap *m, const size_t *ix, size_t n,
    size_t stride)
{
	int first = 1;

	for (size_t i = 0; i < n; i++) {
		size_t t = ix[i * stride];

		if (t == TOPICS_NONE)
			continue;
		fprintf(fp, "%s%s", first ? "" : ",", m->topics[t].id);
		first = 0;
	}
}

int
cli_list(const struct dossier *ds, FILE *fp)
{
	for (size_t i = 0; i < ds->corpus.n; i++) {
		const struct article *a = dossier_topics_of(ds, i);

		fprintf(fp, "%s\t%s\t%s\t%s\t", a->id, a->date_str, a->source,
		    a->title);
		for (size_t j = 0; j < a->ntopics; j++)
			fprintf(fp, "%s%s", j > 0 ? "," : "",
			    ds->map.topics[a->topics[j].ix].id);
		fputc('\n', fp);
	}
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

int
cli_show(const struct dossier *ds, const char *id, int width, FILE *fp)
{
	size_t a = dossier_find(ds, id);

	if (a == (size_t)-1) {
		fprintf(stderr, "hoso: no article with id '%s' "
		    "(hoso --list shows them)\n", id);
		return 2;
	}
	return print_doc(ds, 1, a, width, fp);
}

int
cli_topics(const struct dossier *ds, FILE *fp)
{
	for (size_t k = 0; k < ds->map.ntopics; k++) {
		size_t i = ds->topic_order[k];
		const struct topic *t = &ds->map.topics[i];

		fprintf(fp, "%s\t%s\t%zu\t%zu\t", t->id, t->title,
		    ds->counts[i].mentions, ds->counts[i].narticles);
		ids(fp, &ds->map, t->related_ix, t->nrelated, 1);
		fputc('\n', fp);
	}
	return 0;
}

int
cli_topic(const struct dossier *ds, const char *id, int width, FILE *fp)
{
	size_t t = topics_find(&ds->map, id);

	if (t == TOPICS_NONE) {
		fprintf(stderr, "hoso: no topic with id '%s' "
		    "(hoso --topics shows them)\n", id);
		return 2;
	}
	return print_doc(ds, 0, t, width, fp);
}

int
cli_timeline(const struct dossier *ds, FILE *fp)
{
	for (size_t i = 0; i < ds->map.nms; i++) {
		const struct milestone *m = &ds->map.ms[i];
		int first = 1;

		/* A span in ISO 8601 interval notation. */
		fprintf(fp, "%s%s%s\t%s\t", m->date_str, m->end.y ? "/" : "",
		    m->end.y ? m->end_str : "", m->title);
		ids(fp, &ds->map, m->topic_ix, m->ntopics, 1);
		fputc('\t', fp);
		for (size_t j = 0; j < m->nsources; j++) {
			fprintf(fp, "%s%s", first ? "" : ",",
			    m->sources[j].article);
			first = 0;
		}
		fprintf(fp, "\t%s\n", m->target ? "target" : "event");
	}
	return 0;
}

int
cli_search(const struct dossier *ds, const char *query, FILE *fp)
{
	struct search s;
	struct search_hit *h = NULL;
	size_t *rows = NULL, nrows = 0, cap = 0, found = 0;

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
	for (size_t r = 0; r < nrows; r++) {
		const struct article *a = dossier_article(ds, rows[r]);
		size_t n = 0;

		search_article(&s, a, rows[r], &h, &n, &cap);
		for (size_t i = 0; i < n; i++) {
			size_t ps, pe;

			corpus_passage(a, h[i].start, h[i].end, &ps, &pe);
			fprintf(fp, "%s\t%zu\t", a->id, h[i].para + 1);
			fwrite(a->text + ps, 1, h[i].start - ps, fp);
			fputs("«", fp);
			fwrite(a->text + h[i].start, 1, h[i].end - h[i].start, fp);
			fputs("»", fp);
			fwrite(a->text + h[i].end, 1, pe - h[i].end, fp);
			fputc('\n', fp);
		}
		found += n;
		/* One article at a time: a common word is not the corpus in
		 * memory. */
		dossier_release(ds, rows[r]);
	}
	if (found == 0)
		fprintf(stderr, "hoso: no match for '%s'\n", s.query);
	free(h);
	free(rows);
	search_free(&s);
	/* As grep does, so a script can test for a match. */
	return found > 0 ? 0 : 1;
}
