/*
 * tmpfile: temporaries that name their writer (see
 * include/base/tmpfile.h).
 *
 * A rename in place is what makes a save atomic, and a kill -9 between
 * the create and the rename leaves the temporary behind for good: nobody
 * else knows it is garbage.  The PID in its name says whose it is, so the
 * next start removes those of dead processes, and only those: a file of
 * a live process may be in the middle of its write.  (A PID used again
 * by an unrelated process keeps its file until that one is gone too.)
 */
#include "tmpfile.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "util.h"

#define TAG ".tmp."
#define RANDOM_LEN 6		/* mkstemp's XXXXXX */

int
tmpfile_open(const char *path, char **tmp)
{
	struct util_buf b;
	int fd;

	util_buf_init(&b);
	util_buf_printf(&b, "%s" TAG "%ld.XXXXXX", path, (long)getpid());
	if ((fd = mkstemp(b.data)) < 0) {
		int e = errno;

		util_buf_free(&b);
		*tmp = NULL;
		errno = e;
		return -1;
	}
	*tmp = util_buf_detach(&b, NULL);
	return fd;
}

/* The PID of name if it is base's temporary (or a file SQLite keeps
 * beside one), else -1. */
static long
owner(const char *name, const char *base, size_t blen)
{
	static const char *const tails[] = { "", "-wal", "-shm", "-journal" };
	const char *p = name + blen + sizeof TAG - 1;
	long pid = 0;

	if (strncmp(name, base, blen) != 0 ||
	    strncmp(name + blen, TAG, sizeof TAG - 1) != 0)
		return -1;
	if (*p < '1' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		pid = pid * 10 + (*p - '0');
		if (pid > 1L << 30)
			return -1;
	}
	if (*p++ != '.')
		return -1;
	for (int i = 0; i < RANDOM_LEN; i++, p++)
		if (*p == '\0' || *p == '/')
			return -1;
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++)
		if (strcmp(p, tails[i]) == 0)
			return pid;
	return -1;
}

int
tmpfile_sweep(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash != NULL ? slash + 1 : path;
	char *dir = slash == NULL ? util_strdup(".") :
	    util_strndup(path, slash == path ? 1 : (size_t)(slash - path));
	size_t blen = strlen(base);
	struct dirent *de;
	DIR *dp;
	int removed = 0;

	if (blen == 0 || (dp = opendir(dir)) == NULL) {
		free(dir);
		return 0;
	}
	while ((de = readdir(dp)) != NULL) {
		long pid = owner(de->d_name, base, blen);
		struct util_buf f;

		/* ESRCH only: EPERM is a live process of another user. */
		if (pid <= 0 || pid == (long)getpid() ||
		    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		util_buf_init(&f);
		util_buf_printf(&f, "%s/%s", dir, de->d_name);
		if (unlink(f.data) == 0)
			removed++;
		util_buf_free(&f);
	}
	closedir(dp);
	free(dir);
	return removed;
}
