/*
 * savefile: hoso's own files in the state directory (see
 * include/base/savefile.h).
 *
 * A crash or a full disk mid-write must never leave half a file, hence
 * a temp file in the same directory (a rename is atomic only within one
 * file system), fsync, rename, and the directory synced.  A file we
 * cannot read may be someone's data, so it is linked to a new name
 * before it is unlinked: nothing is ever renamed over an earlier .bad.
 */
#include "savefile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "tmpfile.h"
#include "util.h"
#include "xdg.h"

char *
savefile_corpus_path(const char *kind, const char *dir)
{
	char *real = realpath(dir, NULL), *st;
	struct util_buf b;

	if (real == NULL)
		return NULL;
	if ((st = xdg_dir(XDG_STATE)) == NULL) {
		free(real);
		return NULL;
	}
	util_buf_init(&b);
	util_buf_printf(&b, "%s/%s-%016llx", st, kind,
	    (unsigned long long)util_hash(real, strlen(real)));
	free(st);
	free(real);
	return util_buf_detach(&b, NULL);
}

char *
savefile_parent(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return util_strdup(".");
	if (slash == path)
		return util_strdup("/");
	return util_strndup(path, (size_t)(slash - path));
}

void
savefile_sync_dir(const char *path)
{
	char *dir = savefile_parent(path);
	int fd;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

int
savefile_lock(const char *path)
{
	char *dir = savefile_parent(path);
	struct timespec nap = { 0, 10 * 1000 * 1000 };
	int fd;

	if (xdg_mkdirs(dir) != 0 ||
	    (fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
		free(dir);
		return -1;
	}
	free(dir);
	/* Never blocking: a reader stopped (^Z) while it holds the lock
	 * must not hang another one's save. */
	for (int waited = 0; flock(fd, LOCK_EX | LOCK_NB) != 0; waited += 10) {
		if ((errno != EWOULDBLOCK && errno != EINTR) ||
		    waited >= SAVEFILE_LOCK_WAIT_MS) {
			close(fd);
			return -1;
		}
		nanosleep(&nap, NULL);
	}
	return fd;
}

void
savefile_unlock(int fd)
{
	if (fd >= 0)
		close(fd);
}

int
savefile_write(const char *path, const void *data, size_t len)
{
	char *dir = savefile_parent(path), *tmp;
	int fd, e = 0;

	if (xdg_mkdirs(dir) != 0) {
		e = errno;
		free(dir);
		errno = e;
		return -1;
	}
	free(dir);
	/* Named after its writer, so that a kill's is swept (tmpfile.h). */
	if ((fd = tmpfile_open(path, &tmp)) < 0)
		return -1;
	if (util_write_all(fd, data, len) != 0 || fsync(fd) != 0) {
		e = errno;
		close(fd);
	} else if (close(fd) != 0 || rename(tmp, path) != 0) {
		e = errno;
	}
	if (e != 0) {
		unlink(tmp);
		free(tmp);
		errno = e;
		return -1;
	}
	free(tmp);
	savefile_sync_dir(path);
	return 0;
}

int
savefile_move_aside(const char *path, char **to)
{
	struct util_buf bad;
	int e = 0;

	util_buf_init(&bad);
	for (int n = 0; n < 1000; n++) {
		bad.len = 0;
		util_buf_printf(&bad, n == 0 ? "%s.bad" : "%s.bad.%d", path, n);
		if (link(path, bad.data) == 0) {
			if (unlink(path) == 0) {
				*to = util_buf_detach(&bad, NULL);
				return 0;
			}
			e = errno;
			unlink(bad.data);
			break;
		}
		if ((e = errno) != EEXIST)
			break;
	}
	*to = util_buf_detach(&bad, NULL);
	errno = e;
	return -1;
}

int
savefile_clear_bad(const char *path, struct diag *d)
{
	char *bad;

	if (access(path, F_OK) != 0)
		return 0;
	if (savefile_move_aside(path, &bad) != 0) {
		diag_emit(d, DIAG_WARNING, path, 0, 0, "cannot move aside to "
		    "%s: %s; not overwriting it", bad, strerror(errno));
		free(bad);
		return -1;
	}
	diag_emit(d, DIAG_WARNING, path, 0, 0, "moved aside to %s", bad);
	free(bad);
	return 0;
}

int
savefile_read(const char *path, size_t cap, const char *what, char **data,
    size_t *len, struct diag *d)
{
	(void)tmpfile_sweep(path);	/* what a killed save left */
	switch (util_read_file(path, cap, data, len)) {
	case UTIL_READ_OK:
		return 1;
	case UTIL_READ_TOO_BIG:
		diag_emit(d, DIAG_WARNING, path, 0, 0, "not a hoso %s file "
		    "(too large)", what);
		return -1;
	case UTIL_READ_NOT_REGULAR:
		diag_emit(d, DIAG_WARNING, path, 0, 0, "%s; not read",
		    util_read_why());
		return -1;
	default:
		if (errno == ENOENT)
			return 0;
		diag_emit(d, DIAG_WARNING, path, 0, 0, "%s", util_read_why());
		return -1;
	}
}
