/*
 * ytree: a position-carrying YAML tree built from libyaml events (see
 * include/ytree.h).
 *
 * The tree is built with an explicit stack of open collections, one frame
 * per level, so the depth cap is a fixed array bound and hostile nesting is
 * stopped at the event that crosses it: libyaml hands out events lazily, so
 * 100,000 "[" cost us only the first YTREE_MAX_DEPTH of them.  Every node is
 * linked into its parent the moment it is created; freeing the root frees
 * any partial tree, whatever event the parse stopped at.
 *
 * libyaml's reader refuses, as a fatal error for the whole document, bytes
 * that are common in scraped text: invalid UTF-8, C0 and C1 controls, DEL.
 * It also counts NEL, U+2028 and U+2029 as line breaks, which no editor
 * does.  So before parsing, a copy of the input (made only when needed)
 * replaces invalid bytes with U+FFFD and those characters with stand-ins
 * from the private-use plane 15 (U+F0000 + the code point, U+F0100/F0101
 * for U+2028/2029); scalars get the real characters back afterwards, for
 * text_sanitize to show.  One character becomes one character, so libyaml's
 * lines and columns stay those of the original file.  When the input
 * already holds a character of the stand-in range (never in real text),
 * the stand-ins are not used and such characters become U+FFFD instead.
 *
 * Semantic problems (anchors, aliases, tags, bad or duplicate keys) are
 * reported and parsing goes on, to show several at once; syntax errors and
 * limits stop it at once.
 */
#include "ytree.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "text.h"
#include "utf8.h"
#include "util.h"

#define SUB_BASE 0xF0000u	/* stand-in of code point c < 0x100 */
#define SUB_LS (SUB_BASE + 0x100u)
#define SUB_PS (SUB_BASE + 0x101u)
#define SUB_LAST SUB_PS

#define MAX_ERRORS 20		/* semantic errors shown before giving up */
#define SHOWN_MAX 60		/* bytes of a key or tag quoted in a message */

/* An open collection.  keys is an open-addressing set of kid indices + 1
 * (0: empty slot), used for mappings to find duplicate keys in O(1). */
struct frame {
	struct ytree *node;
	size_t cap;
	size_t *keys;
	size_t nslots, nkeys;
	int key_expected;	/* mappings: the next node is a key */
	int muted;		/* inside a key already reported as bad */
};

struct build {
	const char *file;
	int line_offset;
	struct diag *d;
	struct ytree *root;
	struct frame stack[YTREE_MAX_DEPTH];
	int depth;
	size_t nodes;
	int errors;
	int docs;
	int substituted;	/* scalars may hold stand-ins */
	int stop;
};

static void
add_cp(struct util_buf *b, uint32_t c)
{
	char u[UTF8_MAX];

	util_buf_add(b, u, utf8_encode(c, u));
}

/* Characters libyaml's reader rejects or takes for a line break. */
static int
needs_standin(uint32_t c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
	    (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
	    c == 0xFFFE || c == 0xFFFF;
}

/* Returns a copy of the input libyaml will accept, or NULL when the input
 * is fine as it is.  Sets *substituted when stand-ins were used, *nbad to
 * the number of bytes that are not UTF-8 and *bad_at to the first. */
static char *
prepare(const char *buf, size_t len, size_t *outlen, int *substituted,
    size_t *nbad, size_t *bad_at)
{
	const unsigned char *s = (const unsigned char *)buf;
	struct util_buf b;
	size_t i, n, copied;
	uint32_t c;
	int change = 0, collide = 0;

	*substituted = 0;
	*nbad = 0;
	for (i = 0; i < len; i += n) {
		if ((n = utf8_decode(s + i, len - i, &c)) == 0) {
			if ((*nbad)++ == 0)
				*bad_at = i;
			change = 1;
			n = 1;
		} else if (needs_standin(c))
			change = 1;
		else if (c >= SUB_BASE && c <= SUB_LAST)
			collide = 1;
	}
	if (!change)
		return NULL;

	util_buf_init(&b);
	util_buf_reserve(&b, len + len / 8);
	copied = 0;
	for (i = 0; i < len; i += n) {
		uint32_t to;

		if ((n = utf8_decode(s + i, len - i, &c)) == 0) {
			n = 1;
			to = 0xFFFD;
		} else if (!needs_standin(c))
			continue;
		else if (collide || c >= 0xFFFE)
			to = 0xFFFD;
		else if (c == 0x2028)
			to = SUB_LS;
		else if (c == 0x2029)
			to = SUB_PS;
		else
			to = SUB_BASE + c;
		util_buf_add(&b, buf + copied, i - copied);
		add_cp(&b, to);
		copied = i + n;
		if (to != 0xFFFD)
			*substituted = 1;
	}
	util_buf_add(&b, buf + copied, len - copied);
	return util_buf_detach(&b, outlen);
}

/* Undoes the stand-ins in a scalar. */
static char *
restore(const char *s, size_t len, size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)s;
	struct util_buf b;
	size_t i, copied = 0;

	util_buf_init(&b);
	util_buf_reserve(&b, len);
	for (i = 0; i + 4 <= len; i++) {
		uint32_t c;

		/* U+F0000..U+F0101 is F3 B0 80..84 xx. */
		if (u[i] != 0xF3 || u[i + 1] != 0xB0 || u[i + 2] < 0x80 ||
		    u[i + 2] > 0x84 || (u[i + 3] & 0xC0) != 0x80)
			continue;
		c = SUB_BASE | ((uint32_t)(u[i + 2] & 0x3F) << 6) |
		    (u[i + 3] & 0x3F);
		if (c > SUB_LAST)
			continue;
		util_buf_add(&b, s + copied, i - copied);
		add_cp(&b, c == SUB_LS ? 0x2028 : c == SUB_PS ? 0x2029 :
		    c - SUB_BASE);
		copied = i + 4;
		i += 3;
	}
	util_buf_add(&b, s + copied, len - copied);
	return util_buf_detach(&b, outlen);
}

static int
line_of(const struct build *b, const yaml_mark_t *m)
{
	return (int)m->line + 1 + b->line_offset;
}

static int
col_of(const yaml_mark_t *m)
{
	return (int)m->column + 1;
}

/* A semantic error: reported, and parsing goes on for a while. */
static void semantic(struct build *, int, int, const char *, ...)
    UTIL_PRINTF(4, 5);

static void
semantic(struct build *b, int line, int col, const char *fmt, ...)
{
	va_list ap;
	char *msg;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		util_fatal("bad format string");
	msg = util_malloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	diag_emit(b->d, DIAG_ERROR, b->file, line, col, "%s", msg);
	free(msg);
	if (++b->errors >= MAX_ERRORS) {
		diag_emit(b->d, DIAG_ERROR, b->file, line, col,
		    "too many errors, giving up");
		b->stop = 1;
	}
}

static struct ytree *
node_new(struct build *b, enum ytree_kind kind, const yaml_mark_t *m)
{
	struct ytree *t = util_calloc(1, sizeof *t);

	t->kind = kind;
	t->line = line_of(b, m);
	t->col = col_of(m);
	return t;
}

static void
keys_insert(struct frame *f, size_t ix)
{
	const struct ytree *k = f->node->kids[ix];
	size_t mask = f->nslots - 1, h;

	h = (size_t)util_hash(k->str, k->len) & mask;
	while (f->keys[h] != 0)
		h = (h + 1) & mask;
	f->keys[h] = ix + 1;
}

/* Returns the kid index of an earlier key equal to kids[ix], or (size_t)-1
 * after recording kids[ix]. */
static size_t
keys_check(struct frame *f, size_t ix)
{
	const struct ytree *k = f->node->kids[ix];
	size_t mask, h;

	if (2 * (f->nkeys + 1) > f->nslots) {
		size_t *old = f->keys, oldn = f->nslots;

		f->nslots = oldn == 0 ? 16 : oldn * 2;
		f->keys = util_calloc(f->nslots, sizeof *f->keys);
		for (size_t i = 0; i < oldn; i++)
			if (old[i] != 0)
				keys_insert(f, old[i] - 1);
		free(old);
	}
	mask = f->nslots - 1;
	h = (size_t)util_hash(k->str, k->len) & mask;
	for (; f->keys[h] != 0; h = (h + 1) & mask) {
		const struct ytree *o = f->node->kids[f->keys[h] - 1];

		if (o->len == k->len && memcmp(o->str, k->str, k->len) == 0)
			return f->keys[h] - 1;
	}
	f->keys[h] = ix + 1;
	f->nkeys++;
	return (size_t)-1;
}

/* Links t into the tree; the tree owns it from here on, even on error.
 * A placeholder (for an alias, already reported) is not checked as a key.
 * Returns whether t is a collection used as a key: reported once, so that
 * "{{{{" is one error, not one per brace, nothing inside it is checked. */
static int
attach(struct build *b, struct ytree *t, int placeholder)
{
	struct frame *f;
	int bad_key = 0;

	if (b->depth == 0) {
		/* Only one document is accepted, so this is the first node. */
		if (b->root != NULL)
			util_fatal("ytree: a second root");
		b->root = t;
		return 0;
	}
	f = &b->stack[b->depth - 1];
	util_grow((void **)&f->node->kids, &f->cap, f->node->nkids + 1,
	    sizeof *f->node->kids);
	f->node->kids[f->node->nkids++] = t;
	if (f->muted)
		return 1;
	if (f->node->kind != YTREE_MAP)
		return 0;
	if (f->key_expected && !placeholder) {
		if (t->kind != YTREE_SCALAR) {
			semantic(b, t->line, t->col, "a mapping key must be "
			    "a scalar, found %s", ytree_kind_name(t->kind));
			bad_key = 1;
		} else {
			size_t first = keys_check(f, f->node->nkids - 1);

			if (first != (size_t)-1) {
				char *k = text_excerpt(t->str, t->len,
				    SHOWN_MAX);

				semantic(b, t->line, t->col, "duplicate key "
				    "'%s' (first at line %d)", k,
				    f->node->kids[first]->line);
				free(k);
			}
		}
	}
	f->key_expected = !f->key_expected;
	return bad_key;
}

static int
count_node(struct build *b, const yaml_mark_t *m)
{
	if (++b->nodes > YTREE_MAX_NODES) {
		diag_emit(b->d, DIAG_ERROR, b->file, line_of(b, m), col_of(m),
		    "more than %d nodes", YTREE_MAX_NODES);
		return -1;
	}
	return 0;
}

static void
check_props(struct build *b, const yaml_mark_t *m, const yaml_char_t *anchor,
    const yaml_char_t *tag)
{
	static const char std[] = "tag:yaml.org,2002:";
	const char *p;
	char *s;

	if (anchor != NULL) {
		p = (const char *)anchor;
		s = text_excerpt(p, strlen(p), SHOWN_MAX);
		semantic(b, line_of(b, m), col_of(m),
		    "anchors are not allowed (&%s)", s);
		free(s);
	}
	if (tag != NULL && !b->stop) {
		struct util_buf t;

		/* Show the tag as it was most likely written. */
		p = (const char *)tag;
		util_buf_init(&t);
		if (strncmp(p, std, sizeof std - 1) == 0)
			util_buf_printf(&t, "!!%s", p + sizeof std - 1);
		else
			util_buf_adds(&t, p);
		s = text_excerpt(t.data, t.len, SHOWN_MAX);
		util_buf_free(&t);
		semantic(b, line_of(b, m), col_of(m),
		    "tags are not allowed (%s)", s);
		free(s);
	}
}

static void
scalar(struct build *b, const yaml_event_t *e)
{
	const yaml_mark_t *m = &e->start_mark;
	const char *v = (const char *)e->data.scalar.value;
	size_t len = e->data.scalar.length;
	struct ytree *t;

	check_props(b, m, e->data.scalar.anchor, e->data.scalar.tag);
	t = node_new(b, YTREE_SCALAR, m);
	if (b->substituted)
		t->str = restore(v, len, &t->len);
	else {
		t->str = util_strndup(v, len);
		t->len = len;
	}
	t->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	attach(b, t, 0);
}

static int
open_collection(struct build *b, const yaml_event_t *e, enum ytree_kind kind)
{
	const yaml_mark_t *m = &e->start_mark;
	struct frame *f;
	struct ytree *t;
	int muted;

	if (b->depth >= YTREE_MAX_DEPTH) {
		diag_emit(b->d, DIAG_ERROR, b->file, line_of(b, m), col_of(m),
		    "nesting deeper than %d levels", YTREE_MAX_DEPTH);
		return -1;
	}
	if (kind == YTREE_SEQ)
		check_props(b, m, e->data.sequence_start.anchor,
		    e->data.sequence_start.tag);
	else
		check_props(b, m, e->data.mapping_start.anchor,
		    e->data.mapping_start.tag);
	t = node_new(b, kind, m);
	muted = attach(b, t, 0);
	f = &b->stack[b->depth++];
	memset(f, 0, sizeof *f);
	f->node = t;
	f->key_expected = 1;
	f->muted = muted;
	return 0;
}

static void
close_collection(struct build *b)
{
	struct frame *f;

	if (b->depth == 0)
		util_fatal("ytree: unbalanced collection end");
	f = &b->stack[--b->depth];
	free(f->keys);
	f->keys = NULL;
}

/* The line and column (in characters, as libyaml counts them) of byte
 * end of buf. */
static void
position(const char *buf, size_t end, int *line, int *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < end; i++) {
		if (buf[i] == '\n') {
			(*line)++;
			*col = 1;
		} else if (((unsigned char)buf[i] & 0xC0) != 0x80)
			(*col)++;
	}
}

static void
syntax_error(struct build *b, const yaml_parser_t *p, const char *buf,
    size_t len)
{
	int line, col;

	if (p->error == YAML_MEMORY_ERROR)
		util_fatal("out of memory (libyaml)");
	if (p->error == YAML_READER_ERROR) {
		/* The reader gives a byte offset, not a mark.  prepare()
		 * leaves nothing for it to refuse, so this is a safety net. */
		position(buf, p->problem_offset < len ? p->problem_offset : len,
		    &line, &col);
		diag_emit(b->d, DIAG_ERROR, b->file, line + b->line_offset, col,
		    "YAML: %s", p->problem ? p->problem : "unreadable input");
		return;
	}
	line = line_of(b, &p->problem_mark);
	col = col_of(&p->problem_mark);
	if (p->context != NULL)
		diag_emit(b->d, DIAG_ERROR, b->file, line, col,
		    "YAML syntax: %s (%s at line %d, column %d)",
		    p->problem ? p->problem : "error", p->context,
		    line_of(b, &p->context_mark), col_of(&p->context_mark));
	else
		diag_emit(b->d, DIAG_ERROR, b->file, line, col,
		    "YAML syntax: %s", p->problem ? p->problem : "error");
}

/* Feeds one event to the builder; -1 stops the parse. */
static int
event(struct build *b, const yaml_event_t *e)
{
	const yaml_mark_t *m = &e->start_mark;

	switch (e->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++b->docs > 1) {
			diag_emit(b->d, DIAG_ERROR, b->file, line_of(b, m),
			    col_of(m), "only one YAML document is allowed");
			return -1;
		}
		break;
	case YAML_ALIAS_EVENT: {
		const char *a = (const char *)e->data.alias.anchor;
		struct ytree *t;
		char *s;

		if (count_node(b, m) != 0)
			return -1;
		s = text_excerpt(a, strlen(a), SHOWN_MAX);
		semantic(b, line_of(b, m), col_of(m),
		    "aliases are not allowed (*%s)", s);
		free(s);
		/* A placeholder keeps keys and values paired. */
		t = node_new(b, YTREE_SCALAR, m);
		t->str = util_strdup("");
		attach(b, t, 1);
		break;
	}
	case YAML_SCALAR_EVENT:
		if (count_node(b, m) != 0)
			return -1;
		scalar(b, e);
		break;
	case YAML_SEQUENCE_START_EVENT:
		if (count_node(b, m) != 0 ||
		    open_collection(b, e, YTREE_SEQ) != 0)
			return -1;
		break;
	case YAML_MAPPING_START_EVENT:
		if (count_node(b, m) != 0 ||
		    open_collection(b, e, YTREE_MAP) != 0)
			return -1;
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		close_collection(b);
		break;
	default:
		break;
	}
	return b->stop ? -1 : 0;
}

int
ytree_parse(const char *buf, size_t len, const char *file, int line_offset,
    struct diag *d, struct ytree **root)
{
	struct build b;
	yaml_parser_t p;
	yaml_event_t e;
	char *copy;
	const char *in;
	size_t inlen = len, nbad, bad_at = 0;
	int done = 0, failed = 0;

	*root = NULL;
	if (len > YTREE_MAX_BYTES) {
		diag_emit(d, DIAG_ERROR, file, 0, 0,
		    "too large: %zu bytes (the limit is %d)", len,
		    YTREE_MAX_BYTES);
		return -1;
	}
	/* libyaml asserts on a NULL string even of length 0. */
	if (buf == NULL || len == 0) {
		buf = "";
		len = 0;
	}
	in = buf;
	memset(&b, 0, sizeof b);
	b.file = file;
	b.line_offset = line_offset;
	b.d = d;
	if ((copy = prepare(buf, len, &inlen, &b.substituted, &nbad,
	    &bad_at)) != NULL)
		in = copy;
	else
		inlen = len;
	/* Read on (the file is still of use), but said once, where it
	 * starts: the U+FFFD a reader will see has a cause. */
	if (nbad > 0) {
		int line, col;

		position(buf, bad_at, &line, &col);
		diag_emit(d, DIAG_WARNING, file, line + line_offset, col,
		    "not valid UTF-8: %zu byte%s shown as U+FFFD", nbad,
		    nbad == 1 ? "" : "s");
	}

	if (!yaml_parser_initialize(&p))
		util_fatal("out of memory (libyaml)");
	yaml_parser_set_input_string(&p, (const unsigned char *)in, inlen);
	while (!done) {
		if (!yaml_parser_parse(&p, &e)) {
			syntax_error(&b, &p, in, inlen);
			failed = 1;
			break;
		}
		if (e.type == YAML_STREAM_END_EVENT)
			done = 1;
		else if (event(&b, &e) != 0) {
			failed = 1;
			done = 1;
		}
		yaml_event_delete(&e);
	}
	yaml_parser_delete(&p);
	free(copy);
	while (b.depth > 0)
		close_collection(&b);
	if (failed || b.errors > 0) {
		ytree_free(b.root);
		return -1;
	}
	*root = b.root;
	return 0;
}

void
ytree_free(struct ytree *t)
{
	if (t == NULL)
		return;
	/* Depth is capped at YTREE_MAX_DEPTH, so recursion is bounded. */
	for (size_t i = 0; i < t->nkids; i++)
		ytree_free(t->kids[i]);
	free(t->kids);
	free(t->str);
	free(t);
}

const struct ytree *
ytree_get(const struct ytree *map, const char *key)
{
	size_t n;

	if (map == NULL || map->kind != YTREE_MAP)
		return NULL;
	n = strlen(key);
	for (size_t i = 0; i + 1 < map->nkids; i += 2) {
		const struct ytree *k = map->kids[i];

		if (k->kind == YTREE_SCALAR && k->len == n &&
		    memcmp(k->str, key, n) == 0)
			return map->kids[i + 1];
	}
	return NULL;
}

const char *
ytree_kind_name(enum ytree_kind k)
{
	switch (k) {
	case YTREE_SCALAR:
		return "a scalar";
	case YTREE_SEQ:
		return "a sequence";
	case YTREE_MAP:
		return "a mapping";
	}
	return "a node";
}

int
ytree_parse_lenient(const char *buf, size_t len, const char *file,
    struct diag *d, struct ytree **root)
{
	struct diag pd;
	int rc;

	diag_init(&pd, NULL);
	rc = ytree_parse(buf, len, file, 0, &pd, root);
	for (size_t i = 0; i < pd.n; i++)
		diag_relevel(&pd, i, DIAG_WARNING);
	diag_merge(d, &pd);
	return rc;
}
