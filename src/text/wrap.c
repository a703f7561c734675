/*
 * wrap: terminal widths and greedy line filling (see include/text/wrap.h).
 *
 * The unit of text is the grapheme cluster (u8_grapheme_next): a line
 * boundary never falls inside one, so a base letter keeps its marks even
 * in NFD text.  A cluster's width is the sum of its code points' widths,
 * which is what ncurses does: a character of width 0 is stored in the
 * cell of the character before it.
 *
 * Code point widths are libunistring's uc_width with a short table of
 * exceptions where glibc's wcwidth (which ncursesw uses) disagrees; the
 * test compares every assigned code point with wcwidth in C.UTF-8, so
 * the table is checked rather than trusted.
 *
 * Break opportunities are libunistring's UAX #14 ones with rule LB29
 * put back (no break between "." and a letter), which libunistring leaves
 * out on purpose; without it "TP.HCM" would break after the dot.
 *
 * Line filling is one pass over the paragraph.  The state is the current
 * line, the end of its last non-space cluster (where the line would end if
 * cut now) and the last break opportunity UAX #14 allows.  When a cluster
 * does not fit, the line ends at that opportunity and the clusters already
 * seen after it become the start of the next line, so nothing is scanned
 * twice.  With no opportunity on the line the token is cut before the
 * cluster that does not fit; a cluster alone on a line is always taken,
 * whatever its width, so every line holds at least one cluster and the
 * loop always advances.
 */
#include "wrap.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unilbrk.h>
#include <unictype.h>
#include <uniwidth.h>

#include "util.h"
#include "utf8.h"

/*
 * Code points whose width in glibc 2.36's C.UTF-8 locale differs from
 * uc_width(cp, "UTF-8") in libunistring 1.0.  C0/C1 controls and U+2028/9
 * are left out: text_sanitize never lets them through.
 */
static const struct width_range {
	uint32_t first, last;
	int width;
} width_exceptions[] = {
	{ 0x00AD, 0x00AD, 1 },	/* soft hyphen: drawn as a hyphen */
	{ 0x0600, 0x0605, 1 },	/* Arabic prepended concatenation marks */
	{ 0x06DD, 0x06DD, 1 },
	{ 0x070F, 0x070F, 1 },
	{ 0x0890, 0x0891, 1 },
	{ 0x08E2, 0x08E2, 1 },
	{ 0x0CBF, 0x0CBF, 0 },	/* Kannada vowel signs */
	{ 0x0CC6, 0x0CC6, 0 },
	{ 0x3248, 0x324F, 2 },	/* circled numbers on black squares */
	{ 0x4DC0, 0x4DFF, 2 },	/* Yijing hexagram symbols */
	{ 0x110BD, 0x110BD, 1 },	/* Kaithi number signs */
	{ 0x110CD, 0x110CD, 1 },
	{ 0x11A07, 0x11A08, 0 },	/* Zanabazar square vowel signs */
	{ 0x11C3F, 0x11C3F, 0 },	/* Bhaiksuki sign virama */
};

static int
cp_width(ucs4_t c)
{
	size_t lo, hi, mid;
	int w;

	/* Latin and Vietnamese, the bulk of the text, need no lookup. */
	if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x300) ||
	    (c >= 0x1e00 && c < 0x1f00))
		return 1;
	if (c >= 0x300 && c < 0x370)
		return 0;
	lo = 0;
	hi = sizeof width_exceptions / sizeof width_exceptions[0];
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c < width_exceptions[mid].first)
			hi = mid;
		else if (c > width_exceptions[mid].last)
			lo = mid + 1;
		else
			return width_exceptions[mid].width;
	}
	w = uc_width(c, "UTF-8");
	return w < 0 ? 0 : w;
}

/* Width of s[0..len), which may be long: summed without overflow. */
static uint64_t
span_width(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s;
	uint64_t w = 0;
	size_t i = 0;
	ucs4_t c;

	while (i < len) {
		if (p[i] >= 0x20 && p[i] < 0x7f) {
			w++;
			i++;
			continue;
		}
		i += utf8_get(p + i, len - i, &c);
		w += (uint64_t)cp_width(c);
	}
	return w;
}

/* Line breaking class IS (infix separator) of UAX #14. */
static int
is_infix_sep(ucs4_t c)
{
	switch (c) {
	case ',': case '.': case ':': case ';':
	case 0x037e: case 0x0589: case 0x060c: case 0x060d: case 0x07f8:
	case 0x2044: case 0xfe10: case 0xfe13: case 0xfe14:
		return 1;
	}
	return 0;
}

/* Line breaking class AL or HL, as far as a letter after IS goes. */
static int
is_alphabetic(ucs4_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c != 0 && strchr("#&*<=>@\\^_`|~", (int)c) != NULL);
	/* Wide letters are ideographs and kana (class ID): breakable. */
	return uc_is_general_category(c, UC_CATEGORY_L) && cp_width(c) == 1;
}

/*
 * libunistring allows a break between IS and AL on purpose (to break
 * before the tag in "sentence.</P>"), which UAX #14 rule LB29 forbids and
 * which would cut "TP.HCM" after the dot.  Restores LB29.
 */
static void
forbid_infix_breaks(const uint8_t *p, size_t len, char *brk)
{
	size_t i;
	ucs4_t a, b;

	for (i = 1; i < len; i++) {
		if (brk[i] != UC_BREAK_POSSIBLE)
			continue;
		if (p[i - 1] < 0x80)
			a = p[i - 1];
		else
			utf8_prev((const char *)p, i, &a);
		if (!is_infix_sep(a))
			continue;
		utf8_get(p + i, len - i, &b);
		if (is_alphabetic(b))
			brk[i] = UC_BREAK_PROHIBITED;
	}
}

/*
 * UAX #14 allows a break after any solidus, so "https://" would end a line
 * and leave the host name on the next.  Where the URL's head (up to its
 * next break) fits on a line of its own, drop that break so the whole head
 * moves down; where it does not, the break is better than a forced cut.
 */
static void
forbid_scheme_breaks(const uint8_t *p, size_t len, char *brk, int cols)
{
	for (size_t i = 2; i < len; i++) {
		size_t j, k, e;

		if (brk[i] != UC_BREAK_POSSIBLE || p[i - 1] != '/' ||
		    (p[i - 2] != '/' && p[i - 2] != ':'))
			continue;
		for (j = i - 1; j > 0 && brk[j] != UC_BREAK_POSSIBLE; j--)
			;
		for (k = i + 1; k < len && brk[k] != UC_BREAK_POSSIBLE; k++)
			;
		for (e = k; e > j && p[e - 1] == ' '; e--)
			;
		if (wrap_width((const char *)p + j, e - j) <= cols)
			brk[i] = UC_BREAK_PROHIBITED;
	}
}

static int
clamp_int(uint64_t w)
{
	return w > INT_MAX ? INT_MAX : (int)w;
}

/* A regional indicator (U+1F1E6-1F1FF) is F0 9F 87 A6-BF in UTF-8. */
static int
is_ri(const uint8_t *q)
{
	return q[0] == 0xf0 && q[1] == 0x9f && q[2] == 0x87 &&
	    q[3] >= 0xa6 && q[3] <= 0xbf;
}

int
wrap_width(const char *s, size_t len)
{
	return clamp_int(span_width(s, len));
}

size_t
wrap_next_grapheme(const char *s, size_t len, size_t pos)
{
	const uint8_t *p = (const uint8_t *)s, *next;
	size_t e;

	if (pos >= len)
		return len;
	/*
	 * An ASCII character other than CR followed by another ASCII byte
	 * is a cluster of its own (no ASCII character extends a cluster or
	 * is a prepend), and that is most of the text.
	 */
	if (p[pos] < 0x80 && p[pos] != '\r' &&
	    (pos + 1 == len || p[pos + 1] < 0x80))
		return pos + 1;
	next = u8_grapheme_next(p + pos, p + len);
	if (next == NULL || next <= p + pos)
		return pos + 1;
	/*
	 * libunistring 1.0 decides each boundary from the two code points
	 * around it and so breaks inside every flag (GB12 and GB13 count
	 * the regional indicators before).  pos is a boundary, so a lone
	 * indicator that ends the cluster found is the first of a pair if
	 * another follows: take the second and whatever extends it, but
	 * never a third, which starts the next flag.  The odd one out at
	 * the end of a run stays a cluster of its own, as UAX #29 has it.
	 */
	e = (size_t)(next - p);
	if (e >= pos + 4 && is_ri(p + e - 4) &&
	    !(e >= pos + 8 && is_ri(p + e - 8)) &&
	    len - e >= 4 && is_ri(p + e)) {
		if (len - e >= 8 && is_ri(p + e + 4))
			return e + 4;
		next = u8_grapheme_next(p + e, p + len);
		if (next == NULL || next < p + e + 4)
			return e + 4;
	}
	return (size_t)(next - p);
}

size_t
wrap_fit(const char *s, size_t len, int cols, int *width)
{
	uint64_t w = 0, gw;
	size_t pos = 0, next;

	while (pos < len) {
		next = wrap_next_grapheme(s, len, pos);
		gw = span_width(s + pos, next - pos);
		if (cols < 0 || w + gw > (uint64_t)cols)
			break;
		w += gw;
		pos = next;
	}
	if (width != NULL)
		*width = clamp_int(w);
	return pos;
}

static void
add_line(struct wrap_line **lines, size_t *n, size_t *cap, size_t start,
    size_t end, uint64_t width)
{
	void *v = *lines;

	util_grow(&v, cap, *n + 1, sizeof **lines);
	*lines = v;
	(*lines)[*n].start = start;
	(*lines)[*n].end = end;
	(*lines)[*n].width = clamp_int(width);
	(*n)++;
}

size_t
wrap_paragraph(const char *s, size_t len, int cols,
    struct wrap_line **lines, size_t *n, size_t *cap)
{
	const uint8_t *p = (const uint8_t *)s;
	char stackbrk[1024], *brk;
	size_t first = *n;
	size_t i, next, start, end, cand;
	uint64_t w, wend, gw, cand_w, cand_wend;
	size_t cand_end;
	int have_cand;
	ucs4_t c;

	if (cols < 1)
		cols = 1;
	brk = len <= sizeof stackbrk ? stackbrk : util_malloc(len);
	if (len > 0) {
		u8_possible_linebreaks(p, len, "UTF-8", brk);
		forbid_infix_breaks(p, len, brk);
		forbid_scheme_breaks(p, len, brk, cols);
	}

	/*
	 * The line is [start, i) and w its width; [start, end) is the line
	 * without its trailing spaces and wend the width of that.  A break
	 * at cand would end the line at cand_end (width cand_wend) and the
	 * part before cand is cand_w wide.
	 */
	start = end = 0;
	w = wend = 0;
	cand = cand_end = 0;
	cand_w = cand_wend = 0;
	have_cand = 0;
	i = 0;
	while (i < len) {
		if (brk[i] == UC_BREAK_MANDATORY ||
		    brk[i] == UC_BREAK_CR_BEFORE_LF) {
			/*
			 * A paragraph holds no line break, but a stray one
			 * still ends the line and is not drawn.
			 */
			add_line(lines, n, cap, start, end, wend);
			if (brk[i] == UC_BREAK_CR_BEFORE_LF && i + 1 < len)
				i++;
			i += utf8_get(p + i, len - i, &c);
			start = end = i;
			w = wend = 0;
			have_cand = 0;
			continue;
		}
		if (i > start && (brk[i] == UC_BREAK_POSSIBLE ||
		    brk[i] == UC_BREAK_HYPHENATION)) {
			have_cand = 1;
			cand = i;
			cand_end = end;
			cand_wend = wend;
			cand_w = w;
		}

		next = wrap_next_grapheme(s, len, i);
		gw = span_width(s + i, next - i);
		if (next == i + 1 && p[i] == ' ') {
			/* Spaces never overflow: at a break they are cut. */
			w += gw;
			i = next;
			continue;
		}
		if (w + gw > (uint64_t)cols) {
			if (have_cand) {
				add_line(lines, n, cap, start, cand_end,
				    cand_wend);
				start = cand;
				w -= cand_w;
				if (end > cand)
					wend -= cand_w;
				else {
					end = cand;
					wend = 0;
				}
				have_cand = 0;
				continue;
			}
			if (i > start) {
				/* A token wider than the line. */
				add_line(lines, n, cap, start, end, wend);
				start = end = i;
				w = wend = 0;
				continue;
			}
			/* Alone on its line: taken even if too wide. */
		}
		w += gw;
		i = next;
		end = i;
		wend = w;
	}
	add_line(lines, n, cap, start, end, wend);

	if (brk != stackbrk)
		free(brk);
	return *n - first;
}
