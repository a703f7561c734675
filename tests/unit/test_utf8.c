/*
 * Unit tests for base/utf8.h, the program's one UTF-8 decoder and
 * encoder, checked against libunistring (u8_mbtoucr, u8_uctomb) on every
 * scalar value and every two- and three-byte sequence.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <unistr.h>

#include "utf8.h"

/* libunistring's answer for s[0..n): the length of the valid sequence it
 * starts with, or 0. */
static size_t
ref_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	ucs4_t c;
	int k = u8_mbtoucr(&c, s, n);

	if (k <= 0)
		return 0;
	*cp = c;
	return (size_t)k;
}

static void
check_decode(const unsigned char *s, size_t n)
{
	uint32_t got = 0x7FFFFFFF, want = 0x7FFFFFFF;
	size_t k = utf8_decode(s, n, &got), r = ref_decode(s, n, &want);

	if (k != r || (k > 0 && got != want))
		fail_msg("%02X %02X %02X %02X (n %zu): got %zu U+%04X, want "
		    "%zu U+%04X", s[0], n > 1 ? s[1] : 0, n > 2 ? s[2] : 0,
		    n > 3 ? s[3] : 0, n, k, got, r, want);
	if (k == 0)
		assert_int_equal(got, 0x7FFFFFFF);	/* *cp untouched */
}

/* Every scalar value encodes as libunistring encodes it and decodes back,
 * and every proper prefix of its encoding is refused. */
static void
test_utf8_every_scalar_value(void **state)
{
	uint32_t cp, back;

	(void)state;
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		char out[UTF8_MAX];
		uint8_t want[UTF8_MAX];
		size_t n, k;
		int wn;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		n = utf8_encode(cp, out);
		wn = u8_uctomb(want, cp, UTF8_MAX);
		assert_int_equal(n, (size_t)wn);
		if (memcmp(out, want, n) != 0)
			fail_msg("U+%04X encodes differently", cp);
		assert_int_equal(utf8_decode((const unsigned char *)out, n,
		    &back), n);
		assert_int_equal(back, cp);
		for (k = 1; k < n; k++)
			assert_int_equal(utf8_decode((const unsigned char *)out,
			    k, &back), 0);
	}
}

/* What is no scalar value encodes as U+FFFD. */
static void
test_utf8_encode_non_scalars(void **state)
{
	static const uint32_t bad[] = {
		0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x110000, 0x7FFFFFFF,
		0xFFFFFFFF,
	};
	char out[UTF8_MAX];

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(utf8_encode(bad[i], out), 3);
		assert_memory_equal(out, "\xef\xbf\xbd", 3);
	}
}

/* Every one-, two- and three-byte string, and the four-byte ones around
 * the edges, decode as libunistring decides: overlong forms, surrogates,
 * values beyond U+10FFFF and short sequences are refused. */
static void
test_utf8_decode_vs_libunistring(void **state)
{
	static const unsigned char edges[] = {
		0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF,
	};
	unsigned char s[4];
	unsigned a, b, c, d;

	(void)state;
	for (a = 0; a < 256; a++) {
		s[0] = (unsigned char)a;
		check_decode(s, 1);
		for (b = 0; b < 256; b++) {
			s[1] = (unsigned char)b;
			check_decode(s, 2);
			for (c = 0; c < 256; c++) {
				s[2] = (unsigned char)c;
				check_decode(s, 3);
			}
		}
	}
	for (a = 0xF0; a < 0x100; a++)
		for (b = 0; b < 256; b++)
			for (c = 0; c < sizeof edges; c++)
				for (d = 0; d < sizeof edges; d++) {
					s[0] = (unsigned char)a;
					s[1] = (unsigned char)b;
					s[2] = edges[c];
					s[3] = edges[d];
					check_decode(s, 4);
				}
}

/* utf8_get reads a bad byte as U+FFFD of length 1. */
static void
test_utf8_get(void **state)
{
	static const struct {
		const char *s;
		size_t len;
		uint32_t cp;
	} cases[] = {
		{ "A", 1, 'A' },
		{ "\xe1\xbb\x87", 3, 0x1EC7 },
		{ "\xf0\x9f\x91\x8d", 4, 0x1F44D },
		{ "\x80", 1, UTF8_REPLACEMENT },
		{ "\xc0\xaf", 1, UTF8_REPLACEMENT },
		{ "\xed\xa0\x80", 1, UTF8_REPLACEMENT },
		{ "\xf4\x90\x80\x80", 1, UTF8_REPLACEMENT },
		{ "\xe1\xbb", 1, UTF8_REPLACEMENT },
	};
	uint32_t cp;

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = strlen(cases[i].s);

		assert_int_equal(utf8_get((const unsigned char *)cases[i].s,
		    n, &cp), cases[i].len);
		assert_int_equal(cp, cases[i].cp);
	}
}

/* A cut never lands inside a character: a sequence that the cut would
 * make short is left out whole; anything else, valid or not, is kept. */
static void
test_utf8_boundary(void **state)
{
	static const struct {
		const char *s;
		size_t n, want;
	} cases[] = {
		{ "", 0, 0 },
		{ "ab", 2, 2 },
		{ "a\xc3\xa9", 2, 1 },			/* é cut after 1 of 2 */
		{ "a\xc3\xa9", 3, 3 },
		{ "Vi\xe1\xbb\x87t", 3, 2 },		/* ệ, 1 of 3 */
		{ "Vi\xe1\xbb\x87t", 4, 2 },		/* 2 of 3 */
		{ "Vi\xe1\xbb\x87t", 5, 5 },
		{ "x\xf0\x9f\x91\x8d", 2, 1 },		/* 👍, 1 of 4 */
		{ "x\xf0\x9f\x91\x8d", 3, 1 },
		{ "x\xf0\x9f\x91\x8d", 4, 1 },
		{ "x\xf0\x9f\x91\x8d", 5, 5 },
		{ "\xf0\x9f\x91", 3, 0 },		/* truncated at the start */
		{ "\xe1\xbb", 2, 0 },
		/* not a character start: nothing to keep whole */
		{ "a\x80\x80", 3, 3 },
		{ "\x80\x80\x80\x80", 4, 4 },
		{ "a\xc0\xaf", 3, 3 },
		{ "a\xff\x80", 3, 3 },
		/* a whole character, then a stray continuation byte */
		{ "\xe1\xbb\x87\x80", 4, 4 },
		{ "\xf0\x9f\x91\x8d\x80", 5, 5 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (utf8_boundary(cases[i].s, cases[i].n) != cases[i].want)
			fail_msg("case %zu: got %zu, want %zu", i,
			    utf8_boundary(cases[i].s, cases[i].n),
			    cases[i].want);
}

/* Every truncation of every character after an ASCII byte. */
static void
test_utf8_boundary_every_cut(void **state)
{
	uint32_t cp;

	(void)state;
	for (cp = 0x80; cp <= 0x10FFFF; cp++) {
		char s[1 + UTF8_MAX];
		size_t n, k;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		s[0] = 'a';
		n = 1 + utf8_encode(cp, s + 1);
		for (k = 2; k < n; k++)
			assert_int_equal(utf8_boundary(s, k), 1);
		assert_int_equal(utf8_boundary(s, n), n);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_every_scalar_value),
		cmocka_unit_test(test_utf8_encode_non_scalars),
		cmocka_unit_test(test_utf8_decode_vs_libunistring),
		cmocka_unit_test(test_utf8_get),
		cmocka_unit_test(test_utf8_boundary),
		cmocka_unit_test(test_utf8_boundary_every_cut),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
