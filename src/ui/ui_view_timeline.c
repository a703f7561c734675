/*
 * ui_view_timeline: the Timeline view.  Rows are the milestones in date
 * order: the date or span at its own precision, then the title.  Above
 * the panes an axis strip shows the years (all of them, or fewer when
 * zoomed in with + and -) with a tick and a label every few years, a mark
 * for every milestone (a digit where several fall on one column), spans
 * as thick lines and the selected milestone highlighted, so the reader
 * sees where in time the list is; on a tall screen a legend line says
 * what the marks mean.  The detail is render_milestone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "theme.h"
#include "ui_keys.h"
#include "ui_draw.h"
#include "ui_view.h"
#include "util.h"

#define DATE_COLS 10		/* a full date */
#define TITLE_MIN 12		/* spans are shortened to leave the titles
				 * this, or two fifths of the row */
#define ZOOM_MIN_YEARS 2	/* zoomed in all the way */
#define LABEL_GAP 1		/* columns between two labels of the axis */

/* The view's data: the zoom, and the widths of the date column. */
struct timeline {
	int level;		/* 0: every year of the timeline; each level
				 * shows half as many */
	int first;		/* the first year shown when zoomed */
	const struct milestone *wof;	/* the map the widths are of */
	size_t wn;
	int wfull, wshort;	/* the widest date of each form */
};

static void *
create(void)
{
	return util_calloc(1, sizeof(struct timeline));
}

static void
destroy(void *data)
{
	free(data);
}

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
	return render_milestone_title(&c->ds->map.ms[row]);
}

static int
keep(const struct ui_ctx *c, const struct dossier_query *dq, size_t row)
{
	(void)c;
	return dossier_query_milestone(dq, row);
}

static const char *
alt_title(const struct ui_ctx *c, size_t row)
{
	return render_milestone_other_title(&c->ds->map.ms[row]);
}

/* F: the milestones the filtered articles attest. */
static int
in_scope(const struct ui_ctx *c, size_t row)
{
	return dossier_query_cited(c->ds, row, c->scope->in, c->scope->n);
}

/* ---- the list -------------------------------------------------------- */

static void
date_widths(const struct ui_ctx *c, struct timeline *tl)
{
	const struct topicmap *m = &c->ds->map;
	char buf[RENDER_WHEN_BUFSIZE];

	if (tl->wof == m->ms && tl->wn == m->nms)
		return;
	tl->wof = m->ms;
	tl->wn = m->nms;
	tl->wfull = tl->wshort = DATE_COLS;
	for (size_t i = 0; i < m->nms; i++) {
		int w;

		render_milestone_when(&m->ms[i], RENDER_WHEN_FULL, buf);
		if ((w = ui_draw_width(buf)) > tl->wfull)
			tl->wfull = w;
		render_milestone_when(&m->ms[i], RENDER_WHEN_SHORT, buf);
		if ((w = ui_draw_width(buf)) > tl->wshort)
			tl->wshort = w;
	}
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	const struct milestone *m = &c->ds->map.ms[row];
	struct timeline *tl = c->data;
	int sel = ui_view_sel_role(selected, focused);
	char date[RENDER_WHEN_BUFSIZE];
	enum render_when form = RENDER_WHEN_START;
	int x = r.x + 1, w = r.w - 2, dw = DATE_COLS, tw;

	if (w < 1)
		return;
	/* Spans in full when the titles keep room, else shortened; one
	 * column width for every row, so the titles line up. */
	date_widths(c, tl);
	tw = w * 2 / 5 > TITLE_MIN ? w * 2 / 5 : TITLE_MIN;
	if (tl->wfull + 1 + tw <= w) {
		form = RENDER_WHEN_FULL;
		dw = tl->wfull;
	} else if (tl->wshort + 1 + tw <= w) {
		form = RENDER_WHEN_SHORT;
		dw = tl->wshort;
	}
	render_milestone_when(m, form, date);
	/* Targets (a stated goal, not an event) keep the note colour. */
	ui_draw_str(r.y, x, w, date, sel >= 0 ? (enum theme_role)sel :
	    m->target ? ROLE_NOTE : ROLE_META);
	dw += 1;
	if (w <= dw + 4)
		dw = ui_draw_width(date) + 1;
	if (w > dw)
		ui_draw_trunc(r.y, x + dw, w - dw, render_milestone_title(m),
		    strlen(render_milestone_title(m)),
		    sel >= 0 ? (enum theme_role)sel : ROLE_TEXT, c->hl);
}

/* ---- the axis -------------------------------------------------------- */

/* A date's place in time, in years: its start (end == 0) or its end. */
static double
when(const struct date *d, int end)
{
	double t = d->y;

	if (d->m == 0)
		return t + (end ? 1 : 0);
	if (d->d == 0)
		return t + (d->m - (end ? 0 : 1)) / 12.0;
	return t + (d->m - 1) / 12.0 + (d->d - (end ? 0 : 1)) / 372.0;
}

/* The years of the timeline, [*y0, *y1). */
static void
full_range(const struct topicmap *m, int *y0, int *y1)
{
	*y0 = m->ms[0].date.y;
	*y1 = m->ms[m->nms - 1].date.y + 1;
	for (size_t i = 0; i < m->nms; i++)
		if (m->ms[i].end.y >= *y1)
			*y1 = m->ms[i].end.y + 1;
}

static int
years_at(int full, int level)
{
	int y = full;

	for (int i = 0; i < level && y > ZOOM_MIN_YEARS; i++)
		y = (y + 1) / 2;
	return y < ZOOM_MIN_YEARS && full >= ZOOM_MIN_YEARS ? ZOOM_MIN_YEARS :
	    y;
}

static int
max_level(int full)
{
	int l = 0;

	while (years_at(full, l + 1) < years_at(full, l))
		l++;
	return l;
}

/* The axis shows the years [t0, t1) over columns [x0, x0 + span). */
struct axis {
	int t0, t1, x0, span;
	int before, after;		/* milestones out of view each side */
};

/* Puts the first shown year where row's milestone is in view: kept while
 * it is, else centred on it. */
static void
place_window(const struct ui_ctx *c, struct timeline *tl, size_t row,
    int y0, int y1, int ny)
{
	const struct topicmap *m = &c->ds->map;

	if (row < m->nms) {
		double t = when(&m->ms[row].date, 0);

		if (t < tl->first || t >= tl->first + ny)
			tl->first = (int)t - ny / 2;
	}
	if (tl->first > y1 - ny)
		tl->first = y1 - ny;
	if (tl->first < y0)
		tl->first = y0;
}

static int
axis_setup(const struct ui_ctx *c, struct ui_rect r, size_t sel, int follow,
    struct axis *ax)
{
	const struct topicmap *m = &c->ds->map;
	struct timeline *tl = c->data;
	int y0, y1, ny;

	if (m->nms == 0 || r.w < 4)
		return -1;
	full_range(m, &y0, &y1);
	if (tl->level > max_level(y1 - y0))
		tl->level = max_level(y1 - y0);
	ny = years_at(y1 - y0, tl->level);
	if (tl->level == 0)
		tl->first = y0;
	else if (follow)
		place_window(c, tl, sel, y0, y1, ny);
	ax->t0 = tl->first;
	ax->t1 = tl->first + ny;
	ax->x0 = r.x + 1;
	ax->span = r.w - 2;
	ax->before = ax->after = 0;
	for (size_t i = 0; i < m->nms; i++) {
		const struct date *e = m->ms[i].end.y != 0 ? &m->ms[i].end :
		    &m->ms[i].date;

		ax->before += when(&m->ms[i].date, 0) < ax->t0;
		ax->after += when(e, 1) > ax->t1;
	}
	return 0;
}

/* The column of time t, or -1 when out of view (end: t is where
 * something ends, so the end of the view is in it). */
static int
axis_x(const struct axis *ax, double t, int end)
{
	double f = (t - ax->t0) / (ax->t1 - ax->t0);

	if (f < 0 || f > 1 || (f == 1 && !end))
		return -1;
	if (f == 1)
		return ax->x0 + ax->span;
	return ax->x0 + (int)(f * ax->span);
}

static int
axis_col(const struct axis *ax, const struct milestone *m)
{
	return axis_x(ax, when(&m->date, 0), 0);
}

/* The smallest of 1, 2, 5, 10, 20, 50... years between ticks whose
 * labels fit. */
static int
tick_step(const struct axis *ax)
{
	static const int steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500,
	    1000 };
	double cols = (double)ax->span / (ax->t1 - ax->t0);
	size_t k = 0;

	/* Fives and twos only with a wider gap: a row of labels a space
	 * apart is hard to read. */
	while (k + 1 < sizeof steps / sizeof steps[0] &&
	    steps[k] * cols < 4 + LABEL_GAP + (steps[k] < 10))
		k++;
	return steps[k];
}

/* Labels of the axis's second row: each one only where it leaves a gap
 * to those already there, so none is drawn over another. */
struct labels {
	unsigned char *used;
	int x0, w;
};

static int
label_put(struct labels *lb, int y, int x, const char *s,
    enum theme_role role)
{
	int w = ui_draw_width(s);

	if (x + w > lb->x0 + lb->w)
		x = lb->x0 + lb->w - w;
	if (x < lb->x0)
		x = lb->x0;
	for (int i = x - LABEL_GAP; i < x + w + LABEL_GAP; i++)
		if (i >= lb->x0 && i < lb->x0 + lb->w && lb->used[i - lb->x0])
			return 0;
	for (int i = x; i < x + w && i < lb->x0 + lb->w; i++)
		lb->used[i - lb->x0] = 1;
	ui_draw_str(y, x, lb->x0 + lb->w - x, s, role);
	return 1;
}

/* Spans first, as thick lines from their start to their end; the marks
 * go over them. */
static void
draw_spans(const struct topicmap *m, const struct axis *ax, int y)
{
	for (size_t i = 0; i < m->nms; i++) {
		const struct milestone *ms = &m->ms[i];
		double s, e;
		int a, b;

		if (ms->end.y == 0)
			continue;
		s = when(&ms->date, 0);
		e = when(&ms->end, 1);
		if (e <= ax->t0 || s >= ax->t1)
			continue;
		a = s < ax->t0 ? ax->x0 : axis_x(ax, s, 0);
		b = e > ax->t1 ? ax->x0 + ax->span : axis_x(ax, e, 1);
		for (int x = a; x < b; x++)
			ui_draw_str(y, x, 1, "━", ROLE_AXIS_MARK);
	}
}

/* The line of the legend, when the strip has a row for it. */
static void
draw_legend(struct ui_rect r, int y)
{
	static const struct {
		const char *sym;
		enum theme_role role;
		const char *label[2];
	} items[] = {
		{ "●", ROLE_AXIS_MARK, { "sự kiện", "event" } },
		{ "○", ROLE_AXIS_MARK, { "mục tiêu", "target" } },
		{ "◆", ROLE_AXIS_CURRENT, { "đang chọn", "selected" } },
		{ "3", ROLE_AXIS_MARK, { "số mốc trùng chỗ",
		    "milestones in one place" } },
		{ "━", ROLE_AXIS_MARK, { "khoảng thời gian", "span" } },
		{ "◀▶", ROLE_AXIS_MARK, { "còn nữa", "more" } },
	};
	char keys[32];
	int x = r.x + 1, end = r.x + r.w - 1;

	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		const char *label = L(items[i].label[0], items[i].label[1]);
		int w = ui_draw_width(items[i].sym) + 1 + ui_draw_width(label);

		if (x + w > end)
			return;
		x += ui_draw_str(y, x, end - x, items[i].sym, items[i].role);
		x += ui_draw_str(y, x, end - x, " ", ROLE_AXIS);
		x += ui_draw_str(y, x, end - x, label, ROLE_AXIS);
		x += ui_draw_str(y, x, end - x, "  ", ROLE_AXIS);
	}
	snprintf(keys, sizeof keys, "%s %s", ui_keys_name(ACT_ZOOM_IN),
	    ui_keys_name(ACT_ZOOM_OUT));
	if (x + ui_draw_width(keys) + 1 + ui_draw_width(L("phóng to/thu nhỏ",
	    "zoom")) <= end) {
		x += ui_draw_str(y, x, end - x, keys, ROLE_STATUS_KEY);
		x += ui_draw_str(y, x, end - x, " ", ROLE_AXIS);
		ui_draw_str(y, x, end - x, L("phóng to/thu nhỏ", "zoom"),
		    ROLE_AXIS);
	}
}

static void
draw_axis(const struct ui_ctx *c, size_t sel, struct ui_rect r)
{
	const struct topicmap *m = &c->ds->map;
	struct axis ax;
	struct labels lb;
	int *stack, step, selx = -1;
	char buf[RENDER_WHEN_BUFSIZE + 24], year[16];

	for (int k = 0; k < r.h; k++)
		ui_draw_fill(r.y + k, r.x, r.w, ROLE_TEXT);
	if (axis_setup(c, r, sel, 1, &ax) != 0)
		return;
	step = tick_step(&ax);
	for (int x = ax.x0; x < ax.x0 + ax.span; x++)
		ui_draw_str(r.y, x, 1, "─", ROLE_AXIS);
	for (int y = ax.t0; y < ax.t1; y++)
		if (y % step == 0)
			ui_draw_str(r.y, axis_x(&ax, y, 0), 1, "┬", ROLE_AXIS);
	if (ax.before > 0)
		ui_draw_str(r.y, r.x, 1, "◀", ROLE_AXIS_MARK);
	if (ax.after > 0)
		ui_draw_str(r.y, r.x + r.w - 1, 1, "▶", ROLE_AXIS_MARK);
	draw_spans(m, &ax, r.y);

	/* Milestones that fall on one column show how many they are. */
	stack = util_calloc((size_t)r.w, sizeof *stack);
	for (size_t i = 0; i < m->nms; i++) {
		int x = axis_col(&ax, &m->ms[i]);

		if (x >= 0)
			stack[x - r.x]++;
	}
	for (size_t i = 0; i < m->nms; i++) {
		int x = axis_col(&ax, &m->ms[i]), n;

		if (x < 0)
			continue;
		n = stack[x - r.x];
		if (n > 1) {
			snprintf(buf, sizeof buf, "%c", n > 9 ? '+' : '0' + n);
			ui_draw_str(r.y, x, 1, buf, ROLE_AXIS_MARK);
		} else {
			ui_draw_str(r.y, x, 1, m->ms[i].target ? "○" : "●",
			    ROLE_AXIS_MARK);
		}
	}
	if (sel < m->nms && (selx = axis_col(&ax, &m->ms[sel])) >= 0)
		ui_draw_str(r.y, selx, 1, "◆", ROLE_AXIS_CURRENT);
	if (r.h < 2) {
		free(stack);
		return;
	}

	/* The second row: the selected milestone's date (which of a stack
	 * it is, when it shares its column), then the first and last
	 * years in view, then the ticks' years where they fit. */
	lb.used = util_calloc((size_t)r.w, 1);
	lb.x0 = r.x;
	lb.w = r.w;
	if (selx >= 0) {
		int n = stack[selx - r.x], k = 0;

		render_milestone_when(&m->ms[sel], RENDER_WHEN_SHORT, buf);
		if (n > 1) {
			for (size_t i = 0; i < sel; i++)
				k += axis_col(&ax, &m->ms[i]) == selx;
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
			    " (%d/%d)", k + 1, n);
		}
		label_put(&lb, r.y + 1, selx - ui_draw_width(buf) / 2, buf,
		    ROLE_AXIS_CURRENT);
	}
	snprintf(year, sizeof year, "%d", ax.t0);
	label_put(&lb, r.y + 1, ax.x0, year, ROLE_AXIS);
	snprintf(year, sizeof year, "%d", ax.t1 - 1);
	label_put(&lb, r.y + 1, axis_x(&ax, ax.t1 - 1, 0), year, ROLE_AXIS);
	for (int y = ax.t0 + 1; y < ax.t1 - 1; y++)
		if (y % step == 0) {
			snprintf(year, sizeof year, "%d", y);
			label_put(&lb, r.y + 1, axis_x(&ax, y, 0), year,
			    ROLE_AXIS);
		}
	free(lb.used);
	free(stack);
	if (r.h >= 3)
		draw_legend(r, r.y + 2);
}

static size_t
axis_hit(const struct ui_ctx *c, struct ui_rect r, int x)
{
	const struct topicmap *m = &c->ds->map;
	size_t best = UI_VIEW_NONE;
	int bestd = 0;
	struct axis ax;

	if (axis_setup(c, r, UI_VIEW_NONE, 0, &ax) != 0)
		return UI_VIEW_NONE;
	for (size_t i = 0; i < m->nms; i++) {
		int mx = axis_col(&ax, &m->ms[i]), d;

		if (mx < 0)
			continue;
		d = mx > x ? mx - x : x - mx;
		if (best == UI_VIEW_NONE || d < bestd) {
			best = i;
			bestd = d;
		}
	}
	return bestd <= 2 ? best : UI_VIEW_NONE;
}

static void
zoom(const struct ui_ctx *c, size_t row, int dir, char *msg, size_t n)
{
	const struct topicmap *m = &c->ds->map;
	struct timeline *tl = c->data;
	int y0, y1, ny, top;

	if (m->nms == 0) {
		snprintf(msg, n, "%s", L("Không có mốc nào", "No milestones"));
		return;
	}
	full_range(m, &y0, &y1);
	top = max_level(y1 - y0);
	if ((dir > 0 && tl->level >= top) || (dir < 0 && tl->level <= 0)) {
		snprintf(msg, n, "%s", dir > 0 ?
		    L("Đã phóng to hết cỡ", "Zoomed in all the way") :
		    L("Đã thu nhỏ hết cỡ", "Zoomed out all the way"));
		return;
	}
	tl->level += dir > 0 ? 1 : -1;
	ny = years_at(y1 - y0, tl->level);
	tl->first = y0;
	if (tl->level > 0 && row < m->nms)
		tl->first = (int)when(&m->ms[row].date, 0) - ny / 2;
	place_window(c, tl, row, y0, y1, ny);
	if (tl->level == 0)
		snprintf(msg, n, L("Trục: %d–%d (toàn bộ)",
		    "Axis: %d–%d (all)"), y0, y1 - 1);
	else
		snprintf(msg, n, L("Trục: %d–%d (%d năm)",
		    "Axis: %d–%d (%d years)"), tl->first, tl->first + ny - 1,
		    ny);
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
	.create = create,
	.destroy = destroy,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.keep = keep,
	.in_scope = in_scope,
	.qkind = QUERY_TIMELINE,
	.alt_title = alt_title,
	.draw_row = draw_row,
	.draw_axis = draw_axis,
	.axis_hit = axis_hit,
	.year = year,
	.zoom = zoom,
};
