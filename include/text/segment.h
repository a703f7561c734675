/*
 * segment: word-segmented text (VnCoreNLP / pyvi style, syllables joined
 * by underscores and punctuation set off by spaces) recognized and
 * undone; src/text/segment.c.  Pure functions on buffers.  Like the
 * stages of text.h, text_desegment returns a new NUL-terminated heap
 * string (never NULL) and stores its length in *outlen unless outlen is
 * NULL; the result is never longer than the input.
 */
#ifndef HOSO_SEGMENT_H
#define HOSO_SEGMENT_H

#include <stddef.h>

/* Heuristic: 1 if the text looks word-segmented (VnCoreNLP / pyvi style:
 * many letter_letter underscores, spaces before commas and full stops). */
int text_looks_segmented(const char *in, size_t len);

/* Undoes word segmentation, paragraph by paragraph (LF-separated lines are
 * treated independently for quote pairing):
 *  - "_" between two letters becomes a space, except inside URLs (with
 *    a scheme, from www., or a bare host.tld/ path such as
 *    vi.wikipedia.org/wiki/Võ_Văn_Thưởng), e-mail addresses, @handles,
 *    #hashtags (#Việt_Nam_tươi_đẹp) and identifiers (config_file.yaml,
 *    user_id, MAX_SIZE): an all-ASCII token is only de-segmented when
 *    every part is a capitalised word (Fumio_Kishida, Phnom_Penh) or
 *    every part is a Vietnamese syllable written without diacritics
 *    (an_ninh, cho_hay);
 *  - code in backticks (`so_luong`, `f( x )`) is left as it is, spaces
 *    included, when a second backtick on the same line closes it;
 *  - a slash between digits loses its spaces (27-30 / 11 -> 27-30/11);
 *  - no space before , . ; : ! ? ) ] } % … and closing quotes, none after
 *    ( [ { and opening quotes; straight " quotes and straight ' quotes
 *    each pair up within a paragraph (odd ones open, even ones close:
 *    ' Đối_tác ' -> 'Đối tác'), a ' between letters being an apostrophe
 *    (don't, Nhật's) and one ending a word closing only an open quote
 *    (students'); curly quotes by kind. */
char *text_desegment(const char *in, size_t len, size_t *outlen);

#endif
