/*
 * ui_list: the one list widget every view uses (articles, milestones,
 * topics, search results), after tmux's mode-tree: the widget owns the
 * selection and the scrolling, the view owns how a row looks.
 *
 * All rows of a list have the same height (rowh screen lines), so the
 * scrolling math is on items; it is pure and unit-tested.
 */
#ifndef HOSO_UI_LIST_H
#define HOSO_UI_LIST_H

#include <stddef.h>

#include "ui_layout.h"

struct ui_list {
	size_t n;			/* items */
	size_t sel;			/* selected item (0 when n == 0) */
	size_t top;			/* first item shown */
};

/* Items that fit in height screen lines (at least 1). */
size_t ui_list_visible(int height, int rowh);
/* Sets the number of items and makes sel and top valid again. */
void ui_list_set_count(struct ui_list *l, size_t n, size_t vis);
/* Makes sel valid and visible with the least scrolling, and uses the
 * whole height when the end of the list is shown (after a resize). */
void ui_list_fix(struct ui_list *l, size_t vis);
/* Moves the selection by delta items, clamped to the list. */
void ui_list_move(struct ui_list *l, long delta, size_t vis);
/* Selects item i (clamped) and scrolls to show it. */
void ui_list_select(struct ui_list *l, size_t i, size_t vis);
/* Scrolls the view by delta items (mouse wheel); the selection is pulled
 * along when it would leave the view. */
void ui_list_scroll(struct ui_list *l, long delta, size_t vis);
/* The item drawn at screen line rely of the body (0 = first), or -1. */
long ui_list_hit(const struct ui_list *l, int rely, int rowh, size_t vis);

/* How a view draws one row: r is the row's rectangle (rowh lines). */
typedef void ui_list_row_fn(void *ctx, size_t item, struct ui_rect r,
    int selected, int focused);

/* Draws the visible rows into body and clears the lines below them. */
void ui_list_draw(const struct ui_list *l, struct ui_rect body, int rowh,
    int focused, ui_list_row_fn *row, void *ctx);

#endif
