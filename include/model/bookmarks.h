/*
 * bookmarks: the passages a reader kept, with a note, one file per corpus
 * in $XDG_STATE_HOME/hoso/ named bookmarks-HASH (the hash of the corpus
 * directory's real path), checked against the dossier when loaded.
 *
 * File format, UTF-8, one record a line:
 *   hoso-bookmarks 1
 *   CREATED<TAB>ID<TAB>START<TAB>END<TAB>NOTE<TAB>QUOTE
 * CREATED is seconds since the epoch, START and END byte offsets of the
 * article's stored text, NOTE may be empty.  In NOTE and QUOTE a
 * backslash, a tab, a newline and a carriage return are written \\, \t,
 * \n and \r, any other control byte \xHH (lowercase hex).  Records are kept oldest first.
 *
 * A line that does not parse is reported (file:line) and skipped; a file
 * that had such lines is moved aside to NAME.bad before the next save, so
 * what it held is never overwritten with less.  Saving is atomic (temp
 * file in the same directory, fsync, rename), and merges: it reads the
 * file again and keeps what another reader of the corpus added or
 * removed since.
 */
#ifndef HOSO_BOOKMARKS_H
#define HOSO_BOOKMARKS_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "dossier.h"
#include "util.h"

#define BOOKMARKS_NO_ROW ((size_t)-1)

/* What the check against the dossier found. */
enum bookmark_status {
	BOOKMARK_OK,		/* the quote is where it was */
	BOOKMARK_MOVED,		/* found elsewhere: start/end follow it */
	BOOKMARK_CHANGED,	/* the text no longer has the quote */
	BOOKMARK_MISSING	/* the article is gone */
};

struct bookmark {
	long long created;
	char *id;
	size_t start, end;
	char *note;			/* "" when none */
	char *quote;
	enum bookmark_status status;
	size_t row;			/* the article's row, or NO_ROW */
};

struct bookmarks {
	struct bookmark *v;		/* oldest first */
	size_t n, cap;
	int bad;			/* the file loaded had bad lines */
	/* Every bookmark this one has known in the file (loaded, saved, or
	 * removed since): a save adds to ours those another reader of the
	 * corpus wrote meanwhile, and does not bring back ours removed. */
	uint64_t *seen;
	size_t nseen, capseen;
};

void bookmarks_init(struct bookmarks *b);
void bookmarks_free(struct bookmarks *b);
/* Heap path of corpus dir's bookmark file, or NULL (no state directory,
 * or dir has no real path). */
char *bookmarks_path(const char *dir);
/* Parses text[0..len) (name: for messages) into b, adding to what it
 * has.  Returns the number of bad lines (each reported). */
size_t bookmarks_parse(struct bookmarks *b, const char *name,
    const char *text, size_t len, struct diag *d);
/* Appends b in the file format to out. */
void bookmarks_format(const struct bookmarks *b, struct util_buf *out);
/* 0: loaded or absent; -1: unreadable (reported). */
int bookmarks_load(struct bookmarks *b, const char *path, struct diag *d);
/* 0 or -1 (reported). */
int bookmarks_save(struct bookmarks *b, const char *path, struct diag *d);
/* Appends a bookmark (copies the strings; note NULL: none). */
void bookmarks_add(struct bookmarks *b, long long created, const char *id,
    size_t start, size_t end, const char *note, const char *quote,
    size_t qlen);
void bookmarks_remove(struct bookmarks *b, size_t i);
/* Sets each one's row and status against ds (reads the bodies). */
void bookmarks_check(struct bookmarks *b, const struct dossier *ds);
/* "", "moved", "changed" or "missing". */
const char *bookmarks_status_name(enum bookmark_status s);

#endif
