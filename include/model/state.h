/*
 * state: what the reader remembers between runs (last view, open article,
 * reading position per article), in $XDG_STATE_HOME/hoso/state (default
 * ~/.local/state/hoso/state).
 *
 * File format, one record a line, UTF-8:
 *   hoso-state 1
 *   view NAME			(the reader's name for it)
 *   article ID
 *   pos ID OFFSET
 * Written atomically (temp file in the same directory, fsync, rename).  A
 * file that does not start with the magic line, or has a malformed line,
 * is moved aside to STATE.bad (with a warning) and never overwritten
 * blindly; a missing file is not an error.
 */
#ifndef HOSO_STATE_H
#define HOSO_STATE_H

#include <stddef.h>

#include "diag.h"

struct state_pos {
	char *id;
	size_t offset;
};

struct state {
	char *view;			/* a view's name, or NULL; the
					 * reader names and checks it */
	char *article;			/* id or NULL */
	struct state_pos *pos;
	size_t npos, cap;
};

void state_init(struct state *st);
void state_free(struct state *st);
/* Heap path of the state file from the environment, or NULL (no HOME). */
char *state_default_path(void);
/* 0: loaded or absent; -1: unusable (reported, moved aside). */
int state_load(struct state *st, const char *path, struct diag *d);
/* 0 or -1 (reported). Creates the directory if needed. */
int state_save(const struct state *st, const char *path, struct diag *d);
void state_set_pos(struct state *st, const char *id, size_t offset);
/* The remembered offset for id, or 0. */
size_t state_get_pos(const struct state *st, const char *id);

#endif
