/*
 * Unit tests for the addresses of an article's document (render_docs.c):
 * the front matter's url and each address of the text are LINK_URL links
 * holding the address, in the order of the text with the mentions; an
 * address wins over a mention inside it; a wrapped address is one link.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "index.h"
#include "render.h"

static char empty[] = "";
static char title[] = "T";
static char url[] = "javascript:alert(1)";
static char text[] =
    "Visa: https://a.vn/visa-thi-thuc-dien-tu-rat-dai.html, visa.";

static void
links(void **state)
{
	/* "visa" thrice: in the address (not drawn), before and after it. */
	struct mention m[3] = {
		{ .topic = 7, .start = 0, .end = 4 },
		{ .topic = 7, .start = 19, .end = 23 },
		{ .topic = 7, .start = 55, .end = 59 },
	};
	size_t para[1] = { 0 };
	struct article a = { .id = empty, .title = title, .source = empty,
	    .author = empty, .url = url, .date_str = empty, .text = text,
	    .len = sizeof text - 1, .para = para, .npara = 1, .m = m,
	    .nm = 3 };
	struct render_doc doc;
	size_t line, nspan = 0;

	(void)state;
	render_init(&doc);
	render_article_of(&doc, NULL, &a, 30, NULL);
	assert_int_equal(doc.nlinks, 4);
	assert_int_equal(doc.links[0].to.view, LINK_URL);
	assert_string_equal(render_link_url(&doc, &doc.links[0].to), url);
	assert_int_equal(doc.links[1].to.view, LINK_TOPICS);
	assert_int_equal(doc.links[1].to.item, 7);
	assert_null(render_link_url(&doc, &doc.links[1].to));
	assert_int_equal(doc.links[2].to.view, LINK_URL);
	assert_string_equal(render_link_url(&doc, &doc.links[2].to),
	    "https://a.vn/visa-thi-thuc-dien-tu-rat-dai.html");
	assert_int_equal(doc.links[3].to.view, LINK_TOPICS);
	assert_memory_equal(text + 55, "visa", 4);
	/* At 30 columns the address wraps: each part a span of link 2. */
	line = doc.links[2].line;
	for (size_t l = line; l < doc.nlines && l < line + 3; l++)
		for (size_t k = 0; k < doc.lines[l].nspan; k++)
			nspan += doc.spans[doc.lines[l].span0 + k].link == 2;
	assert_true(nspan >= 2);
	/* Cleared, a document holds no address of the one before. */
	render_clear(&doc, 30);
	assert_int_equal(doc.urls.len, 0);
	render_free(&doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(links),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
