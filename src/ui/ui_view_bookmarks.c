/*
 * ui_view_bookmarks: the Bookmarks view (4).  Rows are the bookmarks of
 * the corpus, newest first, two lines each: the article's title, then
 * the day it was kept, its note, and what the check found (moved,
 * changed, missing).  The detail pane is the bookmark's page
 * (render_bookmark): Enter, from either pane, follows its link to the
 * article at the passage; Backspace comes back.  Its data (struct ui_bookmarks) is loaded
 * and changed by ui_bookmark.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "render.h"
#include "theme.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_view.h"
#include "util.h"

static void *
create(void)
{
	return util_calloc(1, sizeof(struct ui_bookmarks));
}

static void
destroy(void *data)
{
	struct ui_bookmarks *b = data;

	bookmarks_free(&b->bm);
	free(b->path);
	free(b);
}

/* Row r is the bookmark kept r-th from the last. */
static const struct bookmark *
at(const struct ui_ctx *c, size_t row)
{
	const struct ui_bookmarks *b = c->data;

	return &b->bm.v[b->bm.n - 1 - row];
}

static size_t
count(const struct ui_ctx *c)
{
	const struct ui_bookmarks *b = c->data;

	return b->bm.n;
}

/* A row's place: the bookmark's index in the file's order, which a
 * new bookmark does not change. */
static struct link
link(const struct ui_ctx *c, size_t row)
{
	struct link l = { .view = UI_PLACE_BOOKMARKS,
	    .item = count(c) - 1 - row };

	return l;
}

static size_t
row_of(const struct ui_ctx *c, size_t item)
{
	return item < count(c) ? count(c) - 1 - item : UI_VIEW_NONE;
}

void
ui_bookmarks_render(struct render_doc *doc, const struct dossier *ds,
    const struct ui_bookmarks *b, size_t item, int w)
{
	static char empty[1];
	struct bookmark none = { .id = empty, .note = empty, .quote = empty,
	    .status = BOOKMARK_MISSING };

	render_bookmark(doc, ds, item < b->bm.n ? &b->bm.v[item] : &none, w);
}

static const char *
title(const struct ui_ctx *c, size_t row)
{
	const struct bookmark *k = at(c, row);

	return k->row != BOOKMARKS_NO_ROW && k->row < c->ds->corpus.n ?
	    dossier_row(c->ds, k->row)->title : k->id;
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	const struct bookmark *k = at(c, row);
	int sel = ui_view_sel_role(selected, focused);
	enum theme_role text = sel >= 0 ? (enum theme_role)sel : ROLE_TEXT;
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	const char *t = title(c, row), *st = render_bookmark_status(k->status);
	int x = r.x + 1, w = r.w - 2, used = 0;
	time_t tt = (time_t)k->created;
	struct tm tm;
	char day[16] = "?";

	if (w < 1)
		return;
	ui_draw_trunc(r.y, x, w, t, strlen(t), text, c->hl);
	if (r.h < 2)
		return;
	if (localtime_r(&tt, &tm) != NULL)
		strftime(day, sizeof day, "%Y-%m-%d", &tm);
	used += ui_draw_str(r.y + 1, x + 1, w - 1, day, meta) + 1;
	if (st[0] != '\0' && w - used > 3) {
		used += ui_draw_str(r.y + 1, x + used, w - used, " · ", meta);
		used += ui_draw_str(r.y + 1, x + used, w - used, st,
		    sel >= 0 ? (enum theme_role)sel : ROLE_ERROR);
	}
	if (k->note[0] != '\0' && w - used > 3) {
		used += ui_draw_str(r.y + 1, x + used, w - used, " · ", meta);
		ui_draw_trunc(r.y + 1, x + used, w - used, k->note,
		    strlen(k->note), sel >= 0 ? (enum theme_role)sel :
		    ROLE_NOTE, NULL);
	}
}

const struct ui_view ui_view_bookmarks = {
	.name = "bookmarks",
	.tab = { [LANG_VI] = "4 Dấu trang", [LANG_EN] = "4 Bookmarks" },
	.tab_short = { [LANG_VI] = "4 Dấu", [LANG_EN] = "4 Bkm." },
	.bar = { [LANG_VI] = "Dấu trang · mới nhất trước",
	    [LANG_EN] = "Bookmarks · newest first" },
	.empty = { [LANG_VI] = "Chưa có dấu trang (m để đánh dấu)",
	    [LANG_EN] = "No bookmarks (m keeps one)" },
	.scope = UI_KEYS_ALL,
	.rowh = 2,
	.axis = 0,
	.place = UI_PLACE_BOOKMARKS,
	.create = create,
	.destroy = destroy,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.draw_row = draw_row,
	.draw_axis = NULL,
	.axis_hit = NULL,
};
