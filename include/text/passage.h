/*
 * passage: sentences, and the passage shown around a match, as byte
 * ranges of one paragraph of cleaned text; src/text/passage.c.
 */
#ifndef HOSO_PASSAGE_H
#define HOSO_PASSAGE_H

#include <stddef.h>

/* Sentence around byte offset pos of a paragraph s[0..len): *start is just
 * after the previous sentence end (". ", "! ", "? ", "… " or the start) with
 * leading spaces skipped, *end just after the sentence's own terminator and
 * any closing quotes or brackets after it (or len).  A full stop followed
 * by a non-space (TP.HCM, 1.200.000) ends nothing, nor does one after a
 * common abbreviation (TS., PGS., TP., Tp., ...) or a single capital. */
void text_sentence(const char *s, size_t len, size_t pos, size_t *start,
    size_t *end);

#endif
