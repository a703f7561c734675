/*
 * ui_search: the search prompts.  `/` searches the focused pane as the
 * user types (list: the rows' titles; detail: the doc's text), and going
 * back to where it was when the prompt is cancelled; n and N step through
 * the matches.  `s` runs a corpus search into the view that takes them
 * (the results), which is a jump: back returns to where it was run.
 */
#include "ui_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "ui_keys.h"
#include "util.h"

#define NOT_FOUND L("Không tìm thấy: “%s”", "Not found: “%s”")
#define NO_SEARCH L("Chưa tìm gì — nhấn %s", "No search yet — press %s")

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
	const char *t = vs->vw->title(&vs->ctx, row);
	struct search_range *r = NULL;
	size_t n = 0, cap = 0;

	search_text(&u->lsearch, t, strlen(t), &r, &n, &cap);
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

static void
find_apply(struct ui *u, const char *q)
{
	struct ui_list *l = &ui_cur(u)->list;
	struct ui_pager *p = &ui_cur(u)->pager;
	int wrapped, h = ui_reader_text_h(u);

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
	    PROMPT_FIND_LIST, ui_keys_name(ACT_SEARCH), "");
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

void
ui_search_open_corpus(struct ui *u)
{
	int v = search_view(u);
	const struct ui_vstate *vs = &u->vs[v < 0 ? 0 : v];

	if (v < 0)
		return;
	free(u->reading);
	u->reading = NULL;
	ui_prompt_open(&u->prompt, PROMPT_CORPUS, L("Tìm trong kho: ",
	    "Search all: "), vs->vw->query != NULL ? vs->vw->query(&vs->ctx) : "");
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

void
ui_search_done(struct ui *u, enum ui_prompt_result r)
{
	char *q = util_strdup(u->prompt.text.data);
	int kind = u->prompt.kind;
	struct ui_vstate *vs = ui_cur(u);

	ui_prompt_close(&u->prompt);
	if (kind == PROMPT_CORPUS) {
		if (r == UI_PROMPT_ENTER)
			run_corpus_search(u, q);
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

		if (kind == PROMPT_FIND_LIST) {
			int w;

			found = u->lhave && ui_search_list_find(u,
			    vs->list.sel, 1, 1, &w) >= 0;
		} else {
			n = ui_pager_hit_count(&vs->pager, &ord);
			found = n > 0;
			if (found)
				ui_msgs_say(&u->msgs, 0, "%zu/%zu “%s” — %s/%s",
				    ord, n, q, ui_keys_name(ACT_NEXT_MATCH),
				    ui_keys_name(ACT_PREV_MATCH));
		}
		if (!found)
			ui_msgs_say(&u->msgs, 1, NOT_FOUND, q);
	}
	free(q);
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
		ui_list_select(&vs->list, (size_t)r, ui_reader_list_vis(u));
		ui_msgs_say(&u->msgs, 0, "“%s”%s", u->lsearch.query,
		    wrapped ? wrap[dir > 0] : "");
	} else {
		size_t ord, n;

		if (!u->dhave) {
			ui_msgs_say(&u->msgs, 1, NO_SEARCH, key);
			return;
		}
		if (ui_pager_hit_step(&vs->pager, dir,
		    ui_reader_text_h(u)) != 0) {
			ui_msgs_say(&u->msgs, 1, NOT_FOUND, u->dsearch.query);
			return;
		}
		n = ui_pager_hit_count(&vs->pager, &ord);
		ui_msgs_say(&u->msgs, 0, "%zu/%zu “%s”%s", ord, n,
		    u->dsearch.query, vs->pager.wrapped ? wrap[dir > 0] : "");
	}
}

void
ui_search_info(struct ui *u, char *buf, size_t n)
{
	const char *none = L("không thấy", "no match");
	struct ui_vstate *vs = ui_cur(u);

	const char *reading = NULL;
	size_t k;

	buf[0] = '\0';
	if (u->prompt.kind == PROMPT_CORPUS)
		reading = u->reading;
	else if (u->prompt.kind == PROMPT_FIND_DETAIL && u->dhave)
		reading = u->dsearch.reading;
	else if (u->prompt.kind == PROMPT_FIND_LIST && u->lhave)
		reading = u->lsearch.reading;
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
		int w;

		if (ui_search_list_find(u, vs->list.sel, 1, 1, &w) < 0)
			snprintf(buf + k, n - k, "%s", none);
	}
	/* No count after a reading: drop the trailing spaces. */
	k = strlen(buf);
	while (k > 0 && buf[k - 1] == ' ')
		buf[--k] = '\0';
}
