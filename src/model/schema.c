/*
 * schema: typed accessors over the YAML tree with one wording for every
 * loader (see include/model/schema.h).
 *
 * The id rule, the date rule and the quoting live here only, so a change
 * of one of them changes every loader's messages together.
 */
#include "schema.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

void
schema_init(struct schema *s, const char *file, struct diag *d,
    enum diag_level level)
{
	s->file = file;
	s->d = d;
	s->level = level;
	s->bad = 0;
	s->unknown = 0;
}

void
schema_report(struct schema *s, const struct ytree *v, const char *fmt, ...)
{
	struct util_buf b;
	va_list ap;

	util_buf_init(&b);
	va_start(ap, fmt);
	util_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	diag_emit(s->d, s->level, s->file, v != NULL ? v->line : 0,
	    v != NULL ? v->col : 0, "%s", b.data != NULL ? b.data : "");
	util_buf_free(&b);
	s->bad = 1;
}

void
schema_wrong(struct schema *s, const struct ytree *v, const char *what,
    const char *want)
{
	schema_report(s, v, "%s: expected %s, found %s", what, want,
	    ytree_kind_name(v->kind));
}

char *
schema_excerpt(const struct ytree *v)
{
	return text_excerpt(v->str != NULL ? v->str : "",
	    v->str != NULL ? v->len : 0, SCHEMA_SHOWN_MAX);
}

void
schema_unknown_key(struct schema *s, const struct ytree *k,
    const char *where)
{
	char *q;
	/* An unknown key is a typo to point at; one holding a NUL is no
	 * key at all, and a NUL is never a mere warning where s's are
	 * errors. */
	int nul = schema_nul(k) != NULL;

	/* A NUL is said however many keys came before it. */
	if (!nul && ++s->unknown > SCHEMA_UNKNOWN_MAX) {
		if (s->unknown == SCHEMA_UNKNOWN_MAX + 1)
			diag_emit(s->d, DIAG_WARNING, s->file, k->line,
			    k->col, "more than %d unknown keys; the rest are "
			    "not reported", SCHEMA_UNKNOWN_MAX);
		return;
	}
	q = schema_excerpt(k);
	diag_emit(s->d, nul ? s->level : DIAG_WARNING, s->file, k->line,
	    k->col, "unknown key '%s' %s", q, where);
	free(q);
}

int
schema_key_is(const struct ytree *k, const char *name)
{
	return k != NULL && k->kind == YTREE_SCALAR &&
	    k->len == strlen(name) && memcmp(k->str, name, k->len) == 0;
}

/* Whether scalar v is exactly lit: by length, so that a NUL inside it
 * ("true\0x", raw or escaped) makes it something else, never lit. */
static int
is(const struct ytree *v, const char *lit)
{
	return v->len == strlen(lit) && memcmp(v->str, lit, v->len) == 0;
}

const struct ytree *
schema_nul(const struct ytree *v)
{
	const struct ytree *hit;

	if (v->kind == YTREE_SCALAR)
		return memchr(v->str, '\0', v->len) != NULL ? v : NULL;
	for (size_t i = 0; i < v->nkids; i++)
		if ((hit = schema_nul(v->kids[i])) != NULL)
			return hit;
	return NULL;
}

int
schema_is_null(const struct ytree *v)
{
	return v->kind == YTREE_SCALAR && v->plain && (v->len == 0 ||
	    is(v, "~") || is(v, "null") || is(v, "Null") || is(v, "NULL"));
}

int
schema_valid_id(const char *s, size_t len)
{
	if (len == 0 || len > SCHEMA_ID_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char ch = s[i];

		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			continue;
		if (ch == '-' && i > 0)
			continue;
		return 0;
	}
	return 1;
}

int
schema_text_nul(struct schema *s, const struct ytree *v, const char *what)
{
	int was;

	if (v->kind != YTREE_SCALAR || schema_nul(v) == NULL)
		return 0;
	/* A report, not a refusal: the rest of the item is sound and the
	 * marker shows where the NUL was. */
	was = s->bad;
	schema_report(s, v, "%s: a NUL character, shown as ^@", what);
	s->bad = was;
	return 1;
}

const struct ytree *
schema_scalar(struct schema *s, const struct ytree *v, const char *what)
{
	if (v->kind != YTREE_SCALAR) {
		schema_wrong(s, v, what, "a string");
		return NULL;
	}
	return v;
}

char *
schema_string(struct schema *s, const struct ytree *v, const char *what,
    int required)
{
	char *str;
	size_t n;

	if (schema_scalar(s, v, what) == NULL)
		return NULL;
	if (required && schema_is_null(v)) {
		schema_report(s, v, "%s: has no value", what);
		return NULL;
	}
	schema_text_nul(s, v, what);
	str = text_clean(v->str, v->len, 0, &n);
	if (n == 0 && required) {
		schema_report(s, v, "%s: must not be empty", what);
		free(str);
		return NULL;
	}
	return str;
}

char *
schema_id(struct schema *s, const struct ytree *v, const char *what)
{
	char *q;

	if (schema_scalar(s, v, what) == NULL)
		return NULL;
	if (!schema_valid_id(v->str, v->len)) {
		q = schema_excerpt(v);
		schema_report(s, v, "%s: invalid id '%s' (expected "
		    "[a-z0-9][a-z0-9-]{0,63})", what, q);
		free(q);
		return NULL;
	}
	return util_strndup(v->str, v->len);
}

int
schema_date(struct schema *s, const struct ytree *v, const char *what,
    struct date *dt, char **str)
{
	if (schema_scalar(s, v, what) == NULL)
		return -1;
	/* A NUL inside the scalar would make the rest invisible to the
	 * parser, so it counts as invalid. */
	if (strlen(v->str) != v->len || date_parse(v->str, dt) != 0) {
		char *q = schema_excerpt(v);

		schema_report(s, v, "%s: invalid date '%s' (expected YYYY, "
		    "YYYY-MM or YYYY-MM-DD)", what, q);
		free(q);
		return -1;
	}
	*str = util_strndup(v->str, v->len);
	return 0;
}

int
schema_bool(struct schema *s, const struct ytree *v, const char *what,
    int *out)
{
	char *q;

	if (v->kind != YTREE_SCALAR) {
		schema_wrong(s, v, what, "true or false");
		return -1;
	}
	if (v->plain && is(v, "true")) {
		*out = 1;
		return 0;
	}
	if (v->plain && is(v, "false")) {
		*out = 0;
		return 0;
	}
	q = schema_excerpt(v);
	schema_report(s, v, "%s: expected true or false, found '%s'", what, q);
	free(q);
	return -1;
}

const struct ytree *
schema_seq(struct schema *s, const struct ytree *v, const char *what)
{
	if (v->kind != YTREE_SEQ) {
		schema_wrong(s, v, what, "a sequence");
		return NULL;
	}
	return v;
}

const struct ytree *
schema_map(struct schema *s, const struct ytree *v, const char *what,
    const char *want)
{
	if (v->kind != YTREE_MAP) {
		schema_wrong(s, v, what, want != NULL ? want : "a mapping");
		return NULL;
	}
	return v;
}
