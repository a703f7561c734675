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
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* Runs cmd with b on its standard input and waits: its wait status, or
 * -1 with errno. */
static int
run(const char *cmd, const struct util_buf *b)
{
	char sh[] = "/bin/sh", dash_c[] = "-c", *argv[] = { sh, dash_c, NULL,
	    NULL };
	posix_spawn_file_actions_t fa;
	struct sigaction ign, old_pipe, old_int, old_quit;
	int fds[2], rc, st = 0;
	pid_t pid;

	argv[2] = util_strdup(cmd);
	if (pipe(fds) != 0) {
		free(argv[2]);
		return -1;
	}
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	/* A command that stops reading, or Ctrl-C meant for it, must not
	 * end the reader. */
	sigaction(SIGPIPE, &ign, &old_pipe);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[0], 0);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	posix_spawn_file_actions_addclose(&fa, fds[1]);
	{
		posix_spawnattr_t at;
		sigset_t none, dfl;

		sigemptyset(&none);
		sigemptyset(&dfl);
		sigaddset(&dfl, SIGINT);
		sigaddset(&dfl, SIGQUIT);
		sigaddset(&dfl, SIGPIPE);
		posix_spawnattr_init(&at);
		posix_spawnattr_setsigmask(&at, &none);
		posix_spawnattr_setsigdefault(&at, &dfl);
		posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK |
		    POSIX_SPAWN_SETSIGDEF);
		rc = posix_spawn(&pid, argv[0], &fa, &at, argv, environ);
		posix_spawnattr_destroy(&at);
	}
	posix_spawn_file_actions_destroy(&fa);
	close(fds[0]);
	/* A command that reads only the start (head) stops the writing. */
	if (rc == 0)
		(void)util_write_all(fds[1], b->data, b->len);
	close(fds[1]);
	if (rc == 0)
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
	sigaction(SIGPIPE, &old_pipe, NULL);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	free(argv[2]);
	if (rc != 0) {
		errno = rc;
		return -1;
	}
	return st;
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
	st = run(cmd, &b);
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
