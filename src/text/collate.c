/*
 * collate: Vietnamese sort keys (see include/text/collate.h).
 *
 * The text is decomposed (NFD), so NFC and NFD spellings give one key,
 * and cut into units: a base character and the combining marks after it.
 * Each unit gives one weight at each of three levels:
 *
 *   primary    the letter.  A vowel-quality mark (breve on a; circumflex
 *              on a, e, o; horn on o, u) is part of it, because ă â ê ô ơ
 *              ư are letters of their own; đ has no decomposition.
 *   secondary  the tone mark: none, huyền, hỏi, ngã, sắc, nặng; marks
 *              foreign to Vietnamese follow the tone, by code point.
 *   tertiary   lowercase before uppercase.
 *
 * The key is every primary, a 0 byte, every secondary, a 0 byte, every
 * tertiary.  A weight is a lead byte (never 0) that says how many payload
 * bytes follow, so a separator is only ever compared with a lead byte and
 * a string that is a prefix of another sorts first, as memcmp with the
 * shorter key first requires.
 */
#include "collate.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "util.h"

/* Primary lead bytes, in sort order. */
enum {
	P_SPACE = 0x01,		/* any white space */
	P_ASCII_PUNCT = 0x02,	/* + the ASCII byte */
	P_PUNCT = 0x03,		/* + code point, 3 bytes: other P* and S* */
	P_DIGIT = 0x10,		/* + 0..9 */
	P_LETTER = 0x20,	/* + index in the alphabet below */
	P_OTHER = 0xf0		/* + lowercased code point, 3 bytes */
};

/*
 * The alphabet: a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t
 * u ư v (w) x y (z).  Indices of the letters with a mark:
 */
enum {
	L_A_BREVE = 1, L_A_CIRC = 2, L_D_STROKE = 6, L_E_CIRC = 8,
	L_O_CIRC = 19, L_O_HORN = 20, L_U_HORN = 27
};

/* Index of each ASCII letter a..z. */
static const unsigned char latin_index[26] = {
	0, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15, 16,	/* a..m */
	17, 18, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31, 32	/* n..z */
};

/* Secondary: the tone, then marks that are not Vietnamese. */
enum {
	S_NONE = 1, S_HUYEN, S_HOI, S_NGA, S_SAC, S_NANG,
	S_MARK			/* + code point, 3 bytes */
};

enum { T_LOWER = 1, T_UPPER = 2 };

#define BREVE		0x0306
#define CIRCUMFLEX	0x0302
#define HORN		0x031b

/* Where the three levels are written before they are joined. */
struct levels {
	unsigned char *p, *s, *t;
	size_t np, ns, nt;
};

static void
put3(unsigned char *out, ucs4_t c)
{
	out[0] = (unsigned char)(c >> 16);
	out[1] = (unsigned char)(c >> 8);
	out[2] = (unsigned char)c;
}

static int
tone_of(ucs4_t m)
{
	switch (m) {
	case 0x0300:
		return S_HUYEN;
	case 0x0309:
		return S_HOI;
	case 0x0303:
		return S_NGA;
	case 0x0301:
		return S_SAC;
	case 0x0323:
		return S_NANG;
	}
	return 0;
}

/* The letter that mark m makes of letter l, or -1. */
static int
with_quality(int l, ucs4_t m)
{
	switch (l) {
	case 0:			/* a */
		return m == BREVE ? L_A_BREVE : m == CIRCUMFLEX ? L_A_CIRC : -1;
	case 7:			/* e */
		return m == CIRCUMFLEX ? L_E_CIRC : -1;
	case 18:		/* o */
		return m == CIRCUMFLEX ? L_O_CIRC : m == HORN ? L_O_HORN : -1;
	case 26:		/* u */
		return m == HORN ? L_U_HORN : -1;
	}
	return -1;
}

static int
is_mark(ucs4_t c)
{
	if (c < 0x300)
		return 0;
	return uc_is_general_category(c, UC_CATEGORY_M);
}

/* The primary weight of base c (and its case), letters excepted. */
static void
put_primary(struct levels *lv, ucs4_t c, int *upper)
{
	unsigned char *p = lv->p + lv->np;
	ucs4_t lc;

	*upper = 0;
	if (c < 0x80) {
		if (c >= '0' && c <= '9') {
			p[0] = (unsigned char)(P_DIGIT + (c - '0'));
			lv->np += 1;
		} else if (c == ' ' || (c >= '\t' && c <= '\r')) {
			p[0] = P_SPACE;
			lv->np += 1;
		} else {
			p[0] = P_ASCII_PUNCT;
			p[1] = (unsigned char)c;
			lv->np += 2;
		}
		return;
	}
	if (uc_is_general_category(c, UC_CATEGORY_Z)) {
		p[0] = P_SPACE;
		lv->np += 1;
	} else if (uc_is_general_category(c, UC_CATEGORY_P) ||
	    uc_is_general_category(c, UC_CATEGORY_S)) {
		p[0] = P_PUNCT;
		put3(p + 1, c);
		lv->np += 4;
	} else {
		lc = uc_tolower(c);
		*upper = lc != c;
		p[0] = P_OTHER;
		put3(p + 1, lc);
		lv->np += 4;
	}
}

/* One unit: the base at s[a] and the marks up to s[b]. */
static void
put_unit(struct levels *lv, const uint8_t *s, size_t a, size_t b)
{
	size_t pos, qpos = SIZE_MAX, tpos = SIZE_MAX;
	int letter = -1, upper = 0, tone = S_NONE, t, q;
	ucs4_t c, m;

	pos = a + (size_t)u8_mbtouc(&c, s + a, b - a);
	if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
		letter = latin_index[(c | 0x20) - 'a'];
		upper = c < 'a';
	} else if (c == 0x0110 || c == 0x0111) {
		letter = L_D_STROKE;
		upper = c == 0x0110;
	}

	/* The first quality mark that fits the letter and the first tone. */
	while (pos < b) {
		size_t here = pos;

		pos += (size_t)u8_mbtouc(&m, s + pos, b - pos);
		if (qpos == SIZE_MAX && letter >= 0 &&
		    (q = with_quality(letter, m)) >= 0) {
			letter = q;
			qpos = here;
		} else if (tpos == SIZE_MAX && (t = tone_of(m)) != 0) {
			tone = t;
			tpos = here;
		}
	}

	if (letter >= 0)
		lv->p[lv->np++] = (unsigned char)(P_LETTER + letter);
	else
		put_primary(lv, c, &upper);
	lv->s[lv->ns++] = (unsigned char)tone;
	lv->t[lv->nt++] = upper ? T_UPPER : T_LOWER;

	/* Every other mark, in order, after the tone. */
	pos = a + (size_t)u8_mbtouc(&c, s + a, b - a);
	while (pos < b) {
		size_t here = pos;

		pos += (size_t)u8_mbtouc(&m, s + pos, b - pos);
		if (here == qpos || here == tpos)
			continue;
		lv->s[lv->ns] = S_MARK;
		put3(lv->s + lv->ns + 1, m);
		lv->ns += 4;
	}
}

/*
 * Builds the key of s[0..len) in stack (of stacksz bytes) when it fits,
 * else in a heap buffer; *out says which.  Returns the key's length.
 */
static size_t
build_key(const char *s, size_t len, unsigned char *stack, size_t stacksz,
    unsigned char **out)
{
	uint8_t nbuf[512], *norm = NULL;
	const uint8_t *in = (const uint8_t *)s, *d = in;
	size_t m = len, i, start, cap, keylen;
	struct levels lv;
	unsigned char *k;
	int ascii = 1;
	ucs4_t c;

	for (i = 0; i < len; i++)
		if (in[i] >= 0x80) {
			ascii = 0;
			break;
		}
	if (!ascii) {
		m = sizeof nbuf;
		norm = u8_normalize(UNINORM_NFD, in, len, nbuf, &m);
		if (norm != NULL)
			d = norm;
		else {
			if (errno == ENOMEM)
				util_fatal("out of memory (normalizing)");
			/* Not valid UTF-8: decoded as it is, U+FFFD and all. */
			m = len;
		}
	}

	/*
	 * A code point gives at most 4 bytes of primary, 4 of secondary and
	 * 1 of tertiary, and takes at least one byte of d.
	 */
	if (m > (SIZE_MAX - 2) / 9)
		util_fatal("string too long to collate (%zu bytes)", m);
	cap = 9 * m + 2;
	k = cap <= stacksz ? stack : util_malloc(cap);
	lv.p = k;
	lv.s = k + 4 * m + 1;
	lv.t = k + 8 * m + 2;
	lv.np = lv.ns = lv.nt = 0;

	start = 0;
	for (i = 0; i < m; ) {
		size_t next = i + (size_t)u8_mbtouc(&c, d + i, m - i);

		/* A mark with no base before it is a unit of its own. */
		if (i > start && !is_mark(c)) {
			put_unit(&lv, d, start, i);
			start = i;
		}
		i = next;
	}
	if (m > start)
		put_unit(&lv, d, start, m);

	k[lv.np] = 0;
	memmove(k + lv.np + 1, lv.s, lv.ns);
	k[lv.np + 1 + lv.ns] = 0;
	memmove(k + lv.np + 1 + lv.ns + 1, lv.t, lv.nt);
	keylen = lv.np + 1 + lv.ns + 1 + lv.nt;

	if (norm != NULL && norm != nbuf)
		free(norm);
	*out = k;
	return keylen;
}

unsigned char *
collate_key(const char *s, size_t len, size_t *keylen)
{
	unsigned char stack[1024], *k, *key;
	size_t n;

	n = build_key(s, len, stack, sizeof stack, &k);
	key = util_malloc(n);
	memcpy(key, k, n);
	if (k != stack)
		free(k);
	if (keylen != NULL)
		*keylen = n;
	return key;
}

int
collate_cmp(const char *a, const char *b)
{
	unsigned char sa[1024], sb[1024], *ka, *kb;
	size_t na, nb;
	int r;

	na = build_key(a, strlen(a), sa, sizeof sa, &ka);
	nb = build_key(b, strlen(b), sb, sizeof sb, &kb);
	r = memcmp(ka, kb, na < nb ? na : nb);
	if (r == 0)
		r = na < nb ? -1 : na > nb;
	else
		r = r < 0 ? -1 : 1;
	if (ka != sa)
		free(ka);
	if (kb != sb)
		free(kb);
	return r;
}
