/*
 * ui_reader: the interactive reader (see include/ui/ui_reader.h): places,
 * history, actions, input and the loop.  The terminal is ui_term.c's,
 * the search prompts ui_search.c's, the frame ui_chrome.c's, starting
 * and ending (theme, state file) ui_setup.c's, the loop ui_run.c's.
 *
 * Model: the views of ui_run.c's table, each a struct ui_view (ui_view.h)
 * run with its own data, list widget and pager (struct ui_vstate).  The
 * pager always shows the place the list's selection names (view->link);
 * it is rendered lazily, when that place's document or the pane's width
 * changed (ui_reader_sync), and not even then when the cache of recent docs
 * (u->dcache) has it: another hit of the same article, or an article
 * shown a moment ago, is not rendered again.
 *
 * A jump (following a link, opening a search result) is a move from one
 * place (struct link) to another; history is a stack of places, so back
 * and forward cross views.  Article positions are byte offsets into the
 * article's stored text, never line numbers: they survive a resize, a
 * re-render and a restart (the state file).
 *
 * The frame is drawn after every event (a key, a resize, a signal), never
 * while idle, from a layout recomputed from LINES and COLS each time, so a
 * resize needs no special path besides re-rendering at the new width.
 */
#include "ui_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "ui_help.h"
#include "ui_keys.h"
#include "ui_panes.h"
#include "util.h"

#define GONE L("Không còn mục này", "That item is gone")

/* ---- geometry ---------------------------------------------------------- */

void
ui_reader_relayout(struct ui *u)
{
	struct ui_layout l;
	struct ui_layout_opts unzoomed;
	int axis = ui_cur(u)->vw->axis;

	ui_panes_settle(u);
	unzoomed = u->panes;
	unzoomed.zoom = 0;
	ui_layout_compute(&u->lay, LINES, COLS, axis, u->focus, &u->panes);
	/* The hidden pane of a single-pane (or zoomed) layout still has a
	 * size: its list keeps scrolling right and its doc is rendered to
	 * fit. */
	ui_layout_compute(&l, LINES, COLS, axis, UI_FOCUS_LIST, &unzoomed);
	u->lbody = ui_layout_body(l.list);
	ui_layout_compute(&l, LINES, COLS, axis, UI_FOCUS_DETAIL, &u->panes);
	u->dtext = ui_panes_column(u, ui_layout_text(l.detail));
}

size_t
ui_reader_list_vis(const struct ui *u)
{
	return ui_list_visible(u->lbody.h, ui_view_rowh(u->vs[u->view].vw,
	    u->lbody.w));
}

int
ui_reader_text_h(const struct ui *u)
{
	return u->dtext.h > 0 ? u->dtext.h : 1;
}

/* ---- places and the detail pane ---------------------------------------- */

static int
same_link(const struct link *a, const struct link *b)
{
	return a->view == b->view && a->item == b->item &&
	    a->offset == b->offset && a->len == b->len;
}

int
ui_reader_view_of(const struct ui *u, enum link_view pv)
{
	for (int v = 0; v < UI_NVIEWS; v++)
		if (u->vs[v].vw->place == pv)
			return v;
	return -1;
}

void
ui_reader_leave_doc(struct ui *u, struct ui_pager *p)
{
	/* A view whose rows are jumps only previews an article (at a hit):
	 * what the reader read is what the Articles view showed. */
	for (int v = 0; v < UI_NVIEWS; v++)
		if (p == &u->vs[v].pager && u->vs[v].vw->follow)
			return;
	if (p->have && p->doc.anchored && p->id.item < u->ds->corpus.n)
		state_set_pos(&u->st, dossier_row(u->ds, p->id.item)->id,
		    ui_pager_keep(p, &u->memo));
}

void
ui_reader_refind(struct ui *u, struct ui_pager *p)
{
	ui_pager_find(p, u->dhave && !u->hl_off ? &u->dsearch : NULL);
	p->hitgen = u->dgen;
}

static void
render_doc(struct render_doc *doc, struct link id, int w, void *ctx)
{
	const struct ui *u = ctx;
	const struct dossier *ds = u->ds;
	int bv = ui_reader_view_of(u, UI_PLACE_BOOKMARKS);

	if (bv >= 0 && id.view == UI_PLACE_BOOKMARKS) {
		ui_bookmarks_render(doc, ds, u->vs[bv].ctx.data, id.item, w);
		return;
	}
	/* Past the topics: the saved queries (ui_view_topics.c). */
	if (id.view == LINK_TOPICS && id.item >= ds->map.ntopics) {
		ui_saved_render(doc, ds, &u->scope, id.item - ds->map.ntopics,
		    w);
		return;
	}
	switch (id.view) {
	case LINK_ARTICLES:
		render_article(doc, ds, id.item, w);
		break;
	case LINK_TIMELINE:
		render_milestone(doc, ds, id.item, w);
		break;
	case LINK_TOPICS:
		render_topic(doc, ds, id.item, w);
		break;
	case LINK_URL:
	case LINK_NVIEWS:
	default:
		/* Only documents' places have a page. */
		util_fatal("no document for link view %d", (int)id.view);
	}
}

/* Makes p show what id names at width w (nothing positioned yet): the
 * doc it has or the cache kept when it is the same one, else rendered;
 * its hits found again only when new or of an older search. */
static void
render_into(struct ui *u, struct ui_pager *p, struct link id, int w)
{
	if (ui_load_render(u, p, id, w)) {
		ui_reader_refind(u, p);
		return;
	}
	if (ui_pager_show(p, &u->dcache, id, w, render_doc, u) != 0 ||
	    p->hitgen != u->dgen)
		ui_reader_refind(u, p);
}

/* Positions a freshly rendered pager at place `to`: the target when it
 * has one, else its reading position (an anchor, or a line). */
static void
position(struct ui *u, struct ui_pager *p, struct link to, int h)
{
	if (p->doc.anchored && to.len > 0)
		ui_pager_target(p, to.offset, to.offset + to.len, h);
	else
		ui_pager_recall(p, &u->memo, to.offset, h);
}

/* Makes the current view's pager show its selection at the current
 * width, keeping the reading position across a re-render. */
void
ui_reader_sync(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	struct ui_list *l = &vs->list;
	struct ui_pager *p = &vs->pager;
	int w = u->dtext.w > 0 ? u->dtext.w : 1, h = ui_reader_text_h(u);
	struct link id;

	ui_list_set_count(l, ui_vcount(vs), ui_reader_list_vis(u));
	if (l->n == 0) {
		ui_reader_leave_doc(u, p);
		ui_pager_stash(p, &u->dcache);
		return;
	}
	id = vs->vw->link(&vs->ctx, ui_vraw(vs, l->sel));
	if (p->have && same_link(&p->id, &id)) {
		if (p->width != w) {
			size_t anchor = ui_pager_anchor(p), ord;
			long link = p->link;
			size_t ts = p->tstart, te = p->tend;

			ui_pager_hit_count(p, &ord);
			render_into(u, p, id, w);
			ui_pager_restore(p, anchor, h);
			ui_pager_hit_nth(p, ord);
			p->tstart = ts;
			p->tend = te;
			if (link >= 0 && (size_t)link < p->doc.nlinks) {
				p->link = link;
				ui_pager_show_line(p, p->doc.links[link].line,
				    h);
			}
		} else if (p->hitgen != u->dgen) {
			ui_reader_refind(u, p);
		}
		ui_pager_set_top(p, p->top, h);
		return;
	}
	ui_reader_leave_doc(u, p);
	render_into(u, p, id, w);
	if (p->doc.anchored) {
		struct link at = id;

		/* An article opened without a target resumes where the
		 * reader left it, in this run or the last. */
		if (at.len == 0)
			at.offset = state_get_pos(&u->st,
			    dossier_row(u->ds, id.item)->id);
		position(u, p, at, h);
	}
}

struct link
ui_reader_here(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	struct ui_pager *p = &vs->pager;
	struct link at;

	if (vs->list.n == 0)
		return vs->vw->transient && vs->have_from ? vs->from :
		    u->vs[0].vw->link(&u->vs[0].ctx, 0);
	at = ui_view_place(vs->vw, &vs->ctx, ui_vraw(vs, vs->list.sel));
	if (p->have && p->id.view == at.view && p->id.item == at.item) {
		at.offset = p->doc.anchored ? ui_pager_keep(p, &u->memo) :
		    p->top;
		if (p->link >= 0 && (size_t)p->link < p->doc.nlinks)
			at.cursor = (size_t)p->link + 1;
	}
	at.in_list = u->focus == UI_FOCUS_LIST;
	at.filter = ui_filter_mark(u, vs);
	return at;
}

void
ui_reader_switch(struct ui *u, int v)
{
	struct ui_vstate *vs = &u->vs[v];

	u->view = v;
	ui_reader_relayout(u);
	ui_list_set_count(&vs->list, ui_vcount(vs), ui_reader_list_vis(u));
}

/* Arrives at a place: its view, its row, and in the detail pane its
 * position (an article offset, with the target highlighted when
 * to.len > 0, or a line); the list of a view that follows. */
static int
go(struct ui *u, struct link to)
{
	int v = ui_reader_view_of(u, to.view);
	struct ui_vstate *vs;
	size_t row;

	if (v < 0)
		return -1;
	vs = &u->vs[v];
	row = vs->vw->row_of(&vs->ctx, to.item);
	if (row == UI_VIEW_NONE) {
		ui_msgs_say(&u->msgs, 1, "%s", GONE);
		return -1;
	}
	row = ui_filter_arrive(u, vs, to.filter, row);
	/* The focus first: in a single-pane layout it decides the layout
	 * that switching computes. */
	u->focus = vs->vw->follow ? UI_FOCUS_LIST : UI_FOCUS_DETAIL;
	ui_reader_switch(u, v);
	ui_list_select(&vs->list, row, ui_reader_list_vis(u));
	ui_reader_sync(u);
	if (vs->vw->follow)
		return 0;
	vs->pager.link = -1;
	vs->pager.tstart = vs->pager.tend = 0;
	position(u, &vs->pager, to, ui_reader_text_h(u));
	/* Back where the reader stood: the link it had selected (in view
	 * only if the position shows it), the pane it was in. */
	if (to.cursor > 0 && to.cursor - 1 < vs->pager.doc.nlinks) {
		vs->pager.link = (long)(to.cursor - 1);
		ui_pager_show_line(&vs->pager,
		    vs->pager.doc.links[to.cursor - 1].line,
		    ui_reader_text_h(u));
	}
	if (to.in_list)
		u->focus = UI_FOCUS_LIST;
	return 0;
}

void
ui_reader_follow(struct ui *u, struct link to)
{
	struct link from = ui_reader_here(u);

	if (go(u, to) != 0)
		return;
	link_history_push(&u->hist, from);
	/* From a topic's page, that topic's mentions are drawn strong. */
	if (from.view == LINK_TOPICS && from.item < u->ds->map.ntopics)
		ui_cur(u)->pager.emph_topic = from.item;
}

/* ---- actions ----------------------------------------------------------- */

int
ui_reader_steps_back(const struct ui *u)
{
	const struct ui_vstate *vs = &u->vs[u->view];

	return u->help || u->prompt.active || vs->vw->transient ||
	    u->panes.zoom ||
	    (u->focus == UI_FOCUS_DETAIL && vs->list.n > 0);
}

static void
scroll_detail(struct ui *u, long delta)
{
	ui_pager_scroll(&ui_cur(u)->pager, delta, ui_reader_text_h(u));
}

static void
move_para(struct ui *u, int dir)
{
	struct ui_pager *p = &ui_cur(u)->pager;
	const struct article *a;
	size_t off, para, line;
	int h = ui_reader_text_h(u);

	if (!p->have || !p->doc.anchored) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Chỉ trong bài báo",
		    "Only in an article"));
		return;
	}
	if (p->doc.preview) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Bài còn đang mở",
		    "The article is still being read"));
		return;
	}
	a = dossier_article(u->ds, p->id.item);
	if (a->npara == 0)
		return;
	off = ui_pager_anchor(p);
	para = corpus_para_at(a, off);
	u->focus = UI_FOCUS_DETAIL;
	if (dir > 0) {
		/* From the title block the first paragraph is next. */
		if (p->top < render_line_at(&p->doc, a->para[0]))
			para = 0;
		else if (para + 1 < a->npara)
			para++;
		else {
			ui_pager_set_top(p, ui_pager_maxtop(p, h), h);
			return;
		}
	} else {
		line = render_line_at(&p->doc, a->para[para]);
		if (p->top <= line) {
			if (para == 0) {
				ui_pager_set_top(p, 0, h);
				return;
			}
			para--;
		}
	}
	ui_pager_set_top(p, render_line_at(&p->doc, a->para[para]), h);
}

/* A bookmark's page has one link, its article's: Enter needs no Tab. */
static void
follow_first(struct ui *u, const struct ui_pager *p)
{
	if (p->have && p->doc.nlinks > 0)
		ui_reader_follow(u, p->doc.links[0].to);
	else
		ui_msgs_say(&u->msgs, 1, "%s", GONE);
}

static void
open_selected(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	struct ui_pager *p = &vs->pager;
	size_t which;

	/* A saved query opens from either pane (but for a link chosen in
	 * its page). */
	if (vs->vw == &ui_view_topics && vs->list.n > 0 &&
	    ui_topics_saved_row(&vs->ctx, ui_vraw(vs, vs->list.sel), &which) &&
	    (u->focus == UI_FOCUS_LIST || p->link < 0)) {
		ui_scope_open(u, which);
		return;
	}
	if (u->focus == UI_FOCUS_LIST) {
		if (vs->list.n == 0)
			return;
		if (vs->vw == &ui_view_bookmarks)
			follow_first(u, p);
		else if (vs->vw->follow)
			ui_reader_follow(u, vs->vw->link(&vs->ctx, vs->list.sel));
		else
			u->focus = UI_FOCUS_DETAIL;
		return;
	}
	if (p->link < 0 && vs->vw == &ui_view_bookmarks) {
		follow_first(u, p);
		return;
	}
	if (p->link >= 0 && (size_t)p->link < p->doc.nlinks) {
		if (!ui_open_link(u, &p->doc, &p->doc.links[p->link].to))
			ui_reader_follow(u, p->doc.links[p->link].to);
		return;
	}
	ui_msgs_say(&u->msgs, 0, L("%s chọn một liên kết, %s mở",
	    "%s selects a link, %s follows it"), ui_keys_name(ACT_NEXT_LINK),
	    ui_keys_name(ACT_OPEN));
}

static void
go_back(struct ui *u, int forward)
{
	struct link to;
	int rc = forward ? link_history_forward(&u->hist, ui_reader_here(u),
	    &to) : link_history_back(&u->hist, ui_reader_here(u), &to);

	if (rc == 0) {
		go(u, to);
		return;
	}
	if (!forward && u->lay.single && u->focus == UI_FOCUS_DETAIL) {
		u->focus = UI_FOCUS_LIST;
		return;
	}
	ui_msgs_say(&u->msgs, 0, "%s", forward ? L("Không có gì phía trước",
	    "Nothing to go forward to") : L("Không còn gì để quay lại",
	    "Nothing to go back to"));
}

static void
link_step(struct ui *u, int dir)
{
	struct ui_pager *p = &ui_cur(u)->pager;

	if (u->focus == UI_FOCUS_LIST) {
		u->focus = UI_FOCUS_DETAIL;
		return;
	}
	if (ui_pager_link_step(p, dir, ui_reader_text_h(u)) != 0)
		ui_msgs_say(&u->msgs, 0, "%s", L("Không có liên kết",
		    "No links here"));
	else if (p->wrapped)
		ui_msgs_say(&u->msgs, 0, "%s", dir > 0 ?
		    L("Liên kết đầu tiên", "Back to the first link") :
		    L("Liên kết cuối cùng", "Back to the last link"));
}

static void
year_step(struct ui *u, int dir)
{
	size_t r = ui_filter_year(ui_cur(u), dir);

	if (r == UI_VIEW_NONE) {
		ui_msgs_say(&u->msgs, 0, "%s", dir > 0 ?
		    L("Năm cuối cùng", "The last year") :
		    L("Năm đầu tiên", "The first year"));
		return;
	}
	ui_list_select(&ui_cur(u)->list, r, ui_reader_list_vis(u));
}

/* J and K: the next or previous row of the list, in the list's order,
 * without leaving the pane the reader is in. */
static void
item_step(struct ui *u, long delta)
{
	struct ui_list *l = &ui_cur(u)->list;
	size_t vis = ui_reader_list_vis(u);

	if (l->n == 0)
		return;
	if ((delta > 0 && l->sel + 1 >= l->n) || (delta < 0 && l->sel == 0)) {
		ui_msgs_say(&u->msgs, 0, "%s", delta > 0 ?
		    L("Đã là mục cuối", "This is the last one") :
		    L("Đã là mục đầu", "This is the first one"));
		return;
	}
	ui_list_move(l, delta, vis);
}

/* A count as an index into n things: N is the Nth (1-based), clamped. */
static size_t
nth(long count, size_t n)
{
	if (n == 0)
		return 0;
	return count < 1 ? 0 : (size_t)count > n ? n - 1 : (size_t)count - 1;
}

/* N% of the focused pane: the list's rows, or the doc's lines. */
static void
percent(struct ui *u, long count)
{
	struct ui_vstate *vs = ui_cur(u);
	int h = ui_reader_text_h(u);
	long pc = count > 100 ? 100 : count;

	if (u->focus == UI_FOCUS_DETAIL) {
		size_t max = ui_pager_maxtop(&vs->pager, h);

		ui_pager_set_top(&vs->pager, (size_t)((double)max * pc / 100),
		    h);
	} else if (vs->list.n > 0) {
		ui_list_select(&vs->list, (size_t)((double)(vs->list.n - 1) *
		    pc / 100), ui_reader_list_vis(u));
	}
}

/* Moves in the focused pane by a line (page 0), a page (1) or half a
 * page (2). */
static void
step(struct ui *u, int dir, int page)
{
	struct ui_list *l = &ui_cur(u)->list;
	int h = ui_reader_text_h(u);
	long vis = (long)ui_reader_list_vis(u);

	if (u->focus == UI_FOCUS_DETAIL) {
		long n = page == 0 ? 1 : page == 1 ? (h > 2 ? h - 1 : 1) :
		    (h > 1 ? h / 2 : 1);

		scroll_detail(u, dir * n);
	} else {
		long n = page == 0 ? 1 : page == 1 ? vis :
		    (vis > 1 ? vis / 2 : 1);

		ui_list_move(l, dir * n, (size_t)vis);
	}
}

/* q and Esc: one level back (see ui_reader_steps_back), else quit. */
static void
close_level(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);

	if (ui_panes_unzoom(u))
		return;
	if (vs->vw->transient) {
		struct link to = vs->have_from ? vs->from :
		    u->vs[0].vw->link(&u->vs[0].ctx, 0);

		if (go(u, to) != 0) {
			u->focus = UI_FOCUS_LIST;
			ui_reader_switch(u, 0);
		}
		return;
	}
	if (u->focus == UI_FOCUS_DETAIL && vs->list.n > 0) {
		u->focus = UI_FOCUS_LIST;
		return;
	}
	u->quit = 1;
}

/* 1, 2, 3, 4: the view, its list focused; a place in history, pushed by
 * the next key unless that key makes the digit a count (ui_input.c). */
static void
switch_view(struct ui *u, int v)
{
	if (v == u->view) {
		u->focus = UI_FOCUS_LIST;
		return;
	}
	u->pend_from = ui_reader_here(u);
	u->pend_view = u->view;
	u->pend_focus = u->focus;
	u->pend_switch = 1;
	u->focus = UI_FOCUS_LIST;
	ui_reader_switch(u, v);
}

void
ui_reader_act(struct ui *u, enum ui_action a, long count)
{
	struct ui_vstate *vs = ui_cur(u);
	struct ui_list *l = &vs->list;
	struct ui_pager *p = &vs->pager;
	int detail = u->focus == UI_FOCUS_DETAIL, h = ui_reader_text_h(u);
	size_t vis = ui_reader_list_vis(u);
	long n = count > 0 ? count : 1;

	switch (a) {
	case ACT_DOWN:
	case ACT_UP:
		for (long i = 0; i < n && i < 100000; i++)
			step(u, a == ACT_DOWN ? 1 : -1, 0);
		break;
	case ACT_PAGE_DOWN:
		/* Space at the bottom of an article goes on to the next one,
		 * as in mutt. */
		if (detail && count == 0 && p->have && l->n > 0 &&
		    p->top >= ui_pager_maxtop(p, h)) {
			item_step(u, 1);
			break;
		}
		/* FALLTHROUGH */
	case ACT_PAGE_UP:
		for (long i = 0; i < n && i < 10000; i++)
			step(u, a == ACT_PAGE_DOWN ? 1 : -1, 1);
		break;
	case ACT_HALF_DOWN:
	case ACT_HALF_UP:
		for (long i = 0; i < n && i < 10000; i++)
			step(u, a == ACT_HALF_DOWN ? 1 : -1, 2);
		break;
	case ACT_LINE_DOWN:
	case ACT_LINE_UP:
		scroll_detail(u, (a == ACT_LINE_DOWN ? 1 : -1) * n);
		break;
	case ACT_NEXT_ITEM:
	case ACT_PREV_ITEM:
		item_step(u, (a == ACT_NEXT_ITEM ? 1 : -1) * n);
		break;
	case ACT_PERCENT:
		percent(u, count);
		break;
	case ACT_FIRST:
	case ACT_LAST:
		/* A count is a row or a line, from 1, as less's NG. */
		if (detail) {
			size_t max = ui_pager_maxtop(p, h);

			ui_pager_set_top(p, count > 0 ?
			    nth(count, p->doc.nlines) : a == ACT_FIRST ? 0 :
			    max, h);
		} else if (l->n > 0) {
			ui_list_select(l, count > 0 ? nth(count, l->n) :
			    a == ACT_FIRST ? 0 : l->n - 1, vis);
		}
		break;
	case ACT_VIEW_ARTICLES:
	case ACT_VIEW_TIMELINE:
	case ACT_VIEW_TOPICS:
	case ACT_VIEW_BOOKMARKS:
		switch_view(u, (int)(a - ACT_VIEW_ARTICLES));
		break;
	case ACT_CLEAR_HL:
		u->hl_off = 1;
		u->dgen++;
		break;
	case ACT_CLOSE:
		close_level(u);
		break;
	case ACT_FOCUS_LIST:
		u->focus = UI_FOCUS_LIST;
		break;
	case ACT_FOCUS_DETAIL:
		if (l->n > 0)
			u->focus = UI_FOCUS_DETAIL;
		break;
	case ACT_NEXT_LINK:
	case ACT_PREV_LINK:
		if (l->n > 0)
			link_step(u, a == ACT_NEXT_LINK ? 1 : -1);
		break;
	case ACT_OPEN:
		open_selected(u);
		break;
	case ACT_BACK:
	case ACT_FORWARD:
		go_back(u, a == ACT_FORWARD);
		break;
	case ACT_SEARCH:
		ui_search_open_find(u);
		break;
	case ACT_NEXT_MATCH:
	case ACT_PREV_MATCH:
		if (u->hl_off) {
			u->hl_off = 0;
			u->dgen++;
		}
		for (long i = 0; i < n && i < 10000; i++)
			ui_search_next(u, a == ACT_NEXT_MATCH ? 1 : -1);
		break;
	case ACT_SEARCH_CORPUS:
		ui_search_open_corpus(u);
		break;
	case ACT_SCOPE:
		ui_scope_toggle(u);
		break;
	case ACT_FILTER:
	case ACT_SORT:
		(a == ACT_FILTER ? ui_filter_open : ui_filter_sort)(u);
		break;
	case ACT_COPY:
	case ACT_COPY_MD:
		ui_copy(u, a == ACT_COPY_MD);
		break;
	case ACT_PIPE:
		ui_pipe_open(u);
		break;
	case ACT_BOOKMARK:
		ui_bookmark_open(u);
		break;
	case ACT_BOOKMARK_DELETE:
		ui_bookmark_delete(u);
		break;
	case ACT_TOGGLE_READ:
		ui_read_toggle(u);
		break;
	case ACT_NEXT_PARA:
	case ACT_PREV_PARA:
		move_para(u, a == ACT_NEXT_PARA ? 1 : -1);
		break;
	case ACT_NEXT_YEAR:
	case ACT_PREV_YEAR:
		year_step(u, a == ACT_NEXT_YEAR ? 1 : -1);
		break;
	case ACT_ZOOM_IN:
	case ACT_ZOOM_OUT:
		if (vs->vw->zoom != NULL) {
			char msg[128];

			vs->vw->zoom(&vs->ctx, ui_vraw(vs, l->sel),
			    a == ACT_ZOOM_IN ? 1 : -1, msg, sizeof msg);
			ui_msgs_say(&u->msgs, 0, "%s", msg);
		}
		break;
	case ACT_HELP:
		u->help = 1;
		u->helpp.top = 0;
		u->helpp.have = 0;
		break;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		break;
	case ACT_ZOOM:
		ui_panes_zoom(u);
		break;
	case ACT_LIST_NARROWER:
	case ACT_LIST_WIDER:
		ui_panes_list_width(u, a == ACT_LIST_WIDER ? 1 : -1);
		break;
	case ACT_QUIT:
		u->quit = 1;
		break;
	case ACT_MOUSE:
		ui_mouse_toggle(u);
		break;
	case ACT_TOPIC_COLOUR:
		ui_pager_toggle_colour(&u->msgs);
		break;
	case ACT_NONE:
	case ACT_COUNT:
	default:
		break;
	}
}
