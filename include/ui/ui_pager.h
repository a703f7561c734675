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
 *
 * A doc is a function of what it shows (view and item) and its width
 * alone: search hits, the target and the focused link are the pager's.
 * So a doc is rendered once and reused: moving to another place in the
 * same doc (another hit of one article) keeps it, and a small cache
 * (struct ui_pager_cache) keeps the last docs left, with their hits.
 * Finding keeps the folded text of the doc, built at the first find, and
 * the occurrences of the last patterns: a longer query (typed one more
 * character) is looked for only where the shorter one occurred.
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

struct ui_pager_fold;			/* private to ui_pager.c */

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
	size_t emph_topic;		/* the topic the reader came from, drawn
					 * strong; UI_PAGER_NO_TOPIC */
	unsigned char *roles;		/* scratch for drawing a line */
	size_t caproles;
	struct ui_pager_fold *fold;	/* for finding; NULL until a find */
};

#define UI_PAGER_NO_TOPIC ((size_t)-1)

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

/* Docs recently left, with their hits, by view, item and width. */
#define UI_PAGER_CACHE 4

struct ui_pager_cached {
	struct render_doc doc;
	int have;
	struct link id;
	int width;
	size_t used;			/* when it was stored (LRU) */
	struct ui_pager_hit *hits;
	size_t nhits, caphits;
	unsigned hitgen;
};

/* All zero is an empty cache. */
struct ui_pager_cache {
	struct ui_pager_cached v[UI_PAGER_CACHE];
	size_t clock;
	unsigned long renders;		/* docs rendered through it (tests) */
};

/* Renders what id names into doc at width w (the doc is not empty: its
 * buffers are reused; the renderer clears it first). */
typedef void ui_pager_render_fn(struct render_doc *doc, struct link id,
    int w, void *ctx);

void ui_pager_init(struct ui_pager *p);
void ui_pager_free(struct ui_pager *p);
/* Forgets the doc (it will be rendered again) and everything on it. */
void ui_pager_reset(struct ui_pager *p);
/* Drops what finding kept of the doc's text (ui_pager_reset does). */
void ui_pager_forget_text(struct ui_pager *p);

void ui_pager_cache_free(struct ui_pager_cache *c);
/* Forgets the previews it keeps (render_doc's preview). */
void ui_pager_cache_drop_previews(struct ui_pager_cache *c);
/* Makes p show place id at width w, with the view on it reset (top 0, no
 * link, target or current hit): the doc p has when it is of the same
 * view and item at that width, else the one c kept, else a new one
 * rendered by fn (p's old doc goes into c).  Returns 1 when fn rendered
 * it (its hits are then empty, to be found again), 0 when the doc and
 * its hits (of generation p->hitgen) were reused. */
int ui_pager_show(struct ui_pager *p, struct ui_pager_cache *c,
    struct link id, int w, ui_pager_render_fn *fn, void *ctx);
/* Puts p's doc, if any, into c and resets p. */
void ui_pager_stash(struct ui_pager *p, struct ui_pager_cache *c);

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
/* Forgets the exact tops kept for item (its doc changed lines). */
void ui_pager_memo_forget(struct ui_pager_memo *m, size_t item);
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
 * lines is found); q NULL clears.  Returns the number of hits.  The
 * text is folded at the first find after the doc is rendered (a caller
 * that changes the doc in place calls ui_pager_reset first); then each
 * find costs what it searches: a pattern that extends one of the last
 * ones is checked only where that one occurred. */
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

/* Draws the lines from top into r (the text area).  A mention is drawn
 * quietly (ROLE_MENTION) unless its topic is p->emph_topic, the link
 * cursor's topic, or full colouring is on: then in its topic's role. */
void ui_pager_draw(struct ui_pager *p, struct ui_rect r);
/* The `c` key: toggles full colouring of mentions, for every pager (off
 * at the start), and says the new mode in q. */
struct ui_msgs;
void ui_pager_toggle_colour(struct ui_msgs *q);

#endif
