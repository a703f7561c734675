/*
 * test_ui_msg: the status line's messages, in the order a reader sees
 * them: what an action says replaces what the last action said, startup
 * warnings wait behind it and come one per key press, in the order they
 * were raised.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ui_msg.h"

/* Pops the queue dry, checking each message shown in turn. */
static void
expect_shown(struct ui_msgs *q, const char *const *want, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct ui_msg *m = ui_msgs_top(q);

		assert_non_null(m);
		assert_string_equal(m->text, want[i]);
		ui_msgs_pop(q);
	}
	assert_null(ui_msgs_top(q));
}

static void
actions_replace_each_other(void **state)
{
	struct ui_msgs q;
	static const char *const want[] = { "2 matches for “b”" };

	(void)state;
	ui_msgs_init(&q);
	assert_null(ui_msgs_top(&q));
	ui_msgs_say(&q, 1, "Not found: “%s”", "a");
	ui_msgs_say(&q, 0, "%d matches for “%s”", 2, "b");
	assert_int_equal(ui_msgs_top(&q)->error, 0);
	expect_shown(&q, want, 1);
	ui_msgs_pop(&q);		/* popping an empty queue is harmless */
	ui_msgs_free(&q);
}

static void
startup_warnings_wait_their_turn(void **state)
{
	struct ui_msgs q;
	static const char *const want[] = {
		"Key “x” does nothing", "theme: bad colour", "3 warnings",
	};

	(void)state;
	ui_msgs_init(&q);
	ui_msgs_queue(&q, 1, "theme: %s", "bad colour");
	ui_msgs_queue(&q, 0, "%d warnings", 3);
	assert_string_equal(ui_msgs_top(&q)->text, "theme: bad colour");
	assert_int_equal(ui_msgs_top(&q)->error, 1);
	/* An action's message goes first and replaces only the earlier
	 * action's, never a queued warning. */
	ui_msgs_say(&q, 0, "Nothing to go back to");
	ui_msgs_say(&q, 0, "Key “%c” does nothing", 'x');
	expect_shown(&q, want, 3);
	ui_msgs_free(&q);
}

static void
free_drops_everything(void **state)
{
	struct ui_msgs q;

	(void)state;
	ui_msgs_init(&q);
	for (int i = 0; i < 50; i++)
		ui_msgs_queue(&q, 0, "warning %d", i);
	assert_int_equal(q.n, 50);
	assert_string_equal(ui_msgs_top(&q)->text, "warning 0");
	ui_msgs_free(&q);
	assert_null(ui_msgs_top(&q));
}

/* A message quoting what the config gave (a copy command's name) shows
 * its escape sequences as markers. */
static void
controls_become_markers(void **state)
{
	struct ui_msgs q;
	static const char *const want[] = {
	    "Could not copy: x^[]0;PWN^G<U+009B><U+202E>: not found" };

	(void)state;
	ui_msgs_init(&q);
	ui_msgs_say(&q, 1, "Could not copy: %s: not found",
	    "x\033]0;PWN\007\xc2\x9b\xe2\x80\xae");
	expect_shown(&q, want, 1);
	ui_msgs_free(&q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(actions_replace_each_other),
		cmocka_unit_test(startup_warnings_wait_their_turn),
		cmocka_unit_test(free_drops_everything),
		cmocka_unit_test(controls_become_markers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
