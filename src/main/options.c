/*
 * options: getopt_long over hoso's options and modes,
 * and the --help text, whose key list comes from the reader's key table
 * so the two cannot disagree.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "options.h"
#include "ui_keys.h"

enum {
	OPT_THEME = 256, OPT_NO_STATE, OPT_VERSION, OPT_NO_CACHE, OPT_REBUILD,
	OPT_LANG, OPT_CONFIG, OPT_NO_CONFIG, OPT_NO_MOUSE, OPT_FORMAT,
	OPT_FILTER, OPT_DUMP_KEYS, OPT_EXPORT, OPT_SUGGEST
};

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
	{ "bookmarks", no_argument, NULL, 'B' },
	{ "suggest", no_argument, NULL, OPT_SUGGEST },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "filter", required_argument, NULL, OPT_FILTER },
	{ "export", required_argument, NULL, OPT_EXPORT },
	{ "theme", required_argument, NULL, OPT_THEME },
	{ "no-state", no_argument, NULL, OPT_NO_STATE },
	{ "no-cache", no_argument, NULL, OPT_NO_CACHE },
	{ "rebuild-index", no_argument, NULL, OPT_REBUILD },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
	{ "no-mouse", no_argument, NULL, OPT_NO_MOUSE },
	{ "dump-keys", no_argument, NULL, OPT_DUMP_KEYS },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

void
options_usage(FILE *fp)
{
	fputs("usage: hoso [-C DIR] [-m MAPFILE] [-w COLS] [--theme NAME|FILE] "
	    "[--no-state]\n            [--no-cache | --rebuild-index] "
	    "[--lang vi|en] [--no-mouse]\n            [--config FILE | "
	    "--no-config] [--format tsv|json] [--filter QUERY]\n"
	    "            [--export markdown|json] [--suggest] [MODE]\n", fp);
}

void
options_help(FILE *fp)
{
	options_usage(fp);
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
	    "      --filter QUERY    with --list, --search, --timeline: only "
	    "what the query\n"
	    "                        matches (words, topic:, source:, from:, "
	    "to:, date:, ...)\n"
	    "      --bookmarks       the reader's bookmarks of the corpus "
	    "(TSV): date, id,\n"
	    "                        start, end, status, title, note, quote\n"
	    "      --export markdown|json\n"
	    "                        with --topic, --timeline or --bookmarks: "
	    "a brief, every\n"
	    "                        passage or quote cited with its "
	    "article's title, source,\n                        date, URL\n"
	    "      --check           validate the corpus and the map; exit 1 "
	    "on any error\n"
	    "      --suggest         with --check: keyword candidates per "
	    "topic, as YAML to\n"
	    "                        paste into the map (hints; nothing is "
	    "changed)\n"
	    "      --dump-keys       the reader's keys in force (TSV): action, "
	    "keys, what\n                        it does\n"
	    "      --version, --help\n\n"
	    "Options:\n"
	    "  -C, --content DIR     the corpus (default $HOSO_CONTENT, else "
	    "the bundled dossier)\n"
	    "  -m, --map FILE        the topic map (default DIR/topics.yaml)\n"
	    "  -w, --width COLS      width for --show and --topic (default: "
	    "the terminal's, or 80)\n"
	    "      --format tsv|json the modes' output (default tsv); json: "
	    "an object a line for\n"
	    "                        the lists, one object for --show and "
	    "--topic (hoso(1))\n"
	    "      --theme NAME|FILE colour theme (default, light, mono, or "
	    "a file)\n"
	    "      --no-state        neither restore nor save the reading "
	    "position, the\n"
	    "                        bookmarks and the articles read\n"
	    "      --no-cache        index the corpus in memory; write no "
	    "index file\n"
	    "      --rebuild-index   throw the corpus's index away and make "
	    "it anew\n"
	    "      --lang vi|en      the reader's language (default: the "
	    "config file's, else\n"
	    "                        vi when LANGUAGE or LC_MESSAGES says vi, "
	    "else en)\n"
	    "      --no-mouse        leave the mouse to the terminal (M "
	    "toggles it in the reader)\n"
	    "      --config FILE     read FILE instead of "
	    "$XDG_CONFIG_HOME/hoso/config.yaml\n"
	    "      --no-config       read no config file\n\n"
	    "Settings (lang, text-width, text-align, mouse, osc8, keys) are "
	    "read from config.yaml\nin $XDG_CONFIG_HOME/hoso/ (default "
	    "~/.config/hoso/); the options override them.\nIts keys: maps "
	    "action names (see --dump-keys) to keys: next-item: [J, Ctrl-N].\n"
	    "A sample is installed in share/hoso/config.yaml.sample.\n\n"
	    "This help and the messages on standard error are in English; "
	    "the reader speaks\nthe language chosen.\n\n"
	    "The index of a corpus is kept in $XDG_CACHE_HOME/hoso/ (default "
	    "~/.cache/hoso/)\nand brought up to date at each start: only "
	    "files added, changed or removed\nare read again.\n\n"
	    "Search folds case and diacritics: 'thi thuc' finds 'thị thực'; "
	    "typing marks or\ncapitals makes them count.\n\n"
	    "Keys in the reader:\n", fp);
	for (size_t i = 0; i < ui_nkeys; i++) {
		char keys[64] = "";
		size_t n = 0;

		if (ui_keys[i].names[0] == NULL)
			continue;
		for (int k = 0; k < UI_KEYS_MAX && ui_keys[i].names[k] &&
		    n < sizeof keys; k++)
			n += (size_t)snprintf(keys + n, sizeof keys - n, "%s%s",
			    k > 0 ? ", " : "", ui_keys[i].names[k]);
		fprintf(fp, "  %-22s %s\n", keys, ui_keys[i].en);
	}
	fputs("\nExit status:\n"
	    "  0   success; for --search, something matched\n"
	    "  1   bad data (errors in the corpus or the map); for --search, "
	    "no match\n"
	    "  2   bad usage (a -C that is no corpus directory included), or "
	    "no terminal the\n      reader can use\n"
	    "  70  fatal: out of memory, or a broken invariant (a bug in "
	    "hoso)\n"
	    "\nSee hoso(1) for the content format, themes and files.\n", fp);
}

/* -w's value, or 0 when it is not a width. */
static int
parse_width(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 1 || v > 10000)
		return 0;
	return (int)v;
}

/* The long option whose value is val, or NULL. */
static const char *
long_name(int val)
{
	for (const struct option *l = longopts; l->name != NULL; l++)
		if (l->val == val)
			return l->name;
	return NULL;
}

/*
 * What getopt would have said of the option it stopped at (c is ':' or
 * '?'), with the option as typed made safe: getopt's own message echoes
 * it byte for byte, escape sequences and all.  word is argv[optind - 1],
 * the argument a long option was in (for a short one inside a cluster
 * it may be an earlier argument, hence the check of its name).
 */
static void
bad_option(int c, const char *word)
{
	const char *name = long_name(optopt);
	char one[2] = { (char)optopt, '\0' };
	size_t n = 0;

	if (word != NULL && strncmp(word, "--", 2) == 0)
		n = strcspn(word + 2, "=");
	if (n > 0 && optopt == 0)
		diag_say(stderr, "unrecognized or ambiguous option '%s'", word);
	else if (n > 0 && name != NULL && strncmp(word + 2, name, n) == 0)
		diag_say(stderr, c == ':' ? "option '--%s' requires an "
		    "argument" : "option '--%s' doesn't allow an argument",
		    name);
	else
		diag_say(stderr, c == ':' ? "option requires an argument -- "
		    "'%s'" : "invalid option -- '%s'", one);
}

static enum mode
mode_of(int c)
{
	switch (c) {
	case 'l': return MODE_LIST;
	case 's': return MODE_SHOW;
	case 't': return MODE_TOPICS;
	case 'T': return MODE_TOPIC;
	case 'L': return MODE_TIMELINE;
	case 'S': return MODE_SEARCH;
	case 'c': return MODE_CHECK;
	case 'B': return MODE_BOOKMARKS;
	default: return MODE_UI;
	}
}

int
options_parse(struct options *o, int argc, char **argv)
{
	static char progname[] = "hoso";
	int c;

	memset(o, 0, sizeof *o);
	o->mode = MODE_UI;
	/* getopt names the program in its messages: the same name whichever
	 * path started it. */
	argv[0] = progname;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":C:m:w:h", longopts, NULL)) != -1) {
		enum mode m = mode_of(c);

		if (m != MODE_UI) {
			if (o->mode != MODE_UI) {
				fputs("hoso: give one mode at a time\n", stderr);
				options_usage(stderr);
				return 2;
			}
			o->mode = m;
			o->arg = optarg;
			continue;
		}
		switch (c) {
		case 'C':
			o->content = optarg;
			break;
		case 'm':
			o->map = optarg;
			break;
		case 'w':
			if ((o->width = parse_width(optarg)) == 0) {
				diag_say(stderr, "-w wants a width from 1 to "
				    "10000, not '%s'", optarg);
				return 2;
			}
			break;
		case OPT_THEME:
			o->theme = optarg;
			break;
		case OPT_NO_STATE:
			o->no_state = 1;
			break;
		case OPT_NO_CACHE:
			o->no_cache = 1;
			break;
		case OPT_REBUILD:
			o->rebuild_index = 1;
			break;
		case OPT_LANG:
			if (lang_parse(optarg, &o->lang) != 0) {
				diag_say(stderr, "--lang wants vi or en, not "
				    "'%s'", optarg);
				return 2;
			}
			o->have_lang = 1;
			break;
		case OPT_FORMAT:
			o->have_format = 1;
			if (cli_format_parse(optarg, &o->format) != 0) {
				diag_say(stderr, "unknown format '%s' (tsv or "
				    "json)", optarg);
				return 2;
			}
			break;
		case OPT_FILTER:
			o->filter = optarg;
			break;
		case OPT_EXPORT:
			if (cli_export_parse(optarg, &o->export) != 0) {
				diag_say(stderr, "unknown export format '%s' "
				    "(markdown or json)", optarg);
				return 2;
			}
			o->have_export = 1;
			break;
		case OPT_SUGGEST:
			o->suggest = 1;
			break;
		case OPT_CONFIG:
			o->config = optarg;
			break;
		case OPT_NO_CONFIG:
			o->no_config = 1;
			break;
		case OPT_NO_MOUSE:
			o->no_mouse = 1;
			break;
		case OPT_VERSION:
			o->version = 1;
			break;
		case OPT_DUMP_KEYS:
			o->dump_keys = 1;
			break;
		case 'h':
			o->help = 1;
			break;
		default:
			bad_option(c, optind > 0 && optind <= argc ?
			    argv[optind - 1] : NULL);
			options_usage(stderr);
			fputs("Try 'hoso --help'.\n", stderr);
			return 2;
		}
	}
	if (o->filter != NULL && o->mode != MODE_LIST &&
	    o->mode != MODE_SEARCH && o->mode != MODE_TIMELINE) {
		fputs("hoso: --filter goes with --list, --search or "
		    "--timeline\n", stderr);
		options_usage(stderr);
		return 2;
	}
	if (o->have_export && o->mode != MODE_TOPIC &&
	    o->mode != MODE_TIMELINE && o->mode != MODE_BOOKMARKS) {
		fputs("hoso: --export goes with --topic, --timeline or "
		    "--bookmarks\n", stderr);
		options_usage(stderr);
		return 2;
	}
	/* A brief has its own formats; --format json beside it would be a
	 * second answer to the same question. */
	if (o->have_export && o->have_format) {
		fputs("hoso: --export and --format exclude each other "
		    "(--export json is the brief as JSON)\n", stderr);
		options_usage(stderr);
		return 2;
	}
	if (o->suggest && o->mode != MODE_CHECK) {
		fputs("hoso: --suggest goes with --check\n", stderr);
		options_usage(stderr);
		return 2;
	}
	if (o->no_cache && o->rebuild_index) {
		fputs("hoso: --no-cache and --rebuild-index exclude each other\n",
		    stderr);
		options_usage(stderr);
		return 2;
	}
	if (o->config != NULL && o->no_config) {
		fputs("hoso: --config and --no-config exclude each other\n",
		    stderr);
		options_usage(stderr);
		return 2;
	}
	if (optind < argc) {
		diag_say(stderr, "unexpected argument '%s'", argv[optind]);
		options_usage(stderr);
		return 2;
	}
	return 0;
}
