/*
 * typed: Telex, VNI and VIQR read back into Vietnamese (see
 * include/text/typed.h).
 *
 * Each method builds the letters of one syllable with their qualities and
 * a tone; vnsyl then says whether that is Vietnamese and writes it with
 * the tone on its canonical vowel, so a method never needs to know where
 * the mark goes.  A chunk is read by one method only, chosen by the keys
 * it holds (a VIQR mark, else a VNI digit, else Telex), so no chunk is
 * read three ways at once.
 */
#include <stdlib.h>
#include <string.h>

#include "typed.h"
#include "vnsyl.h"

static int
ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
}

static int
vowel_base(char b)
{
	return b != '\0' && strchr("aeiouy", b) != NULL;
}

static int
push(struct vnsyl *v, char c)
{
	if (v->n == VNSYL_MAX)
		return -1;
	v->l[v->n].base = lower(c);
	v->l[v->n].quality = VN_PLAIN;
	v->l[v->n].upper = c >= 'A' && c <= 'Z';
	v->n++;
	return 0;
}

static int
set_tone(struct vnsyl *v, enum vn_tone t)
{
	if (v->tone != VN_TONE_NONE)
		return -1;
	v->tone = t;
	return 0;
}

/* The last plain letter among bases, searching back; -1 if none. */
static long
last_plain(const struct vnsyl *v, const char *bases)
{
	for (size_t i = v->n; i > 0; i--)
		if (strchr(bases, v->l[i - 1].base) != NULL &&
		    v->l[i - 1].quality == VN_PLAIN)
			return (long)(i - 1);
	return -1;
}

/* A horn: on both letters of "uo" (ươ), else on the last plain o or u. */
static int
horn(struct vnsyl *v)
{
	long i = last_plain(v, "ou");

	if (i < 0)
		return -1;
	if (v->l[i].base == 'o' && i > 0 && v->l[i - 1].base == 'u' &&
	    v->l[i - 1].quality == VN_PLAIN)
		v->l[i - 1].quality = VN_HORN;
	v->l[i].quality = VN_HORN;
	return 0;
}

static int
quality(struct vnsyl *v, const char *bases, int q)
{
	long i = last_plain(v, bases);

	if (i < 0)
		return -1;
	v->l[i].quality = (unsigned char)q;
	return 0;
}

/* In Telex a tone key is one only where nothing but the coda follows
 * (thuwcj, vieejt); in "visa" the s starts a new letter. */
static int
only_coda_after(const char *s, size_t i, size_t n)
{
	for (; i < n; i++)
		if (strchr("cmnghpt", lower(s[i])) == NULL)
			return 0;
	return 1;
}

static int
has_vowel(const struct vnsyl *v)
{
	for (size_t i = 0; i < v->n; i++)
		if (vowel_base(v->l[i].base))
			return 1;
	return 0;
}

static int
telex(const char *s, size_t n, struct vnsyl *v)
{
	static const char keys[] = "sfrxj";
	static const enum vn_tone tones[] = {
		VN_SAC, VN_HUYEN, VN_HOI, VN_NGA, VN_NANG
	};

	for (size_t i = 0; i < n; i++) {
		char c = lower(s[i]);
		const char *k = strchr(keys, c);

		if (!ascii_letter(s[i]))
			return -1;
		if (c == 'd' && v->n == 1 && v->l[0].base == 'd') {
			v->l[0].base = 'D';
		} else if (strchr("aeo", c) != NULL && v->n > 0 &&
		    v->l[v->n - 1].base == c &&
		    v->l[v->n - 1].quality == VN_PLAIN) {
			v->l[v->n - 1].quality = VN_CIRCUMFLEX;
		} else if (c == 'w') {
			long a = last_plain(v, "aou");

			if (a >= 0 && v->l[a].base == 'a')
				v->l[a].quality = VN_BREVE;
			else if (a >= 0)
				horn(v);
			else if (push(v, 'u') == 0)	/* w alone: ư */
				v->l[v->n - 1].quality = VN_HORN;
			else
				return -1;
		} else if (k != NULL && has_vowel(v) &&
		    only_coda_after(s, i + 1, n)) {
			if (set_tone(v, tones[k - keys]) != 0)
				return -1;
		} else if (c == 'z' && has_vowel(v) &&
		    only_coda_after(s, i + 1, n)) {
			/* z clears the tone: nothing to add */
		} else if (push(v, s[i]) != 0)
			return -1;
	}
	return 0;
}

static int
vni(const char *s, size_t n, struct vnsyl *v)
{
	static const enum vn_tone tones[] = {
		VN_SAC, VN_HUYEN, VN_HOI, VN_NGA, VN_NANG
	};

	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		int rc = 0;

		if (ascii_letter(c))
			rc = push(v, c);
		else if (c >= '1' && c <= '5')
			rc = has_vowel(v) ? set_tone(v, tones[c - '1']) : -1;
		else if (c == '6')
			rc = quality(v, "aeo", VN_CIRCUMFLEX);
		else if (c == '7')
			rc = horn(v);
		else if (c == '8')
			rc = quality(v, "a", VN_BREVE);
		else if (c == '9') {
			long d = last_plain(v, "d");

			if (d < 0)
				return -1;
			v->l[d].base = 'D';
		} else
			rc = -1;
		if (rc != 0)
			return -1;
	}
	return 0;
}

static int
viqr(const char *s, size_t n, struct vnsyl *v)
{
	static const char keys[] = "'`?~.";
	static const enum vn_tone tones[] = {
		VN_SAC, VN_HUYEN, VN_HOI, VN_NGA, VN_NANG
	};

	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		const char *k = strchr(keys, c);
		struct vn_letter *last = v->n > 0 ? &v->l[v->n - 1] : NULL;

		if (ascii_letter(c)) {
			if (lower(c) == 'd' && v->n == 1 &&
			    v->l[0].base == 'd')
				v->l[0].base = 'D';
			else if (push(v, c) != 0)
				return -1;
		} else if (c != '\0' && k != NULL) {
			/* a tone follows its vowel, or the vowel's quality */
			if (last == NULL || !vowel_base(last->base) ||
			    set_tone(v, tones[k - keys]) != 0)
				return -1;
		} else if (last != NULL && last->quality == VN_PLAIN &&
		    ((c == '^' && strchr("aeo", last->base) != NULL) ||
		    (c == '(' && last->base == 'a') ||
		    (c == '+' && strchr("ou", last->base) != NULL))) {
			last->quality = c == '^' ? VN_CIRCUMFLEX :
			    c == '(' ? VN_BREVE : VN_HORN;
		} else
			return -1;
	}
	return 0;
}

/* The chunk read by the method its keys call for, written with the tone
 * on its canonical vowel; 1 when that reading is Vietnamese. */
static int
read_chunk(const char *s, size_t n, struct util_buf *out)
{
	struct vnsyl v, w;
	struct util_buf b;
	int rc, ok = 0;

	memset(&v, 0, sizeof v);
	if (strpbrk(s, "'`?~.^(+") != NULL &&
	    (size_t)(strpbrk(s, "'`?~.^(+") - s) < n)
		rc = viqr(s, n, &v);
	else if (memchr(s, '1', n) || memchr(s, '2', n) || memchr(s, '3', n) ||
	    memchr(s, '4', n) || memchr(s, '5', n) || memchr(s, '6', n) ||
	    memchr(s, '7', n) || memchr(s, '8', n) || memchr(s, '9', n))
		rc = vni(s, n, &v);
	else
		rc = telex(s, n, &v);
	if (rc != 0 || v.n == 0)
		return 0;
	/* Written out with the tone on any vowel, then parsed: vnsyl
	 * checks the syllable and knows where the tone belongs. */
	for (v.tone_at = 0; v.tone_at < v.n; v.tone_at++)
		if (vowel_base(v.l[v.tone_at].base))
			break;
	util_buf_init(&b);
	vnsyl_write(&v, v.tone_at, &b);
	if (b.data != NULL && vnsyl_parse(b.data, b.len, &w)) {
		vnsyl_write(&w, vnsyl_tone_place(&w), out);
		ok = 1;
	}
	util_buf_free(&b);
	return ok;
}

size_t
typed_read(const char *q, size_t len, typed_keep_fn keep, void *ctx,
    struct util_buf *out)
{
	size_t i = 0, done = 0;

	while (i < len) {
		size_t j = i, mark;
		char *chunk;

		if (q[i] == ' ') {
			util_buf_addc(out, ' ');
			i++;
			continue;
		}
		while (j < len && q[j] != ' ')
			j++;
		chunk = util_strndup(q + i, j - i);
		mark = out->len;
		if (read_chunk(chunk, j - i, out) &&
		    (out->len - mark != j - i ||
		    memcmp(out->data + mark, chunk, j - i) != 0) &&
		    (keep == NULL || !keep(ctx, chunk, j - i)))
			done++;
		else {
			out->len = mark;
			util_buf_add(out, chunk, j - i);
		}
		free(chunk);
		i = j;
	}
	if (out->data == NULL)
		util_buf_adds(out, "");
	return done;
}
