/*
 * ui_open: running other programs (the browser, |'s command, the copy
 * command), and opening an address with the user's browser ($BROWSER,
 * else xdg-open), the one way hoso lets a link leave the program.
 *
 * The address goes to the program as its one argument, through
 * posix_spawnp and never a shell, so nothing in it is ever interpreted;
 * and only an address url_check passes (http, https, mailto, no control
 * byte or space) goes at all.  The browser may be a terminal one (lynx,
 * w3m): the terminal is given back to the shell's modes while it runs,
 * on hoso's own stdin, stdout and stderr, and the reader waits for it
 * before taking the screen back, as a shell-out does.
 */
#include "ui_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <spawn.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lang.h"
#include "url.h"

int
ui_run_program(char *const argv[], const char *in, size_t n, int quiet)
{
	posix_spawnattr_t at;
	posix_spawn_file_actions_t fa;
	sigset_t none, dfl;
	struct sigaction ign, old_int, old_quit, old_pipe;
	pid_t pid;
	int rc, st = 0, fds[2] = { -1, -1 };

	if (in != NULL && pipe(fds) != 0)
		return -1;
	sigemptyset(&none);
	sigemptyset(&dfl);
	sigaddset(&dfl, SIGINT);
	sigaddset(&dfl, SIGQUIT);
	sigaddset(&dfl, SIGPIPE);
	sigaddset(&dfl, SIGALRM);
	if (posix_spawnattr_init(&at) != 0 ||
	    posix_spawn_file_actions_init(&fa) != 0)
		util_fatal("posix_spawn set-up failed");
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &dfl);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK |
	    POSIX_SPAWN_SETSIGDEF);
	if (in != NULL) {
		posix_spawn_file_actions_adddup2(&fa, fds[0], 0);
		posix_spawn_file_actions_addclose(&fa, fds[0]);
		posix_spawn_file_actions_addclose(&fa, fds[1]);
	}
	if (quiet) {
		posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY,
		    0);
		posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY,
		    0);
	}
	/* The keyboard's signals are the program's while it runs (as
	 * system() has it), and one that stops reading its input must not
	 * end the reader. */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	sigaction(SIGPIPE, &ign, &old_pipe);
	rc = posix_spawnp(&pid, argv[0], &fa, &at, argv, environ);
	posix_spawnattr_destroy(&at);
	posix_spawn_file_actions_destroy(&fa);
	if (in != NULL) {
		close(fds[0]);
		/* What a program that stops early does not read is its
		 * affair. */
		if (rc == 0)
			(void)util_write_all(fds[1], in, n);
		close(fds[1]);
	}
	if (rc == 0) {
		/* The alarm a caught signal arms interrupts the wait. */
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	sigaction(SIGPIPE, &old_pipe, NULL);
	if (rc != 0) {
		errno = rc;
		return -1;
	}
	return st;
}

void
ui_open_url(struct ui *u, const char *url)
{
	const char *prog = getenv("BROWSER");
	int st, err;

	switch (url_check(url, strlen(url))) {
	case URL_BAD_CHAR:
		ui_msgs_say(&u->msgs, 1, "%s", L("Không mở: địa chỉ có "
		    "khoảng trắng hoặc ký tự điều khiển", "Not opened: the "
		    "address holds a space or a control character"));
		return;
	case URL_BAD_SCHEME:
		ui_msgs_say(&u->msgs, 1, "%s", L("Không mở: chỉ mở được "
		    "địa chỉ http, https và mailto", "Not opened: only http, "
		    "https and mailto addresses are opened"));
		return;
	case URL_OK:
		break;
	}
	if (prog == NULL || prog[0] == '\0')
		prog = "xdg-open";
	def_prog_mode();
	endwin();
	{
		char *argv[] = { (char *)(uintptr_t)prog,
		    (char *)(uintptr_t)url, NULL };

		st = ui_run_program(argv, NULL, 0, 0);
	}
	err = errno;
	reset_prog_mode();
	/* Whatever the program drew is on the screen: paint it all anew. */
	clearok(curscr, TRUE);
	refresh();
	if (st < 0)
		ui_msgs_say(&u->msgs, 1, L("Không chạy được %s: %s",
		    "Cannot run %s: %s"), prog, strerror(err));
	else if (WIFEXITED(st) && WEXITSTATUS(st) != 0)
		ui_msgs_say(&u->msgs, 1, L("%s kết thúc với mã %d",
		    "%s exited with status %d"), prog, WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		ui_msgs_say(&u->msgs, 1, L("%s bị dừng bởi tín hiệu %d",
		    "%s was killed by signal %d"), prog, WTERMSIG(st));
	else
		ui_msgs_say(&u->msgs, 0, L("Đã mở bằng %s", "Opened with %s"),
		    prog);
}

int
ui_open_link(struct ui *u, const struct render_doc *doc, const struct link *l)
{
	const char *url = render_link_url(doc, l);

	if (url == NULL)
		return 0;
	ui_open_url(u, url);
	return 1;
}
