/* fuzz_check.c - the whole per-file pipeline (front end, tokenizer,
 * speller, rules, suggestions) and a reporter, as one worker runs them.
 * Option byte: bits 0-1 the input format (auto, text, markdown, html;
 * auto picks by the name, bit 7); bit 2 --whole-file; bit 3 suggestions
 * (inputs up to 32 bytes);
 * bits 4-5 the report format; bit 6 --show-source with UTF-16 columns.
 * Needs the da_DK dictionary (hunspell-da). */
#include "check.h"
#include "fuzz.h"
#include "report.h"
#include "source.h"
#include "speller.h"

#include <limits.h>
#include <stdlib.h>

static struct chk_config cfg_plain, cfg_sug;
static struct checker *ck_plain, *ck_sug;
static char base[PATH_MAX];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const none[] = { NULL };
	(void)argc;
	(void)argv;
	if (spl_find_dictionary("da_DK", base, sizeof base) < 0)
		abort();
	chk_default_severities(&cfg_plain);
	cfg_plain.dict_base = base;
	cfg_plain.wordlists = none;
	/* The house tables: what make check points at, else the tree's. */
	cfg_plain.datadir = getenv("RETSTAV_DATADIR") ? getenv("RETSTAV_DATADIR") : "dictionaries";
	cfg_plain.nsug = 3;
	cfg_sug = cfg_plain;
	cfg_sug.suggest = 1;
	ck_plain = chk_new(&cfg_plain);
	ck_sug = chk_new(&cfg_sug);
	if (!ck_plain || !ck_sug)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "fuzz.txt", "fuzz.md" };
	unsigned o = fuzz_options(&data, &size);
	/* Hunspell's suggest costs up to a second per unknown word (its own
	 * time limits): suggestions only for short inputs. */
	int sug = (o & 8) && size <= 32;
	struct checker *ck = sug ? ck_sug : ck_plain;
	struct chk_config *cfg = sug ? &cfg_sug : &cfg_plain;
	struct rep_options rep = {
		.format = (enum rep_format)((o >> 4) & 3) % 3,
		.unit = (o & 64) ? UNIT_UTF16 : UNIT_CODEPOINT,
		.show_source = (o & 64) != 0,
		.nshow = 3,
	};
	cfg->mk.format = (enum mk_format)(o & 3);
	cfg->mk.whole_file = (o & 4) != 0;
	struct source *src = src_from_memory(names[(o >> 7) & 1], (const char *)data, size);
	struct findings fs = {0};
	struct buf out = {0};
	if (chk_source(ck, src, &fs) == 0) {
		size_t len;
		src_text(src, &len);
		for (size_t i = 0; i < fs.n; i++)
			if (fs.v[i].off > len || fs.v[i].len > len - fs.v[i].off)
				abort();
		rep_render(&rep, src, &fs, &out);
	}
	buf_free(&out);
	fnd_free(&fs);
	src_free(src);
	return 0;
}
