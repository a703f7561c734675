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

/* How far a passage reaches from its match, at most: a paragraph with no
 * sentence end must not make every passage (and its search) as long as
 * the paragraph. */
#define TEXT_PASSAGE_REACH 600

/* The passage shown for a match at bytes [start, end) of a paragraph
 * para[0..plen) of valid UTF-8: the sentence around the match (see
 * text_sentence), looked for no further than TEXT_PASSAGE_REACH bytes
 * either side of it, then stretched to the end of the match if the match
 * runs past that sentence's end.  Stores [*ps, *pe), character boundaries
 * with *ps <= start and end <= *pe when the match lies in the paragraph;
 * a match that does not (end > plen) is clamped to it. */
void text_passage(const char *para, size_t plen, size_t start, size_t end,
    size_t *ps, size_t *pe);

#endif
