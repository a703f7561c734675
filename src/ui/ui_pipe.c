/*
 * ui_pipe: `|`, as less's: the article's stored text (its title first),
 * or on the timeline the milestone's title and quotes, on the standard
 * input of a command typed in a prompt.  The command is the user's own
 * line, so it runs as less runs one, through /bin/sh -c; nothing of the
 * content is ever part of it.  The terminal is the command's while it
 * runs (a pager, an editor), and the reader waits for Enter before it
 * takes the screen back, so the command's output can be read.
 */
#include "ui_impl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "lang.h"
#include "util.h"

void
ui_pipe_open(struct ui *u)
{
	const struct ui_pager *p = &ui_cur(u)->pager;

	if (!p->have || (p->id.view != LINK_ARTICLES &&
	    p->id.view != LINK_TIMELINE)) {
		ui_msgs_say(&u->msgs, 1, "%s", L("Không có gì để chuyển: hãy mở "
		    "một bài hoặc một mốc", "Nothing to pipe: open an article "
		    "or a milestone"));
		return;
	}
	ui_prompt_open(&u->prompt, PROMPT_PIPE, "|", "",
	    &u->st.hist[STATE_HIST_PIPE]);
}

/* What goes down the pipe. */
static void
text_of(struct ui *u, struct util_buf *b)
{
	const struct ui_pager *p = &ui_cur(u)->pager;

	if (p->id.view == LINK_ARTICLES) {
		const struct article *a = dossier_article(u->ds, p->id.item);

		util_buf_printf(b, "%s\n\n", a->title);
		util_buf_add(b, a->text, a->len);
		if (a->len > 0 && a->text[a->len - 1] != '\n')
			util_buf_addc(b, '\n');
	} else {
		const struct milestone *m = &u->ds->map.ms[p->id.item];

		util_buf_printf(b, "%s %s\n", m->date_str, m->title);
		for (size_t k = 0; k < m->nsources; k++)
			if (m->sources[k].quote != NULL)
				util_buf_printf(b, "%s: %s\n",
				    m->sources[k].article, m->sources[k].quote);
	}
}

void
ui_pipe_done(struct ui *u, enum ui_prompt_result r)
{
	char *cmd = util_strdup(u->prompt.text.data);
	struct util_buf b;
	int st, err, c;

	ui_prompt_close(&u->prompt);
	if (r != UI_PROMPT_ENTER || strspn(cmd, " \t") == strlen(cmd)) {
		free(cmd);
		return;
	}
	util_buf_init(&b);
	text_of(u, &b);
	def_prog_mode();
	endwin();
	{
		char sh[] = "/bin/sh", dash_c[] = "-c", *argv[] = { sh,
		    dash_c, cmd, NULL };

		st = ui_run_program(argv, b.data, b.len, 0);
	}
	err = errno;
	/* As less does: the command's output stays until Enter. */
	fputs(L("\n[hoso: nhấn Enter để quay lại]", "\n[hoso: press Enter "
	    "to return]"), stdout);
	fflush(stdout);
	while ((c = getchar()) != EOF && c != '\n' && c != '\r')
		;
	clearerr(stdin);
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	if (st < 0)
		ui_msgs_say(&u->msgs, 1, L("Không chạy được: %s",
		    "Cannot run it: %s"), strerror(err));
	else if (WIFEXITED(st) && WEXITSTATUS(st) != 0)
		ui_msgs_say(&u->msgs, 1, L("Lệnh kết thúc với mã %d",
		    "The command exited with status %d"), WEXITSTATUS(st));
	else
		ui_msgs_say(&u->msgs, 0, L("Đã chuyển %zu byte qua “%s”",
		    "Piped %zu bytes to “%s”"), b.len, cmd);
	util_buf_free(&b);
	free(cmd);
}
