/*
 * readstate: which articles of a corpus the reader has opened, and which
 * articles it had seen before this run (so that it can say how many are
 * new), one file per corpus in $XDG_STATE_HOME/hoso/ named read-HASH
 * (the hash of the corpus directory's real path, as bookmarks-HASH).
 * Articles are named by their ids, which outlive a file's renaming, a
 * re-index and the order of the list.
 *
 * File format, one record a line:
 *   hoso-read 1
 *   known ID		an article a run before this one had seen
 *   read ID		an article opened
 * An ID is 1 to READSTATE_MAX_ID bytes, none of them a space or a
 * control.  The file is written with the known lines first, each kind
 * in byte order of the ids and without repeats, so that reading it back
 * is one pass that only checks the order; a file edited by hand, out of
 * order or with repeats, is sorted once after it is read.
 *
 * A line that does not parse is reported (file:line) and skipped; a file
 * that had one, or is not a read-state file at all, is moved aside to
 * NAME.bad (NAME.bad.N when that is taken) before the next save, so what
 * it held is never overwritten with less.  Saving is atomic (savefile.h).
 */
#ifndef HOSO_READSTATE_H
#define HOSO_READSTATE_H

#include <stddef.h>

#include "diag.h"
#include "util.h"

#define READSTATE_MAX_ID 255

/* A set of ids: sorted by bytes, no repeats, each string owned. */
struct readstate_set {
	char **v;
	size_t n, cap;
};

struct readstate {
	struct readstate_set read;	/* the articles opened */
	struct readstate_set known;	/* seen by the runs before (the file) */
	struct readstate_set fresh;	/* present now, and not known */
	int loaded;			/* a file was there: "new" means
					 * something */
	int bad;			/* it had bad lines, or was not ours */
	size_t cursor;			/* in known, of the last id present */
	unsigned gen;			/* changes whenever read does */
	unsigned saved;			/* gen when the file was last written */
};

void readstate_init(struct readstate *rs);
void readstate_free(struct readstate *rs);
/* Heap path of corpus dir's file, or NULL (no state directory, or dir
 * has no real path). */
char *readstate_path(const char *dir);
/* Parses text[0..len) (name: for messages) into rs, adding to what it
 * has.  Returns the number of bad lines (each reported, up to a few). */
size_t readstate_parse(struct readstate *rs, const char *name,
    const char *text, size_t len, struct diag *d);
/* Appends rs in the file format to out: as known, what the file knew
 * and what was present (fresh). */
void readstate_format(const struct readstate *rs, struct util_buf *out);
/* 0: loaded, or absent (not an error); -1: unreadable (reported). */
int readstate_load(struct readstate *rs, const char *path, struct diag *d);
/* 0 or -1 (reported).  A file loaded that would be written again as it
 * is (nothing read or seen since) is left alone. */
int readstate_save(struct readstate *rs, const char *path, struct diag *d);

int readstate_is_read(const struct readstate *rs, const char *id);
/* Marks id read (read 1) or unread (0): 1 when that changed it, 0 when
 * it already was, -1 for an id the file could not hold. */
int readstate_set_read(struct readstate *rs, const char *id, int read);
/* The articles present now, told one id at a time (any order, repeats
 * allowed) between begin and end, which replace what was told before;
 * only those not known are kept (fresh), so a corpus that grows by a
 * few costs a few.  end returns how many no run before had seen, or 0
 * when no file was loaded (on a corpus's first start every article
 * would be new, which says nothing). */
void readstate_present_begin(struct readstate *rs);
void readstate_present_id(struct readstate *rs, const char *id);
size_t readstate_present_end(struct readstate *rs);
/* The same for ids[0..n). */
size_t readstate_present(struct readstate *rs, char *const *ids, size_t n);
/* 1 when id was present and no run before had seen it (never on a
 * first start). */
int readstate_is_new(const struct readstate *rs, const char *id);

#endif
