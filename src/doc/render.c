/*
 * render: detail-pane documents (see include/doc/render.h).
 *
 * Everything is laid out through emit(): a piece of text, an optional
 * prefix for its first and following lines, and styled spans in the text's
 * own coordinates.  emit() wraps the text, copies each line into the
 * document and cuts the spans at line ends, so a link or a highlight that
 * wraps becomes one span per line with the same link index.
 */
#include "render.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "wrap.h"

#define NO_LINE ((size_t)-1)

struct tspan {
	size_t start, end;
	enum theme_role role;
	int link;
};

void
render_init(struct render_doc *doc)
{
	memset(doc, 0, sizeof *doc);
	util_buf_init(&doc->text);
}

void
render_free(struct render_doc *doc)
{
	util_buf_free(&doc->text);
	free(doc->lines);
	free(doc->spans);
	free(doc->links);
	render_init(doc);
}

void
render_clear(struct render_doc *doc, int width)
{
	doc->text.len = 0;
	doc->nlines = doc->nspans = doc->nlinks = 0;
	doc->width = width < 1 ? 1 : width;
}

static int
add_link(struct render_doc *doc, enum link_view view, size_t item,
    size_t offset, size_t len)
{
	struct render_link *l;

	util_grow((void **)&doc->links, &doc->caplinks, doc->nlinks + 1,
	    sizeof *doc->links);
	l = &doc->links[doc->nlinks];
	l->to.view = view;
	l->to.item = item;
	l->to.offset = offset;
	l->to.len = len;
	l->line = NO_LINE;
	return (int)doc->nlinks++;
}

static size_t
add_line(struct render_doc *doc, const char *pre, const char *s, size_t n,
    enum theme_role role, size_t src)
{
	struct render_line *l;
	size_t plen = strlen(pre);

	util_grow((void **)&doc->lines, &doc->caplines, doc->nlines + 1,
	    sizeof *doc->lines);
	l = &doc->lines[doc->nlines];
	l->off = doc->text.len;
	util_buf_add(&doc->text, pre, plen);
	util_buf_add(&doc->text, s, n);
	l->len = plen + n;
	l->span0 = doc->nspans;
	l->nspan = 0;
	l->src = plen == 0 ? src : RENDER_NO_SRC;
	l->width = wrap_width(doc->text.data + l->off, l->len);
	l->role = role;
	return doc->nlines++;
}

static void
add_span(struct render_doc *doc, size_t line, size_t start, size_t end,
    enum theme_role role, int link)
{
	struct render_span *sp;

	if (start >= end)
		return;
	util_grow((void **)&doc->spans, &doc->capspans, doc->nspans + 1,
	    sizeof *doc->spans);
	sp = &doc->spans[doc->nspans++];
	sp->start = start;
	sp->end = end;
	sp->role = role;
	sp->link = link;
	doc->lines[line].nspan++;
	if (link != RENDER_NO_LINK && doc->links[link].line == NO_LINE)
		doc->links[link].line = line;
}

/*
 * Lines built whole rather than wrapped (coverage bars, passages) can be
 * wider than a very narrow pane: cut them at a grapheme boundary and clip
 * their spans, so no line is ever wider than the document.  A line whose
 * first grapheme alone is too wide keeps it (there is nothing better).
 */
static void
fit_lines(struct render_doc *doc)
{
	for (size_t i = 0; i < doc->nlines; i++) {
		struct render_line *l = &doc->lines[i];
		int w;
		size_t n;

		if (l->width <= doc->width)
			continue;
		n = wrap_fit(doc->text.data + l->off, l->len, doc->width, &w);
		if (n == 0)
			continue;
		l->len = n;
		l->width = w;
		for (size_t j = l->span0; j < l->span0 + l->nspan; j++) {
			struct render_span *sp = &doc->spans[j];

			if (sp->end > n)
				sp->end = n;
			if (sp->start > sp->end)
				sp->start = sp->end;
		}
	}
}

static void
blank(struct render_doc *doc)
{
	add_line(doc, "", "", 0, ROLE_TEXT, RENDER_NO_SRC);
}

/*
 * Wraps s[0..n) to the document width, first line prefixed by `first`,
 * the others by `rest` (both plain spaces or bullets).  Spans must be
 * sorted and disjoint.  Lines carry src + their offset when src is set
 * and there is no prefix.
 */
static void
emit(struct render_doc *doc, const char *s, size_t n, enum theme_role role,
    const char *first, const char *rest, size_t src, const struct tspan *sp,
    size_t nsp)
{
	struct wrap_line *wl = NULL;
	size_t nwl = 0, capwl = 0, k = 0;
	int pw1 = wrap_width(first, strlen(first));
	int pw2 = wrap_width(rest, strlen(rest));
	int avail = doc->width - (pw1 > pw2 ? pw1 : pw2);

	/* Narrower than the prefix: drop the prefix rather than the text. */
	if (avail < 1) {
		first = rest = "";
		avail = doc->width;
	}
	wrap_paragraph(s, n, avail, &wl, &nwl, &capwl);
	for (size_t i = 0; i < nwl; i++) {
		const char *pre = i == 0 ? first : rest;
		size_t plen = strlen(pre);
		size_t ls = wl[i].start, le = wl[i].end;
		size_t line = add_line(doc, pre, s + ls, le - ls, role,
		    src == RENDER_NO_SRC ? RENDER_NO_SRC : src + ls);

		while (k < nsp && sp[k].end <= ls)
			k++;
		for (size_t j = k; j < nsp && sp[j].start < le; j++) {
			size_t a = sp[j].start > ls ? sp[j].start : ls;
			size_t b = sp[j].end < le ? sp[j].end : le;

			add_span(doc, line, a - ls + plen, b - ls + plen,
			    sp[j].role, sp[j].link);
		}
	}
	free(wl);
}

size_t
render_add_line(struct render_doc *doc, const char *s, size_t n,
    enum theme_role role)
{
	return add_line(doc, "", s, n, role, RENDER_NO_SRC);
}

void
render_add_span(struct render_doc *doc, size_t line, size_t start,
    size_t end, enum theme_role role)
{
	add_span(doc, line, start, end, role, RENDER_NO_LINK);
}

void
render_add_text(struct render_doc *doc, const char *s, enum theme_role role,
    const char *first, const char *rest)
{
	emit(doc, s, strlen(s), role, first, rest, RENDER_NO_SRC, NULL, 0);
}

static void
emit_str(struct render_doc *doc, const char *s, enum theme_role role)
{
	emit(doc, s, strlen(s), role, "", "", RENDER_NO_SRC, NULL, 0);
}

/* A whole-line link such as "• Title": the text after the prefix is one
 * span of `role` carrying the link. */
static void
emit_link(struct render_doc *doc, const char *s, enum theme_role role,
    int link, const char *first, const char *rest)
{
	struct tspan sp = { 0, strlen(s), role, link };

	emit(doc, s, strlen(s), ROLE_TEXT, first, rest, RENDER_NO_SRC, &sp, 1);
}

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

static void
topic_name(struct util_buf *b, const struct topic *t)
{
	util_buf_adds(b, t->title);
	if (t->title_en != NULL && t->title_en[0] != '\0')
		util_buf_printf(b, " / %s", t->title_en);
}

void
render_article(struct render_doc *doc, const struct dossier *ds,
    size_t article, int width)
{
	const struct article *a = &ds->corpus.v[article];
	const struct index *ix = &ds->index;
	size_t nm = ix->article_first[article + 1] - ix->article_first[article];
	/* No pointer arithmetic on an index without mentions (m is NULL). */
	const struct mention *m = nm > 0 ? ix->m + ix->article_first[article] :
	    NULL;
	const char *parts[3] = { a->date_str, a->source, a->author };
	struct tspan *sp = util_calloc(nm + 1, sizeof *sp);
	struct util_buf b;
	size_t k = 0;

	render_clear(doc, width);
	util_buf_init(&b);
	emit_str(doc, a->title, ROLE_TITLE);
	meta_line(&b, parts, 3);
	if (b.len > 0)
		emit_str(doc, b.data, ROLE_META);
	if (a->url[0] != '\0')
		emit_str(doc, a->url, ROLE_META);
	blank(doc);

	for (size_t p = 0; p < a->npara; p++) {
		size_t ps = a->para[p], pe = corpus_para_end(a, p), nsp = 0;
		size_t last = ps;

		/* Mentions are sorted by start; an overlap with an earlier
		 * mention of another topic is not drawn (it still counts). */
		while (k < nm && m[k].start < pe) {
			if (m[k].start >= last && m[k].end <= pe) {
				sp[nsp].start = m[k].start - ps;
				sp[nsp].end = m[k].end - ps;
				sp[nsp].role = theme_topic_role(m[k].topic);
				sp[nsp].link = add_link(doc, LINK_TOPICS,
				    m[k].topic, 0, 0);
				last = m[k].end;
				nsp++;
			}
			k++;
		}
		if (p > 0)
			blank(doc);
		emit(doc, a->text + ps, pe - ps, ROLE_TEXT, "", "", ps, sp, nsp);
	}
	free(sp);

	blank(doc);
	emit_str(doc, "Chủ đề trong bài / Topics in this article", ROLE_HEADING);
	if (ix->atopic_first[article] == ix->atopic_first[article + 1])
		emit_str(doc, "  (không có / none)", ROLE_META);
	for (size_t i = ix->atopic_first[article];
	    i < ix->atopic_first[article + 1]; i++) {
		const struct index_count *c = &ix->atopics[i];

		b.len = 0;
		topic_name(&b, &ds->map.topics[c->ix]);
		util_buf_printf(&b, " ×%u", c->count);
		emit_link(doc, b.data, theme_topic_role(c->ix),
		    add_link(doc, LINK_TOPICS, c->ix, 0, 0), "  • ", "    ");
	}
	util_buf_free(&b);
	fit_lines(doc);
}

/* Bytes of s[0..n) to skip so that what is left is at most cols wide. */
static size_t
skip_to_width(const char *s, size_t n, int cols)
{
	int w = wrap_width(s, n);
	size_t p = 0;

	while (w > cols && p < n) {
		size_t g = wrap_next_grapheme(s, n, p);

		w -= wrap_width(s + p, g - p);
		p = g;
	}
	return p;
}

/*
 * One keyword-in-context line: "  …left KEYWORD right…", the keyword a
 * third of the way in, every part truncated by display width at grapheme
 * boundaries.
 */
static void
kwic_line(struct render_doc *doc, const struct article *a,
    const struct mention *m, enum theme_role role, int link)
{
	size_t ps, pe, line, at;
	const char *t = a->text;
	int W = doc->width - 2, kw, lw, rw, lb;
	size_t kn = m->end - m->start, ln, rn, lskip;
	struct util_buf b;
	int lcut = 0, rcut = 0;

	index_passage(a, m->start, m->end, &ps, &pe);
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
	ln = m->start - ps;
	lw = wrap_width(t + ps, ln);
	lskip = 0;
	if (lw > lb) {
		lskip = skip_to_width(t + ps, ln, lb > 0 ? lb - 1 : 0);
		lw = wrap_width(t + ps + lskip, ln - lskip) + (lb > 0);
		lcut = lb > 0;
	}
	rn = pe > m->end ? pe - m->end : 0;
	rw = W - (lw > lb ? lw : lb) - kw;
	if (rw < 0)
		rw = 0;
	if (wrap_width(t + m->end, rn) > rw) {
		rn = wrap_fit(t + m->end, rn, rw > 0 ? rw - 1 : 0, NULL);
		rcut = rw > 0;
	}

	util_buf_init(&b);
	util_buf_adds(&b, "  ");
	/* Short left contexts are padded so every keyword of a topic's
	 * passages starts in the same column. */
	for (int i = lw; i < lb; i++)
		util_buf_addc(&b, ' ');
	if (lw < lb)
		lw = lb;
	if (lcut)
		util_buf_adds(&b, "…");
	util_buf_add(&b, t + ps + lskip, ln - lskip);
	at = b.len;
	util_buf_add(&b, t + m->start, kn);
	util_buf_add(&b, t + m->end, rn);
	if (rcut)
		util_buf_adds(&b, "…");
	line = add_line(doc, "", b.data, b.len, ROLE_TEXT, RENDER_NO_SRC);
	add_span(doc, line, 2, at, ROLE_TEXT, link);
	add_span(doc, line, at, at + kn, role, link);
	add_span(doc, line, at + kn, b.len, ROLE_TEXT, link);
	util_buf_free(&b);
}

static void
article_heading(struct util_buf *b, const struct article *a)
{
	const char *parts[2] = { a->date_str, a->source };

	b->len = 0;
	meta_line(b, parts, 2);
	util_buf_printf(b, "%s%s", b->len > 0 ? " — " : "", a->title);
}

void
render_topic(struct render_doc *doc, const struct dossier *ds, size_t topic,
    int width)
{
	const struct topic *t = &ds->map.topics[topic];
	const struct index_topic *it = &ds->index.topics[topic];
	enum theme_role role = theme_topic_role(topic);
	struct util_buf b, h;
	uint32_t max = 0;
	size_t prev = (size_t)-1;

	render_clear(doc, width);
	util_buf_init(&b);
	util_buf_init(&h);
	emit_str(doc, t->title, ROLE_TITLE);
	if (t->title_en[0] != '\0')
		util_buf_printf(&b, "%s · ", t->title_en);
	util_buf_printf(&b, "%zu lần nhắc / mentions · %zu bài / articles",
	    it->mentions, it->narticles);
	emit_str(doc, b.data, ROLE_META);
	if (t->summary[0] != '\0') {
		blank(doc);
		emit_str(doc, t->summary, ROLE_TEXT);
	}
	blank(doc);
	b.len = 0;
	util_buf_adds(&b, "Từ khóa / Keywords: ");
	for (size_t i = 0; i < t->nkeywords; i++)
		util_buf_printf(&b, "%s%s", i > 0 ? ", " : "", t->keywords[i]);
	emit_str(doc, b.data, ROLE_META);

	blank(doc);
	emit_str(doc, "Chủ đề liên quan / Related topics", ROLE_HEADING);
	if (t->nrelated == 0)
		emit_str(doc, "  (không có / none)", ROLE_META);
	for (size_t i = 0; i < t->nrelated; i++) {
		size_t r = t->related_ix[i];

		if (r == TOPICS_NONE)
			continue;
		b.len = 0;
		topic_name(&b, &ds->map.topics[r]);
		emit_link(doc, b.data, theme_topic_role(r),
		    add_link(doc, LINK_TOPICS, r, 0, 0), "  • ", "    ");
	}

	blank(doc);
	emit_str(doc, "Độ phủ / Coverage", ROLE_HEADING);
	if (it->narticles == 0)
		emit_str(doc, "  (không có / none)", ROLE_META);
	for (size_t i = 0; i < it->narticles; i++)
		if (it->articles[i].count > max)
			max = it->articles[i].count;
	for (size_t i = 0; i < it->narticles; i++) {
		const struct index_count *c = &it->articles[i];
		const struct article *a = &ds->corpus.v[c->ix];
		const struct mention *first = NULL;
		int bw = doc->width >= 40 ? 10 : (doc->width >= 8 ? doc->width / 4 : 1);
		int fill, link, tw;
		size_t line, fit, barlen;

		for (size_t j = ds->index.article_first[c->ix];
		    j < ds->index.article_first[c->ix + 1]; j++)
			if (ds->index.m[j].topic == topic) {
				first = &ds->index.m[j];
				break;
			}
		link = add_link(doc, LINK_ARTICLES, c->ix,
		    first ? first->start : 0,
		    first ? first->end - first->start : 0);
		fill = (int)((c->count * (uint32_t)bw + max - 1) / max);
		b.len = 0;
		util_buf_adds(&b, "  ");
		for (int j = 0; j < bw; j++)
			util_buf_adds(&b, j < fill ? "█" : "░");
		barlen = b.len;
		util_buf_printf(&b, " %3u  ", c->count);
		article_heading(&h, a);
		tw = doc->width - wrap_width(b.data, b.len);
		fit = tw > 0 ? wrap_fit(h.data, h.len, tw, NULL) : 0;
		util_buf_add(&b, h.data, fit);
		line = add_line(doc, "", b.data, b.len, ROLE_TEXT,
		    RENDER_NO_SRC);
		add_span(doc, line, 2, barlen, ROLE_BAR, link);
		add_span(doc, line, barlen, b.len, ROLE_LINK, link);
	}

	blank(doc);
	b.len = 0;
	util_buf_printf(&b, "Đoạn nhắc đến / Passages (%zu)", it->mentions);
	emit_str(doc, b.data, ROLE_HEADING);
	for (size_t i = 0; i < it->mentions; i++) {
		const struct mention *m = &ds->index.m[it->mention_ix[i]];
		const struct article *a = &ds->corpus.v[m->article];
		size_t ps, pe;

		if (m->article != prev) {
			article_heading(&b, a);
			emit(doc, b.data, b.len, ROLE_META, "  ", "  ",
			    RENDER_NO_SRC, NULL, 0);
			prev = m->article;
		}
		index_passage(a, m->start, m->end, &ps, &pe);
		kwic_line(doc, a, m, role, add_link(doc, LINK_ARTICLES,
		    m->article, ps, pe - ps));
	}
	util_buf_free(&b);
	util_buf_free(&h);
	fit_lines(doc);
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
		util_buf_adds(&b, " · Mục tiêu / Target");
	emit_str(doc, b.data, ROLE_META);
	emit_str(doc, m->title, ROLE_TITLE);
	if (m->title_en != NULL && m->title_en[0] != '\0')
		emit_str(doc, m->title_en, ROLE_META);

	blank(doc);
	emit_str(doc, "Chủ đề / Topics", ROLE_HEADING);
	if (m->ntopics == 0)
		emit_str(doc, "  (không có / none)", ROLE_META);
	for (size_t i = 0; i < m->ntopics; i++) {
		size_t t = m->topic_ix[i];

		if (t == TOPICS_NONE)
			continue;
		b.len = 0;
		topic_name(&b, &ds->map.topics[t]);
		emit_link(doc, b.data, theme_topic_role(t),
		    add_link(doc, LINK_TOPICS, t, 0, 0), "  • ", "    ");
	}
	if ((m->note != NULL && m->note[0] != '\0') ||
	    (m->note_en != NULL && m->note_en[0] != '\0')) {
		blank(doc);
		emit_str(doc, "Ghi chú / Note", ROLE_HEADING);
		if (m->note != NULL && m->note[0] != '\0')
			emit(doc, m->note, strlen(m->note), ROLE_NOTE, "  ",
			    "  ", RENDER_NO_SRC, NULL, 0);
		if (m->note_en != NULL && m->note_en[0] != '\0')
			emit(doc, m->note_en, strlen(m->note_en), ROLE_NOTE,
			    "  ", "  ", RENDER_NO_SRC, NULL, 0);
	}

	blank(doc);
	emit_str(doc, "Nguồn / Sources", ROLE_HEADING);
	for (size_t i = 0; i < m->nsources; i++) {
		const struct source *s = &m->sources[i];
		const struct article *a;
		int link;

		if (s->article_ix == TOPICS_NONE) {
			b.len = 0;
			util_buf_printf(&b, "%s (không có bài này / no such "
			    "article)", s->article);
			emit(doc, b.data, b.len, ROLE_ERROR, "  • ", "    ",
			    RENDER_NO_SRC, NULL, 0);
			continue;
		}
		a = &ds->corpus.v[s->article_ix];
		link = add_link(doc, LINK_ARTICLES, s->article_ix,
		    s->found ? s->qstart : 0, s->found ? s->qend - s->qstart : 0);
		article_heading(&b, a);
		emit_link(doc, b.data, ROLE_LINK, link, "  • ", "    ");
		b.len = 0;
		if (s->found) {
			struct tspan sp;

			util_buf_adds(&b, "“");
			util_buf_add(&b, a->text + s->qstart, s->qend - s->qstart);
			util_buf_adds(&b, "”");
			sp.start = 0;
			sp.end = b.len;
			sp.role = ROLE_QUOTE;
			sp.link = link;
			emit(doc, b.data, b.len, ROLE_QUOTE, "    ", "    ",
			    RENDER_NO_SRC, &sp, 1);
		} else {
			util_buf_printf(&b, "“%s” (không tìm thấy trong bài / "
			    "not found in the article)", s->quote);
			emit(doc, b.data, b.len, ROLE_ERROR, "    ", "    ",
			    RENDER_NO_SRC, NULL, 0);
		}
	}
	util_buf_free(&b);
	fit_lines(doc);
}

size_t
render_line_at(const struct render_doc *doc, size_t off)
{
	size_t best = 0;

	for (size_t i = 0; i < doc->nlines; i++) {
		size_t s = doc->lines[i].src;

		if (s == RENDER_NO_SRC)
			continue;
		if (s > off)
			break;
		best = i;
	}
	return best;
}

void
render_print(const struct render_doc *doc, FILE *fp)
{
	for (size_t i = 0; i < doc->nlines; i++) {
		const char *s = doc->text.data + doc->lines[i].off;
		size_t n = doc->lines[i].len;

		while (n > 0 && s[n - 1] == ' ')
			n--;
		fwrite(s, 1, n, fp);
		fputc('\n', fp);
	}
}
