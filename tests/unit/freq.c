/* Unit test of freq.c: lookups in the shipped table, case folding,
 * sentence boundaries, and refusal of missing and corrupt files. */
#include "freq.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	failures++; } } while (0)

static unsigned long
w(const struct freq *fq, const char *s)
{
	return freq_word(fq, s, strlen(s));
}

static unsigned long
bi(const struct freq *fq, const char *a, const char *b)
{
	return freq_bigram(fq, a, strlen(a), b, strlen(b));
}

/* Writes n bytes of data to a new temporary file; returns its path. */
static char *
temp_with(const void *data, size_t n)
{
	static char path[64];
	snprintf(path, sizeof path, "/tmp/retstav-freq-XXXXXX");
	int fd = mkstemp(path);
	if (fd < 0 || write(fd, data, n) != (ssize_t)n) {
		perror("temp file");
		exit(1);
	}
	close(fd);
	return path;
}

static void
test_corrupt(const char *good)
{
	CHECK(freq_open("/nonexistent/da-freq.bin") == NULL);
	char *p = temp_with("RSFREQ01", 8);
	CHECK(freq_open(p) == NULL);
	unlink(p);

	FILE *f = fopen(good, "rb");
	if (!f)
		return;
	static unsigned char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	/* The header of the real table, cut off early: sections out of range. */
	p = temp_with(buf, n);
	CHECK(freq_open(p) == NULL);
	unlink(p);
	/* A word count that runs the word array into the hash index. */
	buf[8] = 0xFF;
	buf[9] = 0xFF;
	buf[10] = 0xFF;
	p = temp_with(buf, n);
	CHECK(freq_open(p) == NULL);
	unlink(p);
}

int
main(void)
{
	const char *path = "../dictionaries/da-freq.bin";
	struct freq *fq = freq_open(path);
	if (!fq) {
		fprintf(stderr, "cannot open %s\n", path);
		return 1;
	}
	CHECK(freq_total(fq) > 500000);
	CHECK(w(fq, "og") > 10000);
	CHECK(w(fq, "og") == w(fq, "OG"));
	CHECK(w(fq, "først") > 100);
	CHECK(w(fq, "Først") == w(fq, "først"));
	CHECK(w(fq, "FØRST") == w(fq, "først"));
	CHECK(w(fq, "også") > 100 * (w(fq, "ogsa") + 1));
	CHECK(w(fq, "på") > 50 * w(fq, "pa"));
	CHECK(w(fq, "xqzvjk") == 0);
	CHECK(w(fq, "") == 0 || w(fq, "") > 0);	/* boundary: defined, no crash */
	CHECK(w(fq, "2026") == w(fq, "0"));
	CHECK(bi(fq, "i", "dag") > 50);
	CHECK(bi(fq, "I", "Dag") == bi(fq, "i", "dag"));
	CHECK(bi(fq, "i", "xqzvjk") == 0);
	CHECK(bi(fq, "xqzvjk", "dag") == 0);
	CHECK(bi(fq, "", "det") > 100);		/* sentence-initial "Det" */
	CHECK(bi(fq, "for", "at") > bi(fq, "før", "at"));
	CHECK(bi(fq, "gpu’er", "og") == bi(fq, "gpu'er", "og"));

	unsigned long types, sum;
	freq_followers(fq, "i", 1, &types, &sum);
	CHECK(types > 100 && sum >= types * 2 && sum <= w(fq, "i") * 2);
	CHECK(bi(fq, "i", "dag") <= sum);
	freq_followers(fq, "xqzvjk", 6, &types, &sum);
	CHECK(types == 0 && sum == 0);

	char out[16];
	CHECK(freq_fold("ÆØÅÉ×", 10, out) == 10 && memcmp(out, "æøåé×", 10) == 0);
	CHECK(freq_fold("A1", 2, out) == 1 && out[0] == '0');

	/* Index lookups agree with the one-step ones. */
	long io = freq_id(fq, "i", 1), id = freq_id(fq, "Dag", 3);
	CHECK(io >= 0 && id >= 0 && freq_id(fq, "xqzvjk", 6) == -1);
	CHECK(freq_count_id(fq, io) == w(fq, "i") && freq_count_id(fq, -1) == 0);
	CHECK(freq_bigram_id(fq, io, id) == bi(fq, "i", "dag"));
	CHECK(freq_bigram_id(fq, io, -1) == 0 && freq_bigram_id(fq, -1, id) == 0);

	/* A second open of the same file shares the mapping; each handle
	 * is closed on its own and the first stays usable. */
	struct freq *again = freq_open(path);
	CHECK(again == fq);
	freq_close(again);
	CHECK(w(fq, "og") > 10000);

	test_corrupt(path);
	freq_close(fq);
	freq_close(NULL);
	if (failures)
		return 1;
	puts("freq: ok");
	return 0;
}
