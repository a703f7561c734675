/*
 * Unit tests for per-syllable matching (src/text/match.c): marks and
 * capitals count only on the syllables typed with them, both tone
 * placements and misplaced marks are one word, keywords ignore case.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "testlib.h"
#include "util.h"

static int
matches(const char *q, const char *t, int flags)
{
	struct match_pat p;
	int ok;

	assert_int_equal(match_compile(&p, q, strlen(q), flags), 0);
	ok = match_verify(&p, t, strlen(t));
	match_free(&p);
	return ok;
}

static void
table(void **state)
{
	static const struct {
		const char *q, *t;
		int flags, want;
	} cases[] = {
		/* a syllable typed without marks matches any marks */
		{ "thi thuc", "thị thực", 0, 1 },
		{ "thi thuc", "thì thực", 0, 1 },
		/* with marks: those marks, on that syllable only */
		{ "thị thuc", "thị thực", 0, 1 },
		{ "thị thuc", "thị thức", 0, 1 },
		{ "thị thuc", "thì thực", 0, 0 },
		{ "thi thực", "thì thực", 0, 1 },
		{ "thi thực", "thì thức", 0, 0 },
		/* both tone placements, both ways */
		{ "hoà bình", "hòa bình", 0, 1 },
		{ "hòa bình", "hoà bình", 0, 1 },
		{ "thuỷ", "thủy", 0, 1 },
		{ "khoẻ", "khỏe", 0, 1 },
		{ "uỷ ban", "ủy ban", 0, 1 },
		{ "hoà", "hóa", 0, 0 },
		/* misplaced marks are their words */
		{ "hoạt", "họat", 0, 1 },
		{ "họat", "hoạt", 0, 1 },
		{ "đoạn", "đọan", 0, 1 },
		{ "uể", "ủê", 0, 1 },
		/* capitals: on the syllable typed with one */
		{ "Thi thuc", "thị thực", 0, 0 },
		{ "Thi thuc", "Thị thực", 0, 1 },
		{ "Thi thuc", "Thị THỰC", 0, 1 },
		{ "THỊ thuc", "THỊ thức", 0, 1 },
		{ "THỊ thuc", "Thị thức", 0, 0 },
		/* keywords: case never counts, marks do */
		{ "Thị thực", "THỊ THỰC", MATCH_FOLD_CASE, 1 },
		{ "thị thực", "thì thực", MATCH_FOLD_CASE, 0 },
		{ "hòa bình", "HOÀ BÌNH", MATCH_FOLD_CASE, 1 },
		/* quotes: nothing but FOLD_ALL */
		{ "Thị Thực", "thì thực", MATCH_FOLD_ALL, 1 },
		/* NFD originals */
		{ "thị", "thi\xcc\xa3", 0, 1 },
		{ "thì", "thi\xcc\xa3", 0, 0 },
		/* punctuation between syllables is FOLD_ALL's business */
		{ "Việt-Nhật", "việt-nhật", 0, 0 },
		{ "việt-nhật", "Việt-Nhật", 0, 1 },
		/* checked text that is not the pattern's letters is no hit */
		{ "thị", "thà", 0, 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (matches(cases[i].q, cases[i].t, cases[i].flags) !=
		    cases[i].want)
			fail_msg("case %zu: \"%s\" vs \"%s\": want %d", i,
			    cases[i].q, cases[i].t, cases[i].want);
}

static void
plain_needs_no_check(void **state)
{
	struct match_pat p;

	(void)state;
	assert_int_equal(match_compile(&p, "hop tac", 7, 0), 0);
	assert_true(match_any(&p));
	assert_string_equal(p.all, "hop tac");
	match_free(&p);
	assert_int_equal(match_compile(&p, "hợp tac", strlen("hợp tac"), 0),
	    0);
	assert_false(match_any(&p));
	assert_int_equal(p.nsyl, 1);
	match_free(&p);
	assert_int_equal(match_compile(&p, " ,. ", 4, 0), 0);
	match_free(&p);
	assert_int_equal(match_compile(&p, "", 0, 0), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table),
		cmocka_unit_test(plain_needs_no_check),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
