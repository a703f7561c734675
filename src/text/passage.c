/*
 * passage: sentences and the passages around a match, as byte ranges of
 * one paragraph (see include/text/passage.h).
 *
 * Only ASCII bytes and the UTF-8 of a few punctuation marks (… ” ’ »)
 * decide where a sentence ends, so the scan compares bytes and never
 * decodes.  A sentence starts after ASCII white space and ends at it (or
 * at an end of the paragraph), so its bounds are character boundaries.
 */
#include "passage.h"

#include <string.h>

#include <unictype.h>

#include "ascii.h"
#include "utf8.h"

static inline int
is_sentence_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

/*
 * Abbreviations that end in a full stop without ending a sentence: titles
 * before names (PGS. TS. Nguyễn Văn A, Tp. Hồ Chí Minh) and a few English
 * ones.  A single capital letter (an initial) counts too.  Kept short on
 * purpose: a wrong guess only makes one passage a sentence longer.
 */
static const char *const abbreviations[] = {
	"BS", "Dr", "GS", "KS", "Mr", "Mrs", "Ms", "PGS", "St", "TP", "TS",
	"ThS", "Tp", "tr",
};

static int
is_abbreviation(const char *w, size_t n)
{
	size_t i;

	if (n == 1 && ascii_upper((unsigned char)w[0]))
		return 1;
	for (i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++)
		if (strlen(abbreviations[i]) == n &&
		    memcmp(abbreviations[i], w, n) == 0)
			return 1;
	return 0;
}

/* Whether a sentence ends just before s[e]: a terminator, then perhaps
 * closing quotes or brackets, then s[e] (white space). */
static int
ends_before(const char *s, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = e, w;

	for (;;) {
		if (j > 0 && in_set(s[j - 1], ")]}\"'"))
			j--;
		else if (j >= 3 && u[j - 3] == 0xE2 && u[j - 2] == 0x80 &&
		    (u[j - 1] == 0x9D || u[j - 1] == 0x99))
			j -= 3;		/* ” ’ */
		else if (j >= 2 && u[j - 2] == 0xC2 && u[j - 1] == 0xBB)
			j -= 2;		/* » */
		else
			break;
	}
	if (j == 0)
		return 0;
	if (s[j - 1] == '!' || s[j - 1] == '?')
		return 1;
	if (j >= 3 && u[j - 3] == 0xE2 && u[j - 2] == 0x80 && u[j - 1] == 0xA6)
		return 1;	/* … */
	if (s[j - 1] != '.')
		return 0;
	w = j - 1;
	while (w > 0 && (ascii_upper(u[w - 1]) || ascii_lower(u[w - 1])))
		w--;
	if (w < j - 1 && (w == 0 || (!ascii_alnum(u[w - 1]) &&
	    u[w - 1] < 0x80)) && is_abbreviation(s + w, j - 1 - w))
		return 0;
	return 1;
}

void
text_sentence(const char *s, size_t len, size_t pos, size_t *start,
    size_t *end)
{
	size_t i, b = 0, e = len;

	if (pos > len)
		pos = len;
	for (i = pos; i > 0; i--) {
		if (is_sentence_space(s[i - 1]) && ends_before(s, i - 1)) {
			b = i - 1;
			break;
		}
	}
	while (b < len && is_sentence_space(s[b]))
		b++;
	for (i = b; i < len; i++) {
		if (is_sentence_space(s[i]) && ends_before(s, i)) {
			e = i;
			break;
		}
	}
	*start = b;
	*end = e < b ? b : e;
}

/* Whether s[i] starts a combining mark (which rides on the letter
 * before it). */
static int
mark_at(const char *s, size_t len, size_t i, size_t *n)
{
	uint32_t c;

	if (i >= len)
		return 0;
	*n = utf8_get((const unsigned char *)s + i, len - i, &c);
	return uc_is_general_category(c, UC_CATEGORY_M);
}

void
text_passage(const char *para, size_t plen, size_t start, size_t end,
    size_t *ps, size_t *pe)
{
	size_t lo = 0, hi = plen, s, e;

	if (end > plen)
		end = plen;
	if (start > end)
		start = end;
	if (start > TEXT_PASSAGE_REACH)
		lo = utf8_boundary(para, start - TEXT_PASSAGE_REACH);
	if (plen - end > TEXT_PASSAGE_REACH)
		hi = utf8_boundary(para, end + TEXT_PASSAGE_REACH);
	/* A reach that ends inside a letter's marks (a flood of them) must
	 * not start a passage with marks on nothing, nor end it with the
	 * letter bare: the cut moves to the letter's edge, within reach. */
	for (size_t n; lo > 0 && lo < start && mark_at(para, plen, lo, &n);)
		lo += n;
	if (hi < plen) {
		size_t n, h = hi;

		while (h > end && mark_at(para, plen, h, &n))
			h = utf8_prev(para, h, &(uint32_t){ 0 });
		if (h < hi && h > end)
			h = utf8_prev(para, h, &(uint32_t){ 0 });
		hi = h;
	}
	text_sentence(para + lo, hi - lo, start - lo, &s, &e);
	*ps = lo + s;
	*pe = lo + e;
	/* A match that runs past its sentence's end keeps its tail. */
	if (*pe < end)
		*pe = end;
}
