/*
 * match: what a query or a keyword asks of the text it is found in,
 * syllable by syllable.
 *
 * Finding is done on FOLD_ALL text (no marks, no case), where every
 * spelling of a word is one string; a pattern then says, for each of its
 * syllables, what the original bytes must read as:
 *   - typed without marks: any marks; typed with marks: those marks;
 *   - typed without capitals: any case; with a capital: that case
 *     (unless the caller folds case always, as keywords do);
 *   - marks are compared with the tone on its canonical vowel (vnsyl), so
 *     hòa = hoà, thủy = thuỷ, and a misplaced mark (họat) is its word.
 * "thị thuc" finds thị thực and thị thức, not thì thực.
 */
#ifndef HOSO_MATCH_H
#define HOSO_MATCH_H

#include <stddef.h>

#include "fold.h"

struct match_syl {
	size_t a, b;			/* its bytes in the FOLD_ALL form */
	enum fold_mode mode;		/* what the original must match in */
	char *own;			/* canonical text folded in mode */
	size_t olen;
};

struct match_pat {
	char *all;			/* FOLD_ALL of the pattern */
	size_t alen;
	struct match_syl *syl;		/* only the syllables to verify */
	size_t nsyl;
};

enum {
	MATCH_FOLD_CASE = 1,		/* case never counts (keywords) */
	MATCH_FOLD_ALL = 2		/* neither marks nor case (quotes) */
};

/* Compiles q[0..len) (valid UTF-8, NFC).  0, or -1 when it folds to
 * nothing (p is then empty). */
int match_compile(struct match_pat *p, const char *q, size_t len, int flags);
void match_free(struct match_pat *p);

/* 1 if no syllable needs checking: every FOLD_ALL hit is a match. */
int match_any(const struct match_pat *p);

/* 1 if t[0..n), original bytes whose FOLD_ALL form is p->all, reads as
 * the pattern asks. */
int match_verify(const struct match_pat *p, const char *t, size_t n);

#endif
