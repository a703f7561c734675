/*
 * mklegacy: writes UTF-8 from stdin to stdout in a legacy encoding, for the
 * fixtures of tests/fixtures/legacy/ (mklegacy.sh runs it; its output is
 * committed).  The encodings are hoso's own (legacy_encode: VNI-WIN here,
 * iconv for the rest); double-cp1252 and double-latin1 write the UTF-8
 * bytes read as CP1252 or Latin-1 and encoded in UTF-8 again, the mistake
 * hoso repairs.  CP1252's five unassigned bytes go through as the C1
 * controls a lenient reader makes of them, as the tools that double-encode
 * do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "legacy.h"
#include "utf8.h"
#include "util.h"

/* Windows-1252 0x80-0x9F, from its published chart; 0 where unassigned. */
static const unsigned short cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

int
main(int argc, char **argv)
{
	struct util_buf in;
	char chunk[4096], *out;
	size_t n, outlen;
	int e, latin1;

	if (argc != 2) {
		fputs("usage: mklegacy ENCODING|double-cp1252|double-latin1 "
		    "<utf8 >out\n", stderr);
		return 2;
	}
	util_buf_init(&in);
	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		util_buf_add(&in, chunk, n);
	latin1 = strcmp(argv[1], "double-latin1") == 0;
	if (latin1 || strcmp(argv[1], "double-cp1252") == 0) {
		for (size_t i = 0; i < in.len; i++) {
			unsigned char c = (unsigned char)in.data[i];
			uint32_t cp = c;
			char u[UTF8_MAX];

			if (!latin1 && c >= 0x80 && c < 0xA0 &&
			    cp1252[c - 0x80] != 0)
				cp = cp1252[c - 0x80];
			fwrite(u, 1, utf8_encode(cp, u), stdout);
		}
		return fflush(stdout) != 0;
	}
	if ((e = legacy_lookup(argv[1], strlen(argv[1]))) < 0) {
		fprintf(stderr, "mklegacy: unknown encoding '%s'\n", argv[1]);
		return 2;
	}
	out = legacy_encode((enum legacy_enc)e, in.data ? in.data : "", in.len,
	    &outlen);
	fwrite(out, 1, outlen, stdout);
	free(out);
	util_buf_free(&in);
	return fflush(stdout) != 0;
}
