/*
 * ui_msg: the status line's message queue.  What an action says replaces
 * what the previous action said; startup warnings (the theme's, the
 * state file's, the content's) wait their turn behind it, one per key
 * press.  No curses here: the reader draws the first message.
 */
#ifndef HOSO_UI_MSG_H
#define HOSO_UI_MSG_H

#include <stdarg.h>
#include <stddef.h>

#include "util.h"

struct ui_msg {
	char *text;
	int error;
	int queued;			/* a startup warning: shown in turn */
};

struct ui_msgs {
	struct ui_msg *v;		/* v[0] is the one shown */
	size_t n, cap;
};

void ui_msgs_init(struct ui_msgs *q);
void ui_msgs_free(struct ui_msgs *q);
/* What an action says: replaces the earlier actions' messages and goes
 * before the queued ones. */
void ui_msgs_say(struct ui_msgs *q, int error, const char *fmt, ...)
    UTIL_PRINTF(3, 4);
/* A startup warning: after everything already there. */
void ui_msgs_queue(struct ui_msgs *q, int error, const char *fmt, ...)
    UTIL_PRINTF(3, 4);
void ui_msgs_vadd(struct ui_msgs *q, int error, int queued, const char *fmt,
    va_list ap) UTIL_PRINTF(4, 0);
/* A key was pressed: the message shown has been seen. */
void ui_msgs_pop(struct ui_msgs *q);
/* The message to show, or NULL. */
const struct ui_msg *ui_msgs_top(const struct ui_msgs *q);

#endif
