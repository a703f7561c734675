/*
 * diag: diagnostics in the one format every hoso message uses,
 *   FILE:LINE:COL: error|warning: message
 * (FILE: error: message where no position exists).  A diag collects the
 * messages, optionally echoing each as it arrives, and remembers the worst
 * level so callers can turn it into an exit status.
 */
#ifndef HOSO_DIAG_H
#define HOSO_DIAG_H

#include <stddef.h>
#include <stdio.h>

#include "util.h"

enum diag_level { DIAG_NONE, DIAG_WARNING, DIAG_ERROR };

struct diag_entry {
	enum diag_level level;
	char *text;		/* the whole formatted line, no newline */
};

struct diag {
	FILE *echo;		/* printed here as they come; NULL: only kept */
	struct diag_entry *v;
	size_t n, cap;
	size_t nerrors, nwarnings;
	enum diag_level worst;
};

void diag_init(struct diag *d, FILE *echo);
void diag_free(struct diag *d);
/* line 0 means "no position"; col 0 means "line only". */
void diag_emit(struct diag *d, enum diag_level level, const char *file,
    int line, int col, const char *fmt, ...) UTIL_PRINTF(6, 7);
void diag_print(const struct diag *d, FILE *fp);
/* Moves every entry of from (emptied) to the end of into, echoing them
 * to into's echo. */
void diag_merge(struct diag *into, struct diag *from);

#endif
