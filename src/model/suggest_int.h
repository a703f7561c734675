/*
 * suggest_int: what the files of the keyword candidates share
 * (suggest_terms.c: the table of n-grams and the two passes;
 * suggest_pick.c: the choice of each topic's best).  Not a public header.
 */
#ifndef HOSO_SUGGEST_INT_H
#define HOSO_SUGGEST_INT_H

#include <stddef.h>
#include <stdint.h>

#include "suggest.h"
#include "util.h"
#include "vitok.h"

/* Of a topic's best n-grams, how many are weighed against each other. */
#define SHORTLIST 100
#define NONE UINT32_MAX

struct tc {
	uint32_t topic, count, next;
};

/* One spelling of an n-gram, where it was first seen (Misra-Gries over
 * two slots: the spelling of most of its occurrences wins). */
struct surf {
	uint64_t h;
	uint32_t count, row, off, len;
};

struct ent {
	uint64_t h;
	uint32_t key, klen;		/* in keys: syllables joined by ' ' */
	uint32_t df, stamp;
	uint32_t tc;			/* its topics' counts, a list */
	uint32_t total;
	uint32_t nsyl;
	/* The syllable before it (0: none, a sentence's start or a
	 * punctuation) at its first passage, and how many passages had
	 * that one; the same after it.  A run nearly always inside one
	 * longer run ("tướng Nhật Bản" of "Thủ tướng Nhật Bản") is a piece,
	 * not a term. */
	uint64_t lh, rh;
	uint32_t lsame, rsame;
	struct surf s[2];
};

struct tab {
	struct ent *e;
	size_t n, cap;
	uint32_t *slot;			/* entry + 1, 0 empty */
	size_t nslot;
	struct tc *tc;
	size_t ntc, tccap;
	struct util_buf keys;
	int pruned;
};

/* A syllable of the article being read. */
struct wtok {
	uint32_t start, end, k, kn;
	uint64_t h;
	int brk;			/* not joined to the one before */
	int skip;			/* no part of any n-gram */
	int stop;			/* a function word */
};

struct reader {
	const struct dossier *ds;
	struct vitok_memo *memo;
	struct vitok_list list;
	struct util_buf kb;		/* the keys of the article's syllables */
	struct wtok *t;
	size_t nt, tcap;
	uint32_t serial;
	size_t nsentences;
};

struct cand {
	uint32_t e;
	uint32_t in, out;
	double score;
};

struct shortlist {
	struct cand v[SHORTLIST];
	size_t n, min;
};

/* The syllables of a's text into r (see suggest_terms.c). */
void suggest_tokenize(struct reader *r, const struct article *a);
/* Offers c to a topic's shortlist, which keeps the best SHORTLIST. */
void suggest_offer(struct shortlist *s, struct cand c);
/* A piece of a longer run weighs less (see struct ent). */
double suggest_piece_weight(const struct ent *e);
/* Topic t's per_topic best of its shortlist into *out. */
void suggest_choose(const struct dossier *ds, struct reader *r,
    const struct tab *tb, size_t t, struct shortlist *sl, size_t per_topic,
    struct suggest_topic *out);

#endif
