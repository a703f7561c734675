/*
 * store_tok: vitok behind FTS5's tokenizer interface, registered on each
 * connection of the store as "hoso".
 */
#include <stddef.h>
#include <string.h>

#include <sqlite3.h>

#include "store_int.h"
#include "vitok.h"


struct tok_ctx {
	void *fts_ctx;
	int (*token)(void *, int, const char *, int, int, int);
	int query;
};

static int
tok_create(void *st, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)argv, (void)argc;
	/* vitok keeps no state; the handle is the store, for its tokens
	 * made ahead. */
	*out = st;
	return SQLITE_OK;
}

static void
tok_delete(Fts5Tokenizer *t)
{
	(void)t;
}

static int
tok_one(void *ctx, int form, const char *tok, size_t n, size_t start,
    size_t end)
{
	struct tok_ctx *c = ctx;
	/* The marked form shares its folded form's position, so a phrase
	 * may mix the two, one per syllable. */
	int flags = !c->query && form == VITOK_MARKED ? FTS5_TOKEN_COLOCATED : 0;

	if (n > 0x7fffffff || end > 0x7fffffff)
		return SQLITE_TOOBIG;
	return c->token(c->fts_ctx, flags, tok, (int)n, (int)start, (int)end);
}

static int
tok_tokenize(Fts5Tokenizer *t, void *fts_ctx, int flags, const char *text,
    int n, int (*token)(void *, int, const char *, int, int, int))
{
	struct tok_ctx c = { fts_ctx, token, (flags & FTS5_TOKENIZE_QUERY) != 0 };
	const struct store *st = (const struct store *)(void *)t;

	if (text == NULL || n <= 0)
		return SQLITE_OK;
	for (int i = 0; i < 2 && !c.query; i++) {
		const struct st_ahead *a = &st->ahead[i];

		if (a->toks != NULL && a->len == (size_t)n &&
		    (a->text == text || memcmp(a->text, text, a->len) == 0))
			return vitok_list_replay(a->toks, tok_one, &c);
	}
	return c.query ? vitok_scan_query(text, (size_t)n, tok_one, &c) :
	    vitok_scan_document(text, (size_t)n, tok_one, &c);
}

int
st_register_tokenizer(struct store *st)
{
	static fts5_tokenizer tok = { tok_create, tok_delete, tok_tokenize };
	fts5_api *api = NULL;
	sqlite3_stmt *q;

	if (sqlite3_prepare_v2(st->db, "SELECT fts5(?1)", -1, &q, NULL) !=
	    SQLITE_OK)
		return -1;
	sqlite3_bind_pointer(q, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(q);
	sqlite3_finalize(q);
	if (api == NULL || api->iVersion < 2)
		return -1;
	return api->xCreateTokenizer(api, "hoso", st, &tok, NULL) ==
	    SQLITE_OK ? 0 : -1;
}
