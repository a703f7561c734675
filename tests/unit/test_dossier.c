/*
 * dossier_load's check of the content directory, with stat() replaced in
 * this program so that a directory which changes under the check can be
 * simulated: the message must name the cause of the failure it acted on.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier.h"

#define FLAKY "/hoso-test/flaky-dir"

static int flaky_calls;

/* The first stat of FLAKY finds nothing; any later one is refused.
 * Every other path is the real thing. */
int
stat(const char *path, struct stat *st)
{
	if (strcmp(path, FLAKY) == 0) {
		errno = flaky_calls++ == 0 ? ENOENT : EACCES;
		return -1;
	}
	return fstatat(AT_FDCWD, path, st, 0);
}

static void
test_missing_dir_cause(void **state)
{
	struct dossier ds;

	(void)state;
	flaky_calls = 0;
	assert_int_equal(dossier_load(&ds, FLAKY, NULL, NULL), -1);
	assert_int_equal(ds.diag.n, 1);
	assert_string_equal(ds.diag.v[0].text, FLAKY ": error: cannot open "
	    "content directory: No such file or directory");
	dossier_free(&ds);
}

static void
test_not_a_dir(void **state)
{
	struct dossier ds;

	(void)state;
	assert_int_equal(dossier_load(&ds, "tests/fixtures/corpus/topics.yaml",
	    NULL, NULL), -1);
	assert_int_equal(ds.diag.n, 1);
	assert_string_equal(ds.diag.v[0].text, "tests/fixtures/corpus/topics.yaml: "
	    "error: cannot open content directory: not a directory");
	dossier_free(&ds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_missing_dir_cause),
		cmocka_unit_test(test_not_a_dir),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
