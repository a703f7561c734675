/*
 * ui_msg: the status line's message queue (see include/ui/ui_msg.h).
 */
#include "ui_msg.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

void
ui_msgs_init(struct ui_msgs *q)
{
	memset(q, 0, sizeof *q);
}

void
ui_msgs_free(struct ui_msgs *q)
{
	while (q->n > 0)
		ui_msgs_pop(q);
	free(q->v);
	ui_msgs_init(q);
}

static void
drop(struct ui_msgs *q, size_t i)
{
	free(q->v[i].text);
	memmove(q->v + i, q->v + i + 1, (q->n - i - 1) * sizeof *q->v);
	q->n--;
}

void
ui_msgs_vadd(struct ui_msgs *q, int error, int queued, const char *fmt,
    va_list ap)
{
	size_t at = 0;
	/* A message may quote what the config or a prompt gave (a copy
	 * command's name, say): the status line shows its controls as
	 * markers, as a diagnostic would. */
	char *safe = diag_vsanitize(fmt, ap);

	if (!queued) {
		for (size_t i = 0; i < q->n;)
			if (!q->v[i].queued)
				drop(q, i);
			else
				i++;
	} else {
		at = q->n;
	}
	util_grow((void **)&q->v, &q->cap, q->n + 1, sizeof *q->v);
	memmove(q->v + at + 1, q->v + at, (q->n - at) * sizeof *q->v);
	q->v[at].text = safe;
	q->v[at].error = error;
	q->v[at].queued = queued;
	q->n++;
}

void
ui_msgs_say(struct ui_msgs *q, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ui_msgs_vadd(q, error, 0, fmt, ap);
	va_end(ap);
}

void
ui_msgs_queue(struct ui_msgs *q, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ui_msgs_vadd(q, error, 1, fmt, ap);
	va_end(ap);
}

void
ui_msgs_pop(struct ui_msgs *q)
{
	if (q->n > 0)
		drop(q, 0);
}

const struct ui_msg *
ui_msgs_top(const struct ui_msgs *q)
{
	return q->n > 0 ? &q->v[0] : NULL;
}
