/*
 * base64: the RFC 4648 test vectors, and Vietnamese text as it is
 * copied through OSC 52.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "base64.h"

static void
check(const char *in, const char *want)
{
	struct util_buf b;

	util_buf_init(&b);
	base64_append(&b, in, strlen(in));
	util_buf_addc(&b, '\0');
	assert_string_equal(b.data, want);
	util_buf_free(&b);
}

static void
test_vectors(void **state)
{
	(void)state;
	check("", "");
	check("f", "Zg==");
	check("fo", "Zm8=");
	check("foo", "Zm9v");
	check("foob", "Zm9vYg==");
	check("fooba", "Zm9vYmE=");
	check("foobar", "Zm9vYmFy");
	/* "thị thực" in UTF-8: bytes above 0x7f. */
	check("th\xe1\xbb\x8b th\xe1\xbb\xb1" "c", "dGjhu4sgdGjhu7Fj");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vectors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
