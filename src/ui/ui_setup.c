/*
 * ui_setup: starting and ending the reader: its state made and freed
 * (each view with its own data), the theme, the state file read into
 * the views and written back from them, the startup warnings queued.
 */
#include "ui_impl.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "theme.h"
#include "ui_theme.h"
#include "util.h"

void
ui_setup_theme(struct ui *u)
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

/* A milestone as the state file keys it: its date as written and its
 * title, which survive a map edited around it (its index would not). */
static void
milestone_key(const struct milestone *m, struct util_buf *b)
{
	b->len = 0;
	util_buf_printf(b, "%s %s", m->date_str != NULL ? m->date_str : "",
	    m->title != NULL ? m->title : "");
}

/* Selects the row of item in the view of places pv, if both exist. */
static void
select_item(struct ui *u, enum link_view pv, size_t item)
{
	int v = ui_reader_view_of(u, pv);
	size_t row;

	if (v < 0)
		return;
	row = u->vs[v].vw->row_of(&u->vs[v].ctx, item);
	if (row != UI_VIEW_NONE)
		row = ui_vshown(&u->vs[v], row);
	if (row != UI_VIEW_NONE && row < u->vs[v].list.n)
		u->vs[v].list.sel = row;
}

/* The item of the selected row of the view of places pv, or -1. */
static size_t
selected_item(const struct ui *u, enum link_view pv)
{
	int v = ui_reader_view_of(u, pv);
	const struct ui_vstate *vs;

	if (v < 0 || u->vs[v].list.n == 0)
		return (size_t)-1;
	vs = &u->vs[v];
	return vs->vw->link(&vs->ctx, ui_vraw(vs, vs->list.sel)).item;
}

/* The state file keeps each corpus apart, by its directory's real path
 * (so ./content and its absolute name are one corpus); one whose path
 * cannot be had gets a section that is never saved.  Views are named by
 * the table's names; a transient view is never one to come back to, nor
 * a name this table does not have; a topic or milestone the map no
 * longer has is ignored. */
void
ui_setup_restore(struct ui *u)
{
	char *real = realpath(u->ds->dir, NULL);
	const struct state_section *st = real != NULL ?
	    state_select(&u->st, real) : state_here(&u->st);
	const struct topicmap *map = &u->ds->map;
	struct util_buf key;

	free(real);
	for (int v = 0; v < UI_NVIEWS; v++)
		u->vs[v].list.n = ui_vcount(&u->vs[v]);
	for (int v = 0; v < UI_NVIEWS; v++)
		if (!u->vs[v].vw->transient && st->view != NULL &&
		    strcmp(st->view, u->vs[v].vw->name) == 0)
			u->view = v;
	if (st->article != NULL) {
		size_t a = dossier_find(u->ds, st->article);

		if (a != (size_t)-1 && a < u->ds->corpus.n)
			select_item(u, LINK_ARTICLES, a);
	}
	if (st->topic != NULL) {
		size_t t = topics_find(map, st->topic);

		if (t != TOPICS_NONE && t < map->ntopics)
			select_item(u, LINK_TOPICS, t);
	}
	util_buf_init(&key);
	for (size_t i = 0; st->milestone != NULL && i < map->nms; i++) {
		milestone_key(&map->ms[i], &key);
		if (strcmp(key.data, st->milestone) == 0) {
			select_item(u, LINK_TIMELINE, i);
			break;
		}
	}
	util_buf_free(&key);
}

static void
set_str(char **field, const char *s)
{
	free(*field);
	*field = s != NULL ? util_strdup(s) : NULL;
}

void
ui_setup_save(struct ui *u)
{
	struct state_section *st = state_here(&u->st);
	const struct topicmap *map = &u->ds->map;
	int v = u->view;
	size_t a = selected_item(u, LINK_ARTICLES);
	size_t t = selected_item(u, LINK_TOPICS);
	size_t m = selected_item(u, LINK_TIMELINE);
	struct util_buf key;

	/* A transient view is remembered as the view it was entered from. */
	if (u->vs[v].vw->transient) {
		v = u->vs[v].have_from ? ui_reader_view_of(u, u->vs[v].from.view) : 0;
		if (v < 0 || u->vs[v].vw->transient)
			v = 0;
	}
	for (int i = 0; i < UI_NVIEWS; i++)
		ui_reader_leave_doc(u, &u->vs[i].pager);
	set_str(&st->view, u->vs[v].vw->name);
	set_str(&st->article, a < u->ds->corpus.n ?
	    dossier_row(u->ds, a)->id : NULL);
	set_str(&st->topic, t < map->ntopics ? map->topics[t].id : NULL);
	util_buf_init(&key);
	if (m < map->nms)
		milestone_key(&map->ms[m], &key);
	set_str(&st->milestone, m < map->nms ? key.data : NULL);
	util_buf_free(&key);
	if (u->o->state_path != NULL)
		state_save(&u->st, u->o->state_path, &u->diag);
	ui_read_save(u);
}

void
ui_setup_messages(struct ui *u)
{
	for (size_t i = 0; i < u->diag.n; i++)
		ui_msgs_queue(&u->msgs, u->diag.v[i].level == DIAG_ERROR, "%s",
		    u->diag.v[i].text);
	ui_setup_content_message(u);
}

/* s as one word for a POSIX shell, single-quoted when it needs to be,
 * with its control bytes made visible: the hint is a command to type. */
static void
shell_word(struct util_buf *b, const char *s)
{
	char *c = diag_sanitize(s);
	int quote = c[0] == '\0';

	for (const char *p = c; *p != '\0' && !quote; p++)
		quote = (unsigned char)*p < 0x80 && !isalnum((unsigned char)*p) &&
		    strchr("/._-+,:@%=", *p) == NULL;
	if (!quote) {
		util_buf_adds(b, c);
	} else {
		util_buf_addc(b, '\'');
		for (const char *p = c; *p != '\0'; p++)
			if (*p == '\'')
				util_buf_adds(b, "'\\''");
			else
				util_buf_addc(b, *p);
		util_buf_addc(b, '\'');
	}
	free(c);
}

void
ui_setup_content_message(struct ui *u)
{
	const struct diag *d = &u->ds->diag;
	struct util_buf cmd;

	/* The command names the corpus and the map as the user did, so it
	 * checks what is open. */
	util_buf_init(&cmd);
	util_buf_adds(&cmd, "hoso");
	if (u->o->content_arg != NULL) {
		util_buf_adds(&cmd, " -C ");
		shell_word(&cmd, u->o->content_arg);
	}
	if (u->o->map_arg != NULL) {
		util_buf_adds(&cmd, " -m ");
		shell_word(&cmd, u->o->map_arg);
	}
	util_buf_adds(&cmd, " --check");
	if (u->ds->corpus.n == 0 && !u->ds->partial) {
		/* An empty list is no error, but most likely the wrong
		 * directory: said before any count. */
		char *dir = diag_sanitize(u->ds->dir);

		ui_msgs_queue(&u->msgs, 0, L("Không có bài báo nào trong "
		    "%s/articles — chạy %s", "No articles in %s/articles — "
		    "run %s"), dir, cmd.data);
		free(dir);
	} else if (d->nerrors > 0) {
		/* Vietnamese has no plural: the noun is picked apart. */
		ui_msgs_queue(&u->msgs, 1, L("%zu %s trong nội dung — chạy %s",
		    "%zu %s in the content — run %s"), d->nerrors,
		    L("lỗi", d->nerrors == 1 ? "error" : "errors"), cmd.data);
	} else if (d->nwarnings > 0) {
		ui_msgs_queue(&u->msgs, 0, L("%zu %s trong nội dung — chạy %s",
		    "%zu %s in the content — run %s"), d->nwarnings,
		    L("cảnh báo", d->nwarnings == 1 ? "warning" : "warnings"),
		    cmd.data);
	}
	util_buf_free(&cmd);
}

void
ui_setup_init(struct ui *u, struct dossier *ds,
    const struct ui_reader_options *o, const struct ui_view *const *views)
{
	memset(u, 0, sizeof *u);
	u->ds = ds;
	u->o = o;
	u->focus = UI_FOCUS_LIST;
	u->view = 0;
	for (int v = 0; v < UI_NVIEWS; v++) {
		struct ui_vstate *vs = &u->vs[v];

		vs->vw = views[v];
		vs->ctx.ds = ds;
		vs->ctx.data = vs->vw->create != NULL ? vs->vw->create() :
		    NULL;
		ui_pager_init(&vs->pager);
	}
	ui_pager_init(&u->helpp);
	link_history_init(&u->hist);
	state_init(&u->st);
	diag_init(&u->diag, NULL);
	ui_prompt_init(&u->prompt);
	ui_msgs_init(&u->msgs);
	ui_scope_init(u);
}

void
ui_setup_free(struct ui *u)
{
	ui_scope_free(u);
	for (int v = 0; v < UI_NVIEWS; v++) {
		ui_pager_free(&u->vs[v].pager);
		ui_filter_free(&u->vs[v]);
		if (u->vs[v].vw->destroy != NULL)
			u->vs[v].vw->destroy(u->vs[v].ctx.data);
	}
	ui_pager_free(&u->helpp);
	link_history_free(&u->hist);
	ui_filter_marks_free(u);
	state_free(&u->st);
	diag_free(&u->diag);
	ui_search_set(u, &u->lsearch, &u->lhave, NULL);
	ui_search_set(u, &u->dsearch, &u->dhave, NULL);
	ui_search_set(u, &u->hsearch, &u->hhave, NULL);
	free(u->reading);
	u->reading = NULL;
	ui_prompt_free(&u->prompt);
	free(u->saved_query);
	ui_msgs_free(&u->msgs);
	ui_read_free(u);
}
