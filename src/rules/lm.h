/* lm.h - what the rules share: a smoothed bigram model over the frequency
 * table (how plausible is word x between l and r?), the words around a
 * token, case transfer, and one-typing-error neighbours of a word
 * (edits, swaps and the dictionary's REP table). */
#ifndef RETSTAV_RULES_LM_H
#define RETSTAV_RULES_LM_H

#include <stddef.h>

#include "rules.h"

#define LM_MAX_WORD 128
/* Room for a word of up to LM_MAX_WORD bytes after recasing, restoring
 * or splitting (each can lengthen it), with its terminating NUL. */
#define LM_MAX_TEXT 256

/* The neighbours of a token: each side is a word, a sentence boundary
 * (len 0, non-NULL) or unknown (NULL: a dash, a bracket, the text edge). */
struct lm_ctx {
	const char *l, *r;
	size_t ln, rn;
};

/* The word the rules judge at token i of ctx: the token when the
 * dictionary accepts it, the accepted last part of a hyphenated compound
 * (ctx->parts), or NULL.  Its neighbours are still token i's. */
const struct token *lm_word(const struct rule_ctx *ctx, size_t i);
/* 1 when token t, folded to lower case, is one of list (NULL-ended). */
int lm_token_is(const struct rule_ctx *ctx, const struct token *t, const char *const *list);
/* The token next to token i (d -1 before, +1 after) with only blanks
 * between, a line break at most, or NULL. */
const struct token *lm_beside(const struct rule_ctx *ctx, size_t i, int d);
/* Fills c with the words around token i of ctx: "" for a sentence's
 * edge, NULL where nothing may be seen (a dash between, or the word alone
 * on its line). */
void lm_context(const struct rule_ctx *ctx, size_t i, struct lm_ctx *c);
/* log P(x | l) + log P(r | x), Witten-Bell smoothed toward the unigram. */
double lm_score(const struct freq *fq, const struct lm_ctx *c, const char *x, size_t xn);

/* Writes x (xn bytes, lower case) into out (LM_MAX_TEXT bytes; a longer
 * result is cut at a character) with the capitalisation of model
 * ("Forst" -> "Først", "FORST" -> "FØRST"), terminated; returns out. */
char *lm_recase(const char *model, size_t mn, const char *x, size_t xn, char *out);
/* 1 when the last byte before text[off] that is no blank or line break
 * is a comma ("konsekvens, at"). */
int lm_after_comma(const char *text, size_t off);
/* 1 when w is all letters (no digit, no joiner), as the word rules want. */
int lm_is_plain(const char *w, size_t n);
/* 1 when w (lower case) holds a Danish vowel: a, e, i, o, u, y, æ, ø, å. */
int lm_has_vowel(const char *w, size_t n);
/* Copies the string w, terminated, to out (size bytes); returns 1, or 0
 * when it does not fit (out untouched). */
int lm_copy_word(const char *w, char *out, size_t size);
/* 1 when only spaces (no-break spaces too) and at most one line break
 * lie in text[b..e): a wrapped line, not a new paragraph or heading. */
int lm_only_space(const char *text, size_t b, size_t e);
/* Where w and v (n and vn bytes) differ: *p gets the bytes they share at
 * the start, *q the bytes they share at the end, not counting the first
 * *p (so *p + *q <= n and vn), so that w[*p..n-*q) became v[*p..vn-*q).
 * Bytes, not letters: *p may end inside a letter ("æ", "ø"). */
void lm_diff(const char *w, size_t n, const char *v, size_t vn, size_t *p, size_t *q);

/* The dictionary's REP table (pattern -> replacement, '_' = space). */
struct reptable;
/* Reads the REP lines of the .aff at path; returns a new table (empty
 * when it has none), free with reptable_free(). */
struct reptable *reptable_load(const char *aff);
void reptable_free(struct reptable *rt);
size_t reptable_count(const struct reptable *rt);
/* Entry i: pattern (with ^/$ anchors) and replacement, NUL-terminated. */
void reptable_get(const struct reptable *rt, size_t i, const char **from, const char **to);

/* Calls fn(arg, cand, len) for each form of w (lower case) with up to
 * depth lost diacritics restored: aa->å, oe->ø, ae->æ, o->ø, a->å, a->æ,
 * e->æ ("forst" -> "først", "haandbold" -> "håndbold"), or one dropped
 * æ, ø or å put back ("hrer" -> "hører"). */
void lm_restore(const char *w, size_t n, int depth,
		void (*fn)(void *arg, const char *cand, size_t len), void *arg);

/* A respelling: the letters from may be written as to. */
struct lm_subst {
	const char *from, *to;
};

/* Calls fn(arg, cand, len) for each form of w with one or more of its
 * first four places where map matches rewritten.  Places do not overlap
 * (the scan resumes after a match); at one place the entries of map
 * whose from matches are the choices, at most two and all as long as the
 * first.  Forms come in a fixed order, the first place varying fastest;
 * those of LM_MAX_TEXT bytes or more are left out. */
void lm_substitute(const char *w, size_t n, const struct lm_subst *map, size_t nmap,
		   void (*fn)(void *arg, const char *cand, size_t len), void *arg);

/* 1 when v is w with the ending of one REP entry anchored at the end
 * ("ene$ erne": "sygeplejerskene", "sygeplejerskerne") replaced; 0 when
 * rt is NULL. */
int lm_rep_ending(const struct reptable *rt, const char *w, size_t n, const char *v, size_t vn);

/* Calls fn(arg, cand, len) for each word one typing error from w (lower
 * case, n bytes): a deletion, insertion, substitution or swap of adjacent
 * letters, a doubled consonant moved ("dilletant" -> "dilettant"), and each
 * REP replacement that gives one word.  Candidates may repeat. */
void lm_edits(const struct reptable *rt, const char *w, size_t n,
	      void (*fn)(void *arg, const char *cand, size_t len), void *arg);

/* A memory of the candidates of words that the corpus has seen, so that
 * a rule generates and counts a word's neighbours once, not at every
 * occurrence.  Not shared between threads: one per checker. */
struct lm_memo;
/* Returns a new, empty memo over fq and rt (both must outlive it); free
 * it with lm_memo_free(). */
struct lm_memo *lm_memo_new(const struct freq *fq, const struct reptable *rt);
/* Frees m and all it remembers; NULL is ignored. */
void lm_memo_free(struct lm_memo *m);

enum lm_gen {
	LM_GEN_EDITS,		/* lm_edits() */
	LM_GEN_RESTORE2		/* lm_restore() at depth 2 */
};

/* Calls fn(arg, cand, len, count) for each distinct candidate the
 * generator gen gives for w (lower case, n bytes) that the corpus counts
 * at least once, in the generator's order, with its count.  fn must not
 * call lm_seen() on the same memo. */
void lm_seen(struct lm_memo *m, enum lm_gen gen, const char *w, size_t n,
	     void (*fn)(void *arg, const char *cand, size_t len, unsigned long count),
	     void *arg);

#endif
