/*
 * ui_view_articles: the Articles view.  Rows are the corpus in its own
 * order (newest first), two lines each: the title, then date, source and
 * the article's topics as badges in their topic colours.  The detail is
 * the article itself (render_article).
 */
#include <stdio.h>
#include <string.h>

#include "theme.h"
#include "ui_keys.h"
#include "ui_draw.h"
#include "ui_view.h"

static size_t
count(const struct ui_ctx *c)
{
	return c->ds->corpus.n;
}

static struct link
link(const struct ui_ctx *c, size_t row)
{
	struct link l = { LINK_ARTICLES, row, 0, 0 };

	(void)c;
	return l;
}

static size_t
row_of(const struct ui_ctx *c, size_t item)
{
	return item < c->ds->corpus.n ? item : UI_VIEW_NONE;
}

static const char *
title(const struct ui_ctx *c, size_t row)
{
	return c->ds->corpus.v[row].title;
}

#define MAX_DOTS 4

/* The second line: date · source, then the topics, most mentioned
 * first.  Topics are shown by id when at least two fit beside a readable
 * source, else as a dot each in its topic's colour (the colours the
 * reader pane uses for the mentions), then "+N" for the rest. */
static void
draw_meta(const struct ui_ctx *c, size_t row, int y, int x, int w, int sel)
{
	const struct article *a = &c->ds->corpus.v[row];
	const struct index *ix = &c->ds->index;
	size_t t0 = ix->atopic_first[row], t1 = ix->atopic_first[row + 1];
	size_t nt = t1 - t0, shown = 0;
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	int used = 0, ids = 0, bw = 0, srcw = 0, room;
	char more[24];

	if (a->date_str[0] != '\0')
		used += ui_draw_str(y, x, w, a->date_str, meta);
	room = w - used;
	for (size_t i = t0; i < t1 && i < t0 + 2; i++)
		bw += 1 + ui_draw_width(c->ds->map.topics[ix->atopics[i].ix].id);
	if (a->source[0] != '\0')
		srcw = ui_draw_width(a->source);
	if (srcw > 12)
		srcw = 12;
	ids = nt > 0 && bw + (nt > 2 ? 4 : 0) + (srcw > 0 ? srcw + 3 : 0) <= room;
	if (!ids && nt > 0)
		bw = 1 + (int)(nt < MAX_DOTS ? nt : MAX_DOTS) +
		    (nt > MAX_DOTS ? 4 : 0);
	if (a->source[0] != '\0' && room - bw - 3 >= 4) {
		used += ui_draw_str(y, x + used, w - used, " · ", meta);
		used += ui_draw_trunc(y, x + used, room - bw - 3, a->source,
		    strlen(a->source), meta, NULL);
	}
	for (size_t i = t0; i < t1; i++) {
		size_t t = ix->atopics[i].ix;
		const char *id = c->ds->map.topics[t].id;
		enum theme_role role = sel >= 0 ? (enum theme_role)sel :
		    theme_topic_role(t);
		int need = ids ? 1 + ui_draw_width(id) : (shown == 0 ? 2 : 1);

		if (used + need + (i + 1 < t1 ? 4 : 0) > w ||
		    (!ids && shown == MAX_DOTS))
			break;
		if (ids || shown == 0)
			used += ui_draw_str(y, x + used, w - used, " ", meta);
		used += ui_draw_str(y, x + used, w - used, ids ? id : "●", role);
		shown++;
	}
	if (shown < nt) {
		snprintf(more, sizeof more, " +%zu", nt - shown);
		ui_draw_str(y, x + used, w - used, more,
		    sel >= 0 ? (enum theme_role)sel : ROLE_BADGE);
	}
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	const struct article *a = &c->ds->corpus.v[row];
	int sel = ui_view_sel_role(selected, focused);
	int x = r.x + 1, w = r.w - 2;

	if (w < 1)
		return;
	ui_draw_trunc(r.y, x, w, a->title, strlen(a->title),
	    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT, c->hl);
	if (r.h >= 2)
		draw_meta(c, row, r.y + 1, x, w, sel);
}

const struct ui_view ui_view_articles = {
	.name = "articles",
	.tab = "1 Bài báo / Articles",
	.tab_short = "1 Bài báo",
	.empty = "Không có bài nào / No articles",
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
