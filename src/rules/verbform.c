/* verbform.c - rule "verb-form": a verb in the present tense where
 * Danish wants the infinitive, after the infinitive marker "at" or right
 * after a modal verb ("at ændrer" for "at ændre", "vil lancerer" for "vil
 * lancere"): the r that writers add or drop because it is not heard.
 *
 * Only a word whose every analysis is the present tense of the verb that
 * is the word without its r is judged (spl_only_present(); "bliver",
 * "står" of strong verbs too): "lærer", "køber", "skader" are nouns as
 * well, "når" a conjunction, "gør" also a form of "gø".  A condition
 * without "hvis" after "at" whose subject is a noun ("at overstiger
 * arealet 150 m², ...") is not told apart: 1 such false alarm in the 1.2M
 * words of training and clean text, against 14 real errors.  A subject pronoun after it makes it the verb of a clause
 * of its own ("Hvis du vil, indtaster du ...", a comma left out; "at
 * kommer der flere, ..."), and a determiner before "skal", "kan" or "tør"
 * makes that word a noun or an adjective ("en skal flyder").  Nothing but
 * blanks, a line break at most, may stand between the two words. */
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
	"måtte", "burde", "turde", "gad", NULL
};

/* Modals that are also a noun or an adjective ("en skal", "en tør
 * sommer"), and the determiners that make them one. */
static const char *const nominal[] = { "skal", "kan", "tør", NULL };
static const char *const determiners[] = {
	"en", "et", "min", "mit", "din", "dit", "sin", "sit", "hans", "hendes", "dens", "dets", "vores",
	"jeres", "deres", "denne", "dette", "disse", NULL
};

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

void
rule_verb_form(const struct rule_ctx *ctx)
{
	for (size_t i = 1; i < ctx->ntok; i++) {
		const struct token *t = &ctx->tok[i];
		const char *w = ctx->text + t->off;
		/* A lower-case word of one piece, ending in r, inside the
		 * sentence of the word before it: a line break alone marks
		 * it as a sentence start, a stop (beside()) really does. */
		if (ctx->verdict[i] != RV_OK || (t->flags & (TOK_UPPER | TOK_COMPOUND)) ||
		    ((t->flags & TOK_SENT) && !(t->flags & TOK_AFTER_NL)) ||
		    t->len < 4 || t->len >= LM_MAX_WORD || w[t->len - 1] != 'r' ||
		    !lm_is_plain(w, t->len))
			continue;
		const struct token *p = beside(ctx, i, -1);
		/* A capital inside a sentence makes the word before a name. */
		if (!p || ctx->verdict[i - 1] != RV_OK || !token_is(ctx, p, governors) ||
		    ((p->flags & TOK_UPPER) && !(p->flags & TOK_SENT)))
			continue;
		const struct token *pp = beside(ctx, i - 1, -1);
		if (pp && token_is(ctx, p, nominal) && token_is(ctx, pp, determiners))
			continue;
		const struct token *r = beside(ctx, i, 1);
		if (r && (token_is(ctx, r, subjects) ||
			  (r->len == 1 && ctx->text[r->off] == 'I')))
			continue;
		if (!spl_only_present(ctx->sp, w, t->len) ||
		    spl_check(ctx->sp, w, t->len - 1) != SPL_OK)
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
