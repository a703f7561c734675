/*
 * ui_view: what the views share (see include/ui/ui_view.h).
 */
#include "ui_view.h"

#include "theme.h"

int
ui_view_sel_role(int selected, int focused)
{
	if (!selected)
		return -1;
	return focused ? ROLE_SELECTION : ROLE_SELECTION_DIM;
}
