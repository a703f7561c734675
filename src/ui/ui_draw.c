/*
 * ui_draw: clipped, role-styled text output (see include/ui/ui_draw.h).
 *
 * Widths come from wrap (libunistring), the same numbers the renderer
 * wrapped with; each run is placed with an explicit move, so even a
 * character the terminal measures differently cannot push later runs
 * out of their columns.
 */
#include "ui_draw.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "ui_theme.h"
#include "util.h"
#include "wrap.h"

static const char spaces[] =
    "                                                                ";

/* Clips (y, x, w) to the screen; 0 if nothing is left to draw. */
static int
clip(int y, int x, int *w)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || *w <= 0)
		return 0;
	if (*w > COLS - x)
		*w = COLS - x;
	return 1;
}

void
ui_draw_fill(int y, int x, int w, enum theme_role r)
{
	if (!clip(y, x, &w))
		return;
	attrset(ui_theme_attr(r));
	move(y, x);
	while (w > 0) {
		int n = w < (int)sizeof spaces - 1 ? w : (int)sizeof spaces - 1;

		addnstr(spaces, n);
		w -= n;
	}
}

int
ui_draw_text(int y, int x, int w, const char *s, size_t len,
    enum theme_role r)
{
	size_t n;
	int cols;

	if (!clip(y, x, &w))
		return 0;
	n = wrap_fit(s, len, w, &cols);
	if (n == 0)
		return 0;
	attrset(ui_theme_attr(r));
	mvaddnstr(y, x, s, (int)n);
	return cols;
}

int
ui_draw_str(int y, int x, int w, const char *s, enum theme_role r)
{
	return ui_draw_text(y, x, w, s, strlen(s), r);
}

int
ui_draw_swatch(int y, int x, int w, const char *s, enum theme_role r,
    enum theme_role fallback)
{
	attr_t c = ui_theme_attr(r) & ~(attr_t)A_UNDERLINE;
	size_t n;
	int cols;

	if (ui_theme_colour(r) == A_NORMAL)
		return ui_draw_str(y, x, w, s, fallback);
	if (!clip(y, x, &w))
		return 0;
	n = wrap_fit(s, strlen(s), w, &cols);
	if (n == 0)
		return 0;
	attrset(c);
	mvaddnstr(y, x, s, (int)n);
	return cols;
}

int
ui_draw_width(const char *s)
{
	return wrap_width(s, strlen(s));
}

int
ui_draw_runs(int y, int x, int w, const char *s, size_t len,
    const unsigned char *roles)
{
	int used = 0;
	size_t i = 0;

	if (!clip(y, x, &w))
		return 0;
	while (i < len && used < w) {
		size_t j = i + 1, n;
		int cols;

		/* A run ends where the role changes on a character start. */
		for (;;) {
			while (j < len && ((unsigned char)s[j] & 0xc0) == 0x80)
				j++;
			if (j >= len || roles[j] != roles[i])
				break;
			j++;
		}
		n = wrap_fit(s + i, j - i, w - used, &cols);
		if (n > 0) {
			attrset(ui_theme_attr((enum theme_role)roles[i]));
			mvaddnstr(y, x + used, s + i, (int)n);
			used += cols;
		}
		if (n < j - i)
			break;		/* the rest is beyond the pane */
		i = j;
	}
	return used;
}

int
ui_draw_trunc(int y, int x, int w, const char *s, size_t len,
    enum theme_role r, const struct search *hl)
{
	static const char ell[] = "\xe2\x80\xa6";	/* … */
	unsigned char *roles;
	size_t n;
	int cols, used;

	if (!clip(y, x, &w))
		return 0;
	n = len;
	if (wrap_width(s, len) > w) {
		n = wrap_fit(s, len, w - 1, &cols);
	}
	roles = util_malloc(n + 1);
	memset(roles, r, n + 1);
	if (hl != NULL && n > 0) {
		struct search_range *v = NULL;
		size_t nv = 0, cap = 0;

		search_text(hl, s, len, &v, &nv, &cap);
		for (size_t k = 0; k < nv; k++)
			for (size_t b = v[k].start; b < v[k].end && b < n; b++)
				roles[b] = ROLE_MATCH;
		free(v);
	}
	used = ui_draw_runs(y, x, w, s, n, roles);
	free(roles);
	if (n < len && used < w)
		used += ui_draw_text(y, x + used, w - used, ell, sizeof ell - 1,
		    r);
	return used;
}
