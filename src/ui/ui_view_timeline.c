/*
 * ui_view_timeline: the Timeline view.  Rows are the milestones in date
 * order: the date at its own precision, then the title.  Above the panes
 * an axis strip runs from the first year to the last with a mark for
 * every milestone, the selected one highlighted, so the reader sees where
 * in time the list is.  The detail is render_milestone.
 */
#include <string.h>

#include "theme.h"
#include "ui_keys.h"
#include "ui_draw.h"
#include "ui_view.h"

#define DATE_COLS 10

static size_t
count(const struct ui_ctx *c)
{
	return c->ds->map.nms;
}

static struct link
link(const struct ui_ctx *c, size_t row)
{
	struct link l = { .view = LINK_TIMELINE, .item = row };

	(void)c;
	return l;
}

static size_t
row_of(const struct ui_ctx *c, size_t item)
{
	return item < c->ds->map.nms ? item : UI_VIEW_NONE;
}

static const char *
title(const struct ui_ctx *c, size_t row)
{
	return c->ds->map.ms[row].title;
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	const struct milestone *m = &c->ds->map.ms[row];
	int sel = ui_view_sel_role(selected, focused);
	char date[DATE_BUFSIZE];
	int x = r.x + 1, w = r.w - 2, dw;

	if (w < 1)
		return;
	date_format(&m->date, date);
	/* Targets (a stated goal, not an event) keep the note colour. */
	ui_draw_str(r.y, x, w, date, sel >= 0 ? (enum theme_role)sel :
	    m->target ? ROLE_NOTE : ROLE_META);
	dw = DATE_COLS + 1;
	if (w <= dw + 4)
		dw = ui_draw_width(date) + 1;
	if (w > dw)
		ui_draw_trunc(r.y, x + dw, w - dw, m->title, strlen(m->title),
		    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT, c->hl);
}

/* A milestone's place in time, in years. */
static double
when(const struct date *d)
{
	double t = d->y;

	if (d->m > 0)
		t += (d->m - 1) / 12.0;
	if (d->d > 0)
		t += (d->d - 1) / 372.0;
	return t;
}

/* The axis spans [t0, t1) over columns [x0, x0 + span]. */
struct axis {
	double t0, t1;
	int x0, span;
};

static int
axis_setup(const struct ui_ctx *c, struct ui_rect r, struct axis *ax)
{
	const struct topicmap *m = &c->ds->map;

	if (m->nms == 0 || r.w < 3)
		return -1;
	ax->t0 = m->ms[0].date.y;
	ax->t1 = m->ms[m->nms - 1].date.y + 1;
	ax->x0 = r.x + 1;
	ax->span = r.w - 3;
	return 0;
}

static int
axis_col(const struct axis *ax, const struct date *d)
{
	double f = (when(d) - ax->t0) / (ax->t1 - ax->t0);

	if (f < 0)
		f = 0;
	if (f > 1)
		f = 1;
	return ax->x0 + (int)(f * ax->span + 0.5);
}

static void
draw_axis(const struct ui_ctx *c, size_t sel, struct ui_rect r)
{
	const struct topicmap *m = &c->ds->map;
	struct axis ax;
	char buf[DATE_BUFSIZE], year[16];
	int cx, lw;

	for (int k = 0; k < r.h; k++)
		ui_draw_fill(r.y + k, r.x, r.w, ROLE_TEXT);
	if (axis_setup(c, r, &ax) != 0)
		return;
	for (int x = ax.x0; x <= ax.x0 + ax.span; x++)
		ui_draw_str(r.y, x, 1, "─", ROLE_AXIS);
	for (size_t i = 0; i < m->nms; i++)
		ui_draw_str(r.y, axis_col(&ax, &m->ms[i].date), 1,
		    m->ms[i].target ? "○" : "●", ROLE_AXIS_MARK);
	if (sel < m->nms)
		ui_draw_str(r.y, axis_col(&ax, &m->ms[sel].date), 1, "◆",
		    ROLE_AXIS_CURRENT);
	if (r.h < 2)
		return;
	snprintf(year, sizeof year, "%d", m->ms[0].date.y);
	ui_draw_str(r.y + 1, ax.x0, r.w, year, ROLE_AXIS);
	snprintf(year, sizeof year, "%d", m->ms[m->nms - 1].date.y);
	lw = ui_draw_width(year);
	ui_draw_str(r.y + 1, ax.x0 + ax.span - lw + 1, lw, year, ROLE_AXIS);
	if (sel < m->nms) {
		date_format(&m->ms[sel].date, buf);
		lw = ui_draw_width(buf);
		cx = axis_col(&ax, &m->ms[sel].date) - lw / 2;
		if (cx < r.x)
			cx = r.x;
		if (cx + lw > r.x + r.w)
			cx = r.x + r.w - lw;
		ui_draw_str(r.y + 1, cx, lw, buf, ROLE_AXIS_CURRENT);
	}
}

static size_t
axis_hit(const struct ui_ctx *c, struct ui_rect r, int x)
{
	const struct topicmap *m = &c->ds->map;
	size_t best = UI_VIEW_NONE;
	int bestd = 0;
	struct axis ax;

	if (axis_setup(c, r, &ax) != 0)
		return UI_VIEW_NONE;
	for (size_t i = 0; i < m->nms; i++) {
		int d = axis_col(&ax, &m->ms[i].date) - x;

		if (d < 0)
			d = -d;
		if (best == UI_VIEW_NONE || d < bestd) {
			best = i;
			bestd = d;
		}
	}
	return bestd <= 2 ? best : UI_VIEW_NONE;
}

/* The first milestone of the next (dir > 0) or previous year from row. */
static size_t
year(const struct ui_ctx *c, size_t row, int dir)
{
	const struct topicmap *m = &c->ds->map;
	int y;

	if (row >= m->nms)
		return UI_VIEW_NONE;
	y = m->ms[row].date.y;
	if (dir > 0) {
		for (size_t i = row + 1; i < m->nms; i++)
			if (m->ms[i].date.y > y)
				return i;
		return UI_VIEW_NONE;
	}
	/* The first milestone of the nearest earlier year. */
	for (size_t i = row; i-- > 0;)
		if (m->ms[i].date.y < y) {
			int py = m->ms[i].date.y;

			while (i > 0 && m->ms[i - 1].date.y == py)
				i--;
			return i;
		}
	return UI_VIEW_NONE;
}

const struct ui_view ui_view_timeline = {
	.name = "timeline",
	.tab = { [LANG_VI] = "2 Dòng thời gian", [LANG_EN] = "2 Timeline" },
	.tab_short = { [LANG_VI] = "2 Mốc", [LANG_EN] = "2 Time" },
	.bar = { [LANG_VI] = "Dòng thời gian", [LANG_EN] = "Timeline" },
	.empty = { [LANG_VI] = "Không có mốc nào", [LANG_EN] = "No milestones" },
	.scope = UI_KEYS_TIMELINE,
	.rowh = 1,
	.axis = 1,
	.place = LINK_TIMELINE,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.draw_row = draw_row,
	.draw_axis = draw_axis,
	.axis_hit = axis_hit,
	.year = year,
};
