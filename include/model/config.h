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

#endif
