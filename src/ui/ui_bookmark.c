/*
 * ui_bookmark: m keeps the passage being read (the one y copies; from
 * the list, the article's first paragraph) after a prompt for a note
 * (Enter: kept, with the note if one was typed; Esc: nothing kept), and
 * D in the Bookmarks view deletes the selected one once pressed twice.
 * Each change is saved at once, so a reader that dies loses none.  With
 * --no-state the bookmarks are neither read nor saved.
 */
#include "ui_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lang.h"
#include "util.h"

static struct ui_vstate *
bm_view(struct ui *u)
{
	for (int v = 0; v < UI_NVIEWS; v++)
		if (u->vs[v].vw == &ui_view_bookmarks)
			return &u->vs[v];
	util_fatal("no Bookmarks view");
}

void
ui_bookmark_load(struct ui *u)
{
	struct ui_bookmarks *b = bm_view(u)->ctx.data;

	if (u->o->state_path == NULL)
		return;
	b->path = bookmarks_path(u->ds->dir);
	if (b->path != NULL)
		(void)bookmarks_load(&b->bm, b->path, &u->diag);
	bookmarks_check(&b->bm, u->ds);
}

void
ui_bookmark_recheck(struct ui *u)
{
	struct ui_bookmarks *b = bm_view(u)->ctx.data;

	bookmarks_check(&b->bm, u->ds);
}

static void
save(struct ui *u, struct ui_bookmarks *b)
{
	if (b->path != NULL && bookmarks_save(&b->bm, b->path, &u->diag) != 0)
		ui_msgs_say(&u->msgs, 1, L("Không lưu được dấu trang vào %s",
		    "Could not save the bookmarks in %s"), b->path);
	/* The save may have brought another reader's new ones. */
	bookmarks_check(&b->bm, u->ds);
}

void
ui_bookmark_open(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	const struct ui_pager *p = &vs->pager;
	const struct article *a;

	if (vs->vw == &ui_view_bookmarks) {
		ui_msgs_say(&u->msgs, 0, L("Đây đã là dấu trang; %s xoá nó",
		    "This is a bookmark already; %s deletes it"),
		    ui_keys_name(ACT_BOOKMARK_DELETE));
		return;
	}
	if (!p->have || p->id.view != LINK_ARTICLES ||
	    p->id.item >= u->ds->corpus.n) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Không có gì để đánh dấu: hãy "
		    "mở một bài", "Nothing to bookmark: open an article"));
		return;
	}
	a = dossier_article(u->ds, p->id.item);
	u->bm_row = p->id.item;
	if (u->focus == UI_FOCUS_LIST) {
		u->bm_start = a->npara > 0 ? a->para[0] : 0;
		u->bm_end = a->npara > 0 ? corpus_para_end(a, 0) : 0;
	} else {
		ui_copy_passage(p, a, &u->bm_start, &u->bm_end);
	}
	ui_prompt_open(&u->prompt, PROMPT_BOOKMARK, L("Ghi chú (Enter: "
	    "không có, Esc: thôi): ", "Note (Enter: none, Esc: cancel): "), "",
	    NULL);
}

void
ui_bookmark_done(struct ui *u, enum ui_prompt_result r)
{
	struct ui_vstate *bv = bm_view(u);
	struct ui_bookmarks *b = bv->ctx.data;
	char *note = util_strdup(u->prompt.text.data);
	const struct article *a;

	ui_prompt_close(&u->prompt);
	if (r != UI_PROMPT_ENTER) {
		ui_msgs_say(&u->msgs, 0, "%s", L("Không đánh dấu gì",
		    "No bookmark kept"));
		free(note);
		return;
	}
	a = dossier_article(u->ds, u->bm_row);
	if (u->bm_end > a->len)
		u->bm_end = a->len;
	if (u->bm_start > u->bm_end)
		u->bm_start = u->bm_end;
	/* Leading and trailing blanks of a note are no part of it. */
	while (note[0] != '\0' && strchr(" \t", note[strlen(note) - 1]))
		note[strlen(note) - 1] = '\0';
	/* The same passage twice is one bookmark: its note is the new. */
	for (size_t i = 0; i < b->bm.n; i++) {
		struct bookmark *k = &b->bm.v[i];

		if (strcmp(k->id, a->id) == 0 && k->start == u->bm_start &&
		    k->end == u->bm_end) {
			free(k->note);
			k->note = util_strdup(note + strspn(note, " \t"));
			save(u, b);
			ui_pager_cache_free(&u->dcache);
			ui_msgs_say(&u->msgs, 0, "%s", L("Đã có dấu trang này; "
			    "ghi chú được thay", "Already bookmarked; its note "
			    "is replaced"));
			free(note);
			return;
		}
	}
	bookmarks_add(&b->bm, (long long)time(NULL), a->id, u->bm_start,
	    u->bm_end, note + strspn(note, " \t"), a->text + u->bm_start,
	    u->bm_end - u->bm_start);
	b->bm.v[b->bm.n - 1].row = u->bm_row;
	b->confirm = 0;
	save(u, b);
	if (note[strspn(note, " \t")] != '\0')
		ui_msgs_say(&u->msgs, 0, L("Đã đánh dấu %zu byte của «%s», "
		    "kèm ghi chú%s", "Bookmarked %zu bytes of \"%s\", with a "
		    "note%s"), u->bm_end - u->bm_start, a->title,
		    b->path == NULL ? L(" (không lưu)", " (not saved)") : "");
	else
		ui_msgs_say(&u->msgs, 0, L("Đã đánh dấu %zu byte của «%s»%s",
		    "Bookmarked %zu bytes of \"%s\"%s"),
		    u->bm_end - u->bm_start, a->title, b->path == NULL ?
		    L(" (không lưu)", " (not saved)") : "");
	free(note);
}

void
ui_bookmark_delete(struct ui *u)
{
	struct ui_vstate *vs = ui_cur(u);
	struct ui_bookmarks *b;
	size_t row;

	if (vs->vw != &ui_view_bookmarks) {
		ui_msgs_say(&u->msgs, 1, L("%s xoá dấu trang trong khung Dấu "
		    "trang (%s)", "%s deletes a bookmark in the Bookmarks view "
		    "(%s)"), ui_keys_name(ACT_BOOKMARK_DELETE),
		    ui_keys_name(ACT_VIEW_BOOKMARKS));
		return;
	}
	b = vs->ctx.data;
	if (vs->list.n == 0)
		return;
	row = vs->list.sel;
	if (b->confirm != row + 1) {
		b->confirm = row + 1;
		ui_msgs_say(&u->msgs, 1, L("Xoá dấu trang này? Nhấn %s lần "
		    "nữa để xoá", "Delete this bookmark? Press %s again to "
		    "delete it"), ui_keys_name(ACT_BOOKMARK_DELETE));
		return;
	}
	b->confirm = 0;
	bookmarks_remove(&b->bm, b->bm.n - 1 - row);
	/* The later ones' places shift down: no page kept names them. */
	ui_pager_reset(&vs->pager);
	ui_pager_cache_free(&u->dcache);
	save(u, b);
	ui_msgs_say(&u->msgs, 0, "%s", L("Đã xoá dấu trang",
	    "Bookmark deleted"));
}
