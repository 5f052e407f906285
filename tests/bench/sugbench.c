/* sugbench.c - times suggestions per word: retstav's engine and hunspell's
 * own suggest on the same words in the same process.  Reads lines
 * "WORD[\tLEFT\tRIGHT]" on stdin and prints
 * "WORD\tSECONDS\tSUG1|SUG2|...\tHUNSPELL_SECONDS\tHSUG1|...\tCPU\tHUNSPELL_CPU"
 * for each word the dictionary rejects (SECONDS wall, CPU this thread's
 * processor time: the figure a busy machine does not distort).
 *
 *   sugbench DATADIR [--no-hunspell] [--max=N] < words */
#include "speller.h"
#include "suggest.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double
cpu(void)
{
	struct timespec t;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void
print_list(char **list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		printf("%s%s", i ? "|" : "", list[i]);
}

int
main(int argc, char **argv)
{
	char base[4096];
	int hun = 1;
	size_t max = 5;
	if (argc < 2) {
		fprintf(stderr, "usage: sugbench DATADIR [--no-hunspell] [--max=N]\n");
		return 2;
	}
	for (int i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--no-hunspell") == 0)
			hun = 0;
		else if (strncmp(argv[i], "--max=", 6) == 0)
			max = (size_t)atoi(argv[i] + 6);
	}
	if (spl_find_dictionary("da_DK", base, sizeof base) < 0)
		return 2;
	struct speller *sp = spl_open(base, NULL);
	if (!sp)
		return 2;
	double t0 = mono_now();
	struct suggester *sg = sug_new(sp, argv[1]);
	fprintf(stderr, "sugbench: suggester opened in %.2f ms\n", (mono_now() - t0) * 1e3);
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, stdin)) >= 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		char *f[3] = { line, NULL, NULL };
		for (int k = 1; k < 3 && f[k - 1]; k++) {
			char *tab = strchr(f[k - 1], '\t');
			if (tab) {
				*tab = '\0';
				f[k] = tab + 1;
			}
		}
		if (!*f[0] || spl_check(sp, f[0], strlen(f[0])) == SPL_OK)
			continue;
		struct sug_context ctx = {0};
		if (f[1] && *f[1]) {
			ctx.left = f[1];
			ctx.leftlen = strlen(f[1]);
		}
		if (f[2] && *f[2]) {
			ctx.right = f[2];
			ctx.rightlen = strlen(f[2]);
		}
		char **list;
		double c0 = cpu(), c_ours, c_hun = 0;
		t0 = mono_now();
		size_t n = sug_suggest(sg, f[0], strlen(f[0]), &ctx, &list, max);
		double t = mono_now() - t0;
		c_ours = cpu() - c0;
		printf("%s\t%.6f\t", f[0], t);
		print_list(list, n);
		spl_free_list(list, n);
		if (hun) {
			c0 = cpu();
			t0 = mono_now();
			n = spl_hunspell_suggest(sp, f[0], &list, max);
			t = mono_now() - t0;
			c_hun = cpu() - c0;
			printf("\t%.6f\t", t);
			print_list(list, n);
			spl_free_list(list, n);
		} else {
			printf("\t\t");
		}
		printf("\t%.6f\t%.6f\n", c_ours, c_hun);
		fflush(stdout);
	}
	free(line);
	sug_free(sg);
	spl_free(sp);
	return 0;
}
