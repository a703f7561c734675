/*
 * dossier_int: what the dossier's files (dossier.c: opening, references,
 * refresh; dossier_rows.c: rows, texts, topics, search; dossier_bg.c:
 * the index and its background indexer) share.  Not a public header.
 */
#ifndef HOSO_DOSSIER_INT_H
#define HOSO_DOSSIER_INT_H

#include "dossier.h"

/* Brings the index up to date as o says (on a thread when o->background)
 * and leaves ds->st open on it; falls back to memory with a warning. */
void dossier_index(struct dossier *ds, const struct dossier_opts *o);
/* 1 when the background indexer has committed something the reader has
 * not read yet (and that is now counted as read). */
int dossier_bg_news(struct dossier *ds);
/* After news of an indexer that had to make its own database: reads
 * that one from now on. */
void dossier_bg_switch(struct dossier *ds);
/* Deletes a database file and its -wal and -shm. */
void dossier_unlink_db(const char *path);
/* 1 while a background indexer has not ended. */
int dossier_bg_running(const struct dossier *ds);
/* Stops the background indexer after its current batch and waits. */
void dossier_bg_stop(struct dossier *ds);

/* One read transaction on ds->st: every read sees one moment. */
void dossier_begin_read(struct dossier *ds);
void dossier_end_read(struct dossier *ds);

void dossier_read_index(struct dossier *ds);
void dossier_drop_rows(struct dossier *ds);

#endif
