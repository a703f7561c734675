/*
 * suggest: hints for the topic map, never applied to it.
 *
 * Possible mentions (suggest.c): the articles whose text holds a topic's
 * title, or a significant part of it, as a phrase of syllables (case
 * folded, marks as written, the tone on its canonical vowel: as a
 * keyword matches), and yet no keyword of the topic.  Found through the
 * index, so a topic's are computed when it is first shown, then kept in
 * the dossier until it refreshes.
 *
 * Keyword candidates (suggest_terms.c): the runs of one to three
 * syllables that are frequent in a topic's passages (the sentences of
 * its mentions, the mentions themselves left out) and rare in the other
 * sentences of the corpus.  Two passes over the texts (the articles with
 * mentions, then all), each linear; the counts are kept for the n-grams
 * of the passages only, in a table of bounded size.
 */
#ifndef HOSO_SUGGEST_H
#define HOSO_SUGGEST_H

#include <stddef.h>

#include "dossier.h"

/* The possible mentions a topic lists, at most. */
#define SUGGEST_MENTIONS_MAX 10

struct suggest_mention {
	size_t row;			/* the article */
	size_t start, end;		/* the sentence: bytes of its text */
	size_t hstart, hend;		/* the words found, within it */
	char *sentence;			/* a copy of [start, end) */
	unsigned score;			/* syllables of the phrases found, summed */
};

struct suggest_mentions {
	struct suggest_mention *v;	/* best first, then newest */
	size_t n;
};

/* The phrases of a title that are looked for, best first (the whole
 * title before its parts; those holding a keyword of t left out): a
 * heap array of heap strings, case folded.  Returns how many. */
size_t suggest_title_phrases(const struct topic *t, char ***out);

/* Topic t's possible mentions: computed at the first call, then the
 * same pointer until dossier_refresh or dossier_free. */
const struct suggest_mentions *suggest_mentions(const struct dossier *ds,
    size_t t);
/* The dossier's cache of them (dossier.c lets go of it). */
void suggest_memo_free(struct suggest_memo *m);

struct suggest_term {
	char *text;			/* its most frequent spelling in the texts */
	double score;
	size_t passages;		/* the topic's passages that hold it */
	size_t elsewhere;		/* the other sentences that hold it */
};

struct suggest_topic {
	struct suggest_term *v;		/* best first */
	size_t n;
	size_t npassages;		/* the topic's passages */
};

struct suggest_terms {
	struct suggest_topic *topics;	/* in map order */
	size_t ntopics;
	size_t nsentences;		/* sentences of the corpus */
	int pruned;			/* the table was full: rare n-grams dropped */
};

/* The score of an n-gram found in `in` of a topic's np passages and in
 * `out` of the other no sentences: in times the log2 of how much more
 * often it is in the passages (both rates smoothed); <= 0 when it is not
 * more frequent there. */
double suggest_score(size_t in, size_t np, size_t out, size_t no);

/* At most per_topic candidates for every topic. */
void suggest_terms(const struct dossier *ds, size_t per_topic,
    struct suggest_terms *out);
void suggest_terms_free(struct suggest_terms *s);

#endif
