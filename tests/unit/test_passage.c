/*
 * Unit tests for sentences and passages (src/text/passage.c): the ranges
 * of a paragraph that a search result and a topic's mention show.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "passage.h"
#include "util.h"

/* ------------------------------------------------------------------ */
/* text_sentence */

/* The sentence around the first occurrence of at in s is want. */
struct sentence_case {
	const char *at, *want;
};

static void
check_sentences(const char *s, const struct sentence_case *c, size_t n)
{
	size_t len = strlen(s);

	for (size_t i = 0; i < n; i++) {
		const char *p = strstr(s, c[i].at);
		size_t b, e;

		if (p == NULL)
			fail_msg("'%s' not in text", c[i].at);
		text_sentence(s, len, (size_t)(p - s), &b, &e);
		if (e < b || e > len || e - b != strlen(c[i].want) ||
		    memcmp(s + b, c[i].want, e - b) != 0)
			fail_msg("at '%s': want \"%s\", got \"%.*s\"",
			    c[i].at, c[i].want, (int)(e > b ? e - b : 0),
			    s + b);
	}
}

#define CHECK_SENTENCES(s, cases) \
	check_sentences(s, cases, sizeof cases / sizeof cases[0])

static void
test_sentence_basic(void **state)
{
	static const char s[] = "Câu một. Câu hai!  Câu ba? Câu bốn… Hết";
	static const struct sentence_case cases[] = {
		{ "một", "Câu một." },
		{ "Câu m", "Câu một." },
		{ "hai", "Câu hai!" },
		{ "ba", "Câu ba?" },
		{ "bốn", "Câu bốn…" },
		{ "Hết", "Hết" },
		{ "!", "Câu hai!" },		/* on the terminator itself */
	};

	(void)state;
	CHECK_SENTENCES(s, cases);
}

static void
test_sentence_not_ends(void **state)
{
	static const char s[] = "Ông ở TP.HCM từ năm 2000. Ông có 1.200.000 "
	    "đồng. PGS. TS. Nguyễn Văn A. Bình nói. Tp. Hồ Chí Minh đẹp. "
	    "Giá 3.5 triệu! Xong";
	static const struct sentence_case cases[] = {
		{ "HCM", "Ông ở TP.HCM từ năm 2000." },
		{ "200.000", "Ông có 1.200.000 đồng." },
		{ "Nguyễn", "PGS. TS. Nguyễn Văn A. Bình nói." },
		{ "Bình", "PGS. TS. Nguyễn Văn A. Bình nói." },
		{ "Hồ", "Tp. Hồ Chí Minh đẹp." },
		{ "3.5", "Giá 3.5 triệu!" },
		{ "Xong", "Xong" },
	};

	(void)state;
	CHECK_SENTENCES(s, cases);
}

static void
test_sentence_quotes_and_edges(void **state)
{
	static const char q[] = "Ông nói: \"Xin chào.\" Rồi đi (về nhà.) "
	    "Sau đó “nghỉ!” Hết.";
	static const struct sentence_case quoted[] = {
		{ "Xin", "Ông nói: \"Xin chào.\"" },
		{ "Rồi", "Rồi đi (về nhà.)" },
		{ "Sau", "Sau đó “nghỉ!”" },
		{ "Hết", "Hết." },
	};
	/* Offsets, for positions that no substring names. */
	static const struct {
		const char *s;
		size_t pos, start, end;
	} edges[] = {
		{ "", 0, 0, 0 },		/* an empty paragraph */
		{ "Một. Hai.", 11, 7, 11 },	/* at the end */
		{ "Một. Hai.", 999, 7, 11 },	/* past it */
		{ "  Một. Hai.", 0, 2, 8 },	/* leading blanks skipped */
		{ "Một.\nHai", 8, 7, 10 },	/* a line break is a space */
		{ "Ông A. Bình.", 10, 0, 14 },	/* A. is an initial */
		{ "...", 1, 0, 3 },
	};

	(void)state;
	CHECK_SENTENCES(q, quoted);
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
		size_t b, e;

		text_sentence(edges[i].s, strlen(edges[i].s), edges[i].pos,
		    &b, &e);
		if (b != edges[i].start || e != edges[i].end)
			fail_msg("\"%s\" at %zu: got [%zu, %zu), want "
			    "[%zu, %zu)", edges[i].s, edges[i].pos, b, e,
			    edges[i].start, edges[i].end);
	}
}

/* ------------------------------------------------------------------ */
/* text_passage */

/* The passage of the first occurrence of match in para is want. */
static void
test_passage_sentence_around(void **state)
{
	static const struct {
		const char *para, *match, *want;
	} cases[] = {
		{ "Câu đầu. Ông Kishida đến Hà Nội. Câu cuối.", "Kishida",
		  "Ông Kishida đến Hà Nội." },
		/* a match at either end of the paragraph */
		{ "Kishida đến. Rồi đi.", "Kishida", "Kishida đến." },
		{ "Trước. Rồi Kishida", "Kishida", "Rồi Kishida" },
		/* a match across a sentence end keeps its tail */
		{ "Một. Hai Nhật. Bản ba. Bốn.", "Nhật. Bản",
		  "Hai Nhật. Bản" },
		/* the whole paragraph */
		{ "Nhật Bản", "Nhật Bản", "Nhật Bản" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *p = cases[i].para;
		size_t start = (size_t)(strstr(p, cases[i].match) - p);
		size_t end = start + strlen(cases[i].match), ps, pe;

		text_passage(p, strlen(p), start, end, &ps, &pe);
		if (pe - ps != strlen(cases[i].want) ||
		    memcmp(p + ps, cases[i].want, pe - ps) != 0)
			fail_msg("'%s': got \"%.*s\", want \"%s\"",
			    cases[i].match, (int)(pe - ps), p + ps,
			    cases[i].want);
	}
}

/*
 * A paragraph with no sentence end: the passage reaches TEXT_PASSAGE_REACH
 * bytes either side of the match and no further, and a cut that falls
 * inside a letter moves to the letter's start.  "ệ" is three bytes; the
 * match starts 602 bytes after the start of one, and 599 bytes after its
 * end another one starts.
 */
static void
test_passage_reach(void **state)
{
	struct util_buf b;
	size_t start, end, len, ps, pe;
	char *para;
	int i;

	(void)state;
	util_buf_init(&b);
	for (i = 0; i < 400; i++)
		util_buf_adds(&b, "ệ");
	util_buf_adds(&b, "ab");
	start = b.len;
	util_buf_adds(&b, "Kishida");
	end = b.len;
	util_buf_adds(&b, "c");
	for (i = 0; i < 400; i++)
		util_buf_adds(&b, "ệ");
	para = util_buf_detach(&b, &len);

	text_passage(para, len, start, end, &ps, &pe);
	assert_int_equal(ps, start - TEXT_PASSAGE_REACH - 2);
	assert_int_equal(pe, end + TEXT_PASSAGE_REACH - 2);
	assert_memory_equal(para + ps, "ệ", 3);
	assert_memory_equal(para + pe - 3, "ệ", 3);

	/* Nearer the start than the reach: from the start. */
	text_passage(para, len, 300, 303, &ps, &pe);
	assert_int_equal(ps, 0);
	assert_int_equal(pe, 303 + TEXT_PASSAGE_REACH);
	free(para);
}

/* A range that is not inside the paragraph is clamped to it, never read
 * past it. */
static void
test_passage_out_of_range(void **state)
{
	static const char p[] = "Một. Hai ba.";
	size_t ps, pe;

	(void)state;
	text_passage(p, strlen(p), 7, 999, &ps, &pe);
	assert_int_equal(ps, 7);
	assert_int_equal(pe, strlen(p));
	text_passage(p, strlen(p), 999, 999, &ps, &pe);
	assert_int_equal(ps, 7);
	assert_int_equal(pe, strlen(p));
	text_passage("", 0, 0, 0, &ps, &pe);
	assert_int_equal(ps, 0);
	assert_int_equal(pe, 0);
}

/*
 * A letter with thousands of marks, the reach ending and starting inside
 * them: no passage starts with marks on nothing, none ends with the
 * letter stripped of its marks.
 */
static void
test_passage_mark_flood(void **state)
{
	const char *head = "Trước đó hội đàm a", *tail = " sau đó hợp tác";
	size_t marks = 3000, hl = strlen(head), tl = strlen(tail);
	size_t len = hl + 2 * marks + tl, ps, pe;
	char *para = malloc(len);

	(void)state;
	assert_non_null(para);
	memcpy(para, head, hl);
	for (size_t i = 0; i < marks; i++)
		memcpy(para + hl + 2 * i, "\xcc\x81", 2);
	memcpy(para + hl + 2 * marks, tail, tl);
	/* "đàm": the passage ends before the flooded "a" */
	text_passage(para, len, hl - 5, hl - 1, &ps, &pe);
	assert_int_equal(ps, 0);
	assert_int_equal(pe, hl - 1);
	/* "hợp tác": it starts after the marks (and the space) */
	text_passage(para, len, len - 9, len, &ps, &pe);
	assert_int_equal(ps, hl + 2 * marks + 1);
	assert_int_equal(pe, len);
	free(para);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentence_basic),
		cmocka_unit_test(test_sentence_not_ends),
		cmocka_unit_test(test_sentence_quotes_and_edges),
		cmocka_unit_test(test_passage_sentence_around),
		cmocka_unit_test(test_passage_reach),
		cmocka_unit_test(test_passage_mark_flood),
		cmocka_unit_test(test_passage_out_of_range),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
