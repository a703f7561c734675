/*
 * ui_pager: a scrolling view of a render_doc (the detail pane, and the
 * help overlay).  It owns the doc, the top line, the focused link, the
 * jump target (article bytes highlighted on arrival) and the search hits.
 *
 * Positions that must survive a re-render at another width are kept as
 * anchors: for an anchored doc (an article), the byte offset of the text
 * at the top (so a resize keeps the same paragraph in view); for other
 * docs, the line.  An anchor brings back the paragraph, not the exact
 * line (the top may have been a blank line or a heading): the memo
 * below remembers the exact top while the width is unchanged.  Both
 * halves of a reading position live here.
 */
#ifndef HOSO_UI_PAGER_H
#define HOSO_UI_PAGER_H

#include <stddef.h>

#include "link.h"
#include "render.h"
#include "search.h"
#include "ui_layout.h"

struct ui_pager_hit {
	size_t line;
	size_t start, end;		/* bytes of the line's text */
	int cont;			/* continues the previous hit */
};

struct ui_pager {
	struct render_doc doc;
	int have;			/* doc is rendered */
	struct link id;			/* what the doc shows */
	int width;			/* what it was rendered at */
	size_t top;			/* first line shown */
	long link;			/* focused link, or -1 */
	size_t tstart, tend;		/* target bytes; tend == tstart: none */
	struct ui_pager_hit *hits;	/* by line, then start */
	size_t nhits, caphits;
	long cur;			/* current hit, or -1 */
	unsigned hitgen;		/* the caller's search generation */
	size_t ranchor, rtop;		/* the last anchor restored, and the */
	int rvalid;			/* top it gave: kept while unscrolled */
	int wrapped;			/* the last step wrapped around */
	unsigned char *roles;		/* scratch for drawing a line */
	size_t caproles;
};

/* Exact tops of recently left positions, by item, anchor and width. */
#define UI_PAGER_MEMO 32

struct ui_pager_place {
	size_t item, anchor, top;
	int width;
};

struct ui_pager_memo {
	struct ui_pager_place v[UI_PAGER_MEMO];
	size_t n;			/* ever kept; v is a ring */
};

void ui_pager_init(struct ui_pager *p);
void ui_pager_free(struct ui_pager *p);
/* Forgets the doc (it will be rendered again) and everything on it. */
void ui_pager_reset(struct ui_pager *p);

size_t ui_pager_maxtop(const struct ui_pager *p, int h);
void ui_pager_set_top(struct ui_pager *p, size_t top, int h);
void ui_pager_scroll(struct ui_pager *p, long delta, int h);
/* Scrolls so that line shows a quarter of the way down, unless it is
 * already in view. */
void ui_pager_show_line(struct ui_pager *p, size_t line, int h);
/* Position at the top as an anchor (see above).  While the top is where
 * the last restore put it, that anchor is returned unchanged, so
 * repeated resizes do not creep back to the start of the line above. */
size_t ui_pager_anchor(const struct ui_pager *p);
/* Puts the anchor back at the top (0: the very top). */
void ui_pager_restore(struct ui_pager *p, size_t anchor, int h);
/* The anchor, as ui_pager_anchor, with the exact top kept in m. */
size_t ui_pager_keep(struct ui_pager *p, struct ui_pager_memo *m);
/* ui_pager_restore, then the exact top m kept for this anchor of this
 * item at this width, if any. */
void ui_pager_recall(struct ui_pager *p, const struct ui_pager_memo *m,
    size_t anchor, int h);
/* Highlights article bytes [start, end) and scrolls them into view. */
void ui_pager_target(struct ui_pager *p, size_t start, size_t end, int h);
/* 0..100: how far the bottom of the view is into the doc. */
int ui_pager_percent(const struct ui_pager *p, int h);

/* Focuses the next (dir > 0) or previous link, starting from the view
 * when the focused link is out of it; wraps (setting wrapped).  -1 when
 * the doc has no links. */
int ui_pager_link_step(struct ui_pager *p, int dir, int h);
/* The link under screen cell (y, x) of text area r, or -1. */
long ui_pager_link_at(const struct ui_pager *p, struct ui_rect r, int y,
    int x);

/* Finds q in the doc's text (lines joined, so a phrase wrapped across
 * lines is found); q NULL clears.  Returns the number of hits. */
size_t ui_pager_find(struct ui_pager *p, const struct search *q);
/* Makes the first hit at or after line from current (wrapping); -1 when
 * there is none. */
int ui_pager_hit_first(struct ui_pager *p, size_t from, int h);
/* Next (dir > 0) or previous hit, as ui_pager_link_step. */
int ui_pager_hit_step(struct ui_pager *p, int dir, int h);
/* Number of hits (not counting continuations), and the current one's
 * ordinal (1-based, 0 when none). */
size_t ui_pager_hit_count(const struct ui_pager *p, size_t *ordinal);
/* Makes hit number ordinal (1-based; 0: none) current, not scrolling. */
void ui_pager_hit_nth(struct ui_pager *p, size_t ordinal);

/* Draws the lines from top into r (the text area). */
void ui_pager_draw(struct ui_pager *p, struct ui_rect r);

#endif
