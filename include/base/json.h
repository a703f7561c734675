/*
 * json: JSON string literals for the headless modes' --format json.
 */
#ifndef HOSO_JSON_H
#define HOSO_JSON_H

#include <stddef.h>

#include "util.h"

/* Appends s[0..n) to b as a JSON string, quotes included: '"' and '\'
 * escaped, every control (C0, DEL and C1: U+0000..U+001F, U+007F..U+009F)
 * as \u00XX, all other bytes as they are, so valid UTF-8 stays valid
 * UTF-8. */
void json_str(struct util_buf *b, const char *s, size_t n);
/* The same for a NUL-terminated string; NULL is written as null. */
void json_strz(struct util_buf *b, const char *s);

#endif
