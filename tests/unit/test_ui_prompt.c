/*
 * test_ui_prompt: the search line's editing, fed the codes get_wch
 * returns.  Vietnamese arrives whole from an input method (precomposed)
 * or as a base and its marks; either way Backspace takes back one letter
 * with all its marks.  Controls and bidi overrides are refused, so the
 * prompt can echo its text as it is.
 */
#include <curses.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
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
	ui_prompt_open(&p, 0, "/", NULL);
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
	ui_prompt_open(&p, 0, "/", "");
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
	ui_prompt_open(&p, 0, "/", "");
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
	ui_prompt_open(&p, 7, "/", "visa");
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
	assert_int_equal(ui_prompt_key(&p, KEY_CODE_YES, KEY_LEFT),
	    UI_PROMPT_IGNORED);
	assert_int_equal(ui_prompt_key(&p, ERR, 0), UI_PROMPT_IGNORED);
	assert_string_equal(p.text.data, "visa");
	/* Opening again starts afresh. */
	ui_prompt_open(&p, 1, "/", NULL);
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
	ui_prompt_open(&p, 0, "/", "");
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
	ui_prompt_open(&p, 0, "/", "");
	while (ui_prompt_insert(&p, 0x1ec7) == 0)	/* ệ, 3 bytes */
		n++;
	assert_int_equal(n, UI_PROMPT_MAX / 3);
	assert_true(p.text.len <= UI_PROMPT_MAX);
	assert_int_equal(strlen(p.text.data), p.text.len);
	ui_prompt_free(&p);
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
