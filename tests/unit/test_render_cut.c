/*
 * test_render_cut: render_cut_words, the cut of the topic page's passages
 * (KWIC contexts) and coverage titles: within the columns, at word
 * boundaries only (no "…h nước"), the ellipsis apart from the words
 * kept, and as much kept as fits.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "render.h"
#include "testlib.h"
#include "util.h"
#include "wrap.h"

#define ELL "\xe2\x80\xa6"

static const char *const texts[] = {
	"quan ngại về tình hình ở Biển Đông và tái khẳng định tầm quan trọng",
	"Chủ tịch nước đề nghị Nhật Bản nới lỏng thủ tục nhập cảnh, tiến tới "
	"miễn thị thực cho công dân Việt Nam.",
	"2023-11-27 · VnExpress — Việt - Nhật nâng cấp quan hệ lên Đối tác",
	/* decomposed letters: a word's graphemes are never split either */
	"Vie\xcc\x82\xcc\xa3t Nam va\xcc\x80 Nha\xcc\xa3\xcc\x82t Ba\xcc\x89n",
	"hai  khoảng   trắng ",
	"日本国首相 岸田文雄と 越南の国家主席が会談した",
};

static char *
cut(const char *s, int cols, enum render_keep keep, int *w)
{
	struct util_buf b;

	util_buf_init(&b);
	*w = render_cut_words(&b, s, strlen(s), cols, keep);
	util_buf_adds(&b, "");
	return b.data;
}

static int
sp(char c)
{
	return c == ' ';
}

/* Checks one cut against the rules, for every width. */
static void
check_text(const char *s)
{
	size_t n = strlen(s);
	int full = wrap_width(s, n);

	for (int cols = 0; cols <= full + 2; cols++) {
		for (int k = 0; k < 2; k++) {
			enum render_keep keep = k ? RENDER_KEEP_END :
			    RENDER_KEEP_START;
			int w;
			char *o = cut(s, cols, keep, &w);
			size_t on = strlen(o);

			if (w != wrap_width(o, on))
				fail_msg("\"%s\" at %d: says %d columns, is %d",
				    o, cols, w, wrap_width(o, on));
			if (w > cols)
				fail_msg("\"%s\" is wider than %d", o, cols);
			if (cols >= full) {
				assert_string_equal(o, s);
			} else if (cols == 1) {
				assert_string_equal(o, ELL);
			} else if (cols >= 2 && keep == RENDER_KEEP_END) {
				const char *kept = o + strlen(ELL " ");
				size_t kn = strlen(kept), at = n - kn;

				assert_memory_equal(o, ELL " ", strlen(ELL " "));
				/* a tail of s, starting a word */
				assert_string_equal(s + at, kept);
				if (kn > 0 && (sp(s[at]) || (at > 0 &&
				    !sp(s[at - 1]))))
					fail_msg("\"%s\" starts inside a word", o);
				/* and the longest such tail that fits */
				for (size_t q = 0; q < at; q++)
					if (!sp(s[q]) && (q == 0 || sp(s[q - 1])) &&
					    wrap_width(s + q, n - q) + 2 <= cols)
						fail_msg("\"%s\" at %d: \"%s\" fits",
						    o, cols, s + q);
			} else if (cols >= 2) {
				size_t kn = on - strlen(" " ELL);

				assert_string_equal(o + kn, " " ELL);
				assert_memory_equal(o, s, kn);
				if (kn > 0 && (sp(s[kn - 1]) || !sp(s[kn])))
					fail_msg("\"%s\" ends inside a word", o);
				for (size_t q = n; q > kn; q--)
					if (!sp(s[q - 1]) && sp(s[q]) &&
					    wrap_width(s, q) + 2 <= cols)
						fail_msg("\"%s\" at %d: %zu bytes fit",
						    o, cols, q);
			} else {
				assert_string_equal(o, "");
			}
			free(o);
		}
	}
}

static void
test_rules(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		check_text(texts[i]);
}

/* The case: a passage's left context cut a syllable in two. */
static void
test_no_partial_syllable(void **state)
{
	static const char left[] = "bày tỏ quan ngại về tình hình nước ";
	int w;
	char *o;

	(void)state;
	for (int cols = 2; cols < wrap_width(left, strlen(left)); cols++) {
		o = cut(left, cols, RENDER_KEEP_END, &w);
		if (strncmp(o, ELL "h", strlen(ELL "h")) == 0 ||
		    strncmp(o, ELL "nh", strlen(ELL "nh")) == 0)
			fail_msg("\"%s\" at %d columns", o, cols);
		free(o);
	}
	o = cut(left, 8, RENDER_KEEP_END, &w);
	assert_string_equal(o, ELL " nước ");
	assert_int_equal(w, 7);
	free(o);
	o = cut(left, 13, RENDER_KEEP_END, &w);
	assert_string_equal(o, ELL " hình nước ");
	free(o);
	o = cut("Việt - Nhật nâng cấp quan hệ", 16, RENDER_KEEP_START, &w);
	assert_string_equal(o, "Việt - Nhật " ELL);
	free(o);
	/* one word wider than the room: dropped whole, not cut */
	o = cut("UNCLOS", 5, RENDER_KEEP_START, &w);
	assert_string_equal(o, " " ELL);
	free(o);
	o = cut("UNCLOS", 0, RENDER_KEEP_START, &w);
	assert_string_equal(o, "");
	assert_int_equal(w, 0);
	free(o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_no_partial_syllable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
