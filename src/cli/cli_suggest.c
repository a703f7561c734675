/*
 * cli_suggest: --check --suggest, the keyword candidates of every topic
 * (model/suggest.h) as YAML to paste into the map (the text format, as
 * --show's is the rendered article), or as JSON lines for a script.
 * Hints only: the map is never written.
 */
#include <stdlib.h>

#include "cli.h"
#include "cli_impl.h"
#include "json.h"
#include "suggest.h"
#include "util.h"

/* Per topic, as many as a person reads through at a glance. */
#define PER_TOPIC 5

/* A YAML double-quoted scalar: the texts hold no control character
 * (sanitized), so only the quote and the backslash are escaped. */
static void
yaml_str(struct util_buf *b, const char *s)
{
	util_buf_addc(b, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			util_buf_addc(b, '\\');
		util_buf_addc(b, *s);
	}
	util_buf_addc(b, '"');
}

static void
yaml_topic(struct util_buf *b, const struct topic *tp,
    const struct suggest_topic *st)
{
	util_buf_printf(b, "%s:\n  keywords:", tp->id);
	if (st->n == 0) {
		util_buf_printf(b, " []  # none (%zu passages)\n",
		    st->npassages);
		return;
	}
	util_buf_addc(b, '\n');
	for (size_t i = 0; i < st->n; i++) {
		const struct suggest_term *k = &st->v[i];

		util_buf_adds(b, "    - ");
		yaml_str(b, k->text);
		util_buf_printf(b, "  # score %.1f, in %zu of %zu passages, "
		    "%zu sentences elsewhere\n", k->score, k->passages,
		    st->npassages, k->elsewhere);
	}
}

static void
json_topic(struct util_buf *b, const struct topic *tp,
    const struct suggest_topic *st)
{
	util_buf_addc(b, '{');
	cli_jstr(b, "topic", tp->id);
	cli_jnum(b, "passages", st->npassages);
	cli_jkey(b, "keywords");
	util_buf_addc(b, '[');
	for (size_t i = 0; i < st->n; i++) {
		const struct suggest_term *k = &st->v[i];

		if (i > 0)
			util_buf_addc(b, ',');
		util_buf_addc(b, '{');
		cli_jstr(b, "keyword", k->text);
		cli_jkey(b, "score");
		util_buf_printf(b, "%.1f", k->score);
		cli_jnum(b, "passages", k->passages);
		cli_jnum(b, "elsewhere", k->elsewhere);
		util_buf_addc(b, '}');
	}
	util_buf_adds(b, "]}\n");
}

int
cli_suggest(const struct dossier *ds, enum cli_format f, FILE *fp)
{
	struct suggest_terms s;
	struct util_buf b;
	int yaml = f == CLI_TSV;

	suggest_terms(ds, PER_TOPIC, &s);
	util_buf_init(&b);
	if (yaml) {
		util_buf_printf(&b, "# hoso --check --suggest: keyword "
		    "candidates, hints only (the map is\n# unchanged).  Each "
		    "is frequent in its topic's passages and rare in the\n"
		    "# other sentences of the corpus (%zu).  Copy those that "
		    "name the topic\n# into its keywords.\n", s.nsentences);
		if (s.pruned)
			util_buf_adds(&b, "# (The table of n-grams filled: "
			    "those of few passages were dropped.)\n");
	}
	for (size_t t = 0; t < s.ntopics; t++) {
		const struct topic *tp = &ds->map.topics[t];
		const struct suggest_topic *st = &s.topics[t];

		if (yaml)
			yaml_topic(&b, tp, st);
		else
			json_topic(&b, tp, st);
		fwrite(b.data, 1, b.len, fp);
		b.len = 0;
	}
	if (b.len > 0)
		fwrite(b.data, 1, b.len, fp);
	util_buf_free(&b);
	suggest_terms_free(&s);
	return 0;
}
