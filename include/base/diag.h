/*
 * diag: diagnostics in the one format every hoso message uses,
 *   FILE:LINE:COL: error|warning: message
 * (FILE: error: message where no position exists).  A diag collects the
 * messages as records (level, file, position, message), optionally echoing
 * each as it arrives, and remembers the worst level so callers can turn it
 * into an exit status.
 *
 * File names come from the file system and messages may quote them, so
 * both are made safe for a terminal once, when a message is recorded (see
 * diag_sanitize).
 */
#ifndef HOSO_DIAG_H
#define HOSO_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "util.h"

enum diag_level { DIAG_NONE, DIAG_WARNING, DIAG_ERROR };

struct diag_entry {
	enum diag_level level;
	char *file;		/* sanitized; NULL: the program ("hoso") */
	int line, col;		/* 0: no line; col 0: line only */
	char *msg;		/* sanitized, no newline */
	/* The formatted line, kept for the readers that print it as it is;
	 * diag_relevel keeps it in step with level. */
	char *text;
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
/* The entry as one line, FILE:LINE:COL: level: message (heap). */
char *diag_format(const struct diag_entry *e);
/* Gives entry i another level; counts, worst and text follow. */
void diag_relevel(struct diag *d, size_t i, enum diag_level level);
/* Moves every entry of from (emptied) to the end of into, echoing them
 * to into's echo. */
void diag_merge(struct diag *into, struct diag *from);

/* s made safe to print (heap): C0 controls and DEL in caret notation
 * (ESC is ^[, DEL ^?), C1 controls and the bidirectional controls as
 * <U+XXXX>, and each byte that is not part of valid UTF-8 as \xNN, so
 * that a name that cannot be shown can still be told apart and typed.
 * Everything else, a backslash included, is kept as it is. */
char *diag_sanitize(const char *s);
/* The message fmt formats, made safe the same way (heap). */
char *diag_vsanitize(const char *fmt, va_list ap) UTIL_PRINTF(1, 0);

/* "hoso: " and the message, made safe as a diagnostic's is (diag_sanitize),
 * and a newline, on fp: for the lines that are no file's diagnostic (a bad
 * option, an unknown id) yet quote what the user typed or the terminal
 * named.  The whole line is made safe, so no caller escapes its parts. */
void diag_say(FILE *fp, const char *fmt, ...) UTIL_PRINTF(2, 3);

#endif
