/*
 * url: the web and mail addresses in a text, and whether an address may
 * leave the program (to a browser, or into an OSC 8 hyperlink).
 *
 * An address is http://, https:// or mailto: (any case) where a word
 * starts, then the bytes allowed in a URL: printable ASCII but for space
 * and <>"`{}|\^.  Anything else ends it, so a non-ASCII letter or a
 * curly quote does; a URL in the corpus is written percent-encoded.  The
 * punctuation that ends a sentence (.,;:!?') is not part of an address it
 * ends, nor is a closing parenthesis or bracket the address did not open:
 * "(see https://a.vn/x)." is https://a.vn/x, but
 * "https://vi.wikipedia.org/wiki/Hu%E1%BA%BF_(th%C3%A0nh_ph%E1%BB%91)" keeps
 * its last parenthesis.
 */
#ifndef HOSO_URL_H
#define HOSO_URL_H

#include <stddef.h>

/* The first address in s[from..n): 0 and its bytes [*start, *end), or -1
 * when there is none. */
int url_next(const char *s, size_t n, size_t from, size_t *start,
    size_t *end);

enum url_verdict {
	URL_OK,				/* http, https or mailto, clean */
	URL_BAD_SCHEME,			/* another scheme (file:, javascript:) */
	URL_BAD_CHAR			/* a control byte, a space, ESC, BEL… */
};

/* Whether u[0..n) may be opened or written into an escape sequence: its
 * scheme is http, https or mailto in any case, and each byte is one the
 * scanner takes for a URL's (which rules out every control byte, space,
 * DEL and non-ASCII).  The byte check comes first: a URL with a control
 * byte is refused for that, whatever its scheme. */
enum url_verdict url_check(const char *u, size_t n);

#endif
