/*
 * render_bookmark: the page of a bookmark in the Bookmarks view: the
 * quote, the note, what the check found, and the article it is from
 * (title, source, date) as a link to the article at the passage.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "lang.h"
#include "render.h"
#include "render_impl.h"
#include "util.h"

const char *
render_bookmark_status(enum bookmark_status s)
{
	switch (s) {
	case BOOKMARK_MOVED: return L("đã dời chỗ", "moved");
	case BOOKMARK_CHANGED: return L("đã đổi", "changed");
	case BOOKMARK_MISSING: return L("mất bài", "missing");
	default: return "";
	}
}

void
render_bookmark(struct render_doc *doc, const struct dossier *ds,
    const struct bookmark *k, int width)
{
	time_t tt = (time_t)k->created;
	struct util_buf b;
	struct tm tm;
	char day[16] = "?";

	render_clear(doc, width);
	util_buf_init(&b);
	if (localtime_r(&tt, &tm) != NULL)
		strftime(day, sizeof day, "%Y-%m-%d", &tm);
	util_buf_printf(&b, L("Dấu trang · %s", "Bookmark · %s"), day);
	render_emit_str(doc, b.data, ROLE_META);
	render_blank(doc);
	if (k->quote[0] != '\0')
		render_emit(doc, k->quote, strlen(k->quote), ROLE_QUOTE, "  ",
		    "  ", RENDER_NO_SRC, NULL, 0);
	if (k->note[0] != '\0') {
		render_blank(doc);
		render_emit_str(doc, L("Ghi chú", "Note"), ROLE_HEADING);
		render_emit(doc, k->note, strlen(k->note), ROLE_NOTE, "  ",
		    "  ", RENDER_NO_SRC, NULL, 0);
	}
	render_blank(doc);
	switch (k->status) {
	case BOOKMARK_MOVED:
		render_emit_str(doc, L("Đoạn này đã dời chỗ trong bài; dấu "
		    "trang theo nó.", "The passage moved in the article; the "
		    "bookmark follows it."), ROLE_ERROR);
		break;
	case BOOKMARK_CHANGED:
		render_emit_str(doc, L("Bài không còn đoạn này: văn bản đã "
		    "đổi.", "The article no longer has this passage: its text "
		    "changed."), ROLE_ERROR);
		break;
	case BOOKMARK_MISSING:
		b.len = 0;
		util_buf_printf(&b, L("Không còn bài %s trong kho.",
		    "The article %s is no longer in the corpus."), k->id);
		render_emit_str(doc, b.data, ROLE_ERROR);
		break;
	default:
		break;
	}
	if (k->status != BOOKMARK_MISSING && k->row < ds->corpus.n) {
		const struct article *a = dossier_row(ds, k->row);

		if (k->status != BOOKMARK_OK)
			render_blank(doc);
		render_emit_str(doc, L("Bài", "Article"), ROLE_HEADING);
		render_emit_link(doc, a->title, ROLE_LINK, render_new_link(doc,
		    LINK_ARTICLES, k->row, k->start, k->end - k->start), "  ",
		    "  ");
		b.len = 0;
		util_buf_adds(&b, a->source);
		if (a->date_str[0] != '\0')
			util_buf_printf(&b, "%s%s", b.len > 0 ? " · " : "",
			    a->date_str);
		if (b.len > 0) {
			util_buf_addc(&b, '\0');
			render_emit(doc, b.data, strlen(b.data), ROLE_META, "  ",
			    "  ", RENDER_NO_SRC, NULL, 0);
		}
	}
	util_buf_free(&b);
	render_fit(doc);
}
