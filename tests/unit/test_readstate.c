/*
 * Unit tests for readstate: marking read and unread, the save/load round
 * trip (known = what the file knew and what is present now), how many
 * articles are new (none on a first start), a file out of order or with
 * repeats, bad lines (reported with their line, skipped, the file moved
 * aside before the next save, never over an earlier .bad), a file that
 * is not ours, a file left alone when there is nothing to add to it,
 * and the file's place.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "readstate.h"
#include "testlib.h"
#include "util.h"

static char *
formatted(const struct readstate *rs)
{
	struct util_buf o;

	util_buf_init(&o);
	readstate_format(rs, &o);
	util_buf_addc(&o, '\0');
	return util_buf_detach(&o, NULL);
}

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static char *
slurp(const char *path)
{
	char *data;
	size_t len;

	assert_int_equal(util_read_file(path, 0, &data, &len), UTIL_READ_OK);
	return data;
}

static void
test_mark(void **state)
{
	struct readstate rs;
	unsigned g;

	(void)state;
	readstate_init(&rs);
	assert_false(readstate_is_read(&rs, "b"));
	g = rs.gen;
	assert_int_equal(readstate_set_read(&rs, "b", 1), 1);
	assert_int_equal(readstate_set_read(&rs, "a", 1), 1);
	assert_int_equal(readstate_set_read(&rs, "c", 1), 1);
	assert_int_equal(readstate_set_read(&rs, "b", 1), 0);
	assert_true(rs.gen != g);
	assert_true(readstate_is_read(&rs, "a"));
	assert_true(readstate_is_read(&rs, "b"));
	assert_true(readstate_is_read(&rs, "c"));
	assert_false(readstate_is_read(&rs, "bb"));
	assert_int_equal(rs.read.n, 3);
	assert_string_equal(rs.read.v[0], "a");
	assert_string_equal(rs.read.v[2], "c");
	assert_int_equal(readstate_set_read(&rs, "b", 0), 1);
	assert_int_equal(readstate_set_read(&rs, "b", 0), 0);
	assert_false(readstate_is_read(&rs, "b"));
	assert_int_equal(rs.read.n, 2);
	/* An id a line could not hold is refused, not written. */
	assert_int_equal(readstate_set_read(&rs, "a b", 1), -1);
	assert_int_equal(readstate_set_read(&rs, "", 1), -1);
	assert_int_equal(rs.read.n, 2);
	readstate_free(&rs);
}

static void
test_round_trip(void **state)
{
	char a[] = "a", b[] = "b", c[] = "c", dd[] = "d", e[] = "e";
	char *ids1[] = { c, a, b, a }, *ids2[] = { a, dd, b, e };
	char *path = tl_fmt("%s/rt/read-x", tl_tmpdir()), *text;
	struct readstate rs;
	struct diag d;

	(void)state;
	diag_init(&d, NULL);
	readstate_init(&rs);
	/* A first start: nothing is new. */
	assert_int_equal(readstate_load(&rs, path, &d), 0);
	assert_false(rs.loaded);
	assert_int_equal(readstate_present(&rs, ids1, 4), 0);
	assert_false(readstate_is_new(&rs, "c"));
	assert_int_equal(readstate_set_read(&rs, "b", 1), 1);
	assert_int_equal(readstate_save(&rs, path, &d), 0);
	text = slurp(path);
	assert_string_equal(text, "hoso-read 1\nknown a\nknown b\nknown c\n"
	    "read b\n");
	free(text);
	readstate_free(&rs);

	/* The next start: d and e are new; c, gone now, stays known. */
	readstate_init(&rs);
	assert_int_equal(readstate_load(&rs, path, &d), 0);
	assert_true(rs.loaded);
	assert_true(readstate_is_read(&rs, "b"));
	assert_false(readstate_is_read(&rs, "a"));
	assert_int_equal(readstate_present(&rs, ids2, 4), 2);
	assert_true(readstate_is_new(&rs, "d"));
	assert_false(readstate_is_new(&rs, "a"));
	assert_false(readstate_is_new(&rs, "c"));
	/* Present again (after a refresh): counted afresh. */
	assert_int_equal(readstate_present(&rs, ids2, 3), 1);
	assert_int_equal(readstate_save(&rs, path, &d), 0);
	text = slurp(path);
	assert_string_equal(text, "hoso-read 1\nknown a\nknown b\nknown c\n"
	    "known d\nread b\n");
	free(text);
	readstate_free(&rs);
	assert_int_equal(d.n, 0);
	diag_free(&d);
	free(path);
}

static void
test_unsorted(void **state)
{
	static const char text[] = "hoso-read 1\nread z\nknown b\nread a\n"
	    "known a\nread z\n\nknown b\n";
	struct readstate rs;
	struct diag d;
	char *out;

	(void)state;
	diag_init(&d, NULL);
	readstate_init(&rs);
	assert_int_equal(readstate_parse(&rs, "f", text, strlen(text), &d), 0);
	assert_int_equal(d.n, 0);
	assert_false(rs.bad);
	out = formatted(&rs);
	assert_string_equal(out, "hoso-read 1\nknown a\nknown b\nread a\n"
	    "read z\n");
	free(out);
	assert_int_equal(readstate_set_read(&rs, "m", 1), 1);
	assert_string_equal(rs.read.v[1], "m");
	readstate_free(&rs);
	diag_free(&d);
}

static void
test_bad_lines(void **state)
{
	static const char text[] = "hoso-read 1\nknown a\nseen b\nread\n"
	    "read x y\nread \x01z\nread ok\n";
	struct readstate rs;
	struct diag d;
	char *out;

	(void)state;
	diag_init(&d, NULL);
	readstate_init(&rs);
	assert_int_equal(readstate_parse(&rs, "f", text, strlen(text), &d), 4);
	assert_true(rs.bad);
	assert_int_equal(d.n, 4);
	assert_int_equal(d.v[0].line, 3);
	assert_int_equal(d.v[1].line, 4);
	assert_int_equal(d.v[3].line, 6);
	assert_non_null(strstr(d.v[0].text, "line skipped"));
	out = formatted(&rs);
	assert_string_equal(out, "hoso-read 1\nknown a\nread ok\n");
	free(out);
	readstate_free(&rs);
	diag_free(&d);

	/* Many bad lines: a few told, the rest counted. */
	diag_init(&d, NULL);
	readstate_init(&rs);
	assert_int_equal(readstate_parse(&rs, "f", "hoso-read 1\nx\nx\nx\nx\n"
	    "x\nx\nx\n", 26, &d), 7);
	assert_int_equal(d.n, 6);
	assert_non_null(strstr(d.v[5].text, "2 more bad lines"));
	readstate_free(&rs);
	diag_free(&d);
}

static void
test_save_bad_file(void **state)
{
	static const char text[] = "hoso-read 1\nknown a\ngarbage\nread a\n";
	char *dir = tl_fmt("%s/bad", tl_tmpdir()), *path = tl_fmt("%s/read-x", dir);
	char *bad = tl_fmt("%s.bad", path), *bad1 = tl_fmt("%s.bad.1", path);
	struct readstate rs;
	struct diag d;
	char *data;

	(void)state;
	diag_init(&d, NULL);
	assert_int_equal(mkdir(dir, 0700), 0);
	write_file(path, text);
	readstate_init(&rs);
	assert_int_equal(readstate_load(&rs, path, &d), 0);
	assert_true(rs.loaded);
	assert_true(readstate_is_read(&rs, "a"));
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 3);
	assert_int_equal(readstate_save(&rs, path, &d), 0);
	data = slurp(bad);
	assert_string_equal(data, text);
	free(data);
	data = slurp(path);
	assert_string_equal(data, "hoso-read 1\nknown a\nread a\n");
	free(data);
	assert_non_null(strstr(d.v[1].text, "moved aside"));
	/* Saved again: nothing more is moved. */
	assert_int_equal(readstate_save(&rs, path, &d), 0);
	assert_int_equal(access(bad1, F_OK), -1);
	readstate_free(&rs);

	/* Not ours at all: one warning, moved aside beside the first. */
	write_file(path, "{\"json\": 1}\nknown a\n");
	readstate_init(&rs);
	assert_int_equal(readstate_load(&rs, path, &d), 0);
	assert_false(rs.loaded);
	assert_int_equal(rs.known.n, 0);
	assert_int_equal(d.n, 3);
	assert_non_null(strstr(d.v[2].text, "not a hoso read-state file"));
	assert_int_equal(readstate_save(&rs, path, &d), 0);
	data = slurp(bad1);
	assert_string_equal(data, "{\"json\": 1}\nknown a\n");
	free(data);
	data = slurp(bad);
	assert_string_equal(data, text);
	free(data);
	readstate_free(&rs);
	diag_free(&d);
	free(dir);
	free(path);
	free(bad);
	free(bad1);
}

/* Nothing read and nothing new: the file is not written again. */
static void
test_save_unchanged(void **state)
{
	char *path = tl_fmt("%s/same", tl_tmpdir()), *text;
	char a[] = "a", b[] = "b";
	char *ids[] = { a, b };
	struct readstate rs;
	struct diag d;

	(void)state;
	diag_init(&d, NULL);
	write_file(path, "hoso-read 1\nknown a\nknown b\n");
	readstate_init(&rs);
	assert_int_equal(readstate_load(&rs, path, &d), 0);
	assert_int_equal(readstate_present(&rs, ids, 2), 0);
	write_file(path, "hoso-read 1\nread elsewhere\n");
	assert_int_equal(readstate_save(&rs, path, &d), 0);
	text = slurp(path);
	assert_string_equal(text, "hoso-read 1\nread elsewhere\n");
	free(text);
	assert_int_equal(readstate_set_read(&rs, "b", 1), 1);
	assert_int_equal(readstate_save(&rs, path, &d), 0);
	text = slurp(path);
	assert_string_equal(text, "hoso-read 1\nknown a\nknown b\nread b\n");
	free(text);
	readstate_free(&rs);
	assert_int_equal(d.n, 0);
	diag_free(&d);
	free(path);
}

static void
test_path(void **state)
{
	char *p, *q;

	(void)state;
	setenv("XDG_STATE_HOME", tl_tmpdir(), 1);
	p = readstate_path(".");
	q = readstate_path(tl_tmpdir());
	assert_non_null(p);
	assert_non_null(q);
	assert_non_null(strstr(p, "/hoso/read-"));
	assert_string_not_equal(p, q);
	free(p);
	free(q);
	assert_null(readstate_path("/no/such/dir/here"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mark),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_unsorted),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_save_bad_file),
		cmocka_unit_test(test_save_unchanged),
		cmocka_unit_test(test_path),
	};

	return cmocka_run_group_tests(tests, tl_tmpdir_setup,
	    tl_tmpdir_teardown);
}
