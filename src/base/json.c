/*
 * json: JSON string escaping (see include/base/json.h).  Beyond what JSON
 * requires, DEL and the C1 controls (U+0080..U+009F) are escaped too:
 * valid in a JSON string, they would still be commands to a terminal
 * that a line of JSON Lines is printed on as it is.
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
		size_t skip = 1;

		if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f &&
		    c != 0xc2)
			continue;
		if (c == 0xc2) {
			/* U+0080..U+009F are C2 80..C2 9F in UTF-8. */
			if (i + 1 >= n || (unsigned char)s[i + 1] < 0x80 ||
			    (unsigned char)s[i + 1] > 0x9f)
				continue;
			c = (unsigned char)s[i + 1];
			skip = 2;
		}
		/* The bytes since the last escape go in at once. */
		util_buf_add(b, s + run, i - run);
		run = i + skip;
		if (c >= 0x20 && c < 0x7f) {
			esc[1] = (char)c;
			util_buf_add(b, esc, 2);
		} else {
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 0xf];
			util_buf_add(b, esc, 6);
		}
		i += skip - 1;
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
