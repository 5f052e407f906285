/* freq.h - Danish word and bigram counts from real text, memory-mapped from
 * dictionaries/da-freq.bin (built by dictionaries/build-freq.py).  Read-only
 * after freq_open(), so workers may share one table. */
#ifndef RETSTAV_FREQ_H
#define RETSTAV_FREQ_H

#include <stddef.h>

struct freq;

/* Maps the table at path, or shares the mapping of the same file already
 * open (checked once).  Returns a handle to close with freq_close(); NULL
 * with a message naming the file and cause on failure. */
struct freq *freq_open(const char *path);
void freq_close(struct freq *fq);

/* Lookups fold their arguments to lower case themselves (ASCII A-Z and
 * Latin-1 À-Þ, which covers Æ, Ø and Å; other scripts are compared as
 * given), and count a straight and a typographic apostrophe alike.  A word
 * containing a digit is counted as "0"; the empty word is a sentence
 * boundary: freq_bigram(fq, "", 0, w, n) counts sentence-initial w. */

/* Count of word w (UTF-8, n bytes) in the corpus; 0 when unseen. */
unsigned long freq_word(const struct freq *fq, const char *w, size_t n);
/* Count of the pair "a b" (adjacent words of one sentence); 0 when unseen. */
unsigned long freq_bigram(const struct freq *fq, const char *a, size_t an,
			  const char *b, size_t bn);
/* How many distinct words follow w in the stored pairs, and their summed
 * pair counts (both 0 when w is unseen): the novelty and mass a smoothed
 * bigram model needs. */
void freq_followers(const struct freq *fq, const char *w, size_t n,
		    unsigned long *types, unsigned long *sum);
/* The same lookups in two steps, for callers that ask about one word
 * many times: the word's index (-1 when unseen), then its count and the
 * count of a pair of indexes (0 for -1). */
long freq_id(const struct freq *fq, const char *w, size_t n);
unsigned long freq_count_id(const struct freq *fq, long id);
unsigned long freq_bigram_id(const struct freq *fq, long a, long b);
/* Total count of all words (boundaries excluded). */
unsigned long freq_total(const struct freq *fq);
/* Folds w (n bytes) as the lookups do into out (room for n bytes);
 * returns the folded length.  Exposed for callers that build keys. */
size_t freq_fold(const char *w, size_t n, char *out);

#endif
