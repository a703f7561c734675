/*
 * cite: a passage of an article with the citation a reader pastes with
 * it (y and Y in the reader): its title, source, date and address.
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

#endif
