/* names.c - rule "name-consistency": a name spelled two ways in one file
 * ("Zuckerberg" three times, "Zuckerbreg" once).  The rarer spelling is
 * flagged at each occurrence, with the majority form as suggestion, when
 * it is one typing error from it (an edit or a swap, not of the first
 * letter), both have six letters or more, neither the dictionary nor the
 * corpus knows it, and the majority form is at least twice as frequent.  A
 * genitive ("Zuckerbergs") counts for its name. */
#include "lm.h"
#include "../freq.h"
#include "../speller.h"
#include "../strset.h"
#include "../tokenize.h"
#include "../util.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

#define NAME_MIN_CHARS 6

/* Damerau distance <= 1 between code point strings a and b. */
static int
near(const int32_t *a, size_t an, const int32_t *b, size_t bn)
{
	size_t i = 0;
	while (i < an && i < bn && a[i] == b[i])
		i++;
	if (an == bn) {
		if (i == an)
			return 0;
		if (i + 1 < an && a[i] == b[i + 1] && a[i + 1] == b[i] &&
		    memcmp(a + i + 2, b + i + 2, (an - i - 2) * sizeof *a) == 0)
			return 1;
		return memcmp(a + i + 1, b + i + 1, (an - i - 1) * sizeof *a) == 0;
	}
	if (an + 1 == bn)
		return memcmp(a + i, b + i + 1, (an - i) * sizeof *a) == 0;
	if (bn + 1 == an)
		return memcmp(a + i + 1, b + i, (bn - i) * sizeof *a) == 0;
	return 0;
}

struct form {
	const char *w;
	size_t n;
	int32_t cp[LM_MAX_WORD];
	size_t ncp;
	int count, unknown;
};

static int
is_name_shape(const char *w, size_t n)
{
	size_t i = 0;
	int32_t c = utf8_next(w, n, &i);
	return c > 0 && u_isupper(c) && lm_is_plain(w, n);
}

void
rule_names(const struct rule_ctx *ctx)
{
	struct form *forms = NULL;
	size_t nf = 0, cap = 0;
	struct strset index = {0};
	for (size_t i = 0; i < ctx->ntok; i++) {
		const struct token *t = &ctx->tok[i];
		const char *w = ctx->text + t->off;
		if (t->len >= LM_MAX_WORD || !is_name_shape(w, t->len))
			continue;
		/* A known word counts only where its capital marks a name. */
		if (ctx->verdict[i] != RV_NAME &&
		    (ctx->verdict[i] != RV_OK || (t->flags & TOK_SENT)))
			continue;
		struct strset_entry *e = strset_get(&index, w, t->len, 1);
		if (e->value == 0) {
			grow((void **)&forms, &cap, nf + 1, sizeof *forms);
			struct form *f = &forms[nf];
			memset(f, 0, sizeof *f);
			f->w = w;
			f->n = t->len;
			for (size_t k = 0; k < t->len && f->ncp < LM_MAX_WORD;)
				f->cp[f->ncp++] = utf8_next(w, t->len, &k);
			e->value = (int)++nf;
		}
		struct form *f = &forms[e->value - 1];
		f->count++;
		f->unknown |= ctx->verdict[i] == RV_NAME;
	}
	/* A genitive counts for its base form. */
	for (size_t a = 0; a < nf; a++) {
		struct form *f = &forms[a];
		if (f->n > 1 && f->w[f->n - 1] == 's') {
			struct strset_entry *e = strset_get(&index, f->w, f->n - 1, 0);
			if (e)
				forms[e->value - 1].count += f->count;
		}
	}
	for (size_t a = 0; a < nf; a++) {
		struct form *f = &forms[a];
		/* Only an unknown spelling that real text never uses. */
		if (!f->unknown || f->ncp < NAME_MIN_CHARS ||
		    (ctx->fq && freq_word(ctx->fq, f->w, f->n) > 0))
			continue;
		struct form *best = NULL;
		for (size_t b = 0; b < nf; b++) {
			struct form *g = &forms[b];
			if (b == a || g->count < 2 || g->count < 2 * f->count || g->ncp < NAME_MIN_CHARS)
				continue;
			/* "Metas" beside "Meta" is a genitive, not a misspelling. */
			if ((g->n + 1 == f->n && f->w[f->n - 1] == 's' && memcmp(g->w, f->w, g->n) == 0) ||
			    (f->n + 1 == g->n && g->w[g->n - 1] == 's' && memcmp(g->w, f->w, f->n) == 0))
				continue;
			/* "Horten" and "Morten" are two names. */
			if (f->cp[0] != g->cp[0])
				continue;
			if (near(f->cp, f->ncp, g->cp, g->ncp) && (!best || g->count > best->count))
				best = g;
		}
		if (!best)
			continue;
		for (size_t i = 0; i < ctx->ntok; i++) {
			const struct token *t = &ctx->tok[i];
			if (t->len != f->n || memcmp(ctx->text + t->off, f->w, f->n) != 0)
				continue;
			char *word = xstrndup(f->w, f->n), *other = xstrndup(best->w, best->n);
			struct buf msg = {0};
			/* The reporter adds "; did you mean 'Zuckerberg'?". */
			buf_printf(&msg, _("name '%s' is spelled differently elsewhere in this file"),
				   word);
			free(word);
			struct finding *fd = ctx->emit(ctx->ck, t->off, t->off + t->len,
						       "name-consistency", f->w, f->n, msg.data);
			if (fd)
				fnd_add_sug(fd, other);
			else
				free(other);
		}
	}
	free(forms);
	strset_free(&index);
}
