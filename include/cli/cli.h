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

/* --check --suggest (cli_suggest.c): every topic's keyword candidates,
 * best first, in map order: YAML to paste into the map (CLI_TSV, the
 * text format) or a JSON object a topic a line. */
int cli_suggest(const struct dossier *ds, enum cli_format f, FILE *fp);

/*
 * The briefs of --export (cli_export.c): a topic's or the timeline's
 * content to keep or share, Markdown (man/hoso.1, BRIEFS, has its
 * structure) or one JSON object, every passage quoted with a citation
 * of its article: title, source, date, URL.
 */
enum cli_export { CLI_EXPORT_MARKDOWN, CLI_EXPORT_JSON };

/* "markdown" or "json": 0 and *e, else -1. */
int cli_export_parse(const char *s, enum cli_export *e);

/* A passage a brief quotes: bytes [start, end) of row's stored text
 * (row below corpus.n; the bytes are cut to the text), and a note of the
 * reader's own (NULL: none). */
struct cli_passage {
	size_t row;
	size_t start, end;
	const char *note;
};

/* A brief of passages p[0..n) (the reader's bookmarks, say), each
 * quoted with its citation and its note: "# title" and the quotes, or
 * {"brief": kind, "title": title, "passages": [...]}. */
void cli_export_passages(const struct dossier *ds, const char *kind,
    const char *title, const struct cli_passage *p, size_t n,
    enum cli_export e, FILE *fp);

/* --bookmarks (cli_bookmarks.c): the reader's bookmarks of the corpus,
 * newest first, checked against it: TSV (date, id, start, end, status,
 * title, note, quote) or JSON lines; with export, their brief. */
int cli_bookmarks(const struct dossier *ds, int export, enum cli_export e,
    enum cli_format f, FILE *fp);

/* Return as cli_topic and cli_timeline do. */
int cli_export_topic(const struct dossier *ds, const char *id,
    enum cli_export e, FILE *fp);
int cli_export_timeline(const struct dossier *ds,
    const struct dossier_query *filter, enum cli_export e, FILE *fp);

#endif
