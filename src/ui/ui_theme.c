/*
 * ui_theme: theme roles to curses attributes (see include/ui/ui_theme.h).
 * The only file that calls init_pair or names a pair number.
 *
 * Model: at apply time every role is resolved once into an attr_t (pair
 * included) kept in a table; drawing code only looks it up.  One pair per
 * distinct (fg, bg) after the colours were brought within what the
 * terminal has:
 *  - 256 colours or more: used as written;
 *  - 16 (or 88): greys by lightness to black / bright black / white /
 *    bright white, other colours by hue to the six ANSI hues, bright when
 *    the colour is light;
 *  - 8: the same without the bright half.
 * Hue rather than nearest RGB because the low 16 are the user's palette,
 * not xterm's, and what a theme author meant by "orange" is "the yellow
 * one" far more often than "whichever grey is closest".
 *
 * Without colours (no has_colors(), start_color() not called, or a
 * monochrome theme) only attributes are used; a colour theme drawn so
 * takes the monochrome theme's attributes on top of its own, so a
 * selection is still visible on a VT100 and a link (coloured) still
 * differs from a quiet mention (not coloured, both underlined).
 */
#include "ui_theme.h"

static attr_t role_attr[ROLE_COUNT];

/* xterm's defaults for 0..15; the 6x6x6 cube and the grey ramp above. */
static void
palette_rgb(int c, int rgb[3])
{
	static const unsigned char low[16][3] = {
		{ 0, 0, 0 }, { 205, 0, 0 }, { 0, 205, 0 }, { 205, 205, 0 },
		{ 0, 0, 238 }, { 205, 0, 205 }, { 0, 205, 205 },
		{ 229, 229, 229 }, { 127, 127, 127 }, { 255, 0, 0 },
		{ 0, 255, 0 }, { 255, 255, 0 }, { 92, 92, 255 },
		{ 255, 0, 255 }, { 0, 255, 255 }, { 255, 255, 255 },
	};
	static const int level[6] = { 0, 95, 135, 175, 215, 255 };

	if (c < 16) {
		for (int i = 0; i < 3; i++)
			rgb[i] = low[c][i];
	} else if (c >= 232) {
		rgb[0] = rgb[1] = rgb[2] = 8 + 10 * (c - 232);
	} else {
		c -= 16;
		rgb[0] = level[c / 36];
		rgb[1] = level[(c / 6) % 6];
		rgb[2] = level[c % 6];
	}
}

static int
lightness(const int rgb[3])
{
	return (3 * rgb[0] + 6 * rgb[1] + rgb[2]) / 10;
}

/* Brings colour c (default, or 0..255) within the first n colours. */
static int
reduce(int c, int n)
{
	static const int hue_to_ansi[6] = { 1, 3, 2, 6, 4, 5 };
	int rgb[3], max, min, sector;
	double h, d;

	if (c < 0 || c < n)
		return c;
	palette_rgb(c, rgb);
	max = min = rgb[0];
	for (int i = 1; i < 3; i++) {
		if (rgb[i] > max)
			max = rgb[i];
		if (rgb[i] < min)
			min = rgb[i];
	}
	if (max < 40 || (max - min) * 4 < max) {
		int l = lightness(rgb);

		if (n >= 16)
			return l < 50 ? 0 : l < 140 ? 8 : l < 215 ? 7 : 15;
		return l < 115 ? 0 : 7;
	}
	d = max - min;
	if (max == rgb[0])
		h = 60.0 * (rgb[1] - rgb[2]) / d;
	else if (max == rgb[1])
		h = 60.0 * (rgb[2] - rgb[0]) / d + 120.0;
	else
		h = 60.0 * (rgb[0] - rgb[1]) / d + 240.0;
	if (h < 0)
		h += 360.0;
	sector = (int)((h + 30.0) / 60.0) % 6;
	if (n >= 16 && (max + min) / 2 >= 150)
		return hue_to_ansi[sector] + 8;
	return hue_to_ansi[sector];
}

static attr_t
curses_attrs(unsigned a)
{
	attr_t r = A_NORMAL;

	if (a & THEME_BOLD)
		r |= A_BOLD;
	if (a & THEME_DIM)
		r |= A_DIM;
	if (a & THEME_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & THEME_REVERSE)
		r |= A_REVERSE;
	if (a & THEME_STANDOUT)
		r |= A_STANDOUT;
#ifdef A_ITALIC
	if (a & THEME_ITALIC)
		r |= A_ITALIC;
#endif
	return r;
}

/* The attributes of a role drawn without colour (coloured: the theme
 * has colours that cannot be shown). */
static attr_t
mono_attrs(const struct theme *t, const struct theme *m, int r, int coloured)
{
	unsigned a = t->role[r].attrs;

	if (coloured)
		a |= m->role[r].attrs;
	return curses_attrs(a);
}

void
ui_theme_apply(const struct theme *t)
{
	struct { int fg, bg; } pairs[ROLE_COUNT];
	struct theme m;
	int npairs = 0, ncolours, has_default, coloured = 0;

	theme_mono(&m);
	for (int r = 0; r < ROLE_COUNT; r++)
		if (t->role[r].fg != THEME_DEFAULT_COLOR ||
		    t->role[r].bg != THEME_DEFAULT_COLOR)
			coloured = 1;
	/* After start_color() pair 0 is white on black unless the
	 * terminal's own colours are asked for: even a monochrome theme
	 * must not paint the user's background black. */
	has_default = has_colors() && COLORS > 0 &&
	    use_default_colors() == OK;
	/* COLORS is 0 until start_color(): the UI chose no colours. */
	if (!coloured || !has_colors() || COLORS < 8 || COLOR_PAIRS < 2) {
		for (int r = 0; r < ROLE_COUNT; r++)
			role_attr[r] = mono_attrs(t, &m, r, coloured);
		theme_free(&m);
		return;
	}
	ncolours = COLORS >= 256 ? 256 : COLORS >= 16 ? 16 : 8;

	for (int r = 0; r < ROLE_COUNT; r++) {
		const struct theme_style *s = &t->role[r];
		int fg = reduce(s->fg, ncolours), bg = reduce(s->bg, ncolours);
		int p = -1;

		/* Two colours the author kept apart must not merge into one. */
		if (fg >= 0 && fg == bg && s->fg != s->bg) {
			int rgb[3];

			palette_rgb(bg, rgb);
			fg = lightness(rgb) >= 128 ? COLOR_BLACK : COLOR_WHITE;
		}
		if (!has_default) {
			if (fg < 0)
				fg = COLOR_WHITE;
			if (bg < 0)
				bg = COLOR_BLACK;
		}
		role_attr[r] = curses_attrs(s->attrs);
		if (fg < 0 && bg < 0)
			continue;
		for (int i = 0; i < npairs; i++)
			if (pairs[i].fg == fg && pairs[i].bg == bg)
				p = i;
		if (p < 0) {
			/* Out of pairs (a tiny COLOR_PAIRS): fall back to
			 * attributes for this role. */
			if (npairs + 1 >= COLOR_PAIRS ||
			    init_pair((short)(npairs + 1), (short)fg,
			    (short)bg) == ERR) {
				role_attr[r] = mono_attrs(t, &m, r, 1);
				continue;
			}
			pairs[npairs].fg = fg;
			pairs[npairs].bg = bg;
			p = npairs++;
		}
		role_attr[r] |= COLOR_PAIR(p + 1);
	}
	theme_free(&m);
}

attr_t
ui_theme_attr(enum theme_role r)
{
	if ((int)r < 0 || r >= ROLE_COUNT)
		return A_NORMAL;
	return role_attr[r];
}

attr_t
ui_theme_colour(enum theme_role r)
{
	if ((int)r < 0 || r >= ROLE_COUNT)
		return A_NORMAL;
	return role_attr[r] & A_COLOR;
}
