/*
 * ui_filter: `&`, the list filter (less's "display only matching
 * lines").  The query language is query.h's; the rows a filter keeps
 * are a sorted array of the view's own rows, and every call from the
 * reader into a view goes through ui_vraw and ui_vshown, so a view
 * never knows it is filtered.  The filter applies as it is typed (the
 * prompt shows kept/all, or the query's error and its column); Enter
 * keeps it and makes it a place in history; Esc puts back the one from
 * before; `&` and an empty query clear it.
 */
#include "ui_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier_query.h"
#include "lang.h"
#include "render.h"
#include "ui_draw.h"
#include "util.h"

size_t
ui_vshown(const struct ui_vstate *vs, size_t raw)
{
	if (!vs->mapped)
		return raw;
	return raw < vs->ninv ? vs->finv[raw] : UI_VIEW_NONE;
}

static void
drop_rows(struct ui_vstate *vs)
{
	free(vs->frows);
	free(vs->finv);
	vs->frows = vs->finv = NULL;
	vs->fn = vs->ninv = 0;
	vs->mapped = 0;
}

static void
drop(struct ui_vstate *vs)
{
	free(vs->filter);
	vs->filter = NULL;
	drop_rows(vs);
}

/* The topic the Topics list has selected (for the order by mentions),
 * or TOPICS_NONE. */
static size_t
selected_topic(const struct ui *u)
{
	int v = ui_reader_view_of(u, LINK_TOPICS);
	const struct ui_vstate *ts;
	size_t t;

	if (v < 0 || u->vs[v].list.n == 0)
		return TOPICS_NONE;
	ts = &u->vs[v];
	t = ts->vw->link(&ts->ctx, ui_vraw(ts, ts->list.sel)).item;
	/* A saved query's row names no topic. */
	return t < u->ds->map.ntopics ? t : TOPICS_NONE;
}

/* Shows rows[0..nr) (the view's rows the filter keeps, ascending; NULL:
 * all of them) in the order vs->sort asks for, keeping the selected row
 * when it stays, else the nearest kept row after it. */
static void
show(struct ui *u, struct ui_vstate *vs, size_t *rows, size_t nr,
    size_t raw)
{
	size_t n = vs->vw->count(&vs->ctx), sel = 0;

	drop_rows(vs);
	if (rows == NULL && vs->sort != 0) {
		rows = util_calloc(n + 1, sizeof *rows);
		for (nr = 0; nr < n; nr++)
			rows[nr] = nr;
	}
	if (rows != NULL) {
		/* The nearest kept row, while rows are still in view order. */
		while (sel < nr && rows[sel] < raw)
			sel++;
		if (sel == nr && sel > 0)
			sel--;
		raw = nr > 0 ? rows[sel] : raw;
		if (vs->sort != 0)
			vs->vw->sort(&vs->ctx, vs->sort, selected_topic(u), rows,
			    nr);
		vs->mapped = 1;
		vs->frows = rows;
		vs->fn = nr;
		vs->ninv = n;
		vs->finv = util_calloc(n + 1, sizeof *vs->finv);
		for (size_t i = 0; i < n; i++)
			vs->finv[i] = UI_VIEW_NONE;
		for (size_t i = 0; i < nr; i++)
			vs->finv[rows[i]] = i;
	}
	n = ui_vcount(vs);
	sel = ui_vshown(vs, raw);
	ui_list_set_count(&vs->list, n, ui_reader_list_vis(u));
	vs->list.sel = sel < n ? sel : 0;
	ui_list_fix(&vs->list, ui_reader_list_vis(u));
}

void
ui_filter_free(struct ui_vstate *vs)
{
	drop(vs);
	free(vs->ferr);
	vs->ferr = NULL;
}

/* Parses q for the view: 0 and the query, or -1 with the error kept
 * for the prompt ("col 12: …"). */
static int
parse(struct ui *u, struct ui_vstate *vs, const char *q, struct query *out)
{
	char err[QUERY_ERRSIZE];
	int col;

	free(vs->ferr);
	vs->ferr = NULL;
	if (query_parse(out, q, vs->vw->qkind, &u->ds->map, err, &col) == 0)
		return 0;
	vs->ferr = util_strdup(err);
	vs->fcol = col;
	return -1;
}

/* 1 when the whole-dossier filter narrows vs now. */
static int
narrowed(const struct ui *u, const struct ui_vstate *vs)
{
	return u->scope.on && vs->vw->in_scope != NULL;
}

/* The rows the whole-dossier filter keeps of a view it narrows, each
 * also kept by dq when not NULL (heap, ascending; *nr of them). */
static size_t *
kept_rows(struct ui *u, struct ui_vstate *vs, const struct dossier_query *dq,
    size_t *nr)
{
	size_t n = vs->vw->count(&vs->ctx), *rows;
	int scoped = narrowed(u, vs);

	rows = util_calloc(n + 1, sizeof *rows);
	*nr = 0;
	for (size_t i = 0; i < n; i++)
		if ((dq == NULL || vs->vw->keep(&vs->ctx, dq, i)) &&
		    (!scoped || vs->vw->in_scope(&vs->ctx, i)))
			rows[(*nr)++] = i;
	return rows;
}

size_t *
ui_filter_rows(struct ui *u, struct ui_vstate *vs, const struct query *qu,
    size_t *nr)
{
	struct dossier_query dq;
	size_t *rows;

	if (dossier_query_init(&dq, u->ds, qu) != 0)
		return NULL;
	/* Applied at every key: the index's answer, not a read of every
	 * text it names. */
	dq.exact = 0;
	rows = kept_rows(u, vs, &dq, nr);
	dossier_query_free(&dq);
	return rows;
}

/* Sets the filter of vs to q ("" or NULL: none), keeping the selected
 * row when it stays, else the nearest kept row after it.  Returns 0, or
 * -1 when q does not parse (the filter is then unchanged).  The
 * Articles view's filter is what F applies to the whole dossier: that
 * follows. */
int
ui_filter_set(struct ui *u, struct ui_vstate *vs, const char *q)
{
	size_t raw = ui_vraw(vs, vs->list.sel), *rows, nr = 0;
	struct query qu;

	if (q == NULL || q[0] == '\0' || strspn(q, " ") == strlen(q)) {
		free(vs->ferr);
		vs->ferr = NULL;
		drop(vs);
		if (narrowed(u, vs)) {
			rows = kept_rows(u, vs, NULL, &nr);
			show(u, vs, rows, nr, raw);
		} else {
			show(u, vs, NULL, 0, raw);
		}
		ui_scope_follow(u, vs);
		return 0;
	}
	if (parse(u, vs, q, &qu) != 0)
		return -1;
	rows = ui_filter_rows(u, vs, &qu, &nr);
	query_free(&qu);
	if (rows == NULL) {
		vs->ferr = util_strdup(L("chỉ mục không đọc được câu tìm này",
		    "the index cannot read this query"));
		vs->fcol = 1;
		return -1;
	}
	drop(vs);
	vs->filter = util_strdup(q);
	show(u, vs, rows, nr, raw);
	ui_scope_follow(u, vs);
	return 0;
}

void
ui_filter_refresh(struct ui *u, struct ui_vstate *vs)
{
	char *f = vs->filter != NULL ? util_strdup(vs->filter) : NULL;

	if (f == NULL || ui_filter_set(u, vs, f) != 0)
		ui_filter_set(u, vs, NULL);
	free(f);
}

void
ui_filter_sort(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	size_t raw = ui_vraw(vs, vs->list.sel);

	if (vs->vw->nsorts == 0) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Danh sách này chỉ có một thứ "
		    "tự", "This list has one order only"));
		return;
	}
	vs->sort = (vs->sort + 1) % vs->vw->nsorts;
	/* By mentions needs a topic: the Topics list's selection. */
	if (vs->sort == vs->vw->nsorts - 1 && selected_topic(u) == TOPICS_NONE)
		vs->sort = 0;
	ui_filter_refresh(u, vs);
	ui_list_select(&vs->list, ui_vshown(vs, raw) != UI_VIEW_NONE ?
	    ui_vshown(vs, raw) : 0, ui_reader_list_vis(u));
	ui_msgs_say(&u->msgs, 0, L("Xếp theo %s", "Sorted by %s"),
	    ui_filter_sort_name(u, vs));
}

const char *
ui_filter_sort_name(const struct ui *u, const struct ui_vstate *vs)
{
	static char buf[160];
	size_t t = selected_topic(u);

	if (vs->vw->nsorts == 0)
		return "";
	if (vs->sort == vs->vw->nsorts - 1 && t != TOPICS_NONE) {
		snprintf(buf, sizeof buf, "%s “%s”",
		    vs->vw->sorts[vs->sort][lang_get()],
		    render_topic_title(&u->ds->map.topics[t]));
		return buf;
	}
	return vs->vw->sorts[vs->sort][lang_get()];
}

void
ui_filter_open(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);

	if (vs->vw->keep == NULL) {
		ui_msgs_say(&u->msgs, 1, L("Danh sách này không lọc được",
		    "This list has no filter"));
		return;
	}
	free(u->saved_query);
	u->saved_query = vs->filter != NULL ? util_strdup(vs->filter) : NULL;
	u->orig_sel = vs->list.sel;
	u->orig_ltop = vs->list.top;
	u->focus = UI_FOCUS_LIST;
	ui_prompt_open(&u->prompt, PROMPT_FILTER, ui_keys_name(ACT_FILTER),
	    vs->filter != NULL ? vs->filter : "",
	    &u->st.hist[STATE_HIST_FILTER]);
}

void
ui_filter_edited(struct ui *u)
{
	ui_filter_set(u, ui_cur(u), u->prompt.text.data);
}

void
ui_filter_done(struct ui *u, enum ui_prompt_result r)
{
	struct ui_vstate *vs = ui_cur(u);
	char *q = util_strdup(u->prompt.text.data);
	char a[UTIL_GROUPED_SIZE], b[UTIL_GROUPED_SIZE];
	struct link from;

	ui_prompt_close(&u->prompt);
	free(vs->ferr);
	vs->ferr = NULL;
	if (r == UI_PROMPT_CANCEL || ui_filter_set(u, vs, q) != 0) {
		if (r != UI_PROMPT_CANCEL)
			ui_msgs_say(&u->msgs, 1, "%s", L("Lọc: câu lọc sai, "
			    "giữ bộ lọc cũ", "Filter: the query has an error; "
			    "the filter from before is kept"));
		ui_filter_set(u, vs, u->saved_query);
		vs->list.sel = u->orig_sel;
		vs->list.top = u->orig_ltop;
		ui_list_fix(&vs->list, ui_reader_list_vis(u));
		free(vs->ferr);
		vs->ferr = NULL;
		free(q);
		return;
	}
	/* A filter set is a place: Backspace goes back to the list as it
	 * was (ui_reader_go puts the filter of the link back). */
	if ((u->saved_query == NULL) != (vs->filter == NULL) ||
	    (vs->filter != NULL && strcmp(u->saved_query, vs->filter) != 0)) {
		char *now = vs->filter != NULL ? util_strdup(vs->filter) : NULL;
		size_t sel = vs->list.sel;

		ui_filter_set(u, vs, u->saved_query);
		vs->list.sel = u->orig_sel;
		from = ui_reader_here(u);
		link_history_push(&u->hist, from);
		ui_filter_set(u, vs, now);
		vs->list.sel = sel;
		ui_list_fix(&vs->list, ui_reader_list_vis(u));
		free(now);
	}
	if (vs->filter == NULL)
		ui_msgs_say(&u->msgs, 0, L("Bỏ lọc", "Filter cleared"));
	else
		ui_msgs_say(&u->msgs, 0, L("Lọc “%s”: %s/%s — %s rồi Enter "
		    "để bỏ", "Filter “%s”: %s/%s — %s then Enter clears it"),
		    vs->filter, util_grouped(vs->fn, a),
		    util_grouped(vs->vw->count(&vs->ctx), b),
		    ui_keys_name(ACT_FILTER));
	free(q);
}

void
ui_filter_info(struct ui *u, char *buf, size_t n)
{
	struct ui_vstate *vs = ui_cur(u);
	char a[UTIL_GROUPED_SIZE], b[UTIL_GROUPED_SIZE];

	/* The error without its hint in parentheses (meant for the command
	 * line); where even that does not fit beside the query (the prompt
	 * would show nothing), its column only: the list's title bar has
	 * the rest. */
	if (vs->ferr != NULL) {
		const char *paren = strstr(vs->ferr, " (");
		int len = (int)(paren != NULL ? (size_t)(paren - vs->ferr) :
		    strlen(vs->ferr));

		snprintf(buf, n, L("✗ cột %d: %.*s", "✗ col %d: %.*s"),
		    vs->fcol, len, vs->ferr);
		if (ui_draw_width(u->prompt.label) + ui_draw_width(
		    u->prompt.text.data) + ui_draw_width(buf) + 3 > COLS)
			snprintf(buf, n, L("✗ cột %d", "✗ col %d"), vs->fcol);
	}
	else if (vs->filter != NULL || vs->mapped)
		snprintf(buf, n, "%s/%s", util_grouped(ui_vcount(vs), a),
		    util_grouped(vs->vw->count(&vs->ctx), b));
	else
		snprintf(buf, n, L("tất cả %s", "all %s"),
		    util_grouped(vs->vw->count(&vs->ctx), a));
}

unsigned
ui_filter_mark(struct ui *u, const struct ui_vstate *vs)
{
	return ui_filter_mark_of(u, vs->filter);
}

unsigned
ui_filter_mark_of(struct ui *u, const char *f)
{
	if (f == NULL)
		return 1;
	for (size_t i = 0; i < u->nfstr; i++)
		if (strcmp(u->fstr[i], f) == 0)
			return (unsigned)i + 2;
	u->fstr = util_reallocarray(u->fstr, u->nfstr + 1, sizeof *u->fstr);
	u->fstr[u->nfstr] = util_strdup(f);
	return (unsigned)u->nfstr++ + 2;
}

const char *
ui_filter_of(const struct ui *u, unsigned mark)
{
	return mark >= 2 && mark - 2 < u->nfstr ? u->fstr[mark - 2] : NULL;
}

void
ui_filter_marks_free(struct ui *u)
{
	for (size_t i = 0; i < u->nfstr; i++)
		free(u->fstr[i]);
	free(u->fstr);
	u->fstr = NULL;
	u->nfstr = 0;
}

size_t
ui_filter_arrive(struct ui *u, struct ui_vstate *vs, unsigned mark,
    size_t raw)
{
	const char *f = ui_filter_of(u, mark);

	if (mark != 0 && ((f == NULL) != (vs->filter == NULL) ||
	    (f != NULL && strcmp(f, vs->filter) != 0))) {
		char *keep = f != NULL ? util_strdup(f) : NULL;

		ui_filter_set(u, vs, keep);
		free(keep);
	}
	if (ui_vshown(vs, raw) == UI_VIEW_NONE && vs->filter != NULL) {
		ui_filter_set(u, vs, NULL);
		ui_msgs_say(&u->msgs, 0, "%s", L("Bộ lọc ẩn nơi này: đã bỏ lọc",
		    "The filter hid that place: the filter is cleared"));
	}
	/* Hidden still: by the filter of the whole dossier. */
	if (ui_vshown(vs, raw) == UI_VIEW_NONE && u->scope.on) {
		ui_scope_off(u);
		ui_msgs_say(&u->msgs, 0, "%s", L("Bộ lọc cả hồ sơ ẩn nơi này: "
		    "đã tắt", "The whole-dossier filter hid that place: it is "
		    "off"));
	}
	return ui_vshown(vs, raw);
}

size_t
ui_filter_year(const struct ui_vstate *vs, int dir)
{
	size_t raw = vs->vw->year == NULL ? UI_VIEW_NONE :
	    vs->vw->year(&vs->ctx, ui_vraw(vs, vs->list.sel), dir);

	while (raw != UI_VIEW_NONE && ui_vshown(vs, raw) == UI_VIEW_NONE)
		raw = vs->vw->year(&vs->ctx, raw, dir);
	return raw != UI_VIEW_NONE ? ui_vshown(vs, raw) : UI_VIEW_NONE;
}
