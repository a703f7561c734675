/*
 * ui_open: opening an address with the user's browser ($BROWSER, else
 * xdg-open), the one way hoso lets a link leave the program.
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

/* Runs prog url and waits for it: its wait status, or -1 and errno when
 * it could not be run.  SIGINT and SIGQUIT from the keyboard are the
 * child's while it runs (as system() does); the child gets them back at
 * their defaults, with no signal blocked. */
static int
run(const char *prog, const char *url)
{
	char *argv[3];
	posix_spawnattr_t at;
	sigset_t none, dfl;
	struct sigaction ign, old_int, old_quit;
	pid_t pid;
	int rc, st = 0;

	argv[0] = (char *)(uintptr_t)prog;
	argv[1] = (char *)(uintptr_t)url;
	argv[2] = NULL;
	sigemptyset(&none);
	sigemptyset(&dfl);
	sigaddset(&dfl, SIGINT);
	sigaddset(&dfl, SIGQUIT);
	sigaddset(&dfl, SIGPIPE);
	sigaddset(&dfl, SIGALRM);
	if (posix_spawnattr_init(&at) != 0)
		util_fatal("posix_spawnattr_init failed");
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &dfl);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK |
	    POSIX_SPAWN_SETSIGDEF);
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	rc = posix_spawnp(&pid, prog, NULL, &at, argv, environ);
	posix_spawnattr_destroy(&at);
	if (rc == 0) {
		/* The alarm a caught signal arms interrupts the wait. */
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
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
	st = run(prog, url);
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
