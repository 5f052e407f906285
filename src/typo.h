/* typo.h - how Danish typists get a word wrong: the cost, in hundredths
 * of an edit, of each slip that turns the meant word into the typed one.
 * Neighbouring keys on the Danish keyboard (the .aff's KEY rows), lost
 * æ/ø/å and their aa/ae/oe spellings, doubled and undoubled letters,
 * swaps and the .aff's REP and MAP tables cost less than a blind edit. */
#ifndef RETSTAV_TYPO_H
#define RETSTAV_TYPO_H

#include <stddef.h>
#include <stdint.h>

enum {
	TYPO_EDIT = 100,	/* one edit nobody would predict */
	TYPO_DIACRITIC = 30,	/* æ/ø/å typed without the ring or stroke */
	TYPO_MAXREP = 4,	/* longest side of a multi-letter REP */
	TYPO_MAXHAPLO = 4	/* most letters a haplology drops */
};

/* One multi-letter confusion: typed "from" for meant "to". */
struct typo_rep {
	int32_t typed[TYPO_MAXREP], meant[TYPO_MAXREP];
	unsigned char ntyped, nmeant;
	short cost;
};

struct typo;

/* Returns a new model from the KEY, REP and MAP lines of the .aff at
 * aff_path (NULL: the built-in Danish keyboard only); free with
 * typo_free().  A missing file is not an error: the defaults remain. */
struct typo *typo_new(const char *aff_path);
void typo_free(struct typo *ty);

/* A small index for letters with a row in the cost table (-1: none). */
int typo_slot(int32_t c);
#define TYPO_NSLOT 64
/* Fills row[TYPO_NSLOT] with the cost of typing typed for each slotted
 * meant letter; row[TYPO_NSLOT] gets the cost for any other letter. */
void typo_sub_row(const struct typo *ty, int32_t typed, short *row);
/* Cost of typing the letter typed where meant was meant (lower case). */
int typo_sub(const struct typo *ty, int32_t typed, int32_t meant);
/* Cost of an extra typed letter x between typed letters prev and next
 * (0 at the word's edges). */
int typo_extra(const struct typo *ty, int32_t x, int32_t prev, int32_t next);
/* Cost of leaving out the meant letter m after meant letter prev (0 at
 * the start); at_end is set when nothing more was typed. */
int typo_omit(const struct typo *ty, int32_t m, int32_t prev, int at_end);
/* Cost of typing the meant pair "a b" as "b a". */
int typo_swap(const struct typo *ty, int32_t a, int32_t b);
/* Cost of leaving out the last drop letters of meant[0..n) when they
 * repeat the letters before them, alone or after one other letter
 * ("aktivi(te)ter" typed "aktiviter", "pri(ori)tet" typed "pritet"),
 * or 0 when they do not. */
int typo_haplology(const struct typo *ty, const int32_t *meant, size_t n, size_t drop);
/* The multi-letter confusions (REP entries and æ/ø/å digraphs); the
 * array belongs to ty. */
const struct typo_rep *typo_reps(const struct typo *ty, size_t *n);
/* The .aff's whole-word correction of w[0..n) ("forlængst" -> "for
 * længst"), or NULL; the string belongs to ty. */
const char *typo_whole(const struct typo *ty, const char *w, size_t n);
/* True when a and b are neighbouring keys. */
int typo_adjacent(const struct typo *ty, int32_t a, int32_t b);

#endif
