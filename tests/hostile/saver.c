/*
 * saver: drives hoso's own saves of the state and the bookmarks as fast as
 * they go, for test_state.sh to kill -9 at random moments (the reader
 * saves the state once a run, too slowly to be killed 300 times).
 *
 *   saver run STATE BOOKMARKS    check (below, exit 1 when it fails), then
 *                                loop: load both, change both, save both
 *   saver check STATE BOOKMARKS  remove the temporaries of dead processes
 *                                (says how many), then load both: exit 0
 *                                when both parse whole (nothing moved
 *                                aside, no warning)
 *   saver path DIR               the bookmarks path of corpus DIR
 *
 * Each save is large (the history full of 1 KB texts, a bookmark more
 * each round with a 500-byte quote), so that a kill lands inside a
 * write.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bookmarks.h"
#include "state.h"
#include "tmpfile.h"

static int
check(const char *spath, const char *bpath)
{
	struct state st;
	struct bookmarks b;
	struct diag d;
	int bad;

	printf("swept %d\n", tmpfile_sweep(spath) + tmpfile_sweep(bpath));
	diag_init(&d, stderr);
	bad = state_load(&st, spath, &d) != 0;
	state_free(&st);
	bookmarks_init(&b);
	bad |= bookmarks_load(&b, bpath, &d) != 0 || b.bad;
	printf("%zu bookmarks\n", b.n);
	bookmarks_free(&b);
	bad |= d.n != 0;
	diag_free(&d);
	return bad ? 1 : 0;
}

static void
run(const char *spath, const char *bpath)
{
	char text[1000], quote[500], id[32];

	memset(quote, 'q', sizeof quote - 1);
	quote[sizeof quote - 1] = '\0';
	for (unsigned long i = 0;; i++) {
		struct state st;
		struct bookmarks b;
		struct diag d;

		diag_init(&d, NULL);
		state_load(&st, spath, &d);
		state_select(&st, "/srv/corpus");
		snprintf(id, sizeof id, "article-%lu", i % 50);
		state_set_pos(&st, id, i);
		memset(text, 'a' + (int)(i % 26), sizeof text - 1);
		text[sizeof text - 1] = '\0';
		snprintf(text, 20, "%lu ", i);
		text[strlen(text)] = ' ';
		for (int k = 0; k < STATE_NHIST; k++)
			state_hist_add(&st.hist[k], text);
		state_save(&st, spath, &d);
		state_free(&st);
		bookmarks_init(&b);
		bookmarks_load(&b, bpath, &d);
		bookmarks_add(&b, 1700000000 + (long long)i, id, 0,
		    strlen(quote), "ghi chú", quote, strlen(quote));
		bookmarks_save(&b, bpath, &d);
		bookmarks_free(&b);
		diag_free(&d);
	}
}

int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "path") == 0) {
		char *p = bookmarks_path(argv[2]);

		if (p == NULL)
			return 1;
		puts(p);
		free(p);
		return 0;
	}
	if (argc != 4)
		return 2;
	if (strcmp(argv[1], "check") == 0)
		return check(argv[2], argv[3]);
	if (strcmp(argv[1], "run") == 0) {
		if (check(argv[2], argv[3]) != 0)
			return 1;
		fflush(stdout);
		run(argv[2], argv[3]);
	}
	return 2;
}
