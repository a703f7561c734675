/*
 * texttest: what the unit tests of the text pipeline and of
 * de-segmentation share (include it after the cmocka headers): reading a
 * fixture of tests/fixtures/text/, and comparing bytes with a readable
 * report of both sides.  Static inline, like testlib.h.
 */
#ifndef HOSO_TEXTTEST_H
#define HOSO_TEXTTEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The tests run from the top of the repository (tests/run.sh does that). */
#define FIXTURES "tests/fixtures/text/"


static inline char *
fixture(const char *name, size_t *len)
{
	char path[256], *data;

	snprintf(path, sizeof path, FIXTURES "%s", name);
	if (util_read_file(path, 0, &data, len) != UTIL_READ_OK)
		fail_msg("cannot read %s (run from the repository top)", path);
	return data;
}

static inline void
print_bytes(const char *what, const char *s, size_t n)
{
	size_t i;

	fprintf(stderr, "%s (%zu bytes): \"", what, n);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"')
			fputc(c, stderr);
		else if (c == '\n')
			fputs("\\n", stderr);
		else
			fprintf(stderr, "\\x%02X", c);
	}
	fputs("\"\n", stderr);
}

/* Compares got[0..gotlen) with want[0..wantlen) and frees got. */
static inline void
check_bytes(char *got, size_t gotlen, const char *want, size_t wantlen,
    const char *file, int line)
{
	int same = gotlen == wantlen && memcmp(got, want, gotlen) == 0;

	if (!same) {
		fprintf(stderr, "%s:%d: output differs\n", file, line);
		print_bytes("want", want, wantlen);
		print_bytes(" got", got, gotlen);
	}
	assert_int_equal(got[gotlen], '\0');
	free(got);
	if (!same)
		fail_msg("see above");
}

#define CHECK(got, gotlen, want, wantlen) \
	check_bytes(got, gotlen, want, wantlen, __FILE__, __LINE__)
#define CHECK_STR(got, gotlen, want) \
	CHECK(got, gotlen, want, strlen(want))

#endif
