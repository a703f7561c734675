/*
 * test_fold: folding checked against libunistring on whole strings (the
 * definition in src/text/fold.c), code point by code point over the generated
 * table and the rest of Unicode, on the Vietnamese alphabet, on NFC and
 * NFD spellings, and on random mixed text; the offset map checked by
 * folding the input ranges it points at; smart query modes; bad UTF-8.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fold.h"
#include "testlib.h"
#include "util.h"

static const enum fold_mode modes[] = {
	FOLD_EXACT, FOLD_CASE, FOLD_MARKS, FOLD_ALL
};

/*
 * The reference: libunistring on the whole string.  With stroke set, the
 * documented exceptions: đ/Đ become d/D after the marks are stripped
 * (libunistring leaves them alone, having no decomposition for them), and
 * Ð/ð, where libunistring leaves them, become Đ/đ (so d/D without marks).
 */
static char *
ref_fold(const char *s, size_t n, enum fold_mode mode, int stroke,
    size_t *outlen)
{
	const uint8_t *in = (const uint8_t *)s;
	uint8_t *r;
	size_t rl = 0, i = 0, o = 0;
	ucs4_t c;
	int k;
	char *out;

	switch (mode) {
	case FOLD_EXACT:
		r = u8_normalize(UNINORM_NFC, in, n, NULL, &rl);
		break;
	case FOLD_CASE:
		r = u8_casefold(in, n, NULL, UNINORM_NFC, NULL, &rl);
		break;
	case FOLD_MARKS:
		r = u8_normalize(UNINORM_NFD, in, n, NULL, &rl);
		break;
	default:
		r = u8_casefold(in, n, NULL, UNINORM_NFD, NULL, &rl);
		break;
	}
	assert_non_null(r);
	out = util_malloc(rl + 1);
	if (mode & FOLD_MARKS) {
		while (i < rl) {
			k = u8_mbtouc(&c, r + i, rl - i);
			if (stroke && (c == 0x00d0 || c == 0x00f0))
				out[o++] = c == 0x00d0 ? 'D' : 'd';
			else if (stroke && (c == 0x0110 || c == 0x0111))
				out[o++] = c == 0x0110 ? 'D' : 'd';
			else if (!uc_is_general_category(c, UC_CATEGORY_M)) {
				memcpy(out + o, r + i, (size_t)k);
				o += (size_t)k;
			}
			i += (size_t)k;
		}
	} else {
		while (i < rl) {
			k = u8_mbtouc(&c, r + i, rl - i);
			if (stroke && (c == 0x00d0 || c == 0x00f0))
				o += (size_t)u8_uctomb((uint8_t *)out + o,
				    c == 0x00d0 ? 0x0110 : 0x0111, 2);
			else {
				memcpy(out + o, r + i, (size_t)k);
				o += (size_t)k;
			}
			i += (size_t)k;
		}
	}
	out[o] = '\0';
	free(r);
	*outlen = o;
	return out;
}


/* Checks the map of a fold of s: it has outlen + 1 entries, never goes
 * backwards, points at character starts and ends at len; and folding the
 * input range behind every stretch of output with one source gives that
 * stretch back. */
static void
check_map(const char *s, size_t len, enum fold_mode mode, const char *out,
    size_t outlen, const uint32_t *map)
{
	size_t a, b, fl;
	char *f;

	assert_int_equal(map[outlen], len);
	for (a = 0; a < outlen; a++) {
		assert_true(map[a] <= map[a + 1]);
		assert_true(map[a] < len);
		/* not a UTF-8 continuation byte */
		assert_true(((unsigned char)s[map[a]] & 0xc0) != 0x80);
	}
	for (a = 0; a < outlen; a = b) {
		for (b = a + 1; b < outlen && map[b] == map[a]; b++)
			;
		f = fold_text(s + map[a], map[b] - map[a], mode, &fl, NULL);
		assert_int_equal(fl, b - a);
		assert_memory_equal(f, out + a, fl);
		free(f);
	}
}

/* fold_text with and without a map, and fold_append after a prefix,
 * all equal the reference; the map passes check_map. */
static void
check_fold(const char *s, size_t len, enum fold_mode mode)
{
	struct util_buf ub;
	char *want, *got;
	size_t wl, gl;
	uint32_t *map;

	want = ref_fold(s, len, mode, 1, &wl);
	got = fold_text(s, len, mode, &gl, NULL);
	assert_int_equal(gl, wl);
	assert_memory_equal(got, want, wl);
	assert_int_equal(got[gl], '\0');
	free(got);

	got = fold_text(s, len, mode, &gl, &map);
	assert_int_equal(gl, wl);
	assert_memory_equal(got, want, wl);
	check_map(s, len, mode, got, gl, map);
	free(got);
	free(map);

	util_buf_init(&ub);
	util_buf_adds(&ub, "x|");
	fold_append(&ub, s, len, mode);
	assert_int_equal(ub.len, wl + 2);
	assert_memory_equal(ub.data + 2, want, wl);
	assert_int_equal(ub.data[ub.len], '\0');
	util_buf_free(&ub);
	free(want);
}

static char *
fold_str(const char *s, enum fold_mode mode)
{
	return fold_text(s, strlen(s), mode, NULL, NULL);
}

static void
assert_fold(const char *s, enum fold_mode mode, const char *want)
{
	char *got = fold_str(s, mode);

	assert_string_equal(got, want);
	free(got);
}

/* The table pages: every code point alone, and between two letters it
 * could compose or case-fold with, in every mode. */
static void
test_table_pages(void **state)
{
	static const uint32_t pages[][2] = {
		{ 0x0000, 0x03ff }, { 0x1e00, 0x1eff }, { 0x2000, 0x20ff }
	};
	uint8_t buf[16];
	size_t p, m, n;
	uint32_t c;

	(void)state;
	for (p = 0; p < sizeof pages / sizeof pages[0]; p++) {
		for (c = pages[p][0]; c <= pages[p][1]; c++) {
			n = (size_t)u8_uctomb(buf + 1, c, 6);
			for (m = 0; m < 4; m++)
				check_fold((char *)buf + 1, n, modes[m]);
			buf[0] = 'A';
			buf[n + 1] = 'e';
			for (m = 0; m < 4; m++)
				check_fold((char *)buf, n + 2, modes[m]);
		}
	}
}

/* Everything else, code point by code point (the range table and the
 * libunistring fallback). */
static void
test_all_code_points(void **state)
{
	uint8_t buf[8];
	size_t m, n, wl, gl;
	uint32_t c;
	char *want, *got;

	(void)state;
	for (c = 0; c < 0x110000; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		/* Planes 4-13 and 15-16 hold nothing that folds: sample. */
		if (c >= 0x40000 && (c < 0xe0000 || c >= 0xf0000) &&
		    c % 97 != 0)
			continue;
		n = (size_t)u8_uctomb(buf, c, 6);
		for (m = 0; m < 4; m++) {
			want = ref_fold((char *)buf, n, modes[m], 1, &wl);
			got = fold_text((char *)buf, n, modes[m], &gl, NULL);
			if (gl != wl || memcmp(got, want, wl) != 0)
				fail_msg("U+%04X mode %d", (unsigned)c,
				    (int)modes[m]);
			free(want);
			free(got);
		}
	}
}

/* What NFC does across code points, for every code point it can happen
 * to: each canonical pair composed from its halves, and each mark moved
 * in front of a mark of higher combining class. */
static void
test_nfc_neighbours(void **state)
{
	uint8_t buf[32];
	ucs4_t c, d[UC_DECOMPOSITION_MAX_LENGTH];
	size_t m, n, pairs = 0, marks = 0;

	(void)state;
	for (c = 0; c < 0x110000; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		if (uc_canonical_decomposition(c, d) == 2) {
			n = (size_t)u8_uctomb(buf, d[0], 6);
			n += (size_t)u8_uctomb(buf + n, d[1], 6);
			for (m = 0; m < 4; m++)
				check_fold((char *)buf, n, modes[m]);
			pairs++;
		}
		if (uc_combining_class(c) != 0 && uc_combining_class(c) < 240) {
			/* a, U+0345 (class 240), c */
			memcpy(buf, "a\xcd\x85", 3);
			n = 3 + (size_t)u8_uctomb(buf + 3, c, 6);
			for (m = 0; m < 4; m++)
				check_fold((char *)buf, n, modes[m]);
			marks++;
		}
	}
	assert_true(pairs > 10000);	/* Hangul syllables alone: 11172 */
	assert_true(marks > 500);
}

/* Only đ and Đ differ from plain libunistring, and only when marks go;
 * and Ð and ð, in every mode, since they are Đ and đ. */
static void
test_stroke_exception(void **state)
{
	uint8_t buf[8];
	size_t m, n, wl, gl;
	uint32_t c;
	char *want, *got;
	int differs;

	(void)state;
	for (c = 0; c < 0x2100; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		n = (size_t)u8_uctomb(buf, c, 6);
		for (m = 0; m < 4; m++) {
			want = ref_fold((char *)buf, n, modes[m], 0, &wl);
			got = fold_text((char *)buf, n, modes[m], &gl, NULL);
			differs = gl != wl || memcmp(got, want, wl) != 0;
			assert_int_equal(differs, ((c == 0x0110 ||
			    c == 0x0111) && (modes[m] & FOLD_MARKS)) ||
			    c == 0x00d0 || c == 0x00f0);
			free(want);
			free(got);
		}
	}
	assert_fold("Đ", FOLD_ALL, "d");
	assert_fold("đ", FOLD_ALL, "d");
	assert_fold("Đ", FOLD_MARKS, "D");
	assert_fold("đ", FOLD_MARKS, "d");
	assert_fold("Đ", FOLD_CASE, "đ");
	assert_fold("Đ", FOLD_EXACT, "Đ");
	assert_fold("Đà Nẵng, ĐÀ NẴNG", FOLD_ALL, "da nang, da nang");
}

/* Ð/ð, typed for Đ/đ, are Đ/đ in every mode: "da nang" finds "Ðà Nẵng",
 * and so does "Đà" typed with its marks and capital (an exact match). */
static void
test_eth_is_d_stroke(void **state)
{
	static const char *const eth[] = { "Ð", "ð" };
	char *d;
	size_t i;

	(void)state;
	assert_fold("Ð", FOLD_EXACT, "Đ");
	assert_fold("ð", FOLD_EXACT, "đ");
	assert_fold("Ðà Nẵng", FOLD_EXACT, "Đà Nẵng");
	assert_fold("Ð", FOLD_CASE, "đ");
	assert_fold("ð", FOLD_CASE, "đ");
	assert_fold("Ð", FOLD_MARKS, "D");
	assert_fold("ð", FOLD_MARKS, "d");
	assert_fold("Ð", FOLD_ALL, "d");
	assert_fold("ð", FOLD_ALL, "d");
	assert_fold("Ðà Nẵng, ðà nẵng, ÐÀ NẴNG", FOLD_ALL,
	    "da nang, da nang, da nang");
	assert_fold("ðồng Ðồng", FOLD_CASE, "đồng đồng");
	/* With a mark after it, through the slow path (NFD input and
	 * marks that do not compose). */
	d = tl_norm(UNINORM_NFD, "Ðà Nẵng");
	assert_fold(d, FOLD_EXACT, "Đà Nẵng");
	free(d);
	assert_fold("Ð\xcc\x81x", FOLD_EXACT, "Đ\xcc\x81x");
	assert_fold("Ð\xcc\x81x", FOLD_CASE, "đ\xcc\x81x");
	assert_fold("ð\xcc\xa3", FOLD_ALL, "d");
	for (i = 0; i < 2; i++) {
		check_fold(eth[i], strlen(eth[i]), FOLD_EXACT);
		check_fold(eth[i], strlen(eth[i]), FOLD_ALL);
	}
	/* A query with ð keeps its marks, like one with đ. */
	assert_int_equal(fold_query_mode("ðà", strlen("ðà")), FOLD_CASE);
	assert_int_equal(fold_query_mode("ða", strlen("ða")), FOLD_CASE);
	assert_int_equal(fold_query_mode("Ða", strlen("Ða")), FOLD_EXACT);
}

static void
test_thi_thuc(void **state)
{
	static const char *const forms[] = {
		"thị thực", "THỊ THỰC", "thì thực", "Thị Thực"
	};
	size_t i, m;
	char *d;

	(void)state;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		d = tl_norm(UNINORM_NFD, forms[i]);
		assert_true(strcmp(d, forms[i]) != 0);
		assert_fold(forms[i], FOLD_ALL, "thi thuc");
		assert_fold(d, FOLD_ALL, "thi thuc");
		for (m = 0; m < 4; m++) {
			char *a = fold_str(forms[i], modes[m]);
			char *b = fold_str(d, modes[m]);

			assert_string_equal(a, b);
			free(a);
			free(b);
		}
		free(d);
	}
	assert_fold("THỊ THỰC", FOLD_CASE, "thị thực");
	assert_fold("THỊ THỰC", FOLD_MARKS, "THI THUC");
	assert_fold("thì thực", FOLD_CASE, "thì thực");
	d = tl_norm(UNINORM_NFD, "THỊ THỰC");
	assert_fold(d, FOLD_EXACT, "THỊ THỰC");
	assert_fold(d, FOLD_CASE, "thị thực");
	free(d);
}

/* Every Vietnamese vowel with every tone (none, huyền, hỏi, ngã, sắc,
 * nặng), both cases, and the consonants. */
static const char viet_lower[] =
    "aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ "
    "uùủũúụ ưừửữứự yỳỷỹýỵ bcdđghklmnpqrstvx";
static const char viet_upper[] =
    "AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ EÈẺẼÉẸ ÊỀỂỄẾỆ IÌỈĨÍỊ OÒỎÕÓỌ ÔỒỔỖỐỘ ƠỜỞỠỚỢ "
    "UÙỦŨÚỤ ƯỪỬỮỨỰ YỲỶỸÝỴ BCDĐGHKLMNPQRSTVX";

static void
test_vietnamese_alphabet(void **state)
{
	/* The same letters built from base + combining marks. */
	static const char *const bases[] = {
		"a", "a\xcc\x86", "a\xcc\x82", "e", "e\xcc\x82", "i", "o",
		"o\xcc\x82", "o\xcc\x9b", "u", "u\xcc\x9b", "y"
	};
	static const char *const tones[] = {
		"", "\xcc\x80", "\xcc\x89", "\xcc\x83", "\xcc\x81", "\xcc\xa3"
	};
	struct util_buf built;
	size_t b, t, m;
	char *nfc, *lo, *up;

	(void)state;
	util_buf_init(&built);
	for (b = 0; b < 12; b++) {
		for (t = 0; t < 6; t++) {
			util_buf_adds(&built, bases[b]);
			util_buf_adds(&built, tones[t]);
		}
		util_buf_addc(&built, ' ');
	}
	util_buf_adds(&built, "bcdđghklmnpqrstvx");
	nfc = tl_norm(UNINORM_NFC, built.data);
	assert_string_equal(nfc, viet_lower);
	free(nfc);

	static const char all[] = "aaaaaa aaaaaa aaaaaa eeeeee eeeeee iiiiii "
	    "oooooo oooooo oooooo uuuuuu uuuuuu yyyyyy bcddghklmnpqrstvx";
	static const char marks_up[] = "AAAAAA AAAAAA AAAAAA EEEEEE EEEEEE "
	    "IIIIII OOOOOO OOOOOO OOOOOO UUUUUU UUUUUU YYYYYY "
	    "BCDDGHKLMNPQRSTVX";

	/* NFC, NFD, and marks in the order people type them (tone last,
	 * which is not canonical for ệ): all fold alike. */
	lo = tl_norm(UNINORM_NFD, viet_lower);
	up = tl_norm(UNINORM_NFD, viet_upper);
	assert_string_not_equal(lo, built.data);
	for (m = 0; m < 3; m++) {
		const char *l = m == 0 ? viet_lower : m == 1 ? lo : built.data;
		const char *u = m == 0 ? viet_upper : up;

		assert_fold(l, FOLD_ALL, all);
		assert_fold(u, FOLD_ALL, all);
		assert_fold(l, FOLD_MARKS, all);
		assert_fold(u, FOLD_MARKS, marks_up);
		assert_fold(l, FOLD_CASE, viet_lower);
		assert_fold(u, FOLD_CASE, viet_lower);
		assert_fold(l, FOLD_EXACT, viet_lower);
		assert_fold(u, FOLD_EXACT, viet_upper);
		for (size_t k = 0; k < 4; k++) {
			check_fold(l, strlen(l), modes[k]);
			check_fold(u, strlen(u), modes[k]);
		}
	}
	free(lo);
	free(up);
	util_buf_free(&built);
}

/* A match in folded text highlights exactly the original characters,
 * marks included, whatever mix of NFC and NFD the text is in. */
static void
test_map_round_trip(void **state)
{
	struct util_buf t;
	char *nfd_up, *f;
	const char *p;
	size_t fl, a, b, found = 0;
	uint32_t *map;
	static const char *const want[] = {
		"thị thực", NULL, "thì thực", "Thị Thực"
	};

	(void)state;
	nfd_up = tl_norm(UNINORM_NFD, "THỊ THỰC");
	util_buf_init(&t);
	util_buf_adds(&t, "Về thị thực: ");
	util_buf_adds(&t, nfd_up);
	util_buf_adds(&t, ", thì thực và Thị Thực.");
	f = fold_text(t.data, t.len, FOLD_ALL, &fl, &map);
	check_map(t.data, t.len, FOLD_ALL, f, fl, map);
	assert_string_equal(f, "ve thi thuc: thi thuc, thi thuc va thi thuc.");
	for (p = f; (p = strstr(p, "thi thuc")) != NULL; p += 8) {
		a = (size_t)(p - f);
		b = a + 8;
		assert_true(found < 4);
		if (want[found] != NULL)
			assert_int_equal(map[b] - map[a], strlen(want[found]));
		else
			assert_int_equal(map[b] - map[a], strlen(nfd_up));
		assert_memory_equal(t.data + map[a], want[found] != NULL ?
		    want[found] : nfd_up, map[b] - map[a]);
		found++;
	}
	assert_int_equal(found, 4);
	free(f);
	free(map);

	/* The NFC modes compose the NFD part and point at its letters. */
	f = fold_text(t.data, t.len, FOLD_CASE, &fl, &map);
	check_map(t.data, t.len, FOLD_CASE, f, fl, map);
	p = strstr(f, "thị thực");
	assert_non_null(p);
	p = strstr(p + 1, "thị thực");
	assert_non_null(p);
	a = (size_t)(p - f);
	b = a + strlen("thị thực");
	assert_int_equal(map[b] - map[a], strlen(nfd_up));
	assert_memory_equal(t.data + map[a], nfd_up, strlen(nfd_up));
	free(f);
	free(map);

	/* Trailing marks of the last letter belong to the match. */
	f = fold_text("e\xcc\xa3\xcc\x82x", 6, FOLD_ALL, &fl, &map);
	assert_string_equal(f, "ex");
	assert_int_equal(map[0], 0);
	assert_int_equal(map[1], 5);
	assert_int_equal(map[2], 6);
	free(f);
	free(map);

	f = fold_text("", 0, FOLD_ALL, &fl, &map);
	assert_int_equal(fl, 0);
	assert_string_equal(f, "");
	assert_int_equal(map[0], 0);
	free(f);
	free(map);
	free(nfd_up);
	util_buf_free(&t);
}

/* Random text from pieces that stress the NFC boundaries: marks in both
 * orders, Greek iota subscript, Hangul jamo, Indic nukta and two-part
 * vowels, special case folds, next to plain Vietnamese. */
static void
test_random_mixed(void **state)
{
	static const char *const pool[] = {
		"a", "e", "o", "u", "A", "I", "Y", "d", "D", "x", " ", ".",
		"thị", "THỰC", "đ", "Đ", "ư", "Ơ", "ệ", "Ệ",
		"\xcc\x80", "\xcc\x81", "\xcc\x82", "\xcc\x83", "\xcc\x86",
		"\xcc\x89", "\xcc\x9b", "\xcc\xa3", "\xcc\x88", "\xcd\x85",
		"\xcd\x84", "\xcd\x80", "ß", "ẞ", "İ", "ŉ", "ǰ", "ǅ", "Ω",
		"ᾳ", "ᾼ", "ΐ", "Σ", "ς", "ﬃ", "Å", "K",
		"\xe1\x84\x80", "\xe1\x85\xa1", "\xe1\x86\xa8", "가", "각",
		"क", "\xe0\xa4\xbc", "क़", "\xe0\xad\x87", "\xe0\xac\xbe",
		"\xe0\xad\x96", "日本", "\xe2\x80\x9c", "\xe2\x80\xa6", "₫",
		"😀", "\xe2\x83\x97", "\xe1\xb7\x84", "ǖ", "Ǖ", "ṩ",
	};
	const size_t npool = sizeof pool / sizeof pool[0];
	struct util_buf t;
	uint32_t seed = 12345;
	size_t iter, k, m, n;

	(void)state;
	util_buf_init(&t);
	for (iter = 0; iter < 4000; iter++) {
		t.len = 0;
		seed = seed * 1103515245u + 12345u;
		n = (seed >> 16) % 24;
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			util_buf_adds(&t, pool[(seed >> 16) % npool]);
		}
		for (m = 0; m < 4; m++)
			check_fold(t.data != NULL ? t.data : "", t.len,
			    modes[m]);
	}
	util_buf_free(&t);
}

/* Output longer than the input (Hangul decomposes to three jamo, ŉ folds
 * to two characters), in one long string. */
static void
test_growth(void **state)
{
	struct util_buf t;
	size_t k, m;

	(void)state;
	util_buf_init(&t);
	for (k = 0; k < 3000; k++)
		util_buf_adds(&t, k % 3 ? "각" : "ŉ");
	for (m = 0; m < 4; m++)
		check_fold(t.data, t.len, modes[m]);
	util_buf_free(&t);
}

static void
test_ascii(void **state)
{
	static const char s[] = "Hello, WORLD! 0123456789 [A-Z] @`{|}~ "
	    "The Quick Brown Fox Jumps Over The Lazy Dog";
	size_t m;

	(void)state;
	assert_fold(s, FOLD_ALL, "hello, world! 0123456789 [a-z] @`{|}~ "
	    "the quick brown fox jumps over the lazy dog");
	assert_fold(s, FOLD_CASE, "hello, world! 0123456789 [a-z] @`{|}~ "
	    "the quick brown fox jumps over the lazy dog");
	assert_fold(s, FOLD_MARKS, s);
	assert_fold(s, FOLD_EXACT, s);
	/* An ASCII run ending in a mark, at every alignment. */
	for (size_t len = 1; len < 20; len++) {
		char buf[32];

		memset(buf, 'A', len);
		memcpy(buf + len, "\xcc\x81", 3);
		for (m = 0; m < 4; m++)
			check_fold(buf, len + 2, modes[m]);
	}
}

static void
test_invalid_utf8(void **state)
{
	static const struct {
		const char *in;
		size_t len;
		const char *all;
	} cases[] = {
		{ "a\xff" "b", 3, "a\xef\xbf\xbd" "b" },
		{ "\xc3", 1, "\xef\xbf\xbd" },
		{ "X\xe1\xbb", 3, "x\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\xed\xa0\x80", 3,
		    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\xf4\x90\x80\x80", 4, "\xef\xbf\xbd\xef\xbf\xbd"
		    "\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\x80\xcc\x81" "A", 4, "\xef\xbf\xbd" "a" },
		{ "e\xcc\xff\xcc\x81", 5, "e\xef\xbf\xbd\xef\xbf\xbd" },
	};
	size_t i, m, fl;
	uint32_t *map;
	char *f;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		f = fold_text(cases[i].in, cases[i].len, FOLD_ALL, &fl, &map);
		assert_string_equal(f, cases[i].all);
		assert_int_equal(map[fl], cases[i].len);
		for (size_t j = 0; j < fl; j++)
			assert_true(map[j] <= map[j + 1]);
		free(f);
		free(map);
		for (m = 0; m < 4; m++) {
			f = fold_text(cases[i].in, cases[i].len, modes[m],
			    &fl, &map);
			assert_int_equal(map[fl], cases[i].len);
			free(f);
			free(map);
		}
	}
	/* A bad byte before a mark: the mark still composes nowhere and is
	 * stripped or kept as the mode says. */
	assert_fold("\xff\xcc\x81", FOLD_EXACT, "\xef\xbf\xbd\xcc\x81");
	assert_fold("\xff\xcc\x81", FOLD_MARKS, "\xef\xbf\xbd");
}

/* Random bytes, mostly pieces of real sequences: the output is always
 * valid UTF-8 and the map well formed. */
static void
test_garbage(void **state)
{
	static const unsigned char bytes[] = {
		'a', 'A', ' ', 0x80, 0x81, 0xa3, 0xbb, 0xbf, 0xc0, 0xc3,
		0xc4, 0xcc, 0xcd, 0xdf, 0xe0, 0xe1, 0xe2, 0xed, 0xef, 0xf0,
		0xf4, 0xf5, 0xff, 0x87, 0x9b, 0xb8
	};
	char buf[48];
	uint32_t seed = 99, *map;
	size_t iter, k, n, m, fl;
	char *f;

	(void)state;
	for (iter = 0; iter < 20000; iter++) {
		seed = seed * 1103515245u + 12345u;
		n = (seed >> 16) % sizeof buf;
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			buf[k] = (char)bytes[(seed >> 16) % sizeof bytes];
		}
		for (m = 0; m < 4; m++) {
			f = fold_text(buf, n, modes[m], &fl, &map);
			assert_null(u8_check((uint8_t *)f, fl));
			assert_int_equal(strlen(f), fl);
			assert_int_equal(map[fl], n);
			for (k = 0; k < fl; k++)
				assert_true(map[k] <= map[k + 1]);
			free(f);
			free(map);
		}
	}
}

static void
test_query_mode(void **state)
{
	char *d;

	(void)state;
	assert_int_equal(fold_query_mode("thi thuc", 8), FOLD_ALL);
	assert_int_equal(fold_query_mode("thị thực", strlen("thị thực")),
	    FOLD_CASE);
	assert_int_equal(fold_query_mode("THỊ THỰC", strlen("THỊ THỰC")),
	    FOLD_EXACT);
	assert_int_equal(fold_query_mode("Thi", 3), FOLD_MARKS);
	assert_int_equal(fold_query_mode("", 0), FOLD_ALL);
	assert_int_equal(fold_query_mode("di", 2), FOLD_ALL);
	assert_int_equal(fold_query_mode("đi", strlen("đi")), FOLD_CASE);
	assert_int_equal(fold_query_mode("Đi", strlen("Đi")), FOLD_EXACT);
	assert_int_equal(fold_query_mode("ǅ", strlen("ǅ")), FOLD_MARKS);
	assert_int_equal(fold_query_mode("straße 2024", 12), FOLD_ALL);
	assert_int_equal(fold_query_mode("日本", strlen("日本")), FOLD_ALL);
	d = tl_norm(UNINORM_NFD, "thị thực");
	assert_int_equal(fold_query_mode(d, strlen(d)), FOLD_CASE);
	free(d);
	/* Only the given length counts. */
	assert_int_equal(fold_query_mode("thiĐ", 3), FOLD_ALL);
	assert_int_equal(fold_query_mode("th\xff", 3), FOLD_ALL);
}

static void
test_word_bytes(void **state)
{
	const char *v = "ự";
	int c;

	(void)state;
	for (c = 0; c < 256; c++)
		assert_int_equal(fold_is_word_byte((unsigned char)c),
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c >= 0x80);
	for (; *v != '\0'; v++)
		assert_true(fold_is_word_byte((unsigned char)*v));
	assert_false(fold_is_word_byte('_'));
	assert_false(fold_is_word_byte(' '));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_pages),
		cmocka_unit_test(test_all_code_points),
		cmocka_unit_test(test_nfc_neighbours),
		cmocka_unit_test(test_stroke_exception),
		cmocka_unit_test(test_eth_is_d_stroke),
		cmocka_unit_test(test_thi_thuc),
		cmocka_unit_test(test_vietnamese_alphabet),
		cmocka_unit_test(test_map_round_trip),
		cmocka_unit_test(test_random_mixed),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_ascii),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_garbage),
		cmocka_unit_test(test_query_mode),
		cmocka_unit_test(test_word_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
