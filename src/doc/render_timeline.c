/*
 * render_timeline: how the timeline's milestones are written wherever
 * they appear (the Timeline view's rows and axis, a topic's page): a
 * milestone's date or span, its title in the interface's language, and
 * a topic's milestones as links into the Timeline.
 */
#include <stdio.h>
#include <string.h>

#include "lang.h"
#include "render.h"
#include "render_impl.h"
#include "util.h"

void
render_milestone_when(const struct milestone *m, enum render_when form,
    char buf[RENDER_WHEN_BUFSIZE])
{
	char s[DATE_BUFSIZE], e[DATE_BUFSIZE];
	size_t skip = 0;

	date_format(&m->date, s);
	if (m->end.y == 0) {
		snprintf(buf, RENDER_WHEN_BUFSIZE, "%s", s);
		return;
	}
	if (form == RENDER_WHEN_START) {
		snprintf(buf, RENDER_WHEN_BUFSIZE, "%s…", s);
		return;
	}
	date_format(&m->end, e);
	/* The end's year (and month) go when the start says them already,
	 * but never all of it: "2021-01 – 09", "2021-11-22 – 25". */
	if (form == RENDER_WHEN_SHORT && m->end.y == m->date.y &&
	    m->end.m > 0 && m->date.m > 0) {
		skip = 5;
		if (m->end.d > 0 && m->date.d > 0 && m->end.m == m->date.m)
			skip = 8;
	}
	snprintf(buf, RENDER_WHEN_BUFSIZE, "%s – %s", s, e + skip);
}

const char *
render_milestone_title(const struct milestone *m)
{
	if (lang_get() == LANG_EN && m->title_en != NULL &&
	    m->title_en[0] != '\0')
		return m->title_en;
	return m->title;
}

const char *
render_milestone_other_title(const struct milestone *m)
{
	const char *t = render_milestone_title(m);

	if (t == m->title)
		return m->title_en != NULL ? m->title_en : "";
	return m->title;
}

static int
has_topic(const struct milestone *m, size_t topic)
{
	for (size_t i = 0; i < m->ntopics; i++)
		if (m->topic_ix[i] == topic)
			return 1;
	return 0;
}

/* The timeline's backlinks: from a topic to its moments in time, in
 * date order, as the Timeline lists them. */
void
render_topic_milestones(struct render_doc *doc, const struct dossier *ds,
    size_t topic)
{
	const struct topicmap *map = &ds->map;
	char when[RENDER_WHEN_BUFSIZE];
	struct util_buf b;
	size_t n = 0;

	for (size_t i = 0; i < map->nms; i++)
		n += has_topic(&map->ms[i], topic);
	util_buf_init(&b);
	util_buf_printf(&b, L("Các mốc (%zu)", "Milestones (%zu)"), n);
	render_emit_str(doc, b.data, ROLE_HEADING);
	if (n == 0)
		render_emit_str(doc, L("  (không có)", "  (none)"), ROLE_META);
	for (size_t i = 0; i < map->nms; i++) {
		const struct milestone *m = &map->ms[i];

		if (!has_topic(m, topic))
			continue;
		render_milestone_when(m, RENDER_WHEN_FULL, when);
		b.len = 0;
		util_buf_printf(&b, "%s%s — %s", when, m->target ?
		    L(" (mục tiêu)", " (target)") : "",
		    render_milestone_title(m));
		render_emit_link(doc, b.data, ROLE_LINK,
		    render_new_link(doc, LINK_TIMELINE, i, 0, 0), "  • ",
		    "    ");
	}
	util_buf_free(&b);
}
