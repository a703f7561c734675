/*
 * cli: the headless modes.  Each prints exactly what it was asked for on
 * fp (TSV or the rendered text) and nothing else; it returns 0, or 2 for
 * an id that names nothing (after saying so on stderr).  The return value
 * is the exit status, unless the data had errors (then main makes it 1).
 */
#ifndef HOSO_CLI_H
#define HOSO_CLI_H

#include <stdio.h>

#include "dossier.h"

int cli_list(const struct dossier *ds, FILE *fp);
int cli_show(const struct dossier *ds, const char *id, int width, FILE *fp);
int cli_topics(const struct dossier *ds, FILE *fp);
int cli_topic(const struct dossier *ds, const char *id, int width, FILE *fp);
int cli_timeline(const struct dossier *ds, FILE *fp);
/* Every match: id, paragraph (1-based), the passage with the match
 * between « and ».  Returns 0 when something matched, 1 when nothing did
 * (stderr says so), 2 for an empty query. */
int cli_search(const struct dossier *ds, const char *query, FILE *fp);

#endif
