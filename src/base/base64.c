/*
 * base64: see include/base/base64.h.
 */
#include "base64.h"

static const char digits[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void
base64_append(struct util_buf *b, const void *s, size_t n)
{
	const unsigned char *p = s;

	util_buf_reserve(b, (n + 2) / 3 * 4);
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16;
		size_t left = n - i;

		if (left > 1)
			v |= (unsigned)p[i + 1] << 8;
		if (left > 2)
			v |= p[i + 2];
		util_buf_addc(b, digits[v >> 18 & 63]);
		util_buf_addc(b, digits[v >> 12 & 63]);
		util_buf_addc(b, left > 1 ? digits[v >> 6 & 63] : '=');
		util_buf_addc(b, left > 2 ? digits[v & 63] : '=');
	}
}
