/* confusable.c - rule "confusable": a dictionary word that is probably a
 * lost æ, ø or å ("forst" for "først", "pa" for "på").  Every variant
 * with the letters restored (o->ø, a->å, a->æ, e->æ, aa->å, oe->ø, ae->æ,
 * at most two of them) that the dictionary knows is scored against the
 * word itself by the bigram model, with the words left and right; a
 * variant far more likely in this place is the finding. */
#include "lm.h"
#include "../freq.h"
#include "../speller.h"
#include "../tokenize.h"
#include "../util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* How much likelier (natural log) a variant must be than the word as
 * written.  The prior that a writer lost a diacritic in a given dictionary
 * word is small; this margin sets the recall / false alarm trade-off
 * measured on the development sets (see dictionaries/README.md). */
#define CONF_MARGIN 4.0
/* A variant must have been seen this often to be proposed at all. */
#define CONF_MIN_COUNT 3

struct best {
	const struct rule_ctx *ctx;
	const struct lm_ctx *lc;
	double score;
	char word[LM_MAX_WORD * 2];
	size_t len;
};

static void
consider(void *arg, const char *v, size_t n)
{
	struct best *b = arg;
	const struct rule_ctx *ctx = b->ctx;
	if (freq_word(ctx->fq, v, n) < CONF_MIN_COUNT)
		return;
	if (spl_check(ctx->sp, v, n) != SPL_OK)
		return;
	double s = lm_score(ctx->fq, b->lc, v, n);
	if (s > b->score) {
		b->score = s;
		memcpy(b->word, v, n);
		b->len = n;
	}
}

void
rule_confusable(const struct rule_ctx *ctx)
{
	if (!ctx->fq)
		return;
	for (size_t i = 0; i < ctx->ntok; i++) {
		const struct token *t = &ctx->tok[i];
		const char *w = ctx->text + t->off;
		if (ctx->verdict[i] != RV_OK || t->len >= LM_MAX_WORD ||
		    !lm_is_plain(w, t->len))
			continue;
		char low[LM_MAX_WORD];
		size_t n = freq_fold(w, t->len, low);
		if (!memchr(low, 'a', n) && !memchr(low, 'o', n) && !memchr(low, 'e', n))
			continue;
		struct lm_ctx lc;
		lm_context(ctx, i, &lc);
		struct best b = { .ctx = ctx, .lc = &lc, .score = -INFINITY };
		lm_restore(low, n, 2, consider, &b);
		if (b.len == 0)
			continue;
		double own = lm_score(ctx->fq, &lc, low, n);
		if (b.score - own < CONF_MARGIN)
			continue;
		char sug[LM_MAX_WORD * 2];
		lm_recase(w, t->len, b.word, b.len, sug);
		char *word = xstrndup(w, t->len);
		struct buf msg = {0};
		/* The reporter adds "; did you mean 'først'?" from the suggestion. */
		buf_printf(&msg, _("'%s' is a rare word here"), word);
		struct finding *f = ctx->emit(ctx->ck, t->off, t->off + t->len, "confusable",
					      w, t->len, msg.data);
		if (f)
			fnd_add_sug(f, xstrdup(sug));
		free(word);
	}
}
