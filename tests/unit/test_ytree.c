/*
 * ytree: the tree, its positions, and every way hostile YAML is refused,
 * checked on the exact diagnostics a user would read.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "util.h"
#include "ytree.h"

#define FIX "tests/fixtures/yaml/"

struct parsed {
	int rc;
	struct ytree *root;
	struct diag d;
};

static void
parse_n(struct parsed *p, const char *buf, size_t len, int line_offset)
{
	diag_init(&p->d, NULL);
	p->rc = ytree_parse(buf, len, "t.yaml", line_offset, &p->d, &p->root);
}

static void
parse(struct parsed *p, const char *s)
{
	parse_n(p, s, strlen(s), 0);
}

static void
parse_file(struct parsed *p, const char *name)
{
	char *buf;
	size_t len;

	assert_int_equal(util_read_file(name, 0, &buf, &len), UTIL_READ_OK);
	diag_init(&p->d, NULL);
	p->rc = ytree_parse(buf, len, name, 0, &p->d, &p->root);
	free(buf);
}

static void
done(struct parsed *p)
{
	ytree_free(p->root);
	diag_free(&p->d);
}

static void
assert_diag(const struct parsed *p, size_t i, const char *want)
{
	if (i >= p->d.n)
		fail_msg("no diagnostic %zu (only %zu), wanted: %s", i,
		    p->d.n, want);
	assert_string_equal(p->d.v[i].text, want);
}

/* A single error, and the exact text of it. */
static void
assert_only_error(const struct parsed *p, const char *want)
{
	assert_int_equal(p->rc, -1);
	assert_null(p->root);
	assert_diag(p, 0, want);
	assert_int_equal(p->d.n, 1);
	assert_int_equal(p->d.v[0].level, DIAG_ERROR);
}

static char *
repeat(const char *unit, size_t n, size_t *len)
{
	size_t u = strlen(unit);
	char *s = util_malloc(u * n + 1);

	for (size_t i = 0; i < n; i++)
		memcpy(s + i * u, unit, u);
	s[u * n] = '\0';
	*len = u * n;
	return s;
}

static void
test_tree_shape_and_positions(void **state)
{
	struct parsed p;
	const struct ytree *r, *v;

	(void)state;
	parse(&p, "# comment\n"
	    "title: Thị thực\n"
	    "list:\n"
	    "  - one\n"
	    "  - 'two'\n"
	    "  - {k: v}\n"
	    "block: |\n"
	    "  line 1\n"
	    "  line 2\n"
	    "empty:\n");
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.d.n, 0);
	r = p.root;
	assert_non_null(r);
	assert_int_equal(r->kind, YTREE_MAP);
	assert_int_equal(r->nkids, 8);
	assert_int_equal(r->line, 2);
	assert_int_equal(r->col, 1);

	v = ytree_get(r, "title");
	assert_non_null(v);
	assert_string_equal(v->str, "Thị thực");
	assert_int_equal(v->len, strlen("Thị thực"));
	assert_int_equal(v->line, 2);
	assert_int_equal(v->col, 8);
	assert_true(v->plain);

	v = ytree_get(r, "list");
	assert_int_equal(v->kind, YTREE_SEQ);
	assert_int_equal(v->nkids, 3);
	assert_string_equal(v->kids[0]->str, "one");
	assert_true(v->kids[0]->plain);
	assert_int_equal(v->kids[0]->line, 4);
	assert_int_equal(v->kids[0]->col, 5);
	assert_string_equal(v->kids[1]->str, "two");
	assert_false(v->kids[1]->plain);
	assert_int_equal(v->kids[2]->kind, YTREE_MAP);
	assert_string_equal(ytree_get(v->kids[2], "k")->str, "v");
	assert_int_equal(v->kids[2]->line, 6);
	assert_int_equal(v->kids[2]->col, 5);

	v = ytree_get(r, "block");
	assert_string_equal(v->str, "line 1\nline 2\n");
	assert_false(v->plain);

	v = ytree_get(r, "empty");
	assert_non_null(v);
	assert_int_equal(v->kind, YTREE_SCALAR);
	assert_int_equal(v->len, 0);
	assert_true(v->plain);

	assert_null(ytree_get(r, "missing"));
	assert_null(ytree_get(r, "titl"));
	assert_null(ytree_get(ytree_get(r, "list"), "one"));
	assert_null(ytree_get(NULL, "x"));
	done(&p);
}

static void
test_kind_names(void **state)
{
	(void)state;
	assert_string_equal(ytree_kind_name(YTREE_SCALAR), "a scalar");
	assert_string_equal(ytree_kind_name(YTREE_SEQ), "a sequence");
	assert_string_equal(ytree_kind_name(YTREE_MAP), "a mapping");
}

static void
test_line_offset(void **state)
{
	struct parsed p;

	(void)state;
	parse_n(&p, "title: x\ndate: 2009\n", 20, 1);
	assert_int_equal(p.rc, 0);
	assert_int_equal(ytree_get(p.root, "date")->line, 3);
	assert_int_equal(ytree_get(p.root, "date")->col, 7);
	done(&p);

	parse_n(&p, "title: x\nbad\n", 13, 1);
	assert_only_error(&p, "t.yaml:4:1: error: YAML syntax: could not find "
	    "expected ':' (while scanning a simple key at line 3, column 1)");
	done(&p);
}

static void
test_empty_streams(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "");
	assert_int_equal(p.rc, 0);
	assert_null(p.root);
	assert_int_equal(p.d.n, 0);
	done(&p);

	/* No buffer at all (an empty file read into nothing) is the same
	 * empty stream, not an abort inside libyaml. */
	parse_n(&p, NULL, 0, 0);
	assert_int_equal(p.rc, 0);
	assert_null(p.root);
	assert_int_equal(p.d.n, 0);
	done(&p);

	parse_file(&p, FIX "empty.yaml");
	assert_int_equal(p.rc, 0);
	assert_null(p.root);
	assert_int_equal(p.d.n, 0);
	done(&p);

	parse_file(&p, FIX "comments.yaml");
	assert_int_equal(p.rc, 0);
	assert_null(p.root);
	assert_int_equal(p.d.n, 0);
	done(&p);

	/* An explicit but empty document is an empty scalar, not nothing. */
	parse(&p, "---\n");
	assert_int_equal(p.rc, 0);
	assert_non_null(p.root);
	assert_int_equal(p.root->kind, YTREE_SCALAR);
	assert_int_equal(p.root->len, 0);
	done(&p);
}

static void
test_syntax_errors(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "a: b\nc d\ne: f\n");
	assert_only_error(&p, "t.yaml:3:1: error: YAML syntax: could not find "
	    "expected ':' (while scanning a simple key at line 2, column 1)");
	done(&p);

	parse(&p, "a: [1, 2\nb: c\n");
	assert_only_error(&p, "t.yaml:2:2: error: YAML syntax: did not find "
	    "expected ',' or ']' (while parsing a flow sequence at line 1, "
	    "column 4)");
	done(&p);

	parse(&p, "a: \"never closed\n");
	assert_int_equal(p.rc, -1);
	assert_int_equal(p.d.n, 1);
	assert_non_null(strstr(p.d.v[0].text, "t.yaml:2:1: error: YAML "
	    "syntax: found unexpected end of stream"));
	done(&p);

	parse_file(&p, FIX "syntax.yaml");
	assert_only_error(&p, FIX "syntax.yaml:4:3: error: YAML syntax: did "
	    "not find expected '-' indicator (while parsing a block "
	    "collection at line 2, column 3)");
	done(&p);
}

/* The depth cap must stop a hostile nesting at the first level too deep,
 * without libyaml reading (or us building) the rest. */
static void
check_deep(const char *unit, size_t n, const char *want)
{
	struct parsed p;
	size_t len;
	char *s = repeat(unit, n, &len);

	parse_n(&p, s, len, 0);
	free(s);
	assert_int_equal(p.rc, -1);
	assert_null(p.root);
	assert_diag(&p, 0, want);
	/* A bad key is said once, however deep it goes: then the depth. */
	if (p.d.n == 2)
		assert_diag(&p, 1, "t.yaml:1:65: error: nesting deeper than "
		    "64 levels");
	else
		assert_int_equal(p.d.n, 1);
	done(&p);
}

static void
test_depth_limit(void **state)
{
	struct parsed p;
	size_t len;
	char *s, *t;

	(void)state;
	check_deep("[", 100000,
	    "t.yaml:1:65: error: nesting deeper than 64 levels");
	/* Every "{" but the first is a key, reported at the outermost. */
	check_deep("{", 100000,
	    "t.yaml:1:2: error: a mapping key must be a scalar, found a "
	    "mapping");
	check_deep("- ", 100000,
	    "t.yaml:1:129: error: nesting deeper than 64 levels");
	check_deep("[a, ", 100000,
	    "t.yaml:1:257: error: nesting deeper than 64 levels");
	check_deep("{a: ", 100000,
	    "t.yaml:1:257: error: nesting deeper than 64 levels");

	/* Block mappings, one level per line. */
	{
		struct util_buf b;

		util_buf_init(&b);
		for (int i = 0; i < 200; i++) {
			for (int j = 0; j < i; j++)
				util_buf_addc(&b, ' ');
			util_buf_adds(&b, "k:\n");
		}
		parse_n(&p, b.data, b.len, 0);
		util_buf_free(&b);
		assert_only_error(&p,
		    "t.yaml:65:65: error: nesting deeper than 64 levels");
		done(&p);
	}

	/* Exactly the limit is fine. */
	s = repeat("[", YTREE_MAX_DEPTH, &len);
	t = repeat("]", YTREE_MAX_DEPTH, &len);
	{
		struct util_buf b;
		const struct ytree *n;
		int depth = 0;

		util_buf_init(&b);
		util_buf_adds(&b, s);
		util_buf_adds(&b, t);
		parse_n(&p, b.data, b.len, 0);
		util_buf_free(&b);
		assert_int_equal(p.rc, 0);
		assert_int_equal(p.d.n, 0);
		for (n = p.root; n != NULL && n->kind == YTREE_SEQ;
		    n = n->nkids > 0 ? n->kids[0] : NULL)
			depth++;
		assert_int_equal(depth, YTREE_MAX_DEPTH);
		done(&p);
	}
	free(s);
	free(t);
}

static void
test_size_limit(void **state)
{
	struct parsed p;
	char *s = util_malloc(YTREE_MAX_BYTES + 2);

	(void)state;
	/* One big comment: the size is all that matters. */
	memset(s, 'x', YTREE_MAX_BYTES + 1);
	s[0] = '#';
	s[YTREE_MAX_BYTES + 1] = '\0';
	parse_n(&p, s, YTREE_MAX_BYTES + 1, 0);
	assert_only_error(&p, "t.yaml: error: too large: 33554433 bytes "
	    "(the limit is 33554432)");
	done(&p);

	parse_n(&p, s, YTREE_MAX_BYTES, 0);
	assert_int_equal(p.rc, 0);
	assert_null(p.root);
	assert_int_equal(p.d.n, 0);
	done(&p);
	free(s);
}

/* Refused constructs, several in one document: every one is reported,
 * in order, and no tree comes back. */
static const struct {
	const char *yaml;
	const char *want[4];
} refused[] = {
	{ "a: &x 1\nb: *x\n", {
	    "t.yaml:1:4: error: anchors are not allowed (&x)",
	    "t.yaml:2:4: error: aliases are not allowed (*x)" } },
	/* anchors on collections, aliases as keys */
	{ "a: &s [1]\nb: &m {c: d}\n*s : 2\n*m : 3\n", {
	    "t.yaml:1:4: error: anchors are not allowed (&s)",
	    "t.yaml:2:4: error: anchors are not allowed (&m)",
	    "t.yaml:3:1: error: aliases are not allowed (*s)",
	    "t.yaml:4:1: error: aliases are not allowed (*m)" } },
	{ "a: !!str 5\nb: ! x\nc: !local y\nd: !!map {}\n", {
	    "t.yaml:1:4: error: tags are not allowed (!!str)",
	    "t.yaml:2:4: error: tags are not allowed (!)",
	    "t.yaml:3:4: error: tags are not allowed (!local)",
	    "t.yaml:4:4: error: tags are not allowed (!!map)" } },
};

static void
test_refused(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		struct parsed p;
		size_t n = 0;

		while (n < 4 && refused[i].want[n] != NULL)
			n++;
		parse(&p, refused[i].yaml);
		assert_int_equal(p.rc, -1);
		assert_null(p.root);
		for (size_t j = 0; j < n; j++)
			assert_diag(&p, j, refused[i].want[j]);
		assert_int_equal(p.d.n, n);
		done(&p);
	}
}

static void
test_anchors_and_aliases(void **state)
{
	struct parsed p;

	(void)state;
	parse_file(&p, FIX "anchors.yaml");
	assert_int_equal(p.rc, -1);
	assert_int_equal(p.d.n, 3);
	assert_diag(&p, 0, FIX "anchors.yaml:2:5: error: anchors are not "
	    "allowed (&t)");
	assert_diag(&p, 2, FIX "anchors.yaml:7:15: error: aliases are not "
	    "allowed (*kw)");
	done(&p);
}

/* A billion-laughs file is refused at the first alias, and a flood of
 * errors is cut short. */
static void
test_error_flood(void **state)
{
	struct parsed p;
	struct util_buf b;

	(void)state;
	util_buf_init(&b);
	util_buf_adds(&b, "a: &a [x]\nb: [");
	for (int i = 0; i < 100000; i++)
		util_buf_adds(&b, "*a,");
	util_buf_adds(&b, "*a]\n");
	parse_n(&p, b.data, b.len, 0);
	util_buf_free(&b);
	assert_int_equal(p.rc, -1);
	assert_null(p.root);
	assert_int_equal(p.d.n, 21);
	assert_diag(&p, 1, "t.yaml:2:5: error: aliases are not allowed (*a)");
	assert_diag(&p, 20, "t.yaml:2:59: error: too many errors, giving up");
	done(&p);
}

static void
test_tags(void **state)
{
	struct parsed p;

	(void)state;
	parse_file(&p, FIX "tag.yaml");
	assert_only_error(&p, FIX "tag.yaml:3:12: error: tags are not allowed "
	    "(!!python/object:os.system)");
	done(&p);

	/* A %-escaped tag cannot smuggle an escape sequence into stderr. */
	parse(&p, "a: !<%1B[2J> x\n");
	assert_only_error(&p, "t.yaml:1:4: error: tags are not allowed "
	    "(^[[2J)");
	done(&p);
}

static void
test_documents(void **state)
{
	struct parsed p;

	(void)state;
	parse_file(&p, FIX "multidoc.yaml");
	assert_only_error(&p, FIX "multidoc.yaml:2:1: error: only one YAML "
	    "document is allowed");
	done(&p);

	parse(&p, "a: 1\n...\n---\nb: 2\n");
	assert_only_error(&p, "t.yaml:3:1: error: only one YAML document is "
	    "allowed");
	done(&p);

	/* Markers around one document are fine. */
	parse(&p, "%YAML 1.1\n---\na: 1\n...\n");
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.d.n, 0);
	assert_int_equal(ytree_get(p.root, "a")->line, 3);
	done(&p);
}

static void
test_duplicate_keys(void **state)
{
	struct parsed p;
	struct util_buf b;

	(void)state;
	parse_file(&p, FIX "dupkeys.yaml");
	assert_int_equal(p.rc, -1);
	assert_null(p.root);
	assert_int_equal(p.d.n, 2);
	assert_diag(&p, 0, FIX "dupkeys.yaml:5:5: error: duplicate key "
	    "'title' (first at line 3)");
	assert_diag(&p, 1, FIX "dupkeys.yaml:7:1: error: duplicate key "
	    "'topics' (first at line 1)");
	done(&p);

	/* Flow style; quoting does not make a key different. */
	parse(&p, "{a: 1, b: 2, 'a': 3}");
	assert_only_error(&p, "t.yaml:1:14: error: duplicate key 'a' (first "
	    "at line 1)");
	done(&p);

	/* The same key in different mappings is fine; keys differing only
	 * after a NUL are different. */
	parse(&p, "- {a: 1}\n- {a: 2}\n- {\"x\\0y\": 1, \"x\\0z\": 2, x: 3}\n");
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.d.n, 0);
	assert_int_equal(p.root->kids[2]->nkids, 6);
	done(&p);

	/* Many keys: the duplicate found among them (how fast: make bench,
	 * tests/bench/sizes.sh, a million keys). */
	util_buf_init(&b);
	for (int i = 0; i < 50000; i++)
		util_buf_printf(&b, "k%d: %d\n", i, i);
	util_buf_adds(&b, "k49999: again\n");
	parse_n(&p, b.data, b.len, 0);
	util_buf_free(&b);
	assert_only_error(&p, "t.yaml:50001:1: error: duplicate key 'k49999' "
	    "(first at line 50000)");
	done(&p);

	/* A hostile key is shown safely and shortened. */
#define LONGKEY "\"\\e]0;x\\a0123456789012345678901234567890123456789" \
	"0123456789012345678901234567890123456789\""
	parse(&p, LONGKEY ": 1\n" LONGKEY ": 2\n");
#undef LONGKEY
	assert_only_error(&p, "t.yaml:2:1: error: duplicate key '^[]0;x^G012"
	    "3456789012345678901234567890123456789012345678901…' (first at "
	    "line 1)");
	done(&p);
}

static void
test_non_scalar_keys(void **state)
{
	struct parsed p;

	(void)state;
	parse(&p, "? [a, b]\n: c\n");
	assert_only_error(&p, "t.yaml:1:3: error: a mapping key must be a "
	    "scalar, found a sequence");
	done(&p);

	parse(&p, "{{x: y}: z}");
	assert_only_error(&p, "t.yaml:1:2: error: a mapping key must be a "
	    "scalar, found a mapping");
	done(&p);

	/* Keys inside a bad key are not looked at: one error, not four. */
	parse(&p, "{{{{x: y, x: y}: z}: w}: v}");
	assert_only_error(&p, "t.yaml:1:2: error: a mapping key must be a "
	    "scalar, found a mapping");
	done(&p);

	/* A bad key costs nothing after it: the next key is checked. */
	parse(&p, "{[a]: b, c: d, c: e}");
	assert_int_equal(p.d.n, 2);
	assert_diag(&p, 0, "t.yaml:1:2: error: a mapping key must be a "
	    "scalar, found a sequence");
	assert_diag(&p, 1, "t.yaml:1:16: error: duplicate key 'c' (first at "
	    "line 1)");
	done(&p);
}

static void
test_scalar_bytes(void **state)
{
	struct parsed p;
	const struct ytree *v;

	(void)state;
	/* Escapes may produce NUL and controls: kept, with the length. */
	parse(&p, "a: \"x\\0y\\ez\"\n");
	assert_int_equal(p.rc, 0);
	v = ytree_get(p.root, "a");
	assert_int_equal(v->len, 5);
	assert_memory_equal(v->str, "x\0y\033z", 6);
	assert_false(v->plain);
	done(&p);

	/* Raw controls, NUL and DEL, which libyaml refuses, come through. */
	{
		static const char raw[] = "a: x\033[2Jy\nb: n\0l\x7f\n";

		parse_n(&p, raw, sizeof raw - 1, 0);
	}
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.d.n, 0);
	v = ytree_get(p.root, "a");
	assert_string_equal(v->str, "x\033[2Jy");
	assert_true(v->plain);
	v = ytree_get(p.root, "b");
	assert_int_equal(v->len, 4);
	assert_memory_equal(v->str, "n\0l\x7f", 5);
	assert_int_equal(v->line, 2);
	assert_int_equal(v->col, 4);
	done(&p);

	/* Invalid UTF-8 becomes U+FFFD, one per byte; columns count it as
	 * one character, like the valid text around it.  One warning says
	 * where it starts. */
	parse(&p, "a: \xc3\xa9\xff\xfe" "c\nd: \xe1\xbb\n");
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.d.n, 1);
	assert_diag(&p, 0, "t.yaml:1:5: warning: not valid UTF-8: 4 bytes "
	    "shown as U+FFFD");
	assert_string_equal(ytree_get(p.root, "a")->str,
	    "\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd" "c");
	assert_string_equal(ytree_get(p.root, "d")->str,
	    "\xef\xbf\xbd\xef\xbf\xbd");
	done(&p);

	/* C1 controls, NEL, U+2028/2029 are characters, not line breaks:
	 * the lines stay those of the file. */
	parse(&p, "a: x\xc2\x9b" "1m\xc2\x85y\xe2\x80\xa8z\xe2\x80\xa9w\n"
	    "b: 2\n");
	assert_int_equal(p.rc, 0);
	assert_string_equal(ytree_get(p.root, "a")->str,
	    "x\xc2\x9b" "1m\xc2\x85y\xe2\x80\xa8z\xe2\x80\xa9w");
	assert_int_equal(ytree_get(p.root, "b")->line, 2);
	done(&p);

	/* Input that already holds a stand-in character: controls become
	 * U+FFFD and the stand-in stays what it is. */
	parse(&p, "a: \xf3\xb0\x80\x9b x\033y\n");
	assert_int_equal(p.rc, 0);
	assert_string_equal(ytree_get(p.root, "a")->str,
	    "\xf3\xb0\x80\x9b x\xef\xbf\xbdy");
	done(&p);

	/* A BOM and CRLF line ends are read as text, not content. */
	parse(&p, "\xef\xbb\xbf" "a: 1\r\nb: 2\r\n");
	assert_int_equal(p.rc, 0);
	assert_string_equal(ytree_get(p.root, "a")->str, "1");
	assert_int_equal(ytree_get(p.root, "b")->line, 2);
	done(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tree_shape_and_positions),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_line_offset),
		cmocka_unit_test(test_empty_streams),
		cmocka_unit_test(test_syntax_errors),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_size_limit),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_anchors_and_aliases),
		cmocka_unit_test(test_error_flood),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_documents),
		cmocka_unit_test(test_duplicate_keys),
		cmocka_unit_test(test_non_scalar_keys),
		cmocka_unit_test(test_scalar_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
