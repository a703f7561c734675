/*
 * cli_bookmarks: --bookmarks, the reader's bookmarks of the corpus: a
 * list (TSV or JSON lines, newest first) or, with --export, a brief of
 * their passages.  A bookmark whose passage is no longer in the text
 * (changed, missing) is listed with its status but kept out of a brief,
 * which would quote the wrong words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bookmarks.h"
#include "cli.h"
#include "json.h"
#include "lang.h"
#include "util.h"

/* A field of a TSV line: tabs and line breaks become spaces. */
static void
tsv_field(struct util_buf *b, const char *s)
{
	for (; *s != '\0'; s++)
		util_buf_addc(b, *s == '\t' || *s == '\n' || *s == '\r' ?
		    ' ' : *s);
}

static void
day(char out[16], long long t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (localtime_r(&tt, &tm) == NULL ||
	    strftime(out, 16, "%Y-%m-%d", &tm) == 0)
		snprintf(out, 16, "?");
}

static void
list(const struct dossier *ds, const struct bookmarks *bm,
    enum cli_format f, FILE *fp)
{
	struct util_buf b;
	char d[16];

	util_buf_init(&b);
	for (size_t i = bm->n; i-- > 0;) {
		const struct bookmark *k = &bm->v[i];
		const char *title = k->row != BOOKMARKS_NO_ROW ?
		    dossier_article(ds, k->row)->title : "";

		day(d, k->created);
		b.len = 0;
		if (f == CLI_JSON) {
			util_buf_adds(&b, "{\"created\":");
			json_strz(&b, d);
			util_buf_adds(&b, ",\"id\":");
			json_strz(&b, k->id);
			util_buf_printf(&b, ",\"start\":%zu,\"end\":%zu,"
			    "\"status\":", k->start, k->end);
			json_strz(&b, bookmarks_status_name(k->status)[0] ?
			    bookmarks_status_name(k->status) : "ok");
			util_buf_adds(&b, ",\"title\":");
			json_strz(&b, title);
			util_buf_adds(&b, ",\"note\":");
			json_strz(&b, k->note);
			util_buf_adds(&b, ",\"quote\":");
			json_strz(&b, k->quote);
			util_buf_adds(&b, "}\n");
		} else {
			util_buf_printf(&b, "%s\t%s\t%zu\t%zu\t%s\t", d, k->id,
			    k->start, k->end, k->status == BOOKMARK_OK ? "ok" :
			    bookmarks_status_name(k->status));
			tsv_field(&b, title);
			util_buf_addc(&b, '\t');
			tsv_field(&b, k->note);
			util_buf_addc(&b, '\t');
			tsv_field(&b, k->quote);
			util_buf_addc(&b, '\n');
		}
		fwrite(b.data, 1, b.len, fp);
	}
	util_buf_free(&b);
}

int
cli_bookmarks(const struct dossier *ds, int export, enum cli_export e,
    enum cli_format f, FILE *fp)
{
	struct bookmarks bm;
	struct cli_passage *p;
	struct diag d;
	char *path = bookmarks_path(ds->dir);
	size_t n = 0;

	diag_init(&d, stderr);
	bookmarks_init(&bm);
	if (path != NULL)
		(void)bookmarks_load(&bm, path, &d);
	bookmarks_check(&bm, ds);
	if (!export) {
		list(ds, &bm, f, fp);
	} else {
		p = util_calloc(bm.n + 1, sizeof *p);
		for (size_t i = bm.n; i-- > 0;) {
			const struct bookmark *k = &bm.v[i];

			if (k->status == BOOKMARK_CHANGED ||
			    k->status == BOOKMARK_MISSING) {
				fprintf(stderr, "hoso: bookmark of %s left "
				    "out: its passage is %s\n", k->id,
				    bookmarks_status_name(k->status));
				continue;
			}
			p[n].row = k->row;
			p[n].start = k->start;
			p[n].end = k->end;
			p[n].note = k->note[0] != '\0' ? k->note : NULL;
			n++;
		}
		cli_export_passages(ds, "bookmarks", L("Dấu trang",
		    "Bookmarks"), p, n, e, fp);
		free(p);
	}
	bookmarks_free(&bm);
	diag_free(&d);
	free(path);
	return 0;
}
