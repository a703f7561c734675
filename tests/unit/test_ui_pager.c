/*
 * test_ui_pager: the detail pane's logic on hand-made documents: search
 * hits found across a line break ("thị" at the end of one line, "thực"
 * at the start of the next is one hit), n/N order and wrapping, Tab
 * order and wrapping over links, the reading position kept as an article
 * offset across a re-render at another width, the jump target placed in
 * view, and clicks landing on the link drawn under them; a doc rendered
 * once per item and width (moving to another hit of it, or back to one
 * shown a moment ago, renders nothing), and incremental finding giving
 * exactly search_text's hits.
 */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "search.h"
#include "ui_pager.h"
#include "util.h"
#include "wrap.h"

static size_t
line(struct ui_pager *p, const char *s, size_t src)
{
	struct render_doc *d = &p->doc;
	struct render_line *l;

	util_grow((void **)&d->lines, &d->caplines, d->nlines + 1,
	    sizeof *d->lines);
	l = &d->lines[d->nlines];
	l->off = d->text.len;
	util_buf_adds(&d->text, s);
	l->len = strlen(s);
	l->span0 = d->nspans;
	l->nspan = 0;
	l->src = src;
	l->width = wrap_width(s, l->len);
	l->role = ROLE_TEXT;
	return d->nlines++;
}

static void
link_span(struct ui_pager *p, size_t ln, size_t start, size_t end,
    size_t topic)
{
	struct render_doc *d = &p->doc;
	struct render_span *s;
	struct render_link *k;

	util_grow((void **)&d->links, &d->caplinks, d->nlinks + 1,
	    sizeof *d->links);
	k = &d->links[d->nlinks];
	memset(k, 0, sizeof *k);
	k->to.view = LINK_TOPICS;
	k->to.item = topic;
	k->line = ln;
	util_grow((void **)&d->spans, &d->capspans, d->nspans + 1,
	    sizeof *d->spans);
	s = &d->spans[d->nspans++];
	s->start = start;
	s->end = end;
	s->role = ROLE_LINK;
	s->link = (int)d->nlinks++;
	d->lines[ln].nspan++;
}

/* An "article": a title block (no src), then 40 body lines of 10 bytes
 * each in paragraphs of 4 separated by blank lines. */
static void
article(struct ui_pager *p)
{
	size_t src = 0;

	ui_pager_init(p);
	p->have = 1;
	p->id.view = LINK_ARTICLES;
	p->doc.anchored = 1;		/* as render_article says */
	p->width = 20;
	line(p, "Title", RENDER_NO_SRC);
	line(p, "2023 · Meta", RENDER_NO_SRC);
	line(p, "", RENDER_NO_SRC);
	for (int para = 0; para < 10; para++) {
		if (para > 0)
			line(p, "", RENDER_NO_SRC);
		for (int k = 0; k < 4; k++) {
			line(p, "abcdefghij", src);
			src += 10;
		}
		src++;			/* the LF between paragraphs */
	}
}

static void
hits_across_lines(void **state)
{
	struct ui_pager p;
	struct search q;
	size_t ord;

	(void)state;
	ui_pager_init(&p);
	p.have = 1;
	line(&p, "Hai nước bàn về thị", RENDER_NO_SRC);
	line(&p, "thực và THỊ THỰC điện tử", RENDER_NO_SRC);
	line(&p, "", RENDER_NO_SRC);
	line(&p, "miễn thị thực", RENDER_NO_SRC);
	assert_int_equal(search_init(&q, "thi thuc"), 0);
	assert_int_equal(ui_pager_find(&p, &q), 3);
	assert_int_equal(p.nhits, 4);		/* one hit is in two pieces */
	assert_int_equal(p.hits[0].line, 0);
	assert_int_equal(p.hits[0].start, strlen("Hai nước bàn về "));
	assert_int_equal(p.hits[0].end, strlen("Hai nước bàn về thị"));
	assert_int_equal(p.hits[1].line, 1);
	assert_true(p.hits[1].cont);
	assert_int_equal(p.hits[1].start, 0);
	assert_int_equal(p.hits[1].end, strlen("thực"));
	assert_false(p.hits[2].cont);
	assert_int_equal(p.hits[3].line, 3);
	assert_int_equal(ui_pager_hit_count(&p, &ord), 3);
	assert_int_equal(ord, 0);

	/* n walks the hits in order, skipping continuations, and wraps. */
	assert_int_equal(ui_pager_hit_first(&p, 0, 10), 0);
	assert_int_equal(p.cur, 0);
	assert_int_equal(ui_pager_hit_step(&p, 1, 10), 0);
	assert_int_equal(p.cur, 2);
	assert_int_equal(ui_pager_hit_step(&p, 1, 10), 0);
	assert_int_equal(p.cur, 3);
	assert_false(p.wrapped);
	assert_int_equal(ui_pager_hit_step(&p, 1, 10), 0);
	assert_int_equal(p.cur, 0);
	assert_true(p.wrapped);
	assert_int_equal(ui_pager_hit_step(&p, -1, 10), 0);
	assert_int_equal(p.cur, 3);
	assert_true(p.wrapped);
	ui_pager_hit_count(&p, &ord);
	assert_int_equal(ord, 3);
	/* From the middle: the first hit at or after that line. */
	assert_int_equal(ui_pager_hit_first(&p, 2, 10), 0);
	assert_int_equal(p.cur, 3);
	search_free(&q);

	/* Marks typed: only those marks, and case is still folded. */
	assert_int_equal(search_init(&q, "thị thực"), 0);
	assert_int_equal(ui_pager_find(&p, &q), 3);
	search_free(&q);
	assert_int_equal(search_init(&q, "thì"), 0);
	assert_int_equal(ui_pager_find(&p, &q), 0);
	assert_int_equal(ui_pager_hit_first(&p, 0, 10), -1);
	assert_int_equal(ui_pager_hit_step(&p, 1, 10), -1);
	search_free(&q);
	assert_int_equal(ui_pager_find(&p, NULL), 0);
	ui_pager_free(&p);
}

static void
tab_order(void **state)
{
	struct ui_pager p;

	(void)state;
	ui_pager_init(&p);
	p.have = 1;
	for (int i = 0; i < 40; i++)
		line(&p, "some text here", RENDER_NO_SRC);
	link_span(&p, 1, 0, 4, 0);
	link_span(&p, 5, 5, 9, 1);
	link_span(&p, 30, 0, 4, 2);
	assert_int_equal(ui_pager_link_step(&p, 1, 10), 0);
	assert_int_equal(p.link, 0);
	assert_int_equal(ui_pager_link_step(&p, 1, 10), 0);
	assert_int_equal(p.link, 1);
	assert_int_equal(p.top, 0);
	assert_int_equal(ui_pager_link_step(&p, 1, 10), 0);
	assert_int_equal(p.link, 2);
	assert_true(p.top <= 30 && p.top + 10 > 30);	/* scrolled to it */
	assert_int_equal(ui_pager_link_step(&p, 1, 10), 0);
	assert_int_equal(p.link, 0);
	assert_true(p.wrapped);
	assert_int_equal(p.top, 0);
	assert_int_equal(ui_pager_link_step(&p, -1, 10), 0);
	assert_int_equal(p.link, 2);
	assert_true(p.wrapped);

	/* Scrolled away from the focused link: Tab starts from the view. */
	ui_pager_set_top(&p, 3, 10);
	p.link = 0;
	assert_int_equal(ui_pager_link_step(&p, 1, 10), 0);
	assert_int_equal(p.link, 1);
	ui_pager_set_top(&p, 25, 10);
	p.link = 0;
	assert_int_equal(ui_pager_link_step(&p, -1, 10), 0);
	assert_int_equal(p.link, 2);
	ui_pager_free(&p);

	ui_pager_init(&p);
	p.have = 1;
	line(&p, "no links", RENDER_NO_SRC);
	assert_int_equal(ui_pager_link_step(&p, 1, 10), -1);
	assert_int_equal(p.link, -1);
	ui_pager_free(&p);
}

static void
click_on_a_link(void **state)
{
	struct ui_pager p;
	struct ui_rect r = { 5, 10, 4, 30 };
	size_t ln;

	(void)state;
	ui_pager_init(&p);
	p.have = 1;
	line(&p, "first line", RENDER_NO_SRC);
	ln = line(&p, "về thị thực nhé", RENDER_NO_SRC);
	/* "thị thực" starts after "về " (3 columns, 5 bytes). */
	link_span(&p, ln, strlen("về "), strlen("về thị thực"), 4);
	assert_int_equal(ui_pager_link_at(&p, r, 6, 10 + 3), 0);
	assert_int_equal(ui_pager_link_at(&p, r, 6, 10 + 10), 0);
	assert_int_equal(ui_pager_link_at(&p, r, 6, 10 + 11), -1);
	assert_int_equal(ui_pager_link_at(&p, r, 6, 10 + 2), -1);
	assert_int_equal(ui_pager_link_at(&p, r, 5, 10 + 3), -1);
	assert_int_equal(ui_pager_link_at(&p, r, 7, 10 + 3), -1);
	assert_int_equal(ui_pager_link_at(&p, r, 6, 9), -1);
	p.top = 1;
	assert_int_equal(ui_pager_link_at(&p, r, 5, 10 + 4), 0);
	ui_pager_free(&p);
}

static void
reading_position(void **state)
{
	struct ui_pager p;
	size_t a;

	(void)state;
	article(&p);
	/* 3 title lines, then paragraph k's lines at 3 + 5k .. 3 + 5k + 3 */
	ui_pager_set_top(&p, 3 + 5 * 2 + 1, 10);
	a = ui_pager_anchor(&p);
	assert_int_equal(a, 2 * 41 + 10);
	/* Re-rendered (here: the same doc) the anchor finds its line. */
	p.top = 0;
	ui_pager_restore(&p, a, 10);
	assert_int_equal(p.top, 3 + 5 * 2 + 1);
	/* On the blank line between paragraphs: one byte short of the next
	 * paragraph, and restoring it lands on that blank line again (a
	 * restart must not put the reader a line higher). */
	ui_pager_set_top(&p, 3 + 5 * 3 - 1, 10);
	a = ui_pager_anchor(&p);
	assert_int_equal(a, 3 * 41 - 1);
	p.top = 0;
	ui_pager_restore(&p, a, 10);
	assert_int_equal(p.top, 3 + 5 * 3 - 1);
	/* In the title block: the very top. */
	ui_pager_set_top(&p, 1, 10);
	assert_int_equal(ui_pager_anchor(&p), 0);
	ui_pager_restore(&p, 0, 10);
	assert_int_equal(p.top, 0);
	/* Never past the last screenful. */
	ui_pager_restore(&p, 9 * 41 + 35, 10);
	assert_int_equal(p.top, ui_pager_maxtop(&p, 10));
	assert_int_equal(ui_pager_percent(&p, 10), 100);
	ui_pager_set_top(&p, 0, 10);
	assert_int_equal(ui_pager_percent(&p, 10), 10 * 100 / 52);
	ui_pager_free(&p);
}

/* Leaving an article on a blank line between paragraphs and coming back
 * at the same width lands on that very line, not on the paragraph the
 * anchor names; at another width, or for another article, the anchor's
 * line (here the blank line too: the anchor names it). */
static void
exact_top_kept(void **state)
{
	struct ui_pager p;
	struct ui_pager_memo m = { .n = 0 };
	size_t blank = 3 + 5 * 3 - 1, a;

	(void)state;
	article(&p);
	p.id.item = 7;
	ui_pager_set_top(&p, blank, 10);
	a = ui_pager_keep(&p, &m);
	assert_int_equal(a, 3 * 41 - 1);
	p.top = 0;
	ui_pager_recall(&p, &m, a, 10);
	assert_int_equal(p.top, blank);
	/* Still the same anchor while the top stays put. */
	assert_int_equal(ui_pager_anchor(&p), a);
	p.top = 0;
	p.width = 30;
	ui_pager_recall(&p, &m, a, 10);
	assert_int_equal(p.top, blank);
	p.width = 20;
	p.id.item = 8;
	ui_pager_recall(&p, &m, a, 10);
	assert_int_equal(p.top, blank);
	/* The ring forgets the oldest: 32 other places later it is gone. */
	p.id.item = 7;
	for (size_t i = 0; i < UI_PAGER_MEMO; i++) {
		p.id.item = 100 + i;
		ui_pager_keep(&p, &m);
	}
	p.id.item = 7;
	ui_pager_recall(&p, &m, a, 10);
	assert_int_equal(p.top, blank);
	ui_pager_free(&p);
}

/* A doc the builder did not anchor (a topic, the help) keeps its line:
 * positions are lines, and a target does not scroll it. */
static void
unanchored_doc_keeps_lines(void **state)
{
	struct ui_pager p;
	struct ui_pager_memo m = { .n = 0 };

	(void)state;
	article(&p);
	p.doc.anchored = 0;
	ui_pager_set_top(&p, 3 + 5 * 3 - 1, 10);
	assert_int_equal(ui_pager_anchor(&p), 3 + 5 * 3 - 1);
	assert_int_equal(ui_pager_keep(&p, &m), 3 + 5 * 3 - 1);
	ui_pager_recall(&p, &m, 7, 10);
	assert_int_equal(p.top, 7);
	ui_pager_target(&p, 6 * 41, 6 * 41 + 3, 10);
	assert_int_equal(p.top, 7);
	ui_pager_free(&p);
}

static void
target_in_view(void **state)
{
	struct ui_pager p;

	(void)state;
	article(&p);
	/* Paragraph 6 starts at 6 * 41, drawn on line 3 + 30. */
	ui_pager_target(&p, 6 * 41 + 12, 6 * 41 + 25, 20);
	assert_int_equal(p.tstart, 6 * 41 + 12);
	assert_int_equal(p.tend, 6 * 41 + 25);
	assert_int_equal(p.top, 3 + 30 + 1 - 20 / 4);
	/* Near the end: as far as the doc scrolls, still in view. */
	ui_pager_target(&p, 9 * 41 + 35, 9 * 41 + 38, 20);
	assert_int_equal(p.top, ui_pager_maxtop(&p, 20));
	assert_true(3 + 45 + 3 >= p.top && 3 + 45 + 3 < p.top + 20);
	ui_pager_free(&p);
}

static void
scrolling_clamps(void **state)
{
	struct ui_pager p;

	(void)state;
	article(&p);
	ui_pager_scroll(&p, -5, 10);
	assert_int_equal(p.top, 0);
	ui_pager_scroll(&p, 7, 10);
	assert_int_equal(p.top, 7);
	ui_pager_scroll(&p, 1000, 10);
	assert_int_equal(p.top, p.doc.nlines - 10);
	ui_pager_scroll(&p, LONG_MIN, 10);
	assert_int_equal(p.top, 0);
	ui_pager_show_line(&p, 5, 10);
	assert_int_equal(p.top, 0);		/* already in view */
	ui_pager_show_line(&p, 30, 10);
	assert_int_equal(p.top, 30 - 10 / 4);
	/* A doc shorter than the pane never scrolls. */
	ui_pager_set_top(&p, 3, 100);
	assert_int_equal(p.top, 0);
	ui_pager_free(&p);
}

/* A doc of one item at one width, counted: its lines name both. */
static int rendered;

static void
counted(struct render_doc *doc, struct link id, int w, void *ctx)
{
	char buf[64];

	(void)ctx;
	rendered++;
	render_clear(doc, w);
	doc->anchored = 1;
	snprintf(buf, sizeof buf, "item %zu at %d", id.item, w);
	render_add_line(doc, buf, strlen(buf), ROLE_TITLE);
	render_add_line(doc, "thị thực và thi thực", strlen("thị thực và "
	    "thi thực"), ROLE_TEXT);
}

static struct link
place(size_t item, size_t offset, size_t len)
{
	struct link l;

	memset(&l, 0, sizeof l);
	l.view = LINK_ARTICLES;
	l.item = item;
	l.offset = offset;
	l.len = len;
	return l;
}

static void
rendered_once(void **state)
{
	struct ui_pager p;
	struct ui_pager_cache c;
	struct search q;
	const struct render_line *lines;
	size_t nhits;

	(void)state;
	memset(&c, 0, sizeof c);
	ui_pager_init(&p);
	rendered = 0;
	assert_int_equal(ui_pager_show(&p, &c, place(1, 0, 0), 20, counted,
	    NULL), 1);
	assert_int_equal(search_init(&q, "thuc"), 0);
	ui_pager_find(&p, &q);
	p.hitgen = 7;
	nhits = p.nhits;
	assert_int_equal(nhits, 2);
	lines = p.doc.lines;
	/* Another hit of the same article: the same doc, the view reset. */
	p.top = 1;
	p.cur = 0;
	p.link = 0;
	assert_int_equal(ui_pager_show(&p, &c, place(1, 40, 5), 20, counted,
	    NULL), 0);
	assert_int_equal(rendered, 1);
	assert_ptr_equal(p.doc.lines, lines);
	assert_int_equal(p.id.offset, 40);
	assert_int_equal(p.id.len, 5);
	assert_int_equal(p.top, 0);
	assert_int_equal(p.cur, -1);
	assert_int_equal(p.link, -1);
	assert_int_equal(p.nhits, nhits);
	/* Away and back: the cache gives it back, hits and all. */
	assert_int_equal(ui_pager_show(&p, &c, place(2, 0, 0), 20, counted,
	    NULL), 1);
	assert_int_equal(p.nhits, 0);
	p.hitgen = 8;
	assert_int_equal(ui_pager_show(&p, &c, place(1, 7, 3), 20, counted,
	    NULL), 0);
	assert_int_equal(rendered, 2);
	assert_int_equal(p.hitgen, 7);
	assert_int_equal(p.nhits, nhits);
	assert_int_equal(ui_pager_show(&p, &c, place(2, 0, 0), 20, counted,
	    NULL), 0);
	assert_int_equal(p.hitgen, 8);
	assert_int_equal(rendered, 2);
	/* A resize renders; going back to the old width does not. */
	assert_int_equal(ui_pager_show(&p, &c, place(2, 0, 0), 30, counted,
	    NULL), 1);
	assert_string_equal(p.doc.text.data, "item 2 at 30thị thực và thi "
	    "thực");
	assert_int_equal(ui_pager_show(&p, &c, place(2, 0, 0), 20, counted,
	    NULL), 0);
	assert_int_equal(rendered, 3);
	/* A doc stashed (the list emptied) comes back too. */
	ui_pager_stash(&p, &c);
	assert_false(p.have);
	assert_int_equal(p.doc.nlines, 0);
	assert_int_equal(ui_pager_show(&p, &c, place(2, 0, 0), 20, counted,
	    NULL), 0);
	assert_int_equal(rendered, 3);
	/* Only the last few are kept: after UI_PAGER_CACHE + 1 others,
	 * item 1 is rendered again, and it is its own doc. */
	for (size_t i = 0; i <= UI_PAGER_CACHE; i++)
		assert_int_equal(ui_pager_show(&p, &c, place(10 + i, 0, 0),
		    20, counted, NULL), 1);
	assert_int_equal(ui_pager_show(&p, &c, place(1, 0, 0), 20, counted,
	    NULL), 1);
	assert_string_equal(p.doc.text.data, "item 1 at 20thị thực và thi "
	    "thực");
	assert_int_equal(c.renders, (unsigned long)rendered);
	search_free(&q);
	ui_pager_free(&p);
	ui_pager_cache_free(&c);
}

/* Hits of q in p as search_text finds them in the joined lines. */
static void
same_as_search_text(struct ui_pager *p, const struct search *q)
{
	struct util_buf all;
	size_t *pos = calloc(p->doc.nlines + 1, sizeof *pos), n = 0, cap = 0;
	size_t k = 0, found;
	struct search_range *r = NULL;

	util_buf_init(&all);
	for (size_t i = 0; i < p->doc.nlines; i++) {
		pos[i] = all.len;
		util_buf_add(&all, p->doc.text.data + p->doc.lines[i].off,
		    p->doc.lines[i].len);
		util_buf_addc(&all, ' ');
	}
	search_text(q, all.data, all.len, &r, &n, &cap);
	found = ui_pager_find(p, q);
	assert_int_equal(found, n);
	for (size_t i = 0; i < p->nhits; i++) {
		const struct ui_pager_hit *h = &p->hits[i];

		if (h->cont)
			continue;
		assert_true(k < n);
		assert_int_equal(pos[h->line] + h->start, r[k].start);
		k++;
	}
	assert_int_equal(k, n);
	free(r);
	free(pos);
	util_buf_free(&all);
}

static void
incremental_find(void **state)
{
	static const char *const typed[] = {
		/* one more character each time, then back */
		"t", "th", "thi", "thij", "thij ", "thij t", "thij th",
		"thij thu", "thij thuw", "thij thuwc", "thij thuwcj",
		"thij thuwc", "thij", "th", "thi", "thi thuc", "THỊ",
		"a", "aa", "aab", "aa", "aaa", "aaab", "b",
	};
	struct ui_pager p;
	struct search q;

	(void)state;
	ui_pager_init(&p);
	p.have = 1;
	line(&p, "Hai nước bàn về thị", RENDER_NO_SRC);
	line(&p, "thực và THỊ THỰC, thi thuc, thì thực", RENDER_NO_SRC);
	line(&p, "", RENDER_NO_SRC);
	line(&p, "aaab aab aaaab thị thực thithuc", RENDER_NO_SRC);
	line(&p, "thị", RENDER_NO_SRC);
	line(&p, "thực", RENDER_NO_SRC);
	for (size_t i = 0; i < sizeof typed / sizeof *typed; i++) {
		assert_int_equal(search_init_typed(&q, typed[i], NULL, NULL), 0);
		same_as_search_text(&p, &q);
		search_free(&q);
	}
	/* The overlapping case: "aa" matched at 0 and 2 of "aaab" (the one
	 * at 1 inside the first), "aab" is at 1. */
	assert_int_equal(search_init(&q, "aab"), 0);
	assert_int_equal(ui_pager_find(&p, &q), 3);
	assert_int_equal(p.hits[0].start, 1);
	search_free(&q);
	ui_pager_free(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(hits_across_lines),
		cmocka_unit_test(tab_order),
		cmocka_unit_test(click_on_a_link),
		cmocka_unit_test(reading_position),
		cmocka_unit_test(exact_top_kept),
		cmocka_unit_test(unanchored_doc_keeps_lines),
		cmocka_unit_test(target_in_view),
		cmocka_unit_test(scrolling_clamps),
		cmocka_unit_test(rendered_once),
		cmocka_unit_test(incremental_find),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
