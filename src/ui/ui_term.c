/*
 * ui_term: the terminal.  It takes the terminal from newterm() to
 * endwin() and gives it back on every exit path (normal, util_fatal; the
 * signals are ui_signal.c's, with the reset sequence computed here), and
 * it turns what get_wch returns into events: a key, a resize, a wake-up
 * by a signal, or the terminal gone.
 *
 * Input blocks: an idle reader never wakes up (ui_signal.c says how a
 * signal wakes it).
 *
 * The size is the terminal's own (TIOCGWINSZ), never LINES or COLUMNS
 * while the terminal can say: an exported LINES=50 in a 24-line window
 * would draw off the screen, and keep doing so after every resize.
 *
 * Mouse capture is on or off (the M key, --no-mouse, mouse: false): while
 * it is on the terminal sends us clicks, and selecting text takes Shift.
 */
#include "ui_impl.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* What the reader asks the terminal to report: clicks and the wheel. */
#define MOUSE_EVENTS (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | \
	BUTTON5_PRESSED)

static SCREEN *screen;
static int curses_on;
static int mouse_on;		/* the terminal reports the mouse to us */

int
ui_term_locale_init(void)
{
	static const char *const fallbacks[] = { "C.UTF-8", "C.utf8",
	    "en_US.UTF-8" };
	const char *cs;

	setlocale(LC_ALL, "");
	cs = nl_langinfo(CODESET);
	if (cs == NULL || strcmp(cs, "UTF-8") != 0) {
		size_t i;

		/* The screen must be the same under LANG=C: only the
		 * codeset matters to hoso, and C.UTF-8 has nothing else. */
		for (i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++)
			if (setlocale(LC_ALL, fallbacks[i]) != NULL &&
			    strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
				break;
		if (i == sizeof fallbacks / sizeof fallbacks[0])
			return -1;
	}
	setlocale(LC_NUMERIC, "C");
	return 0;
}

static void
restore_terminal(void)
{
	if (curses_on) {
		curses_on = 0;
		ui_signal_disarm();
		endwin();
	}
}

/* The biggest LINES or COLUMNS taken from the environment, when the
 * terminal cannot say its size: more is no screen, only memory. */
#define SIZE_MAX_CELLS 4096

/* LINES and COLUMNS that cannot be a size are dropped (with a warning in
 * d), so that ncurses asks the terminal or its terminfo entry instead of
 * failing or drawing for a screen that does not exist. */
static void
check_size_env(struct diag *d)
{
	static const char *const vars[] = { "LINES", "COLUMNS" };

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		char *end;
		long n;

		if (v == NULL)
			continue;
		errno = 0;
		n = strtol(v, &end, 10);
		if (v[0] != '\0' && *end == '\0' && errno == 0 && n > 0 &&
		    n <= SIZE_MAX_CELLS)
			continue;
		diag_emit(d, DIAG_WARNING, NULL, 0, 0, "%s=%s is not a "
		    "terminal size (1 to %d); ignored, the terminal's own is "
		    "used", vars[i], v, SIZE_MAX_CELLS);
		unsetenv(vars[i]);
	}
}

/* What puts the terminal back as the shell had it, for a signal handler
 * that cannot call endwin(): mouse reports off, attributes and cursor
 * normal, keypad mode off, the normal screen. */
static void
arm_reset(void)
{
	static const char *const caps[] = { "sgr0", "cnorm", "rmkx", "rmcup" };
	char buf[512];
	size_t n = 0;

	if (mouse_on) {
		static const char off[] = "\033[?1006l\033[?1002l\033[?1000l";

		memcpy(buf, off, sizeof off - 1);
		n = sizeof off - 1;
	}
	for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
		const char *s = tigetstr(caps[i]), *gt;

		if (s == NULL || s == (char *)-1)
			continue;
		/* Padding ($<5>) means nothing to a terminal of today. */
		for (; *s != '\0' && n < sizeof buf; s++) {
			if (s[0] == '$' && s[1] == '<' &&
			    (gt = strchr(s, '>')) != NULL)
				s = gt;
			else
				buf[n++] = *s;
		}
	}
	ui_signal_arm(buf, n);
}

int
ui_term_open(int mouse, struct diag *d)
{
	const char *term = getenv("TERM");

	if (!isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO)) {
		fprintf(stderr, "hoso: the reader needs a terminal, but %s is "
		    "not one; for output to a pipe or a file use a mode such "
		    "as --list or --show ID (see hoso --help)\n",
		    !isatty(STDOUT_FILENO) ? "standard output" :
		    "standard input");
		return -1;
	}
	if (term == NULL || term[0] == '\0') {
		fputs("hoso: TERM is not set, so the terminal cannot be "
		    "used; set it (e.g. TERM=xterm-256color) or use a mode "
		    "such as --list\n", stderr);
		return -1;
	}
	check_size_env(d);
	use_tioctl(TRUE);
	ui_signal_save_modes();
	/* Caught before newterm, so ncurses keeps our handlers for these
	 * and installs its own only for SIGTSTP and SIGWINCH. */
	ui_term_catch_signals(1);
	screen = newterm(NULL, stdout, stdin);
	if (screen == NULL) {
		ui_term_catch_signals(0);
		diag_say(stderr, "unknown terminal type \"%s\" (TERM); set "
		    "TERM to one this system knows, e.g. xterm-256color", term);
		return -1;
	}
	set_term(screen);
	{
		/* A terminal that cannot move the cursor (dumb, or a
		 * hardcopy entry) would get a scrolling mess. */
		const char *cup = tigetstr("cup");

		if (cup == NULL || cup == (char *)-1) {
			endwin();
			delscreen(screen);
			screen = NULL;
			ui_term_catch_signals(0);
			diag_say(stderr, "the terminal type \"%s\" (TERM) "
			    "cannot position the cursor, which the reader "
			    "needs; use a mode such as --list", term);
			return -1;
		}
	}
	curses_on = 1;
	util_set_fatal_hook(restore_terminal);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	mouseinterval(0);
	ui_term_mouse(mouse);	/* which arms the reset sequence */
	return 0;
}

int
ui_term_mouse(int on)
{
	/* ncurses turns the terminal's mouse reporting off when the mask
	 * becomes empty, which gives the terminal its own selection back. */
	mmask_t got = mousemask(on ? MOUSE_EVENTS : 0, NULL);

	mouse_on = on && got != 0;
	if (curses_on)
		arm_reset();
	return on && got == 0 ? -1 : 0;
}

int
ui_term_mouse_on(void)
{
	return mouse_on;
}

void
ui_term_close(void)
{
	restore_terminal();
	util_set_fatal_hook(NULL);
	if (screen != NULL) {
		delscreen(screen);
		screen = NULL;
	}
}

/* After a read that returned nothing: a hung-up terminal (its window
 * closed, its pty master gone) reads end-of-file at once and for ever.
 * A session leader gets SIGHUP for it; any other process only sees
 * this. */
static int
input_gone(int err)
{
	struct pollfd pfd;

	if (err == EIO || err == EBADF)
		return 1;
	pfd.fd = STDIN_FILENO;
	pfd.events = POLLIN;
	pfd.revents = 0;
	if (poll(&pfd, 1, 0) < 0)
		return errno != EINTR;
	return (pfd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* Reads that returned nothing with no signal to explain them, in a row,
 * after which the input is taken for gone even if poll cannot tell. */
#define UNEXPLAINED_MAX 100

long long
ui_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

enum ui_term_event
ui_term_read(int *rc, wint_t *wc, int ms)
{
	static int unexplained;
	long long t0 = ms >= 0 ? ui_now_ms() : 0;
	int err;

	timeout(ms);
	errno = 0;
	*rc = get_wch(wc);
	err = errno;
	if (*rc != ERR) {
		unexplained = 0;
		return *rc == KEY_CODE_YES && *wc == KEY_RESIZE ?
		    UI_TERM_RESIZE : UI_TERM_KEY;
	}
	if (err == EINTR || ui_term_signal() != 0)
		return UI_TERM_WAKE;
	if (input_gone(err))
		return UI_TERM_GONE;
	/* A read that waited its time out is no sign of anything; one
	 * that returned early with nothing, many times over, is. */
	if (ms >= 0 && ui_now_ms() - t0 >= ms / 2) {
		unexplained = 0;
		return UI_TERM_WAKE;
	}
	if (++unexplained >= UNEXPLAINED_MAX)
		return UI_TERM_GONE;
	return UI_TERM_WAKE;
}
