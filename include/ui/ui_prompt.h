/*
 * ui_prompt: a one-line text input on the status line (search queries).
 * Input arrives through get_wch, so whatever an input method sends (a
 * whole precomposed Vietnamese letter, or a base and its marks) is taken
 * as it comes.  Editing is by grapheme: Backspace removes the last
 * user-perceived character, marks included.
 *
 * Its keys are data (ui_prompt_keys), which the dispatcher, the help
 * overlay and the man-page test all read.
 */
#ifndef HOSO_UI_PROMPT_H
#define HOSO_UI_PROMPT_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "util.h"

#define UI_PROMPT_MAX 512		/* bytes of input */

struct ui_prompt {
	int active;
	int kind;			/* the caller's tag */
	const char *label;		/* "/" or "Tìm trong kho / Search: " */
	struct util_buf text;		/* UTF-8, always NUL-terminated */
};

enum ui_prompt_op {
	UI_PROMPT_OP_ENTER, UI_PROMPT_OP_CANCEL, UI_PROMPT_OP_BACKSPACE,
	UI_PROMPT_OP_CLEAR, UI_PROMPT_OP_WORD
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
	UI_PROMPT_ENTER,
	UI_PROMPT_CANCEL
};

void ui_prompt_init(struct ui_prompt *p);
void ui_prompt_free(struct ui_prompt *p);
void ui_prompt_open(struct ui_prompt *p, int kind, const char *label,
    const char *initial);
void ui_prompt_close(struct ui_prompt *p);

/* Appends a character; -1 (nothing added) for a control, format or
 * unassigned character, or when the input is full. */
int ui_prompt_insert(struct ui_prompt *p, uint32_t uc);
/* Removes the last grapheme; -1 when empty. */
int ui_prompt_backspace(struct ui_prompt *p);
/* Removes the last word and the spaces after it; -1 when empty. */
int ui_prompt_delete_word(struct ui_prompt *p);
void ui_prompt_clear(struct ui_prompt *p);

/* One get_wch result (rc OK or KEY_CODE_YES, and the code). */
enum ui_prompt_result ui_prompt_key(struct ui_prompt *p, int rc, wint_t wc);

/* Draws label and text on row y from x over w columns, the text's end
 * kept visible, info (may be NULL) right-aligned when the whole text and
 * it fit (the text comes first); leaves the cursor after the text. */
void ui_prompt_draw(const struct ui_prompt *p, int y, int x, int w,
    const char *info);

#endif
