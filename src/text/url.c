/*
 * url: the address scanner and the check of an address about to leave the
 * program (see include/text/url.h).
 */
#include "url.h"

#include <string.h>

static const char *const schemes[] = { "https://", "http://", "mailto:" };
#define NSCHEMES (sizeof schemes / sizeof schemes[0])

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
alnum(int c)
{
	return (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z');
}

static int
url_byte(unsigned char c)
{
	return c > 0x20 && c < 0x7f && strchr("<>\"`{}|\\^", c) == NULL;
}

/* The length of the scheme s[0..n) starts with (any case), or 0. */
static size_t
scheme_at(const char *s, size_t n)
{
	for (size_t i = 0; i < NSCHEMES; i++) {
		size_t k = strlen(schemes[i]), j = 0;

		if (k > n)
			continue;
		while (j < k && lower((unsigned char)s[j]) == schemes[i][j])
			j++;
		if (j == k)
			return k;
	}
	return 0;
}

static size_t
count(const char *s, size_t n, char c)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += s[i] == c;
	return k;
}

/* Where the address starting at s ends, s[0..n) being URL bytes: without
 * the sentence's punctuation and unbalanced closers. */
static size_t
trim(const char *s, size_t n)
{
	while (n > 0) {
		char c = s[n - 1];

		if (strchr(".,;:!?'", c) != NULL)
			n--;
		else if (c == ')' && count(s, n, ')') > count(s, n, '('))
			n--;
		else if (c == ']' && count(s, n, ']') > count(s, n, '['))
			n--;
		else
			break;
	}
	return n;
}

/* Whether a[0..n), scheme of length k included, is an address and not a
 * scheme alone: a host after //, a mailbox with an @ inside after mailto:. */
static int
has_body(const char *a, size_t n, size_t k)
{
	const char *at;

	if (n == k)
		return 0;
	if (a[k - 1] == '/')
		return alnum((unsigned char)a[k]);
	at = memchr(a + k, '@', n - k);
	return at != NULL && at > a + k && at < a + n - 1;
}

int
url_next(const char *s, size_t n, size_t from, size_t *start, size_t *end)
{
	for (size_t i = from; i < n; i++) {
		size_t k, j, len;

		if (lower((unsigned char)s[i]) != 'h' &&
		    lower((unsigned char)s[i]) != 'm')
			continue;
		/* In the middle of a word ("xhttp://") it is not one. */
		if (i > 0 && (alnum((unsigned char)s[i - 1]) ||
		    s[i - 1] == '/' || s[i - 1] == '@'))
			continue;
		k = scheme_at(s + i, n - i);
		if (k == 0)
			continue;
		j = i + k;
		while (j < n && url_byte((unsigned char)s[j]))
			j++;
		len = trim(s + i, j - i);
		if (len < k || !has_body(s + i, len, k)) {
			i = j > i ? j - 1 : i;
			continue;
		}
		*start = i;
		*end = i + len;
		return 0;
	}
	return -1;
}

enum url_verdict
url_check(const char *u, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!url_byte((unsigned char)u[i]))
			return URL_BAD_CHAR;
	if (n == 0 || scheme_at(u, n) == 0)
		return URL_BAD_SCHEME;
	return URL_OK;
}
