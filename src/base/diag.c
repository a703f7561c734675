/*
 * diag: keeps diagnostics as records and formats them when printed (see
 * include/base/diag.h).
 *
 * The escaper is here, not in the text layer (which has the full
 * sanitizer for article text), because base cannot use text and a file
 * name needs only this much: nothing in it may reach the terminal as a
 * command, and it must stay recognizable.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* The bidirectional formatting characters, which reorder what follows
 * on the line, so a file name could make a message read differently, and
 * the line and paragraph separators, which some terminals and every
 * JavaScript string take as a line break: the characters text_sanitize
 * marks too. */
static int
is_bidi(uint32_t c)
{
	return c == 0x061C || c == 0x200E || c == 0x200F ||
	    (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

char *
diag_sanitize(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = strlen(s), i = 0, k;
	struct util_buf b;
	uint32_t c;

	util_buf_init(&b);
	util_buf_reserve(&b, n + 1);
	while (i < n) {
		if ((k = utf8_decode(u + i, n - i, &c)) == 0) {
			util_buf_printf(&b, "\\x%02X", u[i]);
			i++;
			continue;
		}
		if (c < 0x20)
			util_buf_printf(&b, "^%c", (char)(c + 0x40));
		else if (c == 0x7F)
			util_buf_adds(&b, "^?");
		else if ((c >= 0x80 && c <= 0x9F) || is_bidi(c))
			util_buf_printf(&b, "<U+%04X>", (unsigned)c);
		else
			util_buf_add(&b, s + i, k);
		i += k;
	}
	if (b.data == NULL)
		util_buf_adds(&b, "");
	return util_buf_detach(&b, NULL);
}

char *
diag_vsanitize(const char *fmt, va_list ap)
{
	struct util_buf b;
	char *safe;

	util_buf_init(&b);
	util_buf_vprintf(&b, fmt, ap);
	safe = diag_sanitize(b.data != NULL ? b.data : "");
	util_buf_free(&b);
	return safe;
}

void
diag_say(FILE *fp, const char *fmt, ...)
{
	va_list ap;
	char *safe;

	va_start(ap, fmt);
	safe = diag_vsanitize(fmt, ap);
	va_end(ap);
	fprintf(fp, "hoso: %s\n", safe);
	free(safe);
}

void
diag_init(struct diag *d, FILE *echo)
{
	d->echo = echo;
	d->v = NULL;
	d->n = d->cap = 0;
	d->nerrors = d->nwarnings = 0;
	d->worst = DIAG_NONE;
}

static void
entry_free(struct diag_entry *e)
{
	free(e->file);
	free(e->msg);
	free(e->text);
}

void
diag_free(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		entry_free(&d->v[i]);
	free(d->v);
	diag_init(d, d->echo);
}

char *
diag_format(const struct diag_entry *e)
{
	struct util_buf b;

	util_buf_init(&b);
	util_buf_adds(&b, e->file != NULL ? e->file : "hoso");
	if (e->line > 0)
		util_buf_printf(&b, ":%d", e->line);
	if (e->line > 0 && e->col > 0)
		util_buf_printf(&b, ":%d", e->col);
	util_buf_adds(&b, e->level == DIAG_ERROR ? ": error: " : ": warning: ");
	util_buf_adds(&b, e->msg);
	return util_buf_detach(&b, NULL);
}

static void
count(struct diag *d, enum diag_level level)
{
	if (level == DIAG_ERROR)
		d->nerrors++;
	else
		d->nwarnings++;
	if (level > d->worst)
		d->worst = level;
}

/* Appends e (taken over) and echoes it. */
static void
append(struct diag *d, const struct diag_entry *e)
{
	util_grow((void **)&d->v, &d->cap, d->n + 1, sizeof *d->v);
	d->v[d->n++] = *e;
	if (d->echo != NULL)
		fprintf(d->echo, "%s\n", e->text);
	count(d, e->level);
}

void
diag_emit(struct diag *d, enum diag_level level, const char *file, int line,
    int col, const char *fmt, ...)
{
	struct diag_entry e;
	va_list ap;

	if (level != DIAG_ERROR && level != DIAG_WARNING)
		util_fatal("diag: level %d", (int)level);
	e.level = level;
	e.file = file != NULL ? diag_sanitize(file) : NULL;
	e.line = line > 0 ? line : 0;
	e.col = line > 0 && col > 0 ? col : 0;
	va_start(ap, fmt);
	e.msg = diag_vsanitize(fmt, ap);
	va_end(ap);
	e.text = diag_format(&e);
	append(d, &e);
}

void
diag_print(const struct diag *d, FILE *fp)
{
	for (size_t i = 0; i < d->n; i++) {
		char *s = diag_format(&d->v[i]);

		fprintf(fp, "%s\n", s);
		free(s);
	}
}

void
diag_relevel(struct diag *d, size_t i, enum diag_level level)
{
	struct diag_entry *e;

	if (i >= d->n || (level != DIAG_ERROR && level != DIAG_WARNING))
		util_fatal("diag_relevel: entry %zu of %zu, level %d", i, d->n,
		    (int)level);
	e = &d->v[i];
	if (e->level == level)
		return;
	e->level = level;
	free(e->text);
	e->text = diag_format(e);
	d->nerrors = d->nwarnings = 0;
	d->worst = DIAG_NONE;
	for (size_t j = 0; j < d->n; j++)
		count(d, d->v[j].level);
}

void
diag_merge(struct diag *into, struct diag *from)
{
	for (size_t i = 0; i < from->n; i++)
		append(into, &from->v[i]);
	free(from->v);
	from->v = NULL;
	from->n = from->cap = 0;
	diag_free(from);
}
