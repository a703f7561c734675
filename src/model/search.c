/*
 * search: smart-folded substring search (see include/model/search.h).
 *
 * Every article keeps its FOLD_ALL text, so a search is one memmem pass
 * over folded bytes per pattern.  Only a candidate pays for the map back
 * to the original: its paragraph is folded again with an offset map
 * (cached while consecutive candidates share the paragraph), and, when
 * the pattern has a syllable to verify, the original bytes are checked.
 */
#include "search.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "text.h"
#include "typed.h"
#include "util.h"

static int
init(struct search *s, const char *query, int flags)
{
	memset(s, 0, sizeof *s);
	s->query = text_clean(query, strlen(query), 0, NULL);
	if (match_compile(&s->pat[0], s->query, strlen(s->query), flags) !=
	    0) {
		search_free(s);
		return -1;
	}
	s->npat = 1;
	return 0;
}

int
search_init(struct search *s, const char *query)
{
	return init(s, query, 0);
}

int
search_init_typed(struct search *s, const char *query, search_word_fn known,
    void *ctx)
{
	struct util_buf b;

	if (init(s, query, 0) != 0)
		return -1;
	util_buf_init(&b);
	if (typed_read(s->query, strlen(s->query), known, ctx, &b) > 0 &&
	    match_compile(&s->pat[1], b.data, b.len, 0) == 0) {
		s->npat = 2;
		s->reading = util_buf_detach(&b, NULL);
	}
	util_buf_free(&b);
	return 0;
}

void
search_free(struct search *s)
{
	free(s->query);
	free(s->reading);
	for (size_t i = 0; i < s->npat; i++)
		match_free(&s->pat[i]);
	memset(s, 0, sizeof *s);
}

static int
by_start(const void *x, const void *y)
{
	const struct search_range *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? 1 : a->end > b->end ? -1 : 0;
}

size_t
search_merge_ranges(struct search_range *r, size_t from, size_t n)
{
	size_t w = from;

	if (n - from < 2)
		return n;	/* nothing to merge, and r may still be NULL */
	qsort(r + from, n - from, sizeof *r, by_start);
	for (size_t i = from; i < n; i++)
		if (w == from || r[i].start >= r[w - 1].end)
			r[w++] = r[i];
	return w;
}

size_t
search_text(const struct search *s, const char *text, size_t len,
    struct search_range **r, size_t *n, size_t *cap)
{
	uint32_t *map;
	size_t flen, from = *n;
	char *f = fold_text(text, len, FOLD_ALL, &flen, &map);

	for (size_t k = 0; k < s->npat; k++) {
		const struct match_pat *pat = &s->pat[k];
		const char *p = f, *end = f + flen;

		while (pat->alen > 0 && (size_t)(end - p) >= pat->alen &&
		    (p = memmem(p, (size_t)(end - p), pat->all, pat->alen)) !=
		    NULL) {
			size_t a = (size_t)(p - f), b = a + pat->alen;

			if (s->word_start && a > 0 &&
			    fold_is_word_byte((unsigned char)f[a - 1])) {
				p++;
				continue;
			}
			if (match_verify(pat, text + map[a], map[b] - map[a])) {
				util_grow((void **)r, cap, *n + 1, sizeof **r);
				(*r)[*n].start = map[a];
				(*r)[*n].end = map[b];
				(*n)++;
				p += pat->alen;
			} else {
				p++;
			}
		}
	}
	if (s->npat > 1)
		*n = search_merge_ranges(*r, from, *n);
	free(map);
	free(f);
	return *n - from;
}

static int
hit_by_start(const void *x, const void *y)
{
	const struct search_hit *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? 1 : a->end > b->end ? -1 : 0;
}

static size_t
article_pattern(const struct match_pat *pat, int word_start,
    const struct article *a, size_t ai, struct search_hit **h, size_t *n,
    size_t *cap)
{
	const char *f = a->folded, *end = a->folded + a->flen, *p = f;
	size_t found = 0, cached = (size_t)-1, ps = 0;
	uint32_t *map = NULL;

	while (pat->alen > 0 && found <= HOSO_MAX_HITS &&
	    (size_t)(end - p) >= pat->alen &&
	    (p = memmem(p, (size_t)(end - p), pat->all, pat->alen)) != NULL) {
		size_t fa = (size_t)(p - f), para = corpus_fpara_at(a, fa);
		size_t start, stop;

		if (map == NULL || para != cached) {
			free(map);
			map = corpus_para_map(a, para);
			ps = a->para[para];
			cached = para;
		}
		/* A corpus search finds words from their start, as the
		 * index does (the folded text's boundaries, as keywords'). */
		if (word_start && fa > 0 &&
		    fold_is_word_byte((unsigned char)f[fa - 1])) {
			p++;
			continue;
		}
		start = ps + map[fa - a->fpara[para]];
		stop = ps + map[fa - a->fpara[para] + pat->alen];
		if (match_verify(pat, a->text + start, stop - start)) {
			util_grow((void **)h, cap, *n + 1, sizeof **h);
			(*h)[*n].article = ai;
			(*h)[*n].para = para;
			(*h)[*n].start = start;
			(*h)[*n].end = stop;
			(*n)++;
			found++;
			p += pat->alen;
		} else {
			p++;
		}
	}
	free(map);
	return found;
}

size_t
search_article(const struct search *s, const struct article *a, size_t ai,
    struct search_hit **h, size_t *n, size_t *cap)
{
	size_t from = *n, w;

	for (size_t k = 0; k < s->npat; k++)
		article_pattern(&s->pat[k], s->word_start, a, ai, h, n, cap);
	if (s->npat < 2 || *n - from < 2)
		return *n - from;
	qsort(*h + from, *n - from, sizeof **h, hit_by_start);
	w = from;
	for (size_t i = from; i < *n; i++)
		if (w == from || (*h)[i].start >= (*h)[w - 1].end)
			(*h)[w++] = (*h)[i];
	/* Each pattern stopped after HOSO_MAX_HITS + 1 of its own. */
	*n = w - from > HOSO_MAX_HITS + 1 ? from + HOSO_MAX_HITS + 1 : w;
	return *n - from;
}

int
search_locate(const struct article *a, const char *needle, size_t *start,
    size_t *end, size_t *read)
{
	struct search s;
	const struct match_pat *pat;
	const char *p;
	int rc = -1;

	*read = 0;
	/* Quotes match in FOLD_ALL whatever they contain: the first place
	 * the folded bytes are is the quote, and the search stops there. */
	if (init(&s, needle, MATCH_FOLD_ALL) != 0)
		return -1;
	pat = &s.pat[0];
	*read = a->flen;
	if (pat->alen <= a->flen &&
	    (p = memmem(a->folded, a->flen, pat->all, pat->alen)) != NULL) {
		size_t fa = (size_t)(p - a->folded);
		size_t para = corpus_fpara_at(a, fa), fp = a->fpara[para];
		uint32_t *map = corpus_para_map(a, para);

		*start = a->para[para] + map[fa - fp];
		*end = a->para[para] + map[fa - fp + pat->alen];
		*read = fa + pat->alen;
		free(map);
		rc = 0;
	}
	search_free(&s);
	return rc;
}
