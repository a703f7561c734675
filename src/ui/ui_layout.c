/*
 * ui_layout: screen geometry (see include/ui/ui_layout.h).  Pure arithmetic:
 * the UI asks again on every frame, so a resize can never leave a stale
 * rectangle behind.
 */
#include "ui_layout.h"

#include <string.h>

static struct ui_rect
rect(int y, int x, int h, int w)
{
	struct ui_rect r;

	r.y = y;
	r.x = x;
	r.h = h < 0 ? 0 : h;
	r.w = w < 0 ? 0 : w;
	if (r.h == 0 || r.w == 0)
		r.h = r.w = 0;
	return r;
}

static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* The detail pane is given a reading measure first and the list the
 * rest, up to where one-line article rows fit; past that the detail
 * grows, its text column capped anyway (ui_layout_column). */
static int
list_default(int cols)
{
	return clamp(cols - UI_LAYOUT_DETAIL_WANT, UI_LAYOUT_LIST_MIN,
	    UI_LAYOUT_LIST_MAX);
}

/* What the user may make of it: a list still worth a title, a detail
 * still worth reading. */
static int
list_bound(int cols, int w)
{
	int hi = cols - 1 - UI_LAYOUT_DETAIL_MIN;

	return clamp(w, UI_LAYOUT_LIST_FLOOR, hi > UI_LAYOUT_LIST_FLOOR ? hi :
	    UI_LAYOUT_LIST_FLOOR);
}

int
ui_layout_list_width(int cols, int list_adjust)
{
	return list_bound(cols, list_default(cols) + list_adjust);
}

int
ui_layout_list_resize(int cols, int list_adjust, int delta)
{
	/* From the width as shown: an adjustment a wider terminal allowed
	 * must not make the first presses here do nothing. */
	return list_bound(cols, ui_layout_list_width(cols, list_adjust) +
	    delta) - list_default(cols);
}

void
ui_layout_compute(struct ui_layout *l, int rows, int cols, int want_axis,
    enum ui_focus focus, const struct ui_layout_opts *o)
{
	int top, h, lw;

	memset(l, 0, sizeof *l);
	l->rows = rows < 0 ? 0 : rows;
	l->cols = cols < 0 ? 0 : cols;
	l->sep_x = -1;
	if (l->rows < UI_LAYOUT_MIN_ROWS || l->cols < UI_LAYOUT_MIN_COLS) {
		l->too_small = 1;
		return;
	}
	l->header = rect(0, 0, 1, l->cols);
	l->status = rect(l->rows - 1, 0, 1, l->cols);
	top = 1;
	if (want_axis && l->rows >= UI_LAYOUT_AXIS_MIN_ROWS) {
		int ah = UI_LAYOUT_AXIS_ROWS +
		    (l->rows >= UI_LAYOUT_LEGEND_MIN_ROWS);

		l->axis = rect(top, 0, ah, l->cols);
		top += ah;
	}
	h = l->rows - 1 - top;
	l->zoom = o != NULL && o->zoom && focus == UI_FOCUS_DETAIL;
	if (l->zoom) {
		l->detail = rect(top, 0, h, l->cols);
		return;
	}
	if (l->cols < UI_LAYOUT_SPLIT_COLS) {
		l->single = 1;
		if (focus == UI_FOCUS_LIST)
			l->list = rect(top, 0, h, l->cols);
		else
			l->detail = rect(top, 0, h, l->cols);
		return;
	}
	lw = ui_layout_list_width(l->cols, o != NULL ? o->list_adjust : 0);
	l->list = rect(top, 0, h, lw);
	l->sep_x = l->list.w;
	l->detail = rect(top, l->sep_x + 1, h, l->cols - l->sep_x - 1);
}

struct ui_rect
ui_layout_body(struct ui_rect pane)
{
	return rect(pane.y + 1, pane.x, pane.h - 1, pane.w);
}

struct ui_rect
ui_layout_text(struct ui_rect pane)
{
	struct ui_rect b = ui_layout_body(pane);

	if (b.w >= 3) {
		b.x += 1;
		b.w -= 2;
	}
	return b;
}

struct ui_rect
ui_layout_column(struct ui_rect t, int text_width, int center)
{
	int w = text_width == 0 ? UI_LAYOUT_TEXT_WIDTH : text_width;

	if (w < 0 || t.w <= w)
		return t;
	if (center)
		t.x += (t.w - w) / 2;
	t.w = w;
	return t;
}

int
ui_layout_hit(struct ui_rect r, int y, int x)
{
	return r.w > 0 && r.h > 0 && y >= r.y && y < r.y + r.h &&
	    x >= r.x && x < r.x + r.w;
}
