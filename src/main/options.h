/*
 * options: the command line as main reads it (private to src/main).
 */
#ifndef HOSO_OPTIONS_H
#define HOSO_OPTIONS_H

#include <stdio.h>

#include "cli.h"
#include "lang.h"

enum mode {
	MODE_UI, MODE_LIST, MODE_SHOW, MODE_TOPICS, MODE_TOPIC, MODE_TIMELINE,
	MODE_SEARCH, MODE_CHECK, MODE_BOOKMARKS
};

struct options {
	enum mode mode;
	const char *arg;		/* the mode's ID or QUERY, or NULL */
	const char *filter;		/* --filter QUERY, or NULL */
	const char *content;		/* -C, or NULL */
	const char *map;		/* -m, or NULL */
	const char *theme;		/* --theme, or NULL */
	int width;			/* -w, or 0 when not given */
	enum cli_format format;		/* --format, CLI_TSV by default */
	int have_format;		/* --format was given */
	int have_export;		/* --export was given: export */
	enum cli_export export;
	int no_state;
	int no_cache, rebuild_index;
	int have_lang;			/* --lang was given: lang */
	enum lang lang;
	const char *config;		/* --config FILE, or NULL */
	int no_config, no_mouse;
	int help, version, dump_keys;
	int suggest;			/* --suggest, with --check */
};

/* Parses argv into o (its strings point into argv).  Returns 0, or 2
 * after printing the problem and the usage line to stderr. */
int options_parse(struct options *o, int argc, char **argv);

void options_usage(FILE *fp);
void options_help(FILE *fp);

#endif
