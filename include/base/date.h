/*
 * date: calendar dates at the precision a source gives them (a year, a
 * month, or a day), as the corpus and the timeline use them.
 */
#ifndef HOSO_DATE_H
#define HOSO_DATE_H

struct date {
	int y, m, d;		/* m and d are 0 when not known */
};

#define DATE_BUFSIZE 11		/* "YYYY-MM-DD" and its NUL */

/* Parses YYYY, YYYY-MM or YYYY-MM-DD (year 1..9999, a real day of that
 * month).  Returns 0, or -1 with *out zeroed. */
int date_parse(const char *s, struct date *out);
/* Writes the date at its own precision; an unset date (y == 0) is "". */
void date_format(const struct date *dt, char buf[DATE_BUFSIZE]);
/* Orders by year, then month, then day; a less precise date sorts before
 * a more precise one of the same period. */
int date_cmp(const struct date *a, const struct date *b);

#endif
