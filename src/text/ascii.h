/*
 * ascii: the byte classes that the text passes (de-segmentation,
 * sentences) test without decoding; private to src/text/.
 */
#ifndef HOSO_TEXT_ASCII_H
#define HOSO_TEXT_ASCII_H

#include <string.h>

/* strchr would also find the NUL. */
static inline int
in_set(char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

static inline int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static inline int
ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

static inline int
ascii_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
ascii_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static inline int
ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

#endif
