/*
 * vitok: search tokens, two forms each (see include/text/vitok.h).
 *
 * The text is folded twice, whole, with offset maps, instead of once per
 * token: the index tokenizes every article of a corpus and a call of the
 * folder per syllable would cost more than the fold itself.  Both maps
 * are non-decreasing, so one forward walk pairs each folded token with
 * its marked form.  The marked form has its tone on the canonical vowel
 * (vnsyl), so both tone placements are one token, as they are one word
 * to the in-memory search.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>

#include "fold.h"
#include "utf8.h"
#include "util.h"
#include "vitok.h"
#include "vnsyl.h"

/* Letters, digits and marks make syllables (and words of other scripts);
 * everything else separates them. */
static int
is_token_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	return uc_is_alnum(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

/* The next token of s[*i..len): its bounds, or 0 at the end. */
static int
next_token(const char *s, size_t len, size_t *i, size_t *a, size_t *b)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c;
	size_t k;

	while (*i < len) {
		k = utf8_get(u + *i, len - *i, &c);
		if (is_token_cp(c))
			break;
		*i += k;
	}
	if (*i >= len)
		return 0;
	*a = *i;
	while (*i < len) {
		k = utf8_get(u + *i, len - *i, &c);
		if (!is_token_cp(c))
			break;
		*i += k;
	}
	*b = *i;
	return 1;
}

/* A direct-mapped cache of marked forms: a syllable's canonical form
 * (vnsyl_canon_text) is the costly part of a token, and a language has a
 * few thousand syllables. */
#define MEMO_SLOTS 8192
#define MEMO_KEY 31
#define MEMO_VAL 39

struct vitok_memo {
	struct {
		unsigned char klen, vlen;	/* klen 0: empty */
		char key[MEMO_KEY], val[MEMO_VAL];
	} slot[MEMO_SLOTS];
};

struct vitok_memo *
vitok_memo_new(void)
{
	return util_calloc(1, sizeof(struct vitok_memo));
}

void
vitok_memo_free(struct vitok_memo *m)
{
	free(m);
}

/* The canonical form of s[0..n): *out (static in m) or a heap string in
 * *heap. */
static const char *
canon(struct vitok_memo *m, const char *s, size_t n, size_t *outlen,
    char **heap)
{
	uint32_t h = 2166136261u;
	size_t k;

	*heap = NULL;
	if (m == NULL || n > MEMO_KEY)
		return *heap = vnsyl_canon_text(s, n, outlen);
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	k = (h ^ (h >> 13)) % MEMO_SLOTS;
	if (m->slot[k].klen == n && memcmp(m->slot[k].key, s, n) == 0) {
		*outlen = m->slot[k].vlen;
		return m->slot[k].val;
	}
	*heap = vnsyl_canon_text(s, n, outlen);
	if (*outlen <= MEMO_VAL) {
		m->slot[k].klen = (unsigned char)n;
		m->slot[k].vlen = (unsigned char)*outlen;
		memcpy(m->slot[k].key, s, n);
		memcpy(m->slot[k].val, *heap, *outlen);
	}
	return *heap;
}

static int
scan_document(const char *s, size_t len, vitok_fn fn, void *ctx,
    struct vitok_memo *m)
{
	size_t alen, clen, i = 0, a, b, ci = 0, cj, os, oe;
	uint32_t *amap, *cmap;
	char *all = fold_text(s, len, FOLD_ALL, &alen, &amap);
	char *own = fold_text(s, len, FOLD_CASE, &clen, &cmap);
	int rc = 0;

	while (rc == 0 && next_token(all, alen, &i, &a, &b)) {
		os = amap[a];
		oe = amap[b];
		rc = fn(ctx, VITOK_FOLDED, all + a, b - a, os, oe);
		if (rc != 0)
			break;
		while (ci < clen && cmap[ci] < os)
			ci++;
		for (cj = ci; cj < clen && cmap[cj] < oe; cj++)
			;
		if (cj - ci != b - a || memcmp(own + ci, all + a, b - a) != 0) {
			size_t cl;
			char *heap;
			const char *c = canon(m, own + ci, cj - ci, &cl, &heap);

			rc = fn(ctx, VITOK_MARKED, c, cl, os, oe);
			free(heap);
		}
		ci = cj;
	}
	free(all);
	free(amap);
	free(own);
	free(cmap);
	return rc;
}

int
vitok_scan_document(const char *s, size_t len, vitok_fn fn, void *ctx)
{
	return scan_document(s, len, fn, ctx, NULL);
}

int
vitok_scan_query(const char *s, size_t len, vitok_fn fn, void *ctx)
{
	size_t i = 0, a, b, n;
	int rc = 0;

	while (rc == 0 && next_token(s, len, &i, &a, &b)) {
		/* FOLD_MARKS stays in the smart mode only when the syllable
		 * as typed has no diacritic. */
		int marked = !(fold_query_mode(s + a, b - a) & FOLD_MARKS);
		char *c = vnsyl_canon_text(s + a, b - a, &n);
		char *f = fold_text(c, n, marked ? FOLD_CASE : FOLD_ALL, &n,
		    NULL);

		free(c);

		rc = fn(ctx, marked ? VITOK_MARKED : VITOK_FOLDED, f, n, a, b);
		free(f);
	}
	return rc;
}

static int
record(void *ctx, int form, const char *tok, size_t n, size_t start,
    size_t end)
{
	struct vitok_list *l = ctx;
	struct vitok_tok *t;

	if (end > UINT32_MAX || l->len + n > UINT32_MAX)
		return -1;
	util_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v);
	util_grow((void **)&l->bytes, &l->bcap, l->len + n, 1);
	t = &l->v[l->n++];
	t->at = (uint32_t)l->len;
	t->n = (uint32_t)n;
	t->start = (uint32_t)start;
	t->end = (uint32_t)end;
	t->form = form;
	memcpy(l->bytes + l->len, tok, n);
	l->len += n;
	return 0;
}

int
vitok_list_document(const char *s, size_t len, struct vitok_list *l,
    struct vitok_memo *m)
{
	l->n = l->len = 0;
	if (scan_document(s, len, record, l, m) == 0)
		return 0;
	l->n = l->len = 0;
	return -1;
}

int
vitok_list_replay(const struct vitok_list *l, vitok_fn fn, void *ctx)
{
	int rc = 0;

	for (size_t i = 0; i < l->n && rc == 0; i++)
		rc = fn(ctx, l->v[i].form, l->bytes + l->v[i].at, l->v[i].n,
		    l->v[i].start, l->v[i].end);
	return rc;
}

void
vitok_list_free(struct vitok_list *l)
{
	free(l->v);
	free(l->bytes);
	memset(l, 0, sizeof *l);
}
