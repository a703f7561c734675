/*
 * How the timeline's milestones are written (render_timeline.c): spans
 * as parsed from the map, in full, shortened and cut to their start; the
 * title by the interface's language; and a topic's page listing its
 * milestones as links into the Timeline.
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
#include "lang.h"
#include "render.h"
#include "topics.h"
#include "util.h"

static const struct {
	const char *date, *end, *full, *shrt, *start;
} cases[] = {
	{ "2021-01", "2021-09", "2021-01 – 2021-09", "2021-01 – 09",
	  "2021-01…" },
	{ "2021-11-22", "2021-11-25", "2021-11-22 – 2021-11-25",
	  "2021-11-22 – 25", "2021-11-22…" },
	{ "2021-11-29", "2021-12-02", "2021-11-29 – 2021-12-02",
	  "2021-11-29 – 12-02", "2021-11-29…" },
	{ "2023", "2024", "2023 – 2024", "2023 – 2024", "2023…" },
	{ "2021-12", "2022-02", "2021-12 – 2022-02", "2021-12 – 2022-02",
	  "2021-12…" },
	{ "2021", "2021-06", "2021 – 2021-06", "2021 – 2021-06", "2021…" },
	{ "2014-03", NULL, "2014-03", "2014-03", "2014-03" },
};
#define NCASES (sizeof cases / sizeof cases[0])

static void
parse_cases(struct topicmap *m, struct diag *d)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "topics: []\ntimeline:\n");
	for (size_t i = 0; i < NCASES; i++) {
		util_buf_printf(&b, "- {date: '%s', ", cases[i].date);
		if (cases[i].end != NULL)
			util_buf_printf(&b, "end: '%s', ", cases[i].end);
		util_buf_printf(&b, "title: 't%zu', %ssources: [{article: a, "
		    "quote: q}]}\n", i, i == 0 ? "title_en: 'e0', " : "");
	}
	diag_init(d, NULL);
	assert_int_equal(topics_parse(m, b.data, b.len, "t.yaml", d), 0);
	util_buf_free(&b);
	assert_int_equal(d->n, 0);
	assert_int_equal(m->nms, NCASES);
}

static void
test_spans(void **state)
{
	char buf[RENDER_WHEN_BUFSIZE];
	struct topicmap m;
	struct diag d;

	(void)state;
	parse_cases(&m, &d);
	for (size_t k = 0; k < m.nms; k++) {
		const struct milestone *ms = &m.ms[k];
		size_t i = (size_t)atoi(ms->title + 1);

		if (cases[i].end == NULL) {
			assert_int_equal(ms->end.y, 0);
		} else {
			assert_string_equal(ms->end_str, cases[i].end);
			assert_true(date_cmp(&ms->end, &ms->date) >= 0);
		}
		render_milestone_when(ms, RENDER_WHEN_FULL, buf);
		assert_string_equal(buf, cases[i].full);
		render_milestone_when(ms, RENDER_WHEN_SHORT, buf);
		assert_string_equal(buf, cases[i].shrt);
		render_milestone_when(ms, RENDER_WHEN_START, buf);
		assert_string_equal(buf, cases[i].start);
	}
	topics_free(&m);
	diag_free(&d);
}

/* The title in the interface's language, the map's own when it has no
 * English one. */
static void
test_titles(void **state)
{
	struct topicmap m;
	struct diag d;

	(void)state;
	parse_cases(&m, &d);
	for (size_t k = 0; k < m.nms; k++) {
		const struct milestone *ms = &m.ms[k];
		int first = strcmp(ms->title, "t0") == 0;

		lang_set(LANG_EN);
		assert_string_equal(render_milestone_title(ms), first ? "e0" :
		    ms->title);
		lang_set(LANG_VI);
		assert_string_equal(render_milestone_title(ms), ms->title);
	}
	lang_set(LANG_EN);
	topics_free(&m);
	diag_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spans),
		cmocka_unit_test(test_titles),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
