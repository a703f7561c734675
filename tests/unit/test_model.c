/*
 * Unit tests for the model over tests/fixtures/corpus: corpus loading,
 * the mention index, search and the rendered documents; the counts and
 * milestones of a set of articles (F, the whole-dossier filter) and a
 * saved query's page.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "dossier.h"
#include "dossier_query.h"
#include "index.h"
#include "lang.h"
#include "render.h"
#include "search.h"

static struct dossier ds;

static int
setup(void **state)
{
	(void)state;
	return dossier_load(&ds, "tests/fixtures/corpus", NULL, NULL);
}

static int
teardown(void **state)
{
	(void)state;
	dossier_free(&ds);
	return 0;
}

static const struct article *
art(const char *id)
{
	size_t i = dossier_find(&ds, id);

	assert_true(i != (size_t)-1);
	return dossier_article(&ds, i);
}

static void
test_corpus(void **state)
{
	const struct article *a;

	(void)state;
	assert_int_equal(ds.diag.nerrors, 0);
	assert_int_equal(ds.corpus.n, 4);
	/* newest first */
	assert_string_equal(dossier_row(&ds, 0)->id, "esc");
	assert_string_equal(dossier_row(&ds, 1)->id, "seg");
	a = art("alpha");
	assert_string_equal(a->title, "Thị thực điện tử cho công dân Việt Nam");
	assert_string_equal(a->date_str, "2023-11-27");
	assert_string_equal(a->author, "Nguyễn Văn A");
	assert_int_equal(a->npara, 4);
	assert_int_equal(a->segmented, 0);
	assert_memory_equal(a->text + a->para[1], "THỊ THỰC NHIỀU LẦN", 24);
	assert_int_equal(corpus_para_at(a, a->para[2] + 3), 2);
	/* the NFD copy is stored exactly as the NFC original */
	assert_int_equal(art("alpha-nfd")->len, a->len);
	assert_memory_equal(art("alpha-nfd")->text, a->text, a->len);
	a = art("seg");
	assert_int_equal(a->segmented, 1);
	assert_string_equal(a->title,
	    "Chủ tịch nước đề nghị Nhật tiến tới miễn visa");
	assert_non_null(strstr(a->text, "Nhật Bản nới lỏng thủ tục nhập cảnh, tiến"));
}

/* A bad article is skipped (the parser says -1) with these messages, in
 * line order. */
static const struct {
	const char *path, *text;
	const char *want[4];
} bad_articles[] = {
	{ "a/x.txt", "no front matter\n",
	  { "a/x.txt:1:1: error: missing front matter: the file must start "
	    "with a '---' line" } },
	{ "a/y.txt", "---\ndate: 2023\n---\nbody\n",
	  { "a/y.txt:2:1: error: front matter: missing 'title'" } },
	{ "a/z.txt", "---\nid: Bad_Id\ntitle: x\n---\nbody\n",
	  { "a/z.txt:2:5: error: id: invalid id 'Bad_Id' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})" } },
	{ "a/w.txt", "---\ntitle: x\nbody\n",
	  { "a/w.txt:1:1: error: front matter is not closed by a '---' "
	    "line" } },
	/* every problem of one front matter, in the order written */
	{ "a/v.txt", "---\ntitle: [a, b]\ndate: 2023-13-45\nid: Bad_ID\n"
	    "---\nbody\n",
	  { "a/v.txt:2:8: error: title: expected a string, found a sequence",
	    "a/v.txt:3:7: error: date: invalid date '2023-13-45' (expected "
	    "YYYY, YYYY-MM or YYYY-MM-DD)",
	    "a/v.txt:4:5: error: id: invalid id 'Bad_ID' (expected "
	    "[a-z0-9][a-z0-9-]{0,63})" } },
	/* an invalid date or segmented value is an error: the article goes */
	{ "a/d.txt", "---\ntitle: x\ndate: 2023-02-30\n---\nbody\n",
	  { "a/d.txt:3:7: error: date: invalid date '2023-02-30' (expected "
	    "YYYY, YYYY-MM or YYYY-MM-DD)" } },
	{ "a/s.txt", "---\nsegmented: yes\ntitle: x\n---\nbody\n",
	  { "a/s.txt:2:12: error: segmented: expected true or false, found "
	    "'yes'" } },
	{ "a/t.txt", "---\nsegmented: [true]\ndate: 20\ntitle: ''\n---\n",
	  { "a/t.txt:2:12: error: segmented: expected true or false, found a "
	    "sequence",
	    "a/t.txt:3:7: error: date: invalid date '20' (expected YYYY, "
	    "YYYY-MM or YYYY-MM-DD)",
	    "a/t.txt:4:8: error: title: must not be empty" } },
	{ "a/u.txt", "---\n- title\n---\nbody\n",
	  { "a/u.txt:2:1: error: front matter: expected a mapping, found a "
	    "sequence" } },
	{ "a/e.txt", "---\ntitle: x\nencoding: KOI8-R\n---\nbody\n",
	  { "a/e.txt:3:11: error: encoding: unknown encoding 'KOI8-R' "
	    "(expected UTF-8, TCVN5712-1, VNI-WIN, VISCII or CP1258)" } },
	{ "a/f.txt", "---\n{title: x, encoding: VISCII}\n---\nbody\n",
	  { "a/f.txt:2:22: error: encoding: write it as a line of its own, "
	    "'encoding: VISCII', so that it is read before the file is "
	    "decoded" } },
	{ "a/Bad Name.txt", "---\ntitle: x\n---\nbody\n",
	  { "a/Bad Name.txt: error: file name 'Bad Name' is not a valid id; "
	    "add an id: field" } },
};

static void
test_bad_articles(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof bad_articles / sizeof bad_articles[0];
	    i++) {
		struct diag d;
		struct article a;
		size_t n = 0;

		diag_init(&d, NULL);
		if (corpus_parse_article(&a, bad_articles[i].path,
		    bad_articles[i].text, strlen(bad_articles[i].text),
		    &d) != -1)
			fail_msg("%s: kept", bad_articles[i].path);
		while (n < 4 && bad_articles[i].want[n] != NULL)
			n++;
		for (size_t j = 0; j < d.n && j < n; j++)
			assert_string_equal(d.v[j].text,
			    bad_articles[i].want[j]);
		if (d.n != n)
			fail_msg("%s: %zu messages, wanted %zu",
			    bad_articles[i].path, d.n, n);
		diag_free(&d);
	}
}

/* Optional keys that are null count as absent; unknown keys warn. */
static void
test_front_matter_defaults(void **state)
{
	static const char text[] = "---\ntitle: Tựa\ndate:\nsource: ~\n"
	    "segmented:\ncolour: red\n---\nbody\n";
	struct diag d;
	struct article a;

	(void)state;
	diag_init(&d, NULL);
	assert_int_equal(corpus_parse_article(&a, "a/ok.txt", text,
	    sizeof text - 1, &d), 0);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].text, "a/ok.txt:6:1: warning: unknown key "
	    "'colour' in front matter");
	assert_string_equal(a.id, "ok");
	assert_string_equal(a.title, "Tựa");
	assert_string_equal(a.date_str, "");
	assert_string_equal(a.source, "");
	assert_int_equal(a.segmented, 0);
	corpus_free_article(&a);
	diag_free(&d);
}

/* A legacy file is decoded before its front matter is read: the title
 * and the capital in TCVN's C0 slot (0x01, Ú) come out as letters, and
 * the warning names the encoding.  Declared UTF-8 is taken at its word. */
static void
test_declared_encoding(void **state)
{
	static const char tcvn[] = "---\ntitle: Vi\xD6t Nam\n"
	    "encoding: tcvn5712-1\n---\n\x01" "c v\xB5 \xA7\xB6ng\n";
	static const char utf8[] = "---\nencoding: 'UTF-8'\ntitle: Tựa\n---\n"
	    "Vi\xC3\xA1\xC2\xBB\xE2\x80\xA1t Nam \xFF\n";
	struct diag d;
	struct article a;

	(void)state;
	diag_init(&d, NULL);
	assert_int_equal(corpus_parse_article(&a, "a/v.txt", tcvn,
	    sizeof tcvn - 1, &d), 0);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].text, "a/v.txt: warning: decoded from "
	    "TCVN5712-1 (declared)");
	assert_string_equal(a.title, "Việt Nam");
	assert_string_equal(a.text, "Úc và Đảng");
	corpus_free_article(&a);
	diag_free(&d);

	diag_init(&d, NULL);
	assert_int_equal(corpus_parse_article(&a, "a/u.txt", utf8,
	    sizeof utf8 - 1, &d), 0);
	assert_int_equal(d.n, 0);
	assert_string_equal(a.text, "Viá»‡t Nam \xEF\xBF\xBD");
	corpus_free_article(&a);
	diag_free(&d);
}

static size_t
topic(const char *id)
{
	size_t t = topics_find(&ds.map, id);

	assert_true(t != TOPICS_NONE);
	return t;
}

static void
test_index(void **state)
{
	size_t visas = topic("visas"), oda = topic("oda");
	size_t ai = dossier_find(&ds, "alpha");
	const struct article *a = dossier_article(&ds, ai);
	struct index_count *ranked = NULL;
	size_t nvisa = 0, nr;

	(void)state;
	for (size_t i = 0; i < a->nm; i++) {
		const struct mention *m = &a->m[i];
		char *w = strndup(a->text + m->start, m->end - m->start);

		if (m->topic == visas) {
			/* "thì thực" is not a mention of thị thực */
			assert_true(strcmp(w, "thị thực") == 0 ||
			    strcmp(w, "THỊ THỰC") == 0);
			nvisa++;
		}
		if (m->topic == oda)
			assert_true(strcmp(w, "ODA") == 0 ||
			    strcmp(w, "Vốn vay") == 0);
		free(w);
	}
	/* title is not body: thị thực (p1), THỊ THỰC (p2) */
	assert_int_equal(nvisa, 2);
	/* "miễn thị thực" in seg counts once, as the longest keyword */
	assert_int_equal(ds.counts[visas].narticles, 3);
	/* ranked: alpha and alpha-nfd have 2, seg has 2 (nhập cảnh, miễn visa) */
	nr = dossier_topic_articles(&ds, visas, 0, 10, &ranked);
	assert_int_equal(nr, 3);
	assert_true(ranked[0].count >= ranked[1].count &&
	    ranked[1].count >= ranked[2].count);
	free(ranked);
}

static void
test_word_boundaries(void **state)
{
	size_t def = topic("defense"), seen = 0;

	(void)state;
	/* "an ninh" matches in seg only; never inside another word */
	for (size_t r = 0; r < ds.corpus.n; r++) {
		const struct article *a = dossier_article(&ds, r);

		for (size_t i = 0; i < a->nm; i++) {
			const struct mention *m = &a->m[i];

			if (m->topic != def)
				continue;
			assert_string_equal(a->id, "seg");
			if (m->start > 0)
				assert_true(a->text[m->start - 1] == ' ');
			seen++;
		}
	}
	assert_int_equal(seen, 2);
	assert_int_equal(ds.counts[def].mentions, 2);
}

static void
hits(const char *q, const char *id, size_t expect)
{
	struct search s;
	struct search_hit *h = NULL;
	size_t n = 0, cap = 0, ai = dossier_find(&ds, id);

	assert_int_equal(search_init(&s, q), 0);
	search_article(&s, dossier_article(&ds, ai), ai, &h, &n, &cap);
	assert_int_equal(n, expect);
	free(h);
	search_free(&s);
}

static void
test_search(void **state)
{
	struct search s;
	struct search_range *r = NULL;
	size_t n = 0, cap = 0;
	static const char t[] = "Đà Nẵng và ĐÀ NẴNG";

	(void)state;
	hits("thi thuc", "alpha", 3);
	hits("thi thuc", "alpha-nfd", 3);
	hits("thị thực", "alpha", 2);
	hits("THỊ THỰC", "alpha", 1);
	hits("tp.hcm", "alpha", 1);
	hits("1.200.000", "alpha", 1);
	assert_int_equal(search_init(&s, "   "), -1);
	assert_int_equal(search_init(&s, "da nang"), 0);
	assert_int_equal(search_text(&s, t, sizeof t - 1, &r, &n, &cap), 2);
	/* ranges are bytes of the original, whole letters */
	assert_int_equal(r[0].start, 0);
	assert_int_equal(r[0].end, strlen("Đà Nẵng"));
	assert_int_equal(r[1].end, sizeof t - 1);
	free(r);
	search_free(&s);
}

static void
test_quotes_located(void **state)
{
	(void)state;
	assert_int_equal(ds.map.nms, 2);
	for (size_t i = 0; i < ds.map.nms; i++)
		for (size_t j = 0; j < ds.map.ms[i].nsources; j++)
			assert_true(ds.map.ms[i].sources[j].found);
}

static int
line_has(const struct render_doc *doc, size_t i, const char *s)
{
	const struct render_line *l = &doc->lines[i];
	char *t = strndup(doc->text.data + l->off, l->len);
	int r = strstr(t, s) != NULL;

	free(t);
	return r;
}

static void
test_render_article(void **state)
{
	struct render_doc doc;
	size_t ai = dossier_find(&ds, "alpha");
	size_t visas = topic("visas"), links_to_visas = 0;

	(void)state;
	render_init(&doc);
	render_article(&doc, &ds, ai, 30);
	assert_true(line_has(&doc, 0, "Thị thực điện tử cho công"));
	for (size_t i = 0; i < doc.nlines; i++)
		assert_true(doc.lines[i].width <= 30);
	for (size_t i = 0; i < doc.nlinks; i++)
		if (doc.links[i].to.view == LINK_TOPICS &&
		    doc.links[i].to.item == visas)
			links_to_visas++;
	/* two mentions in the body and one footer entry */
	assert_int_equal(links_to_visas, 3);
	/* the line showing paragraph 3 starts where paragraph 3 starts */
	{
		const struct article *a = dossier_article(&ds, ai);
		size_t l = render_line_at(&doc, a->para[2] + 5);

		assert_int_equal(doc.lines[l].src, a->para[2]);
		assert_true(line_has(&doc, l, "Ông ấy nói"));
	}
	render_free(&doc);
}

static void
test_render_topic_and_milestone(void **state)
{
	struct render_doc doc;
	int passages = 0;

	(void)state;
	render_init(&doc);
	render_topic(&doc, &ds, topic("visas"), 60);
	for (size_t i = 0; i < doc.nlines; i++) {
		assert_true(doc.lines[i].width <= 60);
		if (line_has(&doc, i, "Passages ("))
			passages = 1;
	}
	assert_true(passages);
	render_milestone(&doc, &ds, 0, 40);
	for (size_t i = 0; i < doc.nlines; i++)
		assert_true(doc.lines[i].width <= 40);
	assert_true(doc.nlinks >= 2);
	render_free(&doc);
}

static void
test_render_narrow(void **state)
{
	struct render_doc doc;

	(void)state;
	render_init(&doc);
	for (int w = 1; w <= 12; w++) {
		render_article(&doc, &ds, 0, w);
		for (size_t i = 0; i < doc.nlines; i++)
			assert_true(doc.lines[i].width <= (w < 2 ? 2 : w));
		for (size_t t = 0; t < ds.map.ntopics; t++) {
			render_topic(&doc, &ds, t, w);
			for (size_t i = 0; i < doc.nlines; i++)
				assert_true(doc.lines[i].width <= w);
		}
		for (size_t m = 0; m < ds.map.nms; m++) {
			render_milestone(&doc, &ds, m, w);
			for (size_t i = 0; i < doc.nlines; i++)
				assert_true(doc.lines[i].width <= w);
		}
	}
	render_free(&doc);
}

/* Over every article, the counts are the index's; over none, zero; a
 * milestone is cited by the set when one of its sources is in it. */
static void
test_query_counts(void **state)
{
	size_t n = ds.corpus.n, nt = ds.map.ntopics;
	unsigned char *in = calloc(n + 1, 1);
	struct dossier_count *c = calloc(nt + 1, sizeof *c);
	int some = 0;

	(void)state;
	assert_true(n > 1 && nt > 0 && ds.map.nms > 0);
	memset(in, 1, n);
	dossier_query_counts(&ds, in, n, c);
	for (size_t t = 0; t < nt; t++) {
		assert_int_equal(c[t].mentions, ds.counts[t].mentions);
		assert_int_equal(c[t].narticles, ds.counts[t].narticles);
		some |= c[t].mentions > 0;
	}
	assert_true(some);
	memset(in, 0, n);
	dossier_query_counts(&ds, in, n, c);
	for (size_t t = 0; t < nt; t++)
		assert_int_equal(c[t].mentions + c[t].narticles, 0);
	for (size_t m = 0; m < ds.map.nms; m++) {
		const struct milestone *ms = &ds.map.ms[m];
		size_t a = ms->nsources > 0 ? ms->sources[0].article_ix :
		    TOPICS_NONE;

		assert_int_equal(dossier_query_cited(&ds, m, in, n), 0);
		if (a == TOPICS_NONE || a >= n)
			continue;
		in[a] = 1;
		assert_int_equal(dossier_query_cited(&ds, m, in, n), 1);
		/* Rows past the set's end are not in it. */
		assert_int_equal(dossier_query_cited(&ds, m, in, a), 0);
		in[a] = 0;
	}
	free(in);
	free(c);
}

static void
test_render_saved_query(void **state)
{
	struct render_doc doc;
	size_t rows[2] = { 0, 1 };
	char want[64];

	(void)state;
	lang_set(LANG_EN);
	render_init(&doc);
	render_saved_query(&doc, &ds, "Visas", "topic:visas", 7, rows, 2, 60);
	assert_true(doc.nlines > 4);
	assert_memory_equal(doc.text.data + doc.lines[0].off, "Visas", 5);
	snprintf(want, sizeof want, "Saved query · 7/%zu articles",
	    ds.corpus.n);
	assert_int_equal(doc.lines[1].len, strlen(want));
	assert_memory_equal(doc.text.data + doc.lines[1].off, want,
	    strlen(want));
	assert_int_equal(doc.nlinks, 2);
	assert_int_equal(doc.links[0].to.view, LINK_ARTICLES);
	assert_int_equal(doc.links[1].to.item, 1);
	for (size_t i = 0; i < doc.nlines; i++)
		assert_true(doc.lines[i].width <= 60);
	render_free(&doc);
}

/* scan ARTICLE-BODY against MAP: its mentions (heap) and their number. */
static size_t
scan(const char *map, const char *body, struct mention **m, size_t *upto,
    size_t *len)
{
	struct topicmap tm;
	struct article a;
	struct diag d;
	struct index_matcher *k;
	struct util_buf b;
	size_t n;

	diag_init(&d, NULL);
	assert_int_equal(topics_parse(&tm, map, strlen(map), "t.yaml", &d), 0);
	util_buf_init(&b);
	util_buf_adds(&b, "---\ntitle: T\n---\n");
	util_buf_adds(&b, body);
	assert_int_equal(corpus_parse_article(&a, "a/t.txt", b.data, b.len,
	    &d), 0);
	k = index_matcher_new(&tm);
	n = index_scan(k, &a, m, upto);
	*len = a.len;
	index_matcher_free(k);
	corpus_free_article(&a);
	topics_free(&tm);
	util_buf_free(&b);
	diag_free(&d);
	return n;
}

/* Keywords of one spelling in several topics are checked once a word and
 * found for each topic; listed twice in one topic, they count once. */
static void
test_scan_shared_keywords(void **state)
{
	static const char map[] =
	    "topics:\n"
	    "  - {id: a, title: A, keywords: [hội, hội, HỘI]}\n"
	    "  - {id: b, title: B, keywords: [hội]}\n"
	    "  - {id: c, title: C, keywords: [hỏi]}\n"
	    "  - {id: d, title: D, keywords: [hoi]}\n";
	struct mention *m;
	size_t upto, len, n, per[4] = { 0 };

	(void)state;
	n = scan(map, "hội hỏi hội hoi\n", &m, &upto, &len);
	for (size_t i = 0; i < n; i++)
		per[m[i].topic]++;
	assert_int_equal(per[0], 2);
	assert_int_equal(per[1], 2);
	assert_int_equal(per[2], 1);
	assert_int_equal(per[3], 4);
	assert_int_equal(upto, len);
	free(m);
}

/* Keywords that share their first words are found by their words, one
 * longer at a time: each where its words are, the longest and the
 * shortest of one run, across the gap of the text (which must be the
 * keyword's), with punctuation between and after the words. */
static void
test_scan_word_prefixes(void **state)
{
	static const char map[] =
	    "topics:\n"
	    "  - {id: a, title: A, keywords: [hội]}\n"
	    "  - {id: b, title: B, keywords: [hội đàm cấp cao]}\n"
	    "  - {id: c, title: C, keywords: [hội đàm]}\n"
	    "  - {id: d, title: D, keywords: [u.s., \"hội  nghị\"]}\n"
	    "  - {id: e, title: E, keywords: [hội đàm cấp thấp]}\n";
	static const char body[] =
	    "Hội đàm cấp cao. Hội, đàm. U.S. hội  nghị hội nghị.\n";
	struct mention *m;
	size_t upto, len, n, per[5] = { 0 };

	(void)state;
	n = scan(map, body, &m, &upto, &len);
	for (size_t i = 0; i < n; i++)
		per[m[i].topic]++;
	/* a: "Hội" x4, not inside "hội đàm" of its own topic only */
	assert_int_equal(per[0], 4);
	assert_int_equal(per[1], 1);
	assert_int_equal(per[2], 1);
	/* "u.s." and the two-space "hội  nghị"; not the one-space one */
	assert_int_equal(per[3], 2);
	assert_int_equal(per[4], 0);
	for (size_t i = 0; i < n; i++)
		if (m[i].topic == 1) {
			assert_int_equal(m[i].start, 0);
			assert_int_equal(m[i].end, strlen("Hội đàm cấp cao"));
		}
	assert_int_equal(upto, len);
	free(m);
}

/* An article of one keyword over and over keeps HOSO_MAX_MENTIONS of
 * them and says where it stopped. */
static void
test_scan_cap(void **state)
{
	static const char map[] =
	    "topics:\n  - {id: a, title: A, keywords: [và]}\n"
	    "  - {id: b, title: B, keywords: [và]}\n";
	struct util_buf b;
	struct mention *m;
	size_t upto, len, n;

	(void)state;
	util_buf_init(&b);
	for (size_t i = 0; i < HOSO_MAX_MENTIONS; i++)
		util_buf_adds(&b, "và ");
	n = scan(map, b.data, &m, &upto, &len);
	assert_int_equal(n, HOSO_MAX_MENTIONS);
	/* two topics a word: half the words */
	assert_int_equal(upto, (HOSO_MAX_MENTIONS / 2) * strlen("và "));
	assert_true(upto < len);
	assert_int_equal(m[n - 1].start, upto - strlen("và "));
	free(m);
	util_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scan_shared_keywords),
		cmocka_unit_test(test_scan_word_prefixes),
		cmocka_unit_test(test_scan_cap),
		cmocka_unit_test(test_corpus),
		cmocka_unit_test(test_bad_articles),
		cmocka_unit_test(test_front_matter_defaults),
		cmocka_unit_test(test_declared_encoding),
		cmocka_unit_test(test_index),
		cmocka_unit_test(test_word_boundaries),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_quotes_located),
		cmocka_unit_test(test_render_article),
		cmocka_unit_test(test_render_topic_and_milestone),
		cmocka_unit_test(test_render_narrow),
		cmocka_unit_test(test_query_counts),
		cmocka_unit_test(test_render_saved_query),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
