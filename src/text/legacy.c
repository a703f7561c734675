/*
 * legacy: the Vietnamese legacy encodings, double-encoded UTF-8, and the
 * guess between them (see include/text/legacy.h).
 *
 * TCVN5712-1, VISCII and CP1258 are glibc iconv's, which has them all and
 * composes CP1258's and TCVN's combining tones itself; VNI-WIN is written
 * out here.  VNI is Windows-1252 with a base Latin letter followed by mark
 * bytes (the tone, or the vowel quality and the tone together), and a few
 * letters of their own byte (ơ ư đ, i with a tone, ỵ).
 */
#include "legacy.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uninorm.h>

#include "text.h"
#include "utf8.h"
#include "util.h"
#include "vnsyl.h"

static const struct {
	const char *name;
	enum legacy_enc enc;
} names[] = {
	/* The first name of each encoding is the one messages use. */
	{ "UTF-8", LEGACY_UTF8 }, { "UTF8", LEGACY_UTF8 },
	{ "TCVN5712-1", LEGACY_TCVN }, { "TCVN", LEGACY_TCVN },
	{ "TCVN-5712", LEGACY_TCVN }, { "TCVN5712-1:1993", LEGACY_TCVN },
	{ "TCVN3", LEGACY_TCVN },
	{ "VNI-WIN", LEGACY_VNI }, { "VNI", LEGACY_VNI },
	{ "VNI-WINDOWS", LEGACY_VNI },
	{ "VISCII", LEGACY_VISCII }, { "VISCII1.1-1", LEGACY_VISCII },
	{ "CP1258", LEGACY_CP1258 }, { "WINDOWS-1258", LEGACY_CP1258 },
};

const char *
legacy_name(enum legacy_enc e)
{
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].enc == e)
			return names[i].name;
	util_fatal("legacy_name: no encoding %d", (int)e);
}

int
legacy_lookup(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i].name) == len &&
		    strncasecmp(names[i].name, name, len) == 0)
			return (int)names[i].enc;
	return -1;
}

const char *
legacy_names(void)
{
	return "UTF-8, TCVN5712-1, VNI-WIN, VISCII or CP1258";
}

/* Windows-1252 0x80-0x9F; 0 where it has no character. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static void
add_cp(struct util_buf *b, uint32_t cp)
{
	char u[UTF8_MAX];

	util_buf_add(b, u, utf8_encode(cp, u));
}

static char *
nfc_detach(struct util_buf *b, size_t *outlen)
{
	size_t n;
	char *raw = util_buf_detach(b, &n), *out = text_nfc(raw, n, outlen);

	free(raw);
	return out;
}

/* ---- VNI-WIN ---------------------------------------------------------- */

/* A mark byte (lower case; the capital form is 0x20 below) says the vowel
 * quality it adds, if any, and the tone. */
struct vni_mark {
	unsigned char quality, tone, used;
};

#define M(q, t) { (q), (t), 1 }
static const struct vni_mark vni_marks[32] = {
	/* 0xE0 .. 0xFF */
	[0x00] = M(VN_CIRCUMFLEX, VN_HUYEN), [0x01] = M(VN_CIRCUMFLEX, VN_SAC),
	[0x02] = M(VN_CIRCUMFLEX, VN_TONE_NONE),
	[0x03] = M(VN_CIRCUMFLEX, VN_NGA), [0x04] = M(VN_CIRCUMFLEX, VN_NANG),
	[0x05] = M(VN_CIRCUMFLEX, VN_HOI),
	[0x08] = M(VN_BREVE, VN_HUYEN), [0x09] = M(VN_BREVE, VN_SAC),
	[0x0A] = M(VN_BREVE, VN_TONE_NONE), [0x0B] = M(VN_BREVE, VN_NANG),
	[0x0F] = M(VN_PLAIN, VN_NANG), [0x15] = M(VN_PLAIN, VN_NGA),
	[0x18] = M(VN_PLAIN, VN_HUYEN), [0x19] = M(VN_PLAIN, VN_SAC),
	[0x1A] = M(VN_BREVE, VN_HOI), [0x1B] = M(VN_PLAIN, VN_HOI),
	[0x1C] = M(VN_BREVE, VN_NGA),
};
#undef M

/* The letters of one byte (lower case; capitals 0x20 below), and đ. */
struct vni_letter {
	char base;		/* 0: not a letter byte; 'D': đ */
	unsigned char quality, tone;
};

static const struct vni_letter vni_letters[32] = {
	[0x06] = { 'i', VN_PLAIN, VN_HOI }, [0x0C] = { 'i', VN_PLAIN, VN_HUYEN },
	[0x0D] = { 'i', VN_PLAIN, VN_SAC }, [0x0E] = { 'y', VN_PLAIN, VN_NANG },
	[0x11] = { 'D', VN_PLAIN, VN_TONE_NONE },
	[0x12] = { 'i', VN_PLAIN, VN_NANG }, [0x13] = { 'i', VN_PLAIN, VN_NGA },
	[0x14] = { 'o', VN_HORN, VN_TONE_NONE },
	[0x16] = { 'u', VN_HORN, VN_TONE_NONE },
};

static const uint32_t tone_mark[] = {
	[VN_TONE_NONE] = 0, [VN_HUYEN] = 0x0300, [VN_HOI] = 0x0309,
	[VN_NGA] = 0x0303, [VN_SAC] = 0x0301, [VN_NANG] = 0x0323,
};
static const uint32_t quality_mark[] = {
	[VN_PLAIN] = 0, [VN_BREVE] = 0x0306, [VN_CIRCUMFLEX] = 0x0302,
	[VN_HORN] = 0x031B,
};

static const struct vni_mark *
vni_mark_at(unsigned char b)
{
	const struct vni_mark *m;

	if (b < 0xC0)
		return NULL;
	m = &vni_marks[(b - 0xC0) & 0x1F];
	return m->used ? m : NULL;
}

static const struct vni_letter *
vni_letter_at(unsigned char b)
{
	const struct vni_letter *l;

	if (b < 0xC0)
		return NULL;
	l = &vni_letters[(b - 0xC0) & 0x1F];
	return l->base != 0 ? l : NULL;
}

static int
is_vowel(char c)
{
	return c != '\0' && strchr("aeiouy", c) != NULL;
}

/* Whether the mark fits a vowel that has quality q and tone t so far. */
static int
mark_fits(char base, unsigned q, unsigned t, const struct vni_mark *m)
{
	if (m->tone != VN_TONE_NONE && t != VN_TONE_NONE)
		return 0;
	if (m->quality == VN_PLAIN)
		return 1;
	if (q != VN_PLAIN)
		return 0;
	if (m->quality == VN_BREVE)
		return base == 'a';
	return base == 'a' || base == 'e' || base == 'o';
}

/* VNI's own rules read the letter and at most two marks after it (a
 * quality and a tone, which some writers put in separate bytes). */
static char *
vni_decode(const char *in, size_t len, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	struct util_buf b;
	size_t i = 0;

	util_buf_init(&b);
	util_buf_reserve(&b, len + len / 2);
	while (i < len) {
		unsigned char c = s[i];
		const struct vni_letter *l = vni_letter_at(c);
		char base = 0;
		unsigned q = VN_PLAIN, t = VN_TONE_NONE;
		int upper;

		if (c < 0x80 && is_vowel((char)(c | 0x20))) {
			base = (char)(c | 0x20);
			upper = c < 'a';
		} else if (l != NULL) {
			base = l->base;
			q = l->quality;
			t = l->tone;
			upper = c < 0xE0;
		} else {
			uint32_t cp = c < 0x80 || c >= 0xA0 ? c :
			    cp1252_c1[c - 0x80];

			add_cp(&b, cp != 0 ? cp : UTF8_REPLACEMENT);
			i++;
			continue;
		}
		i++;
		if (base == 'D') {
			add_cp(&b, upper ? 0x0110 : 0x0111);
			continue;
		}
		for (int k = 0; k < 2 && i < len; k++) {
			const struct vni_mark *m = vni_mark_at(s[i]);

			if (m == NULL || !mark_fits(base, q, t, m))
				break;
			if (m->quality != VN_PLAIN)
				q = m->quality;
			if (m->tone != VN_TONE_NONE)
				t = m->tone;
			i++;
		}
		util_buf_addc(&b, upper ? (char)(base - 0x20) : base);
		if (q != VN_PLAIN)
			add_cp(&b, quality_mark[q]);
		if (t != VN_TONE_NONE)
			add_cp(&b, tone_mark[t]);
	}
	return nfc_detach(&b, outlen);
}

/* The mark byte for quality q and tone t, lower case; 0 if none. */
static unsigned char
vni_mark_byte(unsigned q, unsigned t)
{
	for (unsigned i = 0; i < 32; i++)
		if (vni_marks[i].used && vni_marks[i].quality == q &&
		    vni_marks[i].tone == t)
			return (unsigned char)(0xE0 + i);
	return 0;
}

/* The byte of a one-byte letter, lower case; 0 if it has none. */
static unsigned char
vni_letter_byte(char base, unsigned q, unsigned t)
{
	for (unsigned i = 0; i < 32; i++)
		if (vni_letters[i].base == base && vni_letters[i].quality == q &&
		    vni_letters[i].tone == t)
			return (unsigned char)(0xE0 + i);
	return 0;
}

/* One vowel with its marks, as VNI writes it; 0 if it cannot. */
static int
vni_put_vowel(struct util_buf *b, char base, int upper, unsigned q,
    unsigned t)
{
	unsigned char shift = upper ? 0x20 : 0, one, mark;

	if ((one = vni_letter_byte(base, q, t)) != 0) {
		util_buf_addc(b, (char)(one - shift));
		return 1;
	}
	if (q == VN_HORN) {
		/* ơ and ư have a byte; the tone follows it. */
		if ((one = vni_letter_byte(base, q, VN_TONE_NONE)) == 0)
			return 0;
		util_buf_addc(b, (char)(one - shift));
		q = VN_PLAIN;
		if (t == VN_TONE_NONE)
			return 1;
	} else {
		util_buf_addc(b, upper ? (char)(base - 0x20) : base);
	}
	if (q == VN_PLAIN && t == VN_TONE_NONE)
		return 1;
	if ((mark = vni_mark_byte(q, t)) == 0)
		return 0;
	util_buf_addc(b, (char)(mark - shift));
	return 1;
}

static int
quality_of(uint32_t cp)
{
	for (unsigned q = VN_BREVE; q <= VN_HORN; q++)
		if (quality_mark[q] == cp)
			return (int)q;
	return -1;
}

static int
tone_of(uint32_t cp)
{
	for (unsigned t = VN_HUYEN; t <= VN_NANG; t++)
		if (tone_mark[t] == cp)
			return (int)t;
	return -1;
}

/* The byte CP1252 has for cp, or -1. */
static int
cp1252_byte(uint32_t cp)
{
	if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
		return (int)cp;
	for (int i = 0; i < 32; i++)
		if (cp1252_c1[i] != 0 && cp1252_c1[i] == cp)
			return 0x80 + i;
	return -1;
}

/* Works on NFD, so that every Vietnamese letter is an ASCII base and its
 * combining marks; the marks that make no VNI letter become '?'. */
static char *
vni_encode(const char *in, size_t len, size_t *outlen)
{
	size_t rlen, dlen;
	char *rep = text_repair(in, len, &rlen);
	uint8_t *d = u8_normalize(UNINORM_NFD, (const uint8_t *)rep, rlen,
	    NULL, &dlen);
	struct util_buf b;
	size_t i = 0;

	if (d == NULL)
		util_fatal("out of memory");
	free(rep);
	util_buf_init(&b);
	while (i < dlen) {
		uint32_t cp;
		size_t k = utf8_get(d + i, dlen - i, &cp);
		char base = cp < 0x80 ? (char)(cp | 0x20) : 0;
		unsigned q = VN_PLAIN, t = VN_TONE_NONE;
		int byte, bad = 0;

		i += k;
		if (cp == 0x0110 || cp == 0x0111) {
			util_buf_addc(&b, (char)(cp == 0x0110 ? 0xD1 : 0xF1));
			continue;
		}
		if (!is_vowel(base)) {
			byte = cp1252_byte(cp);
			/* Latin-1 letters are VNI's mark bytes. */
			if (byte < 0 || (byte >= 0xC0 && cp >= 0xC0))
				byte = '?';
			util_buf_addc(&b, (char)byte);
			continue;
		}
		while (i < dlen) {
			uint32_t m;
			size_t mk = utf8_get(d + i, dlen - i, &m);
			int mq = quality_of(m), mt = tone_of(m);

			if (mq < 0 && mt < 0)
				break;
			if (mq >= 0)
				bad |= q != VN_PLAIN, q = (unsigned)mq;
			else
				bad |= t != VN_TONE_NONE, t = (unsigned)mt;
			i += mk;
		}
		if (bad || !vni_put_vowel(&b, base, cp < 'a', q, t))
			util_buf_addc(&b, '?');
	}
	free(d);
	return util_buf_detach(&b, outlen);
}

/* ---- iconv ------------------------------------------------------------ */

/* Bytes iconv refuses become U+FFFD (decoding) or '?' (encoding), one
 * byte or character at a time, so that a bad byte costs one character. */
static char *
by_iconv(const char *to, const char *from, const char *in, size_t len,
    size_t *outlen)
{
	iconv_t cd = iconv_open(to, from);
	struct util_buf b;
	char *ip = (char *)(uintptr_t)in;	/* iconv's prototype */
	size_t left = len, room, r;
	int decoding = strcmp(to, "UTF-8") == 0;
	char *op;

	if (cd == (iconv_t)-1)
		util_fatal("iconv cannot convert %s to %s", from, to);
	util_buf_init(&b);
	util_buf_reserve(&b, len * 2 + 16);
	while (left > 0) {
		op = b.data + b.len;
		room = b.cap - b.len - 1;
		r = iconv(cd, &ip, &left, &op, &room);
		b.len = (size_t)(op - b.data);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			util_buf_reserve(&b, b.cap);
		} else if (decoding) {
			add_cp(&b, UTF8_REPLACEMENT);
			ip++, left--;
		} else {
			uint32_t cp;
			size_t k = utf8_get((const unsigned char *)ip, left, &cp);

			util_buf_addc(&b, '?');
			ip += k, left -= k;
		}
	}
	/* TCVN and CP1258 hold a base letter back for a combining mark. */
	for (;;) {
		op = b.data + b.len;
		room = b.cap - b.len - 1;
		r = iconv(cd, NULL, NULL, &op, &room);
		b.len = (size_t)(op - b.data);
		if (r != (size_t)-1 || errno != E2BIG)
			break;
		util_buf_reserve(&b, b.cap);
	}
	iconv_close(cd);
	b.data[b.len] = '\0';
	return util_buf_detach(&b, outlen);
}

char *
legacy_decode(enum legacy_enc e, const char *in, size_t len, size_t *outlen)
{
	struct util_buf b;
	size_t n;
	char *raw;

	switch (e) {
	case LEGACY_UTF8:
		raw = text_repair(in, len, &n);
		break;
	case LEGACY_VNI:
		return vni_decode(in, len, outlen);
	default:
		raw = by_iconv("UTF-8", legacy_name(e), in, len, &n);
		break;
	}
	util_buf_init(&b);
	b.data = raw, b.len = n, b.cap = n + 1;
	return nfc_detach(&b, outlen);
}

char *
legacy_encode(enum legacy_enc e, const char *in, size_t len, size_t *outlen)
{
	switch (e) {
	case LEGACY_UTF8:
		return text_repair(in, len, outlen);
	case LEGACY_VNI:
		return vni_encode(in, len, outlen);
	default:
		return by_iconv(legacy_name(e), "UTF-8", in, len, outlen);
	}
}

/* ---- detection -------------------------------------------------------- */

int
legacy_valid_utf8(const char *in, size_t len, size_t *signs)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0, n = 0;

	while (i < len) {
		uint32_t cp;
		size_t k;

		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = utf8_decode(s + i, len - i, &cp)) == 0)
			return 0;
		i += k;
		/* A lead byte read as a Latin-1 letter (U+00C2..U+00F4, C3 xx)
		 * and the continuation byte after it as another character:
		 * C2 80..BF, or CP1252's punctuation (C5, C6, CB, E2 ...).  By
		 * bytes, since this pass is what a UTF-8 file pays for the
		 * whole of this module; legacy_undouble verifies. */
		if (k == 2 && s[i - 2] == 0xC3 && s[i - 1] >= 0x82 &&
		    s[i - 1] <= 0xB4 && i + 1 < len &&
		    ((s[i] == 0xC2 && s[i + 1] >= 0x80) || s[i] == 0xC5 ||
		    s[i] == 0xC6 || s[i] == 0xCB || s[i] == 0xE2))
			n++;
	}
	if (signs != NULL)
		*signs = n;
	return 1;
}

char *
legacy_undouble(const char *in, size_t len, int *latin1, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	struct util_buf b;
	int c1 = 0, win = 0;

	util_buf_init(&b);
	util_buf_reserve(&b, len);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = utf8_get(s + i, len - i, &cp);
		int byte = cp1252_byte(cp);

		if (byte < 0 && cp >= 0x80 && cp <= 0x9F) {
			byte = (int)cp;
			/* CP1252's five holes are what a lenient reader gives
			 * for them: they tell the two apart no more. */
			c1 |= cp1252_c1[cp - 0x80] != 0;
		} else if (byte >= 0x80 && byte <= 0x9F) {
			win = 1;
		}
		if (byte < 0) {
			util_buf_free(&b);
			return NULL;
		}
		util_buf_addc(&b, (char)byte);
		i += k;
	}
	if (!legacy_valid_utf8(b.data, b.len, NULL)) {
		util_buf_free(&b);
		return NULL;
	}
	if (latin1 != NULL)
		*latin1 = c1 && !win;
	return util_buf_detach(&b, outlen);
}

/* '_' too: segmented text joins the syllables of a word with it. */
static int
is_space(uint32_t cp)
{
	return cp == ' ' || cp == '_' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 ||
	    (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
}

static int
is_punct(uint32_t cp)
{
	if (cp < 0x80)
		return cp > ' ' && cp < 0x7F && !(cp >= '0' && cp <= '9') &&
		    !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	return (cp >= 0xA1 && cp <= 0xBF) || (cp >= 0x2010 && cp <= 0x205E);
}

void
legacy_score(const char *s, size_t len, struct legacy_score *sc)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	sc->words = sc->syllables = 0;
	while (i < len) {
		size_t a = len, z = 0, k;
		int marked = 0;
		uint32_t cp;

		while (i < len && (k = utf8_get(u + i, len - i, &cp)) > 0 &&
		    is_space(cp))
			i += k;
		while (i < len) {
			k = utf8_get(u + i, len - i, &cp);
			if (is_space(cp))
				break;
			if (!is_punct(cp)) {
				if (a == len)
					a = i;
				z = i + k;
			}
			i += k;
		}
		if (a == len)
			continue;
		for (size_t j = a; j < z; j++)
			if (u[j] >= 0x80 || u[j] < 0x20)
				marked = 1;
		if (marked) {
			struct vnsyl v;

			sc->words++;
			sc->syllables += vnsyl_parse(s + a, z - a, &v);
		}
	}
}

int
legacy_plausible(const struct legacy_score *sc)
{
	return sc->words > 0 && sc->syllables * 10 >= sc->words * 8;
}

/* The guess reads a prefix: a file is in one encoding, and 64 KiB say
 * which as well as 16 MiB, at a fraction of the cost.  Cut after a space
 * or a line end, so that no letter loses its marks. */
#define SAMPLE (64 * 1024)

static size_t
sample_len(const char *s, size_t len)
{
	if (len <= SAMPLE)
		return len;
	for (size_t i = SAMPLE; i > SAMPLE / 2; i--)
		if (s[i - 1] == '\n' || s[i - 1] == ' ')
			return i;
	return SAMPLE;
}

static int
plausible_prefix(const char *s, size_t len)
{
	struct legacy_score sc;

	legacy_score(s, sample_len(s, len), &sc);
	return legacy_plausible(&sc);
}

/* Double-encoded when the mapping back exists and reads as clearly more
 * Vietnamese than the text as it is. */
static char *
try_undouble(const char *in, size_t len, struct legacy_result *r,
    size_t *outlen)
{
	struct legacy_score was, now;
	size_t n;
	int latin1;
	char *back = legacy_undouble(in, len, &latin1, &n), *out;

	if (back == NULL)
		return NULL;
	legacy_score(in, sample_len(in, len), &was);
	legacy_score(back, sample_len(back, n), &now);
	if (!legacy_plausible(&now) || now.syllables <= 2 * was.syllables) {
		free(back);
		return NULL;
	}
	out = text_nfc(back, n, outlen);
	free(back);
	r->how = LEGACY_DOUBLE;
	r->latin1 = latin1;
	return out;
}

char *
legacy_read(const char *in, size_t len, int declared, struct legacy_result *r,
    size_t *outlen)
{
	size_t signs, n, sn = sample_len(in, len);
	unsigned ok = 0;
	char *out;

	memset(r, 0, sizeof *r);
	r->how = LEGACY_AS_IS;
	if (declared == LEGACY_UTF8)
		return NULL;
	if (declared > 0 && declared < LEGACY_NENC) {
		r->how = LEGACY_DECLARED;
		r->enc = (enum legacy_enc)declared;
		out = legacy_decode(r->enc, in, len, &n);
		r->plausible = plausible_prefix(out, n);
		if (outlen != NULL)
			*outlen = n;
		return out;
	}
	if (legacy_valid_utf8(in, len, &signs))
		return signs > 0 ? try_undouble(in, len, r, outlen) : NULL;
	for (int e = 0; e < LEGACY_NENC; e++) {
		out = legacy_decode((enum legacy_enc)e, in, sn, &n);
		if (plausible_prefix(out, n))
			ok |= 1u << e;
		free(out);
	}
	if (ok & (1u << LEGACY_UTF8)) {
		/* Mostly UTF-8 with a few bad bytes: repaired as ever. */
		return NULL;
	}
	if (ok == 0) {
		r->how = LEGACY_NOT_VIETNAMESE;
		return NULL;
	}
	if ((ok & (ok - 1)) != 0) {
		r->how = LEGACY_AMBIGUOUS;
		r->candidates = ok;
		return NULL;
	}
	for (int e = 0; e < LEGACY_NENC; e++)
		if (ok == 1u << e)
			r->enc = (enum legacy_enc)e;
	r->how = LEGACY_DETECTED;
	return legacy_decode(r->enc, in, len, outlen);
}
