/*
 * store_query: the reads of the store (see include/model/store.h): the
 * kept diagnostics, the file list, the ranked article list, the topic
 * counts and articles, an article's mentions and the full-text search.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store_int.h"
#include "util.h"

/* Steps s (its one text parameter bound to arg), calling row for each
 * row; -1 on an error. */
static long
step_all(sqlite3_stmt *s, const char *arg, int (*row)(sqlite3_stmt *, void *),
    void *ctx)
{
	long n = 0;
	int rc;

	sqlite3_bind_text(s, 1, arg, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (n++, row(s, ctx) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	return st_done(s, rc == SQLITE_DONE ? 0 : -1) == 0 ? n : -1;
}

/* Steps a one-off query, calling row for each row; -1 on an error. */
static long
each(struct store *st, const char *q, const char *arg, sqlite3_int64 a2,
    sqlite3_int64 a3, int (*row)(sqlite3_stmt *, void *), void *ctx)
{
	sqlite3_stmt *s;
	long n;

	if (sqlite3_prepare_v2(st->db, q, -1, &s, NULL) != SQLITE_OK)
		return -1;
	/* Parameters the query lacks are refused by SQLite, harmlessly. */
	sqlite3_bind_int64(s, 2, a2);
	sqlite3_bind_int64(s, 3, a3);
	n = step_all(s, arg, row, ctx);	/* arg NULL: null */
	sqlite3_finalize(s);
	return n;
}

#define TEXT(s, i) ((const char *)sqlite3_column_text((s), (i)))

/* The callback of one of the one-off queries below, the one set. */
struct cb {
	store_file_fn file;
	store_topic_fn topic;
	store_count_fn count;
	store_mention_fn mention;
	store_dup_fn dup;
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
	/* Every query names the one callback its rows go to. */
	if (c->mention == NULL)
		util_fatal("store: rows without a callback for them");
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

long
store_ids(struct store *st, store_file_fn fn, void *ctx)
{
	struct cb c = { .file = fn, .ctx = ctx };

	return each(st, "SELECT id FROM article ORDER BY id", NULL, 0, 0,
	    cb_row, &c);
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

int
store_ranked(struct store *st)
{
	return st_ranked(st);
}

int
st_ranked(struct store *st)
{
	char *v = store_meta_get(st, "ranked");
	int r = v != NULL && v[0] == '1';

	return free(v), r;
}

long
store_list(struct store *st, size_t from, size_t n, store_row_fn fn,
    void *ctx)
{
	int fresh = st_ranked(st);
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
	return st_done(s, rc == SQLITE_DONE ? 0 : -1) == 0 ? got : -1;
}

int
store_list_topics(struct store *st, size_t from, size_t n,
    store_rowtopic_fn fn, void *ctx)
{
	sqlite3_stmt *s = st->q[Q_LIST_TOPICS];
	int rc;

	if (!st_ranked(st))
		return 0;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)from);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)(from + n));
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (fn(ctx, (size_t)sqlite3_column_int64(s, 0), TEXT(s, 1),
		    (size_t)sqlite3_column_int64(s, 2)) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	return st_done(s, rc == SQLITE_DONE ? 1 : -1);
}

long
store_topic_counts(struct store *st, store_topic_fn fn, void *ctx)
{
	struct cb c = { .topic = fn, .ctx = ctx };

	/* Stale totals are summed from the pairs: O(article-topic pairs). */
	return each(st, st_ranked(st) ? "SELECT topic, mentions, articles FROM"
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

	return step_all(st->q[Q_MENTIONS], id, cb_row, &c);
}

/* A query as an FTS5 phrase: the syllables in order, whatever
 * punctuation the user typed between them (a double quote is doubled);
 * prefix: the last syllable may be cut short. */
static void
phrase(struct util_buf *q, const char *query, size_t len, int prefix)
{
	util_buf_addc(q, '"');
	for (size_t i = 0; i < len; i++) {
		if (query[i] == '"')
			util_buf_addc(q, '"');
		util_buf_addc(q, query[i]);
	}
	util_buf_adds(q, prefix ? "\"*" : "\"");
}

static long
search_match(struct store *st, const struct util_buf *q, size_t offset,
    size_t limit, store_id_fn fn, void *ctx)
{
	sqlite3_stmt *s = st->q[Q_SEARCH];
	long n = 0;
	int rc;

	sqlite3_bind_text(s, 1, q->data, (int)q->len, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 2, limit > INT64_MAX ? INT64_MAX :
	    (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)offset);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		n++;
		if (fn(ctx, (const char *)sqlite3_column_text(s, 0)) != 0)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		n = -1;
	return st_done(s, 0) == 0 ? n : -1;
}

long
store_search(struct store *st, const char *query, size_t offset,
    size_t limit, store_id_fn fn, void *ctx)
{
	struct util_buf q;
	long n;

	util_buf_init(&q);
	phrase(&q, query, strlen(query), 0);
	n = search_match(st, &q, offset, limit, fn, ctx);
	util_buf_free(&q);
	return n;
}

long
store_search_any(struct store *st, const char *const *qv, size_t nq,
    size_t offset, size_t limit, store_id_fn fn, void *ctx)
{
	struct util_buf q;
	long n;

	util_buf_init(&q);
	for (size_t i = 0; i < nq; i++) {
		if (i > 0)
			util_buf_adds(&q, " OR ");
		phrase(&q, qv[i], strlen(qv[i]), 1);
	}
	n = search_match(st, &q, offset, limit, fn, ctx);
	util_buf_free(&q);
	return n;
}

long
store_search_unmentioned(struct store *st, const char *query,
    const char *topic, size_t scan, size_t limit, store_id_fn fn, void *ctx)
{
	/* The inner LIMIT bounds FTS5's walk (newest first, as its rows
	 * are: FTS_ROWID); the topic's own articles are dropped after. */
	static const char sql[] = "SELECT a.id FROM (SELECT rowid FROM body"
	    " WHERE body MATCH ?1 ORDER BY rowid DESC LIMIT ?3) b"
	    " JOIN article a ON a.fts = b.rowid WHERE NOT EXISTS (SELECT 1"
	    " FROM atopic t WHERE t.article = a.n AND t.topic = ?2) AND"
	    " NOT EXISTS (SELECT 1 FROM article d WHERE d.id = a.id AND"
	    " d.file < a.file) ORDER BY b.rowid DESC LIMIT ?4";
	struct util_buf q;
	sqlite3_stmt *s;
	long n = 0;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return -1;
	util_buf_init(&q);
	util_buf_adds(&q, "text : ");
	phrase(&q, query, strlen(query), 0);
	sqlite3_bind_text(s, 1, q.data, (int)q.len, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, topic, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, scan > INT64_MAX ? INT64_MAX :
	    (sqlite3_int64)scan);
	sqlite3_bind_int64(s, 4, limit > INT64_MAX ? INT64_MAX :
	    (sqlite3_int64)limit);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		n++;
		if (fn(ctx, (const char *)sqlite3_column_text(s, 0)) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		n = -1;
	sqlite3_finalize(s);
	util_buf_free(&q);
	return n;
}

static int
stop_at_one(void *ctx, const char *id)
{
	(void)id;
	return *(int *)ctx = 1, 1;
}

int
store_has_word(struct store *st, const char *w, size_t len)
{
	struct util_buf q;
	int found = 0;
	long n;

	util_buf_init(&q);
	phrase(&q, w, len, 0);
	n = search_match(st, &q, 0, 1, stop_at_one, &found);
	util_buf_free(&q);
	return n < 0 ? -1 : found;
}

static int
dup_row(sqlite3_stmt *s, void *ctx)
{
	struct cb *c = ctx;

	return c->dup(c->ctx, TEXT(s, 0), TEXT(s, 1), TEXT(s, 2));
}

long
store_duplicates(struct store *st, store_dup_fn fn, void *ctx)
{
	struct cb c = { .dup = fn, .ctx = ctx };

	/* With current ranks a duplicate is a row without one. */
	return each(st, st_ranked(st) ?
	    "SELECT a.file, (SELECT min(d.file) FROM article d WHERE d.id = a.id),"
	    " a.id FROM article a WHERE a.rank IS NULL ORDER BY a.file" :
	    "SELECT a.file, (SELECT min(d.file) FROM article d WHERE d.id = a.id),"
	    " a.id FROM article a WHERE EXISTS (SELECT 1 FROM article d"
	    " WHERE d.id = a.id AND d.file < a.file) ORDER BY a.file",
	    NULL, 0, 0, dup_row, &c);
}

size_t
store_nrows(struct store *st)
{
	size_t n = 0;

	return each(st, st_ranked(st) ?
	    "SELECT coalesce(max(rank) + 1, 0) FROM article" :
	    "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM"
	    " article d WHERE d.id = a.id AND d.file < a.file)", NULL, 0, 0,
	    count_all, &n), n;
}

static int
row_of(sqlite3_stmt *s, void *ctx)
{
	return *(int64_t *)ctx = INT(s, 0), 1;
}

int
store_row_of(struct store *st, const char *id, size_t *row)
{
	int64_t r = -1;

	/* Without ranks: the rows before it in the list's order. */
	if ((st_ranked(st) ? step_all(st->q[Q_ROW_RANKED], id, row_of, &r) :
	    each(st, "SELECT (SELECT count(*) FROM article b WHERE (b.datekey > a.datekey"
	    " OR (b.datekey = a.datekey AND (b.id < a.id OR (b.id = a.id AND"
	    " b.n < a.n)))) AND NOT EXISTS (SELECT 1 FROM article d WHERE"
	    " d.id = b.id AND d.file < b.file)) FROM article a WHERE a.id = ?1"
	    " ORDER BY a.file LIMIT 1", id, 0, 0, row_of, &r)) < 0 || r < 0)
		return -1;
	*row = (size_t)r;
	return 0;
}

long
store_article_topics(struct store *st, const char *id, store_count_fn fn,
    void *ctx)
{
	struct cb c = { .count = fn, .ctx = ctx };

	return step_all(st->q[Q_ATOPICS], id, cb_row, &c);
}
