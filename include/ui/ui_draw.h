/*
 * ui_draw: the few primitives every UI file draws with.  Text goes to the
 * screen only through here: clipped to a width at grapheme boundaries
 * (wrap_fit), in a theme role, never outside the screen, never cut
 * mid-letter.  Input strings are sanitized UTF-8 from the model.
 */
#ifndef HOSO_UI_DRAW_H
#define HOSO_UI_DRAW_H

#include <stddef.h>

#include "search.h"
#include "theme.h"

/* Spaces in role r over w columns. */
void ui_draw_fill(int y, int x, int w, enum theme_role r);
/* s[0..len) in role r, clipped to w columns; returns the columns drawn. */
int ui_draw_text(int y, int x, int w, const char *s, size_t len,
    enum theme_role r);
/* Like ui_draw_text for a NUL-terminated string. */
int ui_draw_str(int y, int x, int w, const char *s, enum theme_role r);
/* s[0..len) where byte i has role roles[i]; runs are cut only at
 * character starts.  Returns the columns drawn. */
int ui_draw_runs(int y, int x, int w, const char *s, size_t len,
    const unsigned char *roles);
/* s in role r, shortened with "…" when wider than w; the matches of hl
 * (may be NULL) in ROLE_MATCH.  Returns the columns drawn. */
int ui_draw_trunc(int y, int x, int w, const char *s, size_t len,
    enum theme_role r, const struct search *hl);
/* s in role r but not underlined (a topic's swatch or badge: the
 * topic's colour, not underlined like its mentions); in role fallback
 * when r has no colour (a monochrome theme, or no colours at all).
 * Returns the columns drawn. */
int ui_draw_swatch(int y, int x, int w, const char *s, enum theme_role r,
    enum theme_role fallback);
/* Columns of a NUL-terminated string. */
int ui_draw_width(const char *s);

#endif
