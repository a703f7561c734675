/*
 * ui_view: what differs between the reader's views, as a const struct of
 * function pointers (like tmux's struct window_mode).  A view is a list
 * of rows and, for each row, the place (a link) its detail pane shows;
 * the list widget, the pager, history and search are shared machinery in
 * ui_reader.c that never looks inside a view.
 */
#ifndef HOSO_UI_VIEW_H
#define HOSO_UI_VIEW_H

#include <stddef.h>

#include "bookmarks.h"
#include "dossier.h"
#include "dossier_query.h"
#include "lang.h"
#include "link.h"
#include "readstate.h"
#include "search.h"
#include "ui_layout.h"

#define UI_VIEW_NONE ((size_t)-1)

/* The place of a row of the search results (item: the row), so going
 * back from an opened result returns to the list it was opened from.
 * Only the reader has it: documents never link to it. */
#define UI_PLACE_RESULTS ((enum link_view)LINK_NVIEWS)
/* A row of the Bookmarks view, likewise. */
#define UI_PLACE_BOOKMARKS ((enum link_view)(LINK_NVIEWS + 1))

/* The Bookmarks view's data: the bookmarks of the corpus and their
 * file (NULL: none, nothing is saved). */
struct ui_bookmarks {
	struct bookmarks bm;
	char *path;
	size_t confirm;			/* the row D was pressed on + 1 */
};

/* The articles read (ui_read.c), which the lists show: off with
 * --no-state, and then the lists are drawn as if there were none. */
struct ui_read {
	struct readstate rs;
	char *path;			/* NULL: nothing is saved */
	int on;
	int pending;			/* what is present not counted yet */
	size_t nnew;			/* articles no run before had seen */
	size_t *unread;			/* per topic; NULL: not counted yet */
	size_t nunread;
	size_t shown;			/* the row marked last + 1, or 0 */
};

/* 1 when the Articles view's row is unread (never while off). */
int ui_read_row_unread(const struct ui_read *r, const struct dossier *ds,
    size_t row);
/* The unread articles of topic t (all of them counted on first use). */
size_t ui_read_topic_unread(struct ui_read *r, const struct dossier *ds,
    size_t t);

/* A saved query of the config file, with what it keeps now. */
struct ui_saved {
	const char *name, *query;
	size_t n;			/* articles it keeps */
	size_t *rows, nrows;		/* the newest of them, for its page */
};

/* What every view may read besides the dossier (ui_scope.c): the
 * Articles view's filter applied to the whole dossier (F), while on:
 * the article rows it keeps and the topics' counts over them; and the
 * saved queries, the first rows of the Topics view. */
struct ui_scope {
	int on;
	char *query;			/* the filter applied, while on */
	unsigned char *in;		/* per article row: kept */
	size_t n, nin;			/* rows of in; rows kept */
	struct dossier_count *counts;	/* per topic, of the rows kept */
	struct ui_saved *saved;
	size_t nsaved;
};

/* What a view reads: the dossier, what to highlight, its own data. */
struct ui_ctx {
	const struct dossier *ds;
	const struct search *hl;	/* list search to highlight, or NULL */
	void *data;			/* from create, or NULL */
	struct ui_read *read;		/* the reader's, shared by the views */
	const struct ui_scope *scope;	/* never NULL in the reader */
};

struct ui_view {
	const char *name;		/* in the state file: "articles" */
	/* Labels, one per language (lang.h), indexed by lang_get(). */
	const char *tab[2];		/* "1 Articles" */
	const char *tab_short[2];	/* "1 Art." (narrow headers) */
	const char *bar[2];		/* the list pane's title */
	const char *bar_read[2];	/* the same while the articles read
					 * are kept (NULL: bar) */
	const char *empty[2];		/* shown when the list is empty */
	int scope;			/* key scope (ui_keys.h) */
	int rowh;			/* screen lines per row */
	int axis;			/* wants the axis strip */
	enum link_view place;		/* what its rows are, as places */
	/* Shown only while current: its tab (labelled with the row count)
	 * appears then, it is not remembered between runs, and an empty
	 * one stands for the place it was entered from. */
	int transient;
	/* Its rows are jumps: Enter on one follows its link, and arriving
	 * at one of its places shows the list, not the detail. */
	int follow;

	/* The view's own data (may be NULL: none). */
	void *(*create)(void);
	void (*destroy)(void *data);

	size_t (*count)(const struct ui_ctx *);
	/* 1 while more rows may come after those counted (may be NULL):
	 * the tab then says "N+". */
	int (*more)(const struct ui_ctx *);
	/* The place row's detail pane shows (and Enter opens). */
	struct link (*link)(const struct ui_ctx *, size_t row);
	/* The row showing the item of one of its places, or UI_VIEW_NONE. */
	size_t (*row_of)(const struct ui_ctx *, size_t item);
	/* What `/` in the list searches: the title shown, and the row's
	 * title in the other language (may be NULL), so that a title read
	 * in the detail pane is found whichever language the list is in. */
	const char *(*title)(const struct ui_ctx *, size_t row);
	const char *(*alt_title)(const struct ui_ctx *, size_t row);
	/* A list & filters (may be NULL: none): 1 when row matches. */
	int (*keep)(const struct ui_ctx *, const struct dossier_query *,
	    size_t row);
	enum query_list qkind;		/* the fields its queries have */
	/* A list the whole-dossier filter narrows (may be NULL): 1 when
	 * row is of the articles it keeps (asked only while it is on). */
	int (*in_scope)(const struct ui_ctx *, size_t row);
	/* A list o sorts (nsorts 0: none): the orders' names, the first
	 * the view's own, the last by the mentions of a topic; sort puts
	 * rows[0..n) in order kind (topic: the Topics list's selected). */
	int nsorts;
	const char *sorts[4][2];
	void (*sort)(const struct ui_ctx *, int kind, size_t topic,
	    size_t *rows, size_t n);
	void (*draw_row)(const struct ui_ctx *, size_t row, struct ui_rect r,
	    int selected, int focused);
	/* The axis strip (may be NULL); sel is the selected row. */
	void (*draw_axis)(const struct ui_ctx *, size_t sel, struct ui_rect r);
	/* The row at column x of the axis strip, or UI_VIEW_NONE. */
	size_t (*axis_hit)(const struct ui_ctx *, struct ui_rect r, int x);
	/* A view that takes corpus searches (the `s` key; may be NULL):
	 * runs one into its rows, returning the number of hits; a query
	 * that folds to nothing (-1) or finds nothing (0) keeps the rows
	 * it had. */
	long (*search)(const struct ui_ctx *, const char *query);
	/* The query its rows answer, for the list's title bar and the
	 * prompt of the next search (may be NULL). */
	const char *(*query)(const struct ui_ctx *);
	/* A view of dated rows (] and [, may be NULL): the first row of
	 * the next (dir > 0) or previous year from row, or UI_VIEW_NONE. */
	size_t (*year)(const struct ui_ctx *, size_t row, int dir);
	/* Screen lines per row in a list of this width, for a view whose
	 * rows change shape with the room (may be NULL: rowh). */
	int (*rowh_for)(int width);
	/* A view with an axis that zooms (+ and -, may be NULL): one step
	 * in (dir > 0) or out around row; writes to msg what the axis
	 * shows then (its years, or that it goes no further). */
	void (*zoom)(const struct ui_ctx *, size_t row, int dir, char *msg,
	    size_t n);
};

/* The height of v's rows in a list body of this width. */
static inline int
ui_view_rowh(const struct ui_view *v, int width)
{
	return v->rowh_for != NULL ? v->rowh_for(width) : v->rowh;
}

extern const struct ui_view ui_view_articles;
extern const struct ui_view ui_view_timeline;
extern const struct ui_view ui_view_topics;
extern const struct ui_view ui_view_bookmarks;
/* The page of bookmark item (an index of b's file order). */
struct render_doc;
void ui_bookmarks_render(struct render_doc *doc, const struct dossier *ds,
    const struct ui_bookmarks *b, size_t item, int w);
extern const struct ui_view ui_view_results;

/* Where row is, as a place to come back to: the row's link when it is
 * one of the view's own places, else the row itself. */
struct link ui_view_place(const struct ui_view *v, const struct ui_ctx *c,
    size_t row);

/* The Topics view: 1 when row is a saved query's, and which one. */
int ui_topics_saved_row(const struct ui_ctx *c, size_t row, size_t *which);
/* A saved query's page: its name, query and what it keeps. */
void ui_saved_render(struct render_doc *doc, const struct dossier *ds,
    const struct ui_scope *sc, size_t which, int w);

/* The role of the selected row's background. */
int ui_view_sel_role(int selected, int focused);

#endif
