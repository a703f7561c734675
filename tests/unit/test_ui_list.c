/*
 * test_ui_list: the list widget's selection and scrolling, as a reader
 * sees them: moving past either end stops there, the selection is always
 * on screen, a taller window after a resize shows more items instead of
 * blank space, rows that change height with the width (one line in a
 * wide list, two in a narrow one) keep the selection on screen and the
 * list full, the wheel scrolls and drags the selection along, and a
 * click lands on the row drawn under it.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ui_list.h"

static void
visible_rows(void **state)
{
	(void)state;
	assert_int_equal(ui_list_visible(10, 1), 10);
	assert_int_equal(ui_list_visible(10, 2), 5);
	assert_int_equal(ui_list_visible(11, 2), 5);
	/* Never zero, so the selection always has somewhere to be. */
	assert_int_equal(ui_list_visible(1, 2), 1);
	assert_int_equal(ui_list_visible(0, 1), 1);
	assert_int_equal(ui_list_visible(-4, 0), 1);
}

static void
moving_clamps_and_scrolls(void **state)
{
	struct ui_list l = { 0, 0, 0 };

	(void)state;
	ui_list_set_count(&l, 20, 5);
	ui_list_move(&l, 1, 5);
	assert_int_equal(l.sel, 1);
	assert_int_equal(l.top, 0);
	ui_list_move(&l, 4, 5);
	assert_int_equal(l.sel, 5);
	assert_int_equal(l.top, 1);		/* just enough to show it */
	ui_list_move(&l, -3, 5);
	assert_int_equal(l.sel, 2);
	assert_int_equal(l.top, 1);
	ui_list_move(&l, -100, 5);
	assert_int_equal(l.sel, 0);
	assert_int_equal(l.top, 0);
	ui_list_move(&l, 100, 5);
	assert_int_equal(l.sel, 19);
	assert_int_equal(l.top, 15);
	ui_list_move(&l, LONG_MAX, 5);
	assert_int_equal(l.sel, 19);
	ui_list_move(&l, LONG_MIN, 5);
	assert_int_equal(l.sel, 0);
	assert_int_equal(l.top, 0);
}

static void
select_and_resize(void **state)
{
	struct ui_list l = { 0, 0, 0 };

	(void)state;
	ui_list_set_count(&l, 10, 4);
	ui_list_select(&l, 9, 4);
	assert_int_equal(l.top, 6);
	/* The window grows to 8 rows: items come down from above rather
	 * than blank rows appearing below. */
	ui_list_fix(&l, 8);
	assert_int_equal(l.sel, 9);
	assert_int_equal(l.top, 2);
	/* Shrinks to 1 row: the selection stays on screen. */
	ui_list_select(&l, 3, 8);
	ui_list_fix(&l, 1);
	assert_int_equal(l.top, 3);
	/* More rows than items: top is 0. */
	ui_list_fix(&l, 50);
	assert_int_equal(l.top, 0);
	ui_list_select(&l, 1000, 4);
	assert_int_equal(l.sel, 9);
}

static void
count_changes(void **state)
{
	struct ui_list l = { 0, 0, 0 };

	(void)state;
	ui_list_set_count(&l, 30, 10);
	ui_list_select(&l, 25, 10);
	ui_list_set_count(&l, 3, 10);
	assert_int_equal(l.sel, 2);
	assert_int_equal(l.top, 0);
	ui_list_set_count(&l, 0, 10);
	assert_int_equal(l.sel, 0);
	assert_int_equal(l.top, 0);
	/* Nothing to move in an empty list, and nothing breaks. */
	ui_list_move(&l, 1, 10);
	ui_list_move(&l, -1, 10);
	ui_list_scroll(&l, 3, 10);
	assert_int_equal(l.sel, 0);
	assert_int_equal(ui_list_hit(&l, 0, 1, 10), -1);
}

static void
wheel_scrolls(void **state)
{
	struct ui_list l = { 0, 0, 0 };

	(void)state;
	ui_list_set_count(&l, 20, 5);
	ui_list_scroll(&l, 3, 5);
	assert_int_equal(l.top, 3);
	assert_int_equal(l.sel, 3);		/* dragged into view */
	ui_list_select(&l, 5, 5);
	ui_list_scroll(&l, 1, 5);
	assert_int_equal(l.top, 4);
	assert_int_equal(l.sel, 5);		/* still in view: stays */
	ui_list_scroll(&l, 100, 5);
	assert_int_equal(l.top, 15);
	assert_int_equal(l.sel, 15);
	ui_list_scroll(&l, -2, 5);
	assert_int_equal(l.top, 13);
	assert_int_equal(l.sel, 15);
	ui_list_scroll(&l, -100, 5);
	assert_int_equal(l.top, 0);
	assert_int_equal(l.sel, 4);
}

/* A 20-line body: rows of two lines (10 shown) become rows of one (20
 * shown) when the list is widened, and back. */
static void
row_height_follows_the_width(void **state)
{
	struct ui_list l = { 0, 0, 0 };
	size_t two = ui_list_visible(20, 2), one = ui_list_visible(20, 1);

	(void)state;
	assert_int_equal(two, 10);
	assert_int_equal(one, 20);
	ui_list_set_count(&l, 50, two);
	ui_list_select(&l, 30, two);
	assert_int_equal(l.top, 21);
	/* Wider: the selection stays where it was drawn, more rows below. */
	ui_list_fix(&l, one);
	assert_int_equal(l.sel, 30);
	assert_int_equal(l.top, 21);
	assert_int_equal(ui_list_hit(&l, 9, 1, one), 30);
	/* Near the end, wider: no blank lines under the last row. */
	ui_list_select(&l, 49, two);
	assert_int_equal(l.top, 40);
	ui_list_fix(&l, one);
	assert_int_equal(l.top, 30);
	/* Narrower again: the selection is kept on screen. */
	ui_list_select(&l, 45, one);
	ui_list_fix(&l, two);
	assert_int_equal(l.sel, 45);
	assert_true(l.top <= 45 && 45 < l.top + two);
	assert_int_equal(ui_list_hit(&l, (int)(45 - l.top) * 2 + 1, 2, two),
	    45);
	/* A list shorter than the screen either way starts at the top. */
	ui_list_set_count(&l, 12, two);
	ui_list_select(&l, 11, two);
	ui_list_fix(&l, one);
	assert_int_equal(l.top, 0);
}

static void
clicks(void **state)
{
	struct ui_list l = { 0, 0, 0 };

	(void)state;
	ui_list_set_count(&l, 7, 3);		/* rows of 2 lines, 3 shown */
	ui_list_select(&l, 5, 3);
	assert_int_equal(l.top, 3);
	assert_int_equal(ui_list_hit(&l, 0, 2, 3), 3);
	assert_int_equal(ui_list_hit(&l, 1, 2, 3), 3);
	assert_int_equal(ui_list_hit(&l, 2, 2, 3), 4);
	assert_int_equal(ui_list_hit(&l, 5, 2, 3), 5);
	assert_int_equal(ui_list_hit(&l, 6, 2, 3), -1);	/* below the rows */
	assert_int_equal(ui_list_hit(&l, -1, 2, 3), -1);
	ui_list_select(&l, 6, 3);
	assert_int_equal(l.top, 4);
	assert_int_equal(ui_list_hit(&l, 4, 2, 3), 6);
	/* A short list: nothing under the last row. */
	ui_list_set_count(&l, 2, 3);
	assert_int_equal(ui_list_hit(&l, 4, 2, 3), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(visible_rows),
		cmocka_unit_test(moving_clamps_and_scrolls),
		cmocka_unit_test(select_and_resize),
		cmocka_unit_test(count_changes),
		cmocka_unit_test(wheel_scrolls),
		cmocka_unit_test(row_height_follows_the_width),
		cmocka_unit_test(clicks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
