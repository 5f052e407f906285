/* suggest.c - candidate corrections for a flagged word.  Candidates come
 * from a bounded, weighted edit-distance walk over the dictionary's word
 * forms (lexicon.c) with typo.c's costs, from compounds whose one part is
 * mistyped, and from splits into two words; they are ranked by the typing
 * error that would explain them, their frequency and the neighbouring words
 * (freq.c), and every one returned is accepted by the speller.  Owns the
 * lexicon and frequency mappings, the typo model and the search scratch. */
#include "suggest.h"
#include "freq.h"
#include "lexicon.h"
#include "typo.h"
#include "util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

enum {
	MAXQ = 40,		/* longest word searched, in code points */
	MAXD = MAXQ + 8,	/* deepest trie path */
	MAXCAND = 4096,
	MAXQREP = 16,		/* REP entries ending at one query position */
	C_SPLIT = 50,		/* a space left out */
	C_COMPOUND = 100,	/* a compound no list holds */
	C_CASE = 80,		/* a name offered for a lower-case word */
	C_FIRST = 30,		/* another letter for a word's first (first_changed()) */
	SPLIT_MIN = 2,		/* a split must be this common as a pair */
	VERIFY = 24,		/* candidates the speller is asked about at most */
	MAXCOMPOUND = 3,	/* compounds the speller is asked about at most */
	PART_LONG = 7		/* letters of a compound part allowed two slips */
};

static const double CHANNEL = 0.1;	/* nats per hundredth of an edit */
static const double AGREE = 1.5;	/* nats for an agreeing form */
/* A candidate that scores worse than the first one offered by as much as
 * one unexplained edit (TYPO_EDIT * CHANNEL nats) is noise, not help. */
static double CUTOFF = 10.0;

enum { K_WORD, K_COMPOUND, K_SPLIT };

struct cand {
	char *word;		/* UTF-8, owned */
	int cost;		/* the typing error, hundredths of an edit */
	int kind;
	double score;
};

struct search {
	const int32_t *q;	/* the typed letters (lower case) */
	size_t n;
	int budget;
	unsigned need;		/* LEX_* bits a form must have */
	const int32_t *prefix;	/* letters before the searched part */
	size_t nprefix;
	const int32_t *suffix;	/* letters after it */
	size_t nsuffix;
	int kind;
};

struct suggester {
	struct speller *sp;
	struct lexicon *lx;
	struct freq *fq;
	struct typo *ty;
	double logtotal;
	/* scratch of one search */
	const struct search *s;
	int rows[MAXD + 1][MAXQ + 1];
	int32_t path[MAXD + 1];	/* lower-cased letters of the walk */
	int32_t orig[MAXD + 1];	/* the letters as the lexicon has them */
	int extra[MAXQ + 1];	/* cost of typed letter i-1 being extra */
	short subrow[MAXQ][TYPO_NSLOT + 1];	/* typed letter i for each meant one */
	const uint32_t *nodes;
	uint32_t nnodes;
	const struct typo_rep *qrep[MAXQ + 1][MAXQREP];
	int32_t qlast[MAXQ + 1][MAXQREP];	/* each one's last meant letter */
	unsigned char nqrep[MAXQ + 1];
	struct cand *c;
	size_t nc, capc;
	int capital;		/* the typed word starts with a capital */
};

static char *
join_path(const char *dir, const char *name)
{
	struct buf b = {0};
	buf_printf(&b, "%s/%s", dir, name);
	return b.data;
}

struct suggester *
sug_new(struct speller *sp, const char *datadir)
{
	struct suggester *sg = xcalloc(1, sizeof *sg);
	sg->sp = sp;
	sg->ty = typo_new(spl_aff_path(sp));
	if (datadir) {
		char *p = join_path(datadir, "da-sug.bin");
		sg->lx = lex_open(p);
		free(p);
		if (sg->lx)
			sg->nodes = lex_nodes(sg->lx, &sg->nnodes);
		p = join_path(datadir, "da-freq.bin");
		sg->fq = freq_open(p);
		free(p);
	}
	sg->logtotal = log(sg->fq && freq_total(sg->fq) ? (double)freq_total(sg->fq) : 1e6);
	return sg;
}

const struct lexicon *
sug_lexicon(const struct suggester *sg)
{
	return sg->lx;
}

void
sug_free(struct suggester *sg)
{
	if (!sg)
		return;
	for (size_t i = 0; i < sg->nc; i++)
		free(sg->c[i].word);
	free(sg->c);
	lex_close(sg->lx);
	freq_close(sg->fq);
	typo_free(sg->ty);
	free(sg);
}

static int32_t
lower(int32_t c)
{
	if (c < 128)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	return u_tolower(c);
}

static int
imin(int a, int b)
{
	return a < b ? a : b;
}

static void
put_cps(struct buf *b, const int32_t *cps, size_t n)
{
	char u[4];
	for (size_t i = 0; i < n; i++)
		buf_add(b, u, (size_t)utf8_put(u, cps[i]));
}

static int
by_cost(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	return (x->cost > y->cost) - (x->cost < y->cost);
}

static int
by_word(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	int r = strcmp(x->word, y->word);
	return r ? r : by_cost(a, b);
}

/* Candidates are collected as found; duplicates go in unique_cands(). */
static void
add_cand(struct suggester *sg, char *word, int cost, int kind)
{
	if (sg->nc == MAXCAND) {
		/* Keep the cheaper half; the rest would never rank. */
		qsort(sg->c, sg->nc, sizeof *sg->c, by_cost);
		for (size_t i = MAXCAND / 2; i < sg->nc; i++)
			free(sg->c[i].word);
		sg->nc = MAXCAND / 2;
	}
	grow((void **)&sg->c, &sg->capc, sg->nc + 1, sizeof *sg->c);
	sg->c[sg->nc++] = (struct cand){ .word = word, .cost = cost, .kind = kind };
}

static void
unique_cands(struct suggester *sg)
{
	if (sg->nc < 2)
		return;	/* nothing to merge (and no array yet to sort) */
	qsort(sg->c, sg->nc, sizeof *sg->c, by_word);
	size_t k = 0;
	for (size_t i = 0; i < sg->nc; i++) {
		if (k && strcmp(sg->c[k - 1].word, sg->c[i].word) == 0) {
			free(sg->c[i].word);
			continue;
		}
		sg->c[k++] = sg->c[i];
	}
	sg->nc = k;
}

/* Is the form found at depth d the typed word with its first letter
 * changed and its second kept ("fundet" for "vunset"), by more than a
 * case change, a lost ring or stroke or an accent the .aff MAPs (those
 * cost at most TYPO_DIACRITIC)?  Writers seldom get
 * a word's first letter wrong, so the ranking charges C_FIRST more; the
 * search's budget is not touched, so no candidate is lost ("ost" for
 * "ust").  A letter added or left out at the start ("vvil", "xden")
 * keeps its cost: those keyboard slips are common.  Measured on the
 * development sets: top-1 suggestion of the word list +0.6 points,
 * context diacritic-nonword +0.3 ("raabe": "råbe", not "tabe"),
 * keyboard-nonword -0.2 (errors injected at any place); 50 rather than
 * 30 lost 0.3, 0.7 and 0.6 points of the word list, wiki and
 * keyboard-nonword.  Not at a compound's joint (nprefix). */
static int
first_changed(const struct suggester *sg, size_t d)
{
	const struct search *s = sg->s;
	if (s->nprefix || d < 2 || s->n < 2 || sg->path[0] == s->q[0] || sg->path[1] != s->q[1])
		return 0;
	int k = typo_slot(sg->path[0]);
	return k < 0 || sg->subrow[0][k] > TYPO_DIACRITIC;
}

/* A form found at depth d of the walk (its letters in sg->orig). */
static void
found(struct suggester *sg, size_t d, int cost)
{
	const struct search *s = sg->s;
	struct buf b = {0};
	put_cps(&b, s->prefix, s->nprefix);
	put_cps(&b, sg->orig, d);
	put_cps(&b, s->suffix, s->nsuffix);
	/* A lone letter is no correction of a longer word. */
	if (s->nprefix + d + s->nsuffix < 2 && s->n >= 3) {
		buf_free(&b);
		return;
	}
	/* A name ("Globe") or an odd casing ("pA") offered for a lower-case
	 * word is a bigger change. */
	for (size_t i = sg->capital && !s->nprefix ? 1 : 0; i < d; i++)
		if (sg->orig[i] != sg->path[i]) {
			cost += C_CASE;
			break;
		}
	/* A compound no list holds is less likely than a listed form. */
	if (s->kind == K_COMPOUND)
		cost += C_COMPOUND;
	if (first_changed(sg, d))
		cost += C_FIRST;
	add_cand(sg, b.data, cost, s->kind);
}

/* Fills row d+1 for the letter at path[d] from rows d and d-1; returns
 * the row's minimum. */
static int
fill_row(struct suggester *sg, size_t d, int cslot)
{
	const struct search *s = sg->s;
	const int32_t *q = s->q;
	size_t n = s->n;
	int32_t c = sg->path[d];
	/* At a compound's joint the letter before is the prefix's last:
	 * "jagterminologi" lost a t of "jagt|terminologi". */
	int32_t prev = d ? sg->path[d - 1] : s->nprefix ? s->prefix[s->nprefix - 1] : 0;
	const int *up = sg->rows[d];
	int *row = sg->rows[d + 1];
	int omit_mid = typo_omit(sg->ty, c, prev, 0);
	int omit_end = s->nsuffix ? omit_mid : typo_omit(sg->ty, c, prev, 1);
	row[0] = up[0] + (n == 0 ? omit_end : omit_mid);
	/* A repeated syllable written once: the row len letters up, plus
	 * the cost, for each len that repeats. */
	int haplo[TYPO_MAXHAPLO + 1] = {0}, anyhaplo = 0;
	for (size_t len = 2; len <= TYPO_MAXHAPLO && len <= d; len++) {
		/* Either kind of repeat ends in the letter len before. */
		if (c != sg->path[d - len])
			continue;
		haplo[len] = typo_haplology(sg->ty, sg->path, d + 1, len);
		if (haplo[len]) {
			anyhaplo = 1;
			row[0] = imin(row[0], sg->rows[d + 1 - len][0] + haplo[len]);
		}
	}
	/* A letter swapped with a double next to it: meant "ill" typed
	 * "lli" ("boullion"), or meant "lli" typed "ill". */
	int32_t m0 = d >= 2 ? sg->path[d - 2] : 0;
	int dswap = d >= 2 && ((prev == c && m0 != c) || (m0 == prev && c != prev));
	int lo = row[0];
	for (size_t i = 1; i <= n; i++) {
		int best = up[i - 1] + (q[i - 1] == c ? 0 : sg->subrow[i - 1][cslot]);
		best = imin(best, up[i] + (i == n ? omit_end : omit_mid));
		best = imin(best, row[i - 1] + sg->extra[i]);
		if (d >= 1 && i >= 2 && q[i - 1] == prev && q[i - 2] == c && c != prev)
			best = imin(best, sg->rows[d - 1][i - 2] +
					  typo_swap(sg->ty, prev, c));
		if (dswap && i >= 3) {
			int32_t t0 = q[i - 3], t1 = q[i - 2], t2 = q[i - 1];
			if ((prev == c && t0 == c && t1 == c && t2 == m0) ||
			    (m0 == prev && t0 == c && t1 == prev && t2 == prev))
				best = imin(best, sg->rows[d - 2][i - 3] +
						  typo_swap(sg->ty, m0, c));
		}
		if (anyhaplo)
			for (size_t len = 2; len <= TYPO_MAXHAPLO; len++)
				if (haplo[len])
					best = imin(best, sg->rows[d + 1 - len][i] + haplo[len]);
		for (unsigned k = 0; k < sg->nqrep[i]; k++) {
			const struct typo_rep *r = sg->qrep[i][k];
			if (sg->qlast[i][k] != c || r->nmeant > d + 1)
				continue;
			size_t j = 0;
			while (j < r->nmeant && r->meant[j] == sg->path[d + 1 - r->nmeant + j])
				j++;
			if (j == r->nmeant)
				best = imin(best, sg->rows[d + 1 - r->nmeant][i - r->ntyped] +
						  r->cost);
		}
		row[i] = best;
		if (best < lo)
			lo = best;
	}
	return lo;
}

static void
walk(struct suggester *sg, uint32_t node, size_t d)
{
	const struct search *s = sg->s;
	const uint32_t *nd = sg->nodes;
	uint32_t ch = nd[2 * (size_t)node];
	if (!ch || ch >= sg->nnodes)
		return;
	for (;; ch++) {
		uint32_t v = nd[2 * (size_t)ch + 1];
		int32_t cp = (int32_t)(v & LEX_CPMASK), lc = lower(cp);
		int sl = typo_slot(lc);
		sg->orig[d] = cp;
		sg->path[d] = lc;
		int lo = fill_row(sg, d, sl < 0 ? TYPO_NSLOT : sl);
		if (lo <= s->budget) {
			unsigned bits = v >> LEX_SHIFT;
			int cost = sg->rows[d + 1][s->n];
			if ((bits & LEX_WORD) && cost <= s->budget &&
			    (bits & s->need) == s->need && !(bits & LEX_NOSUG) &&
			    (s->need || !(bits & LEX_ONLYCOMP)))
				found(sg, d + 1, cost);
			if (d + 1 < MAXD)
				walk(sg, ch, d + 1);
		}
		if ((v & LEX_LASTBIT) || ch + 1 >= sg->nnodes)
			break;
	}
}

/* Prepares the per-query tables and walks the whole lexicon. */
static void
search(struct suggester *sg, const struct search *s)
{
	const int32_t *q = s->q;
	size_t n = s->n, nreps;
	const struct typo_rep *reps = typo_reps(sg->ty, &nreps);
	sg->s = s;
	sg->rows[0][0] = 0;
	for (size_t i = 0; i < n; i++)
		typo_sub_row(sg->ty, q[i], sg->subrow[i]);
	for (size_t i = 1; i <= n; i++) {
		int32_t before = i >= 2 ? q[i - 2] : s->nprefix ? s->prefix[s->nprefix - 1] : 0;
		sg->extra[i] = typo_extra(sg->ty, q[i - 1], before,
					  i < n ? q[i] : s->nsuffix ? s->suffix[0] : 0);
		sg->rows[0][i] = sg->rows[0][i - 1] + sg->extra[i];
		sg->nqrep[i] = 0;
		for (size_t k = 0; k < nreps && sg->nqrep[i] < MAXQREP; k++) {
			const struct typo_rep *r = &reps[k];
			if (r->ntyped > i)
				continue;
			size_t j = 0;
			while (j < r->ntyped && r->typed[j] == q[i - r->ntyped + j])
				j++;
			if (j == r->ntyped) {
				sg->qlast[i][sg->nqrep[i]] = r->meant[r->nmeant - 1];
				sg->qrep[i][sg->nqrep[i]++] = r;
			}
		}
	}
	walk(sg, 0, 0);
}

static int
budget_for(size_t n)
{
	return n <= 3 ? 100 : n <= 5 ? 150 : 200;
}

/* A compound's mistyped part may hold two slips when it is long. */
static int
part_budget(size_t n)
{
	return n >= PART_LONG ? 160 : 100;
}

/* Compounds no list holds: one part typed right, the other within one
 * edit ("telefonkonferense" -> "telefonkonference"). */
static void
search_compounds(struct suggester *sg, const int32_t *q, size_t n)
{
	uint32_t node = 0;
	for (size_t i = 1; i + 3 <= n; i++) {
		if (!(node = lex_step(sg->lx, node, q[i - 1])))
			break;
		unsigned bits = lex_bits(sg->lx, node);
		if (i < 2 || !(bits & LEX_WORD) || !(bits & LEX_CBEGIN))
			continue;
		struct search s = { .q = q + i, .n = n - i, .budget = part_budget(n - i), .need = LEX_CEND,
				    .prefix = q, .nprefix = i, .kind = K_COMPOUND };
		search(sg, &s);
	}
	for (size_t j = n >= 3 ? n - 3 : 0; j >= 3; j--) {
		unsigned bits = lex_lookup(sg->lx, q + j, n - j);
		if (!(bits & LEX_WORD) || !(bits & LEX_CEND))
			continue;
		struct search s = { .q = q, .n = j, .budget = part_budget(j), .need = LEX_CBEGIN,
				    .suffix = q + j, .nsuffix = n - j, .kind = K_COMPOUND };
		search(sg, &s);
	}
}

/* Two words run together: "iøvrigt" -> "i øvrigt". */
static void
search_splits(struct suggester *sg, const int32_t *q, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		unsigned a = lex_lookup(sg->lx, q, i), b = lex_lookup(sg->lx, q + i, n - i);
		if (!(a & LEX_WORD) || !(b & LEX_WORD) || ((a | b) & (LEX_ONLYCOMP | LEX_NOSUG)))
			continue;
		struct buf w = {0};
		put_cps(&w, q, i);
		size_t an = w.len;
		buf_addc(&w, ' ');
		put_cps(&w, q + i, n - i);
		/* Only pairs written apart in real text: "bonus er" is no
		 * correction of "bonuser". */
		if (sg->fq && freq_bigram(sg->fq, w.data, an, w.data + an + 1, w.len - an - 1) <
			      SPLIT_MIN) {
			buf_free(&w);
			continue;
		}
		add_cand(sg, w.data, C_SPLIT, K_SPLIT);
	}
}

/* log P(w) for the word with frequency index id: unseen words get a
 * count of a tenth. */
static double
logp(const struct suggester *sg, long id)
{
	double c = sg->fq ? (double)freq_count_id(sg->fq, id) : 0;
	return log(c + 0.1) - sg->logtotal;
}

/* log P(b | a) by index, smoothed towards P(b) = e^lpb. */
static double
logp_after(const struct suggester *sg, long a, long b, double lpb)
{
	const double mu = 200;
	double ca = (double)freq_count_id(sg->fq, a);
	double cab = (double)freq_bigram_id(sg->fq, a, b);
	return log((cab + mu * exp(lpb)) / (ca + mu));
}

/* The neighbours' frequency indexes, looked up once per flagged word. */
struct around {
	int left, right;	/* there is a neighbour */
	long idleft, idright;
	double lpright;
};

/* Words after which an adjective takes its definite -e: "den globale". */
static const char *const definite[] = {
	"den", "det", "de", "denne", "dette", "disse", "min", "din", "sin", "mit",
	"dit", "sit", "mine", "dine", "sine", "vores", "jeres", "deres", "hans",
	"hendes", "dens", "dets", NULL
};

static int
one_of(const char *w, size_t n, const char *const *list)
{
	char low[16];
	if (n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	return in_list(low, n, list);
}

/* True when w ends in the letter end and is a form without it too:
 * "globale" (global + e), "stort" (stor + t). */
static int
inflected(const struct suggester *sg, const char *w, size_t n, char end)
{
	if (n < 3 || w[n - 1] != end)
		return 0;
	return (lex_lookup_utf8(sg->lx, w, n - 1) & LEX_WORD) != 0;
}

/* Agreement with the word before when no pair count tells: a definite
 * adjective after "den", a neuter one after "et". */
static double
agreement(const struct suggester *sg, const char *w, size_t n, const struct sug_context *ctx)
{
	if (!ctx || !ctx->left || !ctx->right || !ctx->rightlen)
		return 0;
	if (one_of(ctx->left, ctx->leftlen, definite) && inflected(sg, w, n, 'e'))
		return AGREE;
	if (ctx->leftlen == 2 && (ctx->left[0] | 32) == 'e' && ctx->left[1] == 't' &&
	    inflected(sg, w, n, 't'))
		return AGREE;
	return 0;
}

static double
score(const struct suggester *sg, const struct cand *c, const struct sug_context *ctx,
      const struct around *ar)
{
	const char *w = c->word;
	size_t n = strlen(w);
	long idfirst, idlast;
	double lm, lfirst;
	if (c->kind == K_SPLIT) {
		const char *sp = strchr(w, ' ');
		size_t nfirst = (size_t)(sp - w);
		idfirst = freq_id(sg->fq, w, nfirst);
		idlast = freq_id(sg->fq, sp + 1, n - nfirst - 1);
		double lb = logp(sg, idlast);
		lfirst = logp(sg, idfirst);
		/* The pair: its first word, then the second after it. */
		lm = (sg->fq ? logp_after(sg, idfirst, idlast, lb) : lb) + lfirst;
	} else {
		idfirst = idlast = freq_id(sg->fq, w, n);
		lm = lfirst = logp(sg, idfirst);
	}
	if (sg->fq && ar->left)
		lm += logp_after(sg, ar->idleft, idfirst, lfirst) - lfirst;
	if (sg->fq && ar->right)
		lm += logp_after(sg, idlast, ar->idright, ar->lpright) - ar->lpright;
	if (c->kind == K_WORD)
		lm += agreement(sg, w, n, ctx);
	/* One unexplained edit weighs as much as a factor e^10 in frequency:
	 * the typing error decides, frequency and context break ties. */
	return lm - (double)c->cost * CHANNEL;
}

static int
by_score(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	return strcmp(x->word, y->word);
}

enum casing { CASE_LOWER, CASE_CAPITAL, CASE_UPPER };

/* Gives w the typed word's casing: "Globale", "GLOBALE". */
static char *
recase(const char *w, enum casing cs)
{
	size_t n = strlen(w), i = 0;
	struct buf b = {0};
	int firstdone = 0;
	while (i < n) {
		int32_t c = utf8_next(w, n, &i);
		if (c < 0)
			continue;
		if (cs == CASE_UPPER || (cs == CASE_CAPITAL && !firstdone))
			c = u_toupper(c);
		firstdone = 1;
		char u[4];
		buf_add(&b, u, (size_t)utf8_put(u, c));
	}
	return b.data ? b.data : xstrdup("");
}

static int
accepted(struct suggester *sg, const char *w)
{
	const char *sp = strchr(w, ' ');
	if (!sp)
		return spl_check(sg->sp, w, strlen(w)) == SPL_OK;
	return spl_check(sg->sp, w, (size_t)(sp - w)) == SPL_OK &&
	       spl_check(sg->sp, sp + 1, strlen(sp + 1)) == SPL_OK;
}

static void
clear_cands(struct suggester *sg)
{
	for (size_t i = 0; i < sg->nc; i++)
		free(sg->c[i].word);
	sg->nc = 0;
}

size_t
sug_suggest(struct suggester *sg, const char *word, size_t len,
	    const struct sug_context *ctx, char ***out, size_t max)
{
	int32_t q[MAXQ];
	size_t n = 0, i = 0, uppers = 0, letters = 0;
	int first_upper = 0;
	*out = NULL;
	if (max == 0)
		return 0;
	while (i < len) {
		int32_t c = utf8_next(word, len, &i);
		if (c <= 0 || n == MAXQ) {
			n = 0;
			break;
		}
		if (u_isalpha(c)) {
			letters++;
			if (u_isupper(c)) {
				uppers++;
				if (n == 0)
					first_upper = 1;
			}
		}
		q[n++] = lower(c);
	}
	if (!sg->lx || n == 0) {
		char *w = xstrndup(word, len);
		size_t k = spl_hunspell_suggest(sg->sp, w, out, max);
		free(w);
		return k;
	}
	enum casing cs = letters > 1 && uppers == letters ? CASE_UPPER :
			 first_upper ? CASE_CAPITAL : CASE_LOWER;

	clear_cands(sg);
	sg->capital = cs != CASE_LOWER;
	struct search s = { .q = q, .n = n, .budget = budget_for(n), .kind = K_WORD };
	search(sg, &s);
	if (n >= 6)
		search_compounds(sg, q, n);
	if (n >= 2)
		search_splits(sg, q, n);
	{
		struct buf lw = {0};
		put_cps(&lw, q, n);
		const char *whole = typo_whole(sg->ty, lw.data, lw.len);
		if (whole)
			add_cand(sg, xstrdup(whole), 0, strchr(whole, ' ') ? K_SPLIT : K_WORD);
		buf_free(&lw);
	}

	unique_cands(sg);
	struct around ar = {0};
	if (ctx && ctx->left && ctx->leftlen) {
		ar.left = 1;
		ar.idleft = freq_id(sg->fq, ctx->left, ctx->leftlen);
	}
	if (ctx && ctx->right && ctx->rightlen) {
		ar.right = 1;
		ar.idright = freq_id(sg->fq, ctx->right, ctx->rightlen);
		ar.lpright = logp(sg, ar.idright);
	}
	for (size_t k = 0; k < sg->nc; k++)
		sg->c[k].score = score(sg, &sg->c[k], ctx, &ar);
	if (sg->nc > 1)
		qsort(sg->c, sg->nc, sizeof *sg->c, by_score);

	char **list = xcalloc(max + 1, sizeof *list);
	size_t got = 0, compounds = 0;
	double best = 0;
	for (size_t k = 0; k < sg->nc && k < VERIFY && got < max; k++) {
		if (got && sg->c[k].score < best - CUTOFF)
			break;
		/* hunspell may take milliseconds to refuse a long compound. */
		if (sg->c[k].kind == K_COMPOUND && ++compounds > MAXCOMPOUND)
			continue;
		char *w = recase(sg->c[k].word, cs);
		int dup = 0;
		for (size_t j = 0; j < got; j++)
			dup |= strcmp(list[j], w) == 0;
		if (dup || (strlen(w) == len && memcmp(w, word, len) == 0) || !accepted(sg, w)) {
			free(w);
			continue;
		}
		if (!got)
			best = sg->c[k].score;
		list[got++] = w;
	}
	if (got == 0) {
		free(list);
		char *w = xstrndup(word, len);
		size_t k = spl_hunspell_suggest(sg->sp, w, out, max);
		free(w);
		return k;
	}
	*out = list;
	return got;
}
