/*
 * collate: Vietnamese dictionary order, without glibc's vi_VN locale
 * (usually absent, and wrong for letters with two marks).
 *
 * Primary: base letters a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q
 * r s t u ư v (w) x y (z); digits before letters, spaces and punctuation
 * before digits, other scripts after Latin by code point.  Secondary: tone
 * none, huyền, hỏi, ngã, sắc, nặng.  Tertiary: lowercase before uppercase.
 */
#ifndef HOSO_COLLATE_H
#define HOSO_COLLATE_H

#include <stddef.h>

/* A heap byte string whose memcmp order (shorter prefix first) is the
 * collation order of s[0..len) (valid UTF-8, NFC or NFD). */
unsigned char *collate_key(const char *s, size_t len, size_t *keylen);

/* Compares two NUL-terminated strings by their keys. */
int collate_cmp(const char *a, const char *b);

#endif
