/* rules.c - the registry of rules: every finding names one of these. */
#include "rules.h"
#include "../markup/markup.h"
#include "../util.h"

#include <string.h>

const struct rule_info rule_table[] = {
	{ "unknown-word", SEV_ERROR, N_("a word the dictionary does not know") },
	{ "unknown-name", SEV_NOTE, N_("a capitalised word, acronym or CamelCase name the dictionary does not know") },
	{ "confusable", SEV_WARNING, N_("a real word that is probably a lost æ, ø or å") },
	{ "compound", SEV_WARNING, N_("a compound that is one typing error or one lost æ, ø or å away from a common word") },
	{ "rare-word", SEV_WARNING, N_("a word real text hardly uses, one typing error away from a common word") },
	{ "repeated-word", SEV_WARNING, N_("the same word twice in a row") },
	{ "name-consistency", SEV_WARNING, N_("a name spelled differently elsewhere in the file") },
	{ "misspelt-name", SEV_WARNING, N_("an unknown name one typing error from a well-known name") },
	{ "run-together", SEV_ERROR, N_("words written together that are written apart") },
	{ "stray-hyphen", SEV_ERROR, N_("a hyphen inside a word written as one: left by a line break, or after a part that takes none") },
	{ "invalid-utf8", SEV_ERROR, N_("bytes that are not valid UTF-8") },
	{ "encoding", SEV_NOTE, N_("a file decoded from a legacy encoding") },
	{ "binary-file", SEV_NOTE, N_("a binary file that was not checked") },
	{ "skipped", SEV_NOTE, N_("a part of the file that was not checked") },
	{ "directive", SEV_WARNING, N_("an unknown retstav directive") },
	{ "foreign-word", SEV_NOTE, N_("a word of another language (English by default) that is no near miss of a Danish word") },
	{ "ampersand", SEV_WARNING, N_("'&' for 'og' before a lower-case word in running text") },
	{ "verb-form", SEV_WARNING, N_("a verb in the present tense after 'at' or a modal verb, where the infinitive belongs, or the infinitive after a subject pronoun, where the present belongs") },
	{ "af-at", SEV_WARNING, N_("'af' written for 'at' or 'at' for 'af', judged by the words around it") },
	{ "unknown-term", SEV_NOTE, N_("an unknown word the file uses in three places or more that no Danish word lies near: a term of the text") },
};

size_t
rule_count(void)
{
	return sizeof rule_table / sizeof rule_table[0];
}

int
rule_index(const char *id)
{
	for (size_t i = 0; i < rule_count(); i++)
		if (strcmp(rule_table[i].id, id) == 0)
			return (int)i;
	return -1;
}

const struct rule_parts *
rule_parts_of(const struct rule_ctx *ctx, size_t i)
{
	size_t lo = 0, hi = ctx->nparts;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ctx->parts[mid].tok < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ctx->nparts && ctx->parts[lo].tok == i ? &ctx->parts[lo] : NULL;
}

struct finding *
rule_emit_word(const struct rule_ctx *ctx, const struct token *t, const char *rule,
	       const char *fmt)
{
	const char *w = ctx->text + t->off;
	return ctx->emit(ctx->ck, t->off, t->off + t->len, rule, w, t->len,
			 fmt_word(fmt, w, t->len));
}

int
rule_in_title(const struct rule_ctx *ctx, size_t off)
{
	return mk_span_has(ctx->titles, ctx->ntitles, ctx->base + off);
}

void
rules_run(const struct rule_ctx *ctx)
{
	rule_run_together(ctx);
	rule_confusable(ctx);
	rule_compound(ctx);
	rule_repeated(ctx);
	rule_ampersand(ctx);
	rule_verb_form(ctx);
	rule_af_at(ctx);
	rule_names(ctx);
}

void
rules_finish(const struct rule_ctx *ctx)
{
	rule_names_report(ctx);
	rule_terms(ctx);
	rule_glued_numbers(ctx);
}
