/*
 * cite: a passage of an article with the citation a reader pastes with
 * it (y and Y in the reader): its title, source, date and address; and
 * content written as Markdown text, for those and for the briefs.
 */
#ifndef HOSO_CITE_H
#define HOSO_CITE_H

#include <stddef.h>

#include "corpus.h"
#include "util.h"

enum cite_form { CITE_PLAIN, CITE_MARKDOWN };

/* Appends text[0..n) (one passage; line breaks become spaces) and its
 * citation to b:
 *   plain:     “text” — Title. Source, 2023-11-27. https://…
 *   markdown:  > text
 *              >
 *              > — [Title](https://…), Source, 2023-11-27
 * Parts the article does not have are left out. */
void cite_passage(struct util_buf *b, const struct article *a,
    const char *text, size_t n, enum cite_form form);

/* Where Markdown text is written: first on its line, last on a
 * heading's (what may open a block, or close a heading, is escaped). */
enum { CITE_MD_START = 1, CITE_MD_END = 2 };
/* s[0..n) as Markdown text on one line, never markup: white space made
 * one space, the ends trimmed, every character that could open markup
 * escaped. */
void cite_md_text(struct util_buf *b, const char *s, size_t n, int where);
void cite_md_textz(struct util_buf *b, const char *s, int where);
/* An autolink <URL> when the URL can be one, else the URL as text. */
void cite_md_url(struct util_buf *b, const char *url);

#endif
