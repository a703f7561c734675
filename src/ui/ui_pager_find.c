/*
 * ui_pager_find: search hits in a pager's doc, and n/N over them (see
 * include/ui/ui_pager.h).
 *
 * Finding does what search_text does on the joined lines, with the
 * joined text folded once per doc and the occurrences of each FOLD_ALL
 * pattern kept (OCC_KEEP of them): typing one more character narrows
 * the occurrences of the shorter pattern instead of folding and scanning
 * the whole doc again.  A pattern's occurrences are all of them,
 * overlapping ones too, so walking them as memmem would (skip those
 * inside a verified match) gives search_text's hits exactly.
 */
#include "ui_pager.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "match.h"
#include "util.h"

#define OCC_KEEP 8

static int
line_visible(const struct ui_pager *p, size_t line, int h)
{
	return line >= p->top && line - p->top < (size_t)(h < 1 ? 1 : h);
}

struct occ {
	char *all;			/* the FOLD_ALL pattern; NULL: free */
	size_t alen;
	uint32_t *v;			/* where it occurs in the fold, in order */
	size_t n;
	size_t used;
};

struct ui_pager_fold {
	size_t nlines, textlen;		/* of the doc it was built from */
	char *all;			/* the lines joined by spaces */
	size_t len;
	size_t *pos;			/* nlines + 1 line starts in all */
	char *f;			/* FOLD_ALL of all */
	size_t flen;
	uint32_t *map;			/* folded byte -> byte of all */
	struct occ occ[OCC_KEEP];
	size_t clock;
};

void
ui_pager_forget_text(struct ui_pager *p)
{
	struct ui_pager_fold *fd = p->fold;

	if (fd == NULL)
		return;
	for (size_t i = 0; i < OCC_KEEP; i++) {
		free(fd->occ[i].all);
		free(fd->occ[i].v);
	}
	free(fd->all);
	free(fd->pos);
	free(fd->f);
	free(fd->map);
	free(fd);
	p->fold = NULL;
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

/* The fold of the doc as it is now, built at the first find. */
static struct ui_pager_fold *
get_fold(struct ui_pager *p)
{
	struct ui_pager_fold *fd = p->fold;
	size_t nl = p->doc.nlines;
	struct util_buf all;

	if (fd != NULL && fd->nlines == nl && fd->textlen == p->doc.text.len)
		return fd;
	ui_pager_forget_text(p);
	fd = p->fold = util_calloc(1, sizeof *fd);
	fd->nlines = nl;
	fd->textlen = p->doc.text.len;
	/* Wrapping dropped the space at each break; joining the lines with
	 * one space gives the phrase back, so "thị thực" split over two
	 * lines is still one hit. */
	fd->pos = util_reallocarray(NULL, nl + 1, sizeof *fd->pos);
	util_buf_init(&all);
	for (size_t i = 0; i < nl; i++) {
		fd->pos[i] = all.len;
		util_buf_add(&all, p->doc.text.data + p->doc.lines[i].off,
		    p->doc.lines[i].len);
		util_buf_addc(&all, ' ');
	}
	fd->pos[nl] = all.len;
	fd->all = util_buf_detach(&all, &fd->len);
	fd->f = fold_text(fd->all, fd->len, FOLD_ALL, &fd->flen, &fd->map);
	return fd;
}

/* Every occurrence of s[0..n) in the fold: kept, or narrowed from the
 * longest kept pattern that s extends, or scanned for. */
static const struct occ *
occurrences(struct ui_pager_fold *fd, const char *s, size_t n)
{
	struct occ *best = NULL, *slot = NULL;
	uint32_t *v = NULL;
	size_t nv = 0, cap = 0;

	for (size_t i = 0; i < OCC_KEEP; i++) {
		struct occ *e = &fd->occ[i];

		if (e->all == NULL)
			continue;
		if (e->alen == n && memcmp(e->all, s, n) == 0) {
			e->used = ++fd->clock;
			return e;
		}
		if (e->alen < n && memcmp(e->all, s, e->alen) == 0 &&
		    (best == NULL || e->alen > best->alen))
			best = e;
	}
	if (best != NULL) {
		for (size_t i = 0; i < best->n; i++) {
			size_t o = best->v[i];

			if (o + n <= fd->flen && memcmp(fd->f + o, s, n) == 0) {
				util_grow((void **)&v, &cap, nv + 1, sizeof *v);
				v[nv++] = (uint32_t)o;
			}
		}
	} else {
		const char *q = fd->f, *end = fd->f + fd->flen;

		while ((size_t)(end - q) >= n &&
		    (q = memmem(q, (size_t)(end - q), s, n)) != NULL) {
			util_grow((void **)&v, &cap, nv + 1, sizeof *v);
			v[nv++] = (uint32_t)(q - fd->f);
			q++;
		}
	}
	for (size_t i = 0; i < OCC_KEEP; i++) {
		struct occ *e = &fd->occ[i];

		if (e != best && (slot == NULL || e->all == NULL ||
		    (slot->all != NULL && e->used < slot->used)))
			slot = e;
	}
	free(slot->all);
	free(slot->v);
	slot->all = util_malloc(n);
	memcpy(slot->all, s, n);
	slot->alen = n;
	slot->v = v;
	slot->n = nv;
	slot->used = ++fd->clock;
	return slot;
}

/* search_text's hits of q in the joined text, from the fold. */
static size_t
find_ranges(struct ui_pager_fold *fd, const struct search *q,
    struct search_range **r, size_t *cap)
{
	size_t n = 0;

	for (size_t k = 0; k < q->npat; k++) {
		const struct match_pat *pat = &q->pat[k];
		const struct occ *o;
		size_t limit = 0;

		if (pat->alen == 0 || pat->alen > fd->flen)
			continue;
		o = occurrences(fd, pat->all, pat->alen);
		for (size_t i = 0; i < o->n; i++) {
			size_t a = o->v[i], b = a + pat->alen;

			if (a < limit || !match_verify(pat, fd->all +
			    fd->map[a], fd->map[b] - fd->map[a]))
				continue;
			util_grow((void **)r, cap, n + 1, sizeof **r);
			(*r)[n].start = fd->map[a];
			(*r)[n].end = fd->map[b];
			n++;
			limit = b;
		}
	}
	/* Two readings merge as search_text merges them. */
	return q->npat < 2 || n == 0 ? n : search_merge_ranges(*r, 0, n);
}

size_t
ui_pager_find(struct ui_pager *p, const struct search *q)
{
	struct ui_pager_fold *fd;
	size_t nl = p->doc.nlines, count = 0, nv, capv = 0;
	struct search_range *v = NULL;

	p->nhits = 0;
	p->cur = -1;
	if (q == NULL || nl == 0)
		return 0;
	fd = get_fold(p);
	nv = find_ranges(fd, q, &v, &capv);
	for (size_t k = 0, line = 0; k < nv; k++) {
		size_t s = v[k].start, e = v[k].end;
		int cont = 0;

		/* The last line starting at or before s, galloping from the
		 * last hit's: dense hits cost a step, sparse ones a log. */
		if (line + 1 < nl && fd->pos[line + 1] <= s) {
			size_t step = 1, hi;

			line++;
			while (line + step < nl && fd->pos[line + step] <= s) {
				line += step;
				step *= 2;
			}
			hi = line + step < nl ? line + step - 1 : nl - 1;
			while (line < hi) {
				size_t mid = line + (hi - line + 1) / 2;

				if (fd->pos[mid] <= s)
					line = mid;
				else
					hi = mid - 1;
			}
		}
		for (size_t i = line; i < nl && fd->pos[i] < e; i++) {
			size_t a = s > fd->pos[i] ? s - fd->pos[i] : 0;
			size_t b = e - fd->pos[i];

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
