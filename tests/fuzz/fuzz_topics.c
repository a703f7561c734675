/*
 * fuzz_topics: the topic-map loader (model/topics.c over model/ytree.c)
 * on arbitrary YAML.  Asserts: it returns 0 or -1 and the map is usable
 * either way; every string it kept is one safe line (text_clean'd); ids
 * are found again by topics_find; milestones are sorted by date; every
 * message is one safe line.
 */
#include "date.h"
#include "diag.h"
#include "fuzz.h"
#include "topics.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct topicmap m;
	struct diag d;
	int rc;

	diag_init(&d, NULL);
	rc = topics_parse(&m, (const char *)data, size, "topics.yaml", &d);
	FUZZ_CHECK(rc == 0 || rc == -1, "topics_parse result");
	fuzz_check_str(m.title, 0, "map title");
	for (size_t i = 0; i < m.ntopics; i++) {
		const struct topic *t = &m.topics[i];

		fuzz_check_str(t->id, 0, "topic id");
		fuzz_check_str(t->title, 0, "topic title");
		fuzz_check_str(t->title_en, 0, "topic title_en");
		fuzz_check_str(t->summary, 0, "topic summary");
		for (size_t k = 0; k < t->nkeywords; k++)
			fuzz_check_str(t->keywords[k], 0, "keyword");
		for (size_t k = 0; k < t->nrelated; k++)
			fuzz_check_str(t->related[k], 0, "related id");
		FUZZ_CHECK(topics_find(&m, t->id) == i,
		    "a topic not found by its id");
	}
	for (size_t i = 0; i < m.nms; i++) {
		const struct milestone *ms = &m.ms[i];

		fuzz_check_str(ms->title, 0, "milestone title");
		fuzz_check_str(ms->title_en, 0, "milestone title_en");
		fuzz_check_str(ms->note, 0, "milestone note");
		fuzz_check_str(ms->note_en, 0, "milestone note_en");
		fuzz_check_str(ms->date_str, 0, "milestone date");
		for (size_t k = 0; k < ms->ntopics; k++)
			fuzz_check_str(ms->topics[k], 0, "milestone topic");
		for (size_t k = 0; k < ms->nsources; k++) {
			fuzz_check_str(ms->sources[k].article, 0,
			    "source article");
			fuzz_check_str(ms->sources[k].quote, 0, "source quote");
		}
		FUZZ_CHECK(i == 0 || date_cmp(&m.ms[i - 1].date, &ms->date) <=
		    0, "milestones out of date order");
	}
	fuzz_check_diag(&d);
	topics_free(&m);
	diag_free(&d);
	return 0;
}
