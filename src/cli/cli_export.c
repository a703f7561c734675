/*
 * cli_export: the briefs of --export (see include/cli/cli.h): a topic
 * (its titles, summary, related topics, the articles that mention it
 * ranked, every passage) or the timeline (each milestone and the quotes
 * of its sources), in Markdown or as one JSON object.  Whatever is
 * quoted goes through one function, which adds the citation, so a brief
 * of any list of passages reads the same.
 *
 * Markdown: the content is text, never markup (cite_md_text escapes
 * it), and no raw HTML is written.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "cite.h"
#include "cli.h"
#include "cli_impl.h"
#include "diag.h"
#include "json.h"
#include "lang.h"
#include "render.h"

int
cli_export_parse(const char *s, enum cli_export *e)
{
	if (strcmp(s, "markdown") == 0)
		*e = CLI_EXPORT_MARKDOWN;
	else if (strcmp(s, "json") == 0)
		*e = CLI_EXPORT_JSON;
	else
		return -1;
	return 0;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The citation of a: its title, source, date and URL, those it has. */
static void
md_cite(struct util_buf *b, const struct article *a)
{
	const char *parts[3] = { a->title, a->source, a->date_str };
	int any = 0;

	util_buf_adds(b, "— ");
	for (size_t i = 0; i < 3; i++) {
		if (parts[i][0] == '\0')
			continue;
		if (any)
			util_buf_adds(b, ", ");
		cite_md_textz(b, parts[i], 0);
		any = 1;
	}
	if (a->url[0] != '\0') {
		util_buf_adds(b, any ? ", " : "");
		cite_md_url(b, a->url);
	}
	util_buf_addc(b, '\n');
}

static void
json_cite(struct util_buf *b, const struct article *a)
{
	cli_jkey(b, "cite");
	util_buf_addc(b, '{');
	cli_jstr(b, "id", a->id);
	cli_jstr(b, "title", a->title);
	cli_jopt(b, "source", a->source);
	cli_jopt(b, "date", a->date_str);
	cli_jopt(b, "url", a->url);
	util_buf_addc(b, '}');
}

/* Writes b to fp and empties it, but for the blank line that ends a
 * Markdown block: that one stays in b, written only if something
 * follows it, so a brief ends with one newline. */
static void
emit(struct util_buf *b, FILE *fp)
{
	int keep = b->len >= 2 && b->data[b->len - 1] == '\n' &&
	    b->data[b->len - 2] == '\n';

	fwrite(b->data, 1, b->len - (size_t)keep, fp);
	b->len = 0;
	if (keep)
		util_buf_addc(b, '\n');
}

/* The end of a brief: what b still holds but a blank line kept back. */
static void
finish(struct util_buf *b, FILE *fp)
{
	if (b->len >= 2 && b->data[b->len - 1] == '\n' &&
	    b->data[b->len - 2] == '\n')
		b->len--;
	if (b->len == 1 && b->data[0] == '\n')
		b->len = 0;
	fwrite(b->data, 1, b->len, fp);
	b->len = 0;
}

/*
 * One quoted passage, bytes [ps, pe) of a's text, with its citation:
 * the marks [mk[2i], mk[2i+1]) inside it in bold (Markdown) or as
 * offsets into "text" (JSON), and note below it.  item is its place in
 * its JSON array.
 */
static void
quote(struct util_buf *b, enum cli_export e, const struct article *a,
    size_t ps, size_t pe, const size_t *mk, size_t nmk, const char *note,
    size_t item)
{
	const char *t = a->text;
	size_t at = ps;

	if (e == CLI_EXPORT_JSON) {
		if (item > 0)
			util_buf_addc(b, ',');
		util_buf_addc(b, '{');
		cli_jstr(b, "article", a->id);
		cli_jnum(b, "paragraph", corpus_para_at(a, ps) + 1);
		cli_jkey(b, "text");
		json_str(b, t + ps, pe - ps);
		cli_jkey(b, "marks");
		util_buf_addc(b, '[');
		for (size_t i = 0; i < nmk; i++)
			util_buf_printf(b, "%s[%zu,%zu]", i > 0 ? "," : "",
			    mk[2 * i] - ps, mk[2 * i + 1] - ps);
		util_buf_adds(b, "],\"found\":true");
		cli_jopt(b, "note", note);
		json_cite(b, a);
		util_buf_addc(b, '}');
		return;
	}
	util_buf_adds(b, "> ");
	for (size_t i = 0; i < nmk; i++) {
		cite_md_text(b, t + at, mk[2 * i] - at, at == ps ? CITE_MD_START : 0);
		/* Emphasis needs the text outside the stars apart from them
		 * by a space or punctuation: md_text trims, so put one back
		 * where the stored text has one. */
		if (mk[2 * i] > ps && is_space(t[mk[2 * i] - 1]) &&
		    b->data[b->len - 1] != ' ')
			util_buf_addc(b, ' ');
		util_buf_adds(b, "**");
		cite_md_text(b, t + mk[2 * i], mk[2 * i + 1] - mk[2 * i], 0);
		util_buf_adds(b, "**");
		at = mk[2 * i + 1];
		if (at < pe && is_space(t[at]))
			util_buf_addc(b, ' ');
	}
	cite_md_text(b, t + at, pe - at, at == ps ? CITE_MD_START : 0);
	util_buf_adds(b, "\n\n");
	if (note != NULL && note[0] != '\0') {
		cite_md_textz(b, note, CITE_MD_START);
		util_buf_adds(b, "\n\n");
	}
	md_cite(b, a);
	util_buf_addc(b, '\n');
}


void
cli_export_passages(const struct dossier *ds, const char *kind,
    const char *title, const struct cli_passage *p, size_t n,
    enum cli_export e, FILE *fp)
{
	struct util_buf b;

	util_buf_init(&b);
	if (e == CLI_EXPORT_JSON) {
		util_buf_adds(&b, "{");
		cli_jstr(&b, "brief", kind);
		cli_jstr(&b, "title", title);
		util_buf_adds(&b, ",\"passages\":[");
	} else {
		util_buf_adds(&b, "# ");
		cite_md_textz(&b, title, CITE_MD_START | CITE_MD_END);
		util_buf_adds(&b, "\n\n");
		if (n == 0)
			util_buf_printf(&b, "%s\n\n", L("(không có)", "(none)"));
	}
	for (size_t i = 0; i < n; i++) {
		const struct article *a = dossier_article(ds, p[i].row);
		size_t end = p[i].end < a->len ? p[i].end : a->len;
		size_t start = p[i].start < end ? p[i].start : end;

		quote(&b, e, a, start, end, NULL, 0, p[i].note, i);
		emit(&b, fp);
	}
	if (e == CLI_EXPORT_JSON)
		util_buf_adds(&b, "]}\n");
	finish(&b, fp);
	util_buf_free(&b);
}

/* "# vi — en" or "## ...": a title in both languages, when it has two. */
static void
md_heading(struct util_buf *b, const char *level, const char *pre,
    const char *vi, const char *en)
{
	util_buf_printf(b, "%s ", level);
	if (pre != NULL)
		util_buf_adds(b, pre);
	if (en != NULL && en[0] != '\0') {
		cite_md_textz(b, vi, pre == NULL ? CITE_MD_START : 0);
		util_buf_adds(b, " — ");
		cite_md_textz(b, en, CITE_MD_END);
	} else {
		cite_md_textz(b, vi, pre == NULL ? CITE_MD_START | CITE_MD_END : CITE_MD_END);
	}
	util_buf_adds(b, "\n\n");
}

static void
md_none(struct util_buf *b)
{
	util_buf_printf(b, "%s\n\n", L("(không có)", "(none)"));
}

/* The topic's head: titles, counts, summary, related topics, and the
 * articles that mention it, most mentions first. */
static void
topic_head(struct util_buf *b, enum cli_export e, const struct dossier *ds,
    size_t i, const struct index_count *cover, size_t ncover)
{
	const struct topic *t = &ds->map.topics[i];
	size_t n = 0;

	if (e == CLI_EXPORT_JSON) {
		util_buf_adds(b, "{\"brief\":\"topic\",\"topic\":{");
		cli_jstr(b, "id", t->id);
		cli_jstr(b, "title", t->title);
		cli_jopt(b, "title_en", t->title_en);
		cli_jopt(b, "summary", t->summary);
		cli_jnum(b, "mentions", ds->counts[i].mentions);
		cli_jkey(b, "related");
		util_buf_addc(b, '[');
		for (size_t k = 0; k < t->nrelated; k++) {
			const struct topic *r;

			if (t->related_ix[k] == TOPICS_NONE)
				continue;
			r = &ds->map.topics[t->related_ix[k]];
			util_buf_adds(b, n++ > 0 ? ",{" : "{");
			cli_jstr(b, "id", r->id);
			cli_jstr(b, "title", r->title);
			cli_jopt(b, "title_en", r->title_en);
			util_buf_addc(b, '}');
		}
		util_buf_adds(b, "]},\"articles\":[");
		for (size_t k = 0; k < ncover; k++) {
			const struct article *a = dossier_row(ds, cover[k].ix);

			util_buf_adds(b, k > 0 ? ",{" : "{");
			cli_jstr(b, "id", a->id);
			cli_jstr(b, "title", a->title);
			cli_jopt(b, "source", a->source);
			cli_jopt(b, "date", a->date_str);
			cli_jnum(b, "mentions", cover[k].count);
			util_buf_addc(b, '}');
		}
		util_buf_adds(b, "],\"passages\":[");
		return;
	}
	md_heading(b, "#", NULL, t->title, t->title_en);
	util_buf_adds(b, L("Chủ đề: ", "Topic: "));
	cite_md_textz(b, t->id, 0);
	util_buf_printf(b, L(" · %zu lần nhắc · %zu bài\n\n",
	    " · %zu mentions · %zu articles\n\n"), ds->counts[i].mentions,
	    ds->counts[i].narticles);
	if (t->summary[0] != '\0') {
		cite_md_textz(b, t->summary, CITE_MD_START);
		util_buf_adds(b, "\n\n");
	}
	util_buf_printf(b, "## %s\n\n", L("Chủ đề liên quan", "Related topics"));
	for (size_t k = 0; k < t->nrelated; k++) {
		const struct topic *r;

		if (t->related_ix[k] == TOPICS_NONE)
			continue;
		r = &ds->map.topics[t->related_ix[k]];
		util_buf_adds(b, "- ");
		cite_md_textz(b, render_topic_title(r), 0);
		util_buf_adds(b, " (");
		cite_md_textz(b, r->id, 0);
		util_buf_adds(b, ")\n");
		n++;
	}
	if (n > 0)
		util_buf_addc(b, '\n');
	else
		md_none(b);
	util_buf_printf(b, "## %s\n\n", L("Bài nhắc đến", "Articles"));
	for (size_t k = 0; k < ncover; k++) {
		const struct article *a = dossier_row(ds, cover[k].ix);

		util_buf_printf(b, "- %u × ", cover[k].count);
		cite_md_textz(b, a->title, 0);
		if (a->source[0] != '\0' || a->date_str[0] != '\0')
			util_buf_adds(b, " —");
		if (a->source[0] != '\0') {
			util_buf_addc(b, ' ');
			cite_md_textz(b, a->source, 0);
		}
		if (a->date_str[0] != '\0') {
			util_buf_adds(b, a->source[0] != '\0' ? ", " : " ");
			cite_md_textz(b, a->date_str, 0);
		}
		util_buf_addc(b, '\n');
	}
	if (ncover > 0)
		util_buf_addc(b, '\n');
	else
		md_none(b);
	util_buf_printf(b, "## %s\n\n", L("Đoạn nhắc đến", "Passages"));
	if (ncover == 0)
		md_none(b);
}

/* The passages of topic in row: one for each sentence that mentions it,
 * every mention in it marked.  Returns how many, counting from item. */
static size_t
topic_passages(struct util_buf *b, enum cli_export e,
    const struct dossier *ds, size_t row, size_t topic, size_t item,
    FILE *fp)
{
	const struct article *a = dossier_article(ds, row);
	size_t *mk = NULL, nmk = 0, cap = 0, ps = 0, pe = 0, n = 0;

	for (size_t k = 0; k <= a->nm; k++) {
		const struct mention *m = k < a->nm ? &a->m[k] : NULL;
		size_t s = 0, t = 0;

		if (m != NULL && m->topic != topic)
			continue;
		if (m != NULL)
			corpus_passage(a, m->start, m->end, &s, &t);
		/* Mentions are by start, so those of one sentence are
		 * together: the sentence is quoted once. */
		if (nmk > 0 && (m == NULL || s != ps || t != pe)) {
			quote(b, e, a, ps, pe, mk, nmk, NULL, item + n++);
			emit(b, fp);
			nmk = 0;
			if (m != NULL && n == HOSO_MAX_PASSAGES) {
				char c[UTIL_GROUPED_SIZE];
				/* Through a diag, which makes the file's
				 * name safe to print. */
				struct diag d;

				diag_init(&d, stderr);
				diag_emit(&d, DIAG_WARNING, a->path, 0, 0,
				    "more than %s passages of topic '%s'; the "
				    "brief quotes the first %s",
				    util_grouped(HOSO_MAX_PASSAGES, c),
				    ds->map.topics[topic].id, c);
				diag_free(&d);
				break;
			}
		}
		if (m == NULL)
			break;
		/* An overlapping mention (another keyword of the topic
		 * inside this one) is marked by the first. */
		if (nmk > 0 && m->start < mk[2 * nmk - 1])
			continue;
		util_grow((void **)&mk, &cap, 2 * nmk + 2, sizeof *mk);
		mk[2 * nmk] = m->start;
		mk[2 * nmk + 1] = m->end;
		nmk++;
		ps = s;
		pe = t;
	}
	free(mk);
	return n;
}

int
cli_export_topic(const struct dossier *ds, const char *id,
    enum cli_export e, FILE *fp)
{
	size_t t = topics_find(&ds->map, id);
	struct index_count *cover = NULL;
	size_t ncover, n = 0;
	struct util_buf b;

	if (t == TOPICS_NONE) {
		diag_say(stderr, "no topic with id '%s' (hoso --topics shows "
		    "them)", id);
		return 2;
	}
	ncover = dossier_topic_articles(ds, t, 0, SIZE_MAX, &cover);
	util_buf_init(&b);
	topic_head(&b, e, ds, t, cover, ncover);
	emit(&b, fp);
	/* In the order of the list above; one article's text at a time,
	 * as --search reads them. */
	for (size_t k = 0; k < ncover; k++) {
		n += topic_passages(&b, e, ds, cover[k].ix, t, n, fp);
		dossier_release(ds, cover[k].ix);
	}
	if (e == CLI_EXPORT_JSON)
		util_buf_adds(&b, "]}\n");
	finish(&b, fp);
	free(cover);
	util_buf_free(&b);
	return 0;
}

/* A milestone's head: its date or span, target or not, its titles, its
 * topics and notes. */
static void
milestone_head(struct util_buf *b, enum cli_export e,
    const struct dossier *ds, const struct milestone *m, size_t item)
{
	char when[RENDER_WHEN_BUFSIZE], pre[RENDER_WHEN_BUFSIZE + 32];
	const char *notes[2] = { m->note, m->note_en };
	size_t n = 0;

	if (e == CLI_EXPORT_JSON) {
		util_buf_adds(b, item > 0 ? ",{" : "{");
		cli_jstr(b, "date", m->date_str);
		cli_jstr(b, "end", m->end.y ? m->end_str : NULL);
		cli_jstr(b, "title", m->title);
		cli_jopt(b, "title_en", m->title_en);
		cli_jkey(b, "target");
		util_buf_adds(b, m->target ? "true" : "false");
		cli_jkey(b, "topics");
		util_buf_addc(b, '[');
		for (size_t j = 0; j < m->ntopics; j++) {
			if (m->topic_ix[j] == TOPICS_NONE)
				continue;
			if (n++ > 0)
				util_buf_addc(b, ',');
			json_strz(b, ds->map.topics[m->topic_ix[j]].id);
		}
		util_buf_addc(b, ']');
		cli_jopt(b, "note", m->note);
		cli_jopt(b, "note_en", m->note_en);
		util_buf_adds(b, ",\"quotes\":[");
		return;
	}
	render_milestone_when(m, RENDER_WHEN_FULL, when);
	snprintf(pre, sizeof pre, "%s%s — ", when, m->target ?
	    L(" (mục tiêu)", " (target)") : "");
	md_heading(b, "##", pre, m->title, m->title_en);
	util_buf_adds(b, L("Chủ đề: ", "Topics: "));
	for (size_t j = 0; j < m->ntopics; j++) {
		if (m->topic_ix[j] == TOPICS_NONE)
			continue;
		util_buf_adds(b, n++ > 0 ? ", " : "");
		cite_md_textz(b, render_topic_title(&ds->map.topics[m->topic_ix[j]]),
		    0);
	}
	util_buf_adds(b, n > 0 ? "\n\n" : L("(không có)\n\n", "(none)\n\n"));
	for (size_t j = 0; j < 2; j++) {
		if (notes[j] == NULL || notes[j][0] == '\0')
			continue;
		util_buf_adds(b, L("Ghi chú: ", "Note: "));
		cite_md_textz(b, notes[j], 0);
		util_buf_adds(b, "\n\n");
	}
}

/* A source whose quote cannot be shown from its article: said, with
 * the quote as the map gives it. */
static void
source_missing(struct util_buf *b, enum cli_export e,
    const struct dossier *ds, const struct source *s, size_t item)
{
	const struct article *a = s->article_ix == TOPICS_NONE ? NULL :
	    dossier_row(ds, s->article_ix);

	if (e == CLI_EXPORT_JSON) {
		if (item > 0)
			util_buf_addc(b, ',');
		util_buf_addc(b, '{');
		cli_jstr(b, "article", s->article);
		cli_jstr(b, "paragraph", NULL);
		cli_jstr(b, "text", s->quote);
		util_buf_adds(b, ",\"marks\":[],\"found\":false");
		cli_jstr(b, "note", NULL);
		if (a != NULL)
			json_cite(b, a);
		else
			cli_jstr(b, "cite", NULL);
		util_buf_addc(b, '}');
		return;
	}
	util_buf_adds(b, "> ");
	cite_md_textz(b, s->quote, CITE_MD_START);
	util_buf_adds(b, "\n\n");
	if (a != NULL) {
		util_buf_printf(b, "%s\n\n", L("(không tìm thấy trong bài)",
		    "(not found in the article)"));
		md_cite(b, a);
	} else {
		util_buf_adds(b, "— ");
		cite_md_textz(b, s->article, 0);
		util_buf_printf(b, " %s\n", L("(không có bài này)",
		    "(no such article)"));
	}
	util_buf_addc(b, '\n');
}

int
cli_export_timeline(const struct dossier *ds,
    const struct dossier_query *filter, enum cli_export e, FILE *fp)
{
	struct util_buf b;
	size_t n = 0;

	util_buf_init(&b);
	if (e == CLI_EXPORT_JSON) {
		util_buf_adds(&b, "{\"brief\":\"timeline\"");
		cli_jopt(&b, "map", ds->map.title);
		util_buf_adds(&b, ",\"milestones\":[");
	} else {
		util_buf_printf(&b, "# %s", L("Dòng thời gian", "Timeline"));
		if (ds->map.title != NULL && ds->map.title[0] != '\0') {
			util_buf_adds(&b, " — ");
			cite_md_textz(&b, ds->map.title, CITE_MD_END);
		}
		util_buf_adds(&b, "\n\n");
	}
	emit(&b, fp);
	for (size_t i = 0; i < ds->map.nms; i++) {
		const struct milestone *m = &ds->map.ms[i];

		if (filter != NULL && !dossier_query_milestone(filter, i))
			continue;
		milestone_head(&b, e, ds, m, n++);
		for (size_t j = 0; j < m->nsources; j++) {
			const struct source *s = &m->sources[j];

			if (s->article_ix == TOPICS_NONE || !s->found) {
				source_missing(&b, e, ds, s, j);
				continue;
			}
			quote(&b, e, dossier_article(ds, s->article_ix),
			    s->qstart, s->qend, NULL, 0, NULL, j);
		}
		if (e == CLI_EXPORT_JSON)
			util_buf_adds(&b, "]}");
		emit(&b, fp);
	}
	if (e == CLI_EXPORT_JSON)
		util_buf_adds(&b, "]}\n");
	else if (n == 0)
		md_none(&b);
	finish(&b, fp);
	util_buf_free(&b);
	return 0;
}
