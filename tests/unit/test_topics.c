/*
 * topics: the topic map as the dossier receives it, and the exact
 * diagnostics an author sees for each kind of mistake.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "diag.h"
#include "topics.h"
#include "util.h"
#include "ytree.h"

#define FIX "tests/fixtures/yaml/"

struct loaded {
	int rc;
	struct topicmap m;
	struct diag d;
};

static void
load(struct loaded *l, const char *path)
{
	diag_init(&l->d, NULL);
	l->rc = topics_load(&l->m, path, &l->d);
}

static void
parse(struct loaded *l, const char *s)
{
	diag_init(&l->d, NULL);
	l->rc = topics_parse(&l->m, s, strlen(s), "t.yaml", &l->d);
}

static void
done(struct loaded *l)
{
	topics_free(&l->m);
	diag_free(&l->d);
}

/* The diagnostics, exactly and in order. */
static void
assert_diags(const struct loaded *l, const char *const *want, size_t n)
{
	for (size_t i = 0; i < n && i < l->d.n; i++)
		assert_string_equal(l->d.v[i].text, want[i]);
	if (l->d.n != n) {
		for (size_t i = 0; i < l->d.n; i++)
			print_message("got: %s\n", l->d.v[i].text);
		fail_msg("%zu diagnostics, wanted %zu", l->d.n, n);
	}
}

#define ASSERT_DIAGS(l, ...) do { \
	static const char *const want_[] = { __VA_ARGS__ }; \
	assert_diags((l), want_, sizeof want_ / sizeof want_[0]); \
} while (0)

static void
test_valid_map(void **state)
{
	struct loaded l;
	const struct topic *t;
	const struct milestone *ms;

	(void)state;
	load(&l, FIX "valid.yaml");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.d.n, 0);
	assert_string_equal(l.m.file, FIX "valid.yaml");
	assert_int_equal(l.m.ntopics, 3);

	t = &l.m.topics[0];
	assert_string_equal(t->id, "visas");
	assert_string_equal(t->title, "Thị thực và đi lại");
	assert_string_equal(t->title_en, "Visas and travel");
	assert_string_equal(t->summary,
	    "Visa exemptions and travel between the two countries.");
	assert_int_equal(t->nkeywords, 4);
	assert_string_equal(t->keywords[0], "visa");
	assert_string_equal(t->keywords[2], "miễn thị thực");
	assert_string_equal(t->keywords[3], "nhập cảnh");
	assert_int_equal(t->nrelated, 2);
	assert_string_equal(t->related[0], "labour");
	assert_string_equal(t->related[1], "people");
	assert_int_equal(t->related_ix[0], TOPICS_NONE);
	assert_int_equal(t->related_ix[1], TOPICS_NONE);
	assert_int_equal(t->related_line[1], 10);
	assert_int_equal(t->related_col[1], 23);
	assert_int_equal(t->line, 3);
	assert_int_equal(t->col, 5);

	/* Absent optional strings are empty, never NULL. */
	t = &l.m.topics[1];
	assert_string_equal(t->id, "labour");
	assert_string_equal(t->title_en, "");
	assert_string_equal(t->summary, "");
	assert_int_equal(t->nkeywords, 2);
	assert_string_equal(t->keywords[0], "thực tập sinh");

	/* A number where a title goes is the title. */
	t = &l.m.topics[2];
	assert_string_equal(t->title, "2009");
	assert_int_equal(t->nrelated, 0);
	assert_string_equal(t->keywords[0], "giao lưu nhân dân");

	assert_int_equal(topics_find(&l.m, "visas"), 0);
	assert_int_equal(topics_find(&l.m, "people"), 2);
	assert_int_equal(topics_find(&l.m, "peopl"), TOPICS_NONE);
	assert_int_equal(topics_find(&l.m, ""), TOPICS_NONE);

	/* By date, less precise first, file order for ties. */
	assert_int_equal(l.m.nms, 4);
	ms = &l.m.ms[0];
	assert_string_equal(ms->date_str, "1973-09-21");
	assert_int_equal(ms->date.y, 1973);
	assert_int_equal(ms->date.m, 9);
	assert_int_equal(ms->date.d, 21);
	assert_null(ms->end_str);
	assert_int_equal(ms->end.y, 0);
	assert_string_equal(ms->title, "Thiết lập quan hệ ngoại giao");
	assert_string_equal(ms->title_en, "Diplomatic relations established");
	assert_string_equal(ms->note, "The sources agree.");
	assert_null(ms->note_en);
	assert_false(ms->target);
	assert_int_equal(ms->ntopics, 2);
	assert_string_equal(ms->topics[1], "people");
	assert_int_equal(ms->topic_ix[0], TOPICS_NONE);
	assert_int_equal(ms->topic_ix[1], TOPICS_NONE);
	assert_int_equal(ms->topic_line[1], 30);
	assert_int_equal(ms->topic_col[1], 22);
	assert_int_equal(ms->nsources, 1);
	assert_string_equal(ms->sources[0].article, "other-article");
	assert_string_equal(ms->sources[0].quote,
	    "thiết lập quan hệ ngoại giao vào ngày 21/9/1973");
	assert_int_equal(ms->sources[0].article_ix, TOPICS_NONE);
	assert_false(ms->sources[0].found);
	assert_int_equal(ms->sources[0].line, 33);
	assert_int_equal(ms->sources[0].col, 9);
	assert_int_equal(ms->line, 27);

	ms = &l.m.ms[1];
	assert_string_equal(ms->date_str, "2014");
	assert_string_equal(ms->end_str, "2016-12");
	assert_int_equal(ms->end.y, 2016);
	assert_int_equal(ms->end.m, 12);
	assert_true(ms->target);
	assert_null(ms->note);
	assert_int_equal(ms->ntopics, 0);
	assert_int_equal(ms->nsources, 2);
	assert_string_equal(ms->sources[1].article, "a2");
	assert_string_equal(ms->sources[1].quote, "hai");

	assert_string_equal(l.m.ms[2].title, "Đối tác chiến lược sâu rộng");
	assert_string_equal(l.m.ms[3].title, "Cùng tháng, sau trong tệp");
	assert_false(l.m.ms[3].target);
	done(&l);

	/* topics_free leaves an empty map that can be freed again. */
	assert_int_equal(l.m.ntopics, 0);
	assert_null(l.m.topics);
	topics_free(&l.m);
}

static void
test_hostile_yaml_refused(void **state)
{
	struct loaded l;

	(void)state;
	load(&l, FIX "syntax.yaml");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, FIX "syntax.yaml:4:3: error: YAML syntax: did not "
	    "find expected '-' indicator (while parsing a block collection "
	    "at line 2, column 3)");
	/* Still a usable, empty map. */
	assert_int_equal(l.m.ntopics, 0);
	assert_int_equal(l.m.nms, 0);
	assert_string_equal(l.m.file, FIX "syntax.yaml");
	assert_int_equal(topics_find(&l.m, "visas"), TOPICS_NONE);
	done(&l);

	load(&l, FIX "anchors.yaml");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l,
	    FIX "anchors.yaml:2:5: error: anchors are not allowed (&t)",
	    FIX "anchors.yaml:4:15: error: anchors are not allowed (&kw)",
	    FIX "anchors.yaml:7:15: error: aliases are not allowed (*kw)");
	assert_int_equal(l.m.ntopics, 0);
	done(&l);

	load(&l, FIX "dupkeys.yaml");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l,
	    FIX "dupkeys.yaml:5:5: error: duplicate key 'title' (first at "
	    "line 3)",
	    FIX "dupkeys.yaml:7:1: error: duplicate key 'topics' (first at "
	    "line 1)");
	done(&l);

	load(&l, FIX "multidoc.yaml");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, FIX "multidoc.yaml:2:1: error: only one YAML "
	    "document is allowed");
	done(&l);

	load(&l, FIX "tag.yaml");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, FIX "tag.yaml:3:12: error: tags are not allowed "
	    "(!!python/object:os.system)");
	assert_int_equal(l.m.ntopics, 0);
	done(&l);
}

static void
test_empty_files(void **state)
{
	struct loaded l;

	(void)state;
	load(&l, FIX "empty.yaml");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, FIX "empty.yaml:1:1: error: empty topic map: expected "
	    "a mapping with 'topics'");
	done(&l);

	load(&l, FIX "comments.yaml");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, FIX "comments.yaml:1:1: error: empty topic map: "
	    "expected a mapping with 'topics'");
	done(&l);
}

static void
test_top_level(void **state)
{
	struct loaded l;

	(void)state;
	parse(&l, "- topics\n");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, "t.yaml:1:1: error: expected a mapping with 'topics' "
	    "at the top level, found a sequence");
	done(&l);

	parse(&l, "just words\n");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, "t.yaml:1:1: error: expected a mapping with 'topics' "
	    "at the top level, found a scalar");
	done(&l);

	/* Missing topics is an error; a missing timeline is fine. */
	parse(&l, "# map\ntimeline: []\n");
	assert_int_equal(l.rc, 0);
	ASSERT_DIAGS(&l, "t.yaml:2:1: error: missing 'topics'");
	done(&l);

	parse(&l, "topics: []\n");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.d.n, 0);
	assert_int_equal(l.m.ntopics, 0);
	assert_int_equal(l.m.nms, 0);
	done(&l);

	parse(&l, "topics:\ntimeline: ~\n");
	assert_int_equal(l.rc, 0);
	ASSERT_DIAGS(&l, "t.yaml:1:8: error: topics: expected a sequence, "
	    "found a scalar");
	done(&l);

	parse(&l, "topics: {id: x}\ntimeline: {date: 2009}\n");
	ASSERT_DIAGS(&l,
	    "t.yaml:1:9: error: topics: expected a sequence, found a mapping",
	    "t.yaml:2:11: error: timeline: expected a sequence, found a "
	    "mapping");
	done(&l);
}

/* Fixtures whose every problem is one message: the exact messages, and
 * how many entries survive. */
static const struct {
	const char *file;
	const char *want[12];
	size_t ntopics, nms;
} fixture_cases[] = {
	{ FIX "types.yaml", {
	    FIX "types.yaml:3:12: error: title: expected a string, found a "
	    "sequence",
	    FIX "types.yaml:4:15: error: keywords: expected a sequence, found "
	    "a scalar",
	    FIX "types.yaml:7:26: error: keywords: expected a string, found "
	    "a sequence",
	    FIX "types.yaml:8:14: error: related: expected a sequence, found "
	    "a mapping",
	    FIX "types.yaml:9:5: error: topic: expected a mapping, found a "
	    "scalar",
	    FIX "types.yaml:10:9: error: id: invalid id 'Bad_Id' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})",
	    FIX "types.yaml:19:13: error: target: expected true or false, "
	    "found 'yes'",
	    FIX "types.yaml:21:5: error: milestone: missing 'sources'",
	    FIX "types.yaml:25:14: error: sources: expected a sequence, found "
	    "a scalar",
	    FIX "types.yaml:28:15: error: source: missing 'quote'",
	    FIX "types.yaml:29:5: error: milestone: missing 'date'"
	  }, 1, 0 },
	{ FIX "dupids.yaml", {
	    FIX "dupids.yaml:8:9: error: duplicate topic id 'visas' (first at "
	    "line 2)" }, 2, 0 },
};

static void
test_fixture_diags(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof fixture_cases / sizeof fixture_cases[0];
	    i++) {
		struct loaded l;
		size_t n = 0;

		while (n < 12 && fixture_cases[i].want[n] != NULL)
			n++;
		load(&l, fixture_cases[i].file);
		assert_int_equal(l.rc, 0);
		assert_diags(&l, fixture_cases[i].want, n);
		assert_int_equal(l.m.ntopics, fixture_cases[i].ntopics);
		assert_int_equal(l.m.nms, fixture_cases[i].nms);
		done(&l);
	}
}

static void
test_wrong_types(void **state)
{
	struct loaded l;

	(void)state;
	/* Each bad entry is skipped; the good one stays. */
	load(&l, FIX "types.yaml");
	assert_string_equal(l.m.topics[0].id, "ok");
	done(&l);
}

static void
test_required_values(void **state)
{
	struct loaded l;

	(void)state;
	parse(&l, "topics:\n"
	    "  - title: No id\n"
	    "    keywords: [a]\n"
	    "  - id: a\n"
	    "  - id: b\n"
	    "    title: ''\n"
	    "    keywords: []\n"
	    "  - id: c\n"
	    "    title: ~\n"
	    "    keywords: [x, \"  \", ~]\n"
	    "  - id: d\n"
	    "    title: \"  Two\\nlines\\t \"\n"
	    "    keywords:\n"
	    "      - one\n"
	    "    title_en: ~\n"
	    "    summary:\n"
	    "    related:\n");
	assert_int_equal(l.rc, 0);
	ASSERT_DIAGS(&l,
	    "t.yaml:2:5: error: topic: missing 'id'",
	    "t.yaml:4:5: error: topic: missing 'title'",
	    "t.yaml:4:5: error: topic: missing 'keywords'",
	    "t.yaml:6:12: error: title: must not be empty",
	    "t.yaml:7:15: error: keywords: must list at least one keyword",
	    "t.yaml:9:12: error: title: has no value",
	    "t.yaml:10:19: error: keywords: must not be empty",
	    "t.yaml:10:25: error: keywords: has no value");
	/* Strings are cleaned to one trimmed line; nulls mean absent. */
	assert_int_equal(l.m.ntopics, 1);
	assert_string_equal(l.m.topics[0].title, "Two lines");
	assert_string_equal(l.m.topics[0].title_en, "");
	assert_string_equal(l.m.topics[0].summary, "");
	assert_int_equal(l.m.topics[0].nrelated, 0);
	assert_null(l.m.topics[0].related_ix);
	done(&l);

	parse(&l, "topics: []\n"
	    "timeline:\n"
	    "  - date: 2009\n"
	    "    title: No sources\n"
	    "    sources: []\n"
	    "  - date: 2009\n"
	    "    title: Empty source\n"
	    "    sources: [{}, x]\n"
	    "  - date: 2009\n"
	    "    title: Null sources\n"
	    "    sources:\n"
	    "  - {date: 2009, title: Fine, sources: [{article: a, quote: q}], "
	    "end: ~, note: ~, topics: ~}\n");
	ASSERT_DIAGS(&l,
	    "t.yaml:5:14: error: sources: must list at least one source",
	    "t.yaml:8:15: error: source: missing 'article'",
	    "t.yaml:8:15: error: source: missing 'quote'",
	    "t.yaml:8:19: error: source: expected a mapping, found a scalar",
	    "t.yaml:11:13: error: sources: must list at least one source");
	assert_int_equal(l.m.nms, 1);
	assert_string_equal(l.m.ms[0].title, "Fine");
	assert_null(l.m.ms[0].end_str);
	assert_null(l.m.ms[0].note);
	assert_int_equal(l.m.ms[0].ntopics, 0);
	done(&l);
}

static void
test_ids(void **state)
{
	struct loaded l;
	struct util_buf b;
	char id64[65];

	(void)state;
	memset(id64, 'a', 64);
	id64[64] = '\0';
	util_buf_init(&b);
	util_buf_printf(&b, "topics:\n"
	    "  - {id: %s, title: t, keywords: [k]}\n"
	    "  - {id: %sa, title: t, keywords: [k]}\n"
	    "  - {id: -a, title: t, keywords: [k]}\n"
	    "  - {id: a-, title: t, keywords: [k], related: [0-9, Up]}\n"
	    "  - {id: 'tab\\tid', title: t, keywords: [k]}\n"
	    "  - {id: \"nul\\0id\", title: t, keywords: [k]}\n"
	    "  - {id: '', title: t, keywords: [k]}\n"
	    "  - {id: x1, title: t, keywords: [k], related: [x1, a-]}\n"
	    "timeline:\n"
	    "  - {date: 2009, title: t, topics: [A], sources: "
	    "[{article: ok, quote: q}, {article: NO, quote: q}]}\n",
	    id64, id64);
	parse(&l, b.data);
	util_buf_free(&b);
	ASSERT_DIAGS(&l,
	    "t.yaml:3:10: error: id: invalid id 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})",
	    "t.yaml:4:10: error: id: invalid id '-a' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})",
	    "t.yaml:5:54: error: related: invalid id 'Up' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})",
	    "t.yaml:6:10: error: id: invalid id 'tab\\tid' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})",
	    "t.yaml:7:10: error: id: invalid id 'nul^@id' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})",
	    "t.yaml:8:10: error: id: invalid id '' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})",
	    "t.yaml:11:37: error: topics: invalid id 'A' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})",
	    "t.yaml:11:86: error: article: invalid id 'NO' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})");
	assert_int_equal(l.m.ntopics, 2);
	assert_string_equal(l.m.topics[0].id, id64);
	assert_string_equal(l.m.topics[1].id, "x1");
	/* Not resolved here, even when they would resolve. */
	assert_int_equal(l.m.topics[1].related_ix[0], TOPICS_NONE);
	assert_int_equal(l.m.topics[1].related_ix[1], TOPICS_NONE);
	assert_int_equal(topics_find(&l.m, "x1"), 1);
	assert_int_equal(l.m.nms, 0);
	done(&l);
}

static void
test_duplicate_ids(void **state)
{
	struct loaded l;
	struct util_buf b;

	(void)state;
	load(&l, FIX "dupids.yaml");
	assert_int_equal(l.rc, 0);
	ASSERT_DIAGS(&l, FIX "dupids.yaml:8:9: error: duplicate topic id "
	    "'visas' (first at line 2)");
	assert_int_equal(l.m.ntopics, 2);
	assert_string_equal(l.m.topics[0].title, "Thị thực");
	assert_string_equal(l.m.topics[1].id, "labour");
	done(&l);

	/* A skipped entry does not count as the first. */
	parse(&l, "topics:\n"
	    "  - {id: a, title: [x], keywords: [k]}\n"
	    "  - {id: a, title: second, keywords: [k]}\n");
	ASSERT_DIAGS(&l, "t.yaml:2:20: error: title: expected a string, "
	    "found a sequence");
	assert_int_equal(l.m.ntopics, 1);
	assert_string_equal(l.m.topics[0].title, "second");
	done(&l);

	/* Many topics: the duplicate check is not quadratic. */
	util_buf_init(&b);
	util_buf_adds(&b, "topics:\n");
	for (int i = 0; i < 20000; i++)
		util_buf_printf(&b, "- {id: t%d, title: T, keywords: [k]}\n",
		    i);
	util_buf_adds(&b, "- {id: t17, title: T, keywords: [k]}\n");
	parse(&l, b.data);
	util_buf_free(&b);
	ASSERT_DIAGS(&l, "t.yaml:20002:8: error: duplicate topic id 't17' "
	    "(first at line 19)");
	assert_int_equal(l.m.ntopics, 20000);
	assert_int_equal(topics_find(&l.m, "t19999"), 19999);
	done(&l);
}

static void
test_unknown_keys(void **state)
{
	struct loaded l;

	(void)state;
	load(&l, FIX "unknown.yaml");
	assert_int_equal(l.rc, 0);
	ASSERT_DIAGS(&l,
	    FIX "unknown.yaml:5:5: warning: unknown key 'colour' in a topic",
	    FIX "unknown.yaml:12:9: warning: unknown key 'page' in a source",
	    FIX "unknown.yaml:13:5: warning: unknown key 'weight' in a "
	    "milestone",
	    FIX "unknown.yaml:14:1: warning: unknown key 'version' at the top "
	    "level");
	assert_int_equal(l.d.nerrors, 0);
	assert_int_equal(l.d.worst, DIAG_WARNING);
	/* Warned about, but kept. */
	assert_int_equal(l.m.ntopics, 1);
	assert_int_equal(l.m.nms, 1);
	done(&l);

	/* A hostile key is shown safely. */
	parse(&l, "topics: []\n\"\\e[2J\": x\n");
	ASSERT_DIAGS(&l, "t.yaml:2:1: warning: unknown key '^[[2J' at the top "
	    "level");
	done(&l);
}

static void
test_dates(void **state)
{
	struct loaded l;

	(void)state;
	load(&l, FIX "dates.yaml");
	assert_int_equal(l.rc, 0);
	ASSERT_DIAGS(&l,
	    FIX "dates.yaml:3:11: error: date: invalid date '2014-13' "
	    "(expected YYYY, YYYY-MM or YYYY-MM-DD)",
	    FIX "dates.yaml:6:11: error: date: invalid date '2015-02-29' "
	    "(expected YYYY, YYYY-MM or YYYY-MM-DD)",
	    FIX "dates.yaml:9:11: error: date: invalid date '21/9/1973' "
	    "(expected YYYY, YYYY-MM or YYYY-MM-DD)",
	    FIX "dates.yaml:13:10: error: end: 2016-04-30 is before the date "
	    "2016-05");
	assert_int_equal(l.m.nms, 1);
	assert_string_equal(l.m.ms[0].date_str, "2016-02-29");
	assert_string_equal(l.m.ms[0].end_str, "2016-02-29");
	done(&l);

	parse(&l, "topics: []\ntimeline:\n"
	    "  - {date: [2009], title: t, sources: [{article: a, quote: q}]}\n"
	    "  - {date: '2009', end: 2009-01-32, title: t, sources: "
	    "[{article: a, quote: q}]}\n"
	    "  - {date: \"2009\\0\", title: t, sources: "
	    "[{article: a, quote: q}]}\n"
	    "  - {date: \"2010\", title: quoted, sources: "
	    "[{article: a, quote: q}]}\n");
	ASSERT_DIAGS(&l,
	    "t.yaml:3:12: error: date: expected a string, found a sequence",
	    "t.yaml:4:25: error: end: invalid date '2009-01-32' (expected "
	    "YYYY, YYYY-MM or YYYY-MM-DD)",
	    "t.yaml:5:12: error: date: invalid date '2009^@' (expected YYYY, "
	    "YYYY-MM or YYYY-MM-DD)");
	assert_int_equal(l.m.nms, 1);
	assert_string_equal(l.m.ms[0].title, "quoted");
	assert_int_equal(l.m.ms[0].date.y, 2010);
	done(&l);
}

static void
test_target(void **state)
{
	struct loaded l;

	(void)state;
	parse(&l, "topics: []\ntimeline:\n"
	    "  - {date: 2001, title: a, target: true, sources: [{article: a, "
	    "quote: q}]}\n"
	    "  - {date: 2002, title: b, target: false, sources: [{article: a, "
	    "quote: q}]}\n"
	    "  - {date: 2003, title: c, target: \"true\", sources: [{article: "
	    "a, quote: q}]}\n"
	    "  - {date: 2004, title: d, target: True, sources: [{article: a, "
	    "quote: q}]}\n"
	    "  - {date: 2005, title: e, target: [true], sources: [{article: a, "
	    "quote: q}]}\n");
	ASSERT_DIAGS(&l,
	    "t.yaml:5:36: error: target: expected true or false, found 'true'",
	    "t.yaml:6:36: error: target: expected true or false, found 'True'",
	    "t.yaml:7:36: error: target: expected true or false, found a sequence");
	assert_int_equal(l.m.nms, 2);
	assert_true(l.m.ms[0].target);
	assert_false(l.m.ms[1].target);
	done(&l);
}

/* Stable: a thousand milestones of three dates come out in file order
 * within each date. */
static void
test_sort_stable(void **state)
{
	struct loaded l;
	struct util_buf b;
	static const char *const dates[] = { "2010-05", "2010", "2009-12-31" };

	(void)state;
	util_buf_init(&b);
	util_buf_adds(&b, "topics: []\ntimeline:\n");
	for (int i = 0; i < 1000; i++)
		util_buf_printf(&b, "- {date: %s, title: '%d', sources: "
		    "[{article: a, quote: q}]}\n", dates[i % 3], i);
	parse(&l, b.data);
	util_buf_free(&b);
	assert_int_equal(l.d.n, 0);
	assert_int_equal(l.m.nms, 1000);
	for (size_t i = 1; i < l.m.nms; i++) {
		const struct milestone *a = &l.m.ms[i - 1], *z = &l.m.ms[i];
		int c = date_cmp(&a->date, &z->date);

		assert_true(c <= 0);
		if (c == 0)
			assert_true(atoi(a->title) < atoi(z->title));
	}
	assert_string_equal(l.m.ms[0].date_str, "2009-12-31");
	assert_string_equal(l.m.ms[0].title, "2");
	assert_string_equal(l.m.ms[332].date_str, "2009-12-31");
	assert_string_equal(l.m.ms[332].title, "998");
	assert_string_equal(l.m.ms[333].date_str, "2010");
	assert_string_equal(l.m.ms[333].title, "1");
	assert_string_equal(l.m.ms[999].title, "999");
	done(&l);
}

static void
test_cleaning(void **state)
{
	struct loaded l;

	(void)state;
	load(&l, FIX "badutf8.yaml");
	assert_int_equal(l.rc, 0);
	ASSERT_DIAGS(&l, FIX "badutf8.yaml:3:14: warning: not valid UTF-8: "
	    "4 bytes shown as U+FFFD");
	assert_int_equal(l.m.ntopics, 1);
	assert_string_equal(l.m.topics[0].title,
	    "Th\xef\xbf\xbd" "c \xef\xbf\xbd tr\xef\xbf\xbd\xef\xbf\xbd");
	done(&l);

	load(&l, FIX "control.yaml");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.d.n, 0);
	assert_int_equal(l.m.ntopics, 1);
	assert_string_equal(l.m.topics[0].title, "A^[[2Jb^Gc");
	assert_string_equal(l.m.topics[0].title_en,
	    "raw^[[31mred^? and <U+009B> C1");
	done(&l);
}

/* A file of exactly size bytes: head, then comment lines. */
static char *
temp_file(size_t size, const char *head)
{
	char *path = util_strdup("/tmp/hoso-test-topics-XXXXXX");
	int fd = mkstemp(path);
	FILE *fp;
	size_t n = strlen(head), col = 0;

	assert_true(fd >= 0);
	fp = fdopen(fd, "wb");
	assert_non_null(fp);
	fwrite(head, 1, n, fp);
	for (; n < size; n++, col++) {
		if (n + 1 == size || col == 79) {
			fputc('\n', fp);
			col = (size_t)-1;
		} else
			fputc(col == 0 ? '#' : 'x', fp);
	}
	assert_int_equal(ftell(fp), (long)size);
	assert_int_equal(fclose(fp), 0);
	return path;
}

static void
test_load_errors(void **state)
{
	struct loaded l;
	struct util_buf want;
	char *path;

	(void)state;
	load(&l, FIX "no-such-file.yaml");
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, FIX "no-such-file.yaml: error: cannot read: No such "
	    "file or directory");
	assert_int_equal(l.m.ntopics, 0);
	assert_string_equal(l.m.file, FIX "no-such-file.yaml");
	done(&l);

	load(&l, FIX);
	assert_int_equal(l.rc, -1);
	ASSERT_DIAGS(&l, FIX ": error: not a regular file (a directory)");
	done(&l);

	/* 32 MiB + 1 byte is refused; exactly 32 MiB is read. */
	util_buf_init(&want);
	path = temp_file(YTREE_MAX_BYTES + 1, "topics: []\n");
	load(&l, path);
	assert_int_equal(l.rc, -1);
	util_buf_printf(&want, "%s: error: too large: more than 33554432 bytes",
	    path);
	assert_int_equal(l.d.n, 1);
	assert_string_equal(l.d.v[0].text, want.data);
	done(&l);
	unlink(path);
	free(path);

	path = temp_file(YTREE_MAX_BYTES, "topics: []\n");
	load(&l, path);
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.d.n, 0);
	done(&l);
	unlink(path);
	free(path);
	util_buf_free(&want);
}

/* The optional dossier title is cleaned like every string. */
static void
test_map_title(void **state)
{
	struct loaded l;

	(void)state;
	parse(&l, "title: \"Quan h\u1ec7 \\e[1m\"\ntopics: []\n");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.d.n, 0);
	assert_string_equal(l.m.title, "Quan hệ ^[[1m");
	done(&l);
	parse(&l, "topics: []\n");
	assert_null(l.m.title);
	done(&l);
	parse(&l, "title: [a]\ntopics: []\n");
	ASSERT_DIAGS(&l, "t.yaml:1:8: error: title: expected a string, "
	    "found a sequence");
	done(&l);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_map),
		cmocka_unit_test(test_map_title),
		cmocka_unit_test(test_hostile_yaml_refused),
		cmocka_unit_test(test_empty_files),
		cmocka_unit_test(test_top_level),
		cmocka_unit_test(test_fixture_diags),
		cmocka_unit_test(test_wrong_types),
		cmocka_unit_test(test_required_values),
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_duplicate_ids),
		cmocka_unit_test(test_unknown_keys),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_target),
		cmocka_unit_test(test_sort_stable),
		cmocka_unit_test(test_cleaning),
		cmocka_unit_test(test_load_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
