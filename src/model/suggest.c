/*
 * suggest: a topic's possible mentions (see include/model/suggest.h).
 *
 * A title is cut into phrases at its punctuation and at its function
 * words ("Ngoại giao và tiếp xúc cấp cao": the whole, "ngoại giao",
 * "tiếp xúc cấp cao"); a phrase of one syllable says too little, and one
 * that holds a keyword finds only articles that mention the topic
 * already, so neither is looked for.  The index gives, per phrase, the
 * newest articles holding it that have no mention of the topic; those
 * are then read, their hits confirmed in the text (a phrase matches at
 * word boundaries, as a keyword does) and scored.
 */
#include "suggest.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "match.h"
#include "store.h"
#include "util.h"
#include "vitok.h"

/* How many of the newest articles holding a phrase the index looks at,
 * and how many candidates are read and confirmed, at most. */
#define SCAN 2000
#define CANDIDATES (2 * SUGGEST_MENTIONS_MAX)

struct suggest_memo {
	size_t n;
	unsigned char *have;
	struct suggest_mentions *v;
};

/* Words that join the parts of a title rather than name anything. */
static const char *const joins[] = {
	"và", "của", "với", "các", "cho", "trong", "về", "là", "những",
	"tại", "ở", "từ", "đến", "theo", "hoặc", "hay", "giữa", "vì",
	"and", "of", "the", "in", "for", "to",
};

static int
is_join(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof joins / sizeof joins[0]; i++)
		if (strlen(joins[i]) == n && memcmp(joins[i], s, n) == 0)
			return 1;
	return 0;
}

struct tok {
	size_t start, end;
	int join;
	int gap;			/* punctuation before it: a new run */
};

struct toks {
	const char *s;
	struct tok *v;
	size_t n, cap;
};

static int
add_tok(void *ctx, int form, const char *tok, size_t n, size_t start,
    size_t end)
{
	struct toks *t = ctx;
	size_t prev = t->n > 0 ? t->v[t->n - 1].end : 0;
	int gap = 0;

	(void)tok, (void)n, (void)form;
	for (size_t i = prev; i < start; i++)
		if (t->s[i] != ' ')
			gap = 1;
	util_grow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v);
	t->v[t->n].start = start;
	t->v[t->n].end = end;
	t->v[t->n].join = is_join(t->s + start, end - start);
	t->v[t->n].gap = gap;
	t->n++;
	return 0;
}

/* 1 when the FOLD_ALL of phrase p holds keyword k's at word bounds. */
static int
holds(const char *p, const char *k)
{
	struct util_buf a, b;
	int r;

	util_buf_init(&a);
	util_buf_init(&b);
	util_buf_addc(&a, ' ');
	fold_append(&a, p, strlen(p), FOLD_ALL);
	util_buf_addc(&a, ' ');
	util_buf_addc(&b, ' ');
	fold_append(&b, k, strlen(k), FOLD_ALL);
	util_buf_addc(&b, ' ');
	r = strstr(a.data, b.data) != NULL;
	util_buf_free(&a);
	util_buf_free(&b);
	return r;
}

struct phrases {
	char **v;
	size_t *syl;
	size_t n, cap, scap;
};

static void
add_phrase(struct phrases *ph, const struct topic *t, const struct toks *tk,
    size_t from, size_t to)
{
	struct util_buf b;
	size_t k;

	if (to - from < 2)
		return;
	util_buf_init(&b);
	for (size_t i = from; i < to; i++) {
		if (i > from)
			util_buf_addc(&b, ' ');
		util_buf_add(&b, tk->s + tk->v[i].start,
		    tk->v[i].end - tk->v[i].start);
	}
	for (k = 0; k < t->nkeywords; k++)
		if (holds(b.data, t->keywords[k]))
			break;
	for (size_t i = 0; k == t->nkeywords && i < ph->n; i++)
		if (strcmp(ph->v[i], b.data) == 0)
			k = 0;
	if (k < t->nkeywords) {
		util_buf_free(&b);
		return;
	}
	util_grow((void **)&ph->v, &ph->cap, ph->n + 1, sizeof *ph->v);
	util_grow((void **)&ph->syl, &ph->scap, ph->n + 1, sizeof *ph->syl);
	ph->syl[ph->n] = to - from;
	ph->v[ph->n++] = util_buf_detach(&b, NULL);
}

/* The phrases with their syllable counts, best first. */
static size_t
phrases_of(const struct topic *t, char ***out, size_t **syl)
{
	struct phrases ph = { NULL, NULL, 0, 0, 0 };
	struct toks tk = { NULL, NULL, 0, 0 };
	size_t len;
	char *s = fold_text(t->title, strlen(t->title), FOLD_CASE, &len, NULL);

	tk.s = s;
	vitok_scan_query(s, len, add_tok, &tk);
	/* The runs between punctuation, whole, when they hold a joining
	 * word (otherwise the run is one of the parts below). */
	for (size_t i = 0; i < tk.n;) {
		size_t j = i + 1;
		int joined = tk.v[i].join;

		while (j < tk.n && !tk.v[j].gap)
			joined |= tk.v[j++].join;
		if (joined && !tk.v[i].join && !tk.v[j - 1].join)
			add_phrase(&ph, t, &tk, i, j);
		i = j;
	}
	for (size_t i = 0; i < tk.n;) {
		size_t j = i;

		if (tk.v[i].join) {
			i++;
			continue;
		}
		do
			j++;
		while (j < tk.n && !tk.v[j].gap && !tk.v[j].join);
		add_phrase(&ph, t, &tk, i, j);
		i = j;
	}
	/* Longer first: insertion sort, stable, on a handful. */
	for (size_t i = 1; i < ph.n; i++)
		for (size_t j = i; j > 0 && ph.syl[j - 1] < ph.syl[j]; j--) {
			char *x = ph.v[j];
			size_t y = ph.syl[j];

			ph.v[j] = ph.v[j - 1], ph.v[j - 1] = x;
			ph.syl[j] = ph.syl[j - 1], ph.syl[j - 1] = y;
		}
	free(tk.v);
	free(s);
	*out = ph.v;
	if (syl != NULL)
		*syl = ph.syl;
	else
		free(ph.syl);
	return ph.n;
}

size_t
suggest_title_phrases(const struct topic *t, char ***out)
{
	return phrases_of(t, out, NULL);
}

/* The hits of pat in a's text, at word boundaries on both sides: how
 * many, the first one's bytes in *hs, *he. */
static size_t
find_in(const struct article *a, const struct match_pat *pat, size_t *hs,
    size_t *he)
{
	const char *f = a->folded, *end = f + a->flen, *p = f;
	size_t found = 0, cached = (size_t)-1, ps = 0;
	uint32_t *map = NULL;

	while (pat->alen > 0 && (size_t)(end - p) >= pat->alen &&
	    (p = memmem(p, (size_t)(end - p), pat->all, pat->alen)) != NULL) {
		size_t fa = (size_t)(p - f), fb = fa + pat->alen, para, s, e;

		if ((fa > 0 && fold_is_word_byte((unsigned char)f[fa - 1])) ||
		    (fb < a->flen && fold_is_word_byte((unsigned char)f[fb]))) {
			p++;
			continue;
		}
		para = corpus_fpara_at(a, fa);
		if (map == NULL || para != cached) {
			free(map);
			map = corpus_para_map(a, para);
			ps = a->para[para];
			cached = para;
		}
		s = ps + map[fa - a->fpara[para]];
		e = ps + map[fb - a->fpara[para]];
		if (match_verify(pat, a->text + s, e - s)) {
			if (found++ == 0)
				*hs = s, *he = e;
			p += pat->alen;
		} else {
			p++;
		}
	}
	free(map);
	return found;
}

struct rows {
	const struct dossier *ds;
	size_t *v, n, cap;
};

static int
add_row(void *ctx, const char *id)
{
	struct rows *r = ctx;
	size_t row = dossier_find(r->ds, id);

	for (size_t i = 0; row != (size_t)-1 && i < r->n; i++)
		if (r->v[i] == row)
			return 0;
	if (row == (size_t)-1)
		return 0;
	util_grow((void **)&r->v, &r->cap, r->n + 1, sizeof *r->v);
	r->v[r->n++] = row;
	return r->n >= CANDIDATES;
}

static int
by_score(const void *x, const void *y)
{
	const struct suggest_mention *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->row < b->row ? -1 : a->row > b->row;
}

/* Scores row against the phrases: 0 and *m, or -1 when none is in its
 * text after all (the index's phrase spans punctuation). */
static int
confirm(const struct dossier *ds, size_t row, const struct match_pat *pats,
    const size_t *syl, size_t n, struct suggest_mention *m)
{
	int had = dossier_has_body(ds, row);
	const struct article *a = dossier_article(ds, row);
	int found = 0;

	memset(m, 0, sizeof *m);
	m->row = row;
	for (size_t i = 0; i < n; i++) {
		size_t hs = 0, he = 0, k = find_in(a, &pats[i], &hs, &he);

		if (k == 0)
			continue;
		m->score += (unsigned)(syl[i] * k);
		/* The best phrase's first hit is the one shown. */
		if (!found) {
			m->hstart = hs;
			m->hend = he;
			found = 1;
		}
	}
	if (found) {
		corpus_passage(a, m->hstart, m->hend, &m->start, &m->end);
		m->sentence = util_strndup(a->text + m->start,
		    m->end - m->start);
	}
	if (!had)
		dossier_release(ds, row);
	return found ? 0 : -1;
}

static void
compute(const struct dossier *ds, size_t t, struct suggest_mentions *out)
{
	char **ph;
	size_t *syl = NULL;
	size_t n = phrases_of(&ds->map.topics[t], &ph, &syl);
	struct match_pat *pats = util_calloc(n > 0 ? n : 1, sizeof *pats);
	struct rows r = { ds, NULL, 0, 0 };
	struct suggest_mention *v;
	size_t nv = 0;

	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < n && r.n < CANDIDATES; i++)
		store_search_unmentioned(ds->st, ph[i], ds->map.topics[t].id,
		    SCAN, CANDIDATES, add_row, &r);
	for (size_t i = 0; i < n; i++)
		if (match_compile(&pats[i], ph[i], strlen(ph[i]),
		    MATCH_FOLD_CASE) != 0)
			memset(&pats[i], 0, sizeof pats[i]);
	v = util_calloc(r.n > 0 ? r.n : 1, sizeof *v);
	for (size_t i = 0; i < r.n; i++)
		if (confirm(ds, r.v[i], pats, syl, n, &v[nv]) == 0)
			nv++;
	if (nv > 1)
		qsort(v, nv, sizeof *v, by_score);
	while (nv > SUGGEST_MENTIONS_MAX)
		free(v[--nv].sentence);
	out->v = v;
	out->n = nv;
	for (size_t i = 0; i < n; i++) {
		match_free(&pats[i]);
		free(ph[i]);
	}
	free(pats);
	free(ph);
	free(syl);
	free(r.v);
}

const struct suggest_mentions *
suggest_mentions(const struct dossier *cds, size_t t)
{
	/* A cache of what the index says, as dossier_rows.c keeps rows. */
	struct dossier *ds = (struct dossier *)(uintptr_t)cds;
	struct suggest_memo *m = ds->suggest;

	if (t >= ds->map.ntopics)
		util_fatal("suggest_mentions: topic %zu of %zu", t,
		    ds->map.ntopics);
	if (m == NULL) {
		m = ds->suggest = util_calloc(1, sizeof *m);
		m->n = ds->map.ntopics;
		m->have = util_calloc(m->n, 1);
		m->v = util_calloc(m->n, sizeof *m->v);
	}
	if (!m->have[t]) {
		compute(ds, t, &m->v[t]);
		m->have[t] = 1;
	}
	return &m->v[t];
}

void
suggest_memo_free(struct suggest_memo *m)
{
	if (m == NULL)
		return;
	for (size_t t = 0; t < m->n; t++) {
		for (size_t i = 0; i < m->v[t].n; i++)
			free(m->v[t].v[i].sentence);
		free(m->v[t].v);
	}
	free(m->have);
	free(m->v);
	free(m);
}
