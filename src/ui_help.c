/*
 * ui_help: builds the help text from ui_keys[] (see include/ui_help.h).
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
 * help's pager inside.
 */
#include "ui_help.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "ui_draw.h"
#include "ui_keys.h"
#include "util.h"
#include "wrap.h"

static size_t
add_line(struct render_doc *doc, const char *s, size_t n, enum theme_role r)
{
	struct render_line *l;

	util_grow((void **)&doc->lines, &doc->caplines, doc->nlines + 1,
	    sizeof *doc->lines);
	l = &doc->lines[doc->nlines];
	l->off = doc->text.len;
	util_buf_add(&doc->text, s, n);
	util_buf_adds(&doc->text, "");
	l->len = n;
	l->span0 = doc->nspans;
	l->nspan = 0;
	l->src = RENDER_NO_SRC;
	l->width = wrap_width(s, n);
	l->role = r;
	return doc->nlines++;
}

static void
add_span(struct render_doc *doc, size_t line, size_t start, size_t end,
    enum theme_role r)
{
	struct render_span *sp;

	if (start >= end)
		return;
	util_grow((void **)&doc->spans, &doc->capspans, doc->nspans + 1,
	    sizeof *doc->spans);
	sp = &doc->spans[doc->nspans++];
	sp->start = start;
	sp->end = end;
	sp->role = r;
	sp->link = RENDER_NO_LINK;
	doc->lines[line].nspan++;
}

/* Wraps s at width - indent and adds the lines, indented. */
static void
add_wrapped(struct render_doc *doc, const char *s, int indent, int width,
    enum theme_role r)
{
	struct wrap_line *wl = NULL;
	size_t nwl = 0, cap = 0;
	struct util_buf b;
	int avail = width - indent;

	if (avail < 1) {
		avail = width;
		indent = 0;
	}
	util_buf_init(&b);
	wrap_paragraph(s, strlen(s), avail, &wl, &nwl, &cap);
	for (size_t i = 0; i < nwl; i++) {
		b.len = 0;
		for (int k = 0; k < indent; k++)
			util_buf_addc(&b, ' ');
		util_buf_add(&b, s + wl[i].start, wl[i].end - wl[i].start);
		add_line(doc, b.data, b.len, r);
	}
	free(wl);
	util_buf_free(&b);
}

/* One entry: keys (styled) in the first column, the first line of the
 * description beside them when they fit. */
static void
add_entry(struct render_doc *doc, const char *keys, const char *en,
    const char *vi, int col, int width)
{
	struct wrap_line *wl = NULL;
	size_t nwl = 0, cap = 0, line;
	struct util_buf b;
	int kw = wrap_width(keys, strlen(keys)), avail = width - col;
	int beside = kw + 2 + 1 <= col && avail >= 10;

	util_buf_init(&b);
	util_buf_adds(&b, "  ");
	util_buf_adds(&b, keys);
	if (!beside || en == NULL) {
		if (kw + 2 <= width) {
			line = add_line(doc, b.data, b.len, ROLE_TEXT);
			add_span(doc, line, 2, b.len, ROLE_TITLE);
		} else {
			add_wrapped(doc, keys, 2, width, ROLE_TITLE);
		}
		if (en != NULL)
			add_wrapped(doc, en, beside ? col : 6, width, ROLE_TEXT);
	} else {
		wrap_paragraph(en, strlen(en), avail, &wl, &nwl, &cap);
		for (int k = kw + 2; k < col; k++)
			util_buf_addc(&b, ' ');
		if (nwl > 0)
			util_buf_add(&b, en + wl[0].start,
			    wl[0].end - wl[0].start);
		line = add_line(doc, b.data, b.len, ROLE_TEXT);
		add_span(doc, line, 2, 2 + strlen(keys), ROLE_TITLE);
		for (size_t i = 1; i < nwl; i++) {
			b.len = 0;
			for (int k = 0; k < col; k++)
				util_buf_addc(&b, ' ');
			util_buf_add(&b, en + wl[i].start,
			    wl[i].end - wl[i].start);
			add_line(doc, b.data, b.len, ROLE_TEXT);
		}
		free(wl);
	}
	if (vi != NULL)
		add_wrapped(doc, vi, beside ? col : 6, width, ROLE_META);
	util_buf_free(&b);
}

static void
key_names(struct util_buf *b, const struct ui_key *k)
{
	b->len = 0;
	util_buf_adds(b, "");
	for (int i = 0; i < UI_KEYS_MAX && k->names[i] != NULL; i++) {
		if (i > 0)
			util_buf_adds(b, ", ");
		util_buf_adds(b, k->names[i]);
	}
}

static const struct {
	int scope;
	const char *title;
} sections[] = {
	{ UI_KEYS_ALL, "Mọi nơi / Everywhere" },
	{ UI_KEYS_TIMELINE, "Dòng thời gian / Timeline" },
};

static const char *const prompt_keys[][3] = {
	{ "Enter", "search", "tìm" },
	{ "Esc, Ctrl-G", "cancel", "hủy" },
	{ "Backspace", "delete one character", "xóa một ký tự" },
	{ "Ctrl-U", "clear the line", "xóa cả dòng" },
	{ "Ctrl-W", "delete the last word", "xóa từ cuối" },
};

static const char *const mouse_keys[][3] = {
	{ "click", "select and focus; on a link, follow it; on a tab, "
	  "switch view", "chọn; bấm vào liên kết để mở" },
	{ "wheel", "scroll the pane under the pointer",
	  "cuộn khung dưới con trỏ" },
};

void
ui_help_render(struct render_doc *doc, int width)
{
	struct util_buf b;
	int col = 0;

	if (width < 1)
		width = 1;
	doc->text.len = 0;
	doc->nlines = doc->nspans = doc->nlinks = 0;
	doc->width = width;
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

	add_wrapped(doc, "hoso — phím / keys", 0, width, ROLE_TITLE);
	add_wrapped(doc, "q, Esc, ?: đóng / close  ·  j k Space b: cuộn / "
	    "scroll", 0, width, ROLE_META);
	for (size_t s = 0; s < sizeof sections / sizeof sections[0]; s++) {
		add_line(doc, "", 0, ROLE_TEXT);
		add_wrapped(doc, sections[s].title, 0, width, ROLE_HEADING);
		for (size_t i = 0; i < ui_nkeys; i++) {
			if (ui_keys[i].scope != sections[s].scope)
				continue;
			key_names(&b, &ui_keys[i]);
			add_entry(doc, b.data, ui_keys[i].en, ui_keys[i].vi,
			    col, width);
		}
	}
	add_line(doc, "", 0, ROLE_TEXT);
	add_wrapped(doc, "Ô tìm kiếm (/ và s) / Search prompt (/ and s)", 0,
	    width, ROLE_HEADING);
	for (size_t i = 0; i < sizeof prompt_keys / sizeof prompt_keys[0]; i++)
		add_entry(doc, prompt_keys[i][0], prompt_keys[i][1],
		    prompt_keys[i][2], col, width);
	add_wrapped(doc, "Không gõ dấu thì khớp mọi dấu; gõ dấu thì dấu phải "
	    "khớp. / A query without marks matches any marks; typed marks "
	    "must match.", 2, width, ROLE_META);
	add_line(doc, "", 0, ROLE_TEXT);
	add_wrapped(doc, "Chuột / Mouse", 0, width, ROLE_HEADING);
	for (size_t i = 0; i < sizeof mouse_keys / sizeof mouse_keys[0]; i++)
		add_entry(doc, mouse_keys[i][0], mouse_keys[i][1],
		    mouse_keys[i][2], col, width);
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

void
ui_help_draw(struct ui_pager *p)
{
	struct ui_rect r = box_rect(), t = text_rect(r);
	char pos[32];
	int pw;

	if (t.w < 1 || t.h < 1)
		return;
	if (!p->have || p->width != t.w) {
		ui_help_render(&p->doc, t.w);
		p->have = 1;
		p->width = t.w;
		p->id.view = LINK_NVIEWS;
	}
	ui_pager_set_top(p, p->top, t.h);
	draw_box(r, " Trợ giúp / Help ");
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
	long page = h > 2 ? h - 1 : 1;

	if (code == 27 || code == KEY_F(1) || code == '?')
		return 1;
	switch (ui_keys_lookup(code, UI_KEYS_ALL)) {
	case ACT_QUIT:
		return 1;
	case ACT_DOWN:
		ui_pager_scroll(p, 1, h);
		break;
	case ACT_UP:
		ui_pager_scroll(p, -1, h);
		break;
	case ACT_PAGE_DOWN:
	case ACT_HALF_DOWN:
		ui_pager_scroll(p, page, h);
		break;
	case ACT_PAGE_UP:
	case ACT_HALF_UP:
		ui_pager_scroll(p, -page, h);
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
