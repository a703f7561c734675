/*
 * ui_help: the help overlay's text, generated from the key table
 * (ui_keys[]) as a render_doc, so the pager scrolls it like any detail
 * pane and no key can be bound without showing up here.
 */
#ifndef HOSO_UI_HELP_H
#define HOSO_UI_HELP_H

#include "render.h"

/* Lays the help out at width columns (>= 1). */
void ui_help_render(struct render_doc *doc, int width);

#endif
