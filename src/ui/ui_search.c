/*
 * ui_search: the search prompts.  `/` searches the focused pane as the
 * user types (list: the rows' titles; detail: the doc's text; the help
 * overlay when it is open), and going back to where it was when the
 * prompt is cancelled; n and N step through the matches, saying which
 * one of how many.  `s` runs a corpus search into the view that takes
 * them (the results), which is a jump: back returns to where it was run.
 * Each kind of prompt has its history (the state file's).
 */
#include "ui_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "ui_help.h"
#include "ui_keys.h"
#include "util.h"

#define NOT_FOUND L("Không tìm thấy: “%s”", "Not found: “%s”")
#define NO_SEARCH L("Chưa tìm gì — nhấn %s", "No search yet — press %s")
#define ONLY_MATCH L("“%s” — kết quả duy nhất", "“%s” — the only match")

/* What a person types is also read as Telex, VNI and VIQR, except the
 * words the corpus holds as written. */
void
ui_search_set(const struct ui *u, struct search *s, int *have,
    const char *q)
{
	if (*have)
		search_free(s);
	*have = q != NULL && q[0] != '\0' &&
	    search_init_typed(s, q, dossier_word, u->ds) == 0;
}

static int
row_matches(struct ui *u, size_t row)
{
	struct ui_vstate *vs = ui_cur(u);
	const char *t;

	row = ui_vraw(vs, row);
	t = vs->vw->title(&vs->ctx, row);
	struct search_range *r = NULL;
	size_t n = 0, cap = 0;

	search_text(&u->lsearch, t, strlen(t), &r, &n, &cap);
	if (n == 0 && vs->vw->alt_title != NULL) {
		t = vs->vw->alt_title(&vs->ctx, row);
		search_text(&u->lsearch, t, strlen(t), &r, &n, &cap);
	}
	free(r);
	return n > 0;
}

long
ui_search_list_find(struct ui *u, size_t from, int dir, int self,
    int *wrapped)
{
	size_t n = ui_cur(u)->list.n;

	*wrapped = 0;
	if (!u->lhave || n == 0)
		return -1;
	for (size_t k = self ? 0 : 1; k <= n; k++) {
		size_t i = dir > 0 ? (from + k) % n : (from + n - k % n) % n;

		if (dir > 0 ? from + k >= n : k > from)
			*wrapped = 1;
		if (row_matches(u, i))
			return (long)i;
	}
	return -1;
}

/* How many rows match the list search, and the ordinal (1-based) of row
 * sel among them (0 when it does not match). */
static size_t
list_count(struct ui *u, size_t sel, size_t *ord)
{
	size_t n = ui_cur(u)->list.n, count = 0;

	*ord = 0;
	for (size_t i = 0; u->lhave && i < n; i++) {
		if (!row_matches(u, i))
			continue;
		count++;
		if (i == sel)
			*ord = count;
	}
	return count;
}

static void
find_apply(struct ui *u, const char *q)
{
	struct ui_list *l = &ui_cur(u)->list;
	struct ui_pager *p = &ui_cur(u)->pager;
	int wrapped, h = ui_reader_text_h(u);

	if (u->prompt.kind == PROMPT_HELP) {
		h = ui_help_text_h();
		ui_search_set(u, &u->hsearch, &u->hhave, q);
		ui_pager_find(&u->helpp, u->hhave ? &u->hsearch : NULL);
		ui_pager_set_top(&u->helpp, u->orig_top, h);
		if (ui_pager_hit_first(&u->helpp, u->orig_top, h) != 0)
			ui_pager_set_top(&u->helpp, u->orig_top, h);
		return;
	}
	if (u->prompt.kind == PROMPT_FIND_LIST) {
		long r;

		ui_search_set(u, &u->lsearch, &u->lhave, q);
		r = ui_search_list_find(u, u->orig_sel, 1, 1, &wrapped);
		if (r >= 0) {
			ui_list_select(l, (size_t)r, ui_reader_list_vis(u));
		} else {
			l->sel = u->orig_sel;
			l->top = u->orig_ltop;
			ui_list_fix(l, ui_reader_list_vis(u));
		}
		return;
	}
	ui_search_set(u, &u->dsearch, &u->dhave, q);
	u->dgen++;
	ui_reader_refind(u, p);
	ui_pager_set_top(p, u->orig_top, h);
	if (ui_pager_hit_first(p, u->orig_top, h) != 0)
		ui_pager_set_top(p, u->orig_top, h);
}

void
ui_search_edited(struct ui *u)
{
	struct search s;

	if (u->prompt.kind == PROMPT_FILTER) {
		ui_filter_edited(u);
		return;
	}
	if (u->prompt.kind == PROMPT_PIPE || u->prompt.kind == PROMPT_BOOKMARK)
		return;
	if (u->prompt.kind != PROMPT_CORPUS) {
		find_apply(u, u->prompt.text.data);
		return;
	}
	/* The corpus search runs on Enter; its reading shows as typed. */
	free(u->reading);
	u->reading = NULL;
	if (search_init_typed(&s, u->prompt.text.data, dossier_word,
	    u->ds) == 0) {
		if (s.reading != NULL)
			u->reading = util_strdup(s.reading);
		search_free(&s);
	}
}

void
ui_search_open_find(struct ui *u)
{
	int detail = u->focus == UI_FOCUS_DETAIL;
	const struct search *cur = detail ? &u->dsearch : &u->lsearch;
	struct ui_vstate *vs = ui_cur(u);

	free(u->saved_query);
	u->saved_query = (detail ? u->dhave : u->lhave) ?
	    util_strdup(cur->query) : NULL;
	u->orig_sel = vs->list.sel;
	u->orig_ltop = vs->list.top;
	u->orig_top = vs->pager.top;
	ui_prompt_open(&u->prompt, detail ? PROMPT_FIND_DETAIL :
	    PROMPT_FIND_LIST, ui_keys_name(ACT_SEARCH), "", &u->st.hist[detail ?
	    STATE_HIST_FIND_TEXT : STATE_HIST_FIND_LIST]);
}

/* The view that takes corpus searches, or -1. */
static int
search_view(const struct ui *u)
{
	for (int v = 0; v < UI_NVIEWS; v++)
		if (u->vs[v].vw->search != NULL)
			return v;
	return -1;
}

/* The prompt starts empty (typing replaces nothing there is to see);
 * the last query is one Up away in its history. */
void
ui_search_open_corpus(struct ui *u)
{
	if (search_view(u) < 0)
		return;
	free(u->reading);
	u->reading = NULL;
	ui_prompt_open(&u->prompt, PROMPT_CORPUS, L("Tìm trong kho: ",
	    "Search all: "), "", &u->st.hist[STATE_HIST_CORPUS]);
}

static void
run_corpus_search(struct ui *u, const char *q)
{
	int v = search_view(u);
	struct ui_vstate *vs;
	struct link from;
	long n;

	if (v < 0)
		return;
	vs = &u->vs[v];
	from = ui_reader_here(u);
	n = vs->vw->search(&vs->ctx, q);
	if (n < 0) {
		ui_msgs_say(&u->msgs, 1, L("Hãy gõ điều cần tìm",
		    "Type something to search for"));
		return;
	}
	if (n == 0) {
		/* The results from before are still there to go back to. */
		ui_msgs_say(&u->msgs, 1, NOT_FOUND, q);
		return;
	}
	/* Running a search is a jump: Backspace from the results returns
	 * here.  A new search from the results replaces them in place. */
	if (u->view != v) {
		vs->from = from;
		vs->have_from = 1;
		link_history_push(&u->hist, from);
	}
	ui_reader_leave_doc(u, &vs->pager);
	ui_pager_stash(&vs->pager, &u->dcache);
	vs->list.sel = vs->list.top = 0;
	u->focus = UI_FOCUS_LIST;
	/* The hits of the article a row opens are the text search's, so
	 * n and N walk them there. */
	ui_search_set(u, &u->dsearch, &u->dhave, q);
	u->dsearch.word_start = 1;
	u->dgen++;
	ui_reader_switch(u, v);
	ui_msgs_say(&u->msgs, 0, L("%ld%s bài có “%s” — %s mở bài",
	    "%ld%s articles with “%s” — %s opens the article"), n, vs->vw->more != NULL &&
	    vs->vw->more(&vs->ctx) ? "+" : "", q, ui_keys_name(ACT_OPEN));
}

/* "2/5 “q” — n/N" after Enter. */
static void
say_count(struct ui *u, size_t ord, size_t n, const char *q)
{
	ui_msgs_say(&u->msgs, 0, "%zu/%zu “%s” — %s/%s", ord, n, q,
	    ui_keys_name(ACT_NEXT_MATCH), ui_keys_name(ACT_PREV_MATCH));
}

static void
help_done(struct ui *u, enum ui_prompt_result r, const char *q)
{
	size_t ord, n;

	if (r == UI_PROMPT_CANCEL) {
		u->prompt.kind = PROMPT_HELP;
		find_apply(u, u->saved_query);
		ui_pager_set_top(&u->helpp, u->orig_top, ui_help_text_h());
		return;
	}
	if (q[0] == '\0')
		return;
	n = ui_pager_hit_count(&u->helpp, &ord);
	if (n > 0)
		say_count(u, ord, n, q);
	else
		ui_msgs_say(&u->msgs, 1, NOT_FOUND, q);
}

void
ui_search_done(struct ui *u, enum ui_prompt_result r)
{
	char *q = util_strdup(u->prompt.text.data);
	int kind = u->prompt.kind;
	struct ui_vstate *vs = ui_cur(u);

	if (kind == PROMPT_BOOKMARK) {
		free(q);
		ui_bookmark_done(u, r);
		return;
	}
	if (kind == PROMPT_FILTER || kind == PROMPT_PIPE) {
		free(q);
		(kind == PROMPT_FILTER ? ui_filter_done : ui_pipe_done)(u, r);
		return;
	}
	ui_prompt_close(&u->prompt);
	if (kind == PROMPT_CORPUS) {
		if (r == UI_PROMPT_ENTER)
			run_corpus_search(u, q);
		free(q);
		return;
	}
	if (kind == PROMPT_HELP) {
		help_done(u, r, q);
		free(q);
		return;
	}
	if (r == UI_PROMPT_CANCEL) {
		/* Back to the search and the place from before the prompt. */
		u->prompt.kind = kind;
		find_apply(u, u->saved_query);
		if (kind == PROMPT_FIND_LIST) {
			vs->list.sel = u->orig_sel;
			vs->list.top = u->orig_ltop;
			ui_list_fix(&vs->list, ui_reader_list_vis(u));
		} else {
			ui_pager_set_top(&vs->pager, u->orig_top,
			    ui_reader_text_h(u));
		}
	} else if (q[0] != '\0') {
		size_t ord, n;
		int found;

		if (kind == PROMPT_FIND_LIST)
			n = list_count(u, vs->list.sel, &ord);
		else
			n = ui_pager_hit_count(&vs->pager, &ord);
		found = n > 0;
		if (found)
			say_count(u, ord, n, q);
		if (!found)
			ui_msgs_say(&u->msgs, 1, NOT_FOUND, q);
	}
	free(q);
}

/* n or N in a pager: the next hit, said as "2/5" ("the only match" when
 * there is one, wherever the step started). */
static void
pager_step(struct ui *u, struct ui_pager *p, int dir, int h, const char *q)
{
	const char *const wrap[2] = {
		L(" — tiếp từ cuối", " — wrapped to the bottom"),
		L(" — tiếp từ đầu", " — wrapped to the top") };
	size_t ord, n;

	if (ui_pager_hit_step(p, dir, h) != 0) {
		ui_msgs_say(&u->msgs, 1, NOT_FOUND, q);
		return;
	}
	n = ui_pager_hit_count(p, &ord);
	if (n == 1)
		ui_msgs_say(&u->msgs, 0, ONLY_MATCH, q);
	else
		ui_msgs_say(&u->msgs, 0, "%zu/%zu “%s”%s", ord, n, q,
		    p->wrapped ? wrap[dir > 0] : "");
}

void
ui_search_next(struct ui *u, int dir)
{
	const char *const wrap[2] = {
		L(" — tiếp từ cuối", " — wrapped to the bottom"),
		L(" — tiếp từ đầu", " — wrapped to the top") };
	struct ui_vstate *vs = ui_cur(u);
	const char *key = ui_keys_name(ACT_SEARCH);
	int wrapped = 0;

	if (u->focus == UI_FOCUS_LIST) {
		size_t ord, n;
		long r;

		if (!u->lhave) {
			ui_msgs_say(&u->msgs, 1, NO_SEARCH, key);
			return;
		}
		r = ui_search_list_find(u, vs->list.sel, dir, 0, &wrapped);
		if (r < 0) {
			ui_msgs_say(&u->msgs, 1, NOT_FOUND, u->lsearch.query);
			return;
		}
		/* Coming back to the row it left is no step at all. */
		if ((size_t)r == vs->list.sel) {
			ui_msgs_say(&u->msgs, 0, ONLY_MATCH, u->lsearch.query);
			return;
		}
		ui_list_select(&vs->list, (size_t)r, ui_reader_list_vis(u));
		n = list_count(u, (size_t)r, &ord);
		ui_msgs_say(&u->msgs, 0, "%zu/%zu “%s”%s", ord, n,
		    u->lsearch.query, wrapped ? wrap[dir > 0] : "");
	} else {
		if (!u->dhave) {
			ui_msgs_say(&u->msgs, 1, NO_SEARCH, key);
			return;
		}
		pager_step(u, &vs->pager, dir, ui_reader_text_h(u),
		    u->dsearch.query);
	}
}

int
ui_search_help_key(struct ui *u, int code)
{
	enum ui_action a = ui_keys_lookup(code, UI_KEYS_ALL);

	if (a == ACT_SEARCH) {
		free(u->saved_query);
		u->saved_query = u->hhave ? util_strdup(u->hsearch.query) :
		    NULL;
		u->orig_top = u->helpp.top;
		ui_prompt_open(&u->prompt, PROMPT_HELP, ui_keys_name(ACT_SEARCH),
		    "", NULL);
		return 0;
	}
	if (a != ACT_NEXT_MATCH && a != ACT_PREV_MATCH)
		return ui_help_key(&u->helpp, code);
	if (!u->hhave)
		ui_msgs_say(&u->msgs, 1, NO_SEARCH, ui_keys_name(ACT_SEARCH));
	else
		pager_step(u, &u->helpp, a == ACT_NEXT_MATCH ? 1 : -1,
		    ui_help_text_h(), u->hsearch.query);
	return 0;
}

void
ui_search_info(struct ui *u, char *buf, size_t n)
{
	const char *none = L("không thấy", "no match");
	struct ui_vstate *vs = ui_cur(u);

	const char *reading = NULL;
	size_t k;

	buf[0] = '\0';
	if (u->prompt.kind == PROMPT_FILTER) {
		ui_filter_info(u, buf, n);
		return;
	}
	if (u->prompt.kind == PROMPT_CORPUS)
		reading = u->reading;
	else if (u->prompt.kind == PROMPT_FIND_DETAIL && u->dhave)
		reading = u->dsearch.reading;
	else if (u->prompt.kind == PROMPT_FIND_LIST && u->lhave)
		reading = u->lsearch.reading;
	else if (u->prompt.kind == PROMPT_HELP && u->hhave)
		reading = u->hsearch.reading;
	/* The reading first: it says what is being looked for. */
	if (reading != NULL)
		snprintf(buf, n, "→ %s  ", reading);
	k = strlen(buf);
	if (u->prompt.kind == PROMPT_FIND_DETAIL && u->dhave) {
		size_t ord, nh = ui_pager_hit_count(&vs->pager, &ord);

		if (nh > 0)
			snprintf(buf + k, n - k, "%zu/%zu", ord, nh);
		else
			snprintf(buf + k, n - k, "%s", none);
	} else if (u->prompt.kind == PROMPT_FIND_LIST && u->lhave) {
		size_t ord, nr = list_count(u, vs->list.sel, &ord);

		if (nr > 0)
			snprintf(buf + k, n - k, "%zu/%zu", ord, nr);
		else
			snprintf(buf + k, n - k, "%s", none);
	} else if (u->prompt.kind == PROMPT_HELP && u->hhave) {
		size_t ord, nh = ui_pager_hit_count(&u->helpp, &ord);

		if (nh > 0)
			snprintf(buf + k, n - k, "%zu/%zu", ord, nh);
		else
			snprintf(buf + k, n - k, "%s", none);
	}
	/* No count after a reading: drop the trailing spaces. */
	k = strlen(buf);
	while (k > 0 && buf[k - 1] == ' ')
		buf[--k] = '\0';
}
