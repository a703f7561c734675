/*
 * test_collate: Vietnamese dictionary order, checked as sorted lists (each
 * list must come out of a sort in exactly the order written), the same
 * keys for NFC and NFD, and no dependence on the C library's locale.
 */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <uninorm.h>

#include "collate.h"
#include "testlib.h"
#include "util.h"


/* Sign of the comparison of two keys, memcmp with the shorter first. */
static int
key_order(const char *a, const char *b)
{
	unsigned char *ka, *kb;
	size_t na, nb;
	int r;

	ka = collate_key(a, strlen(a), &na);
	kb = collate_key(b, strlen(b), &nb);
	r = memcmp(ka, kb, na < nb ? na : nb);
	if (r == 0)
		r = na < nb ? -1 : na > nb;
	free(ka);
	free(kb);
	return r < 0 ? -1 : r > 0;
}

static int
cmp_ptr(const void *a, const void *b)
{
	return collate_cmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * want[] is in dictionary order: every pair compares that way (by
 * collate_cmp and by the keys, in NFC and in NFD), and sorting the list
 * reversed gives it back.
 */
static void
assert_sorted(const char *const *want, size_t n)
{
	const char **v;
	char *da, *db;
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++) {
			int expect = i < j ? -1 : i > j;

			da = tl_norm(UNINORM_NFD, want[i]);
			db = tl_norm(UNINORM_NFD, want[j]);
			if (collate_cmp(want[i], want[j]) != expect ||
			    key_order(want[i], want[j]) != expect ||
			    collate_cmp(da, db) != expect ||
			    collate_cmp(da, want[j]) != expect)
				fail_msg("\"%s\" vs \"%s\": expected %d, got %d",
				    want[i], want[j], expect,
				    collate_cmp(want[i], want[j]));
			free(da);
			free(db);
		}
	}
	v = util_malloc(n * sizeof *v);
	for (i = 0; i < n; i++)
		v[i] = want[n - 1 - i];
	qsort(v, n, sizeof *v, cmp_ptr);
	for (i = 0; i < n; i++)
		assert_string_equal(v[i], want[i]);
	free(v);
}

#define SORTED(...) do {						\
	static const char *const list_[] = { __VA_ARGS__ };		\
	assert_sorted(list_, sizeof list_ / sizeof list_[0]);		\
} while (0)

static void
test_tones_then_letters(void **state)
{
	(void)state;
	SORTED("a", "à", "ả", "ã", "á", "ạ", "ă", "â", "b");
	SORTED("ma", "mà", "mả", "mã", "má", "mạ", "mác", "Mác", "mạc",
	    "mai");
	SORTED("ba", "bà", "bả", "bã", "bá", "bạ", "bác", "bạc", "bách");
}

static void
test_letters_with_marks(void **state)
{
	(void)state;
	SORTED("d", "đ", "e");
	SORTED("D", "đ", "Đ", "e");
	SORTED("da", "dz", "đa", "đá", "Đà Nẵng", "e");
	SORTED("o", "ò", "ô", "ồ", "ổ", "ơ", "ờ", "ở", "ợ", "p");
	SORTED("u", "ú", "ư", "ừ", "ữ", "ự", "v");
	SORTED("e", "é", "ê", "ề", "ệ", "f", "g");
	SORTED("an", "anh", "ăn", "ằn", "ân", "ần", "ẩn", "ẫn", "ấn", "ận");
	SORTED("a", "ă", "ắ", "ặ", "â", "ầ", "ẩ", "ẫ", "ấ", "ậ", "b");
	SORTED("ô", "ồ", "ộ", "ơ", "ở", "ỡ", "ớ", "ợ", "p");
	SORTED("ươ", "ường", "ưởng", "ướng", "ượng", "v");
	/* j, w, z and f are letters too, where an alphabet puts them. */
	SORTED("f", "g", "i", "j", "k", "v", "w", "x", "y", "z");
}

static void
test_case_space_digits(void **state)
{
	(void)state;
	SORTED("anh", "Anh", "ANH", "ánh", "Ánh");
	SORTED("An Giang", "An ninh", "Anh");
	SORTED(" x", "(Tổng hợp)", "-", "1945", "2023", "A", "b");
	SORTED("", " ", "0", "9", "a");
	SORTED("Việt", "Việt Nam", "Việt Nam 2023", "Việt Nam.",
	    "Việt Nama");
}

static void
test_topic_titles(void **state)
{
	(void)state;
	SORTED("An Giang", "An ninh", "Anh", "Ăn uống", "Âm nhạc",
	    "Bóng đá", "Du lịch", "Đầu tư", "Giáo dục", "Khoa học",
	    "Lao động", "Ơn nghĩa", "Quan hệ ngoại giao", "Quốc phòng",
	    "Thị thực và đi lại", "Thương mại", "Ưu đãi", "Văn hóa", "Y tế");
}

static void
test_other_scripts_after_latin(void **state)
{
	(void)state;
	SORTED("z", "ø", "Ω", "я", "日本");
	/* Letters of other languages sort with their base letter. */
	SORTED("c", "ç", "d");
	SORTED("u", "ü", "ú", "ư", "v");
	SORTED("ωmega", "Ωmega", "ωmegb");
}

static void
test_nfc_nfd_same_key(void **state)
{
	static const char *words[] = {
		"Nguyễn Thị Ánh Tuyết", "Đắk Lắk", "Quốc phòng", "ưởng",
		"THỊ THỰC", "Hòa", "Hoà", "ậ", "Ω", "한국어", "café",
	};
	unsigned char *k1, *k2;
	size_t i, n1, n2;
	char *d, *c;

	(void)state;
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		d = tl_norm(UNINORM_NFD, words[i]);
		c = tl_norm(UNINORM_NFC, words[i]);
		k1 = collate_key(c, strlen(c), &n1);
		k2 = collate_key(d, strlen(d), &n2);
		assert_int_equal(n1, n2);
		assert_memory_equal(k1, k2, n1);
		assert_int_equal(collate_cmp(c, d), 0);
		free(k1);
		free(k2);
		free(c);
		free(d);
	}
	/* Old and new tone placement are different spellings. */
	assert_int_not_equal(collate_cmp("Hòa", "Hoà"), 0);
}

static void
test_key_layout(void **state)
{
	unsigned char *k;
	size_t n;

	(void)state;
	/* "" gives the two separators only. */
	k = collate_key("", 0, &n);
	assert_int_equal(n, 2);
	assert_int_equal(k[0], 0);
	assert_int_equal(k[1], 0);
	free(k);
	/* "Á": one primary, the sắc tone, uppercase. */
	k = collate_key("Á", strlen("Á"), &n);
	assert_int_equal(n, 5);
	assert_int_equal(k[1], 0);
	assert_int_equal(k[3], 0);
	assert_true(k[2] > 1);
	assert_true(k[4] > 1);
	free(k);
	/* A long string, past every stack buffer, NULs and all. */
	{
		size_t len = 5000, i;
		char *s = util_malloc(len + 1);
		unsigned char *k2;
		size_t n2;

		for (i = 0; i < len; i++)
			s[i] = "ậ\0x"[i % 4];
		k = collate_key(s, len, &n);
		k2 = collate_key(s, len - 1, &n2);
		assert_true(n > n2);
		assert_true(memcmp(k2, k, n2) != 0);
		free(k);
		free(k2);
		free(s);
	}
}

static void
test_invalid_utf8_is_not_fatal(void **state)
{
	unsigned char *k;
	size_t n;

	(void)state;
	k = collate_key("a\xff\xc3" "b", 4, &n);
	assert_true(n > 2);
	free(k);
	/* A broken sequence sorts as U+FFFD, a symbol: before letters. */
	assert_int_equal(collate_cmp("\xe1\xba", "\xef\xbf\xbd"), 0);
	assert_true(collate_cmp("\xe1\xba", "a") < 0);
}

/* The order is the same whatever the C library's locale says. */
static void
test_no_locale(void **state)
{
	static const char *words[] = { "Đầu tư", "Du lịch", "Ánh", "anh" };
	unsigned char *k[2][4];
	size_t n[2][4], i, run;

	(void)state;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		skip();
	setlocale(LC_ALL, "C");
	for (run = 0; run < 2; run++) {
		if (run == 1)
			setlocale(LC_ALL, "C.UTF-8");
		for (i = 0; i < 4; i++)
			k[run][i] = collate_key(words[i], strlen(words[i]),
			    &n[run][i]);
	}
	setlocale(LC_ALL, "C");
	for (i = 0; i < 4; i++) {
		assert_int_equal(n[0][i], n[1][i]);
		assert_memory_equal(k[0][i], k[1][i], n[0][i]);
		free(k[0][i]);
		free(k[1][i]);
	}
	assert_true(collate_cmp("Du lịch", "Đầu tư") < 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tones_then_letters),
		cmocka_unit_test(test_letters_with_marks),
		cmocka_unit_test(test_case_space_digits),
		cmocka_unit_test(test_topic_titles),
		cmocka_unit_test(test_other_scripts_after_latin),
		cmocka_unit_test(test_nfc_nfd_same_key),
		cmocka_unit_test(test_key_layout),
		cmocka_unit_test(test_invalid_utf8_is_not_fatal),
		cmocka_unit_test(test_no_locale),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
