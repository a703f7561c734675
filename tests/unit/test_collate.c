/*
 * test_collate: Vietnamese dictionary order, checked as sorted lists (each
 * list must come out of a sort in exactly the order written), as several
 * hundred ordered pairs built from the published rules (alphabet, tones,
 * case, syllable by syllable, punctuation, numbers, tone placement, ð),
 * the same keys for NFC and NFD, and no dependence on the C library's
 * locale.
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

/* The index of the first byte where the keys of a and b differ, -1 if
 * they are the same. */
static int
first_difference(const char *a, const char *b)
{
	unsigned char *ka, *kb;
	size_t na, nb, i;

	ka = collate_key(a, strlen(a), &na);
	kb = collate_key(b, strlen(b), &nb);
	for (i = 0; i < na && i < nb && ka[i] == kb[i]; i++)
		;
	free(ka);
	free(kb);
	return i == na && i == nb ? -1 : (int)i;
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
	/* Syllable by syllable: the tone of "Đà" decides before "Nẵng". */
	SORTED("da", "dz", "đa", "Đà Nẵng", "đá", "e");
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
	/* Leading punctuation and space do not count; a title of
	 * punctuation alone has no letter to sort by. */
	SORTED("-", "1945", "2023", "A", "b", "(Tổng hợp)", " x");
	SORTED("", " ", "0", "9", "a");
	/* Punctuation that ends a word counts no more than punctuation that
	 * starts one: the full stop is only a spelling difference. */
	SORTED("Việt", "Việt Nam", "Việt Nam.", "Việt Nam 2023",
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

/*
 * Ordered pairs.  check_less asserts a < b by collate_cmp both ways and by
 * the keys, for the strings as written and in NFC and NFD; check_same
 * asserts one key.  Each counts, so a generator that produced nothing
 * fails the count.
 */
static size_t npairs;

static void
check_less(const char *a, const char *b)
{
	static const uninorm_t forms[] = { UNINORM_NFC, UNINORM_NFD };
	size_t f;
	char *na, *nb;

	if (collate_cmp(a, b) != -1 || collate_cmp(b, a) != 1 ||
	    key_order(a, b) != -1)
		fail_msg("want \"%s\" < \"%s\", got %d", a, b,
		    collate_cmp(a, b));
	for (f = 0; f < 2; f++) {
		na = tl_norm(forms[f], a);
		nb = tl_norm(forms[f], b);
		if (collate_cmp(na, nb) != -1 || key_order(nb, na) != 1)
			fail_msg("want \"%s\" < \"%s\" (form %zu)", a, b, f);
		free(na);
		free(nb);
	}
	npairs++;
}

static void
check_same(const char *a, const char *b)
{
	unsigned char *ka, *kb;
	size_t na, nb;

	ka = collate_key(a, strlen(a), &na);
	kb = collate_key(b, strlen(b), &nb);
	if (na != nb || memcmp(ka, kb, na) != 0)
		fail_msg("want \"%s\" and \"%s\" to sort as one", a, b);
	free(ka);
	free(kb);
	npairs++;
}

/* The alphabet in dictionary order, with the four letters Vietnamese
 * writes only in loanwords where the Latin alphabet puts them. */
static const char *const alphabet[][2] = {
	{ "a", "A" }, { "ă", "Ă" }, { "â", "Â" }, { "b", "B" }, { "c", "C" },
	{ "d", "D" }, { "đ", "Đ" }, { "e", "E" }, { "ê", "Ê" }, { "f", "F" },
	{ "g", "G" }, { "h", "H" }, { "i", "I" }, { "j", "J" }, { "k", "K" },
	{ "l", "L" }, { "m", "M" }, { "n", "N" }, { "o", "O" }, { "ô", "Ô" },
	{ "ơ", "Ơ" }, { "p", "P" }, { "q", "Q" }, { "r", "R" }, { "s", "S" },
	{ "t", "T" }, { "u", "U" }, { "ư", "Ư" }, { "v", "V" }, { "w", "W" },
	{ "x", "X" }, { "y", "Y" }, { "z", "Z" },
};
#define NLETTERS (sizeof alphabet / sizeof alphabet[0])

/* The tones in order, as combining marks: none, huyền, hỏi, ngã, sắc,
 * nặng. */
static const char *const tones[] = {
	"", "\xcc\x80", "\xcc\x89", "\xcc\x83", "\xcc\x81", "\xcc\xa3"
};
#define NTONES (sizeof tones / sizeof tones[0])

static const char *const vowels[][2] = {
	{ "a", "A" }, { "ă", "Ă" }, { "â", "Â" }, { "e", "E" }, { "ê", "Ê" },
	{ "i", "I" }, { "o", "O" }, { "ô", "Ô" }, { "ơ", "Ơ" }, { "u", "U" },
	{ "ư", "Ư" }, { "y", "Y" },
};
#define NVOWELS (sizeof vowels / sizeof vowels[0])

/* a + sa < b + sb */
static void
less_cat(const char *a, const char *sa, const char *b, const char *sb)
{
	char *x = tl_fmt("%s%s", a, sa), *y = tl_fmt("%s%s", b, sb);

	check_less(x, y);
	free(x);
	free(y);
}

/* Every pair of letters: the letter decides, before the tone or case of
 * either, and before what follows in the word or after it. */
static void
test_pairs_alphabet(void **state)
{
	size_t i, j;

	(void)state;
	npairs = 0;
	for (i = 0; i < NLETTERS; i++) {
		for (j = i + 1; j < NLETTERS; j++) {
			const char *a = alphabet[i][0], *b = alphabet[j][0];

			check_less(a, b);
			check_less(alphabet[i][1], b);
			less_cat(a, "z", b, "");
			less_cat(a, "\xcc\xa3", b, "");	/* nặng */
			less_cat(a, " z", b, " a");
		}
		/* Case breaks the tie, and only that. */
		check_less(alphabet[i][0], alphabet[i][1]);
		less_cat(alphabet[i][1], "", alphabet[i][0], "a");
	}
	assert_int_equal(npairs, NLETTERS * (NLETTERS - 1) / 2 * 5 +
	    2 * NLETTERS);
}

/* Every pair of tones on every vowel: the tone breaks the tie of the
 * letters, before case and before the next syllable. */
static void
test_pairs_tones(void **state)
{
	size_t v, i, j;
	char *a, *b;

	(void)state;
	npairs = 0;
	for (v = 0; v < NVOWELS; v++) {
		for (i = 0; i < NTONES; i++) {
			for (j = i + 1; j < NTONES; j++) {
				a = tl_fmt("%s%s", vowels[v][0], tones[i]);
				b = tl_fmt("%s%s", vowels[v][0], tones[j]);
				check_less(a, b);
				free(a);
				a = tl_fmt("%s%s", vowels[v][1], tones[i]);
				check_less(a, b);
				free(a);
				free(b);
				a = tl_fmt("m%s%s z", vowels[v][0], tones[i]);
				b = tl_fmt("m%s%s a", vowels[v][0], tones[j]);
				check_less(a, b);
				free(a);
				free(b);
			}
		}
	}
	assert_int_equal(npairs, NVOWELS * 15 * 3);
}

/* Pairs written out from the rules and dictionary practice. */
static const char *const rule_pairs[][2] = {
	/* a syllable at a time */
	{ "ba d", "bá c" }, { "ba hoa", "bà" }, { "ba ba", "ba bảy" },
	{ "bà con", "bả" }, { "bá chủ", "bạ" }, { "bạ", "bác" },
	{ "bạc", "bách" }, { "hà Nội", "Hà Nội" }, { "Anh b", "anh c" },
	{ "An ninh", "Anh" }, { "An Giang", "An ninh" },
	{ "Hà Giang", "Hà Nam" }, { "Hà Nam", "Hà Nội" },
	{ "Hà Tĩnh", "Hạ Long" }, { "Đà Lạt", "Đà Nẵng" },
	{ "Đắk Lắk", "Đắk Nông" }, { "Cà Mau", "Cao Bằng" },
	{ "Bắc Giang", "Bắc Kạn" }, { "Bạc Liêu", "Bắc Giang" },
	{ "Việt", "Việt Nam" }, { "Việt Nam.", "Việt Nam 2023" },
	{ "Việt Nam 2023", "Việt Nama" },
	{ "anh", "Anh" }, { "Anh", "ANH" }, { "ANH", "ánh" },
	{ "ương", "ường" }, { "ưởng", "ướng" }, { "ướng", "ượng" },
	{ "nghe", "nghé" }, { "nghé", "nghỉ" }, { "ngo", "ngô" },
	{ "quan", "quán" }, { "quán", "quân" }, { "quốc", "quy" },
	{ "gi", "gì" }, { "gìn", "giờ" }, { "đi", "đì" },
	/* punctuation and quotes before the first letter do not count */
	{ "Đổi mới", "“Đối tác”" }, { "“Đối tác”", "Đội bóng" },
	{ "Tổng cục", "(Tổng hợp)" }, { "(Tổng hợp)", "Tổng kết" },
	{ "Anh", "\"Ba\"" }, { "'Ba'", "Bà" }, { "«Chợ»", "Chuyện" },
	{ "Bộ Công an", "Bộ “Quốc phòng”" }, { "…và", "vài" },
	{ "“Đối tác” chiến lược", "Đối tác toàn diện" },
	{ "Đối tác, chiến lược", "Đối tác toàn diện" },
	{ "Hà Nội:", "Hà Nội mới" }, { "Hà Nội (ảnh)", "Hà Nội mới" },
	{ "– Xa", "Xã" }, { "Đồi", "Đổi" }, { "Đổi", "Đối" },
	{ "Đối", "Đội" },
	/* inside a word, punctuation sorts before digits and letters */
	{ "Nam-a", "Nam.1" }, { "Nam.1", "Nam1" }, { "Nam1", "Nama" },
	{ "M'nông", "Mnông" }, { "M’nông", "Mnông" },
	/* numbers by value */
	{ "9 tháng", "50 năm" }, { "Chương 2", "Chương 10" },
	{ "Chương 9", "Chương 09a" }, { "Chương 07", "Chương 8" },
	{ "G7", "G20" }, { "G20", "Ga" }, { "2", "10" }, { "10", "a" },
	{ "99 ngày", "100 ngày" }, { "0", "1" }, { "000", "1" },
	{ "Năm 1999", "Năm 2000" }, { "Năm 2000", "Năm 2000 và" },
	{ "99999999999999999999", "100000000000000000000" },
	{ "123456789012345678901234567890",
	  "123456789012345678901234567891" },
	{ "123456789012345678901234567891",
	  "0001234567890123456789012345678900" },
	{ "Quý 3/2023", "Quý 3/2024" }, { "Quý 3/2024", "Quý 4/2023" },
	{ "v1.9", "v1.10" },
	/* both tone placements sort as one word among their neighbours */
	{ "hoa", "hòa" }, { "hoa", "hoà" }, { "hòa", "hoả" },
	{ "hoà", "hoả" }, { "hòa", "hoàn" }, { "hoà", "hoàn" },
	{ "Hòa Bình", "Hoà Hảo" }, { "Hoà Bình", "Hòa Hảo" },
	{ "khoe", "khỏe" }, { "khỏe", "khoé" }, { "thúy", "thuỵ" },
	{ "thủy", "thuý" },
	/* ð and Ð are đ and Đ */
	{ "dz", "ðà" }, { "ðà", "Ðà" }, { "Ðà", "đá" }, { "Ðà", "Đá" },
	{ "Ðà Nẵng", "đá" }, { "Ðồng", "e" }, { "đa", "ðà" },
	{ "Ðà Lạt", "Đà Nẵng" }, { "Đà Lạt", "Ðà Nẵng" },
	/* format characters and look-alike dashes and apostrophes */
	{ "Hà\xe2\x80\x8b Nam", "Hà Nội" }, { "Hà N\xc2\xad" "am", "Hà Nội" },
	{ "A\xc2\xa0" "B", "A C" }, { "Hà Nam", "Hà\xe2\x80\x8bNội" },
	{ "Bà Rịa–Vũng Tàu", "Bà Rịa-Vũng Tàuz" },
};

/* Pairs that are one word to the order. */
static const char *const same_pairs[][2] = {
	{ "hòa", "hoà" }, { "Hòa Bình", "Hoà Bình" }, { "HÒA", "HOÀ" },
	{ "khỏe", "khoẻ" }, { "thủy", "thuỷ" }, { "Thủy", "Thuỷ" },
	{ "họat động", "hoạt động" }, { "đọan", "đoạn" },
	{ "Ðà Nẵng", "Đà Nẵng" }, { "ðà nẵng", "đà nẵng" },
	{ "ÐÀ NẴNG", "ĐÀ NẴNG" }, { "Ðoàn", "Đoàn" },
};

static void
test_pairs_rules(void **state)
{
	size_t i;

	(void)state;
	npairs = 0;
	for (i = 0; i < sizeof rule_pairs / sizeof rule_pairs[0]; i++)
		check_less(rule_pairs[i][0], rule_pairs[i][1]);
	for (i = 0; i < sizeof same_pairs / sizeof same_pairs[0]; i++) {
		check_same(same_pairs[i][0], same_pairs[i][1]);
		assert_int_equal(collate_cmp(same_pairs[i][0],
		    same_pairs[i][1]), 0);
	}
	assert_true(npairs > 100);
}

/* Strings that differ only in what the letter, tone and case levels
 * leave out still have an order (the spelling decides it, last). */
static void
test_ties_are_total(void **state)
{
	static const char *const ties[][2] = {
		{ " x", "x" }, { "7", "07" }, { "A - B", "A B" },
		{ "Hà\xe2\x80\x8bNội", "HàNội" }, { "M'nông", "M’nông" },
		{ "“Đối tác”", "Đối tác" }, { "Nam", "Nam." },
		{ "(Tổng hợp)", "Tổng hợp" },
	};
	size_t i;
	int r;

	(void)state;
	for (i = 0; i < sizeof ties / sizeof ties[0]; i++) {
		r = collate_cmp(ties[i][0], ties[i][1]);
		assert_int_not_equal(r, 0);
		assert_int_equal(collate_cmp(ties[i][1], ties[i][0]), -r);
		assert_int_equal(key_order(ties[i][0], ties[i][1]), r);
		/* ... and only there: a letter after them decides
		 * first, whichever way it goes. */
		less_cat(ties[i][0], " a", ties[i][1], " z");
		less_cat(ties[i][1], " a", ties[i][0], " z");
	}
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
	/* Old and new tone placement are one word, key and all. */
	assert_int_equal(collate_cmp("Hòa", "Hoà"), 0);
	k1 = collate_key("Hòa", strlen("Hòa"), &n1);
	k2 = collate_key("Hoà", strlen("Hoà"), &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(k1, k2, n1);
	free(k1);
	free(k2);
}

static void
test_key_layout(void **state)
{
	unsigned char *k;
	size_t n;

	(void)state;
	/* "" gives the two level separators only. */
	k = collate_key("", 0, &n);
	assert_int_equal(n, 2);
	free(k);
	/* One letter: word mark, letter, end of primary, tone, end of the
	 * words, case, end of case, spelling.  "a", "A" and "Á" differ
	 * first where case and tone are written. */
	assert_int_equal(first_difference("a", "A"), 5);
	assert_int_equal(first_difference("A", "Á"), 3);
	assert_int_equal(first_difference("a", "b"), 1);
	assert_int_equal(first_difference("Hoà", "Hòa"), -1);
	/* A long string, NULs and all: one "ậ" and NUL fewer is a
	 * smaller key at the letters already (a NUL that ends the word is
	 * only spelling, like any punctuation there). */
	{
		size_t len = 5000, i;
		char *s = util_malloc(len + 1);
		unsigned char *k2;
		size_t n2;

		for (i = 0; i < len; i++)
			s[i] = "ậ\0x"[i % 4];
		k = collate_key(s, len, &n);
		k2 = collate_key(s, len - 4, &n2);
		assert_true(n > n2);
		assert_true(memcmp(k2, k, n2) < 0);
		free(k2);
		k2 = collate_key(s, len - 1, &n2);
		assert_int_equal(n, n2 + 1);
		assert_memory_equal(k2, k, n2);
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
		cmocka_unit_test(test_pairs_alphabet),
		cmocka_unit_test(test_pairs_tones),
		cmocka_unit_test(test_pairs_rules),
		cmocka_unit_test(test_ties_are_total),
		cmocka_unit_test(test_nfc_nfd_same_key),
		cmocka_unit_test(test_key_layout),
		cmocka_unit_test(test_invalid_utf8_is_not_fatal),
		cmocka_unit_test(test_no_locale),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
