/*
 * ui_prompt: line input for searches (see include/ui/ui_prompt.h).
 *
 * The text is kept as UTF-8 in a util_buf with a cursor, a byte offset
 * that always stands at a grapheme's start as counted from the start of
 * the line (the line is short: counting again at each step is cheaper
 * than keeping a table right).  Characters that could move the
 * terminal's cursor or reorder text (controls, bidi and other format
 * characters) are refused at the door, so the prompt can echo its text
 * verbatim.
 */
#include "ui_prompt.h"

#include <curses.h>
#include <string.h>
#include <unictype.h>

#include "theme.h"
#include "ui_draw.h"
#include "utf8.h"
#include "wrap.h"

#define CTRL(c) ((c) & 0x1f)

void
ui_prompt_init(struct ui_prompt *p)
{
	memset(p, 0, sizeof *p);
	util_buf_init(&p->text);
	util_buf_adds(&p->text, "");
	util_buf_init(&p->draft);
	util_buf_adds(&p->draft, "");
}

void
ui_prompt_free(struct ui_prompt *p)
{
	util_buf_free(&p->text);
	util_buf_free(&p->draft);
	memset(p, 0, sizeof *p);
}

/* Replaces the text, the cursor at its end. */
static void
set_text(struct ui_prompt *p, const char *s)
{
	ui_prompt_clear(p);
	if (s != NULL && strlen(s) <= UI_PROMPT_MAX)
		util_buf_adds(&p->text, s);
	p->cur = p->text.len;
}

void
ui_prompt_open(struct ui_prompt *p, int kind, const char *label,
    const char *initial, struct state_hist *hist)
{
	p->active = 1;
	p->kind = kind;
	p->label = label;
	p->hist = hist;
	p->hpos = hist != NULL ? hist->n : 0;
	p->draft.len = 0;
	util_buf_adds(&p->draft, "");
	set_text(p, initial);
}

void
ui_prompt_close(struct ui_prompt *p)
{
	p->active = 0;
}

void
ui_prompt_clear(struct ui_prompt *p)
{
	p->text.len = 0;
	p->cur = 0;
	util_buf_adds(&p->text, "");
}

/* Removes bytes [from, to) of the text; the cursor goes to from. */
static void
cut(struct ui_prompt *p, size_t from, size_t to)
{
	memmove(p->text.data + from, p->text.data + to, p->text.len - to + 1);
	p->text.len -= to - from;
	p->cur = from;
}

int
ui_prompt_insert(struct ui_prompt *p, uint32_t uc)
{
	char buf[UTF8_MAX];
	size_t n, tail;

	if (uc < 0x20 || (uc >= 0x7f && uc < 0xa0) || uc > 0x10ffff ||
	    uc_is_general_category(uc, UC_CATEGORY_Cc) ||
	    uc_is_general_category(uc, UC_CATEGORY_Cf) ||
	    uc_is_general_category(uc, UC_CATEGORY_Cs) ||
	    uc_is_general_category(uc, UC_CATEGORY_Cn) ||
	    uc_is_general_category(uc, UC_CATEGORY_Zl) ||
	    uc_is_general_category(uc, UC_CATEGORY_Zp))
		return -1;
	n = utf8_encode(uc, buf);
	if (p->text.len + n > UI_PROMPT_MAX)
		return -1;
	tail = p->text.len - p->cur;
	util_buf_add(&p->text, buf, n);	/* room, and the NUL */
	memmove(p->text.data + p->cur + n, p->text.data + p->cur, tail);
	memcpy(p->text.data + p->cur, buf, n);
	p->cur += n;
	return 0;
}

/* Start of the grapheme that ends at pos (0 at the start). */
static size_t
prev_grapheme(const char *s, size_t len, size_t pos)
{
	size_t g = 0, next;

	while ((next = wrap_next_grapheme(s, len, g)) < pos && next > g)
		g = next;
	return g;
}

static size_t
next_grapheme(const struct ui_prompt *p)
{
	size_t next = wrap_next_grapheme(p->text.data, p->text.len, p->cur);

	return next > p->cur && next <= p->text.len ? next : p->text.len;
}

int
ui_prompt_backspace(struct ui_prompt *p)
{
	if (p->cur == 0)
		return -1;
	cut(p, prev_grapheme(p->text.data, p->text.len, p->cur), p->cur);
	return 0;
}

int
ui_prompt_delete(struct ui_prompt *p)
{
	if (p->cur >= p->text.len)
		return -1;
	cut(p, p->cur, next_grapheme(p));
	return 0;
}

int
ui_prompt_delete_word(struct ui_prompt *p)
{
	const char *s = p->text.data;
	size_t n = p->cur;

	if (n == 0)
		return -1;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	while (n > 0 && s[n - 1] != ' ')
		n = prev_grapheme(s, p->text.len, n);
	cut(p, n, p->cur);
	return 0;
}

int
ui_prompt_move(struct ui_prompt *p, int dir)
{
	if (dir < 0 ? p->cur == 0 : p->cur >= p->text.len)
		return -1;
	p->cur = dir < 0 ? prev_grapheme(p->text.data, p->text.len, p->cur) :
	    next_grapheme(p);
	return 0;
}

int
ui_prompt_history(struct ui_prompt *p, int dir)
{
	struct state_hist *h = p->hist;

	if (h == NULL || (dir < 0 ? p->hpos == 0 || h->n == 0 :
	    p->hpos >= h->n))
		return -1;
	if (p->hpos > h->n)
		p->hpos = h->n;
	/* What was being typed comes back below the newest entry. */
	if (p->hpos == h->n) {
		p->draft.len = 0;
		util_buf_adds(&p->draft, p->text.data);
	}
	p->hpos = dir < 0 ? p->hpos - 1 : p->hpos + 1;
	set_text(p, p->hpos < h->n ? h->v[p->hpos] : p->draft.data);
	return 0;
}

const struct ui_prompt_binding ui_prompt_keys[] = {
	{ UI_PROMPT_OP_ENTER, { '\n', '\r' }, { KEY_ENTER }, { "Enter" },
	  "search", "tìm" },
	{ UI_PROMPT_OP_CANCEL, { 27, CTRL('g') }, { 0 }, { "Esc", "Ctrl-G" },
	  "cancel", "hủy" },
	{ UI_PROMPT_OP_LEFT, { CTRL('b') }, { KEY_LEFT }, { "Left", "Ctrl-B" },
	  "move back one character", "lùi một ký tự" },
	{ UI_PROMPT_OP_RIGHT, { CTRL('f') }, { KEY_RIGHT },
	  { "Right", "Ctrl-F" }, "move forward one character",
	  "tiến một ký tự" },
	{ UI_PROMPT_OP_HOME, { CTRL('a') }, { KEY_HOME }, { "Home", "Ctrl-A" },
	  "go to the start of the line", "về đầu dòng" },
	{ UI_PROMPT_OP_END, { CTRL('e') }, { KEY_END }, { "End", "Ctrl-E" },
	  "go to the end of the line", "về cuối dòng" },
	{ UI_PROMPT_OP_BACKSPACE, { 127, CTRL('h') }, { KEY_BACKSPACE },
	  { "Backspace" }, "delete the character before the cursor",
	  "xóa ký tự trước con trỏ" },
	{ UI_PROMPT_OP_DELETE, { CTRL('d') }, { KEY_DC }, { "Delete", "Ctrl-D" },
	  "delete the character under the cursor", "xóa ký tự tại con trỏ" },
	{ UI_PROMPT_OP_CLEAR, { CTRL('u') }, { 0 }, { "Ctrl-U" },
	  "delete to the start of the line", "xóa đến đầu dòng" },
	{ UI_PROMPT_OP_KILL, { CTRL('k') }, { 0 }, { "Ctrl-K" },
	  "delete to the end of the line", "xóa đến cuối dòng" },
	{ UI_PROMPT_OP_WORD, { CTRL('w') }, { 0 }, { "Ctrl-W" },
	  "delete the word before the cursor", "xóa từ trước con trỏ" },
	{ UI_PROMPT_OP_PREV, { CTRL('p') }, { KEY_UP }, { "Up", "Ctrl-P" },
	  "the previous query (history)", "câu tìm trước (lịch sử)" },
	{ UI_PROMPT_OP_NEXT, { CTRL('n') }, { KEY_DOWN }, { "Down", "Ctrl-N" },
	  "the next query (history)", "câu tìm sau (lịch sử)" },
};
const size_t ui_prompt_nkeys = sizeof ui_prompt_keys /
    sizeof ui_prompt_keys[0];

static int
bound(const int *codes, int c)
{
	for (int i = 0; i < UI_PROMPT_KEYS_MAX && codes[i] != 0; i++)
		if (codes[i] == c)
			return 1;
	return 0;
}

/* A movement's result: it edits nothing, but the line is to be drawn. */
static enum ui_prompt_result
moved(struct ui_prompt *p, size_t was)
{
	return p->cur != was ? UI_PROMPT_MOVED : UI_PROMPT_IGNORED;
}

static enum ui_prompt_result
edited(int rc)
{
	return rc == 0 ? UI_PROMPT_EDITED : UI_PROMPT_IGNORED;
}

enum ui_prompt_result
ui_prompt_key(struct ui_prompt *p, int rc, wint_t wc)
{
	const struct ui_prompt_binding *k = NULL;
	size_t was = p->cur;

	if (rc != OK && rc != KEY_CODE_YES)
		return UI_PROMPT_IGNORED;
	for (size_t i = 0; i < ui_prompt_nkeys && k == NULL; i++)
		if (bound(rc == KEY_CODE_YES ? ui_prompt_keys[i].fkeys :
		    ui_prompt_keys[i].chars, (int)wc))
			k = &ui_prompt_keys[i];
	if (k == NULL)
		return rc == OK ? edited(ui_prompt_insert(p, (uint32_t)wc)) :
		    UI_PROMPT_IGNORED;
	switch (k->op) {
	case UI_PROMPT_OP_ENTER:
		if (p->hist != NULL)
			state_hist_add(p->hist, p->text.data);
		return UI_PROMPT_ENTER;
	case UI_PROMPT_OP_CANCEL:
		return UI_PROMPT_CANCEL;
	case UI_PROMPT_OP_LEFT:
	case UI_PROMPT_OP_RIGHT:
		ui_prompt_move(p, k->op == UI_PROMPT_OP_LEFT ? -1 : 1);
		return moved(p, was);
	case UI_PROMPT_OP_HOME:
		p->cur = 0;
		return moved(p, was);
	case UI_PROMPT_OP_END:
		p->cur = p->text.len;
		return moved(p, was);
	case UI_PROMPT_OP_BACKSPACE:
		return edited(ui_prompt_backspace(p));
	case UI_PROMPT_OP_DELETE:
		return edited(ui_prompt_delete(p));
	case UI_PROMPT_OP_CLEAR:
		if (p->cur == 0)
			return UI_PROMPT_IGNORED;
		cut(p, 0, p->cur);
		return UI_PROMPT_EDITED;
	case UI_PROMPT_OP_KILL:
		if (p->cur >= p->text.len)
			return UI_PROMPT_IGNORED;
		cut(p, p->cur, p->text.len);
		return UI_PROMPT_EDITED;
	case UI_PROMPT_OP_WORD:
		return edited(ui_prompt_delete_word(p));
	case UI_PROMPT_OP_PREV:
	case UI_PROMPT_OP_NEXT:
		return edited(ui_prompt_history(p, k->op == UI_PROMPT_OP_PREV ?
		    -1 : 1));
	}
	return UI_PROMPT_IGNORED;
}

void
ui_prompt_draw(const struct ui_prompt *p, int y, int x, int w,
    const char *info)
{
	const char *s = p->text.data;
	size_t len = p->text.len, skip = 0;
	int lw, iw = info != NULL ? ui_draw_width(info) : 0, room, cx;

	if (w <= 0)
		return;
	ui_draw_fill(y, x, w, ROLE_STATUS);
	lw = ui_draw_str(y, x, w, p->label, ROLE_STATUS_KEY);
	room = w - lw - 1;		/* one cell for the cursor */
	/* What was typed comes first: the info only where both fit. */
	if (info != NULL && wrap_width(s, len) + iw + 2 <= room)
		room -= iw + 1;
	else
		iw = 0;
	/* A long line scrolls left as far as the cursor needs, no more. */
	while (skip < p->cur && wrap_width(s + skip, p->cur - skip) > room)
		skip = wrap_next_grapheme(s, len, skip);
	ui_draw_text(y, x + lw, room > 0 ? room : 0, s + skip, len - skip,
	    ROLE_STATUS);
	if (iw > 0)
		ui_draw_str(y, x + w - iw, iw, info, ROLE_STATUS);
	cx = x + lw + wrap_width(s + skip, p->cur > skip ? p->cur - skip : 0);
	if (cx < COLS && y < LINES)
		move(y, cx);
}
