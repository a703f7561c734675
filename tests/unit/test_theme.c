/*
 * Unit tests for theme: role names, the built-in themes, the shipped theme
 * files (loaded with no warning, and equal to the built-ins where they
 * claim to be), colour and attribute parsing, FILE:LINE:COL warnings for
 * a broken theme, and where theme_find looks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "theme.h"
#include "testlib.h"
#include "util.h"

#define FIX "tests/fixtures/theme/"

static char tmpdir[] = "/tmp/hoso-theme-XXXXXX";

static int
setup(void **state)
{
	(void)state;
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	char cmd[256];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static char *
tmp_file(const char *name, const char *text)
{
	char *path = util_malloc(strlen(tmpdir) + strlen(name) + 2);
	FILE *fp;

	sprintf(path, "%s/%s", tmpdir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	return path;
}

/* Loads a theme from text; returns theme_load's result. */
static int
load_text(struct theme *t, const char *text, struct diag *d)
{
	char *path = tmp_file("t.yaml", text);
	int rc;

	diag_init(d, NULL);
	rc = theme_load(t, path, d);
	free(path);
	return rc;
}

static int
has_diag(const struct diag *d, const char *text)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->v[i].text, text) == 0)
			return 1;
	return 0;
}

static void
dump(const struct diag *d)
{
	diag_print(d, stderr);
}

static void
test_role_names(void **state)
{
	(void)state;
	for (int r = 0; r < ROLE_COUNT; r++) {
		const char *n = theme_role_name((enum theme_role)r);

		assert_non_null(n);
		assert_true(n[0] >= 'a' && n[0] <= 'z');
		for (int s = 0; s < r; s++)
			assert_string_not_equal(n,
			    theme_role_name((enum theme_role)s));
	}
	assert_string_equal(theme_role_name(ROLE_TEXT), "text");
	assert_string_equal(theme_role_name(ROLE_TAB_ACTIVE), "tab-active");
	assert_string_equal(theme_role_name(ROLE_SELECTION_DIM),
	    "selection-dim");
	assert_string_equal(theme_role_name(ROLE_MATCH_CURRENT),
	    "match-current");
	assert_string_equal(theme_role_name(ROLE_TOPIC_0), "topic-0");
	assert_string_equal(theme_role_name(ROLE_TOPIC_7), "topic-7");
	assert_string_equal(theme_role_name(ROLE_TOPIC_15), "topic-15");
	assert_string_equal(theme_role_name(ROLE_MENTION), "mention");
}

static void
test_topic_role(void **state)
{
	(void)state;
	assert_int_equal(theme_topic_role(0), ROLE_TOPIC_0);
	assert_int_equal(theme_topic_role(5), ROLE_TOPIC_5);
	assert_int_equal(theme_topic_role(11), ROLE_TOPIC_11);
	assert_int_equal(theme_topic_role(15), ROLE_TOPIC_15);
	/* Sixteen topics (the shipped map's) each get their own. */
	assert_int_equal(THEME_NTOPIC_ROLES, 16);
	assert_int_equal(theme_topic_role(16), ROLE_TOPIC_0);
	assert_int_equal(theme_topic_role(19), ROLE_TOPIC_3);
	assert_true(theme_is_topic_role(ROLE_TOPIC_0));
	assert_true(theme_is_topic_role(ROLE_TOPIC_15));
	assert_false(theme_is_topic_role(ROLE_MENTION));
	assert_false(theme_is_topic_role(ROLE_LINK));
}

/* The topics' palette is their own: no topic colour is a colour of any
 * other role (the title's, a tab's, a key's, the link cursor's...), so
 * a strong mention never reads as one of them. */
static void
assert_topic_palette_own(const struct theme *t)
{
	for (int i = 0; i < THEME_NTOPIC_ROLES; i++) {
		int fg = t->role[ROLE_TOPIC_0 + i].fg;

		for (int r = 0; r < ROLE_COUNT; r++) {
			if (theme_is_topic_role((enum theme_role)r))
				continue;
			if (fg == t->role[r].fg || fg == t->role[r].bg)
				fail_msg("%s: topic-%d's colour %d is also %s's",
				    t->name, i, fg,
				    theme_role_name((enum theme_role)r));
		}
	}
}

/* Each meaning of the detail pane, and the selection, looks like no
 * other: without colour that means attributes of its own. */
static void
assert_meanings_distinct(const struct theme *t, int by_attrs)
{
	static const enum theme_role m[] = {
		ROLE_LINK, ROLE_LINK_FOCUS, ROLE_MENTION, ROLE_TOPIC_0,
		ROLE_MATCH, ROLE_MATCH_CURRENT, ROLE_SELECTION,
		ROLE_SELECTION_DIM, ROLE_TARGET,
	};
	size_t n = sizeof m / sizeof m[0];

	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < i; j++) {
			const struct theme_style *a = &t->role[m[i]];
			const struct theme_style *b = &t->role[m[j]];

			if (by_attrs ? a->attrs == b->attrs : a->fg == b->fg &&
			    a->bg == b->bg && a->attrs == b->attrs)
				fail_msg("%s: %s looks like %s", t->name,
				    theme_role_name(m[i]), theme_role_name(m[j]));
		}
}

/* Topic highlights must tell topics apart at a glance. */
static void
assert_topics_distinct(const struct theme *t)
{
	for (int i = 0; i < THEME_NTOPIC_ROLES; i++) {
		const struct theme_style *a = &t->role[ROLE_TOPIC_0 + i];

		for (int j = 0; j < i; j++) {
			const struct theme_style *b = &t->role[ROLE_TOPIC_0 + j];

			if (a->fg == b->fg && a->bg == b->bg &&
			    a->attrs == b->attrs)
				fail_msg("%s looks like %s in theme %s",
				    theme_role_name(ROLE_TOPIC_0 + i),
				    theme_role_name(ROLE_TOPIC_0 + j), t->name);
		}
	}
}

static void
test_builtin(void **state)
{
	struct theme t;

	(void)state;
	theme_builtin(&t);
	assert_string_equal(t.name, "default");
	assert_int_equal(t.role[ROLE_TEXT].fg, THEME_DEFAULT_COLOR);
	assert_int_equal(t.role[ROLE_TEXT].bg, THEME_DEFAULT_COLOR);
	/* A colour theme: every topic its own colour. */
	for (int i = 0; i < THEME_NTOPIC_ROLES; i++) {
		int fg = t.role[ROLE_TOPIC_0 + i].fg;

		assert_true(fg >= 0 && fg <= 255);
		for (int j = 0; j < i; j++)
			assert_int_not_equal(fg, t.role[ROLE_TOPIC_0 + j].fg);
	}
	/* The selection must be visible without relying on attributes. */
	assert_int_not_equal(t.role[ROLE_SELECTION].bg, THEME_DEFAULT_COLOR);
	assert_topic_palette_own(&t);
	assert_meanings_distinct(&t, 0);
	/* A quiet mention is the text's colour, underlined like a link. */
	assert_int_equal(t.role[ROLE_MENTION].fg, THEME_DEFAULT_COLOR);
	assert_true(t.role[ROLE_MENTION].attrs & THEME_UNDERLINE);
	assert_true(t.role[ROLE_LINK].attrs & THEME_UNDERLINE);
	theme_free(&t);
	assert_null(t.name);
}

static void
test_mono(void **state)
{
	struct theme t;

	(void)state;
	theme_mono(&t);
	assert_string_equal(t.name, "mono");
	for (int r = 0; r < ROLE_COUNT; r++) {
		assert_int_equal(t.role[r].fg, THEME_DEFAULT_COLOR);
		assert_int_equal(t.role[r].bg, THEME_DEFAULT_COLOR);
		/* Only what every terminal has. */
		assert_int_equal(t.role[r].attrs & ~(unsigned)(THEME_BOLD |
		    THEME_DIM | THEME_UNDERLINE | THEME_REVERSE), 0);
	}
	/* Four attributes cannot tell sixteen topics apart: every topic is
	 * a strong mention, which must differ from a quiet one. */
	assert_meanings_distinct(&t, 1);
	/* The roles a reader must see are marked somehow. */
	assert_int_not_equal(t.role[ROLE_SELECTION].attrs, 0);
	assert_int_not_equal(t.role[ROLE_SELECTION_DIM].attrs, 0);
	assert_int_not_equal(t.role[ROLE_LINK].attrs, 0);
	assert_int_not_equal(t.role[ROLE_LINK_FOCUS].attrs, 0);
	assert_int_not_equal(t.role[ROLE_MATCH].attrs, 0);
	assert_int_not_equal(t.role[ROLE_MATCH_CURRENT].attrs,
	    t.role[ROLE_MATCH].attrs);
	assert_int_not_equal(t.role[ROLE_STATUS].attrs, 0);
	theme_free(&t);
}

/* Loads a shipped theme and insists on zero diagnostics. */
static void
load_shipped(struct theme *t, const char *name)
{
	char path[128];
	struct diag d;

	snprintf(path, sizeof path, "themes/%s.yaml", name);
	diag_init(&d, NULL);
	if (theme_load(t, path, &d) != 0 || d.n != 0) {
		dump(&d);
		fail_msg("%s did not load cleanly", path);
	}
	diag_free(&d);
	assert_string_equal(t->name, name);
}

static void
assert_same_theme(const struct theme *a, const struct theme *b)
{
	for (int r = 0; r < ROLE_COUNT; r++) {
		const struct theme_style *x = &a->role[r], *y = &b->role[r];

		if (x->fg != y->fg || x->bg != y->bg || x->attrs != y->attrs)
			fail_msg("role %s: %s has {%d,%d,%u}, %s has {%d,%d,%u}",
			    theme_role_name((enum theme_role)r), a->name, x->fg,
			    x->bg, x->attrs, b->name, y->fg, y->bg, y->attrs);
	}
}

static void
test_shipped_default(void **state)
{
	struct theme t, b;

	(void)state;
	load_shipped(&t, "default");
	theme_builtin(&b);
	assert_same_theme(&t, &b);
	theme_free(&t);
	theme_free(&b);
}

static void
test_shipped_mono(void **state)
{
	struct theme t, b;

	(void)state;
	load_shipped(&t, "mono");
	theme_mono(&b);
	assert_same_theme(&t, &b);
	theme_free(&t);
	theme_free(&b);
}

static void
test_shipped_light(void **state)
{
	struct theme t, b;
	int differ = 0;

	(void)state;
	load_shipped(&t, "light");
	theme_builtin(&b);
	assert_topics_distinct(&t);
	assert_topic_palette_own(&t);
	assert_meanings_distinct(&t, 0);
	for (int i = 0; i < THEME_NTOPIC_ROLES; i++)
		for (int j = 0; j < i; j++)
			assert_int_not_equal(t.role[ROLE_TOPIC_0 + i].fg,
			    t.role[ROLE_TOPIC_0 + j].fg);
	/* It must really be another theme, not the default renamed. */
	for (int r = 0; r < ROLE_COUNT; r++)
		if (t.role[r].fg != b.role[r].fg)
			differ++;
	assert_true(differ > ROLE_COUNT / 2);
	theme_free(&t);
	theme_free(&b);
}

/* Every role of every shipped theme is written out, so none silently
 * inherits from the dark built-in. */
static void
test_shipped_complete(void **state)
{
	static const char *const names[] = { "default", "light", "mono" };

	(void)state;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char path[128], *buf;
		size_t len;

		snprintf(path, sizeof path, "themes/%s.yaml", names[i]);
		assert_int_equal(util_read_file(path, 0, &buf, &len),
		    UTIL_READ_OK);
		for (int r = 0; r < ROLE_COUNT; r++) {
			char key[64];

			snprintf(key, sizeof key, "\n  %s:",
			    theme_role_name((enum theme_role)r));
			if (strstr(buf, key) == NULL)
				fail_msg("%s has no role %s", path,
				    theme_role_name((enum theme_role)r));
		}
		free(buf);
	}
}

static void
test_bad_file(void **state)
{
	struct theme t, b;
	struct diag d;
	static const char *const want[] = {
		FIX "bad.yaml:3:1: warning: unknown key 'colours' (a theme "
		    "has name and roles)",
		FIX "bad.yaml:5:16: warning: title.fg: unknown colour "
		    "'purple' (use default, black, red, green, yellow, "
		    "blue, magenta, cyan, white, bright-NAME, 0-255 or "
		    "\"#rrggbb\")",
		FIX "bad.yaml:6:3: warning: unknown role 'sparkle'",
		FIX "bad.yaml:7:15: warning: link.fg: unknown colour '300' "
		    "(use default, black, red, green, yellow, blue, magenta, "
		    "cyan, white, bright-NAME, 0-255 or \"#rrggbb\")",
		FIX "bad.yaml:7:39: warning: link.attrs: unknown attribute "
		    "'blink' (use bold, dim, underline, reverse, italic, "
		    "standout)",
		FIX "bad.yaml:8:26: warning: unknown key 'colour' in role "
		    "'meta' (use fg, bg, attrs)",
		FIX "bad.yaml:9:10: warning: match: expected a mapping like "
		    "{ fg: yellow, attrs: [bold] }, found a scalar",
		FIX "bad.yaml:11:16: warning: quote.fg: unknown colour "
		    "'#12345' (use default, black, red, green, yellow, "
		    "blue, magenta, cyan, white, bright-NAME, 0-255 or "
		    "\"#rrggbb\")",
	};

	(void)state;
	diag_init(&d, NULL);
	assert_int_equal(theme_load(&t, FIX "bad.yaml", &d), 0);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		if (!has_diag(&d, want[i])) {
			dump(&d);
			fail_msg("missing: %s", want[i]);
		}
	/* The unquoted #rrggbb is explained, at its position. */
	{
		int found = 0;

		for (size_t i = 0; i < d.n; i++)
			if (strncmp(d.v[i].text, FIX "bad.yaml:13:",
			    strlen(FIX "bad.yaml:13:")) == 0 &&
			    strstr(d.v[i].text, "bar.fg: missing colour") &&
			    strstr(d.v[i].text, "quotes"))
				found = 1;
		if (!found) {
			dump(&d);
			fail_msg("no warning for bar.fg at line 13");
		}
	}
	assert_int_equal(d.nerrors, 0);
	assert_int_equal(d.nwarnings, sizeof want / sizeof want[0] + 1);

	/* Good entries applied, bad ones left as built. */
	theme_builtin(&b);
	assert_string_equal(t.name, "broken");
	assert_int_equal(t.role[ROLE_TITLE].fg, b.role[ROLE_TITLE].fg);
	assert_int_equal(t.role[ROLE_TITLE].attrs, THEME_BOLD);
	assert_int_equal(t.role[ROLE_LINK].fg, b.role[ROLE_LINK].fg);
	assert_int_equal(t.role[ROLE_LINK].attrs, THEME_UNDERLINE);
	assert_int_equal(t.role[ROLE_META].fg, 46);
	assert_int_equal(t.role[ROLE_NOTE].fg, 9);
	assert_int_equal(t.role[ROLE_NOTE].attrs, 0);
	assert_int_equal(t.role[ROLE_MATCH].bg, b.role[ROLE_MATCH].bg);
	assert_int_equal(t.role[ROLE_QUOTE].fg, b.role[ROLE_QUOTE].fg);
	assert_int_equal(t.role[ROLE_BAR].fg, b.role[ROLE_BAR].fg);
	assert_int_equal(t.role[ROLE_BAR].bg, 4);
	theme_free(&t);
	theme_free(&b);
	diag_free(&d);
}

/* A file the parser rejects: warnings with positions, never an error,
 * and the built-in theme. */
static void
test_syntax_error(void **state)
{
	struct theme t, b;
	struct diag d;
	int positioned = 0;

	(void)state;
	diag_init(&d, NULL);
	assert_int_equal(theme_load(&t, FIX "syntax.yaml", &d), -1);
	assert_int_equal(d.nerrors, 0);
	assert_true(d.nwarnings >= 1);
	for (size_t i = 0; i < d.n; i++) {
		int line, col;

		if (sscanf(d.v[i].text, FIX "syntax.yaml:%d:%d: warning: ",
		    &line, &col) == 2 && line >= 3 && col >= 1)
			positioned = 1;
	}
	if (!positioned) {
		dump(&d);
		fail_msg("no FILE:LINE:COL warning");
	}
	theme_builtin(&b);
	assert_string_equal(t.name, "default");
	assert_same_theme(&t, &b);
	theme_free(&t);
	theme_free(&b);
	diag_free(&d);
}

static void
test_missing_file(void **state)
{
	struct theme t;
	struct diag d;

	(void)state;
	diag_init(&d, NULL);
	assert_int_equal(theme_load(&t, FIX "no-such-theme.yaml", &d), -1);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.nerrors, 0);
	assert_non_null(strstr(d.v[0].text, FIX "no-such-theme.yaml: "
	    "warning: cannot read: No such file"));
	assert_string_equal(t.name, "default");
	theme_free(&t);
	diag_free(&d);
}

static void
test_not_a_mapping(void **state)
{
	struct theme t;
	struct diag d;

	(void)state;
	assert_int_equal(load_text(&t, "- title\n- link\n", &d), -1);
	assert_int_equal(d.nwarnings, 1);
	assert_int_equal(d.nerrors, 0);
	assert_non_null(strstr(d.v[0].text, "t.yaml:1:1: warning: a theme "
	    "must be a mapping"));
	theme_free(&t);
	diag_free(&d);

	assert_int_equal(load_text(&t, "", &d), -1);
	assert_int_equal(d.nwarnings, 1);
	theme_free(&t);
	diag_free(&d);
}

static void
test_too_big(void **state)
{
	struct theme t;
	struct diag d;
	size_t n = 70 * 1024;
	char *big = util_malloc(n + 1);

	(void)state;
	memset(big, '#', n);
	big[n] = '\0';
	assert_int_equal(load_text(&t, big, &d), -1);
	assert_int_equal(d.nwarnings, 1);
	assert_non_null(strstr(d.v[0].text, "larger than 64 KiB"));
	free(big);
	theme_free(&t);
	diag_free(&d);
}

static void
test_colours(void **state)
{
	static const struct {
		const char *text;
		int want;
	} cases[] = {
		{ "default", THEME_DEFAULT_COLOR },
		{ "black", 0 }, { "red", 1 }, { "white", 7 },
		{ "bright-black", 8 }, { "bright-cyan", 14 },
		{ "bright-white", 15 },
		{ "0", 0 }, { "42", 42 }, { "255", 255 },
		{ "\"#000000\"", 16 }, { "\"#ffffff\"", 231 },
		{ "\"#ff0000\"", 196 }, { "\"#5fafff\"", 75 },
		{ "\"#5FAFFF\"", 75 }, { "\"#808080\"", 244 },
		{ "\"#ffd700\"", 220 }, { "'#1c1c1c'", 234 },
		{ "\"200\"", 200 },
	};
	static const char *const bad[] = {
		"256", "-1", "1.5", "0x10", "\"#12345\"", "\"#1234567\"",
		"\"#gg0000\"", "purple", "bright-", "bright-purple", "Red",
		"[red]", "{ x: 1 }", "\" red\"", "\"\"", "1000",
	};
	struct theme t;
	struct diag d;
	char text[128];

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(text, sizeof text, "roles:\n  topic-2: { fg: %s, "
		    "bg: %s }\n", cases[i].text, cases[i].text);
		assert_int_equal(load_text(&t, text, &d), 0);
		if (d.n != 0) {
			dump(&d);
			fail_msg("colour %s warned", cases[i].text);
		}
		if (t.role[ROLE_TOPIC_2].fg != cases[i].want ||
		    t.role[ROLE_TOPIC_2].bg != cases[i].want)
			fail_msg("colour %s: got %d, want %d", cases[i].text,
			    t.role[ROLE_TOPIC_2].fg, cases[i].want);
		theme_free(&t);
		diag_free(&d);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct theme b;

		snprintf(text, sizeof text, "roles:\n  topic-2: { fg: %s }\n",
		    bad[i]);
		assert_int_equal(load_text(&t, text, &d), 0);
		if (d.nwarnings != 1 || strstr(d.v[0].text, ":2:") == NULL) {
			dump(&d);
			fail_msg("colour %s: want one warning at line 2",
			    bad[i]);
		}
		theme_builtin(&b);
		assert_int_equal(t.role[ROLE_TOPIC_2].fg,
		    b.role[ROLE_TOPIC_2].fg);
		theme_free(&b);
		theme_free(&t);
		diag_free(&d);
	}
}

static void
test_attrs_and_overlay(void **state)
{
	struct theme t, b;
	struct diag d;

	(void)state;
	diag_init(&d, NULL);
	assert_int_equal(theme_load(&t, FIX "ok.yaml", &d), 0);
	if (d.n != 0) {
		dump(&d);
		fail_msg("ok.yaml warned");
	}
	theme_builtin(&b);
	assert_string_equal(t.name, "ok");
	/* Overlay field by field: what is not written stays built-in. */
	assert_int_equal(t.role[ROLE_TITLE].fg, 14);
	assert_int_equal(t.role[ROLE_TITLE].bg, b.role[ROLE_TITLE].bg);
	assert_int_equal(t.role[ROLE_TITLE].attrs, b.role[ROLE_TITLE].attrs);
	assert_int_equal(t.role[ROLE_LINK].fg, b.role[ROLE_LINK].fg);
	assert_int_equal(t.role[ROLE_LINK].bg, 196);
	assert_int_equal(t.role[ROLE_LINK].attrs, THEME_REVERSE);
	assert_int_equal(t.role[ROLE_META].fg, b.role[ROLE_META].fg);
	assert_int_equal(t.role[ROLE_META].attrs, 0);
	assert_int_equal(t.role[ROLE_TOPIC_3].fg, 0);
	assert_int_equal(t.role[ROLE_TOPIC_3].bg, 7);
	assert_int_equal(t.role[ROLE_TOPIC_3].attrs,
	    THEME_ITALIC | THEME_STANDOUT | THEME_DIM);
	for (int r = ROLE_HEADING; r < ROLE_LINK; r++)
		assert_int_equal(t.role[r].fg, b.role[r].fg);
	theme_free(&t);
	theme_free(&b);
	diag_free(&d);

	/* No name: the file's stem. */
	assert_int_equal(load_text(&t, "roles: {}\n", &d), 0);
	assert_string_equal(t.name, "t");
	theme_free(&t);
	diag_free(&d);

	/* A name with a control character is shown harmlessly. */
	assert_int_equal(load_text(&t, "name: \"a\\eb\"\nroles: {}\n", &d), 0);
	assert_null(strchr(t.name, 0x1b));
	theme_free(&t);
	diag_free(&d);
}

static void
set_env(const char *k, const char *v)
{
	if (v == NULL)
		unsetenv(k);
	else
		setenv(k, v, 1);
}

/* A heap string from a format, so no path is ever cut short. */


static void
mkdir_p(char *path)
{
	char *cmd = tl_fmt("mkdir -p '%s'", path);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(path);
}

static void
touch(char *path)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fclose(fp);
	free(path);
}

/* Asserts theme_find's answer, freeing both. */
static void
assert_found(char *got, char *want)
{
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
	free(want);
}

static void
test_find(void **state)
{
	static const char *const xdgs[] = { NULL, "", "rel/dir" };
	char *cfg = tl_fmt("%s/cfg", tmpdir), *home = tl_fmt("%s/home", tmpdir);
	char *sys1 = tl_fmt("%s/sys1", tmpdir), *sys2 = tl_fmt("%s/sys2", tmpdir);
	const char *dirs[2];

	(void)state;
	mkdir_p(tl_fmt("%s/hoso/themes", cfg));
	mkdir_p(tl_fmt("%s/.config/hoso/themes", home));
	mkdir_p(util_strdup(sys1));
	mkdir_p(util_strdup(sys2));
	touch(tl_fmt("%s/hoso/themes/mine.yaml", cfg));
	touch(tl_fmt("%s/hoso/themes/light.yaml", cfg));
	touch(tl_fmt("%s/.config/hoso/themes/homey.yaml", home));
	touch(tl_fmt("%s/light.yaml", sys1));
	touch(tl_fmt("%s/light.yaml", sys2));
	touch(tl_fmt("%s/only2.yaml", sys2));
	dirs[0] = sys1;
	dirs[1] = sys2;

	/* Paths are paths, whether or not they exist. */
	assert_found(theme_find("./x", dirs, 2), util_strdup("./x"));
	assert_found(theme_find("x.yaml", dirs, 2), util_strdup("x.yaml"));
	assert_found(theme_find("/abs/x", dirs, 2), util_strdup("/abs/x"));

	set_env("XDG_CONFIG_HOME", cfg);
	set_env("HOME", home);
	assert_found(theme_find("mine", dirs, 2),
	    tl_fmt("%s/hoso/themes/mine.yaml", cfg));
	/* The user's own theme wins over an installed one of that name. */
	assert_found(theme_find("light", dirs, 2),
	    tl_fmt("%s/hoso/themes/light.yaml", cfg));
	/* With XDG_CONFIG_HOME set, ~/.config is not consulted. */
	assert_null(theme_find("homey", dirs, 2));
	assert_found(theme_find("only2", dirs, 2), tl_fmt("%s/only2.yaml", sys2));
	assert_null(theme_find("nonesuch", dirs, 2));
	assert_null(theme_find("", dirs, 2));
	assert_null(theme_find("..", dirs, 2));

	/* Unset, empty or relative XDG_CONFIG_HOME: ~/.config. */
	for (size_t i = 0; i < 3; i++) {
		set_env("XDG_CONFIG_HOME", xdgs[i]);
		assert_found(theme_find("homey", dirs, 2),
		    tl_fmt("%s/.config/hoso/themes/homey.yaml", home));
	}
	/* Installed themes, in the order given. */
	assert_found(theme_find("light", dirs, 2), tl_fmt("%s/light.yaml", sys1));
	assert_found(theme_find("light", dirs + 1, 1),
	    tl_fmt("%s/light.yaml", sys2));
	/* No HOME at all: only the directories given. */
	set_env("HOME", NULL);
	assert_null(theme_find("homey", dirs, 2));
	assert_null(theme_find("light", NULL, 0));
	/* A directory called NAME.yaml is not a theme. */
	mkdir_p(tl_fmt("%s/dir.yaml", sys1));
	assert_null(theme_find("dir", dirs, 1));
	free(cfg);
	free(home);
	free(sys1);
	free(sys2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_names),
		cmocka_unit_test(test_topic_role),
		cmocka_unit_test(test_builtin),
		cmocka_unit_test(test_mono),
		cmocka_unit_test(test_shipped_default),
		cmocka_unit_test(test_shipped_mono),
		cmocka_unit_test(test_shipped_light),
		cmocka_unit_test(test_shipped_complete),
		cmocka_unit_test(test_bad_file),
		cmocka_unit_test(test_syntax_error),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_not_a_mapping),
		cmocka_unit_test(test_too_big),
		cmocka_unit_test(test_colours),
		cmocka_unit_test(test_attrs_and_overlay),
		cmocka_unit_test(test_find),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
