/*
 * savefile: the files hoso keeps of its own in the state directory (the
 * state file, and per corpus the bookmarks and the read articles): where
 * a corpus's file goes, writing one atomically, and moving aside one
 * that could not be read, so that what it held is never overwritten.
 */
#ifndef HOSO_SAVEFILE_H
#define HOSO_SAVEFILE_H

#include <stddef.h>

struct diag;

/* Heap path of corpus dir's file of this kind in the state directory,
 * $XDG_STATE_HOME/hoso/KIND-HASH (HASH: 16 hex digits of the hash of
 * dir's real path), or NULL (no state directory, or dir has no real
 * path). */
char *savefile_corpus_path(const char *kind, const char *dir);
/* The directory part of path ("." when there is none, "/" at the root). */
char *savefile_parent(const char *path);
/* Syncs path's directory, so that a rename into it lasts; a failure
 * loses only that, so it is not told. */
void savefile_sync_dir(const char *path);
/* Replaces path with data[0..len) atomically: its directory made if
 * needed (mkdir -p, 0700), a temp file beside it written and synced,
 * renamed over path, the directory synced.  0, or -1 with errno; a
 * failure leaves path as it was. */
int savefile_write(const char *path, const void *data, size_t len);
/* An exclusive lock on path's directory (made if needed), held until
 * savefile_unlock: two readers saving one file then read, merge and
 * write it one after the other, and neither loses what the other added.
 * A lock held elsewhere is waited for at most SAVEFILE_LOCK_WAIT_MS;
 * after that, or when the directory cannot be locked, -1: the save goes
 * on unlocked (the lock narrows a race; it never stops a save). */
#define SAVEFILE_LOCK_WAIT_MS 2000
int savefile_lock(const char *path);
/* Releases a lock of savefile_lock (nothing for -1). */
void savefile_unlock(int fd);
/* Moves path out of the way to PATH.bad, or PATH.bad.N when an earlier
 * one is there (link(2) never replaces a file, so two readers cannot
 * pick the same name).  0 with *to the heap name it got, or -1 with
 * errno (*to then the name tried). */
int savefile_move_aside(const char *path, char **to);
/* Before a file that could not be read is replaced: moves it aside
 * (when it is there) and says where in a warning.  0, or -1 with a
 * warning when it could not be moved: then it must not be written. */
int savefile_clear_bad(const char *path, struct diag *d);
/* Reads a file of ours (what: its kind, for a message) after removing
 * the temporaries a killed save left beside it: 1 with the heap *data
 * and *len, 0 when there is none, -1 with a warning (unreadable, not a
 * regular file, over cap bytes; cap 0: no limit) -- then it must be
 * moved aside before it is replaced (savefile_clear_bad). */
int savefile_read(const char *path, size_t cap, const char *what,
    char **data, size_t *len, struct diag *d);

#endif
