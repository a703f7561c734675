/*
 * render_impl: the document engine's building blocks, shared by the
 * engine (render.c) and the documents built with it (render_docs.c);
 * private to the doc layer.
 */
#ifndef HOSO_RENDER_IMPL_H
#define HOSO_RENDER_IMPL_H

#include <stddef.h>

#include "render.h"

/* A styled range of a text about to be wrapped, in the text's bytes. */
struct render_tspan {
	size_t start, end;
	enum theme_role role;
	int link;
};

/* A new link to a place; its line is set by the first span using it. */
int render_new_link(struct render_doc *doc, enum link_view view,
    size_t item, size_t offset, size_t len);
/* A new LINK_URL link to the address u[0..n), which the doc keeps. */
int render_new_url(struct render_doc *doc, const char *u, size_t n);
/* A line of pre then s[0..n); src is the article offset of s (or
 * RENDER_NO_SRC), kept only when there is no prefix. */
size_t render_new_line(struct render_doc *doc, const char *pre,
    const char *s, size_t n, enum theme_role role, size_t src);
void render_new_span(struct render_doc *doc, size_t line, size_t start,
    size_t end, enum theme_role role, int link);
void render_blank(struct render_doc *doc);
void render_emit(struct render_doc *doc, const char *s, size_t n,
    enum theme_role role, const char *first, const char *rest, size_t src,
    const struct render_tspan *sp, size_t nsp);
void render_emit_str(struct render_doc *doc, const char *s,
    enum theme_role role);
void render_emit_link(struct render_doc *doc, const char *s,
    enum theme_role role, int link, const char *first, const char *rest);
/* A topic's page: its milestones, each a link to it in the Timeline
 * (render_timeline.c). */
void render_topic_milestones(struct render_doc *doc, const struct dossier *ds,
    size_t topic);
/* Cuts lines wider than the document; the last step of every document. */
void render_fit(struct render_doc *doc);

#endif
