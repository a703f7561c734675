/*
 * ui_scope: F, the Articles view's filter applied to the whole dossier,
 * and the config file's saved queries (the first rows of Topics).
 *
 * While F is on, the article rows the Articles view's filter keeps are
 * a set (struct ui_scope, which every view reads through its ctx), made
 * once each time that filter changes, never at a draw: the Timeline
 * keeps the milestones that cite one of them (its in_scope, applied by
 * ui_filter.c with its own filter), Topics counts over them, and a
 * corpus search made meanwhile looks in them only.  The set is the
 * filter's rows as the Articles view shows them, so it costs no query
 * of its own.  F goes off with the filter (cleared, or a place in
 * history without one).
 */
#include "ui_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier_query.h"
#include "lang.h"
#include "render.h"
#include "ui_draw.h"
#include "util.h"
#include "wrap.h"

/* The articles a saved query's page links to. */
#define SAVED_SHOWN 10

/* The Articles view: always there (the view table is fixed). */
static struct ui_vstate *
articles(struct ui *u)
{
	int v = ui_reader_view_of(u, LINK_ARTICLES);

	if (v < 0)
		util_fatal("no Articles view");
	return &u->vs[v];
}

void
ui_scope_init(struct ui *u)
{
	struct ui_scope *sc = &u->scope;

	memset(sc, 0, sizeof *sc);
	if (u->o->nqueries > 0)
		sc->saved = util_calloc(u->o->nqueries, sizeof *sc->saved);
	for (size_t i = 0; i < u->o->nqueries; i++) {
		sc->saved[i].name = u->o->queries[i].name.s;
		sc->saved[i].query = u->o->queries[i].query.s;
	}
	sc->nsaved = u->o->nqueries;
	for (int v = 0; v < UI_NVIEWS; v++)
		u->vs[v].ctx.scope = sc;
}

static void
drop_set(struct ui_scope *sc)
{
	free(sc->in);
	free(sc->counts);
	free(sc->query);
	sc->in = NULL;
	sc->counts = NULL;
	sc->n = sc->nin = 0;
	sc->query = NULL;
}

void
ui_scope_free(struct ui *u)
{
	drop_set(&u->scope);
	for (size_t i = 0; i < u->scope.nsaved; i++)
		free(u->scope.saved[i].rows);
	free(u->scope.saved);
	u->scope.saved = NULL;
	u->scope.nsaved = 0;
	u->scope.on = 0;
}

/* The views F narrows, made again from the set. */
static void
refresh_others(struct ui *u)
{
	for (int v = 0; v < UI_NVIEWS; v++)
		if (u->vs[v].vw->in_scope != NULL)
			ui_filter_refresh(u, &u->vs[v]);
}

/* The set from the rows the Articles view's filter keeps. */
static void
make_set(struct ui *u, const struct ui_vstate *as)
{
	struct ui_scope *sc = &u->scope;
	size_t n = as->vw->count(&as->ctx);

	drop_set(sc);
	sc->in = util_calloc(n + 1, 1);
	sc->n = n;
	for (size_t i = 0; i < as->fn; i++)
		if (as->frows[i] < n) {
			sc->in[as->frows[i]] = 1;
			sc->nin++;
		}
	sc->counts = util_calloc(u->ds->map.ntopics + 1, sizeof *sc->counts);
	dossier_query_counts(u->ds, sc->in, n, sc->counts);
	sc->query = util_strdup(as->filter);
}

void
ui_scope_off(struct ui *u)
{
	if (!u->scope.on)
		return;
	u->scope.on = 0;
	drop_set(&u->scope);
	refresh_others(u);
}

void
ui_scope_follow(struct ui *u, struct ui_vstate *vs)
{
	if (!u->scope.on || vs != articles(u))
		return;
	if (vs->filter == NULL || !vs->mapped) {
		ui_scope_off(u);
		return;
	}
	make_set(u, vs);
	refresh_others(u);
}

void
ui_scope_toggle(struct ui *u)
{
	struct ui_vstate *as = articles(u);
	char a[32], b[32];

	if (u->scope.on) {
		ui_scope_off(u);
		ui_msgs_say(&u->msgs, 0, "%s", L("Bộ lọc chỉ còn cho danh sách "
		    "bài", "The filter is the article list's only again"));
		return;
	}
	if (as->filter == NULL) {
		ui_msgs_say(&u->msgs, 1, L("Danh sách bài chưa có bộ lọc (%s "
		    "đặt một)", "The article list has no filter (%s sets "
		    "one)"), ui_keys_name(ACT_FILTER));
		return;
	}
	u->scope.on = 1;
	make_set(u, as);
	refresh_others(u);
	snprintf(a, sizeof a, "%zu", u->scope.nin);
	snprintf(b, sizeof b, "%zu", u->scope.n);
	ui_msgs_say(&u->msgs, 0, L("Lọc cả hồ sơ theo “%s”: %s/%s bài — %s "
	    "để tắt", "Filter “%s” on the whole dossier: %s/%s articles — "
	    "%s turns it off"), as->filter, a, b, ui_keys_name(ACT_SCOPE));
}

/* What saved query q keeps: its count and its first rows, as the
 * Articles view's filter keeps them, so the list opened says the
 * same. */
static void
count_one(struct ui *u, struct ui_saved *q)
{
	struct ui_vstate *as = articles(u);
	char err[QUERY_ERRSIZE];
	struct query qu;
	size_t *rows = NULL, nr = 0;
	int col;

	free(q->rows);
	q->rows = NULL;
	q->n = q->nrows = 0;
	/* Parsed against this map at start (config_queries_bind). */
	if (query_parse(&qu, q->query, QUERY_ARTICLES,
	    &u->ds->map, err, &col) != 0)
		return;
	rows = ui_filter_rows(u, as, &qu, &nr);
	query_free(&qu);
	if (rows == NULL)
		return;
	q->n = nr;
	q->nrows = nr < SAVED_SHOWN ? nr : SAVED_SHOWN;
	q->rows = util_reallocarray(rows, q->nrows + 1, sizeof *rows);
}

void
ui_scope_count(struct ui *u)
{
	if (u->saved_counted)
		return;
	for (size_t i = 0; i < u->scope.nsaved; i++)
		count_one(u, &u->scope.saved[i]);
	u->saved_counted = 1;
}

/* Counted again when next shown: the loop asks before each frame. */
void
ui_scope_recount(struct ui *u)
{
	u->saved_counted = 0;
}

void
ui_scope_open(struct ui *u, size_t which)
{
	const struct ui_saved *q;
	struct link to = { .view = LINK_ARTICLES, .in_list = 1 };
	char a[32], b[32];

	if (which >= u->scope.nsaved)
		return;
	ui_scope_count(u);
	q = &u->scope.saved[which];
	if (q->n == 0) {
		ui_msgs_say(&u->msgs, 1, L("“%s” không giữ lại bài nào",
		    "“%s” keeps no article"), q->name);
		return;
	}
	to.item = q->rows[0];
	to.filter = ui_filter_mark_of(u, q->query);
	ui_reader_follow(u, to);
	snprintf(a, sizeof a, "%zu", ui_vcount(ui_cur(u)));
	snprintf(b, sizeof b, "%zu", u->ds->corpus.n);
	ui_msgs_say(&u->msgs, 0, L("“%s”: %s/%s bài", "“%s”: %s/%s articles"),
	    q->name, a, b);
}

void
ui_saved_render(struct render_doc *doc, const struct dossier *ds,
    const struct ui_scope *sc, size_t which, int w)
{
	static const struct ui_saved none = { "", "", 0, NULL, 0 };
	const struct ui_saved *q = which < sc->nsaved ? &sc->saved[which] :
	    &none;

	render_saved_query(doc, ds, q->name, q->query, q->n, q->rows,
	    q->nrows, w);
}

/* s cut to cols columns with "…" (into b). */
static void
fit(struct util_buf *b, const char *s, int cols)
{
	size_t n = strlen(s);
	int w;

	if (cols <= 0)
		return;
	if (wrap_width(s, n) <= cols) {
		util_buf_adds(b, s);
		return;
	}
	util_buf_add(b, s, wrap_fit(s, n, cols - 1, &w));
	util_buf_adds(b, "…");
}

const char *
ui_scope_label(const struct ui *u, int cols, char *buf, size_t n)
{
	const char *q = u->scope.query, *pre, *post;
	struct util_buf b;
	int room;

	buf[0] = '\0';
	if (!u->scope.on || q == NULL || cols < 4)
		return buf;
	/* In full; else the query cut, its scope still said; at the very
	 * least that F is on. */
	pre = L("lọc: ", "filter: ");
	post = L(" (cả hồ sơ) ", " (whole dossier) ");
	if (ui_draw_width(pre) + ui_draw_width(q) + ui_draw_width(post) >
	    cols) {
		pre = "& ";
		post = L(" (cả hồ sơ) ", " (whole) ");
	}
	room = cols - ui_draw_width(pre) - ui_draw_width(post);
	util_buf_init(&b);
	if (room >= 2) {
		util_buf_adds(&b, pre);
		fit(&b, q, room);
		util_buf_adds(&b, post);
	} else {
		util_buf_adds(&b, L("& cả hồ sơ ", "& whole "));
	}
	if (ui_draw_width(b.data) <= cols)
		snprintf(buf, n, "%s", b.data);
	util_buf_free(&b);
	return buf;
}
