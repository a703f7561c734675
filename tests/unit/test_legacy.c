/*
 * Unit tests for the legacy encodings (src/text/legacy.c): the VNI-WIN
 * table against every Vietnamese letter and the spellings VNI is known
 * by, the bytes of the other encodings that a control-byte filter would
 * have eaten, the guess over tests/fixtures/legacy/, the repair of
 * double-encoded UTF-8, and valid UTF-8 left alone.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "legacy.h"
#include "testlib.h"
#include "text.h"
#include "util.h"
#include "utf8.h"

#define LEGACY_FIX "tests/fixtures/legacy/"

static char *
slurp(const char *path, size_t *len)
{
	char *data;

	if (util_read_file(path, 0, &data, len) != UTIL_READ_OK)
		fail_msg("cannot read %s (run from the repository top)", path);
	return data;
}

static char *
vni(const char *utf8)
{
	return legacy_encode(LEGACY_VNI, utf8, strlen(utf8), NULL);
}

static char *
from_vni(const char *bytes)
{
	return legacy_decode(LEGACY_VNI, bytes, strlen(bytes), NULL);
}

/* Every vowel in every quality it takes, with every tone, in both cases,
 * and đ/Đ: 12 vowels x 6 tones x 2 cases, of which the 134 letters that
 * are not plain ASCII are each one precomposed character. */
static void
test_vni_every_letter(void **state)
{
	static const char *const vowels[] = {
		"a", "a\xCC\x86", "a\xCC\x82", "e", "e\xCC\x82", "i", "o",
		"o\xCC\x82", "o\xCC\x9B", "u", "u\xCC\x9B", "y",
	};
	static const char *const tones[] = {
		"", "\xCC\x80", "\xCC\x89", "\xCC\x83", "\xCC\x81", "\xCC\xA3",
	};
	size_t letters = 0;

	(void)state;
	for (int up = 0; up < 2; up++)
		for (size_t v = 0; v < 12; v++)
			for (size_t t = 0; t < 6; t++) {
				char *nfd = tl_fmt("%c%s%s", up ? vowels[v][0] -
				    0x20 : vowels[v][0], vowels[v] + 1, tones[t]);
				char *nfc = text_nfc(nfd, strlen(nfd), NULL);
				char *enc = vni(nfc), *dec = from_vni(enc);
				uint32_t cp;

				if (strcmp(dec, nfc) != 0)
					fail_msg("VNI %s -> \"%s\" -> %s", nfc,
					    enc, dec);
				for (const char *p = enc; *p; p++)
					if (*p == '?')
						fail_msg("VNI cannot write %s", nfc);
				if ((unsigned char)nfc[0] >= 0x80) {
					assert_int_equal(utf8_decode(
					    (const unsigned char *)nfc,
					    strlen(nfc), &cp), strlen(nfc));
					letters++;
				}
				free(nfd), free(nfc), free(enc), free(dec);
			}
	assert_int_equal(letters, 132);
	for (const char *const *d = (const char *const[]){ "đ", "Đ", NULL };
	    *d; d++) {
		char *enc = vni(*d), *dec = from_vni(enc);

		assert_int_equal(strlen(enc), 1);
		assert_string_equal(dec, *d);
		letters++;
		free(enc), free(dec);
	}
	assert_int_equal(letters, 134);
}

/* The spellings VNI text is recognised by when read as Windows-1252
 * ("Vieät Nam", "Tröôøng"), both ways, and the letters of one byte. */
static void
test_vni_known_spellings(void **state)
{
	static const struct {
		const char *utf8, *vni;
	} cases[] = {
		{ "Việt Nam", "Vie\xE4t Nam" },
		{ "Trường", "Tr\xF6\xF4\xF8ng" },
		{ "Đảng", "\xD1" "a\xFBng" },
		{ "thị trường", "th\xF2 tr\xF6\xF4\xF8ng" },
		{ "tỉnh", "t\xE6nh" },
		{ "sĩ", "s\xF3" },
		{ "chính", "ch\xEDnh" },
		{ "ỵ Ỵ", "\xEE \xCE" },
		{ "ẤN ĐỘ", "A\xC1N \xD1O\xC4" },
		{ "ắ ằ ẳ ẵ ặ ă", "a\xE9 a\xE8 a\xFA a\xFC a\xEB a\xEA" },
		{ "ứ ỡ", "\xF6\xF9 \xF4\xF5" },
		{ "“a”", "\x93" "a\x94" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *e = vni(cases[i].utf8), *d = from_vni(cases[i].vni);

		assert_string_equal(e, cases[i].vni);
		assert_string_equal(d, cases[i].utf8);
		free(e), free(d);
	}
}

/* Readers that put the quality and the tone in two bytes, a capital base
 * with small marks, and mark bytes with nothing to go on. */
static void
test_vni_lenient(void **state)
{
	static const struct {
		const char *vni, *utf8;
	} cases[] = {
		{ "a\xE2\xF9", "ấ" },
		{ "Vie\xE4t", "Việt" },
		{ "E\xE4", "Ệ" },
		{ "i\xF9", "í" },
		{ "b\xF9", "bù" },		/* no vowel: Windows-1252 */
		{ "e\xEA", "eê" },		/* no ĕ in Vietnamese */
		{ "a\x81", "a\xEF\xBF\xBD" },	/* unassigned in 1252 */
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *d = from_vni(cases[i].vni);

		assert_string_equal(d, cases[i].utf8);
		free(d);
	}
}

/* TCVN and VISCII keep capitals in C0 slots, CP1258 writes the tone as a
 * combining mark: decoding first and cleaning after keeps both. */
static void
test_control_slots_and_combining(void **state)
{
	char *t, *c;

	(void)state;
	t = legacy_decode(LEGACY_TCVN, "\x01" "c v\xB5 \xA7\xB6ng", 10, NULL);
	c = text_clean(t, strlen(t), 0, NULL);
	assert_string_equal(c, "Úc và Đảng");
	free(t), free(c);
	t = legacy_decode(LEGACY_VISCII, "\x02 \x1E", 3, NULL);
	assert_string_equal(t, "Ẳ Ỵ");
	free(t);
	t = legacy_decode(LEGACY_CP1258, "Vi\xEA\xF2t", 5, NULL);
	assert_string_equal(t, "Vi\xE1\xBB\x87t");	/* U+1EC7, one ệ */
	free(t);
}

static void
test_names(void **state)
{
	(void)state;
	assert_int_equal(legacy_lookup("tcvn5712-1", 10), LEGACY_TCVN);
	assert_int_equal(legacy_lookup("WINDOWS-1258", 12), LEGACY_CP1258);
	assert_int_equal(legacy_lookup("vni-win", 7), LEGACY_VNI);
	assert_int_equal(legacy_lookup("utf-8", 5), LEGACY_UTF8);
	assert_int_equal(legacy_lookup("VISCIIx", 6), LEGACY_VISCII);
	assert_int_equal(legacy_lookup("KOI8-R", 6), -1);
	assert_int_equal(legacy_lookup("", 0), -1);
	for (int e = 0; e < LEGACY_NENC; e++) {
		const char *n = legacy_name((enum legacy_enc)e);

		assert_int_equal(legacy_lookup(n, strlen(n)), e);
	}
}

/* Each fixture is found to be its encoding, without being told, and
 * reads back as the UTF-8 original, byte for byte. */
static void
test_detect_fixtures(void **state)
{
	static const struct {
		const char *file;
		enum legacy_how how;
		enum legacy_enc enc;
		int latin1;
	} cases[] = {
		{ "tcvn.txt", LEGACY_DETECTED, LEGACY_TCVN, 0 },
		{ "vni.txt", LEGACY_DETECTED, LEGACY_VNI, 0 },
		{ "viscii.txt", LEGACY_DETECTED, LEGACY_VISCII, 0 },
		{ "cp1258.txt", LEGACY_DETECTED, LEGACY_CP1258, 0 },
		{ "double-cp1252.txt", LEGACY_DOUBLE, LEGACY_UTF8, 0 },
		{ "double-latin1.txt", LEGACY_DOUBLE, LEGACY_UTF8, 1 },
	};
	size_t olen, len, n;
	char *orig = slurp(LEGACY_FIX "original.utf8", &olen);

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *path = tl_fmt(LEGACY_FIX "corpus/articles/%s",
		    cases[i].file);
		char *raw = slurp(path, &len), *out;
		struct legacy_result r;

		assert_false(legacy_valid_utf8(raw, len, NULL) &&
		    cases[i].how == LEGACY_DETECTED);
		out = legacy_read(raw, len, -1, &r, &n);
		if (r.how != cases[i].how || r.enc != cases[i].enc)
			fail_msg("%s: read as %d/%s", cases[i].file, (int)r.how,
			    legacy_name(r.enc));
		assert_int_equal(r.latin1, cases[i].latin1);
		assert_non_null(out);
		assert_int_equal(n, olen);
		assert_memory_equal(out, orig, olen);
		free(out), free(raw), free(path);
	}
	free(orig);
}

/* A declared encoding is used without a guess, even a wrong one, and
 * says whether the text reads as Vietnamese in it. */
static void
test_declared(void **state)
{
	size_t len, n;
	char *raw = slurp(LEGACY_FIX "corpus/articles/viscii.txt", &len), *out;
	struct legacy_result r;

	(void)state;
	out = legacy_read(raw, len, LEGACY_VISCII, &r, &n);
	assert_int_equal(r.how, LEGACY_DECLARED);
	assert_true(r.plausible);
	free(out);
	out = legacy_read(raw, len, LEGACY_TCVN, &r, &n);
	assert_int_equal(r.how, LEGACY_DECLARED);
	assert_int_equal(r.enc, LEGACY_TCVN);
	assert_false(r.plausible);
	free(out);
	assert_null(legacy_read(raw, len, LEGACY_UTF8, &r, &n));
	assert_int_equal(r.how, LEGACY_AS_IS);
	free(raw);
}

/* Deterministic noise: every byte value, no structure. */
static char *
noise(size_t n)
{
	char *s = util_malloc(n);
	uint32_t x = 2463534242u;

	for (size_t i = 0; i < n; i++) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		s[i] = (char)(x >> 24);
	}
	return s;
}

static void
test_refuses(void **state)
{
	static const char one_bad[] = "Việt Nam \xFF và Nhật Bản";
	size_t len, n;
	char *raw = slurp(LEGACY_FIX "original.utf8", &len), *out, *bin;
	struct legacy_result r;

	(void)state;
	/* Plain UTF-8: nothing to do. */
	assert_null(legacy_read(raw, len, -1, &r, &n));
	assert_int_equal(r.how, LEGACY_AS_IS);
	free(raw);
	/* Noise and Russian are Vietnamese in no encoding. */
	bin = noise(4096);
	out = legacy_read(bin, 4096, -1, &r, &n);
	assert_null(out);
	assert_int_equal(r.how, LEGACY_NOT_VIETNAMESE);
	free(bin);
	raw = slurp(LEGACY_FIX "bad/articles/russian.txt", &len);
	assert_null(legacy_read(raw, len, -1, &r, &n));
	assert_int_equal(r.how, LEGACY_NOT_VIETNAMESE);
	free(raw);
	/* UTF-8 with one bad byte stays UTF-8, repaired as ever. */
	out = legacy_read(one_bad, sizeof one_bad - 1, -1, &r, &n);
	assert_null(out);
	assert_int_equal(r.how, LEGACY_AS_IS);
}

static void
test_undouble(void **state)
{
	static const char doubled[] = "Vi\xC3\xA1\xC2\xBB\xE2\x80\xA1t Nam";
	int latin1 = -1;
	size_t n, signs = 0;
	char *s;

	(void)state;
	s = legacy_undouble(doubled, strlen(doubled), &latin1, &n);
	assert_non_null(s);
	assert_string_equal(s, "Việt Nam");
	assert_int_equal(latin1, 0);
	free(s);
	assert_true(legacy_valid_utf8(doubled, strlen(doubled), &signs));
	assert_int_equal(signs, 1);
	/* A character CP1252 has no byte for: not double-encoded. */
	assert_null(legacy_undouble("Việt", strlen("Việt"), &latin1, &n));
	/* Bytes that are not UTF-8 once mapped back. */
	assert_null(legacy_undouble("\xC3\xA0\xE2\x80\x94", 5, &latin1, &n));
}

/* Valid UTF-8 is never touched: the bundled articles, the fixtures of
 * the pipeline, and text that has the byte patterns by chance. */
static void
test_valid_utf8_untouched(void **state)
{
	static const char *const files[] = {
		"content/articles/2021-11-22-vov-doi-tac-sau-rong.txt",
		"content/articles/2023-11-27-vnexpress-tuyen-bo-chung.txt",
		"tests/fixtures/corpus/articles/alpha-nfd.txt",
		"tests/fixtures/corpus/articles/seg.txt",
		LEGACY_FIX "original.utf8",
	};
	static const char *const texts[] = {
		"Và—thế là xong…",	/* à then a CP1252 dash */
		"Hà Nội, “Tôi” — cà phê",
		"naïve café Ångström",
	};
	struct legacy_result r;
	size_t len, n, signs;

	(void)state;
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char *raw = slurp(files[i], &len);

		assert_true(legacy_valid_utf8(raw, len, NULL));
		assert_null(legacy_read(raw, len, -1, &r, &n));
		assert_int_equal(r.how, LEGACY_AS_IS);
		free(raw);
	}
	assert_true(legacy_valid_utf8(texts[0], strlen(texts[0]), &signs));
	assert_true(signs > 0);
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		assert_null(legacy_read(texts[i], strlen(texts[i]), -1, &r, &n));
		assert_int_equal(r.how, LEGACY_AS_IS);
	}
	/* Not UTF-8: overlong, surrogate, cut short. */
	assert_false(legacy_valid_utf8("\xC0\xAF", 2, NULL));
	assert_false(legacy_valid_utf8("\xED\xA0\x80", 3, NULL));
	assert_false(legacy_valid_utf8("a\xE1\xBB", 3, NULL));
}

static void
test_score(void **state)
{
	struct legacy_score sc;
	const char *s = "(Việt Nam) Hôm_nay, ASCII words 2023 Viá»‡t “Thủ” tướng.";

	(void)state;
	legacy_score(s, strlen(s), &sc);
	/* Việt, Hôm, Viá»‡t, Thủ, tướng: the mojibake is the one miss. */
	assert_int_equal(sc.words, 5);
	assert_int_equal(sc.syllables, 4);
	assert_true(legacy_plausible(&sc));
	legacy_score("plain ascii", 11, &sc);
	assert_int_equal(sc.words, 0);
	assert_false(legacy_plausible(&sc));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vni_every_letter),
		cmocka_unit_test(test_vni_known_spellings),
		cmocka_unit_test(test_vni_lenient),
		cmocka_unit_test(test_control_slots_and_combining),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_detect_fixtures),
		cmocka_unit_test(test_declared),
		cmocka_unit_test(test_refuses),
		cmocka_unit_test(test_undouble),
		cmocka_unit_test(test_valid_utf8_untouched),
		cmocka_unit_test(test_score),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
