/*
 * suggest: the score, a title's phrases, the keyword candidates and the
 * possible mentions of tests/fixtures/suggest, and --check --suggest's
 * YAML read back by the map's own YAML reader.
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
#include "suggest.h"
#include "ytree.h"

#define FIX "tests/fixtures/suggest"

static void
test_score(void **state)
{
	(void)state;
	assert_true(suggest_score(0, 10, 0, 100) == 0);
	/* As frequent in the passages as elsewhere: nothing to say. */
	assert_true(suggest_score(5, 10, 50, 100) <= 0.0001);
	assert_true(suggest_score(5, 10, 0, 100) > 0);
	/* More passages, or fewer sentences elsewhere, score higher. */
	assert_true(suggest_score(6, 10, 0, 100) > suggest_score(5, 10, 0, 100));
	assert_true(suggest_score(5, 10, 1, 100) > suggest_score(5, 10, 9, 100));
	/* Rarer than elsewhere scores nothing. */
	assert_true(suggest_score(1, 10, 90, 100) == 0);
}

static void
test_title_phrases(void **state)
{
	char k1[] = "xuất khẩu gạo", k2[] = "Lương thực";
	char title[] = "Lúa gạo và an ninh lương thực (ANLT)";
	char *kw[] = { k1 }, *kw2[] = { k2 };
	struct topic t;
	char **ph;
	size_t n;

	(void)state;
	memset(&t, 0, sizeof t);
	t.title = title;
	t.keywords = kw;
	t.nkeywords = 1;
	n = suggest_title_phrases(&t, &ph);
	/* The whole run first, then its parts, longer first; one
	 * syllable (ANLT) says too little. */
	assert_int_equal(n, 3);
	assert_string_equal(ph[0], "lúa gạo và an ninh lương thực");
	assert_string_equal(ph[1], "an ninh lương thực");
	assert_string_equal(ph[2], "lúa gạo");
	for (size_t i = 0; i < n; i++)
		free(ph[i]);
	free(ph);
	/* A phrase holding a keyword finds only the topic's own. */
	t.keywords = kw2;
	n = suggest_title_phrases(&t, &ph);
	assert_int_equal(n, 1);
	assert_string_equal(ph[0], "lúa gạo");
	free(ph[0]);
	free(ph);
}

static const struct suggest_topic *
topic_of(const struct dossier *ds, const struct suggest_terms *s,
    const char *id)
{
	size_t t = topics_find(&ds->map, id);

	assert_true(t != TOPICS_NONE);
	assert_true(t < s->ntopics);
	return &s->topics[t];
}

static int
offers(const struct suggest_topic *st, const char *text)
{
	for (size_t i = 0; i < st->n; i++)
		if (strcmp(st->v[i].text, text) == 0)
			return 1;
	return 0;
}

static void
test_terms(void **state)
{
	struct dossier ds;
	struct suggest_terms s;
	const struct suggest_topic *rice, *port;

	(void)state;
	assert_int_equal(dossier_load(&ds, FIX, NULL, NULL), 0);
	suggest_terms(&ds, 5, &s);
	assert_int_equal(s.nsentences, 18);
	rice = topic_of(&ds, &s, "rice");
	port = topic_of(&ds, &s, "port");
	assert_int_equal(rice->npassages, 4);
	/* In all four passages of rice, in no other sentence: first. */
	assert_true(rice->n >= 1);
	assert_string_equal(rice->v[0].text, "nông dân");
	assert_int_equal(rice->v[0].passages, 4);
	assert_int_equal(rice->v[0].elsewhere, 0);
	/* Its keywords, their pieces, numbers, function words: never. */
	assert_false(offers(rice, "xuất khẩu gạo"));
	assert_false(offers(rice, "xuất khẩu"));
	assert_false(offers(rice, "giá lúa"));
	assert_false(offers(rice, "của"));
	assert_true(offers(port, "tàu container"));
	assert_false(offers(port, "cầu cảng"));
	assert_false(offers(port, "cảng"));
	assert_false(offers(port, "5"));
	/* Best first. */
	for (size_t i = 1; i < rice->n; i++)
		assert_true(rice->v[i - 1].score >= rice->v[i].score);
	suggest_terms_free(&s);
	dossier_free(&ds);
}

static void
test_mentions(void **state)
{
	struct dossier ds;
	const struct suggest_mentions *pm;
	const struct suggest_mention *m;
	const struct article *a;
	size_t rice, port;

	(void)state;
	assert_int_equal(dossier_load(&ds, FIX, NULL, NULL), 0);
	rice = topics_find(&ds.map, "rice");
	port = topics_find(&ds.map, "port");
	pm = suggest_mentions(&ds, rice);
	assert_int_equal(pm->n, 2);
	/* Four syllables of the title before two. */
	m = &pm->v[0];
	assert_string_equal(dossier_row(&ds, m->row)->id, "a5-hoi-thao");
	assert_string_equal(m->sentence, "Các chuyên gia bàn về an ninh lương "
	    "thực trong bối cảnh biến đổi khí hậu.");
	a = dossier_article(&ds, m->row);
	assert_int_equal(m->end - m->start, strlen(m->sentence));
	assert_memory_equal(a->text + m->start, m->sentence, strlen(m->sentence));
	assert_int_equal(m->hend - m->hstart, strlen("an ninh lương thực"));
	assert_memory_equal(a->text + m->hstart, "an ninh lương thực",
	    m->hend - m->hstart);
	assert_true(m->score > pm->v[1].score);
	assert_string_equal(dossier_row(&ds, pm->v[1].row)->id, "a6-phan-bon");
	/* Kept: the same answer, not computed again. */
	assert_ptr_equal(suggest_mentions(&ds, rice), pm);
	/* The title of port is a keyword: nothing to suggest. */
	assert_int_equal(suggest_mentions(&ds, port)->n, 0);
	dossier_free(&ds);
}

/* The YAML of --check --suggest, read by the map's YAML reader: one
 * mapping of topic ids, each with a sequence of keywords. */
static void
test_yaml(void **state)
{
	struct dossier ds;
	struct diag d;
	struct ytree *root = NULL;
	const struct ytree *rice, *kw;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	(void)state;
	assert_int_equal(dossier_load(&ds, FIX, NULL, NULL), 0);
	fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	assert_int_equal(cli_suggest(&ds, CLI_TSV, fp), 0);
	fclose(fp);
	diag_init(&d, NULL);
	assert_int_equal(ytree_parse(buf, len, "suggest.yaml", 0, &d, &root),
	    0);
	assert_int_equal(d.n, 0);
	assert_non_null(root);
	assert_int_equal(root->kind, YTREE_MAP);
	assert_int_equal(root->nkids, 4);
	rice = ytree_get(root, "rice");
	assert_non_null(rice);
	kw = ytree_get(rice, "keywords");
	assert_non_null(kw);
	assert_int_equal(kw->kind, YTREE_SEQ);
	assert_true(kw->nkids >= 1);
	assert_string_equal(kw->kids[0]->str, "nông dân");
	assert_non_null(ytree_get(ytree_get(root, "port"), "keywords"));
	ytree_free(root);
	diag_free(&d);
	free(buf);
	dossier_free(&ds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_score),
		cmocka_unit_test(test_title_phrases),
		cmocka_unit_test(test_terms),
		cmocka_unit_test(test_mentions),
		cmocka_unit_test(test_yaml),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
