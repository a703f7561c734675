/*
 * store: the SQLite index of a corpus (see include/model/store.h).
 *
 * The FTS5 table keeps its content (not content=''): SQLite 3.40 cannot
 * delete a row from a contentless table without the row's old text, and a
 * changed file's old text is gone by the time we see the change.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store.h"
#include "util.h"
#include "vitok.h"

struct store {
	sqlite3 *db;
	sqlite3_stmt *facts, *put, *put_fts, *del, *del_fts, *search;
};

static const char schema[] =
	"CREATE TABLE article("
	" n INTEGER PRIMARY KEY,"
	" id TEXT NOT NULL,"
	" file TEXT NOT NULL UNIQUE,"
	" size INTEGER, mtime INTEGER, ino INTEGER,"
	" date TEXT, datekey INTEGER, source TEXT, title TEXT);"
	"CREATE INDEX article_order ON article(datekey DESC, id);"
	"CREATE VIRTUAL TABLE body USING fts5(title, text, tokenize = 'hoso');";

/* ------------------------------------------------------------------ */
/* The tokenizer: vitok behind FTS5's interface. */

struct tok_ctx {
	void *fts_ctx;
	int (*token)(void *, int, const char *, int, int, int);
	int query;
};

static int
tok_create(void *unused, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)unused;
	(void)argv;
	(void)argc;
	static int stateless;

	/* vitok keeps no state: any non-NULL handle will do. */
	*out = (Fts5Tokenizer *)(void *)&stateless;
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
	int flags = 0;

	if (n > 0x7fffffff || end > 0x7fffffff)
		return SQLITE_TOOBIG;
	/* The marked form shares its folded form's position, so a phrase
	 * may mix the two, one per syllable. */
	if (!c->query && form == VITOK_MARKED)
		flags = FTS5_TOKEN_COLOCATED;
	return c->token(c->fts_ctx, flags, tok, (int)n, (int)start, (int)end);
}

static int
tok_tokenize(Fts5Tokenizer *t, void *fts_ctx, int flags, const char *text,
    int n, int (*token)(void *, int, const char *, int, int, int))
{
	struct tok_ctx c = { fts_ctx, token, (flags & FTS5_TOKENIZE_QUERY) != 0 };

	(void)t;
	if (text == NULL || n <= 0)
		return SQLITE_OK;
	return c.query ? vitok_scan_query(text, (size_t)n, tok_one, &c) :
	    vitok_scan_document(text, (size_t)n, tok_one, &c);
}

static int
register_tokenizer(sqlite3 *db)
{
	static fts5_tokenizer tok = { tok_create, tok_delete, tok_tokenize };
	fts5_api *api = NULL;
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (api == NULL || api->iVersion < 2)
		return -1;
	rc = api->xCreateTokenizer(api, "hoso", NULL, &tok, NULL);
	return rc == SQLITE_OK ? 0 : -1;
}

/* ------------------------------------------------------------------ */

static int
exec(struct store *st, const char *sql)
{
	return sqlite3_exec(st->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static int
schema_version(sqlite3 *db)
{
	sqlite3_stmt *s;
	int v = -1;

	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL) !=
	    SQLITE_OK)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* A database of another schema (or none) is emptied and made anew: the
 * index is a cache, the corpus is the truth. */
static int
ensure_schema(struct store *st)
{
	struct util_buf b;
	int rc;

	if (schema_version(st->db) == STORE_SCHEMA)
		return 0;
	if (exec(st, "BEGIN IMMEDIATE") != 0)
		return -1;
	/* Another instance may have built it while we waited. */
	if (schema_version(st->db) == STORE_SCHEMA)
		return exec(st, "COMMIT");
	util_buf_init(&b);
	util_buf_printf(&b, "DROP TABLE IF EXISTS body;"
	    "DROP TABLE IF EXISTS article;%sPRAGMA user_version = %d;",
	    schema, STORE_SCHEMA);
	rc = exec(st, b.data);
	util_buf_free(&b);
	if (rc != 0) {
		exec(st, "ROLLBACK");
		return -1;
	}
	return exec(st, "COMMIT");
}

static int
prepare(struct store *st, sqlite3_stmt **s, const char *sql)
{
	return sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
	    s, NULL) == SQLITE_OK ? 0 : -1;
}

static int
prepare_all(struct store *st)
{
	return prepare(st, &st->facts,
	    "SELECT size, mtime, ino FROM article WHERE file = ?1") ||
	    prepare(st, &st->put,
	    "INSERT INTO article(id, file, size, mtime, ino, date, datekey,"
	    " source, title) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)") ||
	    prepare(st, &st->put_fts,
	    "INSERT INTO body(rowid, title, text) VALUES(?1, ?2, ?3)") ||
	    prepare(st, &st->del,
	    "DELETE FROM article WHERE file = ?1 RETURNING n") ||
	    prepare(st, &st->del_fts, "DELETE FROM body WHERE rowid = ?1") ||
	    prepare(st, &st->search,
	    "SELECT a.id FROM body JOIN article a ON a.n = body.rowid"
	    " WHERE body MATCH ?1 ORDER BY a.datekey DESC, a.id"
	    " LIMIT ?2 OFFSET ?3") ? -1 : 0;
}

static void
close_db(struct store *st)
{
	sqlite3_finalize(st->facts);
	sqlite3_finalize(st->put);
	sqlite3_finalize(st->put_fts);
	sqlite3_finalize(st->del);
	sqlite3_finalize(st->del_fts);
	sqlite3_finalize(st->search);
	sqlite3_close(st->db);
	memset(st, 0, sizeof *st);
}

static int
open_db(struct store *st, const char *path, const char **what)
{
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK) {
		*what = "cannot open the index";
		return -1;
	}
	sqlite3_busy_timeout(st->db, 5000);
	if (register_tokenizer(st->db) != 0) {
		*what = "this SQLite has no FTS5";
		return -1;
	}
	/* WAL: a reader never waits for the indexer, and a kill leaves the
	 * last committed transaction. */
	exec(st, "PRAGMA journal_mode = WAL");
	exec(st, "PRAGMA synchronous = NORMAL");
	if (ensure_schema(st) != 0 || prepare_all(st) != 0) {
		*what = "cannot set up the index";
		return -1;
	}
	return 0;
}

/* A cache that SQLite says is not a database, or is damaged, is thrown
 * away, never trusted: the corpus is the truth. */
static int
damaged(struct store *st, const char *path)
{
	static const char *const tails[] = { "", "-wal", "-shm" };
	int e = st->db != NULL ? sqlite3_errcode(st->db) : SQLITE_OK;

	if ((e != SQLITE_NOTADB && e != SQLITE_CORRUPT) ||
	    strcmp(path, ":memory:") == 0)
		return 0;
	close_db(st);
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		struct util_buf b;

		util_buf_init(&b);
		util_buf_printf(&b, "%s%s", path, tails[i]);
		unlink(b.data);
		util_buf_free(&b);
	}
	return 1;
}

int
store_open(struct store **out, const char *path, struct diag *d)
{
	struct store *st = util_calloc(1, sizeof *st);
	const char *what = NULL;
	int rc;

	*out = NULL;
	if (path == NULL)
		path = ":memory:";
	rc = open_db(st, path, &what);
	if (rc != 0 && damaged(st, path))
		rc = open_db(st, path, &what);
	if (rc == 0) {
		*out = st;
		return 0;
	}
	diag_emit(d, DIAG_WARNING, path, 0, 0, "%s: %s", what,
	    st->db != NULL ? sqlite3_errmsg(st->db) : "out of memory");
	store_close(st);
	return -1;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	close_db(st);
	free(st);
}

int
store_begin(struct store *st)
{
	return exec(st, "BEGIN IMMEDIATE");
}

int
store_commit(struct store *st)
{
	return exec(st, "COMMIT");
}

static int
done(sqlite3_stmt *s, int rc)
{
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc;
}

int
store_file_facts(struct store *st, const char *file, struct store_file *f)
{
	sqlite3_stmt *s = st->facts;

	sqlite3_bind_text(s, 1, file, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_ROW)
		return done(s, 0);
	f->size = sqlite3_column_int64(s, 0);
	f->mtime_ns = sqlite3_column_int64(s, 1);
	f->ino = sqlite3_column_int64(s, 2);
	return done(s, 1);
}

int
store_remove(struct store *st, const char *file)
{
	sqlite3_stmt *s = st->del;
	int rc = 0;

	sqlite3_bind_text(s, 1, file, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		sqlite3_bind_int64(st->del_fts, 1, sqlite3_column_int64(s, 0));
		if (sqlite3_step(st->del_fts) != SQLITE_DONE) {
			done(st->del_fts, 0);
			return done(s, -1);
		}
		done(st->del_fts, 0);
	}
	return done(s, rc == SQLITE_DONE ? 0 : -1);
}

int
store_put(struct store *st, const struct store_article *a)
{
	sqlite3_stmt *s = st->put;
	sqlite3_int64 n;

	if (store_remove(st, a->file) != 0)
		return -1;
	sqlite3_bind_text(s, 1, a->id, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, a->file, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, a->facts.size);
	sqlite3_bind_int64(s, 4, a->facts.mtime_ns);
	sqlite3_bind_int64(s, 5, a->facts.ino);
	sqlite3_bind_text(s, 6, a->date, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 7, a->datekey);
	sqlite3_bind_text(s, 8, a->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 9, a->title, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return done(s, -1);
	done(s, 0);
	n = sqlite3_last_insert_rowid(st->db);
	s = st->put_fts;
	sqlite3_bind_int64(s, 1, n);
	sqlite3_bind_text(s, 2, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text64(s, 3, a->text, a->len, SQLITE_STATIC,
	    SQLITE_UTF8);
	return done(s, sqlite3_step(s) == SQLITE_DONE ? 0 : -1);
}

size_t
store_count(struct store *st)
{
	sqlite3_stmt *s;
	size_t n = 0;

	if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM article", -1,
	    &s, NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(s) == SQLITE_ROW)
		n = (size_t)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

long
store_search(struct store *st, const char *query, size_t offset,
    size_t limit, store_id_fn fn, void *ctx)
{
	sqlite3_stmt *s = st->search;
	struct util_buf q;
	long n = 0;
	int rc;

	/* One FTS5 phrase: the syllables in order, whatever punctuation
	 * the user typed between them (a double quote is doubled). */
	util_buf_init(&q);
	util_buf_addc(&q, '"');
	for (const char *p = query; *p != '\0'; p++) {
		if (*p == '"')
			util_buf_addc(&q, '"');
		util_buf_addc(&q, *p);
	}
	util_buf_addc(&q, '"');
	sqlite3_bind_text(s, 1, q.data, (int)q.len, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 2, limit > INT64_MAX ? INT64_MAX :
	    (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)offset);
	util_buf_free(&q);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		n++;
		if (fn(ctx, (const char *)sqlite3_column_text(s, 0)) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		n = -1;
	return done(s, 0) == 0 ? n : -1;
}
