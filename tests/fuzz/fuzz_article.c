/*
 * fuzz_article: an article file through the whole load (model/corpus.c:
 * encoding detection, front matter, text_clean with de-segmentation), then
 * every paragraph wrapped (text/wrap.c) at a width of 1 to 120 columns
 * taken from the first byte.  Asserts: the stored text is valid UTF-8
 * with no control but LF (a TAB is expanded), the one-line fields have no
 * LF either, paragraphs and their folds lie inside their texts and in
 * order; every wrapped line lies in its paragraph, after the one before,
 * has the width wrap_width gives its bytes, and is at most the width
 * unless it is one grapheme cluster (the one documented exception); and
 * the messages are one safe line each.
 */
#include "corpus.h"
#include "diag.h"
#include "fuzz.h"
#include "wrap.h"

static void
check_wrap(const char *s, size_t len, int cols)
{
	struct wrap_line *v = NULL;
	size_t n = 0, cap = 0, got, prev = 0;

	got = wrap_paragraph(s, len, cols, &v, &n, &cap);
	FUZZ_CHECK(got == n && n >= 1, "wrap_paragraph line count");
	for (size_t i = 0; i < n; i++) {
		const struct wrap_line *l = &v[i];
		int w;

		FUZZ_CHECK(l->start <= l->end && l->end <= len,
		    "a line outside its paragraph");
		FUZZ_CHECK(l->start >= prev, "lines out of order");
		prev = l->end;
		w = wrap_width(s + l->start, l->end - l->start);
		FUZZ_CHECK(w == l->width, "a line's width is not its bytes'");
		if (w > cols)
			FUZZ_CHECK(wrap_next_grapheme(s, len, l->start) ==
			    l->end, "a line wider than the width");
	}
	free(v);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	struct diag d;
	int cols;

	if (size < 1)
		return 0;
	cols = 1 + data[0] % 120;
	diag_init(&d, NULL);
	if (corpus_parse_article(&a, "articles/fuzz.txt",
	    (const char *)data + 1, size - 1, &d) == 0) {
		fuzz_check_safe(a.text, a.len, FUZZ_LF, "stored text");
		FUZZ_CHECK(strlen(a.text) == a.len, "a NUL in the stored text");
		fuzz_check_str(a.title, 0, "title");
		fuzz_check_str(a.source, 0, "source");
		fuzz_check_str(a.author, 0, "author");
		fuzz_check_str(a.url, 0, "url");
		fuzz_check_str(a.date_str, 0, "date");
		fuzz_check_str(a.id, 0, "id");
		FUZZ_CHECK(fuzz_valid_utf8(a.folded, a.flen), "folded text");
		for (size_t p = 0; p < a.npara; p++) {
			size_t end = corpus_para_end(&a, p);

			FUZZ_CHECK(a.para[p] <= end && end <= a.len,
			    "a paragraph outside the text");
			FUZZ_CHECK(p == 0 || a.para[p] > a.para[p - 1],
			    "paragraphs out of order");
			FUZZ_CHECK(a.fpara[p] <= a.flen, "folded paragraph");
			FUZZ_CHECK(memchr(a.text + a.para[p], '\n',
			    end - a.para[p]) == NULL, "a LF inside a paragraph");
			check_wrap(a.text + a.para[p], end - a.para[p], cols);
		}
		corpus_free_article(&a);
	}
	fuzz_check_diag(&d);
	diag_free(&d);
	return 0;
}
