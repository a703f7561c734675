/*
 * ui_view_articles: the Articles view.  Rows are the corpus in its own
 * order (newest first).  In a list wide enough a row is one line: date,
 * source and title in columns, the article's topics as badges (dots in
 * their topic colours) at the end; else two: the title, then date,
 * source and badges.  The detail is the article itself (render_article).
 * While the articles read are kept (not --no-state), each row starts
 * with a flag column: N for an unread article, as mutt and newsboat
 * flag one, its title in the unread role too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "collate.h"
#include "theme.h"
#include "ui_keys.h"
#include "ui_draw.h"
#include "ui_view.h"
#include "util.h"

static size_t
count(const struct ui_ctx *c)
{
	return c->ds->corpus.n;
}

static struct link
link(const struct ui_ctx *c, size_t row)
{
	struct link l = { .view = LINK_ARTICLES, .item = row };

	(void)c;
	return l;
}

static int
keep(const struct ui_ctx *c, const struct dossier_query *dq, size_t row)
{
	(void)c;
	return dossier_query_article(dq, row);
}

static size_t
row_of(const struct ui_ctx *c, size_t item)
{
	return item < c->ds->corpus.n ? item : UI_VIEW_NONE;
}

static const char *
title(const struct ui_ctx *c, size_t row)
{
	return dossier_row(c->ds, row)->title;
}

#define MAX_DOTS 3
#define DATE_COLS 10			/* "2021-11-22" */
#define GAP 1				/* between the columns of a line */
#define TITLE_MIN 28			/* the dots go before the title does */
#define FLAG_COLS 2			/* "N " */

/* A row's topics are dots, most mentioned first, each in its topic's
 * colour (the colour its mentions have in the reader pane), then "+N"
 * for the rest.  Topic ids would not fit beside a source in a list
 * pane; the dots keep every row alike.  Their width (0: none). */
static int
dots_width(const struct article *a, char *more, size_t n)
{
	size_t nt = a->ntopics, ndots = nt < MAX_DOTS ? nt : MAX_DOTS;

	more[0] = '\0';
	if (nt > ndots)
		snprintf(more, n, " +%zu", nt - ndots);
	return nt > 0 ? 1 + (int)ndots + ui_draw_width(more) : 0;
}

/* The dots, after a space, from x. */
static void
draw_dots(const struct article *a, const char *more, int y, int x, int w,
    int sel)
{
	size_t ndots = a->ntopics < MAX_DOTS ? a->ntopics : MAX_DOTS;
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	int used = ui_draw_str(y, x, w, " ", meta);

	for (size_t i = 0; i < ndots; i++)
		used += ui_draw_swatch(y, x + used, w - used, "●",
		    sel >= 0 ? (enum theme_role)sel :
		    theme_topic_role(a->topics[i].ix), meta);
	ui_draw_str(y, x + used, w - used, more, meta);
}

/* The second line of a two-line row: date · source, then the dots. */
static void
draw_meta(const struct ui_ctx *c, size_t row, int y, int x, int w, int sel)
{
	const struct article *a = dossier_topics_of(c->ds, row);
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	int used = 0, bw;
	char more[24];

	bw = dots_width(a, more, sizeof more);
	if (a->date_str[0] != '\0')
		used += ui_draw_str(y, x, w, a->date_str, meta);
	if (a->source[0] != '\0' && w - used - bw - 3 >= 4) {
		used += ui_draw_str(y, x + used, w - used, " · ", meta);
		used += ui_draw_trunc(y, x + used, w - used - bw, a->source,
		    strlen(a->source), meta, NULL);
	}
	if (bw == 0 || used + bw > w)
		return;
	draw_dots(a, more, y, x + used, w - used, sel);
}

/* A one-line row, in a list wide enough: the date and the source in
 * columns of their own, so the titles line up; the dots at the right
 * end while the title keeps TITLE_MIN columns. */
static void
draw_line(const struct ui_ctx *c, size_t row, int y, int x, int w, int sel,
    enum theme_role trole)
{
	const struct article *a = dossier_topics_of(c->ds, row);
	enum theme_role meta = sel >= 0 ? (enum theme_role)sel : ROLE_META;
	int sw = w / 6, tw, bw;
	char more[24];

	if (sw < 8)
		sw = 8;
	if (sw > 16)
		sw = 16;
	ui_draw_trunc(y, x, DATE_COLS, a->date_str, strlen(a->date_str), meta,
	    NULL);
	x += DATE_COLS + GAP;
	ui_draw_trunc(y, x, sw, a->source, strlen(a->source), meta, NULL);
	x += sw + GAP;
	tw = w - DATE_COLS - GAP - sw - GAP;
	bw = dots_width(a, more, sizeof more);
	if (bw > 0 && tw - bw >= TITLE_MIN) {
		tw -= bw;
		draw_dots(a, more, y, x + tw, bw, sel);
	}
	a = dossier_row(c->ds, row);
	ui_draw_trunc(y, x, tw, a->title, strlen(a->title), trole, c->hl);
}

static int
rowh_for(int width)
{
	return width >= UI_LAYOUT_ONE_LINE ? 1 : 2;
}

static void
draw_row(const struct ui_ctx *c, size_t row, struct ui_rect r, int selected,
    int focused)
{
	const struct article *a = dossier_row(c->ds, row);
	int sel = ui_view_sel_role(selected, focused);
	int x = r.x + 1, w = r.w - 2;
	enum theme_role trole = sel >= 0 ? (enum theme_role)sel : ROLE_TEXT;

	if (c->read != NULL && c->read->on && w > FLAG_COLS + 1) {
		int unread = ui_read_row_unread(c->read, c->ds, row);

		if (unread) {
			if (sel < 0)
				trole = ROLE_UNREAD;
			ui_draw_str(r.y, x, 1, "N", trole);
		}
		x += FLAG_COLS;
		w -= FLAG_COLS;
	}
	if (w < 1)
		return;
	if (rowh_for(r.w) == 1 && w > DATE_COLS + GAP + 8 + GAP) {
		draw_line(c, row, r.y, x, w, sel, trole);
		return;
	}
	ui_draw_trunc(r.y, x, w, a->title, strlen(a->title), trole, c->hl);
	if (r.h >= 2)
		draw_meta(c, row, r.y + 1, x, w, sel);
}

/* ---- the orders of o ------------------------------------------------ */

enum { SORT_DATE, SORT_TITLE, SORT_SOURCE, SORT_MENTIONS, NSORTS };

struct keyed {
	size_t row;
	unsigned char *key;		/* collation key (title, source) */
	size_t keylen;
	uint32_t count;			/* mentions */
};

static int
cmp_keyed(const void *pa, const void *pb)
{
	const struct keyed *a = pa, *b = pb;
	size_t n = a->keylen < b->keylen ? a->keylen : b->keylen;
	int c = memcmp(a->key, b->key, n);

	if (c == 0 && a->keylen != b->keylen)
		c = a->keylen < b->keylen ? -1 : 1;
	/* Ties keep the list's own order: newest first. */
	return c != 0 ? c : (a->row > b->row) - (a->row < b->row);
}

static int
cmp_count(const void *pa, const void *pb)
{
	const struct keyed *a = pa, *b = pb;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return (a->row > b->row) - (a->row < b->row);
}

/* Keys made once per row, not once per comparison: a sort of an
 * archive compares each row some twenty times. */
static void
sort(const struct ui_ctx *c, int kind, size_t topic, size_t *rows, size_t n)
{
	struct keyed *k;
	struct index_count *counts = NULL;
	size_t nc = 0;

	if (kind == SORT_DATE || n == 0)
		return;
	k = util_calloc(n, sizeof *k);
	if (kind == SORT_MENTIONS && topic != TOPICS_NONE)
		nc = dossier_topic_articles(c->ds, topic, 0, SIZE_MAX, &counts);
	for (size_t i = 0; i < n; i++) {
		const struct article *a = dossier_row(c->ds, rows[i]);
		const char *s = kind == SORT_TITLE ? a->title : a->source;

		k[i].row = rows[i];
		if (kind != SORT_MENTIONS)
			k[i].key = collate_key(s, strlen(s), &k[i].keylen);
	}
	if (kind == SORT_MENTIONS) {
		/* rows ascend (the filter's order): find each count's row. */
		for (size_t j = 0; j < nc; j++) {
			size_t lo = 0, hi = n;

			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;

				if (k[mid].row < counts[j].ix)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo < n && k[lo].row == counts[j].ix)
				k[lo].count = counts[j].count;
		}
		qsort(k, n, sizeof *k, cmp_count);
	} else {
		qsort(k, n, sizeof *k, cmp_keyed);
	}
	for (size_t i = 0; i < n; i++) {
		rows[i] = k[i].row;
		free(k[i].key);
	}
	free(k);
	free(counts);
}

const struct ui_view ui_view_articles = {
	.name = "articles",
	.tab = { [LANG_VI] = "1 Bài báo", [LANG_EN] = "1 Articles" },
	.tab_short = { [LANG_VI] = "1 Bài", [LANG_EN] = "1 Art." },
	.bar = { [LANG_VI] = "Bài báo", [LANG_EN] = "Articles" },
	.empty = { [LANG_VI] = "Không có bài nào", [LANG_EN] = "No articles" },
	.scope = UI_KEYS_ALL,
	.rowh = 2,
	.axis = 0,
	.place = LINK_ARTICLES,
	.count = count,
	.link = link,
	.row_of = row_of,
	.title = title,
	.keep = keep,
	.qkind = QUERY_ARTICLES,
	.nsorts = NSORTS,
	.sorts = {
		[SORT_DATE] = { [LANG_VI] = "ngày", [LANG_EN] = "date" },
		[SORT_TITLE] = { [LANG_VI] = "tiêu đề", [LANG_EN] = "title" },
		[SORT_SOURCE] = { [LANG_VI] = "nguồn", [LANG_EN] = "source" },
		[SORT_MENTIONS] = { [LANG_VI] = "số lần nhắc",
		    [LANG_EN] = "mentions of" },
	},
	.sort = sort,
	.draw_row = draw_row,
	.draw_axis = NULL,
	.axis_hit = NULL,
	.rowh_for = rowh_for,
};
