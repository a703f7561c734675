/*
 * ui_view_results: corpus search results as a view.  Rows are the
 * articles that hold the query, newest first, three lines each: the
 * title; date, source and the number of hits; the first hit in its
 * context, highlighted.  The detail is the article scrolled to its first
 * hit, the hit as the target (n walks the others); Enter
 * opens it in the Articles view (the view follows).  A row is a place of
 * its own (UI_PLACE_RESULTS), so back from an opened article returns to
 * it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "theme.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_view.h"
#include "util.h"
#include "wrap.h"

/* A row: an article and its hits (the first shown, the count). */
struct rrow {
	size_t row, nhits;
	struct search_hit first;
};

/* The latest search that found something.  The index gives candidate
 * articles newest first, a page at a time; each is checked against its
 * text before it becomes a row, and more are checked when the reader
 * comes near the end of those it has. */
struct results {
	char *query;
	struct search s;
	int have;
	struct rrow *v;
	size_t n, cap;
	size_t next;			/* the index's answers read */
	size_t want;			/* rows wanted before the next count */
	int done;			/* every answer read */
	/* Made while F was on: the article rows it kept (NULL: all). */
	unsigned char *in;
	size_t nin;
};

/* Candidates the index is asked for at once. */
#define PAGE 32
/* Rows made before the results are shown (a screenful: each is read
 * from its file), and again near the end. */
#define AHEAD 16

static void *
create(void)
{
	return util_calloc(1, sizeof(struct results));
}

static void
clear(struct results *r)
{
	free(r->query);
	free(r->v);
	free(r->in);
	if (r->have)
		search_free(&r->s);
	memset(r, 0, sizeof *r);
}

static void
destroy(void *data)
{
	struct results *r = data;

	if (r == NULL)
		return;
	clear(r);
	free(r);
}

static int
in_title(const struct search *s, const struct article *a)
{
	struct search_range *r = NULL;
	size_t n = 0, cap = 0;

	search_text(s, a->title, strlen(a->title), &r, &n, &cap);
	free(r);
	return n > 0;
}

/* Checks candidates until there are want rows or none are left. */
static void
fill(struct results *r, const struct dossier *ds, size_t want)
{
	struct search_hit *h = NULL;
	size_t hcap = 0;

	while (!r->done && r->n < want) {
		size_t *rows, nrows;
		long got = dossier_search(ds, &r->s, r->next, PAGE, &rows,
		    &nrows);

		if (got < PAGE)
			r->done = 1;
		if (got > 0)
			r->next += (size_t)got;
		for (size_t i = 0; i < nrows; i++) {
			const struct article *a;
			size_t nh = 0;

			/* Before its text is read: the set is the cheap test. */
			if (r->in != NULL && (rows[i] >= r->nin ||
			    !r->in[rows[i]]))
				continue;
			a = dossier_article(ds, rows[i]);
			if (search_article(&r->s, a, rows[i], &h, &nh,
			    &hcap) == 0 && !in_title(&r->s, a))
				continue;
			util_grow((void **)&r->v, &r->cap, r->n + 1,
			    sizeof *r->v);
			r->v[r->n].row = rows[i];
			r->v[r->n].nhits = nh;
			/* Only its title holds it: the article from the top. */
			r->v[r->n++].first = nh > 0 ? h[0] :
			    (struct search_hit){ rows[i], 0, 0, 0 };
		}
		free(rows);
	}
	free(h);
}

/* Into scratch first: a search that finds nothing must not wipe the
 * results the reader may go back to. */
static long
search(const struct ui_ctx *c, const char *query)
{
	struct results *r = c->data, n;

	memset(&n, 0, sizeof n);
	if (search_init_typed(&n.s, query, dossier_word,
	    (void *)(uintptr_t)c->ds) != 0)
		return -1;
	n.have = 1;
	n.s.word_start = 1;
	if (c->scope != NULL && c->scope->on) {
		n.nin = c->scope->n;
		n.in = util_malloc(n.nin + 1);
		memcpy(n.in, c->scope->in, n.nin);
	}
	fill(&n, c->ds, AHEAD);
	if (n.n == 0) {
		clear(&n);
		return 0;
	}
	n.query = util_strdup(query);
	clear(r);
	*r = n;
	return (long)r->n;
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
	struct results *r = c->data;

	if (r->want > r->n)
		fill(r, c->ds, r->want);
	return r->n;
}

static int
more(const struct ui_ctx *c)
{
	const struct results *r = c->data;

	return r->n > 0 && !r->done;
}

static struct link
link(const struct ui_ctx *c, size_t row)
{
	const struct results *r = c->data;
	const struct search_hit *h = &r->v[row].first;
	struct link l = { .view = LINK_ARTICLES, .item = h->article,
	    .offset = h->start, .len = h->end - h->start };

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

	return dossier_row(c->ds, r->v[row].row)->title;
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

/* Three lines: the title; date, source and the number of hits; the
 * first hit in its context. */
static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	struct results *res = c->data;
	const struct rrow *rr = &res->v[row];
	const struct article *a = dossier_article(c->ds, rr->row);
	int sel = ui_view_sel_role(selected, focused);
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	int x = r.x + 1, w = r.w - 2, used = 0;
	char hits[48];

	/* Near the end of the rows made: the next count makes more. */
	if (!res->done && row + AHEAD / 2 >= res->n)
		res->want = res->n + AHEAD;
	if (w < 1)
		return;
	ui_draw_trunc(r.y, x, w, a->title, strlen(a->title),
	    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT, c->hl);
	if (r.h >= 2) {
		/* The search keeps HOSO_MAX_HITS of an article, and one more
		 * to know there were more. */
		if (rr->nhits > HOSO_MAX_HITS)
			snprintf(hits, sizeof hits, "%d+×", HOSO_MAX_HITS);
		else
			snprintf(hits, sizeof hits, "%zu×", rr->nhits);
		if (a->date_str[0] != '\0')
			used += ui_draw_str(r.y + 1, x, w, a->date_str, meta);
		if (a->source[0] != '\0' && w - used > 3) {
			used += ui_draw_str(r.y + 1, x + used, w - used, " · ",
			    meta);
			used += ui_draw_trunc(r.y + 1, x + used, w - used -
			    (int)strlen(hits) - 3, a->source, strlen(a->source),
			    meta, NULL);
		}
		if (rr->nhits == 0)
			snprintf(hits, sizeof hits, "%s", L("tiêu đề", "title"));
		if (w - used > ui_draw_width(hits) + 3) {
			used += ui_draw_str(r.y + 1, x + used, w - used, " · ",
			    meta);
			ui_draw_str(r.y + 1, x + used, w - used, hits, meta);
		}
	}
	if (r.h >= 3 && rr->nhits > 0)
		draw_context(a, &rr->first, r.y + 2, x + 1, w - 1,
		    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT);
}

const struct ui_view ui_view_results = {
	.name = "results",
	.tab = { [LANG_VI] = "Kết quả", [LANG_EN] = "Results" },
	.tab_short = { [LANG_VI] = "Kết quả", [LANG_EN] = "Results" },
	.bar = { [LANG_VI] = "Kết quả", [LANG_EN] = "Results" },
	.empty = { [LANG_VI] = "Không tìm thấy", [LANG_EN] = "No match" },
	.scope = UI_KEYS_ALL,
	.rowh = 3,
	.axis = 0,
	.place = UI_PLACE_RESULTS,
	.transient = 1,
	.follow = 1,
	.create = create,
	.destroy = destroy,
	.count = count,
	.more = more,
	.link = link,
	.row_of = row_of,
	.title = title,
	.draw_row = draw_row,
	.draw_axis = NULL,
	.axis_hit = NULL,
	.search = search,
	.query = query,
};
