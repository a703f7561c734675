/*
 * vitok: Vietnamese syllables as search tokens, for the persistent index
 * (an FTS5 tokenizer registered by the store) and anything else that must
 * agree with it.
 *
 * A token is a maximal run of letters, digits and combining marks.  Each
 * token of a document has two forms at the same position: folded (no
 * marks, no case, đ -> d; FOLD_ALL) and marked (lower case, marks kept,
 * NFC, the tone on its canonical vowel; FOLD_CASE); the marked form is
 * only given when it differs.  A query
 * syllable typed without marks looks up the folded form, one typed with
 * marks the marked form, so smart folding per syllable is one index
 * lookup.  Case is not indexed: a case-sensitive query is verified against
 * the article's own text, as every match is.
 */
#ifndef HOSO_VITOK_H
#define HOSO_VITOK_H

#include <stddef.h>
#include <stdint.h>

enum { VITOK_FOLDED = 1, VITOK_MARKED = 2 };

/* Called once per form; start/end are byte offsets into the input.
 * Returning non-zero stops the scan (vitok_scan returns that value). */
typedef int (*vitok_fn)(void *ctx, int form, const char *tok, size_t n,
    size_t start, size_t end);

/* Document mode: both forms of every token (the marked one flagged as
 * colocated by the caller).  Input: valid UTF-8. */
int vitok_scan_document(const char *s, size_t len, vitok_fn fn, void *ctx);

/* Query mode: one form per token, chosen by whether the syllable as typed
 * carries a diacritic (marked) or not (folded). */
int vitok_scan_query(const char *s, size_t len, vitok_fn fn, void *ctx);

/* A document's tokens, recorded to be replayed later in the same order
 * with the same forms and offsets: the index's worker threads tokenize,
 * its one writer replays.  bytes[at..at+n) is a token's text. */
struct vitok_tok {
	uint32_t at, n, start, end;
	int form;
};

struct vitok_list {
	struct vitok_tok *v;
	size_t n, cap;
	char *bytes;
	size_t len, bcap;
};

/* A cache of the marked forms already made, for a run of documents
 * (about 600 KB; one a thread: it is written as it is read). */
struct vitok_memo;
struct vitok_memo *vitok_memo_new(void);
void vitok_memo_free(struct vitok_memo *m);

/* Records vitok_scan_document(s, len) into l (emptied first), using and
 * filling the memo m (NULL: none): 0, or -1 (l empty) when an offset
 * does not fit 32 bits. */
int vitok_list_document(const char *s, size_t len, struct vitok_list *l,
    struct vitok_memo *m);
/* Calls fn for each recorded token, as vitok_scan_document would. */
int vitok_list_replay(const struct vitok_list *l, vitok_fn fn, void *ctx);
void vitok_list_free(struct vitok_list *l);

#endif
