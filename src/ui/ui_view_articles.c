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
	return dossier_row(c->ds, row)->title;
}

#define MAX_DOTS 3

/* The second line: date · source, then a dot per topic, most mentioned
 * first, each in its topic's colour (the colour its mentions have in the
 * reader pane), then "+N" for the rest.  Topic ids would not fit beside
 * a source in a list pane; the dots keep every row alike. */
static void
draw_meta(const struct ui_ctx *c, size_t row, int y, int x, int w, int sel)
{
	const struct article *a = dossier_topics_of(c->ds, row);
	size_t nt = a->ntopics, ndots = nt < MAX_DOTS ? nt : MAX_DOTS;
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	int used = 0, bw = 0;
	char more[24] = "";

	if (nt > ndots)
		snprintf(more, sizeof more, " +%zu", nt - ndots);
	if (nt > 0)
		bw = 1 + (int)ndots + ui_draw_width(more);
	if (a->date_str[0] != '\0')
		used += ui_draw_str(y, x, w, a->date_str, meta);
	if (a->source[0] != '\0' && w - used - bw - 3 >= 4) {
		used += ui_draw_str(y, x + used, w - used, " · ", meta);
		used += ui_draw_trunc(y, x + used, w - used - bw, a->source,
		    strlen(a->source), meta, NULL);
	}
	if (nt == 0 || used + bw > w)
		return;
	used += ui_draw_str(y, x + used, w - used, " ", meta);
	for (size_t i = 0; i < ndots; i++)
		used += ui_draw_swatch(y, x + used, w - used, "●",
		    sel >= 0 ? (enum theme_role)sel :
		    theme_topic_role(a->topics[i].ix),
		    sel >= 0 ? (enum theme_role)sel : meta);
	ui_draw_str(y, x + used, w - used, more, meta);
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	const struct article *a = dossier_row(c->ds, row);
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
	.tab = { [LANG_VI] = "1 Bài báo", [LANG_EN] = "1 Articles" },
	.tab_short = { [LANG_VI] = "1 Bài", [LANG_EN] = "1 Art." },
	.bar = { [LANG_VI] = "Bài báo", [LANG_EN] = "Articles" },
	.empty = { [LANG_VI] = "Không có bài nào", [LANG_EN] = "No articles" },
	.scope = UI_KEYS_ALL,
	.rowh = 2,
	.axis = 0,
	.place = LINK_ARTICLES,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.draw_row = draw_row,
	.draw_axis = NULL,
	.axis_hit = NULL,
};
