/*
 * Unit tests for bookmarks: the parse/write/parse round trip, the
 * escapes of notes and quotes, bad lines (reported with their line,
 * skipped), a bad file moved aside before a save, the file's place, and
 * two readers of one corpus saving in turn (neither loses the other's new
 * bookmarks, nor brings back one the other removed).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "bookmarks.h"
#include "savefile.h"
#include "testlib.h"
#include "util.h"

static char *
formatted(const struct bookmarks *b)
{
	struct util_buf o;

	util_buf_init(&o);
	bookmarks_format(b, &o);
	util_buf_addc(&o, '\0');
	return util_buf_detach(&o, NULL);
}

static void
test_round_trip(void **state)
{
	struct bookmarks a, b;
	struct diag d;
	char *t1, *t2;

	(void)state;
	diag_init(&d, NULL);
	bookmarks_init(&a);
	bookmarks_init(&b);
	bookmarks_add(&a, 1700000000, "vn-1", 10, 25, NULL, "Hà Nội mưa",
	    strlen("Hà Nội mưa"));
	bookmarks_add(&a, 1700000100, "vn-2", 0, 5, "xem lại", "abcde", 5);
	t1 = formatted(&a);
	assert_string_equal(t1, "hoso-bookmarks 1\n"
	    "1700000000\tvn-1\t10\t25\t\tHà Nội mưa\n"
	    "1700000100\tvn-2\t0\t5\txem lại\tabcde\n");
	assert_int_equal(bookmarks_parse(&b, "f", t1, strlen(t1), &d), 0);
	assert_int_equal(b.n, 2);
	assert_string_equal(b.v[0].id, "vn-1");
	assert_int_equal(b.v[0].start, 10);
	assert_int_equal(b.v[0].end, 25);
	assert_string_equal(b.v[0].note, "");
	assert_string_equal(b.v[1].note, "xem lại");
	assert_true(b.v[1].created == 1700000100);
	t2 = formatted(&b);
	assert_string_equal(t1, t2);
	assert_int_equal(d.n, 0);
	free(t1);
	free(t2);
	bookmarks_free(&a);
	bookmarks_free(&b);
	diag_free(&d);
}

static void
test_escapes(void **state)
{
	struct bookmarks a, b;
	struct diag d;
	char *t;

	(void)state;
	diag_init(&d, NULL);
	bookmarks_init(&a);
	bookmarks_init(&b);
	bookmarks_add(&a, 1, "x", 0, 3, "a\tb\\c\nd", "q\r\n\t\\\033", 6);
	t = formatted(&a);
	assert_string_equal(t, "hoso-bookmarks 1\n"
	    "1\tx\t0\t3\ta\\tb\\\\c\\nd\tq\\r\\n\\t\\\\\\x1b\n");
	assert_int_equal(bookmarks_parse(&b, "f", t, strlen(t), &d), 0);
	assert_int_equal(b.n, 1);
	assert_string_equal(b.v[0].note, "a\tb\\c\nd");
	/* A control the reader never writes (a CR, an ESC) comes back as
	 * the marker an article would show. */
	assert_string_equal(b.v[0].quote, "q^M\n\t\\^[");
	free(t);
	bookmarks_free(&a);
	bookmarks_free(&b);
	diag_free(&d);
}

/* A file written by hand: escape sequences, C1 and bidi controls, a NUL
 * and invalid UTF-8 in a note or a quote reach nobody as they are; the
 * pieces between tabs and line breaks without them stay byte for byte. */
static void
test_hostile_fields(void **state)
{
	static const char text[] = "hoso-bookmarks 1\n"
	    "1\tx\t0\t3\tn \\x1b]0;PWN\\x07 t\\tok\\nplain \xe2\x80\xae"
	    "\tq \\x1b[2J \\xc2\\x9b" "1m \\x00z \\xff.\\nđoạn hai\n"
	    "2\tbad\x1b]0;x\x07\t0\t1\t\tq\n";
	struct bookmarks b;
	struct diag d;

	(void)state;
	diag_init(&d, NULL);
	bookmarks_init(&b);
	assert_int_equal(bookmarks_parse(&b, "bm", text, strlen(text), &d), 1);
	assert_int_equal(b.n, 1);
	assert_string_equal(b.v[0].note, "n ^[]0;PWN^G t\tok\nplain <U+202E>");
	assert_string_equal(b.v[0].quote,
	    "q ^[[2J <U+009B>1m ^@z \xef\xbf\xbd.\nđoạn hai");
	/* An id with an escape in it is no article's id. */
	assert_int_equal(d.n, 1);
	bookmarks_free(&b);
	diag_free(&d);
}

static void
test_bad_lines(void **state)
{
	static const char text[] = "hoso-bookmarks 1\n"
	    "1\tok\t0\t1\t\tq\n"
	    "2\tshort\t0\t1\n"
	    "x\tid\t0\t1\t\tq\n"
	    "3\tid\t5\t1\t\tq\n"
	    "4\tid\t0\t1\tbad \\z\tq\n"
	    "5\tid\t0\t1\t\tq\textra\n"
	    "6\tgood\t2\t4\tn\tqq\n";
	struct bookmarks b;
	struct diag d;
	char *msg;

	(void)state;
	diag_init(&d, NULL);
	bookmarks_init(&b);
	assert_int_equal(bookmarks_parse(&b, "bm", text, strlen(text), &d), 5);
	assert_int_equal(b.n, 2);
	assert_string_equal(b.v[0].id, "ok");
	assert_string_equal(b.v[1].id, "good");
	assert_true(b.bad);
	assert_int_equal(d.n, 5);
	assert_int_equal(d.v[0].line, 3);
	msg = diag_format(&d.v[0]);
	assert_non_null(strstr(msg, "bm:3"));
	assert_non_null(strstr(msg, "warning"));
	free(msg);
	assert_int_equal(d.v[4].line, 7);
	bookmarks_free(&b);
	bookmarks_init(&b);
	assert_int_equal(bookmarks_parse(&b, "bm", "nope\n", 5, &d), 1);
	assert_int_equal(d.v[5].line, 1);
	bookmarks_free(&b);
	diag_free(&d);
}

/* A creation time is a long long: the largest is kept and written back
 * as it was; one past it (found by fuzz_bookmarks) is a bad line, never
 * a negative time that the next read refuses. */
static void
test_creation_time_range(void **state)
{
	static const char text[] = "hoso-bookmarks 1\n"
	    "9223372036854775807\tmax\t0\t1\t\tq\n"
	    "9223372036854775808\tover\t0\t1\t\tq\n"
	    "9999999999999999999\tfar\t0\t1\t\tq\n";
	struct bookmarks b;
	struct util_buf o;
	struct diag d;
	char *msg;

	(void)state;
	diag_init(&d, NULL);
	bookmarks_init(&b);
	util_buf_init(&o);
	assert_int_equal(bookmarks_parse(&b, "bm", text, strlen(text), &d), 2);
	assert_int_equal(b.n, 1);
	assert_string_equal(b.v[0].id, "max");
	msg = diag_format(&d.v[0]);
	assert_string_equal(msg, "bm:3: warning: bad creation time; line "
	    "skipped");
	free(msg);
	bookmarks_format(&b, &o);
	assert_non_null(strstr(o.data, "\n9223372036854775807\tmax\t"));
	util_buf_free(&o);
	bookmarks_free(&b);
	diag_free(&d);
}

static void
test_save_bad_file(void **state)
{
	static const char text[] = "hoso-bookmarks 1\n"
	    "1\tok\t0\t1\t\tq\ngarbage\n";
	char *path = tl_fmt("%s/sub/bm", tl_tmpdir()), *bad = tl_fmt("%s.bad",
	    path), *dir = tl_fmt("%s/sub", tl_tmpdir()), *data;
	struct bookmarks b;
	struct diag d;
	size_t len;
	FILE *fp;

	(void)state;
	diag_init(&d, NULL);
	bookmarks_init(&b);
	assert_int_equal(mkdir(dir, 0700), 0);
	fp = fopen(path, "wb");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	assert_int_equal(bookmarks_load(&b, path, &d), 0);
	assert_int_equal(b.n, 1);
	assert_int_equal(bookmarks_save(&b, path, &d), 0);
	assert_int_equal(util_read_file(bad, 0, &data, &len), UTIL_READ_OK);
	assert_string_equal(data, text);
	free(data);
	assert_int_equal(util_read_file(path, 0, &data, &len), UTIL_READ_OK);
	assert_string_equal(data, "hoso-bookmarks 1\n1\tok\t0\t1\t\tq\n");
	free(data);
	bookmarks_free(&b);
	bookmarks_init(&b);
	/* A missing file is no error and no bookmark. */
	unlink(path);
	assert_int_equal(bookmarks_load(&b, path, &d), 0);
	assert_int_equal(b.n, 0);
	bookmarks_free(&b);
	diag_free(&d);
	free(path);
	free(bad);
	free(dir);
}

static void
test_path(void **state)
{
	char *p, *q;

	(void)state;
	setenv("XDG_STATE_HOME", tl_tmpdir(), 1);
	p = bookmarks_path(".");
	q = bookmarks_path(tl_tmpdir());
	assert_non_null(p);
	assert_non_null(q);
	assert_non_null(strstr(p, "/hoso/bookmarks-"));
	assert_string_not_equal(p, q);
	free(p);
	free(q);
	assert_null(bookmarks_path("/no/such/dir/here"));
}

static void
add_one(struct bookmarks *b, long long t, const char *quote)
{
	bookmarks_add(b, t, "vn-1", 0, strlen(quote), NULL, quote,
	    strlen(quote));
}

static void
test_two_readers(void **state)
{
	char *path = tl_fmt("%s/two/bm", tl_tmpdir());
	struct bookmarks a, b, c;
	struct diag d;
	char *t;

	(void)state;
	diag_init(&d, NULL);
	bookmarks_init(&a);
	bookmarks_init(&b);
	add_one(&a, 100, "one");
	add_one(&a, 200, "two");
	assert_int_equal(bookmarks_save(&a, path, &d), 0);
	/* Both readers open the corpus; each adds one. */
	assert_int_equal(bookmarks_load(&b, path, &d), 0);
	add_one(&a, 300, "from a");
	assert_int_equal(bookmarks_save(&a, path, &d), 0);
	add_one(&b, 250, "from b");
	assert_int_equal(bookmarks_save(&b, path, &d), 0);
	t = formatted(&b);
	assert_string_equal(t, "hoso-bookmarks 1\n"
	    "100\tvn-1\t0\t3\t\tone\n200\tvn-1\t0\t3\t\ttwo\n"
	    "250\tvn-1\t0\t6\t\tfrom b\n300\tvn-1\t0\t6\t\tfrom a\n");
	free(t);
	/* a removes "one"; b, saving for its own reason, does not bring it
	 * back, and a sees b's. */
	bookmarks_remove(&a, 0);
	assert_int_equal(bookmarks_save(&a, path, &d), 0);
	assert_int_equal(a.n, 3);
	bookmarks_remove(&b, 1);
	assert_int_equal(bookmarks_save(&b, path, &d), 0);
	bookmarks_init(&c);
	assert_int_equal(bookmarks_load(&c, path, &d), 0);
	t = formatted(&c);
	assert_string_equal(t, "hoso-bookmarks 1\n"
	    "250\tvn-1\t0\t6\t\tfrom b\n300\tvn-1\t0\t6\t\tfrom a\n");
	free(t);
	assert_int_equal(b.n, 2);
	assert_int_equal(d.n, 0);
	bookmarks_free(&a);
	bookmarks_free(&b);
	bookmarks_free(&c);
	diag_free(&d);
	free(path);
}

/* Two readers saving at once, over and over, each its own new bookmark
 * every time: every one of them is in the file at the end (each save is
 * read, merge, write, and the lock keeps another's out of the middle;
 * without it, one reader's write lost the other's latest). */
static void
test_concurrent_saves(void **state)
{
	char *path = tl_fmt("%s/race/bm", tl_tmpdir());
	struct bookmarks b;
	struct diag d;
	pid_t pid;
	int st;

	(void)state;
	pid = fork();
	assert_true(pid >= 0);
	diag_init(&d, NULL);
	bookmarks_init(&b);
	for (int i = 0; i < 40; i++) {
		char q[32];

		snprintf(q, sizeof q, "%s %d", pid == 0 ? "child" : "parent",
		    i);
		add_one(&b, pid == 0 ? 1000 + i : 2000 + i, q);
		if (bookmarks_save(&b, path, &d) != 0 && pid == 0)
			_exit(1);
	}
	if (pid == 0)
		_exit(d.n == 0 ? 0 : 1);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	bookmarks_free(&b);
	bookmarks_init(&b);
	assert_int_equal(bookmarks_load(&b, path, &d), 0);
	assert_int_equal(b.n, 80);
	assert_int_equal(d.n, 0);
	bookmarks_free(&b);
	diag_free(&d);
	free(path);
}

/* While one save holds the lock, another waits for it and then goes on
 * without it; once released, it is had at once. */
static void
test_lock(void **state)
{
	char *path = tl_fmt("%s/lock/bm", tl_tmpdir());
	int a, b;

	(void)state;
	a = savefile_lock(path);
	assert_true(a >= 0);
	b = savefile_lock(path);
	assert_int_equal(b, -1);
	savefile_unlock(a);
	b = savefile_lock(path);
	assert_true(b >= 0);
	savefile_unlock(b);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_creation_time_range),
		cmocka_unit_test(test_concurrent_saves),
		cmocka_unit_test(test_lock),
		cmocka_unit_test(test_hostile_fields),
		cmocka_unit_test(test_save_bad_file),
		cmocka_unit_test(test_path),
		cmocka_unit_test(test_two_readers),
	};

	return cmocka_run_group_tests(tests, tl_tmpdir_setup,
	    tl_tmpdir_teardown);
}
