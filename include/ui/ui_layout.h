/*
 * ui_layout: where everything goes on a screen of a given size, as plain
 * arithmetic (no curses), so it is unit-tested at every size.
 *
 *   row 0            header: corpus, counts, the view tabs
 *   [axis rows]      timeline axis strip (timeline view, tall enough;
 *                    a legend line too when taller still)
 *   panes            list pane | separator | detail pane; each pane's
 *                    first row is its title bar, the focus mark
 *   last row         status line (and the prompt)
 *
 * Below UI_LAYOUT_SPLIT_COLS columns only the focused pane is shown, full
 * width.  Below the minimum size nothing but "terminal too small".
 */
#ifndef HOSO_UI_LAYOUT_H
#define HOSO_UI_LAYOUT_H

#define UI_LAYOUT_MIN_COLS 20
#define UI_LAYOUT_MIN_ROWS 6
#define UI_LAYOUT_SPLIT_COLS 70		/* two panes from here on */
#define UI_LAYOUT_AXIS_ROWS 2
#define UI_LAYOUT_AXIS_MIN_ROWS 12	/* the axis strip needs this height */
#define UI_LAYOUT_LEGEND_MIN_ROWS 30	/* and has a legend line from here */
#define UI_LAYOUT_LIST_MIN 26
#define UI_LAYOUT_LIST_MAX 56

enum ui_focus { UI_FOCUS_LIST, UI_FOCUS_DETAIL };

struct ui_rect {
	int y, x, h, w;			/* w == 0 or h == 0: not shown */
};

struct ui_layout {
	int rows, cols;
	int too_small;			/* nothing but the message fits */
	int single;			/* one pane at a time */
	struct ui_rect header;
	struct ui_rect axis;		/* h == 0 when there is none */
	struct ui_rect list, detail;	/* whole panes, title bar included */
	int sep_x;			/* separator column, -1 when none */
	struct ui_rect status;
};

/* Lays out a rows x cols screen.  want_axis: the view has an axis strip;
 * focus: which pane is shown when there is room for only one. */
void ui_layout_compute(struct ui_layout *l, int rows, int cols,
    int want_axis, enum ui_focus focus);

/* The pane's content below its title bar (h may be 0). */
struct ui_rect ui_layout_body(struct ui_rect pane);
/* The detail pane's text area: the body less a one-column margin on each
 * side (at least one column wide when the pane is shown). */
struct ui_rect ui_layout_text(struct ui_rect pane);
/* 1 if (y, x) is inside r. */
int ui_layout_hit(struct ui_rect r, int y, int x);

#endif
