/*
 * search: substring search on folded text with smart folding.  The
 * corpus-wide FOLD_ALL text is the prefilter; each candidate is mapped
 * back to its original bytes and, when the query is mark- or
 * case-sensitive, verified against the original in the query's own mode.
 */
#ifndef HOSO_SEARCH_H
#define HOSO_SEARCH_H

#include <stddef.h>

#include "corpus.h"
#include "fold.h"

struct search {
	char *query;			/* cleaned (NFC, one line) */
	enum fold_mode mode;		/* from fold_query_mode */
	char *all;			/* query folded with FOLD_ALL */
	size_t alen;
	char *own;			/* query folded in mode */
	size_t olen;
};

struct search_hit {
	size_t article, para;
	size_t start, end;		/* bytes of the stored text */
};

struct search_range {
	size_t start, end;
};

/* Returns -1 (and leaves s empty) for a query that folds to nothing. */
int search_init(struct search *s, const char *query);
void search_free(struct search *s);

/* Matches in any text (a title, a rendered line), appended to *r. */
size_t search_text(const struct search *s, const char *text, size_t len,
    struct search_range **r, size_t *n, size_t *cap);
/* Matches in one article (ai is its corpus index), appended to *h. */
size_t search_article(const struct search *s, const struct article *a,
    size_t ai, struct search_hit **h, size_t *n, size_t *cap);
/* Matches in the whole corpus, in corpus order. */
size_t search_corpus(const struct search *s, const struct corpus *c,
    struct search_hit **h, size_t *n, size_t *cap);

/* First FOLD_ALL occurrence of needle in the article; 0 and its bytes,
 * or -1.  Used to locate timeline quotes. */
int search_locate(const struct article *a, const char *needle,
    size_t *start, size_t *end);

#endif
