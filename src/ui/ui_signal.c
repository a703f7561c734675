/*
 * ui_signal: the signals that would end the reader, and the terminal
 * given back before any of them does.
 *
 * Two kinds.  A signal sent to end the process (SIGINT, SIGTERM, SIGHUP,
 * SIGQUIT, SIGUSR1 and the others of `ending' below) is caught into a
 * flag without SA_RESTART, so a blocked read returns and the loop saves
 * the state, restores the terminal with endwin() and then dies of the
 * signal (ui_run.c).  A signal that lands just before the read would be
 * missed until the next key; the handler also arms a one-second alarm,
 * whose own handler interrupts that read.  A signal ignored when hoso
 * started (nohup, a background job of a script) stays ignored.  A second
 * Ctrl-C or Ctrl-\ while the first signal is being handled ends the
 * process at once: the way out of a reader stuck in a long computation
 * (only the keyboard's: a closed terminal window may send SIGHUP twice,
 * and its state must still be saved).
 *
 * A fault (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGSYS, SIGTRAP),
 * and that second key, cannot wait for the loop: the handler writes the
 * terminal's reset sequence, computed when the terminal was taken, puts
 * the terminal modes back as they were before newterm() (write(2) and
 * tcsetattr(3) are async-signal-safe; curses is not), and hands the
 * signal on: to the handler that was there before ours (the sanitizer's,
 * whose report then reaches a sane terminal), or to the default action,
 * so the exit status names the signal.
 */
#include "ui_impl.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* Signals whose default action ends the process, and that nobody sends
 * by mistake; SIGALRM joins them when another process sends it. */
static const int ending[] = {
	SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGVTALRM,
	SIGPROF, SIGXCPU, SIGXFSZ, SIGPIPE,
};
static const int faults[] = {
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGSYS, SIGTRAP,
};
#define NENDING (sizeof ending / sizeof ending[0])
#define NFAULTS (sizeof faults / sizeof faults[0])

static volatile sig_atomic_t got_signal;
static volatile sig_atomic_t armed;	/* the terminal is ours to give back */
static char reset_seq[512];
static size_t reset_len;
static struct termios saved_modes;
static int have_modes;
static struct sigaction old_ending[NENDING], old_alarm;
static struct sigaction old_fault[NFAULTS];
static int caught;
/* For a stack overflow, whose handler cannot run on the stack it
 * overflowed. */
static char alt_stack[64 * 1024];

void
ui_signal_save_modes(void)
{
	have_modes = tcgetattr(STDOUT_FILENO, &saved_modes) == 0;
}

void
ui_signal_arm(const char *seq, size_t n)
{
	if (n > sizeof reset_seq)
		n = sizeof reset_seq;
	memcpy(reset_seq, seq, n);
	reset_len = n;
	armed = 1;
}

void
ui_signal_disarm(void)
{
	armed = 0;
}

/* Async-signal-safe: only write(2) and tcsetattr(3). */
static void
restore_now(void)
{
	size_t off = 0;

	if (!armed)
		return;
	armed = 0;
	while (off < reset_len) {
		ssize_t w = write(STDOUT_FILENO, reset_seq + off,
		    reset_len - off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (have_modes)
		(void)tcsetattr(STDOUT_FILENO, TCSANOW, &saved_modes);
}

/* Ends the process of sig now, the terminal given back first. */
static void
die_now(int sig)
{
	struct sigaction sa;
	sigset_t set;

	restore_now();
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	/* A signal the default action does not end the process with
	 * cannot come here; just in case, the status says it. */
	_exit(128 + sig);
}

static void
on_ending(int sig, siginfo_t *si, void *ctx)
{
	int e = errno;

	(void)ctx;
	/* alarm()'s own SIGALRM comes from the kernel (si_code > 0), only
	 * to interrupt a read; one sent by a process is a request to end. */
	if (sig == SIGALRM && (si == NULL || si->si_code > 0)) {
		errno = e;
		return;
	}
	if (got_signal != 0 && (sig == SIGINT || sig == SIGQUIT))
		die_now(sig);
	if (got_signal == 0)
		got_signal = sig;
	alarm(1);
	errno = e;
}

static void
on_fault(int sig, siginfo_t *si, void *ctx)
{
	const struct sigaction *old = NULL;

	restore_now();
	for (size_t i = 0; i < NFAULTS; i++)
		if (faults[i] == sig)
			old = &old_fault[i];
	if (old != NULL && (old->sa_flags & SA_SIGINFO) != 0 &&
	    old->sa_sigaction != NULL) {
		sigaction(sig, old, NULL);
		old->sa_sigaction(sig, si, ctx);
		return;
	}
	if (old != NULL && (old->sa_flags & SA_SIGINFO) == 0 &&
	    old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN) {
		sigaction(sig, old, NULL);
		old->sa_handler(sig);
		return;
	}
	die_now(sig);
}

/* Puts fn on sig, the action before it in *old; an ignored signal
 * stays ignored but SIGALRM, which the loop needs. */
static void
catch_one(int sig, void (*fn)(int, siginfo_t *, void *), int flags,
    struct sigaction *old)
{
	struct sigaction sa;

	sigaction(sig, NULL, old);
	if ((old->sa_flags & SA_SIGINFO) == 0 && old->sa_handler == SIG_IGN &&
	    sig != SIGALRM)
		return;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO | flags;
	/* Every other signal of ours waits while one is handled. */
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NENDING; i++)
		sigaddset(&sa.sa_mask, ending[i]);
	sigaction(sig, &sa, NULL);
}

void
ui_term_catch_signals(int on)
{
	if (on && !caught) {
		stack_t ss, cur;

		if (sigaltstack(NULL, &cur) == 0 &&
		    (cur.ss_flags & SS_DISABLE) != 0) {
			memset(&ss, 0, sizeof ss);
			ss.ss_sp = alt_stack;
			ss.ss_size = sizeof alt_stack;
			(void)sigaltstack(&ss, NULL);
		}
		/* No SA_RESTART: a blocked read returns and the loop sees
		 * the flag. */
		for (size_t i = 0; i < NENDING; i++)
			catch_one(ending[i], on_ending, 0, &old_ending[i]);
		catch_one(SIGALRM, on_ending, 0, &old_alarm);
		for (size_t i = 0; i < NFAULTS; i++)
			catch_one(faults[i], on_fault, SA_ONSTACK | SA_RESETHAND,
			    &old_fault[i]);
		caught = 1;
	} else if (!on && caught) {
		alarm(0);
		for (size_t i = 0; i < NENDING; i++)
			sigaction(ending[i], &old_ending[i], NULL);
		sigaction(SIGALRM, &old_alarm, NULL);
		for (size_t i = 0; i < NFAULTS; i++)
			sigaction(faults[i], &old_fault[i], NULL);
		caught = 0;
	}
}

int
ui_term_signal(void)
{
	return got_signal;
}
