/*
 * Unit tests for the text pipeline (src/text/clean.c): repair, NFC,
 * sanitizing, the whole pipeline and the excerpts of messages.
 *
 * The NFC fast path is checked against the installed libunistring: this
 * file defines u8_normalize itself, counting calls and forwarding to the
 * library's, so a test can see which code points text_nfc copies without
 * asking libunistring, and then prove each of them safe to copy.
 *
 * Fixtures live in tests/fixtures/text/ (see texttest.h).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* RTLD_NEXT */
#endif

#include <dlfcn.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "testlib.h"
#include "text.h"
#include "texttest.h"
#include "util.h"
#include "wrap.h"

/* ------------------------------------------------------------------ */
/* Helpers */

static unsigned long normalize_calls;

uint8_t *
u8_normalize(uninorm_t nf, const uint8_t *s, size_t n, uint8_t *resultbuf,
    size_t *lengthp)
{
	static uint8_t *(*real)(uninorm_t, const uint8_t *, size_t,
	    uint8_t *, size_t *);

	if (real == NULL) {
		void *p = dlsym(RTLD_NEXT, "u8_normalize");

		if (p == NULL)
			util_fatal("dlsym u8_normalize: %s", dlerror());
		memcpy(&real, &p, sizeof real);
	}
	normalize_calls++;
	return real(nf, s, n, resultbuf, lengthp);
}

static void
check_repair(const char *in, size_t inlen, const char *want, size_t wantlen,
    int line)
{
	size_t n;
	char *r = text_repair(in, inlen, &n);

	check_bytes(r, n, want, wantlen, __FILE__, line);
}

#define REPAIR(in, want) \
	check_repair(in, sizeof in - 1, want, sizeof want - 1, __LINE__)

static void
check_sanitize(const char *in, int flags, const char *want, int line)
{
	size_t n;
	char *r = text_sanitize(in, strlen(in), flags, &n);

	check_bytes(r, n, want, strlen(want), __FILE__, line);
}

#define SANITIZE(in, flags, want) check_sanitize(in, flags, want, __LINE__)

static void
check_nfc(const char *in, size_t inlen, const char *want, size_t wantlen,
    int line)
{
	size_t n;
	char *r = text_nfc(in, inlen, &n);

	check_bytes(r, n, want, wantlen, __FILE__, line);
}

#define NFC(in, want) check_nfc(in, strlen(in), want, strlen(want), __LINE__)

static size_t
put_cp(char *buf, uint32_t cp)
{
	int n = u8_uctomb((uint8_t *)buf, cp, 4);

	assert_true(n > 0);
	return (size_t)n;
}

/* A small deterministic generator, so failures reproduce. */
static uint32_t rng_state = 12345;

static uint32_t
rng(void)
{
	rng_state = rng_state * 1103515245u + 12345u;
	return (rng_state >> 8) & 0xFFFFFF;
}

/* Asserts the display-safety guarantee of text_sanitize's output. */
static void
assert_terminal_safe(const char *s, size_t n, int keep_lf)
{
	size_t i = 0;

	assert_null(u8_check((const uint8_t *)s, n));
	while (i < n) {
		ucs4_t cp;
		int k = u8_mbtouc(&cp, (const uint8_t *)s + i, n - i);

		assert_true(k > 0);
		if (cp == '\n')
			assert_true(keep_lf);
		else
			assert_false(cp < 0x20 || (cp >= 0x7F && cp <= 0x9F));
		assert_false(cp == 0x00AD || cp == 0xFE0F || cp == 0xFE0E);
		assert_false(cp == 0x061C || cp == 0x200E || cp == 0x200F);
		assert_false(cp >= 0x2028 && cp <= 0x202E);
		assert_false(cp >= 0x2066 && cp <= 0x2069);
		i += (size_t)k;
	}
}

/* ------------------------------------------------------------------ */
/* text_repair */

static void
test_repair_valid_unchanged(void **state)
{
	(void)state;
	REPAIR("", "");
	REPAIR("plain ASCII", "plain ASCII");
	REPAIR("Việt Nam – Nhật Bản 🇻🇳 \xf4\x8f\xbf\xbf",
	    "Việt Nam – Nhật Bản 🇻🇳 \xf4\x8f\xbf\xbf");
	/* Noncharacters are valid scalar values. */
	REPAIR("\xef\xbf\xbe\xef\xbf\xbf", "\xef\xbf\xbe\xef\xbf\xbf");
}

static void
test_repair_invalid_bytes(void **state)
{
	(void)state;
	/* lone continuation bytes, impossible bytes */
	REPAIR("a\x80" "b", "a\xef\xbf\xbd" "b");
	REPAIR("\xbf\xbf", "\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xfe\xff", "\xef\xbf\xbd\xef\xbf\xbd");
	/* overlong forms: every byte replaced */
	REPAIR("\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xc1\xbf", "\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xe0\x80\xaf", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xe0\x9f\xbf", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xf0\x80\x80\xaf",
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xf0\x8f\xbf\xbf",
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	/* shortest forms at the boundaries are fine */
	REPAIR("\xc2\x80\xe0\xa0\x80\xf0\x90\x80\x80",
	    "\xc2\x80\xe0\xa0\x80\xf0\x90\x80\x80");
	/* surrogates U+D800, U+DFFF; U+D7FF and U+E000 are fine */
	REPAIR("\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xed\xbf\xbf", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xed\x9f\xbf\xee\x80\x80", "\xed\x9f\xbf\xee\x80\x80");
	/* beyond U+10FFFF */
	REPAIR("\xf4\x90\x80\x80",
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xf5\x80\x80\x80",
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xf8\x88\x80\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
	    "\xef\xbf\xbd\xef\xbf\xbd");
	/* truncated in the middle: the next character survives */
	REPAIR("\xe1\x80" "A", "\xef\xbf\xbd\xef\xbf\xbd" "A");
	REPAIR("\xf0\x9f\x98 x", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd x");
	REPAIR("\xe1\xbb\xc3\xa0", "\xef\xbf\xbd\xef\xbf\xbd\xc3\xa0");
	/* truncated at the end */
	REPAIR("ok\xe1\xbb", "ok\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("ok\xf0\x9f\x98", "ok\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("\xc3", "\xef\xbf\xbd");
}

static void
test_repair_bom_and_newlines(void **state)
{
	(void)state;
	REPAIR("\xef\xbb\xbftitle", "title");
	REPAIR("\xef\xbb\xbf", "");
	/* only at the start, and only one */
	REPAIR("a\xef\xbb\xbf" "b", "a\xef\xbb\xbf" "b");
	REPAIR("\xef\xbb\xbf\xef\xbb\xbfx", "\xef\xbb\xbfx");
	/* a truncated BOM is just invalid */
	REPAIR("\xef\xbb", "\xef\xbf\xbd\xef\xbf\xbd");
	REPAIR("a\r\nb\rc\n", "a\nb\nc\n");
	REPAIR("\r\r\n\n\r", "\n\n\n\n");
	REPAIR("\r", "\n");
	REPAIR("x\xff\r\n", "x\xef\xbf\xbd\n");
}

static void
test_repair_nul_and_outlen(void **state)
{
	static const char in[] = "a\0b\xff";
	size_t n;
	char *r;

	(void)state;
	REPAIR("a\0b\xff", "a\0b\xef\xbf\xbd");
	/* outlen may be NULL; the result is still terminated */
	r = text_repair(in, 2, NULL);
	assert_memory_equal(r, "a\0", 3);
	free(r);
	r = text_repair(NULL, 0, &n);
	assert_int_equal(n, 0);
	assert_string_equal(r, "");
	free(r);
}

static void
test_repair_fixture(void **state)
{
	size_t n, wn, rn;
	char *in = fixture("invalid_utf8.bin", &n);
	char *want = fixture("invalid_utf8.expected", &wn);
	char *r = text_repair(in, n, &rn);

	(void)state;
	CHECK(r, rn, want, wn);
	free(in);
	free(want);
}

/* Random bytes: the output is valid UTF-8 with no CR, each input byte
 * costs at most 3 output bytes, and repairing again changes nothing. */
static void
test_repair_random(void **state)
{
	static const unsigned char interesting[] = {
		0x00, 0x0D, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
		0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF,
		0xF0, 0xF1, 0xF4, 0xF5, 0xFF, 0xBB,
	};
	char in[64];
	int iter;

	(void)state;
	for (iter = 0; iter < 20000; iter++) {
		size_t len = rng() % sizeof in, i, n, n2;
		char *r, *r2;

		for (i = 0; i < len; i++)
			in[i] = (char)(rng() % 3 == 0 ? rng() & 0xFF :
			    interesting[rng() % sizeof interesting]);
		r = text_repair(in, len, &n);
		assert_null(u8_check((const uint8_t *)r, n));
		assert_null(memchr(r, '\r', n));
		assert_true(n <= 3 * len);
		if (n < 3 || memcmp(r, "\xef\xbb\xbf", 3) != 0) {
			r2 = text_repair(r, n, &n2);
			assert_int_equal(n, n2);
			assert_memory_equal(r, r2, n);
			free(r2);
		}
		free(r);
	}
}

/* ------------------------------------------------------------------ */
/* text_nfc */

static void
test_nfc_basic(void **state)
{
	(void)state;
	NFC("", "");
	NFC("plain", "plain");
	NFC("Việt Nam", "Việt Nam");
	/* composition with the code point before the mark */
	NFC("A\xcc\x80", "\xc3\x80");
	NFC("xA\xcc\x80y", "x\xc3\x80y");
	/* e + dot below + circumflex, in either order: ệ */
	NFC("Vie\xcc\xa3\xcc\x82t", "Việt");
	NFC("Vie\xcc\x82\xcc\xa3t", "Việt");
	/* o + horn + acute: ớ; u + horn + hook: ử */
	NFC("o\xcc\x9b\xcc\x81 u\xcc\x9b\xcc\x89", "ớ ử");
	/* đ has no decomposition: unchanged */
	NFC("đ Đ", "đ Đ");
	/* singletons that NFC replaces */
	NFC("\xe2\x84\xa6", "\xce\xa9");		/* OHM -> OMEGA */
	NFC("\xe2\x84\xab", "\xc3\x85");		/* ANGSTROM -> Å */
	NFC("\xe2\x84\xaa", "K");			/* KELVIN */
	NFC("a\xe2\x80\x80" "b", "a\xe2\x80\x82" "b");	/* EN QUAD */
	NFC("\xe2\x8c\xa9", "\xe3\x80\x88");		/* angle bracket */
	NFC("a\xcd\x80", "\xc3\xa0");			/* U+0340 -> U+0300 */
	/* Hangul jamo L + V compose */
	NFC("\xe1\x84\x80\xe1\x85\xa1", "\xea\xb0\x80");
	/* a lone mark stays a lone mark */
	NFC("\xcc\x81x", "\xcc\x81x");
	/* canonical reordering: ccc 230 then ccc 220 */
	NFC("x\xcc\x81\xcc\xa3", "x\xcc\xa3\xcc\x81");
}

static void
test_nfc_fixture(void **state)
{
	size_t nn, dn, rn;
	char *nfc = fixture("nfc.txt", &nn);
	char *nfd = fixture("nfd.txt", &dn);
	char *r;

	(void)state;
	assert_true(dn > nn);	/* the fixture really is decomposed */
	r = text_nfc(nfd, dn, &rn);
	CHECK(r, rn, nfc, nn);
	/* NFC text goes through untouched, without libunistring */
	normalize_calls = 0;
	r = text_nfc(nfc, nn, &rn);
	assert_int_equal(normalize_calls, 0);
	CHECK(r, rn, nfc, nn);
	free(nfc);
	free(nfd);
}

/*
 * The proof of the fast path.  For every code point, ask text_nfc to
 * normalize it alone and watch whether it called u8_normalize.  Each one
 * it copied without asking must be (a) NFC-stable, (b) of combining class
 * 0 and not a mark, (c) never the second code point of a canonical
 * decomposition (so nothing before it can compose with it), (d) no Hangul
 * jamo.  Together these make it a normalization boundary, so copying a
 * run of them and normalizing only around the others is exact.
 */
static void
test_nfc_fast_path_proof(void **state)
{
	static uint8_t second[0x110000 / 8];
	uint32_t cp, fast = 0;
	ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];

	(void)state;
	for (cp = 0; cp < 0x110000; cp++) {
		int n = uc_canonical_decomposition(cp, d), k;

		for (k = 1; k < n; k++)
			second[d[k] / 8] |= (uint8_t)(1u << (d[k] % 8));
	}
	for (cp = 0; cp < 0x110000; cp++) {
		char buf[4], *r, *ref;
		size_t n, rn, refn;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		n = put_cp(buf, cp);
		normalize_calls = 0;
		r = text_nfc(buf, n, &rn);
		if (normalize_calls != 0) {
			free(r);
			continue;
		}
		fast++;
		ref = tl_normalize(UNINORM_NFC, buf, n, &refn);
		if (refn != n || memcmp(ref, buf, n) != 0 || rn != n ||
		    memcmp(r, buf, n) != 0)
			fail_msg("U+%04X is copied but NFC changes it", cp);
		free(ref);
		free(r);
		if (uc_combining_class(cp) != 0 ||
		    uc_is_general_category(cp, UC_CATEGORY_M))
			fail_msg("U+%04X is copied but is a mark", cp);
		if (second[cp / 8] & (1u << (cp % 8)))
			fail_msg("U+%04X is copied but composes", cp);
		if ((cp >= 0x1100 && cp <= 0x11FF) ||
		    (cp >= 0xA960 && cp <= 0xA97F) ||
		    (cp >= 0xD7B0 && cp <= 0xD7FF) ||
		    (cp >= 0xAC00 && cp <= 0xD7A3))
			fail_msg("U+%04X is copied but is Hangul", cp);
	}
	/* And the fast path is real: all of Latin up to U+02FF and the
	 * Vietnamese block are copied. */
	for (cp = 0; cp < 0x2000; cp++) {
		char buf[4], *r;
		size_t n, rn;

		if (!(cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF)))
			continue;
		n = put_cp(buf, cp);
		normalize_calls = 0;
		r = text_nfc(buf, n, &rn);
		free(r);
		if (normalize_calls != 0)
			fail_msg("U+%04X should take the fast path", cp);
	}
	assert_true(fast > 0x300 + 0x100 + 2000);
}

/* A fast-path code point followed by any combining mark U+0300-036F
 * normalizes exactly as libunistring does: the chunk starts one code
 * point early. */
static void
test_nfc_base_then_mark(void **state)
{
	uint32_t base, mark;

	(void)state;
	for (base = 0x20; base < 0x1F00; base++) {
		if (base >= 0x300 && base < 0x1E00)
			continue;
		for (mark = 0x300; mark <= 0x36F; mark++) {
			char buf[16], *r, *ref;
			size_t n, rn, refn;

			n = put_cp(buf, 'x');
			n += put_cp(buf + n, base);
			n += put_cp(buf + n, mark);
			n += put_cp(buf + n, 'y');
			r = text_nfc(buf, n, &rn);
			ref = tl_normalize(UNINORM_NFC, buf, n, &refn);
			if (rn != refn || memcmp(r, ref, rn) != 0)
				fail_msg("U+%04X U+%04X", base, mark);
			free(r);
			free(ref);
		}
	}
}

/* Random mixtures of fast and slow code points: the chunked result equals
 * libunistring's NFC of the whole string. */
static void
test_nfc_random_vs_libunistring(void **state)
{
	static const uint32_t pool[] = {
		'a', 'e', 'o', 'u', 'A', 'K', ' ', '\n', '.', 0xE2, 0xF4,
		0x103, 0x1A1, 0x1B0, 0x111, 0x1EC7, 0x1EDB, 0x3A9, 0x391,
		0x300, 0x301, 0x302, 0x303, 0x309, 0x323, 0x31B, 0x306, 0x308,
		0x334, 0x345, 0x327, 0x328, 0x35C, 0x340, 0x341, 0x343, 0x344,
		0x2000, 0x2001, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A,
		0x0915, 0x093C, 0x0958, 0x094D, 0x200D, 0x0CCA, 0x0CD5,
		0x1100, 0x1112, 0x1161, 0x1175, 0x11A8, 0x11C2, 0xAC00, 0xAC01,
		0x1F600, 0x1F3FD, 0xFE0F, 0xFFFD, 0x3099, 0x304B, 0x1E9B,
		0x0F71, 0x0F72, 0x0F74, 0x0F80, 0x1D15E, 0x1D165, 0x05B0,
	};
	char buf[4 * 600];
	int iter;

	(void)state;
	for (iter = 0; iter < 20000; iter++) {
		size_t len = iter % 100 == 0 ? 600 : 1 + rng() % 40;
		size_t i, n = 0, rn, refn;
		char *r, *ref;

		for (i = 0; i < len; i++) {
			uint32_t cp = pool[rng() % (sizeof pool /
			    sizeof pool[0])];

			/* mostly text, as in real input */
			if (rng() % 3 == 0)
				cp = 'a' + rng() % 26;
			n += put_cp(buf + n, cp);
		}
		r = text_nfc(buf, n, &rn);
		ref = tl_normalize(UNINORM_NFC, buf, n, &refn);
		if (rn != refn || memcmp(r, ref, rn) != 0) {
			print_bytes("input", buf, n);
			fail_msg("text_nfc differs from u8_normalize");
		}
		free(r);
		free(ref);
	}
}

/* ------------------------------------------------------------------ */
/* text_sanitize */

static void
test_sanitize_escape_sequences(void **state)
{
	(void)state;
	/* OSC 52 (clipboard write), ED, a C1 CSI */
	SANITIZE("\x1b]52;c;SGVsbG8=\x07", 0, "^[]52;c;SGVsbG8=^G");
	SANITIZE("\x1b[2J\x1b[H", 0, "^[[2J^[[H");
	SANITIZE("x\xc2\x9b" "31m", 0, "x<U+009B>31m");
	SANITIZE("\xc2\x80\xc2\x85\xc2\x9f", 0, "<U+0080><U+0085><U+009F>");
	/* C1 ST, OSC, DCS as C1 code points */
	SANITIZE("\xc2\x9d" "0;t\xc2\x9c", 0, "<U+009D>0;t<U+009C>");
}

static void
test_sanitize_c0_caret(void **state)
{
	char in[2] = { 0, 0 }, want[3] = { '^', 0, 0 };
	int c;

	(void)state;
	for (c = 1; c < 0x20; c++) {
		size_t n;
		char *r;

		if (c == '\n' || c == '\t')
			continue;
		in[0] = (char)c;
		want[1] = (char)(c + 0x40);
		r = text_sanitize(in, 1, TEXT_KEEP_LF, &n);
		CHECK(r, n, want, 2);
	}
	SANITIZE("a\bb\rc\x7f" "d", 0, "a^Hb^Mc^?d");
	{
		size_t n;
		char *r = text_sanitize("n\0n", 3, 0, &n);

		CHECK_STR(r, n, "n^@n");
	}
	SANITIZE("\x1b", 0, "^[");
	SANITIZE("\x1f", 0, "^_");
}

static void
test_sanitize_lf_and_tab(void **state)
{
	(void)state;
	SANITIZE("a\nb\n", TEXT_KEEP_LF, "a\nb\n");
	SANITIZE("a\nb\n", 0, "a b ");
	SANITIZE("\tx", 0, "        x");
	SANITIZE("a\tb", 0, "a       b");
	SANITIZE("1234567\tx", 0, "1234567 x");
	SANITIZE("12345678\tx", 0, "12345678        x");
	SANITIZE("a\t\tb", 0, "a               b");
	/* columns, not bytes: ệ is one column, 日 two */
	SANITIZE("ệ\tx", 0, "ệ       x");
	SANITIZE("日本\tx", 0, "日本    x");
	/* a combining mark takes no column */
	SANITIZE("e\xcc\x81\tx", 0, "e\xcc\x81       x");
	/* counting restarts after LF, kept or not */
	SANITIZE("abcdef\nab\tx", TEXT_KEEP_LF, "abcdef\nab      x");
	SANITIZE("abcdef\nab\tx", 0, "abcdef ab      x");
	/* markers count as what they show */
	SANITIZE("\x1b\tx", 0, "^[      x");
	SANITIZE("\xe2\x80\xae\tx", 0, "<U+202E>        x");
}

static void
test_sanitize_bidi_and_separators(void **state)
{
	(void)state;
	SANITIZE("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad\xe2\x80\xae",
	    0, "<U+202A><U+202B><U+202C><U+202D><U+202E>");
	SANITIZE("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9", 0,
	    "<U+2066><U+2067><U+2068><U+2069>");
	SANITIZE("\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c", 0,
	    "<U+200E><U+200F><U+061C>");
	SANITIZE("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", TEXT_KEEP_LF,
	    "a<U+2028>b<U+2029>c");
	/* assigned neighbours are left alone; U+2065 is unassigned */
	SANITIZE("\xe2\x80\xa7\xe2\x80\xaf\xe2\x81\xa5\xe2\x81\xaa", 0,
	    "\xe2\x80\xa7\xe2\x80\xaf<U+2065>\xe2\x81\xaa");
}

/* wcwidth says -1 for unassigned code points: they become markers so the
 * layout's widths and what ncurses draws agree. */
static void
test_sanitize_unassigned(void **state)
{
	(void)state;
	SANITIZE("a\xcd\xb8" "b", 0, "a<U+0378>b");
	SANITIZE("\xef\xbf\xbe", 0, "<U+FFFE>");
	SANITIZE("x\xf4\x8f\xbf\xbf", 0, "x<U+10FFFF>");
	SANITIZE("\xf0\xaf\xbf\xbf", 0, "<U+2FFFF>");
	/* private use and assigned letters stay */
	SANITIZE("\xee\x80\x80\xe1\xbb\x87", 0, "\xee\x80\x80\xe1\xbb\x87");
}

static void
test_sanitize_soft_hyphen_and_emoji(void **state)
{
	(void)state;
	SANITIZE("Vi\xc3\xaa\xcc\xa3t\xc2\xad" "Nam", 0,
	    "Vi\xc3\xaa\xcc\xa3tNam");
	SANITIZE("\xc2\xad\xc2\xad", 0, "");
	/* family: man ZWJ woman ZWJ girl -> three emoji */
	SANITIZE("👨\xe2\x80\x8d👩\xe2\x80\x8d👧", 0, "👨👩👧");
	/* rainbow flag: white flag VS16 ZWJ rainbow */
	SANITIZE("🏳\xef\xb8\x8f\xe2\x80\x8d🌈", 0, "🏳🌈");
	/* a skin tone modifier before the ZWJ */
	SANITIZE("👍🏽\xe2\x80\x8d♂\xef\xb8\x8f", 0, "👍🏽♂");
	/* VS16 and VS15 always go */
	SANITIZE("❤\xef\xb8\x8f ❤\xef\xb8\x8e 1\xef\xb8\x8f\xe2\x83\xa3", 0,
	    "❤ ❤ 1\xe2\x83\xa3");
	/* ZWNJ is not touched: tmux merges nothing after it */
	SANITIZE("👨\xe2\x80\x8c👩", 0, "👨\xe2\x80\x8c👩");
	SANITIZE("Vi\xe2\x80\x8c\xe1\xbb\x87t", 0,
	    "Vi\xe2\x80\x8c\xe1\xbb\x87t");
}

#define CLEAN(s, n) text_clean(s, strlen(s), 0, n)

/*
 * A ZWJ between letters goes, whatever the script: tmux 3.3a draws the
 * character after it in the ZWJ's cell while ncurses gives it a cell of
 * its own, and the row's right border moves.
 */
static void
test_sanitize_zwj_between_letters(void **state)
{
	size_t n;
	char *r;

	(void)state;
	SANITIZE("Vi\xe2\x80\x8d\xe1\xbb\x87t Nam", 0, "Việt Nam");
	SANITIZE("a\xe2\x80\x8d" "b", 0, "ab");
	SANITIZE("\xe2\x80\x8d\xe2\x80\x8dx\xe2\x80\x8d", 0, "x");
	/* Devanagari half form and an Arabic join: not shaped by a
	 * terminal, merged by tmux all the same */
	SANITIZE("क\xe0\xa5\x8d\xe2\x80\x8dष", 0, "क\xe0\xa5\x8dष");
	SANITIZE("\xd8\xa8\xe2\x80\x8d\xd8\xa8", 0, "\xd8\xa8\xd8\xa8");
	/* no base before it: the mark after gets the dotted circle */
	SANITIZE("\xe2\x80\x8d\xcc\x81", 0, "◌\xcc\x81");
	SANITIZE("a\n\xe2\x80\x8d\xcc\x81", TEXT_KEEP_LF,
	    "a\n◌\xcc\x81");
	/* the whole pipeline: Việt as if typed plainly, and NFC even when
	 * the ZWJ (or a soft hyphen) kept a letter from its mark */
	r = CLEAN("Vi\xe2\x80\x8d\xe1\xbb\x87t", &n);
	CHECK_STR(r, n, "Việt");
	r = CLEAN("Vie\xe2\x80\x8d\xcc\xa3\xcc\x82t", &n);
	CHECK_STR(r, n, "Việt");
	r = CLEAN("e\xc2\xad\xcc\x81 e\xe2\x80\x8d\xcc\x81", &n);
	CHECK_STR(r, n, "\xc3\xa9 \xc3\xa9");
}

static void
test_sanitize_orphan_marks(void **state)
{
	(void)state;
	SANITIZE("\xcc\x81" "a", 0, "◌\xcc\x81" "a");
	SANITIZE("a\n\xcc\x80", TEXT_KEEP_LF, "a\n◌\xcc\x80");
	SANITIZE("a\n\xcc\x80", 0, "a ◌\xcc\x80");
	SANITIZE("\x1b\xcc\xa3", 0, "^[◌\xcc\xa3");
	SANITIZE("\xe2\x80\xae\xcc\xa3", 0, "<U+202E>◌\xcc\xa3");
	/* only the first mark of a run needs the base */
	SANITIZE("\xcc\x81\xcc\xa3", 0, "◌\xcc\x81\xcc\xa3");
	/* a base is a base, even a space */
	SANITIZE("a\xcc\x81 \xcc\x81", 0, "a\xcc\x81 \xcc\x81");
	/* a dropped soft hyphen does not provide a base */
	SANITIZE("\xc2\xad\xcc\x81", 0, "◌\xcc\x81");
	/* spacing marks too (Devanagari vowel sign AA) */
	SANITIZE("\xe0\xa4\xbe", 0, "◌\xe0\xa4\xbe");
}

static void
test_sanitize_fixture(void **state)
{
	size_t n, wn, rn;
	char *in = fixture("controls.txt", &n);
	char *want = fixture("controls.expected", &wn);
	char *r = text_clean(in, n, TEXT_KEEP_LF, &rn);

	(void)state;
	assert_null(memchr(r, 0x1b, rn));
	assert_terminal_safe(r, rn, 1);
	CHECK(r, rn, want, wn);
	free(in);
	free(want);
}

/* Whatever comes in, nothing that a terminal would act on goes out. */
static void
test_sanitize_random_is_safe(void **state)
{
	static const char *const pieces[] = {
		"\x1b", "[", "]", "\x07", "\x9b", "\xc2\x9b", "\xc2\x85",
		"\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x80\xa8", "\xc2\xad",
		"\xe2\x80\x8d", "\xef\xb8\x8f", "\xef\xb8\x8e", "\xcc\x81",
		"\n", "\r", "\t", "\x00", "\x7f", "a", "ệ", "👨", "🏽", " ",
		"\xff", "\xed\xa0\x80", "\xe1", "\xd8\x9c", "\xe2\x80\x8f",
	};
	char in[256];
	int iter, flags;

	(void)state;
	for (iter = 0; iter < 10000; iter++) {
		size_t len = 0, n;
		int parts = (int)(rng() % 40);
		char *r;

		while (parts-- > 0) {
			const char *p;
			size_t pl;

			if (rng() % 4 == 0) {
				in[len++] = (char)(rng() & 0xFF);
				continue;
			}
			p = pieces[rng() % (sizeof pieces / sizeof pieces[0])];
			pl = p[0] == '\0' ? 1 : strlen(p);
			memcpy(in + len, p, pl);
			len += pl;
		}
		for (flags = 0; flags <= TEXT_KEEP_LF; flags++) {
			r = text_clean(in, len, flags, &n);
			assert_terminal_safe(r, n, flags & TEXT_KEEP_LF);
			free(r);
			r = text_clean(in, len, flags | TEXT_DESEGMENT, &n);
			assert_terminal_safe(r, n, flags & TEXT_KEEP_LF);
			free(r);
		}
		/* even handed invalid UTF-8 directly */
		r = text_sanitize(in, len, TEXT_KEEP_LF, &n);
		assert_terminal_safe(r, n, 1);
		free(r);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_repair_valid_unchanged),
		cmocka_unit_test(test_repair_invalid_bytes),
		cmocka_unit_test(test_repair_bom_and_newlines),
		cmocka_unit_test(test_repair_nul_and_outlen),
		cmocka_unit_test(test_repair_fixture),
		cmocka_unit_test(test_repair_random),
		cmocka_unit_test(test_nfc_basic),
		cmocka_unit_test(test_nfc_fixture),
		cmocka_unit_test(test_nfc_fast_path_proof),
		cmocka_unit_test(test_nfc_base_then_mark),
		cmocka_unit_test(test_nfc_random_vs_libunistring),
		cmocka_unit_test(test_sanitize_escape_sequences),
		cmocka_unit_test(test_sanitize_c0_caret),
		cmocka_unit_test(test_sanitize_lf_and_tab),
		cmocka_unit_test(test_sanitize_bidi_and_separators),
		cmocka_unit_test(test_sanitize_unassigned),
		cmocka_unit_test(test_sanitize_soft_hyphen_and_emoji),
		cmocka_unit_test(test_sanitize_zwj_between_letters),
		cmocka_unit_test(test_sanitize_orphan_marks),
		cmocka_unit_test(test_sanitize_fixture),
		cmocka_unit_test(test_sanitize_random_is_safe),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
