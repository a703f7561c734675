/*
 * test_ui_prompt: the search line's editing, fed the codes get_wch
 * returns.  Vietnamese arrives whole from an input method (precomposed)
 * or as a base and its marks; either way Backspace and Delete take one
 * letter with all its marks, and Left and Right step over it whole.
 * Controls and bidi overrides are refused, so the prompt can echo its
 * text as it is.  Up and Down walk the history, which Enter adds to.
 */
#include <curses.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ui_prompt.h"

#define CTRL(c) ((c) & 0x1f)

static enum ui_prompt_result
ch(struct ui_prompt *p, wint_t wc)
{
	return ui_prompt_key(p, OK, wc);
}

static void
type(struct ui_prompt *p, const wint_t *s)
{
	for (; *s != 0; s++)
		assert_int_equal(ch(p, *s), UI_PROMPT_EDITED);
}

static void
precomposed_letters(void **state)
{
	static const wint_t thi_thuc[] = { 't', 'h', 0x1ecb, ' ', 't', 'h',
	    0x1ef1, 'c', 0 };
	struct ui_prompt p;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 0, "/", NULL, NULL);
	type(&p, thi_thuc);
	assert_string_equal(p.text.data, "thị thực");
	assert_int_equal(ch(&p, 127), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "thị thự");
	assert_int_equal(ui_prompt_key(&p, KEY_CODE_YES, KEY_BACKSPACE),
	    UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "thị th");
	assert_int_equal(ch(&p, CTRL('h')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "thị t");
	ui_prompt_free(&p);
}

static void
decomposed_letter_is_one_backspace(void **state)
{
	/* "việ" typed as i, e, combining circumflex, combining dot below */
	static const wint_t viet[] = { 'v', 'i', 'e', 0x0302, 0x0323, 0 };
	struct ui_prompt p;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 0, "/", "", NULL);
	type(&p, viet);
	assert_int_equal(p.text.len, 3 + 2 + 2);
	assert_int_equal(ch(&p, 127), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "vi");
	ui_prompt_free(&p);
}

static void
clear_word_and_empty(void **state)
{
	static const wint_t words[] = { 'b', 0xe0, 'i', ' ', ' ', 'b', 0xe1,
	    'o', 0 };
	struct ui_prompt p;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 0, "/", "", NULL);
	type(&p, words);
	assert_string_equal(p.text.data, "bài  báo");
	assert_int_equal(ch(&p, CTRL('w')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "bài  ");
	assert_int_equal(ch(&p, CTRL('w')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "");
	type(&p, words);
	assert_int_equal(ch(&p, CTRL('u')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "");
	assert_int_equal(p.text.len, 0);
	/* Nothing left to delete: nothing changes, nothing breaks. */
	assert_int_equal(ch(&p, 127), UI_PROMPT_IGNORED);
	assert_int_equal(ch(&p, CTRL('u')), UI_PROMPT_IGNORED);
	assert_int_equal(ch(&p, CTRL('w')), UI_PROMPT_IGNORED);
	ui_prompt_free(&p);
}

static void
enter_and_cancel(void **state)
{
	struct ui_prompt p;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 7, "/", "visa", NULL);
	assert_true(p.active);
	assert_int_equal(p.kind, 7);
	assert_string_equal(p.text.data, "visa");
	assert_int_equal(ch(&p, '\r'), UI_PROMPT_ENTER);
	assert_int_equal(ch(&p, '\n'), UI_PROMPT_ENTER);
	assert_int_equal(ui_prompt_key(&p, KEY_CODE_YES, KEY_ENTER),
	    UI_PROMPT_ENTER);
	assert_int_equal(ch(&p, 27), UI_PROMPT_CANCEL);
	assert_int_equal(ch(&p, CTRL('g')), UI_PROMPT_CANCEL);
	/* Function keys and timeouts are not text. */
	assert_int_equal(ui_prompt_key(&p, KEY_CODE_YES, KEY_F(5)),
	    UI_PROMPT_IGNORED);
	assert_int_equal(ui_prompt_key(&p, ERR, 0), UI_PROMPT_IGNORED);
	assert_string_equal(p.text.data, "visa");
	/* Opening again starts afresh. */
	ui_prompt_open(&p, 1, "/", NULL, NULL);
	assert_string_equal(p.text.data, "");
	ui_prompt_close(&p);
	assert_false(p.active);
	ui_prompt_free(&p);
}

static void
refuses_what_could_reach_the_terminal(void **state)
{
	static const wint_t bad[] = { 0x1b, 0x07, 0x00, 0x7f + 1, 0x9b,
	    0x202e, 0x2066, 0x200f, 0x2028, 0x2029, 0xfeff, 0xd800, 0x110000 };
	struct ui_prompt p;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 0, "/", "", NULL);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (bad[i] == 0x1b || bad[i] == 0x7f + 1)
			continue;	/* Esc cancels; 0x80 is tried below */
		assert_int_equal(ui_prompt_insert(&p, bad[i]), -1);
	}
	assert_int_equal(ui_prompt_insert(&p, 0x80), -1);
	assert_int_equal(ch(&p, 0x01), UI_PROMPT_IGNORED);
	assert_int_equal(p.text.len, 0);
	/* Wide and astral characters are fine. */
	assert_int_equal(ui_prompt_insert(&p, 0x65e5), 0);
	assert_int_equal(ui_prompt_insert(&p, 0x1f600), 0);
	assert_string_equal(p.text.data, "日😀");
	ui_prompt_free(&p);
}

static void
length_is_capped(void **state)
{
	struct ui_prompt p;
	size_t n = 0;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 0, "/", "", NULL);
	while (ui_prompt_insert(&p, 0x1ec7) == 0)	/* ệ, 3 bytes */
		n++;
	assert_int_equal(n, UI_PROMPT_MAX / 3);
	assert_true(p.text.len <= UI_PROMPT_MAX);
	assert_int_equal(strlen(p.text.data), p.text.len);
	ui_prompt_free(&p);
}

static enum ui_prompt_result
fkey(struct ui_prompt *p, wint_t k)
{
	return ui_prompt_key(p, KEY_CODE_YES, k);
}

/* "Việt" in NFC: V, i, ệ (U+1EC7), t. */
static void
cursor_over_nfc_letters(void **state)
{
	struct ui_prompt p;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 0, "/", "Việt", NULL);
	assert_int_equal(p.cur, strlen("Việt"));
	assert_int_equal(fkey(&p, KEY_LEFT), UI_PROMPT_MOVED);
	assert_int_equal(fkey(&p, KEY_LEFT), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, strlen("Vi"));
	/* Delete takes the whole ệ, three bytes. */
	assert_int_equal(fkey(&p, KEY_DC), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Vit");
	assert_int_equal(p.cur, 2);
	assert_int_equal(ch(&p, 0x1ec7), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Việt");
	assert_int_equal(p.cur, strlen("Việ"));
	/* Backspace before the cursor, not at the end. */
	assert_int_equal(ch(&p, 127), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Vit");
	assert_int_equal(ch(&p, CTRL('a')), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, 0);
	assert_int_equal(fkey(&p, KEY_LEFT), UI_PROMPT_IGNORED);
	assert_int_equal(ch(&p, 127), UI_PROMPT_IGNORED);
	assert_int_equal(ch(&p, 'X'), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "XVit");
	assert_int_equal(ch(&p, CTRL('e')), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, 4);
	assert_int_equal(fkey(&p, KEY_RIGHT), UI_PROMPT_IGNORED);
	assert_int_equal(fkey(&p, KEY_DC), UI_PROMPT_IGNORED);
	assert_int_equal(fkey(&p, KEY_HOME), UI_PROMPT_MOVED);
	assert_int_equal(fkey(&p, KEY_RIGHT), UI_PROMPT_MOVED);
	assert_int_equal(ch(&p, CTRL('f')), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, 2);
	assert_int_equal(ch(&p, CTRL('b')), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, 1);
	assert_int_equal(ch(&p, CTRL('d')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Xit");
	assert_int_equal(fkey(&p, KEY_END), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, 3);
	ui_prompt_free(&p);
}

/* A letter with combining marks: "Vie\u0302\u0323t" is still four
 * graphemes; each step and each deletion takes e and both marks. */
static void
cursor_over_combining_marks(void **state)
{
	static const char viet[] = "Vie\xcc\x82\xcc\xa3t";
	struct ui_prompt p;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 0, "/", viet, NULL);
	assert_int_equal(fkey(&p, KEY_LEFT), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, strlen(viet) - 1);
	assert_int_equal(fkey(&p, KEY_LEFT), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, 2);
	assert_int_equal(fkey(&p, KEY_RIGHT), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, strlen(viet) - 1);
	/* Backspace: the e with its two marks. */
	assert_int_equal(fkey(&p, KEY_BACKSPACE), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Vit");
	ui_prompt_open(&p, 0, "/", viet, NULL);
	assert_int_equal(fkey(&p, KEY_HOME), UI_PROMPT_MOVED);
	assert_int_equal(fkey(&p, KEY_RIGHT), UI_PROMPT_MOVED);
	assert_int_equal(fkey(&p, KEY_RIGHT), UI_PROMPT_MOVED);
	/* Delete: the same letter, from before it. */
	assert_int_equal(fkey(&p, KEY_DC), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Vit");
	/* A mark typed at the cursor joins the letter before it. */
	assert_int_equal(ch(&p, 0x0301), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Vi\xcc\x81t");
	assert_int_equal(fkey(&p, KEY_LEFT), UI_PROMPT_MOVED);
	assert_int_equal(p.cur, 1);
	ui_prompt_free(&p);
}

/* Ctrl-W takes the word (syllable) before the cursor and the spaces
 * after it; Ctrl-U the line before the cursor, Ctrl-K after it. */
static void
words_and_line_ends(void **state)
{
	struct ui_prompt p;

	(void)state;
	ui_prompt_init(&p);
	ui_prompt_open(&p, 0, "/", "hợp tác  toàn diện", NULL);
	assert_int_equal(ch(&p, CTRL('w')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "hợp tác  toàn ");
	assert_int_equal(ch(&p, CTRL('w')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "hợp tác  ");
	/* In the middle: only what is before the cursor goes. */
	ui_prompt_open(&p, 0, "/", "Việt Nam Nhật Bản", NULL);
	for (int i = 0; i < 8; i++)
		assert_int_equal(fkey(&p, KEY_LEFT), UI_PROMPT_MOVED);
	assert_int_equal(ch(&p, CTRL('w')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Việt Nhật Bản");
	assert_int_equal(p.cur, strlen("Việt "));
	assert_int_equal(ch(&p, CTRL('k')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "Việt ");
	assert_int_equal(ch(&p, CTRL('k')), UI_PROMPT_IGNORED);
	ui_prompt_open(&p, 0, "/", "Việt Nam", NULL);
	assert_int_equal(fkey(&p, KEY_LEFT), UI_PROMPT_MOVED);
	assert_int_equal(ch(&p, CTRL('u')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "m");
	assert_int_equal(p.cur, 0);
	assert_int_equal(ch(&p, CTRL('u')), UI_PROMPT_IGNORED);
	assert_int_equal(ch(&p, CTRL('w')), UI_PROMPT_IGNORED);
	ui_prompt_free(&p);
}

static void
history_up_and_down(void **state)
{
	struct state_hist h;
	struct ui_prompt p;

	(void)state;
	memset(&h, 0, sizeof h);
	ui_prompt_init(&p);
	/* Nothing to walk yet. */
	ui_prompt_open(&p, 0, "/", "", &h);
	assert_int_equal(fkey(&p, KEY_UP), UI_PROMPT_IGNORED);
	type(&p, (const wint_t[]){ 'v', 'i', 's', 'a', 0 });
	assert_int_equal(ch(&p, '\r'), UI_PROMPT_ENTER);
	assert_int_equal(h.n, 1);
	ui_prompt_open(&p, 0, "/", "", &h);
	type(&p, (const wint_t[]){ 'b', 0xe1, 'o', 0 });
	assert_int_equal(ch(&p, '\r'), UI_PROMPT_ENTER);
	/* The same again is no new entry; an empty line neither. */
	ui_prompt_open(&p, 0, "/", "báo", &h);
	assert_int_equal(ch(&p, '\r'), UI_PROMPT_ENTER);
	ui_prompt_open(&p, 0, "/", "", &h);
	assert_int_equal(ch(&p, '\r'), UI_PROMPT_ENTER);
	assert_int_equal(h.n, 2);
	assert_string_equal(h.v[0], "visa");
	assert_string_equal(h.v[1], "báo");

	/* Up walks back, newest first, the cursor at the end. */
	ui_prompt_open(&p, 0, "/", "", &h);
	type(&p, (const wint_t[]){ 't', 'h', 0 });
	assert_int_equal(fkey(&p, KEY_UP), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "báo");
	assert_int_equal(p.cur, strlen("báo"));
	assert_int_equal(ch(&p, CTRL('p')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "visa");
	assert_int_equal(fkey(&p, KEY_UP), UI_PROMPT_IGNORED);
	assert_string_equal(p.text.data, "visa");
	/* Down comes forward again, to the line that was being typed. */
	assert_int_equal(fkey(&p, KEY_DOWN), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "báo");
	assert_int_equal(ch(&p, CTRL('n')), UI_PROMPT_EDITED);
	assert_string_equal(p.text.data, "th");
	assert_int_equal(fkey(&p, KEY_DOWN), UI_PROMPT_IGNORED);
	/* An entry recalled and edited is a new query; the old stays. */
	assert_int_equal(fkey(&p, KEY_UP), UI_PROMPT_EDITED);
	assert_int_equal(ch(&p, 'c'), UI_PROMPT_EDITED);
	assert_int_equal(ch(&p, '\r'), UI_PROMPT_ENTER);
	assert_int_equal(h.n, 3);
	assert_string_equal(h.v[1], "báo");
	assert_string_equal(h.v[2], "báoc");
	/* Without a history, Up does nothing. */
	ui_prompt_open(&p, 0, "/", "x", NULL);
	assert_int_equal(fkey(&p, KEY_UP), UI_PROMPT_IGNORED);
	assert_int_equal(ch(&p, '\r'), UI_PROMPT_ENTER);
	ui_prompt_free(&p);
	for (size_t i = 0; i < h.n; i++)
		free(h.v[i]);
	free(h.v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(precomposed_letters),
		cmocka_unit_test(decomposed_letter_is_one_backspace),
		cmocka_unit_test(clear_word_and_empty),
		cmocka_unit_test(enter_and_cancel),
		cmocka_unit_test(refuses_what_could_reach_the_terminal),
		cmocka_unit_test(length_is_capped),
		cmocka_unit_test(cursor_over_nfc_letters),
		cmocka_unit_test(cursor_over_combining_marks),
		cmocka_unit_test(words_and_line_ends),
		cmocka_unit_test(history_up_and_down),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
