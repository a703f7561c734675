/*
 * corpus: the articles, one file each, DIR/articles/NAME.txt:
 *
 *   ---
 *   title: ...            (required)
 *   date: YYYY-MM-DD | YYYY-MM | YYYY
 *   source, author, url:  optional strings
 *   segmented: true|false optional; detected when absent
 *   id: slug              defaults to the file name's stem; [a-z0-9][a-z0-9-]{0,63}
 *   encoding: NAME        optional: UTF-8 (the default), TCVN5712-1, VNI-WIN,
 *                         VISCII or CP1258 (iconv's spelling, any case); on a
 *                         line of its own, since it is read before decoding
 *   ---
 *   body, paragraphs separated by blank lines
 *
 * A file that declares no encoding and is not valid UTF-8 is decoded from
 * the one legacy encoding in which it reads as Vietnamese, if there is
 * exactly one; double-encoded UTF-8 is repaired (text/legacy.h).  Each
 * is a warning naming the encoding.
 *
 * The stored text of an article is its body after text_clean (repaired,
 * NFC, sanitized, de-segmented when segmented): paragraphs joined by one
 * LF, lines inside a paragraph joined by a space.  Every offset anywhere
 * in hoso (mentions, search hits, quotes, reading positions) is a byte
 * offset into that stored text.  `folded` is its FOLD_ALL fold.
 */
#ifndef HOSO_CORPUS_H
#define HOSO_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "diag.h"
#include "ids.h"

#define CORPUS_MAX_ARTICLE_BYTES (1024 * 1024 * 1024)

struct mention;
struct index_count;

struct article {
	char *id, *path;
	char *title, *source, *author, *url;	/* "" when absent */
	char *date_str;				/* as written, or "" */
	struct date date;
	int segmented;
	char *text;			/* stored text, NUL-terminated */
	size_t len;
	size_t *para;			/* start offset of each paragraph */
	size_t npara;
	char *folded;			/* FOLD_ALL of text */
	size_t flen;
	size_t *fpara;			/* folded offset of each paragraph */
	/* Filled in by the dossier as they are needed (dossier.h): a row of
	 * a list has its metadata; an opened article its text too, and its
	 * mentions (by start); the topics' dots want only its counts. */
	unsigned char have_row, have_body, have_topics;
	struct mention *m;
	size_t nm;
	struct index_count *topics;	/* most mentions first */
	size_t ntopics;
};

struct corpus {
	char *dir;
	struct article *v;		/* newest first, then by id */
	size_t n;
	struct ids by_id;		/* for corpus_find */
};

/* The names of the article files of dir/articles (NAME.txt, not hidden),
 * sorted by bytes: a heap array of heap strings, or NULL with an error in
 * d when the directory cannot be read.  A hidden NAME.txt, a bare .txt
 * and a symbolic link that resolves outside dir are left out with a
 * warning each (see corpus_names.c). */
char **corpus_list_names(const char *dir, size_t *n, struct diag *d);
/* Loads every .txt file in dir/articles.  Bad articles are reported and
 * skipped.  Returns -1 only when the directory cannot be read. */
int corpus_load(struct corpus *c, const char *dir, struct diag *d);
void corpus_free(struct corpus *c);
/* Index of the article with this id, or (size_t)-1. */
size_t corpus_find(const struct corpus *c, const char *id);
/* Paragraph that contains byte offset off. */
size_t corpus_para_at(const struct article *a, size_t off);
/* Paragraph that contains byte offset foff of the folded text. */
size_t corpus_fpara_at(const struct article *a, size_t foff);
/* The FOLD_ALL offset map of paragraph p (heap, see fold_text): folded
 * byte fpara[p] + i comes from text byte para[p] + map[i]. */
uint32_t *corpus_para_map(const struct article *a, size_t p);
/* End offset (exclusive, without the LF) of paragraph p. */
size_t corpus_para_end(const struct article *a, size_t p);
/* The passage around bytes [start, end) of the stored text: the sentence
 * that holds them within their paragraph, reaching at most
 * TEXT_PASSAGE_REACH bytes either side (text_passage). */
void corpus_passage(const struct article *a, size_t start, size_t end,
    size_t *pstart, size_t *pend);

/* Reads and parses the article at path (a regular file, at most
 * CORPUS_MAX_ARTICLE_BYTES): 0, or -1 with its diagnostics in d. */
int corpus_read_article(struct article *a, const char *path, struct diag *d);
/* Parses one article from memory (for tests and corpus_load). */
int corpus_parse_article(struct article *a, const char *path,
    const char *buf, size_t len, struct diag *d);
void corpus_free_article(struct article *a);

#endif
