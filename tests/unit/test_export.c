/*
 * test_export: cli_export_passages, the brief of any list of passages
 * (what --bookmarks --export will write): each passage quoted, its note
 * below it, its article's citation after, in Markdown with the content
 * escaped, or as JSON; byte ranges past the text are cut to it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dossier.h"
#include "lang.h"

static char *
brief(const struct dossier *ds, const struct cli_passage *p, size_t n,
    enum cli_export e)
{
	FILE *fp = tmpfile();
	char *s;
	long len;

	assert_non_null(fp);
	cli_export_passages(ds, "bookmarks", "Đánh dấu *của tôi*", p, n, e, fp);
	len = ftell(fp);
	assert_true(len >= 0);
	s = calloc(1, (size_t)len + 1);
	assert_non_null(s);
	rewind(fp);
	assert_int_equal(fread(s, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	return s;
}

static void
open_fixture(struct dossier *ds, struct cli_passage p[2])
{
	const struct article *a;

	assert_int_equal(dossier_load(ds, "tests/fixtures/export", NULL, NULL),
	    0);
	p[0].row = dossier_find(ds, "marks");
	p[1].row = dossier_find(ds, "plain");
	assert_true(p[0].row != (size_t)-1 && p[1].row != (size_t)-1);
	a = dossier_article(ds, p[0].row);
	/* The first paragraph, which starts with "#". */
	p[0].start = a->para[0];
	p[0].end = corpus_para_end(a, 0);
	p[0].note = "_xem lại_ <sau>";
	/* All of it and more: cut to the text. */
	p[1].start = 0;
	p[1].end = (size_t)1 << 30;
	p[1].note = NULL;
}

static void
test_markdown(void **state)
{
	struct dossier ds;
	struct cli_passage p[2];
	char *s;

	(void)state;
	lang_set(LANG_EN);
	open_fixture(&ds, p);
	s = brief(&ds, p, 2, CLI_EXPORT_MARKDOWN);
	assert_string_equal(s,
	    "# Đánh dấu \\*của tôi\\*\n"
	    "\n"
	    "> \\# Thị thực điện tử sẽ được cấp từ tháng 5, theo "
	    "\\<b\\>thông cáo\\</b\\> \\*mới\\*.\n"
	    "\n"
	    "\\_xem lại\\_ \\<sau\\>\n"
	    "\n"
	    "— \\# \\*Thị thực\\* \\_mới\\_ \\`x\\` \\[một\\](y) "
	    "\\<b\\>đậm\\</b\\> &amp; &#126;gạch&#126; \\| 1. cuối?, "
	    "Báo \\<Thử\\> \\*nghiệm\\*, 2024-03-05, "
	    "<https://example.org/bai?a=1&b=2>\n"
	    "\n"
	    "> Bộ Ngoại giao nói thị thực nhiều lần sẽ được mở rộng.\n"
	    "\n"
	    "— Một bài thường về thị thực, Báo Thường, 2024-01-02, "
	    "not a url\n");
	free(s);
	s = brief(&ds, p, 0, CLI_EXPORT_MARKDOWN);
	assert_string_equal(s, "# Đánh dấu \\*của tôi\\*\n\n(none)\n");
	free(s);
	dossier_free(&ds);
}

static void
test_json(void **state)
{
	struct dossier ds;
	struct cli_passage p[2];
	char *s;

	(void)state;
	open_fixture(&ds, p);
	s = brief(&ds, p + 1, 1, CLI_EXPORT_JSON);
	assert_string_equal(s,
	    "{\"brief\":\"bookmarks\",\"title\":\"Đánh dấu *của tôi*\","
	    "\"passages\":[{\"article\":\"plain\",\"paragraph\":1,"
	    "\"text\":\"Bộ Ngoại giao nói thị thực nhiều lần sẽ được mở "
	    "rộng.\",\"marks\":[],\"found\":true,\"note\":null,"
	    "\"cite\":{\"id\":\"plain\",\"title\":\"Một bài thường về thị "
	    "thực\",\"source\":\"Báo Thường\",\"date\":\"2024-01-02\","
	    "\"url\":\"not a url\"}}]}\n");
	free(s);
	s = brief(&ds, p, 2, CLI_EXPORT_JSON);
	assert_non_null(strstr(s, "\"note\":\"_xem lại_ <sau>\""));
	assert_non_null(strstr(s, "}},{\"article\":\"plain\""));
	free(s);
	dossier_free(&ds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
