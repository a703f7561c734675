/*
 * topics: the topic map and the milestone timeline (content/topics.yaml).
 *
 *   title:    the dossier's name (optional; the reader's header shows it)
 *   topics:   [ {id, title, title_en, summary, keywords: [..], related: [..]} ]
 *   timeline: [ {date, end?, title, title_en, topics: [..], target?, note?,
 *                note_en?, sources: [ {article, quote} ]} ]
 *
 * Strings are cleaned (text_clean, one line) when loaded.  Types are
 * checked, duplicate ids and unknown keys reported (errors and warnings
 * respectively); an invalid entry is reported and skipped, never fatal.
 * Cross references (related, topics, article, quote) are resolved later by
 * dossier_load, which owns the corpus too.
 */
#ifndef HOSO_TOPICS_H
#define HOSO_TOPICS_H

#include <stddef.h>

#include "date.h"
#include "diag.h"
#include "ids.h"

#define TOPICS_NONE IDS_NONE

struct topic {
	char *id;
	char *title, *title_en, *summary;	/* summary may be "" */
	char **keywords;
	size_t nkeywords;
	char **related;			/* ids as written */
	size_t *related_ix;		/* resolved: topic index or TOPICS_NONE */
	size_t nrelated;
	int line, col;			/* of the entry */
	int *related_line, *related_col;
};

struct source {
	char *article;			/* article id as written */
	char *quote;
	size_t article_ix;		/* resolved, or TOPICS_NONE */
	size_t qstart, qend;		/* quote's bytes in the article text */
	int found;			/* quote located */
	int line, col;
};

struct milestone {
	struct date date, end;		/* end.y == 0: no span */
	char *date_str, *end_str;	/* as written */
	char *title, *title_en;
	char *note, *note_en;		/* e.g. sources disagree; may be NULL */
	int target;			/* a stated target, not an event */
	char **topics;
	size_t *topic_ix;
	int *topic_line, *topic_col;
	size_t ntopics;
	struct source *sources;
	size_t nsources;
	int line, col;
};

struct topicmap {
	char *file;
	char *title;			/* NULL when the map names none */
	struct topic *topics;		/* in file order */
	size_t ntopics;
	struct ids by_id;		/* for topics_find */
	struct milestone *ms;		/* sorted by date, then file order */
	size_t nms;
};

/* Reads and parses path (size cap YTREE_MAX_BYTES).  Returns 0 when the
 * file parsed (entries with errors skipped), -1 when it could not be read
 * or parsed at all; in both cases *m is usable (maybe empty). */
int topics_load(struct topicmap *m, const char *path, struct diag *d);
int topics_parse(struct topicmap *m, const char *buf, size_t len,
    const char *file, struct diag *d);
void topics_free(struct topicmap *m);
/* Index of the topic with this id, or TOPICS_NONE (binary search). */
size_t topics_find(const struct topicmap *m, const char *id);

#endif
