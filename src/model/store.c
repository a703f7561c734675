/*
 * store: the SQLite index of a corpus (see include/model/store.h): the
 * schema, opening, and the writes; the tokenizer is in store_tok.c, the
 * reads in store_query.c.
 *
 * The FTS5 table is contentless (content=''): the texts are the corpus's
 * files, not the cache's, which is then less than the corpus's size.
 * SQLite 3.40 cannot delete a row from a contentless table without the
 * row's old text, and a changed file's old text is gone by the time we see
 * the change: so a row is never deleted from it, only its article is.
 * Every query joins the article table on the full-text row (FTS_ROWID),
 * made of the article's number, never reused (AUTOINCREMENT), so a left-
 * over row matches nothing.  They are
 * counted (meta "dead"); when they outnumber the articles the next update
 * starts afresh (store_wasted).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store.h"
#include "store_int.h"
#include "util.h"

/* An article's row in the full-text table: its date in the high bits,
 * so that FTS5's own order is the list's newest first (ties by when they
 * were indexed), and its article number, never reused, in the low ones. */
#define FTS_ROWID(datekey, n) \
	((sqlite3_int64)(datekey) * 16777216 + ((n) & 0xffffff))

/* Two files may give one id: the first by file name is the article, the
 * others are errors (store_duplicates) and listed nowhere. */
#define FIRST_OF_ID(t) " NOT EXISTS (SELECT 1 FROM article d WHERE d.id = " \
	t ".id AND d.file < " t ".file)"

static const char *const queries[Q_NQ] = {
	[Q_FACTS] = "SELECT size, mtime, ino, 1 FROM article WHERE file = ?1"
	    " UNION ALL SELECT size, mtime, ino, 2 FROM bad WHERE file = ?1",
	[Q_PUT] = "INSERT INTO article(id, file, size, mtime, ino, date,"
	    " datekey, source, title) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[Q_PUT_FTS] = "INSERT INTO body(rowid, title, text) VALUES(?1, ?2, ?3)",
	[Q_DEL] = "DELETE FROM article WHERE file = ?1 RETURNING n",
	[Q_DEL_FTS] = "INSERT OR REPLACE INTO meta(key, value) SELECT 'dead',"
	    " coalesce((SELECT value FROM meta WHERE key = 'dead'), 0) + 1"
	    " WHERE ?1 IS NOT NULL",
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
	/* Newest first as FTS5 walks its rows, backwards: no sort of every
	 * match before the first page (see FTS_ROWID). */
	[Q_SEARCH] = "SELECT a.id FROM body JOIN article a ON a.fts = body.rowid"
	    " WHERE body MATCH ?1 AND" FIRST_OF_ID("a")
	    " ORDER BY body.rowid DESC LIMIT ?2 OFFSET ?3",
	[Q_SET_FTS] = "UPDATE article SET fts = ?2 WHERE n = ?1",
	[Q_META_GET] = "SELECT value FROM meta WHERE key = ?1",
	[Q_META_SET] = "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)",
	[Q_LIST_RANK] = "SELECT rank, datekey, id, file, date, source, title"
	    " FROM article WHERE rank >= ?1 ORDER BY rank LIMIT ?2",
	/* Asked once a row: prepared once. */
	[Q_ATOPICS] = "SELECT topic, count FROM atopic WHERE article ="
	    " (SELECT n FROM article WHERE id = ?1 ORDER BY file LIMIT 1)"
	    " ORDER BY count DESC, topic",
	[Q_ROW_RANKED] = "SELECT rank FROM article WHERE id = ?1"
	    " AND rank IS NOT NULL",
	[Q_MENTIONS] = "SELECT topic, keyword, para, start, \"end\" FROM mention"
	    " WHERE article = (SELECT n FROM article WHERE id = ?1"
	    " ORDER BY file LIMIT 1) ORDER BY start, topic",
	[Q_LIST_TOPICS] = "SELECT a.rank, t.topic, t.count FROM article a"
	    " JOIN atopic t ON t.article = a.n WHERE a.rank >= ?1"
	    " AND a.rank < ?2",
	[Q_LIST_OFF] = "SELECT rank, datekey, id, file, date, source, title"
	    " FROM article WHERE" FIRST_OF_ID("article")
	    " ORDER BY datekey DESC, id, n LIMIT ?2 OFFSET ?1",
};

/* Dropped (with their indexes and triggers) when the schema changes. */
static const char drop[] = "DROP TABLE IF EXISTS body;"
	"DROP TABLE IF EXISTS article; DROP TABLE IF EXISTS bad;"
	"DROP TABLE IF EXISTS diag; DROP TABLE IF EXISTS meta;"
	"DROP TABLE IF EXISTS mention; DROP TABLE IF EXISTS atopic;"
	"DROP TABLE IF EXISTS topic_total;";

static const char schema[] =
	"CREATE TABLE article("
	" n INTEGER PRIMARY KEY AUTOINCREMENT,"
	" id TEXT NOT NULL,"
	" file TEXT NOT NULL UNIQUE,"
	" size INTEGER, mtime INTEGER, ino INTEGER,"
	" date TEXT, datekey INTEGER, source TEXT, title TEXT, rank INTEGER,"
	" fts INTEGER);"
	"CREATE UNIQUE INDEX article_fts ON article(fts);"
	"CREATE INDEX article_order ON article(datekey DESC, id);"
	"CREATE INDEX article_rank ON article(rank);"
	"CREATE INDEX article_id ON article(id, file);"
	/* No column sizes: nothing ranks by bm25.  Larger leaves: fewer
	 * pages to write and to merge (about 7 % of an index build). */
	"CREATE VIRTUAL TABLE body USING fts5(title, text, tokenize = 'hoso',"
	" content = '', columnsize = 0);"
	"INSERT INTO body(body, rank) VALUES('pgsz', 16000);"
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

int
st_exec(struct store *st, const char *sql)
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
make_schema(struct store *st, int force)
{
	struct util_buf b;
	int rc;

	if (!force && schema_version(st->db) == STORE_SCHEMA)
		return 0;
	if (st_exec(st, "BEGIN IMMEDIATE") != 0)
		return -1;
	/* Another instance may have built it while we waited. */
	if (!force && schema_version(st->db) == STORE_SCHEMA)
		return st_exec(st, "COMMIT");
	util_buf_init(&b);
	util_buf_printf(&b, "%s%sPRAGMA user_version = %d;", drop, schema,
	    STORE_SCHEMA);
	rc = st_exec(st, b.data);
	util_buf_free(&b);
	if (rc != 0) {
		st_exec(st, "ROLLBACK");
		return -1;
	}
	return st_exec(st, "COMMIT");
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

/* Another connection holds a lock: try again a millisecond later, for at
 * most about five seconds.  SQLite's own timeout backs off to 100 ms
 * sleeps, which a reader beside the indexer feels as a key answered a
 * quarter of a second late. */
static int
busy(void *ctx, int n)
{
	struct timespec ts = { 0, 1000 * 1000 };

	(void)ctx;
	if (n >= 5000)
		return 0;
	nanosleep(&ts, NULL);
	return 1;
}

static int
open_db(struct store *st, const char *path, const char **what)
{
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK) {
		*what = "cannot open the index";
		return -1;
	}
	sqlite3_busy_handler(st->db, busy, NULL);
	if (st_register_tokenizer(st) != 0) {
		*what = "this SQLite has no FTS5";
		return -1;
	}
	/* WAL: a reader never waits for the indexer, and a kill leaves the
	 * last committed transaction. */
	st_exec(st, "PRAGMA journal_mode = WAL");
	st_exec(st, "PRAGMA synchronous = NORMAL");
	/* FTS5 merges read back the segments just written: keep them. */
	st_exec(st, "PRAGMA cache_size = -65536");
	if (make_schema(st, 0) != 0 || prepare_all(st) != 0) {
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

/* The database and its -wal and -shm must each be a regular file or
 * absent: SQLite would open a FIFO or a device (a FIFO read blocks for
 * ever) and name the trouble only as a "disk I/O error".  0, or -1 with
 * a warning. */
static int
files_regular(const char *path, struct diag *d)
{
	static const char *const tails[] = { "", "-wal", "-shm" };
	int rc = 0;

	for (size_t i = 0; i < sizeof tails / sizeof tails[0] && rc == 0; i++) {
		struct util_buf b;
		struct stat sb;

		util_buf_init(&b);
		util_buf_printf(&b, "%s%s", path, tails[i]);
		if (lstat(b.data, &sb) == 0 && !S_ISREG(sb.st_mode)) {
			diag_emit(d, DIAG_WARNING, b.data, 0, 0, "not a regular "
			    "file (%s); not used for the index",
			    util_file_kind((unsigned)sb.st_mode));
			rc = -1;
		}
		util_buf_free(&b);
	}
	return rc;
}

int
store_open(struct store **out, const char *path, struct diag *d)
{
	struct store *st;
	const char *what = NULL;
	int rc;

	*out = NULL;
	if (path == NULL)
		path = ":memory:";
	if (strcmp(path, ":memory:") != 0 && files_regular(path, d) != 0)
		return -1;
	st = util_calloc(1, sizeof *st);
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
store_wasted(struct store *st)
{
	char *v = store_meta_get(st, "dead");
	size_t dead = v != NULL ? (size_t)strtoull(v, NULL, 10) : 0;

	free(v);
	return dead > 1000 && dead > store_count(st);
}

int
store_reset(struct store *st)
{
	/* The statements name the tables: made again for the new ones. */
	for (int i = 0; i < Q_NQ; i++) {
		sqlite3_finalize(st->q[i]);
		st->q[i] = NULL;
	}
	return make_schema(st, 1) != 0 || prepare_all(st) != 0 ? -1 : 0;
}

int
store_begin(struct store *st)
{
	st->stale_noted = 0;
	return st_exec(st, "BEGIN IMMEDIATE");
}

int
store_begin_read(struct store *st)
{
	/* A deferred transaction takes its snapshot at its first read. */
	if (st_exec(st, "BEGIN") != 0)
		return -1;
	if (st_exec(st, "SELECT count(*) FROM meta") != 0) {
		st_exec(st, "ROLLBACK");
		return -1;
	}
	return 0;
}

void
store_end_read(struct store *st)
{
	st_exec(st, "COMMIT");
}

int
store_commit(struct store *st)
{
	return st_exec(st, "COMMIT");
}

int
st_done(sqlite3_stmt *s, int rc)
{
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc;
}

/* Steps a statement that returns no rows. */
static int
run(sqlite3_stmt *s)
{
	return st_done(s, sqlite3_step(s) == SQLITE_DONE ? 0 : -1);
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
		return st_done(s, 0);
	f->size = sqlite3_column_int64(s, 0);
	f->mtime_ns = sqlite3_column_int64(s, 1);
	f->ino = sqlite3_column_int64(s, 2);
	return st_done(s, sqlite3_column_int(s, 3));
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
	if (st_done(s, rc) != SQLITE_DONE)
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
	size_t nt = 0, cap = 0, nh = 16, *h;
	int rc = 0;

	/* The counts per topic through a hash of their ids: an article
	 * that mentions 1,000 topics must not compare each mention with
	 * each of them. */
	while (nh < 2 * nm)
		nh *= 2;
	h = util_malloc(nh * sizeof *h);
	for (size_t i = 0; i < nh; i++)
		h[i] = SIZE_MAX;
	for (size_t i = 0; i < nm && rc == 0; i++) {
		size_t j, k;

		sqlite3_bind_int64(s, 1, n);
		sqlite3_bind_int64(s, 2, m[i].start);
		sqlite3_bind_text(s, 3, m[i].topic, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 4, m[i].keyword);
		sqlite3_bind_int64(s, 5, m[i].para);
		sqlite3_bind_int64(s, 6, m[i].end);
		rc = run(s);
		k = (size_t)util_hash(m[i].topic, strlen(m[i].topic)) & (nh - 1);
		while ((j = h[k]) != SIZE_MAX &&
		    strcmp(t[j].topic, m[i].topic) != 0)
			k = (k + 1) & (nh - 1);
		if (j == SIZE_MAX) {
			util_grow((void **)&t, &cap, nt + 1, sizeof *t);
			t[nt].topic = m[i].topic;
			t[nt].n = 0;
			h[k] = j = nt++;
		}
		t[j].n++;
	}
	free(h);
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
	int rc;

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
	s = st->q[Q_SET_FTS];
	sqlite3_bind_int64(s, 1, n);
	sqlite3_bind_int64(s, 2, FTS_ROWID(a->datekey, n));
	if (run(s) != 0)
		return -1;
	s = st->q[Q_PUT_FTS];
	sqlite3_bind_int64(s, 1, FTS_ROWID(a->datekey, n));
	sqlite3_bind_text(s, 2, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text64(s, 3, a->text, a->len, SQLITE_STATIC,
	    SQLITE_UTF8);
	st->ahead[0] = (struct st_ahead){ a->title, a->title != NULL ?
	    strlen(a->title) : 0, a->title_toks };
	st->ahead[1] = (struct st_ahead){ a->text, a->len, a->text_toks };
	rc = run(s);
	memset(st->ahead, 0, sizeof st->ahead);
	if (rc != 0)
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
		return st_done(s, -1);
	n = sqlite3_column_int64(s, 0);
	datekey = sqlite3_column_int64(s, 1);
	id = util_strdup((const char *)sqlite3_column_text(s, 2));
	st_done(s, 0);
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

char *
store_meta_get(struct store *st, const char *key)
{
	sqlite3_stmt *s = st->q[Q_META_GET];
	const char *t;
	char *v = NULL;

	bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW &&
	    (t = (const char *)sqlite3_column_text(s, 0)) != NULL)
		v = util_strdup(t);
	return st_done(s, 0), v;
}

int
store_meta_set(struct store *st, const char *key, const char *value)
{
	sqlite3_stmt *s = st->q[Q_META_SET];

	bind_text(s, 1, key);
	sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
	return run(s);
}

int
store_rank(struct store *st)
{
	if (st_ranked(st))
		return 0;
	if (store_begin(st) != 0)
		return -1;
	/* Only the rows whose number moved are written; a duplicate id's
	 * later files have none. */
	if (st_exec(st, "UPDATE article SET rank = NULL WHERE rank IS NOT NULL"
	    " AND NOT" FIRST_OF_ID("article")) != 0 ||
	    st_exec(st, "UPDATE article SET rank = o.r FROM (SELECT n,"
	    " row_number() OVER (ORDER BY datekey DESC, id, n) - 1 AS r"
	    " FROM article WHERE" FIRST_OF_ID("article") ") AS o"
	    " WHERE article.n = o.n AND article.rank IS NOT o.r") != 0 ||
	    st_exec(st, "DELETE FROM topic_total; INSERT INTO topic_total"
	    " SELECT topic, sum(count), count(*) FROM atopic GROUP BY topic") ||
	    store_meta_set(st, "ranked", "1") != 0) {
		st_exec(st, "ROLLBACK");
		return -1;
	}
	return store_commit(st);
}
