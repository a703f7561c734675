/*
 * ui_view_results: corpus search results as a view.  Rows are the hits of
 * search_corpus in corpus order, two lines each: the article's title,
 * then the match in its context with the match highlighted.  The detail
 * is the article scrolled to the match, the match as the target; Enter
 * opens it in the Articles view (the view follows).  A row is a place of
 * its own (UI_PLACE_RESULTS), so back from an opened article returns to
 * it.
 */
#include <stdlib.h>
#include <string.h>

#include "theme.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_view.h"
#include "util.h"
#include "wrap.h"

/* The latest search that found something. */
struct results {
	char *query;
	struct search_hit *hits;
	size_t n, cap;
};

static void *
create(void)
{
	return util_calloc(1, sizeof(struct results));
}

static void
destroy(void *data)
{
	struct results *r = data;

	if (r == NULL)
		return;
	free(r->query);
	free(r->hits);
	free(r);
}

/* Into scratch first: a search that finds nothing must not wipe the
 * results the reader may go back to. */
static long
search(const struct ui_ctx *c, const char *query)
{
	struct results *r = c->data;
	struct search s;
	struct search_hit *hits = NULL;
	size_t n = 0, cap = 0;

	if (search_init_typed(&s, query, &c->ds->corpus) != 0)
		return -1;
	search_corpus(&s, &c->ds->corpus, &hits, &n, &cap);
	search_free(&s);
	if (n == 0) {
		free(hits);
		return 0;
	}
	free(r->query);
	free(r->hits);
	r->query = util_strdup(query);
	r->hits = hits;
	r->n = n;
	r->cap = cap;
	return (long)n;
}

static const char *
query(const struct ui_ctx *c)
{
	const struct results *r = c->data;

	return r->query != NULL ? r->query : "";
}

static size_t
count(const struct ui_ctx *c)
{
	const struct results *r = c->data;

	return r->n;
}

static struct link
link(const struct ui_ctx *c, size_t row)
{
	const struct results *r = c->data;
	const struct search_hit *h = &r->hits[row];
	struct link l = { LINK_ARTICLES, h->article, h->start,
	    h->end - h->start };

	return l;
}

static size_t
row_of(const struct ui_ctx *c, size_t item)
{
	return item < count(c) ? item : UI_VIEW_NONE;
}

static const char *
title(const struct ui_ctx *c, size_t row)
{
	const struct results *r = c->data;

	return c->ds->corpus.v[r->hits[row].article].title;
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
	const struct results *res = c->data;
	const struct search_hit *h = &res->hits[row];
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
	.place = UI_PLACE_RESULTS,
	.transient = 1,
	.follow = 1,
	.create = create,
	.destroy = destroy,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.draw_row = draw_row,
	.draw_axis = NULL,
	.axis_hit = NULL,
	.search = search,
	.query = query,
};
