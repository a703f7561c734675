/*
 * ui_reader: the interactive reader (see include/ui/ui_reader.h).
 *
 * Model: three views (Articles, Timeline, Topics) plus the corpus search
 * results, each a struct ui_view (ui_view.h).  Every view has its own
 * list widget and its own pager, so switching views keeps both the
 * selection and the reading position.  The pager always shows the place
 * the list's selection names (view->link); it is re-rendered lazily, when
 * that place or the pane's width changed (sync_detail).
 *
 * A jump (following a link, opening a search result) is a move from one
 * place (struct link) to another; history is a stack of places, so back
 * and forward cross views.  Article positions are byte offsets into the
 * article's stored text, never line numbers: they survive a resize, a
 * re-render and a restart (the state file).
 *
 * The frame is redrawn whole after every event (ncurses sends only the
 * difference), from a layout recomputed from LINES and COLS each time,
 * so a resize needs no special path besides re-rendering at the new
 * width.  Input is get_wch with a short timeout, which is also how a
 * SIGINT/SIGTERM/SIGHUP (caught into a flag) ends the loop promptly and
 * through the one cleanup path.
 */
#include "ui_reader.h"

#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "render.h"
#include "state.h"
#include "theme.h"
#include "ui_draw.h"
#include "ui_help.h"
#include "ui_keys.h"
#include "ui_layout.h"
#include "ui_list.h"
#include "ui_pager.h"
#include "ui_prompt.h"
#include "ui_theme.h"
#include "ui_view.h"
#include "util.h"
#include "wrap.h"

enum { V_ARTICLES, V_TIMELINE, V_TOPICS, V_RESULTS, V_COUNT };

static const struct ui_view *const views[V_COUNT] = {
	&ui_view_articles, &ui_view_timeline, &ui_view_topics,
	&ui_view_results,
};

enum { PROMPT_FIND_LIST, PROMPT_FIND_DETAIL, PROMPT_CORPUS };

#define INPUT_TIMEOUT_MS 250
#define WHEEL_STEP 3
#define TOP_MEMO 32

/* An anchor (a text offset) brings back the paragraph, not the exact
 * line: the top may have been a blank line or a heading.  While the
 * width is unchanged, the exact line is remembered here. */
struct top_memo {
	size_t item, anchor, top;
	int width;
};

struct ui_msg {
	char *text;
	int error;
	int queued;			/* a startup warning: shown in turn */
};

struct ui {
	struct dossier *ds;
	const struct ui_reader_options *o;
	struct ui_ctx ctx;
	struct ui_results res;
	struct link results_from;	/* where `s` was confirmed */
	int view;
	enum ui_focus focus;
	struct ui_list list[V_COUNT];
	struct ui_pager pager[V_COUNT];
	struct link_history hist;
	struct state st;
	struct diag diag;		/* theme and state problems */

	struct ui_layout lay;		/* as drawn */
	struct ui_rect lbody;		/* list body, wherever it is */
	struct ui_rect dtext;		/* detail text area, likewise */
	int tabx[V_COUNT][2];		/* header columns of each tab */

	/* Searches: the list's (titles) and the detail's (text). */
	struct search lsearch, dsearch;
	int lhave, dhave;
	unsigned dgen;
	struct ui_prompt prompt;
	char *saved_query;		/* restored when the prompt is cancelled */
	size_t orig_sel, orig_ltop, orig_top;

	int help;			/* the help overlay is open */
	struct ui_pager helpp;

	struct ui_msg *msgs;
	size_t nmsgs, capmsgs;

	struct top_memo memo[TOP_MEMO];
	size_t nmemo;

	int quit;
};

static SCREEN *screen;
static int curses_on;
static volatile sig_atomic_t got_signal;

/* ---- terminal ---------------------------------------------------------- */

int
ui_reader_locale_init(void)
{
	static const char *const fallbacks[] = { "C.UTF-8", "C.utf8",
	    "en_US.UTF-8" };
	const char *cs;

	setlocale(LC_ALL, "");
	cs = nl_langinfo(CODESET);
	if (cs == NULL || strcmp(cs, "UTF-8") != 0) {
		size_t i;

		/* The screen must be the same under LANG=C: only the
		 * codeset matters to hoso, and C.UTF-8 has nothing else. */
		for (i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++)
			if (setlocale(LC_ALL, fallbacks[i]) != NULL &&
			    strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
				break;
		if (i == sizeof fallbacks / sizeof fallbacks[0])
			return -1;
	}
	setlocale(LC_NUMERIC, "C");
	return 0;
}

static void
restore_terminal(void)
{
	if (curses_on) {
		curses_on = 0;
		endwin();
	}
}

static void
on_signal(int sig)
{
	got_signal = sig;
}

static void
catch_signals(void (*handler)(int))
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a blocked read returns and the loop sees the flag. */
	sa.sa_flags = 0;
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
}

static int
open_terminal(void)
{
	const char *term = getenv("TERM");

	if (!isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO)) {
		fprintf(stderr, "hoso: the reader needs a terminal, but %s is "
		    "not one; for output to a pipe or a file use a mode such "
		    "as --list or --show ID (see hoso --help)\n",
		    !isatty(STDOUT_FILENO) ? "standard output" :
		    "standard input");
		return -1;
	}
	if (term == NULL || term[0] == '\0') {
		fputs("hoso: TERM is not set, so the terminal cannot be "
		    "used; set it (e.g. TERM=xterm-256color) or use a mode "
		    "such as --list\n", stderr);
		return -1;
	}
	/* Caught before newterm, so ncurses keeps our handlers for these
	 * and installs its own only for SIGTSTP and SIGWINCH. */
	catch_signals(on_signal);
	screen = newterm(NULL, stdout, stdin);
	if (screen == NULL) {
		catch_signals(SIG_DFL);
		fprintf(stderr, "hoso: unknown terminal type \"%s\" (TERM); "
		    "set TERM to one this system knows, e.g. "
		    "xterm-256color\n", term);
		return -1;
	}
	set_term(screen);
	{
		/* A terminal that cannot move the cursor (dumb, or a
		 * hardcopy entry) would get a scrolling mess. */
		const char *cup = tigetstr("cup");

		if (cup == NULL || cup == (char *)-1) {
			endwin();
			delscreen(screen);
			screen = NULL;
			catch_signals(SIG_DFL);
			fprintf(stderr, "hoso: the terminal type \"%s\" "
			    "(TERM) cannot position the cursor, which the "
			    "reader needs; use a mode such as --list\n", term);
			return -1;
		}
	}
	curses_on = 1;
	util_set_fatal_hook(restore_terminal);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	set_escdelay(25);
	wtimeout(stdscr, INPUT_TIMEOUT_MS);
	curs_set(0);
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	return 0;
}

static void
close_terminal(void)
{
	restore_terminal();
	util_set_fatal_hook(NULL);
	if (screen != NULL) {
		delscreen(screen);
		screen = NULL;
	}
}

/* ---- messages ---------------------------------------------------------- */

static void
msg_add(struct ui *u, int error, int queued, const char *fmt, va_list ap)
{
	struct util_buf b;
	size_t at = 0;

	util_buf_init(&b);
	util_buf_vprintf(&b, fmt, ap);
	/* What an action says replaces what the last one said and goes
	 * before the startup warnings still waiting; those take turns. */
	if (!queued) {
		for (size_t i = 0; i < u->nmsgs;)
			if (!u->msgs[i].queued) {
				free(u->msgs[i].text);
				memmove(u->msgs + i, u->msgs + i + 1,
				    (u->nmsgs - i - 1) * sizeof *u->msgs);
				u->nmsgs--;
			} else {
				i++;
			}
	} else {
		at = u->nmsgs;
	}
	util_grow((void **)&u->msgs, &u->capmsgs, u->nmsgs + 1,
	    sizeof *u->msgs);
	memmove(u->msgs + at + 1, u->msgs + at,
	    (u->nmsgs - at) * sizeof *u->msgs);
	u->msgs[at].text = util_buf_detach(&b, NULL);
	u->msgs[at].error = error;
	u->msgs[at].queued = queued;
	u->nmsgs++;
}

static void UTIL_PRINTF(3, 4)
msg(struct ui *u, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	msg_add(u, error, 0, fmt, ap);
	va_end(ap);
}

static void UTIL_PRINTF(3, 4)
msg_queue(struct ui *u, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	msg_add(u, error, 1, fmt, ap);
	va_end(ap);
}

/* A key was pressed: the message shown has been seen. */
static void
msg_pop(struct ui *u)
{
	if (u->nmsgs == 0)
		return;
	free(u->msgs[0].text);
	memmove(u->msgs, u->msgs + 1, (u->nmsgs - 1) * sizeof *u->msgs);
	u->nmsgs--;
}

/* ---- geometry ---------------------------------------------------------- */

static void
relayout(struct ui *u)
{
	struct ui_layout l;
	int axis = views[u->view]->axis;

	ui_layout_compute(&u->lay, LINES, COLS, axis, u->focus);
	/* The hidden pane of a single-pane layout still has a size: its
	 * list keeps scrolling right and its doc is rendered to fit. */
	ui_layout_compute(&l, LINES, COLS, axis, UI_FOCUS_LIST);
	u->lbody = ui_layout_body(l.list);
	ui_layout_compute(&l, LINES, COLS, axis, UI_FOCUS_DETAIL);
	u->dtext = ui_layout_text(l.detail);
}

static size_t
list_vis(const struct ui *u)
{
	return ui_list_visible(u->lbody.h, views[u->view]->rowh);
}

static int
text_h(const struct ui *u)
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

static int
view_of(enum link_view lv)
{
	switch (lv) {
	case LINK_TIMELINE:
		return V_TIMELINE;
	case LINK_TOPICS:
		return V_TOPICS;
	case LINK_RESULTS:
		return V_RESULTS;
	case LINK_ARTICLES:
	default:
		return V_ARTICLES;
	}
}

/* The anchor of an article pager, remembering its exact top. */
static size_t
article_anchor(struct ui *u, const struct ui_pager *p)
{
	size_t anchor = ui_pager_anchor(p);
	struct top_memo *m = &u->memo[u->nmemo++ % TOP_MEMO];

	m->item = p->id.item;
	m->anchor = anchor;
	m->top = p->top;
	m->width = p->width;
	return anchor;
}

/* Puts an article anchor back at the top, exactly where it was if the
 * width has not changed since. */
static void
article_restore(struct ui *u, struct ui_pager *p, size_t anchor, int h)
{
	size_t n = u->nmemo < TOP_MEMO ? u->nmemo : TOP_MEMO;

	ui_pager_restore(p, anchor, h);
	for (size_t k = 0; k < n; k++) {
		const struct top_memo *m = &u->memo[(u->nmemo - 1 - k) % TOP_MEMO];

		if (m->item == p->id.item && m->anchor == anchor &&
		    m->width == p->width) {
			ui_pager_set_top(p, m->top, h);
			p->rtop = p->top;	/* still this anchor */
			return;
		}
	}
}

/* Remembers the reading position of the article a pager shows. */
static void
leave_doc(struct ui *u, struct ui_pager *p)
{
	if (p->have && p->id.view == LINK_ARTICLES &&
	    p->id.item < u->ds->corpus.n)
		state_set_pos(&u->st, u->ds->corpus.v[p->id.item].id,
		    article_anchor(u, p));
}

static void
refind(struct ui *u, struct ui_pager *p)
{
	ui_pager_find(p, u->dhave ? &u->dsearch : NULL);
	p->hitgen = u->dgen;
}

/* Renders what id names into p at width w (nothing positioned yet). */
static void
render_into(struct ui *u, struct ui_pager *p, struct link id, int w)
{
	ui_pager_reset(p);
	switch (id.view) {
	case LINK_ARTICLES:
		render_article(&p->doc, u->ds, id.item, w);
		break;
	case LINK_TIMELINE:
		render_milestone(&p->doc, u->ds, id.item, w);
		break;
	case LINK_TOPICS:
		render_topic(&p->doc, u->ds, id.item, w);
		break;
	default:
		/* Results rows link to articles; nothing else has a page. */
		util_fatal("no document for link view %d", (int)id.view);
	}
	p->id = id;
	p->width = w;
	p->have = 1;
	refind(u, p);
}

/* Makes the current view's pager show its selection at the current
 * width, keeping the reading position across a re-render. */
static void
sync_detail(struct ui *u)
{
	const struct ui_view *vw = views[u->view];
	struct ui_list *l = &u->list[u->view];
	struct ui_pager *p = &u->pager[u->view];
	int w = u->dtext.w > 0 ? u->dtext.w : 1, h = text_h(u);
	struct link id;

	ui_list_set_count(l, vw->count(&u->ctx), list_vis(u));
	if (l->n == 0) {
		leave_doc(u, p);
		ui_pager_reset(p);
		p->doc.nlines = 0;
		return;
	}
	id = vw->link(&u->ctx, l->sel);
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
			refind(u, p);
		}
		ui_pager_set_top(p, p->top, h);
		return;
	}
	leave_doc(u, p);
	render_into(u, p, id, w);
	if (id.view == LINK_ARTICLES && id.len > 0)
		ui_pager_target(p, id.offset, id.offset + id.len, h);
	else if (id.view == LINK_ARTICLES)
		article_restore(u, p, state_get_pos(&u->st,
		    u->ds->corpus.v[id.item].id), h);
}

/* Where the reader is now, as a place to come back to. */
static struct link
here(struct ui *u)
{
	struct ui_list *l = &u->list[u->view];
	struct ui_pager *p = &u->pager[u->view];
	struct link at;

	if (l->n == 0)
		return u->view == V_RESULTS ? u->results_from :
		    views[V_ARTICLES]->link(&u->ctx, 0);
	if (u->view == V_RESULTS) {
		at.view = LINK_RESULTS;
		at.item = l->sel;
		at.offset = at.len = 0;
		return at;
	}
	at = views[u->view]->link(&u->ctx, l->sel);
	at.len = 0;
	at.offset = 0;
	if (p->have && p->id.view == at.view && p->id.item == at.item)
		at.offset = at.view == LINK_ARTICLES ? article_anchor(u, p) :
		    p->top;
	return at;
}

static void
switch_view(struct ui *u, int v)
{
	u->view = v;
	relayout(u);
	ui_list_set_count(&u->list[v], views[v]->count(&u->ctx), list_vis(u));
}

/* Arrives at a place: its view, its row, and in the detail pane its
 * position (an article offset, with the target highlighted when
 * to.len > 0, or a line). */
static int
go(struct ui *u, struct link to)
{
	int v = view_of(to.view);
	size_t row;
	struct ui_pager *p;
	int h;

	if (to.view >= LINK_NVIEWS)
		return -1;
	if (to.view == LINK_RESULTS) {
		if (to.item >= views[V_RESULTS]->count(&u->ctx)) {
			msg(u, 1, "Không còn mục này / That item is gone");
			return -1;
		}
		switch_view(u, V_RESULTS);
		u->focus = UI_FOCUS_LIST;
		ui_list_select(&u->list[V_RESULTS], to.item, list_vis(u));
		sync_detail(u);
		return 0;
	}
	row = views[v]->row_of(&u->ctx, to.item);
	if (row == UI_VIEW_NONE) {
		msg(u, 1, "Không còn mục này / That item is gone");
		return -1;
	}
	switch_view(u, v);
	u->focus = UI_FOCUS_DETAIL;
	relayout(u);
	ui_list_set_count(&u->list[v], views[v]->count(&u->ctx), list_vis(u));
	ui_list_select(&u->list[v], row, list_vis(u));
	sync_detail(u);
	p = &u->pager[v];
	h = text_h(u);
	p->link = -1;
	p->tstart = p->tend = 0;
	if (to.view == LINK_ARTICLES && to.len > 0)
		ui_pager_target(p, to.offset, to.offset + to.len, h);
	else if (to.view == LINK_ARTICLES)
		article_restore(u, p, to.offset, h);
	else
		ui_pager_set_top(p, to.offset, h);
	return 0;
}

static void
follow(struct ui *u, struct link to)
{
	struct link from = here(u);

	if (go(u, to) == 0)
		link_history_push(&u->hist, from);
}

/* ---- searching --------------------------------------------------------- */

static void
set_search(struct search *s, int *have, const char *q)
{
	if (*have)
		search_free(s);
	*have = q != NULL && q[0] != '\0' && search_init(s, q) == 0;
}

static int
row_matches(struct ui *u, size_t row)
{
	const char *t = views[u->view]->title(&u->ctx, row);
	struct search_range *r = NULL;
	size_t n = 0, cap = 0;

	search_text(&u->lsearch, t, strlen(t), &r, &n, &cap);
	free(r);
	return n > 0;
}

/* The next row (dir > 0) or previous one from `from` (included when
 * self) whose title matches the list search; wraps. */
static long
list_find(struct ui *u, size_t from, int dir, int self, int *wrapped)
{
	size_t n = u->list[u->view].n;

	*wrapped = 0;
	if (!u->lhave || n == 0)
		return -1;
	for (size_t k = self ? 0 : 1; k <= n; k++) {
		size_t i = dir > 0 ? (from + k) % n : (from + n - k % n) % n;

		if (dir > 0 ? from + k >= n : k > from)
			*wrapped = 1;
		if (row_matches(u, i))
			return (long)i;
	}
	return -1;
}

static void
find_apply(struct ui *u, const char *q)
{
	struct ui_list *l = &u->list[u->view];
	struct ui_pager *p = &u->pager[u->view];
	int wrapped;

	if (u->prompt.kind == PROMPT_FIND_LIST) {
		long r;

		set_search(&u->lsearch, &u->lhave, q);
		r = list_find(u, u->orig_sel, 1, 1, &wrapped);
		if (r >= 0) {
			ui_list_select(l, (size_t)r, list_vis(u));
		} else {
			l->sel = u->orig_sel;
			l->top = u->orig_ltop;
			ui_list_fix(l, list_vis(u));
		}
		return;
	}
	set_search(&u->dsearch, &u->dhave, q);
	u->dgen++;
	refind(u, p);
	ui_pager_set_top(p, u->orig_top, text_h(u));
	if (ui_pager_hit_first(p, u->orig_top, text_h(u)) != 0)
		ui_pager_set_top(p, u->orig_top, text_h(u));
}

static void
open_find(struct ui *u)
{
	int detail = u->focus == UI_FOCUS_DETAIL;
	const struct search *cur = detail ? &u->dsearch : &u->lsearch;

	free(u->saved_query);
	u->saved_query = (detail ? u->dhave : u->lhave) ?
	    util_strdup(cur->query) : NULL;
	u->orig_sel = u->list[u->view].sel;
	u->orig_ltop = u->list[u->view].top;
	u->orig_top = u->pager[u->view].top;
	ui_prompt_open(&u->prompt, detail ? PROMPT_FIND_DETAIL :
	    PROMPT_FIND_LIST, "/", "");
}

static void
run_corpus_search(struct ui *u, const char *q)
{
	struct link from = here(u);
	long n = ui_view_results_run(&u->res, u->ds, q);

	if (n < 0) {
		msg(u, 1, "Hãy gõ điều cần tìm / Type something to search for");
		return;
	}
	if (n == 0) {
		msg(u, 1, "Không tìm thấy / Not found: “%s”", q);
		return;
	}
	/* Running a search is a jump: Backspace from the results returns
	 * here.  A new search from the results replaces them in place. */
	if (u->view != V_RESULTS) {
		u->results_from = from;
		link_history_push(&u->hist, from);
	}
	leave_doc(u, &u->pager[V_RESULTS]);
	ui_pager_reset(&u->pager[V_RESULTS]);
	u->list[V_RESULTS].sel = u->list[V_RESULTS].top = 0;
	switch_view(u, V_RESULTS);
	u->focus = UI_FOCUS_LIST;
	msg(u, 0, "%ld kết quả cho / matches for “%s” — Enter mở bài / "
	    "opens the article", n, q);
}

static void
prompt_done(struct ui *u, enum ui_prompt_result r)
{
	char *q = util_strdup(u->prompt.text.data);
	int kind = u->prompt.kind;

	ui_prompt_close(&u->prompt);
	if (kind == PROMPT_CORPUS) {
		if (r == UI_PROMPT_ENTER)
			run_corpus_search(u, q);
		free(q);
		return;
	}
	if (r == UI_PROMPT_CANCEL) {
		/* Back to the search and the place from before the prompt. */
		u->prompt.kind = kind;
		find_apply(u, u->saved_query);
		if (kind == PROMPT_FIND_LIST) {
			u->list[u->view].sel = u->orig_sel;
			u->list[u->view].top = u->orig_ltop;
			ui_list_fix(&u->list[u->view], list_vis(u));
		} else {
			ui_pager_set_top(&u->pager[u->view], u->orig_top,
			    text_h(u));
		}
	} else if (q[0] != '\0') {
		size_t ord, n;
		int found;

		if (kind == PROMPT_FIND_LIST) {
			int w;

			found = u->lhave && list_find(u,
			    u->list[u->view].sel, 1, 1, &w) >= 0;
		} else {
			n = ui_pager_hit_count(&u->pager[u->view], &ord);
			found = n > 0;
			if (found)
				msg(u, 0, "%zu/%zu “%s” — n/N", ord, n, q);
		}
		if (!found)
			msg(u, 1, "Không tìm thấy / Not found: “%s”", q);
	}
	free(q);
}

static void
next_match(struct ui *u, int dir)
{
	static const char *const wrap[2] = {
		" — tiếp từ cuối / wrapped to the bottom",
		" — tiếp từ đầu / wrapped to the top" };
	int wrapped = 0;

	if (u->focus == UI_FOCUS_LIST) {
		long r;

		if (!u->lhave) {
			msg(u, 1, "Chưa tìm gì — nhấn / / No search yet — "
			    "press /");
			return;
		}
		r = list_find(u, u->list[u->view].sel, dir, 0, &wrapped);
		if (r < 0) {
			msg(u, 1, "Không tìm thấy / Not found: “%s”",
			    u->lsearch.query);
			return;
		}
		ui_list_select(&u->list[u->view], (size_t)r, list_vis(u));
		msg(u, 0, "“%s”%s", u->lsearch.query,
		    wrapped ? wrap[dir > 0] : "");
	} else {
		struct ui_pager *p = &u->pager[u->view];
		size_t ord, n;

		if (!u->dhave) {
			msg(u, 1, "Chưa tìm gì — nhấn / / No search yet — "
			    "press /");
			return;
		}
		if (ui_pager_hit_step(p, dir, text_h(u)) != 0) {
			msg(u, 1, "Không tìm thấy / Not found: “%s”",
			    u->dsearch.query);
			return;
		}
		n = ui_pager_hit_count(p, &ord);
		msg(u, 0, "%zu/%zu “%s”%s", ord, n, u->dsearch.query,
		    p->wrapped ? wrap[dir > 0] : "");
	}
}

/* ---- actions ----------------------------------------------------------- */

static void
scroll_detail(struct ui *u, long delta)
{
	ui_pager_scroll(&u->pager[u->view], delta, text_h(u));
}

static void
move_para(struct ui *u, int dir)
{
	struct ui_pager *p = &u->pager[u->view];
	const struct article *a;
	size_t off, para, line;
	int h = text_h(u);

	if (!p->have || p->id.view != LINK_ARTICLES) {
		msg(u, 1, "Chỉ trong bài báo / Only in an article");
		return;
	}
	a = &u->ds->corpus.v[p->id.item];
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

static void
open_selected(struct ui *u)
{
	struct ui_list *l = &u->list[u->view];
	struct ui_pager *p = &u->pager[u->view];

	if (u->focus == UI_FOCUS_LIST) {
		if (l->n == 0)
			return;
		if (u->view == V_RESULTS) {
			follow(u, views[V_RESULTS]->link(&u->ctx, l->sel));
			return;
		}
		u->focus = UI_FOCUS_DETAIL;
		return;
	}
	if (p->link >= 0 && (size_t)p->link < p->doc.nlinks) {
		follow(u, p->doc.links[p->link].to);
		return;
	}
	msg(u, 0, "Tab chọn một liên kết, Enter mở / Tab selects a link, "
	    "Enter follows it");
}

static void
go_back(struct ui *u, int forward)
{
	struct link to;
	int rc = forward ? link_history_forward(&u->hist, here(u), &to) :
	    link_history_back(&u->hist, here(u), &to);

	if (rc == 0) {
		go(u, to);
		return;
	}
	if (!forward && u->lay.single && u->focus == UI_FOCUS_DETAIL) {
		u->focus = UI_FOCUS_LIST;
		return;
	}
	msg(u, 0, forward ? "Không có gì phía trước / Nothing to go forward "
	    "to" : "Không còn gì để quay lại / Nothing to go back to");
}

static void
link_step(struct ui *u, int dir)
{
	struct ui_pager *p = &u->pager[u->view];

	if (u->focus == UI_FOCUS_LIST) {
		u->focus = UI_FOCUS_DETAIL;
		return;
	}
	if (ui_pager_link_step(p, dir, text_h(u)) != 0)
		msg(u, 0, "Không có liên kết / No links here");
	else if (p->wrapped)
		msg(u, 0, dir > 0 ? "Liên kết đầu tiên / Back to the first "
		    "link" : "Liên kết cuối cùng / Back to the last link");
}

static void
year_step(struct ui *u, int dir)
{
	size_t r = ui_view_timeline_year(&u->ctx, u->list[u->view].sel, dir);

	if (r == UI_VIEW_NONE) {
		msg(u, 0, dir > 0 ? "Năm cuối cùng / The last year" :
		    "Năm đầu tiên / The first year");
		return;
	}
	ui_list_select(&u->list[u->view], r, list_vis(u));
}

static void
act(struct ui *u, enum ui_action a)
{
	struct ui_list *l = &u->list[u->view];
	struct ui_pager *p = &u->pager[u->view];
	int detail = u->focus == UI_FOCUS_DETAIL, h = text_h(u);
	long vis = (long)list_vis(u);

	switch (a) {
	case ACT_DOWN:
	case ACT_UP:
		if (detail)
			scroll_detail(u, a == ACT_DOWN ? 1 : -1);
		else
			ui_list_move(l, a == ACT_DOWN ? 1 : -1, (size_t)vis);
		break;
	case ACT_PAGE_DOWN:
	case ACT_PAGE_UP:
		if (detail)
			scroll_detail(u, (a == ACT_PAGE_DOWN ? 1 : -1) *
			    (h > 2 ? h - 1 : 1));
		else
			ui_list_move(l, a == ACT_PAGE_DOWN ? vis : -vis,
			    (size_t)vis);
		break;
	case ACT_HALF_DOWN:
	case ACT_HALF_UP:
		if (detail)
			scroll_detail(u, (a == ACT_HALF_DOWN ? 1 : -1) *
			    (h > 1 ? h / 2 : 1));
		else
			ui_list_move(l, (a == ACT_HALF_DOWN ? 1 : -1) *
			    (vis > 1 ? vis / 2 : 1), (size_t)vis);
		break;
	case ACT_FIRST:
		if (detail)
			ui_pager_set_top(p, 0, h);
		else
			ui_list_select(l, 0, (size_t)vis);
		break;
	case ACT_LAST:
		if (detail)
			ui_pager_set_top(p, ui_pager_maxtop(p, h), h);
		else
			ui_list_select(l, l->n > 0 ? l->n - 1 : 0, (size_t)vis);
		break;
	case ACT_VIEW_ARTICLES:
	case ACT_VIEW_TIMELINE:
	case ACT_VIEW_TOPICS:
		switch_view(u, a == ACT_VIEW_ARTICLES ? V_ARTICLES :
		    a == ACT_VIEW_TIMELINE ? V_TIMELINE : V_TOPICS);
		u->focus = UI_FOCUS_LIST;
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
		open_find(u);
		break;
	case ACT_NEXT_MATCH:
	case ACT_PREV_MATCH:
		next_match(u, a == ACT_NEXT_MATCH ? 1 : -1);
		break;
	case ACT_SEARCH_CORPUS:
		ui_prompt_open(&u->prompt, PROMPT_CORPUS,
		    "Tìm trong kho / Search all: ", u->res.query);
		break;
	case ACT_NEXT_PARA:
	case ACT_PREV_PARA:
		move_para(u, a == ACT_NEXT_PARA ? 1 : -1);
		break;
	case ACT_NEXT_YEAR:
	case ACT_PREV_YEAR:
		year_step(u, a == ACT_NEXT_YEAR ? 1 : -1);
		break;
	case ACT_HELP:
		u->help = 1;
		u->helpp.top = 0;
		u->helpp.have = 0;
		break;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		break;
	case ACT_QUIT:
		u->quit = 1;
		break;
	case ACT_NONE:
	case ACT_COUNT:
	default:
		break;
	}
}

/* The key's code for the table: function keys as curses codes, ASCII
 * as itself; other characters are never bindings (their code points
 * would collide with KEY_* values). */
static int
key_code(int rc, wint_t wc)
{
	if (rc == KEY_CODE_YES)
		return (int)wc;
	if (rc == OK && wc < 0x80)
		return (int)wc;
	return -1;
}

/* ---- drawing ----------------------------------------------------------- */

static const char *
corpus_name(const struct ui *u)
{
	const char *d = u->ds->dir != NULL ? u->ds->dir : "";
	size_t n = strlen(d);
	static char buf[256];

	if (u->ds->map.title != NULL && u->ds->map.title[0] != '\0')
		return u->ds->map.title;
	while (n > 1 && d[n - 1] == '/')
		n--;
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, d, n);
	buf[n] = '\0';
	return strrchr(buf, '/') != NULL ? strrchr(buf, '/') + 1 : buf;
}

/* A tab's label in one of three widths: 0 full, 1 short, 2 short for
 * the current view and the digit for the others, 3 digits only. */
static const char *
tab_label(const struct ui *u, int v, int variant, const char *rtab,
    char digit[2])
{
	if (v == V_RESULTS)
		return variant < 3 || v == u->view ? rtab : "4";
	if (variant == 0)
		return views[v]->tab;
	if (variant == 1 || (variant == 2 && v == u->view))
		return views[v]->tab_short;
	digit[0] = (char)('1' + v);
	digit[1] = '\0';
	return digit;
}

/* Columns the tabs take in a label variant, "hoso" included. */
static int
tabs_width(struct ui *u, int ntabs, int variant, const char *rtab)
{
	char digit[2];
	int w = 6;

	for (int v = 0; v < ntabs; v++)
		w += ui_draw_width(tab_label(u, v, variant, rtab, digit)) + 3;
	return w;
}

/*
 * The header: "hoso", the tabs, and on the right the dossier's name and
 * counts.  Full tab labels come first, then the counts, then the name;
 * the first of these plans that fits is drawn.
 */
static void
draw_header(struct ui *u)
{
	static const struct {
		int right;		/* 0 name and counts, 1 counts, 2 none */
		int variant;		/* tab labels, as in tab_label */
	} plans[] = {
		{ 0, 0 }, { 1, 0 }, { 2, 0 }, { 0, 1 }, { 1, 1 },
		{ 1, 2 }, { 2, 1 }, { 2, 2 }, { 2, 3 },
	};
	struct ui_rect r = u->lay.header;
	int ntabs = u->view == V_RESULTS ? 4 : 3, x, used, variant = 3;
	char full[512], counts[128], rtab[96], digit[2];
	const char *right = "";

	ui_draw_fill(r.y, r.x, r.w, ROLE_HEADER);
	snprintf(rtab, sizeof rtab, "%s (%zu)", views[V_RESULTS]->tab_short,
	    u->res.n);
	snprintf(counts, sizeof counts, "%zu bài · %zu chủ đề · %zu mốc ",
	    u->ds->corpus.n, u->ds->map.ntopics, u->ds->map.nms);
	snprintf(full, sizeof full, "%s · %s", corpus_name(u), counts);
	for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++) {
		const char *rt = plans[i].right == 0 ? full :
		    plans[i].right == 1 ? counts : "";

		if (tabs_width(u, ntabs, plans[i].variant, rtab) +
		    ui_draw_width(rt) <= r.w) {
			variant = plans[i].variant;
			right = rt;
			break;
		}
	}
	x = r.x + ui_draw_str(r.y, r.x, r.w, " hoso ", ROLE_HEADER);
	for (int v = 0; v < ntabs; v++) {
		const char *t = tab_label(u, v, variant, rtab, digit);
		enum theme_role role = v == u->view ? ROLE_TAB_ACTIVE :
		    ROLE_TAB;

		u->tabx[v][0] = x;
		used = ui_draw_str(r.y, x, r.x + r.w - x, " ", role);
		used += ui_draw_str(r.y, x + used, r.x + r.w - x - used, t,
		    role);
		used += ui_draw_str(r.y, x + used, r.x + r.w - x - used, " ",
		    role);
		x += used;
		u->tabx[v][1] = x;
		x += ui_draw_str(r.y, x, r.x + r.w - x, " ", ROLE_HEADER);
	}
	for (int v = ntabs; v < V_COUNT; v++)
		u->tabx[v][0] = u->tabx[v][1] = -1;
	used = ui_draw_width(right);
	if (used > 0 && r.x + r.w - x >= used)
		ui_draw_str(r.y, r.x + r.w - used, used, right, ROLE_HEADER);
}

static void
draw_bar(struct ui_rect pane, int focused, const char *left,
    const char *right)
{
	enum theme_role b = focused ? ROLE_BORDER_FOCUS : ROLE_BORDER;
	int used, rw = right != NULL ? ui_draw_width(right) : 0, room;

	ui_draw_fill(pane.y, pane.x, pane.w, b);
	for (int x = pane.x; x < pane.x + pane.w; x++)
		ui_draw_str(pane.y, x, 1, focused ? "━" : "─", b);
	/* The position on the right goes last when space is short. */
	room = pane.w - 2;
	if (rw > 0 && rw + 12 <= room)
		room -= rw + 1;
	else
		rw = 0;
	/* A focused pane says so in words too, for screens without
	 * colour or bold. */
	used = ui_draw_str(pane.y, pane.x + 1, room, focused ? "▶ " : " ", b);
	used += ui_draw_trunc(pane.y, pane.x + 1 + used, room - used - 1,
	    left, strlen(left), b, NULL);
	ui_draw_str(pane.y, pane.x + 1 + used, room - used, " ", b);
	if (rw > 0)
		ui_draw_str(pane.y, pane.x + pane.w - rw - 1, rw, right, b);
}

static void
draw_row_cb(void *ctx, size_t item, struct ui_rect r, int selected,
    int focused)
{
	struct ui *u = ctx;

	views[u->view]->draw_row(&u->ctx, item, r, selected, focused);
}

static void
draw_list(struct ui *u)
{
	const struct ui_view *vw = views[u->view];
	struct ui_list *l = &u->list[u->view];
	struct ui_rect pane = u->lay.list, body = ui_layout_body(pane);
	int focused = u->focus == UI_FOCUS_LIST;
	char right[48], bar[UI_PROMPT_MAX + 64];

	if (pane.w == 0)
		return;
	snprintf(right, sizeof right, " %zu/%zu ", l->n > 0 ? l->sel + 1 : 0,
	    l->n);
	if (u->view == V_RESULTS)
		snprintf(bar, sizeof bar, "%s “%s”", vw->bar,
		    u->res.query != NULL ? u->res.query : "");
	else
		snprintf(bar, sizeof bar, "%s", vw->bar);
	draw_bar(pane, focused, bar, right);
	u->ctx.hl = u->lhave ? &u->lsearch : NULL;
	if (l->n == 0) {
		for (int y = body.y; y < body.y + body.h; y++)
			ui_draw_fill(y, body.x, body.w, ROLE_TEXT);
		ui_draw_trunc(body.y, body.x + 1, body.w - 2, vw->empty,
		    strlen(vw->empty), ROLE_META, NULL);
		return;
	}
	ui_list_draw(l, body, vw->rowh, focused, draw_row_cb, u);
}

static void
draw_detail(struct ui *u)
{
	struct ui_pager *p = &u->pager[u->view];
	struct ui_rect pane = u->lay.detail, body = ui_layout_body(pane);
	struct ui_rect t = ui_layout_text(pane);
	int focused = u->focus == UI_FOCUS_DETAIL;
	char right[32];

	if (pane.w == 0)
		return;
	snprintf(right, sizeof right, " %d%% ", ui_pager_percent(p, t.h));
	draw_bar(pane, focused, "Chi tiết / Detail", right);
	for (int y = body.y; y < body.y + body.h; y++)
		ui_draw_fill(y, body.x, body.w, ROLE_TEXT);
	ui_pager_draw(p, t);
}

static void
draw_separator(struct ui *u)
{
	struct ui_rect d = u->lay.detail;

	if (u->lay.sep_x < 0)
		return;
	ui_draw_str(d.y, u->lay.sep_x, 1, "┳", ROLE_BORDER);
	for (int y = d.y + 1; y < d.y + d.h; y++)
		ui_draw_str(y, u->lay.sep_x, 1, "┃", ROLE_BORDER);
}

struct hint {
	const char *key, *label;
};

static void
draw_status(struct ui *u)
{
	static const struct hint hints[] = {
		{ "?", "Trợ giúp" }, { "/", "Tìm" }, { "s", "Tìm mọi bài" },
		{ "Tab", "Liên kết" }, { "Bksp", "Quay lại" },
		{ "q", "Thoát" }, { "Enter", "Mở" },
	};
	static const struct hint tl_hint = { "y/Y", "Năm" };
	static const struct hint pane_hint = { "h/l", "Khung" };
	struct ui_rect r = u->lay.status;
	struct ui_list *l = &u->list[u->view];
	struct ui_pager *p = &u->pager[u->view];
	char pos[64];
	int x, used;

	if (u->prompt.active) {
		char info[64] = "";

		if (u->prompt.kind == PROMPT_FIND_DETAIL && u->dhave) {
			size_t ord, n = ui_pager_hit_count(p, &ord);

			if (n > 0)
				snprintf(info, sizeof info, "%zu/%zu", ord, n);
			else
				snprintf(info, sizeof info, "không thấy / "
				    "no match");
		} else if (u->prompt.kind == PROMPT_FIND_LIST && u->lhave) {
			int w;

			if (list_find(u, l->sel, 1, 1, &w) < 0)
				snprintf(info, sizeof info, "không thấy / "
				    "no match");
		}
		ui_prompt_draw(&u->prompt, r.y, r.x, r.w, info[0] ? info :
		    NULL);
		return;
	}
	ui_draw_fill(r.y, r.x, r.w, ROLE_STATUS);
	if (u->focus == UI_FOCUS_DETAIL && l->n > 0)
		snprintf(pos, sizeof pos, " %zu/%zu %d%% ", l->sel + 1, l->n,
		    ui_pager_percent(p, text_h(u)));
	else
		snprintf(pos, sizeof pos, " %zu/%zu ", l->n > 0 ? l->sel + 1 : 0,
		    l->n);
	x = r.x + ui_draw_str(r.y, r.x, r.w, pos, ROLE_STATUS_KEY);
	x += ui_draw_str(r.y, x, r.x + r.w - x, " ", ROLE_STATUS);
	if (u->nmsgs > 0) {
		ui_draw_trunc(r.y, x, r.x + r.w - x, u->msgs[0].text,
		    strlen(u->msgs[0].text), u->msgs[0].error ? ROLE_ERROR :
		    ROLE_MESSAGE, NULL);
		return;
	}
	for (size_t i = 0; i < sizeof hints / sizeof hints[0] + 2; i++) {
		const struct hint *h = i < 2 ? (i == 0 ? (u->view == V_TIMELINE ?
		    &tl_hint : NULL) : (u->lay.single ? &pane_hint : NULL)) :
		    &hints[i - 2];

		if (h == NULL)
			continue;
		used = ui_draw_width(h->key) + ui_draw_width(h->label) + 1;
		if (x + used > r.x + r.w)
			break;
		x += ui_draw_str(r.y, x, used, h->key, ROLE_STATUS_KEY);
		x += ui_draw_str(r.y, x, used, ":", ROLE_STATUS);
		x += ui_draw_str(r.y, x, used, h->label, ROLE_STATUS);
		x += ui_draw_str(r.y, x, 2, "  ", ROLE_STATUS);
	}
}

/* The message wrapped to the screen and centred; words are cut (with
 * "…") only when a single one is wider than the screen. */
static void
draw_too_small(void)
{
	static const char m[] = "Cửa sổ quá nhỏ / Terminal too small";
	struct wrap_line *wl = NULL;
	size_t n = 0, cap = 0;
	int y;

	if (COLS < 1 || LINES < 1)
		return;
	wrap_paragraph(m, sizeof m - 1, COLS, &wl, &n, &cap);
	y = LINES > (int)n ? (LINES - (int)n) / 2 : 0;
	for (size_t i = 0; i < n && y < LINES; i++, y++) {
		int x = COLS > wl[i].width ? (COLS - wl[i].width) / 2 : 0;

		ui_draw_trunc(y, x, COLS - x, m + wl[i].start,
		    wl[i].end - wl[i].start, ROLE_ERROR, NULL);
	}
	free(wl);
}

static void
draw(struct ui *u)
{
	erase();
	if (u->lay.too_small) {
		curs_set(0);
		draw_too_small();
		refresh();
		return;
	}
	draw_header(u);
	if (u->lay.axis.h > 0 && views[u->view]->draw_axis != NULL)
		views[u->view]->draw_axis(&u->ctx, u->list[u->view].sel,
		    u->lay.axis);
	draw_list(u);
	draw_separator(u);
	draw_detail(u);
	if (u->help)
		ui_help_draw(&u->helpp);
	draw_status(u);
	curs_set(u->prompt.active ? 1 : 0);
	if (!u->prompt.active)
		move(LINES - 1, 0);
	refresh();
}

/* ---- mouse ------------------------------------------------------------- */

static void
mouse(struct ui *u)
{
	MEVENT ev;
	int wheel, y, x;
	long row;

	if (getmouse(&ev) != OK)
		return;
	y = ev.y;
	x = ev.x;
	wheel = (ev.bstate & BUTTON4_PRESSED) ? -WHEEL_STEP :
	    (ev.bstate & BUTTON5_PRESSED) ? WHEEL_STEP : 0;
	if (u->help) {
		if (ui_help_mouse(&u->helpp, y, x, wheel) != 0)
			u->help = 0;
		return;
	}
	if (u->lay.too_small || !(wheel != 0 ||
	    (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))))
		return;
	if (ui_layout_hit(u->lay.list, y, x)) {
		struct ui_list *l = &u->list[u->view];
		struct ui_rect body = ui_layout_body(u->lay.list);

		if (wheel != 0) {
			ui_list_scroll(l, wheel, list_vis(u));
			return;
		}
		u->focus = UI_FOCUS_LIST;
		row = ui_list_hit(l, y - body.y, views[u->view]->rowh,
		    list_vis(u));
		if (row >= 0)
			ui_list_select(l, (size_t)row, list_vis(u));
		return;
	}
	if (ui_layout_hit(u->lay.detail, y, x)) {
		struct ui_pager *p = &u->pager[u->view];
		long link;

		if (wheel != 0) {
			scroll_detail(u, wheel);
			return;
		}
		u->focus = UI_FOCUS_DETAIL;
		link = ui_pager_link_at(p, ui_layout_text(u->lay.detail), y, x);
		if (link >= 0 && (size_t)link < p->doc.nlinks) {
			p->link = link;
			follow(u, p->doc.links[link].to);
		}
		return;
	}
	if (wheel != 0)
		return;
	if (ui_layout_hit(u->lay.header, y, x)) {
		for (int v = 0; v < V_COUNT; v++)
			if (x >= u->tabx[v][0] && x < u->tabx[v][1] &&
			    v != u->view) {
				switch_view(u, v);
				u->focus = UI_FOCUS_LIST;
			}
		return;
	}
	if (ui_layout_hit(u->lay.axis, y, x) &&
	    views[u->view]->axis_hit != NULL) {
		size_t r = views[u->view]->axis_hit(&u->ctx, u->lay.axis, x);

		if (r != UI_VIEW_NONE)
			ui_list_select(&u->list[u->view], r, list_vis(u));
	}
}

/* ---- input ------------------------------------------------------------- */

static void
key(struct ui *u, int rc, wint_t wc)
{
	int code = key_code(rc, wc);
	enum ui_action a;

	if (u->prompt.active) {
		enum ui_prompt_result r = ui_prompt_key(&u->prompt, rc, wc);

		if (r == UI_PROMPT_EDITED && u->prompt.kind != PROMPT_CORPUS)
			find_apply(u, u->prompt.text.data);
		else if (r == UI_PROMPT_ENTER || r == UI_PROMPT_CANCEL)
			prompt_done(u, r);
		return;
	}
	msg_pop(u);
	if (code == KEY_MOUSE) {
		mouse(u);
		return;
	}
	if (u->help) {
		if (ui_help_key(&u->helpp, code) != 0)
			u->help = 0;
		return;
	}
	if (u->lay.too_small) {
		if (ui_keys_lookup(code, UI_KEYS_ALL) == ACT_QUIT)
			u->quit = 1;
		return;
	}
	a = ui_keys_lookup(code, views[u->view]->scope);
	if (a == ACT_NONE && code >= 0x20 && code < 0x7f && code != ' ')
		msg(u, 0, "Phím “%c” không dùng — ? xem bảng phím / "
		    "Key “%c” does nothing — ? lists the keys", code, code);
	act(u, a);
}

/* ---- start and end ----------------------------------------------------- */

static void
load_theme(struct ui *u)
{
	const char *nc = getenv("NO_COLOR");
	struct theme t;

	if (nc != NULL && nc[0] != '\0') {
		theme_mono(&t);
	} else {
		const char *name = u->o->theme != NULL ? u->o->theme :
		    "default";
		char *path = theme_find(name, u->o->theme_dirs,
		    u->o->ntheme_dirs);

		if (path != NULL) {
			theme_load(&t, path, &u->diag);
			free(path);
		} else if (strcmp(name, "mono") == 0) {
			/* The shipped names work without their files too:
			 * the built-in tables are the same themes. */
			theme_mono(&t);
		} else {
			theme_builtin(&t);
			if (u->o->theme != NULL && strcmp(name, "default") != 0)
				diag_emit(&u->diag, DIAG_WARNING, u->o->theme,
				    0, 0, "no such theme; using the built-in "
				    "default");
		}
		if (has_colors())
			start_color();
	}
	ui_theme_apply(&t);
	theme_free(&t);
}

static void
restore_state(struct ui *u)
{
	const struct state *st = &u->st;

	for (int v = 0; v < V_COUNT; v++)
		u->list[v].n = views[v]->count(&u->ctx);
	for (int v = 0; v < V_RESULTS; v++)
		if (st->view != NULL && strcmp(st->view, views[v]->name) == 0)
			u->view = v;
	if (st->article != NULL) {
		size_t a = corpus_find(&u->ds->corpus, st->article);

		if (a != (size_t)-1 && a < u->ds->corpus.n)
			u->list[V_ARTICLES].sel = a;
	}
}

static void
save_state(struct ui *u)
{
	struct state *st = &u->st;
	int v = u->view == V_RESULTS ? view_of(u->results_from.view) :
	    u->view;
	struct ui_list *al = &u->list[V_ARTICLES];

	for (int i = 0; i < V_COUNT; i++)
		leave_doc(u, &u->pager[i]);
	free(st->view);
	st->view = util_strdup(views[v]->name);
	free(st->article);
	st->article = al->n > 0 && al->sel < u->ds->corpus.n ?
	    util_strdup(u->ds->corpus.v[al->sel].id) : NULL;
	if (u->o->state_path != NULL)
		state_save(st, u->o->state_path, &u->diag);
}

static void
startup_messages(struct ui *u)
{
	const struct diag *d = &u->ds->diag;

	for (size_t i = 0; i < u->diag.n; i++)
		msg_queue(u, u->diag.v[i].level == DIAG_ERROR, "%s",
		    u->diag.v[i].text);
	if (d->nerrors > 0)
		msg_queue(u, 1, "%zu lỗi trong nội dung — chạy hoso --check / %zu "
		    "error%s in the content — run hoso --check", d->nerrors,
		    d->nerrors, d->nerrors == 1 ? "" : "s");
	else if (d->nwarnings > 0)
		msg_queue(u, 0, "%zu cảnh báo trong nội dung — chạy hoso --check / "
		    "%zu warning%s in the content — run hoso --check",
		    d->nwarnings, d->nwarnings, d->nwarnings == 1 ? "" : "s");
}

static void
ui_free(struct ui *u)
{
	for (int v = 0; v < V_COUNT; v++)
		ui_pager_free(&u->pager[v]);
	ui_pager_free(&u->helpp);
	ui_view_results_free(&u->res);
	link_history_free(&u->hist);
	state_free(&u->st);
	diag_free(&u->diag);
	set_search(&u->lsearch, &u->lhave, NULL);
	set_search(&u->dsearch, &u->dhave, NULL);
	ui_prompt_free(&u->prompt);
	free(u->saved_query);
	while (u->nmsgs > 0)
		msg_pop(u);
	free(u->msgs);
}

int
ui_reader_run(struct dossier *ds, const struct ui_reader_options *o)
{
	struct ui u;
	int sig;

	if (ui_reader_locale_init() != 0) {
		fputs("hoso: no UTF-8 locale is available (tried the "
		    "environment's and C.UTF-8); the reader needs one\n",
		    stderr);
		return 2;
	}
	memset(&u, 0, sizeof u);
	u.ds = ds;
	u.o = o;
	u.ctx.ds = ds;
	u.ctx.res = &u.res;
	u.focus = UI_FOCUS_LIST;
	u.view = V_ARTICLES;
	for (int v = 0; v < V_COUNT; v++)
		ui_pager_init(&u.pager[v]);
	ui_pager_init(&u.helpp);
	link_history_init(&u.hist);
	state_init(&u.st);
	diag_init(&u.diag, NULL);
	ui_prompt_init(&u.prompt);
	if (open_terminal() != 0) {
		ui_free(&u);
		return 2;
	}
	if (o->state_path != NULL)
		state_load(&u.st, o->state_path, &u.diag);
	restore_state(&u);
	load_theme(&u);
	startup_messages(&u);

	while (!u.quit && !got_signal) {
		wint_t wc;
		int rc;

		relayout(&u);
		if (!u.lay.too_small)
			sync_detail(&u);
		draw(&u);
		rc = get_wch(&wc);
		if (rc == ERR || (rc == KEY_CODE_YES && wc == KEY_RESIZE))
			continue;
		relayout(&u);
		key(&u, rc, wc);
	}

	sig = got_signal;
	save_state(&u);
	close_terminal();
	/* The status line had room for a glimpse of the theme's and the
	 * state file's problems, and saving comes after the screen is gone:
	 * say them all in full here. */
	diag_print(&u.diag, stderr);
	ui_free(&u);
	if (sig != 0) {
		/* Die of the signal, as the shell expects, now that the
		 * terminal is back. */
		catch_signals(SIG_DFL);
		raise(sig);
	}
	return 0;
}
