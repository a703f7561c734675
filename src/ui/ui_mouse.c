/*
 * ui_mouse: clicks and the wheel, in the pane under the pointer: select
 * and focus, follow a link, switch view by its tab, pick a year on the
 * timeline's axis, scroll; and turning the capture off and on, for the
 * terminal's own selection.
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
		if (!ui_open_link(u, &p->doc, &p->doc.links[link].to))
			ui_reader_follow(u, p->doc.links[link].to);
	}
}

void
ui_mouse(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	MEVENT ev;
	int wheel, y, x;

	/* With the capture off, an event that still comes (bytes that
	 * look like one) is the terminal's, not a click for us. */
	if (getmouse(&ev) != OK || !ui_term_mouse_on())
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
			r = ui_vshown(vs, r);
		if (r != UI_VIEW_NONE)
			ui_list_select(&vs->list, r, ui_reader_list_vis(u));
	}
}

void
ui_mouse_toggle(struct ui *u)
{
	int on = !ui_term_mouse_on();

	if (ui_term_mouse(on) != 0) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Terminal này không báo "
		    "chuột", "This terminal reports no mouse"));
		return;
	}
	ui_msgs_say(&u->msgs, 0, "%s", on ?
	    L("Đã bật chuột — giữ Shift mà kéo để chọn chữ",
	    "Mouse on — Shift-drag selects text") :
	    L("Đã tắt chuột — kéo để chọn chữ, M để bật lại",
	    "Mouse off — drag selects text; M turns it on"));
}
