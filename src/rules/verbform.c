/* verbform.c - rule "verb-form": a verb in the present tense where
 * Danish wants the infinitive, after the infinitive marker "at" or a
 * modal verb, right after it or after an adverb or two ("at ændrer" for "at
 * ændre", "vil lancerer", "kan ikke forstår"): the r that writers add
 * because it is not heard.
 *
 * Only a word whose every analysis is the present tense of the verb that
 * is the word without its r is judged (spl_only_present(); "bliver",
 * "står" of strong verbs too): "lærer", "køber", "skader" are nouns as
 * well, "når" a conjunction, "gør" also a form of "gø".  These make the
 * verb that of a clause of its own, or the governor another word:
 * - "at" after a comma is the conjunction, before a condition with the
 *   verb first ("Han sagde, at fungerer det ikke, ...");
 * - a subject pronoun after the verb ("Hvis du vil indtaster du ...",
 *   a comma left out);
 * - before "skal", "kan" or "måtte", a determiner or a genitive, and
 *   before "skal", "måtte" an adjective after "den"/"det", make it a
 *   noun ("en skal", "muslingens skal", "den hårde skal", "hans
 *   måtte").
 * Nothing but blanks, a line break at most, may stand between the
 * words. */
#include "lm.h"
#include "../freq.h"
#include "../speller.h"
#include "../tokenize.h"
#include "../util.h"

#include <stdlib.h>
#include <string.h>

/* Words after which a verb stands in the infinitive. */
static const char *const governors[] = {
	"at", "vil", "kan", "skal", "må", "bør", "tør", "gider", "kunne", "ville", "skulle",
	"måtte", "burde", "turde", "gad", "behøver", "behøve", "kunnet", "villet", "skullet",
	"måttet", NULL
};

/* Adverbs that may stand between, two at most ("kan ikke forstår", "må
 * hellere ikke accepterer"). */
static const char *const adverbs[] = {
	"ikke", "også", "gerne", "altid", "aldrig", "nok", "jo", "bare", "kun", "godt", "snart",
	"ofte", "stadig", "lige", "heller", "hellere", "vel", "dog", "slet", "næsten", "faktisk",
	"virkelig", NULL
};
#define MAX_ADVERBS 2

/* Modals that are also nouns ("en skal", "en måtte"), and what makes
 * them one: a determiner or a genitive before them, or "den", "det"
 * before an adjective ("den hårde skal").  "denne", "dette", "disse" stand for a
 * subject as often: "Dette kan ændrer alt" is a slip. */
static const char *const nominal[] = { "skal", "kan", "måtte", NULL };
static const char *const determiners[] = {
	"en", "et", "min", "mit", "din", "dit", "sin", "sit", "hans", "hendes", "dens", "dets", "vores",
	"jeres", "deres", NULL
};
static const char *const articles[] = { "den", "det", NULL };
/* After an adjective "kan" is a modal still: "det samme kan". */
static const char *const after_adjective[] = { "skal", "måtte", NULL };
static const char *const marker[] = { "at", NULL };

/* Subject pronouns: after the verb, they make it the verb of a clause of
 * its own.  "I" counts only with its capital (lm_token_is() folds case, so
 * it is tested apart). */
static const char *const subjects[] = {
	"jeg", "du", "han", "hun", "vi", "de", "man", "der", NULL
};

/* 1 when w ends like a definite genitive: "-ens", "-ets", or the
 * plural's "-enes", "-ernes" ("børnenes", "muslingernes"; not "Agnes",
 * "Barnes"). */
static int
definite_genitive(const char *w, size_t n)
{
	if (n >= 4 && memcmp(w + n - 4, "enes", 4) == 0)
		return 1;
	if (n >= 5 && memcmp(w + n - 5, "ernes", 5) == 0)
		return 1;
	return n >= 3 && w[n - 1] == 's' && w[n - 3] == 'e' && (w[n - 2] == 'n' || w[n - 2] == 't');
}

/* 1 when the modal at token g is a noun: after a determiner or a
 * definite genitive, in lower case or at a sentence start ("muslingens",
 * "Æggets", "bilernes"; not "Lars", "hus"), or "skal", "måtte" after
 * "den" or "det" and an adjective ("den hårde skal"; "de fleste kan" is a subject). */
static int
noun_modal(const struct rule_ctx *ctx, size_t g)
{
	const struct token *a = lm_beside(ctx, g, -1);
	if (!a || !lm_token_is(ctx, &ctx->tok[g], nominal))
		return 0;
	const char *aw = ctx->text + a->off;
	size_t an = a->len;
	if (lm_token_is(ctx, a, determiners) ||
	    ((!(a->flags & TOK_UPPER) || (a->flags & TOK_SENT)) && an >= 5 && definite_genitive(aw, an)))
		return 1;
	const struct token *b = lm_beside(ctx, g - 1, -1);
	return b && aw[an - 1] == 'e' && lm_token_is(ctx, b, articles) &&
	       lm_token_is(ctx, &ctx->tok[g], after_adjective);
}

/* Reports the verb at token t, governed by token by, as the wrong form:
 * the present tense wanted or the infinitive; sug[0..sn) is the fix. */
static void
report(const struct rule_ctx *ctx, const struct token *t, const struct token *by,
       int want_present, const char *sug, size_t sn)
{
	char *word = xstrndup(ctx->text + t->off, t->len);
	char *gov = xstrndup(ctx->text + by->off, by->len);
	struct buf msg = {0};
	/* The reporter adds "; did you mean 'ændre'?". */
	if (want_present)
		buf_printf(&msg, _("'%s' after '%s' should be the present tense"), word, gov);
	else
		buf_printf(&msg, _("'%s' after '%s' should be the infinitive"), word, gov);
	free(gov);
	free(word);
	struct finding *f = ctx->emit(ctx->ck, t->off, t->off + t->len, "verb-form",
				      ctx->text + t->off, t->len, msg.data);
	if (f)
		fnd_add_sug(f, xstrndup(sug, sn));
}

/* The reverse slip, the infinitive where the present tense belongs,
 * right after a subject pronoun that opens a clause ("Hvis du køre",
 * "Når jeg høre").  The pronoun opens the clause at the text's start,
 * after a full stop, a colon or a comma, or right after one of starters
 * ("og", "eller" among them), across a line break too; after a verb it
 * may be the object of a perception or a causative verb ("så han komme")
 * or follow a modal ("Kan jeg gøre").  After "og", "eller" or "men" a
 * modal earlier in the sentence may govern the infinitive: of a subject
 * of two ("Kan du og jeg gøre") or of a second clause that leaves the
 * modal out ("Jeg vil køre, og du gøre rent"); a clause opened otherwise
 * has its own verb ("Hvad skal vi spise, når du komme hjem?").  "det"
 * and "som" are judged by the pair (pair_prefers()).  The past tenses
 * of the modals are their infinitives ("jeg kunne"); a word of three
 * letters or fewer is too often another ("han få sekunder", "han to
 * dage"); before "og", "eller" or a finite verb the word is an adverb
 * or an adjective ("han stille og roligt", "Da hun stille lukkede
 * døren", "stille kunne"), and so before a word that real text puts
 * after it far more often than after the present ("du næste gang"), and
 * a word real text seldom uses as an infinitive (used_as_infinitive());
 * "leve" and "man tænke sig" are subjunctives.  The bigram scores
 * cannot judge the slip itself: the corpus holds it ("du køre" 7 times,
 * "du kører" 10).  Measured over the 1.2M words of training and clean
 * text: 6 findings, all real slips ("Før du bruge", "du fastgøre", "at
 * han bruge"); "og", "eller", "det", "som" and the narrower modal test
 * added one more ("som ændre i de React genererede sider") and one in
 * the wild set ("det gøre jo ikke"). */
static const char *const pronouns[] = { "jeg", "du", "han", "hun", "vi", "man", NULL };
static const char *const starters[] = {
	"men", "når", "hvis", "da", "fordi", "at", "som", "mens", "end", "selvom", "om", "hvor",
	"hvordan", "hvorfor", "hvad", "hvem", "hvornår", "før", "efter", "indtil", "siden", "og",
	"eller", NULL
};
/* After the verb: an adverb's or an adjective's company. */
static const char *const coordinators[] = { "og", "eller", NULL };
/* Before the pronoun: a clause a modal before may govern. */
static const char *const joiners[] = { "og", "eller", "men", NULL };
static const char *const modals[] = {
	"vil", "kan", "skal", "må", "bør", "tør", "gider", "kunne", "ville", "skulle", "måtte",
	"burde", "turde", "gad", "behøver", NULL
};
static const char *const modal_pasts[] = {
	"kunne", "skulle", "ville", "burde", "måtte", "turde", NULL
};
static const char *const subjunctives[] = { "leve", NULL };
#define PRESENT_MIN_LETTERS 4
/* How far back a modal is looked for within the sentence (tokens). */
#define MODAL_REACH 40

/* The last byte before off that is no blank, line break or opening
 * quote or bracket, or 0 at the text's start. */
static unsigned char
char_before(const struct rule_ctx *ctx, size_t off)
{
	while (off > 0) {
		unsigned char c = (unsigned char)ctx->text[off - 1];
		if (!is_ascii_space(c) && c != '"' && c != '(' && c != '\'')
			return c;
		off--;
	}
	return 0;
}

/* 1 when the pronoun at token g opens a clause (see above). */
static int
opens_clause(const struct rule_ctx *ctx, size_t g)
{
	const struct token *p = &ctx->tok[g];
	unsigned char c = char_before(ctx, p->off);
	if (c == 0 || c == '.' || c == '!' || c == '?' || c == ':' || c == ',' || c == ';')
		return 1;
	if (g == 0 || ((p->flags & TOK_UPPER) && !(p->flags & TOK_SENT)))
		return 0;	/* "Du" inside a sentence: a name, a title */
	const struct token *q = &ctx->tok[g - 1];
	for (size_t x = q->off + q->len; x < p->off; x++)
		if (!is_ascii_space(ctx->text[x]))
			return 0;
	return lm_token_is(ctx, q, starters);
}

/* 1 when a modal stands before token g in its sentence. */
static int
modal_before(const struct rule_ctx *ctx, size_t g)
{
	for (size_t k = g, steps = 0; k > 0 && steps < MODAL_REACH; k--, steps++) {
		const struct token *a = &ctx->tok[k - 1], *z = &ctx->tok[k];
		for (size_t x = a->off + a->len; x < z->off; x++)
			if (ctx->text[x] == '.' || ctx->text[x] == '!' || ctx->text[x] == '?')
				return 0;
		if (lm_token_is(ctx, a, modals))
			return 1;
	}
	return 0;
}

/* 1 when real text puts word a[0..an) beside token o far more often
 * than word b[0..bn): at least min times, and ratio times as often as b
 * (plus one).  o stands left of the word when left is set, else right. */
static int
pair_prefers(const struct rule_ctx *ctx, const struct token *o, int left, const char *a,
	     size_t an, const char *b, size_t bn, unsigned long min, unsigned long ratio)
{
	char low[LM_MAX_WORD];
	if (!ctx->fq || o->len >= LM_MAX_WORD)
		return 0;
	size_t ln = freq_fold(ctx->text + o->off, o->len, low);
	unsigned long with_a = left ? freq_bigram(ctx->fq, low, ln, a, an)
				    : freq_bigram(ctx->fq, a, an, low, ln);
	unsigned long with_b = left ? freq_bigram(ctx->fq, low, ln, b, bn)
				    : freq_bigram(ctx->fq, b, bn, low, ln);
	return with_a >= min && with_a >= ratio * (with_b + 1);
}

/* A word as written seen this many times as often before the right
 * neighbour as the present, and PAIR_MIN times at least, is another
 * word's: "næste gang" (17 times in the corpus, "næster gang" never). */
#define PAIR_RATIO 10
#define PAIR_MIN 10

/* A word real text uses as an infinitive (after "at" or a modal) less
 * than this share of its uses is mostly something else: "længe",
 * "næste", "fire", "oppe" are analysed as verbs too ("længer", "næster").
 * Over the corpus: "bruge" 25%, "køre" 20%, "høre" 1.5% (a subtitle
 * word), "stille" 3%; "fire" 0.3%, "længe" and "næste" never. */
#define INFINITIVE_MIN_SHARE 0.01
static const char *const infinitive_markers[] = {
	"at", "vil", "kan", "skal", "må", "bør", "kunne", "ville", "skulle", "måtte", NULL
};

/* 1 when real text uses w[0..n) (lower case) as an infinitive often
 * enough, or has never seen it. */
static int
used_as_infinitive(const struct freq *fq, const char *w, size_t n)
{
	unsigned long all = freq_word(fq, w, n), inf = 0;
	if (all == 0)
		return 1;
	for (size_t k = 0; infinitive_markers[k]; k++)
		inf += freq_bigram(fq, infinitive_markers[k], strlen(infinitive_markers[k]), w, n);
	return (double)inf >= INFINITIVE_MIN_SHARE * (double)all;
}

/* "det" and the relative "som" stand for a subject too ("det gøre jo
 * ikke", "den som føre løbet"), but "det" is also an article ("det
 * stille vand") and "som" a comparison ("som følge af").  After them
 * the slip is judged by the pair itself: real text must put the present
 * after the word SUBJ_PAIR_RATIO times as often as the word as written,
 * and SUBJ_PAIR_MIN times at least ("som fører" 8 times, "som føre"
 * never; "som følge" 98, "som følger" 72).  "det" must open its clause
 * as a pronoun does. */
static const char *const det[] = { "det", NULL };
static const char *const som[] = { "som", NULL };
#define SUBJ_PAIR_MIN 5
#define SUBJ_PAIR_RATIO 5

static void
present_wanted(const struct rule_ctx *ctx, size_t i)
{
	const struct token *t = &ctx->tok[i];
	const char *w = ctx->text + t->off;
	if (ctx->verdict[i] != RV_OK || (t->flags & (TOK_UPPER | TOK_COMPOUND | TOK_SENT)) ||
	    t->len >= LM_MAX_WORD || w[t->len - 1] != 'e' ||
	    utf8_count(w, t->len) < PRESENT_MIN_LETTERS || !lm_is_plain(w, t->len) ||
	    lm_token_is(ctx, t, modal_pasts) || lm_token_is(ctx, t, subjunctives))
		return;
	const struct token *p = lm_beside(ctx, i, -1);
	if (!p)
		return;
	/* A capital inside a sentence makes "Som" a name; opens_clause()
	 * judges the pronouns' ("Kære Peter, Du ..."). */
	int relative = lm_token_is(ctx, p, som), by_pair = relative || lm_token_is(ctx, p, det);
	if (!(by_pair || lm_token_is(ctx, p, pronouns)) ||
	    (relative ? (p->flags & TOK_UPPER) && !(p->flags & TOK_SENT)
		      : !opens_clause(ctx, i - 1)))
		return;
	const struct token *c = lm_beside(ctx, i - 1, -1);
	if (c && lm_token_is(ctx, c, joiners) && modal_before(ctx, i - 1))
		return;
	if (ctx->fq && !used_as_infinitive(ctx->fq, w, t->len))
		return;
	const struct token *r = lm_beside(ctx, i, 1);
	if (r && (lm_token_is(ctx, r, coordinators) || lm_token_is(ctx, r, modal_pasts) ||
		  spl_is_finite(ctx->sp, ctx->text + r->off, r->len)))
		return;
	static const char *const man[] = { "man", NULL }, *const tanke[] = { "tænke", NULL };
	if (lm_token_is(ctx, p, man) && lm_token_is(ctx, t, tanke))
		return;	/* "Man tænke sig!" */
	/* After the relative "som" the pair decides, so a word with another
	 * reading is judged too ("den som føre løbet": "føre" is also the
	 * plural of the adjective "før"), but not before a plural noun,
	 * where it is most often the adjective ("formater som åbne
	 * standarder"); that lets "den som føre biler" pass. */
	int every_reading = !relative ||
			    (r && spl_plural_indefinite(ctx->sp, ctx->text + r->off, r->len));
	char present[LM_MAX_TEXT];
	size_t pn = spl_present_of(ctx->sp, w, t->len, every_reading, present, sizeof present);
	if (pn == 0 ||
	    (r && pair_prefers(ctx, r, 0, w, t->len, present, pn, PAIR_MIN, PAIR_RATIO)) ||
	    (by_pair && !pair_prefers(ctx, p, 1, present, pn, w, t->len, SUBJ_PAIR_MIN,
				      SUBJ_PAIR_RATIO)))
		return;
	report(ctx, t, p, 1, present, pn);
}

void
rule_verb_form(const struct rule_ctx *ctx)
{
	for (size_t i = 1; i < ctx->ntok; i++) {
		present_wanted(ctx, i);
		const struct token *t = &ctx->tok[i];
		const char *w = ctx->text + t->off;
		/* A lower-case word of one piece, ending in r. */
		if (ctx->verdict[i] != RV_OK || (t->flags & (TOK_UPPER | TOK_COMPOUND)) ||
		    t->len < 4 || t->len >= LM_MAX_WORD || w[t->len - 1] != 'r' ||
		    !lm_is_plain(w, t->len))
			continue;
		/* The governor, right before or before adverbs. */
		const struct token *p = lm_beside(ctx, i, -1);
		size_t g = i - 1;
		for (int k = 0; k < MAX_ADVERBS && p && lm_token_is(ctx, p, adverbs); k++) {
			p = lm_beside(ctx, g, -1);
			g--;
		}
		/* A capital inside a sentence makes the governor a name. */
		if (!p || !lm_token_is(ctx, p, governors) ||
		    ((p->flags & TOK_UPPER) && !(p->flags & TOK_SENT)) || noun_modal(ctx, g))
			continue;
		/* "at" after a comma is the conjunction. */
		if (lm_token_is(ctx, p, marker) && lm_after_comma(ctx->text, p->off))
			continue;
		const struct token *r = lm_beside(ctx, i, 1);
		if (r && (lm_token_is(ctx, r, subjects) ||
			  (r->len == 1 && ctx->text[r->off] == 'I')))
			continue;
		if (!spl_only_present(ctx->sp, w, t->len))
			continue;
		report(ctx, t, p, 0, w, t->len - 1);
	}
}
