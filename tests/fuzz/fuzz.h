/* fuzz.h - what every retstav fuzz target shares.  A target defines
 * LLVMFuzzerTestOneInput (and may define fuzz_init); it is linked either
 * with libFuzzer (make fuzz) or with replay.c, which runs it over the seed
 * and regression files under make check.  The first input bytes select
 * options, as in cmark's fuzzers, so option combinations are fuzzed too. */
#ifndef RETSTAV_FUZZ_H
#define RETSTAV_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Takes the first byte of *data as an option byte (0 when empty). */
static inline unsigned
fuzz_options(const uint8_t **data, size_t *size)
{
	if (*size == 0)
		return 0;
	unsigned o = (*data)[0];
	(*data)++;
	(*size)--;
	return o;
}

#endif
