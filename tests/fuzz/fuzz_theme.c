/*
 * fuzz_theme: the theme loader (doc/theme.c over model/ytree.c and the
 * schema layer) on arbitrary bytes, handed over as a memfd since
 * theme_load reads a path.  Asserts: 0 or -1; the theme is complete
 * either way (a name that is one safe line, every role's colours the
 * default or 0..255, only known attributes); nothing in a theme is an
 * error, only warnings, each one safe line.
 */
#include <unistd.h>

#include "diag.h"
#include "fuzz.h"
#include "theme.h"

#define ALL_ATTRS (THEME_BOLD | THEME_DIM | THEME_UNDERLINE | \
	THEME_REVERSE | THEME_ITALIC | THEME_STANDOUT)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct theme t;
	struct diag d;
	char path[64];
	int fd, rc;

	fd = fuzz_memfd(data, size, path);
	diag_init(&d, NULL);
	rc = theme_load(&t, path, &d);
	close(fd);
	FUZZ_CHECK(rc == 0 || rc == -1, "theme_load result");
	FUZZ_CHECK(t.name != NULL, "a theme without a name");
	fuzz_check_str(t.name, 0, "theme name");
	for (int r = 0; r < ROLE_COUNT; r++) {
		const struct theme_style *s = &t.role[r];

		FUZZ_CHECK(s->fg >= THEME_DEFAULT_COLOR && s->fg <= 255, "fg");
		FUZZ_CHECK(s->bg >= THEME_DEFAULT_COLOR && s->bg <= 255, "bg");
		FUZZ_CHECK((s->attrs & ~(unsigned)ALL_ATTRS) == 0, "attrs");
	}
	FUZZ_CHECK(d.nerrors == 0, "an error in a theme (only warnings)");
	fuzz_check_diag(&d);
	theme_free(&t);
	diag_free(&d);
	return 0;
}
