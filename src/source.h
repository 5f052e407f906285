/* source.h - a file's bytes, decoded to UTF-8, and its line table.
 * Every later stage works on byte offsets into src_text(); only the
 * reporter turns them into line and column through src_position(). */
#ifndef RETSTAV_SOURCE_H
#define RETSTAV_SOURCE_H

#include <stddef.h>

enum src_encoding {
	SRC_UTF8,	/* valid UTF-8, possibly with a BOM */
	SRC_UTF8_BAD,	/* UTF-8 with invalid bytes (see src_bad) */
	SRC_LEGACY	/* not UTF-8: decoded as Windows-1252 */
};

enum src_unit {
	UNIT_CODEPOINT,
	UNIT_BYTE,
	UNIT_UTF16
};

/* A byte that could not be decoded; in the text it reads as U+001A. */
#define SRC_BAD_BYTE 0x1A

struct source;

/* Reads and decodes the file at path ("-" is standard input, shown as
 * <stdin>).  Returns a new source, free with src_free(); on failure prints
 * "retstav: FILE: cause" and returns NULL. */
struct source *src_open(const char *path);
/* Returns a new source over a copy of data, named name; never fails. */
struct source *src_from_memory(const char *name, const char *data, size_t len);
void src_free(struct source *src);

const char *src_name(const struct source *src);
/* The decoded UTF-8 text; owned by src, valid until src_free(). */
const char *src_text(const struct source *src, size_t *len);
/* Offset of the first byte after a byte order mark (0 or 3). */
size_t src_start(const struct source *src);
enum src_encoding src_encoding(const struct source *src);
/* Offset of the first NUL byte, or -1 when the file has none. */
long src_nul(const struct source *src);
/* Why a run of bytes could not be decoded. */
enum src_bad_kind {
	SRC_BAD_STRAY,		/* continuation bytes with no lead byte */
	SRC_BAD_TRUNCATED,	/* a lead byte without all its continuations */
	SRC_BAD_OVERLONG,	/* a longer form than the code point needs */
	SRC_BAD_SURROGATE,	/* U+D800..U+DFFF, UTF-16's halves */
	SRC_BAD_RANGE,		/* beyond U+10FFFF */
	SRC_BAD_NEVER,		/* 0xF8..0xFF: no UTF-8 byte at all */
	SRC_BAD_CP1252		/* undefined in Windows-1252 (legacy files) */
};

/* Number of undecodable runs, and the text offset of the i-th.  A run is
 * one malformed sequence (an overlong "C0 AF" is one run, not two). */
size_t src_nbad(const struct source *src);
size_t src_bad(const struct source *src, size_t i);
/* The first original byte of the i-th run. */
unsigned char src_bad_byte(const struct source *src, size_t i);
/* The length in bytes (>= 1) and the kind of the i-th run; *bytes (at
 * most 4, owned by src) holds its first original bytes. */
size_t src_bad_len(const struct source *src, size_t i, const unsigned char **bytes,
		   size_t *nbytes);
enum src_bad_kind src_bad_kind(const struct source *src, size_t i);

/* Line (1-based) and column (1-based, in unit) of a text offset.  Asking
 * in offset order costs time linear in the text, however long its lines;
 * it updates a cache in src, so one source is asked by one thread. */
void src_position(const struct source *src, size_t offset, enum src_unit unit,
		  unsigned *line, unsigned *col);
/* Start and end (before the line break) offsets of a 1-based line. */
void src_line(const struct source *src, unsigned line, size_t *start, size_t *end);
unsigned src_nlines(const struct source *src);

#endif
