/*
 * text: the load pipeline for untrusted bytes, as pure functions on
 * buffers (no I/O, no locale, no curses); src/text/clean.c.
 *
 *   raw bytes -> text_repair -> text_nfc -> text_sanitize [-> text_desegment]
 *
 * text_clean() runs the whole pipeline.  Every function returns a new
 * NUL-terminated heap string (never NULL; out of memory is fatal) and
 * stores its byte length in *outlen when outlen is not NULL.  Inputs may
 * contain NUL bytes; lengths are always explicit.
 */
#ifndef HOSO_TEXT_H
#define HOSO_TEXT_H

#include <stddef.h>

/* What the pipeline's last, optional stage and the passages of a match
 * need; included here so that every user of text.h still sees them. */
#include "passage.h"
#include "segment.h"

/* UTF-8 repair: every byte that does not start a valid, shortest-form,
 * non-surrogate sequence of at most U+10FFFF becomes U+FFFD and decoding
 * always advances by at least one byte.  A leading BOM is dropped.  CRLF
 * and lone CR become LF.  NUL bytes are kept (text_sanitize shows them). */
char *text_repair(const char *in, size_t len, size_t *outlen);

/* NFC (u8_normalize UNINORM_NFC).  Input must be valid UTF-8.  Fast path:
 * text whose every code point is in a range known to be NFC-stable and
 * non-combining is copied without calling libunistring. */
char *text_nfc(const char *in, size_t len, size_t *outlen);

/* Makes text safe and width-exact for a terminal.  Input: valid UTF-8.
 *  - C0 controls and DEL become caret notation (ESC "^[", BS "^H",
 *    NUL "^@", DEL "^?"), except LF (kept only with TEXT_KEEP_LF, else a
 *    space) and TAB (spaces to the next multiple of 8 columns, counting
 *    from the last LF).
 *  - C1 controls U+0080-009F, bidi controls U+202A-202E, U+2066-2069,
 *    U+200E, U+200F, U+061C, and U+2028/U+2029 become "<U+XXXX>".
 *  - U+00AD (soft hyphen) and U+FEFF (a stray BOM) are dropped.
 *  - U+200D (ZWJ) is dropped wherever it is, and so are U+FE0E and
 *    U+FE0F (VS15, VS16): an emoji sequence is drawn as its separate
 *    emoji, each as wide as wcwidth says, and letters joined by a ZWJ
 *    (Vi<ZWJ>ệt, or Devanagari and Arabic joins, which a terminal does
 *    not shape) as plain letters, so ncurses and the terminal agree on
 *    every column (tmux puts the character after a ZWJ in the ZWJ's
 *    cell).  text_clean normalizes again where a dropped character stood
 *    between a letter and its mark, so its result stays NFC.
 *  - A combining mark with no base (at the start, or after LF or a
 *    control marker) gets U+25CC as its base.
 * No byte of the output is a C0/C1 control other than LF. */
enum { TEXT_KEEP_LF = 1 };
char *text_sanitize(const char *in, size_t len, int flags, size_t *outlen);

/* The whole pipeline.  TEXT_KEEP_LF keeps line breaks (article bodies);
 * without it they become spaces (titles and other one-line fields).
 * TEXT_DESEGMENT runs text_desegment last.  Leading and trailing white
 * space is trimmed from one-line results. */
enum { TEXT_DESEGMENT = 2 };
/* TEXT_REPAIRED: the input came out of text_repair already (a loader that
 * had to repair a file to parse its front matter); the repair is skipped. */
enum { TEXT_REPAIRED = 4 };
char *text_clean(const char *in, size_t len, int flags, size_t *outlen);

/* Untrusted bytes made safe and short enough to quote in a message:
 * text_clean one-line, cut to at most max bytes of whole grapheme
 * clusters (never inside a UTF-8 sequence, never between a letter and its
 * combining marks), with "…" where something was cut. */
char *text_excerpt(const char *s, size_t len, size_t max);

#endif
