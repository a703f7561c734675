/*
 * store_int: what the files of the store (store.c: the schema and the
 * writes; store_tok.c: the tokenizer; store_query.c: the reads) share.
 * Not a public header: the rest of the program sees store.h.
 */
#ifndef HOSO_STORE_INT_H
#define HOSO_STORE_INT_H

#include <sqlite3.h>

#include "store.h"

enum {
	Q_FACTS, Q_PUT, Q_PUT_FTS, Q_DEL, Q_DEL_FTS, Q_DEL_M, Q_DEL_AT,
	Q_DEL_BAD, Q_DEL_DIAG, Q_PUT_M, Q_PUT_AT, Q_FILE_N, Q_PUT_BAD,
	Q_PUT_DIAG, Q_SEARCH, Q_META_GET, Q_META_SET, Q_LIST_RANK, Q_LIST_OFF,
	Q_ATOPICS, Q_ROW_RANKED, Q_MENTIONS, Q_LIST_TOPICS, Q_SET_FTS, Q_NQ
};

/* A text whose tokens were made ahead: the tokenizer replays them when
 * FTS5 asks for exactly this text (same bytes), and tokenizes otherwise. */
struct st_ahead {
	const char *text;
	size_t len;
	const struct vitok_list *toks;	/* NULL: none */
};

struct store {
	sqlite3 *db;
	sqlite3_stmt *q[Q_NQ];
	int stale_noted;		/* this transaction marked the ranks stale */
	struct st_ahead ahead[2];	/* the next insert's title and text */
};

/* Runs sql (no rows): 0 or -1. */
int st_exec(struct store *st, const char *sql);
/* Resets and unbinds s, returning rc. */
int st_done(sqlite3_stmt *s, int rc);
/* Whether the date ranks are current (meta "ranked"). */
int st_ranked(struct store *st);
/* Registers the "hoso" FTS5 tokenizer on st's connection. */
int st_register_tokenizer(struct store *st);

#endif
