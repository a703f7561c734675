/*
 * ui_load: a long article opened without making the reader wait.  Its
 * first part (dossier.h's DOSSIER_PREVIEW_BYTES, cut at a paragraph) is
 * read and drawn at once, with a line saying the rest is coming; the
 * whole text is read, matched and rendered on a thread of its own, and
 * when that is done the preview is dropped from every pager and from the
 * cache, so that the next draw takes the finished doc (at the reading
 * position: the preview's offsets are the start of the whole text's).
 *
 * One article is read at a time.  A thread cannot be stopped half-way
 * through a file: one that is no longer wanted is let finish, and its
 * work thrown away.
 */
#include "ui_impl.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "util.h"

/* Narrower than this, the reader pane is not shown. */
#define MIN_WIDTH 8

struct ui_load {
	pthread_t tid;
	int joined;
	atomic_int done;
	const struct dossier *ds;
	size_t row;
	char *path;
	int width;
	long long size;
	struct article a;		/* the whole of it, read on the thread */
	struct render_doc doc;		/* rendered there at width */
};

static void *
run(void *arg)
{
	struct ui_load *l = arg;

	/* Only the map is read of the dossier, and only its own article is
	 * written: the reader goes on meanwhile. */
	dossier_read_body(l->ds, l->path, 0, &l->a);
	render_article_of(&l->doc, l->ds, &l->a, l->width, NULL);
	atomic_store(&l->done, 1);
	return NULL;
}

static void
drop(struct ui *u)
{
	struct ui_load *l = u->load;

	if (l == NULL)
		return;
	if (!l->joined)
		pthread_join(l->tid, NULL);
	corpus_free_article(&l->a);
	render_free(&l->doc);
	free(l->path);
	free(l);
	u->load = NULL;
}

static void
start(struct ui *u, size_t row, int w, long long size)
{
	struct ui_load *l = util_calloc(1, sizeof *l);

	l->ds = u->ds;
	l->row = row;
	l->path = util_strdup(dossier_row(u->ds, row)->path);
	l->width = w;
	l->size = size;
	atomic_init(&l->done, 0);
	render_init(&l->doc);
	if (pthread_create(&l->tid, NULL, run, l) != 0)
		util_fatal("cannot start a thread to read an article");
	u->load = l;
}

struct preview {
	const struct dossier *ds;
	const char *path;
	long long size;
};

static void
render_preview(struct render_doc *doc, struct link id, int w, void *ctx)
{
	const struct preview *pv = ctx;
	struct article a;
	char note[160];

	(void)id;
	snprintf(note, sizeof note, L("Đang đọc tiếp (%lld MB)…",
	    "Reading the rest (%lld MB)…"), pv->size >> 20);
	dossier_read_body(pv->ds, pv->path, DOSSIER_PREVIEW_BYTES, &a);
	render_article_of(doc, pv->ds, &a, w, note);
	doc->preview = 1;
	corpus_free_article(&a);
}

/* Moves the finished doc into the pager. */
static void
adopt(struct render_doc *doc, struct link id, int w, void *ctx)
{
	struct render_doc *done = ctx, t;

	(void)id, (void)w;
	t = *doc;
	*doc = *done;
	*done = t;
}

int
ui_load_render(struct ui *u, struct ui_pager *p, struct link id, int w)
{
	struct ui_load *l = u->load;
	struct preview pv;
	long long size;

	if (id.view != LINK_ARTICLES || id.item >= u->ds->corpus.n ||
	    dossier_has_body(u->ds, id.item))
		return 0;
	if (l != NULL && atomic_load(&l->done) && l->row == id.item) {
		int in = dossier_install_body(u->ds, l->row, &l->a) == 0;

		pthread_join(l->tid, NULL);
		l->joined = 1;
		/* At another width meanwhile, the text is in: rendered as
		 * any other. */
		if (in && l->width == w) {
			ui_pager_show(p, &u->dcache, id, w, adopt, &l->doc);
			drop(u);
			return 1;
		}
		drop(u);
		return 0;
	}
	if ((size = dossier_file_size(u->ds, id.item)) < DOSSIER_BIG_BYTES)
		return 0;
	/* Not for a pane that is not shown (a narrow terminal's list):
	 * read at the width it will have, once it is shown. */
	if (l == NULL && w >= MIN_WIDTH)
		start(u, id.item, w, size);
	pv.ds = u->ds;
	pv.path = dossier_row(u->ds, id.item)->path;
	pv.size = size;
	ui_pager_show(p, &u->dcache, id, w, render_preview, &pv);
	return 1;
}

int
ui_load_tick(struct ui *u)
{
	struct ui_load *l = u->load;

	if (l == NULL)
		return 0;
	if (!atomic_load(&l->done))
		return 1;
	/* Done: no preview stays, so the next draw asks again and takes the
	 * doc (or, when another article is wanted now, starts that one). */
	for (int v = 0; v < UI_NVIEWS; v++)
		if (u->vs[v].pager.have && u->vs[v].pager.doc.preview) {
			/* Its reading position, kept by offset, is the
			 * finished doc's too. */
			ui_reader_leave_doc(u, &u->vs[v].pager);
			/* By offset only: the preview's lines were not the
			 * whole's (its note). */
			ui_pager_memo_forget(&u->memo, u->vs[v].pager.id.item);
			u->vs[v].pager.have = 0;
		}
	ui_pager_cache_drop_previews(&u->dcache);
	if (!dossier_has_body(u->ds, l->row)) {
		int wanted = 0;

		for (int v = 0; v < UI_NVIEWS; v++)
			if (u->vs[v].pager.id.view == LINK_ARTICLES &&
			    u->vs[v].pager.id.item == l->row)
				wanted = 1;
		if (wanted)
			return 0;
	}
	drop(u);
	return 0;
}

int
ui_load_busy(const struct ui *u)
{
	return u->load != NULL && !atomic_load(&u->load->done);
}

void
ui_load_free(struct ui *u)
{
	drop(u);
}
