/* ampersand.c - rule "ampersand": "&" written for "og" in running text
 * ("mig & dig", "& jeg vil altid").  Danish keeps "&" for the names of
 * firms and works ("Bang & Olufsen", "Schouw & Co.", "CD & DVD"), where
 * a capital follows it, and foreign phrases keep theirs ("rock & roll",
 * "fish & chips").  Only a lone "&", with space on both sides, before a
 * lower-case word, with Danish words on both sides, is judged; a
 * capital before it inside a sentence makes a name ("Bog & idé").
 * Headings and table cells (the view's titles) are no running text. */
#include "lm.h"
#include "../tokenize.h"
#include "../util.h"

#include <string.h>
#include <unicode/uchar.h>

/* The offset of a lone '&' right before text[e] (space between, and
 * space or the start of the text before it), or 0 for none; glued to a
 * word ("Q&A", "R&B") it is part of a name. */
static size_t
lone_ampersand(const char *text, size_t e)
{
	size_t i = e;
	while (i > 0 && is_ascii_space(text[i - 1]))
		i--;
	if (i == 0 || i == e || text[i - 1] != '&' || (i >= 2 && !is_ascii_space(text[i - 2])))
		return 0;
	return i;
}

/* 1 when token t begins with a lower-case letter. */
static int
lower_first(const char *text, const struct token *t)
{
	size_t i = 0;
	int32_t c = utf8_next(text + t->off, t->len, &i);
	return c > 0 && u_islower(c);
}

void
rule_ampersand(const struct rule_ctx *ctx)
{
	for (size_t i = 0; i < ctx->ntok; i++) {
		const struct token *t = &ctx->tok[i];
		size_t amp = lone_ampersand(ctx->text, t->off);
		/* "# Mad & drikke", "| Pris & levering |": no running text. */
		if (!amp-- || rule_in_title(ctx, amp))
			continue;
		/* The word before, when only space lies between (a line
		 * break at most: not the end of a heading or a cell). */
		int before = i > 0 && lm_only_space(ctx->text, ctx->tok[i - 1].off + ctx->tok[i - 1].len, amp);
		/* Both neighbours Danish words ("fish & chips", "søren &
		 * umaid" are no Danish prose), the one before not
		 * capitalised inside a sentence (a name: "Bog & idé",
		 * "Jensen & søn"); "Tine Rasmussen & co.". */
		const struct token *p = before ? &ctx->tok[i - 1] : NULL;
		if (!lower_first(ctx->text, t) || ctx->verdict[i] != RV_OK ||
		    (p && (ctx->verdict[i - 1] != RV_OK ||
			   ((p->flags & TOK_UPPER) && !(p->flags & TOK_SENT)))) ||
		    (t->len == 2 && memcmp(ctx->text + t->off, "co", 2) == 0))
			continue;
		struct finding *f = ctx->emit(ctx->ck, amp, amp + 1, "ampersand", ctx->text + amp, 1,
					      xstrdup(_("'&' in running text")));
		if (f)
			fnd_add_sug(f, xstrdup("og"));
	}
}
