/*
 * legacy: articles written in the Vietnamese encodings that came before
 * UTF-8 (TCVN3, VNI-Windows, VISCII, Windows-1258), and UTF-8 that was read
 * as CP1252 or Latin-1 and written out again ("Viá»‡t Nam"); src/text/
 * legacy.c.  Everything here runs before text_clean: VISCII and TCVN3 put
 * capitals in C0 slots, so the bytes must be decoded before any control
 * byte is made visible.
 *
 * Names are spelt as iconv spells them; VNI-WIN, which glibc's iconv does
 * not know, has its own table here.  Every result is NFC UTF-8 on the
 * heap (never NULL; out of memory is fatal); bad bytes become U+FFFD.
 */
#ifndef HOSO_LEGACY_H
#define HOSO_LEGACY_H

#include <stddef.h>

enum legacy_enc {
	LEGACY_UTF8,
	LEGACY_TCVN,		/* "TCVN5712-1": TCVN 5712:1993, VN1/VN3 */
	LEGACY_VNI,		/* "VNI-WIN": VNI for Windows */
	LEGACY_VISCII,		/* "VISCII": RFC 1456 */
	LEGACY_CP1258,		/* "CP1258": Windows-1258 */
	LEGACY_NENC
};

/* The name as iconv spells it ("TCVN5712-1"). */
const char *legacy_name(enum legacy_enc e);
/* The encoding named name[0..len): the names above and the aliases iconv
 * accepts for them (TCVN, WINDOWS-1258, ...), any case; -1 if none. */
int legacy_lookup(const char *name, size_t len);
/* "UTF-8, TCVN5712-1, VNI-WIN, VISCII or CP1258", for messages. */
const char *legacy_names(void);

/* in[0..len) read as e, as NFC UTF-8.  LEGACY_UTF8 is text_repair. */
char *legacy_decode(enum legacy_enc e, const char *in, size_t len,
    size_t *outlen);
/* UTF-8 written as e (for fixtures and tests); a character e has no
 * code for becomes '?'. */
char *legacy_encode(enum legacy_enc e, const char *in, size_t len,
    size_t *outlen);

/* The Vietnamese plausibility of a UTF-8 text: of its words (runs between
 * white space or '_', with punctuation trimmed from both ends) those that hold a
 * non-ASCII character or a control byte, and how many of those are one
 * well-formed syllable (vnsyl_parse).  ASCII words are left out: they
 * read the same in every encoding, so they tell none apart. */
struct legacy_score {
	size_t words, syllables;
};
void legacy_score(const char *s, size_t len, struct legacy_score *sc);
/* At least one such word, and nearly all of them syllables. */
int legacy_plausible(const struct legacy_score *sc);

/* 1 if in[0..len) is valid UTF-8 (utf8_decode's rules), in one pass;
 * *signs (if not NULL) counts the byte patterns double-encoded UTF-8
 * leaves (a lead byte's Latin-1 letter, C3 82..B4, followed by what
 * CP1252 or Latin-1 make of a continuation byte), so that valid text
 * without any needs no other look.  A count, not a verdict: "à—" counts. */
int legacy_valid_utf8(const char *in, size_t len, size_t *signs);

/* Double-encoded UTF-8 undone: every character mapped back to its CP1252
 * (or Latin-1) byte.  NULL when some character has no such byte or the
 * bytes are not valid UTF-8; *latin1 is set when only Latin-1 explains
 * them (C1 controls, no CP1252 punctuation). */
char *legacy_undouble(const char *in, size_t len, int *latin1,
    size_t *outlen);

enum legacy_how {
	LEGACY_AS_IS,		/* use the bytes as they are (text_repair) */
	LEGACY_DECLARED,	/* decoded from the declared encoding */
	LEGACY_DETECTED,	/* not UTF-8; the one plausible encoding */
	LEGACY_DOUBLE,		/* double-encoded UTF-8, repaired */
	LEGACY_NOT_VIETNAMESE,	/* not UTF-8, plausible in no encoding */
	LEGACY_AMBIGUOUS	/* not UTF-8, plausible in several */
};

struct legacy_result {
	enum legacy_how how;
	enum legacy_enc enc;	/* DECLARED, DETECTED: the encoding */
	int latin1;		/* DOUBLE: read as Latin-1, not CP1252 */
	int plausible;		/* DECLARED: the text reads as Vietnamese */
	unsigned candidates;	/* AMBIGUOUS: bit e for each plausible e */
};

/*
 * A whole file, before anything else reads it.  declared is the encoding
 * its front matter names, or -1.  Declared UTF-8 is used as it is; a
 * declared legacy encoding is decoded.  Undeclared: valid UTF-8 is used
 * as it is unless it is double-encoded; otherwise the file is read in
 * UTF-8 (repaired) and in each legacy encoding, and decoded when exactly
 * one reading is plausible Vietnamese and it is not UTF-8's (the readings
 * are scored on the first 64 KiB, the file is decoded once).  Returns the
 * decoded text, or NULL when the caller should use in as it is (AS_IS,
 * NOT_VIETNAMESE, AMBIGUOUS); r says which.
 */
char *legacy_read(const char *in, size_t len, int declared,
    struct legacy_result *r, size_t *outlen);

#endif
