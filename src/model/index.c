/*
 * index: topic mentions (see include/model/index.h).
 *
 * Keywords are folded (FOLD_ALL) once, and every word prefix of each
 * ("hội", "hội đàm", "hội đàm cấp cao") is a node of one hash table: a
 * word-level trie, flattened.  The scan walks every article's folded text
 * word by word; at each word start it probes the one-word prefix, then,
 * while a node says some keyword goes on, the prefix one word longer.  A
 * node holds only the keywords whose last word ends there, each checked
 * with memcmp and a word-boundary test, so 10,000 keywords that share a
 * first word cost a probe per word of the text, not 10,000 comparisons.
 * A keyword's syllables written with diacritics are then checked against
 * the original bytes (match.h), so their marks must match, in either tone
 * placement.  Keywords are at most HOSO_MAX_KEYWORD_BYTES (topics.c), so
 * the probes at one word start are bounded: work is linear in the corpus
 * size, and the number of keywords only sizes the table.
 */
#include "index.h"

#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "fold.h"
#include "match.h"
#include "util.h"

/* fold_is_word_byte as a table: the scan asks it for every byte. */
struct wordbytes {
	unsigned char is[256];
};

struct kw {
	struct match_pat pat;		/* its FOLD_ALL form and what to verify */
	size_t first;			/* length of its first word */
	uint32_t topic, keyword;
};

/* A node: a word prefix of one keyword or more. */
struct bucket {
	const char *word;		/* the prefix (points into a kw) */
	size_t wlen;
	size_t *kws;			/* the keywords whose words end here */
	/* same[j]: kws[j] asks what kws[j - 1] does (another topic's
	 * keyword of the same spelling), so one check answers both. */
	unsigned char *same;
	size_t n, cap;
	int more;			/* some keyword has more words */
};

struct kwtable {
	struct kw *kw;
	size_t nkw;
	struct bucket *b;
	size_t nb;			/* power of two */
	size_t maxgap;			/* longest run between two words */
	struct wordbytes wb;
};

static struct bucket *
lookup(const struct kwtable *t, const char *w, size_t n)
{
	size_t i = (size_t)util_hash(w, n) & (t->nb - 1);

	for (;; i = (i + 1) & (t->nb - 1)) {
		struct bucket *b = &t->b[i];

		if (b->word == NULL)
			return b;
		if (b->wlen == n && memcmp(b->word, w, n) == 0)
			return b;
	}
}

static void
wordbytes_init(struct wordbytes *w)
{
	for (int c = 0; c < 256; c++)
		w->is[c] = (unsigned char)fold_is_word_byte((unsigned char)c);
}

#define WORD(w, c) ((w)->is[(unsigned char)(c)])

static size_t
word_len(const struct wordbytes *w, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && WORD(w, s[i]))
		i++;
	return i;
}

/* Orders keywords by what they ask of the text (their folded bytes,
 * then the syllables to verify), then by topic and map order. */
static int
cmp_pattern(const struct kw *a, const struct kw *b)
{
	const struct match_pat *p = &a->pat, *q = &b->pat;
	size_t n = p->alen < q->alen ? p->alen : q->alen;
	int c = memcmp(p->all, q->all, n);

	if (c != 0 || p->alen != q->alen)
		return c != 0 ? c : p->alen < q->alen ? -1 : 1;
	if (p->nsyl != q->nsyl)
		return p->nsyl < q->nsyl ? -1 : 1;
	for (size_t i = 0; i < p->nsyl; i++) {
		const struct match_syl *x = &p->syl[i], *y = &q->syl[i];

		if (x->a != y->a)
			return x->a < y->a ? -1 : 1;
		if (x->mode != y->mode)
			return x->mode < y->mode ? -1 : 1;
		n = x->olen < y->olen ? x->olen : y->olen;
		if ((c = memcmp(x->own, y->own, n)) != 0)
			return c;
		if (x->olen != y->olen)
			return x->olen < y->olen ? -1 : 1;
	}
	return 0;
}

static int
cmp_kw_ix(const void *x, const void *y, void *ctx)
{
	const struct kw *kw = ctx;
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	const struct kw *a = &kw[i], *b = &kw[j];
	int c = cmp_pattern(a, b);

	if (c != 0)
		return c;
	if (a->topic != b->topic)
		return a->topic < b->topic ? -1 : 1;
	return i < j ? -1 : i > j;
}

/* Sorts a bucket so that keywords of one spelling are together, drops a
 * keyword listed twice in a topic (it would find every mention twice,
 * and a map can list it thousands of times) and marks the rest. */
static void
settle_bucket(struct bucket *b, struct kw *kw)
{
	size_t w = 0;

	if (b->n > 1)
		qsort_r(b->kws, b->n, sizeof *b->kws, cmp_kw_ix, (void *)kw);
	b->same = util_calloc(b->n ? b->n : 1, 1);
	for (size_t r = 0; r < b->n; r++) {
		const struct kw *k = &kw[b->kws[r]];
		int same = w > 0 && cmp_pattern(&kw[b->kws[w - 1]], k) == 0;

		if (same && kw[b->kws[w - 1]].topic == k->topic)
			continue;
		b->same[w] = (unsigned char)same;
		b->kws[w++] = b->kws[r];
	}
	b->n = w;
}

static void
build_table(struct kwtable *t, const struct topicmap *m)
{
	size_t cap = 0, nodes = 0;

	memset(t, 0, sizeof *t);
	wordbytes_init(&t->wb);
	for (size_t ti = 0; ti < m->ntopics; ti++) {
		const struct topic *tp = &m->topics[ti];

		for (size_t ki = 0; ki < tp->nkeywords; ki++) {
			const char *k = tp->keywords[ki];
			struct kw w;

			/* Case never counts in a keyword; marks do, syllable
			 * by syllable, in either tone placement. */
			if (match_compile(&w.pat, k, strlen(k),
			    MATCH_FOLD_CASE) != 0)
				continue;
			w.first = word_len(&t->wb, w.pat.all, w.pat.alen);
			/* A keyword must start with a word: that is where the
			 * scan looks.  dossier_check reports the others. */
			if (w.first == 0) {
				match_free(&w.pat);
				continue;
			}
			w.topic = (uint32_t)ti;
			w.keyword = (uint32_t)ki;
			util_grow((void **)&t->kw, &cap, t->nkw + 1, sizeof *t->kw);
			t->kw[t->nkw++] = w;
		}
	}
	/* A node per word of every keyword at most. */
	for (size_t i = 0; i < t->nkw; i++)
		nodes += fold_count_words(t->kw[i].pat.all, t->kw[i].pat.alen);
	for (t->nb = 16; t->nb < nodes * 2; t->nb *= 2)
		;
	t->b = util_calloc(t->nb, sizeof *t->b);
	for (size_t i = 0; i < t->nkw; i++) {
		const struct kw *k = &t->kw[i];
		const char *w = k->pat.all;
		size_t n = k->pat.alen, e = k->first;

		for (;;) {
			struct bucket *b = lookup(t, w, e);
			size_t q = e;

			if (b->word == NULL) {
				b->word = w;
				b->wlen = e;
			}
			while (q < n && !WORD(&t->wb, w[q]))
				q++;
			if (q == n) {
				util_grow((void **)&b->kws, &b->cap, b->n + 1,
				    sizeof *b->kws);
				b->kws[b->n++] = i;
				break;
			}
			b->more = 1;
			if (q - e > t->maxgap)
				t->maxgap = q - e;
			e = q + word_len(&t->wb, w + q, n - q);
		}
	}
	for (size_t i = 0; i < t->nb; i++)
		if (t->b[i].word != NULL)
			settle_bucket(&t->b[i], t->kw);
}

static void
free_table(struct kwtable *t)
{
	for (size_t i = 0; i < t->nkw; i++) {
		match_free(&t->kw[i].pat);
	}
	for (size_t i = 0; i < t->nb; i++) {
		free(t->b[i].kws);
		free(t->b[i].same);
	}
	free(t->kw);
	free(t->b);
}

/* Sorts one article's raw matches so that, per topic, the longest of any
 * overlapping run comes first. */
static int
cmp_topic_start(const void *x, const void *y)
{
	const struct mention *a = x, *b = y;

	if (a->topic != b->topic)
		return a->topic < b->topic ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return 0;
}

static int
cmp_start_topic(const void *x, const void *y)
{
	const struct mention *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->topic != b->topic)
		return a->topic < b->topic ? -1 : 1;
	return 0;
}

/* One article's scan: where it is, and the paragraph map it holds. */
struct scan {
	struct index *ix;
	size_t *cap;
	const struct kwtable *t;
	const struct article *a;
	uint32_t ai;
	size_t first;			/* the article's first mention */
	size_t upto;			/* where the cap stopped it, or a->len */
	size_t para, cached, ps;
	uint32_t *map;			/* folded to stored offsets, of cached */
};

/* Appends the mentions of node b's keywords at folded offset i; -1 once
 * the article has HOSO_MAX_MENTIONS (sc->upto says where). */
static int
scan_node(struct scan *sc, const struct bucket *b, size_t i)
{
	const struct kwtable *t = sc->t;
	const struct article *a = sc->a;
	const char *f = a->folded;
	struct index *ix = sc->ix;
	size_t os = 0, oe = 0;

	for (size_t j = 0, ok = 0; j < b->n; j++) {
		const struct kw *k = &t->kw[b->kws[j]];
		size_t e = i + k->pat.alen, fp;

		/* The same spelling as the one before: its answer. */
		if (b->same[j] && !ok)
			continue;
		if (!b->same[j]) {
			ok = 0;
			if (e > a->flen ||
			    memcmp(f + i, k->pat.all, k->pat.alen) != 0)
				continue;
			if (e < a->flen && WORD(&t->wb, f[e]) &&
			    WORD(&t->wb, f[e - 1]))
				continue;
			while (sc->para + 1 < a->npara &&
			    a->fpara[sc->para + 1] <= i)
				sc->para++;
			if (sc->map == NULL || sc->para != sc->cached) {
				free(sc->map);
				sc->map = corpus_para_map(a, sc->para);
				sc->ps = a->para[sc->para];
				sc->cached = sc->para;
			}
			fp = a->fpara[sc->para];
			os = sc->ps + sc->map[i - fp];
			oe = sc->ps + sc->map[e - fp];
			if (!match_verify(&k->pat, a->text + os, oe - os))
				continue;
			ok = 1;
		}
		if (ix->n - sc->first >= HOSO_MAX_MENTIONS) {
			sc->upto = os;
			return -1;
		}
		util_grow((void **)&ix->m, sc->cap, ix->n + 1, sizeof *ix->m);
		ix->m[ix->n].article = sc->ai;
		ix->m[ix->n].topic = k->topic;
		ix->m[ix->n].keyword = k->keyword;
		ix->m[ix->n].para = (uint32_t)sc->para;
		ix->m[ix->n].start = (uint32_t)os;
		ix->m[ix->n].end = (uint32_t)oe;
		ix->n++;
	}
	return 0;
}

/* Scans one article, appending its mentions to ix->m; at most
 * HOSO_MAX_MENTIONS of them: returns the offset of the stored text where
 * the scan stopped for that (a->len when it read the whole). */
static size_t
scan_article(struct index *ix, size_t *cap, const struct kwtable *t,
    const struct article *a, uint32_t ai)
{
	const char *f = a->folded;
	const struct wordbytes *wb = &t->wb;
	struct scan sc = { ix, cap, t, a, ai, ix->n, a->len, 0, 0, 0, NULL };
	size_t first = ix->n;

	for (size_t i = 0; i < a->flen && sc.upto == a->len;) {
		size_t wl, pe, q;
		const struct bucket *b;

		if (!WORD(wb, f[i])) {
			i++;
			continue;
		}
		wl = word_len(wb, f + i, a->flen - i);
		/* The prefixes starting at i, one word longer each time. */
		for (pe = i + wl;; pe = q + word_len(wb, f + q, a->flen - q)) {
			b = lookup(t, f + i, pe - i);
			if (b->word == NULL || scan_node(&sc, b, i) != 0 ||
			    !b->more)
				break;
			/* A gap longer than any keyword's ends them all. */
			for (q = pe; q < a->flen && !WORD(wb, f[q]) &&
			    q - pe < t->maxgap; q++)
				;
			if (q >= a->flen || !WORD(wb, f[q]))
				break;
		}
		i += wl;
	}
	free(sc.map);

	/* Same-topic overlaps ("miễn thị thực" and "thị thực") count once. */
	if (ix->n - first < 2)
		return sc.upto;
	qsort(ix->m + first, ix->n - first, sizeof *ix->m, cmp_topic_start);
	{
		size_t w = first;

		for (size_t r = first; r < ix->n; r++) {
			if (w > first && ix->m[w - 1].topic == ix->m[r].topic &&
			    ix->m[r].start < ix->m[w - 1].end)
				continue;
			ix->m[w++] = ix->m[r];
		}
		ix->n = w;
	}
	qsort(ix->m + first, ix->n - first, sizeof *ix->m, cmp_start_topic);
	return sc.upto;
}

int
index_count_cmp(const void *x, const void *y)
{
	const struct index_count *a = x, *b = y;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return a->ix < b->ix ? -1 : a->ix > b->ix;
}

void
index_build(struct index *ix, const struct corpus *c, const struct topicmap *m)
{
	struct kwtable t;
	size_t cap = 0, nat = 0, capat = 0;
	uint32_t *count;
	size_t *cursor;

	memset(ix, 0, sizeof *ix);
	build_table(&t, m);
	ix->article_first = util_calloc(c->n + 1, sizeof *ix->article_first);
	for (size_t a = 0; a < c->n; a++) {
		ix->article_first[a] = ix->n;
		if (t.nkw > 0)
			scan_article(ix, &cap, &t, &c->v[a], (uint32_t)a);
	}
	ix->article_first[c->n] = ix->n;
	free_table(&t);

	/* Per topic: mention lists and article rankings. */
	ix->ntopics = m->ntopics;
	ix->topics = util_calloc(m->ntopics, sizeof *ix->topics);
	for (size_t i = 0; i < ix->n; i++)
		ix->topics[ix->m[i].topic].mentions++;
	cursor = util_calloc(m->ntopics + 1, sizeof *cursor);
	for (size_t ti = 0; ti < m->ntopics; ti++)
		ix->topics[ti].mention_ix = util_calloc(
		    ix->topics[ti].mentions, sizeof(uint32_t));
	for (size_t i = 0; i < ix->n; i++) {
		uint32_t ti = ix->m[i].topic;

		ix->topics[ti].mention_ix[cursor[ti]++] = (uint32_t)i;
	}
	free(cursor);

	/* Per article: topics with counts; feeds the topic rankings too. */
	count = util_calloc(m->ntopics + 1, sizeof *count);
	ix->atopic_first = util_calloc(c->n + 1, sizeof *ix->atopic_first);
	for (size_t a = 0; a < c->n; a++) {
		size_t s = nat;

		ix->atopic_first[a] = nat;
		for (size_t i = ix->article_first[a]; i < ix->article_first[a + 1];
		    i++)
			count[ix->m[i].topic]++;
		for (size_t i = ix->article_first[a]; i < ix->article_first[a + 1];
		    i++) {
			uint32_t ti = ix->m[i].topic;
			struct index_topic *tp = &ix->topics[ti];

			if (count[ti] == 0)
				continue;
			util_grow((void **)&ix->atopics, &capat, nat + 1,
			    sizeof *ix->atopics);
			ix->atopics[nat].ix = ti;
			ix->atopics[nat].count = count[ti];
			nat++;
			tp->articles = util_reallocarray(tp->articles,
			    tp->narticles + 1, sizeof *tp->articles);
			tp->articles[tp->narticles].ix = (uint32_t)a;
			tp->articles[tp->narticles].count = count[ti];
			tp->narticles++;
			count[ti] = 0;
		}
		if (nat - s > 1)
			qsort(ix->atopics + s, nat - s, sizeof *ix->atopics,
			    index_count_cmp);
	}
	ix->atopic_first[c->n] = nat;
	free(count);
	for (size_t ti = 0; ti < m->ntopics; ti++)
		if (ix->topics[ti].narticles > 1)
			qsort(ix->topics[ti].articles, ix->topics[ti].narticles,
			    sizeof *ix->topics[ti].articles, index_count_cmp);
}

struct index_matcher {
	struct kwtable t;
};

struct index_matcher *
index_matcher_new(const struct topicmap *m)
{
	struct index_matcher *k = util_calloc(1, sizeof *k);

	build_table(&k->t, m);
	return k;
}

void
index_matcher_free(struct index_matcher *k)
{
	if (k == NULL)
		return;
	free_table(&k->t);
	free(k);
}

size_t
index_scan(const struct index_matcher *k, const struct article *a,
    struct mention **out, size_t *upto)
{
	struct index one;
	size_t cap = 0, u = a->len;

	memset(&one, 0, sizeof one);
	if (k->t.nkw > 0)
		u = scan_article(&one, &cap, &k->t, a, 0);
	if (upto != NULL)
		*upto = u;
	*out = one.m;
	return one.n;
}

void
index_free(struct index *ix)
{
	for (size_t i = 0; i < ix->ntopics; i++) {
		free(ix->topics[i].articles);
		free(ix->topics[i].mention_ix);
	}
	free(ix->topics);
	free(ix->m);
	free(ix->article_first);
	free(ix->atopics);
	free(ix->atopic_first);
	memset(ix, 0, sizeof *ix);
}

void
index_cap_warning(struct diag *d, const char *path, const struct article *a,
    size_t upto)
{
	char cap[UTIL_GROUPED_SIZE], at[UTIL_GROUPED_SIZE], len[UTIL_GROUPED_SIZE];

	if (upto >= a->len)
		return;
	diag_emit(d, DIAG_WARNING, path, 0, 0, "more than %s topic mentions; "
	    "kept those of its first %s bytes (of %s)",
	    util_grouped(HOSO_MAX_MENTIONS, cap), util_grouped(upto, at),
	    util_grouped(a->len, len));
}
