/*
 * colcheck: the lines of standard input wider than N terminal columns,
 * measured as a terminal does with glibc's wcwidth in C.UTF-8 (the sum
 * over the code points; what ncursesw draws), not with hoso's own width
 * function, so a width test does not check hoso against itself.
 *
 *   colcheck N < FILE      prints "LINE: WIDTH: TEXT" for each line wider
 *                          than N; exit 1 if there was one, 2 on misuse
 *
 * A byte that is not UTF-8 and a code point wcwidth calls unprintable
 * count one column each (a terminal shows something for them).
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int
main(int argc, char **argv)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long max, lineno = 0;
	int bad = 0;

	if (argc != 2 || (max = strtol(argv[1], NULL, 10)) < 1) {
		fputs("usage: colcheck COLUMNS < FILE\n", stderr);
		return 2;
	}
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
		fputs("colcheck: no C.UTF-8 locale\n", stderr);
		return 2;
	}
	while ((n = getline(&line, &cap, stdin)) >= 0) {
		mbstate_t st;
		long w = 0;
		size_t i = 0;

		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		memset(&st, 0, sizeof st);
		while (i < (size_t)n) {
			wchar_t c;
			size_t k = mbrtowc(&c, line + i, (size_t)n - i, &st);
			int cw;

			if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
				memset(&st, 0, sizeof st);
				w++;
				i++;
				continue;
			}
			cw = wcwidth(c);
			w += cw < 0 ? 1 : cw;
			i += k;
		}
		if (w > max) {
			printf("%ld: %ld: %.*s\n", lineno, w, n > 200 ? 200 : (int)n,
			    line);
			bad = 1;
		}
	}
	free(line);
	return bad;
}
