/*
 * typed: a query read as Vietnamese typed raw with an input method that
 * did not run: Telex (thij thuwcj, Vieetj, ddaauf), VNI (the63, d9i) or
 * VIQR (the^?, Vie^.t, DDa`).
 *
 *   Telex  tones s f r x j (z: none); aa ee oo â ê ô; aw ă; ow uw ơ ư,
 *          uow ươ, w alone ư; dd đ
 *   VNI    tones 1 2 3 4 5 (sắc huyền hỏi ngã nặng); 6 circumflex,
 *          7 horn, 8 breve, 9 đ (d9)
 *   VIQR   tones ' ` ? ~ . ; ^ circumflex, ( breve, + horn; dd đ
 *
 * Each chunk of the query between spaces is read alone, by the first
 * method whose reading is one well-formed syllable (vnsyl_parse) other
 * than the chunk itself; plain words (visa, ODA, FDI, Kishida, hop) have
 * none and stay as typed.  The caller can veto a chunk that is a word of
 * its corpus as written (a Telex reading of "boong" is "bông").
 */
#ifndef HOSO_TYPED_H
#define HOSO_TYPED_H

#include <stddef.h>

#include "util.h"

/* 1 if the chunk w[0..n) is a word in its own right (keep it). */
typedef int (*typed_keep_fn)(void *ctx, const char *w, size_t n);

/* Appends the reading of q[0..len) to out and returns the number of
 * chunks it decoded (0: out holds q unchanged).  keep may be NULL. */
size_t typed_read(const char *q, size_t len, typed_keep_fn keep, void *ctx,
    struct util_buf *out);

#endif
