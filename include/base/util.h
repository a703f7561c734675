/*
 * util: the allocation functions that never return NULL, a growable byte
 * buffer, whole-file reading, and the single path a fatal error takes.
 *
 * Out-of-memory and broken invariants are fatal.  The UI registers a hook
 * with util_set_fatal_hook() so the terminal is restored before the message
 * is printed; nothing else in hoso needs to know that curses exists.
 */
#ifndef HOSO_UTIL_H
#define HOSO_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define UTIL_PRINTF(f, a) __attribute__((format(printf, f, a)))

void *util_malloc(size_t n);
void *util_calloc(size_t n, size_t size);
void *util_realloc(void *p, size_t n);
/* realloc for arrays, with the multiplication checked for overflow */
void *util_reallocarray(void *p, size_t n, size_t size);
char *util_strdup(const char *s);
char *util_strndup(const char *s, size_t n);

/* Grows *v (an array of elem-sized items with capacity *cap) to hold at
 * least need items. */
void util_grow(void **v, size_t *cap, size_t need, size_t elem);

/* n in decimal with a comma every three digits ("1,234,567"), for the
 * counts that messages give; buf holds UTIL_GROUPED_SIZE bytes. */
#define UTIL_GROUPED_SIZE 32
const char *util_grouped(unsigned long long n, char buf[UTIL_GROUPED_SIZE]);

/* FNV-1a over n bytes: for the small hash tables of the parsers. */
uint64_t util_hash(const void *p, size_t n);

_Noreturn void util_fatal(const char *fmt, ...) UTIL_PRINTF(1, 2);
void util_set_fatal_hook(void (*hook)(void));
/* Writes all of p[0..n) to fd, again after EINTR: 0, or -1 (errno) when
 * the reader went away or a write failed. */
int util_write_all(int fd, const void *p, size_t n);

/* A byte buffer that is always NUL-terminated once anything was added. */
struct util_buf {
	char *data;
	size_t len, cap;
};

void util_buf_init(struct util_buf *b);
void util_buf_free(struct util_buf *b);
void util_buf_reserve(struct util_buf *b, size_t extra);
void util_buf_add(struct util_buf *b, const void *p, size_t n);
void util_buf_addc(struct util_buf *b, char c);
void util_buf_adds(struct util_buf *b, const char *s);
void util_buf_printf(struct util_buf *b, const char *fmt, ...) UTIL_PRINTF(2, 3);
void util_buf_vprintf(struct util_buf *b, const char *fmt, va_list ap)
    UTIL_PRINTF(2, 0);
/* Hands the (NUL-terminated) storage to the caller and empties the buffer. */
char *util_buf_detach(struct util_buf *b, size_t *len);

enum util_read_status {
	UTIL_READ_OK, UTIL_READ_ERRNO, UTIL_READ_TOO_BIG,
	UTIL_READ_NOT_REGULAR	/* a FIFO, a device, a directory...: not read */
};
/* Reads a whole file, NUL-terminated, opened with util_open_regular (so
 * a FIFO or a terminal named as a file cannot hang hoso).  Files larger
 * than cap bytes are refused with UTIL_READ_TOO_BIG (cap 0: no limit).
 * On failure errno says why (ENOENT for a missing file). */
enum util_read_status util_read_file(const char *path, size_t cap,
    char **data, size_t *len);
/* This thread's last failure of util_read_file or util_open_regular in
 * words, for a message: "not a regular file (a FIFO)", "cannot read:
 * Permission denied" or "too large" (static storage, valid until the
 * thread's next call). */
const char *util_read_why(void);

/* Opens path read-only (plus flags, such as O_NOFOLLOW) if, and only if,
 * it is a regular file, without ever blocking on a FIFO or a device; the
 * descriptor is close-on-exec and blocking.  -1 otherwise: *kind is NULL
 * and errno says why, or *kind says what path is instead ("a FIFO", "a
 * directory", "a character device"...). */
int util_open_regular(const char *path, int flags, const char **kind);
/* What a file of this st_mode is, in words: "a FIFO", "a directory"... */
const char *util_file_kind(unsigned mode);

#endif
