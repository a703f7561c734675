/*
 * ui_list: selection and scrolling of a list of equal-height rows (see
 * include/ui_list.h).  The invariants, kept by ui_list_fix after every
 * change: sel < n (or 0), top <= sel < top + vis, and top no further than
 * n - vis, so a list never shows blank space while items are hidden above.
 */
#include "ui_list.h"


#include "theme.h"
#include "ui_draw.h"

size_t
ui_list_visible(int height, int rowh)
{
	if (rowh < 1)
		rowh = 1;
	if (height < rowh)
		return 1;
	return (size_t)(height / rowh);
}

void
ui_list_fix(struct ui_list *l, size_t vis)
{
	if (vis == 0)
		vis = 1;
	if (l->n == 0) {
		l->sel = l->top = 0;
		return;
	}
	if (l->sel >= l->n)
		l->sel = l->n - 1;
	if (l->top > l->sel)
		l->top = l->sel;
	if (l->sel >= l->top + vis)
		l->top = l->sel - vis + 1;
	if (l->n >= vis && l->top > l->n - vis)
		l->top = l->n - vis;
	if (l->n < vis)
		l->top = 0;
}

void
ui_list_set_count(struct ui_list *l, size_t n, size_t vis)
{
	l->n = n;
	ui_list_fix(l, vis);
}

void
ui_list_move(struct ui_list *l, long delta, size_t vis)
{
	if (l->n == 0)
		return;
	if (delta < 0) {
		size_t d = (size_t)-(delta + 1) + 1;

		l->sel = d > l->sel ? 0 : l->sel - d;
	} else {
		size_t d = (size_t)delta;

		l->sel = d >= l->n - 1 - l->sel ? l->n - 1 : l->sel + d;
	}
	ui_list_fix(l, vis);
}

void
ui_list_select(struct ui_list *l, size_t i, size_t vis)
{
	l->sel = i;
	ui_list_fix(l, vis);
}

void
ui_list_scroll(struct ui_list *l, long delta, size_t vis)
{
	size_t maxtop;

	if (vis == 0)
		vis = 1;
	if (l->n == 0)
		return;
	maxtop = l->n > vis ? l->n - vis : 0;
	if (delta < 0) {
		size_t d = (size_t)-(delta + 1) + 1;

		l->top = d > l->top ? 0 : l->top - d;
	} else {
		size_t d = (size_t)delta;

		l->top = d > maxtop - l->top ? maxtop : l->top + d;
	}
	if (l->sel < l->top)
		l->sel = l->top;
	if (l->sel >= l->top + vis)
		l->sel = l->top + vis - 1;
	ui_list_fix(l, vis);
}

long
ui_list_hit(const struct ui_list *l, int rely, int rowh, size_t vis)
{
	size_t i;

	if (rely < 0 || rowh < 1)
		return -1;
	i = (size_t)(rely / rowh);
	if (i >= vis || l->top + i >= l->n)
		return -1;
	return (long)(l->top + i);
}

void
ui_list_draw(const struct ui_list *l, struct ui_rect body, int rowh,
    int focused, ui_list_row_fn *row, void *ctx)
{
	size_t vis = ui_list_visible(body.h, rowh);
	int y = body.y;

	for (size_t i = l->top; i < l->n && i < l->top + vis; i++) {
		struct ui_rect r = body;
		int sel = i == l->sel;

		r.y = y;
		r.h = rowh < body.y + body.h - y ? rowh : body.y + body.h - y;
		for (int k = 0; k < r.h; k++)
			ui_draw_fill(r.y + k, r.x, r.w, sel ? (focused ?
			    ROLE_SELECTION : ROLE_SELECTION_DIM) : ROLE_TEXT);
		row(ctx, i, r, sel, focused);
		y += rowh;
	}
	for (; y < body.y + body.h; y++)
		ui_draw_fill(y, body.x, body.w, ROLE_TEXT);
}
