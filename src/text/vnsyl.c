/*
 * vnsyl: Vietnamese syllables (see include/text/vnsyl.h).
 *
 * Letters are taken apart with libunistring's canonical decompositions
 * and put together with its compositions, so no table of the 134 toned
 * vowels is kept here.  The orthography is data: the onsets, the codas,
 * and the vowel clusters with whether each may, must or must not be
 * followed by a consonant.
 */
#include <string.h>

#include <unictype.h>
#include <uninorm.h>

#include "utf8.h"
#include "vnsyl.h"

/* One code per vowel letter, for the cluster table: a ă â e ê i o ô ơ u ư y
 * are a A B e E i o O P u U y. */
static char
vowel_code(const struct vn_letter *l)
{
	switch (l->base) {
	case 'a':
		return l->quality == VN_BREVE ? 'A' :
		    l->quality == VN_CIRCUMFLEX ? 'B' : 'a';
	case 'e':
		return l->quality == VN_CIRCUMFLEX ? 'E' : 'e';
	case 'o':
		return l->quality == VN_CIRCUMFLEX ? 'O' :
		    l->quality == VN_HORN ? 'P' : 'o';
	case 'u':
		return l->quality == VN_HORN ? 'U' : 'u';
	case 'i':
	case 'y':
		return l->base;
	default:
		return 0;
	}
}

enum { CODA_NO, CODA_MAY, CODA_MUST };

static const struct {
	const char *v;
	int coda;
} clusters[] = {
	{ "a", CODA_MAY }, { "A", CODA_MUST }, { "B", CODA_MUST },
	{ "e", CODA_MAY }, { "E", CODA_MAY }, { "i", CODA_MAY },
	{ "o", CODA_MAY }, { "O", CODA_MAY }, { "P", CODA_MAY },
	{ "u", CODA_MAY }, { "U", CODA_MAY }, { "y", CODA_MAY },
	/* ending in a glide: nothing may follow */
	{ "ai", CODA_NO }, { "ao", CODA_NO }, { "au", CODA_NO },
	{ "ay", CODA_NO }, { "Bu", CODA_NO }, { "By", CODA_NO },
	{ "eo", CODA_NO }, { "Eu", CODA_NO }, { "ia", CODA_NO },
	{ "iu", CODA_NO }, { "oi", CODA_NO }, { "Oi", CODA_NO },
	{ "Pi", CODA_NO }, { "ua", CODA_NO }, { "ui", CODA_NO },
	{ "Ua", CODA_NO }, { "Ui", CODA_NO }, { "Uu", CODA_NO },
	{ "iEu", CODA_NO }, { "yEu", CODA_NO }, { "oai", CODA_NO },
	{ "oao", CODA_NO }, { "oay", CODA_NO }, { "oeo", CODA_NO },
	{ "uBy", CODA_NO }, { "uOi", CODA_NO }, { "uya", CODA_NO },
	{ "uyu", CODA_NO }, { "UPi", CODA_NO }, { "UPu", CODA_NO },
	/* diphthongs that are only written closed */
	{ "iE", CODA_MUST }, { "yE", CODA_MUST }, { "uO", CODA_MUST },
	{ "UP", CODA_MUST }, { "oA", CODA_MUST }, { "uB", CODA_MUST },
	{ "uyE", CODA_MUST },
	/* a medial o or u before the nucleus */
	{ "oa", CODA_MAY }, { "oe", CODA_MAY }, { "uE", CODA_MAY },
	{ "uy", CODA_MAY }, { "uP", CODA_MAY },
};

static const char *const onsets[] = {
	"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
	"b", "c", "d", "D", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
	"v", "x",
};

static const char *const codas[] = {
	"ch", "nh", "ng", "c", "m", "n", "p", "t",
};

static enum vn_tone
tone_of(uint32_t mark)
{
	switch (mark) {
	case 0x300: return VN_HUYEN;
	case 0x309: return VN_HOI;
	case 0x303: return VN_NGA;
	case 0x301: return VN_SAC;
	case 0x323: return VN_NANG;
	default: return VN_TONE_NONE;
	}
}

static uint32_t
tone_mark(enum vn_tone t)
{
	static const uint32_t m[] = { 0, 0x300, 0x309, 0x303, 0x301, 0x323 };

	return m[t];
}

static int
quality_of(uint32_t mark)
{
	return mark == 0x306 ? VN_BREVE : mark == 0x302 ? VN_CIRCUMFLEX :
	    mark == 0x31B ? VN_HORN : -1;
}

/* Adds a mark to the last letter.  0, or -1 where Vietnamese has no such
 * letter (a second tone, a breve on o, any other mark). */
static int
add_mark(struct vnsyl *v, uint32_t mark)
{
	struct vn_letter *l;
	enum vn_tone t = tone_of(mark);
	int q = quality_of(mark);

	if (v->n == 0)
		return -1;
	l = &v->l[v->n - 1];
	if (t != VN_TONE_NONE) {
		if (v->tone != VN_TONE_NONE || strchr("aeiouy", l->base) == NULL)
			return -1;
		v->tone = t;
		v->tone_at = v->n - 1;
		return 0;
	}
	if (q < 0 || l->quality != VN_PLAIN)
		return -1;
	if ((q == VN_BREVE && l->base != 'a') ||
	    (q == VN_CIRCUMFLEX && strchr("aeo", l->base) == NULL) ||
	    (q == VN_HORN && strchr("ou", l->base) == NULL))
		return -1;
	l->quality = (unsigned char)q;
	return 0;
}

/* Takes one code point apart into letters and marks. */
static int
add_cp(struct vnsyl *v, uint32_t c)
{
	uint32_t d[UC_DECOMPOSITION_MAX_LENGTH];
	int n;

	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
		if (v->n == VNSYL_MAX)
			return -1;
		v->l[v->n].base = (char)(c | 0x20);
		v->l[v->n].quality = VN_PLAIN;
		v->l[v->n].upper = c <= 'Z';
		v->n++;
		return 0;
	}
	/* đ Đ, and the eth letters that scraped text has in their place */
	if (c == 0x111 || c == 0x110 || c == 0xF0 || c == 0xD0) {
		if (v->n == VNSYL_MAX)
			return -1;
		v->l[v->n].base = 'D';
		v->l[v->n].quality = VN_PLAIN;
		v->l[v->n].upper = c == 0x110 || c == 0xD0;
		v->n++;
		return 0;
	}
	if (c >= 0x300 && c < 0x370)
		return add_mark(v, c);
	n = uc_canonical_decomposition(c, d);
	if (n < 2)
		return -1;
	/* d[0] may decompose again (ệ -> ẹ + ^); its marks come first. */
	if (add_cp(v, d[0]) != 0)
		return -1;
	for (int i = 1; i < n; i++)
		if (add_mark(v, d[i]) != 0)
			return -1;
	return 0;
}

static int
plain_prefix(const struct vnsyl *v, size_t at, const char *s)
{
	size_t k = strlen(s);

	if (at + k > v->n)
		return 0;
	for (size_t i = 0; i < k; i++)
		if (v->l[at + i].base != s[i] ||
		    v->l[at + i].quality != VN_PLAIN)
			return 0;
	return 1;
}

static int
is_vowel(const struct vn_letter *l)
{
	return vowel_code(l) != 0;
}

/* The coda class of v's cluster, or -1 when it is no Vietnamese cluster. */
static int
cluster_rule(const struct vnsyl *v)
{
	char key[VNSYL_MAX + 1];
	size_t k = 0;

	for (size_t i = v->vowels; i < v->coda; i++)
		key[k++] = vowel_code(&v->l[i]);
	key[k] = '\0';
	for (size_t i = 0; i < sizeof clusters / sizeof clusters[0]; i++)
		if (strcmp(clusters[i].v, key) == 0)
			return clusters[i].coda;
	return -1;
}

/* A syllable with no mark at all may be one typed without its marks
 * (hop, tac); one with a vowel quality but no tone on a stop (thiêp) is
 * misspelt. */
static int
unmarked_ok(const struct vnsyl *v)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->l[i].quality != VN_PLAIN || v->l[i].base == 'D')
			return 0;
	return 1;
}

int
vnsyl_parse(const char *s, size_t len, struct vnsyl *v)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, k, on = 0, nv;
	const char *coda = "";
	uint32_t c;
	int rule;

	memset(v, 0, sizeof *v);
	for (i = 0; i < len; i += k) {
		if ((k = utf8_decode(u + i, len - i, &c)) == 0 ||
		    add_cp(v, c) != 0)
			return 0;
	}
	if (v->n == 0)
		return 0;

	/* The longest onset that leaves a vowel after it: "gi" and "qu"
	 * are onsets only before another vowel (gì is g + ì). */
	for (i = 0; i < sizeof onsets / sizeof onsets[0]; i++) {
		size_t ol;

		if (onsets[i][0] != v->l[0].base)
			continue;	/* most onsets, cheaply */
		ol = strlen(onsets[i]);
		if (ol > on && plain_prefix(v, 0, onsets[i]) && ol < v->n &&
		    is_vowel(&v->l[ol]))
			on = ol;
	}
	if (on == 0 && !is_vowel(&v->l[0]))
		return 0;
	v->vowels = on;
	for (i = on; i < v->n && is_vowel(&v->l[i]); i++)
		;
	v->coda = i;
	nv = v->coda - v->vowels;
	if (nv == 0)
		return 0;
	if (v->coda < v->n) {
		for (k = 0; k < sizeof codas / sizeof codas[0]; k++)
			if (codas[k][0] == v->l[v->coda].base &&
			    strlen(codas[k]) == v->n - v->coda &&
			    plain_prefix(v, v->coda, codas[k])) {
				coda = codas[k];
				break;
			}
		if (coda[0] == '\0')
			return 0;
	}
	if ((rule = cluster_rule(v)) < 0 ||
	    (rule == CODA_NO && coda[0] != '\0') ||
	    (rule == CODA_MUST && coda[0] == '\0'))
		return 0;
	/* ch and nh follow only a, ê, i, y (in any cluster ending so). */
	if (coda[0] != '\0' && coda[1] == 'h' && coda[0] != 't') {
		char last = vowel_code(&v->l[v->coda - 1]);

		if (strchr("aEiy", last) == NULL)
			return 0;
	}
	/* A stop takes the rising or the heavy tone, and no other; written
	 * without either it is only a syllable with its marks dropped, which
	 * the caller says it accepts. */
	if ((strcmp(coda, "c") == 0 || strcmp(coda, "ch") == 0 ||
	    strcmp(coda, "p") == 0 || strcmp(coda, "t") == 0) &&
	    v->tone != VN_SAC && v->tone != VN_NANG &&
	    !(v->tone == VN_TONE_NONE && unmarked_ok(v)))
		return 0;
	/* The tone sits on a vowel of the cluster, or on the i or u that
	 * gi and qu lend it (a misplaced mark, still this syllable). */
	if (v->tone != VN_TONE_NONE && v->tone_at < v->vowels &&
	    !(on == 2 && v->tone_at == 1 &&
	    (v->l[0].base == 'g' || v->l[0].base == 'q')))
		return 0;
	return 1;
}

size_t
vnsyl_tone_place(const struct vnsyl *v)
{
	size_t a = v->vowels, b = v->coda, n = b - a, i;

	for (i = b; i > a; i--)
		if (v->l[i - 1].quality != VN_PLAIN)
			return i - 1;
	if (b < v->n || n == 1)
		return b - 1;
	if (n == 2) {
		char x = v->l[a].base, y = v->l[a + 1].base;

		if ((x == 'o' && (y == 'a' || y == 'e')) ||
		    (x == 'u' && y == 'y'))
			return a + 1;
		return a;
	}
	return a + 1;
}

void
vnsyl_write(const struct vnsyl *v, size_t tone_at, struct util_buf *out)
{
	static const uint32_t qmark[] = { 0, 0x306, 0x302, 0x31B };

	for (size_t i = 0; i < v->n; i++) {
		const struct vn_letter *l = &v->l[i];
		uint32_t c;
		char buf[UTF8_MAX];

		if (l->base == 'D')
			c = l->upper ? 0x110 : 0x111;
		else
			c = (uint32_t)(unsigned char)(l->upper ?
			    l->base - 'a' + 'A' : l->base);
		uint32_t marks[2];
		int nm = 0;

		/* In canonical order (the horn, ccc 216, before the dot
		 * below, 220, before the rest, 230), so that every step is
		 * a composition Unicode defines: ệ is ẹ + ^, not ê + dot. */
		if (l->quality == VN_HORN)
			marks[nm++] = qmark[l->quality];
		if (i == tone_at && v->tone == VN_NANG)
			marks[nm++] = tone_mark(v->tone);
		if (l->quality != VN_PLAIN && l->quality != VN_HORN)
			marks[nm++] = qmark[l->quality];
		if (i == tone_at && v->tone != VN_TONE_NONE &&
		    v->tone != VN_NANG)
			marks[nm++] = tone_mark(v->tone);
		for (int k = 0; k < nm; k++) {
			uint32_t r = uc_composition(c, marks[k]);

			if (r == 0) {
				/* no precomposed letter: keep the mark */
				util_buf_add(out, buf, utf8_encode(c, buf));
				c = marks[k];
			} else
				c = r;
		}
		util_buf_add(out, buf, utf8_encode(c, buf));
	}
}

static int
letter_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	return uc_is_alpha(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

char *
vnsyl_canon_text(const char *s, size_t len, size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)s;
	struct util_buf b;
	struct vnsyl v;
	size_t i = 0, run, k;
	uint32_t c;

	util_buf_init(&b);
	util_buf_reserve(&b, len + 1);
	while (i < len) {
		k = utf8_get(u + i, len - i, &c);
		if (!letter_cp(c)) {
			util_buf_add(&b, s + i, k);
			i += k;
			continue;
		}
		for (run = i; i < len; i += k) {
			k = utf8_get(u + i, len - i, &c);
			if (!letter_cp(c))
				break;
		}
		/* Without a byte above ASCII there is no tone to move. */
		for (k = run; k < i && u[k] < 0x80; k++)
			;
		if (k < i && vnsyl_parse(s + run, i - run, &v) &&
		    v.tone != VN_TONE_NONE &&
		    v.tone_at != vnsyl_tone_place(&v))
			vnsyl_write(&v, vnsyl_tone_place(&v), &b);
		else
			util_buf_add(&b, s + run, i - run);
	}
	if (b.data == NULL)
		util_buf_adds(&b, "");
	return util_buf_detach(&b, outlen);
}
