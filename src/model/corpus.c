/*
 * corpus: loads the articles (see include/model/corpus.h for the file format).
 *
 * An article's body goes through the text pipeline once, here, and the
 * result (the "stored text") is the only text hoso keeps: paragraphs are
 * joined by a single LF so paragraph boundaries survive the pipeline, and
 * the FOLD_ALL fold is made paragraph by paragraph so that fpara[] maps
 * paragraphs between the two texts without an offset map per byte.
 *
 * A file's encoding is settled before anything else reads it (legacy.h):
 * the front matter of a legacy file is in that encoding too, so the
 * encoding: line is found in the raw bytes (the encodings hoso reads all
 * keep ASCII's printable bytes and LF), the whole file is decoded, and
 * only then is the front matter parsed, where the key is checked again.
 */
#include "corpus.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fold.h"
#include "ids.h"
#include "legacy.h"
#include "passage.h"
#include "schema.h"
#include "text.h"
#include "util.h"
#include "ytree.h"

/* The end of line starting at p, and where the next one starts. */
static size_t
line_end(const char *s, size_t len, size_t p, size_t *next)
{
	const char *nl = memchr(s + p, '\n', len - p);
	size_t e = nl != NULL ? (size_t)(nl - s) : len;

	*next = nl != NULL ? e + 1 : len;
	return e;
}

static int
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* Splits the raw body into paragraphs at blank lines and joins each
 * paragraph's lines with a space, paragraphs with one LF. */
static char *
join_paragraphs(const char *s, size_t len, size_t *outlen)
{
	struct util_buf b;
	size_t p = 0, next;
	int in_para = 0, need_sep = 0;

	util_buf_init(&b);
	while (p < len) {
		size_t e = line_end(s, len, p, &next);
		size_t a = p, z = e;

		while (a < z && (s[a] == ' ' || s[a] == '\t'))
			a++;
		while (z > a && (s[z - 1] == ' ' || s[z - 1] == '\t'))
			z--;
		if (blank(s + p, e - p)) {
			in_para = 0;
		} else {
			if (in_para)
				util_buf_addc(&b, ' ');
			else if (need_sep)
				util_buf_addc(&b, '\n');
			util_buf_add(&b, s + a, z - a);
			in_para = need_sep = 1;
		}
		p = next;
	}
	return util_buf_detach(&b, outlen);
}

/* The encoding: value must name an encoding, and the one the file was
 * decoded with: a value the raw scan (find_declared) did not see, in a
 * flow mapping or spelt over two lines, came too late to be used. */
static void
check_encoding(struct schema *s, const struct ytree *v, int declared)
{
	char *name, *q;
	int e;

	if (schema_is_null(v) || (name = schema_string(s, v, "encoding", 0)) == NULL)
		return;
	e = legacy_lookup(name, strlen(name));
	if (e < 0) {
		q = schema_excerpt(v);
		schema_report(s, v, "encoding: unknown encoding '%s' (expected "
		    "%s)", q, legacy_names());
		free(q);
	} else if (e != declared) {
		schema_report(s, v, "encoding: write it as a line of its own, "
		    "'encoding: %s', so that it is read before the file is "
		    "decoded", legacy_name((enum legacy_enc)e));
	}
	free(name);
}

/* Reads the front matter in the order it is written, so its messages
 * come out in line order; every problem is reported before the article is
 * given up, so one --check run shows them all.  An optional key that is
 * null (empty, ~) counts as absent, as in the topic map. */
static int
parse_front(struct article *a, const struct ytree *root, const char *path,
    const char *stem, int declared, struct diag *d, size_t *title_len)
{
	struct schema s;
	const struct ytree *title = NULL;
	int seg = -1, has_id = 0;

	schema_init(&s, path, d, DIAG_ERROR);
	if (root == NULL) {
		/* Line 2: the first of the front matter (or its closing
		 * '---'), where the mapping was expected. */
		diag_emit(d, DIAG_ERROR, path, 2, 1, "front matter: expected "
		    "a mapping, found nothing");
		return -1;
	}
	if (schema_map(&s, root, "front matter", NULL) == NULL)
		return -1;
	for (size_t i = 0; i + 1 < root->nkids; i += 2) {
		const struct ytree *k = root->kids[i], *v = root->kids[i + 1];
		char **field = NULL;
		int text = 0;

		if (schema_key_is(k, "title")) {
			title = v;
			/* Cleaned with the body, once segmentation is known. */
			if (schema_scalar(&s, v, "title") == NULL)
				continue;
			if (v->len == 0)
				schema_report(&s, v, "title: must not be empty");
			else {
				/* With its length: a "\0" escape is a
				 * marker to show, not the title's end. */
				schema_text_nul(&s, v, "title");
				a->title = util_strndup(v->str, v->len);
				*title_len = v->len;
			}
			continue;
		}
		/* text: one of the plain strings (field); a flag rather than
		 * a test of field itself, which the analyzer would take to
		 * mean a might be NULL. */
		if (schema_key_is(k, "source"))
			field = &a->source, text = 1;
		else if (schema_key_is(k, "author"))
			field = &a->author, text = 1;
		else if (schema_key_is(k, "url"))
			field = &a->url, text = 1;
		else if (schema_key_is(k, "encoding")) {
			check_encoding(&s, v, declared);
			continue;
		} else if (!schema_key_is(k, "date") &&
		    !schema_key_is(k, "segmented") && !schema_key_is(k, "id")) {
			schema_unknown_key(&s, k, "in front matter");
			continue;
		}
		if (schema_is_null(v))
			continue;
		if (text)
			*field = schema_string(&s, v, k->str, 0);
		else if (schema_key_is(k, "date"))
			schema_date(&s, v, "date", &a->date, &a->date_str);
		else if (schema_key_is(k, "segmented"))
			schema_bool(&s, v, "segmented", &seg);
		else {
			has_id = 1;
			a->id = schema_id(&s, v, "id");
		}
	}
	a->segmented = seg;
	if (title == NULL)
		schema_report(&s, root, "front matter: missing 'title'");
	if (!has_id) {
		if (schema_valid_id(stem, strlen(stem)))
			a->id = util_strdup(stem);
		else {
			/* The stem comes from the file system: no control
			 * bytes in the message either. */
			char *safe = text_excerpt(stem, strlen(stem),
			    SCHEMA_SHOWN_MAX);

			schema_report(&s, NULL, "file name '%s' is not a valid "
			    "id; add an id: field", safe);
			free(safe);
		}
	}
	if (a->source == NULL)
		a->source = util_strdup("");
	if (a->author == NULL)
		a->author = util_strdup("");
	if (a->url == NULL)
		a->url = util_strdup("");
	return s.bad ? -1 : 0;
}

static void
index_paragraphs(struct article *a)
{
	struct util_buf f;

	a->npara = 1;
	for (size_t i = 0; i < a->len; i++)
		if (a->text[i] == '\n')
			a->npara++;
	a->para = util_calloc(a->npara, sizeof *a->para);
	a->fpara = util_calloc(a->npara, sizeof *a->fpara);
	for (size_t p = 1, i = 0; i < a->len; i++)
		if (a->text[i] == '\n')
			a->para[p++] = i + 1;
	util_buf_init(&f);
	for (size_t p = 0; p < a->npara; p++) {
		size_t e = corpus_para_end(a, p);

		a->fpara[p] = f.len;
		fold_append(&f, a->text + a->para[p], e - a->para[p], FOLD_ALL);
		if (p + 1 < a->npara)
			util_buf_addc(&f, '\n');
	}
	a->folded = util_buf_detach(&f, &a->flen);
}

size_t
corpus_para_end(const struct article *a, size_t p)
{
	const char *nl;

	if (p + 1 < a->npara)
		return a->para[p + 1] - 1;
	/* Every LF starts a paragraph, so the last one runs to the end:
	 * looking for an LF there would read the whole paragraph for each
	 * passage asked of it. */
	if (a->para != NULL && p + 1 == a->npara)
		return a->len;
	if (a->para == NULL) {
		nl = memchr(a->text, '\n', a->len);
		return nl ? (size_t)(nl - a->text) : a->len;
	}
	nl = memchr(a->text + a->para[p], '\n', a->len - a->para[p]);
	return nl ? (size_t)(nl - a->text) : a->len;
}

void
corpus_passage(const struct article *a, size_t start, size_t end,
    size_t *pstart, size_t *pend)
{
	size_t p = corpus_para_at(a, start);
	size_t ps = a->para[p], pe = corpus_para_end(a, p);

	text_passage(a->text + ps, pe - ps, start - ps, end - ps, pstart,
	    pend);
	*pstart += ps;
	*pend += ps;
}

/* The last of the n sorted starts at or before off. */
static size_t
last_at_or_before(const size_t *starts, size_t n, size_t off)
{
	size_t lo = 0, hi = n;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

size_t
corpus_para_at(const struct article *a, size_t off)
{
	return last_at_or_before(a->para, a->npara, off);
}

size_t
corpus_fpara_at(const struct article *a, size_t foff)
{
	return last_at_or_before(a->fpara, a->npara, foff);
}

uint32_t *
corpus_para_map(const struct article *a, size_t p)
{
	uint32_t *map;
	size_t flen;

	/* The folded bytes are in a->folded already; only the map is new. */
	free(fold_text(a->text + a->para[p], corpus_para_end(a, p) - a->para[p],
	    FOLD_ALL, &flen, &map));
	return map;
}

/* The encoding an 'encoding: NAME' line of the raw front matter names
 * (plain or quoted, a comment after it): an encoding, -1 when there is no
 * such line or its name is unknown (parse_front reports that). */
static int
find_declared(const char *buf, size_t len)
{
	size_t p = 0, next, e;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		p = 3;
	e = line_end(buf, len, p, &next);
	if (e - p < 3 || strncmp(buf + p, "---", 3) != 0)
		return -1;
	for (p = next; p < len; p = next) {
		size_t a, z;
		char q = 0;

		e = line_end(buf, len, p, &next);
		if (e - p >= 3 && (strncmp(buf + p, "---", 3) == 0 ||
		    strncmp(buf + p, "...", 3) == 0))
			return -1;
		if (e - p < 9 || strncmp(buf + p, "encoding:", 9) != 0)
			continue;
		for (a = p + 9; a < e && (buf[a] == ' ' || buf[a] == '\t'); a++)
			;
		if (a < e && (buf[a] == '"' || buf[a] == '\''))
			q = buf[a++];
		for (z = a; z < e && buf[z] != q && buf[z] != ' ' &&
		    buf[z] != '\t' && buf[z] != '\r' && buf[z] != '#'; z++)
			;
		return legacy_lookup(buf + a, z - a);
	}
	return -1;
}

/* The file decoded (heap), or NULL when its bytes are to be used as they
 * are; says what was done, since a reader should know the text they see
 * is not the file's bytes. */
static char *
decode(const char *buf, size_t len, int declared, const char *path,
    struct diag *d, size_t *outlen)
{
	struct legacy_result r;
	struct util_buf names;
	char *out = legacy_read(buf, len, declared, &r, outlen);

	switch (r.how) {
	case LEGACY_AS_IS:
		break;
	case LEGACY_DECLARED:
		if (r.plausible)
			diag_emit(d, DIAG_WARNING, path, 0, 0, "decoded from %s "
			    "(declared)", legacy_name(r.enc));
		else
			diag_emit(d, DIAG_WARNING, path, 0, 0, "decoded from %s "
			    "(declared), but the text is not plausible "
			    "Vietnamese in it", legacy_name(r.enc));
		break;
	case LEGACY_DETECTED:
		diag_emit(d, DIAG_WARNING, path, 0, 0, "decoded from %s "
		    "(detected: the file is not UTF-8; say 'encoding: %s')",
		    legacy_name(r.enc), legacy_name(r.enc));
		break;
	case LEGACY_DOUBLE:
		diag_emit(d, DIAG_WARNING, path, 0, 0, "repaired double-encoded "
		    "UTF-8 (read as %s)", r.latin1 ? "Latin-1" : "CP1252");
		break;
	case LEGACY_NOT_VIETNAMESE:
		diag_emit(d, DIAG_WARNING, path, 0, 0, "not valid UTF-8, and not "
		    "plausible Vietnamese in any encoding (%s); bad bytes are "
		    "shown as U+FFFD", legacy_names());
		break;
	case LEGACY_AMBIGUOUS:
		util_buf_init(&names);
		for (int e = 0; e < LEGACY_NENC; e++)
			if (r.candidates & (1u << e))
				util_buf_printf(&names, "%s%s", names.len ?
				    " or " : "", legacy_name((enum legacy_enc)e));
		diag_emit(d, DIAG_WARNING, path, 0, 0, "not valid UTF-8, and "
		    "plausible Vietnamese in more than one encoding (%s); "
		    "bad bytes are shown as U+FFFD; say which with "
		    "'encoding:'", names.data);
		util_buf_free(&names);
		break;
	}
	return out;
}

int
corpus_parse_article(struct article *a, const char *path, const char *buf,
    size_t len, struct diag *d)
{
	char *raw, *body, *title, *decoded;
	size_t rlen, blen, dlen, p, next, fm_start, fm_end = 0, body_start = 0;
	size_t title_len = 0;
	int line = 1, closed = 0, declared;
	struct ytree *root = NULL;
	const char *base = strrchr(path, '/');
	char *stem;

	memset(a, 0, sizeof *a);
	a->path = util_strdup(path);
	base = base ? base + 1 : path;
	stem = util_strdup(base);
	if (strlen(stem) > 4 && strcmp(stem + strlen(stem) - 4, ".txt") == 0)
		stem[strlen(stem) - 4] = '\0';

	declared = find_declared(buf, len);
	decoded = decode(buf, len, declared, path, d, &dlen);
	if (decoded != NULL) {
		raw = text_repair(decoded, dlen, &rlen);
		free(decoded);
	} else {
		raw = text_repair(buf, len, &rlen);
	}
	p = line_end(raw, rlen, 0, &next);
	if (p < 3 || strncmp(raw, "---", 3) != 0 || !blank(raw + 3, p - 3)) {
		diag_emit(d, DIAG_ERROR, path, 1, 1,
		    "missing front matter: the file must start with a '---' line");
		goto fail;
	}
	fm_start = next;
	for (p = next; p < rlen; p = next) {
		size_t e = line_end(raw, rlen, p, &next);

		line++;
		if ((e - p >= 3 && (strncmp(raw + p, "---", 3) == 0 ||
		    strncmp(raw + p, "...", 3) == 0)) && blank(raw + p + 3, e - p - 3)) {
			fm_end = p;
			body_start = next;
			closed = 1;
			break;
		}
	}
	if (!closed) {
		diag_emit(d, DIAG_ERROR, path, 1, 1,
		    "front matter is not closed by a '---' line");
		goto fail;
	}
	if (ytree_parse(raw + fm_start, fm_end - fm_start, path, 1, d,
	    &root) != 0)
		goto fail;
	if (parse_front(a, root, path, stem, declared, d, &title_len) != 0)
		goto fail;
	ytree_free(root);
	root = NULL;

	body = join_paragraphs(raw + body_start, rlen - body_start, &blen);
	if (a->segmented < 0)
		a->segmented = text_looks_segmented(body, blen);
	a->text = text_clean(body, blen, TEXT_KEEP_LF | TEXT_REPAIRED |
	    (a->segmented ? TEXT_DESEGMENT : 0), &a->len);
	free(body);
	title = text_clean(a->title, title_len,
	    a->segmented ? TEXT_DESEGMENT : 0, NULL);
	free(a->title);
	a->title = title;
	if (a->date_str == NULL)
		a->date_str = util_strdup("");
	index_paragraphs(a);
	free(raw);
	free(stem);
	return 0;
fail:
	ytree_free(root);
	free(raw);
	free(stem);
	corpus_free_article(a);
	return -1;
}

void
corpus_free_article(struct article *a)
{
	free(a->id);
	free(a->path);
	free(a->title);
	free(a->source);
	free(a->author);
	free(a->url);
	free(a->date_str);
	free(a->text);
	free(a->para);
	free(a->folded);
	free(a->fpara);
	free(a->m);
	free(a->topics);
	memset(a, 0, sizeof *a);
}

static int
cmp_articles(const void *x, const void *y)
{
	const struct article *a = x, *b = y;
	int c;

	/* Newest first; undated articles after every dated one. */
	if ((a->date.y == 0) != (b->date.y == 0))
		return a->date.y == 0 ? 1 : -1;
	if ((c = date_cmp(&b->date, &a->date)) != 0)
		return c;
	return strcmp(a->id, b->id);
}

static const char *
article_id(const void *articles, size_t i)
{
	return ((const struct article *)articles)[i].id;
}

/*
 * Loading is parallel: each worker parses a contiguous run of the sorted
 * file names into its own array with its own diagnostics, and the runs
 * are joined in order, so the result and the order of the messages do not
 * depend on the number of workers.
 */
int
corpus_read_article(struct article *a, const char *path, struct diag *d)
{
	enum util_read_status st;
	char *buf;
	size_t len;
	int rc;

	memset(a, 0, sizeof *a);
	st = util_read_file(path, CORPUS_MAX_ARTICLE_BYTES, &buf, &len);
	if (st == UTIL_READ_ERRNO || st == UTIL_READ_NOT_REGULAR) {
		diag_emit(d, DIAG_ERROR, path, 0, 0, "%s%s", util_read_why(),
		    st == UTIL_READ_NOT_REGULAR ? "; skipped" : "");
		return -1;
	}
	if (st == UTIL_READ_TOO_BIG) {
		diag_emit(d, DIAG_ERROR, path, 0, 0, "larger than %d MiB; "
		    "skipped", CORPUS_MAX_ARTICLE_BYTES / (1024 * 1024));
		return -1;
	}
	rc = corpus_parse_article(a, path, buf, len, d);
	free(buf);
	return rc;
}

struct worker {
	const char *dir;
	char **names;
	size_t n;
	struct article *v;
	size_t nv, cap;
	struct diag diag;
};

static void *
work(void *arg)
{
	struct worker *w = arg;
	struct util_buf path;

	util_buf_init(&path);
	for (size_t i = 0; i < w->n; i++) {
		struct article a;

		path.len = 0;
		util_buf_printf(&path, "%s/articles/%s", w->dir, w->names[i]);
		if (corpus_read_article(&a, path.data, &w->diag) == 0) {
			util_grow((void **)&w->v, &w->cap, w->nv + 1, sizeof *w->v);
			w->v[w->nv++] = a;
		}
	}
	util_buf_free(&path);
	return NULL;
}

#define MAX_WORKERS 8

static void
load_all(struct corpus *c, const char *dir, char **names, size_t n,
    struct diag *d)
{
	struct worker w[MAX_WORKERS];
	pthread_t tid[MAX_WORKERS];
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nw = cpus < 1 ? 1 : cpus > MAX_WORKERS ? MAX_WORKERS : (size_t)cpus;
	size_t at = 0, total = 0;

	/* Threads only pay for themselves on a real corpus. */
	if (n < 64)
		nw = 1;
	for (size_t i = 0; i < nw; i++) {
		size_t take = n / nw + (i < n % nw);

		memset(&w[i], 0, sizeof w[i]);
		w[i].dir = dir;
		w[i].names = names + at;
		w[i].n = take;
		diag_init(&w[i].diag, NULL);
		at += take;
	}
	for (size_t i = 1; i < nw; i++)
		if (pthread_create(&tid[i], NULL, work, &w[i]) != 0)
			util_fatal("cannot start a loading thread");
	work(&w[0]);
	for (size_t i = 1; i < nw; i++)
		pthread_join(tid[i], NULL);
	for (size_t i = 0; i < nw; i++)
		total += w[i].nv;
	c->v = util_calloc(total, sizeof *c->v);
	for (size_t i = 0; i < nw; i++) {
		if (w[i].nv > 0)
			memcpy(c->v + c->n, w[i].v, w[i].nv * sizeof *c->v);
		c->n += w[i].nv;
		free(w[i].v);
		diag_merge(d, &w[i].diag);
	}
}

/* Duplicate ids: the article of the first file name keeps the id and
 * every later one is an error naming both files, so links stay
 * unambiguous.  c->v is in file-name order here (see load_all). */
static void
drop_duplicates(struct corpus *c, struct diag *d)
{
	struct ids x;
	size_t *first, w = 0;

	ids_build(&x, c->v, c->n, article_id);
	first = ids_firsts(&x, c->n);
	ids_free(&x);
	for (size_t i = 0; i < c->n; i++)
		if (first[i] != i)
			diag_emit(d, DIAG_ERROR, c->v[i].path, 0, 0,
			    "duplicate article id '%s' (also %s); skipped",
			    c->v[i].id, c->v[first[i]].path);
	/* Compacted only now: every message above names the first's path. */
	for (size_t i = 0; i < c->n; i++) {
		if (first[i] == i)
			c->v[w++] = c->v[i];
		else
			corpus_free_article(&c->v[i]);
	}
	free(first);
	c->n = w;
}

int
corpus_load(struct corpus *c, const char *dir, struct diag *d)
{
	char **names;
	size_t nnames;

	memset(c, 0, sizeof *c);
	c->dir = util_strdup(dir);
	if ((names = corpus_list_names(dir, &nnames, d)) == NULL)
		return -1;
	load_all(c, dir, names, nnames, d);
	for (size_t i = 0; i < nnames; i++)
		free(names[i]);
	free(names);

	drop_duplicates(c, d);
	if (c->n > 1)
		qsort(c->v, c->n, sizeof *c->v, cmp_articles);
	ids_build(&c->by_id, c->v, c->n, article_id);
	return 0;
}

size_t
corpus_find(const struct corpus *c, const char *id)
{
	return ids_find(&c->by_id, id);
}

void
corpus_free(struct corpus *c)
{
	for (size_t i = 0; i < c->n; i++)
		corpus_free_article(&c->v[i]);
	free(c->v);
	ids_free(&c->by_id);
	free(c->dir);
	memset(c, 0, sizeof *c);
}
