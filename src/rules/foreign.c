/* foreign.c - is a lower-case word that Stavekontrolden rejects a word of
 * another language (English by default: "malware", "dashboard",
 * "hawkish"), to be noted, or a misspelt Danish word that happens to be
 * one too ("gore" for "gøre", "export" for "eksport")?  judge() in
 * check.c asks both questions before it calls the word an error. */
#include "lm.h"
#include "../freq.h"
#include "../speller.h"
#include "../util.h"

#include <string.h>

/* A Danish word one typing error away must be seen this often ... */
#define FGN_NEAR_MIN 20
/* ... and this many times as often as the foreign word itself. */
#define FGN_NEAR_RATIO 20
/* The stem of a loan with a Danish ending has at least this many bytes. */
#define FGN_MIN_STEM 5

/* Danish spells its loans by sound: "experiment" is "eksperiment",
 * "centaur" "kentaur", "photo" "foto". */
static const struct lm_subst respell[] = {
	{ "x", "ks" }, { "c", "k" }, { "c", "s" }, { "ph", "f" }, { "th", "t" }, { "qu", "kv" },
};
#define NRESPELL (sizeof respell / sizeof respell[0])

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

/* True when w joins a foreign word and a Danish one, either way round
 * ("futuremarkedet", "spilcommunity"): the foreign part at least
 * FGN_MIN_FOREIGN bytes, the Danish part at least FGN_MIN_PART and a word
 * of its own, not a new compound. */
#define FGN_MIN_PART 4
/* Short English words hide in Danish typos ("postbud-dene"). */
#define FGN_MIN_FOREIGN 6
static int
mixed_compound(struct speller *sp, struct speller *foreign, const char *w, size_t n)
{
	for (size_t i = FGN_MIN_PART; i + FGN_MIN_PART <= n; i++) {
		if (utf8_cont(w[i]))
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

struct danish {
	struct speller *sp;
	int found;
};

/* A dictionary word, not a compound hunspell glues: hunspell reads many
 * respellings with an æ, ø or å put back as compounds ("stack":
 * "stakkø", "terrace": "æterrase"); of 289 English stems with c, x, ph,
 * th or qu, 57 counted as Danish through such compounds alone.  On the
 * development sets: one clean finding fewer, no other figure changed. */
static void
consider_danish(void *arg, const char *v, size_t n)
{
	struct danish *d = arg;
	if (!d->found && spl_check(d->sp, v, n) == SPL_OK && !spl_is_compound(d->sp, v, n))
		d->found = 1;
}

static void
consider_respelled(void *arg, const char *v, size_t n)
{
	struct danish *d = arg;
	consider_danish(arg, v, n);
	if (!d->found)
		lm_restore(v, n, 1, consider_danish, d);
}

/* True when Danish has the stem w in its own spelling, perhaps with a
 * lost æ, ø or å put back: "prefix" is "præfiks", "paragraph"
 * "paragraf". */
static int
respelled_danish(struct speller *sp, const char *w, size_t n)
{
	char low[LM_MAX_WORD];
	size_t ln = freq_fold(w, n, low);
	struct danish d = { .sp = sp };
	lm_substitute(low, ln, respell, NRESPELL, consider_respelled, &d);
	return d.found;
}

/* A loan with a Danish ending is as foreign as its stem: "stacken",
 * "draftet", "tricksterens".  The stem at least FGN_MIN_STEM bytes, known
 * to the foreign dictionary and not to the Danish one, not even respelled
 * (a Danish stem with a wrong ending is a slip: "forbudet", "prefixer");
 * a final consonant may be doubled before the ending ("widgetten").  An
 * ending of "e" or "es" alone is left out: it made names and slips of
 * social media foreign ("louise", "interes"). */
static int
inflected_loan(struct speller *sp, struct speller *foreign, const char *w, size_t n)
{
	static const char *const endings[] = {
		"en", "et", "er", "ens", "ets", "ers", "erne", "ernes", "ede", "edes",
		"ende",
	};
	for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
		size_t el = strlen(endings[i]);
		if (n < FGN_MIN_STEM + el || memcmp(w + n - el, endings[i], el) != 0)
			continue;
		for (size_t sn = n - el; sn + 1 >= n - el && sn >= FGN_MIN_STEM; sn--) {
			unsigned char c = (unsigned char)w[sn];
			if (sn < n - el && (w[sn - 1] != w[sn] || c < 'a' || c > 'z' ||
					    strchr("aeiouy", c)))
				break;
			if (spl_check(foreign, w, sn) == SPL_OK && spl_check(sp, w, sn) != SPL_OK)
				return !respelled_danish(sp, w, sn);
		}
	}
	return 0;
}

int
rule_foreign_known(struct speller *sp, struct speller *foreign, const char *w, size_t n)
{
	if (!foreign || n >= LM_MAX_WORD || !lm_is_plain(w, n))
		return 0;
	return spl_check(foreign, w, n) == SPL_OK || mixed_compound(sp, foreign, w, n) ||
	       inflected_loan(sp, foreign, w, n);
}

int
rule_foreign_near(struct speller *sp, const struct freq *fq, const struct reptable *rep,
		  const char *w, size_t n)
{
	char low[LM_MAX_WORD];
	if (!fq || n >= LM_MAX_WORD || !lm_is_plain(w, n))
		return 0;
	size_t ln = freq_fold(w, n, low);
	struct near b = { .sp = sp, .fq = fq, .own = freq_word(fq, low, ln) };
	lm_restore(low, ln, 2, consider_restored, &b);
	if (!b.found)
		lm_substitute(low, ln, respell, NRESPELL, consider_restored, &b);
	if (!b.found)
		lm_edits(rep, low, ln, consider, &b);
	return b.found;
}
