/*
 * ui_read: the articles read.  An article is read once the reader opens
 * it: the Articles view's detail pane showing it with the focus there
 * (Enter or l from the list, J and K, a link followed to it), not the
 * preview beside a list being scrolled.  U marks the article open or
 * selected unread again (or read).  The Articles list flags the unread
 * ones, the Topics view counts them per topic, the header says how many
 * articles no run before had seen.  The file (readstate.h) is read at
 * the start and saved with the state file; with --no-state neither, and
 * nothing is shown.
 */
#include "ui_impl.h"

#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "util.h"

static void
free_ids(struct ui_read *r)
{
	for (size_t i = 0; i < r->nids; i++)
		free(r->ids[i]);
	free(r->ids);
	r->ids = NULL;
	r->nids = 0;
}

/* The rows now: their ids, the new ones among them; the counts per
 * topic are made again when next asked for. */
static void
present(struct ui *u)
{
	struct ui_read *r = &u->read;

	free_ids(r);
	r->ids = dossier_ids(u->ds);
	r->nids = u->ds->corpus.n;
	r->nnew = readstate_present(&r->rs, r->ids, r->nids);
	free(r->unread);
	r->unread = NULL;
	r->nunread = 0;
	r->shown = 0;
}

void
ui_read_load(struct ui *u)
{
	struct ui_read *r = &u->read;

	readstate_init(&r->rs);
	for (int v = 0; v < UI_NVIEWS; v++)
		u->vs[v].ctx.read = r;
	if (u->o->state_path == NULL)
		return;
	r->on = 1;
	r->path = readstate_path(u->ds->dir);
	if (r->path != NULL)
		(void)readstate_load(&r->rs, r->path, &u->diag);
	present(u);
}

void
ui_read_refresh(struct ui *u)
{
	if (u->read.on)
		present(u);
}

void
ui_read_save(struct ui *u)
{
	struct ui_read *r = &u->read;

	if (r->on && r->path != NULL)
		(void)readstate_save(&r->rs, r->path, &u->diag);
}

void
ui_read_free(struct ui *u)
{
	struct ui_read *r = &u->read;

	free_ids(r);
	free(r->unread);
	free(r->path);
	readstate_free(&r->rs);
	memset(r, 0, sizeof *r);
}

int
ui_read_row_unread(const struct ui_read *r, const struct dossier *ds,
    size_t row)
{
	const char *id;

	if (r == NULL || !r->on)
		return 0;
	id = row < r->nids && r->ids[row] != NULL ? r->ids[row] :
	    dossier_row(ds, row)->id;
	return id[0] != '\0' && !readstate_is_read(&r->rs, id);
}

static void
count_pair(void *ctx, size_t row, size_t topic)
{
	struct ui_read *r = ctx;

	if (topic < r->nunread && row < r->nids && r->ids[row] != NULL &&
	    !readstate_is_read(&r->rs, r->ids[row]))
		r->unread[topic]++;
}

/* Every topic's unread articles: the pairs of the index, in one query;
 * while its ranks are being renumbered, each topic's articles less its
 * read ones, found from the read rows' topics. */
static void
count_all(struct ui_read *r, const struct dossier *ds)
{
	size_t nt = ds->map.ntopics;

	r->nunread = nt;
	r->unread = util_calloc(nt > 0 ? nt : 1, sizeof *r->unread);
	if (dossier_each_topic(ds, count_pair, r) == 0)
		return;
	for (size_t t = 0; t < nt; t++)
		r->unread[t] = ds->counts[t].narticles;
	for (size_t i = 0; i < r->nids; i++) {
		const struct article *a;

		if (r->ids[i] == NULL || !readstate_is_read(&r->rs, r->ids[i]))
			continue;
		a = dossier_topics_of(ds, i);
		for (size_t k = 0; k < a->ntopics; k++)
			if (a->topics[k].ix < nt && r->unread[a->topics[k].ix] > 0)
				r->unread[a->topics[k].ix]--;
	}
}

size_t
ui_read_topic_unread(struct ui_read *r, const struct dossier *ds, size_t t)
{
	if (r == NULL || !r->on)
		return 0;
	if (r->unread == NULL || r->nunread != ds->map.ntopics)
		count_all(r, ds);
	return t < r->nunread ? r->unread[t] : 0;
}

/* Row's topics counted one more unread (d > 0) or one fewer. */
static void
recount(struct ui *u, size_t row, int d)
{
	struct ui_read *r = &u->read;
	const struct article *a;

	if (r->unread == NULL)
		return;
	a = dossier_topics_of(u->ds, row);
	for (size_t k = 0; k < a->ntopics; k++) {
		size_t t = a->topics[k].ix;

		if (t >= r->nunread)
			continue;
		if (d > 0)
			r->unread[t]++;
		else if (r->unread[t] > 0)
			r->unread[t]--;
	}
}

/* Sets row read or unread: 1 when that changed it. */
static int
set_row(struct ui *u, size_t row, int read)
{
	const char *id = dossier_row(u->ds, row)->id;

	if (id[0] == '\0' || readstate_set_read(&u->read.rs, id, read) != 1)
		return 0;
	recount(u, row, read ? -1 : 1);
	return 1;
}

void
ui_read_shown(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	const struct ui_pager *p = &vs->pager;

	if (!u->read.on || u->focus != UI_FOCUS_DETAIL ||
	    vs->vw->place != LINK_ARTICLES || vs->vw->follow || !p->have ||
	    p->id.view != LINK_ARTICLES || p->id.item >= u->ds->corpus.n)
		return;
	/* Once per opening: U on the open article keeps it unread. */
	if (u->read.shown == p->id.item + 1)
		return;
	u->read.shown = p->id.item + 1;
	(void)set_row(u, p->id.item, 1);
}

void
ui_read_toggle(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	const struct ui_pager *p = &vs->pager;
	size_t row;
	int read;

	if (!u->read.on) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Không ghi nhớ bài đã đọc "
		    "(--no-state)", "Read articles are not kept (--no-state)"));
		return;
	}
	if (vs->vw->place != LINK_ARTICLES || vs->vw->follow || !p->have ||
	    p->id.view != LINK_ARTICLES || p->id.item >= u->ds->corpus.n) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Chỉ trong danh sách bài báo",
		    "Only in the Articles view"));
		return;
	}
	row = p->id.item;
	read = !readstate_is_read(&u->read.rs, dossier_row(u->ds, row)->id);
	if (!set_row(u, row, read))
		return;
	u->read.shown = row + 1;
	ui_msgs_say(&u->msgs, 0, "%s", read ? L("Đã đánh dấu là đã đọc",
	    "Marked read") : L("Đã đánh dấu là chưa đọc", "Marked unread"));
}
