/*
 * fuzz_fold: folding (text/fold.c, its table text/fold_table.inc and its
 * libunistring fallback) differential against libunistring on the whole
 * string, as tests/unit/test_fold.c checks it code point by code point.
 * The input is made valid UTF-8 first (text_repair), as every caller's
 * is.  Asserts, in each mode: fold_text equals the reference (u8_normalize
 * or u8_casefold, marks dropped, and the documented d-stroke and eth
 * mappings); the map has one entry more than the output, never goes
 * backwards, points at character starts and ends at the input's length;
 * fold_append after a prefix appends the same bytes.
 */
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fold.h"
#include "fuzz.h"
#include "text.h"
#include "util.h"

/* libunistring's fold of s in mode, with hoso's documented exceptions:
 * Ð/ð are Đ/đ in every mode, and Đ/đ lose their stroke with the marks. */
static char *
reference(const char *s, size_t n, enum fold_mode mode, size_t *outlen)
{
	const uint8_t *in = (const uint8_t *)s;
	uint8_t *r;
	size_t rl = 0, i = 0, o = 0;
	ucs4_t c;
	int k;
	char *out;

	if (mode == FOLD_EXACT)
		r = u8_normalize(UNINORM_NFC, in, n, NULL, &rl);
	else if (mode == FOLD_MARKS)
		r = u8_normalize(UNINORM_NFD, in, n, NULL, &rl);
	else
		r = u8_casefold(in, n, NULL, mode == FOLD_CASE ? UNINORM_NFC :
		    UNINORM_NFD, NULL, &rl);
	FUZZ_CHECK(r != NULL || n == 0, "libunistring failed");
	out = util_malloc(rl * 2 + 1);
	while (i < rl) {
		k = u8_mbtouc(&c, r + i, rl - i);
		if (c == 0x00d0 || c == 0x00f0)
			c = c == 0x00d0 ? 0x0110 : 0x0111;
		if ((mode & FOLD_MARKS) && (c == 0x0110 || c == 0x0111))
			out[o++] = c == 0x0110 ? 'D' : 'd';
		else if ((mode & FOLD_MARKS) &&
		    uc_is_general_category(c, UC_CATEGORY_M))
			;
		else
			o += (size_t)u8_uctomb((uint8_t *)out + o, c, 4);
		i += (size_t)k;
	}
	out[o] = '\0';
	free(r);
	*outlen = o;
	return out;
}

static void
check_mode(const char *s, size_t len, enum fold_mode mode)
{
	struct util_buf ub;
	char *want, *got;
	size_t wl, gl;
	uint32_t *map;

	want = reference(s, len, mode, &wl);
	got = fold_text(s, len, mode, &gl, &map);
	if (gl != wl || memcmp(got, want, wl) != 0) {
		fprintf(stderr, "mode %d: fold_text gives %zu bytes, "
		    "libunistring %zu\n", (int)mode, gl, wl);
		FUZZ_CHECK(0, "fold_text differs from libunistring");
	}
	FUZZ_CHECK(got[gl] == '\0', "fold_text not terminated");
	FUZZ_CHECK(map[gl] == len, "map does not end at the input's end");
	for (size_t a = 0; a < gl; a++) {
		FUZZ_CHECK(map[a] <= map[a + 1], "map goes backwards");
		FUZZ_CHECK(map[a] < len, "map beyond the input");
		FUZZ_CHECK(((unsigned char)s[map[a]] & 0xc0) != 0x80,
		    "map inside a character");
	}
	free(got);
	free(map);

	util_buf_init(&ub);
	util_buf_adds(&ub, "x|");
	fold_append(&ub, s, len, mode);
	FUZZ_CHECK(ub.len == wl + 2 && memcmp(ub.data + 2, want, wl) == 0,
	    "fold_append differs from fold_text");
	util_buf_free(&ub);
	free(want);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s;
	size_t len;

	s = text_repair((const char *)data, size, &len);
	for (int m = 0; m < 4; m++)
		check_mode(s, len, (enum fold_mode)m);
	(void)fold_query_mode(s, len);
	free(s);
	return 0;
}
