/*
 * tmpfile: the temporary files hoso writes and renames into place (the
 * state, the bookmarks) or keeps for one run (an index the cache could
 * not hold), named PATH.tmp.PID.XXXXXX so that what a killed process left
 * can be told from what a running one is writing, and removed.
 */
#ifndef HOSO_TMPFILE_H
#define HOSO_TMPFILE_H

/* Creates PATH.tmp.PID.XXXXXX (mode 0600, never an existing file): its
 * descriptor, with the name in *tmp (the caller frees it), or -1 and
 * errno (*tmp NULL). */
int tmpfile_open(const char *path, char **tmp);

/* Removes the temporaries of path (PATH.tmp.PID.XXXXXX and the -wal,
 * -shm and -journal files SQLite makes beside one) that no running
 * process owns: PID is not a process any more.  A file of another
 * running instance, or of this one, is never touched.  Returns how many
 * were removed; nothing is ever reported, as none of it is the user's. */
int tmpfile_sweep(const char *path);

#endif
