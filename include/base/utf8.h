/*
 * utf8: the program's one UTF-8 decoder and encoder.  Inline, because the
 * text passes call the decoder once per non-ASCII character and their speed
 * is the load time of a corpus.
 *
 * Valid means what text_repair keeps: a shortest-form, non-surrogate scalar
 * value of at most U+10FFFF.  Every caller consumes exactly one byte when
 * utf8_decode says 0, which is what makes every pass advance on any input.
 */
#ifndef HOSO_UTF8_H
#define HOSO_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu
#define UTF8_MAX 4			/* bytes of one encoded scalar value */

/* Decodes one scalar value at s[0..n), n >= 1.  Returns its length, or 0
 * when s[0] does not start a valid sequence (*cp is then untouched). */
static inline size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2)
		return 0;
	if (c < 0xE0) {
		if (n < 2 || (s[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0) {
		if (c == 0xE0)
			lo = 0xA0;	/* overlong */
		else if (c == 0xED)
			hi = 0x9F;	/* surrogates */
		if (n < 3 || s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x0F) << 12) |
		    ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		return 3;
	}
	if (c < 0xF5) {
		if (c == 0xF0)
			lo = 0x90;	/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;	/* beyond U+10FFFF */
		if (n < 4 || s[1] < lo || s[1] > hi ||
		    (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x07) << 18) |
		    ((uint32_t)(s[1] & 0x3F) << 12) |
		    ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return 4;
	}
	return 0;
}

/* For input that should be valid: a bad byte reads as U+FFFD of length 1. */
static inline size_t
utf8_get(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t k = utf8_decode(s, n, cp);

	if (k == 0) {
		*cp = UTF8_REPLACEMENT;
		k = 1;
	}
	return k;
}

/* Encodes cp (a scalar value; anything else becomes U+FFFD) into
 * out[0..UTF8_MAX); returns the number of bytes written. */
static inline size_t
utf8_encode(uint32_t cp, char out[UTF8_MAX])
{
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = UTF8_REPLACEMENT;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The scalar value that ends at s[pos] (pos > 0) and where it starts;
 * a byte that ends no valid sequence reads as U+FFFD of length 1. */
static inline size_t
utf8_prev(const char *s, size_t pos, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = pos - 1;

	*cp = UTF8_REPLACEMENT;
	while (i > 0 && pos - i < UTF8_MAX && (u[i] & 0xC0) == 0x80)
		i--;
	if (utf8_decode(u + i, pos - i, cp) == pos - i)
		return i;
	*cp = UTF8_REPLACEMENT;	/* a shorter sequence may have set it */
	return pos - 1;
}

/* Where a cut of s[0..n) may fall without splitting a character: n, or
 * the start of a multi-byte sequence that n would cut short.  Looks back
 * at most UTF8_MAX - 1 bytes. */
static inline size_t
utf8_boundary(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = n, need;

	while (i > 0 && n - i < UTF8_MAX - 1 && (u[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0)
		return n;
	if (u[i - 1] >= 0xC2 && u[i - 1] < 0xE0)
		need = 2;
	else if (u[i - 1] >= 0xE0 && u[i - 1] < 0xF0)
		need = 3;
	else if (u[i - 1] >= 0xF0 && u[i - 1] < 0xF5)
		need = 4;
	else
		return n;
	return n - (i - 1) < need ? i - 1 : n;
}

#endif
