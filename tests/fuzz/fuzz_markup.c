/* fuzz_markup.c - the front ends alone: source -> view.  Option byte:
 * bits 0-1 the format (auto, text, markdown, html; auto picks by the
 * name, bit 7); bit 2 --whole-file.  Asserts the view's contract: every
 * view offset maps into the source and body_end lies inside the view.
 * Markdown and HTML are fuzzed here as soon as mk_build dispatches to
 * them; a front end with invariants of its own can get its own target. */
#include "fuzz.h"
#include "markup/markup.h"
#include "source.h"

#include <stdlib.h>

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
	static const char *const names[] = { "fuzz.txt", "fuzz.md" };
	unsigned o = fuzz_options(&data, &size);
	struct mk_options opt = {
		.format = (enum mk_format)(o & 3),
		.whole_file = (o & 4) != 0,
	};
	struct source *src = src_from_memory(names[(o >> 7) & 1], (const char *)data, size);
	struct findings fs = {0};
	struct view v;
	size_t slen;
	src_text(src, &slen);
	if (mk_build(src, &opt, &v, &fs) == 0) {
		if (v.len > 0 && !v.text)
			abort();
		if (v.body_end > v.len)
			abort();
		for (size_t i = 0; i <= v.len; i++)
			if (mk_source_offset(&v, i) > slen)
				abort();
		for (size_t i = 0; i < fs.n; i++)
			if (fs.v[i].off > slen || fs.v[i].len > slen - fs.v[i].off)
				abort();
		mk_view_free(&v);
	}
	fnd_free(&fs);
	src_free(src);
	return 0;
}
