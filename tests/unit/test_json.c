/*
 * Unit tests for JSON string escaping: quotes and backslashes, every C0
 * and C1 control and DEL as \u00XX, NUL inside a string, other UTF-8
 * passed through as it is.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "util.h"

/* s[0..n) as json_str writes it, in a static buffer. */
static const char *
esc(const char *s, size_t n)
{
	static char out[256];
	struct util_buf b;

	util_buf_init(&b);
	json_str(&b, s, n);
	assert_true(b.len < sizeof out);
	memcpy(out, b.data, b.len + 1);
	util_buf_free(&b);
	return out;
}

#define ESC(lit) esc(lit, sizeof lit - 1)

static void
test_plain(void **state)
{
	(void)state;
	assert_string_equal(ESC(""), "\"\"");
	assert_string_equal(ESC("abc"), "\"abc\"");
	assert_string_equal(ESC("/ ' ~"), "\"/ ' ~\"");
}

static void
test_quote_backslash(void **state)
{
	(void)state;
	assert_string_equal(ESC("a\"b"), "\"a\\\"b\"");
	assert_string_equal(ESC("\\"), "\"\\\\\"");
	assert_string_equal(ESC("\"\\\""), "\"\\\"\\\\\\\"\"");
	assert_string_equal(ESC("C:\\x\\"), "\"C:\\\\x\\\\\"");
}

static void
test_controls(void **state)
{
	char in[1], want[16];

	(void)state;
	for (int c = 0; c < 0x20; c++) {
		in[0] = (char)c;
		snprintf(want, sizeof want, "\"\\u%04x\"", c);
		assert_string_equal(esc(in, 1), want);
	}
	assert_string_equal(ESC("a\tb\nc\r"), "\"a\\u0009b\\u000ac\\u000d\"");
	assert_string_equal(ESC("\x1b[31m"), "\"\\u001b[31m\"");
	/* A NUL is data when the length says so. */
	assert_string_equal(ESC("a\0b"), "\"a\\u0000b\"");
	/* DEL and the C1 controls are commands to a terminal too. */
	assert_string_equal(ESC("del\x7f"), "\"del\\u007f\"");
	assert_string_equal(ESC("\xc2\x80" "a\xc2\x9b" "31m\xc2\x9f"),
	    "\"\\u0080a\\u009b31m\\u009f\"");
	/* U+00A0 and U+00FF start with C2 and C3 but are no controls. */
	assert_string_equal(ESC("\xc2\xa0\xc3\xbf"), "\"\xc2\xa0\xc3\xbf\"");
	/* A C2 at the end, or before a byte that is no continuation. */
	assert_string_equal(ESC("x\xc2"), "\"x\xc2\"");
	assert_string_equal(ESC("\xc2" "a"), "\"\xc2" "a\"");
	/* The space is the first character left alone. */
	assert_string_equal(ESC(" "), "\" \"");
}

static void
test_utf8(void **state)
{
	(void)state;
	assert_string_equal(ESC("Thị thực «Đà Nẵng» — 😀"),
	    "\"Thị thực «Đà Nẵng» — 😀\"");
	/* U+2028 is valid in a JSON string: it stays as it is. */
	assert_string_equal(ESC("a\xe2\x80\xa8" "b"), "\"a\xe2\x80\xa8" "b\"");
	assert_string_equal(ESC("é\"\n"), "\"é\\\"\\u000a\"");
}

static void
test_strz(void **state)
{
	struct util_buf b;

	(void)state;
	util_buf_init(&b);
	json_strz(&b, NULL);
	util_buf_addc(&b, ',');
	json_strz(&b, "x\"y");
	assert_string_equal(b.data, "null,\"x\\\"y\"");
	util_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_quote_backslash),
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_strz),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
