/*
 * suggest_terms: keyword candidates for every topic (see
 * include/model/suggest.h).
 *
 * An n-gram is one to three syllables in a row, with nothing but spaces
 * between them, as the index reads them: case folded, marks kept, the
 * tone on its canonical vowel (vitok's marked form), so "hòa bình" and
 * "Hoà bình" are one and "thì" is not "thị".  Numbers, the syllables of
 * every mention (a keyword found is no candidate) and runs that begin or
 * end with a function word are never n-grams.
 *
 * Pass one reads the articles that have mentions: for each topic, the
 * sentences of its mentions (its passages) and in how many of them each
 * n-gram is.  Pass two reads every article and counts, for the n-grams of
 * that table only, the sentences of the corpus that hold them.  The table
 * is bounded (TABLE_MAX): when it is full the n-grams seen in one passage
 * only are dropped, and the report says so.  Both passes are linear.
 */
#include "suggest.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "passage.h"
#include "suggest_int.h"
#include "util.h"
#include "vitok.h"

#define NGRAM_MAX 3
/* A bound on the table: n-grams, not bytes (about 90 bytes each). */
#ifndef SUGGEST_TABLE_MAX
#define SUGGEST_TABLE_MAX (1u << 19)
#endif
#define TABLE_MAX SUGGEST_TABLE_MAX

/* Function words: no n-gram begins or ends with one. */
static const char *const stops[] = {
	"và", "của", "là", "có", "được", "các", "những", "cho", "với", "trong",
	"này", "đã", "sẽ", "đang", "để", "một", "không", "theo", "từ", "tại",
	"về", "khi", "thì", "mà", "ra", "vào", "cũng", "như", "nhiều", "năm",
	"bên", "ông", "bà", "ngày", "tháng", "đó", "nên", "nhưng", "vì",
	"do", "bởi", "rằng", "nếu", "hơn", "rất", "đều", "lại", "còn", "chỉ",
	"sau", "trước", "trên", "dưới", "giữa", "qua", "đây", "ấy", "nào",
	"gì", "ai", "sự", "việc", "nhau", "mình", "họ", "chúng", "tôi", "ta",
	"hay", "hoặc", "cả", "mọi", "mỗi", "từng", "thêm", "vẫn", "đến",
	"tới", "lên", "ở", "hai", "ba", "bốn", "nhằm", "cùng", "đồng",
	"the", "of", "and", "in", "to", "a", "for", "on",
};

#define NSTOPS (sizeof stops / sizeof stops[0])

/* Asked of every syllable of the corpus: their hashes, in a table made
 * once (open addressing, more than twice their number of slots). */
static int
is_stop(const char *s, size_t n, uint64_t h)
{
	static const char *slot[256];
	static int made;
	size_t i;

	if (!made) {
		for (size_t k = 0; k < NSTOPS; k++) {
			size_t j = (size_t)util_hash(stops[k], strlen(stops[k]));

			for (j &= 255; slot[j] != NULL; j = (j + 1) & 255)
				;
			slot[j] = stops[k];
		}
		made = 1;
	}
	for (i = (size_t)h & 255; slot[i] != NULL; i = (i + 1) & 255)
		if (strlen(slot[i]) == n && memcmp(slot[i], s, n) == 0)
			return 1;
	return 0;
}

static uint64_t
mix(uint64_t h, uint64_t x)
{
	h = (h << 21 | h >> 43) ^ x;
	return h * 0x9E3779B97F4A7C15ull;
}

/* ---- the table ---- */

static void
rehash(struct tab *tb, size_t nslot)
{
	free(tb->slot);
	tb->nslot = nslot;
	tb->slot = util_calloc(nslot, sizeof *tb->slot);
	for (size_t i = 0; i < tb->n; i++) {
		size_t j = (size_t)tb->e[i].h & (nslot - 1);

		while (tb->slot[j] != 0)
			j = (j + 1) & (nslot - 1);
		tb->slot[j] = (uint32_t)i + 1;
	}
}

/* 1 when entry e's key is the syllables t[0..n). */
static int
same(const struct tab *tb, const struct ent *e, const struct reader *r,
    const struct wtok *t, size_t n)
{
	const char *k = tb->keys.data + e->key;
	size_t at = 0;

	if (e->nsyl != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (at >= e->klen || k[at++] != ' '))
			return 0;
		if (at + t[i].kn > e->klen ||
		    memcmp(k + at, r->kb.data + t[i].k, t[i].kn) != 0)
			return 0;
		at += t[i].kn;
	}
	return at == e->klen;
}

static struct ent *
lookup(const struct tab *tb, const struct reader *r, const struct wtok *t,
    size_t n, uint64_t h, size_t *at)
{
	size_t j;

	if (tb->nslot == 0) {
		*at = 0;
		return NULL;
	}
	for (j = (size_t)h & (tb->nslot - 1); tb->slot[j] != 0;
	    j = (j + 1) & (tb->nslot - 1)) {
		struct ent *e = &tb->e[tb->slot[j] - 1];

		if (e->h == h && same(tb, e, r, t, n))
			return e;
	}
	*at = j;
	return NULL;
}

/* Keeps the entries seen in more than floor passages (their counts and
 * keys moved to fresh storage). */
static void
prune(struct tab *tb, uint32_t floor)
{
	size_t tccap = tb->ntc > 0 ? tb->ntc : 1;
	struct tc *tc = util_calloc(tccap, sizeof *tc);
	struct util_buf keys;
	size_t n = 0, ntc = 0;

	util_buf_init(&keys);
	for (size_t i = 0; i < tb->n; i++) {
		struct ent e = tb->e[i];
		uint32_t *link;

		if (e.total <= floor)
			continue;
		link = &e.tc;
		for (uint32_t c = tb->e[i].tc; c != NONE; c = tb->tc[c].next) {
			tc[ntc] = tb->tc[c];
			*link = (uint32_t)ntc;
			link = &tc[ntc++].next;
		}
		*link = NONE;
		e.key = (uint32_t)keys.len;
		util_buf_add(&keys, tb->keys.data + tb->e[i].key, e.klen);
		tb->e[n++] = e;
	}
	free(tb->tc);
	tb->tc = tc;
	tb->ntc = ntc;
	tb->tccap = tccap;
	util_buf_free(&tb->keys);
	tb->keys = keys;
	tb->n = n;
	if (tb->nslot > 0)
		rehash(tb, tb->nslot);
}

static struct ent *
insert(struct tab *tb, const struct reader *r, const struct wtok *t,
    size_t n, uint64_t h)
{
	size_t at;
	struct ent *e = lookup(tb, r, t, n, h, &at);

	if (e != NULL)
		return e;
	if (tb->n >= TABLE_MAX) {
		for (uint32_t floor = 1; tb->n > TABLE_MAX / 4 * 3; floor++)
			prune(tb, floor);
		tb->pruned = 1;
		lookup(tb, r, t, n, h, &at);
	}
	if ((tb->n + 1) * 2 > tb->nslot) {
		util_grow((void **)&tb->e, &tb->cap, tb->n + 1, sizeof *tb->e);
		rehash(tb, tb->nslot ? tb->nslot * 2 : 1024);
		lookup(tb, r, t, n, h, &at);
	}
	util_grow((void **)&tb->e, &tb->cap, tb->n + 1, sizeof *tb->e);
	e = &tb->e[tb->n];
	memset(e, 0, sizeof *e);
	e->h = h;
	e->key = (uint32_t)tb->keys.len;
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			util_buf_addc(&tb->keys, ' ');
		util_buf_add(&tb->keys, r->kb.data + t[i].k, t[i].kn);
	}
	e->klen = (uint32_t)(tb->keys.len - e->key);
	e->nsyl = (uint32_t)n;
	e->tc = NONE;
	tb->slot[at] = (uint32_t)++tb->n;
	return e;
}

static void
count_topic(struct tab *tb, struct ent *e, uint32_t topic)
{
	uint32_t c;

	for (c = e->tc; c != NONE; c = tb->tc[c].next)
		if (tb->tc[c].topic == topic) {
			tb->tc[c].count++;
			break;
		}
	if (c == NONE) {
		util_grow((void **)&tb->tc, &tb->tccap, tb->ntc + 1,
		    sizeof *tb->tc);
		tb->tc[tb->ntc].topic = topic;
		tb->tc[tb->ntc].count = 1;
		tb->tc[tb->ntc].next = e->tc;
		e->tc = (uint32_t)tb->ntc++;
	}
	e->total++;
}

static void
vote(struct ent *e, const char *text, uint32_t row, uint32_t off,
    uint32_t len)
{
	uint64_t h = util_hash(text + off, len);

	for (int i = 0; i < 2; i++)
		if (e->s[i].count > 0 && e->s[i].h == h) {
			e->s[i].count++;
			return;
		}
	for (int i = 0; i < 2; i++)
		if (e->s[i].count == 0) {
			e->s[i] = (struct surf){ h, 1, row, off, len };
			return;
		}
	e->s[0].count--;
	e->s[1].count--;
}

/* ---- reading an article ---- */

/* The syllables of a, each with its key, joined or not to the one before,
 * those of its mentions and numbers skipped. */
void
suggest_tokenize(struct reader *r, const struct article *a)
{
	size_t k = 0;

	r->nt = 0;
	r->kb.len = 0;
	if (vitok_list_document(a->text, a->len, &r->list, r->memo) != 0)
		return;
	for (size_t i = 0; i < r->list.n; i++) {
		const struct vitok_tok *v = &r->list.v[i];
		struct wtok *w;

		if (v->form == VITOK_MARKED && r->nt > 0 &&
		    r->t[r->nt - 1].start == v->start) {
			/* Its marked form is the key; the folded one was
			 * just written last. */
			w = &r->t[r->nt - 1];
			r->kb.len = w->k;
		} else {
			util_grow((void **)&r->t, &r->tcap, r->nt + 1,
			    sizeof *r->t);
			w = &r->t[r->nt++];
			w->start = v->start;
			w->end = v->end;
			w->k = (uint32_t)r->kb.len;
		}
		util_buf_add(&r->kb, r->list.bytes + v->at, v->n);
		w->kn = v->n;
	}
	for (size_t i = 0; i < r->nt; i++) {
		struct wtok *w = &r->t[i];
		const char *s = r->kb.data + w->k;

		w->h = util_hash(s, w->kn);
		w->stop = is_stop(s, w->kn, w->h);
		w->skip = w->kn > 40;
		for (size_t j = 0; j < w->kn; j++)
			if (s[j] >= '0' && s[j] <= '9')
				w->skip = 1;
		while (k < a->nm && a->m[k].end <= w->start)
			k++;
		if (k < a->nm && a->m[k].start < w->end)
			w->skip = 1;
		w->brk = i == 0;
		for (uint32_t j = i > 0 ? r->t[i - 1].end : 0; i > 0 &&
		    j < w->start; j++)
			if (a->text[j] != ' ')
				w->brk = 1;
	}
}

/* Calls fn for each n-gram of the syllables [from, to). */
typedef void ngram_fn(void *ctx, struct reader *r, const struct wtok *t,
    size_t n, uint64_t h, uint64_t lh, uint64_t rh);

static void
ngrams(struct reader *r, size_t from, size_t to, ngram_fn *fn, void *ctx)
{
	for (size_t i = from; i < to; i++) {
		uint64_t h = 0;
		const struct wtok *t = &r->t[i];

		if (t->skip || t->stop)
			continue;
		for (size_t n = 1; n <= NGRAM_MAX && i + n <= to; n++) {
			const struct wtok *last = &t[n - 1];

			if (last->skip || (n > 1 && last->brk))
				break;
			h = mix(h, last->h);
			if (!last->stop)
				fn(ctx, r, t, n, h, i > from && !t->brk &&
				    !t[-1].skip ? t[-1].h : 0, i + n < to &&
				    !t[n].brk && !t[n].skip ? t[n].h : 0);
		}
	}
}

/* The first syllable at or after byte off. */
static size_t
tok_at(const struct reader *r, size_t off)
{
	size_t lo = 0, hi = r->nt;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (r->t[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct pass1 {
	struct tab *tb;
	const struct article *a;
	uint32_t row, topic;
};

static void
in_passage(void *ctx, struct reader *r, const struct wtok *t, size_t n,
    uint64_t h, uint64_t lh, uint64_t rh)
{
	struct pass1 *p = ctx;
	struct ent *e = insert(p->tb, r, t, n, h);

	if (e->stamp == r->serial)
		return;
	e->stamp = r->serial;
	if (e->total == 0)
		e->lh = lh, e->rh = rh;
	e->lsame += e->lh == lh;
	e->rsame += e->rh == rh;
	count_topic(p->tb, e, p->topic);
	vote(e, p->a->text, p->row, t[0].start, t[n - 1].end - t[0].start);
}

/* Pass one over row i: the passages of each of its topics, a sentence
 * once for each topic however many of its mentions it holds. */
static void
passages(struct reader *r, struct tab *tb, size_t i, size_t *np)
{
	const struct article *a = dossier_article(r->ds, i);
	struct pass1 p = { tb, a, (uint32_t)i, 0 };
	size_t cur = SIZE_MAX, ndone = 0, cap = 0;
	uint32_t *done = NULL;

	suggest_tokenize(r, a);
	/* Mentions are by start, so a sentence's are next to each other. */
	for (size_t k = 0; k < a->nm; k++) {
		const struct mention *m = &a->m[k];
		size_t ps = a->para[m->para], pe = corpus_para_end(a, m->para);
		size_t ss, se, j;

		text_sentence(a->text + ps, pe - ps, m->start - ps, &ss, &se);
		ss += ps, se += ps;
		if (ss != cur)
			cur = ss, ndone = 0;
		for (j = 0; j < ndone && done[j] != m->topic; j++)
			;
		if (j < ndone)
			continue;
		util_grow((void **)&done, &cap, ndone + 1, sizeof *done);
		done[ndone++] = m->topic;
		p.topic = m->topic;
		r->serial++;
		np[m->topic]++;
		ngrams(r, tok_at(r, ss), tok_at(r, se), in_passage, &p);
	}
	free(done);
}

static void
in_sentence(void *ctx, struct reader *r, const struct wtok *t, size_t n,
    uint64_t h, uint64_t lh, uint64_t rh)
{
	struct tab *tb = ctx;
	size_t at;

	(void)lh, (void)rh;
	struct ent *e = lookup(tb, r, t, n, h, &at);

	if (e != NULL && e->stamp != r->serial) {
		e->stamp = r->serial;
		e->df++;
	}
}

/* Pass two over row i: every sentence. */
static void
sentences(struct reader *r, struct tab *tb, size_t i)
{
	const struct article *a = dossier_article(r->ds, i);

	suggest_tokenize(r, a);
	for (size_t p = 0; p < a->npara; p++) {
		size_t ps = a->para[p], plen = corpus_para_end(a, p) - ps;
		size_t pos = 0;

		while (pos < plen) {
			size_t ss, se;

			/* From the sentence's first letter: at the space after
			 * a full stop, the sentence is the one before it. */
			while (pos < plen && a->text[ps + pos] == ' ')
				pos++;
			if (pos == plen)
				break;
			text_sentence(a->text + ps, plen, pos, &ss, &se);
			if (se <= pos)
				se = pos + 1;
			r->serial++;
			r->nsentences++;
			ngrams(r, tok_at(r, ps + ss), tok_at(r, ps + se),
			    in_sentence, tb);
			pos = se;
		}
	}
}

void
suggest_terms(const struct dossier *ds, size_t per_topic,
    struct suggest_terms *out)
{
	size_t nt = ds->map.ntopics;
	size_t *np = util_calloc(nt + 1, sizeof *np);
	struct shortlist *sl = util_calloc(nt + 1, sizeof *sl);
	struct tab tb;
	struct reader r;

	memset(out, 0, sizeof *out);
	memset(&tb, 0, sizeof tb);
	memset(&r, 0, sizeof r);
	util_buf_init(&tb.keys);
	util_buf_init(&r.kb);
	r.ds = ds;
	r.memo = vitok_memo_new();
	for (size_t i = 0; i < ds->corpus.n; i++) {
		int had = dossier_has_body(ds, i);

		if (dossier_topics_of(ds, i)->ntopics == 0)
			continue;
		passages(&r, &tb, i, np);
		if (!had)
			dossier_release(ds, i);
	}
	/* What is in one passage only can never be offered. */
	out->pruned = tb.pruned;
	prune(&tb, 1);
	for (size_t i = 0; i < tb.n; i++)
		tb.e[i].stamp = 0;
	r.serial = 0;
	for (size_t i = 0; i < ds->corpus.n && tb.n > 0; i++) {
		int had = dossier_has_body(ds, i);

		sentences(&r, &tb, i);
		if (!had)
			dossier_release(ds, i);
	}
	for (size_t i = 0; i < tb.n; i++) {
		const struct ent *e = &tb.e[i];

		for (uint32_t c = e->tc; c != NONE; c = tb.tc[c].next) {
			struct cand k;
			size_t t = tb.tc[c].topic;

			if (t >= nt || tb.tc[c].count < 2)
				continue;
			k.e = (uint32_t)i;
			k.in = tb.tc[c].count;
			k.out = e->df > k.in ? e->df - k.in : 0;
			k.score = suggest_score(k.in, np[t], k.out,
			    r.nsentences > np[t] ? r.nsentences - np[t] : 0) *
			    suggest_piece_weight(e);
			if (k.score > 0)
				suggest_offer(&sl[t], k);
		}
	}
	out->ntopics = nt;
	out->nsentences = r.nsentences;
	out->topics = util_calloc(nt > 0 ? nt : 1, sizeof *out->topics);
	for (size_t t = 0; t < nt; t++) {
		suggest_choose(ds, &r, &tb, t, &sl[t], per_topic, &out->topics[t]);
		out->topics[t].npassages = np[t];
	}
	vitok_memo_free(r.memo);
	vitok_list_free(&r.list);
	util_buf_free(&r.kb);
	free(r.t);
	util_buf_free(&tb.keys);
	free(tb.e);
	free(tb.slot);
	free(tb.tc);
	free(sl);
	free(np);
}
