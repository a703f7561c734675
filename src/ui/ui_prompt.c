/*
 * ui_prompt: line input for searches (see include/ui/ui_prompt.h).
 *
 * The text is kept as UTF-8 in a util_buf; edits only ever append or cut
 * at the end, which is all a search line needs and keeps the cursor
 * trivially at the end.  Characters that could move the terminal's
 * cursor or reorder text (controls, bidi and other format characters)
 * are refused at the door, so the prompt can echo its text verbatim.
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
}

void
ui_prompt_free(struct ui_prompt *p)
{
	util_buf_free(&p->text);
	memset(p, 0, sizeof *p);
}

void
ui_prompt_open(struct ui_prompt *p, int kind, const char *label,
    const char *initial)
{
	p->active = 1;
	p->kind = kind;
	p->label = label;
	ui_prompt_clear(p);
	if (initial != NULL && strlen(initial) < UI_PROMPT_MAX)
		util_buf_adds(&p->text, initial);
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
	util_buf_adds(&p->text, "");
}

static void
truncate_to(struct ui_prompt *p, size_t len)
{
	p->text.len = len;
	p->text.data[len] = '\0';
}

int
ui_prompt_insert(struct ui_prompt *p, uint32_t uc)
{
	char buf[UTF8_MAX];
	int n;

	if (uc < 0x20 || (uc >= 0x7f && uc < 0xa0) || uc > 0x10ffff ||
	    uc_is_general_category(uc, UC_CATEGORY_Cc) ||
	    uc_is_general_category(uc, UC_CATEGORY_Cf) ||
	    uc_is_general_category(uc, UC_CATEGORY_Cs) ||
	    uc_is_general_category(uc, UC_CATEGORY_Cn) ||
	    uc_is_general_category(uc, UC_CATEGORY_Zl) ||
	    uc_is_general_category(uc, UC_CATEGORY_Zp))
		return -1;
	n = (int)utf8_encode(uc, buf);
	if (p->text.len + (size_t)n > UI_PROMPT_MAX)
		return -1;
	util_buf_add(&p->text, buf, (size_t)n);
	return 0;
}

/* Start of the last grapheme of s[0..len). */
static size_t
last_grapheme(const char *s, size_t len)
{
	size_t g = 0, next;

	while ((next = wrap_next_grapheme(s, len, g)) < len && next > g)
		g = next;
	return g;
}

int
ui_prompt_backspace(struct ui_prompt *p)
{
	if (p->text.len == 0)
		return -1;
	truncate_to(p, last_grapheme(p->text.data, p->text.len));
	return 0;
}

int
ui_prompt_delete_word(struct ui_prompt *p)
{
	size_t n = p->text.len;

	if (n == 0)
		return -1;
	while (n > 0 && p->text.data[n - 1] == ' ')
		n--;
	while (n > 0 && p->text.data[n - 1] != ' ')
		n = last_grapheme(p->text.data, n);
	truncate_to(p, n);
	return 0;
}

const struct ui_prompt_binding ui_prompt_keys[] = {
	{ UI_PROMPT_OP_ENTER, { '\n', '\r' }, { KEY_ENTER }, { "Enter" },
	  "search", "tìm" },
	{ UI_PROMPT_OP_CANCEL, { 27, CTRL('g') }, { 0 }, { "Esc", "Ctrl-G" },
	  "cancel", "hủy" },
	{ UI_PROMPT_OP_BACKSPACE, { 127, CTRL('h') }, { KEY_BACKSPACE },
	  { "Backspace" }, "delete one character", "xóa một ký tự" },
	{ UI_PROMPT_OP_CLEAR, { CTRL('u') }, { 0 }, { "Ctrl-U" },
	  "clear the line", "xóa cả dòng" },
	{ UI_PROMPT_OP_WORD, { CTRL('w') }, { 0 }, { "Ctrl-W" },
	  "delete the last word", "xóa từ cuối" },
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

enum ui_prompt_result
ui_prompt_key(struct ui_prompt *p, int rc, wint_t wc)
{
	const struct ui_prompt_binding *k = NULL;

	if (rc != OK && rc != KEY_CODE_YES)
		return UI_PROMPT_IGNORED;
	for (size_t i = 0; i < ui_prompt_nkeys && k == NULL; i++)
		if (bound(rc == KEY_CODE_YES ? ui_prompt_keys[i].fkeys :
		    ui_prompt_keys[i].chars, (int)wc))
			k = &ui_prompt_keys[i];
	if (k == NULL)
		return rc == OK && ui_prompt_insert(p, (uint32_t)wc) == 0 ?
		    UI_PROMPT_EDITED : UI_PROMPT_IGNORED;
	switch (k->op) {
	case UI_PROMPT_OP_ENTER:
		return UI_PROMPT_ENTER;
	case UI_PROMPT_OP_CANCEL:
		return UI_PROMPT_CANCEL;
	case UI_PROMPT_OP_BACKSPACE:
		return ui_prompt_backspace(p) == 0 ? UI_PROMPT_EDITED :
		    UI_PROMPT_IGNORED;
	case UI_PROMPT_OP_CLEAR:
		if (p->text.len == 0)
			return UI_PROMPT_IGNORED;
		ui_prompt_clear(p);
		return UI_PROMPT_EDITED;
	case UI_PROMPT_OP_WORD:
		return ui_prompt_delete_word(p) == 0 ? UI_PROMPT_EDITED :
		    UI_PROMPT_IGNORED;
	}
	return UI_PROMPT_IGNORED;
}

void
ui_prompt_draw(const struct ui_prompt *p, int y, int x, int w,
    const char *info)
{
	const char *s = p->text.data;
	size_t len = p->text.len, skip = 0;
	int lw, iw = info != NULL ? ui_draw_width(info) : 0, room, used;

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
	/* Long input scrolls left so the end, where typing happens, shows. */
	while (skip < len && wrap_width(s + skip, len - skip) > room)
		skip = wrap_next_grapheme(s, len, skip);
	used = ui_draw_text(y, x + lw, room > 0 ? room : 0, s + skip,
	    len - skip, ROLE_STATUS);
	if (iw > 0)
		ui_draw_str(y, x + w - iw, iw, info, ROLE_STATUS);
	if (x + lw + used < COLS && y < LINES)
		move(y, x + lw + used);
}
