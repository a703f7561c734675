/*
 * ids: the sorted id index (see include/base/ids.h).
 *
 * Sorting (id, index) pairs rather than bare indices puts everything a
 * comparison needs inside the pair, so the comparator needs no context and
 * no global; the index as tie-break makes the order total, so qsort's
 * instability cannot change which duplicate counts as the first.
 */
#include "ids.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static int
cmp_pair(const void *x, const void *y)
{
	const struct ids_pair *a = x, *b = y;
	int c = strcmp(a->id, b->id);

	if (c != 0)
		return c;
	return a->ix < b->ix ? -1 : a->ix > b->ix;
}

void
ids_build(struct ids *x, const void *items, size_t n,
    const char *(*id_of)(const void *items, size_t i))
{
	x->v = n > 0 ? util_calloc(n, sizeof *x->v) : NULL;
	x->n = 0;
	for (size_t i = 0; i < n; i++) {
		const char *id = id_of(items, i);

		if (id == NULL)
			continue;
		x->v[x->n].id = id;
		x->v[x->n].ix = i;
		x->n++;
	}
	if (x->n > 1)
		qsort(x->v, x->n, sizeof *x->v, cmp_pair);
}

void
ids_free(struct ids *x)
{
	free(x->v);
	x->v = NULL;
	x->n = 0;
}

size_t
ids_find(const struct ids *x, const char *id)
{
	size_t lo = 0, hi = x->n;

	/* The leftmost pair with this id: the first item that has it. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(x->v[mid].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < x->n && strcmp(x->v[lo].id, id) == 0)
		return x->v[lo].ix;
	return IDS_NONE;
}

size_t *
ids_firsts(const struct ids *x, size_t n)
{
	size_t *first = util_calloc(n > 0 ? n : 1, sizeof *first);
	size_t run = 0;

	for (size_t i = 0; i < n; i++)
		first[i] = IDS_NONE;
	for (size_t i = 0; i < x->n; i++) {
		if (x->v[i].ix >= n)
			util_fatal("ids: item %zu of %zu", x->v[i].ix, n);
		if (i > 0 && strcmp(x->v[i].id, x->v[run].id) != 0)
			run = i;
		first[x->v[i].ix] = x->v[run].ix;
	}
	return first;
}
