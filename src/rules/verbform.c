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
 * its own.  "I" counts only with its capital (token_is() folds case, so
 * it is tested apart). */
static const char *const subjects[] = {
	"jeg", "du", "han", "hun", "vi", "de", "man", "der", NULL
};

/* 1 when token t, folded to lower case, is one of list. */
static int
token_is(const struct rule_ctx *ctx, const struct token *t, const char *const *list)
{
	char low[LM_MAX_WORD];
	if (t->len >= LM_MAX_WORD)
		return 0;
	size_t n = freq_fold(ctx->text + t->off, t->len, low);
	for (size_t k = 0; list[k]; k++)
		if (strlen(list[k]) == n && memcmp(list[k], low, n) == 0)
			return 1;
	return 0;
}

/* The token next to token i (d -1 before, +1 after) with only blanks
 * between, a line break at most, or NULL. */
static const struct token *
beside(const struct rule_ctx *ctx, size_t i, int d)
{
	if ((d < 0 && i == 0) || (d > 0 && i + 1 >= ctx->ntok))
		return NULL;
	const struct token *t = &ctx->tok[i], *o = &ctx->tok[d < 0 ? i - 1 : i + 1];
	const struct token *a = d < 0 ? o : t, *z = d < 0 ? t : o;
	return lm_only_space(ctx->text, a->off + a->len, z->off) ? o : NULL;
}

/* 1 when the modal at token g is a noun: after a determiner or a
 * definite genitive, in lower case or at a sentence start ("muslingens",
 * "Æggets", "bilernes"; not "Lars", "hus"), or "skal", "måtte" after "den" or "det" and an
 * adjective ("den hårde skal"; "de fleste kan" is a subject). */
static int
noun_modal(const struct rule_ctx *ctx, size_t g)
{
	const struct token *a = beside(ctx, g, -1);
	if (!a || !token_is(ctx, &ctx->tok[g], nominal))
		return 0;
	const char *aw = ctx->text + a->off;
	size_t an = a->len;
	if (token_is(ctx, a, determiners) ||
	    ((!(a->flags & TOK_UPPER) || (a->flags & TOK_SENT)) && an >= 5 && aw[an - 1] == 's' &&
	     (aw[an - 2] == 'n' || aw[an - 2] == 't') && aw[an - 3] == 'e'))
		return 1;
	const struct token *b = beside(ctx, g - 1, -1);
	return b && aw[an - 1] == 'e' && token_is(ctx, b, articles) &&
	       token_is(ctx, &ctx->tok[g], after_adjective);
}

void
rule_verb_form(const struct rule_ctx *ctx)
{
	for (size_t i = 1; i < ctx->ntok; i++) {
		const struct token *t = &ctx->tok[i];
		const char *w = ctx->text + t->off;
		/* A lower-case word of one piece, ending in r. */
		if (ctx->verdict[i] != RV_OK || (t->flags & (TOK_UPPER | TOK_COMPOUND)) ||
		    t->len < 4 || t->len >= LM_MAX_WORD || w[t->len - 1] != 'r' ||
		    !lm_is_plain(w, t->len))
			continue;
		/* The governor, right before or before adverbs. */
		const struct token *p = beside(ctx, i, -1);
		size_t g = i - 1;
		for (int k = 0; k < MAX_ADVERBS && p && token_is(ctx, p, adverbs); k++) {
			p = beside(ctx, g, -1);
			g--;
		}
		/* A capital inside a sentence makes the governor a name. */
		if (!p || !token_is(ctx, p, governors) ||
		    ((p->flags & TOK_UPPER) && !(p->flags & TOK_SENT)) || noun_modal(ctx, g))
			continue;
		/* "at" after a comma is the conjunction. */
		size_t c = p->off;
		while (c > 0 && is_ascii_space(ctx->text[c - 1]))
			c--;
		if (c > 0 && ctx->text[c - 1] == ',' && token_is(ctx, p, marker))
			continue;
		const struct token *r = beside(ctx, i, 1);
		if (r && (token_is(ctx, r, subjects) ||
			  (r->len == 1 && ctx->text[r->off] == 'I')))
			continue;
		if (!spl_only_present(ctx->sp, w, t->len))
			continue;
		char *word = xstrndup(w, t->len);
		char *gov = xstrndup(ctx->text + p->off, p->len);
		struct buf msg = {0};
		/* The reporter adds "; did you mean 'ændre'?". */
		buf_printf(&msg, _("'%s' after '%s' should be the infinitive"), word, gov);
		free(gov);
		struct finding *f = ctx->emit(ctx->ck, t->off, t->off + t->len, "verb-form", w,
					      t->len, msg.data);
		if (f)
			fnd_add_sug(f, xstrndup(w, t->len - 1));
		free(word);
	}
}
