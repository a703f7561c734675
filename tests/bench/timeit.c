/*
 * timeit: runs a command several times and prints the median.
 *
 *   timeit [-n RUNS] [-T SECONDS] [-o FILE] -- COMMAND [ARG]...
 *
 * Standard output of the command goes to FILE (default /dev/null),
 * standard error to /dev/null.  Each run is timed on the monotonic clock
 * from fork to reap; CPU time (user + system) and peak RSS come from
 * wait4.  A run longer than -T seconds (default 300) is killed and the
 * whole measure ends with exit 3.  Output, one TSV line:
 *
 *   median_s  min_s  max_s  cpu_median_s  maxrss_kb  status  runs
 *
 * status is the exit status of the last run (--search exits 1 when
 * nothing matched, --check 1 on a corpus error: reported, not judged).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main(int argc, char **argv)
{
	const char *outfile = "/dev/null";
	double timeout = 300, *wall, *cpu, lo = 1e30, hi = 0;
	long maxrss = 0;
	int runs = 5, c, status = -1;

	while ((c = getopt(argc, argv, "+n:T:o:")) != -1) {
		switch (c) {
		case 'n': runs = atoi(optarg); break;
		case 'T': timeout = strtod(optarg, NULL); break;
		case 'o': outfile = optarg; break;
		default: goto usage;
		}
	}
	if (optind >= argc || runs < 1) {
usage:
		fputs("usage: timeit [-n RUNS] [-T SECONDS] [-o FILE] -- "
		    "COMMAND [ARG]...\n", stderr);
		return 2;
	}
	wall = calloc((size_t)runs, sizeof *wall);
	cpu = calloc((size_t)runs, sizeof *cpu);
	if (wall == NULL || cpu == NULL)
		return 1;
	for (int i = 0; i < runs; i++) {
		struct rusage ru;
		double t0 = now_s(), t;
		pid_t pid = fork();
		int st;

		if (pid < 0) {
			perror("timeit: fork");
			return 1;
		}
		if (pid == 0) {
			int fd = open(outfile, O_WRONLY | O_CREAT | O_TRUNC,
			    0644), nul = open("/dev/null", O_RDWR);

			if (fd < 0 || nul < 0)
				_exit(126);
			dup2(nul, 0);
			dup2(fd, 1);
			dup2(nul, 2);
			execvp(argv[optind], argv + optind);
			_exit(127);
		}
		for (;;) {
			pid_t r = wait4(pid, &st, WNOHANG, &ru);

			if (r == pid)
				break;
			if (r < 0 && errno != EINTR) {
				perror("timeit: wait4");
				return 1;
			}
			if (now_s() - t0 > timeout) {
				kill(pid, SIGKILL);
				wait4(pid, &st, 0, &ru);
				printf("timeout\t-\t-\t-\t-\t-\t%d\n", i + 1);
				return 3;
			}
			usleep(1000);
		}
		t = now_s();
		wall[i] = t - t0;
		cpu[i] = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
		    (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
		if (wall[i] < lo)
			lo = wall[i];
		if (wall[i] > hi)
			hi = wall[i];
		status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	}
	printf("%.4f\t%.4f\t%.4f\t%.4f\t%ld\t%d\t%d\n", median(wall, runs), lo,
	    hi, median(cpu, runs), maxrss, status, runs);
	return 0;
}
