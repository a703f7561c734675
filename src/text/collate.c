/*
 * collate: Vietnamese sort keys (see include/text/collate.h).
 *
 * The text is put in one spelling first: NFC, the tone of every syllable
 * moved to its canonical vowel (vnsyl_canon_text, so hòa and hoà are one
 * word), then NFD, and cut into units: a base character and the combining
 * marks after it.  White space cuts the units into words, and a dictionary
 * compares words one at a time: all of a word (its letters, then its
 * tones) before anything of the next, so "ba d" sorts before "bá c".
 *
 *   primary    per unit, the letter.  A vowel-quality mark (breve on a;
 *              circumflex on a, e, o; horn on o, u) is part of it, because
 *              ă â ê ô ơ ư are letters of their own; đ has no
 *              decomposition; ð, its look-alike, is đ.  A run of digits is
 *              one weight, its value.  Punctuation before a word's first
 *              letter or digit gives nothing (“Đối tác” is among the Đ),
 *              nor does punctuation after its last one (“Đối tác” is
 *              Đối tác), nor a format character (zero-width space, soft
 *              hyphen); a word of punctuation alone is no word.
 *   secondary  per unit, the tone: none, huyền, hỏi, ngã, sắc, nặng; marks
 *              foreign to Vietnamese follow the tone, by code point.
 *   tertiary   for the whole string, lowercase before uppercase: a
 *              capital is a smaller difference than any later letter.
 *   last       the spelling itself (after the steps above), so that keys
 *              differ when the strings do in anything but tone placement
 *              and ð for đ, and a sort is the same from run to run.
 *
 * The key: for each word a WORD byte, its primaries, a P_END byte, its
 * secondaries; then END, the tertiaries, a 0 byte and the spelling.  A
 * weight is a lead byte that says how many payload bytes follow, and every
 * separator is below every lead byte it can meet, so a string that is a
 * prefix of another (word by word, level by level) sorts first, as memcmp
 * with the shorter key first requires.
 */
#include "collate.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>

#include "util.h"
#include "vnsyl.h"
#include "utf8.h"

/* Separators: below every lead byte they are compared with. */
enum { K_TLEVEL = 0x00, K_END = 0x01, K_WORD = 0x02, K_PEND = 0x01 };

/* Primary lead bytes, in sort order. */
enum {
	P_ASCII_PUNCT = 0x04,	/* + the ASCII byte */
	P_PUNCT = 0x05,		/* + code point, 3 bytes: other P*, S*, Cc */
	P_NUMBER = 0x10,	/* + see put_number */
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
	S_NONE = 0x03, S_HUYEN, S_HOI, S_NGA, S_SAC, S_NANG,
	S_MARK			/* + code point, 3 bytes */
};

enum { T_LOWER = 1, T_UPPER = 2 };

#define BREVE		0x0306
#define CIRCUMFLEX	0x0302
#define HORN		0x031b

/* What a base character is to the word it is in. */
enum kind { K_SPACE, K_IGNORE, K_PUNCT, K_DIGIT, K_LETTER, K_OTHER };

struct keyb {
	struct util_buf key;	/* the words so far */
	struct util_buf s;	/* secondaries of the current word */
	struct util_buf t;	/* tertiaries of the whole string */
	struct util_buf q;	/* the spelling */
	struct util_buf num;	/* digits of the current number, '0'..'9' */
	int inword;		/* the current word has a primary */
	/* Where the punctuation at the current end of the word began in key,
	 * s and t (SIZE_MAX: none), to be taken back if the word ends. */
	size_t tailk, tails, tailt;
};

static void
cut(struct util_buf *b, size_t len)
{
	b->len = len;
	if (b->data != NULL)
		b->data[len] = '\0';
}

static void
put3(struct util_buf *b, unsigned char lead, ucs4_t c)
{
	unsigned char w[4];

	w[0] = lead;
	w[1] = (unsigned char)(c >> 16);
	w[2] = (unsigned char)(c >> 8);
	w[3] = (unsigned char)c;
	util_buf_add(b, w, 4);
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

/* Ð and ð are typed for Đ and đ, and look the same. */
static ucs4_t
unlook(ucs4_t c)
{
	return c == 0x00d0 ? 0x0110 : c == 0x00f0 ? 0x0111 : c;
}

/* The ASCII character that sorts for c, a look-alike of it in scraped
 * text (apostrophes, dashes), or 0. */
static int
ascii_twin(ucs4_t c)
{
	switch (c) {
	case 0x00b4: case 0x02b9: case 0x02bc: case 0x2018: case 0x2019:
	case 0x2032:
		return '\'';
	}
	if (c >= 0x80 && uc_is_general_category(c, UC_CATEGORY_Pd))
		return '-';
	return 0;
}

static enum kind
kind_of(ucs4_t c, int *letter, int *upper)
{
	ucs4_t lc;

	*letter = -1;
	*upper = 0;
	if (c < 0x80) {
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			*letter = latin_index[(c | 0x20) - 'a'];
			*upper = c < 'a';
			return K_LETTER;
		}
		if (c >= '0' && c <= '9')
			return K_DIGIT;
		if (c == ' ' || (c >= '\t' && c <= '\r'))
			return K_SPACE;
		return K_PUNCT;
	}
	c = unlook(c);
	if (c == 0x0110 || c == 0x0111) {
		*letter = L_D_STROKE;
		*upper = c == 0x0110;
		return K_LETTER;
	}
	if (ascii_twin(c))
		return K_PUNCT;
	if (uc_is_general_category(c, UC_CATEGORY_Z))
		return K_SPACE;
	if (uc_is_general_category(c, UC_CATEGORY_Cf))
		return K_IGNORE;
	if (uc_decimal_value(c) >= 0)
		return K_DIGIT;
	if (uc_is_general_category(c, UC_CATEGORY_P) ||
	    uc_is_general_category(c, UC_CATEGORY_S) ||
	    uc_is_general_category(c, UC_CATEGORY_Cc))
		return K_PUNCT;
	lc = uc_tolower(c);
	*upper = lc != c;
	return K_OTHER;
}

/*
 * The number whose digits (most significant first, '0'..'9') are in
 * kb->num, as one primary: P_NUMBER, the count n of its digits after the
 * leading zeros as L (0..8) bytes preceded by L, then those n digits.  A
 * longer number has a larger n, and the digits of two numbers of one
 * length compare as their values do.
 */
static void
put_number(struct keyb *kb)
{
	const char *d = kb->num.data;
	size_t n = kb->num.len, i;
	unsigned char w[2 + sizeof n];
	unsigned l = 0;

	if (n == 0)
		return;
	while (n > 0 && *d == '0') {
		d++;
		n--;
	}
	for (i = n; i > 0; i >>= 8)
		l++;
	w[0] = P_NUMBER;
	w[1] = (unsigned char)l;
	for (i = 0; i < l; i++)
		w[2 + i] = (unsigned char)(n >> (8 * (l - 1 - i)));
	util_buf_add(&kb->key, w, 2 + l);
	util_buf_add(&kb->key, d, n);
	util_buf_addc(&kb->s, (char)S_NONE);
	util_buf_addc(&kb->t, (char)T_LOWER);
	kb->num.len = 0;
}

static void
end_word(struct keyb *kb)
{
	put_number(kb);
	if (!kb->inword)
		return;
	if (kb->tailk != SIZE_MAX) {
		cut(&kb->key, kb->tailk);
		cut(&kb->s, kb->tails);
		cut(&kb->t, kb->tailt);
		kb->tailk = SIZE_MAX;
	}
	util_buf_addc(&kb->key, (char)K_PEND);
	util_buf_add(&kb->key, kb->s.data, kb->s.len);
	cut(&kb->s, 0);
	kb->inword = 0;
}

/* The spelling of c, in the last level. */
static void
put_spelling(struct keyb *kb, ucs4_t c)
{
	char u[UTF8_MAX];

	util_buf_add(&kb->q, u, utf8_encode(unlook(c), u));
}

/* One unit: the base at s[a] and the marks up to s[b]. */
static void
put_unit(struct keyb *kb, const uint8_t *s, size_t a, size_t b)
{
	size_t pos, qpos = SIZE_MAX, tpos = SIZE_MAX;
	int letter, upper, tone = S_NONE, t, q, tw;
	enum kind kind;
	ucs4_t c, m;

	pos = a + utf8_get(s + a, b - a, &c);
	kind = kind_of(c, &letter, &upper);
	if (kind == K_SPACE) {
		end_word(kb);
		return;
	}
	if (kind == K_IGNORE || (kind == K_PUNCT && !kb->inword &&
	    kb->num.len == 0))
		return;
	if (kind == K_PUNCT) {
		put_number(kb);
		if (kb->tailk == SIZE_MAX) {
			kb->tailk = kb->key.len;
			kb->tails = kb->s.len;
			kb->tailt = kb->t.len;
		}
	} else
		kb->tailk = SIZE_MAX;
	if (kind == K_DIGIT) {
		util_buf_addc(&kb->num, (char)('0' +
		    (c < 0x80 ? (int)(c - '0') : uc_decimal_value(c))));
	} else if (kind != K_PUNCT)
		put_number(kb);
	if (!kb->inword) {
		util_buf_addc(&kb->key, (char)K_WORD);
		kb->inword = 1;
	}

	/* The first quality mark that fits the letter and the first tone. */
	while (pos < b) {
		size_t here = pos;

		pos += utf8_get(s + pos, b - pos, &m);
		if (qpos == SIZE_MAX && letter >= 0 &&
		    (q = with_quality(letter, m)) >= 0) {
			letter = q;
			qpos = here;
		} else if (tpos == SIZE_MAX && (t = tone_of(m)) != 0) {
			tone = t;
			tpos = here;
		}
	}

	switch (kind) {
	case K_LETTER:
		util_buf_addc(&kb->key, (char)(P_LETTER + letter));
		break;
	case K_PUNCT:
		tw = c < 0x80 ? (int)c : ascii_twin(c);
		if (tw != 0) {
			util_buf_addc(&kb->key, (char)P_ASCII_PUNCT);
			util_buf_addc(&kb->key, (char)tw);
		} else
			put3(&kb->key, P_PUNCT, c);
		break;
	case K_OTHER:
		put3(&kb->key, P_OTHER, uc_tolower(c));
		break;
	default:		/* a digit, in kb->num until its run ends */
		break;
	}
	if (kind != K_DIGIT) {
		util_buf_addc(&kb->s, (char)tone);
		util_buf_addc(&kb->t, (char)(upper ? T_UPPER : T_LOWER));
	}

	/* Every other mark, in order, after the tone. */
	pos = a + utf8_get(s + a, b - a, &c);
	while (pos < b) {
		size_t here = pos;

		pos += utf8_get(s + pos, b - pos, &m);
		if (here == qpos || here == tpos)
			continue;
		put3(&kb->s, S_MARK, m);
	}
}

/* The key of s[0..len) (one spelling, see above: NFD) in kb->key. */
static void
key_of(struct keyb *kb, const uint8_t *d, size_t m)
{
	size_t i, start = 0;
	ucs4_t c;

	for (i = 0; i < m; ) {
		size_t next = i + utf8_get(d + i, m - i, &c);

		put_spelling(kb, c);
		/* A mark with no base before it is a unit of its own. */
		if (i > start && !is_mark(c)) {
			put_unit(kb, d, start, i);
			start = i;
		}
		i = next;
	}
	if (m > start)
		put_unit(kb, d, start, m);
	end_word(kb);
	util_buf_addc(&kb->key, (char)K_END);
	util_buf_add(&kb->key, kb->t.data, kb->t.len);
	util_buf_addc(&kb->key, (char)K_TLEVEL);
	util_buf_add(&kb->key, kb->q.data, kb->q.len);
}

static uint8_t *
normalize(uninorm_t nf, const uint8_t *s, size_t n, size_t *outlen)
{
	uint8_t *r = u8_normalize(nf, s, n, NULL, outlen);

	if (r == NULL && errno == ENOMEM)
		util_fatal("out of memory (normalizing)");
	return r;
}

unsigned char *
collate_key(const char *s, size_t len, size_t *keylen)
{
	const uint8_t *in = (const uint8_t *)s, *d = in;
	uint8_t *nfc = NULL, *nfd = NULL;
	char *canon = NULL;
	size_t m = len, i, n;
	struct keyb kb;

	for (i = 0; i < len && in[i] < 0x80; i++)
		;
	/* Not valid UTF-8: decoded as it is, U+FFFD and all. */
	if (i < len && (nfc = normalize(UNINORM_NFC, in, len, &n)) != NULL) {
		canon = vnsyl_canon_text((const char *)nfc, n, &n);
		nfd = normalize(UNINORM_NFD, (const uint8_t *)canon, n, &m);
		if (nfd == NULL)
			util_fatal("collate: NFD of NFC text failed");
		d = nfd;
	}

	memset(&kb, 0, sizeof kb);
	kb.tailk = SIZE_MAX;
	util_buf_init(&kb.key);
	util_buf_init(&kb.s);
	util_buf_init(&kb.t);
	util_buf_init(&kb.q);
	util_buf_init(&kb.num);
	util_buf_reserve(&kb.key, 4 * m + 8);
	key_of(&kb, d, m);
	util_buf_free(&kb.s);
	util_buf_free(&kb.t);
	util_buf_free(&kb.q);
	util_buf_free(&kb.num);
	free(nfc);
	free(canon);
	free(nfd);
	return (unsigned char *)util_buf_detach(&kb.key, keylen);
}

int
collate_cmp(const char *a, const char *b)
{
	unsigned char *ka, *kb;
	size_t na, nb;
	int r;

	ka = collate_key(a, strlen(a), &na);
	kb = collate_key(b, strlen(b), &nb);
	r = memcmp(ka, kb, na < nb ? na : nb);
	if (r == 0)
		r = na < nb ? -1 : na > nb;
	else
		r = r < 0 ? -1 : 1;
	free(ka);
	free(kb);
	return r;
}
