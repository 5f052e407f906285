/* fuzz_tokenize.c - the tokenizer over any bytes.  Option byte: bit 0
 * tokenizes the raw bytes (front ends may hand over anything) instead of
 * the decoded text; bits 1-3 cut the text at (k+1)/8 of its length, as a
 * body_end does.  Asserts that tokens are in order, inside the text and
 * never longer than a word can be. */
#include "fuzz.h"
#include "source.h"
#include "tokenize.h"

#include <stdlib.h>

static struct tokenizer *tk;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	tk = tok_new();
	if (!tk)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned o = fuzz_options(&data, &size);
	struct source *src = NULL;
	const char *text = (const char *)data;
	size_t len = size;

	if (!(o & 1)) {
		src = src_from_memory("fuzz.txt", text, size);
		text = src_text(src, &len);
	}
	size_t end = len / 8 * (((o >> 1) & 7) + 1);
	if (((o >> 1) & 7) == 7)
		end = len;
	const struct token *tok;
	size_t n = tok_run(tk, text, end, &tok);
	size_t last = 0;
	for (size_t i = 0; i < n; i++) {
		if (tok[i].len == 0 || tok[i].len > 100 || tok[i].off < last ||
		    tok[i].off + tok[i].len > end)
			abort();
		last = tok[i].off + tok[i].len;
		(void)tok_is_nonword_chunk(text + tok[i].off, tok[i].len);
	}
	(void)tok_is_nonword_chunk(text, end);
	src_free(src);
	return 0;
}
