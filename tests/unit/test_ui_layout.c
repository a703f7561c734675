/*
 * test_ui_layout: where the reader puts its panes at the sizes people
 * use (80x24, 120x40, 40x12), where it switches to one pane, when it
 * gives up ("terminal too small"), the list's width and the user's < and
 * >, the zoomed detail, the text column (its cap, left or centred), and
 * that no rectangle ever leaves the screen or overlaps another at any
 * size from 0x0 to 200x60, whatever the user chose.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ui_layout.h"

/* The panes at the sizes people use, one row a case. */
static const struct {
	int rows, cols, axis;
	enum ui_focus focus;
	int single, axis_h;
	struct ui_rect list;
	int sep_x;
	struct ui_rect detail;
} cases[] = {
	/* 80x24: two panes; focus does not move panes when both show. */
	{ 24, 80, 0, UI_FOCUS_LIST, 0, 0, { 1, 0, 22, 32 }, 32,
	  { 1, 33, 22, 47 } },
	{ 24, 80, 0, UI_FOCUS_DETAIL, 0, 0, { 1, 0, 22, 32 }, 32,
	  { 1, 33, 22, 47 } },
	/* Wide: the reader has its measure, the list the rest, wide
	 * enough for one-line article rows; very wide: the list stops
	 * growing, the reader gets the rest. */
	{ 40, 120, 0, UI_FOCUS_LIST, 0, 0, { 1, 0, 38, 60 }, 60,
	  { 1, 61, 38, 59 } },
	{ 40, 100, 0, UI_FOCUS_LIST, 0, 0, { 1, 0, 38, 40 }, 40,
	  { 1, 41, 38, 59 } },
	{ 50, 300, 0, UI_FOCUS_LIST, 0, 0, { 1, 0, 48, UI_LAYOUT_LIST_MAX },
	  UI_LAYOUT_LIST_MAX, { 1, UI_LAYOUT_LIST_MAX + 1, 48,
	  300 - UI_LAYOUT_LIST_MAX - 1 } },
	/* Below UI_LAYOUT_SPLIT_COLS: one pane, the focused one. */
	{ 12, 40, 0, UI_FOCUS_LIST, 1, 0, { 1, 0, 10, 40 }, -1,
	  { 0, 0, 0, 0 } },
	{ 12, 40, 0, UI_FOCUS_DETAIL, 1, 0, { 0, 0, 0, 0 }, -1,
	  { 1, 0, 10, 40 } },
	{ 24, UI_LAYOUT_SPLIT_COLS - 1, 0, UI_FOCUS_LIST, 1, 0,
	  { 1, 0, 22, UI_LAYOUT_SPLIT_COLS - 1 }, -1, { 0, 0, 0, 0 } },
	{ 24, UI_LAYOUT_SPLIT_COLS, 0, UI_FOCUS_LIST, 0, 0, { 1, 0, 22, 32 },
	  32, { 1, 33, 22, UI_LAYOUT_SPLIT_COLS - 33 } },
	/* The axis strip when tall enough; too short, the list matters
	 * more than the strip. */
	{ 24, 80, 1, UI_FOCUS_LIST, 0, 2, { 3, 0, 20, 32 }, 32,
	  { 3, 33, 20, 47 } },
	{ 12, 40, 1, UI_FOCUS_LIST, 1, 2, { 3, 0, 8, 40 }, -1,
	  { 0, 0, 0, 0 } },
	{ 11, 80, 1, UI_FOCUS_LIST, 0, 0, { 1, 0, 9, 32 }, 32,
	  { 1, 33, 9, 47 } },
};

static void
assert_rect(struct ui_rect got, struct ui_rect want, size_t i)
{
	if (got.y != want.y || got.x != want.x || got.h != want.h ||
	    got.w != want.w)
		fail_msg("case %zu: got {%d,%d,%d,%d}, want {%d,%d,%d,%d}", i,
		    got.y, got.x, got.h, got.w, want.y, want.x, want.h, want.w);
}

static void
panes_at_usual_sizes(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct ui_layout l;

		ui_layout_compute(&l, cases[i].rows, cases[i].cols,
		    cases[i].axis, cases[i].focus, NULL);
		assert_false(l.too_small);
		assert_int_equal(l.single, cases[i].single);
		assert_int_equal(l.axis.h, cases[i].axis_h);
		assert_rect(l.list, cases[i].list, i);
		assert_int_equal(l.sep_x, cases[i].sep_x);
		assert_rect(l.detail, cases[i].detail, i);
		/* The header on top, the status line at the bottom, the axis
		 * (if any) right under the header, across the screen. */
		assert_int_equal(l.header.y, 0);
		assert_int_equal(l.header.w, cases[i].cols);
		assert_int_equal(l.status.y, cases[i].rows - 1);
		if (l.axis.h > 0) {
			assert_int_equal(l.axis.y, 1);
			assert_int_equal(l.axis.w, cases[i].cols);
		}
	}
}

static void
text_keeps_a_margin(void **state)
{
	struct ui_layout l;
	struct ui_rect t;

	(void)state;
	ui_layout_compute(&l, 24, 80, 0, UI_FOCUS_LIST, NULL);
	t = ui_layout_text(l.detail);
	assert_int_equal(t.y, 2);
	assert_int_equal(t.h, 21);
	assert_int_equal(t.x, 34);
	assert_int_equal(t.w, 45);
	ui_layout_compute(&l, 12, 40, 0, UI_FOCUS_DETAIL, NULL);
	assert_int_equal(ui_layout_text(l.detail).w, 38);
}

static void
too_small(void **state)
{
	static const int sizes[][2] = {
		{ 0, 0 }, { 1, 1 }, { 24, UI_LAYOUT_MIN_COLS - 1 },
		{ UI_LAYOUT_MIN_ROWS - 1, 80 }, { 5, 19 }, { -3, -7 },
	};
	struct ui_layout l;

	(void)state;
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		ui_layout_compute(&l, sizes[i][0], sizes[i][1], 1,
		    UI_FOCUS_LIST, NULL);
		assert_true(l.too_small);
		assert_int_equal(l.list.w, 0);
		assert_int_equal(l.detail.w, 0);
		assert_int_equal(l.header.w, 0);
		assert_int_equal(l.status.w, 0);
	}
	ui_layout_compute(&l, UI_LAYOUT_MIN_ROWS, UI_LAYOUT_MIN_COLS, 1,
	    UI_FOCUS_DETAIL, NULL);
	assert_false(l.too_small);
	/* Even the smallest layout has a line of text under the bar. */
	assert_true(ui_layout_body(l.detail).h >= 1);
	assert_true(ui_layout_text(l.detail).w >= 1);
}

static int
inside(struct ui_rect r, int rows, int cols)
{
	if (r.w == 0 || r.h == 0)
		return r.w == 0 && r.h == 0;
	return r.y >= 0 && r.x >= 0 && r.y + r.h <= rows && r.x + r.w <= cols;
}

static int
overlap(struct ui_rect a, struct ui_rect b)
{
	if (a.w == 0 || b.w == 0)
		return 0;
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h &&
	    b.y < a.y + a.h;
}

static void
every_size_stays_on_screen(void **state)
{
	static const struct ui_layout_opts opts[] = {
		{ 0, 0 }, { 1, 0 }, { 0, -400 }, { 0, 400 }, { 1, 12 },
	};

	(void)state;
	for (int rows = 0; rows <= 60; rows++)
		for (int cols = 0; cols <= 200; cols++)
			for (int f = 0; f < 4 * 5; f++) {
				const struct ui_layout_opts *o = &opts[f / 4];
				struct ui_layout l;
				struct ui_rect r[5];

				ui_layout_compute(&l, rows, cols, f & 1,
				    (f & 2) ? UI_FOCUS_DETAIL : UI_FOCUS_LIST,
				    o);
				r[0] = l.header;
				r[1] = l.axis;
				r[2] = l.list;
				r[3] = l.detail;
				r[4] = l.status;
				for (int i = 0; i < 5; i++) {
					assert_true(inside(r[i], rows, cols));
					for (int j = i + 1; j < 5; j++)
						assert_false(overlap(r[i], r[j]));
				}
				if (!l.too_small)
					assert_true(l.list.w > 0 ||
					    l.detail.w > 0);
				if (l.sep_x >= 0) {
					assert_int_equal(l.sep_x,
					    l.list.x + l.list.w);
					/* Two panes: both worth having. */
					assert_true(l.list.w >=
					    UI_LAYOUT_LIST_FLOOR);
					assert_true(l.detail.w >=
					    UI_LAYOUT_DETAIL_MIN);
				}
			}
}

/* The default width follows the terminal: the reader's measure first,
 * then the list up to its maximum, then the reader again. */
static void
list_follows_the_terminal(void **state)
{
	static const int want[][2] = {
		{ 70, 32 }, { 80, 32 }, { 92, 32 }, { 100, 40 }, { 110, 50 },
		{ 120, 60 }, { 121, 60 }, { 200, 60 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		assert_int_equal(ui_layout_list_width(want[i][0], 0),
		    want[i][1]);
	/* One-line article rows from 120 columns on, not at 80. */
	assert_true(ui_layout_list_width(120, 0) >= UI_LAYOUT_ONE_LINE);
	assert_true(ui_layout_list_width(80, 0) < UI_LAYOUT_ONE_LINE);
}

/* < and > move the list by a step, up to the bounds, and a press at a
 * bound changes nothing; an adjustment from a wider terminal is taken
 * from the width as shown, so the next press is seen. */
static void
list_resizes_by_steps(void **state)
{
	int adj = 0, w, prev;

	(void)state;
	adj = ui_layout_list_resize(80, adj, UI_LAYOUT_LIST_STEP);
	assert_int_equal(ui_layout_list_width(80, adj), 36);
	adj = ui_layout_list_resize(80, adj, -2 * UI_LAYOUT_LIST_STEP);
	assert_int_equal(ui_layout_list_width(80, adj), 28);
	for (int k = 0; k < 40; k++)
		adj = ui_layout_list_resize(80, adj, UI_LAYOUT_LIST_STEP);
	prev = ui_layout_list_width(80, adj);
	assert_int_equal(prev, 80 - 1 - UI_LAYOUT_DETAIL_MIN);
	/* At the bound, a press changes nothing. */
	adj = ui_layout_list_resize(80, adj, UI_LAYOUT_LIST_STEP);
	assert_int_equal(ui_layout_list_width(80, adj), prev);
	for (int k = 0; k < 40; k++)
		adj = ui_layout_list_resize(80, adj, -UI_LAYOUT_LIST_STEP);
	assert_int_equal(ui_layout_list_width(80, adj), UI_LAYOUT_LIST_FLOOR);
	/* Widened to the full on 200 columns, then at 80: one press
	 * narrows what is shown. */
	adj = ui_layout_list_resize(200, 0, 400);
	w = ui_layout_list_width(80, adj);
	assert_int_equal(w, 80 - 1 - UI_LAYOUT_DETAIL_MIN);
	adj = ui_layout_list_resize(80, adj, -UI_LAYOUT_LIST_STEP);
	assert_int_equal(ui_layout_list_width(80, adj), w -
	    UI_LAYOUT_LIST_STEP);
	/* The layout uses it. */
	{
		struct ui_layout l;
		struct ui_layout_opts o = { 0, 0 };

		o.list_adjust = ui_layout_list_resize(120, 0,
		    -UI_LAYOUT_LIST_STEP);
		ui_layout_compute(&l, 40, 120, 0, UI_FOCUS_LIST, &o);
		assert_int_equal(l.list.w, 56);
		assert_int_equal(l.detail.x, 57);
		assert_int_equal(l.detail.w, 63);
	}
}

/* Zoomed, the detail alone, full width, at every size that has panes;
 * only with the detail focused. */
static void
zoom_takes_the_width(void **state)
{
	struct ui_layout_opts o = { 1, 0 };
	struct ui_layout l;

	(void)state;
	ui_layout_compute(&l, 40, 120, 0, UI_FOCUS_DETAIL, &o);
	assert_true(l.zoom);
	assert_false(l.single);
	assert_int_equal(l.list.w, 0);
	assert_int_equal(l.sep_x, -1);
	assert_rect(l.detail, (struct ui_rect){ 1, 0, 38, 120 }, 0);
	ui_layout_compute(&l, 24, 80, 1, UI_FOCUS_DETAIL, &o);
	assert_rect(l.detail, (struct ui_rect){ 3, 0, 20, 80 }, 1);
	ui_layout_compute(&l, 12, 40, 0, UI_FOCUS_DETAIL, &o);
	assert_true(l.zoom);
	assert_rect(l.detail, (struct ui_rect){ 1, 0, 10, 40 }, 2);
	ui_layout_compute(&l, 40, 120, 0, UI_FOCUS_LIST, &o);
	assert_false(l.zoom);
	assert_int_equal(l.list.w, 60);
	ui_layout_compute(&l, 3, 120, 0, UI_FOCUS_DETAIL, &o);
	assert_true(l.too_small);
	assert_false(l.zoom);
}

/* The text column: capped at the text width (80 by default), left or
 * centred; a narrower area is left as it is, and < 0 is no cap. */
static void
text_column(void **state)
{
	struct ui_layout_opts o = { 1, 0 };
	struct ui_layout l;
	struct ui_rect t, c;

	(void)state;
	ui_layout_compute(&l, 40, 120, 0, UI_FOCUS_DETAIL, &o);
	t = ui_layout_text(l.detail);
	assert_int_equal(t.w, 118);
	c = ui_layout_column(t, 0, 0);
	assert_rect(c, (struct ui_rect){ 2, 1, 37, 80 }, 0);
	c = ui_layout_column(t, 0, 1);
	assert_rect(c, (struct ui_rect){ 2, 1 + 19, 37, 80 }, 1);
	c = ui_layout_column(t, 60, 1);
	assert_rect(c, (struct ui_rect){ 2, 1 + 29, 37, 60 }, 2);
	c = ui_layout_column(t, -1, 1);
	assert_rect(c, t, 3);
	c = ui_layout_column(t, 118, 1);
	assert_rect(c, t, 4);
	/* Unzoomed at 120 the pane is narrower than the cap. */
	ui_layout_compute(&l, 40, 120, 0, UI_FOCUS_DETAIL, NULL);
	t = ui_layout_text(l.detail);
	assert_rect(ui_layout_column(t, 0, 1), t, 5);
	/* Centred stays inside the area at every width. */
	for (int w = 1; w <= 200; w++) {
		struct ui_rect a = { 2, 5, 10, w };

		c = ui_layout_column(a, 0, 1);
		assert_true(c.x >= a.x && c.x + c.w <= a.x + a.w);
		assert_int_equal(c.w, w < 80 ? w : 80);
		assert_true(c.x - a.x == (a.x + a.w) - (c.x + c.w) ||
		    c.x - a.x + 1 == (a.x + a.w) - (c.x + c.w));
	}
}

static void
hit_testing(void **state)
{
	struct ui_rect r = { 2, 3, 4, 5 }, none = { 0, 0, 0, 0 };

	(void)state;
	assert_true(ui_layout_hit(r, 2, 3));
	assert_true(ui_layout_hit(r, 5, 7));
	assert_false(ui_layout_hit(r, 6, 7));
	assert_false(ui_layout_hit(r, 5, 8));
	assert_false(ui_layout_hit(r, 1, 3));
	assert_false(ui_layout_hit(none, 0, 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(panes_at_usual_sizes),
		cmocka_unit_test(text_keeps_a_margin),
		cmocka_unit_test(too_small),
		cmocka_unit_test(every_size_stays_on_screen),
		cmocka_unit_test(list_follows_the_terminal),
		cmocka_unit_test(list_resizes_by_steps),
		cmocka_unit_test(zoom_takes_the_width),
		cmocka_unit_test(text_column),
		cmocka_unit_test(hit_testing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
