/*
 * store: the SQLite index of a corpus (see include/model/store.h).
 *
 * The FTS5 table keeps its content (not content=''): SQLite 3.40 cannot
 * delete a row from a contentless table without the row's old text, and a
 * changed file's old text is gone by the time we see the change.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store.h"
#include "util.h"
#include "vitok.h"

enum {
	Q_FACTS, Q_PUT, Q_PUT_FTS, Q_DEL, Q_DEL_FTS, Q_DEL_M, Q_DEL_AT,
	Q_DEL_BAD, Q_DEL_DIAG, Q_PUT_M, Q_PUT_AT, Q_FILE_N, Q_PUT_BAD,
	Q_PUT_DIAG, Q_SEARCH, Q_META_GET, Q_META_SET, Q_LIST_RANK, Q_LIST_OFF, Q_NQ
};

static const char *const queries[Q_NQ] = {
	[Q_FACTS] = "SELECT size, mtime, ino, 1 FROM article WHERE file = ?1"
	    " UNION ALL SELECT size, mtime, ino, 2 FROM bad WHERE file = ?1",
	[Q_PUT] = "INSERT INTO article(id, file, size, mtime, ino, date,"
	    " datekey, source, title) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[Q_PUT_FTS] = "INSERT INTO body(rowid, title, text) VALUES(?1, ?2, ?3)",
	[Q_DEL] = "DELETE FROM article WHERE file = ?1 RETURNING n",
	[Q_DEL_FTS] = "DELETE FROM body WHERE rowid = ?1",
	[Q_DEL_M] = "DELETE FROM mention WHERE article = ?1",
	[Q_DEL_AT] = "DELETE FROM atopic WHERE article = ?1",
	[Q_DEL_BAD] = "DELETE FROM bad WHERE file = ?1",
	[Q_DEL_DIAG] = "DELETE FROM diag WHERE file = ?1",
	[Q_PUT_M] = "INSERT OR IGNORE INTO mention(article, start, topic,"
	    " keyword, para, \"end\") VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
	/* The counts come from the rows just written: one statement. */
	[Q_PUT_AT] = "INSERT INTO atopic(topic, article, count, datekey, id)"
	    " VALUES(?1, ?2, ?3, ?4, ?5)",
	[Q_FILE_N] = "SELECT n, datekey, id FROM article WHERE file = ?1",
	[Q_PUT_BAD] = "INSERT INTO bad(file, size, mtime, ino)"
	    " VALUES(?1, ?2, ?3, ?4)",
	[Q_PUT_DIAG] = "INSERT INTO diag(file, seq, level, line, col, msg)"
	    " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
	[Q_SEARCH] = "SELECT a.id FROM body JOIN article a ON a.n = body.rowid"
	    " WHERE body MATCH ?1 ORDER BY a.datekey DESC, a.id"
	    " LIMIT ?2 OFFSET ?3",
	[Q_META_GET] = "SELECT value FROM meta WHERE key = ?1",
	[Q_META_SET] = "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)",
	[Q_LIST_RANK] = "SELECT rank, datekey, id, file, date, source, title"
	    " FROM article WHERE rank >= ?1 ORDER BY rank LIMIT ?2",
	[Q_LIST_OFF] = "SELECT rank, datekey, id, file, date, source, title"
	    " FROM article ORDER BY datekey DESC, id, n LIMIT ?2 OFFSET ?1",
};

struct store {
	sqlite3 *db;
	sqlite3_stmt *q[Q_NQ];
	int stale_noted;		/* this transaction marked the ranks stale */
};

/* Dropped (with their indexes and triggers) when the schema changes. */
static const char drop[] = "DROP TABLE IF EXISTS body;"
	"DROP TABLE IF EXISTS article; DROP TABLE IF EXISTS bad;"
	"DROP TABLE IF EXISTS diag; DROP TABLE IF EXISTS meta;"
	"DROP TABLE IF EXISTS mention; DROP TABLE IF EXISTS atopic;"
	"DROP TABLE IF EXISTS topic_total;";

static const char schema[] =
	"CREATE TABLE article("
	" n INTEGER PRIMARY KEY,"
	" id TEXT NOT NULL,"
	" file TEXT NOT NULL UNIQUE,"
	" size INTEGER, mtime INTEGER, ino INTEGER,"
	" date TEXT, datekey INTEGER, source TEXT, title TEXT, rank INTEGER);"
	"CREATE INDEX article_order ON article(datekey DESC, id);"
	"CREATE INDEX article_rank ON article(rank);"
	"CREATE INDEX article_id ON article(id, file);"
	"CREATE VIRTUAL TABLE body USING fts5(title, text, tokenize = 'hoso');"
	"CREATE TABLE bad(file TEXT PRIMARY KEY, size INTEGER, mtime INTEGER,"
	" ino INTEGER) WITHOUT ROWID;"
	"CREATE TABLE diag(file TEXT NOT NULL, seq INTEGER NOT NULL,"
	" level INTEGER, line INTEGER, col INTEGER, msg TEXT,"
	" PRIMARY KEY(file, seq)) WITHOUT ROWID;"
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
	/* article is article.n; offsets are bytes of the stored text. */
	"CREATE TABLE mention(article INTEGER NOT NULL, start INTEGER NOT NULL,"
	" topic TEXT NOT NULL, keyword INTEGER, para INTEGER, \"end\" INTEGER,"
	" PRIMARY KEY(article, start, topic)) WITHOUT ROWID;"
	/* One row per article and topic; datekey and id are copied so that
	 * a topic's ranking is one index range. */
	"CREATE TABLE atopic(topic TEXT NOT NULL, article INTEGER NOT NULL,"
	" count INTEGER, datekey INTEGER, id TEXT,"
	" PRIMARY KEY(article, topic)) WITHOUT ROWID;"
	"CREATE INDEX atopic_rank ON atopic(topic, count DESC, datekey DESC, id);"
	/* No triggers: a statement that fires one makes FTS5 flush its
	 * pending terms (a statement savepoint), and the index would be
	 * written in tiny segments.  store_rank sums the totals instead. */
	"CREATE TABLE topic_total(topic TEXT PRIMARY KEY, mentions INTEGER,"
	" articles INTEGER) WITHOUT ROWID;";

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
	static int stateless;

	(void)unused, (void)argv, (void)argc;
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

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (api == NULL || api->iVersion < 2)
		return -1;
	return api->xCreateTokenizer(api, "hoso", NULL, &tok, NULL) ==
	    SQLITE_OK ? 0 : -1;
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

	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL) ==
	    SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
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
	util_buf_printf(&b, "%s%sPRAGMA user_version = %d;", drop, schema,
	    STORE_SCHEMA);
	rc = exec(st, b.data);
	util_buf_free(&b);
	if (rc != 0) {
		exec(st, "ROLLBACK");
		return -1;
	}
	return exec(st, "COMMIT");
}

static int
prepare_all(struct store *st)
{
	for (int i = 0; i < Q_NQ; i++)
		if (sqlite3_prepare_v3(st->db, queries[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &st->q[i], NULL) != SQLITE_OK)
			return -1;
	return 0;
}

static void
close_db(struct store *st)
{
	for (int i = 0; i < Q_NQ; i++)
		sqlite3_finalize(st->q[i]);
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
	st->stale_noted = 0;
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

/* Steps a statement that returns no rows. */
static int
run(sqlite3_stmt *s)
{
	return done(s, sqlite3_step(s) == SQLITE_DONE ? 0 : -1);
}

static void
bind_facts(sqlite3_stmt *s, int at, const struct store_file *f)
{
	sqlite3_bind_int64(s, at, f->size);
	sqlite3_bind_int64(s, at + 1, f->mtime_ns);
	sqlite3_bind_int64(s, at + 2, f->ino);
}

static void
bind_text(sqlite3_stmt *s, int at, const char *t)
{
	sqlite3_bind_text(s, at, t, -1, SQLITE_STATIC);
}

/* A write makes the ranks stale until store_rank; noted once. */
static int
stale(struct store *st)
{
	return st->stale_noted++ ? 0 : store_meta_set(st, "ranked", "0");
}

int
store_file_facts(struct store *st, const char *file, struct store_file *f)
{
	sqlite3_stmt *s = st->q[Q_FACTS];

	bind_text(s, 1, file);
	if (sqlite3_step(s) != SQLITE_ROW)
		return done(s, 0);
	f->size = sqlite3_column_int64(s, 0);
	f->mtime_ns = sqlite3_column_int64(s, 1);
	f->ino = sqlite3_column_int64(s, 2);
	return done(s, sqlite3_column_int(s, 3));
}

/* Deletes the rows of article n that hang off it. */
static int
remove_n(struct store *st, sqlite3_int64 n, int fts)
{
	static const int q[] = { Q_DEL_M, Q_DEL_AT, Q_DEL_FTS };

	for (int i = 0; i < (fts ? 3 : 2); i++) {
		sqlite3_bind_int64(st->q[q[i]], 1, n);
		if (run(st->q[q[i]]) != 0)
			return -1;
	}
	return 0;
}

int
store_remove(struct store *st, const char *file)
{
	sqlite3_stmt *s = st->q[Q_DEL];
	int rc;

	if (stale(st) != 0)
		return -1;
	/* file is UNIQUE: one row at most; RETURNING rows are ready once
	 * the first is stepped. */
	bind_text(s, 1, file);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW &&
	    remove_n(st, sqlite3_column_int64(s, 0), 1) != 0)
		rc = SQLITE_ERROR;
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(s);
	if (done(s, rc) != SQLITE_DONE)
		return -1;
	for (int q = Q_DEL_BAD; q <= Q_DEL_DIAG; q++) {
		bind_text(st->q[q], 1, file);
		if (run(st->q[q]) != 0)
			return -1;
	}
	return 0;
}

/* Writes the mentions of article n and its counts per topic (a handful
 * of topics an article: a linear search finds each one's row). */
static int
put_mentions(struct store *st, sqlite3_int64 n, sqlite3_int64 datekey,
    const char *id, const struct store_mention *m, size_t nm)
{
	sqlite3_stmt *s = st->q[Q_PUT_M];
	struct { const char *topic; size_t n; } *t = NULL;
	size_t nt = 0, cap = 0;
	int rc = 0;

	for (size_t i = 0; i < nm && rc == 0; i++) {
		size_t j = 0;

		sqlite3_bind_int64(s, 1, n);
		sqlite3_bind_int64(s, 2, m[i].start);
		sqlite3_bind_text(s, 3, m[i].topic, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 4, m[i].keyword);
		sqlite3_bind_int64(s, 5, m[i].para);
		sqlite3_bind_int64(s, 6, m[i].end);
		rc = run(s);
		while (j < nt && strcmp(t[j].topic, m[i].topic) != 0)
			j++;
		if (j == nt) {
			util_grow((void **)&t, &cap, nt + 1, sizeof *t);
			t[nt].topic = m[i].topic;
			t[nt++].n = 0;
		}
		t[j].n++;
	}
	s = st->q[Q_PUT_AT];
	for (size_t j = 0; j < nt && rc == 0; j++) {
		bind_text(s, 1, t[j].topic);
		sqlite3_bind_int64(s, 2, n);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)t[j].n);
		sqlite3_bind_int64(s, 4, datekey);
		bind_text(s, 5, id);
		rc = run(s);
	}
	free(t);
	return rc;
}

int
store_put(struct store *st, const struct store_article *a)
{
	sqlite3_stmt *s = st->q[Q_PUT];
	sqlite3_int64 n;

	if (store_remove(st, a->file) != 0)
		return -1;
	sqlite3_bind_text(s, 1, a->id, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, a->file, -1, SQLITE_STATIC);
	bind_facts(s, 3, &a->facts);
	sqlite3_bind_text(s, 6, a->date, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 7, a->datekey);
	sqlite3_bind_text(s, 8, a->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 9, a->title, -1, SQLITE_STATIC);
	if (run(s) != 0)
		return -1;
	n = sqlite3_last_insert_rowid(st->db);
	s = st->q[Q_PUT_FTS];
	sqlite3_bind_int64(s, 1, n);
	sqlite3_bind_text(s, 2, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text64(s, 3, a->text, a->len, SQLITE_STATIC,
	    SQLITE_UTF8);
	if (run(s) != 0)
		return -1;
	return put_mentions(st, n, a->datekey, a->id, a->m, a->nm);
}

int
store_set_mentions(struct store *st, const char *file,
    const struct store_mention *m, size_t nm)
{
	sqlite3_stmt *s = st->q[Q_FILE_N];
	sqlite3_int64 n, datekey;
	char *id;
	int rc;

	bind_text(s, 1, file);
	if (sqlite3_step(s) != SQLITE_ROW)
		return done(s, -1);
	n = sqlite3_column_int64(s, 0);
	datekey = sqlite3_column_int64(s, 1);
	id = util_strdup((const char *)sqlite3_column_text(s, 2));
	done(s, 0);
	rc = remove_n(st, n, 0) != 0 || stale(st) != 0 ? -1 :
	    put_mentions(st, n, datekey, id, m, nm);
	return free(id), rc;
}

int
store_put_bad(struct store *st, const char *file, const struct store_file *f)
{
	sqlite3_stmt *s = st->q[Q_PUT_BAD];

	if (store_remove(st, file) != 0)
		return -1;
	bind_text(s, 1, file);
	bind_facts(s, 2, f);
	return run(s);
}

int
store_set_diags(struct store *st, const char *file,
    const struct diag_entry *v, size_t n)
{
	sqlite3_stmt *s = st->q[Q_PUT_DIAG];

	bind_text(st->q[Q_DEL_DIAG], 1, file);
	if (run(st->q[Q_DEL_DIAG]) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		bind_text(s, 1, file);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
		sqlite3_bind_int(s, 3, (int)v[i].level);
		sqlite3_bind_int(s, 4, v[i].line);
		sqlite3_bind_int(s, 5, v[i].col);
		sqlite3_bind_text(s, 6, v[i].msg, -1, SQLITE_STATIC);
		if (run(s) != 0)
			return -1;
	}
	return 0;
}

/* Steps a one-off query, calling row for each row; -1 on an error. */
static long
each(struct store *st, const char *q, const char *arg, sqlite3_int64 a2,
    sqlite3_int64 a3, int (*row)(sqlite3_stmt *, void *), void *ctx)
{
	sqlite3_stmt *s;
	long n = 0;
	int rc;

	if (sqlite3_prepare_v2(st->db, q, -1, &s, NULL) != SQLITE_OK)
		return -1;
	/* Parameters the query lacks are refused by SQLite, harmlessly. */
	sqlite3_bind_text(s, 1, arg, -1, SQLITE_STATIC);	/* NULL: null */
	sqlite3_bind_int64(s, 2, a2);
	sqlite3_bind_int64(s, 3, a3);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (n++, row(s, ctx) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? n : -1;
}

#define TEXT(s, i) ((const char *)sqlite3_column_text((s), (i)))

/* The callback of one of the one-off queries below, the one set. */
struct cb {
	store_file_fn file;
	store_topic_fn topic;
	store_count_fn count;
	store_mention_fn mention;
	struct diag *d;			/* or a diagnostic replayed */
	void *ctx;
};

#define INT(s, i) sqlite3_column_int64((s), (i))

static int
cb_row(sqlite3_stmt *s, void *ctx)
{
	struct cb *c = ctx;
	struct store_mention m;

	if (c->file != NULL)
		return c->file(c->ctx, TEXT(s, 0));
	if (c->topic != NULL)
		return c->topic(c->ctx, TEXT(s, 0), (size_t)INT(s, 1),
		    (size_t)INT(s, 2));
	if (c->count != NULL)
		return c->count(c->ctx, TEXT(s, 0), (size_t)INT(s, 1));
	if (c->d != NULL) {
		diag_emit(c->d, INT(s, 1) == DIAG_ERROR ? DIAG_ERROR :
		    DIAG_WARNING, TEXT(s, 0), (int)INT(s, 2), (int)INT(s, 3),
		    "%s", TEXT(s, 4) ? TEXT(s, 4) : "");
		return 0;
	}
	m.topic = TEXT(s, 0);
	m.keyword = (uint32_t)INT(s, 1);
	m.para = (uint32_t)INT(s, 2);
	m.start = (uint32_t)INT(s, 3);
	m.end = (uint32_t)INT(s, 4);
	return c->mention(c->ctx, &m);
}

long
store_replay_diags(struct store *st, const char *prefix, struct diag *d)
{
	struct cb c = { .d = d };

	return each(st, "SELECT coalesce(?1 || '/', '') || file, level, line,"
	    " col, msg FROM diag ORDER BY file, seq", prefix, 0, 0, cb_row, &c);
}


long
store_files(struct store *st, store_file_fn fn, void *ctx)
{
	struct cb c = { .file = fn, .ctx = ctx };

	return each(st, "SELECT file FROM article UNION ALL SELECT file FROM bad"
	    " ORDER BY 1", NULL, 0, 0, cb_row, &c);
}

static int
count_all(sqlite3_stmt *s, void *ctx)
{
	return *(size_t *)ctx = (size_t)INT(s, 0), 0;
}

size_t
store_count(struct store *st)
{
	size_t n = 0;

	return each(st, "SELECT count(*) FROM article", NULL, 0, 0, count_all,
	    &n), n;
}

char *
store_meta_get(struct store *st, const char *key)
{
	sqlite3_stmt *s = st->q[Q_META_GET];
	char *v = NULL;

	bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW && TEXT(s, 0) != NULL)
		v = util_strdup(TEXT(s, 0));
	return done(s, 0), v;
}

int
store_meta_set(struct store *st, const char *key, const char *value)
{
	sqlite3_stmt *s = st->q[Q_META_SET];

	bind_text(s, 1, key);
	sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
	return run(s);
}

static int
ranked(struct store *st)
{
	char *v = store_meta_get(st, "ranked");
	int r = v != NULL && v[0] == '1';

	return free(v), r;
}

long
store_list(struct store *st, size_t from, size_t n, store_row_fn fn,
    void *ctx)
{
	int fresh = ranked(st);
	sqlite3_stmt *s = st->q[fresh ? Q_LIST_RANK : Q_LIST_OFF];
	long got = 0;
	int rc;

	sqlite3_bind_int64(s, 1, (sqlite3_int64)from);
	sqlite3_bind_int64(s, 2, n > INT64_MAX ? INT64_MAX : (sqlite3_int64)n);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_row r = {
			fresh ? sqlite3_column_int64(s, 0) :
			    (int64_t)(from + (size_t)got),
			sqlite3_column_int64(s, 1), TEXT(s, 2), TEXT(s, 3),
			TEXT(s, 4), TEXT(s, 5), TEXT(s, 6),
		};

		got++;
		if (fn(ctx, &r) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	return done(s, rc == SQLITE_DONE ? 0 : -1) == 0 ? got : -1;
}

int
store_rank(struct store *st)
{
	if (ranked(st))
		return 0;
	if (store_begin(st) != 0)
		return -1;
	/* Only the rows whose number moved are written. */
	if (exec(st, "UPDATE article SET rank = o.r FROM (SELECT n,"
	    " row_number() OVER (ORDER BY datekey DESC, id, n) - 1 AS r"
	    " FROM article) AS o WHERE article.n = o.n"
	    " AND article.rank IS NOT o.r") != 0 ||
	    exec(st, "DELETE FROM topic_total; INSERT INTO topic_total"
	    " SELECT topic, sum(count), count(*) FROM atopic GROUP BY topic") ||
	    store_meta_set(st, "ranked", "1") != 0) {
		exec(st, "ROLLBACK");
		return -1;
	}
	return store_commit(st);
}


long
store_topic_counts(struct store *st, store_topic_fn fn, void *ctx)
{
	struct cb c = { .topic = fn, .ctx = ctx };

	/* Stale totals are summed from the pairs: O(article-topic pairs). */
	return each(st, ranked(st) ? "SELECT topic, mentions, articles FROM"
	    " topic_total ORDER BY topic" : "SELECT topic, sum(count), count(*)"
	    " FROM atopic GROUP BY topic ORDER BY topic", NULL, 0, 0, cb_row,
	    &c);
}


long
store_topic_articles(struct store *st, const char *topic, size_t offset,
    size_t limit, store_count_fn fn, void *ctx)
{
	struct cb c = { .count = fn, .ctx = ctx };

	return each(st, "SELECT id, count FROM atopic WHERE topic = ?1"
	    " ORDER BY count DESC, datekey DESC, id LIMIT ?2 OFFSET ?3", topic,
	    limit > INT64_MAX ? INT64_MAX : (sqlite3_int64)limit,
	    (sqlite3_int64)offset, cb_row, &c);
}


long
store_article_mentions(struct store *st, const char *id, store_mention_fn fn,
    void *ctx)
{
	struct cb c = { .mention = fn, .ctx = ctx };

	return each(st, "SELECT topic, keyword, para, start, \"end\" FROM mention"
	    " WHERE article = (SELECT n FROM article WHERE id = ?1"
	    " ORDER BY file LIMIT 1) ORDER BY start, topic", id, 0, 0,
	    cb_row, &c);
}

long
store_search(struct store *st, const char *query, size_t offset,
    size_t limit, store_id_fn fn, void *ctx)
{
	sqlite3_stmt *s = st->q[Q_SEARCH];
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
