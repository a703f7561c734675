/*
 * wrap: display widths and line breaking of sanitized UTF-8 text, in
 * terminal columns exactly as ncurses draws them: per code point the width
 * glibc's wcwidth gives (uc_width, corrected by a small table where the two
 * disagree), summed per grapheme cluster; zero-width marks ride on their
 * base.
 *
 * Pure functions on byte ranges: no curses, no locale.  Text is never cut
 * inside a grapheme cluster, so a letter and its marks stay together.
 */
#ifndef HOSO_WRAP_H
#define HOSO_WRAP_H

#include <stddef.h>

/* Columns of s[0..len). */
int wrap_width(const char *s, size_t len);

/* Byte offset of the grapheme boundary after pos (len at the end); pos
 * is a boundary (0 or a value this returned).  A flag, two regional
 * indicators U+1F1E6-1F1FF, is one cluster (libunistring 1.0 alone would
 * split it); in a run of them they pair from the start and an odd last
 * one is a cluster of its own. */
size_t wrap_next_grapheme(const char *s, size_t len, size_t pos);

/* Longest prefix of s[0..len) ending at a grapheme boundary whose width
 * is at most cols; returns its byte length and stores its width in *width
 * (may be NULL).  0 when the first cluster alone is wider than cols. */
size_t wrap_fit(const char *s, size_t len, int cols, int *width);

/* One display line: bytes [start, end) of the wrapped text (trailing
 * spaces excluded) and their width. */
struct wrap_line {
	size_t start, end;
	int width;
};

/* Wraps one paragraph s[0..len) (no LF inside) into lines of at most cols
 * columns (cols >= 1), appending to *lines (a heap array with *n used and
 * *cap allocated; grown with util_grow).  Breaks only where UAX #14
 * (u8_possible_linebreaks) allows, so TP.HCM and 1.200.000 stay whole; a
 * token wider than the line is split at grapheme boundaries; spaces at a
 * break are not drawn.  A cluster wider than cols (a flag or a wide
 * character at cols 1) is never cut and never replaced: it goes on a line
 * of its own, the only kind of line allowed to be wider than cols, and
 * every other line stays within cols.  An empty paragraph gives one empty
 * line.  Returns the number of lines appended. */
size_t wrap_paragraph(const char *s, size_t len, int cols,
    struct wrap_line **lines, size_t *n, size_t *cap);

#endif
