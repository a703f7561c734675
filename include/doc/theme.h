/*
 * theme: semantic colour roles and the theme files that style them.  The
 * UI never names a colour: it draws with a role, and ui_theme turns roles
 * into curses attributes.  This module only parses and resolves themes
 * (no curses), so it is tested headless.
 *
 * Theme file (YAML):   name: default
 *                      roles:
 *                        title:   { fg: yellow, bg: default, attrs: [bold] }
 *                        link:    { fg: "#5fafff", attrs: [underline] }
 * Colours: default, the 8 names (black red green yellow blue magenta cyan
 * white), bright-NAME, 0..255, or #rrggbb (nearest of the 256).  Attrs:
 * bold, dim, underline, reverse, italic, standout.
 */
#ifndef HOSO_THEME_H
#define HOSO_THEME_H

#include <stddef.h>

#include "diag.h"

enum theme_role {
	ROLE_TEXT,		/* body text */
	ROLE_TITLE,		/* article / topic / milestone title */
	ROLE_META,		/* date, source, author, counts */
	ROLE_HEADING,		/* section headings inside a detail pane */
	ROLE_HEADER,		/* top line */
	ROLE_TAB,
	ROLE_TAB_ACTIVE,
	ROLE_BORDER,
	ROLE_BORDER_FOCUS,
	ROLE_SELECTION,		/* selected row, focused pane */
	ROLE_SELECTION_DIM,	/* selected row, unfocused pane */
	ROLE_LINK,		/* every link but a mention: one style */
	ROLE_LINK_FOCUS,	/* the link cursor, whatever it is on */
	ROLE_MATCH,		/* search match */
	ROLE_MATCH_CURRENT,
	ROLE_TARGET,		/* passage or quote a jump landed on */
	ROLE_STATUS,
	ROLE_STATUS_KEY,	/* key hints in the status line */
	ROLE_MESSAGE,
	ROLE_ERROR,
	ROLE_AXIS,
	ROLE_AXIS_MARK,
	ROLE_AXIS_CURRENT,
	ROLE_BAR,		/* coverage bars */
	ROLE_BADGE,		/* topic badges in the article list */
	ROLE_CONTROL,		/* ^[ and <U+XXXX> markers */
	ROLE_NOTE,		/* conflict notes, targets */
	ROLE_QUOTE,
	ROLE_MENTION,		/* a topic mention drawn quietly */
	ROLE_UNREAD,		/* an unread article's flag and title */
	/* The topics' own palette: a strong mention (the topic the reader
	 * came from, the one under the link cursor, or all of them when
	 * full colouring is on), the swatch in the Topics view, the badges;
	 * kept apart from every colour of the UI's roles. */
	ROLE_TOPIC_0, ROLE_TOPIC_1, ROLE_TOPIC_2, ROLE_TOPIC_3,
	ROLE_TOPIC_4, ROLE_TOPIC_5, ROLE_TOPIC_6, ROLE_TOPIC_7,
	ROLE_TOPIC_8, ROLE_TOPIC_9, ROLE_TOPIC_10, ROLE_TOPIC_11,
	ROLE_TOPIC_12, ROLE_TOPIC_13, ROLE_TOPIC_14, ROLE_TOPIC_15,
	ROLE_COUNT
};
#define THEME_NTOPIC_ROLES 16

enum {
	THEME_BOLD = 1, THEME_DIM = 2, THEME_UNDERLINE = 4, THEME_REVERSE = 8,
	THEME_ITALIC = 16, THEME_STANDOUT = 32
};

#define THEME_DEFAULT_COLOR (-1)

struct theme_style {
	int fg, bg;		/* THEME_DEFAULT_COLOR or 0..255 */
	unsigned attrs;
};

struct theme {
	char *name;
	struct theme_style role[ROLE_COUNT];
};

/* The highlight role of topic number i (cycles through the topic roles). */
enum theme_role theme_topic_role(size_t topic);
/* 1 when r is one of the topic roles. */
int theme_is_topic_role(enum theme_role r);
/* The role's name in theme files ("title", "topic-3", ...). */
const char *theme_role_name(enum theme_role r);
/* The built-in default (dark) theme. */
void theme_builtin(struct theme *t);
/* The built-in monochrome theme (NO_COLOR): attributes only. */
void theme_mono(struct theme *t);
/* Starts from the built-in default and applies path.  Problems are
 * warnings (FILE:LINE:COL); returns -1 if the file could not be used at
 * all (t is then the built-in default). */
int theme_load(struct theme *t, const char *path, struct diag *d);
/* Resolves NAME|FILE: a value with a '/' or ending in .yaml is a path;
 * otherwise $XDG_CONFIG_HOME/hoso/themes/NAME.yaml (default
 * ~/.config/...), then each of the `ndirs` directories given.  Returns a
 * heap path or NULL. */
char *theme_find(const char *name_or_path, const char *const *dirs,
    int ndirs);
void theme_free(struct theme *t);

#endif
