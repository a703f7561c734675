/*
 * ui_impl: the reader's state (struct ui) and the functions its files
 * share; private to src/ui (included as "ui_impl.h").  The reader is
 * split by job: ui_reader.c (places, history, actions, input, the loop),
 * ui_term.c (terminal and signals), ui_search.c (the search prompts),
 * ui_chrome.c (drawing the frame: header, tabs, bars, status line),
 * ui_setup.c (starting and ending: theme, state file, warnings),
 * ui_open.c (an address handed to the browser), ui_osc8.c (addresses
 * as terminal hyperlinks), ui_bookmark.c (m, D and the bookmark file),
 * ui_read.c (the articles read, U and their file).
 */
#ifndef HOSO_UI_IMPL_H
#define HOSO_UI_IMPL_H

#include <stddef.h>
#include <curses.h>

struct ui_load;

#include "diag.h"
#include "link.h"
#include "search.h"
#include "state.h"
#include "ui_layout.h"
#include "ui_list.h"
#include "ui_msg.h"
#include "ui_pager.h"
#include "ui_prompt.h"
#include "ui_reader.h"
#include "ui_view.h"
#include "ui_keys.h"

/* The views, in the order of their tabs and of the keys 1, 2, 3, 4. */
#define UI_NVIEWS 5

enum { PROMPT_FIND_LIST, PROMPT_FIND_DETAIL, PROMPT_CORPUS, PROMPT_HELP,
	PROMPT_FILTER, PROMPT_PIPE, PROMPT_BOOKMARK };

/* A view as the reader runs it: its table entry, what it reads (its own
 * data included), its list and its pager, so switching views keeps both
 * the selection and the reading position. */
struct ui_vstate {
	const struct ui_view *vw;
	struct ui_ctx ctx;
	struct ui_list list;
	struct ui_pager pager;
	struct link from;		/* where a jump last entered it */
	int have_from;
	/* The rows shown (ui_filter.c): the & filter's query (NULL: none)
	 * and the order o chose (0: the view's own); when either is set
	 * (mapped), frows are the view's rows shown, in order, and finv the
	 * shown row of each view row (UI_VIEW_NONE: filtered out).  ferr
	 * and fcol: the error of the query being typed. */
	char *filter;
	int sort, mapped;
	size_t *frows, fn, *finv, ninv;
	char *ferr;
	int fcol;
};

/* The rows of a view as shown (a filter's) and as the view numbers
 * them: every call into a view goes through these. */
static inline size_t
ui_vcount(const struct ui_vstate *vs)
{
	return vs->mapped ? vs->fn : vs->vw->count(&vs->ctx);
}

static inline size_t
ui_vraw(const struct ui_vstate *vs, size_t row)
{
	return vs->mapped && row < vs->fn ? vs->frows[row] : row;
}

/* ui_filter.c: the shown row of the view's row raw, or UI_VIEW_NONE. */
size_t ui_vshown(const struct ui_vstate *vs, size_t raw);

struct ui {
	struct dossier *ds;
	const struct ui_reader_options *o;
	struct ui_vstate vs[UI_NVIEWS];
	int view;			/* index into vs */
	enum ui_focus focus;
	struct link_history hist;
	struct state st;
	struct diag diag;		/* theme and state problems */

	struct ui_layout lay;		/* as drawn */
	struct ui_layout_opts panes;	/* zoom, list width (ui_panes.c) */
	struct ui_rect lbody;		/* list body, wherever it is */
	struct ui_rect dtext;		/* detail text area, likewise */
	int tabx[UI_NVIEWS][2];		/* header columns of each tab */

	/* Searches: the list's (titles) and the detail's (text). */
	struct search lsearch, dsearch;
	int lhave, dhave;
	unsigned dgen;
	struct ui_prompt prompt;
	char *saved_query;		/* restored when the prompt is cancelled */
	char *reading;			/* the corpus prompt's text as Telex... */
	size_t orig_sel, orig_ltop, orig_top;

	int help;			/* the help overlay is open */
	struct ui_pager helpp;

	/* The help overlay's search (ui_search.c): `/` there, n and N. */
	struct search hsearch;
	int hhave;

	struct ui_msgs msgs;
	struct ui_pager_memo memo;	/* exact tops of articles left */
	struct ui_pager_cache dcache;	/* docs left, for coming back */

	struct ui_load *load;		/* a long article being read, or NULL */
	char indexing[128];		/* the status line's progress, or "" */
	long long index_taken;		/* ms: when committed rows came in */
	long long index_since;		/* ms: since when it runs, or 0 */

	/* Keys as less reads them: a count typed before a motion ("10j"),
	 * and a view switch (1, 2, 3, 4) held until the next key says it was
	 * not the count's first digit: its history entry is pushed then,
	 * or the switch is undone. */
	long count;			/* 0: none typed */
	int counting;			/* digits typed (0 may lead: 03j) */
	long long count_at;		/* ms: when its first digit came */
	int pend_switch;
	struct link pend_from;		/* where the switch left */
	int pend_view;
	enum ui_focus pend_focus;
	int pend_key;			/* the first key of a sequence (g of
					 * g g) typed, or 0 */
	int hl_off;			/* Esc u: the search is not shown */
	int gone;			/* the terminal went away mid-key */

	/* The filters places in history had (link.filter - 2 indexes it). */
	char **fstr;
	size_t nfstr;

	/* F and the saved queries (ui_scope.c); every view's ctx.scope. */
	struct ui_scope scope;
	int saved_counted;		/* the saved queries' counts are now */

	/* The passage m is asking a note for: article row, bytes. */
	size_t bm_row, bm_start, bm_end;

	struct ui_read read;		/* the articles read (ui_read.c) */

	int quit;
};

static inline struct ui_vstate *
ui_cur(struct ui *u)
{
	return &u->vs[u->view];
}

/* ui_reader.c */
void ui_reader_relayout(struct ui *u);
/* The detail pane made to show what the list's selection names. */
void ui_reader_sync(struct ui *u);
size_t ui_reader_list_vis(const struct ui *u);
int ui_reader_text_h(const struct ui *u);
/* Where the reader is now, as a place to come back to. */
struct link ui_reader_here(struct ui *u);
void ui_reader_switch(struct ui *u, int v);
/* 1 when q steps back one level (closes the overlay or the prompt,
 * leaves the results, returns from the detail pane to the list), 0 when
 * it quits: the status line's hint says which. */
int ui_reader_steps_back(const struct ui *u);
/* Goes to the link, a jump that Backspace undoes. */
void ui_reader_follow(struct ui *u, struct link to);

/* Does the action; count is the number typed before it, 0 for none. */
void ui_reader_act(struct ui *u, enum ui_action a, long count);

/* ui_filter.c: the & prompt and the filters of the lists. */
void ui_filter_open(struct ui *u);
void ui_filter_edited(struct ui *u);
void ui_filter_done(struct ui *u, enum ui_prompt_result r);
void ui_filter_info(struct ui *u, char *buf, size_t n);
int ui_filter_set(struct ui *u, struct ui_vstate *vs, const char *q);
/* The rows of vs that qu keeps as its filter would (heap, ascending;
 * *nr of them), or NULL when the index cannot read qu. */
size_t *ui_filter_rows(struct ui *u, struct ui_vstate *vs,
    const struct query *qu, size_t *nr);
void ui_filter_free(struct ui_vstate *vs);
/* The rows shown made again (the view's rows changed). */
void ui_filter_refresh(struct ui *u, struct ui_vstate *vs);
/* o: the next order of the list (and its name, for the title bar). */
void ui_filter_sort(struct ui *u);
const char *ui_filter_sort_name(const struct ui *u,
    const struct ui_vstate *vs);
/* The link.filter number of the view's filter now, and the filter of a
 * number (NULL: none). */
unsigned ui_filter_mark(struct ui *u, const struct ui_vstate *vs);
unsigned ui_filter_mark_of(struct ui *u, const char *filter);
const char *ui_filter_of(const struct ui *u, unsigned mark);
void ui_filter_marks_free(struct ui *u);
/* Arriving at the view's row raw by a link of filter mark: the shown
 * row (the filter put back as the place had it, or dropped if it hides
 * the row). */
size_t ui_filter_arrive(struct ui *u, struct ui_vstate *vs, unsigned mark,
    size_t raw);
/* ] and [: the shown row of the next (dir > 0) or previous year from
 * the selection that the filter keeps, or UI_VIEW_NONE. */
size_t ui_filter_year(const struct ui_vstate *vs, int dir);

/* ui_scope.c: F, the Articles view's filter over the whole dossier,
 * and the saved queries of the config file. */
void ui_scope_init(struct ui *u);
void ui_scope_free(struct ui *u);
/* F: on (when the Articles view has a filter) or off. */
void ui_scope_toggle(struct ui *u);
void ui_scope_off(struct ui *u);
/* vs's filter changed: when it is the Articles view's, what F keeps
 * follows it (and F goes off with the filter). */
void ui_scope_follow(struct ui *u, struct ui_vstate *vs);
/* What each saved query keeps: counted when first shown (a start does
 * not wait for it), and after the rows changed (recount) when shown
 * next. */
void ui_scope_count(struct ui *u);
void ui_scope_recount(struct ui *u);
/* Enter on saved query which: the Articles view with its filter, a
 * jump that Backspace undoes. */
void ui_scope_open(struct ui *u, size_t which);
/* The header's words for F while on, fitted to cols columns (into
 * buf); "" when off. */
const char *ui_scope_label(const struct ui *u, int cols, char *buf,
    size_t n);

/* ui_pipe.c: | and its prompt. */
void ui_pipe_open(struct ui *u);
void ui_pipe_done(struct ui *u, enum ui_prompt_result r);

/* ui_copy.c: y and Y (markdown), the passage and its citation. */
void ui_copy(struct ui *u, int markdown);
/* The passage of the article doc p shows, as y copies it and m keeps
 * it: [*s, *e) of a's text. */
void ui_copy_passage(const struct ui_pager *p, const struct article *a,
    size_t *s, size_t *e);

/* ui_bookmark.c: m and its note's prompt, D, the file loaded. */
void ui_bookmark_load(struct ui *u);
/* Checked again against the rows the index brought in. */
void ui_bookmark_recheck(struct ui *u);
void ui_bookmark_open(struct ui *u);
void ui_bookmark_done(struct ui *u, enum ui_prompt_result r);
void ui_bookmark_delete(struct ui *u);

/* ui_read.c: the file loaded (after the state file) and saved, taken
 * again after a refresh; the article shown marked read when it is open
 * (after each sync); U. */
void ui_read_load(struct ui *u);
/* 1 while the count of new articles waits for the first frame (input
 * should not wait then). */
int ui_read_tick(struct ui *u);
void ui_read_refresh(struct ui *u);
void ui_read_save(struct ui *u);
void ui_read_free(struct ui *u);
void ui_read_shown(struct ui *u);
void ui_read_toggle(struct ui *u);

/* ui_input.c: one key (rc and wc as get_wch gave them). */
void ui_input_key(struct ui *u, int rc, wint_t wc);

/* ui_mouse.c: one KEY_MOUSE event. */
void ui_mouse(struct ui *u);
/* The M key: capture on or off, with a status message. */
void ui_mouse_toggle(struct ui *u);
/* Remembers the reading position of the doc a pager leaves. */
void ui_reader_leave_doc(struct ui *u, struct ui_pager *p);
/* Finds the detail search in p again. */
void ui_reader_refind(struct ui *u, struct ui_pager *p);

/* The view whose rows are places of kind pv, or -1. */
int ui_reader_view_of(const struct ui *u, enum link_view pv);

/* ui_load.c: before article id.item is rendered into p at width w: 1
 * when it put the article's preview there (the article is long and not
 * read yet) or the finished doc, 0 when it is to be rendered as usual. */
int ui_load_render(struct ui *u, struct ui_pager *p, struct link id, int w);
/* 1 while a long article is being read (input should not wait long);
 * once it is, drops the previews so that the next draw takes it. */
int ui_load_tick(struct ui *u);
/* 1 while an article is being read (the status line says so). */
int ui_load_busy(const struct ui *u);
void ui_load_free(struct ui *u);

/* ui_index.c: takes in what the background indexer committed; 1 while
 * it runs (input should not wait long then). */
int ui_index_tick(struct ui *u);

/* ui_setup.c */
void ui_setup_init(struct ui *u, struct dossier *ds,
    const struct ui_reader_options *o, const struct ui_view *const *views);
void ui_setup_free(struct ui *u);
void ui_setup_theme(struct ui *u);
/* The view and the open article from the state file. */
void ui_setup_restore(struct ui *u);
/* Reading positions, the view and the open article, to the state file. */
void ui_setup_save(struct ui *u);
void ui_setup_messages(struct ui *u);
/* What the content's diagnostics count (again after a refresh). */
void ui_setup_content_message(struct ui *u);

/* ui_search.c */
void ui_search_set(const struct ui *u, struct search *s, int *have,
    const char *q);
/* The next row (dir > 0) or previous one from `from` (included when
 * self) whose title matches the list search; wraps; -1 when none. */
long ui_search_list_find(struct ui *u, size_t from, int dir, int self,
    int *wrapped);
void ui_search_open_find(struct ui *u);
void ui_search_open_corpus(struct ui *u);
/* The prompt's text was edited: searches as the user types. */
void ui_search_edited(struct ui *u);
void ui_search_done(struct ui *u, enum ui_prompt_result r);
void ui_search_next(struct ui *u, int dir);
/* What the prompt says beside the query ("2/5", "no match"), or "". */
void ui_search_info(struct ui *u, char *buf, size_t n);
/* A key while the help overlay is open: its search (/, n, N), else
 * ui_help_key's; 1 when it closes the overlay. */
int ui_search_help_key(struct ui *u, int code);

/* ui_chrome.c */
void ui_chrome_draw(struct ui *u);

/* ui_open.c: opens url with $BROWSER (else xdg-open) when url_check lets
 * it leave, saying on the status line why not, or how the program
 * failed. */
void ui_open_url(struct ui *u, const char *url);
/* Runs argv (argv[0] looked up in PATH; no shell) and waits for it: its
 * wait status, or -1 and errno when it could not be run.  in[0..n) is its
 * standard input, or with in NULL the reader's; quiet: its output goes
 * to /dev/null.  The keyboard's signals are the program's meanwhile. */
int ui_run_program(char *const argv[], const char *in, size_t n, int quiet);
/* ui_osc8.c: after a refresh, the detail pane's addresses written again
 * as OSC 8 hyperlinks, when the config or the terminal says so. */
void ui_osc8_draw(struct ui *u);
/* The same for link l of doc when it is an address (1), else 0. */
int ui_open_link(struct ui *u, const struct render_doc *doc,
    const struct link *l);

/* ui_term.c */
enum ui_term_event {
	UI_TERM_KEY,			/* rc and wc hold a key */
	UI_TERM_RESIZE,
	UI_TERM_WAKE,			/* a signal; see ui_term_signal */
	UI_TERM_GONE			/* no more input will ever come */
};

/* setlocale(LC_ALL, "") with the C.UTF-8 fallback when the codeset is not
 * UTF-8; LC_NUMERIC stays "C".  Returns 0, or -1 if no UTF-8 locale could
 * be had. */
int ui_term_locale_init(void);
/* 0, or -1 after one clear error on stderr (no terminal, TERM unset or
 * unknown, or one that cannot move the cursor).  LINES or COLUMNS that
 * cannot be a size are ignored with a warning in d. */
int ui_term_open(int mouse, struct diag *d);
/* Mouse capture on or off: 0, or -1 when it cannot be had. */
int ui_term_mouse(int on);
int ui_term_mouse_on(void);
void ui_term_close(void);
/* ui_signal.c: our handlers for the signals that end the process (on),
 * or the actions there were before. */
void ui_term_catch_signals(int on);
/* The signal caught, or 0. */
int ui_term_signal(void);
/* The terminal's modes as the shell left them, before newterm(). */
void ui_signal_save_modes(void);
/* From now on a fault, or a second Ctrl-C, writes seq[0..n) and puts
 * those modes back before the process dies; disarmed by endwin(). */
void ui_signal_arm(const char *seq, size_t n);
void ui_signal_disarm(void);
/* A monotonic clock, in milliseconds. */
long long ui_now_ms(void);
/* Waits for the next event: for ever when ms < 0, else at most ms
 * milliseconds (then UI_TERM_WAKE). */
enum ui_term_event ui_term_read(int *rc, wint_t *wc, int ms);

#endif
