/*
 * index: every mention of every topic keyword in every article, built in
 * one pass over the corpus: each paragraph is folded once (with its offset
 * map) and scanned word by word against a hash of the keywords' first
 * folded words, so the cost is linear in the corpus, whatever the number
 * of keywords.
 *
 * A keyword matches at word boundaries on FOLD_ALL text ("an" never
 * matches inside "ban"); a keyword written with diacritics must match
 * them (case is always ignored): "thị thực" does not match "thì thực".
 * Overlapping mentions of the same topic keep the longest.  At most
 * HOSO_MAX_MENTIONS (bounds.h) are kept of one article.
 */
#ifndef HOSO_INDEX_H
#define HOSO_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "corpus.h"
#include "diag.h"
#include "topics.h"

struct mention {
	uint32_t article, topic, keyword, para;
	uint32_t start, end;		/* bytes of the article's stored text */
};

struct index_count {
	uint32_t ix;			/* article or topic index */
	uint32_t count;
};

struct index_topic {
	size_t mentions;
	struct index_count *articles;	/* most mentions first, then corpus order */
	size_t narticles;
	uint32_t *mention_ix;		/* this topic's mentions, corpus order */
};

struct index {
	struct mention *m;		/* by article (corpus order), start, topic */
	size_t n;
	size_t *article_first;		/* mentions of article a: [af[a], af[a+1]) */
	struct index_topic *topics;
	size_t ntopics;
	struct index_count *atopics;	/* topics of an article, most first */
	size_t *atopic_first;		/* [atf[a], atf[a+1]) */
};

/* qsort order of index_count: most first, then by ix. */
int index_count_cmp(const void *x, const void *y);

void index_build(struct index *ix, const struct corpus *c,
    const struct topicmap *m);
void index_free(struct index *ix);

/* The keywords of a map compiled once, for scanning articles one at a time
 * (the persistent index re-matches only what changed).  Read only once
 * made: several threads may scan with one matcher. */
struct index_matcher;
struct index_matcher *index_matcher_new(const struct topicmap *m);
void index_matcher_free(struct index_matcher *k);
/* The mentions of one article, exactly those index_build finds for it (by
 * start, then topic; .article is 0): a heap array in *out (NULL when
 * none), their number returned.  Both keep at most HOSO_MAX_MENTIONS
 * (bounds.h) of an article: *upto (when not NULL) is where in its stored
 * text the scan stopped for that, a->len when it went through. */
size_t index_scan(const struct index_matcher *k, const struct article *a,
    struct mention **out, size_t *upto);
/* The warning that an article's mentions were cut at upto (from
 * index_scan; nothing when it went through), for the file at path. */
void index_cap_warning(struct diag *d, const char *path,
    const struct article *a, size_t upto);

#endif
