/* names.c - rule "name-consistency": a name spelled two ways in one file
 * ("Zuckerberg" three times, "Zuckerbreg" once).  The rarer spelling is
 * flagged at each occurrence, with the majority form as suggestion, when
 * it is one typing error from it (an edit or a swap, not of the first
 * letter), both have six letters or more, neither the dictionary nor the
 * corpus knows it, and the majority form is at least twice as frequent
 * and used within NAME_WINDOW bytes of it.  A
 * genitive ("Zuckerbergs") counts for its name, and so does the first
 * part of a hyphenated compound ("Zuckerberg-sagen").  The file is checked in
 * chunks: rule_names() adds a chunk's names to a table that lives for
 * the file (spellings, counts, the offsets of counted uses, and those of
 * every use of a spelling that could be flagged), and
 * rule_names_report() decides once the file is done.  An
 * unknown spelling with no such majority form, used once or twice, is
 * handed to rule "misspelt-name" (misname.c). */
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
/* The majority form must be used this near (bytes; a long feature
 * article, some 2,500 words) to an occurrence of the rarer one: a file
 * of many articles, a digest or a feed, holds different people with near
 * names ("Alonso", "Afonso"). */
#define NAME_WINDOW 16384
/* A spelling used more often than this in one file is taken as a name of
 * its own, not as a misspelling of a well-known one. */
#define NAME_MAX_OWN 2

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

/* One spelling of a name-shaped word.  Only occurrences the rule counts
 * (a name, or a known word where its capital marks a name) give it a
 * count and an order; the offsets of every occurrence of a spelling that
 * could be flagged are kept, as the finding goes on each. */
struct form {
	const char *w;		/* the set's copy of the spelling */
	size_t n, ncp;
	size_t order;		/* when it was first counted, from 1; 0: never */
	int count, unknown;
	size_t *occ;		/* view offsets, when it could be flagged */
	size_t nocc, capocc;
	size_t *at;		/* view offsets of the counted uses, rising */
	size_t nat, capat;
};

struct name_table {
	struct strset index;	/* spelling -> form number (from 1) */
	struct form *forms;
	size_t nf, cap, counted;
};

struct name_table *
names_new(void)
{
	return xcalloc(1, sizeof(struct name_table));
}

void
names_clear(struct name_table *nt)
{
	for (size_t i = 0; i < nt->nf; i++) {
		free(nt->forms[i].occ);
		free(nt->forms[i].at);
	}
	nt->nf = 0;
	nt->counted = 0;
	strset_clear(&nt->index);
}

void
names_free(struct name_table *nt)
{
	if (!nt)
		return;
	names_clear(nt);
	free(nt->forms);
	strset_free(&nt->index);
	free(nt);
}

static int
is_name_shape(const char *w, size_t n)
{
	size_t i = 0;
	int32_t c = utf8_next(w, n, &i);
	return c > 0 && u_isupper(c) && lm_is_plain(w, n);
}

static size_t
decode(const struct form *f, int32_t *cp)
{
	size_t ncp = 0;
	for (size_t k = 0; k < f->n && ncp < LM_MAX_WORD;)
		cp[ncp++] = utf8_next(f->w, f->n, &k);
	return ncp;
}

/* Adds the word t, judged verdict (enum rule_verdict), to the table. */
static void
add_name(const struct rule_ctx *ctx, const struct token *t, int verdict)
{
	struct name_table *nt = ctx->names;
	const char *w = ctx->text + t->off;
	if (t->len >= LM_MAX_WORD || !is_name_shape(w, t->len))
		return;
	/* A known word counts only where its capital marks a name. */
	int counts = verdict == RV_NAME || (verdict == RV_OK && !(t->flags & TOK_SENT));
	struct strset_entry *e = strset_get(&nt->index, w, t->len, 1);
	if (e->value == 0) {
		grow((void **)&nt->forms, &nt->cap, nt->nf + 1, sizeof *nt->forms);
		struct form *f = &nt->forms[nt->nf];
		memset(f, 0, sizeof *f);
		f->w = e->key;
		f->n = t->len;
		f->ncp = utf8_count(w, t->len);
		e->value = (int)++nt->nf;
	}
	struct form *f = &nt->forms[e->value - 1];
	if (counts) {
		if (!f->order)
			f->order = ++nt->counted;
		f->count++;
		f->unknown |= verdict == RV_NAME;
		grow((void **)&f->at, &f->capat, f->nat + 1, sizeof *f->at);
		f->at[f->nat++] = ctx->base + t->off;
	}
	/* Spellings real text uses are never flagged: no offsets. */
	if (f->ncp >= NAME_MIN_CHARS && (!ctx->fq || freq_word(ctx->fq, w, t->len) == 0)) {
		grow((void **)&f->occ, &f->capocc, f->nocc + 1, sizeof *f->occ);
		f->occ[f->nocc++] = ctx->base + t->off;
	}
}

void
rule_names(const struct rule_ctx *ctx)
{
	for (size_t i = 0; i < ctx->ntok; i++) {
		add_name(ctx, &ctx->tok[i], ctx->verdict[i]);
		/* "Zuckerbreg-sagen" holds a spelling of the name too. */
		const struct rule_parts *p = rule_parts_of(ctx, i);
		if (p && p->head.len > 0)
			add_name(ctx, &p->head, p->head_verdict);
	}
}

/* Flags each use of f when it is rather a well-known name misspelt than
 * a name of its own (rule "misspelt-name"). */
static void
report_misspelt(const struct rule_ctx *ctx, const struct form *f)
{
	char sug[LM_MAX_TEXT];
	if (!rule_misspelt_name(ctx->sp, ctx->fq, f->w, f->n, sug, sizeof sug))
		return;
	for (size_t k = 0; k < f->nocc; k++) {
		size_t off = f->occ[k];
		char *word = xstrndup(f->w, f->n);
		struct buf msg = {0};
		/* The reporter adds "; did you mean 'Jugoslavien'?". */
		buf_printf(&msg, _("unknown name '%s' is close to a well-known one"), word);
		free(word);
		struct finding *fd = ctx->emit(ctx->ck, off, off + f->n, "misspelt-name", f->w,
					       f->n, msg.data);
		if (fd)
			fnd_add_sug(fd, xstrdup(sug));
	}
}

/* 1 when g is used within NAME_WINDOW bytes of view offset off. */
static int
used_near(const struct form *g, size_t off)
{
	size_t lo = 0, hi = g->nat;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (g->at[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < g->nat && g->at[lo] - off <= NAME_WINDOW) ||
	       (lo > 0 && off - g->at[lo - 1] <= NAME_WINDOW);
}

/* 1 when g is used near some use of f. */
static int
near_any(const struct form *f, const struct form *g)
{
	for (size_t k = 0; k < f->nocc; k++)
		if (used_near(g, f->occ[k]))
			return 1;
	return 0;
}

void
rule_names_report(const struct rule_ctx *ctx)
{
	struct name_table *nt = ctx->names;
	/* The forms in the order they were first counted. */
	size_t nf = nt->counted;
	size_t *byorder = xcalloc(nf ? nf : 1, sizeof *byorder);
	for (size_t a = 0; a < nt->nf; a++)
		if (nt->forms[a].order)
			byorder[nt->forms[a].order - 1] = a;
#define FORM(k) (&nt->forms[byorder[k]])
	/* A genitive counts for its base form. */
	for (size_t a = 0; a < nf; a++) {
		struct form *f = FORM(a);
		if (f->n > 1 && f->w[f->n - 1] == 's') {
			struct strset_entry *e = strset_get(&nt->index, f->w, f->n - 1, 0);
			if (e && nt->forms[e->value - 1].order)
				nt->forms[e->value - 1].count += f->count;
		}
	}
	int32_t fcp[LM_MAX_WORD], gcp[LM_MAX_WORD];
	for (size_t a = 0; a < nf; a++) {
		struct form *f = FORM(a);
		/* Only an unknown spelling that real text never uses. */
		if (!f->unknown || f->ncp < NAME_MIN_CHARS || f->nocc == 0)
			continue;
		size_t fn = decode(f, fcp);
		struct form *best = NULL;
		for (size_t b = 0; b < nf; b++) {
			struct form *g = FORM(b);
			if (b == a || g->count < 2 || g->count < 2 * f->count || g->ncp < NAME_MIN_CHARS ||
			    g->ncp + 1 < f->ncp || f->ncp + 1 < g->ncp)
				continue;
			/* "Metas" beside "Meta" is a genitive, not a misspelling. */
			if ((g->n + 1 == f->n && f->w[f->n - 1] == 's' && memcmp(g->w, f->w, g->n) == 0) ||
			    (f->n + 1 == g->n && g->w[g->n - 1] == 's' && memcmp(g->w, f->w, f->n) == 0))
				continue;
			size_t gn = decode(g, gcp);
			/* "Horten" and "Morten" are two names. */
			if (fcp[0] != gcp[0])
				continue;
			if (near(fcp, fn, gcp, gn) && (!best || g->count > best->count) &&
			    near_any(f, g))
				best = g;
		}
		if (!best) {
			if (f->count <= NAME_MAX_OWN)
				report_misspelt(ctx, f);
			continue;
		}
		for (size_t k = 0; k < f->nocc; k++) {
			size_t off = f->occ[k];
			if (!used_near(best, off))
				continue;
			char *word = xstrndup(f->w, f->n), *other = xstrndup(best->w, best->n);
			struct buf msg = {0};
			/* The reporter adds "; did you mean 'Zuckerberg'?". */
			buf_printf(&msg, _("name '%s' is spelled differently elsewhere in this file"),
				   word);
			free(word);
			struct finding *fd = ctx->emit(ctx->ck, off, off + f->n,
						       "name-consistency", f->w, f->n, msg.data);
			if (fd)
				fnd_add_sug(fd, other);
			else
				free(other);
		}
	}
#undef FORM
	free(byorder);
}
