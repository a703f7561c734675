/*
 * config_int: what config.c and config_queries.c share; private to
 * src/model.
 */
#ifndef HOSO_CONFIG_INT_H
#define HOSO_CONFIG_INT_H

#include "config.h"
#include "schema.h"
#include "ytree.h"

/* queries: (v not null) into c, each entry's problems reported to s. */
void config_read_queries(struct schema *s, const struct ytree *v,
    struct config *c);
void config_queries_free(struct config *c);

#endif
