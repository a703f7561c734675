/*
 * link: the jump history (see include/doc/link.h).
 *
 * One array holds both lists: v[0..pos) are the places behind us (the
 * newest last), v[pos..n) the places ahead (the nearest first).  Going back
 * swaps the current place into the forward side, so back and forward are
 * exact inverses and no place is ever lost.
 */
#include "link.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void
link_history_init(struct link_history *h)
{
	h->v = NULL;
	h->n = h->pos = h->cap = 0;
}

void
link_history_free(struct link_history *h)
{
	free(h->v);
	link_history_init(h);
}

void
link_history_push(struct link_history *h, struct link here)
{
	/* A new jump makes the forward list meaningless, as in a browser. */
	h->n = h->pos;
	if (h->n == LINK_HISTORY_MAX) {
		memmove(h->v, h->v + 1, (h->n - 1) * sizeof *h->v);
		h->n--;
	}
	util_grow((void **)&h->v, &h->cap, h->n + 1, sizeof *h->v);
	h->v[h->n++] = here;
	h->pos = h->n;
}

int
link_history_back(struct link_history *h, struct link here,
    struct link *to)
{
	if (h->pos == 0)
		return -1;
	*to = h->v[h->pos - 1];
	h->v[h->pos - 1] = here;
	h->pos--;
	return 0;
}

int
link_history_forward(struct link_history *h, struct link here,
    struct link *to)
{
	if (h->pos == h->n)
		return -1;
	*to = h->v[h->pos];
	h->v[h->pos] = here;
	h->pos++;
	return 0;
}
