/*
 * corpus_names: which files of a corpus's articles/ are its articles
 * (see corpus_list_names in include/model/corpus.h), shared by the loader
 * and the indexer so that both refuse the same files with the same words.
 *
 * A symbolic link is followed only when it resolves inside the corpus
 * directory: a corpus that is copied, shared or unpacked from an archive
 * must not make hoso read (and show, index and quote) /etc/passwd or a
 * user's mail because one of its names points there.
 */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

struct entry {
	char *name;
	unsigned char type;	/* d_type */
};

static int
cmp_entries(const void *x, const void *y)
{
	return strcmp(((const struct entry *)x)->name,
	    ((const struct entry *)y)->name);
}

/* Whether path is root or below it (both real paths). */
static int
under(const char *path, const char *root)
{
	size_t n;

	if (root == NULL)
		return 0;
	n = strlen(root);
	if (n == 1 && root[0] == '/')
		return 1;
	return strncmp(path, root, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/* 1 when the entry may be read; 0 when it is a link out of the corpus
 * (said in d).  A link that resolves to nothing is kept: reading it says
 * what is wrong in the words every unreadable file gets. */
static int
link_allowed(const char *path, unsigned char type, const char *root,
    const char *aroot, struct diag *d)
{
	struct stat sb;
	char *target;
	int ok;

	if (type != DT_LNK && type != DT_UNKNOWN)
		return 1;
	if (type == DT_UNKNOWN && (lstat(path, &sb) != 0 || !S_ISLNK(sb.st_mode)))
		return 1;
	if ((target = realpath(path, NULL)) == NULL)
		return 1;
	ok = under(target, root) || under(target, aroot);
	if (!ok)
		diag_emit(d, DIAG_WARNING, path, 0, 0, "a symbolic link out of "
		    "the corpus (to %s); skipped", target);
	free(target);
	return ok;
}

/* The .txt names of dir (an open articles/), sorted by bytes, so that
 * what is said of them comes in an order that does not depend on the
 * file system's. */
static struct entry *
candidates(DIR *dp, size_t *n)
{
	struct entry *e = NULL;
	size_t cap = 0;
	struct dirent *de;

	*n = 0;
	while ((de = readdir(dp)) != NULL) {
		size_t len = strlen(de->d_name);

		if (len < 4 || strcmp(de->d_name + len - 4, ".txt") != 0)
			continue;
		util_grow((void **)&e, &cap, *n + 1, sizeof *e);
		e[*n].name = util_strdup(de->d_name);
		e[(*n)++].type = de->d_type;
	}
	if (*n > 1)
		qsort(e, *n, sizeof *e, cmp_entries);
	return e;
}

char **
corpus_list_names(const char *dir, size_t *n, struct diag *d)
{
	struct util_buf path, one;
	char **v, *root, *aroot;
	struct entry *e;
	size_t ne;
	DIR *dp;

	*n = 0;
	util_buf_init(&path);
	util_buf_printf(&path, "%s/articles", dir);
	if ((dp = opendir(path.data)) == NULL) {
		diag_emit(d, DIAG_ERROR, path.data, 0, 0, "cannot open: %s",
		    strerror(errno));
		util_buf_free(&path);
		return NULL;
	}
	e = candidates(dp, &ne);
	closedir(dp);
	v = util_calloc(ne + 1, sizeof *v);
	root = realpath(dir, NULL);
	aroot = realpath(path.data, NULL);
	util_buf_init(&one);
	for (size_t i = 0; i < ne; i++) {
		one.len = 0;
		util_buf_printf(&one, "%s/%s", path.data, e[i].name);
		/* Said, not silent: a name that looks like an article and is
		 * not read would otherwise be a missing article nobody can
		 * explain. */
		if (strlen(e[i].name) == 4)
			diag_emit(d, DIAG_WARNING, one.data, 0, 0, "no name "
			    "before .txt; skipped");
		else if (e[i].name[0] == '.')
			diag_emit(d, DIAG_WARNING, one.data, 0, 0, "a hidden "
			    "file (its name starts with '.'); skipped");
		else if (link_allowed(one.data, e[i].type, root, aroot, d)) {
			v[(*n)++] = e[i].name;
			continue;
		}
		free(e[i].name);
	}
	free(e);
	free(root);
	free(aroot);
	util_buf_free(&one);
	util_buf_free(&path);
	return v;
}
