/*
 * Unit tests for lang: lang_parse's spellings (codes and locale names,
 * any case) and what it refuses, lang_from_env's order (LANGUAGE's first
 * entry, then LC_ALL, LC_MESSAGES, LANG; English by default), and L()
 * following lang_set.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lang.h"

static void
clear_env(void)
{
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
}

static void
test_parse(void **state)
{
	static const char *const vi[] = { "vi", "VI", "Vi", "vi_VN",
	    "vi_VN.UTF-8", "vi-VN", "vi@latin", "vi.utf8" };
	static const char *const en[] = { "en", "EN", "en_US.UTF-8", "en_GB" };
	static const char *const bad[] = { "", "v", "vie", "fr", "C", "POSIX",
	    "C.UTF-8", "vietnamese", "english", "e", " vi", "vi " };
	enum lang l;

	(void)state;
	for (size_t i = 0; i < sizeof vi / sizeof vi[0]; i++) {
		l = LANG_EN;
		assert_int_equal(lang_parse(vi[i], &l), 0);
		assert_int_equal(l, LANG_VI);
	}
	for (size_t i = 0; i < sizeof en / sizeof en[0]; i++) {
		l = LANG_VI;
		assert_int_equal(lang_parse(en[i], &l), 0);
		assert_int_equal(l, LANG_EN);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		l = LANG_VI;
		assert_int_equal(lang_parse(bad[i], &l), -1);
		/* A refused value leaves the output alone. */
		assert_int_equal(l, LANG_VI);
	}
	assert_int_equal(lang_parse(NULL, &l), -1);
}

static void
test_env_default(void **state)
{
	(void)state;
	clear_env();
	assert_int_equal(lang_from_env(), LANG_EN);
	setenv("LANG", "C", 1);
	assert_int_equal(lang_from_env(), LANG_EN);
	setenv("LANG", "C.UTF-8", 1);
	assert_int_equal(lang_from_env(), LANG_EN);
	setenv("LANG", "vi_VN.UTF-8", 1);
	assert_int_equal(lang_from_env(), LANG_VI);
	clear_env();
}

static void
test_env_order(void **state)
{
	(void)state;
	clear_env();
	/* LANGUAGE before every locale variable. */
	setenv("LANG", "en_US.UTF-8", 1);
	setenv("LC_MESSAGES", "en_US.UTF-8", 1);
	setenv("LC_ALL", "en_US.UTF-8", 1);
	setenv("LANGUAGE", "vi", 1);
	assert_int_equal(lang_from_env(), LANG_VI);
	/* Only its first entry counts. */
	setenv("LANGUAGE", "vi:en", 1);
	assert_int_equal(lang_from_env(), LANG_VI);
	setenv("LANGUAGE", "en:vi", 1);
	setenv("LC_ALL", "vi_VN.UTF-8", 1);
	assert_int_equal(lang_from_env(), LANG_EN);
	/* An empty or unknown first entry passes to the locale. */
	setenv("LANGUAGE", "", 1);
	assert_int_equal(lang_from_env(), LANG_VI);
	setenv("LANGUAGE", "fr:en", 1);
	assert_int_equal(lang_from_env(), LANG_VI);
	/* LC_ALL, then LC_MESSAGES, then LANG. */
	unsetenv("LANGUAGE");
	setenv("LC_ALL", "en_US.UTF-8", 1);
	setenv("LC_MESSAGES", "vi_VN.UTF-8", 1);
	assert_int_equal(lang_from_env(), LANG_EN);
	unsetenv("LC_ALL");
	assert_int_equal(lang_from_env(), LANG_VI);
	setenv("LANG", "vi_VN.UTF-8", 1);
	setenv("LC_MESSAGES", "C", 1);
	assert_int_equal(lang_from_env(), LANG_EN);
	unsetenv("LC_MESSAGES");
	assert_int_equal(lang_from_env(), LANG_VI);
	/* An empty variable is as if unset. */
	setenv("LC_ALL", "", 1);
	setenv("LC_MESSAGES", "", 1);
	assert_int_equal(lang_from_env(), LANG_VI);
	clear_env();
}

static void
test_pick(void **state)
{
	(void)state;
	lang_set(LANG_VI);
	assert_int_equal(lang_get(), LANG_VI);
	assert_string_equal(L("Bài báo", "Articles"), "Bài báo");
	lang_set(LANG_EN);
	assert_int_equal(lang_get(), LANG_EN);
	assert_string_equal(L("Bài báo", "Articles"), "Articles");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_env_default),
		cmocka_unit_test(test_env_order),
		cmocka_unit_test(test_pick),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
