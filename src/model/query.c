/*
 * query: the query language's parser and matcher (see include/model/query.h).
 * A query is a flat list of terms; OR marks a term as joined with the
 * next, so evaluation is groups of ORed terms, all of which must hold.
 */
#include "query.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "text.h"
#include "util.h"

static const struct {
	const char *name;
	enum query_field field;
} fields[] = {
	{ "topic", QUERY_TOPIC },
	{ "source", QUERY_SOURCE },
	{ "from", QUERY_FROM },
	{ "to", QUERY_TO },
	{ "date", QUERY_DATE },
	{ "target", QUERY_TARGET },
};

#define FIELD_NAMES "topic, source, from, to, date, target"

static const char *
field_name(enum query_field f)
{
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (fields[i].field == f)
			return fields[i].name;
	return "words";
}

struct parser {
	const char *s;
	size_t i;
	char *err;
	int *col;
	int failed;
};

/* Columns count characters, not bytes: the prompt shows characters. */
static int
col_of(const char *s, size_t i)
{
	int c = 1;

	for (size_t k = 0; k < i; k++)
		if (((unsigned char)s[k] & 0xc0) != 0x80)
			c++;
	return c;
}

static int
fail(struct parser *p, size_t at, const char *fmt, ...)
    UTIL_PRINTF(3, 4);

static int
fail(struct parser *p, size_t at, const char *fmt, ...)
{
	va_list ap;
	char big[4 * QUERY_ERRSIZE], *safe;

	if (p->failed)
		return -1;
	va_start(ap, fmt);
	vsnprintf(big, sizeof big, fmt, ap);
	va_end(ap);
	/* The message quotes what was typed, which may be any bytes: made
	 * safe to show, and cut at a character (room left for the "…"). */
	safe = text_excerpt(big, strlen(big), QUERY_ERRSIZE - 1 - 3);
	snprintf(p->err, QUERY_ERRSIZE, "%s", safe);
	free(safe);
	*p->col = col_of(p->s, at);
	p->failed = 1;
	return -1;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The next token's text from p->i: a "quoted" run (quotes removed) or a
 * run up to a space.  *quoted says which. */
static char *
word(struct parser *p, int *quoted)
{
	const char *s = p->s;
	size_t start = p->i;

	*quoted = s[p->i] == '"';
	if (*quoted) {
		const char *e = strchr(s + p->i + 1, '"');

		if (e == NULL) {
			fail(p, start, "a phrase needs its closing quote");
			return NULL;
		}
		p->i = (size_t)(e - s) + 1;
		return util_strndup(s + start + 1, (size_t)(e - s) - start - 1);
	}
	while (s[p->i] != '\0' && !is_space(s[p->i]))
		p->i++;
	return util_strndup(s + start, p->i - start);
}

static int
field_of(const char *name, size_t n, enum query_field *f)
{
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (strlen(fields[i].name) == n &&
		    memcmp(fields[i].name, name, n) == 0) {
			*f = fields[i].field;
			return 0;
		}
	return -1;
}

/* field:value, when the token starts with a run of ASCII letters and a
 * colon; *len is the name's length (0: not a field). */
static size_t
field_name_len(const char *s)
{
	size_t n = 0;

	while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'))
		n++;
	return n > 0 && s[n] == ':' ? n : 0;
}

static int
word_start_prefix(const char *hay, const char *pre)
{
	size_t n = strlen(pre);

	for (const char *h = hay; *h != '\0'; h++)
		if ((h == hay || !fold_is_word_byte((unsigned char)h[-1])) &&
		    strncmp(h, pre, n) == 0)
			return 1;
	return 0;
}

static int
folded_prefix(const char *text, const char *pre)
{
	size_t n;
	char *f = fold_text(text, strlen(text), FOLD_ALL, &n, NULL);
	int r = word_start_prefix(f, pre);

	free(f);
	return r;
}

static int
bind_topic(struct parser *p, struct query_term *t, const struct topicmap *m,
    size_t at)
{
	if (m == NULL)
		return fail(p, at, "topic: is not a field of this list");
	size_t exact = topics_find(m, t->value);

	t->topics = util_calloc(m->ntopics + 1, sizeof *t->topics);
	if (exact != TOPICS_NONE) {
		t->topics[t->ntopics++] = exact;
		return 0;
	}
	for (size_t i = 0; i < m->ntopics; i++) {
		const struct topic *tp = &m->topics[i];

		if (folded_prefix(tp->id, t->folded) ||
		    folded_prefix(tp->title, t->folded) ||
		    (tp->title_en != NULL &&
		    folded_prefix(tp->title_en, t->folded)))
			t->topics[t->ntopics++] = i;
	}
	if (t->ntopics == 0)
		return fail(p, at, "no topic is named '%s' "
		    "(hoso --topics lists them)", t->value);
	return 0;
}

static int
value_of(struct parser *p, struct query_term *t, enum query_list kind,
    const struct topicmap *map, size_t at, size_t vat)
{
	size_t n;

	if (t->value[0] == '\0')
		return fail(p, vat, "%s: needs a value",
		    field_name(t->field));
	t->folded = fold_text(t->value, strlen(t->value), FOLD_ALL, &n, NULL);
	switch (t->field) {
	case QUERY_TOPIC:
		if (kind == QUERY_TOPICS)
			break;
		return bind_topic(p, t, map, vat);
	case QUERY_SOURCE:
		if (kind == QUERY_TOPICS)
			break;
		return 0;
	case QUERY_FROM:
	case QUERY_TO:
	case QUERY_DATE:
		if (kind == QUERY_TOPICS)
			break;
		if (date_parse(t->value, &t->date) != 0)
			return fail(p, vat, "'%s' is not a date "
			    "(YYYY, YYYY-MM or YYYY-MM-DD)", t->value);
		return 0;
	case QUERY_TARGET:
		if (kind != QUERY_TIMELINE)
			break;
		if (strcmp(t->folded, "yes") == 0)
			t->yes = 1;
		else if (strcmp(t->folded, "no") != 0)
			return fail(p, vat, "target: is yes or no");
		return 0;
	case QUERY_WORDS:
		return 0;
	}
	return fail(p, at, "%s: is not a field of this list",
	    field_name(t->field));
}

static void
term_free(struct query_term *t)
{
	if (t->field == QUERY_WORDS)
		search_free(&t->s);
	free(t->value);
	free(t->folded);
	free(t->topics);
}

static int
term(struct parser *p, struct query *q, size_t *cap, enum query_list kind,
    const struct topicmap *map)
{
	struct query_term t;
	size_t at = p->i, nlen;
	int quoted;

	memset(&t, 0, sizeof t);
	t.col = col_of(p->s, at);
	if (p->s[p->i] == '-' && p->s[p->i + 1] != '\0' &&
	    !is_space(p->s[p->i + 1])) {
		t.neg = 1;
		p->i++;
	}
	nlen = field_name_len(p->s + p->i);
	if (nlen > 0) {
		size_t vat = p->i + nlen + 1;

		if (field_of(p->s + p->i, nlen, &t.field) != 0)
			return fail(p, p->i, "unknown field '%.*s' (" FIELD_NAMES
			    ")", (int)nlen, p->s + p->i);
		p->i = vat;
		t.value = word(p, &quoted);
		if (t.value == NULL || value_of(p, &t, kind, map, at, vat) != 0) {
			term_free(&t);
			return -1;
		}
	} else {
		t.field = QUERY_WORDS;
		t.value = word(p, &quoted);
		if (t.value == NULL)
			return -1;
		/* Words from a syllable's start, as the corpus search. */
		if (search_init(&t.s, t.value) == 0)
			t.s.word_start = 1;
		else {
			fail(p, at, "'%.*s' holds no word to search for",
			    (int)(p->i - at), p->s + at);
			free(t.value);
			return -1;
		}
	}
	if (p->s[p->i] != '\0' && !is_space(p->s[p->i])) {
		term_free(&t);
		return fail(p, p->i, "a space must follow a phrase");
	}
	if (q->n == *cap) {
		*cap = *cap ? *cap * 2 : 4;
		q->t = util_reallocarray(q->t, *cap, sizeof *q->t);
	}
	q->t[q->n++] = t;
	return 0;
}

static void
skip_space(struct parser *p)
{
	while (is_space(p->s[p->i]))
		p->i++;
}

static int
is_or(const struct parser *p)
{
	const char *s = p->s + p->i;

	return s[0] == 'O' && s[1] == 'R' && (s[2] == '\0' || is_space(s[2]));
}

int
query_parse(struct query *q, const char *s, enum query_list kind,
    const struct topicmap *map, char err[QUERY_ERRSIZE], int *col)
{
	struct parser p = { s, 0, err, col, 0 };
	size_t cap = 0;

	q->t = NULL;
	q->n = 0;
	err[0] = '\0';
	*col = 0;
	skip_space(&p);
	while (s[p.i] != '\0') {
		if (is_or(&p)) {
			if (q->n == 0 || q->t[q->n - 1].or_next) {
				fail(&p, p.i, "OR needs a term before it");
				break;
			}
			q->t[q->n - 1].or_next = 1;
			p.i += 2;
			skip_space(&p);
			if (s[p.i] == '\0') {
				fail(&p, p.i, "OR needs a term after it");
				break;
			}
			continue;
		}
		if (term(&p, q, &cap, kind, map) != 0)
			break;
		skip_space(&p);
	}
	if (p.failed) {
		query_free(q);
		return -1;
	}
	return 0;
}

void
query_free(struct query *q)
{
	for (size_t i = 0; i < q->n; i++)
		term_free(&q->t[i]);
	free(q->t);
	q->t = NULL;
	q->n = 0;
}

int
query_empty(const struct query *q)
{
	return q->n == 0;
}

int
query_has_words(const struct query *q)
{
	for (size_t i = 0; i < q->n; i++)
		if (q->t[i].field == QUERY_WORDS)
			return 1;
	return 0;
}

/* a against b at the precision both know: <0, 0 or >0. */
static int
date_cmp_common(const struct date *a, const struct date *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m == 0 || b->m == 0)
		return 0;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (a->d == 0 || b->d == 0)
		return 0;
	return a->d < b->d ? -1 : a->d > b->d;
}

static int
term_holds(const struct query_term *t, const struct query_item *it)
{
	const struct date *end;

	switch (t->field) {
	case QUERY_WORDS:
		return it->has_words != NULL && it->has_words(it->ctx, &t->s);
	case QUERY_TOPIC:
		for (size_t i = 0; it->has_topic != NULL && i < t->ntopics; i++)
			if (it->has_topic(it->ctx, t->topics[i]))
				return 1;
		return 0;
	case QUERY_SOURCE:
		for (size_t i = 0; i < it->nsources; i++)
			if (folded_prefix(it->sources[i], t->folded))
				return 1;
		return 0;
	case QUERY_TARGET:
		return it->target == t->yes;
	case QUERY_FROM:
	case QUERY_TO:
	case QUERY_DATE:
		break;
	}
	if (it->date == NULL || it->date->y == 0)
		return 0;
	end = it->end != NULL && it->end->y != 0 ? it->end : it->date;
	switch (t->field) {
	case QUERY_FROM:
		return date_cmp_common(end, &t->date) >= 0;
	case QUERY_TO:
		return date_cmp_common(it->date, &t->date) <= 0;
	default:
		return date_cmp_common(it->date, &t->date) <= 0 &&
		    date_cmp_common(end, &t->date) >= 0;
	}
}

int
query_match(const struct query *q, const struct query_item *it)
{
	size_t i = 0;

	while (i < q->n) {
		int any = 0;

		for (;;) {
			const struct query_term *t = &q->t[i++];

			if (!any && term_holds(t, it) != t->neg)
				any = 1;
			if (!t->or_next || i == q->n)
				break;
		}
		if (!any)
			return 0;
	}
	return 1;
}
