/*
 * date: parsing and ordering of partial dates (see include/base/date.h).
 */
#include "date.h"

#include <stdio.h>
#include <string.h>

static int
digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int
days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

int
date_parse(const char *s, struct date *out)
{
	struct date dt = { 0, 0, 0 };
	size_t n = strlen(s);

	memset(out, 0, sizeof *out);
	if (n != 4 && n != 7 && n != 10)
		return -1;
	if (digits(s, 4, &dt.y) != 0 || dt.y < 1)
		return -1;
	if (n >= 7) {
		if (s[4] != '-' || digits(s + 5, 2, &dt.m) != 0 ||
		    dt.m < 1 || dt.m > 12)
			return -1;
	}
	if (n == 10) {
		if (s[7] != '-' || digits(s + 8, 2, &dt.d) != 0 ||
		    dt.d < 1 || dt.d > days_in_month(dt.y, dt.m))
			return -1;
	}
	*out = dt;
	return 0;
}

void
date_format(const struct date *dt, char buf[DATE_BUFSIZE])
{
	unsigned y = (unsigned)dt->y % 10000u, m = (unsigned)dt->m % 100u;
	unsigned d = (unsigned)dt->d % 100u;

	if (dt->y == 0)
		buf[0] = '\0';
	else if (dt->m == 0)
		snprintf(buf, DATE_BUFSIZE, "%04u", y);
	else if (dt->d == 0)
		snprintf(buf, DATE_BUFSIZE, "%04u-%02u", y, m);
	else
		snprintf(buf, DATE_BUFSIZE, "%04u-%02u-%02u", y, m, d);
}

int
date_cmp(const struct date *a, const struct date *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (a->d != b->d)
		return a->d < b->d ? -1 : 1;
	return 0;
}
