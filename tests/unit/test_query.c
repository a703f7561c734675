/*
 * query: what a filter a person types keeps and drops, and the message
 * (with its column) for each kind of mistake.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "query.h"
#include "topics.h"

static const char MAP[] =
    "topics:\n"
    "  - id: visas\n"
    "    title: Thị thực và đi lại\n"
    "    title_en: Visas and travel\n"
    "    keywords: [thị thực]\n"
    "  - id: labour\n"
    "    title: Lao động và thực tập sinh\n"
    "    title_en: Labour and trainees\n"
    "    keywords: [thực tập sinh]\n";

static struct topicmap map;

/* An item for the matcher: its text, date, span end, source, topics
 * (bit i: topic i) and whether it is a target. */
struct item {
	const char *text;
	struct date date, end;
	const char *source;
	unsigned topics;
	int target;
};

static int
has_topic(void *ctx, size_t t)
{
	return (((struct item *)ctx)->topics >> t) & 1;
}

static int
has_words(void *ctx, const struct search *s)
{
	const char *t = ((struct item *)ctx)->text;
	struct search_range *r = NULL;
	size_t n = 0, cap = 0;

	search_text(s, t, strlen(t), &r, &n, &cap);
	free(r);
	return n > 0;
}

static int
matches(const char *q, enum query_list kind, struct item *it)
{
	struct query qu;
	char err[QUERY_ERRSIZE];
	int col, r;
	struct query_item qi = { &it->date, &it->end, &it->source,
	    it->source != NULL, it->target, has_topic, has_words, it };

	if (query_parse(&qu, q, kind, &map, err, &col) != 0)
		fail_msg("'%s' does not parse: %d: %s", q, col, err);
	r = query_match(&qu, &qi);
	query_free(&qu);
	return r;
}

static void
assert_error(const char *q, enum query_list kind, int wcol, const char *want)
{
	struct query qu;
	char err[QUERY_ERRSIZE];
	int col;

	if (query_parse(&qu, q, kind, &map, err, &col) != -1)
		fail_msg("'%s' parses", q);
	assert_string_equal(err, want);
	assert_int_equal(col, wcol);
	assert_int_equal(qu.n, 0);
}

static struct item visa_2023 = {
	"Miễn thị thực cho công dân Việt Nam", { 2023, 11, 27 }, { 0, 0, 0 },
	"VnExpress", 1, 0
};
static struct item trainees_2021 = {
	"Thực tập sinh kỹ năng sang Nhật", { 2021, 0, 0 }, { 0, 0, 0 },
	"Báo Quân đội nhân dân", 2, 0
};
static struct item span_2021 = {
	"Kim ngạch chín tháng", { 2021, 1, 0 }, { 2021, 9, 0 }, NULL, 0, 0
};
static struct item target_2045 = {
	"Việt Nam trở thành nước phát triển", { 2045, 0, 0 }, { 0, 0, 0 },
	NULL, 0, 1
};

static void
words_and_phrases(void **state)
{
	(void)state;
	assert_true(matches("", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("   ", QUERY_ARTICLES, &visa_2023));
	/* Typed without marks, either case. */
	assert_true(matches("thi thuc", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("mien", QUERY_ARTICLES, &visa_2023));
	/* Capitals typed ask for capitals, as in every search. */
	assert_true(matches("Mien", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("MIEN", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("thi thuc", QUERY_ARTICLES, &trainees_2021));
	/* Words are ANDed, a phrase is one term. */
	assert_false(matches("thị Nhật", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("\"cho công dân\"", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("\"công cho\"", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("-nhat", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("-nhat", QUERY_ARTICLES, &trainees_2021));
	assert_true(matches("mien OR nhat", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("mien OR nhat", QUERY_ARTICLES, &trainees_2021));
	assert_false(matches("mien OR nhat", QUERY_ARTICLES, &span_2021));
	/* OR binds tighter than the implicit AND. */
	assert_true(matches("mien OR nhat topic:labour", QUERY_ARTICLES,
	    &trainees_2021));
	assert_false(matches("mien OR nhat topic:labour", QUERY_ARTICLES,
	    &visa_2023));
	/* "or" in lower case is a word. */
	assert_false(matches("mien or nhat", QUERY_ARTICLES, &visa_2023));
}

static void
fields(void **state)
{
	(void)state;
	assert_true(matches("topic:visas", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("topic:visas", QUERY_ARTICLES, &trainees_2021));
	/* By a word of the title, folded, in either language. */
	assert_true(matches("topic:lao", QUERY_ARTICLES, &trainees_2021));
	assert_true(matches("topic:trainee", QUERY_ARTICLES, &trainees_2021));
	assert_true(matches("topic:thi", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("-topic:visas", QUERY_ARTICLES, &trainees_2021));
	assert_true(matches("source:vnexpress", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("source:vnex", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("source:quan", QUERY_ARTICLES, &trainees_2021));
	assert_false(matches("source:xpress", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("source:vnexpress", QUERY_TIMELINE, &span_2021));
	assert_true(matches("target:yes", QUERY_TIMELINE, &target_2045));
	assert_false(matches("target:yes", QUERY_TIMELINE, &span_2021));
	assert_true(matches("target:no", QUERY_TIMELINE, &span_2021));
}

static void
dates(void **state)
{
	(void)state;
	assert_true(matches("from:2022", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("from:2022", QUERY_ARTICLES, &trainees_2021));
	assert_true(matches("to:2023-11", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("to:2023-10", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("date:2023-11-27", QUERY_ARTICLES, &visa_2023));
	assert_false(matches("date:2023-11-28", QUERY_ARTICLES, &visa_2023));
	assert_true(matches("date:2023", QUERY_ARTICLES, &visa_2023));
	/* Known only to the year: it may be any day of it. */
	assert_true(matches("date:2021-06-01", QUERY_ARTICLES,
	    &trainees_2021));
	/* A span matches a date inside it, and from/to by its ends. */
	assert_true(matches("date:2021-05", QUERY_TIMELINE, &span_2021));
	assert_false(matches("date:2021-10", QUERY_TIMELINE, &span_2021));
	assert_true(matches("from:2021-09", QUERY_TIMELINE, &span_2021));
	assert_false(matches("from:2021-10", QUERY_TIMELINE, &span_2021));
	assert_true(matches("to:2021-01", QUERY_TIMELINE, &span_2021));
	assert_true(matches("from:2021 to:2021", QUERY_TIMELINE, &span_2021));
	assert_false(matches("from:2022 to:2030", QUERY_TIMELINE,
	    &target_2045));
}

static void
errors(void **state)
{
	(void)state;
	assert_error("visa topic:nothing", QUERY_ARTICLES, 12,
	    "no topic is named 'nothing' (hoso --topics lists them)");
	assert_error("visa colour:red", QUERY_ARTICLES, 6,
	    "unknown field 'colour' (topic, source, from, to, date, target)");
	assert_error("thị thực from:2023-13", QUERY_ARTICLES, 15,
	    "'2023-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
	assert_error("visa \"thị thực", QUERY_ARTICLES, 6,
	    "a phrase needs its closing quote");
	assert_error("OR visa", QUERY_ARTICLES, 1, "OR needs a term before it");
	assert_error("visa OR", QUERY_ARTICLES, 8, "OR needs a term after it");
	assert_error("visa OR OR x", QUERY_ARTICLES, 9,
	    "OR needs a term before it");
	assert_error("target:yes", QUERY_ARTICLES, 1,
	    "target: is not a field of this list");
	assert_error("target:maybe", QUERY_TIMELINE, 8, "target: is yes or no");
	assert_error("topic:", QUERY_ARTICLES, 7, "topic: needs a value");
	assert_error("topic:visas", QUERY_TOPICS, 1,
	    "topic: is not a field of this list");
	assert_error("\"x\"y", QUERY_ARTICLES, 4, "a space must follow a phrase");
}

static int
setup(void **state)
{
	struct diag d;

	(void)state;
	diag_init(&d, NULL);
	assert_int_equal(topics_parse(&map, MAP, strlen(MAP), "t.yaml", &d),
	    0);
	assert_int_equal(d.n, 0);
	diag_free(&d);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	topics_free(&map);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words_and_phrases),
		cmocka_unit_test(fields),
		cmocka_unit_test(dates),
		cmocka_unit_test(errors),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
