/*
 * Unit tests for config: the defaults, each key's values (good and bad),
 * that every problem is a FILE:LINE:COL warning costing that key only
 * (never an error), an unknown key, a file that does not parse or is not
 * a mapping, an empty file, a missing one (-1, ENOENT, nothing said),
 * where the default file is, and the saved queries (queries:): read in
 * order, each bad entry a warning that costs it only, and a query that
 * does not parse against the topic map a warning at the column of its
 * error in the file.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "config.h"
#include "diag.h"
#include "testlib.h"
#include "topics.h"

static char tmpdir[] = "/tmp/hoso-config-XXXXXX";
static char *path;

static int
setup(void **state)
{
	(void)state;
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	path = tl_fmt("%s/config.yaml", tmpdir);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(path);
	rmdir(tmpdir);
	free(path);
	return 0;
}

static void
write_config(const char *text)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

/* Loads text into c (from the defaults) and returns the warnings in d. */
static void
load(const char *text, struct config *c, struct diag *d)
{
	write_config(text);
	config_init(c);
	diag_init(d, NULL);
	assert_int_equal(config_load(c, path, d), 0);
	assert_int_equal(d->nerrors, 0);
	/* The settings are what these tests read; the file's name (kept
	 * for the key table's warnings) and the rest are let go here, as
	 * each test loads into one struct again and again. */
	free(c->path);
	c->path = NULL;
}

/* d has a warning at line:col whose message contains needle. */
static void
has_warning(const struct diag *d, int line, int col, const char *needle)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].level == DIAG_WARNING && d->v[i].line == line &&
		    d->v[i].col == col && strstr(d->v[i].msg, needle) != NULL) {
			assert_string_equal(d->v[i].file, path);
			return;
		}
	for (size_t i = 0; i < d->n; i++)
		print_message("  %s\n", d->v[i].text);
	fail_msg("no warning at %d:%d with \"%s\"", line, col, needle);
}

static void
test_defaults(void **state)
{
	struct config c;

	(void)state;
	config_init(&c);
	assert_int_equal(c.have_lang, 0);
	assert_int_equal(c.text_width, 0);
	assert_int_equal(c.text_center, 0);
	assert_int_equal(c.mouse, 1);
}

/* osc8: unset (the reader decides), false or true; a bad value costs it
 * only. */
static void
test_osc8(void **state)
{
	struct config c;
	struct diag d;

	(void)state;
	config_init(&c);
	assert_int_equal(c.osc8, -1);
	load("osc8: false\n", &c, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(c.osc8, 0);
	diag_free(&d);
	load("osc8: true\n", &c, &d);
	assert_int_equal(c.osc8, 1);
	diag_free(&d);
	load("osc8:\nmouse: false\n", &c, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(c.osc8, -1);
	diag_free(&d);
	load("mouse: false\nosc8: sometimes\n", &c, &d);
	has_warning(&d, 2, 7, "osc8: expected true or false");
	assert_int_equal(c.osc8, -1);
	assert_int_equal(c.mouse, 0);
	diag_free(&d);
}

static void
test_every_key(void **state)
{
	struct config c;
	struct diag d;

	(void)state;
	load("# mine\nlang: vi\ntext-width: 72\ntext-align: center\n"
	    "mouse: false\n", &c, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(c.have_lang, 1);
	assert_int_equal(c.lang, LANG_VI);
	assert_int_equal(c.text_width, 72);
	assert_int_equal(c.text_center, 1);
	assert_int_equal(c.mouse, 0);
	diag_free(&d);

	load("lang: EN\ntext-width: none\ntext-align: left\nmouse: true\n",
	    &c, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(c.lang, LANG_EN);
	assert_int_equal(c.have_lang, 1);
	assert_int_equal(c.text_width, -1);
	assert_int_equal(c.text_center, 0);
	assert_int_equal(c.mouse, 1);
	diag_free(&d);

	/* 0 is "no limit" too; the ends of the range are in it. */
	load("text-width: 0\n", &c, &d);
	assert_int_equal(c.text_width, -1);
	diag_free(&d);
	load("text-width: 20\n", &c, &d);
	assert_int_equal(c.text_width, 20);
	diag_free(&d);
	load("text-width: 500\n", &c, &d);
	assert_int_equal(c.text_width, 500);
	assert_int_equal(d.n, 0);
	diag_free(&d);
}

static void
test_bad_values(void **state)
{
	struct config c;
	struct diag d;

	(void)state;
	load("lang: fr\ntext-width: 19\ntext-align: right\nmouse: maybe\n"
	    "text-width: 501\n", &c, &d);
	/* The duplicate key is the parser's, a warning here too. */
	assert_int_equal(d.nerrors, 0);
	assert_true(d.nwarnings >= 1);
	diag_free(&d);

	load("lang: fr\ntext-width: 19\ntext-align: right\nmouse: maybe\n",
	    &c, &d);
	assert_int_equal(d.nwarnings, 4);
	has_warning(&d, 1, 7, "lang: expected vi or en, found 'fr'");
	has_warning(&d, 2, 13, "text-width: expected a width from 20 to 500");
	has_warning(&d, 3, 13, "text-align: expected left or center, found "
	    "'right'");
	has_warning(&d, 4, 8, "mouse: expected true or false");
	/* Each bad value is ignored: the defaults stand. */
	assert_int_equal(c.have_lang, 0);
	assert_int_equal(c.text_width, 0);
	assert_int_equal(c.text_center, 0);
	assert_int_equal(c.mouse, 1);
	diag_free(&d);

	load("text-width: -80\n", &c, &d);
	has_warning(&d, 1, 13, "'-80'");
	diag_free(&d);
	load("text-width: 8e1\n", &c, &d);
	has_warning(&d, 1, 13, "'8e1'");
	diag_free(&d);
	load("text-width: 99999999999999999999\n", &c, &d);
	assert_int_equal(d.nwarnings, 1);
	assert_int_equal(c.text_width, 0);
	diag_free(&d);
	load("lang: [vi]\n", &c, &d);
	has_warning(&d, 1, 7, "lang: expected");
	assert_int_equal(c.have_lang, 0);
	diag_free(&d);
	/* A bad key costs only itself. */
	load("lang: xx\nmouse: false\n", &c, &d);
	assert_int_equal(d.nwarnings, 1);
	assert_int_equal(c.mouse, 0);
	diag_free(&d);
	/* An empty value is no value. */
	load("lang:\ntext-width: ~\nmouse:\n", &c, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(c.have_lang, 0);
	assert_int_equal(c.mouse, 1);
	diag_free(&d);
}

static void
test_unknown_key(void **state)
{
	struct config c;
	struct diag d;

	(void)state;
	load("lang: vi\n  \ncolour: red\nmouse: false\n", &c, &d);
	assert_int_equal(d.nwarnings, 1);
	has_warning(&d, 3, 1, "unknown key 'colour'");
	/* The keys around it are read. */
	assert_int_equal(c.lang, LANG_VI);
	assert_int_equal(c.mouse, 0);
	diag_free(&d);
}

static void
test_broken_files(void **state)
{
	struct config c;
	struct diag d;

	(void)state;
	/* Does not parse: warnings only, and nothing is read. */
	load("lang: vi\nmouse: [false\n", &c, &d);
	assert_true(d.nwarnings >= 1);
	assert_int_equal(d.nerrors, 0);
	assert_true(d.v[0].line > 0);
	assert_int_equal(c.have_lang, 0);
	diag_free(&d);

	load("- lang: vi\n", &c, &d);
	assert_int_equal(d.nwarnings, 1);
	has_warning(&d, 1, 1, "expected a mapping");
	assert_int_equal(c.have_lang, 0);
	diag_free(&d);

	/* Empty, or only comments: nothing to say. */
	load("", &c, &d);
	assert_int_equal(d.n, 0);
	diag_free(&d);
	load("# nothing yet\n", &c, &d);
	assert_int_equal(d.n, 0);
	diag_free(&d);
}

static void
test_missing(void **state)
{
	struct config c;
	struct diag d;
	char *none = tl_fmt("%s/none.yaml", tmpdir);

	(void)state;
	config_init(&c);
	diag_init(&d, NULL);
	errno = 0;
	assert_int_equal(config_load(&c, none, &d), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(d.n, 0);
	assert_int_equal(c.mouse, 1);
	diag_free(&d);
	free(none);
}

static void
test_default_path(void **state)
{
	char *p;
	const char *home = getenv("HOME");
	char *saved = home != NULL ? tl_fmt("%s", home) : NULL;

	(void)state;
	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	p = config_default_path();
	assert_string_equal(p, "/x/conf/hoso/config.yaml");
	free(p);
	unsetenv("XDG_CONFIG_HOME");
	setenv("HOME", "/home/u", 1);
	p = config_default_path();
	assert_string_equal(p, "/home/u/.config/hoso/config.yaml");
	free(p);
	unsetenv("HOME");
	assert_null(config_default_path());
	if (saved != NULL)
		setenv("HOME", saved, 1);
	free(saved);
}


static void
test_queries(void **state)
{
	struct config c;
	struct diag d;

	(void)state;
	load("queries:\n"
	    "  - name: Visas since 2022\n"
	    "    query: topic:visas from:2022\n"
	    "  - {name: \"VnExpress, no COVID\", query: 'source:vnexpress "
	    "-covid'}\n"
	    "mouse: false\n", &c, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(c.nqueries, 2);
	assert_string_equal(c.queries[0].name.s, "Visas since 2022");
	assert_string_equal(c.queries[0].query.s, "topic:visas from:2022");
	assert_int_equal(c.queries[0].query.line, 3);
	assert_int_equal(c.queries[0].query.col, 12);
	assert_int_equal(c.queries[0].quoted, 0);
	assert_string_equal(c.queries[1].name.s, "VnExpress, no COVID");
	assert_string_equal(c.queries[1].query.s, "source:vnexpress -covid");
	assert_int_equal(c.queries[1].quoted, 1);
	assert_int_equal(c.mouse, 0);
	config_free(&c);
	diag_free(&d);

	/* Empty: none, and nothing said. */
	load("queries:\n", &c, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(c.nqueries, 0);
	config_free(&c);
	diag_free(&d);
}

/* Each entry of the wrong shape costs that entry only. */
static void
test_queries_bad_shapes(void **state)
{
	struct config c;
	struct diag d;

	(void)state;
	load("queries: topic:visas\n", &c, &d);
	has_warning(&d, 1, 10, "queries: expected a list of mappings");
	assert_int_equal(c.nqueries, 0);
	config_free(&c);
	diag_free(&d);

	load("queries:\n"
	    "  - just a string\n"			/* 2 */
	    "  - name: No query\n"			/* 3 */
	    "  - query: visa\n"			/* 4 */
	    "  - name: [a, b]\n"			/* 5 */
	    "    query: visa\n"
	    "  - name: Nested\n"			/* 7 */
	    "    query: {a: b}\n"
	    "  - name: Empty\n"			/* 9 */
	    "    query: \"\"\n"
	    "  - name: Good\n"			/* 11 */
	    "    query: visa\n"
	    "    colour: red\n"			/* 13 */
	    "  - name: Good\n"			/* 14 */
	    "    query: other\n"
	    "  - name: Also good\n"			/* 16 */
	    "    query: from:2023\n", &c, &d);
	has_warning(&d, 2, 5, "queries: expected a mapping with a name and "
	    "a query");
	has_warning(&d, 3, 5, "a saved query needs a query");
	has_warning(&d, 4, 5, "a saved query needs a name");
	has_warning(&d, 5, 11, "name: expected a string");
	has_warning(&d, 8, 12, "query: expected a string");
	has_warning(&d, 10, 12, "query: must not be empty");
	has_warning(&d, 13, 5, "unknown key 'colour'");
	has_warning(&d, 14, 5, "'Good' is the name of the saved query of "
	    "line 11");
	assert_int_equal(d.nerrors, 0);
	assert_int_equal(c.nqueries, 2);
	assert_string_equal(c.queries[0].name.s, "Good");
	assert_string_equal(c.queries[0].query.s, "visa");
	assert_string_equal(c.queries[1].name.s, "Also good");
	config_free(&c);
	diag_free(&d);
}

/* Against the topic map: a query that does not parse is left out, the
 * warning at the character of the file its error is about. */
static void
test_queries_bind(void **state)
{
	static const char map_yaml[] =
	    "topics:\n"
	    "  - id: visas\n"
	    "    title: Thị thực và đi lại\n"
	    "    title_en: Visas and travel\n"
	    "    keywords: [thị thực]\n";
	struct topicmap m;
	struct config c;
	struct diag d, md;

	(void)state;
	diag_init(&md, NULL);
	assert_int_equal(topics_parse(&m, map_yaml, strlen(map_yaml),
	    "t.yaml", &md), 0);
	load("queries:\n"
	    "  - name: Visas\n"
	    "    query: topic:visas from:2022\n"		/* 3 */
	    "  - name: Nothing\n"
	    "    query: visa topic:nothing\n"		/* 5 */
	    "  - name: Quoted\n"
	    "    query: \"thị thực topic:zzz\"\n"		/* 7 */
	    "  - name: Open phrase\n"
	    "    query: '\"thi thuc'\n"			/* 9 */
	    "  - name: Bad date\n"
	    "    query: from:2023-13\n", &c, &d);		/* 11 */
	assert_int_equal(d.n, 0);
	assert_int_equal(c.nqueries, 5);
	c.path = tl_fmt("%s", path);
	assert_int_equal(config_queries_bind(&c, &m, &d), 1);
	assert_int_equal(c.nqueries, 1);
	assert_string_equal(c.queries[0].name.s, "Visas");
	/* "nothing" is the query's column 12, the file's 12 + 12 - 1. */
	has_warning(&d, 5, 23, "queries: 'Nothing': no topic is named "
	    "'nothing'");
	/* After the quote; columns count characters, not bytes. */
	has_warning(&d, 7, 28, "queries: 'Quoted': no topic is named 'zzz'");
	has_warning(&d, 9, 13, "a phrase needs its closing quote");
	has_warning(&d, 11, 17, "queries: 'Bad date': '2023-13' is not a date");
	assert_int_equal(d.nwarnings, 4);
	assert_int_equal(d.nerrors, 0);
	config_free(&c);
	diag_free(&d);
	topics_free(&m);
	diag_free(&md);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_every_key),
		cmocka_unit_test(test_osc8),
		cmocka_unit_test(test_bad_values),
		cmocka_unit_test(test_unknown_key),
		cmocka_unit_test(test_broken_files),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_default_path),
		cmocka_unit_test(test_queries),
		cmocka_unit_test(test_queries_bad_shapes),
		cmocka_unit_test(test_queries_bind),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
