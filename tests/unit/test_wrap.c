/*
 * test_wrap: widths against wcwidth (what ncursesw draws with), and line
 * filling checked line by line: widths, kept clusters, UAX #14 breaks,
 * greedy filling and exact reconstruction of the paragraph.
 */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <cmocka.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <unistr.h>

#include "testlib.h"
#include "util.h"
#include "wrap.h"

static const char viet[] =
    "Chủ tịch nước đề nghị Nhật Bản nới lỏng thủ tục nhập cảnh, tiến tới "
    "miễn thị thực cho công dân Việt Nam. Hai bên nhất trí tăng cường hợp "
    "tác về đầu tư, lao động, nông nghiệp và du lịch; kim ngạch thương mại "
    "song phương đạt 1.200.000 USD, phần lớn qua TP.HCM và Hà Nội. "
    "Nguyễn Thị Ánh Tuyết, Đắk Lắk, Quảng Ngãi, Thừa Thiên Huế.";

static const char cjk[] = "日本国首相岸田文雄と越南の国家主席が会談した。";

static const char url[] =
    "Xem https://vnexpress.net/chu-tich-nuoc-de-nghi-nhat-tien-toi-mien-"
    "visa-cho-nguoi-viet-4671234.html?utm_source=rss&utm_medium=feed ngay.";

/* NFD copy of s (a heap string). */

/* Sum of wcwidth over s, decoded by the C library in C.UTF-8. */
static int
wcwidth_sum(const char *s, size_t len)
{
	mbstate_t st;
	wchar_t wc;
	size_t i = 0, k;
	int w, sum = 0;

	memset(&st, 0, sizeof st);
	while (i < len) {
		k = mbrtowc(&wc, s + i, len - i, &st);
		assert_true(k != (size_t)-1 && k != (size_t)-2 && k != 0);
		w = wcwidth(wc);
		assert_true(w >= 0);
		sum += w;
		i += k;
	}
	return sum;
}

static int
setup_locale(void **state)
{
	(void)state;
	/* Only the wcwidth reference needs a locale; wrap never does. */
	if (setlocale(LC_ALL, "C.UTF-8") == NULL &&
	    setlocale(LC_ALL, "C.utf8") == NULL)
		return -1;
	return 0;
}

static void
test_width_matches_wcwidth(void **state)
{
	static const char *samples[] = {
		"Việt Nam",
		"Nguyễn Thị Ánh Tuyết ở Đắk Lắk",
		"Quốc phòng, Thương mại, Đầu tư",
		"日本国首相岸田文雄",
		"한국어 조선말",
		"ＡＢＣ１２３ ｶﾀｶﾅ",
		"😀👍🏽🇻🇳🇯🇵⌚❤",
		"e\xcc\x81\xcc\xa3 a\xcc\x88 \xe2\x97\x8c\xcc\x81",
		"x\xe2\x80\x8by\xe2\x81\xa0z",	/* ZWSP, word joiner */
		"ก่ำ नमस्ते",
		"",
	};
	size_t i, n;
	char *d;

	(void)state;
	for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		n = strlen(samples[i]);
		assert_int_equal(wrap_width(samples[i], n),
		    wcwidth_sum(samples[i], n));
		d = tl_normalize(UNINORM_NFD, samples[i], strlen(samples[i]), &n);
		assert_int_equal(wrap_width(d, n), wcwidth_sum(d, n));
		free(d);
	}
	assert_int_equal(wrap_width("Việt Nam", strlen("Việt Nam")), 8);
	d = tl_normalize(UNINORM_NFD, "Việt Nam", strlen("Việt Nam"), &n);
	assert_int_equal(wrap_width(d, n), 8);
	free(d);
	assert_int_equal(wrap_width(cjk, strlen(cjk)), 2 * 23);
}

/*
 * Every assigned code point that can reach wrap (controls and line
 * separators never pass text_sanitize) against wcwidth: this is what
 * keeps the exception table in wrap.c honest.
 */
static void
test_width_every_code_point(void **state)
{
	uint8_t buf[8];
	ucs4_t c;
	int n, w, want, bad = 0;

	(void)state;
	for (c = 0; c < 0x110000; c++) {
		if ((c >= 0xd800 && c < 0xe000) || c == 0x2028 ||
		    c == 0x2029 ||
		    uc_is_general_category(c, UC_CATEGORY_Cc) ||
		    uc_is_general_category(c, UC_CATEGORY_Cn))
			continue;
		n = u8_uctomb(buf, c, sizeof buf);
		assert_true(n > 0);
		w = wrap_width((const char *)buf, (size_t)n);
		want = wcwidth((wchar_t)c);
		if (want < 0)
			want = 0;
		if (w != want) {
			if (bad++ < 10)
				print_error("U+%04X: wrap %d, wcwidth %d\n",
				    (unsigned)c, w, want);
		}
	}
	assert_int_equal(bad, 0);
}

static void
test_next_grapheme(void **state)
{
	size_t n, pos;
	char *d;

	(void)state;
	assert_int_equal(wrap_next_grapheme("ab", 2, 0), 1);
	assert_int_equal(wrap_next_grapheme("ab", 2, 2), 2);
	assert_int_equal(wrap_next_grapheme("ab", 2, 7), 2);
	assert_int_equal(wrap_next_grapheme("\r\nx", 3, 0), 2);
	/* NFD "ệt": e, dot below, circumflex is one cluster. */
	d = tl_normalize(UNINORM_NFD, "ệt", strlen("ệt"), &n);
	assert_int_equal(n, 6);
	assert_int_equal(wrap_next_grapheme(d, n, 0), 5);
	free(d);
	/* A base with a hundred marks is still one cluster. */
	{
		char many[1 + 200];

		many[0] = 'a';
		for (pos = 0; pos < 100; pos++)
			memcpy(many + 1 + 2 * pos, "\xcc\x81", 2);
		assert_int_equal(wrap_next_grapheme(many, sizeof many, 0),
		    sizeof many);
		assert_int_equal(wrap_width(many, sizeof many), 1);
	}
}

static void
test_fit(void **state)
{
	int w = -1;
	size_t n;
	char *d;

	(void)state;
	assert_int_equal(wrap_fit("abcdef", 6, 4, &w), 4);
	assert_int_equal(w, 4);
	assert_int_equal(wrap_fit("abc", 3, 10, &w), 3);
	assert_int_equal(w, 3);
	assert_int_equal(wrap_fit("abc", 3, 0, &w), 0);
	assert_int_equal(w, 0);
	/* 日本: a width-2 character does not fit in 3 - 2 = 1 column. */
	assert_int_equal(wrap_fit("日本", 6, 3, &w), 3);
	assert_int_equal(w, 2);
	assert_int_equal(wrap_fit("日本", 6, 1, NULL), 0);
	/* NFD: the marks ride on their base, at no cost. */
	d = tl_normalize(UNINORM_NFD, "Việt", strlen("Việt"), &n);
	assert_int_equal(wrap_fit(d, n, 3, &w), 1 + 1 + 5);
	assert_int_equal(w, 3);
	free(d);
}

static int
all_spaces(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (s[a] != ' ')
			return 0;
	return 1;
}

/* End of s[a, b) without its trailing spaces. */
static size_t
trim(const char *s, size_t a, size_t b)
{
	while (b > a && s[b - 1] == ' ')
		b--;
	return b;
}

static int
is_sep(char c)
{
	return c == '.' || c == ',' || c == ':' || c == ';';
}

static int
is_letter_start(char c)
{
	unsigned char u = (unsigned char)c;

	return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

#define SOFT_BREAK 100

/*
 * Wraps s at cols and checks every promise of wrap_paragraph; returns the
 * lines (heap) and their number.
 */
static struct wrap_line *
check_wrap(const char *s, size_t len, int cols, size_t *nlines)
{
	struct wrap_line *lines = NULL, *l;
	size_t n = 0, cap = 0, got, k, pos, b, e;
	char *brk, *bound, *rebuilt;
	size_t rlen = 0;
	int eff = cols < 1 ? 1 : cols;

	got = wrap_paragraph(s, len, cols, &lines, &n, &cap);
	assert_int_equal(got, n);
	assert_true(n >= 1);
	assert_true(cap >= n);

	brk = util_malloc(len + 1);
	if (len > 0)
		u8_possible_linebreaks((const uint8_t *)s, len, "UTF-8", brk);
	/*
	 * UAX #14 LB29, which libunistring leaves out: no break between
	 * "." (or , : ;) and a letter.  The texts here need no more.
	 */
	for (pos = 1; pos < len; pos++)
		if (is_sep(s[pos - 1]) && is_letter_start(s[pos]))
			brk[pos] = UC_BREAK_PROHIBITED;
	/*
	 * Right after a URL scheme's "//" wrap.c keeps the break only when
	 * the URL's head does not fit: neither taking nor skipping it proves
	 * anything about greed, so such a break is "soft" here.
	 */
	for (pos = 2; pos < len; pos++)
		if (brk[pos] == UC_BREAK_POSSIBLE && s[pos - 1] == '/' &&
		    (s[pos - 2] == '/' || s[pos - 2] == ':'))
			brk[pos] = SOFT_BREAK;
	bound = util_calloc(len + 1, 1);
	for (pos = 0; pos < len; pos = wrap_next_grapheme(s, len, pos))
		bound[pos] = 1;
	bound[len] = 1;

	rebuilt = util_malloc(len + 1);
	assert_int_equal(lines[0].start, 0);
	for (k = 0; k < n; k++) {
		l = &lines[k];
		assert_true(l->start <= l->end && l->end <= len);
		assert_true(bound[l->start] && bound[l->end]);
		/* Trailing spaces are not part of the line. */
		assert_true(l->end == l->start || s[l->end - 1] != ' ');
		assert_int_equal(l->width, wrap_width(s + l->start,
		    l->end - l->start));
		/* Too wide only when it is a single cluster. */
		if (l->width > eff)
			assert_int_equal(wrap_next_grapheme(s, len, l->start),
			    l->end);
		memcpy(rebuilt + rlen, s + l->start, l->end - l->start);
		rlen += l->end - l->start;
		e = k + 1 < n ? lines[k + 1].start : len;
		assert_true(e >= l->end);
		assert_true(all_spaces(s, l->end, e));
		memcpy(rebuilt + rlen, s + l->end, e - l->end);
		rlen += e - l->end;
		if (k + 1 == n)
			break;
		assert_true(lines[k + 1].start > l->start);

		b = lines[k + 1].start;
		if (brk[b] == SOFT_BREAK)
			continue;
		if (brk[b] == UC_BREAK_POSSIBLE) {
			/*
			 * Greedy: the text up to the next opportunity
			 * would not have fitted on this line.
			 */
			int soft = 0;

			for (e = b + 1; e < len && brk[e] != UC_BREAK_POSSIBLE;
			    e++)
				soft |= brk[e] == SOFT_BREAK;
			e = trim(s, l->start, e);
			assert_true(soft ||
			    wrap_width(s + l->start, e - l->start) > eff);
		} else {
			/*
			 * A token cut at a cluster boundary: only when the
			 * line had no opportunity, and the next cluster did
			 * not fit.
			 */
			for (pos = l->start + 1; pos < b; pos++)
				assert_true(brk[pos] != UC_BREAK_POSSIBLE);
			e = wrap_next_grapheme(s, len, b);
			assert_true(wrap_width(s + l->start, e - l->start) >
			    eff);
		}
	}
	assert_int_equal(rlen, len);
	assert_memory_equal(rebuilt, s, len);

	free(rebuilt);
	free(bound);
	free(brk);
	*nlines = n;
	return lines;
}

static void
check_widths(const char *s, size_t len)
{
	static const int widths[] = { -3, 0, 1, 2, 3, 5, 7, 10, 13, 20, 33,
	    40, 80, 200 };
	struct wrap_line *lines;
	size_t i, n;

	for (i = 0; i < sizeof widths / sizeof widths[0]; i++) {
		lines = check_wrap(s, len, widths[i], &n);
		free(lines);
	}
}

static void
test_wrap_properties(void **state)
{
	static const char *paras[] = {
		viet, cjk, url,
		"",
		"   ",
		"   thụt đầu dòng rồi chữ",
		"hai  khoảng   trắng    giữa     các      từ",
		"( quan hệ ) \" đối tác \" , tiến tới .",
		"日本 và Việt Nam, 日本語とベトナム語の混在した文章です。",
		"😀👍🏽🇻🇳 biểu tượng ❤ cảm xúc",
		"a\xe2\x80\x8b" "b\xe2\x80\x8b" "c",
		"Siêuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuudài",
	};
	size_t i, n;
	char *d;

	(void)state;
	for (i = 0; i < sizeof paras / sizeof paras[0]; i++) {
		check_widths(paras[i], strlen(paras[i]));
		d = tl_normalize(UNINORM_NFD, paras[i], strlen(paras[i]), &n);
		check_widths(d, n);
		free(d);
	}
}

/* The text of each line joined with '|'. */
static char *
joined(const char *s, size_t len, int cols)
{
	struct wrap_line *lines;
	struct util_buf b;
	size_t n, k;

	lines = check_wrap(s, len, cols, &n);
	util_buf_init(&b);
	for (k = 0; k < n; k++) {
		if (k > 0)
			util_buf_addc(&b, '|');
		util_buf_add(&b, s + lines[k].start,
		    lines[k].end - lines[k].start);
	}
	free(lines);
	return util_buf_detach(&b, NULL);
}

static void
assert_wraps_to(const char *s, int cols, const char *want)
{
	char *got = joined(s, strlen(s), cols);

	assert_string_equal(got, want);
	free(got);
}

static void
test_wrap_vietnamese(void **state)
{
	(void)state;
	assert_wraps_to(viet, 40,
	    "Chủ tịch nước đề nghị Nhật Bản nới lỏng|"
	    "thủ tục nhập cảnh, tiến tới miễn thị|"
	    "thực cho công dân Việt Nam. Hai bên nhất|"
	    "trí tăng cường hợp tác về đầu tư, lao|"
	    "động, nông nghiệp và du lịch; kim ngạch|"
	    "thương mại song phương đạt 1.200.000|"
	    "USD, phần lớn qua TP.HCM và Hà Nội.|"
	    "Nguyễn Thị Ánh Tuyết, Đắk Lắk, Quảng|"
	    "Ngãi, Thừa Thiên Huế.");
	assert_wraps_to(viet, 80,
	    "Chủ tịch nước đề nghị Nhật Bản nới lỏng thủ tục nhập cảnh, tiến "
	    "tới miễn thị|"
	    "thực cho công dân Việt Nam. Hai bên nhất trí tăng cường hợp tác "
	    "về đầu tư, lao|"
	    "động, nông nghiệp và du lịch; kim ngạch thương mại song phương "
	    "đạt 1.200.000|"
	    "USD, phần lớn qua TP.HCM và Hà Nội. Nguyễn Thị Ánh Tuyết, Đắk "
	    "Lắk, Quảng Ngãi,|"
	    "Thừa Thiên Huế.");
	assert_wraps_to("Thủ tướng thăm Nhật", 10,
	    "Thủ tướng|thăm Nhật");
	assert_wraps_to("Thủ tướng", 2, "Th|ủ|tư|ớn|g");
	assert_wraps_to("Việt Nam", 1, "V|i|ệ|t|N|a|m");
}

/* No line boundary strictly inside any occurrence of word. */
static void
assert_kept_whole(const char *s, size_t len, const char *word, int cols)
{
	struct wrap_line *lines;
	size_t n, k, wl = strlen(word);
	const char *p;
	size_t at;

	lines = check_wrap(s, len, cols, &n);
	for (p = s; (p = strstr(p, word)) != NULL && (size_t)(p - s) < len;
	    p += wl) {
		at = (size_t)(p - s);
		for (k = 1; k < n; k++)
			assert_false(lines[k].start > at &&
			    lines[k].start < at + wl);
		for (k = 0; k < n; k++)
			assert_false(lines[k].end > at &&
			    lines[k].end < at + wl);
	}
	free(lines);
}

static void
test_wrap_keeps_tokens(void **state)
{
	int cols;

	(void)state;
	/* Every width at which the tokens fit at all. */
	for (cols = 10; cols <= 90; cols++) {
		assert_kept_whole(viet, strlen(viet), "TP.HCM", cols);
		assert_kept_whole(viet, strlen(viet), "1.200.000", cols);
	}
	assert_wraps_to("Giá 1.200.000 đồng", 12, "Giá|1.200.000|đồng");
	assert_wraps_to("Tại TP.HCM hôm nay", 8, "Tại|TP.HCM|hôm nay");
	/* Narrower than the token: cut, but never lost. */
	assert_wraps_to("1.200.000", 4, "1.20|0.00|0");
}

static void
test_wrap_nfd_marks_stay(void **state)
{
	struct wrap_line *lines;
	size_t n, len, k, pos;
	char *d;
	int cols;

	(void)state;
	d = tl_normalize(UNINORM_NFD, "Nguyễn Thị Ánh Tuyết nghiêng ngả", strlen("Nguyễn Thị Ánh Tuyết nghiêng ngả"), &len);
	for (cols = 1; cols <= 12; cols++) {
		lines = check_wrap(d, len, cols, &n);
		for (k = 0; k < n; k++) {
			/* No line starts with a combining mark. */
			pos = lines[k].start;
			if (pos < len)
				assert_false((unsigned char)d[pos] == 0xcc ||
				    (unsigned char)d[pos] == 0xcd);
		}
		free(lines);
	}
	/* "ễ" is e + circumflex + tilde: one cluster, one column. */
	lines = check_wrap(d, len, 1, &n);
	assert_int_equal(n, 27);
	assert_int_equal(lines[4].end - lines[4].start, 5);
	assert_memory_equal(d + lines[4].start, "e\xcc\x82\xcc\x83", 5);
	assert_int_equal(lines[4].width, 1);
	free(lines);
	free(d);
}

/* NFD text wraps exactly like its NFC original. */
static void
test_wrap_nfd_like_nfc(void **state)
{
	char *a, *b, *c, *d;
	size_t len, clen;
	int cols;

	(void)state;
	d = tl_normalize(UNINORM_NFD, viet, strlen(viet), &len);
	for (cols = 1; cols <= 90; cols += 3) {
		a = joined(viet, strlen(viet), cols);
		b = joined(d, len, cols);
		assert_true(strlen(b) > strlen(a));
		c = (char *)u8_normalize(UNINORM_NFC, (const uint8_t *)b,
		    strlen(b), NULL, &clen);
		assert_non_null(c);
		assert_int_equal(clen, strlen(a));
		assert_memory_equal(c, a, clen);
		free(a);
		free(b);
		free(c);
	}
	free(d);
}

static void
test_wrap_cjk(void **state)
{
	struct wrap_line *lines;
	size_t n, k;

	(void)state;
	assert_wraps_to("日本国首相", 3, "日|本|国|首|相");
	assert_wraps_to("日本国首相", 5, "日本|国首|相");
	assert_wraps_to("日本国首相", 7, "日本国|首相");
	/* Wider than the whole line: alone on its line, and no hang. */
	lines = check_wrap("日本国首相", strlen("日本国首相"), 1, &n);
	assert_int_equal(n, 5);
	for (k = 0; k < n; k++)
		assert_int_equal(lines[k].width, 2);
	free(lines);
	assert_wraps_to("ab日c", 1, "a|b|日|c");
}

#define VN "\xf0\x9f\x87\xbb\xf0\x9f\x87\xb3"	/* 🇻🇳 */
#define JP "\xf0\x9f\x87\xaf\xf0\x9f\x87\xb5"	/* 🇯🇵 */
#define RI_V "\xf0\x9f\x87\xbb"		/* 🇻 alone */

/* Each grapheme boundary of s after 0, as "8,12". */
static char *
boundaries(const char *s)
{
	struct util_buf b;
	size_t len = strlen(s), pos = 0;
	char num[24];

	util_buf_init(&b);
	while (pos < len) {
		pos = wrap_next_grapheme(s, len, pos);
		snprintf(num, sizeof num, b.len > 0 ? ",%zu" : "%zu", pos);
		util_buf_adds(&b, num);
	}
	return util_buf_detach(&b, NULL);
}

static void
assert_boundaries(const char *s, const char *want)
{
	char *got = boundaries(s);

	assert_string_equal(got, want);
	free(got);
}

/*
 * A flag is two regional indicators and one cluster, which libunistring
 * 1.0's u8_grapheme_next alone would split; in a run they pair from the
 * start of the run, whatever the count.
 */
static void
test_flags(void **state)
{
	static const char mixed[] = "Việt Nam " VN JP RI_V " và " VN "xx"
	    JP RI_V RI_V RI_V "\xcc\x81" RI_V VN;
	size_t len = strlen(mixed), pos, visited = 0, breaks = 0;
	char *gb = util_malloc(len);
	int cols;

	(void)state;
	/* u8_grapheme_breaks, unlike u8_grapheme_next, counts indicators:
	 * the reference for every boundary */
	u8_grapheme_breaks((const uint8_t *)mixed, len, gb);
	gb[0] = 1;
	for (pos = 0; pos < len; pos = wrap_next_grapheme(mixed, len, pos)) {
		assert_true(gb[pos]);
		visited++;
	}
	for (pos = 0; pos < len; pos++)
		breaks += gb[pos] != 0;
	assert_int_equal(visited, breaks);
	assert_boundaries(VN, "8");
	assert_boundaries(VN JP, "8,16");
	assert_boundaries(VN RI_V, "8,12");
	assert_boundaries(RI_V VN JP, "8,16,20");
	assert_boundaries(RI_V, "4");
	assert_boundaries("a" VN "b", "1,9,10");
	assert_boundaries("C\xe1\xbb\x9d " VN "!", "1,4,5,13,14");
	/* a mark after the second indicator rides on the flag */
	assert_boundaries(VN "\xcc\x81" JP, "10,18");
	/* a mark between the two parts them */
	assert_boundaries(RI_V "\xcc\x81" RI_V, "6,10");
	assert_int_equal(wrap_width(VN, 8), 2);
	assert_int_equal(wrap_fit(VN JP, 16, 3, NULL), 8);
	assert_int_equal(wrap_fit(VN JP, 16, 1, NULL), 0);
	assert_int_equal(wrap_fit(VN RI_V, 12, 3, NULL), 12);

	/* At any width, even 1, a flag stays whole: on a line of its own,
	 * the only line allowed to be wider. */
	assert_wraps_to(VN JP, 1, VN "|" JP);
	assert_wraps_to(VN JP, 3, VN "|" JP);
	assert_wraps_to(VN JP, 4, VN JP);
	assert_wraps_to(VN JP RI_V, 1, VN "|" JP "|" RI_V);
	/* pairs count from the start of the run: V V | N */
	assert_wraps_to(RI_V VN, 1, RI_V RI_V "|\xf0\x9f\x87\xb3");
	assert_wraps_to("Cờ " VN " bay", 1, "C|ờ|" VN "|b|a|y");
	assert_wraps_to("Cờ " VN " bay", 4, "Cờ|" VN "|bay");
	for (cols = 1; cols <= 12; cols++) {
		struct wrap_line *lines;
		size_t n, k;

		lines = check_wrap(mixed, len, cols, &n);
		for (k = 0; k < n; k++) {
			assert_true(gb[lines[k].start]);
			if (lines[k].width > cols)
				assert_int_equal(lines[k].width, 2);
		}
		free(lines);
	}
	free(gb);
}

static void
test_wrap_url(void **state)
{
	struct wrap_line *lines;
	size_t n, k;

	(void)state;
	lines = check_wrap(url, strlen(url), 20, &n);
	assert_true(n >= 7);
	for (k = 0; k < n; k++)
		assert_true(lines[k].width <= 20);
	free(lines);
	assert_wraps_to(
	    "https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 16,
	    "https://|example.com/|aaaaaaaaaaaaaaaa|aaaaaaaaaaaaaaaa|"
	    "aaaaaaaa");
	/* the scheme stays with its host when the two fit on a line */
	assert_wraps_to("xem https://example.com/a_b_c nhé", 20,
	    "xem|https://example.com/|a_b_c nhé");
	assert_wraps_to("xem https://vn.jp/a", 16, "xem|https://vn.jp/a");
}

static void
test_wrap_spaces(void **state)
{
	static const struct {
		const char *s;
		int cols;
		size_t n;
		struct wrap_line want[2];
	} cases[] = {
		/* Trailing spaces are neither drawn nor counted. */
		{ "abc   ", 80, 1, { { 0, 3, 3 } } },
		/* Spaces at a break: cut from both lines. */
		{ "ab    cd", 5, 2, { { 0, 2, 2 }, { 6, 8, 2 } } },
		/* Leading spaces (an indent) are drawn. */
		{ "  ab cd", 4, 2, { { 0, 4, 4 }, { 5, 7, 2 } } },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n;
		struct wrap_line *lines = check_wrap(cases[i].s,
		    strlen(cases[i].s), cases[i].cols, &n);

		assert_int_equal(n, cases[i].n);
		for (size_t k = 0; k < n; k++)
			if (lines[k].start != cases[i].want[k].start ||
			    lines[k].end != cases[i].want[k].end ||
			    lines[k].width != cases[i].want[k].width)
				fail_msg("\"%s\" line %zu: [%zu, %zu) width "
				    "%d", cases[i].s, k, lines[k].start,
				    lines[k].end, lines[k].width);
		free(lines);
	}
	/* A line may be exactly full, with the space after it cut. */
	assert_wraps_to("abcde fgh", 5, "abcde|fgh");
}

static void
test_wrap_empty_and_bad_cols(void **state)
{
	struct wrap_line *lines = NULL;
	size_t n = 0, cap = 0;

	(void)state;
	assert_int_equal(wrap_paragraph("", 0, 80, &lines, &n, &cap), 1);
	assert_int_equal(n, 1);
	assert_int_equal(lines[0].start, 0);
	assert_int_equal(lines[0].end, 0);
	assert_int_equal(lines[0].width, 0);
	/* Appends after what is there. */
	assert_int_equal(wrap_paragraph("ab cd", 5, 0, &lines, &n, &cap), 4);
	assert_int_equal(n, 5);
	assert_int_equal(lines[1].end, 1);
	assert_int_equal(lines[4].start, 4);
	assert_int_equal(wrap_paragraph("xy", 2, -7, &lines, &n, &cap), 2);
	assert_int_equal(n, 7);
	free(lines);
	/* A stray line break still ends a line and is not drawn. */
	lines = NULL;
	n = cap = 0;
	assert_int_equal(wrap_paragraph("ab\ncd", 5, 80, &lines, &n, &cap),
	    2);
	assert_int_equal(lines[0].end, 2);
	assert_int_equal(lines[1].start, 3);
	free(lines);
}

/*
 * Linear time.  A quadratic pass over 200 kB would take seconds; the real
 * cost (measured: about 0.2 ms per 10 kB) is checked by hand, as timing
 * under the sanitizers is no measure.
 */
static void
test_wrap_long_paragraph(void **state)
{
	struct wrap_line *lines = NULL;
	size_t n = 0, cap = 0, len = 0, vlen = strlen(viet), k;
	char *big;

	(void)state;
	big = util_malloc(200000 + vlen + 1);
	while (len < 200000) {
		memcpy(big + len, viet, vlen);
		len += vlen;
		big[len++] = ' ';
	}
	/* How fast: make bench (tests/bench/sizes.sh, para16mb). */
	wrap_paragraph(big, len, 80, &lines, &n, &cap);
	assert_true(n > (size_t)wrap_width(big, len) / 80);
	free(lines);
	lines = check_wrap(big, len, 80, &n);
	for (k = 0; k < n; k++)
		assert_true(lines[k].width <= 80);
	free(lines);
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width_matches_wcwidth),
		cmocka_unit_test(test_width_every_code_point),
		cmocka_unit_test(test_next_grapheme),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_wrap_properties),
		cmocka_unit_test(test_wrap_vietnamese),
		cmocka_unit_test(test_wrap_keeps_tokens),
		cmocka_unit_test(test_wrap_nfd_marks_stay),
		cmocka_unit_test(test_wrap_nfd_like_nfc),
		cmocka_unit_test(test_wrap_cjk),
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_wrap_url),
		cmocka_unit_test(test_wrap_spaces),
		cmocka_unit_test(test_wrap_empty_and_bad_cols),
		cmocka_unit_test(test_wrap_long_paragraph),
	};

	return cmocka_run_group_tests(tests, setup_locale, NULL);
}
