/*
 * lang: the one language the interface speaks in a run (Vietnamese or
 * English), chosen once at start-up by main (--lang, the config file, then
 * LANGUAGE / LC_ALL / LC_MESSAGES / LANG) and read by every label.  The
 * content (articles, the topic map) is never translated; only hoso's own
 * words are, and each is written in both languages where it is used, as
 * L("vi", "en"), so the two versions sit side by side in the source.
 */
#ifndef HOSO_LANG_H
#define HOSO_LANG_H

enum lang { LANG_EN, LANG_VI };

/* The language in force (LANG_EN until lang_set). */
enum lang lang_get(void);
void lang_set(enum lang l);
/* "vi" or "en" (any case, "vi_VN" too) to a language: 0, or -1. */
int lang_parse(const char *s, enum lang *out);
/* What the environment asks for: LANGUAGE's first entry, else LC_ALL,
 * LC_MESSAGES, LANG; Vietnamese when it names vi, English otherwise. */
enum lang lang_from_env(void);

/* One of the two, by the language in force.  Both may be format strings
 * with the same conversions; the attributes let the compiler check them. */
const char *lang_pick(const char *vi, const char *en)
    __attribute__((format_arg(1), format_arg(2)));

#define L(vi, en) lang_pick(vi, en)

#endif
