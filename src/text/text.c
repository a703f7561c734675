/*
 * text: the load pipeline for untrusted bytes (see include/text/text.h).
 *
 * Every stage is one linear pass over a byte buffer into a fresh buffer.
 * Bulk text is ASCII and precomposed Vietnamese, so each pass copies runs
 * of "boring" bytes with memcpy and decodes UTF-8 itself only where a
 * decision depends on the code point; libunistring is asked only about
 * the rare characters (marks, emoji, odd scripts), never per byte.
 *
 * NFC works in chunks.  A code point in the inert set below (NFC-stable,
 * canonical combining class 0, never the second half of a canonical
 * composition) is a normalization boundary: nothing before it can combine
 * with it or be reordered across it.  So only the stretch from the code
 * point before a non-inert one up to the next inert one is handed to
 * u8_normalize; the rest is copied.  test_text.c proves the set against
 * the installed libunistring, code point by code point.
 *
 * Desegmentation works line by line on tokens (runs of non-blanks) and
 * the gaps between them: a gap is dropped or kept as a whole, and an
 * underscore becomes a space in place, so the output is never longer
 * than the input.
 */
#include "text.h"
#include "util.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <uniwidth.h>

#define REPLACEMENT 0xFFFD
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
	unsigned char *d;

	out_reserve(o, 4);
	d = (unsigned char *)o->p + o->len;
	if (cp < 0x80) {
		d[0] = (unsigned char)cp;
		o->len += 1;
	} else if (cp < 0x800) {
		d[0] = (unsigned char)(0xC0 | (cp >> 6));
		d[1] = (unsigned char)(0x80 | (cp & 0x3F));
		o->len += 2;
	} else if (cp < 0x10000) {
		d[0] = (unsigned char)(0xE0 | (cp >> 12));
		d[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		d[2] = (unsigned char)(0x80 | (cp & 0x3F));
		o->len += 3;
	} else {
		d[0] = (unsigned char)(0xF0 | (cp >> 18));
		d[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		d[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		d[3] = (unsigned char)(0x80 | (cp & 0x3F));
		o->len += 4;
	}
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

/*
 * Decodes one shortest-form, non-surrogate scalar value of at most
 * U+10FFFF from s[0..n), n >= 1.  Returns its length, or 0 when s[0] does
 * not start one; the caller then consumes exactly one byte, which is what
 * makes every pass advance on any input.
 */
static inline size_t
utf8_dec(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2)
		return 0;
	if (c < 0xE0) {
		if (n < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0) {
		if (c == 0xE0)
			lo = 0xA0;	/* overlong */
		else if (c == 0xED)
			hi = 0x9F;	/* surrogates */
		if (n < 3 || s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x0F) << 12) |
		    ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		return 3;
	}
	if (c < 0xF5) {
		if (c == 0xF0)
			lo = 0x90;	/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;	/* beyond U+10FFFF */
		if (n < 4 || s[1] < lo || s[1] > hi ||
		    (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x07) << 18) |
		    ((uint32_t)(s[1] & 0x3F) << 12) |
		    ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return 4;
	}
	return 0;
}

/* Like utf8_dec, for input that should be valid: a bad byte reads as
 * U+FFFD of length 1. */
static inline size_t
utf8_get(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t k = utf8_dec(s, n, cp);

	if (k == 0) {
		*cp = REPLACEMENT;
		k = 1;
	}
	return k;
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
		if ((k = utf8_dec(s + i, len - i, &cp)) != 0) {
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
	if ((*k = utf8_dec(s, n, &cp)) == 0) {
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

static int
is_emoji_tail(uint32_t cp)
{
	return cp == 0xFE0F || uc_is_property_emoji_modifier(cp) ||
	    uc_is_property_extended_pictographic(cp);
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

char *
text_sanitize(const char *in, size_t len, int flags, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0, k, col = 0, colpos = 0;
	uint32_t cp, last = 0;
	int nobase = 1;		/* a combining mark here would have no base */
	struct out o;

	out_init(&o, len + len / 16);
	while (i < len) {
		size_t st = i;
		unsigned char c;

		while (i < len && s[i] >= 0x20 && s[i] < 0x7F)
			i++;
		if (i > st) {
			out_add(&o, s + st, i - st);
			nobase = 0;
			last = s[i - 1];
			if (i >= len)
				break;
		}
		c = s[i];
		if (c < 0x80) {
			i++;
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
			last = c;
			continue;
		}
		k = utf8_get(s + i, len - i, &cp);
		i += k;
		if (cp >= 0x2000 || cp < 0xA0 || cp == 0xAD || cp == 0x61C) {
			if (is_marker_cp(cp)) {
				add_marker(&o, cp);
				nobase = 1;
				last = cp;
				continue;
			}
			/* Soft hyphen, VS15, and U+FEFF: a BOM that was not
			 * at the start has no width and no business here. */
			if (cp == 0xAD || cp == 0xFE0E || cp == 0xFEFF)
				continue;
			if (cp == 0xFE0F) {
				/* Dropped, but a ZWJ after it still belongs
				 * to an emoji sequence. */
				last = cp;
				continue;
			}
			if (cp == 0x200D && is_emoji_tail(last)) {
				last = cp;
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
			last = cp;
			continue;
		}
		if (nobase && cp >= 0x300 &&
		    uc_is_general_category(cp, UC_CATEGORY_M))
			out_addcp(&o, DOTTED_CIRCLE);
		if (cp == REPLACEMENT && k == 1)
			out_addcp(&o, cp);
		else
			out_add(&o, s + i - k, k);
		nobase = 0;
		last = cp;
	}
	return out_finish(&o, outlen);
}

/* ------------------------------------------------------------------ */
/* Word segmentation */

/* strchr would also find the NUL. */
static inline int
in_set(char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

static inline int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static inline int
ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

static inline int
ascii_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
ascii_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

/* Latin letters, including all of Vietnamese, without a table lookup. */
static inline int
latin_letter(uint32_t cp)
{
	if (cp < 0x80)
		return ascii_upper((unsigned char)cp) ||
		    ascii_lower((unsigned char)cp);
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	    (cp >= 0x1E00 && cp <= 0x1EFF);
}

static inline int
is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return cp == '_' || ascii_alnum((unsigned char)cp);
	if (latin_letter(cp))
		return 1;
	return uc_is_alnum(cp) || uc_is_general_category(cp, UC_CATEGORY_M);
}

static inline int
is_letter_cp(uint32_t cp)
{
	if (latin_letter(cp))
		return 1;
	if (cp < 0x80)
		return 0;
	return uc_is_alpha(cp) || uc_is_general_category(cp, UC_CATEGORY_M);
}

/* URLs, e-mail addresses and handles keep their underscores. */
static int
is_urlish(const char *t, size_t n)
{
	const char *c = t, *end = t + n;

	if (memchr(t, '@', n) != NULL)
		return 1;
	/* "(www.x_y.vn)": the host may follow brackets or quotes. */
	while (c < end && strchr("([{\"'<", *c) != NULL && *c != '\0')
		c++;
	if (end - c >= 4 && (memcmp(c, "www.", 4) == 0 ||
	    memcmp(c, "WWW.", 4) == 0))
		return 1;
	c = t;
	while ((c = memchr(c, ':', (size_t)(end - c))) != NULL) {
		if (end - c >= 3 && c[1] == '/' && c[2] == '/')
			return 1;
		c++;
	}
	return 0;
}

/*
 * Whether p[0..n) is a Vietnamese syllable written without diacritics
 * (an, ninh, chanh, quyen, nghieng), lower case but perhaps capitalised:
 * onset, vowel cluster, final consonant.  Few English or code words pass
 * (user, id, max, size, file, config do not).
 */
static int
ascii_viet_syllable(const char *p, size_t n)
{
	static const char *const onsets[] = {
		"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th",
		"tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s",
		"t", "v", "x", "",
	};
	static const char *const nuclei[] = {
		"ieu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye",
		"uyu", "yeu", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie",
		"iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy",
		"ye", "a", "e", "i", "o", "u", "y",
	};
	static const char *const finals[] = {
		"ng", "nh", "ch", "c", "m", "n", "p", "t", "",
	};
	char w[8];
	size_t i, a, b, c, on, nn, fn;

	if (n == 0 || n > sizeof w)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)p[i];

		if (i == 0 && ascii_upper(ch))
			ch = (unsigned char)(ch - 'A' + 'a');
		if (!ascii_lower(ch))
			return 0;
		w[i] = (char)ch;
	}
	for (a = 0; a < sizeof onsets / sizeof onsets[0]; a++) {
		on = strlen(onsets[a]);
		if (on > n || memcmp(w, onsets[a], on) != 0)
			continue;
		for (b = 0; b < sizeof nuclei / sizeof nuclei[0]; b++) {
			nn = strlen(nuclei[b]);
			if (on + nn > n || memcmp(w + on, nuclei[b], nn) != 0)
				continue;
			/* Spelling: k, gh, ngh before e, i, y; c, ng
			 * (and g, but for gi) never. */
			if (in_set(w[on], "eiy") ?
			    strcmp(onsets[a], "c") == 0 ||
			    strcmp(onsets[a], "ng") == 0 ||
			    (strcmp(onsets[a], "g") == 0 && w[on] != 'i') :
			    strcmp(onsets[a], "k") == 0 ||
			    strcmp(onsets[a], "gh") == 0 ||
			    strcmp(onsets[a], "ngh") == 0)
				continue;
			for (c = 0; c < sizeof finals / sizeof finals[0]; c++) {
				fn = strlen(finals[c]);
				if (on + nn + fn != n ||
				    memcmp(w + on + nn, finals[c], fn) != 0)
					continue;
				/* ch, nh only after a, e, i, y */
				if (fn == 2 && finals[c][1] == 'h' &&
				    !in_set(w[on + nn - 1], "aeiy"))
					continue;
				return 1;
			}
		}
	}
	return 0;
}

/*
 * An all-ASCII run with underscores is somebody's identifier unless it is
 * a name, every part a capitalised word and one with lower case
 * (Fumio_Kishida, Smart_JAMP; not user_id, MAX_SIZE), or a Vietnamese
 * word whose syllables happen to carry no diacritics (an_ninh, cho_hay).
 * A run glued to path or member syntax (a.b_c, Foo_Bar.txt, /x_y) is code
 * whatever it looks like.
 */
static int
ascii_run_is_word(const char *t, size_t n, size_t rs, size_t re)
{
	size_t i, p;
	int lower = 0, name = 1, viet = 1;

	if (rs > 0 && in_set(t[rs - 1], "./\\$"))
		return 0;
	if (re < n && (in_set(t[re], "/\\(=") ||
	    (t[re] == '.' && re + 1 < n &&
	    ascii_alnum((unsigned char)t[re + 1]))))
		return 0;
	for (p = i = rs; i <= re; i++) {
		if (i < re && t[i] != '_') {
			if (i == p) {
				if (!ascii_upper((unsigned char)t[i]))
					name = 0;
			} else if (ascii_lower((unsigned char)t[i]))
				lower = 1;
			else if (!ascii_upper((unsigned char)t[i]))
				name = 0;
			continue;
		}
		if (i == p)
			return 0;	/* empty part: __x, a__b, x_ */
		if (viet && !ascii_viet_syllable(t + p, i - p))
			viet = 0;
		p = i + 1;
	}
	return (name && lower) || viet;
}

/*
 * Finds the underscores of token t[0..n) that join the syllables of one
 * word.  When out is not NULL, t is copied there with those underscores
 * turned into spaces.  Returns how many there are.
 */
static size_t
deseg_token(const char *t, size_t n, char *out)
{
	const unsigned char *s = (const unsigned char *)t;
	size_t i = 0, count = 0, k;
	uint32_t cp;

	if (out != NULL)
		memcpy(out, t, n);
	if (memchr(t, '_', n) == NULL || is_urlish(t, n))
		return 0;
	while (i < n) {
		size_t rs, re, j;
		int ascii = 1, under = 0;
		uint32_t prev;

		k = utf8_get(s + i, n - i, &cp);
		if (!is_word_cp(cp)) {
			i += k;
			continue;
		}
		rs = i;
		while (i < n) {
			k = utf8_get(s + i, n - i, &cp);
			if (!is_word_cp(cp))
				break;
			if (cp >= 0x80)
				ascii = 0;
			else if (cp == '_')
				under = 1;
			i += k;
		}
		re = i;
		if (!under)
			continue;
		if (ascii) {
			if (!ascii_run_is_word(t, n, rs, re))
				continue;
			for (j = rs; j < re; j++) {
				if (t[j] != '_')
					continue;
				count++;
				if (out != NULL)
					out[j] = ' ';
			}
			continue;
		}
		/* Vietnamese: an underscore between two letters. */
		prev = 0;
		for (j = rs; j < re; j += k) {
			k = utf8_get(s + j, re - j, &cp);
			if (cp == '_' && j + 1 < re && is_letter_cp(prev)) {
				uint32_t next;

				utf8_get(s + j + 1, re - j - 1, &next);
				if (is_letter_cp(next)) {
					count++;
					if (out != NULL)
						out[j] = ' ';
				}
			}
			prev = cp;
		}
	}
	return count;
}

enum { PUNCT_NONE, PUNCT_CLOSE, PUNCT_OPEN };

/* Classifies the punctuation code point cp for spacing. */
static int
punct_kind(uint32_t cp)
{
	switch (cp) {
	case ',': case '.': case ';': case ':': case '!': case '?':
	case ')': case ']': case '}': case '%':
	case 0x2026:	/* … */
	case 0x201D:	/* ” */
	case 0x2019:	/* ’ */
	case 0x00BB:	/* » */
		return PUNCT_CLOSE;
	case '(': case '[': case '{':
	case 0x201C:	/* “ */
	case 0x2018:	/* ‘ */
	case 0x00AB:	/* « */
		return PUNCT_OPEN;
	}
	return PUNCT_NONE;
}

/* Whether the token t[0..n) starts with closing punctuation that is not
 * the start of a word (".NET" is a word). */
static int
token_closes(const char *t, size_t n)
{
	const unsigned char *s = (const unsigned char *)t;
	uint32_t cp, next;
	size_t k = utf8_get(s, n, &cp);

	if (punct_kind(cp) != PUNCT_CLOSE)
		return 0;
	if (k >= n)
		return 1;
	utf8_get(s + k, n - k, &next);
	return !is_word_cp(next) || next == '_';
}

/* Whether the token t[0..n) ends with opening punctuation that does not
 * end a word ("f(" does). */
static int
token_opens(const char *t, size_t n)
{
	const unsigned char *s = (const unsigned char *)t;
	size_t b = n - 1, k;
	uint32_t cp, prev;

	while (b > 0 && (s[b] & 0xC0) == 0x80)
		b--;
	utf8_get(s + b, n - b, &cp);
	if (punct_kind(cp) != PUNCT_OPEN)
		return 0;
	if (b == 0)
		return 1;
	k = b - 1;
	while (k > 0 && (s[k] & 0xC0) == 0x80)
		k--;
	utf8_get(s + k, b - k, &prev);
	return !is_word_cp(prev);
}

/* Where the next token of l[0..n) at or after i starts, or n. */
static size_t
next_token(const char *l, size_t n, size_t i)
{
	while (i < n && is_blank(l[i]))
		i++;
	return i;
}

static inline int
ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Cheap first looks at a token's first and last byte, before decoding. */
static inline int
may_close(unsigned char c)
{
	switch (c) {
	case ',': case '.': case ';': case ':': case '!': case '?':
	case ')': case ']': case '}': case '%':
	case 0xE2:	/* leads … ” ’ */
	case 0xC2:	/* leads » */
		return 1;
	}
	return 0;
}

static inline int
may_open(unsigned char c)
{
	/* “ and ‘ end in 0x9C and 0x98, « in 0xAB */
	return c == '(' || c == '[' || c == '{' || c == 0x9C || c == 0x98 ||
	    c == 0xAB;
}

/*
 * One pass over the whole text; an LF ends a paragraph line and resets
 * the quote count.  For each token: whether the gap before it goes, and
 * whether the gap after it must.
 */
char *
text_desegment(const char *in, size_t len, size_t *outlen)
{
	char *out = util_malloc(len + 1);
	size_t i = 0, o = 0, quotes = 0;
	int have_prev = 0, glue_next = 0, prev_digit = 0;

	while (i < len) {
		size_t g = i, t, tn, q = 0;
		int drop, opens = 0, under = 0;

		i = next_token(in, len, i);
		if (i >= len || in[i] == '\n') {
			memcpy(out + o, in + g, i - g);	/* trailing blanks */
			o += i - g;
			if (i < len)
				out[o++] = in[i++];
			quotes = 0;
			have_prev = glue_next = prev_digit = 0;
			continue;
		}
		for (t = i; i < len; i++) {
			char c = in[i];

			if (c == ' ' || c == '\t' || c == '\n')
				break;
			if (c == '"')
				q++;
			else if (c == '_')
				under = 1;
		}
		tn = i - t;

		drop = glue_next;
		glue_next = 0;
		if (tn == 1 && q == 1) {
			/* Odd quotes open, even ones close. */
			if (++quotes % 2 == 1)
				opens = 1;
			else
				drop = 1;
		} else {
			quotes += q;
			if (may_close((unsigned char)in[t]) &&
			    token_closes(in + t, tn))
				drop = 1;
			if (may_open((unsigned char)in[i - 1]))
				opens = token_opens(in + t, tn);
			/* Dates as the segmenter leaves them: 27-30 / 11. */
			if (tn == 1 && in[t] == '/' && prev_digit) {
				size_t nx = next_token(in, len, i);

				if (nx < len && ascii_digit(in[nx])) {
					drop = 1;
					glue_next = 1;
				}
			}
		}
		if (!have_prev || !drop) {
			memcpy(out + o, in + g, t - g);
			o += t - g;
		}
		if (under)
			deseg_token(in + t, tn, out + o);
		else
			memcpy(out + o, in + t, tn);
		o += tn;
		if (opens)
			glue_next = 1;
		prev_digit = ascii_digit(in[i - 1]);
		have_prev = 1;
	}
	out[o] = '\0';
	if (outlen != NULL)
		*outlen = o;
	return out;
}

/*
 * Segmented text joins the syllables of most words with underscores and
 * sets commas and full stops off with spaces.  Counted per token:
 *   joined   tokens with at least one underscore that text_desegment
 *            would turn into a space (so user_id does not count);
 *   spaced   tokens that are just "," or ".";
 *   glued    tokens ending in a comma or full stop after a word.
 * Looks segmented: at least 2 joined tokens making 8% or more of all
 * tokens (Vietnamese segmented prose has 30-50%), and at least as many
 * spaced as glued punctuation.  A short string (up to 8 tokens, a title)
 * needs only one joined token and no glued punctuation.
 */
int
text_looks_segmented(const char *in, size_t len)
{
	size_t i = 0, tokens = 0, joined = 0, spaced = 0, glued = 0;

	while (i < len) {
		size_t t;
		int under;

		while (i < len && (is_blank(in[i]) || in[i] == '\n'))
			i++;
		if (i >= len)
			break;
		under = 0;
		for (t = i; i < len; i++) {
			if (is_blank(in[i]) || in[i] == '\n')
				break;
			if (in[i] == '_')
				under = 1;
		}
		tokens++;
		if (i - t == 1 && (in[t] == ',' || in[t] == '.'))
			spaced++;
		else if (i - t > 1 && (in[i - 1] == ',' || in[i - 1] == '.') &&
		    (ascii_alnum((unsigned char)in[i - 2]) ||
		    (unsigned char)in[i - 2] >= 0x80))
			glued++;
		if (under && deseg_token(in + t, i - t, NULL) > 0)
			joined++;
	}
	if (joined == 0)
		return 0;
	if (tokens <= 8)
		return glued == 0;
	return joined >= 2 && joined * 100 >= tokens * 8 && spaced >= glued;
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

	if (flags & TEXT_REPAIRED)
		b = text_nfc(in, len, &blen);
	else {
		a = text_repair(in, len, &alen);
		b = text_nfc(a, alen, &blen);
		free(a);
	}
	a = text_sanitize(b, blen, flags & TEXT_KEEP_LF, &alen);
	free(b);
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
	size_t n, cut;
	char *t = text_clean(s, len, 0, &n), *r;

	if (n <= max)
		return t;
	cut = max;
	while (cut > 0 && ((unsigned char)t[cut] & 0xC0) == 0x80)
		cut--;
	r = util_malloc(cut + sizeof "…");
	memcpy(r, t, cut);
	memcpy(r + cut, "…", sizeof "…");
	free(t);
	return r;
}

/* ------------------------------------------------------------------ */
/* Sentences */

static inline int
is_sentence_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

/*
 * Abbreviations that end in a full stop without ending a sentence: titles
 * before names (PGS. TS. Nguyễn Văn A, Tp. Hồ Chí Minh) and a few English
 * ones.  A single capital letter (an initial) counts too.  Kept short on
 * purpose: a wrong guess only makes one passage a sentence longer.
 */
static const char *const abbreviations[] = {
	"BS", "Dr", "GS", "KS", "Mr", "Mrs", "Ms", "PGS", "St", "TP", "TS",
	"ThS", "Tp", "tr",
};

static int
is_abbreviation(const char *w, size_t n)
{
	size_t i;

	if (n == 1 && ascii_upper((unsigned char)w[0]))
		return 1;
	for (i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++)
		if (strlen(abbreviations[i]) == n &&
		    memcmp(abbreviations[i], w, n) == 0)
			return 1;
	return 0;
}

/* Whether a sentence ends just before s[e]: a terminator, then perhaps
 * closing quotes or brackets, then s[e] (white space). */
static int
ends_before(const char *s, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = e, w;

	for (;;) {
		if (j > 0 && in_set(s[j - 1], ")]}\"'"))
			j--;
		else if (j >= 3 && u[j - 3] == 0xE2 && u[j - 2] == 0x80 &&
		    (u[j - 1] == 0x9D || u[j - 1] == 0x99))
			j -= 3;		/* ” ’ */
		else if (j >= 2 && u[j - 2] == 0xC2 && u[j - 1] == 0xBB)
			j -= 2;		/* » */
		else
			break;
	}
	if (j == 0)
		return 0;
	if (s[j - 1] == '!' || s[j - 1] == '?')
		return 1;
	if (j >= 3 && u[j - 3] == 0xE2 && u[j - 2] == 0x80 && u[j - 1] == 0xA6)
		return 1;	/* … */
	if (s[j - 1] != '.')
		return 0;
	w = j - 1;
	while (w > 0 && (ascii_upper(u[w - 1]) || ascii_lower(u[w - 1])))
		w--;
	if (w < j - 1 && (w == 0 || (!ascii_alnum(u[w - 1]) &&
	    u[w - 1] < 0x80)) && is_abbreviation(s + w, j - 1 - w))
		return 0;
	return 1;
}

void
text_sentence(const char *s, size_t len, size_t pos, size_t *start,
    size_t *end)
{
	size_t i, b = 0, e = len;

	if (pos > len)
		pos = len;
	for (i = pos; i > 0; i--) {
		if (is_sentence_space(s[i - 1]) && ends_before(s, i - 1)) {
			b = i - 1;
			break;
		}
	}
	while (b < len && is_sentence_space(s[b]))
		b++;
	for (i = b; i < len; i++) {
		if (is_sentence_space(s[i]) && ends_before(s, i)) {
			e = i;
			break;
		}
	}
	*start = b;
	*end = e < b ? b : e;
}
