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

static int
saw(void *ctx, const char *id)
{
	readstate_present_id(ctx, id);
	return 0;
}

/* The articles present now, and how many are new: from the index's ids
 * (in byte order, no row read), the known ones passed over. */
static void
present(struct ui *u)
{
	struct ui_read *r = &u->read;

	readstate_present_begin(&r->rs);
	(void)dossier_each_id(u->ds, saw, &r->rs);
	r->nnew = readstate_present_end(&r->rs);
	r->pending = 0;
}

/* The counts per topic are made again when next asked for. */
static void
forget_counts(struct ui_read *r)
{
	free(r->unread);
	r->unread = NULL;
	r->nunread = 0;
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
	r->pending = 1;
}

int
ui_read_tick(struct ui *u)
{
	struct ui_read *r = &u->read;

	/* After the first frame: a pass over every id of an archive is
	 * tens of milliseconds the first screen need not wait for. */
	if (!r->pending)
		return 0;
	if (r->pending++ == 1)
		return 1;
	present(u);
	return 0;
}

void
ui_read_refresh(struct ui *u)
{
	if (!u->read.on)
		return;
	forget_counts(&u->read);
	u->read.shown = 0;
	present(u);
}

void
ui_read_save(struct ui *u)
{
	struct ui_read *r = &u->read;

	if (!r->on || r->path == NULL)
		return;
	/* What was present is recorded whether or not it was counted. */
	if (r->pending)
		present(u);
	(void)readstate_save(&r->rs, r->path, &u->diag);
}

void
ui_read_free(struct ui *u)
{
	struct ui_read *r = &u->read;

	forget_counts(r);
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
	id = dossier_row(ds, row)->id;
	return id[0] != '\0' && !readstate_is_read(&r->rs, id);
}

struct tally {
	size_t *v, n;
	int d;
};

static void
tally_topic(void *ctx, size_t t)
{
	struct tally *c = ctx;

	if (t >= c->n)
		return;
	if (c->d > 0)
		c->v[t]++;
	else if (c->v[t] > 0)
		c->v[t]--;
}

/* Every topic's unread articles: its articles less the read ones, whose
 * topics the index gives by id (a probe each: no row is read, and a
 * reader has read far fewer articles than an archive holds). */
static void
count_all(struct ui_read *r, const struct dossier *ds)
{
	size_t nt = ds->map.ntopics;
	struct tally c;

	r->nunread = nt;
	r->unread = util_calloc(nt > 0 ? nt : 1, sizeof *r->unread);
	for (size_t t = 0; t < nt; t++)
		r->unread[t] = ds->counts[t].narticles;
	c.v = r->unread;
	c.n = nt;
	c.d = -1;
	for (size_t i = 0; i < r->rs.read.n; i++)
		dossier_topics_of_id(ds, r->rs.read.v[i], tally_topic, &c);
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

/* Sets row read or unread: 1 when that changed it; its topics' counts
 * follow. */
static int
set_row(struct ui *u, size_t row, int read)
{
	struct ui_read *r = &u->read;
	const char *id = dossier_row(u->ds, row)->id;
	struct tally c = { r->unread, r->nunread, read ? -1 : 1 };

	if (id[0] == '\0' || readstate_set_read(&r->rs, id, read) != 1)
		return 0;
	if (r->unread != NULL)
		dossier_topics_of_id(u->ds, id, tally_topic, &c);
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
