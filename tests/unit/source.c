/* Unit tests of the source stage: encoding decisions, undecodable bytes,
 * BOM, CRLF and the offset -> line:column table in every unit. */
#include "source.h"
#include "test.h"

static void
pos(const struct source *s, size_t off, enum src_unit u, unsigned wl, unsigned wc, int line)
{
	unsigned l, c;
	src_position(s, off, u, &l, &c);
	if (l != wl || c != wc) {
		printf("line %d: offset %zu unit %d: got %u:%u, want %u:%u\n", line, off, u, l, c, wl, wc);
		test_failures++;
	}
}

int
main(void)
{
	/* UTF-8 with æøå and an astral character. */
	const char *t = "ab\nÆø 🍎 x\r\nsidste";
	struct source *s = src_from_memory("t", t, strlen(t));
	EXPECT(src_encoding(s) == SRC_UTF8);
	EXPECT_EQ_U(src_nlines(s), 3);
	size_t x = (size_t)(strchr(t, 'x') - t);
	pos(s, 0, UNIT_CODEPOINT, 1, 1, __LINE__);
	pos(s, x, UNIT_CODEPOINT, 2, 6, __LINE__);
	pos(s, x, UNIT_UTF16, 2, 7, __LINE__);
	pos(s, x, UNIT_BYTE, 2, 11, __LINE__);
	pos(s, strlen(t) - 1, UNIT_CODEPOINT, 3, 6, __LINE__);
	size_t ls, le;
	src_line(s, 2, &ls, &le);
	EXPECT_EQ_U(le - ls, 11);	/* the \r is not part of the line */
	src_free(s);

	/* A BOM is no column. */
	s = src_from_memory("b", "\xEF\xBB\xBFhej du", 10);
	EXPECT_EQ_U(src_start(s), 3);
	pos(s, 7, UNIT_CODEPOINT, 1, 5, __LINE__);
	pos(s, 7, UNIT_BYTE, 1, 5, __LINE__);
	src_free(s);

	/* Latin-1: decoded, one column per byte in every unit. */
	s = src_from_memory("l", "gr\xF8n \xE6" "ble", 9);
	EXPECT(src_encoding(s) == SRC_LEGACY);
	size_t len;
	const char *d = src_text(s, &len);
	EXPECT(len == 11 && memcmp(d, "grøn æble", 11) == 0);
	pos(s, 6, UNIT_CODEPOINT, 1, 6, __LINE__);
	pos(s, 6, UNIT_BYTE, 1, 6, __LINE__);
	src_free(s);

	/* Windows-1252 curly quotes. */
	s = src_from_memory("w", "\x93ja\x94", 4);
	d = src_text(s, &len);
	EXPECT(len == 8 && memcmp(d, "\u201cja\u201d", 8) == 0);
	src_free(s);

	/* Mixed: valid UTF-8 plus stray bytes -> UTF-8 with bad bytes, in
	 * place; one entry per malformed sequence (0xFF; 0xC0 0xAF). */
	s = src_from_memory("m", "grøn \xFF rød \xC0\xAF", 15);
	EXPECT(src_encoding(s) == SRC_UTF8_BAD);
	EXPECT_EQ_U(src_nbad(s), 2);
	EXPECT_EQ_U(src_bad(s, 0), 6);
	EXPECT_EQ_U(src_bad_byte(s, 0), 0xFF);
	d = src_text(s, &len);
	EXPECT_EQ_U(len, 15);
	EXPECT(d[6] == SRC_BAD_BYTE);
	pos(s, 8, UNIT_CODEPOINT, 1, 8, __LINE__);
	src_free(s);

	/* Surrogates and overlong forms are invalid; truncation at the end
	 * too: three malformed sequences. */
	s = src_from_memory("s", "ø\xED\xA0\x80\xE0\x80\xAFø\xE2\x82", 13);
	EXPECT_EQ_U(src_nbad(s), 3);
	src_free(s);

	/* NUL bytes mark a binary file. */
	s = src_from_memory("n", "ab\0cd", 5);
	EXPECT(src_nul(s) == 2);
	src_free(s);

	/* Empty input. */
	s = src_from_memory("e", "", 0);
	EXPECT_EQ_U(src_nlines(s), 1);
	pos(s, 0, UNIT_CODEPOINT, 1, 1, __LINE__);
	src_free(s);
	return TEST_DONE();
}
