/*
 * testlib: helpers that several unit tests share (include it after the
 * cmocka headers).  Static inline, so a test that uses only some of them
 * compiles without unused-function warnings.
 */
#ifndef HOSO_TESTLIB_H
#define HOSO_TESTLIB_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <uninorm.h>

#include "util.h"

/* libunistring's normalization of s[0..n) as a NUL-terminated heap string:
 * the reference the text layer's own fast paths are checked against. */
static inline char *
tl_normalize(uninorm_t nf, const char *s, size_t n, size_t *outlen)
{
	size_t len = 0;
	uint8_t *r = u8_normalize(nf, (const uint8_t *)s, n, NULL, &len);
	char *out;

	assert_non_null(r);
	out = util_malloc(len + 1);
	memcpy(out, r, len);
	out[len] = '\0';
	free(r);
	if (outlen != NULL)
		*outlen = len;
	return out;
}

/* The same for a NUL-terminated string. */
static inline char *
tl_norm(uninorm_t nf, const char *s)
{
	return tl_normalize(nf, s, strlen(s), NULL);
}

/* A heap string from a format, never cut short. */
static inline char *tl_fmt(const char *f, ...) UTIL_PRINTF(1, 2);
static inline char *
tl_fmt(const char *f, ...)
{
	struct util_buf b;
	va_list ap;

	util_buf_init(&b);
	va_start(ap, f);
	util_buf_vprintf(&b, f, ap);
	va_end(ap);
	if (b.data == NULL)
		util_buf_adds(&b, "");
	return util_buf_detach(&b, NULL);
}

/* The scratch directory of a test group: made by tl_tmpdir_setup, the
 * group's setup, and removed with all it holds by tl_tmpdir_teardown,
 * even what a test left unreadable or read-only. */
static inline char *
tl_tmpdir(void)
{
	static char dir[] = "/tmp/hoso-test-XXXXXX";

	return dir;
}

static inline int
tl_tmpdir_setup(void **state)
{
	(void)state;
	return mkdtemp(tl_tmpdir()) == NULL ? -1 : 0;
}

static inline int
tl_tmpdir_teardown(void **state)
{
	char *cmd = tl_fmt("chmod -R u+rwx '%s'; rm -rf '%s'", tl_tmpdir(),
	    tl_tmpdir());
	int rc = system(cmd);

	(void)state;
	free(cmd);
	return rc == 0 ? 0 : -1;
}

/* A fresh directory of the scratch one for one test: TMP/N. */
static inline char *
tl_fresh_dir(void)
{
	static int counter;
	char *d = tl_fmt("%s/%d", tl_tmpdir(), ++counter);

	assert_int_equal(mkdir(d, 0755), 0);
	return d;
}

#endif
