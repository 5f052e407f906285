/* suggest.h - candidate corrections for a flagged word, ranked for Danish
 * typing errors and the words around it.  Every suggestion is accepted by
 * the dictionary (or is a known split into several words). */
#ifndef RETSTAV_SUGGEST_H
#define RETSTAV_SUGGEST_H

#include <stddef.h>

#include "speller.h"

/* The words around the flagged one (NULL/0 when there is none). */
struct sug_context {
	const char *left;
	size_t leftlen;
	const char *right;
	size_t rightlen;
};

struct suggester;
struct lexicon;

/* Returns a new suggester over sp (not owned); datadir holds the house
 * tables.  Free with sug_free(). */
struct suggester *sug_new(struct speller *sp, const char *datadir);
void sug_free(struct suggester *sg);
/* The dictionary's word-form index, or NULL when it could not be read. */
const struct lexicon *sug_lexicon(const struct suggester *sg);

/* Ranks at most max corrections of word[0..len); returns the count and a
 * new array in *out (free each string and the array). */
size_t sug_suggest(struct suggester *sg, const char *word, size_t len,
		   const struct sug_context *ctx, char ***out, size_t max);

#endif
