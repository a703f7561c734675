/*
 * search: smart-folded substring search (see include/model/search.h).
 *
 * Every article keeps its FOLD_ALL text, so a search is one memmem pass
 * over folded bytes.  Only a candidate pays for the map back to the
 * original: its paragraph is folded again with an offset map (cached
 * while consecutive candidates share the paragraph), and, when the query
 * is case- or mark-sensitive, the original bytes are folded in the query's
 * own mode and compared.
 */
#include "search.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

int
search_init(struct search *s, const char *query)
{
	memset(s, 0, sizeof *s);
	s->query = text_clean(query, strlen(query), 0, NULL);
	s->mode = fold_query_mode(s->query, strlen(s->query));
	s->all = fold_text(s->query, strlen(s->query), FOLD_ALL, &s->alen,
	    NULL);
	s->own = fold_text(s->query, strlen(s->query), s->mode, &s->olen,
	    NULL);
	if (s->alen == 0) {
		search_free(s);
		return -1;
	}
	return 0;
}

void
search_free(struct search *s)
{
	free(s->query);
	free(s->all);
	free(s->own);
	memset(s, 0, sizeof *s);
}

/* Does the original text t[0..n) read as the query in the query's mode? */
static int
verify(const struct search *s, const char *t, size_t n)
{
	size_t flen;
	char *f;
	int ok;

	if (s->mode == FOLD_ALL)
		return 1;
	f = fold_text(t, n, s->mode, &flen, NULL);
	ok = flen == s->olen && memcmp(f, s->own, flen) == 0;
	free(f);
	return ok;
}

size_t
search_text(const struct search *s, const char *text, size_t len,
    struct search_range **r, size_t *n, size_t *cap)
{
	uint32_t *map;
	size_t flen, found = 0;
	char *f = fold_text(text, len, FOLD_ALL, &flen, &map);
	const char *p = f, *end = f + flen;

	while (s->alen > 0 && (size_t)(end - p) >= s->alen &&
	    (p = memmem(p, (size_t)(end - p), s->all, s->alen)) != NULL) {
		size_t a = (size_t)(p - f), b = a + s->alen;

		if (verify(s, text + map[a], map[b] - map[a])) {
			util_grow((void **)r, cap, *n + 1, sizeof **r);
			(*r)[*n].start = map[a];
			(*r)[*n].end = map[b];
			(*n)++;
			found++;
			p += s->alen;
		} else {
			p++;
		}
	}
	free(map);
	free(f);
	return found;
}

size_t
search_article(const struct search *s, const struct article *a, size_t ai,
    struct search_hit **h, size_t *n, size_t *cap)
{
	const char *f = a->folded, *end = a->folded + a->flen, *p = f;
	size_t found = 0, cached = (size_t)-1, ps = 0;
	uint32_t *map = NULL;

	while (s->alen > 0 && (size_t)(end - p) >= s->alen &&
	    (p = memmem(p, (size_t)(end - p), s->all, s->alen)) != NULL) {
		size_t fa = (size_t)(p - f), para = corpus_fpara_at(a, fa);
		size_t start, stop;

		if (para != cached) {
			free(map);
			map = corpus_para_map(a, para);
			ps = a->para[para];
			cached = para;
		}
		start = ps + map[fa - a->fpara[para]];
		stop = ps + map[fa - a->fpara[para] + s->alen];
		if (verify(s, a->text + start, stop - start)) {
			util_grow((void **)h, cap, *n + 1, sizeof **h);
			(*h)[*n].article = ai;
			(*h)[*n].para = para;
			(*h)[*n].start = start;
			(*h)[*n].end = stop;
			(*n)++;
			found++;
			p += s->alen;
		} else {
			p++;
		}
	}
	free(map);
	return found;
}

size_t
search_corpus(const struct search *s, const struct corpus *c,
    struct search_hit **h, size_t *n, size_t *cap)
{
	size_t found = 0;

	for (size_t i = 0; i < c->n; i++)
		found += search_article(s, &c->v[i], i, h, n, cap);
	return found;
}

int
search_locate(const struct article *a, const char *needle, size_t *start,
    size_t *end)
{
	struct search s;
	struct search_hit *h = NULL;
	size_t n = 0, cap = 0;
	int rc = -1;

	if (search_init(&s, needle) != 0)
		return -1;
	/* Quotes match in FOLD_ALL whatever they contain. */
	s.mode = FOLD_ALL;
	if (search_article(&s, a, 0, &h, &n, &cap) > 0) {
		*start = h[0].start;
		*end = h[0].end;
		rc = 0;
	}
	free(h);
	search_free(&s);
	return rc;
}
