/* test.h - a minimal assertion helper for retstav's unit tests: each
 * failed expectation prints its place and the run exits non-zero. */
#ifndef RETSTAV_TEST_H
#define RETSTAV_TEST_H

#include <stdio.h>
#include <string.h>

static int test_failures;

#define EXPECT(cond)                                                            \
	do {                                                                    \
		if (!(cond)) {                                                  \
			printf("%s:%d: expected %s\n", __FILE__, __LINE__, #cond); \
			test_failures++;                                        \
		}                                                               \
	} while (0)

#define EXPECT_EQ_U(a, b)                                                       \
	do {                                                                    \
		unsigned long a_ = (unsigned long)(a), b_ = (unsigned long)(b); \
		if (a_ != b_) {                                                 \
			printf("%s:%d: %s = %lu, expected %lu\n", __FILE__,     \
			       __LINE__, #a, a_, b_);                           \
			test_failures++;                                        \
		}                                                               \
	} while (0)

#define TEST_DONE() (test_failures ? (printf("%d failures\n", test_failures), 1) : 0)

#endif
