/*
 * lang: the interface language of this run (see include/base/lang.h).  One
 * process-wide value: it is chosen before anything is drawn and never
 * changes after, so passing it to every label's caller would buy nothing.
 */
#include "lang.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static enum lang current = LANG_EN;

enum lang
lang_get(void)
{
	return current;
}

void
lang_set(enum lang l)
{
	current = l;
}

int
lang_parse(const char *s, enum lang *out)
{
	if (s == NULL)
		return -1;
	/* A locale name (vi_VN.UTF-8) or a bare code; "C" and "POSIX"
	 * are English. */
	if (strncasecmp(s, "vi", 2) == 0 && (s[2] == '\0' || s[2] == '_' ||
	    s[2] == '-' || s[2] == '.' || s[2] == '@')) {
		*out = LANG_VI;
		return 0;
	}
	if (strncasecmp(s, "en", 2) == 0 && (s[2] == '\0' || s[2] == '_' ||
	    s[2] == '-' || s[2] == '.' || s[2] == '@')) {
		*out = LANG_EN;
		return 0;
	}
	return -1;
}

enum lang
lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *s = getenv("LANGUAGE");
	enum lang l;

	/* LANGUAGE is a priority list (vi:en); gettext reads it first, but
	 * only its first entry decides here. */
	if (s != NULL && *s != '\0') {
		char first[16];
		size_t n = strcspn(s, ":");

		if (n < sizeof first) {
			memcpy(first, s, n);
			first[n] = '\0';
			if (lang_parse(first, &l) == 0)
				return l;
		}
	}
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		s = getenv(vars[i]);
		if (s != NULL && *s != '\0')
			return lang_parse(s, &l) == 0 ? l : LANG_EN;
	}
	return LANG_EN;
}

const char *
lang_pick(const char *vi, const char *en)
{
	return current == LANG_VI ? vi : en;
}
