/*
 * Unit tests for diag as records: file names and messages made safe for a
 * terminal, printing from the fields, re-levelling an entry.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"

static void
test_sanitize(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "articles/a.txt", "articles/a.txt" },
		{ "Hà Nội.txt", "Hà Nội.txt" },
		{ "a\x1b]0;PWN\x07.txt", "a^[]0;PWN^G.txt" },
		{ "tab\there", "tab^Ihere" },
		{ "del\x7f", "del^?" },
		{ "c1\xc2\x9b" "31m", "c1<U+009B>31m" },
		{ "rlo\xe2\x80\xae" "txt.exe", "rlo<U+202E>txt.exe" },
		{ "ls\xe2\x80\xa8ps\xe2\x80\xa9", "ls<U+2028>ps<U+2029>" },
		{ "iso\xe0 ok", "iso\\xE0 ok" },
		{ "cut\xe1\xba", "cut\\xE1\\xBA" },
		{ "back\\slash", "back\\slash" },
		{ "", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = diag_sanitize(cases[i].in);

		assert_string_equal(s, cases[i].want);
		free(s);
	}
}

/* The echo is what reaches stderr: no control byte of a file name or a
 * message may be in it. */
static void
test_echo_is_safe(void **state)
{
	struct diag d;
	char buf[512];
	FILE *fp = tmpfile();
	size_t n;

	(void)state;
	assert_non_null(fp);
	diag_init(&d, fp);
	diag_emit(&d, DIAG_ERROR, "c/articles/x\x1b]0;PWN\x07.txt", 2, 3,
	    "duplicate article id 'x' (also %s)", "c/articles/\x1b[2Jy.txt");
	rewind(fp);
	n = fread(buf, 1, sizeof buf - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	assert_null(memchr(buf, 0x1b, n));
	assert_null(memchr(buf, 0x07, n));
	assert_string_equal(buf, "c/articles/x^[]0;PWN^G.txt:2:3: error: "
	    "duplicate article id 'x' (also c/articles/^[[2Jy.txt)\n");
	assert_string_equal(d.v[0].file, "c/articles/x^[]0;PWN^G.txt");
	assert_int_equal(d.v[0].line, 2);
	assert_int_equal(d.v[0].col, 3);
	diag_free(&d);
}

static void
test_fields_and_format(void **state)
{
	struct diag d;
	char *s;

	(void)state;
	diag_init(&d, NULL);
	diag_emit(&d, DIAG_ERROR, NULL, 0, 9, "no file");
	diag_emit(&d, DIAG_WARNING, "f", 0, 9, "no line, so no column");
	assert_null(d.v[0].file);
	assert_string_equal(d.v[0].msg, "no file");
	s = diag_format(&d.v[0]);
	assert_string_equal(s, "hoso: error: no file");
	free(s);
	s = diag_format(&d.v[1]);
	assert_string_equal(s, "f: warning: no line, so no column");
	free(s);
	diag_free(&d);
}

static void
test_relevel(void **state)
{
	struct diag d, into;

	(void)state;
	diag_init(&d, NULL);
	diag_init(&into, NULL);
	diag_emit(&d, DIAG_ERROR, "t.yaml", 1, 2, "first");
	diag_emit(&d, DIAG_ERROR, "t.yaml", 3, 4, "second");
	diag_relevel(&d, 0, DIAG_WARNING);
	assert_int_equal(d.nerrors, 1);
	assert_int_equal(d.nwarnings, 1);
	assert_int_equal(d.worst, DIAG_ERROR);
	assert_string_equal(d.v[0].text, "t.yaml:1:2: warning: first");
	diag_relevel(&d, 1, DIAG_WARNING);
	assert_int_equal(d.nerrors, 0);
	assert_int_equal(d.worst, DIAG_WARNING);
	diag_merge(&into, &d);
	assert_int_equal(into.nwarnings, 2);
	assert_int_equal(into.worst, DIAG_WARNING);
	assert_string_equal(into.v[1].text, "t.yaml:3:4: warning: second");
	diag_free(&into);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_echo_is_safe),
		cmocka_unit_test(test_fields_and_format),
		cmocka_unit_test(test_relevel),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
