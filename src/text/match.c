/*
 * match: per-syllable verification of FOLD_ALL hits (see
 * include/text/match.h).
 *
 * A pattern keeps only the syllables that ask for something FOLD_ALL
 * cannot see (a mark, a capital), so an all-plain query costs nothing
 * beyond the prefilter, as it did before patterns existed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>

#include "match.h"
#include "utf8.h"
#include "vnsyl.h"

static int
word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	return uc_is_alnum(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

/* The next syllable (run of word characters) of s[*i..n). */
static int
next_syllable(const char *s, size_t n, size_t *i, size_t *a, size_t *b)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c;
	size_t k;

	for (; *i < n; *i += k) {
		k = utf8_get(u + *i, n - *i, &c);
		if (word_cp(c))
			break;
	}
	if (*i >= n)
		return 0;
	for (*a = *i; *i < n; *i += k) {
		k = utf8_get(u + *i, n - *i, &c);
		if (!word_cp(c))
			break;
	}
	*b = *i;
	return 1;
}

/* t[0..n) with its tone on the canonical vowel, folded in mode. */
static char *
canon_fold(const char *t, size_t n, enum fold_mode mode, size_t *outlen)
{
	size_t cl;
	char *c = vnsyl_canon_text(t, n, &cl);
	char *f = fold_text(c, cl, mode, outlen, NULL);

	free(c);
	return f;
}

int
match_compile(struct match_pat *p, const char *q, size_t len, int flags)
{
	size_t i = 0, a, b, cap = 0;
	uint32_t *map;

	memset(p, 0, sizeof *p);
	p->all = fold_text(q, len, FOLD_ALL, &p->alen, &map);
	if (p->alen == 0) {
		free(map);
		match_free(p);
		return -1;
	}
	while (next_syllable(p->all, p->alen, &i, &a, &b)) {
		size_t oa = map[a], ob = map[b];
		enum fold_mode mode = fold_query_mode(q + oa, ob - oa);
		struct match_syl *s;

		if (flags & MATCH_FOLD_CASE)
			mode |= FOLD_CASE;
		if (flags & MATCH_FOLD_ALL)
			mode = FOLD_ALL;
		if (mode == FOLD_ALL)
			continue;
		util_grow((void **)&p->syl, &cap, p->nsyl + 1, sizeof *p->syl);
		s = &p->syl[p->nsyl++];
		s->a = a;
		s->b = b;
		s->mode = mode;
		s->own = canon_fold(q + oa, ob - oa, mode, &s->olen);
	}
	free(map);
	return 0;
}

void
match_free(struct match_pat *p)
{
	for (size_t i = 0; i < p->nsyl; i++)
		free(p->syl[i].own);
	free(p->syl);
	free(p->all);
	memset(p, 0, sizeof *p);
}

int
match_any(const struct match_pat *p)
{
	return p->nsyl == 0;
}

int
match_verify(const struct match_pat *p, const char *t, size_t n)
{
	size_t flen;
	uint32_t *map;
	char *f;
	int ok = 1;

	if (p->nsyl == 0)
		return 1;
	f = fold_text(t, n, FOLD_ALL, &flen, &map);
	/* A caller's hit folds to the pattern; anything else is no hit. */
	if (flen != p->alen || memcmp(f, p->all, flen) != 0)
		ok = 0;
	for (size_t i = 0; ok && i < p->nsyl; i++) {
		const struct match_syl *s = &p->syl[i];
		size_t ol;
		char *o = canon_fold(t + map[s->a], map[s->b] - map[s->a],
		    s->mode, &ol);

		ok = ol == s->olen && memcmp(o, s->own, ol) == 0;
		free(o);
	}
	free(map);
	free(f);
	return ok;
}
