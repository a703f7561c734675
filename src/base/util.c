/*
 * util: allocation, buffers and the fatal path (see include/base/util.h).
 */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void (*fatal_hook)(void);

void
util_set_fatal_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

void
util_fatal(const char *fmt, ...)
{
	va_list ap;
	void (*hook)(void) = fatal_hook;

	/* A hook that fails fatally itself must not recurse. */
	fatal_hook = NULL;
	if (hook != NULL)
		hook();
	fputs("hoso: fatal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(70);
}

void *
util_malloc(size_t n)
{
	void *p = malloc(n == 0 ? 1 : n);

	if (p == NULL)
		util_fatal("out of memory (%zu bytes)", n);
	return p;
}

void *
util_calloc(size_t n, size_t size)
{
	void *p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size);

	if (p == NULL)
		util_fatal("out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *
util_realloc(void *p, size_t n)
{
	void *q = realloc(p, n == 0 ? 1 : n);

	if (q == NULL)
		util_fatal("out of memory (%zu bytes)", n);
	return q;
}

void *
util_reallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		util_fatal("allocation overflow (%zu x %zu bytes)", n, size);
	return util_realloc(p, n * size);
}

char *
util_strdup(const char *s)
{
	return util_strndup(s, strlen(s));
}

char *
util_strndup(const char *s, size_t n)
{
	char *p = util_malloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

uint64_t
util_hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 0xcbf29ce484222325ull;

	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

void
util_grow(void **v, size_t *cap, size_t need, size_t elem)
{
	size_t ncap;

	if (need <= *cap)
		return;
	ncap = *cap < 8 ? 8 : *cap;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			util_fatal("allocation overflow");
		ncap *= 2;
	}
	*v = util_reallocarray(*v, ncap, elem);
	*cap = ncap;
}

void
util_buf_init(struct util_buf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
}

void
util_buf_free(struct util_buf *b)
{
	free(b->data);
	util_buf_init(b);
}

void
util_buf_reserve(struct util_buf *b, size_t extra)
{
	if (extra > SIZE_MAX - b->len - 1)
		util_fatal("allocation overflow");
	util_grow((void **)&b->data, &b->cap, b->len + extra + 1, 1);
}

void
util_buf_add(struct util_buf *b, const void *p, size_t n)
{
	util_buf_reserve(b, n);
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
util_buf_addc(struct util_buf *b, char c)
{
	util_buf_add(b, &c, 1);
}

void
util_buf_adds(struct util_buf *b, const char *s)
{
	util_buf_add(b, s, strlen(s));
}

void
util_buf_vprintf(struct util_buf *b, const char *fmt, va_list ap)
{
	va_list again;
	size_t avail;
	int n;

	/* Format straight into the buffer; only an overflow formats twice. */
	util_buf_reserve(b, 64);
	avail = b->cap - b->len;
	va_copy(again, ap);
	n = vsnprintf(b->data + b->len, avail, fmt, ap);
	if (n < 0)
		util_fatal("bad format string");
	if ((size_t)n >= avail) {
		util_buf_reserve(b, (size_t)n);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
	}
	va_end(again);
	b->len += (size_t)n;
}

void
util_buf_printf(struct util_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	util_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

char *
util_buf_detach(struct util_buf *b, size_t *len)
{
	char *p;

	if (b->data == NULL)
		util_buf_reserve(b, 0);
	b->data[b->len] = '\0';
	p = b->data;
	if (len != NULL)
		*len = b->len;
	util_buf_init(b);
	return p;
}

const char *
util_file_kind(unsigned mode)
{
	mode_t m = (mode_t)mode;

	return S_ISDIR(m) ? "a directory" : S_ISFIFO(m) ? "a FIFO" :
	    S_ISSOCK(m) ? "a socket" : S_ISCHR(m) ? "a character device" :
	    S_ISBLK(m) ? "a block device" : S_ISLNK(m) ? "a symbolic link" :
	    "not a regular file";
}

/* What this thread's last util_read_file or util_open_regular failed
 * on: errno's companion, so thread-local as errno is (articles are read
 * by several threads). */
static _Thread_local enum util_read_status read_status;
static _Thread_local int read_errno;
static _Thread_local const char *read_kind;

const char *
util_read_why(void)
{
	static _Thread_local char msg[128];

	if (read_status == UTIL_READ_NOT_REGULAR)
		snprintf(msg, sizeof msg, "not a regular file (%s)",
		    read_kind != NULL ? read_kind : "unknown");
	else if (read_status == UTIL_READ_TOO_BIG)
		snprintf(msg, sizeof msg, "too large");
	else
		snprintf(msg, sizeof msg, "cannot read: %s",
		    strerror(read_errno));
	return msg;
}

static enum util_read_status
read_failed(enum util_read_status st, int err)
{
	read_status = st;
	read_errno = err;
	errno = err;
	return st;
}

/* util_open_regular's failure, for util_read_why: kind, or errno. */
static int
open_failed(int err, const char *kind)
{
	read_kind = kind;
	(void)read_failed(kind != NULL ? UTIL_READ_NOT_REGULAR :
	    UTIL_READ_ERRNO, err);
	return -1;
}

int
util_open_regular(const char *path, int flags, const char **kind)
{
	struct stat st;
	int fd, fl;

	*kind = NULL;
	/* O_NONBLOCK: opening a FIFO without a writer, or a terminal,
	 * would wait for ever before fstat could say what it is. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | flags)) < 0)
		return open_failed(errno, NULL);
	if (fstat(fd, &st) != 0) {
		int e = errno;

		close(fd);
		return open_failed(e, NULL);
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		*kind = util_file_kind((unsigned)st.st_mode);
		return open_failed(S_ISDIR(st.st_mode) ? EISDIR : EINVAL,
		    *kind);
	}
	/* Reads of a regular file never block anyway; cleared so that a
	 * caller's stdio sees an ordinary descriptor. */
	if ((fl = fcntl(fd, F_GETFL)) >= 0)
		(void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	return fd;
}

enum util_read_status
util_read_file(const char *path, size_t cap, char **data, size_t *len)
{
	FILE *fp;
	struct util_buf b;
	char chunk[65536];
	size_t n;
	const char *kind;
	int fd, e;

	*data = NULL;
	*len = 0;
	/* Its failure is recorded, errno and all, by util_open_regular. */
	if ((fd = util_open_regular(path, 0, &kind)) < 0)
		return read_status;
	if ((fp = fdopen(fd, "rb")) == NULL) {
		e = errno;
		close(fd);
		return read_failed(UTIL_READ_ERRNO, e);
	}
	util_buf_init(&b);
	/* Read in chunks rather than trusting st_size: /proc lies. */
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (cap != 0 && b.len + n > cap) {
			fclose(fp);
			util_buf_free(&b);
			return read_failed(UTIL_READ_TOO_BIG, EFBIG);
		}
		util_buf_add(&b, chunk, n);
	}
	if (ferror(fp)) {
		e = errno;
		fclose(fp);
		util_buf_free(&b);
		return read_failed(UTIL_READ_ERRNO, e);
	}
	fclose(fp);
	*data = util_buf_detach(&b, len);
	return UTIL_READ_OK;
}

int
util_write_all(int fd, const void *p, size_t n)
{
	const char *c = p;

	while (n > 0) {
		ssize_t w = write(fd, c, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

const char *
util_grouped(unsigned long long n, char buf[UTIL_GROUPED_SIZE])
{
	char digits[24];
	int len = snprintf(digits, sizeof digits, "%llu", n), o = 0;

	for (int i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	buf[o] = '\0';
	return buf;
}
