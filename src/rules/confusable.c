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

#include <unicode/uchar.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* How much likelier (natural log) a variant must be than the word as
 * written.  The prior that a writer lost a diacritic in a given dictionary
 * word is small; this margin sets the recall / false alarm trade-off
 * measured on the development sets (see dictionaries/README.md). */
#define CONF_MARGIN 2.5
/* A variant must have been seen this often to be proposed at all. */
#define CONF_MIN_COUNT 3
/* A pair as written seen this often, beside a neighbour the variant was
 * never seen with, keeps the word: "jeg var sikker" is no "vær", though
 * "vær sikker" is common.  Measured on the development sets: 2 fewer
 * context false alarms (1 to 30 alike), no recall lost. */
#define CONF_PAIR_SEEN 3

struct best {
	const struct rule_ctx *ctx;
	const struct lm_ctx *lc;
	double score;
	char word[LM_MAX_TEXT];
	size_t len;
	int name;		/* the word is capitalised inside a sentence */
	double need;		/* the score a variant must reach */
	const char *orig;
	size_t on;
	const char *low;	/* orig folded to lower case */
	size_t lown;
	int after_comma;	/* a comma stands before the word */
};

/* A new compound that real text never uses ("bestyrelsesmode") is judged by
 * the part the restored letters fall in: "møde" is common, "mode" rare.
 * The part must gain this factor, and be this common.  A changed head
 * must give a compound the corpus has seen: measured on the development
 * sets, this took 5 false alarms away ("modeekspert", "badeforbud") and
 * no recall. */
#define PART_RATIO 20
#define PART_MIN_COUNT 50

struct part_best {
	const struct rule_ctx *ctx;
	const char *w;
	size_t n;
	double ratio;
	char word[LM_MAX_TEXT];
	size_t len;
};

static int
known_part(const struct rule_ctx *ctx, const char *p, size_t n)
{
	return n >= 3 && spl_check(ctx->sp, p, n) == SPL_OK && !spl_is_compound(ctx->sp, p, n);
}

static void
consider_part(void *arg, const char *v, size_t vn)
{
	struct part_best *b = arg;
	const struct rule_ctx *ctx = b->ctx;
	const char *w = b->w;
	size_t n = b->n, p, q;
	lm_diff(w, n, v, vn, &p, &q);
	double best = 0;
	int seen = freq_word(ctx->fq, v, vn) > 0;
	for (size_t k = 3; k + 3 <= n; k++) {
		if (utf8_cont(w[k]))
			continue;
		const char *pw, *pv;
		size_t pwn, pvn;
		/* The unchanged part must be a word too (a head may end in a
		 * linking s or e), so that k is where the compound joins. */
		int head;
		if (k >= n - q) {		/* the change lies in the head */
			/* How often a head stands alone says little of
			 * how often it heads compounds ("mode-" is as
			 * productive as "møde-"): only a compound real
			 * text uses may replace it. */
			if (!seen)
				continue;
			pw = w, pwn = k, pv = v, pvn = k + vn - n;
			head = 1;
		} else if (k <= p) {		/* in the tail */
			pw = w + k, pwn = n - k, pv = v + k, pvn = vn - k;
			head = 0;
		} else {
			continue;
		}
		unsigned long cv = freq_word(ctx->fq, pv, pvn);
		if (cv < PART_MIN_COUNT)
			continue;
		double r = (double)cv / ((double)freq_word(ctx->fq, pw, pwn) + 1.0);
		/* Both parts must be words, so that k is where the compound
		 * really joins ("visning|s|kort", not "visning|skort"). */
		if (r <= best || !known_part(ctx, pv, pvn) || !known_part(ctx, pw, pwn))
			continue;
		if (head ? !known_part(ctx, w + k, n - k)
			 : !known_part(ctx, w, k) &&
			   !((w[k - 1] == 's' || w[k - 1] == 'e') && known_part(ctx, w, k - 1)))
			continue;
		best = r;
	}
	if (best > b->ratio && spl_check(ctx->sp, v, vn) == SPL_OK) {
		b->ratio = best;
		memcpy(b->word, v, vn);
		b->len = vn;
	}
}

/* Does a neighbour the pair counts saw with the word as written
 * (CONF_PAIR_SEEN times) but never with variant v keep the word? */
static int
pair_keeps(const struct freq *fq, const struct best *b, const char *v, size_t n)
{
	const struct lm_ctx *c = b->lc;
	if (c->ln > 0 && freq_bigram(fq, c->l, c->ln, b->low, b->lown) >= CONF_PAIR_SEEN &&
	    freq_bigram(fq, c->l, c->ln, v, n) == 0)
		return 1;
	return c->rn > 0 && freq_bigram(fq, b->low, b->lown, c->r, c->rn) >= CONF_PAIR_SEEN &&
	       freq_bigram(fq, v, n, c->r, c->rn) == 0;
}

/* Is a capitalised word inside a sentence, between neighbours one of
 * which is capitalised too, a part of a longer name that real text uses
 * with v in its place, after the left neighbour and before the right
 * one ("Lars Lokke Rasmussen", "Dansk Rode Kors")?  Measured on the
 * development sets and the 1M words of training text: diacritic-realword
 * recall +0.7 points, no new finding elsewhere.  Without a capital
 * beside it, +1.2 points, but a label or a section's name became a
 * slip: "Skift til Mode 2", "Hun skriver om Mode i Politiken". */
static int
in_name(const struct freq *fq, const struct lm_ctx *c, const char *v, size_t n)
{
	return c->ln > 0 && c->rn > 0 &&
	       (tok_shape(c->l, c->ln) == SHAPE_CAPITAL || tok_shape(c->r, c->rn) == SHAPE_CAPITAL) &&
	       freq_bigram(fq, c->l, c->ln, v, n) > 0 && freq_bigram(fq, v, n, c->r, c->rn) > 0;
}

/* Words after which an imperative may open a clause ("og vælg", "så
 * brænd"). */
static const char *const imperative_openers[] = {
	"og", "eller", "men", "så", "bare", "blot", "lige", "nu", "venligst", "derefter", "dernæst",
	"først", NULL
};

/* Is v, an imperative and nothing else (spl_only_imperative()), out of
 * place after the word before it: a word that opens no clause, right
 * before it ("nye valg" is no "nye vælg", "et brand" no "et brænd")?
 * At a sentence start, after a comma or after "og" it may stand. */
static int
imperative_misplaced(const struct rule_ctx *ctx, const struct best *b, const char *v, size_t n)
{
	const struct lm_ctx *c = b->lc;
	char low[LM_MAX_WORD];
	if (b->after_comma || c->ln == 0 || c->ln >= LM_MAX_WORD || !lm_is_plain(c->l, c->ln))
		return 0;
	size_t ln = freq_fold(c->l, c->ln, low);
	return !in_list(low, ln, imperative_openers) && spl_only_imperative(ctx->sp, v, n);
}

static void
consider(void *arg, const char *v, size_t n, unsigned long count)
{
	struct best *b = arg;
	const struct rule_ctx *ctx = b->ctx;
	if (count < CONF_MIN_COUNT)
		return;
	/* Score first: hunspell is asked only about a variant that would
	 * win, which keeps it to a few calls per file. */
	double s = lm_score(ctx->fq, b->lc, v, n);
	if (s <= b->score || s < b->need || pair_keeps(ctx->fq, b, v, n))
		return;
	if (b->name) {
		/* A name keeps its old "aa" ("Kirkegaard", "Kjærsgaard"),
		 * and becomes a word known with its capital only (a proper
		 * name), or a part of a longer name (in_name()). */
		char cap[LM_MAX_TEXT];
		lm_recase(b->orig, b->on, v, n, cap);
		if (count_of(v, n, "aa") != count_of(b->low, b->lown, "aa") ||
		    (!in_name(ctx->fq, b->lc, v, n) && spl_check(ctx->sp, v, n) == SPL_OK) ||
		    spl_check(ctx->sp, cap, strlen(cap)) != SPL_OK)
			return;
	} else if (spl_check(ctx->sp, v, n) != SPL_OK || imperative_misplaced(ctx, b, v, n)) {
		return;
	}
	b->score = s;
	memcpy(b->word, v, n);
	b->len = n;
}

/* A capitalised word seen fewer times than this in lower case is a name. */
#define NAME_MAX_COMMON 100

/* A capitalised word that is no common word in lower case ("Rio", not
 * "Men"). */
static int
is_name(const struct rule_ctx *ctx, const char *w, size_t n)
{
	char low[LM_MAX_WORD];
	if (n >= LM_MAX_WORD || !lm_is_plain(w, n) || tok_shape(w, n) != SHAPE_CAPITAL)
		return 0;
	size_t ln = freq_fold(w, n, low);
	return freq_word(ctx->fq, low, ln) < NAME_MAX_COMMON;
}

/* A lone letter is no word ("p" for "på") unless it is "i", a unit or a
 * label after a number ("5 m", "1. g"), a label ("a)", "s.", "A-",
 * "<p>"), or glued to what stands before it ("Christian 5.s"). */
static int
lone_letter(const struct rule_ctx *ctx, const struct token *t)
{
	const char *s = ctx->text;
	size_t b = t->off;
	if (t->len != 1 || s[b] < 'a' || s[b] > 'z' || s[b] == 'i')
		return 0;
	if (b + 1 < ctx->len && s[b + 1] && strchr(".)-'/:>", s[b + 1]))
		return 0;
	if (b > 0 && (unsigned char)s[b - 1] < 0x80 && !strchr(" \t\n\r\"'([", s[b - 1]))
		return 0;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (b > 0 && s[b - 1] == '.')
		b--;
	return !(b > 0 && s[b - 1] >= '0' && s[b - 1] <= '9');
}

/* Judges word t at token i; a head (the first part of "doer-til-dør",
 * in lower case) has the next part, right, as its right neighbour and
 * is judged by the bigram model only.  right is NULL for any other word. */
static void
check_word(const struct rule_ctx *ctx, size_t i, const struct token *t,
	   const struct token *right)
{
	const char *w = ctx->text + t->off;
	int head = right != NULL;
	int lone = !head && lone_letter(ctx, t);
	/* A word before a lone hyphen ("rets- og politireformen") is a
	 * linking form: its neighbours say nothing of it. */
	if ((ctx->verdict[i] == RV_SKIP && !lone) || (t->flags & TOK_SUSPENDED) ||
	    t->len >= LM_MAX_WORD || !lm_is_plain(w, t->len))
		return;
	char low[LM_MAX_WORD];
	size_t n = freq_fold(w, t->len, low);
	/* Without a, o or e only a dropped letter can be restored;
	 * trying that on every word costs more than it finds. */
	if (!lone && !memchr(low, 'a', n) && !memchr(low, 'o', n) && !memchr(low, 'e', n))
		return;
	/* An acronym ("OL", "PA") or a brand ("iPod") is no lost letter.
	 * Inside a sentence a capital marks a name: only a name of the
	 * dictionary may replace it ("i Koge" -> "i Køge", not "Vagn" ->
	 * "Vågn" alone), or a word that makes a longer name that real text
	 * uses (consider()). */
	enum tok_shape shape = tok_shape(w, t->len);
	if (shape == SHAPE_UPPER || shape == SHAPE_CAMEL || (head && shape != SHAPE_LOWER))
		return;
	int name = shape == SHAPE_CAPITAL && !(t->flags & TOK_SENT);
	struct lm_ctx lc;
	lm_context(ctx, i, &lc);
	/* With no neighbour to see on either side (a word alone on its
	 * line: a heading, a list's item; or between two dashes) the
	 * frequencies alone would make every heading "Mode" a "Møde". */
	if (!head && !lc.l && !lc.r)
		return;
	if (head) {
		lc.r = ctx->text + right->off;
		lc.rn = right->len;
	}
	/* A short word between two names is a name's particle
	 * ("Vale do Rio Doce"). */
	if (shape == SHAPE_LOWER && n <= 3 && lc.ln > 0 && lc.rn > 0 && is_name(ctx, lc.l, lc.ln) &&
	    is_name(ctx, lc.r, lc.rn))
		return;
	double own = lm_score(ctx->fq, &lc, low, n);
	struct best b = { .ctx = ctx, .lc = &lc, .score = -INFINITY, .name = name,
			  .orig = w, .on = t->len, .low = low, .lown = n,
			  .need = own + CONF_MARGIN, .after_comma = lm_after_comma(ctx->text, t->off) };
	lm_seen(ctx->memo, LM_GEN_RESTORE2, low, n, consider, &b);
	/* Not for a capital at a sentence start, which may be a name that
	 * hunspell also splits ("Skovrov" = skov+rov), nor for an English word
	 * ("tangles"). */
	if (b.len == 0 && shape == SHAPE_LOWER && !head && freq_word(ctx->fq, low, n) == 0 &&
	    !ctx->foreign_knows(ctx->ck, w, t->len)) {
		/* hunspell's analysis is slow: ask it last. */
		struct part_best pb = { .ctx = ctx, .w = low, .n = n };
		lm_restore(low, n, 1, consider_part, &pb);
		if (pb.ratio >= PART_RATIO && spl_is_compound(ctx->sp, low, n)) {
			memcpy(b.word, pb.word, pb.len);
			b.len = pb.len;
			b.score = INFINITY;
		}
	}
	if (b.len == 0)
		return;
	char sug[LM_MAX_TEXT];
	lm_recase(w, t->len, b.word, b.len, sug);
	/* The reporter adds "; did you mean 'først'?" from the suggestion. */
	struct finding *f = rule_emit_word(ctx, t, "confusable", _("'%s' is a rare word here"));
	if (f)
		fnd_add_sug(f, xstrdup(sug));
}

void
rule_confusable(const struct rule_ctx *ctx)
{
	if (!ctx->fq)
		return;
	for (size_t i = 0; i < ctx->ntok; i++) {
		const struct token *t = lm_word(ctx, i);
		if (!t && ctx->verdict[i] == RV_SKIP)
			t = &ctx->tok[i];
		if (t)
			check_word(ctx, i, t, NULL);
		/* The first part of a phrase of three parts or more
		 * ("doer-til-dør") in lower case, too: its second part is a
		 * word of the phrase.  The parts of "mode-ugen" make one
		 * word, whose halves the pair counts say nothing of. */
		const struct rule_parts *p = rule_parts_of(ctx, i);
		const struct token *tk = &ctx->tok[i];
		if (p && p->head.len > 0 && p->head_verdict == RV_OK && p->next.len > 0 &&
		    p->next.off + p->next.len < tk->off + tk->len && !(tk->flags & TOK_SUSPENDED))
			check_word(ctx, i, &p->head, &p->next);
	}
}
