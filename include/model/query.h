/*
 * query: the one small query language of every list and of --filter.
 *
 *   visa "thị thực điện tử"     words and phrases (folded as search folds
 *                               them: no marks typed, any marks match)
 *   topic:visas                 a topic, by id or by the start of a word
 *                               of its title (either language), folded
 *   source:vnexpress            the article's source, folded, by the start
 *                               of a word of it
 *   from:2022  to:2023-11       the item's date on or after / on or before,
 *   date:2023-11-27             or within (a span: overlapping it)
 *   target:yes                  the timeline's targets (target:no: events)
 *   -term                       excludes
 *   a OR b                      either (binds tighter than the implicit
 *                               AND: `visa OR visas topic:labour`)
 *
 * A date is compared at the precision both sides know: an article dated
 * only 2023 matches date:2023-11-27 (it may be that day).  Parsing and
 * matching are apart: the query is parsed once, bound to the topic map
 * (topic: names resolve to topics, or the query is an error), and tested
 * against items that describe themselves through struct query_item.
 */
#ifndef HOSO_QUERY_H
#define HOSO_QUERY_H

#include <stddef.h>

#include "date.h"
#include "search.h"
#include "topics.h"

enum query_field {
	QUERY_WORDS,
	QUERY_TOPIC,
	QUERY_SOURCE,
	QUERY_FROM,
	QUERY_TO,
	QUERY_DATE,
	QUERY_TARGET
};

/* Which list a query is for: the fields each one has. */
enum query_list {
	QUERY_ARTICLES,
	QUERY_TIMELINE,
	QUERY_TOPICS
};

struct query_term {
	enum query_field field;
	int neg;
	int or_next;			/* OR joins it with the next term */
	int col;			/* 1-based, in characters */
	char *value;			/* as typed, quotes removed */
	char *folded;			/* FOLD_ALL of value (topic, source) */
	struct date date;		/* from, to, date */
	int yes;			/* target */
	struct search s;		/* words */
	size_t *topics;			/* topic: the topics it names */
	size_t ntopics;
};

struct query {
	struct query_term *t;
	size_t n;
};

#define QUERY_ERRSIZE 160

/* Parses s for the list kind.  Returns 0, or -1 with a message in err
 * and the 1-based character column it is about in *col (the query is
 * then empty).  An empty s (or only spaces) is the empty query, which
 * matches everything.  map may be NULL (no topic: then). */
int query_parse(struct query *q, const char *s, enum query_list kind,
    const struct topicmap *map, char err[QUERY_ERRSIZE], int *col);
void query_free(struct query *q);
/* 1 when the query holds no term. */
int query_empty(const struct query *q);

/* What an item is, for matching: any pointer may be NULL when the item
 * has no such thing. */
struct query_item {
	const struct date *date, *end;	/* end: a span's end (y 0: none) */
	const char *const *sources;	/* an article's one, a milestone's */
	size_t nsources;		/* cited articles' */
	int target;
	/* 1 when the item has topic t (by topic index). */
	int (*has_topic)(void *ctx, size_t t);
	/* 1 when the item's text holds a match of s. */
	int (*has_words)(void *ctx, const struct search *s);
	void *ctx;
};

/* 1 when the item matches every term (or group of ORed terms). */
int query_match(const struct query *q, const struct query_item *it);
/* 1 when the query has a words term (a caller whose items' texts cost a
 * load can skip it when not). */
int query_has_words(const struct query *q);

#endif
