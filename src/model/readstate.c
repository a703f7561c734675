/*
 * readstate: the read articles of a corpus and the ones seen before (see
 * include/model/readstate.h): sets of ids, the file's parse and format,
 * loading and the atomic save.
 *
 * Model: an archive has a hundred thousand articles, so every set is a
 * sorted array of ids: a lookup is a binary search (a list draws a
 * screenful of them per frame), marking one is a search and a move
 * (the reader does it once per article opened), and a file written in
 * order is read back in one pass.  The known ids are never pruned: an
 * article that leaves the corpus and comes back (a branch checked out
 * and back) is not new, it was seen.
 */
#include "readstate.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "savefile.h"

#define MAGIC "hoso-read 1"
#define MAX_BYTES ((size_t)256 * 1024 * 1024)
#define MAX_TOLD 5			/* bad lines reported one by one */

void
readstate_init(struct readstate *rs)
{
	memset(rs, 0, sizeof *rs);
}

static void
set_free(struct readstate_set *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}

void
readstate_free(struct readstate *rs)
{
	set_free(&rs->read);
	set_free(&rs->known);
	set_free(&rs->fresh);
	readstate_init(rs);
}

char *
readstate_path(const char *dir)
{
	return savefile_corpus_path("read", dir);
}

/* An id the file can hold: a line's second word. */
static int
valid_id(const char *s, size_t n)
{
	if (n == 0 || n > READSTATE_MAX_ID)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] <= ' ' || s[i] == 0x7f)
			return 0;
	return 1;
}

/* The first index whose id is not below id (n when none). */
static size_t
lower_bound(const struct readstate_set *s, const char *id)
{
	size_t lo = 0, hi = s->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(s->v[mid], id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
set_has(const struct readstate_set *s, const char *id)
{
	size_t i = lower_bound(s, id);

	return i < s->n && strcmp(s->v[i], id) == 0;
}

/* Appends id (a heap string, taken) without keeping the order. */
static void
set_push(struct readstate_set *s, char *id)
{
	util_grow((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v);
	s->v[s->n++] = id;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Puts a set made with set_push in order, its repeats dropped. */
static void
set_settle(struct readstate_set *s)
{
	size_t w = 0;

	if (s->n > 1)
		qsort(s->v, s->n, sizeof *s->v, cmp_str);
	for (size_t i = 0; i < s->n; i++) {
		if (w > 0 && strcmp(s->v[w - 1], s->v[i]) == 0)
			free(s->v[i]);
		else
			s->v[w++] = s->v[i];
	}
	s->n = w;
}

int
readstate_is_read(const struct readstate *rs, const char *id)
{
	return set_has(&rs->read, id);
}

int
readstate_is_new(const struct readstate *rs, const char *id)
{
	return rs->loaded && set_has(&rs->fresh, id);
}

int
readstate_set_read(struct readstate *rs, const char *id, int read)
{
	struct readstate_set *s = &rs->read;
	size_t i;

	if (!valid_id(id, strlen(id)))
		return -1;
	i = lower_bound(s, id);
	if ((i < s->n && strcmp(s->v[i], id) == 0) == !!read)
		return 0;
	if (read) {
		util_grow((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v);
		memmove(s->v + i + 1, s->v + i, (s->n - i) * sizeof *s->v);
		s->v[i] = util_strdup(id);
		s->n++;
	} else {
		free(s->v[i]);
		memmove(s->v + i, s->v + i + 1, (s->n - i - 1) * sizeof *s->v);
		s->n--;
	}
	rs->gen++;
	return 1;
}

void
readstate_present_begin(struct readstate *rs)
{
	set_free(&rs->fresh);
	rs->cursor = 0;
}

void
readstate_present_id(struct readstate *rs, const char *id)
{
	const struct readstate_set *k = &rs->known;
	size_t i = rs->cursor;

	if (id == NULL || !valid_id(id, strlen(id)))
		return;
	/* Ids told in order (the index's) are a merge with the known
	 * ones, a comparison or two each; out of order, a search. */
	if (i > 0 && strcmp(k->v[i - 1], id) > 0)
		i = lower_bound(k, id);
	while (i < k->n && strcmp(k->v[i], id) < 0)
		i++;
	rs->cursor = i;
	if (i < k->n && strcmp(k->v[i], id) == 0)
		return;
	set_push(&rs->fresh, util_strdup(id));
}

size_t
readstate_present_end(struct readstate *rs)
{
	set_settle(&rs->fresh);
	return rs->loaded ? rs->fresh.n : 0;
}

size_t
readstate_present(struct readstate *rs, char *const *ids, size_t n)
{
	readstate_present_begin(rs);
	for (size_t i = 0; i < n; i++)
		readstate_present_id(rs, ids[i]);
	return readstate_present_end(rs);
}

/* One record line: NULL, or what is wrong with it.  *sorted is cleared
 * when its id is not after the last of its kind. */
static const char *
parse_line(struct readstate *rs, const char *s, size_t n, int *sorted)
{
	const char *sp = memchr(s, ' ', n);
	struct readstate_set *set;
	size_t k, idn;

	if (sp == NULL)
		return "expected \"known ID\" or \"read ID\"";
	k = (size_t)(sp - s);
	if (k == 5 && memcmp(s, "known", 5) == 0)
		set = &rs->known;
	else if (k == 4 && memcmp(s, "read", 4) == 0)
		set = &rs->read;
	else
		return "expected \"known ID\" or \"read ID\"";
	idn = n - k - 1;
	if (!valid_id(sp + 1, idn))
		return "bad article id";
	set_push(set, util_strndup(sp + 1, idn));
	if (set->n > 1 && strcmp(set->v[set->n - 2], set->v[set->n - 1]) >= 0)
		sorted[set == &rs->read] = 0;
	return NULL;
}

size_t
readstate_parse(struct readstate *rs, const char *name, const char *text,
    size_t len, struct diag *d)
{
	size_t at = 0, line = 0, bad = 0;
	int sorted[2] = { 1, 1 };

	while (at < len) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t e = nl != NULL ? (size_t)(nl - text) : len;
		const char *why = NULL;

		line++;
		if (line == 1) {
			if (e - at != strlen(MAGIC) ||
			    memcmp(text + at, MAGIC, e - at) != 0) {
				/* Not ours: its lines would be a warning each. */
				diag_emit(d, DIAG_WARNING, name, 1, 0, "not a "
				    "hoso read-state file (expected \"" MAGIC
				    "\")");
				rs->bad = 1;
				rs->loaded = 0;
				return 1;
			}
		} else if (e > at) {
			if (memchr(text + at, '\0', e - at) != NULL)
				why = "a NUL byte";
			else
				why = parse_line(rs, text + at, e - at, sorted);
		}
		if (why != NULL && ++bad <= MAX_TOLD)
			diag_emit(d, DIAG_WARNING, name, (int)line, 0,
			    "%s; line skipped", why);
		at = e + 1;
	}
	if (bad > MAX_TOLD)
		diag_emit(d, DIAG_WARNING, name, 0, 0, "%zu more bad lines "
		    "skipped", bad - MAX_TOLD);
	if (!sorted[0])
		set_settle(&rs->known);
	if (!sorted[1])
		set_settle(&rs->read);
	if (bad > 0)
		rs->bad = 1;
	return bad;
}

static void
put(struct util_buf *o, const char *kind, const char *id)
{
	util_buf_adds(o, kind);
	util_buf_addc(o, ' ');
	util_buf_adds(o, id);
	util_buf_addc(o, '\n');
}

void
readstate_format(const struct readstate *rs, struct util_buf *out)
{
	const struct readstate_set *k = &rs->known, *w = &rs->fresh;
	size_t i = 0, j = 0;

	util_buf_adds(out, MAGIC "\n");
	/* The union of two sorted sets, in order (disjoint, unless fresh
	 * was told before the file was read). */
	while (i < k->n || j < w->n) {
		int c = i == k->n ? 1 : j == w->n ? -1 :
		    strcmp(k->v[i], w->v[j]);

		put(out, "known", c <= 0 ? k->v[i] : w->v[j]);
		i += c <= 0;
		j += c >= 0;
	}
	for (i = 0; i < rs->read.n; i++)
		put(out, "read", rs->read.v[i]);
}

int
readstate_load(struct readstate *rs, const char *path, struct diag *d)
{
	char *data;
	size_t len;

	switch (savefile_read(path, MAX_BYTES, "read-state", &data, &len, d)) {
	case 0:
		return 0;
	case -1:
		/* Never replaced unread: moved aside first, if it can be. */
		rs->bad = 1;
		return -1;
	}
	rs->loaded = 1;
	(void)readstate_parse(rs, path, data, len, d);
	free(data);
	return 0;
}

int
readstate_save(struct readstate *rs, const char *path, struct diag *d)
{
	struct util_buf o;
	int rc;

	if (rs->loaded && !rs->bad && rs->gen == rs->saved &&
	    rs->fresh.n == 0)
		return 0;
	if (rs->bad && savefile_clear_bad(path, d) != 0)
		return -1;
	rs->bad = 0;
	util_buf_init(&o);
	readstate_format(rs, &o);
	if ((rc = savefile_write(path, o.data, o.len)) != 0)
		diag_emit(d, DIAG_WARNING, path, 0, 0, "cannot save the read "
		    "articles: %s", strerror(errno));
	else
		rs->saved = rs->gen;
	util_buf_free(&o);
	return rc;
}
