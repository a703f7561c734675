/*
 * ui_panes: the arrangement of the panes the user controls (the zoomed
 * detail pane, the list's width) and the detail's text column; private
 * to src/ui.  The geometry itself is ui_layout's arithmetic.
 */
#ifndef HOSO_UI_PANES_H
#define HOSO_UI_PANES_H

#include "ui_layout.h"

struct ui;

/* Before a layout: zoom ends once the detail pane is not focused (a view
 * switched, a list focused, a jump to a list). */
void ui_panes_settle(struct ui *u);
/* z: zooms the detail pane, or ends the zoom. */
void ui_panes_zoom(struct ui *u);
/* Ends the zoom: 1 if there was one (q and Esc do that first). */
int ui_panes_unzoom(struct ui *u);
/* < and >: the list a step narrower (dir < 0) or wider. */
void ui_panes_list_width(struct ui *u, int dir);
/* The text column within the detail's text area t, by the reader's
 * text width options. */
struct ui_rect ui_panes_column(const struct ui *u, struct ui_rect t);

#endif
