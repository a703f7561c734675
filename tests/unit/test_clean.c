/*
 * Unit tests for the whole pipeline, text_clean, and for text_excerpt
 * (src/text/clean.c), the one helper every diagnostic uses to quote
 * untrusted bytes: safe, short, and cut only where a grapheme cluster
 * ends.  The stages one by one are in test_text.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"
#include "text.h"
#include "texttest.h"
#include "util.h"
#include "wrap.h"

/* ------------------------------------------------------------------ */
/* text_clean */

static void
test_clean_one_line(void **state)
{
	static const char in[] = "\xef\xbb\xbf  \tTiêu đề\r\nhai dòng \xc2\xa0 ";
	static const char seg[] = "Nhật_Bản , \xe2\x80\x9c ok \xe2\x80\x9d ";
	static const char ctl[] = "x\x1b[31my\0z";
	size_t n;
	char *r;

	(void)state;
	r = text_clean(in, sizeof in - 1, 0, &n);
	CHECK_STR(r, n, "Tiêu đề hai dòng");
	r = text_clean("   ", 3, 0, &n);
	CHECK_STR(r, n, "");
	r = text_clean("", 0, 0, &n);
	CHECK_STR(r, n, "");
	/* bodies keep their blanks and line breaks */
	r = text_clean(" a\r\n b \n", strlen(" a\r\n b \n"), TEXT_KEEP_LF, &n);
	CHECK_STR(r, n, " a\n b \n");
	r = text_clean(seg, strlen(seg), TEXT_DESEGMENT, &n);
	CHECK_STR(r, n, "Nhật Bản, \xe2\x80\x9cok\xe2\x80\x9d");
	r = text_clean(ctl, sizeof ctl - 1, 0, &n);
	CHECK_STR(r, n, "x^[[31my^@z");
}

static void
test_clean_nfd_equals_nfc(void **state)
{
	size_t nn, dn, a, b;
	char *nfc = fixture("nfc.txt", &nn);
	char *nfd = fixture("nfd.txt", &dn);
	char *ra = text_clean(nfc, nn, TEXT_KEEP_LF, &a);
	char *rb = text_clean(nfd, dn, TEXT_KEEP_LF, &b);

	(void)state;
	CHECK(ra, a, nfc, nn);
	CHECK(rb, b, nfc, nn);
	free(nfc);
	free(nfd);
}

static void
test_clean_combined(void **state)
{
	/* decomposed, segmented, CRLF, an escape sequence, a bad byte */
	static const char in[] = "Vie\xcc\xa3\xcc\x82t_Nam , \x1b[2J \xff"
	    "( Nha\xcc\xa3\xcc\x82t_Ba\xcc\x89n ) .\r\n\xcc\x81x\tx";
	size_t n;
	char *r;

	(void)state;
	r = text_clean(in, sizeof in - 1, TEXT_KEEP_LF | TEXT_DESEGMENT, &n);
	CHECK_STR(r, n, "Việt Nam, ^[[2J \xef\xbf\xbd(Nhật Bản).\n"
	    "◌\xcc\x81x      x");
}

static void
test_clean_idempotent(void **state)
{
	static const struct {
		const char *in;
		int flags;
		const char *out;
	} cases[] = {
		{ " \xef\xbb\xbf" "a", 0, "a" },
		{ "\xef\xbb\xbf\xef\xbb\xbf" "a", TEXT_KEEP_LF, "a" },
		{ "x\xef\xbb\xbfy", 0, "xy" },
		{ "e\xc2\xad\xcc\x81", 0, "\xc3\xa9" },
		{ "a\xe2\x80\x8d\xcc\x81\xe2\x80\x8d" "b", 0, "\xc3\xa1" "b" },
		{ " \xcc\x81" "a", 0, "\xe2\x97\x8c\xcc\x81" "a" },
		{ "(www.tin_t\xe1\xbb\xa9" "c.vn)", TEXT_DESEGMENT,
		  "(www.tin_t\xe1\xbb\xa9" "c.vn)" },
		{ "\" www.i_\xc3\xba", TEXT_DESEGMENT, "\"www.i_\xc3\xba" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n, n2;
		char *once = text_clean(cases[i].in, strlen(cases[i].in),
		    cases[i].flags, &n);
		char *twice = text_clean(once, n, cases[i].flags, &n2);

		assert_string_equal(once, cases[i].out);
		assert_string_equal(twice, once);
		free(once);
		free(twice);
	}
}

/* Quoting untrusted bytes in a message: safe, short, whole characters. */
static void
test_excerpt(void **state)
{
	static const struct {
		const char *in;
		size_t max;
		const char *want;
	} cases[] = {
		{ "a\x1b[2Jb", 60, "a^[[2Jb" },
		/* "ệ" is three bytes: a cut at 5 bytes keeps "xệ" and adds "…" */
		{ "xệệệ", 5, "xệ…" },
		{ "abc", 3, "abc" },
		/* NFD input is quoted composed: 7 bytes hold "Nguy" and "ễ"
		 * (3 bytes), not the "e" of "e" + U+0302 + U+0303 */
		{ "Nguye\xcc\x82\xcc\x83n Va\xcc\x86n", 7, "Nguyễ…" },
		{ "Nguye\xcc\x82\xcc\x83n Va\xcc\x86n", 6, "Nguy…" },
		/* a mark with no precomposed letter stays with its letter:
		 * "ế" then a second acute, x + dot below */
		{ "Tiê\xcc\x81\xcc\x81ng", 5, "Ti…" },
		{ "Tiê\xcc\x81\xcc\x81ng", 6, "Ti…" },
		{ "Tiê\xcc\x81\xcc\x81ng", 7, "Tiế\xcc\x81…" },
		{ "ax\xcc\xa3y", 2, "a…" },
		{ "ax\xcc\xa3y", 3, "a…" },
		{ "ax\xcc\xa3y", 4, "ax\xcc\xa3…" },
		/* an emoji is never split, nor parted from its skin tone */
		{ "ab👍🏽cd", 4, "ab…" },
		{ "ab👍🏽cd", 6, "ab…" },
		{ "ab👍🏽cd", 9, "ab…" },
		{ "ab👍🏽cd", 10, "ab👍🏽…" },
		/* a keycap: the digit and its enclosing mark */
		{ "x1\xe2\x83\xa3y", 3, "x…" },
		/* a flag is two regional indicators, never one; the odd
		 * one out at the end of a run stands alone */
		{ "🇻🇳🇯🇵", 12, "🇻🇳…" },
		{ "🇻🇳🇯🇵", 15, "🇻🇳…" },
		{ "🇻🇳🇯🇵x", 16, "🇻🇳🇯🇵…" },
		{ "🇻🇳🇻x", 12, "🇻🇳🇻…" },
		/* a ZWJ between letters is gone before the cut */
		{ "Vi\xe2\x80\x8d\xe1\xbb\x87t Nam", 6, "Việt…" },
	};

	int bad = 0;

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *e = text_excerpt(cases[i].in, strlen(cases[i].in),
		    cases[i].max);

		if (strcmp(e, cases[i].want) != 0) {
			fprintf(stderr, "\"%s\" at %zu: got \"%s\", want "
			    "\"%s\"\n", cases[i].in, cases[i].max, e,
			    cases[i].want);
			bad = 1;
		}
		free(e);
	}
	if (bad)
		fail_msg("see above");
}

/*
 * Every cut of a long Vietnamese word, decomposed, with marks that do not
 * compose and emoji: the excerpt is at most max bytes and "…", and is a
 * prefix of the cleaned text that ends where a grapheme cluster does
 * (wrap_next_grapheme, the unit the reader draws).
 */
static void
test_excerpt_every_cut(void **state)
{
	static const char in[] = "Nghie\xcc\x82\xcc\x83ng"
	    "ngu\xcc\x9b\xcc\x80\xcc\x83i\xcc\x81x\xcc\xa3"
	    "👍🏽🇻🇳1\xe2\x83\xa3\xe1\xbb\x87\xcc\x81t";
	size_t n, max;
	char *clean = text_clean(in, strlen(in), 0, &n);

	(void)state;
	for (max = 0; max <= n + 1; max++) {
		char *e = text_excerpt(in, strlen(in), max);
		size_t el = strlen(e), cut, g;

		if (max >= n) {
			assert_string_equal(e, clean);
			free(e);
			continue;
		}
		assert_true(el >= strlen("…"));
		cut = el - strlen("…");
		assert_string_equal(e + cut, "…");
		assert_true(cut <= max);
		assert_memory_equal(e, clean, cut);
		for (g = 0; g < cut; g = wrap_next_grapheme(clean, n, g))
			;
		if (g != cut)
			fail_msg("max %zu: cut at %zu, inside a cluster", max,
			    cut);
		/* and no shorter than it need be */
		assert_true(wrap_next_grapheme(clean, n, cut) > max);
		free(e);
	}
	free(clean);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean_one_line),
		cmocka_unit_test(test_clean_nfd_equals_nfc),
		cmocka_unit_test(test_clean_combined),
		cmocka_unit_test(test_clean_idempotent),
		cmocka_unit_test(test_excerpt),
		cmocka_unit_test(test_excerpt_every_cut),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
