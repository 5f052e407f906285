/* danish.h - Stavekontrolden's speller for the unit tests that need
 * hunspell-da. */
#ifndef RETSTAV_TEST_DANISH_H
#define RETSTAV_TEST_DANISH_H

#include "speller.h"

/* The speller, or NULL when hunspell-da is missing (the test fails). */
static struct speller *
test_open_danish(void)
{
	char base[4096];
	if (spl_find_dictionary("da_DK", base, sizeof base) < 0)
		return NULL;
	return spl_open(base, NULL);
}

#endif
