/*
 * ui_chrome: drawing the frame.  The header (hoso, the views' tabs, the
 * dossier's name and counts), the panes' title bars, the list and the
 * detail panes around what the views and the pager draw, the separator,
 * the status line (position, then a message or key hints) and the
 * too-small screen.  The frame is drawn whole from the layout; ncurses
 * sends only the difference.
 */
#include "ui_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "text.h"
#include "theme.h"
#include "ui_draw.h"
#include "ui_help.h"
#include "ui_keys.h"
#include "wrap.h"

/* The corpus name is the directory's, which is anything the file system
 * allows: made safe (no escape reaches the terminal) and kept short. */
#define NAME_MAX_COLS 48

/* The dossier's name for the header, clean and at most NAME_MAX_COLS
 * wide, cut at a grapheme boundary; a heap string. */
static char *
corpus_name(const struct ui *u)
{
	const char *d = u->ds->dir != NULL ? u->ds->dir : "", *base = d;
	size_t n = strlen(d), len, fit;
	char *t, *r;
	int w;

	if (u->ds->map.title != NULL && u->ds->map.title[0] != '\0') {
		base = u->ds->map.title;
		n = strlen(base);
	} else {
		while (n > 1 && d[n - 1] == '/')
			n--;
		for (size_t i = 0; i + 1 < n; i++)
			if (d[i] == '/')
				base = d + i + 1;
		n -= (size_t)(base - d);
	}
	t = text_clean(base, n, 0, &len);
	if (wrap_width(t, len) <= NAME_MAX_COLS)
		return t;
	fit = wrap_fit(t, len, NAME_MAX_COLS - 1, &w);
	r = util_malloc(fit + sizeof "…");
	memcpy(r, t, fit);
	memcpy(r + fit, "…", sizeof "…");
	free(t);
	return r;
}

/* Whether view v has a tab now: a transient view only while current. */
static int
has_tab(const struct ui *u, int v)
{
	return !u->vs[v].vw->transient || v == u->view;
}

/* A tab's label in one of four widths: 0 full, 1 short, 2 short for
 * the current view and the digit for the others, 3 digits only.  A
 * transient view's tab says how many rows it has, in every width. */
static const char *
tab_label(const struct ui *u, int v, int variant, char *buf, size_t n)
{
	const struct ui_vstate *vs = &u->vs[v];

	if (vs->vw->transient && (variant < 3 || v == u->view)) {
		snprintf(buf, n, "%s (%zu%s)", vs->vw->tab_short[lang_get()],
		    ui_vcount(vs), vs->vw->more != NULL &&
		    vs->vw->more(&vs->ctx) ? "+" : "");
		return buf;
	}
	if (variant == 0)
		return vs->vw->tab[lang_get()];
	if (variant == 1 || (variant == 2 && v == u->view))
		return vs->vw->tab_short[lang_get()];
	snprintf(buf, n, "%d", v + 1);
	return buf;
}

/* Columns the tabs take in a label variant, "hoso" included. */
static int
tabs_width(const struct ui *u, int variant)
{
	char buf[96];
	int w = 6;

	for (int v = 0; v < UI_NVIEWS; v++)
		if (has_tab(u, v))
			w += ui_draw_width(tab_label(u, v, variant, buf,
			    sizeof buf)) + 3;
	return w;
}

/* "hoso" and the tabs in a label variant; the next column. */
static int
draw_tabs(struct ui *u, int variant)
{
	struct ui_rect r = u->lay.header;
	char buf[96];
	int x, used;

	x = r.x + ui_draw_str(r.y, r.x, r.w, " hoso ", ROLE_HEADER);
	for (int v = 0; v < UI_NVIEWS; v++) {
		const char *t;
		enum theme_role role = v == u->view ? ROLE_TAB_ACTIVE :
		    ROLE_TAB;

		u->tabx[v][0] = u->tabx[v][1] = -1;
		if (!has_tab(u, v))
			continue;
		t = tab_label(u, v, variant, buf, sizeof buf);
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
	return x;
}

/* A way to lay the header out: its right side, and the tab labels. */
struct plan {
	int right;			/* an index into the right sides */
	int variant;			/* tab labels, as in tab_label */
};

/* The tab variant of the first of plans[0..n) whose tabs and right side
 * (rights[right], NULL: not to be had) fit, *right then that side; the
 * digits and nothing on the right when none does. */
static int
fit_plan(const struct ui *u, const struct plan *plans, size_t n,
    const char *const *rights, const char **right)
{
	for (size_t i = 0; i < n; i++) {
		const char *rt = rights[plans[i].right];

		if (rt != NULL && tabs_width(u, plans[i].variant) +
		    ui_draw_width(rt) <= u->lay.header.w) {
			*right = rt;
			return plans[i].variant;
		}
	}
	*right = "";
	return 3;
}

/*
 * The header: "hoso", the tabs, and on the right the dossier's name and
 * counts.  Full tab labels come first, then the counts, then the name;
 * the first of these plans that fits is drawn.  The articles new since
 * the last run are news: said alone where the counts do not fit.
 * While F is on, the header says so in place of the dossier's name and
 * counts, before the tabs' full labels: the narrowed lists must never
 * pass for the whole.
 */
static void
draw_header(struct ui *u)
{
	/* Right sides: 0 name and counts, 1 counts, 2 none, 3 the new
	 * ones alone. */
	static const struct plan plans[] = {
		{ 0, 0 }, { 1, 0 }, { 3, 0 }, { 3, 1 }, { 2, 0 }, { 0, 1 },
		{ 1, 1 }, { 3, 2 }, { 1, 2 }, { 2, 1 }, { 2, 2 }, { 3, 3 },
		{ 2, 3 },
	};
	/* Right side 0: what F keeps, in full. */
	static const struct plan scoped[] = { { 0, 0 }, { 0, 1 }, { 0, 2 } };
	struct ui_rect r = u->lay.header;
	int x, used;
	char counts[128], fresh[48], label[512];
	char *name;
	struct util_buf full;
	const char *rights[4], *right;

	ui_draw_fill(r.y, r.x, r.w, ROLE_HEADER);
	util_buf_init(&full);
	if (u->scope.on) {
		rights[0] = ui_scope_label(u, 1 << 20, label, sizeof label);
		x = draw_tabs(u, fit_plan(u, scoped, sizeof scoped /
		    sizeof scoped[0], rights, &right));
		/* No room for it whole: the tabs at their shortest and the
		 * label cut to what is left. */
		right = ui_scope_label(u, r.x + r.w - x, label, sizeof label);
	} else {
		name = corpus_name(u);
		/* The new ones beside all (ui_read.c): what came in since. */
		if (u->read.nnew > 0)
			snprintf(counts, sizeof counts, L("%zu bài · %zu mới · "
			    "%zu chủ đề · %zu mốc ", "%zu articles · %zu new · "
			    "%zu topics · %zu milestones "), u->ds->corpus.n,
			    u->read.nnew, u->ds->map.ntopics, u->ds->map.nms);
		else
			snprintf(counts, sizeof counts, L("%zu bài · %zu chủ "
			    "đề · %zu mốc ", "%zu articles · %zu topics · %zu "
			    "milestones "), u->ds->corpus.n,
			    u->ds->map.ntopics, u->ds->map.nms);
		snprintf(fresh, sizeof fresh, L("%zu mới ", "%zu new "),
		    u->read.nnew);
		util_buf_printf(&full, "%s · %s", name, counts);
		free(name);
		rights[0] = full.data;
		rights[1] = counts;
		rights[2] = "";
		rights[3] = u->read.nnew > 0 ? fresh : NULL;
		x = draw_tabs(u, fit_plan(u, plans, sizeof plans /
		    sizeof plans[0], rights, &right));
	}
	used = ui_draw_width(right);
	if (used > 0 && r.x + r.w - x >= used)
		ui_draw_str(r.y, r.x + r.w - used, used, right, ROLE_HEADER);
	util_buf_free(&full);
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
	struct ui_vstate *vs = ctx;

	vs->vw->draw_row(&vs->ctx, ui_vraw(vs, item), r, selected, focused);
}

static void
draw_list(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	const struct ui_view *vw = vs->vw;
	struct ui_list *l = &vs->list;
	struct ui_rect pane = u->lay.list, body = ui_layout_body(pane);
	int focused = u->focus == UI_FOCUS_LIST;
	char right[48];
	struct util_buf bar;

	if (pane.w == 0)
		return;
	snprintf(right, sizeof right, " %zu/%zu ", l->n > 0 ? l->sel + 1 : 0,
	    l->n);
	util_buf_init(&bar);
	util_buf_adds(&bar, u->read.on && vw->bar_read[lang_get()] != NULL ?
	    vw->bar_read[lang_get()] : vw->bar[lang_get()]);
	if (vw->query != NULL)
		util_buf_printf(&bar, " “%s”", vw->query(&vs->ctx));
	/* The query's error also here: beside a long query in a narrow
	 * prompt it has no room. */
	if (vs->ferr != NULL && u->prompt.active)
		util_buf_printf(&bar, " ✗ %s %d: %s", L("cột", "col"),
		    vs->fcol, vs->ferr);
	else if (vs->filter != NULL)
		util_buf_printf(&bar, " & %s", vs->filter);
	if (vs->sort != 0)
		util_buf_printf(&bar, " · %s %s", L("theo", "by"),
		    ui_filter_sort_name(u, vs));
	draw_bar(pane, focused, bar.data, right);
	util_buf_free(&bar);
	vs->ctx.hl = u->lhave && !u->hl_off ? &u->lsearch : NULL;
	if (l->n == 0) {
		/* Empty for now, not empty: the first index is being made. */
		const char *e = u->indexing[0] != '\0' && vw->place ==
		    LINK_ARTICLES ? L("Đang lập chỉ mục…", "Indexing…") :
		    vs->filter != NULL ? L("Bộ lọc không giữ lại gì",
		    "Nothing matches the filter") : vw->empty[lang_get()];

		for (int y = body.y; y < body.y + body.h; y++)
			ui_draw_fill(y, body.x, body.w, ROLE_TEXT);
		ui_draw_trunc(body.y, body.x + 1, body.w - 2, e, strlen(e),
		    ROLE_META, NULL);
		return;
	}
	ui_list_draw(l, body, ui_view_rowh(vw, body.w), focused, draw_row_cb,
	    vs);
}

/*
 * What a place is, in words, into b: for the detail pane's border (the
 * title of what it shows, wherever it is scrolled to) and, with kind
 * set, for the status line's "where the selected link leads" (which
 * also names the kind of a place that is not an article).  0, or -1 when
 * the place is none of the documents'.
 */
static int
describe(const struct ui *u, struct link at, int kind, struct util_buf *b)
{
	const struct dossier *ds = u->ds;

	switch (at.view) {
	case LINK_ARTICLES: {
		const struct article *a;

		if (at.item >= ds->corpus.n)
			return -1;
		a = dossier_row(ds, at.item);
		if (kind && a->date_str[0] != '\0')
			util_buf_printf(b, "%s · ", a->date_str);
		if (kind && a->source[0] != '\0')
			util_buf_printf(b, "%s — ", a->source);
		util_buf_adds(b, a->title);
		return 0;
	}
	case LINK_TOPICS:
		if (at.item >= ds->map.ntopics)
			return -1;
		if (kind)
			util_buf_adds(b, L("Chủ đề: ", "Topic: "));
		util_buf_adds(b, render_topic_title(&ds->map.topics[at.item]));
		return 0;
	case LINK_TIMELINE: {
		const struct milestone *m;

		if (at.item >= ds->map.nms)
			return -1;
		m = &ds->map.ms[at.item];
		if (kind)
			util_buf_adds(b, L("Mốc ", "Milestone "));
		util_buf_printf(b, "%s · %s", m->date_str, render_milestone_title(m));
		return 0;
	}
	case LINK_URL:
	case LINK_NVIEWS:
	default:
		return -1;
	}
}

static void
draw_detail(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	struct ui_pager *p = &vs->pager;
	struct ui_rect pane = u->lay.detail, body = ui_layout_body(pane);
	int focused = u->focus == UI_FOCUS_DETAIL;
	char right[32];
	struct util_buf title;

	if (pane.w == 0)
		return;
	/* The title stays in sight wherever the text is scrolled to, a
	 * jump into the middle of an article included. */
	util_buf_init(&title);
	if (vs->list.n == 0 || !p->have || describe(u, p->id, 0, &title) != 0)
		util_buf_adds(&title, L("Chi tiết", "Detail"));
	snprintf(right, sizeof right, " %d%% ", ui_pager_percent(p,
	    u->dtext.h));
	draw_bar(pane, focused, title.data, right);
	util_buf_free(&title);
	for (int y = body.y; y < body.y + body.h; y++)
		ui_draw_fill(y, body.x, body.w, ROLE_TEXT);
	/* The text column (u->dtext) may be narrower than the pane: the
	 * reader's text width. */
	ui_pager_draw(p, u->dtext);
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

/* A key hint: its keys (one action, or a pair as "h/l") and a label. */
struct hint {
	enum ui_action a, b;		/* b: ACT_NONE for one */
	const char *label[2];		/* by language */
	int single;			/* only in a single-pane layout */
};

static const struct hint hints[] = {
	{ ACT_NEXT_YEAR, ACT_PREV_YEAR, { "Năm", "year" }, 0 },
	{ ACT_FOCUS_LIST, ACT_FOCUS_DETAIL, { "Khung", "pane" }, 1 },
	{ ACT_HELP, ACT_NONE, { "Trợ giúp", "help" }, 0 },
	{ ACT_SEARCH, ACT_NONE, { "Tìm", "find" }, 0 },
	{ ACT_SEARCH_CORPUS, ACT_NONE, { "Tìm mọi bài", "search all" }, 0 },
	{ ACT_NEXT_LINK, ACT_NONE, { "Liên kết", "link" }, 0 },
	{ ACT_BACK, ACT_NONE, { "Quay lại", "back" }, 0 },
	{ ACT_CLOSE, ACT_NONE, { "Thoát", "quit" }, 0 },	/* or back */
	{ ACT_OPEN, ACT_NONE, { "Mở", "open" }, 0 },
};

/* The hints that apply: a binding of another view's scope is not one,
 * nor an action the config file left without a key. */
static int
hint_applies(const struct ui *u, const struct hint *h)
{
	int scope = ui_keys_of(h->a)->scope;

	if (h->single && !u->lay.single)
		return 0;
	if (ui_keys_of(h->a)->names[0] == NULL ||
	    (h->b != ACT_NONE && ui_keys_of(h->b)->names[0] == NULL))
		return 0;
	return scope == UI_KEYS_ALL || scope == u->vs[u->view].vw->scope;
}

static void
draw_hints(struct ui *u, int x)
{
	struct ui_rect r = u->lay.status;
	char keys[64];
	const char *label;
	int used;

	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
		const struct hint *h = &hints[i];

		if (!hint_applies(u, h))
			continue;
		if (h->b != ACT_NONE)
			snprintf(keys, sizeof keys, "%s/%s",
			    ui_keys_brief(h->a), ui_keys_brief(h->b));
		else
			snprintf(keys, sizeof keys, "%s", ui_keys_brief(h->a));
		label = L(h->label[0], h->label[1]);
		if (h->a == ACT_CLOSE && ui_reader_steps_back(u))
			label = L("Quay lại", "back");
		used = ui_draw_width(keys) + ui_draw_width(label) + 1;
		if (x + used > r.x + r.w)
			break;
		x += ui_draw_str(r.y, x, used, keys, ROLE_STATUS_KEY);
		x += ui_draw_str(r.y, x, used, ":", ROLE_STATUS);
		x += ui_draw_str(r.y, x, used, label, ROLE_STATUS);
		x += ui_draw_str(r.y, x, 2, "  ", ROLE_STATUS);
	}
}

/* Where the selected link leads ("→ Topic: …"), from x, cut to fit;
 * the hints get what room it leaves.  Returns the next column. */
static int
draw_target(struct ui *u, int x)
{
	struct ui_rect r = u->lay.status;
	struct ui_pager *p = &ui_cur(u)->pager;
	struct util_buf b;
	const char *url;
	int used;

	if (u->focus != UI_FOCUS_DETAIL || ui_cur(u)->list.n == 0 ||
	    !p->have || p->link < 0 || (size_t)p->link >= p->doc.nlinks)
		return x;
	util_buf_init(&b);
	url = render_link_url(&p->doc, &p->doc.links[p->link].to);
	if (url != NULL)
		util_buf_adds(&b, url);
	if (url != NULL || describe(u, p->doc.links[p->link].to, 1, &b) == 0) {
		used = ui_draw_str(r.y, x, r.x + r.w - x, "→ ",
		    ROLE_STATUS_KEY);
		used += ui_draw_trunc(r.y, x + used, r.x + r.w - x - used,
		    b.data, b.len, ROLE_STATUS, NULL);
		x += used;
		x += ui_draw_str(r.y, x, r.x + r.w - x, "   ", ROLE_STATUS);
	}
	util_buf_free(&b);
	return x;
}

static void
draw_status(struct ui *u)
{
	struct ui_rect r = u->lay.status;
	struct ui_list *l = &ui_cur(u)->list;
	struct ui_pager *p = &ui_cur(u)->pager;
	const struct ui_msg *m = ui_msgs_top(&u->msgs);
	char pos[64];
	int x;

	if (u->prompt.active) {
		char info[256];

		ui_search_info(u, info, sizeof info);
		ui_prompt_draw(&u->prompt, r.y, r.x, r.w, info[0] ? info :
		    NULL);
		return;
	}
	ui_draw_fill(r.y, r.x, r.w, ROLE_STATUS);
	if (u->focus == UI_FOCUS_DETAIL && l->n > 0)
		snprintf(pos, sizeof pos, " %zu/%zu %d%% ", l->sel + 1, l->n,
		    ui_pager_percent(p, ui_reader_text_h(u)));
	else
		snprintf(pos, sizeof pos, " %zu/%zu ", l->n > 0 ? l->sel + 1 : 0,
		    l->n);
	x = r.x + ui_draw_str(r.y, r.x, r.w, pos, ROLE_STATUS_KEY);
	x += ui_draw_str(r.y, x, r.x + r.w - x, " ", ROLE_STATUS);
	if (ui_load_busy(u))
		x += ui_draw_str(r.y, x, r.x + r.w - x, L("đang đọc bài…  ",
		    "reading…  "), ROLE_MESSAGE);
	if (u->indexing[0] != '\0') {
		x += ui_draw_str(r.y, x, r.x + r.w - x, u->indexing,
		    ROLE_MESSAGE);
		x += ui_draw_str(r.y, x, r.x + r.w - x, "  ", ROLE_STATUS);
	}
	if (u->lay.zoom) {
		x += ui_draw_str(r.y, x, r.x + r.w - x, L("phóng to", "zoom"),
		    ROLE_MESSAGE);
		x += ui_draw_str(r.y, x, r.x + r.w - x, "  ", ROLE_STATUS);
	}
	if (m != NULL) {
		ui_draw_trunc(r.y, x, r.x + r.w - x, m->text, strlen(m->text),
		    m->error ? ROLE_ERROR : ROLE_MESSAGE, NULL);
		return;
	}
	x = draw_target(u, x);
	draw_hints(u, x);
}

/* The message wrapped to the screen and centred; words are cut (with
 * "…") only when a single one is wider than the screen. */
static void
draw_too_small(void)
{
	const char *m = L("Cửa sổ quá nhỏ", "Terminal too small");
	struct wrap_line *wl = NULL;
	size_t n = 0, cap = 0;
	int y;

	if (COLS < 1 || LINES < 1)
		return;
	wrap_paragraph(m, strlen(m), COLS, &wl, &n, &cap);
	y = LINES > (int)n ? (LINES - (int)n) / 2 : 0;
	for (size_t i = 0; i < n && y < LINES; i++, y++) {
		int x = COLS > wl[i].width ? (COLS - wl[i].width) / 2 : 0;

		ui_draw_trunc(y, x, COLS - x, m + wl[i].start,
		    wl[i].end - wl[i].start, ROLE_ERROR, NULL);
	}
	free(wl);
}

void
ui_chrome_draw(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);

	erase();
	if (u->lay.too_small) {
		curs_set(0);
		draw_too_small();
		refresh();
		return;
	}
	draw_header(u);
	if (u->lay.axis.h > 0 && vs->vw->draw_axis != NULL)
		vs->vw->draw_axis(&vs->ctx, ui_vraw(vs, vs->list.sel),
		    u->lay.axis);
	draw_list(u);
	draw_separator(u);
	draw_detail(u);
	if (u->help)
		ui_help_draw(&u->helpp, u->hhave ? &u->hsearch : NULL);
	draw_status(u);
	curs_set(u->prompt.active ? 1 : 0);
	if (!u->prompt.active)
		move(LINES - 1, 0);
	refresh();
	ui_osc8_draw(u);
}
