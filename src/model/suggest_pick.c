/*
 * suggest_pick: the choice of each topic's keyword candidates among its
 * shortlist (see suggest_terms.c for the counts): the score, pieces of
 * keywords and of longer candidates left out, one suggestion per phrase,
 * and the spelling of each as the texts mostly write it.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "suggest_int.h"
#include "util.h"

double
suggest_score(size_t in, size_t np, size_t out, size_t no)
{
	double pin = ((double)in + 0.5) / ((double)np + 1.0);
	double pout = ((double)out + 0.5) / ((double)no + 1.0);

	if (in == 0 || pin <= pout)
		return 0;
	return (double)in * log2(pin / pout);
}

void
suggest_offer(struct shortlist *s, struct cand c)
{
	if (s->n < SHORTLIST) {
		s->v[s->n++] = c;
	} else if (c.score > s->v[s->min].score) {
		s->v[s->min] = c;
	} else {
		return;
	}
	s->min = 0;
	for (size_t i = 1; i < s->n; i++)
		if (s->v[i].score < s->v[s->min].score)
			s->min = i;
}

static int
by_score(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->e < b->e ? -1 : a->e > b->e;
}

/* 1 when the syllables of b (bn bytes) are a run of those of a. */
static int
within(const char *a, size_t an, const char *b, size_t bn)
{
	for (size_t i = 0; i + bn <= an; i++)
		if ((i == 0 || a[i - 1] == ' ') && (i + bn == an ||
		    a[i + bn] == ' ') && memcmp(a + i, b, bn) == 0)
			return 1;
	return 0;
}

/* 1 when a run of syllables ending a is one beginning b. */
static int
leads_into(const char *a, size_t an, const char *b, size_t bn)
{
	for (size_t i = 0; i < an; i++) {
		size_t n = an - i;

		if ((i == 0 || a[i - 1] == ' ') && n <= bn &&
		    memcmp(a + i, b, n) == 0 && (n == bn || b[n] == ' '))
			return 1;
	}
	return 0;
}

double
suggest_piece_weight(const struct ent *e)
{
	double w = 1;

	if (e->lh != 0 && e->lsame * 5 >= e->total * 4)
		w *= 0.4;
	if (e->rh != 0 && e->rsame * 5 >= e->total * 4)
		w *= 0.4;
	return w;
}

/* The key of a keyword, as the n-grams' are made. */
static char *
keyword_key(struct reader *r, const char *kw)
{
	struct util_buf b;
	struct article a;

	memset(&a, 0, sizeof a);
	a.text = (char *)(uintptr_t)kw;
	a.len = strlen(kw);
	suggest_tokenize(r, &a);
	util_buf_init(&b);
	util_buf_adds(&b, "");
	for (size_t i = 0; i < r->nt; i++) {
		if (i > 0)
			util_buf_addc(&b, ' ');
		util_buf_add(&b, r->kb.data + r->t[i].k, r->t[i].kn);
	}
	return util_buf_detach(&b, NULL);
}

static char *
spelling(const struct dossier *ds, const struct ent *e)
{
	const struct surf *s = e->s[1].count > e->s[0].count ? &e->s[1] :
	    &e->s[0];
	int had = dossier_has_body(ds, s->row);
	const struct article *a = dossier_article(ds, s->row);
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	for (uint32_t i = s->off; i < s->off + s->len && i < a->len; i++)
		if (a->text[i] != ' ' || b.data[b.len - 1] != ' ')
			util_buf_addc(&b, a->text[i]);
	if (!had)
		dossier_release(ds, s->row);
	return util_buf_detach(&b, NULL);
}

void
suggest_choose(const struct dossier *ds, struct reader *r, const struct tab *tb,
    size_t t, struct shortlist *sl, size_t per_topic,
    struct suggest_topic *out)
{
	const struct topic *tp = &ds->map.topics[t];
	size_t nk = tp->nkeywords, nc = 0;
	char **kk = util_calloc(nk > 0 ? nk : 1, sizeof *kk);
	int *drop = util_calloc(sl->n > 0 ? sl->n : 1, sizeof *drop);
	size_t *chosen = util_calloc(per_topic > 0 ? per_topic : 1,
	    sizeof *chosen);

	for (size_t k = 0; k < nk; k++)
		kk[k] = keyword_key(r, tp->keywords[k]);
	if (sl->n > 1)
		qsort(sl->v, sl->n, sizeof *sl->v, by_score);
	for (size_t i = 0; i < sl->n; i++) {
		const struct ent *g = &tb->e[sl->v[i].e];
		const char *gk = tb->keys.data + g->key;

		/* A piece of a keyword is no new keyword. */
		for (size_t k = 0; k < nk && !drop[i]; k++)
			drop[i] = within(kk[k], strlen(kk[k]), gk, g->klen);
		/* Nor a piece of a longer candidate found mostly inside it
		 * ("điện" of "điện tử"). */
		for (size_t j = 0; j < sl->n && !drop[i]; j++) {
			const struct ent *h = &tb->e[sl->v[j].e];

			drop[i] = h->nsyl > g->nsyl && sl->v[j].in * 5 >=
			    sl->v[i].in * 3 && within(tb->keys.data + h->key,
			    h->klen, gk, g->klen);
		}
	}
	for (size_t i = 0; i < sl->n && nc < per_topic; i++) {
		const struct ent *g = &tb->e[sl->v[i].e];
		int overlap = drop[i];

		for (size_t j = 0; j < nc && !overlap; j++) {
			const struct ent *h = &tb->e[sl->v[chosen[j]].e];

			/* Two pieces of one phrase are one suggestion. */
			overlap = leads_into(tb->keys.data + h->key, h->klen,
			    tb->keys.data + g->key, g->klen) ||
			    leads_into(tb->keys.data + g->key, g->klen,
			    tb->keys.data + h->key, h->klen) ||
			    within(tb->keys.data + h->key, h->klen,
			    tb->keys.data + g->key, g->klen) ||
			    within(tb->keys.data + g->key, g->klen,
			    tb->keys.data + h->key, h->klen);
		}
		if (!overlap)
			chosen[nc++] = i;
	}
	out->v = util_calloc(nc > 0 ? nc : 1, sizeof *out->v);
	for (size_t j = 0; j < nc; j++) {
		const struct cand *c = &sl->v[chosen[j]];

		out->v[j].text = spelling(ds, &tb->e[c->e]);
		out->v[j].score = c->score;
		out->v[j].passages = c->in;
		out->v[j].elsewhere = c->out;
	}
	out->n = nc;
	for (size_t k = 0; k < nk; k++)
		free(kk[k]);
	free(kk);
	free(drop);
	free(chosen);
}

void
suggest_terms_free(struct suggest_terms *s)
{
	for (size_t t = 0; t < s->ntopics; t++) {
		for (size_t i = 0; i < s->topics[t].n; i++)
			free(s->topics[t].v[i].text);
		free(s->topics[t].v);
	}
	free(s->topics);
	memset(s, 0, sizeof *s);
}
