/*
 * main: where the corpus and the themes are, the config file and the
 * language, then one headless mode or the interactive reader (options.c
 * reads the command line).
 *
 * Exit status: 0 success, 1 bad data (any error while loading or
 * checking) or a --search that found nothing, 2 bad usage (a -C that is
 * no corpus, an unreadable --config included) or an unusable terminal;
 * util_fatal exits 70 (out of memory, a broken invariant).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lang.h"
#include "cli.h"
#include "config.h"
#include "diag.h"
#include "dossier.h"
#include "dossier_query.h"
#include "options.h"
#include "state.h"
#include "ui_keys.h"
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

/* Why dir cannot be a corpus, in one line, before anything else (the
 * terminal above all) is touched: 0 when it can be, else 2, the status of
 * a bad command line.  how says where the name came from. */
static int
check_content(const char *dir, const char *how)
{
	struct util_buf b;
	struct stat st;
	const char *why = NULL;
	int err = stat(dir, &st) != 0 ? errno : 0;

	util_buf_init(&b);
	if (err == ENOENT || err == ENOTDIR) {
		why = "no such directory";
	} else if (err != 0) {
		why = strerror(err);
	} else if (!S_ISDIR(st.st_mode)) {
		why = "not a directory";
	} else {
		util_buf_printf(&b, "%s/articles", dir);
		err = stat(b.data, &st) != 0 ? errno : 0;
		if (err == 0 && S_ISDIR(st.st_mode))
			why = NULL;
		else if (err != 0 && err != ENOENT && err != ENOTDIR)
			why = strerror(err);
		else
			why = "not a corpus (it has no articles/ directory)";
	}
	util_buf_free(&b);
	if (why == NULL)
		return 0;
	diag_say(stderr, "%s%s: %s", how, dir, why);
	return 2;
}

/* The config file as the options say (none, --config's, or the
 * default one, which need not exist): 0, or 2 when --config names a
 * file that cannot be read. */
static int
load_config(struct config *cfg, const struct options *opt, struct diag *d)
{
	char *path;

	config_init(cfg);
	if (opt->no_config)
		return 0;
	if (opt->config != NULL) {
		if (config_load(cfg, opt->config, d) == 0)
			return 0;
		diag_say(stderr, "--config %s: %s", opt->config,
		    errno == ENOENT ? "no such file" : util_read_why());
		return 2;
	}
	if ((path = config_default_path()) == NULL)
		return 0;
	if (config_load(cfg, path, d) != 0 && errno != ENOENT)
		diag_emit(d, DIAG_WARNING, path, 0, 0, "%s", util_read_why());
	free(path);
	return 0;
}

/* The one place that knows the reader's options. */
static int
run_reader(struct dossier *ds, const struct options *opt,
    const struct config *cfg)
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
	o.text_width = cfg->text_width;
	o.text_center = cfg->text_center;
	o.no_mouse = opt->no_mouse || !cfg->mouse;
	o.osc8 = cfg->osc8;
	o.osc52 = cfg->osc52;
	o.copy_command = cfg->copy_command;
	o.queries = cfg->queries;
	o.nqueries = cfg->nqueries;
	/* The hint to run --check names the corpus as the user did; one
	 * from HOSO_CONTENT is still there for that run. */
	o.content_arg = opt->content;
	o.map_arg = opt->map;
	/* Loading was quiet; the reader says what it said, once, when the
	 * terminal is back (or when it could not take the terminal). */
	rc = ui_reader_run(ds, &o);
	free(themes);
	free(state_path);
	return rc;
}

static int
run_mode_filtered(struct dossier *ds, const struct options *opt,
    const struct config *cfg, int width, const struct dossier_query *dq)
{
	switch (opt->mode) {
	case MODE_LIST:
		return cli_list(ds, dq, opt->format, stdout);
	case MODE_SHOW:
		return cli_show(ds, opt->arg, width, opt->format, stdout);
	case MODE_TOPICS:
		return cli_topics(ds, opt->format, stdout);
	case MODE_TOPIC:
		if (opt->have_export)
			return cli_export_topic(ds, opt->arg, opt->export,
			    stdout);
		return cli_topic(ds, opt->arg, width, opt->format,
		    stdout);
	case MODE_TIMELINE:
		if (opt->have_export)
			return cli_export_timeline(ds, dq, opt->export, stdout);
		return cli_timeline(ds, dq, opt->format, stdout);
	case MODE_SEARCH:
		return cli_search(ds, opt->arg, dq, opt->format, stdout);
	case MODE_BOOKMARKS:
		return cli_bookmarks(ds, opt->have_export, opt->export,
		    opt->format, stdout);
	case MODE_CHECK:
		dossier_check(ds);
		/* After the check's own words (on stderr), the hints. */
		if (opt->suggest)
			return cli_suggest(ds, opt->format, stdout);
		return 0;
	case MODE_UI:
	default:
		return run_reader(ds, opt, cfg);
	}
}

/* --filter, parsed against the map for the mode's list: 0 and *dq, or
 * 2 (the exit status) after saying what is wrong and where. */
static int
open_filter(const struct dossier *ds, const struct options *opt,
    struct query *q, struct dossier_query *dq)
{
	char err[QUERY_ERRSIZE];
	int col;

	if (query_parse(q, opt->filter, opt->mode == MODE_TIMELINE ?
	    QUERY_TIMELINE : QUERY_ARTICLES, &ds->map, err, &col) != 0) {
		diag_say(stderr, "--filter:1:%d: error: %s", col, err);
		return 2;
	}
	if (dossier_query_init(dq, ds, q) != 0) {
		fputs("hoso: --filter: the index cannot read its words\n",
		    stderr);
		query_free(q);
		return 2;
	}
	return 0;
}

static int
run_mode(struct dossier *ds, const struct options *opt,
    const struct config *cfg, int width)
{
	struct query q;
	struct dossier_query dq;
	int rc;

	if (opt->filter == NULL)
		return run_mode_filtered(ds, opt, cfg, width, NULL);
	if ((rc = open_filter(ds, opt, &q, &dq)) != 0)
		return rc;
	rc = run_mode_filtered(ds, opt, cfg, width, &dq);
	dossier_query_free(&dq);
	query_free(&q);
	return rc;
}

int
main(int argc, char **argv)
{
	struct options opt;
	struct dossier_opts dopts;
	struct config cfg;
	struct diag cdiag;
	const char *content;
	struct dossier ds;
	char *dir;
	int rc, quiet;

	/* Before anything is said: the environment's language, until
	 * --lang or the config file says otherwise. */
	lang_set(lang_from_env());
	if ((rc = options_parse(&opt, argc, argv)) != 0)
		return rc;
	if (opt.version) {
		printf("hoso %s\n", HOSO_VERSION);
		return 0;
	}
	/* --help and --dump-keys show the keys in force, so the config
	 * file comes first; neither needs a corpus or a terminal. */
	if (opt.help || opt.dump_keys) {
		diag_init(&cdiag, stderr);
		rc = load_config(&cfg, &opt, &cdiag);
		if (rc == 0) {
			ui_keys_apply(&cfg, &cdiag);
			if (opt.help)
				options_help(stdout);
			else
				ui_keys_dump(stdout);
		}
		config_free(&cfg);
		diag_free(&cdiag);
		if (rc == 0 && (fflush(stdout) != 0 || ferror(stdout))) {
			fputs("hoso: error writing output\n", stderr);
			rc = 1;
		}
		return rc;
	}

	content = opt.content;
	if (content == NULL && (content = getenv("HOSO_CONTENT")) != NULL &&
	    content[0] == '\0')
		content = NULL;
	if (content != NULL && check_content(content, opt.content != NULL ?
	    "-C " : "HOSO_CONTENT=") != 0)
		return 2;
	quiet = opt.mode == MODE_UI;
	/* Precedence: --lang, then the config file, then the environment
	 * (already set).  The reader's config warnings wait, as loading's
	 * do, until the terminal is back. */
	diag_init(&cdiag, quiet ? NULL : stderr);
	if ((rc = load_config(&cfg, &opt, &cdiag)) != 0) {
		diag_free(&cdiag);
		return rc;
	}
	ui_keys_apply(&cfg, &cdiag);
	if (cfg.have_lang)
		lang_set(cfg.lang);
	if (opt.have_lang)
		lang_set(opt.lang);
	dir = content != NULL ? util_strdup(content) :
	    bundled("content", "topics.yaml");
	dopts.cache = opt.no_cache ? DOSSIER_NO_CACHE : opt.rebuild_index ?
	    DOSSIER_REBUILD : DOSSIER_CACHE;
	/* The reader draws from the index as it is while it is updated;
	 * a headless mode answers for the corpus as it is now. */
	dopts.background = opt.mode == MODE_UI;
	if (dossier_open(&ds, dir, opt.map, quiet ? NULL : stderr,
	    &dopts) != 0) {
		if (quiet) {
			diag_print(&cdiag, stderr);
			diag_print(&ds.diag, stderr);
		}
		diag_free(&cdiag);
		config_free(&cfg);
		dossier_free(&ds);
		free(dir);
		return 1;
	}

	/* Saved queries are the reader's, and name the map's topics. */
	if (opt.mode == MODE_UI)
		config_queries_bind(&cfg, &ds.map, &cdiag);
	rc = run_mode(&ds, &opt, &cfg, opt.width != 0 ? opt.width :
	    terminal_width());
	if (quiet)
		diag_print(&cdiag, stderr);
	diag_free(&cdiag);
	config_free(&cfg);
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
