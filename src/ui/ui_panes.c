/*
 * ui_panes: zoom and the list's width (see ui_panes.h).  Both are kept
 * in u->panes for the session only: a width chosen on one terminal is
 * no measure for the next.
 */
#include "ui_impl.h"

#include <curses.h>

#include "lang.h"
#include "ui_keys.h"
#include "ui_panes.h"

void
ui_panes_settle(struct ui *u)
{
	if (u->focus != UI_FOCUS_DETAIL || ui_cur(u)->list.n == 0)
		u->panes.zoom = 0;
}

void
ui_panes_zoom(struct ui *u)
{
	if (ui_panes_unzoom(u))
		return;
	if (ui_cur(u)->list.n == 0) {
		ui_msgs_say(&u->msgs, 0, "%s", L("Không có gì để phóng to",
		    "Nothing to zoom"));
		return;
	}
	u->focus = UI_FOCUS_DETAIL;
	u->panes.zoom = 1;
}

int
ui_panes_unzoom(struct ui *u)
{
	if (!u->panes.zoom)
		return 0;
	u->panes.zoom = 0;
	return 1;
}

void
ui_panes_list_width(struct ui *u, int dir)
{
	int was = ui_layout_list_width(COLS, u->panes.list_adjust), now;

	/* The list is to be seen being resized. */
	ui_panes_unzoom(u);
	if (COLS < UI_LAYOUT_SPLIT_COLS) {
		ui_msgs_say(&u->msgs, 0, "%s", L("Cửa sổ hẹp: từng khung một",
		    "Too narrow for two panes"));
		return;
	}
	u->panes.list_adjust = ui_layout_list_resize(COLS,
	    u->panes.list_adjust, dir * UI_LAYOUT_LIST_STEP);
	now = ui_layout_list_width(COLS, u->panes.list_adjust);
	if (now == was)
		ui_msgs_say(&u->msgs, 0, "%s", dir < 0 ?
		    L("Danh sách đã hẹp nhất", "The list is as narrow as it "
		    "goes") : L("Danh sách đã rộng nhất", "The list is as "
		    "wide as it goes"));
}

struct ui_rect
ui_panes_column(const struct ui *u, struct ui_rect t)
{
	return ui_layout_column(t, u->o->text_width, u->o->text_center);
}
