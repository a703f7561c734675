/*
 * Unit tests for the incremental indexer (src/model/indexer.c) over
 * temporary corpora: how many files each update re-reads after no
 * change, an edit, an addition, a removal and a topic map edit; bad
 * articles recorded with their diagnostics; FIFOs and directories refused
 * without hanging; a kill -9 mid-index finished by the next update; two
 * processes indexing one database at once; the cache path.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "corpus.h"
#include "diag.h"
#include "index.h"
#include "indexer.h"
#include "store.h"
#include "testlib.h"
#include "topics.h"
#include "util.h"

static char *
tmpdir(void)
{
	char *d = util_strdup("/tmp/hoso-indexer-XXXXXX");

	assert_non_null(mkdtemp(d));
	return d;
}

static void
sh(const char *cmd)
{
	assert_int_equal(system(cmd), 0);
}

static void
rmrf(char *dir)
{
	char *c = tl_fmt("rm -rf '%s'", dir);

	sh(c);
	free(c);
	free(dir);
}

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

/* A corpus copied from the fixtures, its map loaded. */
struct fx {
	char *tmp, *dir, *db, *map_path;
	struct topicmap map;
	struct store *st;
	struct indexer_stats s;
	struct diag d;
};

static void
fx_map(struct fx *f)
{
	struct diag d;

	topics_free(&f->map);
	diag_init(&d, NULL);
	assert_int_equal(topics_load(&f->map, f->map_path, &d), 0);
	diag_free(&d);
}

static void
fx_open(struct fx *f, const char *from)
{
	char *c;

	memset(f, 0, sizeof *f);
	f->tmp = tmpdir();
	f->dir = tl_fmt("%s/corpus", f->tmp);
	f->db = tl_fmt("%s/index.db", f->tmp);
	f->map_path = tl_fmt("%s/topics.yaml", f->dir);
	c = tl_fmt("cp -r '%s' '%s'", from, f->dir);
	sh(c);
	free(c);
	fx_map(f);
	diag_init(&f->d, NULL);
	assert_int_equal(store_open(&f->st, f->db, &f->d), 0);
}

static void
fx_close(struct fx *f)
{
	store_close(f->st);
	topics_free(&f->map);
	diag_free(&f->d);
	free(f->dir);
	free(f->db);
	free(f->map_path);
	rmrf(f->tmp);
}

static int
update(struct fx *f)
{
	struct indexer_job job = {
		.dir = f->dir, .map_path = f->map_path, .map = &f->map,
	};

	diag_free(&f->d);
	diag_init(&f->d, NULL);
	return indexer_update(f->st, &job, &f->s, &f->d);
}

static int
join_id(void *ctx, const char *id)
{
	util_buf_printf(ctx, "%s ", id);
	return 0;
}

static char *
find(struct store *st, const char *q)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	if (store_search(st, q, 0, 100000, join_id, &b) < 0)
		util_buf_adds(&b, "ERROR");
	return util_buf_detach(&b, NULL);
}

static void
expect(struct store *st, const char *q, const char *want)
{
	char *got = find(st, q);

	if (strcmp(got, want) != 0)
		fail_msg("\"%s\" found \"%s\", want \"%s\"", q, got, want);
	free(got);
}

static int
join_row(void *ctx, const struct store_row *r)
{
	util_buf_printf(ctx, "%lld:%s ", (long long)r->rank, r->id);
	return 0;
}

static char *
list(struct store *st, size_t from, size_t n)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	assert_true(store_list(st, from, n, join_row, &b) >= 0);
	return util_buf_detach(&b, NULL);
}

static int
join_topic(void *ctx, const char *topic, size_t mentions, size_t articles)
{
	util_buf_printf(ctx, "%s=%zu/%zu ", topic, mentions, articles);
	return 0;
}

static char *
topic_counts(struct store *st)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	assert_true(store_topic_counts(st, join_topic, &b) >= 0);
	return util_buf_detach(&b, NULL);
}

/* The same counts from the in-memory index over corpus_load. */
static char *
memory_counts(struct fx *f)
{
	struct corpus c;
	struct index ix;
	struct diag d;
	struct util_buf b;
	size_t *order;

	diag_init(&d, NULL);
	assert_int_equal(corpus_load(&c, f->dir, &d), 0);
	index_build(&ix, &c, &f->map);
	/* topic_total is by id: sort the topics' indices by id. */
	order = util_calloc(f->map.ntopics + 1, sizeof *order);
	for (size_t i = 0; i < f->map.ntopics; i++) {
		size_t j = i;

		while (j > 0 && strcmp(f->map.topics[order[j - 1]].id,
		    f->map.topics[i].id) > 0) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = i;
	}
	util_buf_init(&b);
	util_buf_adds(&b, "");
	for (size_t k = 0; k < f->map.ntopics; k++) {
		size_t i = order[k];

		if (ix.topics[i].narticles > 0)
			util_buf_printf(&b, "%s=%zu/%zu ", f->map.topics[i].id,
			    ix.topics[i].mentions, ix.topics[i].narticles);
	}
	free(order);
	index_free(&ix);
	corpus_free(&c);
	diag_free(&d);
	return util_buf_detach(&b, NULL);
}

static void
counts_agree(struct fx *f)
{
	char *a = topic_counts(f->st), *b = memory_counts(f);

	assert_string_equal(a, b);
	free(a);
	free(b);
}

static int
join_count(void *ctx, const char *id, size_t count)
{
	util_buf_printf(ctx, "%s:%zu ", id, count);
	return 0;
}

static char *
topic_articles(struct store *st, const char *topic)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	assert_true(store_topic_articles(st, topic, 0, 100, join_count,
	    &b) >= 0);
	return util_buf_detach(&b, NULL);
}

static int
join_mention(void *ctx, const struct store_mention *m)
{
	util_buf_printf(ctx, "%s/%u@%u-%u ", m->topic, m->keyword, m->start,
	    m->end);
	return 0;
}

static char *
mentions(struct store *st, const char *id)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "");
	assert_true(store_article_mentions(st, id, join_mention, &b) >= 0);
	return util_buf_detach(&b, NULL);
}

static void
incremental(void **state)
{
	struct fx f;
	char *p, *got;

	(void)state;
	fx_open(&f, "tests/fixtures/corpus");
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.seen, 4);
	assert_int_equal(f.s.added, 4);
	assert_int_equal(f.s.reread, 4);
	assert_int_equal(f.d.n, 0);
	assert_int_equal(store_count(f.st), 4);
	expect(f.st, "thi thuc", "alpha alpha-nfd ");
	expect(f.st, "visa", "seg ");
	counts_agree(&f);
	got = topic_articles(f.st, "visas");
	assert_string_equal(got, "seg:2 alpha:2 alpha-nfd:2 ");
	free(got);
	/* the date order, paged by rank */
	got = list(f.st, 0, 10);
	assert_string_equal(got, "0:esc 1:seg 2:alpha 3:alpha-nfd ");
	free(got);
	got = list(f.st, 2, 1);
	assert_string_equal(got, "2:alpha ");
	free(got);

	/* no change: nothing read */
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.reread, 0);
	assert_int_equal(f.s.unchanged, 4);
	assert_int_equal(f.s.map_changed, 0);

	/* an edit: that file alone; the new text found, the old one not */
	p = tl_fmt("%s/articles/seg.txt", f.dir);
	write_file(p, "---\ntitle: Hoàng hôn\ndate: 2023-11-28\n---\n"
	    "Hoàng hôn trên sông, không có visa.\n");
	free(p);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.reread, 1);
	assert_int_equal(f.s.changed, 1);
	assert_int_equal(f.s.unchanged, 3);
	expect(f.st, "hoang hon", "seg ");
	expect(f.st, "Võ Văn Thưởng", "");
	counts_agree(&f);

	/* an addition */
	p = tl_fmt("%s/articles/new.txt", f.dir);
	write_file(p, "---\ntitle: Mới\ndate: 2025-01-02\n---\nVốn vay ODA.\n");
	free(p);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.reread, 1);
	assert_int_equal(f.s.added, 1);
	expect(f.st, "von vay", "new alpha alpha-nfd ");
	got = list(f.st, 0, 1);
	assert_string_equal(got, "0:new ");
	free(got);

	/* a removal: forgotten, listed no more */
	p = tl_fmt("%s/articles/alpha-nfd.txt", f.dir);
	assert_int_equal(unlink(p), 0);
	free(p);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.reread, 0);
	assert_int_equal(f.s.removed, 1);
	assert_int_equal(store_count(f.st), 4);
	got = list(f.st, 0, 10);
	assert_string_equal(got, "0:new 1:esc 2:seg 3:alpha ");
	free(got);
	expect(f.st, "von vay", "new alpha ");
	counts_agree(&f);

	/* a keyword added to the map finds its articles: all re-matched */
	p = tl_fmt("sed -i 's/keywords: \\[quốc phòng, an ninh\\]/keywords: "
	    "[quốc phòng, an ninh, hoàng hôn]/' '%s'", f.map_path);
	sh(p);
	free(p);
	fx_map(&f);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.map_changed, 1);
	assert_int_equal(f.s.rematched, 4);
	assert_int_equal(f.s.reread, 4);
	assert_int_equal(f.s.unchanged, 4);
	got = topic_articles(f.st, "defense");
	assert_string_equal(got, "seg:1 ");
	free(got);
	/* "Hoàng hôn trên sông, không có visa.": keyword 2 of defense, 0 of
	 * visas, bytes of the stored text */
	got = mentions(f.st, "seg");
	assert_string_equal(got, "defense/2@0-11 visas/0@36-40 ");
	free(got);
	counts_agree(&f);
	/* and the map is remembered */
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.reread, 0);
	assert_int_equal(f.s.map_changed, 0);
	fx_close(&f);
}

static void
bad_articles_and_odd_files(void **state)
{
	struct fx f;
	struct diag d;
	char *p;

	(void)state;
	fx_open(&f, "tests/fixtures/corpus");
	p = tl_fmt("cp tests/fixtures/index/bad.txt '%s/articles/' && "
	    "mkfifo '%s/articles/fifo.txt' && mkdir '%s/elsewhere' && "
	    "ln -s ../elsewhere '%s/articles/dir.txt'", f.dir, f.dir, f.dir,
	    f.dir);
	sh(p);
	free(p);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.seen, 5);
	assert_int_equal(f.s.bad, 1);
	assert_int_equal(f.s.refused, 2);
	assert_int_equal(f.s.reread, 5);
	assert_int_equal(store_count(f.st), 4);
	/* the odd files are the indexer's diagnostics */
	assert_int_equal(f.d.nerrors, 2);
	assert_non_null(strstr(f.d.v[0].text, "dir.txt: error: not a regular file (a directory)"));
	assert_non_null(strstr(f.d.v[1].text, "fifo.txt: error: not a regular file (a FIFO)"));

	/* the bad article's are kept, and replayed without reading it */
	for (int round = 0; round < 2; round++) {
		diag_init(&d, NULL);
		assert_true(store_replay_diags(f.st, f.dir, &d) >= 2);
		p = tl_fmt("%s/articles/bad.txt:", f.dir);
		assert_memory_equal(d.v[0].text, p, strlen(p));
		free(p);
		assert_true(d.nerrors >= 2);
		assert_int_equal(d.v[0].line, 2);
		assert_non_null(strstr(d.v[d.n - 1].text, "missing 'title'"));
		diag_free(&d);
		assert_int_equal(update(&f), 0);
		assert_int_equal(f.s.reread, 0);
		assert_int_equal(f.s.bad, 1);
		assert_int_equal(f.s.refused, 2);
	}

	/* fixed: read again, an article now, its diagnostics gone */
	p = tl_fmt("%s/articles/bad.txt", f.dir);
	write_file(p, "---\ntitle: Đã sửa\n---\nXong.\n");
	free(p);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.reread, 1);
	assert_int_equal(f.s.bad, 0);
	assert_int_equal(store_count(f.st), 5);
	diag_init(&d, NULL);
	assert_int_equal(store_replay_diags(f.st, f.dir, &d), 0);
	diag_free(&d);
	fx_close(&f);
}

/* n short articles, each with "hợp tác" and its number. */
static void
generate(const char *dir, size_t n)
{
	char *p = tl_fmt("mkdir -p '%s/articles' && cp "
	    "tests/fixtures/corpus/topics.yaml '%s/'", dir, dir);

	sh(p);
	free(p);
	for (size_t i = 0; i < n; i++) {
		char *path = tl_fmt("%s/articles/a%05zu.txt", dir, i);
		char *text = tl_fmt("---\ntitle: Bài số %zu\ndate: %zu-%02zu-01\n"
		    "---\nBài số %zu nói về hợp tác, thị thực và vốn vay ODA.\n\n"
		    "Đoạn hai của bài %zu có an ninh.\n", i, 1973 + i % 50,
		    1 + i % 12, i, i);

		write_file(path, text);
		free(path);
		free(text);
	}
}

static size_t
hits(struct store *st, const char *q)
{
	char *got = find(st, q);
	size_t n = 0;

	for (const char *s = got; *s; s++)
		n += *s == ' ';
	free(got);
	return n;
}

static void
slow_progress(void *ctx, size_t done, size_t total)
{
	(void)ctx;
	(void)done;
	(void)total;
	usleep(20000);
}

static int
child_index(const char *dir, const char *db, size_t batch, int slow)
{
	struct topicmap m;
	struct store *st;
	struct indexer_stats s;
	struct diag d;
	char *map = tl_fmt("%s/topics.yaml", dir);
	struct indexer_job job = {
		.dir = dir, .map_path = map, .map = &m, .batch = batch,
		.progress = slow ? slow_progress : NULL,
	};
	int rc;

	diag_init(&d, NULL);
	topics_load(&m, map, &d);
	if (store_open(&st, db, &d) != 0)
		return 1;
	rc = indexer_update(st, &job, &s, &d);
	store_close(st);
	return rc == 0 && d.n == 0 ? 0 : 1;
}

#define KILL_N 3000

static void
killed_midway(void **state)
{
	char *tmp = tmpdir(), *dir = tl_fmt("%s/c", tmp), *db;
	struct fx f;
	struct store *st;
	struct diag d;
	size_t at_kill = 0;
	pid_t pid;
	int status;

	(void)state;
	db = tl_fmt("%s/index.db", tmp);
	generate(dir, KILL_N);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(child_index(dir, db, 100, 1));
	diag_init(&d, NULL);
	assert_int_equal(store_open(&st, db, &d), 0);
	for (int i = 0; i < 30000; i++) {
		at_kill = store_count(st);
		if (at_kill >= 500 || waitpid(pid, &status, WNOHANG) != 0)
			break;
		usleep(1000);
	}
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	at_kill = store_count(st);
	assert_true(at_kill >= 500);
	assert_true(at_kill < KILL_N);
	/* whole batches only: a first small one, then batches of 100 */
	assert_int_equal((at_kill - INDEXER_FIRST_BATCH) % 100, 0);

	/* the next update finishes the job, reading only what is missing */
	memset(&f, 0, sizeof f);
	f.dir = dir;
	f.map_path = tl_fmt("%s/topics.yaml", dir);
	f.st = st;
	fx_map(&f);
	diag_init(&f.d, NULL);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.unchanged, at_kill);
	assert_int_equal(f.s.added, KILL_N - at_kill);
	assert_int_equal(f.s.reread, KILL_N - at_kill);
	assert_int_equal(f.s.map_changed, 0);
	assert_int_equal(store_count(st), KILL_N);
	assert_int_equal(hits(st, "hợp tác"), KILL_N);
	expect(st, "bài số 2999", "a02999 ");
	counts_agree(&f);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.reread, 0);
	store_close(st);
	topics_free(&f.map);
	diag_free(&f.d);
	diag_free(&d);
	free((char *)f.map_path);
	free(dir);
	free(db);
	rmrf(tmp);
}

#define TWO_N 1000

static void
two_at_once(void **state)
{
	char *tmp = tmpdir(), *dir = tl_fmt("%s/c", tmp), *db;
	pid_t pid[2];
	struct fx f;
	int status;

	(void)state;
	db = tl_fmt("%s/index.db", tmp);
	generate(dir, TWO_N);
	for (int i = 0; i < 2; i++) {
		pid[i] = fork();
		assert_true(pid[i] >= 0);
		if (pid[i] == 0)
			_exit(child_index(dir, db, 50, 0));
	}
	for (int i = 0; i < 2; i++) {
		assert_int_equal(waitpid(pid[i], &status, 0), pid[i]);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	memset(&f, 0, sizeof f);
	f.dir = dir;
	f.map_path = tl_fmt("%s/topics.yaml", dir);
	fx_map(&f);
	diag_init(&f.d, NULL);
	assert_int_equal(store_open(&f.st, db, &f.d), 0);
	assert_int_equal(update(&f), 0);
	assert_int_equal(f.s.reread, 0);
	assert_int_equal(f.s.unchanged, TWO_N);
	assert_int_equal(store_count(f.st), TWO_N);
	assert_int_equal(hits(f.st, "hợp tác"), TWO_N);
	counts_agree(&f);
	store_close(f.st);
	topics_free(&f.map);
	diag_free(&f.d);
	free((char *)f.map_path);
	free(dir);
	free(db);
	rmrf(tmp);
}

static void
cache_path(void **state)
{
	char *tmp = tmpdir(), *cache = tl_fmt("%s/cache", tmp), *a, *b, *c;
	char *want, *vn = tl_fmt("%s/Tin tức Đà Nẵng", tmp);
	struct diag d;
	struct stat sb;

	(void)state;
	assert_int_equal(mkdir(vn, 0700), 0);
	setenv("XDG_CACHE_HOME", cache, 1);
	diag_init(&d, NULL);
	a = indexer_cache_path("tests/fixtures/corpus", &d);
	b = indexer_cache_path("tests/fixtures/../fixtures/corpus/", &d);
	c = indexer_cache_path(vn, &d);
	assert_int_equal(d.n, 0);
	assert_non_null(a);
	want = tl_fmt("%s/hoso/corpus-", cache);
	assert_memory_equal(a, want, strlen(want));
	assert_int_equal(strlen(a), strlen(want) + 16 + 3);
	free(want);
	assert_string_equal(a, b);		/* one per real path */
	want = tl_fmt("%s/hoso/tin-tuc-da-nang-", cache);
	assert_memory_equal(c, want, strlen(want));
	free(want);
	assert_int_equal(stat(cache, &sb), 0);
	assert_true(S_ISDIR(sb.st_mode));
	assert_null(indexer_cache_path("/nonexistent/corpus", &d));
	assert_int_equal(d.nwarnings, 1);
	unsetenv("XDG_CACHE_HOME");
	diag_free(&d);
	free(a);
	free(b);
	free(c);
	free(cache);
	free(vn);
	rmrf(tmp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(incremental),
		cmocka_unit_test(bad_articles_and_odd_files),
		cmocka_unit_test(killed_midway),
		cmocka_unit_test(two_at_once),
		cmocka_unit_test(cache_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
