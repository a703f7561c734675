/*
 * ui_keymap: the config file's keys: read into the key table (see
 * include/ui/ui_keys.h): key names as the table spells them parsed into
 * curses codes, two-key sequences, the lookups of sequences, and
 * --dump-keys.  The model layer keeps only the strings; what a key name
 * means is a curses question, so it is answered here.
 */
#include "ui_keys.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"
#include "util.h"

#define CTRL(c) ((c) & 0x1f)
#define NAME_MAX_LEN 32

/* The keys with names, each with every code a terminal may send for it
 * (Enter is \n, \r or KEY_ENTER), and the other spellings people use. */
static const struct {
	const char *name;
	int codes[3];
	const char *alias[2];
} named[] = {
	{ "Down", { KEY_DOWN }, { NULL } },
	{ "Up", { KEY_UP }, { NULL } },
	{ "Left", { KEY_LEFT }, { NULL } },
	{ "Right", { KEY_RIGHT }, { NULL } },
	{ "PgDn", { KEY_NPAGE }, { "PageDown", "PgDown" } },
	{ "PgUp", { KEY_PPAGE }, { "PageUp" } },
	{ "Home", { KEY_HOME }, { NULL } },
	{ "End", { KEY_END }, { NULL } },
	{ "Tab", { '\t' }, { NULL } },
	{ "Shift-Tab", { KEY_BTAB }, { "BackTab" } },
	{ "Enter", { '\n', '\r', KEY_ENTER }, { "Return" } },
	{ "Esc", { UI_KEY_ESC }, { "Escape" } },
	{ "Space", { ' ' }, { NULL } },
	{ "Backspace", { KEY_BACKSPACE, 127, CTRL('h') }, { "Bksp" } },
	{ "Insert", { KEY_IC }, { "Ins" } },
	{ "Delete", { KEY_DC }, { "Del" } },
};

/* One key (no sequence) into codes; 0 when it is none. */
static int
parse_one(const char *s, int *codes, char *name, size_t n)
{
	size_t len = strlen(s);
	uint32_t cp;

	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		int hit = strcasecmp(s, named[i].name) == 0, k = 0;

		for (int a = 0; a < 2 && !hit && named[i].alias[a]; a++)
			hit = strcasecmp(s, named[i].alias[a]) == 0;
		if (!hit)
			continue;
		for (; k < 3 && named[i].codes[k] != 0; k++)
			codes[k] = named[i].codes[k];
		snprintf(name, n, "%s", named[i].name);
		return k;
	}
	if ((s[0] == 'F' || s[0] == 'f') && len >= 2 && len <= 3 &&
	    strspn(s + 1, "0123456789") == len - 1 && s[1] != '0') {
		int f = atoi(s + 1);

		if (f > 63)
			return 0;
		codes[0] = KEY_F(f);
		snprintf(name, n, "F%d", f);
		return 1;
	}
	if (len == 6 && strncasecmp(s, "Ctrl-", 5) == 0) {
		int c = s[5] >= 'a' && s[5] <= 'z' ? s[5] - 'a' + 'A' : s[5];

		/* Not Ctrl-@: its code, 0, ends a binding's list. */
		if (c <= '@' || c > '_')
			return 0;
		codes[0] = CTRL(c);
		snprintf(name, n, "Ctrl-%c", c);
		return 1;
	}
	/* Esc u and Alt-u send the same bytes. */
	if (len == 5 && (strncasecmp(s, "Esc-", 4) == 0 ||
	    strncasecmp(s, "Alt-", 4) == 0)) {
		if (s[4] <= ' ' || s[4] > '~')
			return 0;
		codes[0] = UI_KEY_META(s[4]);
		snprintf(name, n, "%s-%c", ui_keys_esc, s[4]);
		return 1;
	}
	if (utf8_decode((const unsigned char *)s, len, &cp) != len || len == 0)
		return 0;
	if (cp < 0x80) {
		if (cp <= ' ' || cp > '~')
			return 0;
		codes[0] = (int)cp;
	} else {
		/* Not iswprint: --dump-keys may run in the C locale. */
		if (cp < 0xA0 || cp == 0xAD)
			return 0;
		codes[0] = UI_KEY_CHAR((int)cp);
	}
	snprintf(name, n, "%s", s);
	return 1;
}

int
ui_keys_parse(const char *s, int *codes, int *prefix, char *name,
    size_t n, const char **why)
{
	char a[NAME_MAX_LEN], b[NAME_MAX_LEN], an[NAME_MAX_LEN];
	char bn[NAME_MAX_LEN];
	int pc[3], nc, np;
	const char *p = s, *q;
	size_t la, lb;

	*why = "not a key name";
	while (*p == ' ')
		p++;
	la = strcspn(p, " ");
	q = p + la;
	while (*q == ' ')
		q++;
	lb = strcspn(q, " ");
	if (la == 0 || la >= sizeof a || lb >= sizeof b)
		return 0;
	if (q[lb] != '\0' && q[lb + strspn(q + lb, " ")] != '\0') {
		*why = "a sequence is at most two keys";
		return 0;
	}
	memcpy(a, p, la);
	a[la] = '\0';
	memcpy(b, q, lb);
	b[lb] = '\0';
	if (lb == 0) {
		*prefix = 0;
		return parse_one(a, codes, name, n);
	}
	np = parse_one(a, pc, an, sizeof an);
	nc = parse_one(b, codes, bn, sizeof bn);
	if (np == 0 || nc == 0)
		return 0;
	if (np > 1 || (pc[0] >= '0' && pc[0] <= '9')) {
		*why = "a sequence cannot start with that key";
		return 0;
	}
	/* Esc, then an ASCII key, is the table's Esc-u. */
	if (pc[0] == UI_KEY_ESC) {
		if (nc != 1 || codes[0] <= ' ' || codes[0] > '~')
			return 0;
		codes[0] = UI_KEY_META(codes[0]);
		*prefix = 0;
		snprintf(name, n, "%s-%s", ui_keys_esc, bn);
		return 1;
	}
	*prefix = pc[0];
	snprintf(name, n, "%s %s", an, bn);
	return nc;
}

static int
scopes_meet(int a, int b)
{
	return a == UI_KEYS_ALL || b == UI_KEYS_ALL || a == b;
}

/* Whether two keys cannot both be bound: the same, or one the other's
 * prefix (g alone would never let g g be typed). */
static int
clash(int pa, int ka, int pb, int kb)
{
	return (pa == pb && ka == kb) || (pa == 0 && ka == pb) ||
	    (pb == 0 && kb == pa);
}

/* The codes of entry e's names, afresh. */
static void
rebuild(struct ui_key *e)
{
	int n = 0;

	memset(e->keys, 0, sizeof e->keys);
	memset(e->prefix, 0, sizeof e->prefix);
	for (int i = 0; i < UI_KEYS_MAX && e->names[i] != NULL; i++) {
		int c[UI_KEYS_MAX], p, k;
		char nm[NAME_MAX_LEN];
		const char *why;

		k = ui_keys_parse(e->names[i], c, &p, nm, sizeof nm, &why);
		for (int j = 0; j < k && n < UI_KEYS_MAX; j++, n++) {
			e->keys[n] = c[j];
			e->prefix[n] = p;
		}
	}
}

/* Takes the key (name, its codes) from every entry but e that has it. */
static void
take_from_others(const struct ui_key *e, const int *codes, int nc, int p)
{
	for (size_t i = 0; i < ui_nkeys; i++) {
		struct ui_key *o = &ui_keys[i];
		int w = 0, changed = 0;

		if (o == e || !scopes_meet(o->scope, e->scope))
			continue;
		for (int r = 0; r < UI_KEYS_MAX && o->names[r] != NULL; r++) {
			int c[UI_KEYS_MAX], op, k, hit = 0;
			char nm[NAME_MAX_LEN];
			const char *why;

			k = ui_keys_parse(o->names[r], c, &op, nm, sizeof nm,
			    &why);
			for (int x = 0; x < k && !hit; x++)
				for (int y = 0; y < nc && !hit; y++)
					hit = clash(op, c[x], p, codes[y]);
			if (hit)
				changed = 1;
			else
				o->names[w++] = o->names[r];
		}
		for (int r = w; r < UI_KEYS_MAX; r++)
			o->names[r] = NULL;
		if (changed) {
			o->brief = NULL;
			rebuild(o);
		}
	}
}

/* The names the config file gave, all kept here: one taken from an
 * action by a later entry is still the program's, not a leak. */
static char **pool;
static size_t npool, cappool;

static const char *
keep(const char *name)
{
	util_grow((void **)&pool, &cappool, npool + 1, sizeof *pool);
	pool[npool] = util_strdup(name);
	return pool[npool++];
}

static struct ui_key *
by_name(const char *name)
{
	for (size_t i = 0; i < ui_nkeys; i++)
		if (strcmp(ui_keys[i].name, name) == 0)
			return &ui_keys[i];
	return NULL;
}

/* Key ks of ck for e: its codes, or 0 after a warning. */
static int
key_for(const struct ui_key *e, const struct config_str *ks,
    const char *file, struct diag *d, int *codes, int *p, char *nm)
{
	const char *why;
	char *q;
	int nc = ui_keys_parse(ks->s, codes, p, nm, NAME_MAX_LEN, &why);

	if (nc > 0 && *p == 0 && codes[0] >= '0' && codes[0] <= '9' &&
	    (e->action < ACT_VIEW_ARTICLES || e->action > ACT_VIEW_BOOKMARKS)) {
		nc = 0;
		why = "digits are counts; only the views take one";
	}
	if (nc == 0) {
		q = diag_sanitize(ks->s);
		diag_emit(d, DIAG_WARNING, file, ks->line, ks->col,
		    "%s: '%s': %s; ignored", e->name, q, why);
		free(q);
	}
	return nc;
}

static void
bind(struct ui_key *e, const struct config_keys *ck, const char *file,
    struct diag *d)
{
	int codes[UI_KEYS_MAX], p, n = 0, ncodes = 0, good = 0;
	char nm[NAME_MAX_LEN];

	/* A list of typos keeps the defaults: better than no key. */
	for (size_t i = 0; i < ck->nkeys; i++)
		good += key_for(e, &ck->keys[i], file, d, codes, &p, nm) > 0;
	if (ck->nkeys > 0 && good == 0)
		return;
	memset(e->names, 0, sizeof e->names);
	e->brief = NULL;
	for (size_t i = 0; i < ck->nkeys; i++) {
		struct diag quiet;
		int nc, dup = 0;

		diag_init(&quiet, NULL);
		nc = key_for(e, &ck->keys[i], file, &quiet, codes, &p, nm);
		diag_free(&quiet);
		if (nc == 0)
			continue;
		for (int j = 0; j < n; j++)
			dup |= strcmp(e->names[j], nm) == 0;
		if (dup)
			continue;
		if (ncodes + nc > UI_KEYS_MAX) {
			diag_emit(d, DIAG_WARNING, file, ck->keys[i].line,
			    ck->keys[i].col, "%s: '%s': too many keys for one "
			    "action; ignored", e->name, nm);
			continue;
		}
		take_from_others(e, codes, nc, p);
		e->names[n++] = keep(nm);
		ncodes += nc;
	}
	rebuild(e);
}

void
ui_keys_apply(const struct config *c, struct diag *d)
{
	for (size_t i = 0; i < c->nkeys; i++) {
		const struct config_keys *ck = &c->keys[i];
		struct ui_key *e = by_name(ck->action.s);

		if (e == NULL) {
			char *q = diag_sanitize(ck->action.s);

			diag_emit(d, DIAG_WARNING, c->path, ck->action.line,
			    ck->action.col, "keys: unknown action '%s' (hoso "
			    "--dump-keys lists them); ignored", q);
			free(q);
			continue;
		}
		bind(e, ck, c->path, d);
	}
}

enum ui_action
ui_keys_lookup2(int prefix, int key, int scope)
{
	for (size_t i = 0; i < ui_nkeys; i++) {
		if ((ui_keys[i].scope != UI_KEYS_ALL &&
		    ui_keys[i].scope != scope) || prefix == 0)
			continue;
		for (int k = 0; k < UI_KEYS_MAX && ui_keys[i].keys[k]; k++)
			if (ui_keys[i].prefix[k] == prefix &&
			    ui_keys[i].keys[k] == key)
				return ui_keys[i].action;
	}
	return ACT_NONE;
}

int
ui_keys_is_prefix(int key, int scope)
{
	for (size_t i = 0; i < ui_nkeys; i++) {
		if (ui_keys[i].scope != UI_KEYS_ALL &&
		    ui_keys[i].scope != scope)
			continue;
		for (int k = 0; k < UI_KEYS_MAX && ui_keys[i].keys[k]; k++)
			if (ui_keys[i].prefix[k] == key && key != 0)
				return 1;
	}
	return 0;
}

void
ui_keys_dump(FILE *fp)
{
	for (size_t i = 0; i < ui_nkeys; i++) {
		fprintf(fp, "%s\t", ui_keys[i].name);
		for (int k = 0; k < UI_KEYS_MAX && ui_keys[i].names[k]; k++)
			fprintf(fp, "%s%s", k > 0 ? ", " : "",
			    ui_keys[i].names[k]);
		fprintf(fp, "\t%s\n", ui_keys[i].en);
	}
}
