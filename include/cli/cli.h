/*
 * cli: the headless modes.  Each prints exactly what it was asked for on
 * fp and nothing else: TSV (or the rendered text of --show and --topic),
 * or with CLI_JSON one JSON object a line for the list modes and one
 * object for --show and --topic (man/hoso.1, OUTPUT FORMATS, names the
 * fields).  Each returns 0, or 2 for an id that names nothing (after
 * saying so on stderr).  The return value is the exit status, unless the
 * data had errors (then main makes it 1).
 */
#ifndef HOSO_CLI_H
#define HOSO_CLI_H

#include <stdio.h>

#include "dossier.h"
#include "dossier_query.h"

enum cli_format { CLI_TSV, CLI_JSON };

/* "tsv" or "json": 0 and *f, else -1. */
int cli_format_parse(const char *s, enum cli_format *f);

/* The list modes print only what filter matches (NULL: everything). */
int cli_list(const struct dossier *ds, const struct dossier_query *filter,
    enum cli_format f, FILE *fp);
/* width is the rendering's; JSON is not rendered and ignores it. */
int cli_show(const struct dossier *ds, const char *id, int width,
    enum cli_format f, FILE *fp);
int cli_topics(const struct dossier *ds, enum cli_format f, FILE *fp);
int cli_topic(const struct dossier *ds, const char *id, int width,
    enum cli_format f, FILE *fp);
int cli_timeline(const struct dossier *ds,
    const struct dossier_query *filter, enum cli_format f, FILE *fp);
/* Every match: id, paragraph (1-based), the passage with the match
 * between « and » (JSON: before, match, after).  Returns 0 when
 * something matched, 1 when nothing did (stderr says so), 2 for an empty
 * query. */
int cli_search(const struct dossier *ds, const char *query,
    const struct dossier_query *filter, enum cli_format f, FILE *fp);

#endif
