/*
 * vnsyl: Vietnamese syllables: parsing by the orthography's rules, the
 * canonical place of the tone mark, and writing a syllable back.
 *
 * A syllable is onset + vowel cluster + coda, and carries at most one tone
 * mark.  Where the mark goes is a convention that differs between the
 * "old" style (hòa, khỏe, thủy) and the "new" one (hoà, khoẻ, thuỷ) only
 * for the open rhymes oa, oe and uy; input methods also leave marks on
 * the wrong vowel (họat, đọan, ủê).  Comparing syllables after moving the
 * tone to its canonical vowel makes all of these one word; the canonical
 * place chosen here is the new style's.  Display never changes: only the
 * comparisons (search, keywords, quotes, collation, the index) use it.
 */
#ifndef HOSO_VNSYL_H
#define HOSO_VNSYL_H

#include <stddef.h>

#include "util.h"

enum vn_tone {
	VN_TONE_NONE, VN_HUYEN, VN_HOI, VN_NGA, VN_SAC, VN_NANG
};

/* Vowel qualities (the marks that make a letter, not a tone). */
enum { VN_PLAIN, VN_BREVE, VN_CIRCUMFLEX, VN_HORN };

#define VNSYL_MAX 10		/* letters; "nghiêng" has 7 */

struct vn_letter {
	char base;		/* 'a'..'z'; 'D' is đ */
	unsigned char quality;	/* VN_PLAIN .. VN_HORN */
	unsigned char upper;
};

struct vnsyl {
	struct vn_letter l[VNSYL_MAX];
	size_t n;
	enum vn_tone tone;
	size_t tone_at;		/* the letter the tone was written on */
	size_t vowels, coda;	/* l[vowels..coda) is the vowel cluster */
};

/* 1 if s[0..len) (UTF-8, NFC or NFD) is exactly one well-formed
 * Vietnamese syllable in either tone style, or with the tone on another
 * vowel of its cluster; 0 otherwise (v is then unspecified). */
int vnsyl_parse(const char *s, size_t len, struct vnsyl *v);

/* The letter that carries the tone in the canonical (new) style. */
size_t vnsyl_tone_place(const struct vnsyl *v);

/* Appends the syllable, NFC, its tone on letter tone_at. */
void vnsyl_write(const struct vnsyl *v, size_t tone_at, struct util_buf *out);

/* s[0..len) with the tone of every Vietnamese syllable moved to its
 * canonical vowel; everything else is copied.  NFC in, NFC out. */
char *vnsyl_canon_text(const char *s, size_t len, size_t *outlen);

#endif
