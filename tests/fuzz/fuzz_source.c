/* fuzz_source.c - encoding detection, decoding and the line table.
 * Option byte: bits 0-1 the column unit; bits 2-7 a stride for the
 * offsets whose positions are asked.  Asserts that the decoded text is
 * valid UTF-8, that undecodable bytes sit where they are reported, and
 * that positions grow with offsets and do not depend on the order they
 * are asked in (src_position caches the last columns). */
#include "fuzz.h"
#include "source.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned o = fuzz_options(&data, &size);
	enum src_unit unit = (enum src_unit)((o & 3) % 3);
	size_t stride = (o >> 2) + 1, len;
	struct source *src = src_from_memory("fuzz", (const char *)data, size);
	const char *text = src_text(src, &len);

	for (size_t i = 0; i < len;) {
		size_t k = utf8_valid_len((const unsigned char *)text + i, len - i);
		if (k == 0)
			abort();	/* the text must be valid UTF-8 */
		i += k;
	}
	if (src_encoding(src) == SRC_UTF8 && (len != size || memcmp(text, data, size) != 0))
		abort();
	for (size_t i = 0; i < src_nbad(src); i++)
		if (src_bad(src, i) >= len || text[src_bad(src, i)] != SRC_BAD_BYTE)
			abort();
	if ((src_nul(src) >= 0) != (memchr(data, 0, size) != NULL))
		abort();
	unsigned pl = 0, pc = 0, nl = src_nlines(src);
	for (size_t off = 0; off <= len + 1; off += stride) {
		unsigned line, col;
		src_position(src, off, unit, &line, &col);
		if (line < 1 || line > nl || col < 1 || line < pl ||
		    (line == pl && col < pc && off <= len))
			abort();
		size_t ls, le;
		src_line(src, line, &ls, &le);
		if (ls > le || le > len)
			abort();
		pl = line;
		pc = col;
	}
	/* Asked backwards (no cached column helps), the answers agree. */
	struct source *fresh = src_from_memory("fuzz", (const char *)data, size);
	for (size_t off = len + 1; off-- > 0;) {
		if ((off % stride) != 0 && off != len)
			continue;
		unsigned l1, c1, l2, c2;
		src_position(fresh, off, unit, &l1, &c1);
		src_position(src, off, unit, &l2, &c2);
		if (l1 != l2 || c1 != c2)
			abort();
	}
	src_free(fresh);
	src_free(src);
	return 0;
}
