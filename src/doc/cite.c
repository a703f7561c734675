/*
 * cite: passages with their citations (see include/doc/cite.h).
 */
#include "cite.h"

#include <string.h>

/* Characters that would start Markdown syntax inside running text. */
static void
md_escaped(struct util_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (strchr("\\`*_[]<>#|", s[i]) != NULL && s[i] != '\0')
			util_buf_addc(b, '\\');
		util_buf_addc(b, s[i] == '\n' ? ' ' : s[i]);
	}
}

static void
flat(struct util_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		util_buf_addc(b, s[i] == '\n' ? ' ' : s[i]);
}

/* ", Source, 2023-11-27" with what there is. */
static void
source_date(struct util_buf *b, const struct article *a, int md)
{
	if (a->source[0] != '\0') {
		util_buf_adds(b, ", ");
		if (md)
			md_escaped(b, a->source, strlen(a->source));
		else
			util_buf_adds(b, a->source);
	}
	if (a->date_str[0] != '\0')
		util_buf_printf(b, ", %s", a->date_str);
}

void
cite_passage(struct util_buf *b, const struct article *a, const char *text,
    size_t n, enum cite_form form)
{
	if (form == CITE_PLAIN) {
		util_buf_adds(b, "“");
		flat(b, text, n);
		util_buf_printf(b, "” — %s", a->title);
		/* The title's full stop, then the rest as a list. */
		if (a->source[0] != '\0' || a->date_str[0] != '\0') {
			size_t at = b->len;

			source_date(b, a, 0);
			b->data[at] = '.';
		}
		if (a->url[0] != '\0')
			util_buf_printf(b, ". %s", a->url);
		util_buf_addc(b, '\n');
		return;
	}
	util_buf_adds(b, "> ");
	md_escaped(b, text, n);
	util_buf_adds(b, "\n>\n> — ");
	if (a->url[0] != '\0') {
		util_buf_addc(b, '[');
		md_escaped(b, a->title, strlen(a->title));
		util_buf_printf(b, "](<%s>)", a->url);
	} else {
		util_buf_addc(b, '*');
		md_escaped(b, a->title, strlen(a->title));
		util_buf_addc(b, '*');
	}
	source_date(b, a, 1);
	util_buf_addc(b, '\n');
}
