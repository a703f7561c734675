/*
 * render_query: the page of a saved query of the config file (see
 * include/doc/render.h): what it is, what it keeps, and how to open it.
 */
#include "render.h"
#include "render_impl.h"

#include <string.h>

#include "lang.h"

void
render_saved_query(struct render_doc *doc, const struct dossier *ds,
    const char *name, const char *query, size_t n, const size_t *rows,
    size_t nrows, int width)
{
	struct util_buf b;

	render_clear(doc, width);
	util_buf_init(&b);
	render_emit_str(doc, name, ROLE_TITLE);
	util_buf_printf(&b, L("Câu lọc đã lưu · %zu/%zu bài",
	    "Saved query · %zu/%zu articles"), n, ds->corpus.n);
	render_emit_str(doc, b.data, ROLE_META);
	render_blank(doc);
	render_emit(doc, query, strlen(query), ROLE_QUOTE, "  & ", "    ",
	    RENDER_NO_SRC, NULL, 0);
	render_blank(doc);
	render_emit_str(doc, L("Enter: danh sách bài với bộ lọc này; quay "
	    "lại bằng Backspace.", "Enter: the article list with this "
	    "filter; Backspace comes back."), ROLE_NOTE);
	if (nrows > 0) {
		render_blank(doc);
		render_emit_str(doc, n > nrows ? L("Những bài mới nhất",
		    "The newest articles") : L("Các bài", "Articles"),
		    ROLE_HEADING);
	}
	for (size_t i = 0; i < nrows; i++) {
		const struct article *a;

		if (rows[i] >= ds->corpus.n)
			continue;
		a = dossier_row(ds, rows[i]);
		b.len = 0;
		if (a->date_str[0] != '\0')
			util_buf_printf(&b, "%s · ", a->date_str);
		util_buf_adds(&b, a->title);
		render_emit_link(doc, b.data, ROLE_LINK, render_new_link(doc,
		    LINK_ARTICLES, rows[i], 0, 0), "  • ", "    ");
	}
	util_buf_free(&b);
	render_fit(doc);
}
