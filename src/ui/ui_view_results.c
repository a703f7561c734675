/*
 * ui_view_results: corpus search results as a view.  Rows are the hits of
 * search_corpus in corpus order, two lines each: the article's title,
 * then the match in its context with the match highlighted.  The detail
 * is the article scrolled to the match, the match as the target; Enter
 * (in ui_reader.c) opens it in the Articles view.
 */
#include <stdlib.h>
#include <string.h>

#include "theme.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_view.h"
#include "util.h"
#include "wrap.h"

void
ui_view_results_free(struct ui_results *r)
{
	free(r->query);
	free(r->hits);
	memset(r, 0, sizeof *r);
}

long
ui_view_results_run(struct ui_results *r, const struct dossier *ds,
    const char *query)
{
	struct search s;

	r->n = 0;
	if (search_init(&s, query) != 0)
		return -1;
	free(r->query);
	r->query = util_strdup(query);
	search_corpus(&s, &ds->corpus, &r->hits, &r->n, &r->cap);
	search_free(&s);
	return (long)r->n;
}

static size_t
count(const struct ui_ctx *c)
{
	return c->res != NULL ? c->res->n : 0;
}

static struct link
link(const struct ui_ctx *c, size_t row)
{
	const struct search_hit *h = &c->res->hits[row];
	struct link l = { LINK_ARTICLES, h->article, h->start,
	    h->end - h->start };

	return l;
}

static size_t
row_of(const struct ui_ctx *c, size_t item)
{
	for (size_t i = 0; i < count(c); i++)
		if (c->res->hits[i].article == item)
			return i;
	return UI_VIEW_NONE;
}

static const char *
title(const struct ui_ctx *c, size_t row)
{
	return c->ds->corpus.v[c->res->hits[row].article].title;
}

/* The match with up to a third of the width of what precedes it, cut at
 * grapheme boundaries, "…" where something was left out. */
static void
draw_context(const struct article *a, const struct search_hit *h, int y,
    int x, int w, enum theme_role base)
{
	size_t ps, pe, s, n;
	int lw, budget = w / 3, used = 0;
	unsigned char *roles;

	if (a->npara == 0 || w < 2)
		return;
	ps = a->para[h->para < a->npara ? h->para : 0];
	pe = h->para < a->npara ? corpus_para_end(a, h->para) : a->len;
	s = ps;
	if (h->start < ps || h->end > pe)
		return;
	lw = wrap_width(a->text + ps, h->start - ps);
	if (lw > budget) {
		used = ui_draw_str(y, x, w, "…", base);
		while (s < h->start && lw > budget - 1) {
			size_t g = wrap_next_grapheme(a->text, h->start, s);

			lw -= wrap_width(a->text + s, g - s);
			s = g;
		}
	}
	n = pe - s;
	if (wrap_width(a->text + s, n) > w - used)
		n = wrap_fit(a->text + s, n, w - used - 1, NULL);
	roles = util_malloc(n + 1);
	memset(roles, base, n + 1);
	for (size_t i = h->start - s; i < h->end - s && i < n; i++)
		roles[i] = ROLE_MATCH;
	used += ui_draw_runs(y, x + used, w - used, a->text + s, n, roles);
	free(roles);
	if (s + n < pe)
		ui_draw_str(y, x + used, w - used, "…", base);
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	const struct search_hit *h = &c->res->hits[row];
	const struct article *a = &c->ds->corpus.v[h->article];
	int sel = ui_view_sel_role(selected, focused);
	int x = r.x + 1, w = r.w - 2;

	if (w < 1)
		return;
	ui_draw_trunc(r.y, x, w, a->title, strlen(a->title),
	    sel >= 0 ? (enum theme_role)sel : ROLE_META, c->hl);
	if (r.h >= 2)
		draw_context(a, h, r.y + 1, x + 1, w - 1,
		    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT);
}

const struct ui_view ui_view_results = {
	.name = "results",
	.tab = "Kết quả / Results",
	.tab_short = "Kết quả",
	.bar = "Kết quả",
	.empty = "Không tìm thấy / No match",
	.scope = UI_KEYS_ALL,
	.rowh = 2,
	.axis = 0,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.draw_row = draw_row,
	.draw_axis = NULL,
	.axis_hit = NULL,
};
