/*
 * Unit tests for state: the round trip, a section per corpus (two in one
 * file, each left alone by the other's saves), the version-1 file of the
 * previous release, the prompts' history, atomic saving (no temp file
 * left, private directory), the file that is not ours (moved aside,
 * never overwritten), strict parsing, unwritable places, and where the
 * file lives according to XDG_STATE_HOME and HOME.
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
	char *dir = tl_fresh_dir();
	char *sdir = tl_fmt("%s/deep/er/hoso", dir);
	char *path = tl_fmt("%s/state", sdir);
	struct state st, back;
	struct diag d;
	struct stat sb;
	char *text;

	struct state_section *sec;

	(void)unused;
	state_init(&st);
	sec = state_select(&st, "/srv/corpus one");
	sec->view = util_strdup("timeline");
	sec->article = util_strdup("nhat-ban-visa");
	sec->topic = util_strdup("visa");
	sec->milestone = util_strdup("2023-11-27 Nâng cấp quan hệ");
	state_set_pos(&st, "nhat-ban-visa", 1234);
	state_set_pos(&st, "a1", 0);
	state_set_pos(&st, "big", (size_t)SIZE_MAX);
	state_set_pos(&st, "nhat-ban-visa", 4321);	/* replaces */
	assert_int_equal(sec->npos, 3);
	state_hist_add(&st.hist[STATE_HIST_CORPUS], "thị thực");
	state_hist_add(&st.hist[STATE_HIST_FIND_LIST], "a\\b");

	diag_init(&d, NULL);
	assert_int_equal(state_save(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	text = read_all(path);
	assert_non_null(text);
	{
		char *want = tl_fmt("hoso-state 2\n"
		    "history find-list a\\x5cb\n"
		    "history corpus thị thực\n"
		    "corpus /srv/corpus one\nview timeline\n"
		    "article nhat-ban-visa\ntopic visa\n"
		    "milestone 2023-11-27 Nâng cấp quan hệ\n"
		    "pos nhat-ban-visa 4321\npos a1 0\n"
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
	assert_int_equal(back.hist[STATE_HIST_CORPUS].n, 1);
	assert_string_equal(back.hist[STATE_HIST_CORPUS].v[0], "thị thực");
	assert_string_equal(back.hist[STATE_HIST_FIND_LIST].v[0], "a\\b");
	assert_int_equal(back.hist[STATE_HIST_FIND_TEXT].n, 0);
	/* Nothing is in use until a corpus is selected. */
	assert_int_equal(state_get_pos(&back, "a1"), 0);
	sec = state_select(&back, "/srv/corpus one");
	assert_int_equal(back.nsec, 1);
	assert_string_equal(sec->view, "timeline");
	assert_string_equal(sec->article, "nhat-ban-visa");
	assert_string_equal(sec->topic, "visa");
	assert_string_equal(sec->milestone, "2023-11-27 Nâng cấp quan hệ");
	assert_int_equal(sec->npos, 3);
	assert_int_equal(state_get_pos(&back, "nhat-ban-visa"), 4321);
	assert_int_equal(state_get_pos(&back, "a1"), 0);
	assert_int_equal(state_get_pos(&back, "big"), SIZE_MAX);
	assert_int_equal(state_get_pos(&back, "unknown"), 0);

	/* Saving over our own file is fine, and still atomic. */
	state_set_pos(&back, "a1", 7);
	assert_int_equal(state_save(&back, path, &d), 0);
	state_free(&back);
	assert_int_equal(state_load(&back, path, &d), 0);
	state_select(&back, "/srv/corpus one");
	assert_int_equal(state_get_pos(&back, "a1"), 7);
	/* The history is not doubled by saving what was loaded. */
	assert_int_equal(back.hist[STATE_HIST_CORPUS].n, 1);
	assert_int_equal(count_entries(sdir), 1);
	assert_int_equal(d.n, 0);

	state_free(&st);
	state_free(&back);
	assert_int_equal(st.nsec, 0);
	diag_free(&d);
	free(path);
	free(sdir);
	free(dir);
}

static void
test_empty_state(void **unused)
{
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir), *text;
	struct state st;
	struct diag d;

	(void)unused;
	state_init(&st);
	diag_init(&d, NULL);
	assert_int_equal(state_save(&st, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 2\n");
	free(text);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(st.nsec, 0);
	assert_null(state_select(&st, "/c")->view);
	assert_int_equal(d.n, 0);
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
}

static void
test_missing(void **unused)
{
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/no/such/state", dir);
	struct state st;
	struct diag d;

	(void)unused;
	diag_init(&d, NULL);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(st.nsec, 0);
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
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir);
	char *bad = tl_fmt("%s.bad", path), *got, *want;
	struct state st;
	struct diag d;

	write_file(path, text, len);
	diag_init(&d, NULL);
	assert_int_equal(state_load(&st, path, &d), -1);
	assert_int_equal(st.nsec, 0);
	assert_int_equal(st.hist[STATE_HIST_CORPUS].n, 0);
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
	expect_refused("hoso-state 3\n", 13, "", "not a hoso state file");
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
		"# comment", "topic visa", "milestone x", "history corpus x",
		"corpus /c",
	};
	/* Text fields: only the escapes the writer makes, valid UTF-8. */
	static const char *const lines2[] = {
		"corpus /c", "corpus relative/path", "corpus ",
		"history corpus", "history corpus ", "history bogus x",
		"history corpus a\\x41", "history corpus a\\x5C",
		"history corpus a\\x5", "history corpus a\\q",
		"history corpus a\x01b", "history corpus caf\xc3",
		"history corpus \xc0\xaf", "milestone ", "milestone a\x7f",
		"topic two words", "topic caf\xc3\xa9",
	};

	(void)unused;
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		char *text = tl_fmt("hoso-state 1\nview topics\n%s\npos b 2\n",
		    lines[i]);

		expect_refused(text, strlen(text), ":3", "corrupt state file");
		free(text);
	}
	for (size_t i = 0; i < sizeof lines2 / sizeof lines2[0]; i++) {
		char *text = tl_fmt("hoso-state 2\ncorpus /c\n%s\npos b 2\n",
		    lines2[i]);

		expect_refused(text, strlen(text), ":3", "corrupt state file");
		free(text);
	}
	/* Version 2 keeps everything of a corpus in its section. */
	expect_refused("hoso-state 2\nview topics\n", 26, ":2",
	    "corrupt state file");
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
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir), *text;
	struct state_section *sec;
	struct state st;
	struct diag d;

	(void)unused;
	diag_init(&d, NULL);
	write_file(path, "hoso-state 2\ncorpus /c\nview reading-list\n", 41);
	state_init(&st);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	sec = state_select(&st, "/c");
	assert_string_equal(sec->view, "reading-list");
	free(sec->view);
	sec->view = util_strdup("results");
	assert_int_equal(state_save(&st, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 2\ncorpus /c\nview results\n");
	free(text);
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
}

static void
test_repeated_position(void **unused)
{
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir);
	static const char text[] = "hoso-state 1\npos b 7\npos a 1\n"
	    "pos b 9\n";
	struct state st;
	struct diag d;

	(void)unused;
	write_file(path, text, sizeof text - 1);
	diag_init(&d, NULL);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(state_select(&st, "/c")->npos, 2);
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
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir);
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
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir), *got;
	struct state st;
	struct diag d;

	(void)unused;
	write_file(path, "precious\n", 9);
	state_init(&st);
	state_select(&st, "/c")->view = util_strdup("articles");
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
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir), *text;
	struct state_section *sec;
	struct state st;
	struct diag d;

	(void)unused;
	state_init(&st);
	sec = state_select(&st, "/c");
	sec->view = util_strdup("two words");
	sec->article = util_strdup("two words");
	sec->topic = util_strdup("a\nb");
	state_set_pos(&st, "ok-id", 3);
	state_set_pos(&st, "line\nbreak", 4);
	state_set_pos(&st, "esc\x1b", 5);
	state_set_pos(&st, "", 6);
	diag_init(&d, NULL);
	assert_int_equal(state_save(&st, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 2\ncorpus /c\npos ok-id 3\n");
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
	char *dir = tl_fresh_dir();
	char *file = tl_fmt("%s/plain-file", dir);
	char *under = tl_fmt("%s/plain-file/hoso/state", dir);
	struct state st, l;
	struct diag d;

	(void)unused;
	state_init(&st);
	state_select(&st, "/c")->view = util_strdup("topics");
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

/* Two corpora in one file, each its own section: a save by the reader of
 * one keeps what the reader of the other saved meanwhile. */
static void
test_two_corpora(void **unused)
{
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir), *text;
	struct state a, b, back;
	struct diag d;

	(void)unused;
	diag_init(&d, NULL);
	/* Both readers start from the same (absent) file. */
	assert_int_equal(state_load(&a, path, &d), 0);
	assert_int_equal(state_load(&b, path, &d), 0);
	state_select(&a, "/data/a")->view = util_strdup("topics");
	state_set_pos(&a, "x", 10);
	state_hist_add(&a.hist[STATE_HIST_CORPUS], "visa");
	state_select(&b, "/data/b")->view = util_strdup("timeline");
	state_set_pos(&b, "x", 20);
	state_hist_add(&b.hist[STATE_HIST_CORPUS], "biển");
	assert_int_equal(state_save(&a, path, &d), 0);
	assert_int_equal(state_save(&b, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 2\n"
	    "history corpus visa\nhistory corpus biển\n"
	    "corpus /data/a\nview topics\npos x 10\n"
	    "corpus /data/b\nview timeline\npos x 20\n");
	free(text);
	/* a moves on: its section changes, b's does not. */
	state_set_pos(&a, "x", 11);
	assert_int_equal(state_save(&a, path, &d), 0);
	assert_int_equal(state_load(&back, path, &d), 0);
	state_select(&back, "/data/b");
	assert_int_equal(state_get_pos(&back, "x"), 20);
	assert_string_equal(state_here(&back)->view, "timeline");
	state_select(&back, "/data/a");
	assert_int_equal(state_get_pos(&back, "x"), 11);
	/* The history once each, as it was added. */
	assert_int_equal(back.hist[STATE_HIST_CORPUS].n, 2);
	assert_string_equal(back.hist[STATE_HIST_CORPUS].v[1], "biển");
	/* A third corpus is a new section; the other two stay. */
	state_select(&back, "/data/c");
	assert_int_equal(state_get_pos(&back, "x"), 0);
	state_set_pos(&back, "y", 1);
	assert_int_equal(state_save(&back, path, &d), 0);
	state_free(&back);
	assert_int_equal(state_load(&back, path, &d), 0);
	assert_int_equal(back.nsec, 3);
	assert_int_equal(d.n, 0);
	state_free(&a);
	state_free(&b);
	state_free(&back);
	diag_free(&d);
	free(path);
	free(dir);
}

/* The previous release's file: read, its records the section of the
 * first corpus that asks, written back as version 2. */
static void
test_old_format(void **unused)
{
	static const char v1[] = "hoso-state 1\nview timeline\n"
	    "article a1\npos a1 42\npos b2 7\n";
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir), *text;
	struct state_section *sec;
	struct state st;
	struct diag d;

	(void)unused;
	write_file(path, v1, sizeof v1 - 1);
	diag_init(&d, NULL);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	sec = state_select(&st, "/home/u/content");
	assert_string_equal(sec->view, "timeline");
	assert_string_equal(sec->article, "a1");
	assert_int_equal(state_get_pos(&st, "a1"), 42);
	assert_int_equal(state_get_pos(&st, "b2"), 7);
	/* Claimed once: another corpus starts empty. */
	sec = state_select(&st, "/other");
	assert_null(sec->view);
	assert_int_equal(state_get_pos(&st, "a1"), 0);
	state_select(&st, "/home/u/content");
	assert_int_equal(state_save(&st, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 2\ncorpus /home/u/content\n"
	    "view timeline\narticle a1\npos a1 42\npos b2 7\ncorpus /other\n");
	free(text);
	state_free(&st);
	/* A version-1 file nobody claims is not written at all. */
	write_file(path, v1, sizeof v1 - 1);
	assert_int_equal(state_load(&st, path, &d), 0);
	assert_int_equal(state_save(&st, path, &d), 0);
	text = read_all(path);
	assert_string_equal(text, "hoso-state 2\n");
	free(text);
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
}

/* At most STATE_HIST_MAX entries, the newest kept, none twice in a row;
 * also when a file holds more. */
static void
test_history(void **unused)
{
	char *dir = tl_fresh_dir(), *path = tl_fmt("%s/state", dir);
	struct state st, back;
	struct util_buf b;
	struct diag d;
	char q[32];

	(void)unused;
	state_init(&st);
	for (int i = 0; i < 150; i++) {
		snprintf(q, sizeof q, "q%d", i);
		state_hist_add(&st.hist[STATE_HIST_FIND_TEXT], q);
		state_hist_add(&st.hist[STATE_HIST_FIND_TEXT], q);
	}
	state_hist_add(&st.hist[STATE_HIST_FIND_TEXT], "");
	state_hist_add(&st.hist[STATE_HIST_FIND_TEXT], "q148");
	assert_int_equal(st.hist[STATE_HIST_FIND_TEXT].n, STATE_HIST_MAX);
	assert_string_equal(st.hist[STATE_HIST_FIND_TEXT].v[0], "q51");
	assert_string_equal(st.hist[STATE_HIST_FIND_TEXT].v[98], "q149");
	assert_string_equal(st.hist[STATE_HIST_FIND_TEXT].v[99], "q148");
	diag_init(&d, NULL);
	assert_int_equal(state_save(&st, path, &d), 0);
	assert_int_equal(state_load(&back, path, &d), 0);
	assert_int_equal(back.hist[STATE_HIST_FIND_TEXT].n, STATE_HIST_MAX);
	assert_string_equal(back.hist[STATE_HIST_FIND_TEXT].v[0], "q51");
	assert_int_equal(back.hist[STATE_HIST_FIND_LIST].n, 0);
	state_free(&back);
	/* A file edited to hold more: the newest hundred. */
	util_buf_init(&b);
	util_buf_adds(&b, "hoso-state 2\n");
	for (int i = 0; i < 120; i++)
		util_buf_printf(&b, "history find-list n%d\n", i);
	write_file(path, b.data, b.len);
	assert_int_equal(state_load(&back, path, &d), 0);
	assert_int_equal(back.hist[STATE_HIST_FIND_LIST].n, STATE_HIST_MAX);
	assert_string_equal(back.hist[STATE_HIST_FIND_LIST].v[0], "n20");
	assert_int_equal(d.n, 0);
	util_buf_free(&b);
	state_free(&back);
	state_free(&st);
	diag_free(&d);
	free(path);
	free(dir);
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
		cmocka_unit_test(test_two_corpora),
		cmocka_unit_test(test_old_format),
		cmocka_unit_test(test_history),
	};

	return cmocka_run_group_tests(tests, tl_tmpdir_setup,
	    tl_tmpdir_teardown);
}
