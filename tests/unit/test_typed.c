/*
 * Unit tests for queries typed raw in Telex, VNI or VIQR
 * (src/text/typed.c), following the methods' published key tables, and
 * the plain words that must stay as typed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "testlib.h"
#include "typed.h"
#include "util.h"

static int
keep_boong(void *ctx, const char *w, size_t n)
{
	(void)ctx;
	return n == 5 && memcmp(w, "boong", 5) == 0;
}

static void
expect(const char *in, const char *want, size_t nchanged)
{
	struct util_buf b;
	size_t n;

	util_buf_init(&b);
	n = typed_read(in, strlen(in), keep_boong, NULL, &b);
	if (strcmp(b.data, want) != 0 || n != nchanged)
		fail_msg("\"%s\" read as \"%s\" (%zu), want \"%s\" (%zu)", in,
		    b.data, n, want, nchanged);
	util_buf_free(&b);
}

static void
telex(void **state)
{
	(void)state;
	expect("thij thuwcj", "thị thực", 2);
	expect("theer", "thể", 1);
	expect("hanhj", "hạnh", 1);
	expect("Vieetj Nam", "Việt Nam", 1);
	expect("ddaauf tuw", "đầu tư", 2);
	expect("nguowif", "người", 1);
	expect("DDaf Naü", "Đà Naü", 1);
	expect("hoaf binhf", "hoà bình", 2);	/* canonical placement */
	expect("quoocs", "quốc", 1);
	expect("vieejt", "việt", 1);		/* tone before the coda */
	expect("w", "ư", 1);
	expect("tw", "tư", 1);
	expect("hoaz", "hoa", 1);
}

static void
vni_and_viqr(void **state)
{
	(void)state;
	expect("the63", "thể", 1);
	expect("thi5 thu7c5", "thị thực", 2);
	expect("d9a62u tu7", "đầu tư", 2);
	expect("the^?", "thể", 1);
	expect("Vie^.t Nam", "Việt Nam", 1);
	expect("DDa`", "Đà", 1);
	expect("tu+", "tư", 1);
	expect("a(n", "ăn", 1);
}

static void
plain_stays(void **state)
{
	static const char *const plain[] = {
		"visa", "hop tac", "ODA", "FDI", "Kishida", "afc", "catr",
		"2023", "thị thực", "a-b", "e.g.", "x", "COVID-19", "boong",
		"", "  ", "đầu tư", "why?", "don't",
	};

	(void)state;
	for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
		expect(plain[i], plain[i], 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(telex),
		cmocka_unit_test(vni_and_viqr),
		cmocka_unit_test(plain_stays),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
