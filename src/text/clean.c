/*
 * clean: the load pipeline for untrusted bytes, and the excerpts that
 * quote them (see include/text/text.h).
 *
 * Every stage is one linear pass over a byte buffer into a fresh buffer.
 * Bulk text is ASCII and precomposed Vietnamese, so each pass copies runs
 * of "boring" bytes with memcpy and decodes UTF-8 only where a decision
 * depends on the code point; libunistring is asked only about the rare
 * characters (marks, emoji, odd scripts), never per byte.
 *
 * NFC works in chunks.  A code point in the inert set below (NFC-stable,
 * canonical combining class 0, never the second half of a canonical
 * composition) is a normalization boundary: nothing before it can combine
 * with it or be reordered across it.  So only the stretch from the code
 * point before a non-inert one up to the next inert one is handed to
 * u8_normalize; the rest is copied.  test_text.c proves the set against
 * the installed libunistring, code point by code point.
 */
#include "text.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <uniwidth.h>

#include "utf8.h"
#include "util.h"
#include "wrap.h"

#define DOTTED_CIRCLE 0x25CC

/* An output buffer that always keeps room for the final NUL. */
struct out {
	char	*p;
	size_t	 len, cap;
};

static void
out_init(struct out *o, size_t hint)
{
	if (hint > SIZE_MAX - 64)
		util_fatal("allocation overflow");
	o->cap = hint + 64;
	o->p = util_malloc(o->cap);
	o->len = 0;
}

static void
out_grow(struct out *o, size_t n)
{
	size_t cap = o->cap;

	while (cap - o->len <= n) {
		if (cap > SIZE_MAX / 2)
			util_fatal("allocation overflow");
		cap *= 2;
	}
	o->p = util_realloc(o->p, cap);
	o->cap = cap;
}

static inline void
out_reserve(struct out *o, size_t n)
{
	if (o->cap - o->len <= n)
		out_grow(o, n);
}

static inline void
out_add(struct out *o, const void *p, size_t n)
{
	if (n == 0)
		return;
	out_reserve(o, n);
	memcpy(o->p + o->len, p, n);
	o->len += n;
}

static inline void
out_addc(struct out *o, char c)
{
	out_reserve(o, 1);
	o->p[o->len++] = c;
}


static void
out_addcp(struct out *o, uint32_t cp)
{
	out_reserve(o, UTF8_MAX);
	o->len += utf8_encode(cp, o->p + o->len);
}


static char *
out_finish(struct out *o, size_t *outlen)
{
	out_reserve(o, 0);
	o->p[o->len] = '\0';
	if (outlen != NULL)
		*outlen = o->len;
	return o->p;
}

/* ------------------------------------------------------------------ */
/* Repair */

char *
text_repair(const char *in, size_t len, size_t *outlen)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0, run, k;
	uint32_t cp;
	struct out o;

	out_init(&o, len);
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	run = i;	/* start of the bytes to be copied verbatim */
	while (i < len) {
		unsigned char c = s[i];

		if (c < 0x80) {
			if (c != '\r') {
				i++;
				continue;
			}
			out_add(&o, s + run, i - run);
			out_addc(&o, '\n');
			i++;
			if (i < len && s[i] == '\n')
				i++;
			run = i;
			continue;
		}
		if ((k = utf8_decode(s + i, len - i, &cp)) != 0) {
			i += k;
			continue;
		}
		out_add(&o, s + run, i - run);
		out_add(&o, fffd, 3);
		run = ++i;
	}
	out_add(&o, s + run, i - run);
	return out_finish(&o, outlen);
}

/* ------------------------------------------------------------------ */
/* NFC */

/*
 * Code points that are normalization boundaries for NFC (see the top of
 * the file).  Deliberately small: Latin up to the combining marks,
 * Vietnamese, punctuation and symbols, emoji.  Holes: U+2000/2001,
 * U+2126, U+212A, U+212B, U+2329, U+232A are singletons that NFC replaces.
 */
static const struct { uint32_t lo, hi; } nfc_inert_ranges[] = {
	{ 0x2002, 0x20CF },	/* punctuation, super/subscripts, currency */
	{ 0x2100, 0x2125 },	/* letterlike ... */
	{ 0x2127, 0x2129 },
	{ 0x212C, 0x2328 },	/* ... number forms, arrows, math, technical */
	{ 0x232B, 0x27BF },	/* ... box drawing, shapes, dingbats */
	{ 0x2E00, 0x2E7F },	/* supplemental punctuation */
	{ 0xFFFD, 0xFFFD },	/* what text_repair inserts */
	{ 0x1F000, 0x1FAFF },	/* emoji and pictographs */
};

static inline int
nfc_inert(uint32_t cp)
{
	size_t i;

	if (cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF))
		return 1;
	if (cp < 0x2002)
		return 0;
	for (i = 0; i < sizeof nfc_inert_ranges / sizeof nfc_inert_ranges[0];
	    i++) {
		if (cp < nfc_inert_ranges[i].lo)
			return 0;
		if (cp <= nfc_inert_ranges[i].hi)
			return 1;
	}
	return 0;
}

/* Reads the code point at s[0..n) and says whether it is inert; a bad
 * byte counts as not inert (u8_normalize then deals with it). */
static inline int
nfc_step(const unsigned char *s, size_t n, size_t *k)
{
	uint32_t cp;

	if (s[0] < 0x80) {
		*k = 1;
		return 1;
	}
	if ((*k = utf8_decode(s, n, &cp)) == 0) {
		*k = 1;
		return 0;
	}
	return nfc_inert(cp);
}

/* A stretch of inert text shorter than this between two non-inert code
 * points is normalized with them, to call u8_normalize less often on
 * decomposed text. */
#define NFC_MERGE 32

static void
nfc_chunk(struct out *o, const unsigned char *s, size_t n)
{
	uint8_t buf[512], *r;
	size_t rlen = sizeof buf;

	r = u8_normalize(UNINORM_NFC, s, n, buf, &rlen);
	if (r == NULL) {
		if (errno == ENOMEM)
			util_fatal("out of memory normalizing text");
		out_add(o, s, n);	/* not reached on valid input */
		return;
	}
	out_add(o, r, rlen);
	if (r != buf)
		free(r);
}

char *
text_nfc(const char *in, size_t len, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0, prev = 0, run = 0, k;
	struct out o;

	out_init(&o, len);
	while (i < len) {
		size_t start, j;

		if (s[i] < 0x80) {
			prev = i++;
			continue;
		}
		if (nfc_step(s + i, len - i, &k)) {
			prev = i;
			i += k;
			continue;
		}
		/* The code point before may compose with this one; it is
		 * inert, so the chunk may start there. */
		start = i > run ? prev : i;
		j = i + k;
		for (;;) {
			size_t m;

			while (j < len && !nfc_step(s + j, len - j, &k))
				j += k;
			if (j >= len)
				break;
			/* j is inert: a boundary.  Merge a short inert gap
			 * that is followed by more work. */
			m = j;
			while (m < len && m - j < NFC_MERGE &&
			    nfc_step(s + m, len - m, &k))
				m += k;
			if (m < len && m - j < NFC_MERGE) {
				j = m;
				continue;
			}
			break;
		}
		out_add(&o, s + run, start - run);
		nfc_chunk(&o, s + start, j - start);
		run = prev = i = j;
	}
	out_add(&o, s + run, len - run);
	return out_finish(&o, outlen);
}

/* ------------------------------------------------------------------ */
/* Sanitize */

static int
is_marker_cp(uint32_t cp)
{
	if (cp >= 0x80 && cp <= 0x9F)
		return 1;
	if (cp == 0x061C || cp == 0x200E || cp == 0x200F)
		return 1;
	if (cp >= 0x2028 && cp <= 0x202E)
		return 1;
	return cp >= 0x2066 && cp <= 0x2069;
}

/* Columns of s[0..n) (valid UTF-8 without controls), as uc_width sees
 * them. */
static size_t
columns(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0, cols = 0, k;
	uint32_t cp;
	int w;

	while (i < n) {
		if (s[i] < 0x80) {
			cols++;
			i++;
			continue;
		}
		k = utf8_get(s + i, n - i, &cp);
		i += k;
		if ((w = uc_width(cp, "UTF-8")) > 0)
			cols += (size_t)w;
	}
	return cols;
}

/* "<U+XXXX>", with as many hex digits as the code point needs (4 to 6). */
static void
add_marker(struct out *o, uint32_t cp)
{
	static const char hex[] = "0123456789ABCDEF";
	int digits = cp > 0xFFFFF ? 6 : cp > 0xFFFF ? 5 : 4;

	out_add(o, "<U+", 3);
	while (digits-- > 0)
		out_addc(o, hex[(cp >> (4 * digits)) & 0xF]);
	out_addc(o, '>');
}

/*
 * text_sanitize; *renorm (when not NULL) is set when a character dropped
 * stood between a base and its mark: the two meet only now, after NFC,
 * and may compose.
 */
static char *
sanitize(const char *in, size_t len, int flags, size_t *outlen, int *renorm)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0, k, col = 0, colpos = 0;
	uint32_t cp;
	int nobase = 1;		/* a combining mark here would have no base */
	int dropped = 0;	/* the last code point seen was dropped */
	struct out o;

	out_init(&o, len + len / 16);
	while (i < len) {
		size_t st = i;
		unsigned char c;

		while (i < len && s[i] >= 0x20 && s[i] < 0x7F)
			i++;
		if (i > st) {
			out_add(&o, s + st, i - st);
			nobase = dropped = 0;
			if (i >= len)
				break;
		}
		c = s[i];
		if (c < 0x80) {
			i++;
			dropped = 0;
			if (c == '\n') {
				out_addc(&o, flags & TEXT_KEEP_LF ? '\n' : ' ');
				col = 0;
				colpos = o.len;
				nobase = 1;
			} else if (c == '\t') {
				size_t n;

				col += columns(o.p + colpos, o.len - colpos);
				n = 8 - col % 8;
				out_reserve(&o, n);
				memset(o.p + o.len, ' ', n);
				o.len += n;
				col += n;
				colpos = o.len;
				nobase = 0;
			} else {
				out_addc(&o, '^');
				out_addc(&o, c == 0x7F ? '?' : (char)(c + 0x40));
				nobase = 1;
			}
			continue;
		}
		k = utf8_get(s + i, len - i, &cp);
		i += k;
		if (cp >= 0x2000 || cp < 0xA0 || cp == 0xAD || cp == 0x61C) {
			if (is_marker_cp(cp)) {
				add_marker(&o, cp);
				nobase = 1;
				dropped = 0;
				continue;
			}
			/*
			 * Soft hyphen, VS15, VS16 and U+FEFF (a BOM that was
			 * not at the start) have no width and no business
			 * here.  Nor has ZWJ: ncurses stores it, width 0,
			 * in the cell before, but tmux 3.3a then merges the
			 * next non-ASCII character into that cell too, in
			 * every script (Latin, Devanagari, Arabic alike), so
			 * a ZWJ anywhere shifts the rest of the row.  What
			 * it asks for (an emoji sequence, a half form, a
			 * joining form) a terminal does not draw anyway.
			 */
			if (cp == 0xAD || cp == 0xFE0E || cp == 0xFE0F ||
			    cp == 0xFEFF || cp == 0x200D) {
				dropped = 1;
				continue;
			}
		}
		/* glibc's wcwidth is -1 for unassigned code points and ncurses
		 * then draws its own escape of unknown width: show them as
		 * markers instead.  Vietnamese letters skip the lookup. */
		if (cp >= 0x370 && (cp < 0x1E00 || cp > 0x1EFF) &&
		    uc_is_general_category(cp, UC_CATEGORY_Cn)) {
			add_marker(&o, cp);
			nobase = 1;
			dropped = 0;
			continue;
		}
		if ((nobase || dropped) && cp >= 0x300 &&
		    uc_is_general_category(cp, UC_CATEGORY_M)) {
			if (nobase)
				out_addcp(&o, DOTTED_CIRCLE);
			else if (renorm != NULL)
				*renorm = 1;
		}
		if (cp == UTF8_REPLACEMENT && k == 1)
			out_addcp(&o, cp);
		else
			out_add(&o, s + i - k, k);
		nobase = dropped = 0;
	}
	return out_finish(&o, outlen);
}

char *
text_sanitize(const char *in, size_t len, int flags, size_t *outlen)
{
	return sanitize(in, len, flags, outlen, NULL);
}

/* ------------------------------------------------------------------ */
/* The pipeline */

static int
trim_space_at(const char *s, size_t i, size_t len)
{
	if (s[i] == ' ')
		return 1;
	if (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
	    (unsigned char)s[i + 1] == 0xA0)
		return 2;
	return 0;
}

char *
text_clean(const char *in, size_t len, int flags, size_t *outlen)
{
	char *a, *b;
	size_t alen, blen, lead = 0, k;
	int renorm = 0;

	if (flags & TEXT_REPAIRED)
		b = text_nfc(in, len, &blen);
	else {
		a = text_repair(in, len, &alen);
		b = text_nfc(a, alen, &blen);
		free(a);
	}
	a = sanitize(b, blen, flags & TEXT_KEEP_LF, &alen, &renorm);
	free(b);
	if (renorm) {
		b = text_nfc(a, alen, &blen);
		free(a);
		a = b;
		alen = blen;
	}
	if (flags & TEXT_DESEGMENT) {
		b = text_desegment(a, alen, &blen);
		free(a);
		a = b;
		alen = blen;
	}
	if (!(flags & TEXT_KEEP_LF)) {
		while (lead < alen && (k = trim_space_at(a, lead, alen)) != 0)
			lead += k;
		for (;;) {
			if (alen > lead && a[alen - 1] == ' ')
				alen--;
			else if (alen >= lead + 2 &&
			    (unsigned char)a[alen - 2] == 0xC2 &&
			    (unsigned char)a[alen - 1] == 0xA0)
				alen -= 2;
			else
				break;
		}
		memmove(a, a + lead, alen - lead);
		alen -= lead;
		a[alen] = '\0';
		/* The space trimmed was a combining mark's base: give it the
		 * one text_sanitize gives marks with no base, so cleaning
		 * the result again changes nothing. */
		if (lead > 0 && alen > 0) {
			uint32_t c;

			utf8_get((const unsigned char *)a, alen, &c);
			if (c >= 0x300 && uc_is_general_category(c,
			    UC_CATEGORY_M)) {
				char *b2 = util_malloc(alen + 4);

				memcpy(b2, "\xe2\x97\x8c", 3);
				memcpy(b2 + 3, a, alen + 1);
				free(a);
				a = b2;
				alen += 3;
			}
		}
	}
	if (outlen != NULL)
		*outlen = alen;
	return a;
}

char *
text_excerpt(const char *s, size_t len, size_t max)
{
	size_t n, cut, next;
	char *t = text_clean(s, len, 0, &n), *r;

	if (n <= max)
		return t;
	/* Whole grapheme clusters, as the reader draws them: a cut between
	 * a letter and its marks, or an emoji and its skin tone, would
	 * quote something that is not in the text. */
	cut = 0;
	while ((next = wrap_next_grapheme(t, n, cut)) <= max)
		cut = next;
	r = util_malloc(cut + sizeof "…");
	memcpy(r, t, cut);
	memcpy(r + cut, "…", sizeof "…");
	free(t);
	return r;
}

