/*
 * Unit tests for tmpfile: a temporary names its writer
 * (PATH.tmp.PID.XXXXXX), and the sweep at the next load removes those of
 * dead processes (with SQLite's files beside them) and nothing else: not
 * a live process's, which may be mid-write, nor a file merely named
 * alike.  The state and bookmark loads sweep their own directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "bookmarks.h"
#include "state.h"
#include "testlib.h"
#include "tmpfile.h"
#include "util.h"

static int
count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* dir/NAME, its @ replaced by pid: made (what 1), or whether it exists
 * (what 0). */
static int
file_at(const char *dir, const char *name, long pid, int what)
{
	const char *at = strchr(name, '@');
	char *path = at == NULL ? tl_fmt("%s/%s", dir, name) :
	    tl_fmt("%s/%.*s%ld%s", dir, (int)(at - name), name, pid, at + 1);
	struct stat sb;
	int r = 1;

	if (what) {
		FILE *fp = fopen(path, "w");

		assert_non_null(fp);
		fputs("x", fp);
		fclose(fp);
	} else {
		r = stat(path, &sb) == 0;
	}
	free(path);
	return r;
}

/* A PID that was a process a moment ago. */
static long
dead_pid(void)
{
	pid_t child = fork();

	assert_true(child >= 0);
	if (child == 0)
		_exit(0);
	assert_int_equal(waitpid(child, NULL, 0), child);
	return (long)child;
}

static const char *const gone[] = { "F.tmp.@.q1w2e3", "F.tmp.@.q1w2e4-wal",
    "F.tmp.@.q1w2e5-shm", "F.tmp.@.q1w2e6-journal" };
static const char *const kept[] = { "F", "F.bad", "F.backup",
    "F.tmp.x.abcdef", "F.tmp.@.ab", "G.tmp.@.abcdef", "F.tmp.@.abcdef.txt",
    "F.tmp.@.abcdef-foo", "F.tmp.0.abcdef", "F.tmp.-@.abcdef" };

/* The names of gone and kept, with F for base. */
static void
make_all(const char *dir, const char *base, long pid)
{
	for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++) {
		char *n = tl_fmt("%s%s", base, gone[i] + 1);

		file_at(dir, n, pid, 1);
		free(n);
	}
	for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
		char *n = tl_fmt("%s%s", kept[i][0] == 'F' ? base : "",
		    kept[i][0] == 'F' ? kept[i] + 1 : kept[i]);

		file_at(dir, n, pid, 1);
		free(n);
	}
}

static void
check_all(const char *dir, const char *base, long pid)
{
	for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++) {
		char *n = tl_fmt("%s%s", base, gone[i] + 1);

		assert_false(file_at(dir, n, pid, 0));
		free(n);
	}
	for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
		char *n = tl_fmt("%s%s", kept[i][0] == 'F' ? base : "",
		    kept[i][0] == 'F' ? kept[i] + 1 : kept[i]);

		assert_true(file_at(dir, n, pid, 0));
		free(n);
	}
}

static void
test_name(void **unused)
{
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/index", dir), *tmp;
	char *want = tl_fmt("%s.tmp.%ld.", path, (long)getpid());
	int fd;

	(void)unused;
	fd = tmpfile_open(path, &tmp);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(strncmp(tmp, want, strlen(want)), 0);
	assert_int_equal(strlen(tmp), strlen(want) + 6);
	/* Ours, and we are alive. */
	assert_int_equal(tmpfile_sweep(path), 0);
	assert_int_equal(count_entries(dir), 1);
	free(tmp);
	/* A directory that does not exist: no file, errno set. */
	free(path);
	path = tl_fmt("%s/none/index", dir);
	assert_int_equal(tmpfile_open(path, &tmp), -1);
	assert_null(tmp);
	assert_int_equal(tmpfile_sweep(path), 0);
	free(want);
	free(path);
	free(dir);
}

static void
test_sweep(void **unused)
{
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/hoso-index", dir);
	long dead = dead_pid();

	(void)unused;
	make_all(dir, "hoso-index", dead);
	/* Live: this process, and its parent. */
	file_at(dir, "hoso-index.tmp.@.AbC123", (long)getpid(), 1);
	file_at(dir, "hoso-index.tmp.@.xyzXYZ-wal", (long)getppid(), 1);
	assert_int_equal(tmpfile_sweep(path), 4);
	check_all(dir, "hoso-index", dead);
	assert_true(file_at(dir, "hoso-index.tmp.@.AbC123", (long)getpid(), 0));
	assert_true(file_at(dir, "hoso-index.tmp.@.xyzXYZ-wal",
	    (long)getppid(), 0));
	assert_int_equal(tmpfile_sweep(path), 0);
	free(path);
	free(dir);
}

/* The gone names with F for base: made (what 1), or whether none is
 * left (what 0). */
static int
gone_at(const char *dir, const char *base, long pid, int what)
{
	int left = 0;

	for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++) {
		char *n = tl_fmt("%s%s", base, gone[i] + 1);

		left += file_at(dir, n, pid, what);
		free(n);
	}
	return what ? 1 : left == 0;
}

/* The loads sweep: a save killed before its rename leaves nothing for
 * long, and one in progress in another process is left alone. */
static void
test_loads_sweep(void **unused)
{
	char *dir = tl_fresh_dir(), *state = tl_fmt("%s/state", dir);
	char *bm = tl_fmt("%s/bookmarks-0123456789abcdef", dir);
	long dead = dead_pid();
	struct state st;
	struct bookmarks b;
	struct diag d;

	(void)unused;
	gone_at(dir, "state", dead, 1);
	gone_at(dir, "bookmarks-0123456789abcdef", dead, 1);
	file_at(dir, "state.tmp.@.AbC123", (long)getppid(), 1);
	diag_init(&d, NULL);
	assert_int_equal(state_load(&st, state, &d), 0);
	state_free(&st);
	assert_true(gone_at(dir, "state", dead, 0));
	assert_true(file_at(dir, "state.tmp.@.AbC123", (long)getppid(), 0));
	assert_false(gone_at(dir, "bookmarks-0123456789abcdef", dead, 0));
	bookmarks_init(&b);
	assert_int_equal(bookmarks_load(&b, bm, &d), 0);
	bookmarks_free(&b);
	assert_true(gone_at(dir, "bookmarks-0123456789abcdef", dead, 0));
	assert_int_equal(d.n, 0);
	assert_int_equal(count_entries(dir), 1);
	diag_free(&d);
	free(bm);
	free(state);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_name),
		cmocka_unit_test(test_sweep),
		cmocka_unit_test(test_loads_sweep),
	};

	return cmocka_run_group_tests(tests, tl_tmpdir_setup,
	    tl_tmpdir_teardown);
}
