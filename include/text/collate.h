/*
 * collate: Vietnamese dictionary order (Vietlex, Hoàng Phê), without
 * glibc's vi_VN locale (usually absent, and wrong for letters with two
 * marks).
 *
 * Words (cut at white space, no-break spaces included) are compared one
 * at a time, all of a word before the next: "ba d" < "bá c".  Within a
 * word the letters decide first: a ă â b c d đ e ê (f) g h i (j) k l m n o
 * ô ơ p q r s t u ư v (w) x y (z), ð as đ; punctuation inside a word
 * before digits, digits before letters, other scripts after Latin by code
 * point; a run of digits is one number, compared by value.  Then the
 * tones: none, huyền, hỏi, ngã, sắc, nặng, wherever the mark sits (hòa
 * and hoà are one word).  After every word, lowercase before uppercase.
 * Punctuation at the start or end of a word (quotes, brackets, full stops)
 * and format characters (zero-width space, soft hyphen) count only when
 * all else is equal, as does any other difference of spelling.
 */
#ifndef HOSO_COLLATE_H
#define HOSO_COLLATE_H

#include <stddef.h>

/* A heap byte string whose memcmp order (shorter prefix first) is the
 * collation order of s[0..len) (valid UTF-8, NFC or NFD).  Two strings
 * have one key when they differ only in NFC/NFD, tone placement, or ð/Ð
 * for đ/Đ. */
unsigned char *collate_key(const char *s, size_t len, size_t *keylen);

/* Compares two NUL-terminated strings by their keys. */
int collate_cmp(const char *a, const char *b);

#endif
