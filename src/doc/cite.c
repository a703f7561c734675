/*
 * cite: passages with their citations, and the Markdown text every
 * Markdown hoso writes goes through (see include/doc/cite.h).
 */
#include "cite.h"

#include <string.h>

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * s[0..n) as Markdown text on one line: white space of any kind is one
 * space (a line break inside would end a block), the ends trimmed (two
 * trailing spaces are a hard break, four leading ones code).  Escaped
 * everywhere: what opens emphasis, code, links, HTML, entities, tables
 * and strike-through; at the start of the line also what opens a
 * heading, a list or a quote.
 */
void
cite_md_text(struct util_buf *b, const char *s, size_t n, int where)
{
	int line_start = where & CITE_MD_START;
	size_t i = 0, start;

	while (i < n && is_space(s[i]))
		i++;
	while (n > i && is_space(s[n - 1]))
		n--;
	start = i;
	for (; i < n; i++) {
		char c = s[i];

		if (is_space(c)) {
			while (i + 1 < n && is_space(s[i + 1]))
				i++;
			util_buf_addc(b, ' ');
			continue;
		}
		/* Not every Markdown takes "\\&" and "\\~" for escapes
		 * (kramdown does not): these two go as entities. */
		if (c == '&' || c == '~') {
			util_buf_adds(b, c == '&' ? "&amp;" : "&#126;");
			continue;
		}
		/* "#" also mid-line: at the end of a heading it would be
		 * taken for a closing sequence and dropped; there, as the
		 * last character, even "\\#" is (by mdl), so it is an
		 * entity. */
		if (c == '#' && i + 1 == n && (where & CITE_MD_END)) {
			util_buf_adds(b, "&#35;");
			continue;
		}
		if (strchr("\\`*_[]<>|#", c) != NULL)
			util_buf_addc(b, '\\');
		else if (line_start && i == start && strchr("+-=>", c) != NULL)
			util_buf_addc(b, '\\');
		else if (line_start && (c == '.' || c == ')') && i > start &&
		    s[i - 1] >= '0' && s[i - 1] <= '9') {
			/* "1. " or "1) " opens an ordered list when only
			 * digits come before it on the line. */
			size_t k = start;

			while (k < i && s[k] >= '0' && s[k] <= '9')
				k++;
			if (k == i)
				util_buf_addc(b, '\\');
		}
		util_buf_addc(b, c);
	}
}

void
cite_md_textz(struct util_buf *b, const char *s, int where)
{
	cite_md_text(b, s, strlen(s), where);
}

/* An autolink <URL> when the URL can be one (CommonMark's rule: a
 * scheme, then no space, no control, no angle bracket), else text. */
void
cite_md_url(struct util_buf *b, const char *url)
{
	const char *colon = strchr(url, ':');
	int ok = colon != NULL && colon - url >= 2 && colon - url <= 32 &&
	    ((*url >= 'a' && *url <= 'z') || (*url >= 'A' && *url <= 'Z'));

	for (const char *p = url + 1; ok && p < colon; p++)
		ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '+' || *p == '.' ||
		    *p == '-';
	for (const char *p = url; ok && *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || *p == '<' || *p == '>' ||
		    *p == 0x7f)
			ok = 0;
	if (!ok) {
		cite_md_textz(b, url, 0);
		return;
	}
	util_buf_printf(b, "<%s>", url);
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
			cite_md_textz(b, a->source, 0);
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
	cite_md_text(b, text, n, CITE_MD_START);
	util_buf_adds(b, "\n>\n> — ");
	if (a->url[0] != '\0') {
		util_buf_addc(b, '[');
		cite_md_textz(b, a->title, 0);
		util_buf_adds(b, "](");
		cite_md_url(b, a->url);
		util_buf_addc(b, ')');
	} else {
		util_buf_addc(b, '*');
		cite_md_textz(b, a->title, 0);
		util_buf_addc(b, '*');
	}
	source_date(b, a, 1);
	util_buf_addc(b, '\n');
}
