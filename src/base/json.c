/*
 * json: JSON string escaping (see include/base/json.h).  Only what JSON
 * requires is escaped: a script's JSON parser reads the UTF-8 as it is.
 */
#include "json.h"

#include <string.h>

void
json_str(struct util_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0;

	util_buf_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[6] = { '\\', 'u', '0', '0', 0, 0 };

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		/* The bytes since the last escape go in at once. */
		util_buf_add(b, s + run, i - run);
		run = i + 1;
		if (c >= 0x20) {
			esc[1] = (char)c;
			util_buf_add(b, esc, 2);
		} else {
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 0xf];
			util_buf_add(b, esc, 6);
		}
	}
	util_buf_add(b, s + run, n - run);
	util_buf_addc(b, '"');
}

void
json_strz(struct util_buf *b, const char *s)
{
	if (s == NULL)
		util_buf_adds(b, "null");
	else
		json_str(b, s, strlen(s));
}
