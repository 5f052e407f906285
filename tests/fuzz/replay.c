/* replay.c - runs a fuzz target without libFuzzer, over files and
 * directories (default: fuzz/seeds/NAME and fuzz/regress/NAME under the
 * tests directory).  Built for make check and make asan, so every crash
 * the fuzzer found stays fixed. */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef FUZZ_NAME
#error "FUZZ_NAME must name the target"
#endif

static int
run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	size_t cap = 4096, n = 0;
	unsigned char *buf = malloc(cap);
	size_t r;
	while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	if (!buf)
		return -1;
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	return 0;
}

static int
byname(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Runs every file in dir; returns the count, or -1. */
static long
run_path(const char *path, int must_exist)
{
	struct stat st;
	if (stat(path, &st) < 0) {
		if (must_exist)
			perror(path);
		return must_exist ? -1 : 0;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path) < 0 ? -1 : 1;
	struct dirent **ents;
	int k = scandir(path, &ents, NULL, byname);
	long count = 0;
	if (k < 0) {
		perror(path);
		return -1;
	}
	for (int i = 0; i < k; i++) {
		if (ents[i]->d_name[0] != '.') {
			char p[4096];
			snprintf(p, sizeof p, "%s/%s", path, ents[i]->d_name);
			if (run_file(p) < 0)
				count = -1;
			else if (count >= 0)
				count++;
		}
		free(ents[i]);
	}
	free(ents);
	return count;
}

int
main(int argc, char **argv)
{
	long total = 0;
	LLVMFuzzerInitialize(&argc, &argv);
	if (argc > 1) {
		for (int i = 1; i < argc; i++) {
			long k = run_path(argv[i], 1);
			if (k < 0)
				return 1;
			total += k;
		}
	} else {
		long a = run_path("fuzz/seeds/" FUZZ_NAME, 0);
		long b = run_path("fuzz/regress/" FUZZ_NAME, 0);
		if (a < 0 || b < 0)
			return 1;
		total = a + b;
	}
	/* The empty input too: every target must take it. */
	LLVMFuzzerTestOneInput((const uint8_t *)"", 0);
	printf("%s: %ld inputs replayed\n", FUZZ_NAME, total);
	return 0;
}
