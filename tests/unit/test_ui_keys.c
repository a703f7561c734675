/*
 * test_ui_keys: the key table is one source for the dispatcher, the help
 * overlay and the man page, so it must be consistent: every key has a
 * name and a description in both languages, no key means two things in
 * one view, every action is reachable, and the help overlay generated
 * from it shows every key name at every usual width.
 */
#include <curses.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "lang.h"
#include "render.h"
#include "ui_help.h"
#include "ui_keys.h"

static void
every_binding_is_named(void **state)
{
	(void)state;
	assert_true(ui_nkeys > 0);
	for (size_t i = 0; i < ui_nkeys; i++) {
		const struct ui_key *k = &ui_keys[i];
		int nk = 0, nn = 0;

		while (nk < UI_KEYS_MAX && k->keys[nk] != 0)
			nk++;
		while (nn < UI_KEYS_MAX && k->names[nn] != NULL)
			nn++;
		assert_true(nk >= 1);
		assert_true(nn >= 1);
		/* A name may stand for several codes (Enter is \r, \n and
		 * KEY_ENTER), never the other way round. */
		assert_true(nn <= nk);
		for (int j = 0; j < nn; j++)
			assert_true(strlen(k->names[j]) > 0);
		assert_non_null(k->en);
		assert_non_null(k->vi);
		assert_true(strlen(k->en) > 0 && strlen(k->vi) > 0);
		assert_true(k->action > ACT_NONE && k->action < ACT_COUNT);
		assert_true(k->scope == UI_KEYS_ALL ||
		    k->scope == UI_KEYS_TIMELINE);
	}
}

static void
no_key_means_two_things(void **state)
{
	(void)state;
	for (size_t i = 0; i < ui_nkeys; i++)
		for (int a = 0; a < UI_KEYS_MAX && ui_keys[i].keys[a]; a++)
			for (size_t j = i; j < ui_nkeys; j++)
				for (int b = 0; b < UI_KEYS_MAX &&
				    ui_keys[j].keys[b]; b++) {
					if (i == j && a == b)
						continue;
					if (ui_keys[i].scope != UI_KEYS_ALL &&
					    ui_keys[j].scope != UI_KEYS_ALL &&
					    ui_keys[i].scope != ui_keys[j].scope)
						continue;
					if (ui_keys[i].keys[a] ==
					    ui_keys[j].keys[b])
						fail_msg("key %d bound twice "
						    "(%s)", ui_keys[i].keys[a],
						    ui_keys[i].names[0]);
				}
}

static void
codes_are_ascii_or_curses_keys(void **state)
{
	(void)state;
	/* The dispatcher gives non-ASCII characters no binding, because
	 * their code points collide with KEY_* values (Ă is KEY_DOWN). */
	for (size_t i = 0; i < ui_nkeys; i++)
		for (int a = 0; a < UI_KEYS_MAX && ui_keys[i].keys[a]; a++) {
			int c = ui_keys[i].keys[a];

			assert_true((c > 0 && c < 0x80) || c >= KEY_MIN);
		}
}

static void
every_action_is_bound(void **state)
{
	(void)state;
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		int found = 0;

		for (size_t i = 0; i < ui_nkeys; i++)
			if ((int)ui_keys[i].action == a)
				found = 1;
		if (!found)
			fail_msg("action %d has no key", a);
	}
}

static void
lookup(void **state)
{
	(void)state;
	assert_int_equal(ui_keys_lookup('j', UI_KEYS_ALL), ACT_DOWN);
	assert_int_equal(ui_keys_lookup(KEY_DOWN, UI_KEYS_ALL), ACT_DOWN);
	assert_int_equal(ui_keys_lookup('\t', UI_KEYS_ALL), ACT_NEXT_LINK);
	assert_int_equal(ui_keys_lookup(KEY_BTAB, UI_KEYS_ALL),
	    ACT_PREV_LINK);
	assert_int_equal(ui_keys_lookup('\r', UI_KEYS_ALL), ACT_OPEN);
	assert_int_equal(ui_keys_lookup(127, UI_KEYS_ALL), ACT_BACK);
	assert_int_equal(ui_keys_lookup(KEY_BACKSPACE, UI_KEYS_ALL),
	    ACT_BACK);
	assert_int_equal(ui_keys_lookup('f', UI_KEYS_ALL), ACT_FORWARD);
	assert_int_equal(ui_keys_lookup('/', UI_KEYS_ALL), ACT_SEARCH);
	assert_int_equal(ui_keys_lookup('s', UI_KEYS_ALL),
	    ACT_SEARCH_CORPUS);
	assert_int_equal(ui_keys_lookup(KEY_F(1), UI_KEYS_ALL), ACT_HELP);
	assert_int_equal(ui_keys_lookup('q', UI_KEYS_TIMELINE), ACT_CLOSE);
	assert_int_equal(ui_keys_lookup(UI_KEY_ESC, UI_KEYS_ALL), ACT_CLOSE);
	assert_int_equal(ui_keys_lookup('Q', UI_KEYS_ALL), ACT_QUIT);
	assert_int_equal(ui_keys_lookup(UI_KEY_META('u'), UI_KEYS_ALL),
	    ACT_CLEAR_HL);
	assert_int_equal(ui_keys_lookup('y', UI_KEYS_ALL), ACT_LINE_UP);
	assert_int_equal(ui_keys_lookup('J', UI_KEYS_ALL), ACT_NEXT_ITEM);
	/* Timeline keys only in the timeline. */
	assert_int_equal(ui_keys_lookup(']', UI_KEYS_ALL), ACT_NONE);
	assert_int_equal(ui_keys_lookup(']', UI_KEYS_TIMELINE),
	    ACT_NEXT_YEAR);
	assert_int_equal(ui_keys_lookup('[', UI_KEYS_TIMELINE),
	    ACT_PREV_YEAR);
	assert_int_equal(ui_keys_lookup('+', UI_KEYS_TIMELINE), ACT_ZOOM_IN);
	assert_int_equal(ui_keys_lookup('=', UI_KEYS_TIMELINE), ACT_ZOOM_IN);
	assert_int_equal(ui_keys_lookup('-', UI_KEYS_TIMELINE),
	    ACT_ZOOM_OUT);
	assert_int_equal(ui_keys_lookup('+', UI_KEYS_ALL), ACT_NONE);
	assert_int_equal(ui_keys_lookup('~', UI_KEYS_ALL), ACT_NONE);
	assert_int_equal(ui_keys_lookup(-1, UI_KEYS_ALL), ACT_NONE);
}

static int
doc_has(const struct render_doc *doc, const char *s)
{
	for (size_t i = 0; i < doc->nlines; i++) {
		const char *t = doc->text.data + doc->lines[i].off;
		size_t n = doc->lines[i].len, k = strlen(s);

		for (size_t j = 0; j + k <= n; j++)
			if (memcmp(t + j, s, k) == 0)
				return 1;
	}
	return 0;
}

static void
help_shows_every_key(void **state)
{
	static const int widths[] = { 24, 36, 60, 82, 200 };
	struct render_doc doc;

	(void)state;
	render_init(&doc);
	for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		ui_help_render(&doc, widths[w]);
		assert_true(doc.nlines > ui_nkeys);
		for (size_t i = 0; i < ui_nkeys; i++)
			for (int k = 0; k < UI_KEYS_MAX &&
			    ui_keys[i].names[k] != NULL; k++)
				if (!doc_has(&doc, ui_keys[i].names[k]))
					fail_msg("help at %d columns lacks "
					    "key %s", widths[w],
					    ui_keys[i].names[k]);
		assert_true(doc_has(&doc, "Timeline"));
		assert_true(doc_has(&doc, "Ctrl-U"));	/* the prompt's */
		/* Nothing is wider than the overlay. */
		for (size_t i = 0; i < doc.nlines; i++)
			assert_true(doc.lines[i].width <= widths[w]);
	}
	/* At a wide width each description is whole on one line. */
	ui_help_render(&doc, 200);
	for (size_t i = 0; i < ui_nkeys; i++) {
		assert_true(doc_has(&doc, ui_keys[i].en));
		assert_false(doc_has(&doc, ui_keys[i].vi));
	}
	/* In Vietnamese, the Vietnamese descriptions, and only they. */
	lang_set(LANG_VI);
	ui_help_render(&doc, 200);
	for (size_t i = 0; i < ui_nkeys; i++) {
		assert_true(doc_has(&doc, ui_keys[i].vi));
		assert_false(doc_has(&doc, ui_keys[i].en));
	}
	lang_set(LANG_EN);
	/* And nothing breaks at absurd widths. */
	ui_help_render(&doc, 1);
	ui_help_render(&doc, 0);
	assert_true(doc.nlines > 0);
	render_free(&doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_binding_is_named),
		cmocka_unit_test(no_key_means_two_things),
		cmocka_unit_test(codes_are_ascii_or_curses_keys),
		cmocka_unit_test(every_action_is_bound),
		cmocka_unit_test(lookup),
		cmocka_unit_test(help_shows_every_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
