/* document.c - positions in an editor buffer.  LSP counts lines from 0 and
 * columns in UTF-16 units unless the client agreed to UTF-8 bytes or code
 * points; text is kept as UTF-8, so columns are walked per character. */
#include "document.h"

#include <string.h>

size_t
doc_offset(const char *text, size_t len, unsigned line, unsigned col,
	   enum doc_encoding enc)
{
	size_t i = 0;
	for (unsigned l = 0; l < line; l++) {
		const char *nl = memchr(text + i, '\n', len - i);
		if (!nl)
			return len;
		i = (size_t)(nl - text) + 1;
	}
	const char *nl = memchr(text + i, '\n', len - i);
	size_t end = nl ? (size_t)(nl - text) : len;
	if (end > i && text[end - 1] == '\r')
		end--;
	if (enc == ENC_UTF8) {
		/* A byte column inside a character moves to its end. */
		size_t k = col < end - i ? i + col : end;
		while (k < end && utf8_cont(text[k]))
			k++;
		return k;
	}
	unsigned c = 0;
	while (i < end && c < col) {
		int32_t cp = utf8_next(text, end, &i);
		c += (enc == ENC_UTF16 && cp >= 0x10000) ? 2 : 1;
	}
	return i;
}

void
doc_replace(struct buf *text, size_t b, size_t e, const char *s, size_t n)
{
	if (e < b)
		e = b;
	if (e > text->len)
		e = text->len;
	if (b > text->len)
		b = text->len;
	size_t tail = text->len - e;
	grow((void **)&text->data, &text->cap, b + n + tail + 1, 1);
	memmove(text->data + b + n, text->data + e, tail);
	memcpy(text->data + b, s, n);
	text->len = b + n + tail;
	text->data[text->len] = '\0';
}
