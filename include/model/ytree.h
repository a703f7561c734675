/*
 * ytree: a small, position-carrying tree built from libyaml's event API
 * (never its document loader), with the limits hostile input needs:
 *  - a size cap (checked by the caller before reading, and here again);
 *  - a nesting-depth cap counted on the event stream, so 100,000 "[" stop
 *    after YTREE_MAX_DEPTH events, in microseconds;
 *  - a node-count cap;
 *  - anchors, aliases and explicit tags rejected;
 *  - more than one document rejected;
 *  - duplicate mapping keys and non-scalar keys rejected.
 * Every problem is reported as FILE:LINE:COL: error: ... through diag.
 *
 * Scalars are kept as the raw bytes libyaml gives (callers clean them with
 * text_clean); `plain` tells an unquoted scalar (where `null`, `~`, `true`,
 * numbers mean something) from a quoted one.
 */
#ifndef HOSO_YTREE_H
#define HOSO_YTREE_H

#include <stddef.h>

#include "diag.h"

/* The topic map of a newsroom archive: 100,000 topics and as many
 * milestones take some 17 MB and 2.9 million nodes (man/hoso.1, LIMITS).
 * The node cap bounds the memory a map of short flow items can ask for
 * (some 100 bytes a node). */
#define YTREE_MAX_BYTES (32 * 1024 * 1024)
#define YTREE_MAX_DEPTH 64
#define YTREE_MAX_NODES 4000000

enum ytree_kind { YTREE_SCALAR, YTREE_SEQ, YTREE_MAP };

struct ytree {
	enum ytree_kind kind;
	int line, col;		/* 1-based, in the file */
	char *str;		/* scalar bytes, NUL-terminated */
	size_t len;
	int plain;		/* scalar was unquoted, not a block scalar */
	struct ytree **kids;	/* seq: items; map: key0, val0, key1, val1... */
	size_t nkids;
};

/* Parses buf[0..len) as one YAML document.  line_offset is added to every
 * line (front matter that starts on line 2 of its file passes 1).
 * Returns 0 and sets *root (NULL for an empty stream) or returns -1 after
 * reporting at least one error. */
int ytree_parse(const char *buf, size_t len, const char *file,
    int line_offset, struct diag *d, struct ytree **root);
/* The same, for a file whose problems never stop the run (a theme, the
 * config file): every message it has is a warning in d. */
int ytree_parse_lenient(const char *buf, size_t len, const char *file,
    struct diag *d, struct ytree **root);
void ytree_free(struct ytree *t);

/* The value of key in a mapping, or NULL. */
const struct ytree *ytree_get(const struct ytree *map, const char *key);
/* "a mapping", "a sequence", "a scalar": for messages. */
const char *ytree_kind_name(enum ytree_kind k);

#endif
