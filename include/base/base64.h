/*
 * base64: the standard alphabet with padding (RFC 4648), for the OSC 52
 * sequence that hands copied text to the terminal's clipboard.
 */
#ifndef HOSO_BASE64_H
#define HOSO_BASE64_H

#include <stddef.h>

#include "util.h"

/* Appends the encoding of s[0..n) to b. */
void base64_append(struct util_buf *b, const void *s, size_t n);

#endif
