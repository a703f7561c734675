/*
 * bookmarks: the reader's bookmark file of a corpus (format in
 * bookmarks.h): parse, write, atomic save, and the check that says when
 * the text under a bookmark is no longer what it quoted.
 */
#include "bookmarks.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus.h"
#include "diag.h"
#include "savefile.h"
#include "schema.h"
#include "text.h"

#define MAGIC "hoso-bookmarks 1"

void
bookmarks_init(struct bookmarks *b)
{
	memset(b, 0, sizeof *b);
}

static void
one_free(struct bookmark *k)
{
	free(k->id);
	free(k->note);
	free(k->quote);
}

void
bookmarks_free(struct bookmarks *b)
{
	for (size_t i = 0; i < b->n; i++)
		one_free(&b->v[i]);
	free(b->v);
	free(b->seen);
	bookmarks_init(b);
}

/* What tells one bookmark from another across readers: when it was made,
 * where, and what it quotes (the offsets follow an edited text). */
static uint64_t
key(const struct bookmark *k)
{
	struct util_buf s;
	uint64_t h;

	util_buf_init(&s);
	util_buf_printf(&s, "%lld\t%s\t%s", k->created, k->id, k->quote);
	h = util_hash(s.data, s.len);
	util_buf_free(&s);
	return h;
}

static int
seen(const struct bookmarks *b, uint64_t h)
{
	for (size_t i = 0; i < b->nseen; i++)
		if (b->seen[i] == h)
			return 1;
	return 0;
}

static void
see_all(struct bookmarks *b)
{
	for (size_t i = 0; i < b->n; i++) {
		uint64_t h = key(&b->v[i]);

		if (seen(b, h))
			continue;
		util_grow((void **)&b->seen, &b->capseen, b->nseen + 1,
		    sizeof *b->seen);
		b->seen[b->nseen++] = h;
	}
}

/* Brings b up to date with what another reader of the corpus saved
 * since b last read or wrote the file at path: adds the bookmarks b has
 * never known, drops those b knew from the file that are gone from it
 * (removed over there).  A file that does not parse whole changes
 * nothing. */
static void
merge_disk(struct bookmarks *b, const char *path)
{
	struct bookmarks disk;
	struct diag scratch;
	uint64_t *there = NULL;
	char *data;
	size_t len;

	if (util_read_file(path, 0, &data, &len) != UTIL_READ_OK)
		return;
	bookmarks_init(&disk);
	diag_init(&scratch, NULL);
	if (bookmarks_parse(&disk, path, data, len, &scratch) == 0) {
		there = util_reallocarray(NULL, disk.n + 1, sizeof *there);
		for (size_t i = 0; i < disk.n; i++)
			there[i] = key(&disk.v[i]);
		for (size_t i = b->n; i-- > 0;) {
			uint64_t h = key(&b->v[i]);
			size_t j = 0;

			while (j < disk.n && there[j] != h)
				j++;
			if (j == disk.n && seen(b, h))
				bookmarks_remove(b, i);
		}
		for (size_t i = 0; i < disk.n; i++) {
			const struct bookmark *k = &disk.v[i];

			if (!seen(b, there[i]))
				bookmarks_add(b, k->created, k->id, k->start,
				    k->end, k->note, k->quote, strlen(k->quote));
		}
		free(there);
	}
	/* Oldest first again, ties as they were (an insertion sort: all but
	 * the few added are in order). */
	for (size_t i = 1; i < b->n; i++) {
		struct bookmark t = b->v[i];
		size_t j = i;

		for (; j > 0 && b->v[j - 1].created > t.created; j--)
			b->v[j] = b->v[j - 1];
		b->v[j] = t;
	}
	diag_free(&scratch);
	bookmarks_free(&disk);
	free(data);
}

char *
bookmarks_path(const char *dir)
{
	return savefile_corpus_path("bookmarks", dir);
}

void
bookmarks_add(struct bookmarks *b, long long created, const char *id,
    size_t start, size_t end, const char *note, const char *quote,
    size_t qlen)
{
	struct bookmark *k;

	util_grow((void **)&b->v, &b->cap, b->n + 1, sizeof *b->v);
	k = &b->v[b->n++];
	k->created = created;
	k->id = util_strdup(id);
	k->start = start;
	k->end = end;
	k->note = util_strdup(note != NULL ? note : "");
	k->quote = util_strndup(quote, qlen);
	k->status = BOOKMARK_OK;
	k->row = BOOKMARKS_NO_ROW;
}

void
bookmarks_remove(struct bookmarks *b, size_t i)
{
	if (i >= b->n)
		return;
	one_free(&b->v[i]);
	memmove(&b->v[i], &b->v[i + 1], (b->n - i - 1) * sizeof *b->v);
	b->n--;
}

static int
hex(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
	    c - 'a' + 10 : -1;
}

/* Unescapes s[0..n) into a heap string of *len bytes; NULL on a bad
 * escape or a raw control byte (a line we did not write). */
static char *
unescape(const char *s, size_t n, size_t *len)
{
	struct util_buf o;

	util_buf_init(&o);
	util_buf_reserve(&o, n + 1);
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if ((unsigned char)c < 0x20 || c == 0x7f)
			goto bad;
		if (c == '\\') {
			if (++i == n)
				goto bad;
			switch (s[i]) {
			case '\\': c = '\\'; break;
			case 't': c = '\t'; break;
			case 'n': c = '\n'; break;
			case 'r': c = '\r'; break;
			case 'x':
				if (i + 2 >= n || hex(s[i + 1]) < 0 ||
				    hex(s[i + 2]) < 0)
					goto bad;
				c = (char)(hex(s[i + 1]) * 16 + hex(s[i + 2]));
				i += 2;
				break;
			default: goto bad;
			}
		}
		util_buf_addc(&o, c);
	}
	*len = o.len;
	util_buf_addc(&o, '\0');
	return util_buf_detach(&o, NULL);
bad:
	util_buf_free(&o);
	return NULL;
}

static void
escape(struct util_buf *o, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\\': util_buf_adds(o, "\\\\"); break;
		case '\t': util_buf_adds(o, "\\t"); break;
		case '\n': util_buf_adds(o, "\\n"); break;
		case '\r': util_buf_adds(o, "\\r"); break;
		default:
			if ((unsigned char)*s < 0x20 || *s == 0x7f)
				util_buf_printf(o, "\\x%02x",
				    (unsigned char)*s);
			else
				util_buf_addc(o, *s);
		}
	}
}

/*
 * A note or a quote as read back, s[0..n): neither the prompt nor the
 * text a quote is taken from holds a control character other than a tab
 * or a line break, a bidi control or invalid UTF-8, so one of those was
 * put in the file by hand (as \x1b, say), and is shown as an article
 * shows it, as a visible marker, never sent to the terminal.  Only the
 * pieces between tabs and line breaks that hold one are cleaned: the
 * rest stays byte for byte, so a quote still matches its text.
 */
static char *
clean_field(const char *s, size_t n)
{
	struct util_buf o;
	size_t i = 0;

	util_buf_init(&o);
	util_buf_reserve(&o, n + 1);
	while (i <= n) {
		size_t e = i;
		char *piece, *safe;

		while (e < n && s[e] != '\t' && s[e] != '\n')
			e++;
		piece = util_strndup(s + i, e - i);
		safe = diag_sanitize(piece);
		if (strlen(piece) != e - i || strcmp(safe, piece) != 0) {
			size_t m;
			char *t = text_sanitize(s + i, e - i, 0, &m);

			util_buf_add(&o, t, m);
			free(t);
		} else
			util_buf_add(&o, s + i, e - i);
		free(safe);
		free(piece);
		if (e < n)
			util_buf_addc(&o, s[e]);
		i = e + 1;
	}
	util_buf_addc(&o, '\0');
	return util_buf_detach(&o, NULL);
}

/* A decimal number filling s[0..n), at most LLONG_MAX (a creation time
 * is a long long: a larger one would be written back negative, and not
 * read again): 0 and *v, else -1. */
static int
number(const char *s, size_t n, unsigned long long *v)
{
	unsigned long long x = 0;

	if (n == 0 || n > 19)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (unsigned)(s[i] - '0');
	}
	if (x > (unsigned long long)LLONG_MAX)
		return -1;
	*v = x;
	return 0;
}

/* One record line: NULL, or what is wrong with it. */
static const char *
parse_line(struct bookmarks *b, const char *s, size_t n)
{
	const char *f[6];
	size_t fl[6], nf = 0, at = 0;
	unsigned long long created, start, end;
	char *id, *note, *quote, *raw;
	size_t rl;

	while (nf < 6) {
		const char *tab = memchr(s + at, '\t', n - at);
		size_t e = tab != NULL ? (size_t)(tab - s) : n;

		f[nf] = s + at;
		fl[nf++] = e - at;
		if (tab == NULL)
			break;
		at = e + 1;
	}
	if (nf == 6)
		fl[5] = n - (size_t)(f[5] - s);
	if (nf != 6 || memchr(f[5], '\t', fl[5]) != NULL)
		return "expected 6 tab-separated fields";
	if (number(f[0], fl[0], &created) != 0)
		return "bad creation time";
	if (number(f[2], fl[2], &start) != 0 ||
	    number(f[3], fl[3], &end) != 0 || end < start)
		return "bad offsets";
	if (!schema_valid_id(f[1], fl[1]))
		return "bad article id";
	if ((raw = unescape(f[4], fl[4], &rl)) == NULL)
		return "bad escape in the note";
	note = clean_field(raw, rl);
	free(raw);
	if ((raw = unescape(f[5], fl[5], &rl)) == NULL) {
		free(note);
		return "bad escape in the quote";
	}
	quote = clean_field(raw, rl);
	free(raw);
	id = util_strndup(f[1], fl[1]);
	bookmarks_add(b, (long long)created, id, (size_t)start, (size_t)end,
	    note, quote, strlen(quote));
	free(id);
	free(note);
	free(quote);
	return NULL;
}

size_t
bookmarks_parse(struct bookmarks *b, const char *name, const char *text,
    size_t len, struct diag *d)
{
	size_t at = 0, line = 0, bad = 0;

	while (at < len) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t e = nl != NULL ? (size_t)(nl - text) : len;
		const char *why = NULL;

		line++;
		if (line == 1) {
			if (e - at != strlen(MAGIC) ||
			    memcmp(text + at, MAGIC, e - at) != 0)
				why = "not a hoso bookmark file (expected \""
				    MAGIC "\")";
		} else if (e > at) {
			why = parse_line(b, text + at, e - at);
		}
		if (why != NULL) {
			diag_emit(d, DIAG_WARNING, name, (int)line, 0,
			    "%s; line skipped", why);
			bad++;
		}
		at = e + 1;
	}
	if (bad > 0)
		b->bad = 1;
	return bad;
}

void
bookmarks_format(const struct bookmarks *b, struct util_buf *out)
{
	util_buf_adds(out, MAGIC "\n");
	for (size_t i = 0; i < b->n; i++) {
		const struct bookmark *k = &b->v[i];

		util_buf_printf(out, "%lld\t%s\t%zu\t%zu\t", k->created, k->id,
		    k->start, k->end);
		escape(out, k->note);
		util_buf_addc(out, '\t');
		escape(out, k->quote);
		util_buf_addc(out, '\n');
	}
}

int
bookmarks_load(struct bookmarks *b, const char *path, struct diag *d)
{
	char *data;
	size_t len;

	switch (savefile_read(path, 0, "bookmarks", &data, &len, d)) {
	case 0:
		return 0;
	case -1:
		b->bad = 1;
		return -1;
	}
	(void)bookmarks_parse(b, path, data, len, d);
	free(data);
	see_all(b);
	return 0;
}

int
bookmarks_save(struct bookmarks *b, const char *path, struct diag *d)
{
	struct util_buf o;
	int rc, lock;

	/* What we could not read stays, beside the new file. */
	if (b->bad && savefile_clear_bad(path, d) != 0)
		return -1;
	/* Read, merge and write with no other reader's save between. */
	lock = savefile_lock(path);
	if (!b->bad)
		merge_disk(b, path);
	b->bad = 0;
	util_buf_init(&o);
	bookmarks_format(b, &o);
	if ((rc = savefile_write(path, o.data, o.len)) != 0)
		diag_emit(d, DIAG_WARNING, path, 0, 0, "cannot save the "
		    "bookmarks: %s", strerror(errno));
	else
		see_all(b);
	savefile_unlock(lock);
	util_buf_free(&o);
	return rc;
}

void
bookmarks_check(struct bookmarks *b, const struct dossier *ds)
{
	for (size_t i = 0; i < b->n; i++) {
		struct bookmark *k = &b->v[i];
		size_t row = dossier_find(ds, k->id), ql;
		const struct article *a;
		const char *hit;

		k->row = row;
		if (row == (size_t)-1) {
			k->status = BOOKMARK_MISSING;
			continue;
		}
		a = dossier_article(ds, row);
		ql = strlen(k->quote);
		if (k->end <= a->len && k->end - k->start == ql &&
		    memcmp(a->text + k->start, k->quote, ql) == 0) {
			k->status = BOOKMARK_OK;
			continue;
		}
		hit = ql > 0 ? memmem(a->text, a->len, k->quote, ql) : NULL;
		if (hit != NULL) {
			k->status = BOOKMARK_MOVED;
			k->start = (size_t)(hit - a->text);
			k->end = k->start + ql;
		} else {
			k->status = BOOKMARK_CHANGED;
		}
	}
}

const char *
bookmarks_status_name(enum bookmark_status s)
{
	switch (s) {
	case BOOKMARK_MOVED: return "moved";
	case BOOKMARK_CHANGED: return "changed";
	case BOOKMARK_MISSING: return "missing";
	default: return "";
	}
}
