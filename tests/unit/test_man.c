/*
 * The man page against the key table: every key of ui_keys[] is listed
 * in man/hoso.1's KEYS section, in the subsection of its scope, all the
 * names of one binding on one .It line, with the binding's description in
 * that item's text with the action's name (the config file's); and no
 * key is documented there that the table does not have.  Also: the
 * prompt's keys, every option and mode, and the sections issue 4 asks
 * for.  Run from the repository root.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bounds.h"
#include "passage.h"
#include "render.h"
#include "theme.h"
#include "ui_keys.h"
#include "ui_prompt.h"
#include "util.h"
#include "ytree.h"

#define MAN "man/hoso.1"
#define MAXTOK 16

struct item {
	char sub[64];			/* the .Ss it is under */
	char *tok[MAXTOK];		/* key names on its .It line */
	int ntok;
	struct util_buf body;		/* the text lines after it */
};

static char *man;			/* the whole page */
static struct item *items;
static size_t nitems, capitems;

/* roff escapes that may appear in key names: \& (nothing), \- (-),
 * \e (backslash). */
static char *
unescape(const char *s, size_t n)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			i++;
			if (s[i] == '-')
				util_buf_addc(&b, '-');
			else if (s[i] == 'e')
				util_buf_addc(&b, '\\');
			else if (s[i] != '&')
				fail_msg("unexpected escape \\%c in a key name",
				    s[i]);
			continue;
		}
		util_buf_addc(&b, s[i]);
	}
	return util_buf_detach(&b, NULL);
}

static int
is_macro_word(const char *w)
{
	static const char *const macros[] = {
		"Ic", "Cm", "Sy", "Li", "Ar", "Ql", "Dq", "Sq", "No", "Ns",
	};

	for (size_t i = 0; i < sizeof macros / sizeof macros[0]; i++)
		if (strcmp(w, macros[i]) == 0)
			return 1;
	return 0;
}

/* Splits the KEYS section into its .It items. */
static int
setup(void **state)
{
	size_t len;
	char *p, *end, sub[64] = "";
	int in_keys = 0;
	struct item *cur = NULL;

	(void)state;
	if (util_read_file(MAN, 0, &man, &len) != UTIL_READ_OK) {
		fprintf(stderr, "cannot read %s (run from the repository "
		    "root)\n", MAN);
		return -1;
	}
	for (p = man; *p != '\0'; p = *end ? end + 1 : end) {
		size_t n;

		end = strchr(p, '\n');
		if (end == NULL)
			end = p + strlen(p);
		n = (size_t)(end - p);
		if (n >= 4 && strncmp(p, ".Sh ", 4) == 0) {
			in_keys = n == 8 && strncmp(p + 4, "KEYS", 4) == 0;
			cur = NULL;
			continue;
		}
		if (!in_keys)
			continue;
		if (n >= 4 && strncmp(p, ".Ss ", 4) == 0) {
			snprintf(sub, sizeof sub, "%.*s", (int)(n - 4), p + 4);
			cur = NULL;
			continue;
		}
		if (n >= 4 && strncmp(p, ".It ", 4) == 0) {
			char *line = util_strndup(p + 4, n - 4), *w, *save;

			util_grow((void **)&items, &capitems, nitems + 1,
			    sizeof *items);
			cur = &items[nitems++];
			memset(cur, 0, sizeof *cur);
			snprintf(cur->sub, sizeof cur->sub, "%s", sub);
			util_buf_init(&cur->body);
			util_buf_adds(&cur->body, "");
			for (w = strtok_r(line, " \t", &save); w != NULL;
			    w = strtok_r(NULL, " \t", &save)) {
				if (is_macro_word(w) || strcmp(w, ",") == 0)
					continue;
				if (cur->ntok == MAXTOK)
					fail_msg("too many keys on one .It");
				cur->tok[cur->ntok++] = unescape(w, strlen(w));
			}
			free(line);
			continue;
		}
		/* .Cm lines are in the text: the action's name is one. */
		if (cur != NULL && n > 4 && strncmp(p, ".Cm ", 4) == 0) {
			util_buf_add(&cur->body, p + 4, n - 4);
			util_buf_addc(&cur->body, ' ');
			continue;
		}
		if (n > 0 && (p[0] == '.' || p[0] == '\'')) {
			if (strncmp(p, ".El", 3) == 0)
				cur = NULL;
			continue;
		}
		if (cur != NULL) {
			util_buf_add(&cur->body, p, n);
			util_buf_addc(&cur->body, ' ');
		}
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < nitems; i++) {
		for (int t = 0; t < items[i].ntok; t++)
			free(items[i].tok[t]);
		util_buf_free(&items[i].body);
	}
	free(items);
	free(man);
	return 0;
}

static int
has_tok(const struct item *it, const char *name)
{
	for (int t = 0; t < it->ntok; t++)
		if (strcmp(it->tok[t], name) == 0)
			return 1;
	return 0;
}

/* The item of subsection sub whose .It names key, or NULL. */
static const struct item *
find_item(const char *sub, const char *key)
{
	for (size_t i = 0; i < nitems; i++)
		if (strcmp(items[i].sub, sub) == 0 && has_tok(&items[i], key))
			return &items[i];
	return NULL;
}

static int
contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++) {
		size_t i;

		for (i = 0; i < n; i++)
			if (tolower((unsigned char)hay[i]) !=
			    tolower((unsigned char)needle[i]))
				break;
		if (i == n)
			return 1;
	}
	return 0;
}

static const char *
scope_section(int scope)
{
	switch (scope) {
	case UI_KEYS_ALL:
		return "All views";
	case UI_KEYS_TIMELINE:
		return "Timeline";
	default:
		fail_msg("scope %d has no section in the man page test", scope);
	}
	return NULL;
}

/* Every binding: all its names on one .It of its scope's subsection, and
 * its description in that item's text. */
static void
test_every_key_documented(void **state)
{
	(void)state;
	assert_true(ui_nkeys > 20);
	for (size_t i = 0; i < ui_nkeys; i++) {
		const struct ui_key *k = &ui_keys[i];
		const char *sub = scope_section(k->scope);
		const struct item *it;
		char want[64];

		assert_non_null(k->names[0]);
		it = find_item(sub, k->names[0]);
		if (it == NULL)
			fail_msg("%s: key \"%s\" (%s) is not in KEYS, %s", MAN,
			    k->names[0], k->en, sub);
		for (int n = 1; n < UI_KEYS_MAX && k->names[n] != NULL; n++)
			if (!has_tok(it, k->names[n]))
				fail_msg("%s: key \"%s\" is not listed with "
				    "\"%s\" in KEYS, %s", MAN, k->names[n],
				    k->names[0], sub);
		snprintf(want, sizeof want, "Action name: %s .", k->name);
		if (strstr(it->body.data, want) == NULL)
			fail_msg("%s: the entry for \"%s\" does not give its "
			    "action name %s", MAN, k->names[0], k->name);
		if (!contains_nocase(it->body.data, k->en))
			fail_msg("%s: the entry for \"%s\" does not say "
			    "\"%s\" (it says: %s)", MAN, k->names[0], k->en,
			    it->body.data);
	}
}

/* And the other way round: the man page documents no key the table does
 * not have. */
static void
test_no_stale_keys(void **state)
{
	size_t seen = 0;

	(void)state;
	for (size_t i = 0; i < nitems; i++) {
		const struct item *it = &items[i];
		int scope;

		if (strcmp(it->sub, "All views") == 0)
			scope = UI_KEYS_ALL;
		else if (strcmp(it->sub, "Timeline") == 0)
			scope = UI_KEYS_TIMELINE;
		else
			continue;
		seen++;
		for (int t = 0; t < it->ntok; t++) {
			int found = 0;

			for (size_t k = 0; k < ui_nkeys && !found; k++) {
				if (ui_keys[k].scope != scope)
					continue;
				for (int n = 0; n < UI_KEYS_MAX &&
				    ui_keys[k].names[n] != NULL; n++)
					if (strcmp(ui_keys[k].names[n],
					    it->tok[t]) == 0)
						found = 1;
			}
			if (!found)
				fail_msg("%s documents key \"%s\" (%s), which "
				    "the key table does not have", MAN,
				    it->tok[t], it->sub);
		}
	}
	assert_int_equal(seen, ui_nkeys);
}

/* The prompt's editing keys and the mouse, which are not in the table. */
static void
test_prompt_and_mouse(void **state)
{
	const struct item *it;

	(void)state;
	/* The prompt's own key table, name by name. */
	for (size_t i = 0; i < ui_prompt_nkeys; i++) {
		const struct ui_prompt_binding *k = &ui_prompt_keys[i];

		for (int j = 0; j < UI_PROMPT_KEYS_MAX && k->names[j]; j++) {
			it = find_item("Search prompt", k->names[j]);
			if (it == NULL)
				fail_msg("prompt key %s is not in KEYS, "
				    "Search prompt", k->names[j]);
			if (!contains_nocase(it->body.data, k->en))
				fail_msg("prompt key %s does not say \"%s\"",
				    k->names[j], k->en);
		}
	}
	it = find_item("Mouse", "click");
	assert_non_null(it);
	assert_true(contains_nocase(it->body.data, "follow"));
	it = find_item("Mouse", "wheel");
	assert_non_null(it);
	assert_true(contains_nocase(it->body.data, "scroll"));
}

static void
test_options_and_sections(void **state)
{
	static const char *const needles[] = {
		/* every option and mode, as mdoc flags */
		"Fl C Ar dir", "Fl -content Ar dir", "Fl m Ar mapfile",
		"Fl -map Ar mapfile", "Fl w Ar cols", "Fl -width Ar cols",
		".It Fl -theme Ar name | file", ".It Fl -no-state",
		".It Fl -list", ".It Fl -show Ar id", ".It Fl -topics",
		".It Fl -topic Ar id", ".It Fl -timeline",
		".It Fl -search Ar query", ".It Fl -check", ".It Fl -suggest",
		".It Fl -version", ".It Fl -help", ".It Fl -dump-keys",
		"hoso/config.yaml.sample",
		/* the sections */
		"\n.Sh NAME\n", "\n.Sh SYNOPSIS\n", "\n.Sh DESCRIPTION\n",
		"\n.Sh OPTIONS\n", "\n.Sh KEYS\n", "\n.Sh SEARCH\n",
		"\n.Sh CONTENT FORMAT\n", "\n.Sh THEMES\n",
		"\n.Sh ENVIRONMENT\n", "\n.Sh FILES\n", "\n.Sh LIMITS\n",
		"\n.Sh EXIT STATUS\n",
		"\n.Sh EXAMPLES\n", "\n.Sh SEE ALSO\n",
		/* the environment */
		".It Ev HOSO_CONTENT", ".It Ev NO_COLOR",
		".It Ev XDG_CONFIG_HOME", ".It Ev XDG_STATE_HOME",
		".It Ev HOME", ".It Ev LANG", "Ev LC_ALL", ".It Ev TERM",
		"C.UTF-8",
		/* themes: the three shipped and where they are found */
		".Cm default", ".Cm light", ".Cm mono",
		"$XDG_CONFIG_HOME/hoso/themes/", "$(PREFIX)/share/hoso/themes/",
	};

	(void)state;
	for (size_t i = 0; i < sizeof needles / sizeof needles[0]; i++)
		if (strstr(man, needles[i]) == NULL)
			fail_msg("%s lacks \"%s\"", MAN, needles[i]);
}

/* Every theme role is named in THEMES (the topics' as "topic-0 ...
 * topic-15"). */
static void
test_theme_roles(void **state)
{
	const char *themes = strstr(man, "\n.Sh THEMES\n");

	(void)state;
	assert_non_null(themes);
	for (int r = 0; r < ROLE_COUNT; r++) {
		char want[64];

		if (r > ROLE_TOPIC_0 && r < ROLE_TOPIC_0 + THEME_NTOPIC_ROLES - 1)
			continue;
		snprintf(want, sizeof want, "Cm %s",
		    theme_role_name((enum theme_role)r));
		if (strstr(themes, want) == NULL)
			fail_msg("%s: THEMES does not name the role %s", MAN,
			    theme_role_name((enum theme_role)r));
	}
}

/* LIMITS states the caps of bounds.h (and the passage reach) with the
 * numbers the code uses. */
static void
test_limits(void **state)
{
	const char *lim = strstr(man, "\n.Sh LIMITS\n"), *end;
	char want[96], k[UTIL_GROUPED_SIZE];
	struct { unsigned long long n; const char *what; } caps[] = {
		{ HOSO_MAX_MENTIONS, " mentions an article" },
		{ HOSO_MAX_PASSAGES, " passages an article" },
		{ HOSO_MAX_HITS, " matches an article" },
		{ HOSO_QUOTE_READ_FACTOR, " readings of an article" },
		{ TEXT_PASSAGE_REACH, " bytes around a match" },
	};

	(void)state;
	assert_non_null(lim);
	end = strstr(lim + 1, "\n.Sh ");
	assert_non_null(end);
	for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
		const char *p;

		snprintf(want, sizeof want, ".It %s%s",
		    util_grouped(caps[i].n, k), caps[i].what);
		p = strstr(lim, want);
		if (p == NULL || p > end)
			fail_msg("%s: LIMITS lacks \"%s\"", MAN, want);
	}
	snprintf(want, sizeof want, "%llu MiB, whichever",
	    HOSO_QUOTE_READ_MIN / (1024 * 1024));
	if (strstr(lim, want) == NULL || strstr(lim, want) > end)
		fail_msg("%s: LIMITS lacks \"%s\"", MAN, want);
	snprintf(want, sizeof want, ".It %d words or %d bytes a keyword",
	    HOSO_MAX_KEYWORD_WORDS, HOSO_MAX_KEYWORD_BYTES);
	if (strstr(lim, want) == NULL || strstr(lim, want) > end)
		fail_msg("%s: LIMITS lacks \"%s\"", MAN, want);
	snprintf(want, sizeof want, ".It %d MiB and %s nodes for the topic map",
	    YTREE_MAX_BYTES / (1024 * 1024), util_grouped(YTREE_MAX_NODES, k));
	if (strstr(lim, want) == NULL || strstr(lim, want) > end)
		fail_msg("%s: LIMITS lacks \"%s\"", MAN, want);
	if (strcmp(RENDER_TOO_WIDE, "\xe2\x96\xa1") != 0 ||
	    strstr(lim, "drawn as \\[u25A1]") == NULL)
		fail_msg("%s: LIMITS does not name the marker", MAN);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_key_documented),
		cmocka_unit_test(test_no_stale_keys),
		cmocka_unit_test(test_prompt_and_mouse),
		cmocka_unit_test(test_options_and_sections),
		cmocka_unit_test(test_theme_roles),
		cmocka_unit_test(test_limits),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
