/* speller.h - hunspell with Stavekontrolden, the house word lists and the
 * user's, behind a verdict cache: the cost of hunspell is paid once per
 * distinct word, not per occurrence. */
#ifndef RETSTAV_SPELLER_H
#define RETSTAV_SPELLER_H

#include <stddef.h>

enum spl_verdict {
	SPL_UNKNOWN = 0,
	SPL_OK = 1
};

struct speller;
struct spl_cache;

/* Resolves a dictionary given as a path (with or without .dic/.aff) or as
 * a name looked up in DICPATH and the standard directories.  Writes the
 * base path (without extension) to out.  Returns 0, or -1 with a message. */
int spl_find_dictionary(const char *spec, char *out, size_t outsz);
/* The same without messages: for a dictionary that may be absent. */
int spl_have_dictionary(const char *spec, char *out, size_t outsz);

/* Loads the dictionary at base (from spl_find_dictionary) and the word
 * lists (NULL-terminated; may be NULL).  Returns a new speller, free with
 * spl_free(); NULL with a message naming the file and cause on failure. */
struct speller *spl_open(const char *base, const char *const *wordlists);
void spl_free(struct speller *sp);
/* Loads a dictionary of another language at base, without word lists,
 * to tell foreign words from misspelt Danish ones.  Returns a new
 * speller (free with spl_free()), NULL with a message on failure. */
struct speller *spl_open_foreign(const char *base);

/* Returns a new verdict cache that spellers of the same dictionary and
 * word lists may share across threads (sharded locks; hunspell runs
 * outside them).  Free with spl_cache_free() after its spellers. */
struct spl_cache *spl_cache_new(void);
void spl_cache_free(struct spl_cache *c);
/* Writes to out a key naming the dictionary at base, the word lists and
 * version (paths, sizes, modification times): a cache file made under
 * another key is stale. */
void spl_cache_key(const char *base, const char *const *wordlists,
		   const char *version, char *out, size_t outsz);
/* Fills c from the cache file at path when it was made under key; a
 * missing or stale file leaves c empty.  Returns 0, or -1 with a message. */
int spl_cache_load(struct spl_cache *c, const char *path, const char *key);
/* Replaces the file at path (atomically) with c's verdicts when c holds
 * more than it loaded.  Returns 0, or -1 with a message. */
int spl_cache_save(struct spl_cache *c, const char *path, const char *key);
/* Makes sp use shared (borrowed, not owned) instead of its own cache;
 * shared NULL keeps its own. */
void spl_share_cache(struct speller *sp, struct spl_cache *shared);

/* The verdict on one word (UTF-8, len bytes), cached. */
enum spl_verdict spl_check(struct speller *sp, const char *word, size_t len);
/* True when hunspell accepts the word only as a compound of other words
 * (its analysis names the parts); cached. */
int spl_is_compound(struct speller *sp, const char *word, size_t len);
/* True when e (n bytes) is an ending of Danish nouns: the definite, the
 * plural and the genitive of either ("en", "erne", "s"). */
int spl_noun_ending(const char *e, size_t n);
/* What a word hunspell rejects may still be: a new compound Danish
 * allows but Stavekontrolden does not. */
enum spl_newc {
	SPL_NEWC_NONE = 0,
	/* Accepted with the ending of its last part taken off, as a new
	 * compound of that part ("søgesiden": "søgeside" is søge+side):
	 * Stavekontrolden lets only lexicalised compounds take endings. */
	SPL_NEWC_INFLECTED,
	/* A noun (with a linking s, an e after a consonant, or none) and
	 * a word that may end compounds, which hunspell will not join
	 * because the dictionary does not mark the noun as a compound's
	 * head ("kilowatt" + "prisen", "podcast" + "serien"). */
	SPL_NEWC_OPEN
};
/* Which kind of new compound the word (lower case) is; lx, the
 * word-form index, may be NULL: then only the inflected kind is tried,
 * asking hunspell at every split.  Cached. */
struct lexicon;
enum spl_newc spl_new_compound(struct speller *sp, const char *word, size_t len,
			       const struct lexicon *lx);
/* True when an analysis of base (NUL-terminated) names stem[0..sn) as
 * its last part ("pa:side"). */
int spl_last_part_is(struct speller *sp, const char *base, const char *stem, size_t sn);
/* True when every analysis of w[0..n) is the present tense of the verb
 * whose infinitive is w without its last letter, an r ("ændrer" of
 * "ændre"; a strong verb's, untagged: "kommer" of "komme"): no noun
 * ("lærer", "spiser" +PLUR_UBEK), no other verb ("gør" of "gøre" and
 * "gø"), no compound. */
int spl_only_present(struct speller *sp, const char *w, size_t n);
/* True when some analysis of w[0..n) is a noun's indefinite plural
 * ("gange", "medlemmer"). */
int spl_plural_indefinite(struct speller *sp, const char *w, size_t n);
/* True when every analysis of w[0..n) is the imperative of the verb
 * whose infinitive is w with an e added, after a doubled last letter
 * too: tagged so ("brænd", "kør") or a strong verb's, untagged ("vælg"
 * of "vælge", "træk" of "trække"); no noun ("løft", "hjælp"), no
 * compound. */
int spl_only_imperative(struct speller *sp, const char *w, size_t n);
/* When hunspell accepts w[0..n) only as compounds whose last part is a
 * verb's imperative ("blære|udslet", "psykiatri|ker"), with no other
 * reading of that part ("kap|tegn" is also a noun), the length in bytes
 * of the longest such part; else 0. */
size_t spl_verb_head(struct speller *sp, const char *w, size_t n);
/* True when some analysis of w[0..n) is a finite verb: a present, a
 * past or a passive ("lukkede", "mødes"), or a strong verb's untagged
 * form of another stem ("kom" of "komme"). */
int spl_is_finite(struct speller *sp, const char *w, size_t n);
/* When every analysis of w[0..n) is w's own base form ("høre", no
 * tag, no compound), or with every 0 some analysis is ("føre", also an
 * adjective's plural), and that verb has a present tense, writes it to
 * out (size bytes, terminated) and returns its length: "hører",
 * "kommer", "gør" of "gøre".  Else 0.  A noun's or an adjective's base
 * form passes the first test ("møde", "stille"): the caller asks the
 * context. */
size_t spl_present_of(struct speller *sp, const char *w, size_t n, int every, char *out,
		      size_t size);
/* hunspell's own suggestions, at most max; returns the count and a new
 * array in *out, free with spl_free_list().  Slow: a fallback only. */
size_t spl_hunspell_suggest(struct speller *sp, const char *word, char ***out,
			    size_t max);
void spl_free_list(char **list, size_t n);
/* True when w (or its genitive or lower-cased initial) stands in one of
 * the loaded word lists or was added with spl_add_word(). */
int spl_is_listed(const struct speller *sp, const char *w, size_t n);
/* Adds one word (with no affixes) for the rest of this run. */
void spl_add_word(struct speller *sp, const char *word);
/* The .aff path of the loaded dictionary (for its REP and KEY tables). */
const char *spl_aff_path(const struct speller *sp);
/* Cache statistics: lookups and hits since spl_open(). */
void spl_stats(const struct speller *sp, unsigned long *lookups, unsigned long *hits);

#endif
