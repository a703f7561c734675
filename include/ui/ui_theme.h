/*
 * ui_theme: the one place theme roles become curses attributes and colour
 * pairs.  Every other UI file draws with a role; none names a colour or a
 * pair number.
 */
#ifndef HOSO_UI_THEME_H
#define HOSO_UI_THEME_H

#include <curses.h>

#include "theme.h"

/* Call after start_color() (or without colours at all: has_colors() false
 * or the theme is monochrome).  Colours above what the terminal has are
 * mapped to the nearest it has (256 -> 16 -> 8). */
void ui_theme_apply(const struct theme *t);
/* The attributes (colour pair included) for a role. */
attr_t ui_theme_attr(enum theme_role r);
/* Its colour alone (A_NORMAL without colours): a swatch of a topic's
 * colour is not underlined like its mentions. */
attr_t ui_theme_colour(enum theme_role r);

#endif
