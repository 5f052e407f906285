/* fuzz_config.c - the configuration parser: bytes -> struct conf through
 * conf_load_memory() (inih and every value check of config.c).  Option
 * byte: bits 0-1 the file's path (relative, in a folder, at the root,
 * absolute), which decides how relative word lists are joined.  Asserts
 * the struct's contract: lists NULL-terminated and non-empty entries,
 * word lists absolute or under the file's folder, rules and severities in
 * range; then matches a few paths against the ignore globs. */
#include "fuzz.h"
#include "config.h"
#include "finding.h"
#include "markup/markup.h"
#include "rules/rules.h"

#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

static void
check_list(char **l, int may_be_empty_entry)
{
	for (size_t i = 0; l && l[i]; i++)
		if (!may_be_empty_entry && !l[i][0])
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = {
		".retstav.ini", "projekt/.retstav.ini", "/.retstav.ini", "/tmp/avis/.retstav.ini",
	};
	static const char *const dirs[] = { ".", "projekt", "/", "/tmp/avis" };
	unsigned o = fuzz_options(&data, &size);
	const char *path = paths[o & 3], *dir = dirs[o & 3];
	struct conf c;
	int rc = conf_load_memory(&c, path, (const char *)data, size);
	if (!c.path || strcmp(c.path, path) != 0)
		abort();
	if (rc == 0) {
		check_list(c.body_end, 0);
		check_list(c.front_matter_keys, 0);
		check_list(c.ignore, 0);
		for (size_t i = 0; c.wordlists && c.wordlists[i]; i++) {
			const char *w = c.wordlists[i];
			size_t dl = strlen(dir);
			if (w[0] != '/' && strncmp(w, dir, dl) != 0)
				abort();
		}
		if (c.fail_on != -3 && (c.fail_on < SEV_NOTE || c.fail_on > SEV_ERROR))
			abort();
		if (c.input_format != -1 && (c.input_format < MK_AUTO || c.input_format > MK_HTML))
			abort();
		if (c.whole_file < -1 || c.whole_file > 1)
			abort();
		if (c.nrules && !c.rules)
			abort();
		for (size_t i = 0; i < c.nrules; i++)
			if (c.rules[i].rule < 0 || (size_t)c.rules[i].rule >= rule_count() ||
			    c.rules[i].sev < SEV_OFF || c.rules[i].sev > SEV_ERROR)
				abort();
		static const char *const files[] = {
			"artikel.md", "a/b/c.txt", "/abs/arkiv/gammel.html", "", "x/",
		};
		for (size_t i = 0; i < sizeof files / sizeof *files; i++)
			(void)conf_ignored(&c, files[i]);
	}
	conf_free(&c);
	return 0;
}
