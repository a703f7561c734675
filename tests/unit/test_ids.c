/*
 * Unit tests for the sorted id index: lookup, the first of equal ids,
 * items without an id, and duplicates however many there are.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ids.h"
#include "util.h"

static const char *
id_at(const void *items, size_t i)
{
	return ((const char *const *)items)[i];
}

static void
test_find(void **state)
{
	static const char *const v[] = {
		"visas", "oda", NULL, "alpha", "oda", "zeta", "oda"
	};
	struct ids x;

	(void)state;
	ids_build(&x, v, 7, id_at);
	assert_int_equal(x.n, 6);
	assert_int_equal(ids_find(&x, "visas"), 0);
	assert_int_equal(ids_find(&x, "alpha"), 3);
	assert_int_equal(ids_find(&x, "zeta"), 5);
	/* three of them: the first is found */
	assert_int_equal(ids_find(&x, "oda"), 1);
	assert_int_equal(ids_find(&x, "od"), IDS_NONE);
	assert_int_equal(ids_find(&x, "odaa"), IDS_NONE);
	assert_int_equal(ids_find(&x, ""), IDS_NONE);
	ids_free(&x);
	ids_build(&x, v, 0, id_at);
	assert_int_equal(ids_find(&x, "oda"), IDS_NONE);
	ids_free(&x);
}

static void
test_firsts(void **state)
{
	static const char *const v[] = {
		"b", "a", "b", NULL, "b", "a", "c"
	};
	static const size_t want[] = { 0, 1, 0, IDS_NONE, 0, 1, 6 };
	struct ids x;
	size_t *first;

	(void)state;
	ids_build(&x, v, 7, id_at);
	first = ids_firsts(&x, 7);
	for (size_t i = 0; i < 7; i++)
		assert_int_equal(first[i], want[i]);
	free(first);
	ids_free(&x);
}

/* Many equal ids in a large set: the first is found whatever qsort did. */
static void
test_many(void **state)
{
	enum { N = 5000 };
	char **v = util_calloc(N, sizeof *v);
	struct ids x;
	size_t *first;

	(void)state;
	for (size_t i = 0; i < N; i++) {
		v[i] = util_malloc(16);
		snprintf(v[i], 16, "id-%zu", (i * 7919) % 1000);
	}
	ids_build(&x, v, N, id_at);
	first = ids_firsts(&x, N);
	for (size_t i = 0; i < N; i++) {
		assert_true(first[i] <= i);
		assert_int_equal(first[i], i % 1000);
		assert_int_equal(ids_find(&x, v[i]), i % 1000);
	}
	free(first);
	ids_free(&x);
	for (size_t i = 0; i < N; i++)
		free(v[i]);
	free(v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_firsts),
		cmocka_unit_test(test_many),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
