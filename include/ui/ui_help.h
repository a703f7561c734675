/*
 * ui_help: the help overlay.  Its text is generated from the key table
 * (ui_keys[]) as a render_doc, so a pager scrolls it like any detail pane
 * and no key can be bound without showing up here.  The overlay is a box
 * over the middle of the screen, laid out again at every frame.  `/`
 * searches it (ui_search.c), n and N step through the matches.
 */
#ifndef HOSO_UI_HELP_H
#define HOSO_UI_HELP_H

#include "render.h"
#include "ui_pager.h"

/* Lays the help out at width columns (>= 1). */
void ui_help_render(struct render_doc *doc, int width);

/* Draws the overlay with p (re-rendered when the width changed, and the
 * search q, may be NULL, found again then). */
void ui_help_draw(struct ui_pager *p, const struct search *q);
/* The height of the overlay's text, in lines. */
int ui_help_text_h(void);
/* A key (curses code, -1 for none) while the overlay is open: scrolls
 * (the half-page keys by half the box); returns 1 when it closes the
 * overlay (Esc, and the keys of quit and help). */
int ui_help_key(struct ui_pager *p, int code);
/* A mouse event: the wheel scrolls, a click outside the box closes it
 * (returns 1). */
int ui_help_mouse(struct ui_pager *p, int y, int x, int wheel);

#endif
