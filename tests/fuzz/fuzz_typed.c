/*
 * fuzz_typed: the Telex/VNI/VIQR reading of a query (text/typed.c), on
 * what search hands it, a query after text_clean.  The first byte picks
 * how the caller's veto behaves (none, keep every chunk, keep some).
 * Asserts: the reading is safe UTF-8; no chunk decoded means the query
 * comes back unchanged; vetoing every chunk decodes none.
 */
#include "fuzz.h"
#include "text.h"
#include "typed.h"
#include "util.h"

static int
keep_all(void *ctx, const char *w, size_t n)
{
	(void)ctx;
	(void)w;
	(void)n;
	return 1;
}

/* A veto that depends on the chunk only, so a second call agrees. */
static int
keep_some(void *ctx, const char *w, size_t n)
{
	(void)ctx;
	return (util_hash(w, n) & 3) == 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct util_buf out;
	char *q;
	size_t qlen, got;
	typed_keep_fn keep;

	if (size < 1)
		return 0;
	keep = data[0] % 3 == 0 ? NULL : data[0] % 3 == 1 ? keep_all :
	    keep_some;
	q = text_clean((const char *)data + 1, size - 1, 0, &qlen);
	util_buf_init(&out);
	got = typed_read(q, qlen, keep, NULL, &out);
	fuzz_check_safe(out.data != NULL ? out.data : "", out.len, 0,
	    "typed_read output");
	if (got == 0)
		FUZZ_CHECK(out.len == qlen && memcmp(out.data, q, qlen) == 0,
		    "no chunk decoded, yet the output differs from the query");
	if (keep == keep_all)
		FUZZ_CHECK(got == 0, "a chunk every veto kept was decoded");
	util_buf_free(&out);
	free(q);
	return 0;
}
