/*
 * ui_reader: the interactive reader.  main() hands it a loaded dossier;
 * it owns the terminal from newterm() to endwin() and restores it on every
 * exit path (normal, signals, util_fatal).
 */
#ifndef HOSO_UI_READER_H
#define HOSO_UI_READER_H

#include "dossier.h"

struct ui_reader_options {
	const char *theme;		/* NAME|FILE from --theme, or NULL */
	const char *const *theme_dirs;	/* installed/bundled theme directories */
	int ntheme_dirs;
	const char *state_path;		/* NULL: no state (--no-state) */
};

/* setlocale(LC_ALL, "") with the C.UTF-8 fallback when the codeset is not
 * UTF-8; LC_NUMERIC stays "C".  Returns 0, or -1 if no UTF-8 locale could
 * be had (then the caller reports and exits 2). */
int ui_reader_locale_init(void);

/* Runs the reader until the user quits.  Returns the exit status: 0, or 2
 * when the terminal cannot be used (TERM unset or unknown, stdout not a
 * terminal), after printing one clear error to stderr. */
int ui_reader_run(struct dossier *ds, const struct ui_reader_options *o);

#endif
