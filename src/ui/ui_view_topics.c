/*
 * ui_view_topics: the Topics view.  Rows are the config file's saved
 * queries first (an "&", the name, the articles it keeps), then the
 * topics in the order of their titles as shown (the English ones in
 * English): a swatch of the topic's colour, the title, then mentions
 * and articles right-aligned, over the articles the whole-dossier
 * filter keeps while it is on, and while the articles read are kept,
 * how many of its articles are unread.  The detail is render_topic, or
 * the saved query's page.  A saved query's place is a topic item past
 * the map's topics (ntopics + its index), which no document links to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "collate.h"
#include "render.h"
#include "theme.h"
#include "ui_keys.h"
#include "ui_draw.h"
#include "ui_view.h"
#include "util.h"

/* The rows' order: the topics by their title as shown, in the
 * language in force (ds->topic_order is the Vietnamese titles', the
 * order of --topics), made on first use. */
struct order {
	size_t *ix;
	size_t n;
};

struct titled {
	const char *title;
	size_t ix;
};

static int
cmp_titled(const void *pa, const void *pb)
{
	const struct titled *a = pa, *b = pb;
	int c = collate_cmp(a->title, b->title);

	return c != 0 ? c : a->ix < b->ix ? -1 : a->ix > b->ix;
}

static void *
create(void)
{
	return util_calloc(1, sizeof(struct order));
}

static void
destroy(void *data)
{
	struct order *o = data;

	free(o->ix);
	free(o);
}

static const size_t *
order(const struct ui_ctx *c)
{
	struct order *o = c->data;
	size_t n = c->ds->map.ntopics;
	struct titled *k;

	if (o->ix != NULL && o->n == n)
		return o->ix;
	free(o->ix);
	o->ix = util_calloc(n > 0 ? n : 1, sizeof *o->ix);
	o->n = n;
	k = util_calloc(n > 0 ? n : 1, sizeof *k);
	for (size_t i = 0; i < n; i++) {
		k[i].title = render_topic_title(&c->ds->map.topics[i]);
		k[i].ix = i;
	}
	if (n > 1)
		qsort(k, n, sizeof *k, cmp_titled);
	for (size_t i = 0; i < n; i++)
		o->ix[i] = k[i].ix;
	free(k);
	return o->ix;
}

static size_t
nsaved(const struct ui_ctx *c)
{
	return c->scope != NULL ? c->scope->nsaved : 0;
}

int
ui_topics_saved_row(const struct ui_ctx *c, size_t row, size_t *which)
{
	if (row >= nsaved(c))
		return 0;
	*which = row;
	return 1;
}

/* The topic of a row past the saved queries. */
static size_t
topic_at(const struct ui_ctx *c, size_t row)
{
	return order(c)[row - nsaved(c)];
}

static size_t
count(const struct ui_ctx *c)
{
	return nsaved(c) + c->ds->map.ntopics;
}

static struct link
link(const struct ui_ctx *c, size_t row)
{
	struct link l = { .view = LINK_TOPICS };

	l.item = row < nsaved(c) ? c->ds->map.ntopics + row : topic_at(c, row);
	return l;
}

static size_t
row_of(const struct ui_ctx *c, size_t item)
{
	const size_t *o = order(c);
	size_t n = c->ds->map.ntopics;

	if (item >= n)
		return item - n < nsaved(c) ? item - n : UI_VIEW_NONE;
	for (size_t i = 0; i < n; i++)
		if (o[i] == item)
			return nsaved(c) + i;
	return UI_VIEW_NONE;
}

static const char *
title(const struct ui_ctx *c, size_t row)
{
	if (row < nsaved(c))
		return c->scope->saved[row].name;
	return render_topic_title(&c->ds->map.topics[topic_at(c, row)]);
}

/* A filter of the list is of topics: the saved queries stand aside. */
static int
keep(const struct ui_ctx *c, const struct dossier_query *dq, size_t row)
{
	return row >= nsaved(c) && dossier_query_topic(dq, topic_at(c, row));
}

static const char *
alt_title(const struct ui_ctx *c, size_t row)
{
	if (row < nsaved(c))
		return c->scope->saved[row].query;
	return render_topic_other_title(&c->ds->map.topics[topic_at(c, row)]);
}

static void
draw_saved(const struct ui_ctx *c, size_t row, struct ui_rect r, int sel)
{
	const struct ui_saved *q = &c->scope->saved[row];
	char n[32];
	int x = r.x + 1, w = r.w - 2, cw;

	snprintf(n, sizeof n, "%zu", q->n);
	cw = ui_draw_width(n);
	if (cw + 8 > w)
		cw = 0;
	/* "&" as the key that filters: these rows are filters kept. */
	ui_draw_str(r.y, x, w, "&", sel >= 0 ? (enum theme_role)sel :
	    ROLE_HEADING);
	ui_draw_trunc(r.y, x + 2, w - 2 - (cw > 0 ? cw + 1 : 0), q->name,
	    strlen(q->name), sel >= 0 ? (enum theme_role)sel : ROLE_LINK,
	    c->hl);
	if (cw > 0)
		ui_draw_str(r.y, x + w - cw, cw, n,
		    sel >= 0 ? (enum theme_role)sel : ROLE_META);
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	size_t t;
	const char *name;
	const struct dossier_count *it;
	int sel = ui_view_sel_role(selected, focused);
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	char counts[48], unread[24] = "";
	int x = r.x + 1, w = r.w - 2, cw, uw = 0;
	size_t nu = 0;

	if (w < 1)
		return;
	if (row < nsaved(c)) {
		draw_saved(c, row, r, sel);
		return;
	}
	t = topic_at(c, row);
	name = render_topic_title(&c->ds->map.topics[t]);
	it = c->scope != NULL && c->scope->on && c->scope->counts != NULL ?
	    &c->scope->counts[t] : &c->ds->counts[t];
	snprintf(counts, sizeof counts, "%zu · %zu", it->mentions,
	    it->narticles);
	if (c->read != NULL && c->read->on) {
		nu = ui_read_topic_unread(c->read, c->ds, t);
		snprintf(unread, sizeof unread, " · %zu", nu);
		uw = ui_draw_width(unread);
	}
	cw = ui_draw_width(counts) + uw;
	if (cw + 8 > w)
		cw = 0;
	/* A swatch of the topic's colour ties the row to its mentions: the
	 * legend of the colours, so it keeps its colour when selected. */
	ui_draw_swatch(r.y, x, w, "▍", theme_topic_role(t),
	    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT);
	ui_draw_trunc(r.y, x + 2, w - 2 - (cw > 0 ? cw + 1 : 0),
	    name, strlen(name),
	    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT, c->hl);
	if (cw > 0) {
		ui_draw_str(r.y, x + w - cw, cw - uw, counts, meta);
		/* Unread ones stand out as the Articles list's do. */
		if (uw > 0)
			ui_draw_str(r.y, x + w - uw, uw, unread, nu > 0 &&
			    sel < 0 ? ROLE_UNREAD : meta);
	}
}

const struct ui_view ui_view_topics = {
	.name = "topics",
	.tab = { [LANG_VI] = "3 Chủ đề", [LANG_EN] = "3 Topics" },
	.tab_short = { [LANG_VI] = "3 Chủ đề", [LANG_EN] = "3 Topics" },
	.bar = { [LANG_VI] = "Chủ đề · nhắc · bài",
	    [LANG_EN] = "Topics · mentions · articles" },
	.bar_read = { [LANG_VI] = "Chủ đề · nhắc · bài · chưa đọc",
	    [LANG_EN] = "Topics · mentions · art. · unread" },
	.empty = { [LANG_VI] = "Không có chủ đề nào", [LANG_EN] = "No topics" },
	.scope = UI_KEYS_ALL,
	.rowh = 1,
	.axis = 0,
	.place = LINK_TOPICS,
	.create = create,
	.destroy = destroy,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.keep = keep,
	.qkind = QUERY_TOPICS,
	.alt_title = alt_title,
	.draw_row = draw_row,
	.draw_axis = NULL,
	.axis_hit = NULL,
};
