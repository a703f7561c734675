/*
 * xdg: the XDG base directories (see include/base/xdg.h).  One resolver,
 * so the theme search, the state file, the index cache and the config file
 * agree on what a relative or missing variable means.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"
#include "xdg.h"

static const struct {
	const char *var, *fallback;
} kinds[] = {
	[XDG_CONFIG] = { "XDG_CONFIG_HOME", "/.config" },
	[XDG_STATE] = { "XDG_STATE_HOME", "/.local/state" },
	[XDG_CACHE] = { "XDG_CACHE_HOME", "/.cache" },
	[XDG_DATA] = { "XDG_DATA_HOME", "/.local/share" },
};

char *
xdg_dir(enum xdg_kind kind)
{
	const char *v = getenv(kinds[kind].var);
	const char *home = getenv("HOME");
	struct util_buf b;

	util_buf_init(&b);
	if (v != NULL && v[0] == '/')
		util_buf_adds(&b, v);
	else if (home != NULL && home[0] != '\0') {
		util_buf_adds(&b, home);
		util_buf_adds(&b, kinds[kind].fallback);
	} else
		return NULL;
	util_buf_adds(&b, "/hoso");
	return util_buf_detach(&b, NULL);
}

int
xdg_mkdirs(const char *dir)
{
	char *p = util_strdup(dir);
	int rc = 0;

	for (char *s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;
			struct stat sb;

			*s = '\0';
			if (mkdir(p, 0700) < 0) {
				int e = errno;

				/* EEXIST, or EACCES on a parent we may not
				 * write but that is already there. */
				if (stat(p, &sb) < 0 || !S_ISDIR(sb.st_mode)) {
					errno = e == EEXIST ? ENOTDIR : e;
					rc = -1;
					break;
				}
			}
			*s = c;
			if (c == '\0')
				break;
		}
	}
	free(p);
	return rc;
}
