/*
 * indexer: a store kept in step with a corpus (see include/model/indexer.h).
 *
 * Three phases.  The scan, on the calling thread: every name of
 * articles/ is opened (O_NONBLOCK, so a FIFO cannot hang it) and fstat'ed,
 * and its facts compared with the store's; only the changed, added and
 * (for a new map) re-matched files become work items.  The parse: worker
 * threads take items in order, each reading, parsing and matching one
 * file into its slot, at most two batches ahead of the writer, so memory
 * stays bounded.  The write, on the calling thread (the store's one
 * connection): once a batch's slots are ready, one transaction writes
 * them; the write lock is held only for that, so a second indexer on the
 * same database waits briefly instead of for a whole batch's parse.
 */
#include "indexer.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "fold.h"
#include "index.h"
#include "text.h"
#include "util.h"
#include "vitok.h"
#include "xdg.h"

/* ------------------------------------------------------------------ */
/* Where the database lives. */

char *
indexer_cache_path(const char *dir, struct diag *d)
{
	char *real = realpath(dir, NULL), *cache, *raw, *folded, *out;
	const char *base;
	struct util_buf b;
	size_t rlen, flen, stem = 0;

	if (real == NULL) {
		diag_emit(d, DIAG_WARNING, dir, 0, 0, "cannot index: %s",
		    strerror(errno));
		return NULL;
	}
	if ((cache = xdg_dir(XDG_CACHE)) == NULL) {
		diag_emit(d, DIAG_WARNING, NULL, 0, 0, "no cache directory "
		    "(neither XDG_CACHE_HOME nor HOME is set); the index is kept "
		    "in memory");
		free(real);
		return NULL;
	}
	if (xdg_mkdirs(cache) != 0) {
		diag_emit(d, DIAG_WARNING, cache, 0, 0, "cannot make the cache "
		    "directory: %s; the index is kept in memory",
		    strerror(errno));
		free(cache);
		free(real);
		return NULL;
	}
	base = strrchr(real, '/');
	base = base != NULL ? base + 1 : real;
	/* A readable stem: "Tin tức" is tin-tuc; the hash tells apart two
	 * corpora of the same name. */
	raw = text_repair(base, strlen(base), &rlen);
	folded = fold_text(raw, rlen, FOLD_ALL, &flen, NULL);
	util_buf_init(&b);
	util_buf_printf(&b, "%s/", cache);
	for (size_t i = 0; i < flen && stem < 40; i++) {
		unsigned char c = (unsigned char)folded[i];
		int keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

		if (!keep && (stem == 0 || b.data[b.len - 1] == '-'))
			continue;
		util_buf_addc(&b, keep ? (char)c : '-');
		stem++;
	}
	while (stem > 0 && b.data[b.len - 1] == '-')
		b.len--, stem--;
	util_buf_printf(&b, "%s-%016llx.db", stem > 0 ? "" : "corpus",
	    (unsigned long long)util_hash(real, strlen(real)));
	out = util_buf_detach(&b, NULL);
	free(raw);
	free(folded);
	free(cache);
	free(real);
	return out;
}

/* ------------------------------------------------------------------ */
/* The work items and their parse. */

enum kind { K_ADDED, K_CHANGED, K_REMATCH };
enum result { RES_OK, RES_BAD, RES_REFUSED };

struct item {
	char *name;			/* NAME.txt */
	enum kind kind;
	int unseen;			/* counted as seen before it was opened */
	struct store_file known;	/* the facts the store has */
	/* Filled by a worker: */
	int ready;
	enum result res;
	struct store_file facts;	/* of the bytes read */
	struct article a;
	struct mention *m;
	size_t nm;
	struct vitok_list tt, tx;	/* title's and text's tokens */
	int toks;			/* both made */
	struct diag diag;
};

struct pool {
	const struct indexer_job *job;
	struct index_matcher *k;
	struct item *items;
	size_t n, next, consumed, window;
	int stop;
	pthread_mutex_t mu;
	pthread_cond_t ready, room;
};

static struct store_file
facts_of(const struct stat *sb)
{
	struct store_file f = {
		(int64_t)sb->st_size,
		(int64_t)sb->st_mtim.tv_sec * 1000000000 + sb->st_mtim.tv_nsec,
		(int64_t)sb->st_ino,
	};

	return f;
}

static int
same_facts(const struct store_file *a, const struct store_file *b)
{
	return a->size == b->size && a->mtime_ns == b->mtime_ns &&
	    a->ino == b->ino;
}

/* Opens path if it is a regular file (see util_open_regular): fd >= 0,
 * or -1 with a diagnostic in d. */
static int
open_regular(const char *path, struct stat *sb, struct diag *d)
{
	const char *kind;
	int fd = util_open_regular(path, 0, &kind);

	if (fd < 0) {
		diag_emit(d, DIAG_ERROR, path, 0, 0, "%s%s", util_read_why(),
		    kind != NULL ? "; skipped" : "");
		return -1;
	}
	if (fstat(fd, sb) != 0) {
		diag_emit(d, DIAG_ERROR, path, 0, 0, "cannot read: %s",
		    strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

/* Reads the whole of fd (a regular file of about sb->st_size bytes). */
static char *
read_fd(int fd, const struct stat *sb, size_t *len, int *err)
{
	size_t cap = (size_t)sb->st_size + 1, n = 0;
	char *buf = util_malloc(cap + 1);
	ssize_t r;

	*err = 0;
	for (;;) {
		if (n == cap) {
			if (cap > CORPUS_MAX_ARTICLE_BYTES)
				break;
			buf = util_realloc(buf, (cap *= 2) + 1);
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			*err = errno;
			break;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

static void
parse_item(struct pool *p, struct item *it, struct vitok_memo *memo)
{
	struct util_buf path;
	struct stat sb;
	char *buf;
	size_t len;
	int fd, err;

	diag_init(&it->diag, NULL);
	util_buf_init(&path);
	util_buf_printf(&path, "%s/articles/%s", p->job->dir, it->name);
	it->res = RES_REFUSED;
	if ((fd = open_regular(path.data, &sb, &it->diag)) < 0)
		goto out;
	it->facts = facts_of(&sb);
	it->res = RES_BAD;
	if (sb.st_size > CORPUS_MAX_ARTICLE_BYTES) {
		diag_emit(&it->diag, DIAG_ERROR, path.data, 0, 0, "larger than "
		    "%d MiB; skipped", CORPUS_MAX_ARTICLE_BYTES / (1024 * 1024));
		close(fd);
		goto out;
	}
	buf = read_fd(fd, &sb, &len, &err);
	close(fd);
	if (err != 0)
		diag_emit(&it->diag, DIAG_ERROR, path.data, 0, 0,
		    "cannot read: %s", strerror(err));
	else if (len > CORPUS_MAX_ARTICLE_BYTES)
		diag_emit(&it->diag, DIAG_ERROR, path.data, 0, 0, "larger than "
		    "%d MiB; skipped", CORPUS_MAX_ARTICLE_BYTES / (1024 * 1024));
	else if (corpus_parse_article(&it->a, path.data, buf, len,
	    &it->diag) == 0) {
		it->res = RES_OK;
		if (p->k != NULL) {
			size_t upto;

			it->nm = index_scan(p->k, &it->a, &it->m, &upto);
			index_cap_warning(&it->diag, path.data, &it->a, upto);
		}
		/* The FTS5 tokens, made here so that the writer, the one
		 * thread that can insert, only replays them. */
		if (it->kind != K_REMATCH || !same_facts(&it->facts, &it->known))
			it->toks = vitok_list_document(it->a.title,
			    strlen(it->a.title), &it->tt, memo) == 0 &&
			    vitok_list_document(it->a.text, it->a.len,
			    &it->tx, memo) == 0;
		/* The writer needs the text, not its fold. */
		free(it->a.folded);
		free(it->a.fpara);
		free(it->a.para);
		it->a.folded = NULL;
		it->a.fpara = it->a.para = NULL;
	}
	free(buf);
out:
	util_buf_free(&path);
}

static void
free_item_result(struct item *it)
{
	corpus_free_article(&it->a);
	free(it->m);
	it->m = NULL;
	vitok_list_free(&it->tt);
	vitok_list_free(&it->tx);
	it->toks = 0;
	diag_free(&it->diag);
}

static void *
worker(void *arg)
{
	struct pool *p = arg;
	struct vitok_memo *memo = vitok_memo_new();

	pthread_mutex_lock(&p->mu);
	for (;;) {
		size_t i;

		while (!p->stop && p->next < p->n &&
		    p->next >= p->consumed + p->window)
			pthread_cond_wait(&p->room, &p->mu);
		if (p->stop || p->next >= p->n)
			break;
		i = p->next++;
		pthread_mutex_unlock(&p->mu);
		parse_item(p, &p->items[i], memo);
		pthread_mutex_lock(&p->mu);
		p->items[i].ready = 1;
		pthread_cond_broadcast(&p->ready);
	}
	pthread_mutex_unlock(&p->mu);
	vitok_memo_free(memo);
	return NULL;
}

/* ------------------------------------------------------------------ */
/* The write. */

struct run {
	struct store *st;
	const struct indexer_job *job;
	struct indexer_stats *s;
	struct diag *d;
	struct util_buf rel;		/* articles/NAME.txt */
	struct store_mention *sm;
	size_t smcap;
	struct vitok_memo *memo;	/* parsing on this thread */
};

static const char *
rel_name(struct run *r, const char *name)
{
	r->rel.len = 0;
	util_buf_printf(&r->rel, "articles/%s", name);
	return r->rel.data;
}

static int
write_item(struct run *r, struct item *it)
{
	const char *rel = rel_name(r, it->name);
	const struct article *a = &it->a;
	int rc;

	if (it->res == RES_REFUSED) {
		r->s->refused++;
		if (it->unseen)
			r->s->seen--;
		diag_merge(r->d, &it->diag);
		return store_remove(r->st, rel);
	}
	if (it->kind == K_ADDED)
		r->s->added++;
	else if (it->kind == K_CHANGED)
		r->s->changed++;
	else
		r->s->rematched++;
	if (it->res == RES_BAD) {
		r->s->bad++;
		if (store_put_bad(r->st, rel, &it->facts) != 0)
			return -1;
		return store_set_diags(r->st, rel, it->diag.v, it->diag.n);
	}
	util_grow((void **)&r->sm, &r->smcap, it->nm, sizeof *r->sm);
	for (size_t i = 0; i < it->nm; i++) {
		const struct mention *m = &it->m[i];

		r->sm[i].topic = r->job->map->topics[m->topic].id;
		r->sm[i].keyword = m->keyword;
		r->sm[i].para = m->para;
		r->sm[i].start = m->start;
		r->sm[i].end = m->end;
	}
	/* A new map may cut the mentions where the old one did not (or
	 * the other way), and the file's warnings say so. */
	if (it->kind == K_REMATCH && same_facts(&it->facts, &it->known))
		return store_set_mentions(r->st, rel, r->sm, it->nm) != 0 ? -1 :
		    store_set_diags(r->st, rel, it->diag.v, it->diag.n);
	{
		struct store_article sa = {
			.id = a->id, .file = rel, .date = a->date_str,
			.source = a->source, .title = a->title,
			.datekey = (int64_t)a->date.y * 10000 + a->date.m * 100 +
			    a->date.d,
			.facts = it->facts, .text = a->text, .len = a->len,
			.m = r->sm, .nm = it->nm,
			.title_toks = it->toks ? &it->tt : NULL,
			.text_toks = it->toks ? &it->tx : NULL,
		};

		rc = store_put(r->st, &sa);
	}
	if (rc == 0 && it->diag.n > 0)
		rc = store_set_diags(r->st, rel, it->diag.v, it->diag.n);
	return rc;
}

/* BEGIN IMMEDIATE waits for another writer up to the busy timeout; a
 * long batch of another indexer may take longer, so try a few times. */
static int
begin(struct run *r)
{
	for (int i = 0; i < 6; i++)
		if (store_begin(r->st) == 0)
			return 0;
	diag_emit(r->d, DIAG_WARNING, r->job->dir, 0, 0, "the index is busy "
	    "(another hoso is writing it); not updated");
	return -1;
}

static int
fail_write(struct run *r)
{
	diag_emit(r->d, DIAG_WARNING, r->job->dir, 0, 0, "cannot write the "
	    "index; what was committed stays");
	return -1;
}

/* Writes the items in batches as the workers make them ready. */
static int
write_all(struct run *r, struct pool *p, size_t total)
{
	size_t batch = r->job->batch > 0 ? r->job->batch : INDEXER_BATCH;
	size_t done = r->s->unchanged;
	int threaded = p->window > 0, rc = 0;

	for (size_t i = 0; i < p->n && rc == 0;) {
		/* A small first batch: a reader beside an empty index has
		 * rows to show soon. */
		size_t b = i == 0 && batch > INDEXER_FIRST_BATCH ?
		    INDEXER_FIRST_BATCH : batch;
		size_t end = i + b < p->n ? i + b : p->n;

		/* Asked to stop: what was committed stays, as after a kill. */
		if (r->job->cancel != NULL && atomic_load(r->job->cancel)) {
			rc = 1;
			if (threaded) {
				pthread_mutex_lock(&p->mu);
				p->stop = 1;
				pthread_cond_broadcast(&p->room);
				pthread_mutex_unlock(&p->mu);
			}
			break;
		}

		if (threaded) {
			pthread_mutex_lock(&p->mu);
			for (size_t j = i; j < end; j++)
				while (!p->items[j].ready)
					pthread_cond_wait(&p->ready, &p->mu);
			pthread_mutex_unlock(&p->mu);
		} else {
			for (size_t j = i; j < end; j++)
				parse_item(p, &p->items[j], r->memo);
		}
		if (begin(r) != 0)
			rc = -1;
		for (size_t j = i; j < end && rc == 0; j++)
			if (write_item(r, &p->items[j]) != 0)
				rc = fail_write(r);
		if (rc == 0 && store_commit(r->st) != 0)
			rc = fail_write(r);
		for (size_t j = i; j < end; j++)
			free_item_result(&p->items[j]);
		done += end - i;
		if (threaded) {
			pthread_mutex_lock(&p->mu);
			p->consumed = end;
			if (rc != 0)
				p->stop = 1;
			pthread_cond_broadcast(&p->room);
			pthread_mutex_unlock(&p->mu);
		}
		if (rc == 0 && r->job->progress != NULL)
			r->job->progress(r->job->ctx, done, total);
		i = end;
	}
	return rc;
}

#define MAX_WORKERS 8

static int
parse_and_write(struct run *r, struct item *items, size_t n, size_t total)
{
	struct pool p = { .job = r->job, .items = items, .n = n };
	pthread_t tid[MAX_WORKERS];
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int nw = r->job->threads > 0 ? r->job->threads : cpus < 1 ? 1 :
	    (int)cpus, started = 0, rc;
	size_t batch = r->job->batch > 0 ? r->job->batch : INDEXER_BATCH;

	if (nw > MAX_WORKERS)
		nw = MAX_WORKERS;
	if (r->job->map != NULL)
		p.k = index_matcher_new(r->job->map);
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.ready, NULL);
	pthread_cond_init(&p.room, NULL);
	/* Threads pay for themselves only on more than a few files. */
	if (nw > 1 && n >= 64) {
		p.window = 2 * batch;
		for (; started < nw; started++)
			if (pthread_create(&tid[started], NULL, worker, &p) != 0)
				break;
		if (started == 0)
			p.window = 0;
	}
	rc = write_all(r, &p, total);
	pthread_mutex_lock(&p.mu);
	p.stop = 1;
	pthread_cond_broadcast(&p.room);
	pthread_mutex_unlock(&p.mu);
	for (int i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	/* Items parsed ahead of a failed write. */
	for (size_t i = p.consumed; i < n && started > 0; i++)
		if (items[i].ready)
			free_item_result(&items[i]);
	pthread_cond_destroy(&p.room);
	pthread_cond_destroy(&p.ready);
	pthread_mutex_destroy(&p.mu);
	index_matcher_free(p.k);
	return rc;
}

/* ------------------------------------------------------------------ */
/* The scan, the removal, the map. */

static int
cmp_names(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

struct known {
	char **v;
	size_t n, cap;
};

static int
add_known(void *ctx, const char *file)
{
	struct known *k = ctx;

	util_grow((void **)&k->v, &k->cap, k->n + 1, sizeof *k->v);
	k->v[k->n++] = util_strdup(file);
	return 0;
}

/* Forgets the files the store knows that are not among names (sorted;
 * the refused ones are NULL). */
static int
remove_gone(struct run *r, char **names, size_t n)
{
	struct known k = { NULL, 0, 0 };
	const char **here = util_calloc(n + 1, sizeof *here);
	size_t nhere = 0;
	int rc = 0, open_tx = 0;

	for (size_t i = 0; i < n; i++)
		if (names[i] != NULL)
			here[nhere++] = names[i];
	if (store_files(r->st, add_known, &k) < 0)
		rc = fail_write(r);
	for (size_t i = 0; i < k.n && rc == 0; i++) {
		const char *name = k.v[i] + (strncmp(k.v[i], "articles/", 9) ?
		    0 : 9);

		if (bsearch(&name, here, nhere, sizeof *here, cmp_names) != NULL)
			continue;
		if (!open_tx && begin(r) != 0) {
			rc = -1;
			break;
		}
		open_tx = 1;
		r->s->removed++;
		if (store_remove(r->st, k.v[i]) != 0)
			rc = fail_write(r);
	}
	if (open_tx && rc == 0 && store_commit(r->st) != 0)
		rc = fail_write(r);
	for (size_t i = 0; i < k.n; i++)
		free(k.v[i]);
	free(k.v);
	free(here);
	return rc;
}

/* The map's identity: a hash of its bytes ("none" without a map). */
static char *
map_hash(const struct indexer_job *job)
{
	char *buf;
	size_t len;
	struct util_buf b;

	if (job->map_path == NULL || job->map == NULL)
		return util_strdup("none");
	if (util_read_file(job->map_path, 0, &buf, &len) != UTIL_READ_OK)
		return util_strdup("unreadable");
	util_buf_init(&b);
	util_buf_printf(&b, "%016llx-%zu",
	    (unsigned long long)util_hash(buf, len), len);
	free(buf);
	return util_buf_detach(&b, NULL);
}

static int
set_meta(struct run *r, const char *key, const char *value)
{
	if (begin(r) != 0)
		return -1;
	if (store_meta_set(r->st, key, value) != 0 || store_commit(r->st) != 0)
		return fail_write(r);
	return 0;
}

/* Compares each name's facts with the store's: the work items. */
static int
any_file(void *ctx, const char *file)
{
	(void)file;
	return *(int *)ctx = 1, 1;
}

static struct item *
scan(struct run *r, char **names, size_t n, int rematch, size_t *nitems)
{
	struct item *items = NULL;
	struct util_buf path;
	size_t cap = 0;
	int indexed = 0;

	*nitems = 0;
	/* An empty index: every file is new, and the parsers' own open
	 * and fstat say the rest (a file refused then is not counted as
	 * seen), so the first articles are written without a stat of
	 * every file first. */
	store_files(r->st, any_file, &indexed);
	if (!indexed && !rematch) {
		items = util_calloc(n > 0 ? n : 1, sizeof *items);
		for (size_t i = 0; i < n; i++) {
			items[i].name = names[i];
			items[i].kind = K_ADDED;
			items[i].unseen = 1;
		}
		r->s->seen = n;
		*nitems = n;
		return items;
	}
	util_buf_init(&path);
	for (size_t i = 0; i < n; i++) {
		struct store_file f, known;
		struct stat sb;
		int fd, was;
		enum kind kind;

		path.len = 0;
		util_buf_printf(&path, "%s/articles/%s", r->job->dir, names[i]);
		/* A stat says all an unchanged file has to say; only a file
		 * that is no regular one is opened, for open_regular's word
		 * (without blocking: a FIFO is refused, never read). */
		if (stat(path.data, &sb) != 0 || !S_ISREG(sb.st_mode)) {
			if ((fd = open_regular(path.data, &sb, r->d)) >= 0)
				close(fd);
			else {
				r->s->refused++;
				free(names[i]);
				names[i] = NULL;
				continue;
			}
		}
		r->s->seen++;
		f = facts_of(&sb);
		was = store_file_facts(r->st, rel_name(r, names[i]), &known);
		if (was != 0 && same_facts(&f, &known)) {
			r->s->unchanged++;
			if (was == 2)
				r->s->bad++;
			if (was == 2 || !rematch)
				continue;
			kind = K_REMATCH;
		} else {
			kind = was == 0 ? K_ADDED : K_CHANGED;
		}
		util_grow((void **)&items, &cap, *nitems + 1, sizeof *items);
		memset(&items[*nitems], 0, sizeof *items);
		items[*nitems].name = names[i];
		items[*nitems].kind = kind;
		items[*nitems].known = known;
		(*nitems)++;
	}
	util_buf_free(&path);
	return items;
}

int
indexer_update(struct store *st, const struct indexer_job *job,
    struct indexer_stats *stats, struct diag *d)
{
	struct run r = { .st = st, .job = job, .s = stats, .d = d };
	struct item *items;
	size_t n, nitems;
	char **names, *hash, *old;
	int rc = 0, rematch;

	memset(stats, 0, sizeof *stats);
	if ((names = corpus_list_names(job->dir, &n, d)) == NULL)
		return -1;
	/* Left-over rows of changed files outweigh the index: anew. */
	if (store_wasted(st) && store_reset(st) != 0)
		diag_emit(d, DIAG_WARNING, job->dir, 0, 0, "cannot empty the "
		    "index to make it anew");
	util_buf_init(&r.rel);
	r.memo = vitok_memo_new();
	hash = map_hash(job);
	old = store_meta_get(st, "map");
	stats->map_changed = old == NULL || strcmp(old, hash) != 0;
	rematch = stats->map_changed && store_count(st) > 0;
	/* Pending until every article is re-matched, so that a kill on the
	 * way leaves a hash that matches no map; on an empty store every
	 * article written from now on is matched with this map. */
	if (rematch && (old == NULL || old[0] != '\0'))
		rc = set_meta(&r, "map", "");
	else if (stats->map_changed && !rematch)
		rc = set_meta(&r, "map", hash);
	/* The scan's lookups in one read: not a lock and a transaction
	 * each. */
	store_begin_read(st);
	items = scan(&r, names, n, rematch, &nitems);
	store_end_read(st);
	if (rc == 0 && job->progress != NULL)
		job->progress(job->ctx, stats->unchanged, stats->seen);
	if (rc == 0)
		rc = parse_and_write(&r, items, nitems, stats->seen);
	stats->reread = stats->added + stats->changed + stats->rematched;
	if (rc == 1) {
		stats->cancelled = 1;
		rc = 0;
		goto out;
	}
	if (rc == 0)
		rc = remove_gone(&r, names, n);
	if (rc == 0 && rematch)
		rc = set_meta(&r, "map", hash);
	if (rc == 0 && store_rank(st) != 0)
		rc = fail_write(&r);
out:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(items);
	free(hash);
	free(old);
	free(r.sm);
	vitok_memo_free(r.memo);
	util_buf_free(&r.rel);
	return rc;
}
