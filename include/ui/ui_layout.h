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
 *
 * The list's width follows the terminal: the detail pane is given a
 * reading measure first (UI_LAYOUT_DETAIL_WANT columns), the list the
 * rest, between UI_LAYOUT_LIST_MIN and UI_LAYOUT_LIST_MAX, and beyond
 * that the detail grows again; the user moves it by whole steps (< and
 * >) within UI_LAYOUT_LIST_FLOOR and a detail of UI_LAYOUT_DETAIL_MIN.
 * Zoomed, the detail pane alone takes the width, like a single-pane
 * layout.  The detail's text is a column of at most the reader's text
 * width, at the left of the pane or centred in it.
 */
#ifndef HOSO_UI_LAYOUT_H
#define HOSO_UI_LAYOUT_H

#define UI_LAYOUT_MIN_COLS 20
#define UI_LAYOUT_MIN_ROWS 6
#define UI_LAYOUT_SPLIT_COLS 70		/* two panes from here on */
#define UI_LAYOUT_AXIS_ROWS 2
#define UI_LAYOUT_AXIS_MIN_ROWS 12	/* the axis strip needs this height */
#define UI_LAYOUT_LIST_MIN 32		/* the default width's bounds */
#define UI_LAYOUT_LIST_MAX 60
#define UI_LAYOUT_DETAIL_WANT 60	/* the detail's share comes first */
#define UI_LAYOUT_LIST_FLOOR 20		/* the narrowest the user can make it */
#define UI_LAYOUT_DETAIL_MIN 30		/* what the list leaves at least */
#define UI_LAYOUT_LIST_STEP 4		/* columns a < or > moves it */
#define UI_LAYOUT_ONE_LINE 60		/* list rows of one line from here */
#define UI_LAYOUT_TEXT_WIDTH 80		/* the text column's default cap */
#define UI_LAYOUT_LEGEND_MIN_ROWS 30	/* and has a legend line from here */

enum ui_focus { UI_FOCUS_LIST, UI_FOCUS_DETAIL };

struct ui_rect {
	int y, x, h, w;			/* w == 0 or h == 0: not shown */
};

/* What the user chose about the panes (kept for the session). */
struct ui_layout_opts {
	int zoom;			/* the detail alone, full width */
	int list_adjust;		/* columns added to the list's width */
};

struct ui_layout {
	int rows, cols;
	int too_small;			/* nothing but the message fits */
	int single;			/* one pane at a time */
	int zoom;			/* the detail pane zoomed */
	struct ui_rect header;
	struct ui_rect axis;		/* h == 0 when there is none */
	struct ui_rect list, detail;	/* whole panes, title bar included */
	int sep_x;			/* separator column, -1 when none */
	struct ui_rect status;
};

/* Lays out a rows x cols screen.  want_axis: the view has an axis strip;
 * focus: which pane is shown when there is room for only one; o: the
 * user's choices (NULL: none).  Zoom holds only with the detail focused. */
void ui_layout_compute(struct ui_layout *l, int rows, int cols,
    int want_axis, enum ui_focus focus, const struct ui_layout_opts *o);
/* The list pane's width in a two-pane layout of cols columns. */
int ui_layout_list_width(int cols, int list_adjust);
/* The list_adjust that moves the list's width by delta columns from
 * what it is now, kept within its bounds at this width. */
int ui_layout_list_resize(int cols, int list_adjust, int delta);

/* The pane's content below its title bar (h may be 0). */
struct ui_rect ui_layout_body(struct ui_rect pane);
/* The detail pane's text area: the body less a one-column margin on each
 * side (at least one column wide when the pane is shown). */
struct ui_rect ui_layout_text(struct ui_rect pane);
/* The column text is set in within the text area t: at most text_width
 * columns (0: UI_LAYOUT_TEXT_WIDTH, < 0: no limit), at the left of t or
 * centred in it. */
struct ui_rect ui_layout_column(struct ui_rect t, int text_width,
    int center);
/* 1 if (y, x) is inside r. */
int ui_layout_hit(struct ui_rect r, int y, int x);

#endif
