/*
 * ui_run: the reader's loop, from the terminal taken to the terminal
 * given back: draw, wait for a key (or a tick of the indexer or of a
 * long article being read), act; and the table of the views it runs.
 */
#include "ui_impl.h"

#include <signal.h>
#include <stdio.h>

/* In tab order; the first is home (where an empty view falls back to)
 * and ACT_VIEW_ARTICLES.. switch to the first ones in order. */
static const struct ui_view *const views[UI_NVIEWS] = {
	&ui_view_articles, &ui_view_timeline, &ui_view_topics,
	&ui_view_bookmarks, &ui_view_results,
};

int
ui_reader_run(struct dossier *ds, const struct ui_reader_options *o)
{
	struct ui u;
	int sig, lost = 0;

	if (ui_term_locale_init() != 0) {
		diag_print(&ds->diag, stderr);
		fputs("hoso: no UTF-8 locale is available (tried the "
		    "environment's and C.UTF-8); the reader needs one\n",
		    stderr);
		return 2;
	}
	ui_setup_init(&u, ds, o, views);
	if (ui_term_open(!o->no_mouse, &u.diag) != 0) {
		diag_print(&ds->diag, stderr);
		ui_setup_free(&u);
		return 2;
	}
	if (o->state_path != NULL)
		state_load(&u.st, o->state_path, &u.diag);
	ui_bookmark_load(&u);
	ui_read_load(&u);
	ui_setup_restore(&u);
	ui_setup_theme(&u);
	ui_setup_messages(&u);

	while (!u.quit && !ui_term_signal()) {
		wint_t wc;
		int rc;
		enum ui_term_event ev;

		int indexing = ui_index_tick(&u), loading = ui_load_tick(&u);
		int counting = ui_read_tick(&u);

		/* The saved queries' counts, once Topics shows them. */
		if (u.vs[u.view].vw == &ui_view_topics)
			ui_scope_count(&u);
		ui_reader_relayout(&u);
		if (!u.lay.too_small) {
			ui_reader_sync(&u);
			ui_read_shown(&u);
		}
		ui_chrome_draw(&u);
		ev = ui_term_read(&rc, &wc, counting ? 0 : loading ? 100 :
		    indexing ? 250 : -1);
		if (ev == UI_TERM_GONE) {
			lost = 1;
			break;
		}
		if (ev != UI_TERM_KEY)
			continue;
		ui_input_key(&u, rc, wc);
		if (u.gone) {
			lost = 1;
			break;
		}
	}

	ui_load_free(&u);
	ui_setup_save(&u);
	ui_term_close();
	/* Loading was quiet so as not to garble the screen, the status line
	 * had room for a glimpse of the theme's and the state file's
	 * problems, and saving comes after the screen is gone: say them all
	 * in full here, once, before a signal may end the process. */
	diag_print(&ds->diag, stderr);
	diag_print(&u.diag, stderr);
	ui_setup_free(&u);
	ui_pager_cache_free(&u.dcache);
	/* One that came during the save counts too. */
	sig = ui_term_signal();
	ui_term_catch_signals(0);
	if (sig != 0) {
		/* Die of the signal, as the shell expects, now that the
		 * terminal is back. */
		raise(sig);
	}
	if (lost) {
		/* Whoever reads stderr may still be there (a log). */
		fputs("hoso: the terminal went away; the reading position "
		    "was saved\n", stderr);
		return 1;
	}
	return 0;
}
