/*
 * main: where the corpus and the themes are, then one headless mode or
 * the interactive reader (options.c reads the command line).
 *
 * Exit status: 0 success, 1 bad data (any error while loading or
 * checking) or a --search that found nothing, 2 bad usage or an unusable
 * terminal; util_fatal exits 70 (out of memory, a broken invariant).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lang.h"
#include "cli.h"
#include "dossier.h"
#include "options.h"
#include "state.h"
#include "ui_reader.h"
#include "util.h"

#define HOSO_VERSION "0.1.0"

#ifndef HOSO_SHAREDIR
#define HOSO_SHAREDIR "/usr/local/share/hoso"
#endif

static char *
exe_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	if ((slash = strrchr(buf, '/')) == NULL)
		return NULL;
	*slash = '\0';
	return util_strdup(buf);
}

/* Whether dir holds the file that marks a bundled directory. */
static int
has(const char *dir, const char *marker)
{
	struct util_buf b;
	struct stat st;
	int ok;

	util_buf_init(&b);
	util_buf_printf(&b, "%s/%s", dir, marker);
	ok = stat(b.data, &st) == 0 && S_ISREG(st.st_mode);
	util_buf_free(&b);
	return ok;
}

/* The bundled directory `what` (content or themes, recognised by
 * `marker`): beside the binary in the build tree (./hoso or
 * build/std/hoso), else the installed one. */
static char *
bundled(const char *what, const char *marker)
{
	static const char *const near[] = { "", "/../.." };
	char *dir = exe_dir();
	struct util_buf b;

	util_buf_init(&b);
	for (size_t i = 0; dir != NULL && i < 2; i++) {
		b.len = 0;
		util_buf_printf(&b, "%s%s/%s", dir, near[i], what);
		if (has(b.data, marker)) {
			free(dir);
			return util_buf_detach(&b, NULL);
		}
	}
	free(dir);
	b.len = 0;
	util_buf_printf(&b, "%s/%s", HOSO_SHAREDIR, what);
	return util_buf_detach(&b, NULL);
}

static int
terminal_width(void)
{
	struct winsize ws;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* The one place that knows the reader's options. */
static int
run_reader(struct dossier *ds, const struct options *opt)
{
	struct ui_reader_options o;
	char *themes = bundled("themes", "default.yaml");
	char *state_path = opt->no_state ? NULL : state_default_path();
	const char *dirs[1];
	int rc;

	dirs[0] = themes;
	o.theme = opt->theme;
	o.theme_dirs = dirs;
	o.ntheme_dirs = 1;
	o.state_path = state_path;
	/* Loading was quiet; the reader says what it said, once, when the
	 * terminal is back (or when it could not take the terminal). */
	rc = ui_reader_run(ds, &o);
	free(themes);
	free(state_path);
	return rc;
}

static int
run_mode(struct dossier *ds, const struct options *opt, int width)
{
	switch (opt->mode) {
	case MODE_LIST:
		return cli_list(ds, stdout);
	case MODE_SHOW:
		return cli_show(ds, opt->arg, width, stdout);
	case MODE_TOPICS:
		return cli_topics(ds, stdout);
	case MODE_TOPIC:
		return cli_topic(ds, opt->arg, width, stdout);
	case MODE_TIMELINE:
		return cli_timeline(ds, stdout);
	case MODE_SEARCH:
		return cli_search(ds, opt->arg, stdout);
	case MODE_CHECK:
		dossier_check(ds);
		return 0;
	case MODE_UI:
	default:
		return run_reader(ds, opt);
	}
}

int
main(int argc, char **argv)
{
	struct options opt;
	struct dossier_opts dopts;
	const char *content;
	struct dossier ds;
	char *dir;
	int rc, quiet;

	/* Before anything is said: the environment's language, until
	 * --lang or the config file says otherwise. */
	lang_set(lang_from_env());
	if ((rc = options_parse(&opt, argc, argv)) != 0)
		return rc;
	if (opt.help) {
		options_help(stdout);
		return 0;
	}
	if (opt.version) {
		printf("hoso %s\n", HOSO_VERSION);
		return 0;
	}

	content = opt.content;
	if (content == NULL && (content = getenv("HOSO_CONTENT")) != NULL &&
	    content[0] == '\0')
		content = NULL;
	dir = content != NULL ? util_strdup(content) :
	    bundled("content", "topics.yaml");
	quiet = opt.mode == MODE_UI;
	dopts.cache = opt.no_cache ? DOSSIER_NO_CACHE : opt.rebuild_index ?
	    DOSSIER_REBUILD : DOSSIER_CACHE;
	/* The reader draws from the index as it is while it is updated;
	 * a headless mode answers for the corpus as it is now. */
	dopts.background = opt.mode == MODE_UI;
	if (dossier_open(&ds, dir, opt.map, quiet ? NULL : stderr,
	    &dopts) != 0) {
		if (quiet)
			diag_print(&ds.diag, stderr);
		dossier_free(&ds);
		free(dir);
		return 1;
	}

	rc = run_mode(&ds, &opt, opt.width != 0 ? opt.width : terminal_width());
	if (rc == 0 && ds.diag.worst == DIAG_ERROR)
		rc = 1;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fputs("hoso: error writing output\n", stderr);
		rc = rc ? rc : 1;
	}
	dossier_free(&ds);
	free(dir);
	return rc;
}
