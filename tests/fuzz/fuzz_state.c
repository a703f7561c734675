/*
 * fuzz_state: the state file parser (model/state.c) through state_load
 * and state_save, on files in a private directory under /dev/shm (or
 * TMPDIR), since both take paths and a bad file is moved aside.  Asserts:
 * a file that loads is saved, the saved file loads again without a
 * message, the same sections and histories come back, and saving that
 * gives the same bytes (parse, write, parse again is the identity); a
 * file that does not load is reported and moved aside, never kept.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "fuzz.h"
#include "state.h"
#include "util.h"

static char dir[64];
static char in[96], bad[96], out1[96], out2[96];

static void
cleanup(void)
{
	unlink(in);
	unlink(bad);
	unlink(out1);
	unlink(out2);
	rmdir(dir);
}

static void
setup(void)
{
	const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" :
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp";

	snprintf(dir, sizeof dir, "%s/hoso-fuzz-XXXXXX", base);
	FUZZ_CHECK(mkdtemp(dir) != NULL, "mkdtemp");
	snprintf(in, sizeof in, "%s/state", dir);
	snprintf(bad, sizeof bad, "%s/state.bad", dir);
	snprintf(out1, sizeof out1, "%s/out1", dir);
	snprintf(out2, sizeof out2, "%s/out2", dir);
	atexit(cleanup);
}

static void
put(const char *path, const uint8_t *data, size_t size)
{
	FILE *fp = fopen(path, "wb");

	FUZZ_CHECK(fp != NULL, "cannot write the input");
	FUZZ_CHECK(fwrite(data, 1, size, fp) == size && fclose(fp) == 0,
	    "cannot write the input");
}

static char *
get(const char *path, size_t *len)
{
	char *s;

	FUZZ_CHECK(util_read_file(path, 0, &s, len) == UTIL_READ_OK,
	    "cannot read a saved file");
	return s;
}

static size_t
sections(const struct state *st)
{
	size_t n = 0;

	for (size_t i = 0; i < st->nsec; i++)
		n += st->sec[i].corpus != NULL;
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct state st, st2;
	struct diag d;
	char *a, *b;
	size_t alen, blen;
	int rc;

	if (dir[0] == '\0')
		setup();
	put(in, data, size);
	diag_init(&d, NULL);
	rc = state_load(&st, in, &d);
	fuzz_check_diag(&d);
	if (rc < 0) {
		FUZZ_CHECK(d.n > 0, "a refused state file without a message");
		FUZZ_CHECK(access(in, F_OK) != 0 || size == 0,
		    "a refused state file was not moved aside");
		state_free(&st);
		diag_free(&d);
		unlink(bad);
		unlink(in);
		return 0;
	}
	FUZZ_CHECK(d.n == 0, "a state file that loaded with a message");
	unlink(out1);
	unlink(out2);
	FUZZ_CHECK(state_save(&st, out1, &d) == 0, "state_save");
	FUZZ_CHECK(state_load(&st2, out1, &d) == 0 && d.n == 0,
	    "a saved state file does not load again");
	FUZZ_CHECK(sections(&st) == st2.nsec, "sections lost or added");
	for (int k = 0; k < STATE_NHIST; k++) {
		FUZZ_CHECK(st.hist[k].n == st2.hist[k].n, "history length");
		for (size_t i = 0; i < st.hist[k].n; i++)
			FUZZ_CHECK(strcmp(st.hist[k].v[i], st2.hist[k].v[i]) ==
			    0, "history entry");
	}
	FUZZ_CHECK(state_save(&st2, out2, &d) == 0, "state_save again");
	a = get(out1, &alen);
	b = get(out2, &blen);
	FUZZ_CHECK(alen == blen && memcmp(a, b, alen) == 0,
	    "saved twice, different bytes");
	free(a);
	free(b);
	state_free(&st);
	state_free(&st2);
	diag_free(&d);
	unlink(in);
	return 0;
}
