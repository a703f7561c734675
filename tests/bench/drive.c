/*
 * drive: runs a command in a pseudo-terminal and measures what it writes.
 *
 *   drive [-g COLSxROWS] [-T SECONDS] [-q MS] [-m MARKER] [-O] [-o RAW]
 *         [-x QUITKEYS] [[-P MS] [-w MARKER] -k LABEL=KEYS]...
 *         -- COMMAND [ARG]...
 *
 * The command starts at 120x40 (-g) with TERM=xterm-256color and
 * LANG=C.UTF-8 (LC_ALL and LC_CTYPE unset).  Everything it writes is read
 * at once, so it never blocks on a full terminal.
 *
 * "Quiet" is the end of a measure: nothing written for -q milliseconds
 * (default 100) and, unless -O, the command's CPU time not advancing in
 * that window either (a program that computes for a second before its
 * first byte is not taken for an idle one).  With a marker (-m for the
 * first frame, -w for the next step), quiet only counts once the output
 * of that measure contains the marker.  With -O, where the CPU does not
 * tell a busy command from an idle one, a key's quiet also waits for its
 * first byte, for up to a second (note "silent" when none came): an
 * answer later than -q is not taken for no answer.
 *
 *   first frame  from the fork to the last byte before quiet, after the
 *                output contains MARKER (-m; default: any output)
 *   each -k      KEYS (escapes: \n \r \t \e \\ \xHH; \x7f is Backspace)
 *                are written at once; wall time from the write to the
 *                last byte before quiet, the bytes written meanwhile, and
 *                the command's CPU time across the measure.  A -P MS
 *                before it waits MS milliseconds first (reading what is
 *                written, measuring nothing): a key sent while a
 *                background job of the command is under way.
 *   peak         VmHWM from /proc/PID/status, read before the command is
 *                asked to quit (QUITKEYS, default "Q"; then SIGTERM, then
 *                SIGKILL)
 *
 * CPU time is read twice: utime+stime of /proc/PID/stat (clock ticks,
 * usually 10 ms, column cpu_tick_ms) and, at nanosecond grain, the sum of
 * /proc/PID/task/STAR/schedstat plus the ticks of threads that have
 * exited (column cpu_ms; see cpu_ms()).  Column main_cpu_ms is the
 * main thread's share alone (its schedstat): the thread that reads the
 * keys and draws, apart from any worker beside it.  first_ms is the time
 * from the start of the measure to its first byte (-1: none).  The note
 * ends with threads=N: the command's threads when a key was sent (for
 * the first frame and the peak, when the measure ended).
 * Times are in milliseconds, sizes in kB.  Output, one TSV line per
 * measure:
 *
 *   #kind  label  wall_ms  bytes  cpu_ms  cpu_tick_ms  hwm_kb  note
 *          main_cpu_ms  first_ms
 *   frame  first  ...
 *   key    LABEL  ...
 *   peak   rss    -        -      cpu_ms(total) ...    hwm_kb  rss=KB ...
 *   exit   -      ...                                           status=N
 *
 * A global timeout (-T, default 60 s) ends any run: the command is
 * killed, a "timeout" line says where, and drive exits 3.  Exit 4: the
 * command exited before the measures were done; 2: usage.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct step {
	const char *label;
	char *keys;
	size_t nkeys;
	const char *marker;
	double pause_ms;
};

static int master = -1;
static pid_t child = -1;
static int child_status = -1;	/* set once reaped */
static double deadline;
static double quiet_ms = 100;
static int output_only;
static FILE *raw;
static long ticks_per_s;

static char *out;		/* everything the command wrote */
static size_t nout, capout;

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
usage(void)
{
	fputs("usage: drive [-g COLSxROWS] [-T SECONDS] [-q MS] [-m MARKER] "
	    "[-O] [-o RAW] [-x QUITKEYS]\n"
	    "             [[-P MS] [-w MARKER] -k LABEL=KEYS]... -- COMMAND "
	    "[ARG]...\n", stderr);
	exit(2);
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The escapes of a key list; returns the byte count. */
static size_t
unescape(const char *s, char *d)
{
	size_t n = 0;

	while (*s != '\0') {
		if (*s != '\\' || s[1] == '\0') {
			d[n++] = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'n': d[n++] = '\n'; s++; break;
		case 'r': d[n++] = '\r'; s++; break;
		case 't': d[n++] = '\t'; s++; break;
		case 'e': d[n++] = '\033'; s++; break;
		case '\\': d[n++] = '\\'; s++; break;
		case 'x':
			if (hexval(s[1]) >= 0 && hexval(s[2]) >= 0) {
				d[n++] = (char)(hexval(s[1]) * 16 +
				    hexval(s[2]));
				s += 3;
				break;
			}
			/* FALLTHROUGH */
		default:
			d[n++] = '\\';
			break;
		}
	}
	return n;
}

/* utime + stime of a stat file (/proc/PID/stat or a task's), in
 * milliseconds (clock-tick grain); -1 when it cannot be read. */
static double
stat_ms(const char *path)
{
	char buf[2048];
	unsigned long ut, st;
	char *p;
	FILE *fp;
	size_t n;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	n = fread(buf, 1, sizeof buf - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	/* After the command name, which may hold spaces and parentheses. */
	if ((p = strrchr(buf, ')')) == NULL)
		return -1;
	/* state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt
	 * cmajflt utime stime */
	if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu",
	    &ut, &st) != 2)
		return -1;
	return (double)(ut + st) * 1e3 / (double)ticks_per_s;
}

/* The process's utime + stime (/proc/PID/stat): every thread, those that
 * have exited too, in clock ticks. */
static double
cpu_tick_ms(void)
{
	char path[64];

	snprintf(path, sizeof path, "/proc/%d/stat", (int)child);
	return stat_ms(path);
}

/*
 * CPU time of the command in milliseconds, at nanosecond grain where it
 * can be: the live threads' /proc/PID/task/TID/schedstat, plus what the
 * threads that have exited used (hoso loads a corpus on worker threads
 * that end before the first frame).  That part is the process's ticks
 * less the live threads' ticks, which jitters by a tick or so, so it is
 * taken again only when a thread seen before has gone: between two
 * exits it is a constant, and the CPU of a key is exact.  -1 when the
 * command is gone.
 */
#define MAXTASKS 1024
static int tids[MAXTASKS], ntids;
static double dead_ms;

static double
cpu_ms(void)
{
	char path[64];
	struct dirent *e;
	double live_ns = 0, live_ticks = 0, all;
	int now[MAXTASKS], nnow = 0, gone = 0;
	DIR *d;

	snprintf(path, sizeof path, "/proc/%d/task", (int)child);
	if ((d = opendir(path)) == NULL)
		return -1;
	all = cpu_tick_ms();
	while ((e = readdir(d)) != NULL) {
		char p[320];
		unsigned long long ns;
		double t;
		FILE *fp;

		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof p, "/proc/%d/task/%s/schedstat",
		    (int)child, e->d_name);
		if ((fp = fopen(p, "r")) == NULL)
			continue;
		if (fscanf(fp, "%llu", &ns) == 1)
			live_ns += (double)ns;
		fclose(fp);
		snprintf(p, sizeof p, "/proc/%d/task/%s/stat", (int)child,
		    e->d_name);
		if ((t = stat_ms(p)) > 0)
			live_ticks += t;
		if (nnow < MAXTASKS)
			now[nnow++] = atoi(e->d_name);
	}
	closedir(d);
	for (int i = 0; i < ntids && !gone; i++) {
		int found = 0;

		for (int j = 0; j < nnow && !found; j++)
			found = now[j] == tids[i];
		gone = !found;
	}
	if (gone && all - live_ticks > dead_ms)
		dead_ms = all - live_ticks;
	memcpy(tids, now, (size_t)nnow * sizeof *now);
	ntids = nnow;
	return live_ns / 1e6 + dead_ms;
}

/* The main thread's CPU time in milliseconds (its schedstat), or -1. */
static double
main_cpu_ms(void)
{
	char path[96];
	unsigned long long ns;
	FILE *fp;
	int ok;

	snprintf(path, sizeof path, "/proc/%d/task/%d/schedstat", (int)child,
	    (int)child);
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	ok = fscanf(fp, "%llu", &ns) == 1;
	fclose(fp);
	return ok ? (double)ns / 1e6 : -1;
}

/* A field of /proc/PID/status in kB, or -1. */
static long
status_kb(const char *field)
{
	char path[64], line[256];
	size_t len = strlen(field);
	long v = -1;
	FILE *fp;

	snprintf(path, sizeof path, "/proc/%d/status", (int)child);
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, fp) != NULL)
		if (strncmp(line, field, len) == 0 && line[len] == ':') {
			v = strtol(line + len + 1, NULL, 10);
			break;
		}
	fclose(fp);
	return v;
}

static void
append(const char *b, size_t n)
{
	if (nout + n + 1 > capout) {
		while (nout + n + 1 > capout)
			capout = capout ? 2 * capout : 1 << 16;
		if ((out = realloc(out, capout)) == NULL) {
			fputs("drive: out of memory\n", stderr);
			exit(1);
		}
	}
	memcpy(out + nout, b, n);
	nout += n;
	out[nout] = '\0';
	if (raw != NULL)
		fwrite(b, 1, n, raw);
}

static int
reap(int block)
{
	int st;

	if (child_status >= 0)
		return 1;
	if (waitpid(child, &st, block ? 0 : WNOHANG) == child) {
		child_status = WIFEXITED(st) ? WEXITSTATUS(st) :
		    128 + WTERMSIG(st);
		return 1;
	}
	return 0;
}

static void
kill_child(void)
{
	double until;

	if (reap(0))
		return;
	kill(child, SIGTERM);
	until = now_ms() + 1000;
	while (now_ms() < until) {
		if (reap(0))
			return;
		usleep(10000);
	}
	kill(child, SIGKILL);
	reap(1);
}

static void
timeout_exit(const char *where)
{
	printf("timeout\t%s\t-\t-\t-\t-\t-\tglobal timeout reached\n", where);
	fflush(stdout);
	kill_child();
	exit(3);
}

enum { QUIET, GONE };

/*
 * Reads until quiet (see the top of the file).  *last is the time of the
 * last byte (or start when there was none), *bytes what was read.  The
 * marker is looked for in this measure's output only.
 */
/* Waits up to ms for what the command writes and reads it once into the
 * output: 1 and *got bytes, 0 when nothing came, -1 when the other side
 * is closed (EIO) or the read failed. */
static int
pump(int ms, ssize_t *got)
{
	struct pollfd pfd = { .fd = master, .events = POLLIN };
	char buf[65536];
	ssize_t n;
	int r = poll(&pfd, 1, ms);

	*got = 0;
	if (r < 0 && errno != EINTR) {
		perror("drive: poll");
		exit(1);
	}
	if (r <= 0 || !(pfd.revents & (POLLIN | POLLHUP | POLLERR)))
		return 0;
	n = read(master, buf, sizeof buf);
	if (n > 0) {
		append(buf, (size_t)n);
		*got = n;
		return 1;
	}
	return n == 0 || (errno != EAGAIN && errno != EINTR) ? -1 : 0;
}

/* With -O, how long a key's measure waits for its first byte. */
#define ANSWER_MS 1000

static int
wait_quiet(double start, const char *marker, const char *where,
    int need_byte, double *last, size_t *bytes, double *first)
{
	size_t from = nout;
	int seen = marker == NULL || *marker == '\0';
	double active = start, prev_cpu = cpu_ms(), prev_t = now_ms();

	*last = start;
	*bytes = 0;
	*first = -1;
	for (;;) {
		double t = now_ms(), wait;
		ssize_t n;
		int r;

		if (t >= deadline)
			timeout_exit(where);
		wait = 10;
		if (deadline - t < wait)
			wait = deadline - t;
		if ((r = pump((int)wait + 1, &n)) > 0) {
			*bytes += (size_t)n;
			*last = active = now_ms();
			if (*first < 0)
				*first = *last - start;
			if (!seen) {
				size_t back = strlen(marker);
				size_t at = from;

				/* the marker may straddle two reads */
				if (nout - (size_t)n > from + back)
					at = nout - (size_t)n - back;
				seen = memmem(out + at, nout - at, marker,
				    strlen(marker)) != NULL;
			}
			continue;
		}
		if (r < 0) {
			/* EIO: the slave side is closed */
			double until = now_ms() + 1000;

			while (!reap(0) && now_ms() < until)
				usleep(5000);
			kill_child();
			return GONE;
		}
		if (reap(0))
			return GONE;
		t = now_ms();
		if (!output_only && t - prev_t >= 5) {
			double c = cpu_ms();

			/* Busy if it ran more than a fifth of the window. */
			if (c >= 0 && prev_cpu >= 0 &&
			    c - prev_cpu > 0.2 * (t - prev_t))
				active = t;
			prev_cpu = c;
			prev_t = t;
		}
		if (output_only && need_byte && *bytes == 0 &&
		    t - start < ANSWER_MS)
			continue;
		if (seen && t - *last >= quiet_ms && t - active >= quiet_ms)
			return QUIET;
	}
}

/* Reads what the command writes for ms milliseconds; GONE if it exits. */
static int
pause_for(double ms, const char *where)
{
	double until = now_ms() + ms;

	for (;;) {
		double t = now_ms();
		ssize_t n;
		int r;

		if (t >= deadline)
			timeout_exit(where);
		if (t >= until)
			return QUIET;
		r = pump((int)(until - t) + 1 < 10 ? (int)(until - t) + 1 : 10,
		    &n);
		if (r > 0)
			continue;
		if (r < 0) {
			kill_child();
			return GONE;
		}
		if (reap(0))
			return GONE;
	}
}

static void
line(const char *kind, const char *label, double wall, size_t bytes,
    double cpu, double tick, long hwm, const char *note, double mcpu,
    double first, int threads)
{
	printf("%s\t%s\t%.1f\t%zu\t%.2f\t%.0f\t%ld\t%s%sthreads=%d\t%.2f\t"
	    "%.1f\n", kind, label, wall, bytes, cpu, tick, hwm, note,
	    *note != '\0' ? ";" : "", threads, mcpu, first);
	fflush(stdout);
}

static int
writeall(const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(master, s, n);

		if (w < 0) {
			if (errno == EINTR || errno == EAGAIN) {
				usleep(1000);
				continue;
			}
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct step *steps = calloc((size_t)argc, sizeof *steps);
	const char *marker = NULL, *next_marker = NULL, *quit = "Q";
	struct winsize ws = { .ws_col = 120, .ws_row = 40 };
	double timeout_s = 60, t0, last, c0, k0, m0, first, pause = 0;
	size_t nsteps = 0, bytes;
	int c, st;

	ticks_per_s = sysconf(_SC_CLK_TCK);
	if (steps == NULL)
		return 1;
	while ((c = getopt(argc, argv, "+g:T:q:m:Oo:x:P:w:k:")) != -1) {
		switch (c) {
		case 'g': {
			unsigned cols, rows;

			if (sscanf(optarg, "%ux%u", &cols, &rows) != 2 ||
			    cols == 0 || rows == 0)
				usage();
			ws.ws_col = (unsigned short)cols;
			ws.ws_row = (unsigned short)rows;
			break;
		}
		case 'T': timeout_s = strtod(optarg, NULL); break;
		case 'q': quiet_ms = strtod(optarg, NULL); break;
		case 'm': marker = optarg; break;
		case 'O': output_only = 1; break;
		case 'o':
			if ((raw = fopen(optarg, "wb")) == NULL) {
				perror(optarg);
				return 2;
			}
			break;
		case 'x': quit = optarg; break;
		case 'P': pause = strtod(optarg, NULL); break;
		case 'w': next_marker = optarg; break;
		case 'k': {
			char *eq = strchr(optarg, '=');

			if (eq == NULL || eq == optarg)
				usage();
			*eq = '\0';
			steps[nsteps].label = optarg;
			steps[nsteps].keys = malloc(strlen(eq + 1) + 1);
			if (steps[nsteps].keys == NULL)
				return 1;
			steps[nsteps].nkeys = unescape(eq + 1,
			    steps[nsteps].keys);
			steps[nsteps].marker = next_marker;
			steps[nsteps].pause_ms = pause;
			next_marker = NULL;
			pause = 0;
			nsteps++;
			break;
		}
		default:
			usage();
		}
	}
	if (optind >= argc)
		usage();

	signal(SIGPIPE, SIG_IGN);
	t0 = now_ms();
	deadline = t0 + timeout_s * 1e3;
	child = forkpty(&master, NULL, NULL, &ws);
	if (child < 0) {
		perror("drive: forkpty");
		return 1;
	}
	if (child == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		unsetenv("LC_ALL");
		unsetenv("LC_CTYPE");
		unsetenv("COLUMNS");
		unsetenv("LINES");
		execvp(argv[optind], argv + optind);
		fprintf(stderr, "drive: %s: %s\n", argv[optind],
		    strerror(errno));
		_exit(127);
	}
	fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);

	printf("#kind\tlabel\twall_ms\tbytes\tcpu_ms\tcpu_tick_ms\thwm_kb\t"
	    "note\tmain_cpu_ms\tfirst_ms\n");
	if (wait_quiet(t0, marker, "first", 0, &last, &bytes, &first) ==
	    GONE) {
		line("frame", "first", last - t0, bytes, -1, -1, -1,
		    "exited before the first frame", -1, first, 0);
		printf("exit\t-\t-\t-\t-\t-\t-\tstatus=%d\n", child_status);
		return 4;
	}
	c0 = cpu_ms();
	k0 = cpu_tick_ms();
	line("frame", "first", last - t0, bytes, c0, k0,
	    status_kb("VmHWM"), marker != NULL ? "marker" : "any",
	    main_cpu_ms(), first, ntids);

	for (size_t i = 0; i < nsteps; i++) {
		struct step *s = &steps[i];
		double start, c1, k1, m1;
		int r, threads;

		if (s->pause_ms > 0 && pause_for(s->pause_ms, s->label) == GONE) {
			line("key", s->label, 0, 0, -1, -1, -1,
			    "exited during the pause", -1, -1, 0);
			printf("exit\t-\t-\t-\t-\t-\t-\tstatus=%d\n",
			    child_status);
			return 4;
		}
		c0 = cpu_ms();
		threads = ntids;
		k0 = cpu_tick_ms();
		m0 = main_cpu_ms();
		start = now_ms();
		if (writeall(s->keys, s->nkeys) != 0) {
			line("key", s->label, 0, 0, -1, -1, -1,
			    "write failed", -1, -1, threads);
			kill_child();
			return 4;
		}
		r = wait_quiet(start, s->marker, s->label, 1, &last, &bytes,
		    &first);
		if (r == GONE) {
			line("key", s->label, last - start, bytes, -1, -1, -1,
			    "exited", -1, first, threads);
			printf("exit\t-\t-\t-\t-\t-\t-\tstatus=%d\n",
			    child_status);
			return 4;
		}
		c1 = cpu_ms();
		k1 = cpu_tick_ms();
		m1 = main_cpu_ms();
		line("key", s->label, last - start, bytes, c1 - c0,
		    k1 - k0, status_kb("VmHWM"),
		    s->marker != NULL ? "marker" : output_only &&
		    bytes == 0 ? "silent" : "quiet",
		    m0 >= 0 && m1 >= 0 ? m1 - m0 : -1, first, threads);
	}

	{
		char note[64];
		long rss = status_kb("VmRSS");
		double c = cpu_ms();

		snprintf(note, sizeof note, "rss=%ld", rss);
		line("peak", "rss", now_ms() - t0, nout, c,
		    cpu_tick_ms(), status_kb("VmHWM"), note, main_cpu_ms(),
		    -1, ntids);
	}

	/* Quit, politely first. */
	{
		char q[256];
		size_t nq = unescape(quit, q);
		double until = now_ms() + 2000;

		if (nq > 0)
			writeall(q, nq);
		while (!reap(0) && now_ms() < until) {
			char buf[65536];

			if (read(master, buf, sizeof buf) < 0 &&
			    errno != EAGAIN && errno != EINTR)
				break;
			usleep(5000);
		}
		if (!reap(0))
			kill_child();
		(void)reap(1);
	}
	st = child_status;
	printf("exit\t-\t%.1f\t%zu\t-\t-\t-\tstatus=%d\n", now_ms() - t0, nout,
	    st);
	if (raw != NULL)
		fclose(raw);
	return 0;
}
