/*
 * ui_prompt: a one-line text input on the status line (search queries).
 * Input arrives through get_wch, so whatever an input method sends (a
 * whole precomposed Vietnamese letter, or a base and its marks) is taken
 * as it comes.  Editing is by grapheme, at a cursor: Left and Right step
 * over a user-perceived character, Backspace and Delete remove one with
 * its marks, Ctrl-W a word.  Up and Down walk the prompt's history (a
 * state_hist, kept in the state file), which Enter adds to.
 *
 * Its keys are data (ui_prompt_keys), which the dispatcher, the help
 * overlay and the man-page test all read.
 */
#ifndef HOSO_UI_PROMPT_H
#define HOSO_UI_PROMPT_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "state.h"
#include "util.h"

#define UI_PROMPT_MAX 512		/* bytes of input */

struct ui_prompt {
	int active;
	int kind;			/* the caller's tag */
	const char *label;		/* "/" or "Tìm trong kho / Search: " */
	struct util_buf text;		/* UTF-8, always NUL-terminated */
	size_t cur;			/* the cursor: a byte offset into
					 * text, at a grapheme's start */
	struct state_hist *hist;	/* Up and Down walk it; or NULL */
	size_t hpos;			/* the entry shown; hist->n: the
					 * line being typed */
	struct util_buf draft;		/* that line, while walking */
};

enum ui_prompt_op {
	UI_PROMPT_OP_ENTER, UI_PROMPT_OP_CANCEL, UI_PROMPT_OP_LEFT,
	UI_PROMPT_OP_RIGHT, UI_PROMPT_OP_HOME, UI_PROMPT_OP_END,
	UI_PROMPT_OP_BACKSPACE, UI_PROMPT_OP_DELETE, UI_PROMPT_OP_CLEAR,
	UI_PROMPT_OP_KILL, UI_PROMPT_OP_WORD, UI_PROMPT_OP_PREV,
	UI_PROMPT_OP_NEXT
};

#define UI_PROMPT_KEYS_MAX 3

struct ui_prompt_binding {
	enum ui_prompt_op op;
	int chars[UI_PROMPT_KEYS_MAX];	/* get_wch characters; 0 ends */
	int fkeys[UI_PROMPT_KEYS_MAX];	/* get_wch function keys; 0 ends */
	const char *names[UI_PROMPT_KEYS_MAX];	/* as help and man spell them */
	const char *en, *vi;		/* what it does */
};

extern const struct ui_prompt_binding ui_prompt_keys[];
extern const size_t ui_prompt_nkeys;

enum ui_prompt_result {
	UI_PROMPT_IGNORED,		/* nothing changed */
	UI_PROMPT_EDITED,		/* the text changed */
	UI_PROMPT_MOVED,		/* only the cursor moved */
	UI_PROMPT_ENTER,
	UI_PROMPT_CANCEL
};

void ui_prompt_init(struct ui_prompt *p);
void ui_prompt_free(struct ui_prompt *p);
/* Opens with initial text (may be NULL), the cursor at its end, and the
 * history to walk (may be NULL). */
void ui_prompt_open(struct ui_prompt *p, int kind, const char *label,
    const char *initial, struct state_hist *hist);
void ui_prompt_close(struct ui_prompt *p);

/* Inserts a character at the cursor, after which the cursor goes; -1
 * (nothing added) for a control, format or unassigned character, or when
 * the input is full. */
int ui_prompt_insert(struct ui_prompt *p, uint32_t uc);
/* Removes the grapheme before the cursor; -1 at the start. */
int ui_prompt_backspace(struct ui_prompt *p);
/* Removes the grapheme at the cursor; -1 at the end. */
int ui_prompt_delete(struct ui_prompt *p);
/* Removes the word before the cursor and the spaces after it; -1 at the
 * start.  Words are what spaces separate (a Vietnamese syllable). */
int ui_prompt_delete_word(struct ui_prompt *p);
/* Moves the cursor one grapheme (dir < 0: back); -1 when it cannot. */
int ui_prompt_move(struct ui_prompt *p, int dir);
/* Shows the previous (dir < 0) or next history entry; -1 when none. */
int ui_prompt_history(struct ui_prompt *p, int dir);
void ui_prompt_clear(struct ui_prompt *p);

/* One get_wch result (rc OK or KEY_CODE_YES, and the code).  Enter adds
 * the text to the history. */
enum ui_prompt_result ui_prompt_key(struct ui_prompt *p, int rc, wint_t wc);

/* Draws label and text on row y from x over w columns, the cursor kept
 * visible, info (may be NULL) right-aligned when the whole text and it
 * fit (the text comes first); leaves the terminal's cursor at the
 * prompt's. */
void ui_prompt_draw(const struct ui_prompt *p, int y, int x, int w,
    const char *info);

#endif
