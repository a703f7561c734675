/*
 * ui_pager: scrolling, link focus, targets and drawing over a render_doc,
 * and the cache of docs (see include/ui/ui_pager.h); finding and the
 * search hits are ui_pager_find.c's.
 *
 * Drawing paints one role per byte of a line, lowest priority first:
 * the line's role, its spans (links and mentions), the jump target, the
 * focused link, search hits, the current hit.  ui_draw_runs then cuts the
 * line into runs at character starts only.
 *
 * Mentions are calm: a doc marks them ROLE_MENTION and the pager picks
 * their colour when drawing, since it depends on the reader, not on the
 * doc (a cached doc is shown to readers who came from different
 * places): strong (the topic's role) for the topic the reader came
 * from, for the topic under the link cursor, or for every topic when
 * full colouring is on; quiet otherwise.
 */
#include "ui_pager.h"

#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "ui_draw.h"
#include "ui_msg.h"
#include "util.h"
#include "wrap.h"

/* One mode for the whole reader, like the theme. */
static int full_colour;

void
ui_pager_toggle_colour(struct ui_msgs *q)
{
	full_colour = !full_colour;
	ui_msgs_say(q, 0, "%s", full_colour ?
	    L("Tô màu mọi chủ đề", "Every topic in colour") :
	    L("Màu nhẹ: chỉ chủ đề vừa đến từ đó hay dưới con trỏ",
	    "Calm colours: only the topic you came from or at the cursor"));
}

void
ui_pager_init(struct ui_pager *p)
{
	memset(p, 0, sizeof *p);
	render_init(&p->doc);
	p->link = -1;
	p->cur = -1;
	p->emph_topic = UI_PAGER_NO_TOPIC;
}

void
ui_pager_free(struct ui_pager *p)
{
	ui_pager_forget_text(p);
	render_free(&p->doc);
	free(p->hits);
	free(p->roles);
	memset(p, 0, sizeof *p);
	p->link = -1;
	p->cur = -1;
	p->emph_topic = UI_PAGER_NO_TOPIC;
}

/* The view on the doc, not the doc nor its hits. */
static void
view_reset(struct ui_pager *p)
{
	p->top = 0;
	p->link = -1;
	p->tstart = p->tend = 0;
	p->cur = -1;
	p->wrapped = 0;
	p->rvalid = 0;
}

void
ui_pager_reset(struct ui_pager *p)
{
	p->have = 0;
	p->nhits = 0;
	view_reset(p);
	ui_pager_forget_text(p);
}

/* ---- the cache of docs ------------------------------------------------- */

void
ui_pager_cache_free(struct ui_pager_cache *c)
{
	for (size_t i = 0; i < UI_PAGER_CACHE; i++) {
		render_free(&c->v[i].doc);
		free(c->v[i].hits);
	}
	memset(c, 0, sizeof *c);
}

static int
same_doc(const struct link *a, int aw, const struct link *b, int bw)
{
	return a->view == b->view && a->item == b->item && aw == bw;
}

/* Trades p's doc and hits for e's (the buffers of an empty slot are
 * kept for the next render). */
static void
swap_slot(struct ui_pager *p, struct ui_pager_cached *e, size_t when)
{
	struct ui_pager_cached t = *e;

	e->doc = p->doc;
	e->have = p->have;
	e->id = p->id;
	e->width = p->width;
	e->hits = p->hits;
	e->nhits = p->nhits;
	e->caphits = p->caphits;
	e->hitgen = p->hitgen;
	e->used = when;
	p->doc = t.doc;
	p->have = t.have;
	p->id = t.id;
	p->width = t.width;
	p->hits = t.hits;
	p->nhits = t.nhits;
	p->caphits = t.caphits;
	p->hitgen = t.hitgen;
	ui_pager_forget_text(p);
}

/* Where p's doc goes: the slot holding an older copy of it, an empty
 * one, or the least recently used; never `keep`. */
static struct ui_pager_cached *
victim(struct ui_pager_cache *c, const struct ui_pager *p,
    const struct ui_pager_cached *keep)
{
	struct ui_pager_cached *empty = NULL, *old = NULL;

	for (size_t i = 0; i < UI_PAGER_CACHE; i++) {
		struct ui_pager_cached *e = &c->v[i];

		if (e == keep)
			continue;
		if (!e->have) {
			if (empty == NULL)
				empty = e;
			continue;
		}
		if (p->have && same_doc(&e->id, e->width, &p->id, p->width))
			return e;
		if (old == NULL || e->used < old->used)
			old = e;
	}
	return empty != NULL ? empty : old;
}

void
ui_pager_stash(struct ui_pager *p, struct ui_pager_cache *c)
{
	if (p->have)
		swap_slot(p, victim(c, p, NULL), ++c->clock);
	ui_pager_reset(p);
	render_clear(&p->doc, 1);
}

void
ui_pager_cache_drop_previews(struct ui_pager_cache *c)
{
	for (size_t i = 0; i < UI_PAGER_CACHE; i++)
		if (c->v[i].have && c->v[i].doc.preview)
			c->v[i].have = 0;
}

int
ui_pager_show(struct ui_pager *p, struct ui_pager_cache *c,
    struct link id, int w, ui_pager_render_fn *fn, void *ctx)
{
	struct ui_pager_cached *want = NULL, *v;

	/* Where the reader came from holds for one item: a re-render at
	 * another width keeps it, another item drops it. */
	if (!p->have || p->id.view != id.view || p->id.item != id.item)
		p->emph_topic = UI_PAGER_NO_TOPIC;
	if (!(p->have && same_doc(&p->id, p->width, &id, w))) {
		for (size_t i = 0; i < UI_PAGER_CACHE && want == NULL; i++)
			if (c->v[i].have && same_doc(&c->v[i].id,
			    c->v[i].width, &id, w))
				want = &c->v[i];
		v = victim(c, p, want);
		/* An older copy of p's doc is dropped: p's is stored. */
		if (want != NULL && v != NULL && v->have && p->have &&
		    same_doc(&v->id, v->width, &p->id, p->width))
			v->have = 0;
		if (want != NULL)
			swap_slot(p, want, ++c->clock);
		else if (p->have && v != NULL)
			swap_slot(p, v, ++c->clock);
	}
	view_reset(p);
	if (p->have && same_doc(&p->id, p->width, &id, w)) {
		p->id = id;
		return 0;
	}
	ui_pager_forget_text(p);
	p->nhits = 0;
	fn(&p->doc, id, w, ctx);
	p->id = id;
	p->width = w;
	p->have = 1;
	c->renders++;
	return 1;
}

size_t
ui_pager_maxtop(const struct ui_pager *p, int h)
{
	size_t vis = h < 1 ? 1 : (size_t)h;

	return p->doc.nlines > vis ? p->doc.nlines - vis : 0;
}

void
ui_pager_set_top(struct ui_pager *p, size_t top, int h)
{
	size_t max = ui_pager_maxtop(p, h);

	p->top = top > max ? max : top;
}

void
ui_pager_scroll(struct ui_pager *p, long delta, int h)
{
	if (delta < 0) {
		size_t d = (size_t)-(delta + 1) + 1;

		ui_pager_set_top(p, d > p->top ? 0 : p->top - d, h);
	} else {
		size_t max = ui_pager_maxtop(p, h);
		size_t d = (size_t)delta;

		ui_pager_set_top(p, d > max - (p->top > max ? max : p->top) ?
		    max : p->top + d, h);
	}
}

static int
line_visible(const struct ui_pager *p, size_t line, int h)
{
	return line >= p->top && line - p->top < (size_t)(h < 1 ? 1 : h);
}

void
ui_pager_show_line(struct ui_pager *p, size_t line, int h)
{
	size_t q = h < 4 ? 0 : (size_t)h / 4;

	if (line_visible(p, line, h))
		return;
	ui_pager_set_top(p, line > q ? line - q : 0, h);
}

size_t
ui_pager_anchor(const struct ui_pager *p)
{
	const struct render_line *l = p->doc.lines;

	if (!p->have || p->doc.nlines == 0)
		return 0;
	if (!p->doc.anchored)
		return p->top;
	if (p->rvalid && p->top == p->rtop)
		return p->ranchor;
	/* A blank line between two paragraphs: one byte short of the next
	 * paragraph, which no line starts at (ui_pager_restore knows it). */
	if (p->top < p->doc.nlines && l[p->top].src == RENDER_NO_SRC &&
	    p->top > 0 && l[p->top - 1].src != RENDER_NO_SRC)
		for (size_t i = p->top + 1; i < p->doc.nlines; i++)
			if (l[i].src != RENDER_NO_SRC) {
				if (l[i].src > 0)
					return l[i].src - 1;
				break;
			}
	/* The nearest text line at or above the top; none means the top is
	 * in the title block, which anchor 0 brings back. */
	for (size_t i = p->top + 1; i-- > 0;)
		if (i < p->doc.nlines && l[i].src != RENDER_NO_SRC)
			return l[i].src;
	return 0;
}

void
ui_pager_restore(struct ui_pager *p, size_t anchor, int h)
{
	if (!p->doc.anchored || anchor == 0) {
		ui_pager_set_top(p, p->doc.anchored ? 0 : anchor, h);
	} else {
		const struct render_line *l = p->doc.lines;
		size_t t = render_line_at(&p->doc, anchor);

		/* One byte short of a paragraph: the blank line above it. */
		for (size_t i = t + 1; i < p->doc.nlines; i++)
			if (l[i].src != RENDER_NO_SRC) {
				if (l[i].src == anchor + 1 &&
				    l[i - 1].src == RENDER_NO_SRC)
					t = i - 1;
				break;
			}
		ui_pager_set_top(p, t, h);
	}
	p->ranchor = anchor;
	p->rtop = p->top;
	p->rvalid = p->doc.anchored;
}

size_t
ui_pager_keep(struct ui_pager *p, struct ui_pager_memo *m)
{
	size_t anchor = ui_pager_anchor(p);
	struct ui_pager_place *e = &m->v[m->n++ % UI_PAGER_MEMO];

	e->item = p->id.item;
	e->anchor = anchor;
	e->top = p->top;
	e->width = p->width;
	return anchor;
}

void
ui_pager_memo_forget(struct ui_pager_memo *m, size_t item)
{
	for (size_t k = 0; k < UI_PAGER_MEMO; k++)
		if (m->v[k].item == item)
			m->v[k].item = (size_t)-1;
}

void
ui_pager_recall(struct ui_pager *p, const struct ui_pager_memo *m,
    size_t anchor, int h)
{
	size_t n = m->n < UI_PAGER_MEMO ? m->n : UI_PAGER_MEMO;

	ui_pager_restore(p, anchor, h);
	if (!p->doc.anchored)
		return;
	for (size_t k = 0; k < n; k++) {
		const struct ui_pager_place *e =
		    &m->v[(m->n - 1 - k) % UI_PAGER_MEMO];

		if (e->item == p->id.item && e->anchor == anchor &&
		    e->width == p->width) {
			ui_pager_set_top(p, e->top, h);
			p->rtop = p->top;	/* still this anchor */
			return;
		}
	}
}

void
ui_pager_target(struct ui_pager *p, size_t start, size_t end, int h)
{
	size_t line, q;

	p->tstart = start;
	p->tend = end > start ? end : start;
	if (!p->doc.anchored)
		return;
	line = render_line_at(&p->doc, start);
	/* The same place every time, a quarter down: the reader sees the
	 * passage with some of what leads up to it. */
	q = h < 4 ? 0 : (size_t)h / 4;
	ui_pager_set_top(p, line > q ? line - q : 0, h);
}

int
ui_pager_percent(const struct ui_pager *p, int h)
{
	size_t n = p->doc.nlines, bottom;

	if (n == 0 || n <= (size_t)(h < 1 ? 1 : h))
		return 100;
	bottom = p->top + (size_t)h;
	if (bottom >= n)
		return 100;
	return (int)(bottom * 100 / n);
}

int
ui_pager_link_step(struct ui_pager *p, int dir, int h)
{
	const struct render_link *lk = p->doc.links;
	size_t n = p->doc.nlinks;
	long next = -1;

	p->wrapped = 0;
	if (n == 0)
		return -1;
	if (p->link >= 0 && (size_t)p->link < n &&
	    line_visible(p, lk[p->link].line, h)) {
		next = p->link + (dir > 0 ? 1 : -1);
	} else if (dir > 0) {
		for (size_t i = 0; i < n && next < 0; i++)
			if (lk[i].line >= p->top)
				next = (long)i;
		if (next < 0)
			next = (long)n;		/* all above: wrap */
	} else {
		for (size_t i = n; i-- > 0 && next < 0;)
			if (lk[i].line < p->top + (size_t)(h < 1 ? 1 : h))
				next = (long)i;
	}
	if (next < 0) {
		next = (long)n - 1;
		p->wrapped = 1;
	} else if ((size_t)next >= n) {
		next = 0;
		p->wrapped = 1;
	}
	p->link = next;
	ui_pager_show_line(p, lk[next].line, h);
	return 0;
}

long
ui_pager_link_at(const struct ui_pager *p, struct ui_rect r, int y, int x)
{
	const struct render_line *l;
	const char *text;
	size_t line;
	int col;

	if (!p->have || !ui_layout_hit(r, y, x))
		return -1;
	line = p->top + (size_t)(y - r.y);
	if (line >= p->doc.nlines)
		return -1;
	l = &p->doc.lines[line];
	text = p->doc.text.data + l->off;
	col = x - r.x;
	for (size_t k = l->span0; k < l->span0 + l->nspan; k++) {
		const struct render_span *s = &p->doc.spans[k];
		int c0, c1;

		if (s->link == RENDER_NO_LINK || s->end > l->len)
			continue;
		c0 = wrap_width(text, s->start);
		c1 = c0 + wrap_width(text + s->start, s->end - s->start);
		if (col >= c0 && col < c1)
			return s->link;
	}
	return -1;
}

static void
paint(unsigned char *roles, size_t len, size_t a, size_t b,
    enum theme_role r)
{
	if (b > len)
		b = len;
	for (size_t i = a; i < b; i++)
		roles[i] = (unsigned char)r;
}

/* The topic a link goes to, or UI_PAGER_NO_TOPIC. */
static size_t
link_topic(const struct ui_pager *p, long link)
{
	if (link < 0 || (size_t)link >= p->doc.nlinks ||
	    p->doc.links[link].to.view != LINK_TOPICS)
		return UI_PAGER_NO_TOPIC;
	return p->doc.links[link].to.item;
}

static enum theme_role
span_role(const struct ui_pager *p, const struct render_span *s,
    size_t cursor_topic)
{
	size_t t;

	if (s->role != ROLE_MENTION)
		return s->role;
	t = link_topic(p, s->link);
	if (t == UI_PAGER_NO_TOPIC)
		return ROLE_MENTION;
	if (full_colour || t == p->emph_topic || t == cursor_topic)
		return theme_topic_role(t);
	return ROLE_MENTION;
}

static void
draw_line(struct ui_pager *p, size_t line, struct ui_rect r, int y,
    size_t *hit)
{
	const struct render_line *l = &p->doc.lines[line];
	const char *text = p->doc.text.data + l->off;
	size_t cursor_topic = link_topic(p, p->link);

	util_grow((void **)&p->roles, &p->caproles, l->len + 1, 1);
	memset(p->roles, l->role, l->len + 1);
	for (size_t k = l->span0; k < l->span0 + l->nspan &&
	    k < p->doc.nspans; k++) {
		const struct render_span *s = &p->doc.spans[k];

		paint(p->roles, l->len, s->start, s->end,
		    span_role(p, s, cursor_topic));
	}
	if (p->tend > p->tstart && l->src != RENDER_NO_SRC &&
	    p->tend > l->src && p->tstart < l->src + l->len) {
		size_t a = p->tstart > l->src ? p->tstart - l->src : 0;

		paint(p->roles, l->len, a, p->tend - l->src, ROLE_TARGET);
	}
	if (p->link >= 0)
		for (size_t k = l->span0; k < l->span0 + l->nspan &&
		    k < p->doc.nspans; k++) {
			const struct render_span *s = &p->doc.spans[k];

			if (s->link == p->link)
				paint(p->roles, l->len, s->start, s->end,
				    ROLE_LINK_FOCUS);
		}
	while (*hit < p->nhits && p->hits[*hit].line < line)
		(*hit)++;
	for (size_t k = *hit; k < p->nhits && p->hits[k].line == line; k++) {
		long g = (long)k;

		while (g > 0 && p->hits[g].cont)
			g--;
		paint(p->roles, l->len, p->hits[k].start, p->hits[k].end,
		    g == p->cur ? ROLE_MATCH_CURRENT : ROLE_MATCH);
	}
	ui_draw_runs(y, r.x, r.w, text, l->len, p->roles);
}

void
ui_pager_draw(struct ui_pager *p, struct ui_rect r)
{
	size_t hit = 0, hi = p->nhits;

	/* The first hit at or below the top, however many are above. */
	while (hit < hi) {
		size_t mid = hit + (hi - hit) / 2;

		if (p->hits[mid].line < p->top)
			hit = mid + 1;
		else
			hi = mid;
	}
	for (int row = 0; row < r.h; row++) {
		size_t line = p->top + (size_t)row;

		ui_draw_fill(r.y + row, r.x, r.w, ROLE_TEXT);
		if (p->have && line < p->doc.nlines)
			draw_line(p, line, r, r.y + row, &hit);
	}
}
