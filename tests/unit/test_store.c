/*
 * Unit tests for the persistent index (src/model/store.c) and its
 * tokenizer (src/text/vitok.c): per-syllable smart marks as index
 * lookups, replacement and removal of a file's article, date order,
 * paging, and a schema change rebuilding the database.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "diag.h"
#include "fold.h"
#include "store.h"
#include "testlib.h"
#include "util.h"
#include "vitok.h"

/* ------------------------------------------------------------------ */
/* vitok */

static int
collect(void *ctx, int form, const char *tok, size_t n, size_t start,
    size_t end)
{
	struct util_buf *b = ctx;

	util_buf_printf(b, "%s%.*s@%zu-%zu ", form == VITOK_MARKED ? "+" : "",
	    (int)n, tok, start, end);
	return 0;
}

static char *
scan(int query, const char *s)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	if (query)
		vitok_scan_query(s, strlen(s), collect, &b);
	else
		vitok_scan_document(s, strlen(s), collect, &b);
	return util_buf_detach(&b, NULL);
}

static void
tokens(void **state)
{
	static const struct {
		int query;
		const char *in, *want;
	} cases[] = {
		/* both forms, the marked one only where it differs */
		{ 0, "Thị thực, visa!", "thi@0-5 +thị@0-5 thuc@6-12 "
		    "+thực@6-12 visa@14-18 " },
		{ 0, "Đà Nẵng", "da@0-4 +đà@0-4 nang@5-11 +nẵng@5-11 " },
		{ 0, "“ODA” 2023", "oda@3-6 2023@10-14 " },
		{ 0, "", "" },
		{ 0, " ,. ", "" },
		/* a query asks for one form a syllable, as typed */
		{ 1, "thị thuc", "+thị@0-5 thuc@6-10 " },
		{ 1, "THI THỰC", "thi@0-3 +thực@4-10 " },
		{ 1, "hop tac", "hop@0-3 tac@4-7 " },
		/* NFD input: marks are part of the syllable */
		{ 0, "thi\xcc\xa3", "thi@0-5 +thị@0-5 " },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = scan(cases[i].query, cases[i].in);

		if (strcmp(got, cases[i].want) != 0)
			fail_msg("case %zu: \"%s\" gave \"%s\", want \"%s\"",
			    i, cases[i].in, got, cases[i].want);
		free(got);
	}
}

/* ------------------------------------------------------------------ */
/* store */

static struct store *
fresh(const char *path)
{
	struct store *st;
	struct diag d;

	diag_init(&d, NULL);
	assert_int_equal(store_open(&st, path, &d), 0);
	assert_int_equal(d.n, 0);
	diag_free(&d);
	return st;
}

static void
put(struct store *st, const char *id, int64_t datekey, const char *title,
    const char *text)
{
	struct store_article a = {
		.id = id, .file = id, .date = "", .source = "", .title = title,
		.datekey = datekey, .facts = { 100, 200, 300 },
		.text = text, .len = strlen(text),
	};

	assert_int_equal(store_put(st, &a), 0);
}

static int
join_id(void *ctx, const char *id)
{
	util_buf_printf(ctx, "%s ", id);
	return 0;
}

static char *
find(struct store *st, const char *q, size_t offset, size_t limit)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	if (store_search(st, q, offset, limit, join_id, &b) < 0)
		util_buf_adds(&b, "ERROR");
	return util_buf_detach(&b, NULL);
}

static void
expect(struct store *st, const char *q, const char *want)
{
	char *got = find(st, q, 0, 100);

	if (strcmp(got, want) != 0)
		fail_msg("\"%s\" found \"%s\", want \"%s\"", q, got, want);
	free(got);
}

static void
smart_marks_per_syllable(void **state)
{
	struct store *st = fresh(NULL);

	(void)state;
	assert_int_equal(store_begin(st), 0);
	put(st, "a", 20231127, "Miễn thị thực", "Nhật Bản miễn thị thực.");
	put(st, "b", 20221113, "Thì thực", "Chuyện thì thực khó.");
	put(st, "c", 20211122, "Thị thức", "Một thị thức mới; hợp tác.");
	put(st, "d", 20200101, "Đà Nẵng", "Ðà Nẵng và Đà Lạt.");
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(store_count(st), 4);

	expect(st, "thi thuc", "a b c ");
	expect(st, "thị thuc", "a c ");
	expect(st, "thị thực", "a ");
	expect(st, "thì", "b ");
	expect(st, "THI THUC", "a b c ");	/* case is verified later */
	expect(st, "hợp tác", "c ");
	expect(st, "da nang", "d ");
	expect(st, "thuc thi", "");		/* a phrase, in order */
	expect(st, "\"", "");
	expect(st, "", "");
	/* titles are indexed too */
	expect(st, "mien", "a ");
	store_close(st);
}

static void
replace_remove_and_page(void **state)
{
	struct store *st = fresh(NULL);
	struct store_file f;
	char *got;

	(void)state;
	put(st, "x", 2001, "t", "hòa bình");
	put(st, "y", 2002, "t", "hòa bình");
	put(st, "z", 2003, "t", "hoà bình");
	expect(st, "hoa binh", "z y x ");
	/* both tone placements are one token, typed either way */
	expect(st, "hòa bình", "z y x ");
	expect(st, "hoà bình", "z y x ");
	got = find(st, "hoa binh", 1, 1);
	assert_string_equal(got, "y ");
	free(got);

	/* a changed file replaces its article, it does not add one */
	put(st, "y", 2002, "t", "chiến tranh");
	expect(st, "hoa binh", "z x ");
	expect(st, "chien tranh", "y ");
	assert_int_equal(store_count(st), 3);

	assert_int_equal(store_file_facts(st, "x", &f), 1);
	assert_int_equal(f.size, 100);
	assert_int_equal(f.mtime_ns, 200);
	assert_int_equal(f.ino, 300);
	assert_int_equal(store_remove(st, "x"), 0);
	assert_int_equal(store_file_facts(st, "x", &f), 0);
	assert_int_equal(store_remove(st, "x"), 0);
	expect(st, "hoa binh", "z ");
	store_close(st);
}

static void
schema_change_rebuilds(void **state)
{
	char dir[] = "/tmp/hoso-store-XXXXXX";
	char *path;
	struct store *st;
	sqlite3 *db;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = tl_fmt("%s/index.db", dir);
	st = fresh(path);
	put(st, "a", 1, "t", "visa");
	store_close(st);

	/* the same schema: kept */
	st = fresh(path);
	assert_int_equal(store_count(st), 1);
	store_close(st);

	/* another schema version: emptied and made anew */
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 999", NULL,
	    NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	st = fresh(path);
	assert_int_equal(store_count(st), 0);
	expect(st, "visa", "");

	/* not a database at all (a kill mid-write, a stray file): made anew */
	store_close(st);
	{
		FILE *fp = fopen(path, "w");

		assert_non_null(fp);
		fputs("this is not an SQLite database, only text", fp);
		fclose(fp);
	}
	st = fresh(path);
	put(st, "b", 1, "t", "visa");
	expect(st, "visa", "b ");
	store_close(st);

	unlink(path);
	free(path);
	path = tl_fmt("rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
	free(path);
}

/* ------------------------------------------------------------------ */
/* Tokens made ahead (the indexer's workers) make the same index. */

static const char *const pool[] = {
	"hòa", "hoà", "bình", "Thị", "thực", "thi", "thuc", "Đà", "Nẵng",
	"hợp", "tác", "chiến", "tranh", "khỏe", "khoẻ", "thủy", "thuỷ",
	"Nhật", "Bản", "visa", "ODA", "2023", "họat", "đọan", "ti\xcc\x80nh",
	"Ðà", "người", "NGƯỜI", "Việt", "quốc", "gia", "THÌ",
};
#define NPOOL (sizeof pool / sizeof pool[0])

static unsigned
lcg(unsigned *x)
{
	return (*x = *x * 1103515245u + 12345u) >> 16;
}

static char *
gen_text(unsigned *x, size_t words)
{
	static const char *const sep[] = { " ", " ", " ", ", ", ". ", " – ",
	    " “", "” ", "\n\n" };
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	for (size_t i = 0; i < words; i++) {
		if (i > 0)
			util_buf_adds(&b, sep[lcg(x) % (sizeof sep / sizeof *sep)]);
		util_buf_adds(&b, pool[lcg(x) % NPOOL]);
	}
	return util_buf_detach(&b, NULL);
}

/* Puts article i in two stores: a with its tokens made ahead, b without. */
static void
put_both(struct store *a, struct store *b, unsigned *x, int i,
    struct vitok_memo *memo)
{
	char id[16], *title = gen_text(x, 1 + lcg(x) % 4),
	    *text = gen_text(x, 20 + lcg(x) % 200);
	struct vitok_list tt = { 0 }, tx = { 0 };
	struct store_article sa = {
		.id = id, .file = id, .date = "", .source = "", .title = title,
		.datekey = 20000000 + i % 97, .facts = { 1, 2, 3 },
		.text = text, .len = strlen(text),
	};

	snprintf(id, sizeof id, "a%03d", i % 250);	/* some replaced */
	assert_int_equal(store_put(b, &sa), 0);
	assert_int_equal(vitok_list_document(title, strlen(title), &tt, memo), 0);
	assert_int_equal(vitok_list_document(text, sa.len, &tx, memo), 0);
	sa.title_toks = &tt;
	sa.text_toks = &tx;
	assert_int_equal(store_put(a, &sa), 0);
	vitok_list_free(&tt);
	vitok_list_free(&tx);
	free(title);
	free(text);
}

/* A hash of every row of the FTS5 shadow tables: the index's bytes. */
static uint64_t
index_bytes(const char *path)
{
	static const char *const q[] = {
		"SELECT id, block FROM body_data ORDER BY id",
		"SELECT k, v FROM body_config ORDER BY k",
		"SELECT segid, term, pgno FROM body_idx ORDER BY 1, 2",
	};
	uint64_t h = 0;
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		sqlite3_stmt *s;
		long rows = 0;

		assert_int_equal(sqlite3_prepare_v2(db, q[i], -1, &s, NULL),
		    SQLITE_OK);
		while (sqlite3_step(s) == SQLITE_ROW)
			for (int c = 0; c < sqlite3_column_count(s); c++) {
				const void *p = sqlite3_column_blob(s, c);
				int n = sqlite3_column_bytes(s, c);

				h = h * 1000003u + util_hash(p, (size_t)n) +
				    (uint64_t)rows++;
			}
		sqlite3_finalize(s);
		assert_true(rows > 0);
	}
	sqlite3_close(db);
	return h;
}

static void
tokens_made_ahead(void **state)
{
	char dir[] = "/tmp/hoso-store-XXXXXX";
	char *pa, *pb, *cmd;
	struct store *a, *b;
	struct vitok_memo *memo = vitok_memo_new();
	unsigned x = 7;
	size_t hits = 0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	pa = tl_fmt("%s/a.db", dir);
	pb = tl_fmt("%s/b.db", dir);
	a = fresh(pa);
	b = fresh(pb);
	for (int batch = 0; batch < 3; batch++) {
		assert_int_equal(store_begin(a), 0);
		assert_int_equal(store_begin(b), 0);
		for (int i = 0; i < 100; i++)
			put_both(a, b, &x, batch * 100 + i,
			    batch == 1 ? NULL : memo);
		assert_int_equal(store_commit(a), 0);
		assert_int_equal(store_commit(b), 0);
	}
	/* A few dozen queries, with and without marks, one to three
	 * syllables; both answer each exactly alike. */
	for (int i = 0; i < 60; i++) {
		struct util_buf q;
		char *ga, *gb;

		util_buf_init(&q);
		util_buf_adds(&q, "");
		for (unsigned k = 0, nk = 1 + lcg(&x) % 3; k < nk; k++)
			util_buf_printf(&q, "%s%s", k ? " " : "",
			    pool[lcg(&x) % NPOOL]);
		if (i % 2) {
			size_t fl;
			char *f = fold_text(q.data, q.len, FOLD_ALL, &fl, NULL);

			util_buf_free(&q);
			util_buf_init(&q);
			util_buf_adds(&q, f);
			free(f);
		}
		ga = find(a, q.data, 0, 1000);
		gb = find(b, q.data, 0, 1000);
		if (strcmp(ga, gb) != 0)
			fail_msg("\"%s\": ahead \"%s\", here \"%s\"", q.data, ga,
			    gb);
		hits += ga[0] != '\0';
		free(ga);
		free(gb);
		util_buf_free(&q);
	}
	assert_true(hits > 30);
	store_close(a);
	store_close(b);
	vitok_memo_free(memo);
	assert_true(index_bytes(pa) == index_bytes(pb));
	cmd = tl_fmt("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(pa);
	free(pb);
}

static void
unusable_path_is_a_warning(void **state)
{
	struct store *st = (struct store *)(void *)state;
	struct diag d;

	diag_init(&d, NULL);
	assert_int_equal(store_open(&st, "/nonexistent/dir/index.db", &d), -1);
	assert_null(st);
	assert_int_equal(d.nwarnings, 1);
	assert_int_equal(d.nerrors, 0);
	diag_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tokens),
		cmocka_unit_test(smart_marks_per_syllable),
		cmocka_unit_test(replace_remove_and_page),
		cmocka_unit_test(schema_change_rebuilds),
		cmocka_unit_test(tokens_made_ahead),
		cmocka_unit_test(unusable_path_is_a_warning),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
