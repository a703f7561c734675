/*
 * dossier: a corpus, its topic map and the index over both, loaded
 * together, with every cross reference resolved (related topics,
 * milestone topics, sources and their quotes).  The UI and the headless
 * modes only ever read a dossier.
 */
#ifndef HOSO_DOSSIER_H
#define HOSO_DOSSIER_H

#include <stdio.h>

#include "corpus.h"
#include "diag.h"
#include "index.h"
#include "topics.h"

struct dossier {
	char *dir, *mapfile;
	struct corpus corpus;
	struct topicmap map;
	struct index index;
	struct diag diag;		/* everything loading reported */
	size_t *topic_order;		/* topics in Vietnamese title order */
};

/* Loads dir (and mapfile, default dir/topics.yaml).  Diagnostics go to
 * ds->diag (echoed to echo when not NULL).  Returns -1 when nothing could
 * be loaded (no such directory), else 0; ds->diag.worst tells the rest. */
int dossier_load(struct dossier *ds, const char *dir, const char *mapfile,
    FILE *echo);
void dossier_free(struct dossier *ds);

/* The extra validation of --check: unresolved ids and quotes are already
 * errors from loading; this adds warnings for non-mutual related links
 * and for topics whose keywords match nothing. */
void dossier_check(struct dossier *ds);

#endif
