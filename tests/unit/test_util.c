/*
 * Unit tests for the small shared modules: util (buffers, file reading),
 * diag (the message format, merging) and date (partial dates).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "date.h"
#include "diag.h"
#include "util.h"

static void
test_buf(void **state)
{
	struct util_buf b;
	char *s;
	size_t n;

	(void)state;
	util_buf_init(&b);
	s = util_buf_detach(&b, &n);
	assert_string_equal(s, "");
	assert_int_equal(n, 0);
	free(s);
	util_buf_adds(&b, "Hà ");
	util_buf_printf(&b, "%d/%s", 21, "9");
	util_buf_addc(&b, '/');
	/* longer than the first reservation: formatted again, whole */
	util_buf_printf(&b, "%0200d", 1973);
	assert_int_equal(b.len, strlen("Hà 21/9/") + 200);
	assert_memory_equal(b.data, "Hà 21/9/000", 12);
	assert_string_equal(b.data + b.len - 4, "1973");
	util_buf_free(&b);
	assert_null(b.data);
}

static void
test_read_file(void **state)
{
	char path[] = "/tmp/hoso-test-util-XXXXXX";
	int fd = mkstemp(path);
	char *data;
	size_t len;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "a\0b", 3), 3);
	close(fd);
	assert_int_equal(util_read_file(path, 0, &data, &len), UTIL_READ_OK);
	assert_int_equal(len, 3);
	assert_memory_equal(data, "a\0b", 4);
	free(data);
	assert_int_equal(util_read_file(path, 2, &data, &len),
	    UTIL_READ_TOO_BIG);
	assert_null(data);
	unlink(path);
	assert_int_equal(util_read_file(path, 0, &data, &len),
	    UTIL_READ_ERRNO);
	assert_int_equal(errno, ENOENT);
	/* Only regular files are read: a directory, a FIFO (which would
	 * block the open for ever) and a device are refused, and said so. */
	assert_int_equal(util_read_file("/tmp", 0, &data, &len),
	    UTIL_READ_NOT_REGULAR);
	assert_int_equal(errno, EISDIR);
	assert_string_equal(util_read_why(), "not a regular file (a "
	    "directory)");
	assert_int_equal(mkfifo(path, 0600), 0);
	assert_int_equal(util_read_file(path, 0, &data, &len),
	    UTIL_READ_NOT_REGULAR);
	assert_null(data);
	assert_string_equal(util_read_why(), "not a regular file (a FIFO)");
	unlink(path);
	assert_int_equal(util_read_file("/dev/null", 0, &data, &len),
	    UTIL_READ_NOT_REGULAR);
	assert_string_equal(util_read_why(), "not a regular file (a "
	    "character device)");
	assert_int_equal(util_read_file(path, 0, &data, &len),
	    UTIL_READ_ERRNO);
	assert_string_equal(util_read_why(), "cannot read: No such file or "
	    "directory");
}

static void
test_diag(void **state)
{
	struct diag a, b;

	(void)state;
	diag_init(&a, NULL);
	diag_init(&b, NULL);
	diag_emit(&a, DIAG_WARNING, "t.yaml", 3, 7, "unknown key '%s'", "x");
	diag_emit(&a, DIAG_ERROR, "t.yaml", 4, 0, "line only");
	diag_emit(&a, DIAG_ERROR, "dir", 0, 0, "no position");
	assert_string_equal(a.v[0].text, "t.yaml:3:7: warning: unknown key 'x'");
	assert_string_equal(a.v[1].text, "t.yaml:4: error: line only");
	assert_string_equal(a.v[2].text, "dir: error: no position");
	assert_int_equal(a.worst, DIAG_ERROR);
	assert_int_equal(a.nerrors, 2);
	assert_int_equal(a.nwarnings, 1);
	diag_emit(&b, DIAG_WARNING, "u", 1, 1, "later");
	diag_merge(&b, &a);
	assert_int_equal(b.n, 4);
	assert_int_equal(a.n, 0);
	assert_string_equal(b.v[3].text, "dir: error: no position");
	assert_int_equal(b.worst, DIAG_ERROR);
	assert_int_equal(b.nerrors, 2);
	assert_int_equal(b.nwarnings, 2);
	diag_free(&a);
	diag_free(&b);
}

static void
test_date(void **state)
{
	struct date x, y;
	char buf[DATE_BUFSIZE];

	(void)state;
	assert_int_equal(date_parse("1973-09-21", &x), 0);
	date_format(&x, buf);
	assert_string_equal(buf, "1973-09-21");
	assert_int_equal(date_parse("2014-03", &y), 0);
	date_format(&y, buf);
	assert_string_equal(buf, "2014-03");
	assert_int_equal(date_parse("2009", &y), 0);
	date_format(&y, buf);
	assert_string_equal(buf, "2009");
	assert_int_equal(date_parse("2024-02-29", &x), 0);
	assert_int_equal(date_parse("2023-02-29", &x), -1);
	assert_int_equal(date_parse("2023-13", &x), -1);
	assert_int_equal(date_parse("0000", &x), -1);
	assert_int_equal(date_parse("21/9/1973", &x), -1);
	assert_int_equal(date_parse("2023-1-5", &x), -1);
	assert_int_equal(date_parse("", &x), -1);
	assert_int_equal(x.y, 0);
	/* a year sorts before its months, a month before its days */
	assert_int_equal(date_parse("2023", &x), 0);
	assert_int_equal(date_parse("2023-11", &y), 0);
	assert_true(date_cmp(&x, &y) < 0);
	assert_int_equal(date_parse("2023-11-27", &x), 0);
	assert_true(date_cmp(&y, &x) < 0);
	assert_int_equal(date_cmp(&x, &x), 0);
}

/* Counts in messages: a comma every three digits, from the right. */
static void
test_grouped(void **state)
{
	char b[UTIL_GROUPED_SIZE];

	(void)state;
	assert_string_equal(util_grouped(0, b), "0");
	assert_string_equal(util_grouped(999, b), "999");
	assert_string_equal(util_grouped(1000, b), "1,000");
	assert_string_equal(util_grouped(100000, b), "100,000");
	assert_string_equal(util_grouped(1234567, b), "1,234,567");
	assert_string_equal(util_grouped(18446744073709551615ull, b),
	    "18,446,744,073,709,551,615");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_grouped),
		cmocka_unit_test(test_read_file),
		cmocka_unit_test(test_diag),
		cmocka_unit_test(test_date),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
