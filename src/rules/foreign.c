/* foreign.c - is a lower-case word that Stavekontrolden rejects a word of
 * another language (English by default: "malware", "dashboard",
 * "hawkish"), to be noted, or a misspelt Danish word that happens to be
 * one too ("gore" for "gøre", "export" for "eksport")?  judge() in
 * check.c asks before it calls the word an error. */
#include "lm.h"
#include "../freq.h"
#include "../speller.h"

#include <string.h>

/* A Danish word one typing error away must be seen this often ... */
#define FGN_NEAR_MIN 20
/* ... and this many times as often as the foreign word itself. */
#define FGN_NEAR_RATIO 20

struct near {
	struct speller *sp;
	const struct freq *fq;
	unsigned long own;
	int restored;
	int found;
};

static void
consider(void *arg, const char *v, size_t n)
{
	struct near *b = arg;
	if (b->found || n < 2)
		return;
	unsigned long c = freq_word(b->fq, v, n);
	/* Restored letters are strong evidence: any word seen will do. */
	if (b->restored ? c == 0 : (c < FGN_NEAR_MIN || c < FGN_NEAR_RATIO * (b->own + 1)))
		return;
	if (spl_check(b->sp, v, n) != SPL_OK || spl_is_compound(b->sp, v, n))
		return;
	b->found = 1;
}

static void
consider_restored(void *arg, const char *v, size_t n)
{
	struct near *b = arg;
	b->restored = 1;
	consider(arg, v, n);
	b->restored = 0;
}

/* Danish spells its loans by sound: "experiment" is "eksperiment",
 * "centaur" "kentaur", "photo" "foto".  Calls consider() with every form
 * of w (lower case) respelled so at one or more places (up to four). */
static void
respell(struct near *b, const char *w, size_t n)
{
	static const struct {
		const char *from, *to;
	} map[] = {
		{ "x", "ks" }, { "c", "k" }, { "c", "s" }, { "ph", "f" },
		{ "th", "t" }, { "qu", "kv" }, { "ck", "k" },
	};
	size_t at[4], k = 0;
	int kind[4][2], nk[4];
	for (size_t i = 0; i < n && k < 4; i++) {
		nk[k] = 0;
		for (int m = 0; m < (int)(sizeof map / sizeof map[0]); m++) {
			size_t fl = strlen(map[m].from);
			if (i + fl <= n && memcmp(w + i, map[m].from, fl) == 0 && nk[k] < 2 &&
			    (nk[k] == 0 || strlen(map[kind[k][0]].from) == fl))
				kind[k][nk[k]++] = m;
		}
		if (nk[k])
			at[k++] = i;
	}
	/* Each place keeps its letters (choice 0) or takes one of its
	 * respellings: 3^k forms at most. */
	size_t total = 1;
	for (size_t j = 0; j < k; j++)
		total *= (size_t)nk[j] + 1;
	for (size_t code = 1; code < total && !b->found; code++) {
		char out[LM_MAX_TEXT];
		size_t o = 0, from = 0, c = code;
		for (size_t j = 0; j < k; j++) {
			size_t pick = c % ((size_t)nk[j] + 1);
			c /= (size_t)nk[j] + 1;
			if (pick == 0)
				continue;
			const char *f = map[kind[j][pick - 1]].from, *t = map[kind[j][pick - 1]].to;
			size_t fl = strlen(f), tl = strlen(t);
			if (at[j] < from || o + (at[j] - from) + tl + (n - at[j]) >= sizeof out) {
				from = n + 1;	/* overlapping or too long: skip */
				break;
			}
			memcpy(out + o, w + from, at[j] - from);
			o += at[j] - from;
			for (size_t q = 0; q < tl; q++)
				out[o++] = t[q];
			from = at[j] + fl;
		}
		if (from > n)
			continue;
		memcpy(out + o, w + from, n - from);
		o += n - from;
		b->restored = 1;
		consider(b, out, o);
		b->restored = 0;
	}
}

/* True when w joins a foreign word and a Danish one, either way round
 * ("futuremarkedet", "spilcommunity"), the foreign part FGN_MIN_FOREIGN
 * bytes at least, the Danish one FGN_MIN_PART,
 * the Danish part a word of its own, not a new compound. */
#define FGN_MIN_PART 4
/* Short English words hide in Danish typos ("postbud-dene"). */
#define FGN_MIN_FOREIGN 6
static int
mixed_compound(struct speller *sp, struct speller *foreign, const char *w, size_t n)
{
	for (size_t i = FGN_MIN_PART; i + FGN_MIN_PART <= n; i++) {
		if (((unsigned char)w[i] & 0xC0) == 0x80)
			continue;
		const char *r = w + i;
		size_t rn = n - i;
		if (i >= FGN_MIN_FOREIGN && spl_check(foreign, w, i) == SPL_OK &&
		    spl_check(sp, w, i) != SPL_OK &&
		    spl_check(sp, r, rn) == SPL_OK && !spl_is_compound(sp, r, rn))
			return 1;
		if (rn >= FGN_MIN_FOREIGN && spl_check(foreign, r, rn) == SPL_OK &&
		    spl_check(sp, r, rn) != SPL_OK &&
		    spl_check(sp, w, i) == SPL_OK && !spl_is_compound(sp, w, i))
			return 1;
	}
	return 0;
}

int
rule_foreign_word(struct speller *sp, struct speller *foreign, const struct freq *fq,
		  const struct reptable *rep, const char *w, size_t n)
{
	char low[LM_MAX_WORD];
	if (!foreign || !fq || n >= LM_MAX_WORD || !lm_is_plain(w, n))
		return 0;
	if (spl_check(foreign, w, n) != SPL_OK && !mixed_compound(sp, foreign, w, n))
		return 0;
	size_t ln = freq_fold(w, n, low);
	struct near b = { .sp = sp, .fq = fq, .own = freq_word(fq, low, ln) };
	lm_restore(low, ln, 2, consider_restored, &b);
	if (!b.found)
		respell(&b, low, ln);
	if (!b.found)
		lm_edits(rep, low, ln, consider, &b);
	return !b.found;
}
