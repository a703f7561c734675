/* Unit tests for link: the jump history behaves like a browser's. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "link.h"

static struct link
L(enum link_view v, size_t item, size_t off)
{
	struct link l = { .view = v, .item = item, .offset = off };

	return l;
}

static void
assert_link(struct link l, enum link_view v, size_t item, size_t off)
{
	assert_int_equal(l.view, v);
	assert_int_equal(l.item, item);
	assert_int_equal(l.offset, off);
}

/* article -> topic -> related topic -> passage in another article, then
 * back three times and forward three times: each step as a row. */
static void
test_back_three_times(void **state)
{
	static const struct link trail[] = {
		{ LINK_ARTICLES, 2, 340, 0, 0, 0, 0 }, { LINK_TOPICS, 5, 0, 0, 0, 0, 0 },
		{ LINK_TOPICS, 1, 0, 0, 0, 0, 0 }, { LINK_ARTICLES, 4, 1200, 0, 0, 0, 0 },
	};
	const size_t n = sizeof trail / sizeof trail[0];
	struct link_history h;
	struct link here, to;

	(void)state;
	link_history_init(&h);
	for (size_t i = 0; i + 1 < n; i++)
		link_history_push(&h, trail[i]);
	here = trail[n - 1];
	for (size_t i = n - 1; i-- > 0;) {
		assert_int_equal(link_history_back(&h, here, &to), 0);
		assert_link(to, trail[i].view, trail[i].item, trail[i].offset);
		here = to;
	}
	assert_int_equal(link_history_back(&h, here, &to), -1);
	/* forward retraces the same steps */
	for (size_t i = 1; i < n; i++) {
		assert_int_equal(link_history_forward(&h, here, &to), 0);
		assert_link(to, trail[i].view, trail[i].item, trail[i].offset);
		here = to;
	}
	assert_int_equal(link_history_forward(&h, here, &to), -1);
	link_history_free(&h);
}

static void
test_jump_drops_forward(void **state)
{
	struct link_history h;
	struct link to;

	(void)state;
	link_history_init(&h);
	link_history_push(&h, L(LINK_ARTICLES, 0, 0));
	assert_int_equal(link_history_back(&h, L(LINK_TOPICS, 3, 0), &to), 0);
	/* a new jump from here: the topic we came back from is forgotten */
	link_history_push(&h, to);
	assert_int_equal(link_history_forward(&h, L(LINK_TIMELINE, 1, 0), &to), -1);
	assert_int_equal(link_history_back(&h, L(LINK_TIMELINE, 1, 0), &to), 0);
	assert_link(to, LINK_ARTICLES, 0, 0);
	link_history_free(&h);
}

static void
test_bounded(void **state)
{
	struct link_history h;
	struct link to;
	size_t n = 0;

	(void)state;
	link_history_init(&h);
	for (size_t i = 0; i < LINK_HISTORY_MAX + 50; i++)
		link_history_push(&h, L(LINK_ARTICLES, i, 0));
	while (link_history_back(&h, L(LINK_TOPICS, 0, 0), &to) == 0)
		n++;
	assert_int_equal(n, LINK_HISTORY_MAX);
	/* the oldest ones went first */
	assert_link(to, LINK_ARTICLES, 50, 0);
	link_history_free(&h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_back_three_times),
		cmocka_unit_test(test_jump_drops_forward),
		cmocka_unit_test(test_bounded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
