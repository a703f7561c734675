/*
 * search: substring search on folded text with smart folding, syllable by
 * syllable (see include/text/match.h): the corpus-wide FOLD_ALL text is
 * the prefilter; each candidate is mapped back to its original bytes and,
 * where a syllable was typed with marks or capitals, verified against the
 * original.  A query typed as raw Telex, VNI or VIQR (thij thuwcj) is also
 * searched as it reads (thị thực): search_init_typed.
 */
#ifndef HOSO_SEARCH_H
#define HOSO_SEARCH_H

#include <stddef.h>

#include "corpus.h"
#include "match.h"

struct search {
	char *query;			/* cleaned (NFC, one line) */
	char *reading;			/* its typed reading, or NULL */
	struct match_pat pat[2];	/* the query, then its reading */
	size_t npat;
	int word_start;			/* hits start a word (as the index's) */
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
/* 1 if the folded word w[0..n) is one the corpus holds as written. */
typedef int (*search_word_fn)(void *ctx, const char *w, size_t n);
/* The same, for a query a person typed: it is also read as Telex, VNI and
 * VIQR (typed.h), except for the words known says the corpus holds as
 * they are written (NULL: no such check). */
int search_init_typed(struct search *s, const char *query,
    search_word_fn known, void *ctx);
void search_free(struct search *s);

/* Matches in any text (a title, a rendered line), appended to *r. */
size_t search_text(const struct search *s, const char *text, size_t len,
    struct search_range **r, size_t *n, size_t *cap);
/* Hits of two patterns (the query and its reading) appended one after
 * the other from index from: sorted by position, and a hit that starts
 * inside the previous one dropped, so a match shows once whichever
 * reading found it.  Returns the new count. */
size_t search_merge_ranges(struct search_range *r, size_t from, size_t n);

/* Matches in one article (ai is its corpus index), appended to *h: at
 * most HOSO_MAX_HITS + 1 (bounds.h), so a caller that finds more than
 * HOSO_MAX_HITS knows there were more, without the article's every hit
 * in memory. */
size_t search_article(const struct search *s, const struct article *a,
    size_t ai, struct search_hit **h, size_t *n, size_t *cap);

/* First FOLD_ALL occurrence of needle in the article; 0 and its bytes,
 * or -1.  Used to locate timeline quotes.  *read: how many bytes of the
 * folded text the search went through (the caller's budget, bounds.h). */
int search_locate(const struct article *a, const char *needle,
    size_t *start, size_t *end, size_t *read);

#endif
