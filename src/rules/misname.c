/* misname.c - rule "misspelt-name": an unknown capitalised word one typing
 * error from a well-known name of the dictionary ("Jugolsavien" for
 * "Jugoslavien": a letter dropped, added or doubled, or two swapped).  A
 * new name one letter from an old one is common in edited text (Reerslev
 * and Reeslev are two villages), so the evidence must be strong: the word
 * is unseen in the corpus, the name is a proper name of the dictionary
 * (rejected in lower case, no new compound), real text uses it, it is
 * long, the edit is not of its first or last letter, and no other such
 * name lies as near.  A place name (one the dictionary lets take a
 * direction, "Nord-", "Syd-") needs only to be seen in the corpus; other
 * names, as people's names vary more, must be common there.  Whether the
 * word is used often enough in its file to be a name of its own is for
 * the caller (names.c) to say. */
#include "lm.h"
#include "../freq.h"
#include "../speller.h"
#include "../tokenize.h"
#include "../util.h"

#include <stdio.h>
#include <string.h>
#include <unicode/uchar.h>

/* The name must have this many letters. */
#define MISNAME_MIN_CHARS 8
/* How often real text must use a name that is not a place. */
#define MISNAME_MIN_PERSON 10

struct near {
	struct speller *sp;
	const struct freq *fq;
	const char *orig;	/* the word as written */
	size_t on;
	size_t nfound;		/* distinct names found */
	unsigned long count;
	char word[LM_MAX_TEXT];	/* the first, recased */
};

/* The corpus count of name v, its genitive counted with it. */
static unsigned long
seen(const struct freq *fq, const char *v, size_t n)
{
	unsigned long c = freq_word(fq, v, n);
	if (n > 1 && v[n - 1] == 's')
		c += freq_word(fq, v, n - 1);
	return c;
}

static void
consider(struct near *nr, const char *v, size_t n)
{
	char cap[LM_MAX_TEXT];
	/* Hunspell is slow on new forms: only names real text uses. */
	unsigned long c = seen(nr->fq, v, n);
	if (c == 0)
		return;
	lm_recase(nr->orig, nr->on, v, n, cap);
	size_t cn = strlen(cap);
	if (nr->nfound && strcmp(cap, nr->word) == 0)
		return;
	if (spl_check(nr->sp, cap, cn) != SPL_OK || spl_check(nr->sp, v, n) == SPL_OK ||
	    spl_is_compound(nr->sp, cap, cn))
		return;
	if (nr->nfound++ == 0) {
		memcpy(nr->word, cap, cn + 1);
		nr->count = c;
	}
}

int
rule_is_place(struct speller *sp, const char *name, size_t n)
{
	char buf[LM_MAX_TEXT + 8];
	size_t i = 0;
	int32_t c = utf8_next(name, n, &i);
	if (c <= 0 || n + 8 > sizeof buf)
		return 0;
	size_t k = (size_t)snprintf(buf, sizeof buf, "%s", "Nord");
	k += (size_t)utf8_put(buf + k, u_tolower(c));
	memcpy(buf + k, name + i, n - i);
	k += n - i;
	return spl_check(sp, buf, k) == SPL_OK && !spl_is_compound(sp, buf, k);
}

static const char *const letters[] = {
	"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
	"p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "æ", "ø", "å"
};

int
rule_misspelt_name(struct speller *sp, const struct freq *fq, const char *w, size_t n,
		   char *sug, size_t sugsize)
{
	char low[LM_MAX_WORD], out[LM_MAX_TEXT];
	size_t pos[LM_MAX_WORD + 1], np = 0;
	if (!fq || n >= LM_MAX_WORD || tok_shape(w, n) != SHAPE_CAPITAL || !lm_is_plain(w, n))
		return 0;
	size_t ln = freq_fold(w, n, low);
	if (freq_word(fq, low, ln) != 0)
		return 0;
	for (size_t i = 0; i < ln;) {
		pos[np++] = i;
		utf8_next(low, ln, &i);
	}
	pos[np] = ln;
	if (np + 1 < MISNAME_MIN_CHARS)
		return 0;
	struct near nr = { .sp = sp, .fq = fq, .orig = w, .on = n };
	/* Edits inside the word only: its first letter is rarely the
	 * typo, and its end is where names inflect ("Nørrevænget"), also
	 * before a genitive s ("Michaelis" is no "Michaels"). */
	size_t stop = low[ln - 1] == 's' ? np - 1 : np;
	for (size_t k = 1; k < stop && nr.nfound < 2; k++) {
		size_t b = pos[k], e = pos[k + 1];
		/* A letter dropped before this one. */
		for (size_t l = 0; l < sizeof letters / sizeof letters[0]; l++) {
			size_t ll = strlen(letters[l]);
			memcpy(out, low, b);
			memcpy(out + b, letters[l], ll);
			memcpy(out + b + ll, low + b, ln - b);
			consider(&nr, out, ln + ll);
		}
		if (k + 1 == stop)
			break;
		/* A letter added; but "kj", "gj" are the old spelling names
		 * keep ("Kjøbenhavn"). */
		if (!(low[b] == 'j' && (low[b - 1] == 'k' || low[b - 1] == 'g'))) {
			memcpy(out, low, b);
			memcpy(out + b, low + e, ln - e);
			consider(&nr, out, ln - (e - b));
		}
		/* Two letters swapped. */
		size_t e2 = pos[k + 2];
		memcpy(out, low, b);
		memcpy(out + b, low + e, e2 - e);
		memcpy(out + b + (e2 - e), low + b, e - b);
		memcpy(out + e2, low + e2, ln - e2);
		consider(&nr, out, ln);
	}
	if (nr.nfound != 1 || utf8_count(nr.word, strlen(nr.word)) < MISNAME_MIN_CHARS)
		return 0;
	if (nr.count < MISNAME_MIN_PERSON && !rule_is_place(sp, nr.word, strlen(nr.word)))
		return 0;
	return lm_copy_word(nr.word, sug, sugsize);
}
