/*
 * Unit tests for de-segmentation (src/text/segment.c): recognizing word-
 * segmented text, and undoing it without touching identifiers, URLs or
 * natural text.  Fixtures live in tests/fixtures/text/.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "segment.h"
#include "text.h"
#include "texttest.h"

static void
check_deseg(const char *in, const char *want, int line)
{
	size_t n;
	char *r = text_desegment(in, strlen(in), &n);

	check_bytes(r, n, want, strlen(want), __FILE__, line);
}

#define DESEG(in, want) check_deseg(in, want, __LINE__)

/* ------------------------------------------------------------------ */
/* text_looks_segmented */

static int
fixture_segmented(const char *name)
{
	size_t n;
	char *d = fixture(name, &n);
	int r = text_looks_segmented(d, n);

	free(d);
	return r;
}

static void
test_looks_segmented_seeds(void **state)
{
	static const struct {
		const char *name;
		int segmented;
	} cases[] = {
		{ "seg_000.txt", 1 }, { "seg_002.txt", 1 },
		{ "plain_001.txt", 0 }, { "plain_003.txt", 0 },
		{ "plain_004.txt", 0 }, { "nfc.txt", 0 },
		{ "seg_000.expected", 0 }, { "seg_002.expected", 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (fixture_segmented(cases[i].name) != cases[i].segmented)
			fail_msg("%s: want %d", cases[i].name,
			    cases[i].segmented);
}

#define LOOKS(s) text_looks_segmented(s, strlen(s))

static void
test_looks_segmented_edges(void **state)
{
	static const char code[] = "Đặt biến user_id và max_len trong tệp "
	    "config_file.yaml, rồi chạy lệnh make_all. Giá trị MAX_SIZE là "
	    "1024, xem https://example.com/a_b_c hoặc gửi thư tới "
	    "ho_ten@example.com để biết thêm.";
	static const char one_stray[] = "Thủ tướng Phạm Minh Chính đã có "
	    "cuộc gặp Thủ tướng Nhật Bản Kishida Fumio nhân dịp tham dự Hội "
	    "nghị Cấp cao ASEAN lần thứ 40, trong đó hai bên bàn về hợp_tác "
	    "kinh tế, lao động, đầu tư và giáo dục.";

	(void)state;
	assert_int_equal(text_looks_segmented("", 0), 0);
	assert_int_equal(text_looks_segmented(code, strlen(code)), 0);
	assert_int_equal(text_looks_segmented(one_stray, strlen(one_stray)),
	    0);
	/* a short title: one joined word is enough */
	assert_int_equal(LOOKS("Chủ_tịch nước"), 1);
	assert_int_equal(LOOKS("Nhật_Bản ,"), 1);
	assert_int_equal(LOOKS("Xin chào, thế giới."), 0);
	assert_int_equal(LOOKS("user_id"), 0);
}

/* ------------------------------------------------------------------ */
/* text_desegment */

static void
test_desegment_example(void **state)
{
	(void)state;
	DESEG("Chủ_tịch nước Võ_Văn_Thưởng mong Nhật_Bản , tiến tới "
	    "( quan_hệ ) \" đối_tác \" .",
	    "Chủ tịch nước Võ Văn Thưởng mong Nhật Bản, tiến tới "
	    "(quan hệ) \"đối tác\".");
}

static void
test_desegment_identifiers(void **state)
{
	(void)state;
	DESEG("config_file.yaml user_id MAX_SIZE __init__ a_b",
	    "config_file.yaml user_id MAX_SIZE __init__ a_b");
	DESEG("https://vi.wikipedia.org/wiki/Võ_Văn_Thưởng",
	    "https://vi.wikipedia.org/wiki/Võ_Văn_Thưởng");
	DESEG("www.Nhật_Bản.vn ho_ten@báo.vn @Fumio_Kishida",
	    "www.Nhật_Bản.vn ho_ten@báo.vn @Fumio_Kishida");
	/* code syntax around a name-like run */
	DESEG("Foo_Bar.txt os.Path_Join /usr/Local_Bin Get_Value(x)",
	    "Foo_Bar.txt os.Path_Join /usr/Local_Bin Get_Value(x)");
	/* English identifiers are not Vietnamese syllables */
	DESEG("get_value max_len user_name is_ok file_size",
	    "get_value max_len user_name is_ok file_size");
	/* an underscore next to a digit is not between letters */
	DESEG("năm_2024 Covid_19 vòng_1", "năm_2024 Covid_19 vòng_1");
}

static void
test_desegment_words(void **state)
{
	(void)state;
	DESEG("Fumio_Kishida Phnom_Penh Smart_JAMP VTV_Trong",
	    "Fumio Kishida Phnom Penh Smart JAMP VTV Trong");
	/* Vietnamese words that happen to be plain ASCII */
	DESEG("an_ninh cho_hay da_xanh chanh_leo nghieng_nga Quyen_luc",
	    "an ninh cho hay da xanh chanh leo nghieng nga Quyen luc");
	DESEG("Liên_Hợp_Quốc vệ_tinh_LOTUSat-1 tỷ_USD.Vũ",
	    "Liên Hợp Quốc vệ tinh LOTUSat-1 tỷ USD.Vũ");
	/* only underscores between letters */
	DESEG("_Nhật _ Bản_ Việt__Nam", "_Nhật _ Bản_ Việt__Nam");
	/* decomposed letters still count as letters */
	DESEG("Vie\xcc\xa3\xcc\x82t_Nam", "Vie\xcc\xa3\xcc\x82t Nam");
}

static void
test_desegment_punctuation(void **state)
{
	(void)state;
	DESEG("a , b . c ; d : e ! f ? g ) h ] i } 50 % j … k ... l",
	    "a, b. c; d: e! f? g) h] i} 50% j… k... l");
	DESEG("( a ) [ b ] { c } ( ( x ) )", "(a) [b] {c} ((x))");
	DESEG("“ a ” , ‘ b ’ « c »", "“a”, ‘b’ «c»");
	DESEG("x ?! y .. z", "x?! y.. z");
	/* a dot that starts a word is not punctuation */
	DESEG("dùng .NET và ,5", "dùng .NET và ,5");
	/* f( is a call, not an opening bracket */
	DESEG("f( x )", "f( x)");
	/* other blanks are kept as they are */
	DESEG("  a  b  ,  c  ", "  a  b,  c  ");
	DESEG("a\t,", "a,");
}

static void
test_desegment_quotes(void **state)
{
	(void)state;
	DESEG("nói \" xin chào \" rồi \" tạm biệt \" .",
	    "nói \"xin chào\" rồi \"tạm biệt\".");
	DESEG("\" a \" , \" b \"", "\"a\", \"b\"");
	/* pairing restarts on every line */
	DESEG("x \" a\n\" b \" c", "x \"a\n\"b\" c");
	/* quotes already attached count for the pairing */
	DESEG("\"a\" \" b \"", "\"a\" \"b\"");
	DESEG("( \" a \" )", "(\"a\")");
}

static void
test_desegment_single_quotes(void **state)
{
	(void)state;
	DESEG("' Đối_tác ' .", "'Đối tác'.");
	DESEG("gọi là ' đối_tác ' , ' bạn_bè ' và ' láng_giềng '",
	    "gọi là 'đối tác', 'bạn bè' và 'láng giềng'");
	/* apostrophes inside words are no quotes: the pairing holds */
	DESEG("don't ' a ' Nhật's ' b '", "don't 'a' Nhật's 'b'");
	DESEG("l'Humanité ' x_y ' O'Neil", "l'Humanité 'x_y' O'Neil");
	/* at the end of a word: an apostrophe unless a quote is open */
	DESEG("the students' ' c '", "the students' 'c'");
	DESEG("'a' ' b '", "'a' 'b'");
	/* single and double quotes pair apart */
	DESEG("nói \" ông ' Tư ' đến \" .", "nói \"ông 'Tư' đến\".");
	DESEG("' \" a \" '", "'\"a\"'");
	/* pairing restarts on every line */
	DESEG("x ' a\n' b ' c", "x 'a\n'b' c");
	/* curly quotes as before */
	DESEG("‘ Đối_tác ’", "‘Đối tác’");
}

static void
test_desegment_hashtags_code_hosts(void **state)
{
	(void)state;
	DESEG("#viet_nam_dep #Việt_Nam_tươi_đẹp (#Hà_Nội) “#Đà_Nẵng”",
	    "#viet_nam_dep #Việt_Nam_tươi_đẹp (#Hà_Nội) “#Đà_Nẵng”");
	/* a hash that is not a tag's */
	DESEG("# Việt_Nam số#Hà_Nội", "# Việt Nam số#Hà Nội");
	DESEG("biến `so_luong` và `Việt_Nam` nhé", "biến `so_luong` và "
	    "`Việt_Nam` nhé");
	/* a span of code keeps its spaces and words */
	DESEG("gõ `f( Nhật_Bản , x )` rồi Nhật_Bản .",
	    "gõ `f( Nhật_Bản , x )` rồi Nhật Bản.");
	DESEG("` so_luong ` Việt_Nam", "` so_luong ` Việt Nam");
	/* only what is between the backticks is code */
	DESEG("a`Việt_Nam`Nhật_Bản", "a`Việt_Nam`Nhật Bản");
	/* an unmatched backtick opens nothing, and spans end with the line */
	DESEG("sai ` Việt_Nam", "sai ` Việt Nam");
	DESEG("`Việt_Nam\nViệt_Nam`", "`Việt Nam\nViệt Nam`");
	/* hosts without their scheme */
	DESEG("vi.wikipedia.org/wiki/Võ_Văn_Thưởng www.x.vn/a_b",
	    "vi.wikipedia.org/wiki/Võ_Văn_Thưởng www.x.vn/a_b");
	DESEG("(xem vnexpress.net/Thời_sự) , x.vn/Việt_Nam .",
	    "(xem vnexpress.net/Thời_sự), x.vn/Việt_Nam.");
	/* no hosts: no top-level domain, or a dotted abbreviation */
	DESEG("TP.HCM/Hà_Nội 9.30/Sáng_nay Hà_Nội.vn",
	    "TP.HCM/Hà Nội 9.30/Sáng nay Hà Nội.vn");
}

/*
 * A line of backticks and quotes costs what its length costs: a pass
 * that searched to the end of the line for every backtick would take
 * minutes over 400 kB.  Here, that each comes out no longer than it went
 * in; how fast, in make bench (tests/bench/sizes.sh, the "segmented"
 * case).
 */
static void
test_desegment_linear(void **state)
{
	static const char *const units[] = { "` ", "'a_b ", "\" ' ",
	    "`Việt_Nam ", "x_y' ", "#a_b ", "x.vn/a_b " };
	size_t u, len, n;

	(void)state;
	for (u = 0; u < sizeof units / sizeof units[0]; u++) {
		size_t ul = strlen(units[u]);
		char *big = util_malloc(400000 + ul);
		char *r;

		for (len = 0; len + ul <= 400000; len += ul)
			memcpy(big + len, units[u], ul);
		/* one unmatched backtick at the start of the line */
		big[0] = '`';
		r = text_desegment(big, len, &n);
		assert_true(n <= len);
		free(r);
		free(big);
	}
}

static void
test_desegment_numbers_and_dashes(void **state)
{
	(void)state;
	DESEG("ngày 27-30 / 11 .", "ngày 27-30/11.");
	DESEG("ngày 21/9/1973 , 24,2 tỷ , 1.200.000 đồng",
	    "ngày 21/9/1973, 24,2 tỷ, 1.200.000 đồng");
	DESEG("giai đoạn 2024 - 2029 ; Việt_Nam - Nhật_Bản",
	    "giai đoạn 2024 - 2029; Việt Nam - Nhật Bản");
	DESEG("du_lịch - văn_hóa – thể_thao", "du lịch - văn hóa – thể thao");
	/* a slash between words keeps its spaces */
	DESEG("nam / nữ 3 / x", "nam / nữ 3 / x");
}

static void
test_desegment_fixtures(void **state)
{
	static const char *const names[] = { "seg_000", "seg_002" };
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		char path[64], *in, *want, *r;
		size_t n, wn, rn;

		snprintf(path, sizeof path, "%s.txt", names[i]);
		in = fixture(path, &n);
		snprintf(path, sizeof path, "%s.expected", names[i]);
		want = fixture(path, &wn);
		r = text_desegment(in, n, &rn);
		assert_null(memchr(r, '_', rn));
		CHECK(r, rn, want, wn);
		/* and again through the whole pipeline */
		r = text_clean(in, n, TEXT_KEEP_LF | TEXT_DESEGMENT, &rn);
		CHECK(r, rn, want, wn);
		free(in);
		free(want);
	}
}

/* Natural text comes through desegmentation unchanged. */
static void
test_desegment_plain_unchanged(void **state)
{
	static const char *const names[] = {
		"plain_001.txt", "plain_003.txt", "plain_004.txt", "nfc.txt",
		"seg_000.expected", "seg_002.expected",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		size_t n, rn;
		char *in = fixture(names[i], &n);
		char *r = text_desegment(in, n, &rn);

		CHECK(r, rn, in, n);
		free(in);
	}
}


int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_looks_segmented_seeds),
		cmocka_unit_test(test_looks_segmented_edges),
		cmocka_unit_test(test_desegment_example),
		cmocka_unit_test(test_desegment_identifiers),
		cmocka_unit_test(test_desegment_words),
		cmocka_unit_test(test_desegment_punctuation),
		cmocka_unit_test(test_desegment_quotes),
		cmocka_unit_test(test_desegment_single_quotes),
		cmocka_unit_test(test_desegment_hashtags_code_hosts),
		cmocka_unit_test(test_desegment_linear),
		cmocka_unit_test(test_desegment_numbers_and_dashes),
		cmocka_unit_test(test_desegment_fixtures),
		cmocka_unit_test(test_desegment_plain_unchanged),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
