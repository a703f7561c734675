/*
 * ui_pager: scrolling, link focus, targets and search hits over a
 * render_doc (see include/ui/ui_pager.h).
 *
 * Drawing paints one role per byte of a line, lowest priority first:
 * the line's role, its spans (links and mentions), the jump target, the
 * focused link, search hits, the current hit.  ui_draw_runs then cuts the
 * line into runs at character starts only.
 */
#include "ui_pager.h"

#include <stdlib.h>
#include <string.h>

#include "ui_draw.h"
#include "util.h"
#include "wrap.h"

void
ui_pager_init(struct ui_pager *p)
{
	memset(p, 0, sizeof *p);
	render_init(&p->doc);
	p->link = -1;
	p->cur = -1;
}

void
ui_pager_free(struct ui_pager *p)
{
	render_free(&p->doc);
	free(p->hits);
	free(p->roles);
	memset(p, 0, sizeof *p);
	p->link = -1;
	p->cur = -1;
}

void
ui_pager_reset(struct ui_pager *p)
{
	p->have = 0;
	p->top = 0;
	p->link = -1;
	p->tstart = p->tend = 0;
	p->nhits = 0;
	p->cur = -1;
	p->wrapped = 0;
	p->rvalid = 0;
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
	if (!p->doc.anchored || anchor == 0)
		ui_pager_set_top(p, p->doc.anchored ? 0 : anchor, h);
	else
		ui_pager_set_top(p, render_line_at(&p->doc, anchor), h);
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
add_hit(struct ui_pager *p, size_t line, size_t start, size_t end, int cont)
{
	struct ui_pager_hit *h;

	util_grow((void **)&p->hits, &p->caphits, p->nhits + 1,
	    sizeof *p->hits);
	h = &p->hits[p->nhits++];
	h->line = line;
	h->start = start;
	h->end = end;
	h->cont = cont;
}

size_t
ui_pager_find(struct ui_pager *p, const struct search *q)
{
	struct util_buf all;
	size_t *pos, nl = p->doc.nlines, count = 0;
	struct search_range *v = NULL;
	size_t nv = 0, capv = 0;

	p->nhits = 0;
	p->cur = -1;
	if (q == NULL || nl == 0)
		return 0;
	/* Wrapping dropped the space at each break; joining the lines with
	 * one space gives the phrase back, so "thị thực" split over two
	 * lines is still one hit. */
	pos = util_reallocarray(NULL, nl + 1, sizeof *pos);
	util_buf_init(&all);
	for (size_t i = 0; i < nl; i++) {
		pos[i] = all.len;
		util_buf_add(&all, p->doc.text.data + p->doc.lines[i].off,
		    p->doc.lines[i].len);
		util_buf_addc(&all, ' ');
	}
	pos[nl] = all.len;
	search_text(q, all.data, all.len, &v, &nv, &capv);
	for (size_t k = 0, line = 0; k < nv; k++) {
		size_t s = v[k].start, e = v[k].end;
		int cont = 0;

		while (line + 1 < nl && pos[line + 1] <= s)
			line++;
		for (size_t i = line; i < nl && pos[i] < e; i++) {
			size_t a = s > pos[i] ? s - pos[i] : 0;
			size_t b = e - pos[i];

			if (b > p->doc.lines[i].len)
				b = p->doc.lines[i].len;
			if (a < b) {
				add_hit(p, i, a, b, cont);
				if (!cont)
					count++;
				cont = 1;
			}
		}
	}
	free(v);
	free(pos);
	util_buf_free(&all);
	return count;
}

int
ui_pager_hit_first(struct ui_pager *p, size_t from, int h)
{
	p->wrapped = 0;
	p->cur = -1;
	for (size_t i = 0; i < p->nhits && p->cur < 0; i++)
		if (!p->hits[i].cont && p->hits[i].line >= from)
			p->cur = (long)i;
	for (size_t i = 0; i < p->nhits && p->cur < 0; i++)
		if (!p->hits[i].cont) {
			p->cur = (long)i;
			p->wrapped = 1;
		}
	if (p->cur < 0)
		return -1;
	ui_pager_show_line(p, p->hits[p->cur].line, h);
	return 0;
}

int
ui_pager_hit_step(struct ui_pager *p, int dir, int h)
{
	long n = (long)p->nhits, i;

	p->wrapped = 0;
	if (n == 0)
		return -1;
	if (p->cur < 0 || p->cur >= n ||
	    !line_visible(p, p->hits[p->cur].line, h)) {
		if (dir > 0)
			return ui_pager_hit_first(p, p->top, h);
		/* The last hit above the bottom of the view. */
		for (i = n - 1; i >= 0; i--)
			if (!p->hits[i].cont &&
			    line_visible(p, p->hits[i].line, h))
				break;
		if (i < 0)
			for (i = n - 1; i >= 0; i--)
				if (!p->hits[i].cont &&
				    p->hits[i].line < p->top)
					break;
		if (i < 0) {
			i = n - 1;
			p->wrapped = 1;
		}
		while (i > 0 && p->hits[i].cont)
			i--;
		p->cur = i;
	} else {
		i = p->cur;
		do {
			i += dir > 0 ? 1 : -1;
			if (i >= n) {
				i = 0;
				p->wrapped = 1;
			} else if (i < 0) {
				i = n - 1;
				p->wrapped = 1;
			}
		} while (p->hits[i].cont && i != p->cur);
		p->cur = i;
	}
	ui_pager_show_line(p, p->hits[p->cur].line, h);
	return 0;
}

size_t
ui_pager_hit_count(const struct ui_pager *p, size_t *ordinal)
{
	size_t n = 0;

	*ordinal = 0;
	for (size_t i = 0; i < p->nhits; i++) {
		if (p->hits[i].cont)
			continue;
		n++;
		if ((long)i == p->cur)
			*ordinal = n;
	}
	return n;
}

void
ui_pager_hit_nth(struct ui_pager *p, size_t ordinal)
{
	size_t n = 0;

	p->cur = -1;
	for (size_t i = 0; i < p->nhits && ordinal > 0; i++)
		if (!p->hits[i].cont && ++n == ordinal) {
			p->cur = (long)i;
			return;
		}
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

static void
draw_line(struct ui_pager *p, size_t line, struct ui_rect r, int y,
    size_t *hit)
{
	const struct render_line *l = &p->doc.lines[line];
	const char *text = p->doc.text.data + l->off;

	util_grow((void **)&p->roles, &p->caproles, l->len + 1, 1);
	memset(p->roles, l->role, l->len + 1);
	for (size_t k = l->span0; k < l->span0 + l->nspan &&
	    k < p->doc.nspans; k++) {
		const struct render_span *s = &p->doc.spans[k];

		paint(p->roles, l->len, s->start, s->end, s->role);
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
	size_t hit = 0;

	for (int row = 0; row < r.h; row++) {
		size_t line = p->top + (size_t)row;

		ui_draw_fill(r.y + row, r.x, r.w, ROLE_TEXT);
		if (p->have && line < p->doc.nlines)
			draw_line(p, line, r, r.y + row, &hit);
	}
}
