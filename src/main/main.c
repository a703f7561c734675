/*
 * main: options, then one headless mode or the interactive reader.
 *
 * Exit status: 0 success, 1 bad data (any error while loading or
 * checking), 2 bad usage or an unusable terminal.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "dossier.h"
#include "state.h"
#include "ui_reader.h"
#include "ui_keys.h"
#include "util.h"

#define HOSO_VERSION "0.1.0"

#ifndef HOSO_SHAREDIR
#define HOSO_SHAREDIR "/usr/local/share/hoso"
#endif

enum mode {
	MODE_UI, MODE_LIST, MODE_SHOW, MODE_TOPICS, MODE_TOPIC, MODE_TIMELINE,
	MODE_SEARCH, MODE_CHECK
};

enum { OPT_THEME = 256, OPT_NO_STATE, OPT_VERSION };

static const struct option longopts[] = {
	{ "content", required_argument, NULL, 'C' },
	{ "map", required_argument, NULL, 'm' },
	{ "width", required_argument, NULL, 'w' },
	{ "list", no_argument, NULL, 'l' },
	{ "show", required_argument, NULL, 's' },
	{ "topics", no_argument, NULL, 't' },
	{ "topic", required_argument, NULL, 'T' },
	{ "timeline", no_argument, NULL, 'L' },
	{ "search", required_argument, NULL, 'S' },
	{ "check", no_argument, NULL, 'c' },
	{ "theme", required_argument, NULL, OPT_THEME },
	{ "no-state", no_argument, NULL, OPT_NO_STATE },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *fp)
{
	fputs("usage: hoso [-C DIR] [-m MAPFILE] [-w COLS] [--theme NAME|FILE] "
	    "[--no-state] [MODE]\n", fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nA terminal reader for a dossier of Vietnamese news articles.\n"
	    "With no MODE, opens the interactive reader.\n\n"
	    "Modes:\n"
	    "      --list            one article per line (TSV): id, date, "
	    "source, title, topics\n"
	    "      --show ID         the article as the reader shows it\n"
	    "      --topics          TSV: id, title, mentions, articles, "
	    "related topics\n"
	    "      --topic ID        summary, related topics, ranked "
	    "articles, passages\n"
	    "      --timeline        milestones in date order (TSV): date, "
	    "title, topics, sources,\n"
	    "                        event or target\n"
	    "      --search QUERY    every match: article id, paragraph, "
	    "passage with «match»\n"
	    "      --check           validate the corpus and the map; exit 1 "
	    "on any error\n"
	    "      --version, --help\n\n"
	    "Options:\n"
	    "  -C, --content DIR     the corpus (default $HOSO_CONTENT, else "
	    "the bundled dossier)\n"
	    "  -m, --map FILE        the topic map (default DIR/topics.yaml)\n"
	    "  -w, --width COLS      width for --show and --topic (default: "
	    "the terminal's, or 80)\n"
	    "      --theme NAME|FILE colour theme (default, light, mono, or "
	    "a file)\n"
	    "      --no-state        neither restore nor save the reading "
	    "position\n\n"
	    "Search folds case and diacritics: 'thi thuc' finds 'thị thực'; "
	    "typing marks or\ncapitals makes them count.\n\n"
	    "Keys in the reader:\n", stdout);
	for (size_t i = 0; i < ui_nkeys; i++) {
		char keys[64] = "";
		size_t n = 0;

		for (int k = 0; k < UI_KEYS_MAX && ui_keys[i].names[k]; k++)
			n += (size_t)snprintf(keys + n, sizeof keys - n, "%s%s",
			    k > 0 ? ", " : "", ui_keys[i].names[k]);
		printf("  %-22s %s\n", keys, ui_keys[i].en);
	}
	fputs("\nSee hoso(1) for the content format, themes and files.\n",
	    stdout);
}

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

int
main(int argc, char **argv)
{
	enum mode mode = MODE_UI;
	const char *content = NULL, *map = NULL, *arg = NULL, *theme = NULL;
	int width = 0, no_state = 0, c, rc, version = 0, want_help = 0;
	char *dir, *themes, *state_path = NULL;
	struct dossier ds;
	static char progname[] = "hoso";

	/* getopt names the program in its messages: the same name whichever
	 * path started it. */
	argv[0] = progname;
	while ((c = getopt_long(argc, argv, "C:m:w:h", longopts, NULL)) != -1) {
		enum mode m = MODE_UI;

		switch (c) {
		case 'C':
			content = optarg;
			break;
		case 'm':
			map = optarg;
			break;
		case 'w': {
			char *end;
			long v = strtol(optarg, &end, 10);

			if (*optarg == '\0' || *end != '\0' || v < 1 ||
			    v > 10000) {
				fprintf(stderr, "hoso: -w wants a width from 1 "
				    "to 10000, not '%s'\n", optarg);
				return 2;
			}
			width = (int)v;
			break;
		}
		case 'l': m = MODE_LIST; break;
		case 's': m = MODE_SHOW; break;
		case 't': m = MODE_TOPICS; break;
		case 'T': m = MODE_TOPIC; break;
		case 'L': m = MODE_TIMELINE; break;
		case 'S': m = MODE_SEARCH; break;
		case 'c': m = MODE_CHECK; break;
		case OPT_THEME:
			theme = optarg;
			break;
		case OPT_NO_STATE:
			no_state = 1;
			break;
		case OPT_VERSION:
			version = 1;
			break;
		case 'h':
			want_help = 1;
			break;
		default:
			usage(stderr);
			fputs("Try 'hoso --help'.\n", stderr);
			return 2;
		}
		if (m != MODE_UI) {
			if (mode != MODE_UI) {
				fputs("hoso: give one mode at a time\n", stderr);
				usage(stderr);
				return 2;
			}
			mode = m;
			arg = optarg;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "hoso: unexpected argument '%s'\n", argv[optind]);
		usage(stderr);
		return 2;
	}
	if (want_help) {
		help();
		return 0;
	}
	if (version) {
		printf("hoso %s\n", HOSO_VERSION);
		return 0;
	}
	if (width == 0)
		width = terminal_width();

	if (content == NULL && (content = getenv("HOSO_CONTENT")) != NULL &&
	    content[0] == '\0')
		content = NULL;
	dir = content != NULL ? util_strdup(content) : bundled("content", "topics.yaml");
	if (dossier_load(&ds, dir, map, stderr) != 0) {
		dossier_free(&ds);
		free(dir);
		return 1;
	}

	switch (mode) {
	case MODE_LIST:
		rc = cli_list(&ds, stdout);
		break;
	case MODE_SHOW:
		rc = cli_show(&ds, arg, width, stdout);
		break;
	case MODE_TOPICS:
		rc = cli_topics(&ds, stdout);
		break;
	case MODE_TOPIC:
		rc = cli_topic(&ds, arg, width, stdout);
		break;
	case MODE_TIMELINE:
		rc = cli_timeline(&ds, stdout);
		break;
	case MODE_SEARCH:
		rc = cli_search(&ds, arg, stdout);
		break;
	case MODE_CHECK:
		dossier_check(&ds);
		rc = 0;
		break;
	case MODE_UI:
	default: {
		struct ui_reader_options o;
		const char *dirs[1];

		themes = bundled("themes", "default.yaml");
		dirs[0] = themes;
		if (!no_state)
			state_path = state_default_path();
		o.theme = theme;
		o.theme_dirs = dirs;
		o.ntheme_dirs = 1;
		o.state_path = state_path;
		rc = ui_reader_run(&ds, &o);
		if (rc == 0 && ds.diag.n > 0) {
			/* The screen hid what loading said; say it again. */
			diag_print(&ds.diag, stderr);
		}
		free(themes);
		free(state_path);
		break;
	}
	}
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
