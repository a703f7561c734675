/*
 * theme: the role table, the built-in themes and the theme-file loader
 * (see include/doc/theme.h).  No curses here: a theme is only numbers, so it
 * can be checked headless; ui_theme.c turns it into attributes.
 *
 * Model: a theme is a style per role.  Loading always starts from the
 * built-in default and overlays what the file says, field by field, so a
 * user theme may be as short as one role, and a broken entry costs only
 * that entry (a warning), never the whole theme.  Only a file that cannot
 * be read or parsed at all falls back to the built-in wholesale.
 *
 * The built-in tables below are the same as themes/default.yaml and
 * themes/mono.yaml (a unit test keeps them equal).  Colours in the
 * default theme were chosen so that their reduction to 16 and to 8
 * colours (hue-based, in ui_theme.c) still reads well on a dark
 * background: no dark grey as a foreground, no blue text, and the topic
 * colours fall on different hues wherever the terminal has them.
 */
#include "theme.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "schema.h"
#include "text.h"
#include "util.h"
#include "xdg.h"
#include "ytree.h"

#define THEME_MAX_BYTES (64 * 1024)

static const char *const role_names[ROLE_COUNT] = {
	[ROLE_TEXT] = "text",
	[ROLE_TITLE] = "title",
	[ROLE_META] = "meta",
	[ROLE_HEADING] = "heading",
	[ROLE_HEADER] = "header",
	[ROLE_TAB] = "tab",
	[ROLE_TAB_ACTIVE] = "tab-active",
	[ROLE_BORDER] = "border",
	[ROLE_BORDER_FOCUS] = "border-focus",
	[ROLE_SELECTION] = "selection",
	[ROLE_SELECTION_DIM] = "selection-dim",
	[ROLE_LINK] = "link",
	[ROLE_LINK_FOCUS] = "link-focus",
	[ROLE_MATCH] = "match",
	[ROLE_MATCH_CURRENT] = "match-current",
	[ROLE_TARGET] = "target",
	[ROLE_STATUS] = "status",
	[ROLE_STATUS_KEY] = "status-key",
	[ROLE_MESSAGE] = "message",
	[ROLE_ERROR] = "error",
	[ROLE_AXIS] = "axis",
	[ROLE_AXIS_MARK] = "axis-mark",
	[ROLE_AXIS_CURRENT] = "axis-current",
	[ROLE_BAR] = "bar",
	[ROLE_BADGE] = "badge",
	[ROLE_CONTROL] = "control",
	[ROLE_NOTE] = "note",
	[ROLE_QUOTE] = "quote",
	[ROLE_MENTION] = "mention",
	[ROLE_UNREAD] = "unread",
	[ROLE_TOPIC_0] = "topic-0",
	[ROLE_TOPIC_1] = "topic-1",
	[ROLE_TOPIC_2] = "topic-2",
	[ROLE_TOPIC_3] = "topic-3",
	[ROLE_TOPIC_4] = "topic-4",
	[ROLE_TOPIC_5] = "topic-5",
	[ROLE_TOPIC_6] = "topic-6",
	[ROLE_TOPIC_7] = "topic-7",
	[ROLE_TOPIC_8] = "topic-8",
	[ROLE_TOPIC_9] = "topic-9",
	[ROLE_TOPIC_10] = "topic-10",
	[ROLE_TOPIC_11] = "topic-11",
	[ROLE_TOPIC_12] = "topic-12",
	[ROLE_TOPIC_13] = "topic-13",
	[ROLE_TOPIC_14] = "topic-14",
	[ROLE_TOPIC_15] = "topic-15",
};

#define D THEME_DEFAULT_COLOR
#define B THEME_BOLD
#define M THEME_DIM
#define U THEME_UNDERLINE
#define R THEME_REVERSE
#define I THEME_ITALIC

/* Dark terminals.  Comments give what 8-colour terminals get.  Links are
 * one colour (81) and the link cursor that colour reversed; the sixteen
 * topic colours use none of the UI's colours (no 220, the title, tab and
 * key yellow; no 81), so a strong mention never reads as a title, a key
 * or the link cursor. */
static const struct theme_style builtin_dark[ROLE_COUNT] = {
	[ROLE_TEXT] = { D, D, 0 },
	[ROLE_TITLE] = { 220, D, B },		/* yellow */
	[ROLE_META] = { 245, D, 0 },		/* white */
	[ROLE_HEADING] = { 117, D, B },		/* cyan */
	[ROLE_HEADER] = { 231, 19, B },		/* white on blue */
	[ROLE_TAB] = { 252, 19, 0 },
	[ROLE_TAB_ACTIVE] = { 16, 220, B },	/* black on yellow */
	[ROLE_BORDER] = { 244, D, 0 },
	[ROLE_BORDER_FOCUS] = { 81, D, B },	/* cyan */
	[ROLE_SELECTION] = { 16, 80, 0 },	/* black on cyan */
	[ROLE_SELECTION_DIM] = { 246, D, R },	/* a grey bar */
	[ROLE_LINK] = { 81, D, U },
	[ROLE_LINK_FOCUS] = { 16, 81, B },
	[ROLE_MATCH] = { 16, 214, 0 },		/* black on yellow */
	[ROLE_MATCH_CURRENT] = { 16, 203, B },	/* black on red */
	[ROLE_TARGET] = { 16, 114, 0 },		/* black on green */
	[ROLE_STATUS] = { 252, 19, 0 },
	[ROLE_STATUS_KEY] = { 220, 19, B },
	[ROLE_MESSAGE] = { 231, 19, B },
	[ROLE_ERROR] = { 231, 124, B },		/* white on red */
	[ROLE_AXIS] = { 245, D, 0 },
	[ROLE_AXIS_MARK] = { 81, D, B },
	[ROLE_AXIS_CURRENT] = { 16, 220, B },
	[ROLE_BAR] = { 114, D, 0 },		/* green */
	[ROLE_BADGE] = { 144, D, 0 },
	[ROLE_CONTROL] = { 203, D, B },		/* red */
	[ROLE_NOTE] = { 214, D, B },		/* yellow */
	[ROLE_QUOTE] = { 187, D, I },
	[ROLE_MENTION] = { D, D, U },		/* the text, underlined */
	[ROLE_UNREAD] = { D, D, B },		/* the text, bold */
	[ROLE_TOPIC_0] = { 209, D, U },		/* red */
	[ROLE_TOPIC_1] = { 141, D, B | U },	/* blue, bold to be legible */
	[ROLE_TOPIC_2] = { 149, D, U },		/* green */
	[ROLE_TOPIC_3] = { 211, D, U },		/* magenta */
	[ROLE_TOPIC_4] = { 43, D, U },		/* cyan */
	[ROLE_TOPIC_5] = { 179, D, U },		/* yellow */
	[ROLE_TOPIC_6] = { 105, D, B | U },	/* blue, bold */
	[ROLE_TOPIC_7] = { 170, D, U },		/* magenta */
	[ROLE_TOPIC_8] = { 174, D, U },		/* red */
	[ROLE_TOPIC_9] = { 73, D, U },		/* cyan */
	[ROLE_TOPIC_10] = { 183, D, U },	/* magenta */
	[ROLE_TOPIC_11] = { 142, D, U },	/* yellow */
	[ROLE_TOPIC_12] = { 168, D, U },	/* red */
	[ROLE_TOPIC_13] = { 122, D, U },	/* cyan */
	[ROLE_TOPIC_14] = { 216, D, U },	/* red */
	[ROLE_TOPIC_15] = { 130, D, U },	/* yellow */
};

/* NO_COLOR: attributes only, and only the four that every terminal has
 * (bold, dim, underline, reverse).  Each meaning of the detail pane has
 * attributes of its own: link underline, quiet mention dim underline,
 * strong mention bold underline, link cursor reverse underline, search
 * match reverse, current match reverse bold underline; the selected row
 * reverse bold, dim reverse in the other pane.  Sixteen topics cannot
 * be told apart by four attributes: they all look like a strong mention. */
static const struct theme_style builtin_mono[ROLE_COUNT] = {
	[ROLE_TEXT] = { D, D, 0 },
	[ROLE_TITLE] = { D, D, B },
	[ROLE_META] = { D, D, M },
	[ROLE_HEADING] = { D, D, B | U },
	[ROLE_HEADER] = { D, D, R },
	[ROLE_TAB] = { D, D, R },
	[ROLE_TAB_ACTIVE] = { D, D, B },
	[ROLE_BORDER] = { D, D, 0 },
	[ROLE_BORDER_FOCUS] = { D, D, B },
	[ROLE_SELECTION] = { D, D, R | B },
	[ROLE_SELECTION_DIM] = { D, D, R | M },
	[ROLE_LINK] = { D, D, U },
	[ROLE_LINK_FOCUS] = { D, D, R | U },
	[ROLE_MATCH] = { D, D, R },
	[ROLE_MATCH_CURRENT] = { D, D, R | B | U },
	[ROLE_TARGET] = { D, D, B },
	[ROLE_STATUS] = { D, D, R },
	[ROLE_STATUS_KEY] = { D, D, R | B },
	[ROLE_MESSAGE] = { D, D, R | B },
	[ROLE_ERROR] = { D, D, R | B | U },
	[ROLE_AXIS] = { D, D, M },
	[ROLE_AXIS_MARK] = { D, D, B },
	[ROLE_AXIS_CURRENT] = { D, D, R | B },
	[ROLE_BAR] = { D, D, 0 },
	[ROLE_BADGE] = { D, D, M },
	[ROLE_CONTROL] = { D, D, R | M | U },
	[ROLE_NOTE] = { D, D, B },
	[ROLE_QUOTE] = { D, D, M },
	[ROLE_MENTION] = { D, D, M | U },
	[ROLE_UNREAD] = { D, D, B },
	[ROLE_TOPIC_0] = { D, D, B | U },
	[ROLE_TOPIC_1] = { D, D, B | U },
	[ROLE_TOPIC_2] = { D, D, B | U },
	[ROLE_TOPIC_3] = { D, D, B | U },
	[ROLE_TOPIC_4] = { D, D, B | U },
	[ROLE_TOPIC_5] = { D, D, B | U },
	[ROLE_TOPIC_6] = { D, D, B | U },
	[ROLE_TOPIC_7] = { D, D, B | U },
	[ROLE_TOPIC_8] = { D, D, B | U },
	[ROLE_TOPIC_9] = { D, D, B | U },
	[ROLE_TOPIC_10] = { D, D, B | U },
	[ROLE_TOPIC_11] = { D, D, B | U },
	[ROLE_TOPIC_12] = { D, D, B | U },
	[ROLE_TOPIC_13] = { D, D, B | U },
	[ROLE_TOPIC_14] = { D, D, B | U },
	[ROLE_TOPIC_15] = { D, D, B | U },
};

#undef D
#undef B
#undef M
#undef U
#undef R
#undef I

static const char *const colour_names[8] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static const struct {
	const char *name;
	unsigned bit;
} attr_names[] = {
	{ "bold", THEME_BOLD },
	{ "dim", THEME_DIM },
	{ "underline", THEME_UNDERLINE },
	{ "reverse", THEME_REVERSE },
	{ "italic", THEME_ITALIC },
	{ "standout", THEME_STANDOUT },
};

enum theme_role
theme_topic_role(size_t topic)
{
	return (enum theme_role)(ROLE_TOPIC_0 + topic % THEME_NTOPIC_ROLES);
}

int
theme_is_topic_role(enum theme_role r)
{
	return r >= ROLE_TOPIC_0 && r < ROLE_TOPIC_0 + THEME_NTOPIC_ROLES;
}

const char *
theme_role_name(enum theme_role r)
{
	if ((int)r < 0 || r >= ROLE_COUNT)
		return "?";
	return role_names[r];
}

void
theme_builtin(struct theme *t)
{
	t->name = util_strdup("default");
	memcpy(t->role, builtin_dark, sizeof t->role);
}

void
theme_mono(struct theme *t)
{
	t->name = util_strdup("mono");
	memcpy(t->role, builtin_mono, sizeof t->role);
}

void
theme_free(struct theme *t)
{
	free(t->name);
	t->name = NULL;
}

/* The xterm-256 colour cube and grey ramp (16..255) are the same on every
 * terminal that has 256 colours, so #rrggbb is matched against those only:
 * 0..15 are whatever the user's palette says. */
static void
cube_rgb(int c, int rgb[3])
{
	static const int level[6] = { 0, 95, 135, 175, 215, 255 };

	if (c >= 232) {
		rgb[0] = rgb[1] = rgb[2] = 8 + 10 * (c - 232);
		return;
	}
	c -= 16;
	rgb[0] = level[c / 36];
	rgb[1] = level[(c / 6) % 6];
	rgb[2] = level[c % 6];
}

static int
nearest_256(int r, int g, int b)
{
	int best = 16;
	long bestd = -1;

	for (int c = 16; c < 256; c++) {
		int rgb[3];
		long dr, dg, db, dist;

		cube_rgb(c, rgb);
		dr = r - rgb[0];
		dg = g - rgb[1];
		db = b - rgb[2];
		/* Weighted for the eye's sensitivity (green most, blue least). */
		dist = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
		if (bestd < 0 || dist < bestd) {
			bestd = dist;
			best = c;
		}
	}
	return best;
}

static int
hexval(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* Returns 0 and sets *out, or -1. */
static int
parse_colour(const char *s, int *out)
{
	if (strcmp(s, "default") == 0) {
		*out = THEME_DEFAULT_COLOR;
		return 0;
	}
	for (int i = 0; i < 8; i++) {
		if (strcmp(s, colour_names[i]) == 0) {
			*out = i;
			return 0;
		}
		if (strncmp(s, "bright-", 7) == 0 &&
		    strcmp(s + 7, colour_names[i]) == 0) {
			*out = 8 + i;
			return 0;
		}
	}
	if (s[0] >= '0' && s[0] <= '9') {
		int v = 0;

		for (const char *p = s; *p != '\0'; p++) {
			if (*p < '0' || *p > '9' || p - s >= 3)
				return -1;
			v = v * 10 + (*p - '0');
		}
		if (v > 255)
			return -1;
		*out = v;
		return 0;
	}
	if (s[0] == '#' && strlen(s) == 7) {
		int rgb[3];

		for (int i = 0; i < 3; i++) {
			int hi = hexval((unsigned char)s[1 + 2 * i]);
			int lo = hexval((unsigned char)s[2 + 2 * i]);

			if (hi < 0 || lo < 0)
				return -1;
			rgb[i] = hi * 16 + lo;
		}
		*out = nearest_256(rgb[0], rgb[1], rgb[2]);
		return 0;
	}
	return -1;
}

static void
load_colour(struct schema *s, int *dst, const struct ytree *v,
    const char *role, const char *field)
{
	char what[64], *q;

	snprintf(what, sizeof what, "%s.%s", role, field);
	if (v->kind != YTREE_SCALAR) {
		schema_wrong(s, v, what, "a colour");
		return;
	}
	if (v->len == strlen(v->str) && parse_colour(v->str, dst) == 0)
		return;
	if (v->len == 0 && v->plain) {
		schema_report(s, v, "%s: missing colour (write \"#rrggbb\" in "
		    "quotes: an unquoted # starts a comment)", what);
		return;
	}
	q = schema_excerpt(v);
	schema_report(s, v, "%s: unknown colour '%s' (use default, black, red, "
	    "green, yellow, blue, magenta, cyan, white, bright-NAME, 0-255 or "
	    "\"#rrggbb\")", what, q);
	free(q);
}

/* One attribute name into *bits; a bad one is reported and skipped, so
 * the others still apply. */
static void
load_attr(struct schema *s, unsigned *bits, const struct ytree *v,
    const char *role)
{
	char what[64], *q;

	snprintf(what, sizeof what, "%s.attrs", role);
	if (v->kind != YTREE_SCALAR) {
		schema_wrong(s, v, what, "an attribute");
		return;
	}
	for (size_t i = 0; i < sizeof attr_names / sizeof attr_names[0]; i++) {
		if (schema_key_is(v, attr_names[i].name)) {
			*bits |= attr_names[i].bit;
			return;
		}
	}
	q = schema_excerpt(v);
	schema_report(s, v, "%s: unknown attribute '%s' (use bold, dim, "
	    "underline, reverse, italic, standout)", what, q);
	free(q);
}

/* attrs: [bold, underline], a single name, or [] or nothing (none).  A
 * single bad name leaves the attributes as they were. */
static void
load_attrs(struct schema *s, unsigned *dst, const struct ytree *v,
    const char *role)
{
	unsigned bits = 0;

	if (v->kind == YTREE_MAP) {
		char what[64];

		snprintf(what, sizeof what, "%s.attrs", role);
		schema_wrong(s, v, what, "a list of attributes");
		return;
	}
	if (v->kind == YTREE_SCALAR) {
		if (v->plain && v->len == 0) {
			*dst = 0;
			return;
		}
		s->bad = 0;
		load_attr(s, &bits, v, role);
		if (!s->bad)
			*dst = bits;
		return;
	}
	for (size_t i = 0; i < v->nkids; i++)
		load_attr(s, &bits, v->kids[i], role);
	*dst = bits;
}

static void
load_role(struct schema *s, struct theme_style *st, const struct ytree *v,
    const char *role)
{
	if (schema_map(s, v, role, "a mapping like { fg: yellow, attrs: "
	    "[bold] }") == NULL)
		return;
	for (size_t i = 0; i + 1 < v->nkids; i += 2) {
		const struct ytree *k = v->kids[i], *val = v->kids[i + 1];

		if (schema_key_is(k, "fg"))
			load_colour(s, &st->fg, val, role, "fg");
		else if (schema_key_is(k, "bg"))
			load_colour(s, &st->bg, val, role, "bg");
		else if (schema_key_is(k, "attrs"))
			load_attrs(s, &st->attrs, val, role);
		else {
			char where[96];

			snprintf(where, sizeof where, "in role '%s' (use fg, "
			    "bg, attrs)", role);
			schema_unknown_key(s, k, where);
		}
	}
}

static int
role_by_name(const struct ytree *k)
{
	for (int r = 0; r < ROLE_COUNT; r++)
		if (schema_key_is(k, role_names[r]))
			return r;
	return -1;
}

static void
load_roles(struct schema *s, struct theme *t, const struct ytree *roles)
{
	if (schema_map(s, roles, "roles", "a mapping of role names") == NULL)
		return;
	for (size_t i = 0; i + 1 < roles->nkids; i += 2) {
		const struct ytree *k = roles->kids[i];
		int r = role_by_name(k);

		if (r < 0) {
			char *q = schema_excerpt(k);

			schema_report(s, k, "unknown role '%s'", q);
			free(q);
			continue;
		}
		load_role(s, &t->role[r], roles->kids[i + 1], role_names[r]);
	}
}

static char *
stem(const char *path)
{
	const char *base = strrchr(path, '/');
	size_t n;

	base = base == NULL ? path : base + 1;
	n = strlen(base);
	if (n > 5 && strcmp(base + n - 5, ".yaml") == 0)
		n -= 5;
	return text_clean(base, n, 0, NULL);
}

int
theme_load(struct theme *t, const char *path, struct diag *d)
{
	struct ytree *root = NULL;
	struct schema s;
	const struct ytree *v;
	char *buf;
	size_t len;
	int rc;

	theme_builtin(t);
	switch (util_read_file(path, THEME_MAX_BYTES, &buf, &len)) {
	case UTIL_READ_OK:
		break;
	case UTIL_READ_TOO_BIG:
		diag_emit(d, DIAG_WARNING, path, 0, 0,
		    "theme file larger than %d KiB; using the built-in theme",
		    THEME_MAX_BYTES / 1024);
		return -1;
	default:
		diag_emit(d, DIAG_WARNING, path, 0, 0,
		    "%s; using the built-in theme", util_read_why());
		return -1;
	}

	/* The parser reports errors; for a theme nothing is an error (the
	 * reader still starts, with the built-in theme), so its messages
	 * are re-levelled to warnings. */
	rc = ytree_parse_lenient(buf, len, path, d, &root);
	free(buf);
	if (rc < 0 || root == NULL || root->kind != YTREE_MAP) {
		if (rc == 0)
			diag_emit(d, DIAG_WARNING, path, root ? root->line : 1,
			    root ? root->col : 1, "a theme must be a mapping "
			    "with `name` and `roles`; using the built-in theme");
		else
			diag_emit(d, DIAG_WARNING, path, 0, 0,
			    "using the built-in theme");
		ytree_free(root);
		return -1;
	}

	schema_init(&s, path, d, DIAG_WARNING);
	for (size_t i = 0; i + 1 < root->nkids; i += 2) {
		const struct ytree *k = root->kids[i];

		if (!schema_key_is(k, "name") && !schema_key_is(k, "roles"))
			schema_unknown_key(&s, k, "(a theme has name and roles)");
	}
	free(t->name);
	t->name = NULL;
	if ((v = ytree_get(root, "name")) != NULL)
		t->name = schema_string(&s, v, "name", 1);
	if (t->name == NULL)
		t->name = stem(path);
	if ((v = ytree_get(root, "roles")) != NULL)
		load_roles(&s, t, v);
	else
		diag_emit(d, DIAG_WARNING, path, root->line, root->col,
		    "no `roles` mapping: nothing to change");
	ytree_free(root);
	return 0;
}

static int
readable_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *
join3(const char *a, const char *b, const char *c)
{
	struct util_buf buf;

	util_buf_init(&buf);
	util_buf_adds(&buf, a);
	util_buf_adds(&buf, b);
	util_buf_adds(&buf, c);
	return util_buf_detach(&buf, NULL);
}

static char *
in_dir(const char *dir, const char *name)
{
	char *p = join3(dir, "/", name);
	char *q = join3(p, ".yaml", "");

	free(p);
	if (readable_file(q))
		return q;
	free(q);
	return NULL;
}

char *
theme_find(const char *name, const char *const *dirs, int ndirs)
{
	char *dir, *p;
	size_t n = strlen(name);

	if (strchr(name, '/') != NULL || (n >= 5 &&
	    strcmp(name + n - 5, ".yaml") == 0))
		return util_strdup(name);
	if (n == 0 || name[0] == '.')
		return NULL;

	if ((dir = xdg_dir(XDG_CONFIG)) != NULL) {
		char *themes = join3(dir, "/themes", "");

		free(dir);
		dir = themes;
		p = in_dir(dir, name);
		free(dir);
		if (p != NULL)
			return p;
	}
	for (int i = 0; i < ndirs; i++) {
		if (dirs[i] == NULL || dirs[i][0] == '\0')
			continue;
		if ((p = in_dir(dirs[i], name)) != NULL)
			return p;
	}
	return NULL;
}
