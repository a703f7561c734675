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

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	const struct article *a = &c->ds->corpus.v[row];
	const struct index *ix = &c->ds->index;
	int sel = ui_view_sel_role(selected, focused);
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	int x = r.x + 1, w = r.w - 2, used = 0;

	if (w < 1)
		return;
	ui_draw_trunc(r.y, x, w, a->title, strlen(a->title),
	    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT, c->hl);
	if (r.h < 2)
		return;
	if (a->date_str[0] != '\0')
		used += ui_draw_str(r.y + 1, x, w, a->date_str, meta);
	if (a->source[0] != '\0') {
		if (used > 0)
			used += ui_draw_str(r.y + 1, x + used, w - used, " · ",
			    meta);
		used += ui_draw_trunc(r.y + 1, x + used, w - used, a->source,
		    strlen(a->source), meta, NULL);
	}
	/* Badges while they fit whole; the rest as "+N". */
	for (size_t i = ix->atopic_first[row]; i < ix->atopic_first[row + 1];
	    i++) {
		const struct topic *t = &c->ds->map.topics[ix->atopics[i].ix];
		int bw = ui_draw_width(t->id) + 1;
		size_t left = ix->atopic_first[row + 1] - i;

		if (used + bw + (left > 1 ? 3 : 0) > w) {
			char more[24];

			snprintf(more, sizeof more, " +%zu", left);
			if (used + ui_draw_width(more) <= w)
				ui_draw_str(r.y + 1, x + used, w - used, more,
				    sel >= 0 ? (enum theme_role)sel : ROLE_BADGE);
			break;
		}
		used += ui_draw_str(r.y + 1, x + used, w - used, " ", meta);
		used += ui_draw_str(r.y + 1, x + used, w - used, t->id,
		    sel >= 0 ? (enum theme_role)sel :
		    theme_topic_role(ix->atopics[i].ix));
	}
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
