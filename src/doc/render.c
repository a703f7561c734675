/*
 * render: the document engine (see include/doc/render.h): lines, spans,
 * links and the builder; the documents themselves are in render_docs.c.
 *
 * Everything is laid out through render_emit(): a piece of text, an optional
 * prefix for its first and following lines, and styled spans in the text's
 * own coordinates.  render_emit() wraps the text, copies each line into the
 * document and cuts the spans at line ends, so a link or a highlight that
 * wraps becomes one span per line with the same link index.
 */
#include "render.h"
#include "render_impl.h"

#include <stdlib.h>
#include <string.h>

#include "wrap.h"

#define NO_LINE ((size_t)-1)

void
render_init(struct render_doc *doc)
{
	memset(doc, 0, sizeof *doc);
	util_buf_init(&doc->text);
	util_buf_init(&doc->urls);
}

void
render_free(struct render_doc *doc)
{
	util_buf_free(&doc->text);
	util_buf_free(&doc->urls);
	free(doc->lines);
	free(doc->spans);
	free(doc->links);
	render_init(doc);
}

void
render_clear(struct render_doc *doc, int width)
{
	doc->text.len = 0;
	doc->urls.len = 0;
	doc->nlines = doc->nspans = doc->nlinks = 0;
	doc->width = width < 1 ? 1 : width;
	doc->anchored = 0;
	doc->preview = 0;
}

int
render_new_link(struct render_doc *doc, enum link_view view, size_t item,
    size_t offset, size_t len)
{
	struct render_link *l;

	util_grow((void **)&doc->links, &doc->caplinks, doc->nlinks + 1,
	    sizeof *doc->links);
	l = &doc->links[doc->nlinks];
	/* The rest of the place (the cursor and pane back restores) is
	 * zero: the grown array is not. */
	l->to = (struct link){ .view = view, .item = item, .offset = offset,
	    .len = len };
	l->line = NO_LINE;
	return (int)doc->nlinks++;
}

int
render_new_url(struct render_doc *doc, const char *u, size_t n)
{
	size_t at = doc->urls.len;

	util_buf_add(&doc->urls, u, n);
	util_buf_add(&doc->urls, "", 1);
	return render_new_link(doc, LINK_URL, 0, at, n);
}

const char *
render_link_url(const struct render_doc *doc, const struct link *l)
{
	if (l->view != LINK_URL || doc->urls.data == NULL ||
	    l->offset + l->len >= doc->urls.len)
		return NULL;
	return doc->urls.data + l->offset;
}

size_t
render_new_line(struct render_doc *doc, const char *pre, const char *s,
    size_t n, enum theme_role role, size_t src)
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

void
render_new_span(struct render_doc *doc, size_t line, size_t start,
    size_t end, enum theme_role role, int link)
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
 * A line whose first grapheme alone is wider than the document (👍🏽 is
 * four columns, a flag or 中 two): the line becomes RENDER_TOO_WIDE,
 * which a terminal draws in one column, with the grapheme's spans (its
 * link, its role) on it.  Its text is put at the end of doc->text, since
 * the marker may be longer than what it stands for.
 */
static void
mark_too_wide(struct render_doc *doc, struct render_line *l)
{
	size_t g = wrap_next_grapheme(doc->text.data + l->off, l->len, 0);
	size_t m = sizeof RENDER_TOO_WIDE - 1;

	l->off = doc->text.len;
	util_buf_add(&doc->text, RENDER_TOO_WIDE, m);
	l->len = m;
	l->width = wrap_width(RENDER_TOO_WIDE, m);
	for (size_t j = l->span0; j < l->span0 + l->nspan; j++) {
		struct render_span *sp = &doc->spans[j];

		sp->start = sp->start < g ? 0 : m;
		sp->end = sp->start == 0 && sp->end > 0 ? m : sp->start;
	}
}

/*
 * Lines built whole rather than wrapped (coverage bars, passages) can be
 * wider than a very narrow pane: cut them at a grapheme boundary and clip
 * their spans, so no line is ever wider than the document.  A line whose
 * first grapheme alone is too wide (wrapped or not) is marked instead.
 */
void
render_fit(struct render_doc *doc)
{
	for (size_t i = 0; i < doc->nlines; i++) {
		struct render_line *l = &doc->lines[i];
		int w;
		size_t n;

		if (l->width <= doc->width)
			continue;
		n = wrap_fit(doc->text.data + l->off, l->len, doc->width, &w);
		if (n == 0) {
			mark_too_wide(doc, l);
			continue;
		}
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

void
render_blank(struct render_doc *doc)
{
	render_new_line(doc, "", "", 0, ROLE_TEXT, RENDER_NO_SRC);
}

/*
 * Wraps s[0..n) to the document width, first line prefixed by `first`,
 * the others by `rest` (both plain spaces or bullets).  Spans must be
 * sorted and disjoint.  Lines carry src + their offset when src is set
 * and there is no prefix.
 */
void
render_emit(struct render_doc *doc, const char *s, size_t n,
    enum theme_role role, const char *first, const char *rest, size_t src,
    const struct render_tspan *sp, size_t nsp)
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
		size_t line = render_new_line(doc, pre, s + ls, le - ls, role,
		    src == RENDER_NO_SRC ? RENDER_NO_SRC : src + ls);

		while (k < nsp && sp[k].end <= ls)
			k++;
		for (size_t j = k; j < nsp && sp[j].start < le; j++) {
			size_t a = sp[j].start > ls ? sp[j].start : ls;
			size_t b = sp[j].end < le ? sp[j].end : le;

			render_new_span(doc, line, a - ls + plen, b - ls + plen,
			    sp[j].role, sp[j].link);
		}
	}
	free(wl);
}

size_t
render_add_line(struct render_doc *doc, const char *s, size_t n,
    enum theme_role role)
{
	return render_new_line(doc, "", s, n, role, RENDER_NO_SRC);
}

void
render_add_span(struct render_doc *doc, size_t line, size_t start,
    size_t end, enum theme_role role)
{
	render_new_span(doc, line, start, end, role, RENDER_NO_LINK);
}

void
render_add_text(struct render_doc *doc, const char *s, enum theme_role role,
    const char *first, const char *rest)
{
	render_emit(doc, s, strlen(s), role, first, rest, RENDER_NO_SRC, NULL, 0);
}

void
render_emit_str(struct render_doc *doc, const char *s, enum theme_role role)
{
	render_emit(doc, s, strlen(s), role, "", "", RENDER_NO_SRC, NULL, 0);
}

/* A whole-line link such as "• Title": the text after the prefix is one
 * span of `role` carrying the link. */
void
render_emit_link(struct render_doc *doc, const char *s, enum theme_role role,
    int link, const char *first, const char *rest)
{
	struct render_tspan sp = { 0, strlen(s), role, link };

	render_emit(doc, s, strlen(s), ROLE_TEXT, first, rest, RENDER_NO_SRC, &sp, 1);
}

/* Words are cut apart at white space only: a Vietnamese word is its
 * syllables, and a syllable cut in two ("…h nước") reads as another. */
static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
word_start(const char *s, size_t n, size_t p)
{
	return p < n && !is_space(s[p]) && (p == 0 || is_space(s[p - 1]));
}

static int
word_end(const char *s, size_t n, size_t p)
{
	return p > 0 && !is_space(s[p - 1]) && (p == n || is_space(s[p]));
}

/*
 * The ellipsis always stands apart from the words kept ("… nước ngoài",
 * "Hà Nội …"): joined to a word it would look like part of one.  The
 * widths are summed grapheme by grapheme, as wrap measures them, so the
 * scan is linear in the text.
 */
int
render_cut_words(struct util_buf *b, const char *s, size_t n, int cols,
    enum render_keep keep)
{
	static const char ell[] = "\xe2\x80\xa6";	/* … */
	int w = wrap_width(s, n), budget = cols - 2, used = 0;
	size_t best = keep == RENDER_KEEP_END ? n : 0, p = 0;

	if (w <= cols) {
		util_buf_add(b, s, n);
		return w;
	}
	if (cols < 1)
		return 0;
	if (cols < 2) {
		util_buf_adds(b, ell);
		return 1;
	}
	/* KEEP_START: the last word end within the budget; KEEP_END: the
	 * first word start from which the rest is within it. */
	while (p < n) {
		size_t g;

		if (keep == RENDER_KEEP_END && word_start(s, n, p) &&
		    w - used <= budget) {
			best = p;
			break;
		}
		g = wrap_next_grapheme(s, n, p);
		used += wrap_width(s + p, g - p);
		p = g;
		if (keep == RENDER_KEEP_START) {
			if (used > budget)
				break;
			if (word_end(s, n, p))
				best = p;
		}
	}
	if (keep == RENDER_KEEP_START) {
		util_buf_add(b, s, best);
		util_buf_adds(b, " ");
		util_buf_adds(b, ell);
		return wrap_width(s, best) + 2;
	}
	util_buf_adds(b, ell);
	util_buf_adds(b, " ");
	util_buf_add(b, s + best, n - best);
	return wrap_width(s + best, n - best) + 2;
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
