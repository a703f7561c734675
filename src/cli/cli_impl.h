/*
 * cli_impl: the JSON members every headless mode writes its objects
 * with, shared by the modes (cli.c) and the briefs (cli_export.c);
 * private to the cli layer.
 */
#ifndef HOSO_CLI_IMPL_H
#define HOSO_CLI_IMPL_H

#include <stddef.h>

#include "util.h"

/* A member's name, after a comma unless it is its object's first
 * (b holds the object from its brace on). */
void cli_jkey(struct util_buf *b, const char *name);
void cli_jstr(struct util_buf *b, const char *name, const char *s);
/* A string the data may not give: null when it is absent or empty. */
void cli_jopt(struct util_buf *b, const char *name, const char *s);
void cli_jnum(struct util_buf *b, const char *name, size_t n);

#endif
