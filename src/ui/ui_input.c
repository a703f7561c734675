/*
 * ui_input: a key as the reader reads it (see ui_impl.h): the prompt's
 * and the help's keys first, then counts typed before a motion ("10j"),
 * Esc alone (a step back) or as the first key of a two-key binding
 * (Esc u), the first key of a sequence the config file bound (g g: the
 * reader waits for the next key, saying so), and the table's action.
 * What each action does is ui_reader.c's.
 *
 * Digits are counts, but 1, 2 and 3 switch views at once: a switch is a
 * place in history only once the next key shows it was no count's first
 * digit (another digit, or J, K, %, g or G after it, within a second,
 * undo it instead: a reader who looked at the view meant the view).
 */
#include "ui_impl.h"

#include <curses.h>

#include "ui_help.h"
#include "ui_keys.h"

/* How long after a view-switching digit the next key may still make it
 * a count's first digit: a typist's pause, shorter than a reader's. */
#define COUNT_MS 1000

/* Actions a count applies to (the others drop it). */
static int
takes_count(enum ui_action a)
{
	switch (a) {
	case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
	case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_FIRST: case ACT_LAST:
	case ACT_LINE_DOWN: case ACT_LINE_UP: case ACT_NEXT_ITEM:
	case ACT_PREV_ITEM: case ACT_PERCENT: case ACT_NEXT_MATCH:
	case ACT_PREV_MATCH:
		return 1;
	default:
		return 0;
	}
}

/* After a lone 1, 2 or 3 (a view switch), the keys that still make it
 * a count: j after 2 is a move in the timeline, but 3J is three
 * articles on, and 2G the second row. */
static int
counts_a_switch(enum ui_action a)
{
	return a == ACT_NEXT_ITEM || a == ACT_PREV_ITEM || a == ACT_PERCENT ||
	    a == ACT_FIRST || a == ACT_LAST;
}

/* The view switch of the last key stands: into history with it. */
static void
settle_switch(struct ui *u)
{
	if (u->pend_switch)
		link_history_push(&u->hist, u->pend_from);
	u->pend_switch = 0;
}

/* The last key's view switch was a count's first digit: back to the
 * view and pane it left, as if it had not happened. */
static void
undo_switch(struct ui *u)
{
	if (!u->pend_switch)
		return;
	u->pend_switch = 0;
	u->focus = u->pend_focus;
	ui_reader_switch(u, u->pend_view);
}

static void
say_unbound(struct ui *u, int rc, wint_t wc)
{
	char name[32];

	ui_keys_describe(rc, wc, name, sizeof name);
	ui_msgs_say(&u->msgs, 0, L("Phím “%s” không dùng — %s xem bảng phím",
	    "Key “%s” does nothing — %s lists the keys"), name,
	    ui_keys_name(ACT_HELP));
}

/* After Esc: the key of a two-key binding (Esc u), read at once since a
 * terminal sends Alt-u and a quick Esc u as one burst; 0 when none came
 * (then Esc was a key of its own), and any other key is handed back. */
static int
esc_second(struct ui *u, int *rc, wint_t *wc)
{
	enum ui_term_event ev = ui_term_read(rc, wc, 60);

	if (ev == UI_TERM_GONE)
		u->gone = 1;
	return ev == UI_TERM_KEY;
}

/* The table's action a for the key (rc, wc), with the count typed
 * before it. */
static void
act_counted(struct ui *u, enum ui_action a, int rc, wint_t wc)
{
	long count = u->count;

	u->count = 0;
	u->counting = 0;
	if (u->pend_switch && (!counts_a_switch(a) ||
	    ui_now_ms() - u->count_at > COUNT_MS))
		count = 0;
	if (count > 0 && takes_count(a))
		undo_switch(u);
	else
		settle_switch(u);
	if (a == ACT_NONE) {
		say_unbound(u, rc, wc);
		return;
	}
	ui_reader_act(u, a, takes_count(a) ? count : 0);
}

/* Esc as a key of its own: a step back, unless the config file gave
 * it to another action or none. */
static void
esc_alone(struct ui *u)
{
	enum ui_action a = ui_keys_lookup(UI_KEY_ESC, ui_cur(u)->vw->scope);

	if (a == ACT_NONE)
		say_unbound(u, OK, UI_KEY_ESC);
	else
		ui_reader_act(u, a, 0);
}

void
ui_input_key(struct ui *u, int rc, wint_t wc)
{
	int code = ui_keys_code(rc, wc);
	enum ui_action a;
	int scope;

	if (u->prompt.active) {
		enum ui_prompt_result r = ui_prompt_key(&u->prompt, rc, wc);

		if (r == UI_PROMPT_EDITED) {
			ui_search_edited(u);
		} else if (r == UI_PROMPT_ENTER || r == UI_PROMPT_CANCEL) {
			/* A new search is shown again after Esc u. */
			if (r == UI_PROMPT_ENTER && u->hl_off) {
				u->hl_off = 0;
				u->dgen++;
			}
			ui_search_done(u, r);
		}
		return;
	}
	ui_msgs_pop(&u->msgs);
	if (code == KEY_MOUSE) {
		u->pend_key = 0;
		settle_switch(u);
		u->count = 0;
		u->counting = 0;
		ui_mouse(u);
		return;
	}
	if (u->help) {
		a = ui_keys_lookup(code, UI_KEYS_ALL);
		if (a == ACT_QUIT)
			u->quit = 1;
		else if (ui_search_help_key(u, code) != 0)
			u->help = 0;
		return;
	}
	/* Too small to show anything, nothing may change unseen: only
	 * quitting works, and q and Esc quit only where they would (they
	 * do not quit from the detail pane). */
	if (u->lay.too_small) {
		a = ui_keys_lookup(code, UI_KEYS_ALL);
		if (a == ACT_QUIT ||
		    (a == ACT_CLOSE && !ui_reader_steps_back(u)))
			u->quit = 1;
		return;
	}
	scope = ui_cur(u)->vw->scope;
	/* The second key of a sequence; one that ends none is a key of
	 * its own, and the first is dropped. */
	if (u->pend_key != 0) {
		int first = u->pend_key;

		u->pend_key = 0;
		a = ui_keys_lookup2(first, code, scope);
		if (a != ACT_NONE) {
			act_counted(u, a, rc, wc);
			return;
		}
	}
	if (code == UI_KEY_ESC) {
		int rc2;
		wint_t wc2;

		if (!esc_second(u, &rc2, &wc2)) {
			settle_switch(u);
			u->count = 0;
			u->counting = 0;
			esc_alone(u);
			return;
		}
		a = rc2 == OK && wc2 < 0x80 ? ui_keys_lookup(
		    UI_KEY_META((int)wc2), scope) : ACT_NONE;
		if (a != ACT_NONE) {
			settle_switch(u);
			u->count = 0;
			u->counting = 0;
			ui_reader_act(u, a, 0);
			return;
		}
		/* Esc, then a key of its own. */
		settle_switch(u);
		u->count = 0;
		u->counting = 0;
		esc_alone(u);
		if (!u->quit)
			ui_input_key(u, rc2, wc2);
		return;
	}
	/* Digits make a count; 1, 2 and 3 also switch views, which the
	 * next key undoes when it shows the digit was a count's. */
	if (rc == OK && wc >= '0' && wc <= '9') {
		int first;

		/* A view switch looked at for a while is no count any more,
		 * and another view's digit is another switch (3, then 2: the
		 * timeline): the next digit starts afresh.  So 12j is typed
		 * 012j. */
		if (u->pend_switch && (ui_now_ms() - u->count_at > COUNT_MS ||
		    (wc >= '1' && wc <= '4'))) {
			settle_switch(u);
			u->count = 0;
			u->counting = 0;
		}
		first = u->count == 0 && !u->counting;
		if (first)
			u->count_at = ui_now_ms();
		u->counting = 1;
		if (u->count < 100000000)
			u->count = u->count * 10 + (long)(wc - '0');
		if (!first) {
			undo_switch(u);
		} else {
			a = ui_keys_lookup(code, scope);
			if (a >= ACT_VIEW_ARTICLES && a <= ACT_VIEW_BOOKMARKS) {
				settle_switch(u);
				ui_reader_act(u, a, 0);
			}
		}
		return;
	}
	if (ui_keys_is_prefix(code, scope)) {
		char name[32];

		/* The count waits with it: 5 g g is line 5. */
		u->pend_key = code;
		ui_keys_describe(rc, wc, name, sizeof name);
		ui_msgs_say(&u->msgs, 0, L("%s … (phím thứ hai)",
		    "%s … (the next key)"), name);
		return;
	}
	act_counted(u, ui_keys_lookup(code, scope), rc, wc);
}
