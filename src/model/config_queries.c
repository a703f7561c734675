/*
 * config_queries: the config file's saved queries (queries:), read with
 * the rest of the file and parsed once the topic map is known (see
 * include/model/config.h).  Each problem is a warning that costs its
 * entry only.
 */
#include "config_int.h"

#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "util.h"

#define ENTRY "a mapping with a name and a query"

void
config_queries_free(struct config *c)
{
	for (size_t i = 0; i < c->nqueries; i++) {
		free(c->queries[i].name.s);
		free(c->queries[i].query.s);
	}
	free(c->queries);
	c->queries = NULL;
	c->nqueries = 0;
}

static void
take(struct config_str *to, char *s, const struct ytree *v)
{
	to->s = s;
	to->line = v->line;
	to->col = v->col;
}

/* The entry's name and query, or -1 after a report. */
static int
read_entry(struct schema *s, const struct ytree *e, struct config_query *q)
{
	const struct ytree *name = NULL, *query = NULL;
	char *ns, *qs;

	if (e->kind != YTREE_MAP) {
		schema_wrong(s, e, "queries", ENTRY);
		return -1;
	}
	for (size_t i = 0; i + 1 < e->nkids; i += 2) {
		const struct ytree *k = e->kids[i];

		if (schema_key_is(k, "name"))
			name = e->kids[i + 1];
		else if (schema_key_is(k, "query"))
			query = e->kids[i + 1];
		else
			schema_unknown_key(s, k, "in a saved query (its keys "
			    "are name and query)");
	}
	if (name == NULL || query == NULL) {
		schema_report(s, e, "queries: a saved query needs %s",
		    name == NULL && query == NULL ? "a name and a query" :
		    name == NULL ? "a name" : "a query");
		return -1;
	}
	if ((ns = schema_string(s, name, "name", 1)) == NULL)
		return -1;
	if ((qs = schema_string(s, query, "query", 1)) == NULL) {
		free(ns);
		return -1;
	}
	memset(q, 0, sizeof *q);
	take(&q->name, ns, name);
	take(&q->query, qs, query);
	/* The column of the query's first character: after the quote. */
	q->quoted = !query->plain;
	return 0;
}

void
config_read_queries(struct schema *s, const struct ytree *v,
    struct config *c)
{
	if (v->kind != YTREE_SEQ) {
		schema_wrong(s, v, "queries", "a list of mappings, each with "
		    "a name and a query");
		return;
	}
	for (size_t i = 0; i < v->nkids; i++) {
		struct config_query q;
		size_t k;

		if (read_entry(s, v->kids[i], &q) != 0)
			continue;
		for (k = 0; k < c->nqueries; k++)
			if (strcmp(c->queries[k].name.s, q.name.s) == 0)
				break;
		if (k < c->nqueries) {
			schema_report(s, v->kids[i], "queries: '%s' is the "
			    "name of the saved query of line %d already; "
			    "this one is left out", c->queries[k].name.s,
			    c->queries[k].name.line);
			free(q.name.s);
			free(q.query.s);
			continue;
		}
		c->queries = util_reallocarray(c->queries, c->nqueries + 1,
		    sizeof *c->queries);
		c->queries[c->nqueries++] = q;
	}
}

size_t
config_queries_bind(struct config *c, const struct topicmap *map,
    struct diag *d)
{
	size_t n = 0;

	for (size_t i = 0; i < c->nqueries; i++) {
		struct config_query *e = &c->queries[i];
		char err[QUERY_ERRSIZE];
		struct query q;
		int col;

		if (query_parse(&q, e->query.s, QUERY_ARTICLES, map, err,
		    &col) == 0) {
			query_free(&q);
			c->queries[n++] = *e;
			continue;
		}
		diag_emit(d, DIAG_WARNING, c->path, e->query.line,
		    e->query.col + e->quoted + col - 1, "queries: '%s': %s; "
		    "the saved query is left out", e->name.s, err);
		free(e->name.s);
		free(e->query.s);
	}
	c->nqueries = n;
	return n;
}
