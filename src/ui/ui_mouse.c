/*
 * ui_mouse: clicks and the wheel, in the pane under the pointer: select
 * and focus, follow a link, switch view by its tab, pick a year on the
 * timeline's axis, scroll.
 */
#include "ui_impl.h"

#include "ui_help.h"

/* Lines per wheel notch. */
#define WHEEL_STEP 3

static void
mouse_list(struct ui *u, int y, int wheel)
{
	struct ui_vstate *vs = ui_cur(u);
	struct ui_rect body = ui_layout_body(u->lay.list);
	long row;

	if (wheel != 0) {
		ui_list_scroll(&vs->list, wheel, ui_reader_list_vis(u));
		return;
	}
	u->focus = UI_FOCUS_LIST;
	row = ui_list_hit(&vs->list, y - body.y, ui_view_rowh(vs->vw, body.w),
	    ui_reader_list_vis(u));
	if (row >= 0)
		ui_list_select(&vs->list, (size_t)row, ui_reader_list_vis(u));
}

static void
mouse_detail(struct ui *u, int y, int x, int wheel)
{
	struct ui_pager *p = &ui_cur(u)->pager;
	long link;

	if (wheel != 0) {
		ui_pager_scroll(&ui_cur(u)->pager, wheel, ui_reader_text_h(u));
		return;
	}
	u->focus = UI_FOCUS_DETAIL;
	link = ui_pager_link_at(p, u->dtext, y, x);
	if (link >= 0 && (size_t)link < p->doc.nlinks) {
		p->link = link;
		ui_reader_follow(u, p->doc.links[link].to);
	}
}

void
ui_mouse(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	MEVENT ev;
	int wheel, y, x;

	if (getmouse(&ev) != OK)
		return;
	y = ev.y;
	x = ev.x;
	wheel = (ev.bstate & BUTTON4_PRESSED) ? -WHEEL_STEP :
	    (ev.bstate & BUTTON5_PRESSED) ? WHEEL_STEP : 0;
	if (u->help) {
		if (ui_help_mouse(&u->helpp, y, x, wheel) != 0)
			u->help = 0;
		return;
	}
	if (u->lay.too_small || !(wheel != 0 ||
	    (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))))
		return;
	if (ui_layout_hit(u->lay.list, y, x)) {
		mouse_list(u, y, wheel);
		return;
	}
	if (ui_layout_hit(u->lay.detail, y, x)) {
		mouse_detail(u, y, x, wheel);
		return;
	}
	if (wheel != 0)
		return;
	if (ui_layout_hit(u->lay.header, y, x)) {
		for (int v = 0; v < UI_NVIEWS; v++)
			if (x >= u->tabx[v][0] && x < u->tabx[v][1] &&
			    v != u->view) {
				u->focus = UI_FOCUS_LIST;
				ui_reader_switch(u, v);
			}
		return;
	}
	if (ui_layout_hit(u->lay.axis, y, x) && vs->vw->axis_hit != NULL) {
		size_t r = vs->vw->axis_hit(&vs->ctx, u->lay.axis, x);

		if (r != UI_VIEW_NONE)
			ui_list_select(&vs->list, r, ui_reader_list_vis(u));
	}
}
