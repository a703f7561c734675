/*
 * ids: the one index of string ids (articles, topics): (id, item index)
 * pairs sorted once, looked up by binary search, with duplicates found
 * from the same sorted pairs.
 *
 * The pairs borrow the id strings: they must outlive the index.  Equal ids
 * sort by item index, so the first item with an id is the one found.
 */
#ifndef HOSO_IDS_H
#define HOSO_IDS_H

#include <stddef.h>

#define IDS_NONE ((size_t)-1)

struct ids_pair {
	const char *id;
	size_t ix;
};

struct ids {
	struct ids_pair *v;	/* sorted by id, then by ix */
	size_t n;
};

/* Indexes items 0..n-1; id_of(items, i) is item i's id, or NULL for an
 * item that has none (left out). */
void ids_build(struct ids *x, const void *items, size_t n,
    const char *(*id_of)(const void *items, size_t i));
void ids_free(struct ids *x);
/* The lowest item index with this id, or IDS_NONE. */
size_t ids_find(const struct ids *x, const char *id);
/* A heap array of n: for each item, the lowest index of an item with the
 * same id (the item itself when it is the first, IDS_NONE when it has no
 * id).  Item i is a duplicate exactly when first[i] != i. */
size_t *ids_firsts(const struct ids *x, size_t n);

#endif
