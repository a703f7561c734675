/*
 * ui_keys: the default key table (see include/ui/ui_keys.h).  Add a key here
 * and the dispatcher, the help overlay and the man-page test all see it.
 */
#include "ui_keys.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <wctype.h>

#include "utf8.h"
#include "util.h"

#define CTRL(c) ((c) & 0x1f)

const struct ui_key ui_keys[] = {
	{ ACT_DOWN, { 'j', KEY_DOWN, CTRL('n') }, { "j", "Down", "Ctrl-N" },
	  UI_KEYS_ALL, "next item; scroll down one line in the detail pane",
	  "mục sau; cuộn xuống một dòng", NULL },
	{ ACT_UP, { 'k', KEY_UP, CTRL('p') }, { "k", "Up", "Ctrl-P" },
	  UI_KEYS_ALL, "previous item; scroll up one line in the detail pane",
	  "mục trước; cuộn lên một dòng", NULL },
	{ ACT_LINE_DOWN, { 'e', CTRL('e') }, { "e", "Ctrl-E" }, UI_KEYS_ALL,
	  "scroll the detail pane down one line, from either pane",
	  "cuộn khung chi tiết xuống một dòng", NULL },
	{ ACT_LINE_UP, { 'y', CTRL('y') }, { "y", "Ctrl-Y" }, UI_KEYS_ALL,
	  "scroll the detail pane up one line, from either pane",
	  "cuộn khung chi tiết lên một dòng", NULL },
	{ ACT_NEXT_ITEM, { 'J' }, { "J" }, UI_KEYS_ALL,
	  "next article (next row of the list), staying in the reader",
	  "bài sau, vẫn ở khung đọc", NULL },
	{ ACT_PREV_ITEM, { 'K' }, { "K" }, UI_KEYS_ALL,
	  "previous article (row of the list), staying in the reader",
	  "bài trước, vẫn ở khung đọc", NULL },
	{ ACT_PAGE_DOWN, { ' ', KEY_NPAGE, CTRL('f') },
	  { "Space", "PgDn", "Ctrl-F" }, UI_KEYS_ALL,
	  "page down; at the end of an article, the next article",
	  "trang sau; hết bài thì sang bài sau", NULL },
	{ ACT_PAGE_UP, { 'b', KEY_PPAGE, CTRL('b') },
	  { "b", "PgUp", "Ctrl-B" }, UI_KEYS_ALL,
	  "page up", "trang trước", NULL },
	{ ACT_HALF_DOWN, { 'd', CTRL('d') }, { "d", "Ctrl-D" }, UI_KEYS_ALL,
	  "half a page down", "nửa trang sau", NULL },
	{ ACT_HALF_UP, { 'u', CTRL('u') }, { "u", "Ctrl-U" }, UI_KEYS_ALL,
	  "half a page up", "nửa trang trước", NULL },
	{ ACT_FIRST, { 'g', KEY_HOME }, { "g", "Home" }, UI_KEYS_ALL,
	  "first item or top; with a count N, item or line N",
	  "đầu danh sách, đầu bài; có số N: mục hoặc dòng N", NULL },
	{ ACT_LAST, { 'G', KEY_END }, { "G", "End" }, UI_KEYS_ALL,
	  "last item or bottom; with a count N, item or line N",
	  "cuối danh sách, cuối bài; có số N: mục hoặc dòng N", NULL },
	{ ACT_PERCENT, { '%' }, { "%" }, UI_KEYS_ALL,
	  "with a count N (50%), N percent of the way through the article "
	  "or the list", "có số N (50%): tới N phần trăm của bài hoặc danh "
	  "sách", NULL },
	{ ACT_VIEW_ARTICLES, { '1' }, { "1" }, UI_KEYS_ALL,
	  "Articles view", "xem Bài báo", NULL },
	{ ACT_VIEW_TIMELINE, { '2' }, { "2" }, UI_KEYS_ALL,
	  "Timeline view", "xem Dòng thời gian", NULL },
	{ ACT_VIEW_TOPICS, { '3' }, { "3" }, UI_KEYS_ALL,
	  "Topics view", "xem Chủ đề", NULL },
	{ ACT_FOCUS_LIST, { 'h', KEY_LEFT }, { "h", "Left" }, UI_KEYS_ALL,
	  "focus the list pane", "chọn khung danh sách", NULL },
	{ ACT_FOCUS_DETAIL, { 'l', KEY_RIGHT }, { "l", "Right" }, UI_KEYS_ALL,
	  "focus the detail pane", "chọn khung chi tiết", NULL },
	{ ACT_NEXT_LINK, { '\t' }, { "Tab" }, UI_KEYS_ALL,
	  "next link in the detail pane (from the list: focus the detail pane)",
	  "liên kết sau", NULL },
	{ ACT_PREV_LINK, { KEY_BTAB }, { "Shift-Tab" }, UI_KEYS_ALL,
	  "previous link in the detail pane", "liên kết trước", NULL },
	{ ACT_OPEN, { '\n', '\r', KEY_ENTER }, { "Enter" }, UI_KEYS_ALL,
	  "open the selected item or follow the selected link",
	  "mở mục, theo liên kết", NULL },
	{ ACT_BACK, { KEY_BACKSPACE, 127, CTRL('h'), CTRL('o') },
	  { "Backspace", "Ctrl-O" }, UI_KEYS_ALL,
	  "back to where you were before the last jump", "quay lại",
	  "Bksp" },
	{ ACT_FORWARD, { 'f', 'F' }, { "f", "F", NULL },
	  UI_KEYS_ALL, "forward again after going back", "tiến lại", NULL },
	{ ACT_SEARCH, { '/' }, { "/" }, UI_KEYS_ALL,
	  "search in the focused pane (list: titles; detail: text)",
	  "tìm trong khung đang chọn", NULL },
	{ ACT_NEXT_MATCH, { 'n' }, { "n" }, UI_KEYS_ALL,
	  "next match", "kết quả sau", NULL },
	{ ACT_PREV_MATCH, { 'N' }, { "N" }, UI_KEYS_ALL,
	  "previous match", "kết quả trước", NULL },
	{ ACT_CLEAR_HL, { UI_KEY_META('u') }, { "Esc-u" }, UI_KEYS_ALL,
	  "hide the search's highlight (n and N bring it back)",
	  "tắt tô sáng kết quả tìm (n, N bật lại)", NULL },
	{ ACT_SEARCH_CORPUS, { 's' }, { "s" }, UI_KEYS_ALL,
	  "search the whole corpus; Enter opens the article at the match",
	  "tìm trong toàn bộ kho bài", NULL },
	{ ACT_FILTER, { '&' }, { "&" }, UI_KEYS_ALL,
	  "filter the list as you type (see QUERIES); & and Enter on an "
	  "empty query clears it", "lọc danh sách (xem QUERIES); & rồi Enter "
	  "với câu trống: bỏ lọc", NULL },
	{ ACT_NEXT_PARA, { '}' }, { "}" }, UI_KEYS_ALL,
	  "next paragraph in the reader", "đoạn sau", NULL },
	{ ACT_PREV_PARA, { '{' }, { "{" }, UI_KEYS_ALL,
	  "previous paragraph in the reader", "đoạn trước", NULL },
	{ ACT_NEXT_YEAR, { ']' }, { "]" }, UI_KEYS_TIMELINE,
	  "next year with a milestone (timeline)", "năm sau (dòng thời gian)",
	  NULL },
	{ ACT_PREV_YEAR, { '[' }, { "[" }, UI_KEYS_TIMELINE,
	  "previous year with a milestone (timeline)",
	  "năm trước (dòng thời gian)", NULL },
	/* The axis's legend is in these two, for screens too short for
	 * its own line. */
	{ ACT_ZOOM_IN, { '+', '=' }, { "+", "=" }, UI_KEYS_TIMELINE,
	  "zoom the axis in, down to every year, keeping the selected "
	  "milestone in view",
	  "phóng to trục thời gian, tới từng năm, giữ mốc đang chọn trong "
	  "tầm nhìn", NULL },
	{ ACT_ZOOM_OUT, { '-' }, { "-" }, UI_KEYS_TIMELINE,
	  "zoom the axis out; on it a filled dot is an event, a hollow dot "
	  "a target, the diamond the selected milestone, a digit that many "
	  "milestones in one place, a thick line a span",
	  "thu nhỏ trục thời gian; trên trục chấm đặc là sự kiện, chấm rỗng "
	  "là mục tiêu, hình thoi là mốc đang chọn, chữ số là số mốc trùng "
	  "chỗ, vạch đậm là một khoảng thời gian", NULL },
	{ ACT_HELP, { '?', KEY_F(1) }, { "?", "F1" }, UI_KEYS_ALL,
	  "help: this list of keys", "trợ giúp: bảng phím", NULL },
	{ ACT_REDRAW, { CTRL('l') }, { "Ctrl-L" }, UI_KEYS_ALL,
	  "redraw the screen", "vẽ lại màn hình", NULL },
	{ ACT_CLOSE, { 'q', UI_KEY_ESC }, { "q", "Esc" }, UI_KEYS_ALL,
	  "step back one level: close the help or the prompt, leave the "
	  "results, from the detail pane return to the list; from a list, "
	  "quit", "lùi một bậc: đóng trợ giúp, rời kết quả, từ khung chi tiết "
	  "về danh sách; ở danh sách thì thoát", NULL },
	{ ACT_QUIT, { 'Q' }, { "Q" }, UI_KEYS_ALL,
	  "quit from anywhere (the reading position is saved)",
	  "thoát ngay (vị trí đọc được lưu)", NULL },
	{ ACT_ZOOM, { 'z' }, { "z" }, UI_KEYS_ALL,
	  "zoom the detail pane to the full width; again, q or Esc: back",
	  "phóng khung chi tiết ra cả màn hình; bấm lại, q hay Esc: trở về",
	  NULL },
	{ ACT_LIST_NARROWER, { '<' }, { "<" }, UI_KEYS_ALL,
	  "narrow the list pane; its dots: an article's topics, in their "
	  "colours",
	  "thu hẹp khung danh sách; mỗi chấm: một chủ đề của bài, màu của "
	  "chủ đề", NULL },
	{ ACT_LIST_WIDER, { '>' }, { ">" }, UI_KEYS_ALL,
	  "widen the list pane (a wide one shows an article a line)",
	  "nới rộng khung danh sách (đủ rộng: mỗi bài một dòng)", NULL },
	{ ACT_MOUSE, { 'M' }, { "M" }, UI_KEYS_ALL,
	  "mouse capture on or off; while it is on, Shift-drag selects text",
	  "bật hoặc tắt chuột; khi bật, giữ Shift mà kéo để chọn chữ", NULL },
	{ ACT_TOPIC_COLOUR, { 'c' }, { "c" }, UI_KEYS_ALL,
	  "topic colours: every mention in its colour (the Topics view's colour bars), "
	  "or calm: only the topic you came from or at the cursor",
	  "màu chủ đề: mọi lần nhắc theo màu chủ đề (thanh màu trong xem Chủ đề), "
	  "hoặc nhẹ: chỉ chủ đề vừa đến từ đó hay dưới con trỏ", NULL },
};

const size_t ui_nkeys = sizeof ui_keys / sizeof ui_keys[0];

const char ui_keys_esc[] = "Esc";

const struct ui_key *
ui_keys_of(enum ui_action a)
{
	for (size_t i = 0; i < ui_nkeys; i++)
		if (ui_keys[i].action == a)
			return &ui_keys[i];
	util_fatal("no key is bound to action %d", (int)a);
}

const char *
ui_keys_name(enum ui_action a)
{
	return ui_keys_of(a)->names[0];
}

const char *
ui_keys_brief(enum ui_action a)
{
	const struct ui_key *k = ui_keys_of(a);

	return k->brief != NULL ? k->brief : k->names[0];
}

enum ui_action
ui_keys_lookup(int key, int scope)
{
	for (size_t i = 0; i < ui_nkeys; i++) {
		if (ui_keys[i].scope != UI_KEYS_ALL && ui_keys[i].scope != scope)
			continue;
		for (int k = 0; k < UI_KEYS_MAX && ui_keys[i].keys[k] != 0; k++)
			if (ui_keys[i].keys[k] == key)
				return ui_keys[i].action;
	}
	return ACT_NONE;
}

void
ui_keys_describe(int rc, wint_t wc, char *buf, size_t n)
{
	const char *k;

	if (rc == OK && wc < 0x20) {
		snprintf(buf, n, wc == 27 ? "Esc" : "Ctrl-%c", (int)wc + '@');
		return;
	}
	if (rc == OK) {
		char u[UTF8_MAX];
		size_t len = iswprint(wc) ? utf8_encode((uint32_t)wc, u) : 0;

		if (len == 0)
			snprintf(buf, n, "U+%04X", (unsigned)wc);
		else
			snprintf(buf, n, "%.*s", (int)len, u);
		return;
	}
	/* curses names function keys KEY_F(5), KEY_IC, ...: say F5, IC. */
	k = keyname((int)wc);
	if (k == NULL)
		k = "?";
	if (strncmp(k, "KEY_", 4) == 0)
		k += 4;
	if (k[0] == 'F' && k[1] == '(')
		snprintf(buf, n, "F%.*s", (int)strcspn(k + 2, ")"), k + 2);
	else
		snprintf(buf, n, "%s", strcmp(k, "IC") == 0 ? "Insert" :
		    strcmp(k, "DC") == 0 ? "Delete" : k);
}
