/*
 * Unit tests for the address scanner and check (src/text/url.c): where
 * an address starts and ends in running text, what is not one, and which
 * addresses may leave the program.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "url.h"

/* The first address of t as a string in buf, or "" when there is none. */
static const char *
first(const char *t, char *buf, size_t cap)
{
	size_t a, b;

	buf[0] = '\0';
	if (url_next(t, strlen(t), 0, &a, &b) == 0) {
		assert_true(b > a && b - a < cap);
		memcpy(buf, t + a, b - a);
		buf[b - a] = '\0';
	}
	return buf;
}

static void
ends(void **state)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "Xem https://vnexpress.net/a-1.html.", "https://vnexpress.net/a-1.html" },
		{ "(xem https://a.vn/x).", "https://a.vn/x" },
		{ "https://vi.wikipedia.org/wiki/Hue_(city), nay",
		    "https://vi.wikipedia.org/wiki/Hue_(city)" },
		{ "[http://a.vn/b]", "http://a.vn/b" },
		{ "hỏi: http://a.vn/?q=1&r=2;", "http://a.vn/?q=1&r=2" },
		{ "Đâu? http://a.vn!", "http://a.vn" },
		{ "'http://a.vn/x'", "http://a.vn/x" },
		{ "“https://a.vn/x”", "https://a.vn/x" },
		{ "https://a.vn/x’s", "https://a.vn/x" },
		{ "HTTPS://A.VN/X ok", "HTTPS://A.VN/X" },
		{ "thư: mailto:toa.soan@a.vn.", "mailto:toa.soan@a.vn" },
		{ "<http://a.vn/b>", "http://a.vn/b" },
		{ "http://a.vn/b\"c", "http://a.vn/b" },
		{ "http://a.vn/đường", "http://a.vn/" },
		{ "tab\thttp://a.vn\tx", "http://a.vn" },
		{ "http://a.vn/x?y=1:2:3...", "http://a.vn/x?y=1:2:3" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[128];

		assert_string_equal(first(cases[i].text, buf, sizeof buf),
		    cases[i].want);
	}
}

static void
not_addresses(void **state)
{
	static const char *const cases[] = {
		"http://", "http:// a.vn", "https://.", "xhttp://a.vn",
		"ftp://a.vn", "file:///etc/passwd", "javascript:alert(1)",
		"mailto:", "mailto:toa.soan", "mailto:@a.vn", "mailto:a@",
		"http:/a.vn", "www.a.vn", "http://(a)", "",
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[64];

		assert_string_equal(first(cases[i], buf, sizeof buf), "");
	}
}

static void
several(void **state)
{
	const char *t = "http://a.vn và https://b.vn/c, mailto:x@y.vn";
	const char *want[] = { "http://a.vn", "https://b.vn/c",
	    "mailto:x@y.vn" };
	size_t from = 0, a, b, k = 0;

	(void)state;
	while (url_next(t, strlen(t), from, &a, &b) == 0) {
		assert_true(k < 3);
		assert_int_equal(b - a, strlen(want[k]));
		assert_memory_equal(t + a, want[k], b - a);
		from = b;
		k++;
	}
	assert_int_equal(k, 3);
	/* from past the last one: none */
	assert_int_equal(url_next(t, strlen(t), strlen(t), &a, &b), -1);
}

static void
check(void **state)
{
	static const struct {
		const char *u;
		enum url_verdict want;
	} cases[] = {
		{ "https://a.vn/x", URL_OK },
		{ "HTTP://A.VN", URL_OK },
		{ "MailTo:a@b.vn", URL_OK },
		{ "javascript:alert(1)", URL_BAD_SCHEME },
		{ "file:///etc/passwd", URL_BAD_SCHEME },
		{ "httpx://a.vn", URL_BAD_SCHEME },
		{ "", URL_BAD_SCHEME },
		{ "https://a.vn/x y", URL_BAD_CHAR },
		{ "https://a.vn/\x1b]8;;x", URL_BAD_CHAR },
		{ "https://a.vn/\a", URL_BAD_CHAR },
		{ "https://a.vn/\n", URL_BAD_CHAR },
		{ "https://a.vn/\x7f", URL_BAD_CHAR },
		{ "https://a.vn/đ", URL_BAD_CHAR },
		{ "javascript:a b", URL_BAD_CHAR },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(url_check(cases[i].u, strlen(cases[i].u)),
		    cases[i].want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ends),
		cmocka_unit_test(not_addresses),
		cmocka_unit_test(several),
		cmocka_unit_test(check),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
