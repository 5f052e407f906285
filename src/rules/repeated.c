/* repeated.c - rule "repeated-word": the same word twice in a row ("det
 * det", "at at"), also across a line break; the second one is the
 * finding.  Nothing but spaces may separate them: "det, det" and "Hvad
 * det er, det er" are fine.  Allowed, because Danish uses them: "der der"
 * (relative der + existential der: "de huse der der står"), and doubled
 * interjections and intensifiers ("ja ja", "nej nej", "så så", "nu nu",
 * "meget meget", "længe længe"), which the table below lists, and a
 * first word capitalised inside a sentence ("Er I i tvivl"). */
#include "lm.h"
#include "../freq.h"
#include "../tokenize.h"
#include "../util.h"

#include <stdlib.h>
#include <string.h>

static const char *const allowed[] = {
	"der", "ja", "nej", "så", "nu", "meget", "længe", "mere", "langt",
	"godt", "rigtig", "hurtigt", "ha", "hej", "jo", "tak", "pyt", "bla", NULL
};

void
rule_repeated(const struct rule_ctx *ctx)
{
	for (size_t i = 1; i < ctx->ntok; i++) {
		const struct token *p = &ctx->tok[i - 1], *t = &ctx->tok[i];
		const char *a = ctx->text + p->off, *w = ctx->text + t->off;
		/* "Hot Hot Heat", "Boom Boom": doubled names are names.  A
		 * line break alone marks the second word as a sentence start
		 * ("det\ndet"); a stop before it really does.  A capital
		 * inside a sentence makes the first another word: "Er I i
		 * tvivl?", "spurgte Hans hans bror". */
		if (t->len >= LM_MAX_WORD || p->len != t->len || (t->flags & TOK_UPPER) ||
		    ((p->flags & TOK_UPPER) && !(p->flags & TOK_SENT)) ||
		    ((t->flags & TOK_SENT) && !(t->flags & TOK_AFTER_NL)) ||
		    !lm_is_plain(w, t->len) || !lm_only_space(ctx->text, p->off + p->len, t->off))
			continue;
		char la[LM_MAX_WORD], lw[LM_MAX_WORD];
		size_t na = freq_fold(a, p->len, la), nw = freq_fold(w, t->len, lw);
		if (na != nw || memcmp(la, lw, nw) != 0)
			continue;
		if (in_list(lw, nw, allowed))
			continue;
		rule_emit_word(ctx, t, "repeated-word", _("'%s' is repeated"));
	}
}
