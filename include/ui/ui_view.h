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

#include "dossier.h"
#include "link.h"
#include "search.h"
#include "ui_layout.h"

#define UI_VIEW_NONE ((size_t)-1)

/* Corpus search results (the `s` key); see ui_view_results.c. */
struct ui_results {
	char *query;
	struct search_hit *hits;
	size_t n, cap;
};

/* What a view reads. */
struct ui_ctx {
	const struct dossier *ds;
	const struct ui_results *res;
	const struct search *hl;	/* list search to highlight, or NULL */
};

struct ui_view {
	const char *name;		/* in the state file: "articles" */
	const char *tab;		/* "1 Bài báo / Articles" */
	const char *tab_short;		/* "1 Bài báo" */
	const char *bar;		/* the list pane's title */
	const char *empty;		/* shown when the list is empty */
	int scope;			/* key scope (ui_keys.h) */
	int rowh;			/* screen lines per row */
	int axis;			/* wants the axis strip */

	size_t (*count)(const struct ui_ctx *);
	/* The place row's detail pane shows (and Enter opens). */
	struct link (*link)(const struct ui_ctx *, size_t row);
	/* The row showing model item (link.item), or UI_VIEW_NONE. */
	size_t (*row_of)(const struct ui_ctx *, size_t item);
	/* What `/` in the list searches. */
	const char *(*title)(const struct ui_ctx *, size_t row);
	void (*draw_row)(const struct ui_ctx *, size_t row, struct ui_rect r,
	    int selected, int focused);
	/* The axis strip (may be NULL); sel is the selected row. */
	void (*draw_axis)(const struct ui_ctx *, size_t sel, struct ui_rect r);
	/* The row at column x of the axis strip, or UI_VIEW_NONE. */
	size_t (*axis_hit)(const struct ui_ctx *, struct ui_rect r, int x);
};

extern const struct ui_view ui_view_articles;
extern const struct ui_view ui_view_timeline;
extern const struct ui_view ui_view_topics;
extern const struct ui_view ui_view_results;

/* Runs a corpus search into r (which it empties first); the number of
 * hits, or -1 for a query that folds to nothing. */
long ui_view_results_run(struct ui_results *r, const struct dossier *ds,
    const char *query);
void ui_view_results_free(struct ui_results *r);

/* Timeline: the first milestone of the next (dir > 0) or previous year
 * from row, or UI_VIEW_NONE. */
size_t ui_view_timeline_year(const struct ui_ctx *c, size_t row, int dir);

/* The role of the selected row's background. */
int ui_view_sel_role(int selected, int focused);

#endif
