/*
 * ui_help: builds the help text from ui_keys[] (see include/ui/ui_help.h).
 *
 * Layout: a section per key scope; each binding is its key names in a
 * column, then the English description and the Vietnamese one below it,
 * both wrapped in the second column.  When the key names are wider than
 * the column (narrow terminals) the description starts on the next line.
 * The prompt's editing keys and the mouse are not in the key table (they
 * are not dispatched actions) and get a fixed section at the end.
 *
 * The overlay itself is a box at most 86 columns wide over the middle of
 * the screen (the whole screen when that would be too cramped), with the
 * help's pager inside.  Searching it is ui_search.c's (the prompt is the
 * reader's); the hits are the pager's, found again when it is laid out
 * again.
 */
#include "ui_help.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "lang.h"
#include "ui_draw.h"
#include "ui_keys.h"
#include "ui_prompt.h"
#include "util.h"
#include "wrap.h"

static const char *
spaces(struct util_buf *b, int n)
{
	b->len = 0;
	util_buf_adds(b, "");
	for (int i = 0; i < n; i++)
		util_buf_addc(b, ' ');
	return b->data;
}

/* Text wrapped at width - indent, indented. */
static void
add_wrapped(struct render_doc *doc, const char *s, int indent,
    enum theme_role r)
{
	struct util_buf pad;

	util_buf_init(&pad);
	spaces(&pad, indent);
	render_add_text(doc, s, r, pad.data, pad.data);
	util_buf_free(&pad);
}

/* One entry: keys (styled) in the first column, the description (in the
 * language in force) beside them when they fit, else below. */
static void
add_entry(struct render_doc *doc, const char *keys, const char *vi,
    const char *en, int col, int width)
{
	struct util_buf first, rest;
	int kw = wrap_width(keys, strlen(keys));
	int beside = kw + 2 + 1 <= col && width - col >= 10;
	size_t line = doc->nlines;

	en = L(vi, en);
	util_buf_init(&first);
	util_buf_init(&rest);
	spaces(&rest, beside ? col : 6);
	if (beside) {
		util_buf_printf(&first, "  %s%*s", keys, col - kw - 2, "");
		render_add_text(doc, en, ROLE_TEXT, first.data, rest.data);
		render_add_span(doc, line, 2, 2 + strlen(keys), ROLE_TITLE);
	} else {
		render_add_text(doc, keys, ROLE_TITLE, "  ", "  ");
		render_add_text(doc, en, ROLE_TEXT, rest.data, rest.data);
	}
	util_buf_free(&first);
	util_buf_free(&rest);
}

static void
join_names(struct util_buf *b, const char *const *names, int max)
{
	b->len = 0;
	util_buf_adds(b, "");
	for (int i = 0; i < max && names[i] != NULL; i++) {
		if (i > 0)
			util_buf_adds(b, ", ");
		util_buf_adds(b, names[i]);
	}
}

static void
key_names(struct util_buf *b, const struct ui_key *k)
{
	join_names(b, k->names, UI_KEYS_MAX);
}

static const struct {
	int scope;
	const char *title[2];		/* by language */
} sections[] = {
	{ UI_KEYS_ALL, { "Mọi nơi", "Everywhere" } },
	{ UI_KEYS_TIMELINE, { "Dòng thời gian", "Timeline" } },
};

static const char *const mouse_keys[][3] = {
	{ "click", "chọn; bấm vào liên kết để mở, vào thẻ để đổi khung nhìn",
	  "select and focus; on a link, follow it; on a tab, switch view" },
	{ "wheel", "cuộn khung dưới con trỏ",
	  "scroll the pane under the pointer" },
};

void
ui_help_render(struct render_doc *doc, int width)
{
	struct util_buf b;
	char *closers;
	int col = 0;

	if (width < 1)
		width = 1;
	render_clear(doc, width);
	util_buf_init(&b);
	for (size_t i = 0; i < ui_nkeys; i++) {
		int w;

		key_names(&b, &ui_keys[i]);
		w = wrap_width(b.data, b.len);
		if (w > col)
			col = w;
	}
	col += 4;			/* two of indent, two of gap */
	if (col > width / 2)
		col = width / 2;

	add_wrapped(doc, L("hoso — phím", "hoso — keys"), 0, ROLE_TITLE);
	key_names(&b, ui_keys_of(ACT_HELP));
	closers = util_strdup(b.data);
	b.len = 0;
	util_buf_printf(&b, L("%s, %s, %s: đóng  ·  %s %s %s %s %s %s: cuộn  "
	    "·  %s: tìm, %s %s: kết quả sau, trước",
	    "%s, %s, %s: close  ·  %s %s %s %s %s %s: scroll  ·  %s: search, "
	    "%s %s: next, previous match"), ui_keys_name(ACT_CLOSE),
	    ui_keys_esc, closers, ui_keys_name(ACT_DOWN), ui_keys_name(ACT_UP),
	    ui_keys_name(ACT_PAGE_DOWN), ui_keys_name(ACT_PAGE_UP),
	    ui_keys_name(ACT_HALF_DOWN), ui_keys_name(ACT_HALF_UP),
	    ui_keys_name(ACT_SEARCH), ui_keys_name(ACT_NEXT_MATCH),
	    ui_keys_name(ACT_PREV_MATCH));
	add_wrapped(doc, b.data, 0, ROLE_META);
	for (size_t s = 0; s < sizeof sections / sizeof sections[0]; s++) {
		render_add_line(doc, "", 0, ROLE_TEXT);
		add_wrapped(doc, L(sections[s].title[0], sections[s].title[1]),
		    0, ROLE_HEADING);
		for (size_t i = 0; i < ui_nkeys; i++) {
			/* What the config file unbound cannot be typed. */
			if (ui_keys[i].scope != sections[s].scope ||
			    ui_keys[i].names[0] == NULL)
				continue;
			key_names(&b, &ui_keys[i]);
			add_entry(doc, b.data, ui_keys[i].vi, ui_keys[i].en,
			    col, width);
		}
	}
	render_add_line(doc, "", 0, ROLE_TEXT);
	b.len = 0;
	util_buf_printf(&b, L("Ô tìm kiếm (%s và %s)", "Search prompt (%s and %s)"),
	    ui_keys_name(ACT_SEARCH), ui_keys_name(ACT_SEARCH_CORPUS));
	add_wrapped(doc, b.data, 0, ROLE_HEADING);
	for (size_t i = 0; i < ui_prompt_nkeys; i++) {
		join_names(&b, ui_prompt_keys[i].names, UI_PROMPT_KEYS_MAX);
		add_entry(doc, b.data, ui_prompt_keys[i].vi,
		    ui_prompt_keys[i].en, col, width);
	}
	add_wrapped(doc, L("Không gõ dấu thì khớp mọi dấu; gõ dấu thì dấu phải "
	    "khớp.", "A query without marks matches any marks; typed marks "
	    "must match."), 2, ROLE_META);
	render_add_line(doc, "", 0, ROLE_TEXT);
	add_wrapped(doc, L("Chuột", "Mouse"), 0, ROLE_HEADING);
	for (size_t i = 0; i < sizeof mouse_keys / sizeof mouse_keys[0]; i++)
		add_entry(doc, mouse_keys[i][0], mouse_keys[i][1],
		    mouse_keys[i][2], col, width);
	free(closers);
	util_buf_free(&b);
}

static struct ui_rect
box_rect(void)
{
	struct ui_rect r;

	r.w = COLS - 4 < 86 ? COLS - 4 : 86;
	r.h = LINES - 2;
	if (r.w < 24 || r.h < 6) {
		r.w = COLS;
		r.h = LINES;
	}
	r.x = (COLS - r.w) / 2;
	r.y = (LINES - r.h) / 2;
	return r;
}

static struct ui_rect
text_rect(struct ui_rect r)
{
	struct ui_rect t;

	t.y = r.y + 1;
	t.x = r.x + 2;
	t.h = r.h - 2;
	t.w = r.w - 4;
	if (t.h < 1 || t.w < 1)
		t = r;
	return t;
}

static void
draw_box(struct ui_rect r, const char *title)
{
	enum theme_role b = ROLE_BORDER_FOCUS;

	for (int y = r.y; y < r.y + r.h; y++)
		ui_draw_fill(y, r.x, r.w, ROLE_TEXT);
	if (r.w < 2 || r.h < 2)
		return;
	for (int x = r.x + 1; x < r.x + r.w - 1; x++) {
		ui_draw_str(r.y, x, 1, "─", b);
		ui_draw_str(r.y + r.h - 1, x, 1, "─", b);
	}
	for (int y = r.y + 1; y < r.y + r.h - 1; y++) {
		ui_draw_str(y, r.x, 1, "│", b);
		ui_draw_str(y, r.x + r.w - 1, 1, "│", b);
	}
	ui_draw_str(r.y, r.x, 1, "┌", b);
	ui_draw_str(r.y, r.x + r.w - 1, 1, "┐", b);
	ui_draw_str(r.y + r.h - 1, r.x, 1, "└", b);
	ui_draw_str(r.y + r.h - 1, r.x + r.w - 1, 1, "┘", b);
	ui_draw_str(r.y, r.x + 2, r.w - 4, title, b);
}

int
ui_help_text_h(void)
{
	return text_rect(box_rect()).h;
}

void
ui_help_draw(struct ui_pager *p, const struct search *q)
{
	struct ui_rect r = box_rect(), t = text_rect(r);
	char pos[32];
	int pw;

	if (t.w < 1 || t.h < 1)
		return;
	if (!p->have || p->width != t.w) {
		size_t ord = 0, top = p->top;

		/* Laid out again: the search is found again in the new
		 * lines, the same hit current. */
		ui_pager_hit_count(p, &ord);
		ui_pager_forget_text(p);
		ui_help_render(&p->doc, t.w);
		p->have = 1;
		p->width = t.w;
		p->top = top;
		ui_pager_find(p, q);
		ui_pager_hit_nth(p, p->nhits > 0 ? ord : 0);
		if (p->cur >= 0)
			ui_pager_show_line(p, p->hits[p->cur].line, t.h);
	}
	ui_pager_set_top(p, p->top, t.h);
	draw_box(r, L(" Trợ giúp ", " Help "));
	ui_pager_draw(p, t);
	if (r.h >= 2 && r.w >= 12) {
		snprintf(pos, sizeof pos, " %d%% ", ui_pager_percent(p, t.h));
		pw = ui_draw_width(pos);
		ui_draw_str(r.y + r.h - 1, r.x + r.w - 2 - pw, pw, pos,
		    ROLE_BORDER_FOCUS);
	}
}

int
ui_help_key(struct ui_pager *p, int code)
{
	int h = text_rect(box_rect()).h;
	long page = h > 2 ? h - 1 : 1, half = h > 1 ? h / 2 : 1;

	if (code == UI_KEY_ESC)
		return 1;
	switch (ui_keys_lookup(code, UI_KEYS_ALL)) {
	case ACT_CLOSE:
	case ACT_HELP:
		return 1;
	case ACT_DOWN:
		ui_pager_scroll(p, 1, h);
		break;
	case ACT_UP:
		ui_pager_scroll(p, -1, h);
		break;
	case ACT_PAGE_DOWN:
		ui_pager_scroll(p, page, h);
		break;
	case ACT_PAGE_UP:
		ui_pager_scroll(p, -page, h);
		break;
	case ACT_HALF_DOWN:
		ui_pager_scroll(p, half, h);
		break;
	case ACT_HALF_UP:
		ui_pager_scroll(p, -half, h);
		break;
	case ACT_FIRST:
		ui_pager_set_top(p, 0, h);
		break;
	case ACT_LAST:
		ui_pager_set_top(p, ui_pager_maxtop(p, h), h);
		break;
	default:
		break;
	}
	return 0;
}

int
ui_help_mouse(struct ui_pager *p, int y, int x, int wheel)
{
	struct ui_rect r = box_rect();

	if (wheel != 0) {
		ui_pager_scroll(p, wheel, text_rect(r).h);
		return 0;
	}
	return !ui_layout_hit(r, y, x);
}
