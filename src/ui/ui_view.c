/*
 * ui_view: what the views share (see include/ui/ui_view.h).
 */
#include "ui_view.h"

#include "theme.h"

struct link
ui_view_place(const struct ui_view *v, const struct ui_ctx *c, size_t row)
{
	struct link at = v->link(c, row);

	if (at.view != v->place) {
		at.view = v->place;
		at.item = row;
	}
	at.offset = at.len = 0;
	return at;
}

int
ui_view_sel_role(int selected, int focused)
{
	if (!selected)
		return -1;
	return focused ? ROLE_SELECTION : ROLE_SELECTION_DIM;
}
