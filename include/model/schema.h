/*
 * schema: the typed accessors every YAML loader reads its tree with (the
 * topic map, article front matter, theme files), so that all of them
 * speak one dialect:
 *
 *   WHAT: expected X, found Y          a value of the wrong kind
 *   WHAT: invalid id 'v' (expected [a-z0-9][a-z0-9-]{0,63})
 *   WHAT: invalid date 'v' (expected YYYY, YYYY-MM or YYYY-MM-DD)
 *   WHAT: expected true or false, found 'v'
 *   unknown key 'k' WHERE              always a warning
 *
 * Quoted values are text_excerpt'ed (cleaned, at most SCHEMA_SHOWN_MAX
 * bytes, cut at a character boundary) and put in single quotes.  Every
 * report but an unknown key sets `bad`, which the loaders use to skip the
 * entry being read; the level of those reports is the loader's (themes
 * only ever warn).
 */
#ifndef HOSO_SCHEMA_H
#define HOSO_SCHEMA_H

#include <stddef.h>

#include "date.h"
#include "diag.h"
#include "util.h"
#include "ytree.h"

#define SCHEMA_ID_MAX 64
#define SCHEMA_SHOWN_MAX 60
/* Unknown keys warned about in one file: a map of a million of them is
 * one screen of warnings and one line for the rest, not a million. */
#define SCHEMA_UNKNOWN_MAX 20

struct schema {
	const char *file;
	struct diag *d;
	enum diag_level level;	/* of every report but unknown keys */
	int bad;		/* something was reported since last cleared */
	size_t unknown;		/* unknown keys met */
};

void schema_init(struct schema *s, const char *file, struct diag *d,
    enum diag_level level);

/* A report at v's position (v NULL: the file, no position). */
void schema_report(struct schema *s, const struct ytree *v,
    const char *fmt, ...) UTIL_PRINTF(3, 4);
/* "WHAT: expected WANT, found <v's kind>". */
void schema_wrong(struct schema *s, const struct ytree *v, const char *what,
    const char *want);
/* "unknown key 'k' WHERE", a warning. */
void schema_unknown_key(struct schema *s, const struct ytree *k,
    const char *where);
/* v's bytes quoted for a message (heap). */
char *schema_excerpt(const struct ytree *v);

/* k is the scalar key name (no hidden NUL). */
int schema_key_is(const struct ytree *k, const char *name);
/* An unquoted empty, ~ or null: the key might as well be absent. */
int schema_is_null(const struct ytree *v);
/* [a-z0-9][a-z0-9-]{0,63} */
int schema_valid_id(const char *s, size_t len);
/* The first scalar of v (v itself, or in it, keys included) that holds a
 * NUL, or NULL.  A setting is no text: a NUL in it would cut a command or
 * a key name short where it is used as a C string, so a setting holding
 * one is refused whole. */
const struct ytree *schema_nul(const struct ytree *v);

/* Says, at v's position and at s's level, that scalar v holds a NUL
 * (WHAT: a NUL character, shown as ^@) and returns 1; 0 when it holds
 * none.  The value is not refused: the text keeps a visible marker, but
 * a NUL is never read silently. */
int schema_text_nul(struct schema *s, const struct ytree *v,
    const char *what);

/* v when it is a scalar, else NULL after "expected a string". */
const struct ytree *schema_scalar(struct schema *s, const struct ytree *v,
    const char *what);
/* A one-line cleaned string; NULL after a report when v is not a scalar,
 * or (required) is null or cleans to nothing.  A NUL in it is reported
 * (schema_text_nul) and kept as a marker. */
char *schema_string(struct schema *s, const struct ytree *v,
    const char *what, int required);
/* A valid id (heap), or NULL after a report. */
char *schema_id(struct schema *s, const struct ytree *v, const char *what);
/* A valid date, and the string as written in *str (heap); -1 after a
 * report. */
int schema_date(struct schema *s, const struct ytree *v, const char *what,
    struct date *dt, char **str);
/* Unquoted true or false; -1 after a report. */
int schema_bool(struct schema *s, const struct ytree *v, const char *what,
    int *out);
/* v when it is a sequence, else NULL after "expected a sequence". */
const struct ytree *schema_seq(struct schema *s, const struct ytree *v,
    const char *what);
/* v when it is a mapping, else NULL after "expected WANT" (NULL: "a
 * mapping"). */
const struct ytree *schema_map(struct schema *s, const struct ytree *v,
    const char *what, const char *want);

#endif
