/*
 * state: the reader's memory between runs (see include/model/state.h).
 *
 * Model: the file is tiny and written whole.  Two rules shape the code:
 *  - a crash or a full disk mid-write must never leave half a state
 *    file, hence temp file + fsync + rename in the same directory;
 *  - the file may be something else entirely (a user's mistake, another
 *    program's file at the same path), so anything we cannot read as our
 *    own format is moved aside rather than overwritten, and nothing about
 *    state is ever fatal: the worst case is starting at the first screen.
 * Parsing is strict (every line known, ids slugs, offsets plain decimal
 * numbers) because a lenient reader of a corrupt file would restore
 * nonsense silently.
 */
#include "state.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"
#include "xdg.h"

#define STATE_MAGIC "hoso-state 1"
#define STATE_MAX_BYTES (4 * 1024 * 1024)
#define STATE_MAX_ID 128

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
	st->view = NULL;
	st->article = NULL;
	st->pos = NULL;
	st->npos = st->cap = 0;
}

void
state_free(struct state *st)
{
	free(st->view);
	free(st->article);
	for (size_t i = 0; i < st->npos; i++)
		free(st->pos[i].id);
	free(st->pos);
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
 * a line we could not read back. */
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

/* A view is named by the reader (its view table); the state file only
 * keeps the name, which must be a word that reads back as one. */
static int
valid_view(const char *s, size_t n)
{
	return valid_id(s, n);
}

void
state_set_pos(struct state *st, const char *id, size_t offset)
{
	for (size_t i = 0; i < st->npos; i++) {
		if (strcmp(st->pos[i].id, id) == 0) {
			st->pos[i].offset = offset;
			return;
		}
	}
	util_grow((void **)&st->pos, &st->cap, st->npos + 1, sizeof *st->pos);
	st->pos[st->npos].id = util_strdup(id);
	st->pos[st->npos].offset = offset;
	st->npos++;
}

size_t
state_get_pos(const struct state *st, const char *id)
{
	for (size_t i = 0; i < st->npos; i++)
		if (strcmp(st->pos[i].id, id) == 0)
			return st->pos[i].offset;
	return 0;
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
unique_positions(struct state *st)
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

/* Parses one line (without its LF) into st.  Returns 0 or -1. */
static int
parse_line(struct state *st, const char *s, size_t n)
{
	const char *sp = memchr(s, ' ', n);
	const char *arg;
	size_t klen, alen;

	if (sp == NULL)
		return -1;
	klen = (size_t)(sp - s);
	arg = sp + 1;
	alen = n - klen - 1;
	if (klen == 4 && memcmp(s, "view", 4) == 0) {
		if (!valid_view(arg, alen))
			return -1;
		free(st->view);
		st->view = util_strndup(arg, alen);
		return 0;
	}
	if (klen == 7 && memcmp(s, "article", 7) == 0) {
		if (!valid_id(arg, alen))
			return -1;
		free(st->article);
		st->article = util_strndup(arg, alen);
		return 0;
	}
	if (klen == 3 && memcmp(s, "pos", 3) == 0) {
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
		util_grow((void **)&st->pos, &st->cap, st->npos + 1,
		    sizeof *st->pos);
		st->pos[st->npos].id = id;
		st->pos[st->npos].offset = off;
		st->npos++;
		return 0;
	}
	return -1;
}

/*
 * Moves a file we cannot use out of the way, so that the next save does
 * not destroy what may be someone's data: to PATH.bad, or PATH.bad.N when
 * an earlier one is there (link(2) never replaces a file, so two
 * instances cannot pick the same name).
 */
static void
move_aside(const char *path, int line, const char *why, struct diag *d)
{
	struct util_buf bad, msg;
	int moved = 0, e = 0;

	util_buf_init(&bad);
	util_buf_init(&msg);
	for (int n = 0; n < 1000 && !moved; n++) {
		bad.len = 0;
		util_buf_printf(&bad, n == 0 ? "%s.bad" : "%s.bad.%d", path, n);
		if (link(path, bad.data) == 0) {
			moved = unlink(path) == 0;
			e = errno;
			if (!moved)
				unlink(bad.data);
			break;
		}
		e = errno;
		if (e != EEXIST)
			break;
	}
	if (moved) {
		util_buf_printf(&msg, "%s; moved aside to %s", why, bad.data);
		report(d, DIAG_WARNING, path, line, msg.data, 0);
	} else {
		util_buf_printf(&msg, "%s; could not move it aside to %s", why,
		    bad.data);
		report(d, DIAG_WARNING, path, line, msg.data, e);
	}
	util_buf_free(&msg);
	util_buf_free(&bad);
}

int
state_load(struct state *st, const char *path, struct diag *d)
{
	char *buf;
	size_t len, i, lineno = 1;
	const size_t mlen = sizeof STATE_MAGIC - 1;

	state_init(st);
	switch (util_read_file(path, STATE_MAX_BYTES, &buf, &len)) {
	case UTIL_READ_OK:
		break;
	case UTIL_READ_TOO_BIG:
		move_aside(path, 0, "not a hoso state file (too large)", d);
		return -1;
	default:
		if (errno == ENOENT)
			return 0;
		report(d, DIAG_WARNING, path, 0, "cannot read state", errno);
		return -1;
	}

	if (len < mlen + 1 || memcmp(buf, STATE_MAGIC "\n", mlen + 1) != 0) {
		free(buf);
		move_aside(path, 0, "not a hoso state file", d);
		return -1;
	}
	for (i = mlen + 1; i < len; ) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t n = nl != NULL ? (size_t)(nl - (buf + i)) : len - i;

		lineno++;
		/* A line without its LF is a write that was cut short. */
		if (nl == NULL || memchr(buf + i, '\0', n) != NULL ||
		    parse_line(st, buf + i, n) < 0) {
			free(buf);
			state_free(st);
			move_aside(path, (int)lineno, "corrupt state file", d);
			return -1;
		}
		i += n + 1;
	}
	free(buf);
	unique_positions(st);
	return 0;
}

/* The directory part of path ("." when there is none). */
static char *
parent_dir(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return util_strdup(".");
	if (slash == path)
		return util_strdup("/");
	return util_strndup(path, (size_t)(slash - path));
}

/* 1 if path holds something that is not ours (we must not replace it),
 * 0 if it is absent or a state file. */
static int
foreign(const char *path)
{
	char head[sizeof STATE_MAGIC];
	struct stat sb;
	FILE *fp;
	size_t n;

	if (stat(path, &sb) < 0)
		return errno == ENOENT ? 0 : 1;
	if (!S_ISREG(sb.st_mode))
		return 1;
	if ((fp = fopen(path, "rb")) == NULL)
		return 1;
	n = fread(head, 1, sizeof head, fp);
	fclose(fp);
	return n != sizeof head || memcmp(head, STATE_MAGIC "\n",
	    sizeof head) != 0;
}

/* The rename itself is only durable once the directory is synced; a
 * failure here loses nothing but durability, so it is not reported. */
static void
sync_dir(const char *path)
{
	char *dir = parent_dir(path);
	int fd;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

static void
write_state(FILE *fp, const struct state *st)
{
	fputs(STATE_MAGIC "\n", fp);
	if (st->view != NULL && valid_view(st->view, strlen(st->view)))
		fprintf(fp, "view %s\n", st->view);
	if (st->article != NULL && valid_id(st->article, strlen(st->article)))
		fprintf(fp, "article %s\n", st->article);
	for (size_t i = 0; i < st->npos; i++)
		if (valid_id(st->pos[i].id, strlen(st->pos[i].id)))
			fprintf(fp, "pos %s %zu\n", st->pos[i].id,
			    st->pos[i].offset);
}

int
state_save(const struct state *st, const char *path, struct diag *d)
{
	char *dir, *tmp;
	FILE *fp = NULL;
	int fd, e;

	dir = parent_dir(path);
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

	tmp = path_join(path, ".XXXXXX");
	if ((fd = mkstemp(tmp)) < 0) {
		e = errno;
		report(d, DIAG_WARNING, path, 0, "cannot save state", e);
		free(tmp);
		return -1;
	}
	if ((fp = fdopen(fd, "w")) == NULL) {
		e = errno;
		close(fd);
		goto fail;
	}
	write_state(fp, st);
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
	sync_dir(path);
	return 0;

fail:
	unlink(tmp);
	free(tmp);
	report(d, DIAG_WARNING, path, 0, "cannot save state", e);
	return -1;
}
