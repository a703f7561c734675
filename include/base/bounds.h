/*
 * bounds: the caps that keep the work of one article, one topic and one
 * map linear in their size, whatever the input asks for.  All of them in
 * one place, because man/hoso.1 (LIMITS) states them and a test reads
 * the numbers there; what a cap drops is said in a warning, once per
 * article or topic, never silently.
 */
#ifndef HOSO_BOUNDS_H
#define HOSO_BOUNDS_H

/* Topic mentions kept per article: a map whose keywords match every word
 * (1,000 topics of "và") would otherwise ask for words × topics of them.
 * The scan stops at the cap, so the rest of the article costs nothing. */
#define HOSO_MAX_MENTIONS 100000

/* A keyword's size: the scan tries, at each word of a text, the keywords
 * that start there one word longer at a time, so their length in words
 * bounds the work per word, and in bytes each comparison.  A Vietnamese
 * word is a syllable: "Đối tác Chiến lược Toàn diện vì Hòa bình và Thịnh
 * vượng tại châu Á và trên Thế giới" is 19 of them. */
#define HOSO_MAX_KEYWORD_WORDS 32
#define HOSO_MAX_KEYWORD_BYTES 512

/* Passages a topic's page (--topic, the reader) shows of one article;
 * the article itself holds the rest. */
#define HOSO_MAX_PASSAGES 100

/* Matches --search prints, and the reader's results list, of one
 * article: a word in every sentence of a 50 MB article is not a list. */
#define HOSO_MAX_HITS 1000

/* Timeline quotes are looked for in an article until the search has read
 * HOSO_QUOTE_READ_FACTOR times its text or HOSO_QUOTE_READ_MIN bytes,
 * whichever is more (each quote costs at most one reading of it); the
 * quotes after that are not looked for, and their sources open the
 * article at its start. */
#define HOSO_QUOTE_READ_FACTOR 64
#define HOSO_QUOTE_READ_MIN (64ull * 1024 * 1024)

#endif
