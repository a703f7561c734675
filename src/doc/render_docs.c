/*
 * render_docs: the documents of the detail pane, built with the engine
 * (render.c): an article (its text verbatim, anchored by byte offsets),
 * a topic (related topics, coverage, passages in context), a milestone
 * (topics, note, sources with their quotes).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "index.h"
#include "lang.h"
#include "render.h"
#include "render_impl.h"
#include "suggest.h"
#include "url.h"
#include "util.h"
#include "wrap.h"

#define NONE L("  (không có)", "  (none)")

static void
meta_line(struct util_buf *b, const char *const *parts, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (parts[i] == NULL || parts[i][0] == '\0')
			continue;
		if (b->len > 0)
			util_buf_adds(b, " · ");
		util_buf_adds(b, parts[i]);
	}
	if (b->data == NULL)
		util_buf_adds(b, "");
}

/* A topic's title in the interface's language (title_en in English when
 * the map gives one), and the other one, or "" when there is none. */
const char *
render_topic_title(const struct topic *t)
{
	if (lang_get() == LANG_EN && t->title_en != NULL &&
	    t->title_en[0] != '\0')
		return t->title_en;
	return t->title;
}

const char *
render_topic_other_title(const struct topic *t)
{
	const char *p = render_topic_title(t);

	if (p != t->title)
		return t->title;
	return t->title_en != NULL ? t->title_en : "";
}

static void
topic_name(struct util_buf *b, const struct topic *t)
{
	util_buf_adds(b, render_topic_title(t));
}

void
render_article(struct render_doc *doc, const struct dossier *ds,
    size_t article, int width)
{
	render_article_of(doc, ds, dossier_article(ds, article), width, NULL);
}

/* The spans of paragraph [ps, pe) of a: its addresses (links out of the
 * program) and its mentions, by start, into *sp (grown); *k is the first
 * mention not yet placed.  An address wins over a mention it overlaps,
 * and a mention overlapping an earlier one of another topic is not drawn
 * (it still counts).  Quiet or in its topic's colour is the reader's
 * choice.  Returns how many. */
static size_t
para_spans(struct render_doc *doc, const struct article *a, size_t ps,
    size_t pe, size_t *k, struct render_tspan **sp, size_t *cap)
{
	const struct mention *m = a->m;
	size_t n = 0, last = ps, us, ue;
	int have = url_next(a->text, pe, ps, &us, &ue) == 0;

	for (;;) {
		int url_first;

		while (*k < a->nm && m[*k].start < pe && (m[*k].start < last ||
		    m[*k].end > pe || (have && m[*k].end > us &&
		    m[*k].start < ue)))
			(*k)++;
		url_first = have && (*k >= a->nm || m[*k].start >= pe ||
		    us < m[*k].start);
		if (!url_first && (*k >= a->nm || m[*k].start >= pe))
			break;
		util_grow((void **)sp, cap, n + 1, sizeof **sp);
		if (url_first) {
			(*sp)[n] = (struct render_tspan){ us - ps, ue - ps,
			    ROLE_LINK, render_new_url(doc, a->text + us,
			    ue - us) };
			last = ue;
			have = url_next(a->text, pe, ue, &us, &ue) == 0;
		} else {
			(*sp)[n] = (struct render_tspan){ m[*k].start - ps,
			    m[*k].end - ps, ROLE_MENTION, render_new_link(doc,
			    LINK_TOPICS, m[*k].topic, 0, 0) };
			last = m[*k].end;
			(*k)++;
		}
		n++;
	}
	return n;
}

void
render_article_of(struct render_doc *doc, const struct dossier *ds,
    const struct article *a, int width, const char *note)
{
	const char *parts[3] = { a->date_str, a->source, a->author };
	struct render_tspan *sp = NULL;
	struct util_buf b;
	size_t k = 0, cap = 0;

	render_clear(doc, width);
	/* Lines of its body carry their text offsets: positions in it are
	 * anchors that survive a re-render at another width. */
	doc->anchored = 1;
	util_buf_init(&b);
	render_emit_str(doc, a->title, ROLE_TITLE);
	meta_line(&b, parts, 3);
	if (b.len > 0)
		render_emit_str(doc, b.data, ROLE_META);
	/* Whatever its scheme: the link says where it goes, and opening it
	 * is refused when it may not leave (ui_open.c). */
	if (a->url[0] != '\0')
		render_emit_link(doc, a->url, ROLE_LINK,
		    render_new_url(doc, a->url, strlen(a->url)), "", "");
	if (note != NULL)
		render_emit_str(doc, note, ROLE_NOTE);
	render_blank(doc);

	for (size_t p = 0; p < a->npara; p++) {
		size_t ps = a->para[p], pe = corpus_para_end(a, p);
		size_t nsp = para_spans(doc, a, ps, pe, &k, &sp, &cap);

		if (p > 0)
			render_blank(doc);
		render_emit(doc, a->text + ps, pe - ps, ROLE_TEXT, "", "", ps, sp, nsp);
	}
	free(sp);

	render_blank(doc);
	render_emit_str(doc, L("Chủ đề trong bài", "Topics in this article"),
	    ROLE_HEADING);
	if (a->ntopics == 0)
		render_emit_str(doc, NONE, ROLE_META);
	for (size_t i = 0; i < a->ntopics; i++) {
		const struct index_count *c = &a->topics[i];

		b.len = 0;
		topic_name(&b, &ds->map.topics[c->ix]);
		util_buf_printf(&b, " ×%u", c->count);
		render_emit_link(doc, b.data, ROLE_LINK,
		    render_new_link(doc, LINK_TOPICS, c->ix, 0, 0), "  • ", "    ");
	}
	util_buf_free(&b);
	render_fit(doc);
}

/*
 * One keyword-in-context line: "  … left KEYWORD right …", the keyword a
 * third of the way in, the contexts cut at word boundaries
 * (render_cut_words) and the keyword in its topic's colour.
 */
static void
kwic_line(struct render_doc *doc, const struct article *a,
    const struct mention *m, enum theme_role role, int link)
{
	size_t ps, pe, line, at;
	const char *t = a->text;
	int W = doc->width - 2, kw, lw, lb;
	size_t kn = m->end - m->start;
	struct util_buf b, left;

	corpus_passage(a, m->start, m->end, &ps, &pe);
	if (W < 1)
		W = doc->width;
	kw = wrap_width(t + m->start, kn);
	if (kw > W)
		kn = wrap_fit(t + m->start, kn, W, &kw);
	/* The keyword column is a third of the way in for every keyword;
	 * only a keyword too wide to fit after it moves left. */
	lb = W / 3;
	if (lb + kw > W)
		lb = W - kw;
	util_buf_init(&left);
	lw = render_cut_words(&left, t + ps, m->start - ps, lb,
	    RENDER_KEEP_END);

	util_buf_init(&b);
	util_buf_adds(&b, "  ");
	/* Short left contexts are padded so every keyword of a topic's
	 * passages starts in the same column. */
	for (int i = lw; i < lb; i++)
		util_buf_addc(&b, ' ');
	util_buf_add(&b, left.data, left.len);
	at = b.len;
	util_buf_add(&b, t + m->start, kn);
	if (W - lb - kw > 0 && pe > m->end)
		render_cut_words(&b, t + m->end, pe - m->end, W - lb - kw,
		    RENDER_KEEP_START);
	line = render_new_line(doc, "", b.data, b.len, ROLE_TEXT, RENDER_NO_SRC);
	render_new_span(doc, line, 2, at, ROLE_TEXT, link);
	render_new_span(doc, line, at, at + kn, role, link);
	render_new_span(doc, line, at + kn, b.len, ROLE_TEXT, link);
	util_buf_free(&left);
	util_buf_free(&b);
}

static int
by_row(const void *x, const void *y)
{
	const struct index_count *a = x, *b = y;

	return a->ix < b->ix ? -1 : a->ix > b->ix;
}

static void
article_heading(struct util_buf *b, const struct article *a)
{
	const char *parts[2] = { a->date_str, a->source };

	b->len = 0;
	meta_line(b, parts, 2);
	util_buf_printf(b, "%s%s", b->len > 0 ? " — " : "", a->title);
}

/* The articles that name the topic without a keyword of it (a hint for
 * the map, suggest.h): each heading a link to the sentence, and the
 * sentence, the words found in the topic's colour. */
static void
possible_mentions(struct render_doc *doc, const struct dossier *ds,
    size_t topic)
{
	const struct suggest_mentions *pm = suggest_mentions(ds, topic);
	struct util_buf b;

	render_emit_str(doc, L("Có thể nhắc đến", "Possible mentions"),
	    ROLE_HEADING);
	{
		const char *hint = L("Gợi ý: bài có tên chủ đề mà không có từ "
		    "khóa nào của nó", "Hints: articles that name the topic "
		    "but match none of its keywords");

		render_emit(doc, hint, strlen(hint), ROLE_META, "  ", "  ",
		    RENDER_NO_SRC, NULL, 0);
	}
	if (pm->n == 0)
		render_emit_str(doc, NONE, ROLE_META);
	util_buf_init(&b);
	for (size_t i = 0; i < pm->n; i++) {
		const struct suggest_mention *m = &pm->v[i];
		int link = render_new_link(doc, LINK_ARTICLES, m->row, m->start,
		    m->end - m->start);
		struct render_tspan sp[3];
		size_t hs = m->hstart - m->start, he = m->hend - m->start;
		size_t cut[4] = { 0, hs, he, m->end - m->start }, nsp = 0;

		article_heading(&b, dossier_row(ds, m->row));
		render_emit_link(doc, b.data, ROLE_LINK, link, "  • ", "    ");
		for (size_t k = 0; k < 3; k++)
			if (cut[k] < cut[k + 1])
				sp[nsp++] = (struct render_tspan){ cut[k],
				    cut[k + 1], k == 1 ? theme_topic_role(topic) :
				    ROLE_TEXT, link };
		render_emit(doc, m->sentence, m->end - m->start, ROLE_TEXT,
		    "    ", "    ", RENDER_NO_SRC, sp, nsp);
	}
	util_buf_free(&b);
}

void
render_topic(struct render_doc *doc, const struct dossier *ds, size_t topic,
    int width)
{
	const struct topic *t = &ds->map.topics[topic];
	const struct dossier_count *it = &ds->counts[topic];
	struct index_count *cover = NULL;
	size_t ncover, npass;
	enum theme_role role = theme_topic_role(topic);
	struct util_buf b, h;
	uint32_t max = 1;	/* the divisor of the bars, counts 0 or not */

	render_clear(doc, width);
	util_buf_init(&b);
	util_buf_init(&h);
	render_emit_str(doc, render_topic_title(t), ROLE_TITLE);
	if (render_topic_other_title(t)[0] != '\0')
		util_buf_printf(&b, "%s · ", render_topic_other_title(t));
	util_buf_printf(&b, L("%zu lần nhắc · %zu bài",
	    "%zu mentions · %zu articles"), it->mentions, it->narticles);
	render_emit_str(doc, b.data, ROLE_META);
	if (t->summary[0] != '\0') {
		render_blank(doc);
		render_emit_str(doc, t->summary, ROLE_TEXT);
	}
	render_blank(doc);
	b.len = 0;
	util_buf_adds(&b, L("Từ khóa: ", "Keywords: "));
	for (size_t i = 0; i < t->nkeywords; i++)
		util_buf_printf(&b, "%s%s", i > 0 ? ", " : "", t->keywords[i]);
	render_emit_str(doc, b.data, ROLE_META);

	render_blank(doc);
	render_emit_str(doc, L("Chủ đề liên quan", "Related topics"),
	    ROLE_HEADING);
	if (t->nrelated == 0)
		render_emit_str(doc, NONE, ROLE_META);
	for (size_t i = 0; i < t->nrelated; i++) {
		size_t r = t->related_ix[i];

		if (r == TOPICS_NONE)
			continue;
		b.len = 0;
		topic_name(&b, &ds->map.topics[r]);
		render_emit_link(doc, b.data, ROLE_LINK,
		    render_new_link(doc, LINK_TOPICS, r, 0, 0), "  • ", "    ");
	}

	render_blank(doc);
	render_topic_milestones(doc, ds, topic);

	render_blank(doc);
	render_emit_str(doc, L("Độ phủ", "Coverage"), ROLE_HEADING);
	ncover = dossier_topic_articles(ds, topic, 0, RENDER_COVERAGE_MAX,
	    &cover);
	if (ncover == 0)
		render_emit_str(doc, NONE, ROLE_META);
	for (size_t i = 0; i < ncover; i++)
		if (cover[i].count > max)
			max = cover[i].count;
	for (size_t i = 0; i < ncover; i++) {
		const struct index_count *c = &cover[i];
		const struct article *a = dossier_row(ds, c->ix);
		size_t fs = 0, fe = 0;
		int bw = doc->width >= 40 ? 10 : (doc->width >= 8 ? doc->width / 4 : 1);
		int fill, link, tw;
		size_t line, barlen;

		dossier_first_mention(ds, c->ix, topic, &fs, &fe);
		link = render_new_link(doc, LINK_ARTICLES, c->ix, fs, fe - fs);
		fill = (int)((c->count * (uint32_t)bw + max - 1) / max);
		b.len = 0;
		util_buf_adds(&b, "  ");
		for (int j = 0; j < bw; j++)
			util_buf_adds(&b, j < fill ? "█" : "░");
		barlen = b.len;
		util_buf_printf(&b, " %3u  ", c->count);
		article_heading(&h, a);
		tw = doc->width - wrap_width(b.data, b.len);
		if (tw > 0)
			render_cut_words(&b, h.data, h.len, tw,
			    RENDER_KEEP_START);
		line = render_new_line(doc, "", b.data, b.len, ROLE_TEXT,
		    RENDER_NO_SRC);
		render_new_span(doc, line, 2, barlen, ROLE_BAR, link);
		render_new_span(doc, line, barlen, b.len, ROLE_LINK, link);
	}
	if (it->narticles > ncover) {
		b.len = 0;
		util_buf_printf(&b, L("  … và %zu bài khác",
		    "  … and %zu more articles"), it->narticles - ncover);
		render_emit_str(doc, b.data, ROLE_META);
	}

	/* The passages of the most covering articles, newest first: a
	 * topic of a large archive is read from its best articles, and the
	 * rest is a search away. */
	render_blank(doc);
	b.len = 0;
	util_buf_printf(&b, L("Đoạn nhắc đến (%zu)", "Passages (%zu)"),
	    it->mentions);
	render_emit_str(doc, b.data, ROLE_HEADING);
	npass = ncover < RENDER_PASSAGE_ARTICLES ? ncover :
	    RENDER_PASSAGE_ARTICLES;
	if (npass > 1)
		qsort(cover, npass, sizeof *cover, by_row);
	for (size_t i = 0; i < npass; i++) {
		const struct article *a = dossier_article(ds, cover[i].ix);

		article_heading(&b, a);
		render_emit(doc, b.data, b.len, ROLE_META, "  ", "  ",
		    RENDER_NO_SRC, NULL, 0);
		size_t shown = 0, more = 0;

		for (size_t k = 0; k < a->nm; k++) {
			const struct mention *m = &a->m[k];
			size_t ps, pe;

			if (m->topic != topic)
				continue;
			if (shown == HOSO_MAX_PASSAGES) {
				more++;
				continue;
			}
			shown++;
			corpus_passage(a, m->start, m->end, &ps, &pe);
			kwic_line(doc, a, m, role, render_new_link(doc,
			    LINK_ARTICLES, cover[i].ix, ps, pe - ps));
		}
		if (more > 0) {
			char k[UTIL_GROUPED_SIZE];

			b.len = 0;
			util_buf_printf(&b, L("  … và %s đoạn khác trong bài này",
			    "  … and %s more passages in this article"),
			    util_grouped(more, k));
			render_emit_str(doc, b.data, ROLE_META);
		}
	}
	if (it->narticles > npass) {
		b.len = 0;
		util_buf_printf(&b, L("  … đoạn của %zu bài khác: tìm (s) để "
		    "xem", "  … passages of %zu more articles: search (s) to "
		    "see them"), it->narticles - npass);
		render_emit_str(doc, b.data, ROLE_META);
	}
	free(cover);
	util_buf_free(&b);
	util_buf_free(&h);
	render_blank(doc);
	possible_mentions(doc, ds, topic);
	render_fit(doc);
}

void
render_milestone(struct render_doc *doc, const struct dossier *ds, size_t ms,
    int width)
{
	const struct milestone *m = &ds->map.ms[ms];
	struct util_buf b;

	render_clear(doc, width);
	util_buf_init(&b);
	util_buf_adds(&b, m->date_str);
	if (m->end.y != 0)
		util_buf_printf(&b, " – %s", m->end_str);
	if (m->target)
		util_buf_adds(&b, L(" · Mục tiêu", " · Target"));
	render_emit_str(doc, b.data, ROLE_META);
	{
		/* The interface's language first, the other below. */
		int en = lang_get() == LANG_EN && m->title_en != NULL &&
		    m->title_en[0] != '\0';

		render_emit_str(doc, en ? m->title_en : m->title, ROLE_TITLE);
		if (en)
			render_emit_str(doc, m->title, ROLE_META);
		else if (m->title_en != NULL && m->title_en[0] != '\0')
			render_emit_str(doc, m->title_en, ROLE_META);
	}

	render_blank(doc);
	render_emit_str(doc, L("Chủ đề", "Topics"), ROLE_HEADING);
	if (m->ntopics == 0)
		render_emit_str(doc, NONE, ROLE_META);
	for (size_t i = 0; i < m->ntopics; i++) {
		size_t t = m->topic_ix[i];

		if (t == TOPICS_NONE)
			continue;
		b.len = 0;
		topic_name(&b, &ds->map.topics[t]);
		render_emit_link(doc, b.data, ROLE_LINK,
		    render_new_link(doc, LINK_TOPICS, t, 0, 0), "  • ", "    ");
	}
	if ((m->note != NULL && m->note[0] != '\0') ||
	    (m->note_en != NULL && m->note_en[0] != '\0')) {
		render_blank(doc);
		render_emit_str(doc, L("Ghi chú", "Note"), ROLE_HEADING);
		if (m->note != NULL && m->note[0] != '\0')
			render_emit(doc, m->note, strlen(m->note), ROLE_NOTE, "  ",
			    "  ", RENDER_NO_SRC, NULL, 0);
		if (m->note_en != NULL && m->note_en[0] != '\0')
			render_emit(doc, m->note_en, strlen(m->note_en), ROLE_NOTE,
			    "  ", "  ", RENDER_NO_SRC, NULL, 0);
	}

	render_blank(doc);
	render_emit_str(doc, L("Nguồn", "Sources"), ROLE_HEADING);
	for (size_t i = 0; i < m->nsources; i++) {
		const struct source *s = &m->sources[i];
		const struct article *a;
		int link;

		if (s->article_ix == TOPICS_NONE) {
			b.len = 0;
			util_buf_printf(&b, L("%s (không có bài này)",
			    "%s (no such article)"), s->article);
			render_emit(doc, b.data, b.len, ROLE_ERROR, "  • ", "    ",
			    RENDER_NO_SRC, NULL, 0);
			continue;
		}
		a = dossier_article(ds, s->article_ix);
		link = render_new_link(doc, LINK_ARTICLES, s->article_ix,
		    s->found ? s->qstart : 0, s->found ? s->qend - s->qstart : 0);
		article_heading(&b, a);
		render_emit_link(doc, b.data, ROLE_LINK, link, "  • ", "    ");
		b.len = 0;
		if (s->found) {
			struct render_tspan sp;

			util_buf_adds(&b, "“");
			util_buf_add(&b, a->text + s->qstart, s->qend - s->qstart);
			util_buf_adds(&b, "”");
			sp.start = 0;
			sp.end = b.len;
			sp.role = ROLE_QUOTE;
			sp.link = link;
			render_emit(doc, b.data, b.len, ROLE_QUOTE, "    ", "    ",
			    RENDER_NO_SRC, &sp, 1);
		} else {
			util_buf_printf(&b, L("“%s” (không tìm thấy trong bài)",
			    "“%s” (not found in the article)"), s->quote);
			render_emit(doc, b.data, b.len, ROLE_ERROR, "    ", "    ",
			    RENDER_NO_SRC, NULL, 0);
		}
	}
	util_buf_free(&b);
	render_fit(doc);
}

