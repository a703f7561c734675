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

/* The state file names views by the table's names; a transient view is
 * never one to come back to, nor a name this table does not have. */
void
ui_setup_restore(struct ui *u)
{
	const struct state *st = &u->st;
	int av = ui_reader_view_of(u, LINK_ARTICLES);

	for (int v = 0; v < UI_NVIEWS; v++)
		u->vs[v].list.n = u->vs[v].vw->count(&u->vs[v].ctx);
	for (int v = 0; v < UI_NVIEWS; v++)
		if (!u->vs[v].vw->transient && st->view != NULL &&
		    strcmp(st->view, u->vs[v].vw->name) == 0)
			u->view = v;
	if (st->article != NULL && av >= 0) {
		size_t a = dossier_find(u->ds, st->article);

		if (a != (size_t)-1 && a < u->ds->corpus.n) {
			size_t row = u->vs[av].vw->row_of(&u->vs[av].ctx, a);

			if (row != UI_VIEW_NONE)
				u->vs[av].list.sel = row;
		}
	}
}

void
ui_setup_save(struct ui *u)
{
	struct state *st = &u->st;
	int v = u->view, av = ui_reader_view_of(u, LINK_ARTICLES);

	/* A transient view is remembered as the view it was entered from. */
	if (u->vs[v].vw->transient) {
		v = u->vs[v].have_from ? ui_reader_view_of(u, u->vs[v].from.view) : 0;
		if (v < 0 || u->vs[v].vw->transient)
			v = 0;
	}
	for (int i = 0; i < UI_NVIEWS; i++)
		ui_reader_leave_doc(u, &u->vs[i].pager);
	free(st->view);
	st->view = util_strdup(u->vs[v].vw->name);
	free(st->article);
	st->article = NULL;
	if (av >= 0) {
		const struct ui_vstate *as = &u->vs[av];

		if (as->list.n > 0) {
			struct link l = as->vw->link(&as->ctx, as->list.sel);

			if (l.item < u->ds->corpus.n)
				st->article = util_strdup(
				    dossier_row(u->ds, l.item)->id);
		}
	}
	if (u->o->state_path != NULL)
		state_save(st, u->o->state_path, &u->diag);
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
}

void
ui_setup_free(struct ui *u)
{
	for (int v = 0; v < UI_NVIEWS; v++) {
		ui_pager_free(&u->vs[v].pager);
		if (u->vs[v].vw->destroy != NULL)
			u->vs[v].vw->destroy(u->vs[v].ctx.data);
	}
	ui_pager_free(&u->helpp);
	link_history_free(&u->hist);
	state_free(&u->st);
	diag_free(&u->diag);
	ui_search_set(u, &u->lsearch, &u->lhave, NULL);
	ui_search_set(u, &u->dsearch, &u->dhave, NULL);
	free(u->reading);
	u->reading = NULL;
	ui_prompt_free(&u->prompt);
	free(u->saved_query);
	ui_msgs_free(&u->msgs);
}
