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

/* The list takes two fifths: enough for a title, while the reader keeps
 * a comfortable measure. */
static int
list_width(int cols)
{
	int w = cols * 2 / 5;

	if (w < UI_LAYOUT_LIST_MIN)
		w = UI_LAYOUT_LIST_MIN;
	if (w > UI_LAYOUT_LIST_MAX)
		w = UI_LAYOUT_LIST_MAX;
	return w;
}

void
ui_layout_compute(struct ui_layout *l, int rows, int cols, int want_axis,
    enum ui_focus focus)
{
	int top, h;

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
	if (l->cols < UI_LAYOUT_SPLIT_COLS) {
		l->single = 1;
		if (focus == UI_FOCUS_LIST)
			l->list = rect(top, 0, h, l->cols);
		else
			l->detail = rect(top, 0, h, l->cols);
		return;
	}
	l->list = rect(top, 0, h, list_width(l->cols));
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

int
ui_layout_hit(struct ui_rect r, int y, int x)
{
	return r.w > 0 && r.h > 0 && y >= r.y && y < r.y + r.h &&
	    x >= r.x && x < r.x + r.w;
}
