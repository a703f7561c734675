/*
 * diag: formats and keeps diagnostics (see include/base/diag.h).
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>

void
diag_init(struct diag *d, FILE *echo)
{
	d->echo = echo;
	d->v = NULL;
	d->n = d->cap = 0;
	d->nerrors = d->nwarnings = 0;
	d->worst = DIAG_NONE;
}

void
diag_free(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].text);
	free(d->v);
	diag_init(d, d->echo);
}

void
diag_emit(struct diag *d, enum diag_level level, const char *file, int line,
    int col, const char *fmt, ...)
{
	struct util_buf b;
	va_list ap;

	util_buf_init(&b);
	util_buf_adds(&b, file != NULL ? file : "hoso");
	if (line > 0)
		util_buf_printf(&b, ":%d", line);
	if (line > 0 && col > 0)
		util_buf_printf(&b, ":%d", col);
	util_buf_adds(&b, level == DIAG_ERROR ? ": error: " : ": warning: ");
	va_start(ap, fmt);
	util_buf_vprintf(&b, fmt, ap);
	va_end(ap);

	util_grow((void **)&d->v, &d->cap, d->n + 1, sizeof *d->v);
	d->v[d->n].level = level;
	d->v[d->n].text = util_buf_detach(&b, NULL);
	if (d->echo != NULL)
		fprintf(d->echo, "%s\n", d->v[d->n].text);
	d->n++;
	if (level == DIAG_ERROR)
		d->nerrors++;
	else
		d->nwarnings++;
	if (level > d->worst)
		d->worst = level;
}

void
diag_print(const struct diag *d, FILE *fp)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(fp, "%s\n", d->v[i].text);
}

void
diag_merge(struct diag *into, struct diag *from)
{
	for (size_t i = 0; i < from->n; i++) {
		struct diag_entry *e = &from->v[i];

		util_grow((void **)&into->v, &into->cap, into->n + 1,
		    sizeof *into->v);
		into->v[into->n++] = *e;
		if (into->echo != NULL)
			fprintf(into->echo, "%s\n", e->text);
		if (e->level == DIAG_ERROR)
			into->nerrors++;
		else
			into->nwarnings++;
		if (e->level > into->worst)
			into->worst = e->level;
	}
	free(from->v);
	from->v = NULL;
	from->n = from->cap = 0;
	diag_free(from);
}
