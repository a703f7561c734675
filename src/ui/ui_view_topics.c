/*
 * ui_view_topics: the Topics view.  Rows are the topics in Vietnamese
 * title order (ds->topic_order): title, then mentions and articles
 * right-aligned.  The detail is render_topic.
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
	return c->ds->map.ntopics;
}

static struct link
link(const struct ui_ctx *c, size_t row)
{
	struct link l = { .view = LINK_TOPICS,
	    .item = c->ds->topic_order[row] };

	return l;
}

static size_t
row_of(const struct ui_ctx *c, size_t item)
{
	for (size_t i = 0; i < c->ds->map.ntopics; i++)
		if (c->ds->topic_order[i] == item)
			return i;
	return UI_VIEW_NONE;
}

static const char *
title(const struct ui_ctx *c, size_t row)
{
	return c->ds->map.topics[c->ds->topic_order[row]].title;
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	size_t t = c->ds->topic_order[row];
	const struct dossier_count *it = &c->ds->counts[t];
	int sel = ui_view_sel_role(selected, focused);
	char counts[48];
	int x = r.x + 1, w = r.w - 2, cw;

	if (w < 1)
		return;
	snprintf(counts, sizeof counts, "%zu · %zu", it->mentions,
	    it->narticles);
	cw = ui_draw_width(counts);
	if (cw + 8 > w)
		cw = 0;
	/* A swatch of the topic's colour ties the row to its mentions: the
	 * legend of the colours, so it keeps its colour when selected. */
	ui_draw_swatch(r.y, x, w, "▍", theme_topic_role(t),
	    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT);
	ui_draw_trunc(r.y, x + 2, w - 2 - (cw > 0 ? cw + 1 : 0),
	    c->ds->map.topics[t].title, strlen(c->ds->map.topics[t].title),
	    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT, c->hl);
	if (cw > 0)
		ui_draw_str(r.y, x + w - cw, cw, counts,
		    sel >= 0 ? (enum theme_role)sel : ROLE_META);
}

const struct ui_view ui_view_topics = {
	.name = "topics",
	.tab = { [LANG_VI] = "3 Chủ đề", [LANG_EN] = "3 Topics" },
	.tab_short = { [LANG_VI] = "3 Chủ đề", [LANG_EN] = "3 Topics" },
	.bar = { [LANG_VI] = "Chủ đề · nhắc · bài",
	    [LANG_EN] = "Topics · mentions · articles" },
	.empty = { [LANG_VI] = "Không có chủ đề nào", [LANG_EN] = "No topics" },
	.scope = UI_KEYS_ALL,
	.rowh = 1,
	.axis = 0,
	.place = LINK_TOPICS,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.draw_row = draw_row,
	.draw_axis = NULL,
	.axis_hit = NULL,
};
