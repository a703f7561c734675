/*
 * fuzz.h: what the fuzz targets share: the entry point's prototype, an
 * assertion that survives NDEBUG and names the broken property, the
 * terminal-safety check of an output string, and a way to hand bytes to a
 * loader that only takes a path.  Header-only, so that each target is one
 * file and builds the same way with libFuzzer and with replay.c.
 */
#ifndef HOSO_FUZZ_H
#define HOSO_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "diag.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* abort() rather than assert(): a finding must not depend on NDEBUG, and
 * libFuzzer saves the input of any abort as a crash. */
#define FUZZ_CHECK(cond, what) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: fuzz property failed: %s (%s)\n", \
		    __FILE__, __LINE__, (what), #cond); \
		abort(); \
	} \
} while (0)

enum { FUZZ_LF = 1, FUZZ_TAB = 2 };

/*
 * s[0..len) is what may reach a terminal: valid UTF-8, and no C0 control
 * (LF and TAB only when allowed), no DEL, no C1 control.  Returns 0 or
 * aborts naming the offset.
 */
static inline void
fuzz_check_safe(const char *s, size_t len, int allow, const char *what)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;
	uint32_t c;

	while (i < len) {
		k = utf8_decode(u + i, len - i, &c);
		if (k == 0) {
			fprintf(stderr, "%s: invalid UTF-8 at byte %zu\n",
			    what, i);
			abort();
		}
		if ((c < 0x20 && !(c == '\n' && (allow & FUZZ_LF)) &&
		    !(c == '\t' && (allow & FUZZ_TAB))) || c == 0x7f ||
		    (c >= 0x80 && c <= 0x9f)) {
			fprintf(stderr, "%s: control U+%04X at byte %zu\n",
			    what, (unsigned)c, i);
			abort();
		}
		i += k;
	}
}

static inline void
fuzz_check_str(const char *s, int allow, const char *what)
{
	if (s != NULL)
		fuzz_check_safe(s, strlen(s), allow, what);
}

/* Every message is one safe line, whatever the input quoted. */
static inline void
fuzz_check_diag(const struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		fuzz_check_str(d->v[i].text, 0, "diagnostic");
}

/* 1 if s[0..len) is valid UTF-8 (utf8_decode's rules). */
static inline int
fuzz_valid_utf8(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;
	uint32_t c;

	while (i < len) {
		if ((k = utf8_decode(u + i, len - i, &c)) == 0)
			return 0;
		i += k;
	}
	return 1;
}

/*
 * The bytes as a file a path-taking loader can open: an anonymous memfd
 * (never on disk, gone when closed), named by its /proc/self/fd path in
 * path[].  Returns the descriptor; the caller closes it.
 */
static inline int
fuzz_memfd(const uint8_t *data, size_t size, char path[64])
{
	int fd = memfd_create("hoso-fuzz", MFD_CLOEXEC);
	size_t off = 0;
	ssize_t w;

	FUZZ_CHECK(fd >= 0, "memfd_create");
	while (off < size) {
		w = write(fd, data + off, size - off);
		FUZZ_CHECK(w > 0, "write to memfd");
		off += (size_t)w;
	}
	snprintf(path, 64, "/proc/self/fd/%d", fd);
	return fd;
}

#endif
