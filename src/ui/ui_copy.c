/*
 * ui_copy: y and Y, the passage the reader is at with its citation (plain
 * text, or Markdown), handed to the clipboard.  The passage is the
 * sentence of the current search hit or of the selected link when there
 * is one, else the paragraph at the top of the pane; on the timeline, the
 * selected source's quote (or the milestone's first).  The clipboard is
 * the terminal's, through OSC 52 (written, never read: hoso never asks
 * the terminal what it holds), or a command of the config file, run
 * without a shell with the text on its standard input.
 */
#include "ui_impl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "base64.h"
#include "cite.h"
#include "lang.h"
#include "util.h"


static size_t
chars(const char *s, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

/* Terminals cap what one OSC 52 may carry (xterm: about 100 000 bytes of
 * base64); a longer passage is refused, not cut. */
#define COPY_MAX_BYTES (64 * 1024)

void
ui_copy_passage(const struct ui_pager *p, const struct article *a,
    size_t *s, size_t *e)
{
	const struct render_line *ln = NULL;
	size_t at = RENDER_NO_SRC, k;

	if (p->cur >= 0 && (size_t)p->cur < p->nhits) {
		const struct ui_pager_hit *h = &p->hits[p->cur];

		ln = &p->doc.lines[h->line];
		if (ln->src != RENDER_NO_SRC) {
			corpus_passage(a, ln->src + h->start, ln->src + h->end,
			    s, e);
			return;
		}
	}
	if (p->link >= 0 && (size_t)p->link < p->doc.nlinks) {
		ln = &p->doc.lines[p->doc.links[p->link].line];
		if (ln->src != RENDER_NO_SRC) {
			corpus_passage(a, ln->src, ln->src, s, e);
			return;
		}
	}
	if (p->doc.anchored)
		at = ui_pager_anchor(p);
	if (at == RENDER_NO_SRC || at >= a->len)
		at = 0;
	k = corpus_para_at(a, at);
	*s = a->para[k];
	*e = corpus_para_end(a, k);
}

/* The milestone's quote to copy: the source of the selected link, else
 * the first whose quote was found; -1 when it has none. */
static long
milestone_source(const struct ui_pager *p, const struct milestone *m)
{
	if (p->link >= 0 && (size_t)p->link < p->doc.nlinks) {
		const struct link *to = &p->doc.links[p->link].to;

		for (size_t k = 0; k < m->nsources; k++)
			if (to->view == LINK_ARTICLES &&
			    to->item == m->sources[k].article_ix)
				return (long)k;
	}
	for (size_t k = 0; k < m->nsources; k++)
		if (m->sources[k].article_ix != TOPICS_NONE)
			return (long)k;
	return -1;
}

/* Runs the copy command (its words split at spaces; no shell) with the
 * text on its standard input: 0, or -1 with why. */
static int
run_command(const char *cmd, const char *text, size_t n, char *why,
    size_t nwhy)
{
	char *words = util_strdup(cmd), *argv[32], *save = NULL;
	int argc = 0, st, rc = -1;

	for (char *w = strtok_r(words, " \t", &save); w != NULL && argc < 31;
	    w = strtok_r(NULL, " \t", &save))
		argv[argc++] = w;
	argv[argc] = NULL;
	if (argc == 0)
		snprintf(why, nwhy, "empty command");
	else if ((st = ui_run_program(argv, text, n, 1)) < 0)
		snprintf(why, nwhy, "%s: %s", argv[0], strerror(errno));
	else if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
		rc = 0;
	else
		snprintf(why, nwhy, "%s: %s %d", argv[0], WIFEXITED(st) ?
		    "exit status" : "signal", WIFEXITED(st) ?
		    WEXITSTATUS(st) : WTERMSIG(st));
	free(words);
	return rc;
}

static void
osc52(const char *text, size_t n)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, "\033]52;c;");
	base64_append(&b, text, n);
	util_buf_adds(&b, "\a");
	fwrite(b.data, 1, b.len, stdout);
	fflush(stdout);
	util_buf_free(&b);
}

void
ui_copy(struct ui *u, int markdown)
{
	struct ui_pager *p = &ui_cur(u)->pager;
	enum cite_form form = markdown ? CITE_MARKDOWN : CITE_PLAIN;
	const struct article *a;
	struct util_buf b;
	char why[160];
	size_t s, e;

	if (!p->have || (p->id.view != LINK_ARTICLES &&
	    p->id.view != LINK_TIMELINE)) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Ở đây không có đoạn nào để "
		    "chép", "Nothing here to copy: open an article or a "
		    "milestone"));
		return;
	}
	util_buf_init(&b);
	if (p->id.view == LINK_ARTICLES) {
		a = dossier_article(u->ds, p->id.item);
		ui_copy_passage(p, a, &s, &e);
		cite_passage(&b, a, a->text + s, e - s, form);
	} else {
		const struct milestone *m = &u->ds->map.ms[p->id.item];
		long k = milestone_source(p, m);

		if (k < 0) {
			ui_msgs_say(&u->msgs, 1, "%s", L("Mốc này không có trích "
			    "dẫn", "This milestone cites no article"));
			util_buf_free(&b);
			return;
		}
		a = dossier_article(u->ds, m->sources[k].article_ix);
		cite_passage(&b, a, m->sources[k].quote,
		    strlen(m->sources[k].quote), form);
	}
	if (b.len > COPY_MAX_BYTES) {
		ui_msgs_say(&u->msgs, 1, L("Đoạn quá dài để chép (%zu byte)",
		    "Too long to copy (%zu bytes)"), b.len);
	} else if (u->o->copy_command != NULL) {
		if (run_command(u->o->copy_command, b.data, b.len, why,
		    sizeof why) == 0)
			ui_msgs_say(&u->msgs, 0, L("Đã chép %zu ký tự%s",
			    "Copied %zu characters%s"), chars(b.data,
			    b.len), markdown ? " (Markdown)" : "");
		else
			ui_msgs_say(&u->msgs, 1, L("Không chép được: %s",
			    "Could not copy: %s"), why);
	} else if (u->o->osc52) {
		osc52(b.data, b.len);
		ui_msgs_say(&u->msgs, 0, L("Đã chép %zu ký tự%s qua terminal",
		    "Copied %zu characters%s through the terminal"),
		    chars(b.data, b.len), markdown ? " (Markdown)" : "");
	} else {
		ui_msgs_say(&u->msgs, 1, "%s", L("Không có cách chép: osc52 tắt "
		    "và không có copy-command", "No way to copy: osc52 is off "
		    "and there is no copy-command"));
	}
	util_buf_free(&b);
}
