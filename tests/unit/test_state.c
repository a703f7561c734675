/*
 * Unit tests for state: the round trip, atomic saving (no temp file left,
 * private directory), the file that is not ours (moved aside, never
 * overwritten), strict parsing, unwritable places, and where the file
 * lives according to XDG_STATE_HOME and HOME.
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
#include <unistd.h>

#include <cmocka.h>

#include "state.h"
#include "testlib.h"
#include "util.h"

static char tmpdir[] = "/tmp/hoso-state-XXXXXX";
static int counter;

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s'; rm -rf '%s'", tmpdir,
	    tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}



/* A fresh directory for one test: TMP/N. */
static char *
fresh_dir(void)
{
	char *d = tl_fmt("%s/%d", tmpdir, ++counter);

	assert_int_equal(mkdir(d, 0755), 0);
	return d;
}

static void
write_file(const char *path, const char *text, size_t len)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(text, 1, len, fp), len);
	fclose(fp);
}

static char *
read_all(const char *path)
{
	char *buf;
	size_t len;

	if (util_read_file(path, 0, &buf, &len) != UTIL_READ_OK)
		return NULL;
	return buf;
}

static int
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* Entries in dir other than . and .. */
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

static void
test_round_trip(void **unused)
{
	char *dir = fresh_dir();
	char *sdir = tl_fmt("%s/deep/er/hoso", dir);
	char *path = tl_fmt("%s/state", sdir);
	struct state st, back;
	struct diag d;
	struct stat sb;
	char *text;

	(void)unused;
	state_init(&st);
	st.view = util_strdup("timeline");
	st.article = util_strdup("nhat-ban-visa");
	state_set_pos(&st, "nhat-ban-visa", 1234);
	state_set_pos(&st, "a1", 0);
	state_set_pos(&st, "big", (size_t)SIZE_MAX);
	state_set_pos(&st, "nhat-ban-visa", 4321);	/* replaces */
	assert_int_equal(st.npos, 3);

	diag_init(&d, NULL);
	assert_int_equal(state_save(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	text = read_all(path);
	assert_non_null(text);
	{
		char *want = tl_fmt("hoso-state 1\nview timeline\n"
		    "article nhat-ban-visa\npos nhat-ban-visa 4321\npos a1 0\n"
		    "pos big %zu\n", (size_t)SIZE_MAX);

		assert_string_equal(text, want);
		free(want);
	}
	free(text);
	/* Created private, and the temp file is gone. */
	assert_int_equal(stat(sdir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0077, 0);
	assert_int_equal(count_entries(sdir), 1);

	assert_int_equal(state_load(&back, path, &d), 0);
	assert_int_equal(d.n, 0);
	assert_string_equal(back.view, "timeline");
	assert_string_equal(back.article, "nhat-ban-visa");
	assert_int_equal(back.npos, 3);
	assert_int_equal(state_get_pos(&back, "nhat-ban-visa"), 4321);
	assert_int_equal(state_get_pos(&back, "a1"), 0);
	assert_int_equal(state_get_pos(&back, "big"), SIZE_MAX);
	assert_int_equal(state_get_pos(&back, "unknown"), 0);

	/* Saving over our own file is fine, and still atomic. */
	state_set_pos(&back, "a1", 7);
	assert_int_equal(state_save(&back, path, &d), 0);
	state_free(&back);
	assert_int_equal(state_load(&back, path, &d), 0);
	assert_int_equal(state_get_pos(&back, "a1"), 7);
	assert_int_equal(count_entries(sdir), 1);
	assert_int_equal(d.n, 0);

	state_free(&st);
	state_free(&back);
	assert_null(st.view);
	assert_int_equal(st.npos, 0);
	diag_free(&d);
	free(path);
	free(sdir);
	free(dir);
}

static void
test_empty_state(void **unused)
{
	char *dir = fresh_dir(), *path = tl_fmt("%s/state", dir), *text;
	struct state st;
	struct diag d;

	(void)unused;
	state_init(&st);
	diag_init(&d, NULL);
	assert_int_equal(state_save(&st, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 1\n");
	free(text);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_null(st.view);
	assert_null(st.article);
	assert_int_equal(st.npos, 0);
	assert_int_equal(d.n, 0);
	diag_free(&d);
	free(path);
	free(dir);
}

static void
test_missing(void **unused)
{
	char *dir = fresh_dir(), *path = tl_fmt("%s/no/such/state", dir);
	struct state st;
	struct diag d;

	(void)unused;
	diag_init(&d, NULL);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	assert_null(st.view);
	assert_int_equal(st.npos, 0);
	assert_false(exists(path));
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
}

/* Writes text to a fresh state file, loads it, and expects it refused:
 * moved aside intact, one warning naming the place, empty state. */
static void
expect_refused(const char *text, size_t len, const char *where,
    const char *why)
{
	char *dir = fresh_dir(), *path = tl_fmt("%s/state", dir);
	char *bad = tl_fmt("%s.bad", path), *got, *want;
	struct state st;
	struct diag d;

	write_file(path, text, len);
	diag_init(&d, NULL);
	assert_int_equal(state_load(&st, path, &d), -1);
	assert_null(st.view);
	assert_null(st.article);
	assert_int_equal(st.npos, 0);
	if (d.nwarnings != 1 || d.nerrors != 0)
		fail_msg("%zu warnings, %zu errors for %s", d.nwarnings,
		    d.nerrors, text);
	want = tl_fmt("%s%s: warning: %s; moved aside to %s", path, where, why,
	    bad);
	assert_string_equal(d.v[0].text, want);
	free(want);
	assert_false(exists(path));
	got = read_all(bad);
	assert_non_null(got);
	assert_memory_equal(got, text, len);
	free(got);

	/* The next save starts a new file; the old one is still there. */
	assert_int_equal(state_save(&st, path, &d), 0);
	assert_true(exists(path));
	assert_true(exists(bad));
	state_free(&st);
	diag_free(&d);
	free(bad);
	free(path);
	free(dir);
}

static void
test_foreign(void **unused)
{
	static const char ini[] = "[settings]\ncolour=blue\n";
	static const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0";

	(void)unused;
	expect_refused(ini, sizeof ini - 1, "", "not a hoso state file");
	expect_refused(bin, sizeof bin - 1, "", "not a hoso state file");
	expect_refused("", 0, "", "not a hoso state file");
	expect_refused("hoso-state 2\n", 13, "", "not a hoso state file");
	expect_refused("hoso-state 1", 12, "", "not a hoso state file");
	expect_refused("hoso-state 10\n", 14, "", "not a hoso state file");
}

static void
test_corrupt(void **unused)
{
	static const char *const lines[] = {
		"pos a +5", "pos a -1", "pos a  5", "pos a 5x", "pos a 0x10",
		"pos a 99999999999999999999999", "pos a", "pos a 5 6",
		"pos  5", "pos a 1.5", "pos a 5\r",
		"view", "view articles extra", "view caf\xc3\xa9",
		"view -x",
		"article has space", "article ", "article \x1b[2J",
		"article caf\xc3\xa9", "bogus 1", "", " view articles",
		"# comment",
	};

	(void)unused;
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		char *text = tl_fmt("hoso-state 1\nview topics\n%s\npos b 2\n",
		    lines[i]);

		expect_refused(text, strlen(text), ":3", "corrupt state file");
		free(text);
	}
	/* The last line cut short (no LF): a write that never finished. */
	expect_refused("hoso-state 1\npos a 12", 21, ":2",
	    "corrupt state file");
	/* A NUL inside a line. */
	expect_refused("hoso-state 1\nview topics\0\n", 26, ":2",
	    "corrupt state file");
}

/* A position given twice (a file edited by hand): the last one counts. */
/* The reader names its views; the state file keeps whatever name it is
 * given (a view added later, or one this build does not have) and reads
 * it back, leaving it to the reader to know it or not. */
static void
test_any_view_name(void **unused)
{
	char *dir = fresh_dir(), *path = tl_fmt("%s/state", dir), *text;
	struct state st;
	struct diag d;

	(void)unused;
	diag_init(&d, NULL);
	write_file(path, "hoso-state 1\nview reading-list\n", 31);
	state_init(&st);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	assert_string_equal(st.view, "reading-list");
	free(st.view);
	st.view = util_strdup("results");
	assert_int_equal(state_save(&st, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 1\nview results\n");
	free(text);
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
}

static void
test_repeated_position(void **unused)
{
	char *dir = fresh_dir(), *path = tl_fmt("%s/state", dir);
	static const char text[] = "hoso-state 1\npos b 7\npos a 1\n"
	    "pos b 9\n";
	struct state st;
	struct diag d;

	(void)unused;
	write_file(path, text, sizeof text - 1);
	diag_init(&d, NULL);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(st.npos, 2);
	assert_int_equal(state_get_pos(&st, "b"), 9);
	assert_int_equal(state_get_pos(&st, "a"), 1);
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
}

/* A second bad file does not replace the first one moved aside. */
static void
test_moved_aside_twice(void **unused)
{
	char *dir = fresh_dir(), *path = tl_fmt("%s/state", dir);
	char *bad = tl_fmt("%s.bad", path), *bad1 = tl_fmt("%s.bad.1", path), *got;
	struct state st;
	struct diag d;

	(void)unused;
	diag_init(&d, NULL);
	write_file(path, "first garbage\n", 14);
	assert_int_equal(state_load(&st, path, &d), -1);
	state_free(&st);
	write_file(path, "second\n", 7);
	assert_int_equal(state_load(&st, path, &d), -1);
	state_free(&st);
	got = read_all(bad);
	assert_string_equal(got, "first garbage\n");
	free(got);
	got = read_all(bad1);
	assert_string_equal(got, "second\n");
	free(got);
	assert_non_null(strstr(d.v[1].text, "moved aside to "));
	assert_non_null(strstr(d.v[1].text, ".bad.1"));
	assert_false(exists(path));
	diag_free(&d);
	free(bad);
	free(bad1);
	free(path);
	free(dir);
}

/* A file at the state path that load never saw (or could not move) is
 * not overwritten by save. */
static void
test_no_blind_overwrite(void **unused)
{
	char *dir = fresh_dir(), *path = tl_fmt("%s/state", dir), *got;
	struct state st;
	struct diag d;

	(void)unused;
	write_file(path, "precious\n", 9);
	state_init(&st);
	st.view = util_strdup("articles");
	diag_init(&d, NULL);
	assert_int_equal(state_save(&st, path, &d), -1);
	assert_int_equal(d.n, 1);
	assert_non_null(strstr(d.v[0].text, "not a hoso state file"));
	got = read_all(path);
	assert_string_equal(got, "precious\n");
	free(got);
	assert_int_equal(count_entries(dir), 1);
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
}

/* Ids that could not be read back are never written. */
static void
test_bad_ids_not_written(void **unused)
{
	char *dir = fresh_dir(), *path = tl_fmt("%s/state", dir), *text;
	struct state st;
	struct diag d;

	(void)unused;
	state_init(&st);
	st.view = util_strdup("two words");
	st.article = util_strdup("two words");
	state_set_pos(&st, "ok-id", 3);
	state_set_pos(&st, "line\nbreak", 4);
	state_set_pos(&st, "esc\x1b", 5);
	state_set_pos(&st, "", 6);
	diag_init(&d, NULL);
	assert_int_equal(state_save(&st, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 1\npos ok-id 3\n");
	free(text);
	state_free(&st);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
}

static void
test_unwritable(void **unused)
{
	char *dir = fresh_dir();
	char *file = tl_fmt("%s/plain-file", dir);
	char *under = tl_fmt("%s/plain-file/hoso/state", dir);
	struct state st, l;
	struct diag d;

	(void)unused;
	state_init(&st);
	st.view = util_strdup("topics");
	diag_init(&d, NULL);

	/* A path through a regular file: the directory cannot exist. */
	write_file(file, "x", 1);
	assert_int_equal(state_save(&st, under, &d), -1);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.nerrors, 0);
	assert_non_null(strstr(d.v[0].text, "cannot create state directory"));
	assert_non_null(strstr(d.v[0].text, "Not a directory"));
	/* Loading from there is "unusable", never a crash. */
	assert_int_equal(state_load(&l, under, &d), -1);
	state_free(&l);

	/* A directory nobody may create files in, not even root. */
	diag_free(&d);
	assert_int_equal(state_save(&st, "/proc/hoso-state", &d), -1);
	assert_int_equal(d.n, 1);
	assert_non_null(strstr(d.v[0].text, "/proc/hoso-state: warning: "
	    "cannot save state: "));

	/* A directory we may not write (root may write anywhere else). */
	if (geteuid() != 0) {
		char *ro = tl_fmt("%s/ro", dir), *path = tl_fmt("%s/ro/state", dir);

		assert_int_equal(mkdir(ro, 0500), 0);
		diag_free(&d);
		assert_int_equal(state_save(&st, path, &d), -1);
		assert_int_equal(d.n, 1);
		assert_non_null(strstr(d.v[0].text, "cannot save state: "
		    "Permission denied"));
		assert_int_equal(count_entries(ro), 0);
		free(ro);
		free(path);
	}
	/* The state path itself is a directory. */
	{
		char *sd = tl_fmt("%s/isdir", dir);

		assert_int_equal(mkdir(sd, 0700), 0);
		diag_free(&d);
		assert_int_equal(state_save(&st, sd, &d), -1);
		assert_int_equal(d.n, 1);
		assert_int_equal(state_load(&l, sd, &d), -1);
		state_free(&l);
		assert_int_equal(d.n, 2);
		assert_true(exists(sd));
		free(sd);
	}
	state_free(&st);
	diag_free(&d);
	free(under);
	free(file);
	free(dir);
}

static void
expect_path(const char *xdg, const char *home, const char *want)
{
	char *p;

	if (xdg == NULL)
		unsetenv("XDG_STATE_HOME");
	else
		setenv("XDG_STATE_HOME", xdg, 1);
	if (home == NULL)
		unsetenv("HOME");
	else
		setenv("HOME", home, 1);
	p = state_default_path();
	if (want == NULL) {
		assert_null(p);
	} else {
		assert_non_null(p);
		assert_string_equal(p, want);
	}
	free(p);
}

static void
test_default_path(void **unused)
{
	(void)unused;
	expect_path("/x/state-home", "/home/u", "/x/state-home/hoso/state");
	expect_path("/x/state-home", NULL, "/x/state-home/hoso/state");
	expect_path(NULL, "/home/u", "/home/u/.local/state/hoso/state");
	expect_path("", "/home/u", "/home/u/.local/state/hoso/state");
	/* The XDG spec: relative paths are invalid and ignored. */
	expect_path("relative", "/home/u", "/home/u/.local/state/hoso/state");
	expect_path(NULL, NULL, NULL);
	expect_path("", "", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_empty_state),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_foreign),
		cmocka_unit_test(test_corrupt),
		cmocka_unit_test(test_moved_aside_twice),
		cmocka_unit_test(test_any_view_name),
		cmocka_unit_test(test_repeated_position),
		cmocka_unit_test(test_no_blind_overwrite),
		cmocka_unit_test(test_bad_ids_not_written),
		cmocka_unit_test(test_unwritable),
		cmocka_unit_test(test_default_path),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
