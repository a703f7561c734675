/*
 * test_ui_layout: where the reader puts its panes at the sizes people
 * use (80x24, 120x40, 40x12), where it switches to one pane, when it
 * gives up ("terminal too small"), and that no rectangle ever leaves the
 * screen or overlaps another at any size from 0x0 to 200x60.
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
	/* Wide; very wide: the list stops growing, the reader gets the
	 * rest. */
	{ 40, 120, 0, UI_FOCUS_LIST, 0, 0, { 1, 0, 38, 48 }, 48,
	  { 1, 49, 38, 71 } },
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
	{ 24, UI_LAYOUT_SPLIT_COLS, 0, UI_FOCUS_LIST, 0, 0, { 1, 0, 22, 28 },
	  28, { 1, 29, 22, UI_LAYOUT_SPLIT_COLS - 29 } },
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
		    cases[i].axis, cases[i].focus);
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
	ui_layout_compute(&l, 24, 80, 0, UI_FOCUS_LIST);
	t = ui_layout_text(l.detail);
	assert_int_equal(t.y, 2);
	assert_int_equal(t.h, 21);
	assert_int_equal(t.x, 34);
	assert_int_equal(t.w, 45);
	ui_layout_compute(&l, 12, 40, 0, UI_FOCUS_DETAIL);
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
		    UI_FOCUS_LIST);
		assert_true(l.too_small);
		assert_int_equal(l.list.w, 0);
		assert_int_equal(l.detail.w, 0);
		assert_int_equal(l.header.w, 0);
		assert_int_equal(l.status.w, 0);
	}
	ui_layout_compute(&l, UI_LAYOUT_MIN_ROWS, UI_LAYOUT_MIN_COLS, 1,
	    UI_FOCUS_DETAIL);
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
	(void)state;
	for (int rows = 0; rows <= 60; rows++)
		for (int cols = 0; cols <= 200; cols++)
			for (int f = 0; f < 4; f++) {
				struct ui_layout l;
				struct ui_rect r[5];

				ui_layout_compute(&l, rows, cols, f & 1,
				    (f & 2) ? UI_FOCUS_DETAIL : UI_FOCUS_LIST);
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
				if (l.sep_x >= 0)
					assert_int_equal(l.sep_x,
					    l.list.x + l.list.w);
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
		cmocka_unit_test(hit_testing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
