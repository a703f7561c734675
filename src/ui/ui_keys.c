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

struct ui_key ui_keys[] = {
	{ ACT_DOWN, "down", { 'j', KEY_DOWN, CTRL('n') }, { "j", "Down", "Ctrl-N" },
	  UI_KEYS_ALL, "next item; scroll down one line in the detail pane",
	  "mục sau; cuộn xuống một dòng", NULL, { 0 } },
	{ ACT_UP, "up", { 'k', KEY_UP, CTRL('p') }, { "k", "Up", "Ctrl-P" },
	  UI_KEYS_ALL, "previous item; scroll up one line in the detail pane",
	  "mục trước; cuộn lên một dòng", NULL, { 0 } },
	{ ACT_LINE_DOWN, "line-down", { 'e', CTRL('e') }, { "e", "Ctrl-E" }, UI_KEYS_ALL,
	  "scroll the detail pane down one line, from either pane",
	  "cuộn khung chi tiết xuống một dòng", NULL, { 0 } },
	{ ACT_LINE_UP, "line-up", { CTRL('y') }, { "Ctrl-Y" }, UI_KEYS_ALL,
	  "scroll the detail pane up one line, from either pane",
	  "cuộn khung chi tiết lên một dòng", NULL, { 0 } },
	{ ACT_NEXT_ITEM, "next-item", { 'J' }, { "J" }, UI_KEYS_ALL,
	  "next article (next row of the list), staying in the reader",
	  "bài sau, vẫn ở khung đọc", NULL, { 0 } },
	{ ACT_PREV_ITEM, "prev-item", { 'K' }, { "K" }, UI_KEYS_ALL,
	  "previous article (row of the list), staying in the reader",
	  "bài trước, vẫn ở khung đọc", NULL, { 0 } },
	{ ACT_PAGE_DOWN, "page-down", { ' ', KEY_NPAGE, CTRL('f') },
	  { "Space", "PgDn", "Ctrl-F" }, UI_KEYS_ALL,
	  "page down; at the end of an article, the next article",
	  "trang sau; hết bài thì sang bài sau", NULL, { 0 } },
	{ ACT_PAGE_UP, "page-up", { 'b', KEY_PPAGE, CTRL('b') },
	  { "b", "PgUp", "Ctrl-B" }, UI_KEYS_ALL,
	  "page up", "trang trước", NULL, { 0 } },
	{ ACT_HALF_DOWN, "half-down", { 'd', CTRL('d') }, { "d", "Ctrl-D" }, UI_KEYS_ALL,
	  "half a page down", "nửa trang sau", NULL, { 0 } },
	{ ACT_HALF_UP, "half-up", { 'u', CTRL('u') }, { "u", "Ctrl-U" }, UI_KEYS_ALL,
	  "half a page up", "nửa trang trước", NULL, { 0 } },
	{ ACT_FIRST, "first", { 'g', KEY_HOME }, { "g", "Home" }, UI_KEYS_ALL,
	  "first item or top; with a count N, item or line N",
	  "đầu danh sách, đầu bài; có số N: mục hoặc dòng N", NULL, { 0 } },
	{ ACT_LAST, "last", { 'G', KEY_END }, { "G", "End" }, UI_KEYS_ALL,
	  "last item or bottom; with a count N, item or line N",
	  "cuối danh sách, cuối bài; có số N: mục hoặc dòng N", NULL, { 0 } },
	{ ACT_PERCENT, "percent", { '%' }, { "%" }, UI_KEYS_ALL,
	  "with a count N (50%), N percent of the way through the article "
	  "or the list", "có số N (50%): tới N phần trăm của bài hoặc danh "
	  "sách", NULL, { 0 } },
	{ ACT_VIEW_ARTICLES, "view-articles", { '1' }, { "1" }, UI_KEYS_ALL,
	  "Articles view", "xem Bài báo", NULL, { 0 } },
	{ ACT_VIEW_TIMELINE, "view-timeline", { '2' }, { "2" }, UI_KEYS_ALL,
	  "Timeline view", "xem Dòng thời gian", NULL, { 0 } },
	{ ACT_VIEW_TOPICS, "view-topics", { '3' }, { "3" }, UI_KEYS_ALL,
	  "Topics view", "xem Chủ đề", NULL, { 0 } },
	{ ACT_VIEW_BOOKMARKS, "view-bookmarks", { '4' }, { "4" }, UI_KEYS_ALL,
	  "Bookmarks view", "xem Dấu trang", NULL, { 0 } },
	{ ACT_FOCUS_LIST, "focus-list", { 'h', KEY_LEFT }, { "h", "Left" }, UI_KEYS_ALL,
	  "focus the list pane", "chọn khung danh sách", NULL, { 0 } },
	{ ACT_FOCUS_DETAIL, "focus-detail", { 'l', KEY_RIGHT }, { "l", "Right" }, UI_KEYS_ALL,
	  "focus the detail pane", "chọn khung chi tiết", NULL, { 0 } },
	{ ACT_NEXT_LINK, "next-link", { '\t' }, { "Tab" }, UI_KEYS_ALL,
	  "next link in the detail pane (from the list: focus the detail pane)",
	  "liên kết sau", NULL, { 0 } },
	{ ACT_PREV_LINK, "prev-link", { KEY_BTAB }, { "Shift-Tab" }, UI_KEYS_ALL,
	  "previous link in the detail pane", "liên kết trước", NULL, { 0 } },
	{ ACT_OPEN, "open", { '\n', '\r', KEY_ENTER }, { "Enter" }, UI_KEYS_ALL,
	  "open the selected item or follow the selected link",
	  "mở mục, theo liên kết", NULL, { 0 } },
	{ ACT_BACK, "back", { KEY_BACKSPACE, 127, CTRL('h'), CTRL('o') },
	  { "Backspace", "Ctrl-O" }, UI_KEYS_ALL,
	  "back to where you were before the last jump", "quay lại",
	  "Bksp", { 0 } },
	{ ACT_FORWARD, "forward", { 'f' }, { "f" },
	  UI_KEYS_ALL, "forward again after going back", "tiến lại", NULL, { 0 } },
	{ ACT_SEARCH, "search", { '/' }, { "/" }, UI_KEYS_ALL,
	  "search in the focused pane (list: titles; detail: text)",
	  "tìm trong khung đang chọn", NULL, { 0 } },
	{ ACT_NEXT_MATCH, "next-match", { 'n' }, { "n" }, UI_KEYS_ALL,
	  "next match", "kết quả sau", NULL, { 0 } },
	{ ACT_PREV_MATCH, "prev-match", { 'N' }, { "N" }, UI_KEYS_ALL,
	  "previous match", "kết quả trước", NULL, { 0 } },
	{ ACT_CLEAR_HL, "clear-highlight", { UI_KEY_META('u') }, { "Esc-u" }, UI_KEYS_ALL,
	  "hide the search's highlight (n and N bring it back)",
	  "tắt tô sáng kết quả tìm (n, N bật lại)", NULL, { 0 } },
	{ ACT_SEARCH_CORPUS, "search-corpus", { 's' }, { "s" }, UI_KEYS_ALL,
	  "search the whole corpus; Enter opens the article at the match",
	  "tìm trong toàn bộ kho bài", NULL, { 0 } },
	{ ACT_FILTER, "filter", { '&' }, { "&" }, UI_KEYS_ALL,
	  "filter the list as you type (topic:visas from:2023 -covid ...; man "
	  "hoso, QUERIES); an empty query clears it", "lọc danh sách khi gõ "
	  "(topic:visas from:2023 ...; man hoso, QUERIES); câu trống: bỏ lọc",
	  NULL, { 0 } },
	{ ACT_SCOPE, "filter-dossier", { 'F' }, { "F" }, UI_KEYS_ALL,
	  "the article list's filter on the whole dossier too, or not: the "
	  "timeline keeps what those articles attest, the topics count them, "
	  "a search looks in them", "bộ lọc danh sách bài cho cả hồ sơ, hay "
	  "thôi: dòng thời gian, số đếm chủ đề, tìm kiếm chỉ theo các bài ấy",
	  NULL, { 0 } },
	{ ACT_SORT, "sort", { 'o' }, { "o" }, UI_KEYS_ALL,
	  "the next order of the article list: date, title, source, "
	  "mentions of the topic selected in Topics", "thứ tự sau của danh "
	  "sách bài: ngày, tiêu đề, nguồn, số lần nhắc chủ đề", NULL, { 0 } },
	{ ACT_COPY, "copy", { 'y' }, { "y" }, UI_KEYS_ALL,
	  "copy the passage (the hit's or link's sentence, else the paragraph "
	  "at the top; a milestone's quote) with its citation",
	  "chép đoạn đang đọc kèm trích dẫn", NULL, { 0 } },
	{ ACT_COPY_MD, "copy-markdown", { 'Y' }, { "Y" }, UI_KEYS_ALL,
	  "copy the passage with its citation as Markdown",
	  "chép đoạn kèm trích dẫn, dạng Markdown", NULL, { 0 } },
	{ ACT_PIPE, "pipe", { '|' }, { "|" }, UI_KEYS_ALL,
	  "pipe the article's text (or the milestone's quotes) to a command "
	  "typed in a prompt, as less does", "chuyển nội dung bài cho một "
	  "lệnh", NULL, { 0 } },
	{ ACT_BOOKMARK, "bookmark", { 'm' }, { "m" }, UI_KEYS_ALL,
	  "bookmark the passage (as y copies it; from the list, the "
	  "article's first paragraph), with a note asked for",
	  "đánh dấu đoạn đang đọc, kèm ghi chú", NULL, { 0 } },
	{ ACT_BOOKMARK_DELETE, "bookmark-delete", { 'D' }, { "D" },
	  UI_KEYS_ALL, "in the Bookmarks view: delete the selected bookmark "
	  "(D again to confirm)", "xoá dấu trang đang chọn (nhấn D lần nữa "
	  "để xác nhận)", NULL, { 0 } },
	{ ACT_TOGGLE_READ, "toggle-read", { 'U' }, { "U" }, UI_KEYS_ALL,
	  "mark the selected article unread again, or read (the Articles "
	  "list flags the unread ones N)", "đánh dấu bài đang chọn là chưa "
	  "đọc, hoặc đã đọc (danh sách đánh chữ N cho bài chưa đọc)", NULL,
	  { 0 } },
	{ ACT_NEXT_PARA, "next-para", { '}' }, { "}" }, UI_KEYS_ALL,
	  "next paragraph in the reader", "đoạn sau", NULL, { 0 } },
	{ ACT_PREV_PARA, "prev-para", { '{' }, { "{" }, UI_KEYS_ALL,
	  "previous paragraph in the reader", "đoạn trước", NULL, { 0 } },
	{ ACT_NEXT_YEAR, "next-year", { ']' }, { "]" }, UI_KEYS_TIMELINE,
	  "next year with a milestone (timeline)", "năm sau (dòng thời gian)",
	  NULL, { 0 } },
	{ ACT_PREV_YEAR, "prev-year", { '[' }, { "[" }, UI_KEYS_TIMELINE,
	  "previous year with a milestone (timeline)",
	  "năm trước (dòng thời gian)", NULL, { 0 } },
	/* The axis's legend is in these two, for screens too short for
	 * its own line. */
	{ ACT_ZOOM_IN, "zoom-in", { '+', '=' }, { "+", "=" }, UI_KEYS_TIMELINE,
	  "zoom the axis in, down to every year, keeping the selected "
	  "milestone in view",
	  "phóng to trục thời gian, tới từng năm, giữ mốc đang chọn trong "
	  "tầm nhìn", NULL, { 0 } },
	{ ACT_ZOOM_OUT, "zoom-out", { '-' }, { "-" }, UI_KEYS_TIMELINE,
	  "zoom the axis out; on it a filled dot is an event, a hollow dot "
	  "a target, the diamond the selected milestone, a digit that many "
	  "milestones in one place, a thick line a span",
	  "thu nhỏ trục thời gian; trên trục chấm đặc là sự kiện, chấm rỗng "
	  "là mục tiêu, hình thoi là mốc đang chọn, chữ số là số mốc trùng "
	  "chỗ, vạch đậm là một khoảng thời gian", NULL, { 0 } },
	{ ACT_HELP, "help", { '?', KEY_F(1) }, { "?", "F1" }, UI_KEYS_ALL,
	  "help: this list of keys", "trợ giúp: bảng phím", NULL, { 0 } },
	{ ACT_REDRAW, "redraw", { CTRL('l') }, { "Ctrl-L" }, UI_KEYS_ALL,
	  "redraw the screen", "vẽ lại màn hình", NULL, { 0 } },
	{ ACT_CLOSE, "close", { 'q', UI_KEY_ESC }, { "q", "Esc" }, UI_KEYS_ALL,
	  "step back one level: close the help or the prompt, leave the "
	  "results, from the detail pane return to the list; from a list, "
	  "quit", "lùi một bậc: đóng trợ giúp, rời kết quả, từ khung chi tiết "
	  "về danh sách; ở danh sách thì thoát", NULL, { 0 } },
	{ ACT_QUIT, "quit", { 'Q' }, { "Q" }, UI_KEYS_ALL,
	  "quit from anywhere (the reading position is saved)",
	  "thoát ngay (vị trí đọc được lưu)", NULL, { 0 } },
	{ ACT_ZOOM, "zoom", { 'z' }, { "z" }, UI_KEYS_ALL,
	  "zoom the detail pane to the full width; again, q or Esc: back",
	  "phóng khung chi tiết ra cả màn hình; bấm lại, q hay Esc: trở về",
	  NULL, { 0 } },
	{ ACT_LIST_NARROWER, "list-narrower", { '<' }, { "<" }, UI_KEYS_ALL,
	  "narrow the list pane; its dots: an article's topics, in their "
	  "colours",
	  "thu hẹp khung danh sách; mỗi chấm: một chủ đề của bài, màu của "
	  "chủ đề", NULL, { 0 } },
	{ ACT_LIST_WIDER, "list-wider", { '>' }, { ">" }, UI_KEYS_ALL,
	  "widen the list pane (a wide one shows an article a line)",
	  "nới rộng khung danh sách (đủ rộng: mỗi bài một dòng)", NULL, { 0 } },
	{ ACT_MOUSE, "mouse", { 'M' }, { "M" }, UI_KEYS_ALL,
	  "mouse capture on or off; while it is on, Shift-drag selects text",
	  "bật hoặc tắt chuột; khi bật, giữ Shift mà kéo để chọn chữ", NULL, { 0 } },
	{ ACT_TOPIC_COLOUR, "topic-colour", { 'c' }, { "c" }, UI_KEYS_ALL,
	  "topic colours: every mention in its colour (the Topics view's colour bars), "
	  "or calm: only the topic you came from or at the cursor",
	  "màu chủ đề: mọi lần nhắc theo màu chủ đề (thanh màu trong xem Chủ đề), "
	  "hoặc nhẹ: chỉ chủ đề vừa đến từ đó hay dưới con trỏ", NULL, { 0 } },
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
	const char *n = ui_keys_of(a)->names[0];

	return n != NULL ? n : "—";
}

const char *
ui_keys_brief(enum ui_action a)
{
	const struct ui_key *k = ui_keys_of(a);

	return k->brief != NULL ? k->brief : ui_keys_name(a);
}

enum ui_action
ui_keys_lookup(int key, int scope)
{
	for (size_t i = 0; i < ui_nkeys; i++) {
		if (ui_keys[i].scope != UI_KEYS_ALL && ui_keys[i].scope != scope)
			continue;
		for (int k = 0; k < UI_KEYS_MAX && ui_keys[i].keys[k] != 0; k++)
			if (ui_keys[i].keys[k] == key && ui_keys[i].prefix[k] == 0)
				return ui_keys[i].action;
	}
	return ACT_NONE;
}

int
ui_keys_code(int rc, wint_t wc)
{
	if (rc == KEY_CODE_YES)
		return (int)wc;
	if (rc == OK && wc < 0x80)
		return (int)wc;
	if (rc == OK && wc <= 0x10FFFF)
		return UI_KEY_CHAR((int)wc);
	return -1;
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
