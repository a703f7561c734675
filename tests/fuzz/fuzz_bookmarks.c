/*
 * fuzz_bookmarks: the bookmark file parser (model/bookmarks.c).  Asserts:
 * what it keeps is written back in a form that parses with no bad line
 * into the same bookmarks, and writing those again gives the same bytes
 * (parse, write, parse again is the identity on what was kept).
 */
#include "bookmarks.h"
#include "diag.h"
#include "fuzz.h"

static void
same(const struct bookmark *a, const struct bookmark *b)
{
	FUZZ_CHECK(a->created == b->created, "created");
	FUZZ_CHECK(strcmp(a->id, b->id) == 0, "id");
	FUZZ_CHECK(a->start == b->start && a->end == b->end, "offsets");
	FUZZ_CHECK(strcmp(a->note, b->note) == 0, "note");
	FUZZ_CHECK(strcmp(a->quote, b->quote) == 0, "quote");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bookmarks b1, b2;
	struct util_buf o1, o2;
	struct diag d;

	diag_init(&d, NULL);
	bookmarks_init(&b1);
	bookmarks_init(&b2);
	util_buf_init(&o1);
	util_buf_init(&o2);
	bookmarks_parse(&b1, "fuzz", (const char *)data, size, &d);
	fuzz_check_diag(&d);
	bookmarks_format(&b1, &o1);
	FUZZ_CHECK(bookmarks_parse(&b2, "again", o1.data, o1.len, &d) == 0,
	    "what was written does not parse");
	FUZZ_CHECK(b1.n == b2.n, "bookmark count changed");
	for (size_t i = 0; i < b1.n; i++)
		same(&b1.v[i], &b2.v[i]);
	bookmarks_format(&b2, &o2);
	FUZZ_CHECK(o1.len == o2.len && memcmp(o1.data, o2.data, o1.len) == 0,
	    "written twice, different bytes");
	util_buf_free(&o1);
	util_buf_free(&o2);
	bookmarks_free(&b1);
	bookmarks_free(&b2);
	diag_free(&d);
	return 0;
}
