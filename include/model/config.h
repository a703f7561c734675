/*
 * config: the user's settings file, $XDG_CONFIG_HOME/hoso/config.yaml
 * (default ~/.config/hoso/config.yaml), a YAML mapping read through the
 * schema layer:
 *
 *   lang: vi                 vi or en: the interface language
 *   text-width: 80           columns of article text at most, 20..500;
 *                            0 or none: no limit
 *   text-align: left         left or center: where that column sits
 *   mouse: true              capture the mouse at start
 *   keys:                    action name: a key, a list of keys, or null
 *     next-item: [J, Ctrl-N]   (the key names are the UI's to read, so
 *     first: "g g"             only the strings and their places are
 *                              kept here)
 *   osc8: false              never draw addresses as OSC 8 hyperlinks;
 *                            true: always, whatever the terminal seems
 *   osc52: false             y and Y do not copy through the terminal
 *   copy-command: wl-copy    y and Y run this (no shell) with the text
 *                            on its standard input
 *   queries:                 saved queries, in this order: a list of
 *     - name: Visas since 2022     mappings, each a name and a query
 *       query: topic:visas from:2022   of the Articles view's language
 *                            (query.h); the reader lists them in Topics
 *
 * Nothing in it is ever fatal: an unknown key, a bad value or a file that
 * does not parse is a warning (FILE:LINE:COL: warning: ...) and costs that
 * key only; a missing file is no file at all.
 */
#ifndef HOSO_CONFIG_H
#define HOSO_CONFIG_H

#include "diag.h"
#include "lang.h"

#define CONFIG_MAX_BYTES (64 * 1024)
#define CONFIG_WIDTH_MIN 20
#define CONFIG_WIDTH_MAX 500

/* A string of the file and where it is, for the UI's warnings. */
struct config_str {
	char *s;
	int line, col;
};

/* One entry of keys:: the action's name and the keys given it (none:
 * null or [], which unbinds it). */
struct config_keys {
	struct config_str action;
	struct config_str *keys;
	size_t nkeys;
};

/* One entry of queries:, as written: the query is checked against the
 * topic map only once there is one (config_queries_bind). */
struct config_query {
	struct config_str name, query;
	int quoted;			/* the query was a quoted scalar */
};

struct config {
	int have_lang;			/* lang: was given (and valid) */
	enum lang lang;
	int text_width;			/* 0: the default (80); < 0: no limit */
	int text_center;		/* text-align: center */
	int mouse;			/* 1 unless mouse: false */
	char *path;			/* the file read, for warnings */
	struct config_keys *keys;	/* keys:, in the file's order */
	size_t nkeys;
	int osc8;			/* -1: not given (the reader decides) */
	int osc52;			/* copy through the terminal (OSC 52) */
	char *copy_command;		/* or through this command, or NULL */
	struct config_query *queries;	/* queries:, in the file's order */
	size_t nqueries;
};

/* The defaults: no language, width 80, left, mouse on, osc8 unset. */
void config_init(struct config *c);
void config_free(struct config *c);
/* The default file (heap), or NULL when the environment names no
 * config directory. */
char *config_default_path(void);
/* Reads path into c (keys it does not give keep their values).  Returns 0
 * once the file is read, its problems reported to d as warnings; -1 when
 * it cannot be read at all, with errno set and nothing reported, so that
 * the caller decides what a missing file means. */
int config_load(struct config *c, const char *path, struct diag *d);

struct topicmap;
/* Parses each saved query against map (topic: names need it): one that
 * does not parse is a warning at its place in the file, the column the
 * query's error is about included, and is dropped.  Returns how many
 * are left. */
size_t config_queries_bind(struct config *c, const struct topicmap *map,
    struct diag *d);

#endif
