/*
 * genfold: prints src/text/fold_table.inc, the static tables behind
 * src/text/fold.c.  `make fold-table` builds it and rewrites the table;
 * `make check` fails when the committed table is not its output.
 *
 * Run it again whenever libunistring (hence the Unicode version) changes;
 * tests/unit/test_fold.c checks the committed table against the library
 * that the tests link with, so a stale table fails `make check`.
 *
 * Two tables come out.  The page table holds, for every code point of a
 * few 256-code-point pages (Latin, IPA and spacing modifiers, combining
 * marks and Greek, Latin Extended Additional, punctuation and currency),
 * the result of each fold mode for that code point alone.  The range table
 * lists, for everything outside those pages, the code points that some
 * mode changes; all others pass through unchanged, which lets fold.c skip
 * libunistring for CJK, Thai, symbols and so on.
 *
 * Both tables also carry the "unsafe" property that fold.c needs to
 * produce NFC piecewise: a code point is unsafe when NFC (after case
 * folding or not) could reorder it with, or compose it onto, what precedes
 * it.  Text can be normalized one piece at a time as long as every piece
 * starts with a safe code point.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <unistring/version.h>

#define NCP		0x110000
#define MAXOUT		64
#define ENTRY_MAX	7	/* bytes of output held inline in a page entry */

enum { M_EXACT, M_CASE, M_MARKS, M_ALL, NMODES };

/* The pages kept in the page table, by high byte of a BMP code point. */
static const unsigned pages[] = { 0x00, 0x01, 0x02, 0x03, 0x1E, 0x20 };
#define NPAGES (sizeof pages / sizeof pages[0])

static unsigned char *backcomb;	/* second half of a canonical pair */

static int
page_of(ucs4_t c)
{
	size_t i;

	if (c >= 0x10000)
		return -1;
	for (i = 0; i < NPAGES; i++)
		if (pages[i] == c >> 8)
			return (int)i;
	return -1;
}

static void
die(const char *what, ucs4_t c)
{
	fprintf(stderr, "genfold: %s failed at U+%04X\n", what, (unsigned)c);
	exit(1);
}

/* Removes every general-category-M character and maps đ/Đ to d/D, the
 * two letters whose stroke NFD does not separate.  (Ð/ð are đ/Đ by now:
 * see look_alike.) */
static size_t
strip_marks(uint8_t *s, size_t n)
{
	size_t i = 0, o = 0;
	ucs4_t c;
	int k;

	while (i < n) {
		k = u8_mbtouc(&c, s + i, n - i);
		if (c == 0x0111 || c == 0x0110)
			s[o++] = c == 0x0111 ? 'd' : 'D';
		else if (!uc_is_general_category(c, UC_CATEGORY_M)) {
			memmove(s + o, s + i, (size_t)k);
			o += (size_t)k;
		}
		i += (size_t)k;
	}
	return o;
}

/* Ð/ð (eth) are typed, and scraped, for Đ/đ, and look the same: they fold
 * as Đ/đ in every mode, the exact one included, so that "Đà" finds "Ðà". */
static ucs4_t
look_alike(ucs4_t c)
{
	return c == 0x00D0 ? 0x0110 : c == 0x00F0 ? 0x0111 : c;
}

/* The fold of code point c alone, in mode m, into out (MAXOUT bytes). */
static size_t
fold_cp(ucs4_t c, int m, uint8_t *out)
{
	uint8_t in[6], *r;
	size_t rl = MAXOUT;
	int n;

	n = u8_uctomb(in, look_alike(c), sizeof in);
	if (n < 1)
		die("u8_uctomb", c);
	switch (m) {
	case M_EXACT:
		r = u8_normalize(UNINORM_NFC, in, (size_t)n, out, &rl);
		break;
	case M_CASE:
		r = u8_casefold(in, (size_t)n, NULL, UNINORM_NFC, out, &rl);
		break;
	case M_MARKS:
		r = u8_normalize(UNINORM_NFD, in, (size_t)n, out, &rl);
		break;
	default:
		r = u8_casefold(in, (size_t)n, NULL, UNINORM_NFD, out, &rl);
		break;
	}
	if (r != out)
		die("fold (result too long or error)", c);
	if (m == M_MARKS || m == M_ALL)
		rl = strip_marks(out, rl);
	return rl;
}

static int
unsafe0(ucs4_t c)
{
	return uc_combining_class(c) != 0 || backcomb[c];
}

static int
first_unsafe(const uint8_t *s, size_t n)
{
	ucs4_t c;

	if (n == 0)
		return 0;
	u8_mbtouc(&c, s, n);
	return unsafe0(c);
}

/* Whether c may not start a piece of text normalized on its own: it
 * reorders or composes backwards itself, or its decomposition or case fold
 * starts with something that does. */
static int
unsafe(ucs4_t c)
{
	uint8_t in[6], buf[MAXOUT], *r;
	size_t rl;
	int n;

	if (unsafe0(c))
		return 1;
	n = u8_uctomb(in, c, sizeof in);
	rl = sizeof buf;
	r = u8_normalize(UNINORM_NFD, in, (size_t)n, buf, &rl);
	if (r != buf)
		die("NFD", c);
	if (first_unsafe(buf, rl))
		return 1;
	rl = sizeof buf;
	r = u8_casefold(in, (size_t)n, NULL, UNINORM_NFD, buf, &rl);
	if (r != buf)
		die("casefold", c);
	return first_unsafe(buf, rl);
}

static int
identity(ucs4_t c)
{
	uint8_t in[6], out[MAXOUT];
	size_t rl;
	int m, n;

	n = u8_uctomb(in, c, sizeof in);
	for (m = 0; m < NMODES; m++) {
		rl = fold_cp(c, m, out);
		if (rl != (size_t)n || memcmp(in, out, rl) != 0)
			return 0;
	}
	return 1;
}

static void
print_bytes(const uint8_t *s, size_t n)
{
	size_t i;

	putchar('"');
	for (i = 0; i < n; i++) {
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == ' ')
			putchar(s[i]);
		else
			printf("\\%03o", s[i]);
	}
	putchar('"');
}

static int
is_surrogate(ucs4_t c)
{
	return c >= 0xD800 && c <= 0xDFFF;
}

int
main(void)
{
	ucs4_t c, d[UC_DECOMPOSITION_MAX_LENGTH], lo = 0;
	uint8_t out[MAXOUT];
	size_t p, rl, nranges = 0, i;
	int m, u, flag, inrange = 0, runsafe = 0, pageix[256];

	if ((backcomb = calloc(NCP, 1)) == NULL)
		die("calloc", 0);
	for (c = 0; c < NCP; c++)
		if (!is_surrogate(c) && uc_canonical_decomposition(c, d) == 2)
			backcomb[d[1]] = 1;

	printf("/*\n"
	    " * Generated by tests/tools/genfold.c from libunistring %d.%d.%d;\n"
	    " * do not edit.  See that file for how to regenerate and what the\n"
	    " * tables mean.\n"
	    " */\n\n", _libunistring_version >> 16,
	    (_libunistring_version >> 8) & 0xff, _libunistring_version & 0xff);
	printf("#define FOLD_NPAGES %zu\n", NPAGES);
	printf("#define FOLD_ENTRY_MAX %d\n", ENTRY_MAX);
	printf("#define FOLD_LENMASK 0x3f\n"
	    "#define FOLD_UNSAFE 0x40\t/* may not start a piece (NFC modes) */\n"
	    "#define FOLD_LONG 0x80\t/* result does not fit: ask libunistring */\n\n");
	printf("struct fold_ent {\n\tchar s[FOLD_ENTRY_MAX];\n"
	    "\tunsigned char len;\t/* length | FOLD_UNSAFE | FOLD_LONG */\n};\n\n");
	printf("struct fold_range {\n\tuint32_t lo, hi;\n"
	    "\tint unsafe;\n};\n\n");

	for (i = 0; i < 256; i++)
		pageix[i] = 0xff;
	for (p = 0; p < NPAGES; p++)
		pageix[pages[p]] = (int)p;
	printf("/* Page of a BMP code point's high byte, 0xff if none. */\n");
	printf("static const unsigned char fold_pageix[256] = {");
	for (i = 0; i < 256; i++)
		printf("%s0x%02x,", i % 8 == 0 ? "\n\t" : " ", pageix[i]);
	printf("\n};\n\n");

	printf("/* Per code point: EXACT, CASE, MARKS, ALL. */\n");
	printf("static const struct fold_ent "
	    "fold_tab[FOLD_NPAGES][256][4] = {\n");
	for (p = 0; p < NPAGES; p++) {
		printf("{\n");
		for (i = 0; i < 256; i++) {
			c = (ucs4_t)(pages[p] << 8 | i);
			u = unsafe(c);
			printf("/* %04X */ {", (unsigned)c);
			for (m = 0; m < NMODES; m++) {
				rl = fold_cp(c, m, out);
				flag = u ? 0x40 : 0;
				if (rl > ENTRY_MAX) {
					flag |= 0x80;
					rl = 0;
				}
				printf("%s{", m ? ", " : "");
				print_bytes(out, rl);
				printf(", %zu%s}", rl, flag == 0 ? "" :
				    flag == 0x40 ? " | FOLD_UNSAFE" :
				    flag == 0x80 ? " | FOLD_LONG" :
				    " | FOLD_UNSAFE | FOLD_LONG");
			}
			printf("},\n");
		}
		printf("},\n");
	}
	printf("};\n\n");

	printf("/* Outside the pages: the code points some mode changes or that\n"
	    " * are unsafe; everything else folds to itself in every mode. */\n");
	printf("static const struct fold_range fold_ranges[] = {\n");
	for (c = 0; c <= NCP; c++) {
		int interesting = 0;

		if (c < NCP && !is_surrogate(c) && page_of(c) < 0) {
			u = unsafe(c);
			interesting = u || !identity(c);
		} else
			u = 0;
		if (inrange && (!interesting || u != runsafe)) {
			printf("\t{ 0x%04X, 0x%04X, %d },\n", (unsigned)lo,
			    (unsigned)(c - 1), runsafe);
			nranges++;
			inrange = 0;
		}
		if (interesting && !inrange) {
			inrange = 1;
			lo = c;
			runsafe = u;
		}
	}
	printf("};\n");
	fprintf(stderr, "genfold: %zu ranges\n", nranges);
	free(backcomb);
	return 0;
}
