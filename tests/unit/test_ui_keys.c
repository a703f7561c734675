/*
 * test_ui_keys: the key table is one source for the dispatcher, the help
 * overlay and the man page, so it must be consistent: every key has a
 * name and a description in both languages, no key means two things in
 * one view, every action is reachable, and the help overlay generated
 * from it shows every key name at every usual width.  The names parse
 * back into the table's own codes (the config file spells keys so), and
 * the config file's keys: rewrite the table as the man page says.
 */
#include <curses.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "config.h"
#include "diag.h"
#include "lang.h"
#include "render.h"
#include "ui_help.h"
#include "ui_keys.h"

#define CTRL_Y ('y' & 0x1f)

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
	/* A character beyond ASCII would collide with KEY_* values (Ă is
	 * KEY_DOWN): the defaults have none, and the config file's are
	 * UI_KEY_CHAR codes (see parse_names). */
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
	assert_int_equal(ui_keys_lookup('y', UI_KEYS_ALL), ACT_COPY);
	assert_int_equal(ui_keys_lookup('Y', UI_KEYS_ALL), ACT_COPY_MD);
	assert_int_equal(ui_keys_lookup(CTRL_Y, UI_KEYS_ALL), ACT_LINE_UP);
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

static void
names_parse_to_the_codes(void **state)
{
	(void)state;
	for (size_t i = 0; i < ui_nkeys; i++) {
		const struct ui_key *k = &ui_keys[i];
		int got[UI_KEYS_MAX], n = 0;

		for (int a = 0; a < UI_KEYS_MAX && k->names[a]; a++) {
			int c[UI_KEYS_MAX], p, nc;
			char nm[32];
			const char *why;

			nc = ui_keys_parse(k->names[a], c, &p, nm, sizeof nm,
			    &why);
			if (nc == 0 || p != 0 || strcmp(nm, k->names[a]) != 0)
				fail_msg("%s: '%s' does not parse as itself",
				    k->name, k->names[a]);
			for (int j = 0; j < nc; j++)
				got[n++] = c[j];
		}
		for (int a = 0; a < UI_KEYS_MAX && k->keys[a]; a++) {
			int found = 0;

			for (int j = 0; j < n; j++)
				found |= got[j] == k->keys[a];
			if (!found)
				fail_msg("%s: code %d has no name", k->name,
				    k->keys[a]);
		}
		for (int j = 0; j < n; j++) {
			int found = 0;

			for (int a = 0; a < UI_KEYS_MAX && k->keys[a]; a++)
				found |= got[j] == k->keys[a];
			if (!found)
				fail_msg("%s: a name means code %d, not in the "
				    "table", k->name, got[j]);
		}
	}
}

static void
action_names_are_kebab_and_unique(void **state)
{
	(void)state;
	for (size_t i = 0; i < ui_nkeys; i++) {
		const char *n = ui_keys[i].name;

		assert_non_null(n);
		assert_true(n[0] >= 'a' && n[0] <= 'z');
		assert_int_equal(strspn(n, "abcdefghijklmnopqrstuvwxyz-"),
		    strlen(n));
		for (size_t j = i + 1; j < ui_nkeys; j++)
			assert_string_not_equal(n, ui_keys[j].name);
	}
}

static void
parse_names(void **state)
{
	int c[UI_KEYS_MAX], p;
	char nm[32];
	const char *why;

	(void)state;
	assert_int_equal(ui_keys_parse("ctrl-n", c, &p, nm, sizeof nm, &why),
	    1);
	assert_int_equal(c[0], 14);
	assert_string_equal(nm, "Ctrl-N");
	assert_int_equal(ui_keys_parse("g g", c, &p, nm, sizeof nm, &why), 1);
	assert_int_equal(p, 'g');
	assert_int_equal(c[0], 'g');
	assert_string_equal(nm, "g g");
	assert_int_equal(ui_keys_parse("Esc u", c, &p, nm, sizeof nm, &why),
	    1);
	assert_int_equal(p, 0);
	assert_int_equal(c[0], UI_KEY_META('u'));
	assert_string_equal(nm, "Esc-u");
	assert_int_equal(ui_keys_parse("\xc4\x83", c, &p, nm, sizeof nm,
	    &why), 1);
	assert_int_equal(c[0], UI_KEY_CHAR(0x103));
	assert_int_equal(ui_keys_parse("F12", c, &p, nm, sizeof nm, &why), 1);
	assert_int_equal(c[0], KEY_F(12));
	assert_int_equal(ui_keys_parse("Enter", c, &p, nm, sizeof nm, &why),
	    3);
	assert_int_equal(ui_keys_parse("Hyper-x", c, &p, nm, sizeof nm,
	    &why), 0);
	assert_int_equal(ui_keys_parse("a b c", c, &p, nm, sizeof nm, &why),
	    0);
	assert_int_equal(ui_keys_parse("", c, &p, nm, sizeof nm, &why), 0);
	assert_int_equal(ui_keys_parse("Ctrl-@", c, &p, nm, sizeof nm, &why),
	    0);
	assert_int_equal(ui_keys_parse("Space", c, &p, nm, sizeof nm, &why),
	    1);
	assert_int_equal(c[0], ' ');
	assert_int_equal(ui_keys_parse(" ", c, &p, nm, sizeof nm, &why), 0);
	assert_int_equal(ui_keys_parse("1 x", c, &p, nm, sizeof nm, &why),
	    0);
}

static struct config_str
cs(const char *s, int line, int col)
{
	struct config_str r;

	r.s = (char *)(uintptr_t)s;
	r.line = line;
	r.col = col;
	return r;
}

/* Last: it rewrites the table for the rest of the run. */
static void
apply_config(void **state)
{
	struct config_str k1[] = { cs("X", 2, 14), cs("Ctrl-Q", 2, 17) };
	struct config_str k2[] = { cs("g g", 3, 10) };
	struct config_str k3[] = { cs("Hyper-x", 5, 9) };
	struct config_keys ck[] = {
		{ cs("next-item", 2, 3), k1, 2 },
		{ cs("first", 3, 3), k2, 1 },
		{ cs("line-up", 4, 3), NULL, 0 },
		{ cs("quit", 5, 3), k3, 1 },
		{ cs("no-such-thing", 6, 3), NULL, 0 },
	};
	struct config c;
	struct diag d;

	(void)state;
	config_init(&c);
	c.path = (char *)(uintptr_t)"cfg.yaml";
	c.keys = ck;
	c.nkeys = sizeof ck / sizeof ck[0];
	diag_init(&d, NULL);
	ui_keys_apply(&c, &d);
	assert_int_equal(ui_keys_lookup('X', UI_KEYS_ALL), ACT_NEXT_ITEM);
	assert_int_equal(ui_keys_lookup(17, UI_KEYS_ALL), ACT_NEXT_ITEM);
	/* The defaults given up: J, g, Home and Ctrl-Y (y is copy's). */
	assert_int_equal(ui_keys_lookup('J', UI_KEYS_ALL), ACT_NONE);
	assert_int_equal(ui_keys_lookup('g', UI_KEYS_ALL), ACT_NONE);
	assert_int_equal(ui_keys_lookup(KEY_HOME, UI_KEYS_ALL), ACT_NONE);
	assert_int_equal(ui_keys_lookup(CTRL_Y, UI_KEYS_ALL), ACT_NONE);
	assert_int_equal(ui_keys_lookup('y', UI_KEYS_ALL), ACT_COPY);
	assert_true(ui_keys_is_prefix('g', UI_KEYS_ALL));
	assert_false(ui_keys_is_prefix('G', UI_KEYS_ALL));
	assert_int_equal(ui_keys_lookup2('g', 'g', UI_KEYS_ALL), ACT_FIRST);
	assert_int_equal(ui_keys_lookup2('g', 'G', UI_KEYS_ALL), ACT_NONE);
	assert_string_equal(ui_keys_name(ACT_FIRST), "g g");
	assert_string_equal(ui_keys_name(ACT_LINE_UP), "\xe2\x80\x94");
	/* A bad key costs that key; none good keeps the defaults. */
	assert_int_equal(ui_keys_lookup('Q', UI_KEYS_ALL), ACT_QUIT);
	assert_int_equal(d.n, 2);
	assert_string_equal(d.v[0].file, "cfg.yaml");
	assert_int_equal(d.v[0].line, 5);
	assert_int_equal(d.v[0].col, 9);
	assert_int_equal(d.v[1].line, 6);
	assert_int_equal(d.v[1].col, 3);
	/* A key taken from another action: Ctrl-N leaves down. */
	{
		struct config_str k4[] = { cs("Ctrl-N", 7, 12) };
		struct config_keys ck2[] = { { cs("next-item", 7, 3), k4, 1 } };

		c.keys = ck2;
		c.nkeys = 1;
		ui_keys_apply(&c, &d);
		assert_int_equal(ui_keys_lookup(14, UI_KEYS_ALL),
		    ACT_NEXT_ITEM);
		assert_int_equal(ui_keys_lookup('j', UI_KEYS_ALL), ACT_DOWN);
		assert_string_equal(ui_keys_of(ACT_DOWN)->names[1], "Down");
		assert_null(ui_keys_of(ACT_DOWN)->names[2]);
	}
	diag_free(&d);
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
		cmocka_unit_test(names_parse_to_the_codes),
		cmocka_unit_test(action_names_are_kebab_and_unique),
		cmocka_unit_test(parse_names),
		cmocka_unit_test(apply_config),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
