/*
 * fuzz_legacy: the legacy-encoding detector and decoders (text/legacy.c)
 * on arbitrary bytes.  The first byte is the declared encoding (or none).
 * Asserts: legacy_read's text, when it gives one, is valid UTF-8 and its
 * verdict is consistent (DETECTED names one candidate, DOUBLE only for
 * valid UTF-8); every decoder gives valid UTF-8; legacy_valid_utf8 agrees
 * with the decoder of base/utf8.h; an undoubled text is valid UTF-8.
 */
#include "fuzz.h"
#include "legacy.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct legacy_result r;
	struct legacy_score sc;
	const char *in;
	char *out;
	size_t len, olen, signs = 0;
	int declared, valid, latin1 = 0;

	if (size < 1)
		return 0;
	declared = (int)(data[0] % (LEGACY_NENC + 1)) - 1;
	in = (const char *)data + 1;
	len = size - 1;

	valid = legacy_valid_utf8(in, len, &signs);
	FUZZ_CHECK(valid == fuzz_valid_utf8(in, len),
	    "legacy_valid_utf8 disagrees with utf8_decode");

	memset(&r, 0, sizeof r);
	out = legacy_read(in, len, declared, &r, &olen);
	if (out != NULL) {
		FUZZ_CHECK(fuzz_valid_utf8(out, olen), "legacy_read output");
		FUZZ_CHECK(strlen(out) <= olen, "legacy_read length");
		FUZZ_CHECK(r.how == LEGACY_DECLARED || r.how ==
		    LEGACY_DETECTED || r.how == LEGACY_DOUBLE,
		    "a decoded text with an as-is verdict");
		free(out);
	} else {
		FUZZ_CHECK(r.how == LEGACY_AS_IS || r.how ==
		    LEGACY_NOT_VIETNAMESE || r.how == LEGACY_AMBIGUOUS,
		    "no text with a decoded verdict");
	}
	if (r.how == LEGACY_DOUBLE)
		FUZZ_CHECK(valid, "double-encoded, yet not valid UTF-8");
	if (r.how == LEGACY_DETECTED)
		FUZZ_CHECK(r.enc > LEGACY_UTF8 && r.enc < LEGACY_NENC,
		    "detected encoding out of range");

	for (int e = 0; e < LEGACY_NENC; e++) {
		out = legacy_decode((enum legacy_enc)e, in, len, &olen);
		FUZZ_CHECK(fuzz_valid_utf8(out, olen), legacy_name(e));
		legacy_score(out, olen, &sc);
		FUZZ_CHECK(sc.syllables <= sc.words, "score");
		free(out);
	}
	if (valid) {
		out = legacy_undouble(in, len, &latin1, &olen);
		if (out != NULL) {
			FUZZ_CHECK(fuzz_valid_utf8(out, olen),
			    "legacy_undouble output");
			free(out);
		}
	}
	FUZZ_CHECK(legacy_lookup(in, len < 32 ? len : 32) < LEGACY_NENC,
	    "legacy_lookup range");
	return 0;
}
