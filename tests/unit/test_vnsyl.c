/*
 * Unit tests for Vietnamese syllables (src/text/vnsyl.c): which strings
 * are syllables, the canonical place of the tone for both styles and for
 * misplaced marks, and the words that must keep their tone where it is.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "testlib.h"
#include "util.h"
#include "vnsyl.h"

static char *
canon(const char *s)
{
	return vnsyl_canon_text(s, strlen(s), NULL);
}

static void
expect_canon(const char *in, const char *want)
{
	char *got = canon(in);

	if (strcmp(got, want) != 0)
		fail_msg("canon(\"%s\") = \"%s\", want \"%s\"", in, got, want);
	free(got);
}

static void
syllables(void **state)
{
	static const char *const yes[] = {
		"a", "ă" "n", "nghiêng", "người", "Việt", "khuya", "quả", "giá",
		"gì", "gi", "hoàn", "hòa", "hoà", "thủy", "thuỷ", "quý", "oái",
		"hop", "tac", "đầu", "tư", "Đà", "Ðà", "NẴNG", "xoăn", "tuần",
		"chuyện", "huynh", "huých", "ngoẻo", "khuỷu", "thuở", "uể",
		"họat", "đọan", "ủê", "thi\xcc\xa3", "gửi", "hưu", "yêu",
		"ợ", "ặc", "ấy", "Ựa", "ỆCH", "quyết",
	};
	static const char *const no[] = {
		"", "visa", "ODA", "FDI", "Kishida", "afc", "catr", "ng", "ăm"
		"a", "ă", "xyz", "bb", "thiêp", "iê", "aiu", "ải4", "a-b",
		"hạnhj", "các ", "mẹ́", "ốp\xcc\x80",
	};
	struct vnsyl v;

	(void)state;
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!vnsyl_parse(yes[i], strlen(yes[i]), &v))
			fail_msg("\"%s\" should be a syllable", yes[i]);
	/* written back where the tone was, every syllable is itself (NFC):
	 * the marks compose in canonical order (ệ, ợ, ặ, ấ) */
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		struct util_buf b;
		char *nfc = tl_norm(UNINORM_NFC, yes[i]);

		util_buf_init(&b);
		assert_true(vnsyl_parse(yes[i], strlen(yes[i]), &v));
		vnsyl_write(&v, v.tone_at, &b);
		if (strcmp(b.data, strcmp(yes[i], "Ðà") == 0 ? "Đà" : nfc) != 0)
			fail_msg("\"%s\" written back as \"%s\"", yes[i], b.data);
		util_buf_free(&b);
		free(nfc);
	}
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (vnsyl_parse(no[i], strlen(no[i]), &v))
			fail_msg("\"%s\" should not be a syllable", no[i]);
}

/* Every tone on every rhyme where the two styles differ, with and
 * without an onset, in both cases: both styles come out the new one. */
static void
both_styles_are_one(void **state)
{
	static const char *const old_style[][6] = {
		/* oa: none, huyền, hỏi, ngã, sắc, nặng */
		{ "hoa", "hòa", "hỏa", "hõa", "hóa", "họa" },
		{ "oa", "òa", "ỏa", "õa", "óa", "ọa" },
		{ "khoe", "khòe", "khỏe", "khõe", "khóe", "khọe" },
		{ "thuy", "thùy", "thủy", "thũy", "thúy", "thụy" },
		{ "uy", "ùy", "ủy", "ũy", "úy", "ụy" },
		{ "HOA", "HÒA", "HỎA", "HÕA", "HÓA", "HỌA" },
	};
	static const char *const new_style[][6] = {
		{ "hoa", "hoà", "hoả", "hoã", "hoá", "hoạ" },
		{ "oa", "oà", "oả", "oã", "oá", "oạ" },
		{ "khoe", "khoè", "khoẻ", "khoẽ", "khoé", "khoẹ" },
		{ "thuy", "thuỳ", "thuỷ", "thuỹ", "thuý", "thuỵ" },
		{ "uy", "uỳ", "uỷ", "uỹ", "uý", "uỵ" },
		{ "HOA", "HOÀ", "HOẢ", "HOÃ", "HOÁ", "HOẠ" },
	};

	(void)state;
	for (size_t r = 0; r < sizeof old_style / sizeof old_style[0]; r++)
		for (size_t t = 0; t < 6; t++) {
			expect_canon(old_style[r][t], new_style[r][t]);
			expect_canon(new_style[r][t], new_style[r][t]);
		}
}

static void
unchanged_and_repaired(void **state)
{
	static const char *const keep[] = {
		"hoàn", "quả", "giá", "khuya", "oái", "ngoài", "quý", "mía",
		"múa", "cửa", "thuở", "huế", "chuyện", "khuỷu", "xoáy",
		"Kishida", "visa", "2023", "hòa-bình", "“hòa”",
	};
	static const char *const fix[][2] = {
		{ "họat", "hoạt" }, { "đọan", "đoạn" }, { "ủê", "uể" },
		{ "qủa", "quả" }, { "hòa bình", "hoà bình" },
		{ "Thủy điện Hòa Bình.", "Thuỷ điện Hoà Bình." },
		{ "thi\xcc\xa3 hòa", "thi\xcc\xa3 hoà" },
	};
	char *got;

	(void)state;
	for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++) {
		got = canon(keep[i]);
		if (strcmp(got, strcmp(keep[i], "hòa-bình") == 0 ? "hoà-bình" :
		    strcmp(keep[i], "“hòa”") == 0 ? "“hoà”" : keep[i]) != 0)
			fail_msg("\"%s\" became \"%s\"", keep[i], got);
		free(got);
	}
	for (size_t i = 0; i < sizeof fix / sizeof fix[0]; i++)
		expect_canon(fix[i][0], fix[i][1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(syllables),
		cmocka_unit_test(both_styles_are_one),
		cmocka_unit_test(unchanged_and_repaired),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
