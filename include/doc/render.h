/*
 * render: lays out what a detail pane shows (an article, a topic, a
 * milestone) at a given width, as lines of display text with styled spans
 * and links.  This is kilo's erow.render to the corpus's erow.chars: the
 * stored text stays untouched, the rendering is rebuilt when the width or
 * the item changes.  Headless --show/--topic print the same rendering the
 * reader pane draws.
 *
 * Body lines of an article are verbatim slices of its stored text; each
 * line records where it came from (src), so reading positions, search hits
 * and jump targets are stored as text offsets and mapped to lines here.
 */
#ifndef HOSO_RENDER_H
#define HOSO_RENDER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "bookmarks.h"
#include "dossier.h"
#include "link.h"
#include "theme.h"
#include "util.h"

/* What a line shows for a grapheme wider than the whole document (👍🏽,
 * four columns, at -w 3): a white square, one column wide. */
#define RENDER_TOO_WIDE "\xe2\x96\xa1"

#define RENDER_NO_LINK (-1)
#define RENDER_NO_SRC ((size_t)-1)

/* A topic's page lists its RENDER_COVERAGE_MAX most covering articles,
 * and the passages of the first RENDER_PASSAGE_ARTICLES of them. */
#define RENDER_COVERAGE_MAX 50
#define RENDER_PASSAGE_ARTICLES 20

/* A span of ROLE_MENTION links to its topic (LINK_TOPICS): the reader
 * draws it quietly or in the topic's colour, which is the reader's to
 * decide (where the reader came from, the link cursor, `c`), not the
 * document's. */
struct render_span {
	size_t start, end;		/* bytes of the line's text */
	enum theme_role role;
	int link;			/* index into links, or RENDER_NO_LINK */
};

struct render_line {
	size_t off, len;		/* the line's text in doc->text */
	size_t span0, nspan;		/* its spans in doc->spans, by start */
	size_t src;			/* article offset of byte 0, or RENDER_NO_SRC */
	int width;			/* display columns */
	enum theme_role role;		/* style of text outside spans */
};

struct render_link {
	struct link to;
	size_t line;			/* first line it appears on */
};

struct render_doc {
	struct util_buf text;
	struct render_line *lines;
	size_t nlines, caplines;
	struct render_span *spans;
	size_t nspans, capspans;
	struct render_link *links;
	size_t nlinks, caplinks;
	/* The addresses of its LINK_URL links, each NUL-terminated. */
	struct util_buf urls;
	int width;
	/* Set by the document builder: positions in the doc are article
	 * offsets (lines carry src), so a reader keeps its place across a
	 * re-render by offset; otherwise by line. */
	int anchored;
	/* Set by its reader: the doc is a preview of a text still being
	 * read (see ui_load.c), to be replaced, never kept as it is. */
	int preview;
};

void render_init(struct render_doc *doc);
void render_free(struct render_doc *doc);
/* Each render_* clears doc first.  width >= 1.  The documents are in
 * render_docs.c, the engine that builds them in render.c. */
void render_article(struct render_doc *doc, const struct dossier *ds,
    size_t article, int width);
/* The same from an article in hand (a row's text, or a part of it: a
 * preview), note (when not NULL) a line below its title.  Reads
 * the dossier's map only, so another thread may run it. */
void render_article_of(struct render_doc *doc, const struct dossier *ds,
    const struct article *a, int width, const char *note);
void render_topic(struct render_doc *doc, const struct dossier *ds,
    size_t topic, int width);
void render_milestone(struct render_doc *doc, const struct dossier *ds,
    size_t ms, int width);

/* A bookmark's page (render_bookmark.c): its quote, note, status and
 * a link to its article at the passage; and the word for its status in
 * the interface's language ("" when it is where it was). */
void render_bookmark(struct render_doc *doc, const struct dossier *ds,
    const struct bookmark *k, int width);
const char *render_bookmark_status(enum bookmark_status s);
/* A saved query's page (render_query.c): its name, its query, how many
 * of the articles it keeps (n), and links to the first of them
 * (rows[0..nrows)). */
void render_saved_query(struct render_doc *doc, const struct dossier *ds,
    const char *name, const char *query, size_t n, const size_t *rows,
    size_t nrows, int width);

/* A milestone's date as the timeline writes it (render_timeline.c): the
 * date at its own precision, a span as "2021-01 – 2021-09" (FULL), with
 * the end's parts shared with the start left out, "2021-11-22 – 25"
 * (SHORT), or its start and "…" (START, when even that is too wide). */
enum render_when { RENDER_WHEN_FULL, RENDER_WHEN_SHORT, RENDER_WHEN_START };
#define RENDER_WHEN_BUFSIZE 32
void render_milestone_when(const struct milestone *m, enum render_when form,
    char buf[RENDER_WHEN_BUFSIZE]);
/* A milestone's title in the interface's language (title_en in English
 * when the map gives one), and the other one ("" when there is none). */
const char *render_milestone_title(const struct milestone *m);
const char *render_milestone_other_title(const struct milestone *m);
/* A topic's title in the interface's language, likewise, and the other
 * one ("" when the map gives one only). */
const char *render_topic_title(const struct topic *t);
const char *render_topic_other_title(const struct topic *t);

/* Building blocks for other documents (the help overlay): clear to a
 * width (not anchored), add one line, style bytes of a line, add text
 * wrapped to the width with a prefix for its first and its other lines. */
void render_clear(struct render_doc *doc, int width);
size_t render_add_line(struct render_doc *doc, const char *s, size_t n,
    enum theme_role role);
void render_add_span(struct render_doc *doc, size_t line, size_t start,
    size_t end, enum theme_role role);
void render_add_text(struct render_doc *doc, const char *s,
    enum theme_role role, const char *first, const char *rest);

/* Which end of a text render_cut_words keeps. */
enum render_keep {
	RENDER_KEEP_START,		/* cut at the end: "Hà Nội …" */
	RENDER_KEEP_END			/* cut at the start: "… nước ngoài" */
};
/* Appends to b s[0..n) in at most cols columns: whole when it fits,
 * else cut at a word boundary (white space), never inside a word, with
 * "…" apart from the words kept; only "… " or " …" when no word fits.
 * Returns the columns appended. */
int render_cut_words(struct util_buf *b, const char *s, size_t n, int cols,
    enum render_keep keep);

/* The address a LINK_URL link of doc holds (NUL-terminated), or NULL
 * when the link is of another kind. */
const char *render_link_url(const struct render_doc *doc, const struct link *l);

/* The line that shows article byte offset off (for docs from
 * render_article); 0 if none. */
size_t render_line_at(const struct render_doc *doc, size_t off);
/* Plain text, one line per line, trailing spaces trimmed. */
void render_print(const struct render_doc *doc, FILE *fp);

#endif
