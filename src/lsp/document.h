/* document.h - an open editor buffer: its UTF-8 text, edited in place by
 * LSP changes, and the conversion of LSP positions (0-based line, column
 * in the negotiated unit) to byte offsets. */
#ifndef RETSTAV_LSP_DOCUMENT_H
#define RETSTAV_LSP_DOCUMENT_H

#include <stddef.h>

#include "../util.h"

/* LSP position encodings. */
enum doc_encoding {
	ENC_UTF16,	/* the protocol's default */
	ENC_UTF8,
	ENC_UTF32
};

/* The byte offset in text[0..len) of a position; a line past the end
 * gives len, a column past the line's end gives the line's end, and a
 * column inside a character gives that character's end. */
size_t doc_offset(const char *text, size_t len, unsigned line, unsigned col,
		  enum doc_encoding enc);

/* Replaces text bytes [b, e) with s[0..n). */
void doc_replace(struct buf *text, size_t b, size_t e, const char *s, size_t n);

#endif
