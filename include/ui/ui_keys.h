/*
 * ui_keys: the key table.  One array drives the dispatcher, the help
 * overlay, --help's key summary and the test that checks the man page.
 * Key codes are curses codes (get_wch), which is why this lives in the UI.
 * Nothing else names a key: the status line's hints and the help's own
 * lines take the names from here.  The table is the default; the config
 * file's keys: rewrite it once at start (ui_keys_apply), before anything
 * reads it.
 */
#ifndef HOSO_UI_KEYS_H
#define HOSO_UI_KEYS_H

#include <stddef.h>
#include <stdio.h>
#include <wchar.h>

#include "config.h"
#include "diag.h"

enum ui_action {
	ACT_NONE,
	ACT_DOWN, ACT_UP, ACT_PAGE_DOWN, ACT_PAGE_UP, ACT_HALF_DOWN,
	ACT_HALF_UP, ACT_FIRST, ACT_LAST,
	ACT_VIEW_ARTICLES, ACT_VIEW_TIMELINE, ACT_VIEW_TOPICS,
	ACT_VIEW_BOOKMARKS,
	ACT_FOCUS_LIST, ACT_FOCUS_DETAIL, ACT_NEXT_LINK, ACT_PREV_LINK,
	ACT_OPEN, ACT_BACK, ACT_FORWARD,
	ACT_SEARCH, ACT_NEXT_MATCH, ACT_PREV_MATCH, ACT_SEARCH_CORPUS,
	ACT_NEXT_PARA, ACT_PREV_PARA, ACT_NEXT_YEAR, ACT_PREV_YEAR,
	ACT_HELP, ACT_REDRAW, ACT_QUIT,
	ACT_CLOSE, ACT_LINE_DOWN, ACT_LINE_UP, ACT_NEXT_ITEM, ACT_PREV_ITEM,
	ACT_PERCENT, ACT_CLEAR_HL,
	ACT_ZOOM, ACT_LIST_NARROWER, ACT_LIST_WIDER,
	ACT_MOUSE,
	ACT_ZOOM_IN, ACT_ZOOM_OUT,
	ACT_TOPIC_COLOUR,
	ACT_FILTER, ACT_SCOPE, ACT_SORT, ACT_COPY, ACT_COPY_MD,
	ACT_PIPE, ACT_BOOKMARK, ACT_BOOKMARK_DELETE, ACT_TOGGLE_READ,
	ACT_COUNT
};

/* Where a binding applies. */
enum {
	UI_KEYS_ALL = 0,		/* everywhere */
	UI_KEYS_TIMELINE = 1		/* only in the timeline view */
};

#define UI_KEYS_MAX 8

struct ui_key {
	enum ui_action action;
	const char *name;		/* the config file's and --dump-keys's
					 * name of the action: kebab-case */
	int keys[UI_KEYS_MAX];		/* curses codes; 0 ends the list */
	const char *names[UI_KEYS_MAX];	/* as the help and man page spell them */
	int scope;
	const char *en, *vi;		/* what it does */
	const char *brief;		/* names[0] on the status line, when
					 * shorter; NULL: names[0] itself */
	int prefix[UI_KEYS_MAX];	/* keys[k] is the second key of a
					 * sequence after prefix[k] ("g g");
					 * 0: a key of its own */
};

extern struct ui_key ui_keys[];
extern const size_t ui_nkeys;

/* Esc steps back like q, and starts two-key bindings (Esc u, as less
 * has them; Alt-u sends the same bytes): those are UI_KEY_META(c).  Its
 * code and its name are here so that nothing else spells them. */
#define UI_KEY_ESC 27
#define UI_KEY_META(c) (0x10000 | (c))
extern const char ui_keys_esc[];
/* A character beyond ASCII, as a binding's code: its code point would
 * be a KEY_* value (Ă is KEY_DOWN). */
#define UI_KEY_CHAR(c) (0x200000 | (c))

/* The table's code of a key as get_wch gave it, or -1. */
int ui_keys_code(int rc, wint_t wc);

/* The action bound to key in scope (UI_KEYS_ALL or a view's scope). */
enum ui_action ui_keys_lookup(int key, int scope);
/* The action of the sequence prefix, key; whether key starts one. */
enum ui_action ui_keys_lookup2(int prefix, int key, int scope);
int ui_keys_is_prefix(int key, int scope);
/* The binding of an action (every action has exactly one). */
const struct ui_key *ui_keys_of(enum ui_action a);
/* Its first name ("j"), and the status line's spelling of it ("Bksp");
 * an action the config file unbound has "—". */
const char *ui_keys_name(enum ui_action a);
const char *ui_keys_brief(enum ui_action a);

/* A key as get_wch gave it (rc, wc), named as a person would ("x", "ă",
 * "Ctrl-X", "F5", "Insert"), for "does nothing": every unbound key gets
 * the same message, whatever kind of key it is. */
void ui_keys_describe(int rc, wint_t wc, char *buf, size_t n);

/* The config file's keys: into the table, each action given keys losing
 * its defaults and every other action losing those keys; unknown
 * actions and keys that do not parse are FILE:LINE:COL warnings in d. */
void ui_keys_apply(const struct config *c, struct diag *d);
/* A key's name as the config file gives it ("Ctrl-n", "g g") into its
 * codes and prefix (up to UI_KEYS_MAX) and its spelling in the table
 * ("Ctrl-N"): the number of codes, or 0 with *why set. */
int ui_keys_parse(const char *s, int *codes, int *prefix, char *name,
    size_t n, const char **why);
/* --dump-keys: one action a line, name, keys and what it does (TSV). */
void ui_keys_dump(FILE *fp);

#endif
