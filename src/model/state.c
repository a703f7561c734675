/*
 * state: the reader's memory between runs (see include/model/state.h).
 *
 * Model: the file is tiny and written whole.  Three rules shape the code:
 *  - a crash or a full disk mid-write must never leave half a state
 *    file, hence temp file + fsync + rename in the same directory (and
 *    a temp file a kill left is removed by the next load);
 *  - the file may be something else entirely (a user's mistake, another
 *    program's file at the same path), so anything we cannot read as our
 *    own format is moved aside rather than overwritten, and nothing about
 *    state is ever fatal: the worst case is starting at the first screen;
 *  - two readers of two corpora may run at once, so a save reads the file
 *    again and replaces only the section of the corpus in use (and adds
 *    the history of this run), keeping what the other one wrote.
 * Parsing is strict (every line known, ids slugs, offsets plain decimal
 * numbers, text validly escaped UTF-8) because a lenient reader of a
 * corrupt file would restore nonsense silently.
 */
#include "state.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "savefile.h"
#include "tmpfile.h"
#include "utf8.h"
#include "util.h"
#include "xdg.h"

#define STATE_MAGIC1 "hoso-state 1\n"
#define STATE_MAGIC "hoso-state 2\n"
#define STATE_MAGIC_LEN (sizeof STATE_MAGIC - 1)
#define STATE_MAX_BYTES (4 * 1024 * 1024)
#define STATE_MAX_ID 128
#define STATE_MAX_TEXT 4096		/* bytes of a text, unescaped */

static const char *const hist_names[STATE_NHIST] = {
	"find-list", "find-text", "corpus", "filter", "pipe"
};

static void
report(struct diag *d, enum diag_level level, const char *path, int line,
    const char *what, int err)
{
	if (d == NULL)
		return;
	if (err != 0)
		diag_emit(d, level, path, line, 0, "%s: %s", what,
		    strerror(err));
	else
		diag_emit(d, level, path, line, 0, "%s", what);
}

void
state_init(struct state *st)
{
	memset(st, 0, sizeof *st);
}

static void
section_free(struct state_section *s)
{
	free(s->corpus);
	free(s->view);
	free(s->article);
	free(s->topic);
	free(s->milestone);
	for (size_t i = 0; i < s->npos; i++)
		free(s->pos[i].id);
	free(s->pos);
	memset(s, 0, sizeof *s);
}

static void
hist_free(struct state_hist *h)
{
	for (size_t i = 0; i < h->n; i++)
		free(h->v[i]);
	free(h->v);
	memset(h, 0, sizeof *h);
}

void
state_free(struct state *st)
{
	for (size_t i = 0; i < st->nsec; i++)
		section_free(&st->sec[i]);
	free(st->sec);
	for (int k = 0; k < STATE_NHIST; k++)
		hist_free(&st->hist[k]);
	state_init(st);
}

static char *
path_join(const char *a, const char *b)
{
	struct util_buf buf;

	util_buf_init(&buf);
	util_buf_adds(&buf, a);
	util_buf_adds(&buf, b);
	return util_buf_detach(&buf, NULL);
}

char *
state_default_path(void)
{
	char *dir = xdg_dir(XDG_STATE), *p;

	if (dir == NULL)
		return NULL;
	p = path_join(dir, "/state");
	free(dir);
	return p;
}

/* Ids are slugs; anything else (spaces, controls, non-ASCII) would make
 * a line we could not read back.  A view is named by the reader (its view
 * table): the file keeps the name, which must be such a word too. */
static int
valid_id(const char *s, size_t n)
{
	if (n == 0 || n > STATE_MAX_ID)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.'))
			return 0;
	}
	return s[0] != '-' && s[0] != '.';
}

/* A lower-case hex digit's value, or -1. */
static int
hex_val(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
	    c - 'a' + 10 : -1;
}

static int
needs_escape(unsigned char c)
{
	return c < 0x20 || c == 0x7f || c == '\\';
}

/* A line "KEY TEXT", the text escaped: controls and backslashes as \xHH. */
static void
put_line(FILE *fp, const char *key, const char *s)
{
	fprintf(fp, "%s ", key);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (needs_escape(c))
			fprintf(fp, "\\x%02x", c);
		else
			fputc(c, fp);
	}
	fputc('\n', fp);
}

/* Reads text back: only the escapes put_text writes, valid UTF-8, not
 * empty, at most STATE_MAX_TEXT bytes.  A heap string, or NULL. */
static char *
get_text(const char *s, size_t n)
{
	struct util_buf b;
	size_t i = 0;

	if (n == 0)
		return NULL;
	util_buf_init(&b);
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t k;

		if (c == '\\') {
			if (i + 4 > n || s[i + 1] != 'x' || hex_val(s[i + 2]) < 0 ||
			    hex_val(s[i + 3]) < 0)
				goto bad;
			c = (unsigned char)(hex_val(s[i + 2]) * 16 +
			    hex_val(s[i + 3]));
			if (!needs_escape(c))
				goto bad;
			util_buf_addc(&b, (char)c);
			i += 4;
			continue;
		}
		if (c < 0x20 || c == 0x7f ||
		    (k = utf8_decode((const unsigned char *)s + i, n - i,
		    &cp)) == 0)
			goto bad;
		util_buf_add(&b, s + i, k);
		i += k;
	}
	if (b.len > STATE_MAX_TEXT || memchr(b.data, '\0', b.len) != NULL)
		goto bad;
	return util_buf_detach(&b, NULL);
bad:
	util_buf_free(&b);
	return NULL;
}

static struct state_section *
add_section(struct state *st, const char *corpus)
{
	struct state_section *s;

	util_grow((void **)&st->sec, &st->capsec, st->nsec + 1,
	    sizeof *st->sec);
	s = memset(&st->sec[st->nsec++], 0, sizeof *s);
	s->corpus = corpus != NULL ? util_strdup(corpus) : NULL;
	return s;
}

static size_t
find_section(const struct state *st, const char *corpus)
{
	for (size_t i = 0; i < st->nsec; i++)
		if (st->sec[i].corpus != NULL &&
		    strcmp(st->sec[i].corpus, corpus) == 0)
			return i;
	return st->nsec;
}

struct state_section *
state_select(struct state *st, const char *corpus)
{
	size_t i = find_section(st, corpus);

	if (i == st->nsec) {
		/* A version-1 file knew one corpus: the first to ask. */
		for (i = 0; i < st->nsec; i++)
			if (st->sec[i].corpus == NULL)
				break;
		if (i < st->nsec)
			st->sec[i].corpus = util_strdup(corpus);
		else
			add_section(st, corpus);
	}
	st->cur = i;
	return &st->sec[i];
}

struct state_section *
state_here(struct state *st)
{
	if (st->cur >= st->nsec) {
		add_section(st, NULL);
		st->cur = st->nsec - 1;
	}
	return &st->sec[st->cur];
}

void
state_set_pos(struct state *st, const char *id, size_t offset)
{
	struct state_section *s = state_here(st);

	for (size_t i = 0; i < s->npos; i++) {
		if (strcmp(s->pos[i].id, id) == 0) {
			s->pos[i].offset = offset;
			return;
		}
	}
	util_grow((void **)&s->pos, &s->cap, s->npos + 1, sizeof *s->pos);
	s->pos[s->npos].id = util_strdup(id);
	s->pos[s->npos].offset = offset;
	s->npos++;
}

size_t
state_get_pos(const struct state *st, const char *id)
{
	const struct state_section *s;

	if (st->cur >= st->nsec)
		return 0;
	s = &st->sec[st->cur];
	for (size_t i = 0; i < s->npos; i++)
		if (strcmp(s->pos[i].id, id) == 0)
			return s->pos[i].offset;
	return 0;
}

void
state_hist_add(struct state_hist *h, const char *q)
{
	if (q == NULL || q[0] == '\0' ||
	    (h->n > 0 && strcmp(h->v[h->n - 1], q) == 0))
		return;
	if (h->n == STATE_HIST_MAX) {
		free(h->v[0]);
		memmove(h->v, h->v + 1, (h->n - 1) * sizeof *h->v);
		h->n--;
		if (h->fresh > 0)
			h->fresh--;
	}
	util_grow((void **)&h->v, &h->cap, h->n + 1, sizeof *h->v);
	h->v[h->n++] = util_strdup(q);
}

/* A position and where it stood in the file. */
struct pos_at {
	struct state_pos p;
	size_t at;
};

static int
cmp_pos_at(const void *x, const void *y)
{
	const struct pos_at *a = x, *b = y;
	int c = strcmp(a->p.id, b->p.id);

	if (c != 0)
		return c;
	return a->at < b->at ? -1 : a->at > b->at;
}

/* Keeps the last position given for each id (a file edited by hand may
 * repeat one), in id order: n log n, where looking each one up as it was
 * read would be n squared. */
static void
unique_positions(struct state_section *st)
{
	struct pos_at *t;
	size_t w = 0;

	if (st->npos < 2)
		return;
	t = util_calloc(st->npos, sizeof *t);
	for (size_t i = 0; i < st->npos; i++) {
		t[i].p = st->pos[i];
		t[i].at = i;
	}
	qsort(t, st->npos, sizeof *t, cmp_pos_at);
	for (size_t i = 0; i < st->npos; i++) {
		if (i + 1 < st->npos && strcmp(t[i].p.id, t[i + 1].p.id) == 0) {
			free(t[i].p.id);
			continue;
		}
		st->pos[w++] = t[i].p;
	}
	free(t);
	st->npos = w;
}

/* Strict decimal: digits only (strtoull alone would take "+5", " 5",
 * "-1" and "5x"), and within size_t. */
static int
parse_offset(const char *s, size_t n, size_t *out)
{
	char buf[32], *end;
	unsigned long long v;

	if (n == 0 || n >= sizeof buf)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	errno = 0;
	v = strtoull(buf, &end, 10);
	if (errno != 0 || *end != '\0' || v > SIZE_MAX)
		return -1;
	*out = (size_t)v;
	return 0;
}

static int
key_is(const char *s, size_t klen, const char *key)
{
	return klen == strlen(key) && memcmp(s, key, klen) == 0;
}

/* A field that holds an id (or a view's name), replaced. */
static int
set_id(char **field, const char *s, size_t n)
{
	if (!valid_id(s, n))
		return -1;
	free(*field);
	*field = util_strndup(s, n);
	return 0;
}

/* Parses one line (without its LF) into st: into its last section, which
 * a version-2 file must have started with a corpus line.  0 or -1. */
static int
parse_line(struct state *st, int version, const char *s, size_t n)
{
	const char *sp = memchr(s, ' ', n);
	struct state_section *sec;
	const char *arg;
	size_t klen, alen;
	char *text;

	if (sp == NULL)
		return -1;
	klen = (size_t)(sp - s);
	arg = sp + 1;
	alen = n - klen - 1;
	if (version == 2 && key_is(s, klen, "corpus")) {
		if ((text = get_text(arg, alen)) == NULL || text[0] != '/' ||
		    find_section(st, text) < st->nsec) {
			free(text);
			return -1;
		}
		add_section(st, text);
		free(text);
		return 0;
	}
	if (version == 2 && key_is(s, klen, "history")) {
		const char *sp2 = memchr(arg, ' ', alen);
		int k;

		if (sp2 == NULL)
			return -1;
		for (k = 0; k < STATE_NHIST; k++)
			if (key_is(arg, (size_t)(sp2 - arg), hist_names[k]))
				break;
		if (k == STATE_NHIST || (text = get_text(sp2 + 1,
		    alen - (size_t)(sp2 - arg) - 1)) == NULL)
			return -1;
		state_hist_add(&st->hist[k], text);
		free(text);
		return 0;
	}
	if (st->nsec == 0) {
		if (version == 2)
			return -1;
		add_section(st, NULL);
	}
	sec = &st->sec[st->nsec - 1];
	if (key_is(s, klen, "view"))
		return valid_id(arg, alen) ? set_id(&sec->view, arg, alen) :
		    -1;
	if (key_is(s, klen, "article"))
		return set_id(&sec->article, arg, alen);
	if (version == 2 && key_is(s, klen, "topic"))
		return set_id(&sec->topic, arg, alen);
	if (version == 2 && key_is(s, klen, "milestone")) {
		if ((text = get_text(arg, alen)) == NULL)
			return -1;
		free(sec->milestone);
		sec->milestone = text;
		return 0;
	}
	if (key_is(s, klen, "pos")) {
		const char *sp2 = memchr(arg, ' ', alen);
		size_t off;
		char *id;

		if (sp2 == NULL || !valid_id(arg, (size_t)(sp2 - arg)) ||
		    parse_offset(sp2 + 1, alen - (size_t)(sp2 - arg) - 1,
		    &off) < 0)
			return -1;
		/* Appended as read; unique_positions() settles repeats once
		 * the whole file is in, so loading stays n log n. */
		id = util_strndup(arg, (size_t)(sp2 - arg));
		util_grow((void **)&sec->pos, &sec->cap, sec->npos + 1,
		    sizeof *sec->pos);
		sec->pos[sec->npos].id = id;
		sec->pos[sec->npos].offset = off;
		sec->npos++;
		return 0;
	}
	return -1;
}

/* Moves a file we cannot use out of the way (savefile_move_aside), so
 * that the next save does not destroy what may be someone's data. */
static void
move_aside(const char *path, int line, const char *why, struct diag *d)
{
	struct util_buf msg;
	char *bad;
	int moved = savefile_move_aside(path, &bad) == 0, e = errno;

	util_buf_init(&msg);
	util_buf_printf(&msg, moved ? "%s; moved aside to %s" :
	    "%s; could not move it aside to %s", why, bad);
	report(d, DIAG_WARNING, path, line, msg.data, moved ? 0 : e);
	util_buf_free(&msg);
	free(bad);
}

/* The version of a file's magic line, or 0. */
static int
magic_version(const char *buf, size_t len)
{
	if (len >= STATE_MAGIC_LEN && memcmp(buf, STATE_MAGIC,
	    STATE_MAGIC_LEN) == 0)
		return 2;
	if (len >= STATE_MAGIC_LEN && memcmp(buf, STATE_MAGIC1,
	    STATE_MAGIC_LEN) == 0)
		return 1;
	return 0;
}

/* Parses buf into st (initialized); 0, or the 1-based number of the
 * first bad line (st is then freed), or -1 when the magic is wrong. */
static long
parse(struct state *st, const char *buf, size_t len)
{
	int version = magic_version(buf, len);
	size_t i;
	long lineno = 1;

	if (version == 0)
		return -1;
	for (i = STATE_MAGIC_LEN; i < len; ) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t n = nl != NULL ? (size_t)(nl - (buf + i)) : len - i;

		lineno++;
		/* A line without its LF is a write that was cut short. */
		if (nl == NULL || memchr(buf + i, '\0', n) != NULL ||
		    parse_line(st, version, buf + i, n) < 0) {
			state_free(st);
			return lineno;
		}
		i += n + 1;
	}
	for (size_t s = 0; s < st->nsec; s++)
		unique_positions(&st->sec[s]);
	for (int k = 0; k < STATE_NHIST; k++)
		st->hist[k].fresh = st->hist[k].n;
	st->cur = st->nsec;
	return 0;
}

int
state_load(struct state *st, const char *path, struct diag *d)
{
	char *buf;
	size_t len;
	long bad;

	state_init(st);
	(void)tmpfile_sweep(path);	/* what a killed save left */
	switch (util_read_file(path, STATE_MAX_BYTES, &buf, &len)) {
	case UTIL_READ_OK:
		break;
	case UTIL_READ_TOO_BIG:
		move_aside(path, 0, "not a hoso state file (too large)", d);
		return -1;
	default:
		if (errno == ENOENT)
			return 0;
		report(d, DIAG_WARNING, path, 0, util_read_why(), 0);
		return -1;
	}
	bad = parse(st, buf, len);
	free(buf);
	if (bad != 0)
		move_aside(path, bad < 0 ? 0 : (int)bad, bad < 0 ?
		    "not a hoso state file" : "corrupt state file", d);
	return bad != 0 ? -1 : 0;
}

/* 1 if path holds something that is not ours (we must not replace it),
 * 0 if it is absent or a state file. */
static int
foreign(const char *path)
{
	char head[STATE_MAGIC_LEN];
	const char *kind;
	size_t n = 0;
	ssize_t r;
	int fd;

	/* What is opened is what is looked at: no stat, then open. */
	if ((fd = util_open_regular(path, 0, &kind)) < 0)
		return kind == NULL && errno == ENOENT ? 0 : 1;
	while (n < sizeof head && ((r = read(fd, head + n,
	    sizeof head - n)) > 0 || (r < 0 && errno == EINTR)))
		if (r > 0)
			n += (size_t)r;
	close(fd);
	return magic_version(head, n) == 0;
}

static void
write_section(FILE *fp, const struct state_section *s)
{
	if (s->corpus == NULL)
		return;
	put_line(fp, "corpus", s->corpus);
	if (s->view != NULL && valid_id(s->view, strlen(s->view)))
		fprintf(fp, "view %s\n", s->view);
	if (s->article != NULL && valid_id(s->article, strlen(s->article)))
		fprintf(fp, "article %s\n", s->article);
	if (s->topic != NULL && valid_id(s->topic, strlen(s->topic)))
		fprintf(fp, "topic %s\n", s->topic);
	if (s->milestone != NULL && s->milestone[0] != '\0')
		put_line(fp, "milestone", s->milestone);
	for (size_t i = 0; i < s->npos; i++)
		if (valid_id(s->pos[i].id, strlen(s->pos[i].id)))
			fprintf(fp, "pos %s %zu\n", s->pos[i].id,
			    s->pos[i].offset);
}

static void
write_hist(FILE *fp, int k, const struct state_hist *h)
{
	char key[32];

	snprintf(key, sizeof key, "history %s", hist_names[k]);
	for (size_t i = 0; i < h->n; i++)
		put_line(fp, key, h->v[i]);
}

/*
 * Writes st as merged with disk, what the file holds now (NULL: nothing
 * usable): the history there and this run's after it, then the sections
 * there, ours in place of its own, then ours the file does not have.
 */
static void
write_state(FILE *fp, const struct state *st, const struct state *disk)
{
	const struct state_section *mine = st->cur < st->nsec ?
	    &st->sec[st->cur] : NULL;

	fputs(STATE_MAGIC, fp);
	for (int k = 0; k < STATE_NHIST; k++) {
		struct state_hist h;
		const struct state_hist *sh = &st->hist[k];

		if (disk == NULL) {
			write_hist(fp, k, sh);
			continue;
		}
		/* The newest STATE_HIST_MAX of the two, without repeats in
		 * a row, as adding them one by one would leave them. */
		memset(&h, 0, sizeof h);
		for (size_t i = 0; i < disk->hist[k].n; i++)
			state_hist_add(&h, disk->hist[k].v[i]);
		for (size_t i = sh->fresh; i < sh->n; i++)
			state_hist_add(&h, sh->v[i]);
		write_hist(fp, k, &h);
		hist_free(&h);
	}
	if (disk != NULL) {
		for (size_t i = 0; i < disk->nsec; i++) {
			const struct state_section *s = &disk->sec[i];

			if (mine != NULL && mine->corpus != NULL &&
			    s->corpus != NULL &&
			    strcmp(s->corpus, mine->corpus) == 0)
				s = mine;
			write_section(fp, s);
		}
	}
	for (size_t i = 0; i < st->nsec; i++) {
		const struct state_section *s = &st->sec[i];

		if (disk == NULL || s->corpus == NULL ||
		    find_section(disk, s->corpus) == disk->nsec)
			write_section(fp, s);
	}
}

/* The file as it is now, if it is a state file we can read. */
static int
load_quietly(struct state *disk, const char *path)
{
	char *buf;
	size_t len;
	long bad;

	state_init(disk);
	if (util_read_file(path, STATE_MAX_BYTES, &buf, &len) != UTIL_READ_OK)
		return -1;
	bad = parse(disk, buf, len);
	free(buf);
	return bad == 0 ? 0 : -1;
}

int
state_save(struct state *st, const char *path, struct diag *d)
{
	struct state disk;
	char *dir, *tmp;
	FILE *fp = NULL;
	int fd, e, have_disk, lock;

	dir = savefile_parent(path);
	if (xdg_mkdirs(dir) < 0) {
		e = errno;
		report(d, DIAG_WARNING, dir, 0, "cannot create state directory",
		    e);
		free(dir);
		return -1;
	}
	free(dir);
	if (foreign(path)) {
		report(d, DIAG_WARNING, path, 0, "exists and is not a hoso "
		    "state file; not overwriting it", 0);
		return -1;
	}

	/* Another reader's sections are merged: read and write them with
	 * no other save between. */
	lock = savefile_lock(path);
	if ((fd = tmpfile_open(path, &tmp)) < 0) {
		e = errno;
		savefile_unlock(lock);
		report(d, DIAG_WARNING, path, 0, "cannot save state", e);
		return -1;
	}
	if ((fp = fdopen(fd, "w")) == NULL) {
		e = errno;
		close(fd);
		goto fail;
	}
	have_disk = load_quietly(&disk, path) == 0;
	write_state(fp, st, have_disk ? &disk : NULL);
	state_free(&disk);
	if (fflush(fp) != 0 || ferror(fp) || fsync(fileno(fp)) != 0) {
		e = errno;
		fclose(fp);
		goto fail;
	}
	if (fclose(fp) != 0) {
		e = errno;
		goto fail;
	}
	if (rename(tmp, path) < 0) {
		e = errno;
		goto fail;
	}
	free(tmp);
	savefile_sync_dir(path);
	savefile_unlock(lock);
	for (int k = 0; k < STATE_NHIST; k++)
		st->hist[k].fresh = st->hist[k].n;
	return 0;

fail:
	unlink(tmp);
	free(tmp);
	savefile_unlock(lock);
	report(d, DIAG_WARNING, path, 0, "cannot save state", e);
	return -1;
}
