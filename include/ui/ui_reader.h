/*
 * ui_reader: the interactive reader.  main() hands it a loaded dossier;
 * it owns the terminal from newterm() to endwin() and restores it on every
 * exit path (normal, signals, util_fatal).
 */
#ifndef HOSO_UI_READER_H
#define HOSO_UI_READER_H

#include "config.h"
#include "dossier.h"

struct ui_reader_options {
	const char *theme;		/* NAME|FILE from --theme, or NULL */
	const char *const *theme_dirs;	/* installed/bundled theme directories */
	int ntheme_dirs;
	const char *state_path;		/* NULL: no state (--no-state) */
	/* From the config file (main fills them; 0 is "the default"). */
	int text_width;			/* columns of text at most; 0: 80,
					 * < 0: no limit */
	int text_center;		/* centre the text column, else left */
	int no_mouse;			/* do not capture the mouse at start */
	int osc8;			/* addresses as OSC 8 hyperlinks: 1
					 * always, < 0 when the terminal seems
					 * to have them, 0 never */
	/* y and Y: copy through OSC 52 (unless 0), or by running
	 * copy_command (words split at spaces, no shell) with the text on
	 * its standard input. */
	int osc52;
	const char *copy_command;
	/* The config file's saved queries, parsed against the map (NULL
	 * and 0: none): rows of the Topics view. */
	const struct config_query *queries;
	size_t nqueries;
	/* How the user named the corpus and map, for hints that give a
	 * command to run ("hoso -C DIR --check"), or NULL. */
	const char *content_arg, *map_arg;
};

/* Runs the reader until the user quits.  Returns the exit status: 0, or 2
 * when the terminal cannot be used (TERM unset or unknown, stdout not a
 * terminal, no UTF-8 locale), after printing one clear error to stderr,
 * or 1 when the terminal went away under it (the state is saved).  The
 * dossier's load diagnostics (loaded without echo) are printed to stderr
 * once the terminal is restored, on every path, a fatal signal included. */
int ui_reader_run(struct dossier *ds, const struct ui_reader_options *o);

#endif
