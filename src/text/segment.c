/*
 * segment: undoing word segmentation (see include/text/segment.h).
 *
 * Desegmentation works line by line on tokens (runs of non-blanks) and
 * the gaps between them: a gap is dropped or kept as a whole, and an
 * underscore becomes a space in place, so the output is never longer
 * than the input.  Code points are decoded only inside tokens that hold
 * an underscore or a straight single quote, or may start or end with
 * punctuation.  The state carried from token to token is small: the
 * quote counts of the line, whether a gap must go, and where an open
 * span of code in backticks closes.
 */
#include "segment.h"

#include <stdint.h>
#include <string.h>
#include <unictype.h>

#include "ascii.h"
#include "utf8.h"
#include "util.h"

/* Latin letters, including all of Vietnamese, without a table lookup. */
static inline int
latin_letter(uint32_t cp)
{
	if (cp < 0x80)
		return ascii_upper((unsigned char)cp) ||
		    ascii_lower((unsigned char)cp);
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	    (cp >= 0x1E00 && cp <= 0x1EFF);
}

static inline int
is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return cp == '_' || ascii_alnum((unsigned char)cp);
	if (latin_letter(cp))
		return 1;
	return uc_is_alnum(cp) || uc_is_general_category(cp, UC_CATEGORY_M);
}

static inline int
is_letter_cp(uint32_t cp)
{
	if (latin_letter(cp))
		return 1;
	if (cp < 0x80)
		return 0;
	return uc_is_alpha(cp) || uc_is_general_category(cp, UC_CATEGORY_M);
}

/* Where t[0..n) starts once the brackets and quotes before a word are
 * skipped: "(www.x_y.vn)", "“#Hà_Nội”". */
static size_t
skip_openers(const char *t, size_t n)
{
	size_t i = 0;

	for (;;) {
		if (i < n && in_set(t[i], "([{\"'<"))
			i++;
		else if (n - i >= 3 && (memcmp(t + i, "\xe2\x80\x9c", 3) == 0 ||
		    memcmp(t + i, "\xe2\x80\x98", 3) == 0))
			i += 3;		/* “ ‘ */
		else if (n - i >= 2 && memcmp(t + i, "\xc2\xab", 2) == 0)
			i += 2;		/* « */
		else
			return i;
	}
}

/*
 * A host written without its scheme, up to the slash of its path:
 * labels of ASCII letters, digits and hyphens joined by dots, the last
 * (the top-level domain) two or more lower-case letters, so that
 * TP.HCM/Hà_Nội and 9.30/tuần are no hosts.
 */
static int
bare_host_path(const char *c, size_t n)
{
	size_t i = 0, label = 0;
	int dots = 0;

	for (;;) {
		label = i;
		while (i < n && (ascii_alnum((unsigned char)c[i]) || c[i] == '-'))
			i++;
		if (i == label)
			return 0;
		if (i < n && c[i] == '.') {
			dots++;
			i++;
			continue;
		}
		break;
	}
	if (dots == 0 || i >= n || c[i] != '/' || i - label < 2)
		return 0;
	for (; label < i; label++)
		if (!ascii_lower((unsigned char)c[label]))
			return 0;
	return 1;
}

/* URLs (with or without their scheme), e-mail addresses, handles and
 * hashtags keep their underscores. */
static int
is_urlish(const char *t, size_t n)
{
	const char *c, *end = t + n;
	size_t k;

	if (memchr(t, '@', n) != NULL)
		return 1;
	k = skip_openers(t, n);
	c = t + k;
	if (n - k >= 2 && c[0] == '#' && c[1] != '#' && !is_blank(c[1]))
		return 1;
	if (n - k >= 4 && (memcmp(c, "www.", 4) == 0 ||
	    memcmp(c, "WWW.", 4) == 0))
		return 1;
	if (bare_host_path(c, n - k))
		return 1;
	c = t;
	while ((c = memchr(c, ':', (size_t)(end - c))) != NULL) {
		if (end - c >= 3 && c[1] == '/' && c[2] == '/')
			return 1;
		c++;
	}
	return 0;
}

/*
 * Whether p[0..n) is a Vietnamese syllable written without diacritics
 * (an, ninh, chanh, quyen, nghieng), lower case but perhaps capitalised:
 * onset, vowel cluster, final consonant.  Few English or code words pass
 * (user, id, max, size, file, config do not).
 */
static int
ascii_viet_syllable(const char *p, size_t n)
{
	static const char *const onsets[] = {
		"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th",
		"tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s",
		"t", "v", "x", "",
	};
	static const char *const nuclei[] = {
		"ieu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye",
		"uyu", "yeu", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie",
		"iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy",
		"ye", "a", "e", "i", "o", "u", "y",
	};
	static const char *const finals[] = {
		"ng", "nh", "ch", "c", "m", "n", "p", "t", "",
	};
	char w[8];
	size_t i, a, b, c, on, nn, fn;

	if (n == 0 || n > sizeof w)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)p[i];

		if (i == 0 && ascii_upper(ch))
			ch = (unsigned char)(ch - 'A' + 'a');
		if (!ascii_lower(ch))
			return 0;
		w[i] = (char)ch;
	}
	for (a = 0; a < sizeof onsets / sizeof onsets[0]; a++) {
		on = strlen(onsets[a]);
		if (on > n || memcmp(w, onsets[a], on) != 0)
			continue;
		for (b = 0; b < sizeof nuclei / sizeof nuclei[0]; b++) {
			nn = strlen(nuclei[b]);
			if (on + nn > n || memcmp(w + on, nuclei[b], nn) != 0)
				continue;
			/* Spelling: k, gh, ngh before e, i, y; c, ng
			 * (and g, but for gi) never. */
			if (in_set(w[on], "eiy") ?
			    strcmp(onsets[a], "c") == 0 ||
			    strcmp(onsets[a], "ng") == 0 ||
			    (strcmp(onsets[a], "g") == 0 && w[on] != 'i') :
			    strcmp(onsets[a], "k") == 0 ||
			    strcmp(onsets[a], "gh") == 0 ||
			    strcmp(onsets[a], "ngh") == 0)
				continue;
			for (c = 0; c < sizeof finals / sizeof finals[0]; c++) {
				fn = strlen(finals[c]);
				if (on + nn + fn != n ||
				    memcmp(w + on + nn, finals[c], fn) != 0)
					continue;
				/* ch, nh only after a, e, i, y */
				if (fn == 2 && finals[c][1] == 'h' &&
				    !in_set(w[on + nn - 1], "aeiy"))
					continue;
				return 1;
			}
		}
	}
	return 0;
}

/*
 * An all-ASCII run with underscores is somebody's identifier unless it is
 * a name, every part a capitalised word and one with lower case
 * (Fumio_Kishida, Smart_JAMP; not user_id, MAX_SIZE), or a Vietnamese
 * word whose syllables happen to carry no diacritics (an_ninh, cho_hay).
 * A run glued to path or member syntax (a.b_c, Foo_Bar.txt, /x_y) is code
 * whatever it looks like.
 */
static int
ascii_run_is_word(const char *t, size_t n, size_t rs, size_t re)
{
	size_t i, p;
	int lower = 0, name = 1, viet = 1;

	if (rs > 0 && in_set(t[rs - 1], "./\\$"))
		return 0;
	if (re < n && (in_set(t[re], "/\\(=") ||
	    (t[re] == '.' && re + 1 < n &&
	    ascii_alnum((unsigned char)t[re + 1]))))
		return 0;
	for (p = i = rs; i <= re; i++) {
		if (i < re && t[i] != '_') {
			if (i == p) {
				if (!ascii_upper((unsigned char)t[i]))
					name = 0;
			} else if (ascii_lower((unsigned char)t[i]))
				lower = 1;
			else if (!ascii_upper((unsigned char)t[i]))
				name = 0;
			continue;
		}
		if (i == p)
			return 0;	/* empty part: __x, a__b, x_ */
		if (viet && !ascii_viet_syllable(t + p, i - p))
			viet = 0;
		p = i + 1;
	}
	return (name && lower) || viet;
}

/*
 * Finds the underscores of token t[0..n) that join the syllables of one
 * word.  When out is not NULL, t is copied there with those underscores
 * turned into spaces.  Returns how many there are.
 */
static size_t
deseg_token(const char *t, size_t n, char *out)
{
	const unsigned char *s = (const unsigned char *)t;
	size_t i = 0, count = 0, k;
	uint32_t cp;

	if (out != NULL)
		memcpy(out, t, n);
	if (memchr(t, '_', n) == NULL || is_urlish(t, n))
		return 0;
	while (i < n) {
		size_t rs, re, j;
		int ascii = 1, under = 0;
		uint32_t prev;

		k = utf8_get(s + i, n - i, &cp);
		if (!is_word_cp(cp)) {
			i += k;
			continue;
		}
		rs = i;
		while (i < n) {
			k = utf8_get(s + i, n - i, &cp);
			if (!is_word_cp(cp))
				break;
			if (cp >= 0x80)
				ascii = 0;
			else if (cp == '_')
				under = 1;
			i += k;
		}
		re = i;
		if (!under)
			continue;
		if (ascii) {
			if (!ascii_run_is_word(t, n, rs, re))
				continue;
			for (j = rs; j < re; j++) {
				if (t[j] != '_')
					continue;
				count++;
				if (out != NULL)
					out[j] = ' ';
			}
			continue;
		}
		/* Vietnamese: an underscore between two letters. */
		prev = 0;
		for (j = rs; j < re; j += k) {
			k = utf8_get(s + j, re - j, &cp);
			if (cp == '_' && j + 1 < re && is_letter_cp(prev)) {
				uint32_t next;

				utf8_get(s + j + 1, re - j - 1, &next);
				if (is_letter_cp(next)) {
					count++;
					if (out != NULL)
						out[j] = ' ';
				}
			}
			prev = cp;
		}
	}
	return count;
}

enum { PUNCT_NONE, PUNCT_CLOSE, PUNCT_OPEN };

/* Classifies the punctuation code point cp for spacing. */
static int
punct_kind(uint32_t cp)
{
	switch (cp) {
	case ',': case '.': case ';': case ':': case '!': case '?':
	case ')': case ']': case '}': case '%':
	case 0x2026:	/* … */
	case 0x201D:	/* ” */
	case 0x2019:	/* ’ */
	case 0x00BB:	/* » */
		return PUNCT_CLOSE;
	case '(': case '[': case '{':
	case 0x201C:	/* “ */
	case 0x2018:	/* ‘ */
	case 0x00AB:	/* « */
		return PUNCT_OPEN;
	}
	return PUNCT_NONE;
}

/* Whether the token t[0..n) starts with closing punctuation that is not
 * the start of a word (".NET" is a word). */
static int
token_closes(const char *t, size_t n)
{
	const unsigned char *s = (const unsigned char *)t;
	uint32_t cp, next;
	size_t k = utf8_get(s, n, &cp);

	if (punct_kind(cp) != PUNCT_CLOSE)
		return 0;
	if (k >= n)
		return 1;
	utf8_get(s + k, n - k, &next);
	return !is_word_cp(next) || next == '_';
}

/* Whether the token t[0..n) ends with opening punctuation that does not
 * end a word ("f(" does). */
static int
token_opens(const char *t, size_t n)
{
	const unsigned char *s = (const unsigned char *)t;
	size_t b = n - 1, k;
	uint32_t cp, prev;

	while (b > 0 && (s[b] & 0xC0) == 0x80)
		b--;
	utf8_get(s + b, n - b, &cp);
	if (punct_kind(cp) != PUNCT_OPEN)
		return 0;
	if (b == 0)
		return 1;
	k = b - 1;
	while (k > 0 && (s[k] & 0xC0) == 0x80)
		k--;
	utf8_get(s + k, b - k, &prev);
	return !is_word_cp(prev);
}

/* Where the next token of l[0..n) at or after i starts, or n. */
static size_t
next_token(const char *l, size_t n, size_t i)
{
	while (i < n && is_blank(l[i]))
		i++;
	return i;
}

/* Cheap first looks at a token's first and last byte, before decoding. */
static inline int
may_close(unsigned char c)
{
	switch (c) {
	case ',': case '.': case ';': case ':': case '!': case '?':
	case ')': case ']': case '}': case '%':
	case 0xE2:	/* leads … ” ’ */
	case 0xC2:	/* leads » */
		return 1;
	}
	return 0;
}

static inline int
may_open(unsigned char c)
{
	/* “ and ‘ end in 0x9C and 0x98, « in 0xAB */
	return c == '(' || c == '[' || c == '{' || c == 0x9C || c == 0x98 ||
	    c == 0xAB;
}

/* Whether the code point before t[k] (at most 4 bytes back) or the one
 * at t[k] of t[0..n) is a letter or a digit. */
static int
word_before(const char *t, size_t k)
{
	const unsigned char *s = (const unsigned char *)t;
	size_t b;
	uint32_t cp;

	if (k == 0)
		return 0;
	if (s[k - 1] < 0x80)
		return ascii_alnum(s[k - 1]);
	for (b = k - 1; b > 0 && k - b < 4 && (s[b] & 0xC0) == 0x80; b--)
		;
	utf8_get(s + b, k - b, &cp);
	return cp != '_' && is_word_cp(cp);
}

static int
word_after(const char *t, size_t n, size_t k)
{
	uint32_t cp;

	if (k >= n)
		return 0;
	if ((unsigned char)t[k] < 0x80)
		return ascii_alnum((unsigned char)t[k]);
	utf8_get((const unsigned char *)t + k, n - k, &cp);
	return is_word_cp(cp);
}

/*
 * Adds to sq the straight single quotes of the token t[0..n) that are
 * quotes and returns the sum.  Between two letters it is an apostrophe
 * (don't, Nhật's); at the end of a word it closes a quote that is open
 * and is an apostrophe otherwise (the students' books).
 */
static size_t
count_squotes(const char *t, size_t n, size_t sq)
{
	const char *c = t, *end = t + n;

	while ((c = memchr(c, '\'', (size_t)(end - c))) != NULL) {
		size_t k = (size_t)(c - t);
		int left = word_before(t, k);

		c++;
		if (left && (word_after(t, n, k + 1) || sq % 2 == 0))
			continue;
		sq++;
	}
	return sq;
}

/*
 * Code in backticks (`so_luong`) is copied as it is, spaces and all.  A
 * backtick opens a span only if another closes it on the same line; the
 * search for that one is the span's own length, or the rest of the line
 * once (nothing after an unmatched backtick can match), so the pass stays
 * linear.  *close is where the open span ends, or SIZE_MAX.
 */
static void
code_toggle(const char *in, size_t len, size_t at, size_t *close)
{
	size_t j;

	if (*close != SIZE_MAX) {
		*close = SIZE_MAX;
		return;
	}
	for (j = at + 1; j < len && in[j] != '\n'; j++)
		if (in[j] == '`') {
			*close = j;
			return;
		}
}

/* Copies the token in[t, e) to out, de-segmenting what is not code. */
static void
copy_token(const char *in, size_t len, size_t t, size_t e, char *out,
    size_t *close)
{
	size_t p = t, b;

	for (b = t; b <= e; b++) {
		if (b < e && in[b] != '`')
			continue;
		if (*close == SIZE_MAX && memchr(in + p, '_', b - p) != NULL)
			deseg_token(in + p, b - p, out + (p - t));
		else
			memcpy(out + (p - t), in + p, b - p);
		if (b == e)
			break;
		out[b - t] = '`';
		code_toggle(in, len, b, close);
		p = b + 1;
	}
}

/*
 * One pass over the whole text; an LF ends a paragraph line and resets
 * the quote counts.  For each token: whether the gap before it goes, and
 * whether the gap after it must.  Straight quotes pair by count, double
 * and single apart.
 */
char *
text_desegment(const char *in, size_t len, size_t *outlen)
{
	char *out = util_malloc(len + 1);
	size_t i = 0, o = 0, quotes = 0, squotes = 0, close = SIZE_MAX;
	int have_prev = 0, glue_next = 0, prev_digit = 0;

	while (i < len) {
		size_t g = i, t, tn, q = 0;
		int drop, opens = 0, special = 0, incode;

		i = next_token(in, len, i);
		if (i >= len || in[i] == '\n') {
			memcpy(out + o, in + g, i - g);	/* trailing blanks */
			o += i - g;
			if (i < len)
				out[o++] = in[i++];
			quotes = squotes = 0;
			close = SIZE_MAX;
			have_prev = glue_next = prev_digit = 0;
			continue;
		}
		for (t = i; i < len; i++) {
			char c = in[i];

			if (c == ' ' || c == '\t' || c == '\n')
				break;
			if (c == '"')
				q++;
			else if (c == '_' || c == '\'' || c == '`')
				special = 1;
		}
		tn = i - t;
		incode = close != SIZE_MAX;

		drop = glue_next;
		glue_next = 0;
		if (incode) {
			/* Inside code the gap stays. */
			drop = 0;
		} else if (tn == 1 && (q == 1 || in[t] == '\'')) {
			size_t *count = q == 1 ? &quotes : &squotes;

			/* Odd quotes open, even ones close. */
			if (++*count % 2 == 1)
				opens = 1;
			else
				drop = 1;
		} else {
			quotes += q;
			if (special && memchr(in + t, '\'', tn) != NULL)
				squotes = count_squotes(in + t, tn, squotes);
			if (may_close((unsigned char)in[t]) &&
			    token_closes(in + t, tn))
				drop = 1;
			if (may_open((unsigned char)in[i - 1]))
				opens = token_opens(in + t, tn);
			/* Dates as the segmenter leaves them: 27-30 / 11. */
			if (tn == 1 && in[t] == '/' && prev_digit) {
				size_t nx = next_token(in, len, i);

				if (nx < len && ascii_digit(in[nx])) {
					drop = 1;
					glue_next = 1;
				}
			}
		}
		if (!have_prev || !drop) {
			memcpy(out + o, in + g, t - g);
			o += t - g;
		}
		if (special)
			copy_token(in, len, t, i, out + o, &close);
		else
			memcpy(out + o, in + t, tn);
		o += tn;
		/* A span that opened in this token keeps the gap after it. */
		if (opens && close == SIZE_MAX)
			glue_next = 1;
		prev_digit = ascii_digit(in[i - 1]);
		have_prev = 1;
	}
	out[o] = '\0';
	if (outlen != NULL)
		*outlen = o;
	return out;
}

/*
 * Segmented text joins the syllables of most words with underscores and
 * sets commas and full stops off with spaces.  Counted per token:
 *   joined   tokens with at least one underscore that text_desegment
 *            would turn into a space (so user_id does not count);
 *   spaced   tokens that are just "," or ".";
 *   glued    tokens ending in a comma or full stop after a word.
 * Looks segmented: at least 2 joined tokens making 8% or more of all
 * tokens (Vietnamese segmented prose has 30-50%), and at least as many
 * spaced as glued punctuation.  A short string (up to 8 tokens, a title)
 * needs only one joined token and no glued punctuation.
 */
int
text_looks_segmented(const char *in, size_t len)
{
	size_t i = 0, tokens = 0, joined = 0, spaced = 0, glued = 0;

	while (i < len) {
		size_t t;
		int under;

		while (i < len && (is_blank(in[i]) || in[i] == '\n'))
			i++;
		if (i >= len)
			break;
		under = 0;
		for (t = i; i < len; i++) {
			if (is_blank(in[i]) || in[i] == '\n')
				break;
			if (in[i] == '_')
				under = 1;
		}
		tokens++;
		if (i - t == 1 && (in[t] == ',' || in[t] == '.'))
			spaced++;
		else if (i - t > 1 && (in[i - 1] == ',' || in[i - 1] == '.') &&
		    (ascii_alnum((unsigned char)in[i - 2]) ||
		    (unsigned char)in[i - 2] >= 0x80))
			glued++;
		/* `code_name` is no segmented word. */
		if (under && memchr(in + t, '`', i - t) == NULL &&
		    deseg_token(in + t, i - t, NULL) > 0)
			joined++;
	}
	if (joined == 0)
		return 0;
	if (tokens <= 8)
		return glued == 0;
	return joined >= 2 && joined * 100 >= tokens * 8 && spaced >= glued;
}
