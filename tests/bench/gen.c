/*
 * gen: writes a synthetic corpus for the benchmarks, deterministically,
 * from the bundled articles.
 *
 *   gen SRC OUT N [SEED]      N articles of 400-1,200 words
 *   gen SRC OUT --one BYTES   one article of that many bytes
 *
 * SRC is a corpus (content/): its articles' paragraphs are the material,
 * its topic map is copied, and its own articles are copied too, so the
 * map's timeline quotes still resolve and `--check` stays clean.  Each
 * synthetic article mixes paragraphs drawn at random; about half are
 * word-segmented (syllables of a word joined by '_', a space before
 * punctuation), about a tenth are written in NFD, dates spread over
 * 1973-2025, ids are unique.  The same arguments give the same bytes.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <uninorm.h>

struct para {
	char *s;
	size_t n, words;
};

static struct para *paras;
static size_t npara, cap;

/* splitmix64: small, fast and the same everywhere. */
static uint64_t rng;

static uint64_t
next(void)
{
	uint64_t z = (rng += 0x9E3779B97F4A7C15ull);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static size_t
below(size_t n)
{
	return (size_t)(next() % n);
}

static void
die(const char *what, const char *path)
{
	fprintf(stderr, "gen: %s: %s: %s\n", what, path, strerror(errno));
	exit(1);
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *b;
	long n;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0)
		die("cannot read", path);
	rewind(fp);
	b = malloc((size_t)n + 1);
	if (b == NULL || fread(b, 1, (size_t)n, fp) != (size_t)n)
		die("cannot read", path);
	b[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return b;
}

static void
spit(const char *path, const char *s, size_t n)
{
	FILE *fp = fopen(path, "wb");

	if (fp == NULL || fwrite(s, 1, n, fp) != n || fclose(fp) != 0)
		die("cannot write", path);
}

static void
add_para(const char *s, size_t n)
{
	size_t w = 0;

	if (n == 0)
		return;
	if (npara == cap) {
		cap = cap ? 2 * cap : 256;
		paras = realloc(paras, cap * sizeof *paras);
		if (paras == NULL)
			die("out of memory", "");
	}
	for (size_t i = 0; i < n; i++)
		if (s[i] == ' ' && i + 1 < n && s[i + 1] != ' ')
			w++;
	paras[npara].s = strndup(s, n);
	paras[npara].n = n;
	paras[npara].words = w + 1;
	npara++;
}

/* The body's paragraphs (after the front matter), underscores undone so
 * that every paragraph starts plain and segmentation is ours to add. */
static void
load(const char *src)
{
	char dir[4096];
	struct dirent *e;
	DIR *d;

	snprintf(dir, sizeof dir, "%s/articles", src);
	if ((d = opendir(dir)) == NULL)
		die("cannot open", dir);
	while ((e = readdir(d)) != NULL) {
		char path[8192];
		size_t len, i, start;
		char *b, *body;

		if (strlen(e->d_name) < 5 ||
		    strcmp(e->d_name + strlen(e->d_name) - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		b = slurp(path, &len);
		body = strstr(b + 3, "\n---\n");
		if (body == NULL) {
			free(b);
			continue;
		}
		body += 5;
		for (char *p = body; *p != '\0'; p++)
			if (*p == '_')
				*p = ' ';
		len = strlen(body);
		for (i = start = 0; i <= len; i++) {
			if (i == len || (body[i] == '\n' &&
			    (i + 1 >= len || body[i + 1] == '\n'))) {
				add_para(body + start, i - start);
				while (i < len && body[i] == '\n')
					i++;
				start = i;
			}
		}
		free(b);
	}
	closedir(d);
	if (npara == 0) {
		fprintf(stderr, "gen: no paragraphs in %s\n", dir);
		exit(1);
	}
}

/* A byte of a letter, near enough: ASCII letters and anything
 * non-ASCII (Vietnamese letters are; the dashes and quotes between words
 * are rare enough not to matter for a benchmark). */
static int
letter(char c)
{
	unsigned char u = (unsigned char)c;

	return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

/* Segmented as word segmenters write: some adjacent syllables joined by
 * '_', a space before , and . */
static void
segment(FILE *fp, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' && i > 0 && i + 1 < n && letter(s[i - 1]) &&
		    letter(s[i + 1]) && below(3) == 0)
			fputc('_', fp);
		else if ((s[i] == ',' || s[i] == '.') && (i + 1 == n ||
		    s[i + 1] == ' ')) {
			fputc(' ', fp);
			fputc(s[i], fp);
		} else
			fputc(s[i], fp);
	}
}

static void
write_body(FILE *fp, int seg, int nfd, size_t want_words)
{
	size_t words = 0;

	while (words < want_words) {
		const struct para *p = &paras[below(npara)];

		if (nfd) {
			size_t m = 0;
			uint8_t *d = u8_normalize(UNINORM_NFD,
			    (const uint8_t *)p->s, p->n, NULL, &m);

			if (d == NULL)
				die("cannot normalize", "");
			if (seg)
				segment(fp, (const char *)d, m);
			else
				fwrite(d, 1, m, fp);
			free(d);
		} else if (seg)
			segment(fp, p->s, p->n);
		else
			fwrite(p->s, 1, p->n, fp);
		fputs("\n\n", fp);
		words += p->words;
	}
}

static void
copy_source(const char *src, const char *out)
{
	char from[8192], to[8192], dir[4096];
	struct dirent *e;
	size_t len;
	char *b;
	DIR *d;

	snprintf(from, sizeof from, "%s/topics.yaml", src);
	snprintf(to, sizeof to, "%s/topics.yaml", out);
	b = slurp(from, &len);
	spit(to, b, len);
	free(b);
	snprintf(dir, sizeof dir, "%s/articles", src);
	if ((d = opendir(dir)) == NULL)
		die("cannot open", dir);
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(from, sizeof from, "%s/%s", dir, e->d_name);
		snprintf(to, sizeof to, "%s/articles/%s", out, e->d_name);
		b = slurp(from, &len);
		spit(to, b, len);
		free(b);
	}
	closedir(d);
}

static void
mkdir_or_die(const char *p)
{
	if (mkdir(p, 0755) != 0 && errno != EEXIST)
		die("cannot create", p);
}

int
main(int argc, char **argv)
{
	static const char *const sources[] = {
		"VnExpress", "Tuổi Trẻ", "Thanh Niên", "VOV", "VTV",
		"Nhân Dân", "Báo Chính phủ", "Sài Gòn Tiếp Thị",
	};
	char path[8192];
	unsigned long long n, one = 0;

	if (argc < 4 || argc > 5) {
		fputs("usage: gen SRC OUT N [SEED] | gen SRC OUT --one BYTES\n",
		    stderr);
		return 2;
	}
	if (strcmp(argv[3], "--one") == 0) {
		if (argc != 5)
			return 2;
		one = strtoull(argv[4], NULL, 10);
		n = 1;
	} else
		n = strtoull(argv[3], NULL, 10);
	rng = argc == 5 && one == 0 ? strtoull(argv[4], NULL, 10) : 1973;
	load(argv[1]);
	mkdir_or_die(argv[2]);
	snprintf(path, sizeof path, "%s/articles", argv[2]);
	mkdir_or_die(path);
	copy_source(argv[1], argv[2]);

	for (unsigned long long i = 0; i < n; i++) {
		int seg = below(2) == 0, nfd = below(10) == 0;
		unsigned y = 1973 + (unsigned)below(53);
		unsigned m = 1 + (unsigned)below(12), day = 1 + (unsigned)below(28);
		FILE *fp;

		snprintf(path, sizeof path, "%s/articles/g%07llu.txt", argv[2],
		    i);
		if ((fp = fopen(path, "wb")) == NULL)
			die("cannot write", path);
		fprintf(fp, "---\nid: g%07llu\ntitle: Bài tổng hợp %llu về "
		    "quan hệ Việt Nam – Nhật Bản\ndate: %04u-%02u-%02u\n"
		    "source: %s\nsegmented: %s\n---\n", i, i + 1, y, m, day,
		    sources[below(sizeof sources / sizeof sources[0])],
		    seg ? "true" : "false");
		if (one > 0) {
			/* One article of about that many bytes: paragraphs
			 * until the size is reached. */
			while ((unsigned long long)ftell(fp) < one)
				write_body(fp, 0, 0, 1);
		} else
			write_body(fp, seg, nfd, 400 + below(801));
		if (fclose(fp) != 0)
			die("cannot write", path);
	}
	return 0;
}
