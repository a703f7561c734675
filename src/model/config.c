/*
 * config: the settings file (see include/model/config.h).  Read with the
 * same tree and accessors as the topic map, so a mistake here is reported
 * in the same words; but every report is a warning, since a reader that
 * will not start over a typo in a preference helps nobody.
 */
#include "config.h"
#include "config_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "schema.h"
#include "util.h"
#include "xdg.h"
#include "ytree.h"

#define KEYS "(the keys are lang, text-width, text-align, mouse, osc8, " \
	"osc52, copy-command, keys and queries)"

void
config_init(struct config *c)
{
	memset(c, 0, sizeof *c);
	c->lang = LANG_EN;
	c->mouse = 1;
	c->osc8 = -1;
	c->osc52 = 1;
}

void
config_free(struct config *c)
{
	for (size_t i = 0; i < c->nkeys; i++) {
		free(c->keys[i].action.s);
		for (size_t k = 0; k < c->keys[i].nkeys; k++)
			free(c->keys[i].keys[k].s);
		free(c->keys[i].keys);
	}
	free(c->keys);
	config_queries_free(c);
	free(c->copy_command);
	free(c->path);
	config_init(c);
}

char *
config_default_path(void)
{
	char *dir = xdg_dir(XDG_CONFIG);
	struct util_buf b;

	if (dir == NULL)
		return NULL;
	util_buf_init(&b);
	util_buf_printf(&b, "%s/config.yaml", dir);
	free(dir);
	return util_buf_detach(&b, NULL);
}

/* "v" quoted for a message, after "expected X, found". */
static void
bad_value(struct schema *s, const struct ytree *v, const char *what,
    const char *want)
{
	char *q = schema_excerpt(v);

	schema_report(s, v, "%s: expected %s, found '%s'", what, want,
	    q);
	free(q);
}

static void
read_lang(struct schema *s, const struct ytree *v, struct config *c)
{
	enum lang l;

	if (schema_scalar(s, v, "lang") == NULL)
		return;
	if (lang_parse(v->str, &l) != 0 || strlen(v->str) != v->len) {
		bad_value(s, v, "lang", "vi or en");
		return;
	}
	c->have_lang = 1;
	c->lang = l;
}

static void
read_width(struct schema *s, const struct ytree *v, struct config *c)
{
	const char *p;
	long n = 0;

	if (schema_scalar(s, v, "text-width") == NULL)
		return;
	if (strcasecmp(v->str, "none") == 0 && v->len == 4) {
		c->text_width = -1;
		return;
	}
	/* Digits only: no sign, no spaces, no 1e2; a length cap keeps the
	 * sum from overflowing. */
	for (p = v->str; *p >= '0' && *p <= '9' && p - v->str < 6; p++)
		n = n * 10 + (*p - '0');
	if (p == v->str || (size_t)(p - v->str) != v->len ||
	    (n != 0 && (n < CONFIG_WIDTH_MIN || n > CONFIG_WIDTH_MAX))) {
		bad_value(s, v, "text-width", "a width from 20 to 500, or 0 "
		    "or none for no limit");
		return;
	}
	c->text_width = n == 0 ? -1 : (int)n;
}

static void
read_align(struct schema *s, const struct ytree *v, struct config *c)
{
	if (schema_scalar(s, v, "text-align") == NULL)
		return;
	if (strcmp(v->str, "left") == 0 && v->len == 4)
		c->text_center = 0;
	else if (strcmp(v->str, "center") == 0 && v->len == 6)
		c->text_center = 1;
	else
		bad_value(s, v, "text-align", "left or center");
}

static void
take_str(struct config_str *to, const struct ytree *v)
{
	to->s = util_malloc(v->len + 1);
	memcpy(to->s, v->str, v->len + 1);
	to->line = v->line;
	to->col = v->col;
}

/* keys: as written, in order, with the places for the warnings: which
 * names mean an action or a key is the UI's question (ui_keys_apply),
 * since key names are curses names.  Only the shape is checked here. */
/* A setting is no text: a NUL in it (anywhere, keys included) would cut
 * a command or a key name short where it is used as a C string, so such
 * a setting is refused whole, with a warning at the NUL's scalar. */
static int
refused_for_nul(struct schema *s, const struct ytree *v)
{
	const struct ytree *nul = schema_nul(v);

	if (nul == NULL)
		return 0;
	schema_report(s, nul, "a NUL character in a setting; not read");
	return 1;
}

static void
read_bindings(struct schema *s, const struct ytree *v, struct config *c)
{
	if (v->kind != YTREE_MAP) {
		bad_value(s, v, "keys", "a mapping of action names to keys");
		return;
	}
	for (size_t i = 0; i + 1 < v->nkids; i += 2) {
		const struct ytree *a = v->kids[i], *k = v->kids[i + 1];
		struct config_keys *e;

		/* Key names are C strings from here on: "Q\0x" would be Q. */
		if (refused_for_nul(s, k))
			continue;
		if (k->kind == YTREE_MAP) {
			bad_value(s, k, a->str, "a key, a list of keys or null");
			continue;
		}
		if (k->kind == YTREE_SEQ) {
			size_t j;

			for (j = 0; j < k->nkids; j++)
				if (k->kids[j]->kind != YTREE_SCALAR ||
				    schema_is_null(k->kids[j]))
					break;
			if (j < k->nkids) {
				bad_value(s, k->kids[j], a->str, "a key");
				continue;
			}
		}
		c->keys = util_reallocarray(c->keys, c->nkeys + 1,
		    sizeof *c->keys);
		e = &c->keys[c->nkeys++];
		memset(e, 0, sizeof *e);
		take_str(&e->action, a);
		if (k->kind == YTREE_SCALAR && !schema_is_null(k)) {
			e->keys = util_malloc(sizeof *e->keys);
			take_str(&e->keys[0], k);
			e->nkeys = 1;
		} else if (k->kind == YTREE_SEQ && k->nkids > 0) {
			e->keys = util_reallocarray(NULL, k->nkids,
			    sizeof *e->keys);
			for (size_t j = 0; j < k->nkids; j++)
				take_str(&e->keys[j], k->kids[j]);
			e->nkeys = k->nkids;
		}
	}
}

static void
read_keys(struct schema *s, const struct ytree *root, struct config *c)
{
	for (size_t i = 0; i + 1 < root->nkids; i += 2) {
		const struct ytree *k = root->kids[i], *v = root->kids[i + 1];
		int b;

		/* An empty value is as if the key were not there. */
		if (schema_key_is(k, "lang")) {
			if (!schema_is_null(v))
				read_lang(s, v, c);
		} else if (schema_key_is(k, "text-width")) {
			if (!schema_is_null(v))
				read_width(s, v, c);
		} else if (schema_key_is(k, "text-align")) {
			if (!schema_is_null(v))
				read_align(s, v, c);
		} else if (schema_key_is(k, "mouse")) {
			if (!schema_is_null(v) &&
			    schema_bool(s, v, "mouse", &b) == 0)
				c->mouse = b;
		} else if (schema_key_is(k, "keys")) {
			if (!schema_is_null(v))
				read_bindings(s, v, c);
		} else if (schema_key_is(k, "queries")) {
			if (!schema_is_null(v))
				config_read_queries(s, v, c);
		} else if (schema_key_is(k, "osc8")) {
			if (!schema_is_null(v) &&
			    schema_bool(s, v, "osc8", &b) == 0)
				c->osc8 = b;
		} else if (schema_key_is(k, "osc52")) {
			if (!schema_is_null(v) &&
			    schema_bool(s, v, "osc52", &b) == 0)
				c->osc52 = b;
		} else if (schema_key_is(k, "copy-command")) {
			char *cmd = NULL;

			if (refused_for_nul(s, v))
				continue;
			if (!schema_is_null(v))
				cmd = schema_string(s, v, "copy-command", 0);

			if (cmd != NULL && cmd[0] != '\0') {
				free(c->copy_command);
				c->copy_command = cmd;
			} else {
				free(cmd);
			}
		} else {
			schema_unknown_key(s, k, KEYS);
		}
	}
}

int
config_load(struct config *c, const char *path, struct diag *d)
{
	struct ytree *root = NULL;
	struct schema s;
	char *buf;
	size_t len;
	int rc;

	switch (util_read_file(path, CONFIG_MAX_BYTES, &buf, &len)) {
	case UTIL_READ_OK:
		free(c->path);
		c->path = util_strdup(path);
		break;
	case UTIL_READ_TOO_BIG:
		diag_emit(d, DIAG_WARNING, path, 0, 0, "larger than %d KiB; "
		    "not read", CONFIG_MAX_BYTES / 1024);
		return 0;
	case UTIL_READ_ERRNO:
	default:
		return -1;
	}
	/* The parser's errors cost the file, not the run. */
	rc = ytree_parse_lenient(buf, len, path, d, &root);
	free(buf);
	if (rc == 0 && root != NULL && root->kind != YTREE_MAP)
		diag_emit(d, DIAG_WARNING, path, root->line, root->col,
		    "expected a mapping of keys %s, found %s; not read", KEYS,
		    ytree_kind_name(root->kind));
	else if (rc == 0 && root != NULL) {
		schema_init(&s, path, d, DIAG_WARNING);
		read_keys(&s, root, c);
	}
	ytree_free(root);
	return 0;
}
