/*
 * replay: a main() for the fuzz targets without libFuzzer, so that
 * `make check` runs every corpus file through each target with gcc (std
 * and SAN builds) and no clang.  Arguments are files or directories (each
 * regular file in it, not recursing); each file is one input.  A target
 * that finds a problem aborts, which fails the run; otherwise this prints
 * how many inputs it replayed and exits 0 (1 when there were none, so an
 * empty or missing corpus cannot pass).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"
#include "util.h"

static int
replay_file(const char *path)
{
	char *data;
	size_t len;

	if (util_read_file(path, 0, &data, &len) != UTIL_READ_OK) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		return -1;
	}
	fprintf(stderr, "replay: %s\n", path);
	LLVMFuzzerTestOneInput((const uint8_t *)data, len);
	free(data);
	return 0;
}

int
main(int argc, char **argv)
{
	size_t n = 0;
	int bad = 0;

	for (int i = 1; i < argc; i++) {
		struct stat st;
		DIR *dir;
		struct dirent *e;

		if (stat(argv[i], &st) < 0) {
			fprintf(stderr, "replay: cannot stat %s\n", argv[i]);
			bad = 1;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			if (replay_file(argv[i]) < 0)
				bad = 1;
			else
				n++;
			continue;
		}
		if ((dir = opendir(argv[i])) == NULL) {
			fprintf(stderr, "replay: cannot open %s\n", argv[i]);
			bad = 1;
			continue;
		}
		while ((e = readdir(dir)) != NULL) {
			struct util_buf p;
			struct stat fs;

			if (e->d_name[0] == '.')
				continue;
			util_buf_init(&p);
			util_buf_printf(&p, "%s/%s", argv[i], e->d_name);
			if (stat(p.data, &fs) == 0 && S_ISREG(fs.st_mode)) {
				if (replay_file(p.data) < 0)
					bad = 1;
				else
					n++;
			}
			util_buf_free(&p);
		}
		closedir(dir);
	}
	printf("replayed %zu inputs\n", n);
	return bad || n == 0;
}
