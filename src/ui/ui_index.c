/*
 * ui_index: the reader beside a background indexer.  While the index is
 * brought up to date the status line says how far it is, input waits at
 * most a few tenths of a second so that the count moves, and what the
 * indexer has committed is taken in (once a second, and at the end)
 * without losing the reader's place: rows are renumbered, so every
 * place (the selection, the history) is found again by its article's
 * id, and what was rendered from the old rows is dropped.
 */
#include "ui_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* How often rows committed meanwhile are taken in. */
#define REFRESH_MS 1000
/* How long indexing runs before the status line mentions it. */
#define SAY_MS 500

/* 41200 as "41,200": a long count is read at a glance. */
static void
grouped(char *buf, size_t n, size_t v)
{
	char raw[32];
	size_t len, o = 0;

	snprintf(raw, sizeof raw, "%zu", v);
	len = strlen(raw);
	for (size_t i = 0; i < len && o + 2 < n; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = raw[i];
	}
	buf[o] = '\0';
}

/* The article a view's selection is, when its rows are articles. */
static char *
selected_id(struct ui *u, int v)
{
	struct ui_vstate *vs = &u->vs[v];
	struct link l;

	if (vs->list.n == 0)
		return NULL;
	l = vs->vw->link(&vs->ctx, ui_vraw(vs, vs->list.sel));
	if (l.view != LINK_ARTICLES || l.item >= u->ds->corpus.n)
		return NULL;
	return util_strdup(dossier_row(u->ds, l.item)->id);
}

/* The articles the history goes back to, by id (NULL: not an article). */
static char **
history_ids(struct ui *u)
{
	char **ids = util_calloc(u->hist.n + 1, sizeof *ids);

	for (size_t i = 0; i < u->hist.n; i++) {
		const struct link *l = &u->hist.v[i];

		if (l->view == LINK_ARTICLES && l->item < u->ds->corpus.n)
			ids[i] = util_strdup(dossier_row(u->ds, l->item)->id);
	}
	return ids;
}

/* The history with every article found again by id; a place that is
 * gone, or a row of results (made again), is dropped. */
static void
history_remap(struct ui *u, char **ids)
{
	size_t w = 0, pos = u->hist.pos;

	for (size_t i = 0; i < u->hist.n; i++) {
		struct link l = u->hist.v[i];
		int keep = 1;

		if (l.view == LINK_ARTICLES) {
			size_t a = ids[i] != NULL ? dossier_find(u->ds, ids[i]) :
			    (size_t)-1;

			keep = a != (size_t)-1;
			l.item = a;
		} else if (l.view == UI_PLACE_RESULTS ||
		    l.view == UI_PLACE_BOOKMARKS) {
			keep = 0;
		}
		free(ids[i]);
		if (!keep) {
			if (i < u->hist.pos)
				pos--;
			continue;
		}
		u->hist.v[w++] = l;
	}
	free(ids);
	u->hist.n = w;
	u->hist.pos = pos;
}

static void
take_in(struct ui *u)
{
	int av = ui_reader_view_of(u, LINK_ARTICLES);
	char *id = av >= 0 ? selected_id(u, av) : NULL;
	char **hist;
	size_t nerr, nwarn;

	/* Reading positions go to the state by id before rows change. */
	for (int v = 0; v < UI_NVIEWS; v++)
		ui_reader_leave_doc(u, &u->vs[v].pager);
	hist = history_ids(u);
	nerr = u->ds->diag.nerrors;
	nwarn = u->ds->diag.nwarnings;
	if (!dossier_refresh(u->ds)) {
		for (size_t i = 0; i < u->hist.n; i++)
			free(hist[i]);
		free(hist);
		free(id);
		return;
	}
	history_remap(u, hist);
	ui_bookmark_recheck(u);
	ui_read_refresh(u);
	/* Problems found in what came in are said as those of the start. */
	if (u->ds->diag.nerrors != nerr || u->ds->diag.nwarnings != nwarn)
		ui_setup_content_message(u);
	for (int v = 0; v < UI_NVIEWS; v++) {
		struct ui_vstate *vs = &u->vs[v];

		ui_pager_reset(&vs->pager);
		vs->have_from = 0;
		/* Results name rows: made anew (empty when the same query
		 * finds nothing now), never left naming old rows. */
		if (vs->vw->search != NULL && vs->vw->query != NULL &&
		    vs->vw->create != NULL) {
			char *q = util_strdup(vs->vw->query(&vs->ctx));

			if (vs->vw->destroy != NULL)
				vs->vw->destroy(vs->ctx.data);
			vs->ctx.data = vs->vw->create();
			if (q[0] != '\0')
				vs->vw->search(&vs->ctx, q);
			free(q);
		}
		/* A filter and an order name rows too: made again of the
		 * new ones. */
		ui_filter_refresh(u, vs);
		ui_list_set_count(&vs->list, ui_vcount(vs),
		    ui_reader_list_vis(u));
	}
	ui_scope_recount(u);
	ui_pager_cache_free(&u->dcache);
	memset(&u->memo, 0, sizeof u->memo);
	if (id != NULL) {
		size_t a = dossier_find(u->ds, id);
		struct ui_vstate *as = &u->vs[av];
		size_t row = a != (size_t)-1 ?
		    as->vw->row_of(&as->ctx, a) : UI_VIEW_NONE;

		if (row != UI_VIEW_NONE)
			row = ui_vshown(as, row);

		if (row != UI_VIEW_NONE)
			ui_list_select(&as->list, row, ui_reader_list_vis(u));
	}
	free(id);
}

int
ui_index_tick(struct ui *u)
{
	size_t done, total;
	int running = dossier_poll(u->ds, &done, &total);
	long long t = ui_now_ms();

	if (running) {
		char d[32], n[32];

		if (u->index_since == 0)
			u->index_since = t;
		grouped(d, sizeof d, done);
		grouped(n, sizeof n, total);
		/* Said only of work that takes a while: checking an index
		 * that is current, or re-reading a file or two, is not news. */
		if ((total > 0 && done < total && t - u->index_since >= SAY_MS) ||
		    u->ds->corpus.n == 0)
			snprintf(u->indexing, sizeof u->indexing, L("đang lập "
			    "chỉ mục %s/%s", "indexing %s/%s"), d, n);
		if (u->index_taken == 0)
			u->index_taken = t;
		/* An empty list takes in the first rows at once. */
		if (t - u->index_taken >= REFRESH_MS || u->ds->corpus.n == 0) {
			take_in(u);
			u->index_taken = t;
		}
		return 1;
	}
	if (u->index_since != 0 || u->index_taken == 0) {
		u->index_since = 0;
		/* The end: whatever came last, once. */
		u->indexing[0] = '\0';
		take_in(u);
		u->index_taken = t;
	}
	return 0;
}
