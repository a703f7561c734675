/*
 * fuzz_query: the query language (model/query.c), bound to a small topic
 * map, for the list the first byte names; the rest, up to a NUL, is the
 * query as typed (raw bytes: --filter passes argv as it is).  Asserts: a
 * parse is 0 with terms, or -1 with an empty query, a non-empty message
 * that is safe to show, and a column inside the query (1 past its end at
 * most); a parsed query matches a few items without a fault, and its
 * topic terms name topics of the map.
 */
#include "diag.h"
#include "fuzz.h"
#include "query.h"
#include "search.h"
#include "topics.h"
#include "utf8.h"

static const char MAP[] =
	"topics:\n"
	"  - id: visas\n"
	"    title: Thị thực điện tử\n"
	"    title_en: E-visas\n"
	"    keywords: [thị thực, visa]\n"
	"  - id: labour\n"
	"    title: Lao động\n"
	"    title_en: Labour\n"
	"    keywords: [lao động]\n";

static struct topicmap map;
static int have_map;

static int
has_topic(void *ctx, size_t t)
{
	return ((size_t)(uintptr_t)ctx & (1u << (t % 8))) != 0;
}

static int
has_words(void *ctx, const struct search *s)
{
	(void)ctx;
	return s->query != NULL && s->query[0] != '\0' &&
	    (s->query[0] & 1);
}

/* Characters of s, as the column counts them. */
static size_t
chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct date dates[] = {
		{ 0, 0, 0 }, { 2023, 0, 0 }, { 2023, 11, 0 }, { 2023, 11, 27 }
	};
	static const char *const srcs[] = { "VnExpress", "Tuổi Trẻ" };
	struct query q;
	struct query_item it;
	char err[QUERY_ERRSIZE], *s;
	int col, rc;

	if (!have_map) {
		struct diag d;

		diag_init(&d, NULL);
		FUZZ_CHECK(topics_parse(&map, MAP, sizeof MAP - 1, "t.yaml",
		    &d) == 0 && d.n == 0, "the built-in topic map");
		diag_free(&d);
		have_map = 1;
	}
	if (size < 1)
		return 0;
	s = util_strndup((const char *)data + 1, size - 1);
	rc = query_parse(&q, s, (enum query_list)(data[0] % 3), &map, err,
	    &col);
	if (rc < 0) {
		FUZZ_CHECK(rc == -1, "query_parse result");
		FUZZ_CHECK(q.n == 0 && query_empty(&q), "a failed query has terms");
		FUZZ_CHECK(err[0] != '\0', "a failed query without a message");
		FUZZ_CHECK(memchr(err, '\0', QUERY_ERRSIZE) != NULL,
		    "message not terminated");
		fuzz_check_str(err, 0, "query error message");
		FUZZ_CHECK(col >= 1 && (size_t)col <= chars(s) + 1,
		    "error column outside the query");
	} else {
		FUZZ_CHECK(rc == 0, "query_parse result");
		for (size_t i = 0; i < q.n; i++) {
			const struct query_term *t = &q.t[i];

			FUZZ_CHECK(t->value != NULL, "term without a value");
			if (t->field == QUERY_TOPIC)
				for (size_t k = 0; k < t->ntopics; k++)
					FUZZ_CHECK(t->topics[k] < map.ntopics,
					    "topic: names no topic");
		}
		(void)query_has_words(&q);
		for (size_t i = 0; i < 8; i++) {
			memset(&it, 0, sizeof it);
			it.date = &dates[i % 4];
			it.end = i & 4 ? &dates[3] : NULL;
			it.sources = srcs;
			it.nsources = i % 3;
			it.target = (int)(i & 1);
			it.has_topic = has_topic;
			it.has_words = has_words;
			it.ctx = (void *)(uintptr_t)(i * 37);
			(void)query_match(&q, &it);
		}
	}
	query_free(&q);
	free(s);
	return 0;
}
