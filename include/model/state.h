/*
 * state: what the reader remembers between runs, in
 * $XDG_STATE_HOME/hoso/state (default ~/.local/state/hoso/state): for
 * each corpus (keyed by the real path of its directory) the last view,
 * the open article, the selected topic and milestone and the reading
 * position per article; and, for all corpora, the history of each kind
 * of prompt.
 *
 * File format, one record a line, UTF-8 (TEXT is escaped: a backslash
 * and a control byte are written \xHH):
 *   hoso-state 2
 *   history KIND TEXT		(find-list, find-text, corpus; oldest first)
 *   corpus PATH			(starts the section of that corpus)
 *   view NAME			(the reader's name for it)
 *   article ID
 *   topic ID
 *   milestone TEXT		(the reader's key for it)
 *   pos ID OFFSET
 * The version-1 file of earlier releases (no history, no corpus line) is
 * still read: its records become the section of the first corpus that
 * asks for one (state_select), and the next save writes version 2.
 *
 * Written atomically (temp file in the same directory, fsync, rename),
 * after taking in what another reader saved since (the other corpora's
 * sections, the history it added).  A file that does not start with a
 * magic line, or has a malformed line, is moved aside to STATE.bad (with
 * a warning) and never overwritten blindly; a missing file is no error.
 */
#ifndef HOSO_STATE_H
#define HOSO_STATE_H

#include <stddef.h>

#include "diag.h"

#define STATE_HIST_MAX 100		/* entries kept per prompt kind */

enum state_hist_kind {
	STATE_HIST_FIND_LIST, STATE_HIST_FIND_TEXT, STATE_HIST_CORPUS,
	STATE_HIST_FILTER, STATE_HIST_PIPE,
	STATE_NHIST
};

/* A prompt's history: oldest first, no entry equal to the one before. */
struct state_hist {
	char **v;
	size_t n, cap;
	size_t fresh;			/* v[fresh..n) were added this run */
};

struct state_pos {
	char *id;
	size_t offset;
};

/* What is kept of one corpus. */
struct state_section {
	char *corpus;			/* its real path; NULL: a version-1
					 * file's, not claimed yet */
	char *view;			/* a view's name, or NULL; the
					 * reader names and checks it */
	char *article;			/* id or NULL */
	char *topic;			/* id or NULL */
	char *milestone;		/* the reader's key, or NULL */
	struct state_pos *pos;
	size_t npos, cap;
};

struct state {
	struct state_section *sec;
	size_t nsec, capsec;
	size_t cur;			/* the section in use, or nsec: none */
	struct state_hist hist[STATE_NHIST];
};

void state_init(struct state *st);
void state_free(struct state *st);
/* Heap path of the state file from the environment, or NULL (no HOME). */
char *state_default_path(void);
/* 0: loaded or absent; -1: unusable (reported, moved aside). */
int state_load(struct state *st, const char *path, struct diag *d);
/* 0 or -1 (reported). Creates the directory if needed.  The history
 * saved is no longer this run's (the next save does not add it again). */
int state_save(struct state *st, const char *path, struct diag *d);

/* Makes corpus's section the one in use (a version-1 file's when there
 * is no section of its own yet, else a new empty one) and returns it. */
struct state_section *state_select(struct state *st, const char *corpus);
/* The section in use (one without a corpus when none was selected). */
struct state_section *state_here(struct state *st);

/* Reading positions, in the section in use. */
void state_set_pos(struct state *st, const char *id, size_t offset);
/* The remembered offset for id, or 0. */
size_t state_get_pos(const struct state *st, const char *id);

/* Appends q (not empty, not the newest already) to h, dropping the
 * oldest beyond STATE_HIST_MAX. */
void state_hist_add(struct state_hist *h, const char *q);

#endif
