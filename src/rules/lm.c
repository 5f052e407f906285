/* lm.c - the rules' shared model: Witten-Bell smoothed bigrams over
 * da-freq.bin, the context words of a token, case transfer, the REP
 * table of the .aff, one-typing-error neighbours, where two words differ,
 * and a memory of the neighbours the corpus has seen.  Makes the REP
 * table and the memos; callers free them (reptable_free(),
 * lm_memo_free()). */
#include "lm.h"
#include "../freq.h"
#include "../strset.h"
#include "../tokenize.h"
#include "../util.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/* The gap between two tokens decides what the model may see: spaces and
 * commas join them (as the counts were made), a digit stands for the word
 * "0", anything else (a dash, a bracket, a slash) hides the neighbour. */
static int
gap_kind(const char *s, size_t b, size_t e)
{
	int digit = 0;
	for (size_t i = b; i < e; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= '0' && c <= '9')
			digit = 1;
		else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' ||
			 c == '"' || (digit && (c == '.' || c == ':')))
			continue;
		else if (c == 0xC2 && i + 1 < e && (unsigned char)s[i + 1] == 0xA0)
			i++;
		else
			return -1;
	}
	return digit;
}

/* 1 when only blanks stand between b and the next line break (or the
 * text's end) looking forward, or the previous one looking back. */
static int
blank_to_line_end(const char *s, size_t len, size_t b, int back)
{
	for (size_t i = b; back ? i > 0 : i < len; back ? i-- : i++) {
		char c = s[back ? i - 1 : i];
		if (c == '\n')
			return 1;
		if (c != ' ' && c != '\t' && c != '\r')
			return 0;
	}
	return 1;
}

/* The start of a plain-text list's bullet ("-", "*", "•", "–") that
 * ends at e, or e itself. */
static size_t
skip_bullet(const char *s, size_t e)
{
	if (e >= 1 && (s[e - 1] == '-' || s[e - 1] == '*'))
		return e - 1;
	if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
	    ((unsigned char)s[e - 1] == 0xA2 || (unsigned char)s[e - 1] == 0x93))
		return e - 3;
	return e;
}

/* A word alone on its line, with no punctuation beside it but a
 * bullet before it: an item of a list or a heading.  Its sentence-edge
 * counts say how often real text starts or ends a sentence with it,
 * which is no evidence here. */
static int
alone_on_line(const struct rule_ctx *ctx, size_t i)
{
	const struct token *t = &ctx->tok[i];
	if (!blank_to_line_end(ctx->text, ctx->len, t->off + t->len, 0))
		return 0;
	size_t b = t->off;
	while (b > 0 && (ctx->text[b - 1] == ' ' || ctx->text[b - 1] == '\t'))
		b--;
	size_t bullet = skip_bullet(ctx->text, b);
	if (bullet < b && b < t->off)
		b = bullet;	/* "- fortsat", a blank after the bullet */
	return blank_to_line_end(ctx->text, ctx->len, b, 1);
}

const struct token *
lm_word(const struct rule_ctx *ctx, size_t i)
{
	const struct rule_parts *p = rule_parts_of(ctx, i);
	if (p && p->tail.len > 0)
		return &p->tail;
	return ctx->verdict[i] == RV_OK ? &ctx->tok[i] : NULL;
}

int
lm_token_is(const struct rule_ctx *ctx, const struct token *t, const char *const *list)
{
	char low[LM_MAX_WORD];
	if (t->len >= LM_MAX_WORD)
		return 0;
	size_t n = freq_fold(ctx->text + t->off, t->len, low);
	return in_list(low, n, list);
}

const struct token *
lm_beside(const struct rule_ctx *ctx, size_t i, int d)
{
	if ((d < 0 && i == 0) || (d > 0 && i + 1 >= ctx->ntok))
		return NULL;
	const struct token *t = &ctx->tok[i], *o = &ctx->tok[d < 0 ? i - 1 : i + 1];
	const struct token *a = d < 0 ? o : t, *z = d < 0 ? t : o;
	return lm_only_space(ctx->text, a->off + a->len, z->off) ? o : NULL;
}

void
lm_context(const struct rule_ctx *ctx, size_t i, struct lm_ctx *c)
{
	const struct token *t = &ctx->tok[i];
	c->l = c->r = NULL;
	c->ln = c->rn = 0;
	if (alone_on_line(ctx, i))
		return;
	if (i == 0 || (t->flags & TOK_SENT)) {
		c->l = "";
	} else {
		const struct token *p = &ctx->tok[i - 1];
		int g = gap_kind(ctx->text, p->off + p->len, t->off);
		if (g == 0) {
			c->l = ctx->text + p->off;
			c->ln = p->len;
		} else if (g == 1) {
			c->l = "0";
			c->ln = 1;
		}
	}
	if (i + 1 >= ctx->ntok) {
		c->r = "";
	} else {
		const struct token *q = &ctx->tok[i + 1];
		int g = gap_kind(ctx->text, t->off + t->len, q->off);
		if (q->flags & TOK_SENT) {
			c->r = "";
		} else if (g == 0) {
			c->r = ctx->text + q->off;
			c->rn = q->len;
		} else if (g == 1) {
			c->r = "0";
			c->rn = 1;
		}
	}
}

/* The share of a word's continuations that the pair counts have not
 * seen, for a word they hold no pairs of: the median Witten-Bell share
 * of the words seen 10 to 99 times in da-freq.bin. */
#define LM_UNSEEN_SHARE 0.4

static double
unigram(const struct freq *fq, const char *x, size_t n)
{
	double total = (double)freq_total(fq) + 1.0;
	return ((double)freq_word(fq, x, n) + 0.5) / total;
}

/* P(b | a), Witten-Bell: the stored pairs after a, plus the mass of its
 * unseen continuations spread as the unigram distribution; types and sum
 * are a's followers (freq_followers()). */
static double
cond_given(const struct freq *fq, unsigned long types, unsigned long sum,
	   const char *a, size_t an, const char *b, size_t bn)
{
	double pb = unigram(fq, b, bn);
	if (types == 0)
		return pb;
	double c = (double)freq_bigram(fq, a, an, b, bn);
	return (c + (double)types * pb) / ((double)sum + (double)types);
}

static double
cond(const struct freq *fq, const char *a, size_t an, const char *b, size_t bn)
{
	unsigned long types, sum;
	freq_followers(fq, a, an, &types, &sum);
	return cond_given(fq, types, sum, a, an, b, bn);
}

double
lm_score(const struct freq *fq, const struct lm_ctx *c, const char *x, size_t xn)
{
	double s = c->l ? log(cond(fq, c->l, c->ln, x, xn)) : log(unigram(fq, x, xn));
	if (c->r) {
		unsigned long types, sum;
		freq_followers(fq, x, xn, &types, &sum);
		/* A word the pair counts never saw (the subtitle list knows
		 * "nar", the sentences do not) would otherwise back off whole
		 * and look likelier than a variant whose known pairs miss
		 * this neighbour ("når legene"): give it the usual share.
		 * A word seen nowhere keeps the plain back-off the rules'
		 * margins were measured with. */
		if (types == 0 && freq_word(fq, x, xn) > 0)
			s += log(LM_UNSEEN_SHARE);
		else
			s += log(cond_given(fq, types, sum, x, xn, c->r, c->rn)) -
			     log(unigram(fq, c->r, c->rn));
	}
	return s;
}

int
lm_is_plain(const char *w, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t c = utf8_next(w, n, &i);
		if (c <= 0 || !u_isalpha(c))
			return 0;
	}
	return n > 0;
}

int
lm_has_vowel(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		unsigned char d = i + 1 < n ? (unsigned char)w[i + 1] : 0;
		/* å, æ, ø are C3 A5, C3 A6, C3 B8. */
		if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' ||
		    (c == 0xC3 && (d == 0xA5 || d == 0xA6 || d == 0xB8)))
			return 1;
	}
	return 0;
}

int
lm_only_space(const char *text, size_t b, size_t e)
{
	int nl = 0;
	for (size_t i = b; i < e; i++) {
		if (text[i] == '\n')
			nl++;
		else if ((unsigned char)text[i] == 0xC2 && i + 1 < e &&
			 (unsigned char)text[i + 1] == 0xA0)
			i++;	/* a no-break space */
		else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
			return 0;
	}
	return nl <= 1;
}

int
lm_after_comma(const char *text, size_t off)
{
	while (off > 0 && is_ascii_space(text[off - 1]))
		off--;
	return off > 0 && text[off - 1] == ',';
}

void
lm_diff(const char *w, size_t n, const char *v, size_t vn, size_t *p, size_t *q)
{
	size_t a = 0, b = 0;
	while (a < n && a < vn && w[a] == v[a])
		a++;
	while (b < n - a && b < vn - a && w[n - 1 - b] == v[vn - 1 - b])
		b++;
	*p = a;
	*q = b;
}

int
lm_copy_word(const char *w, char *out, size_t size)
{
	size_t n = strlen(w);
	if (n >= size)
		return 0;
	memcpy(out, w, n + 1);
	return 1;
}

char *
lm_recase(const char *model, size_t mn, const char *x, size_t xn, char *out)
{
	size_t i = 0, letters = 0, uppers = 0;
	int first_up = -1;
	while (i < mn) {
		int32_t c = utf8_next(model, mn, &i);
		if (c <= 0 || !u_isalpha(c))
			continue;
		int up = u_isupper(c) != 0;
		if (first_up < 0)
			first_up = up;
		letters++;
		uppers += up;
	}
	int all = letters >= 2 && uppers == letters;
	size_t o = 0;
	i = 0;
	int first = 1;
	while (i < xn && o + 4 < LM_MAX_TEXT) {
		int32_t c = utf8_next(x, xn, &i);
		if (c < 0)
			continue;
		if (all || (first && first_up == 1))
			c = u_toupper(c);
		o += (size_t)utf8_put(out + o, c);
		first = 0;
	}
	out[o] = '\0';
	return out;
}

/* REP table. */

struct reptable {
	char **from, **to;
	size_t n;
};

struct reptable *
reptable_load(const char *aff)
{
	struct reptable *rt = xcalloc(1, sizeof *rt);
	FILE *f = aff ? fopen(aff, "r") : NULL;
	if (!f)
		return rt;
	char line[512];
	size_t cap = 0;
	while (fgets(line, sizeof line, f)) {
		char a[128], b[128];
		if (strncmp(line, "REP ", 4) != 0 || sscanf(line + 4, "%127s %127s", a, b) != 2)
			continue;
		grow((void **)&rt->from, &cap, rt->n + 1, sizeof *rt->from);
		rt->to = xrealloc(rt->to, cap * sizeof *rt->to);
		rt->from[rt->n] = xstrdup(a);
		rt->to[rt->n] = xstrdup(b);
		rt->n++;
	}
	fclose(f);
	return rt;
}

void
reptable_free(struct reptable *rt)
{
	if (!rt)
		return;
	for (size_t i = 0; i < rt->n; i++) {
		free(rt->from[i]);
		free(rt->to[i]);
	}
	free(rt->from);
	free(rt->to);
	free(rt);
}

size_t
reptable_count(const struct reptable *rt)
{
	return rt ? rt->n : 0;
}

void
reptable_get(const struct reptable *rt, size_t i, const char **from, const char **to)
{
	*from = rt->from[i];
	*to = rt->to[i];
}

/* Lost diacritics. */

static const struct {
	const char *from, *to;
} restore[] = {
	{ "aa", "å" }, { "oe", "ø" }, { "ae", "æ" },
	{ "o", "ø" }, { "a", "å" }, { "a", "æ" }, { "e", "æ" },
};

static void
restore_from(const char *w, size_t n, size_t from, int depth, int top,
	     void (*fn)(void *, const char *, size_t), void *arg)
{
	char out[LM_MAX_TEXT];
	for (size_t i = from; i < n; i++) {
		for (size_t k = 0; k < sizeof restore / sizeof restore[0]; k++) {
			size_t fl = strlen(restore[k].from), tl = strlen(restore[k].to);
			if (i + fl > n || memcmp(w + i, restore[k].from, fl) != 0 ||
			    n - fl + tl >= sizeof out)
				continue;
			memcpy(out, w, i);
			memcpy(out + i, restore[k].to, tl);
			memcpy(out + i + tl, w + i + fl, n - i - fl);
			size_t on = n - fl + tl;
			fn(arg, out, on);
			if (depth > 1)
				restore_from(out, on, i + tl, depth - 1, 0, fn, arg);
		}
	}
	/* A dropped letter: "hrer" -> "hører" (alone, not on top of another
	 * restoration: that would multiply the candidates for little). */
	static const char *const lost[] = { "æ", "ø", "å" };
	for (size_t i = 0; top && i <= n; i++) {
		if (i < n && utf8_cont(w[i]))
			continue;
		for (size_t k = 0; k < 3 && n + 2 < sizeof out; k++) {
			memcpy(out, w, i);
			memcpy(out + i, lost[k], 2);
			memcpy(out + i + 2, w + i, n - i);
			fn(arg, out, n + 2);
		}
	}
}

void
lm_restore(const char *w, size_t n, int depth,
	   void (*fn)(void *arg, const char *cand, size_t len), void *arg)
{
	if (n < LM_MAX_WORD)
		restore_from(w, n, 0, depth, 1, fn, arg);
}

void
lm_substitute(const char *w, size_t n, const struct lm_subst *map, size_t nmap,
	      void (*fn)(void *arg, const char *cand, size_t len), void *arg)
{
	enum { PLACES = 4, CHOICES = 2 };
	size_t at[PLACES], len[PLACES], k = 0;
	size_t choice[PLACES][CHOICES], nc[PLACES];
	for (size_t i = 0; i < n && k < PLACES;) {
		nc[k] = 0;
		for (size_t m = 0; m < nmap; m++) {
			size_t fl = strlen(map[m].from);
			if (i + fl <= n && memcmp(w + i, map[m].from, fl) == 0 &&
			    nc[k] < CHOICES && (nc[k] == 0 || len[k] == fl)) {
				len[k] = fl;
				choice[k][nc[k]++] = m;
			}
		}
		if (nc[k] == 0) {
			i++;
			continue;
		}
		at[k] = i;
		i += len[k++];
	}
	/* Each place keeps its letters (digit 0) or takes one of its
	 * choices: a number in mixed radix names one form. */
	size_t total = 1;
	for (size_t j = 0; j < k; j++)
		total *= nc[j] + 1;
	for (size_t code = 1; code < total; code++) {
		char out[LM_MAX_TEXT];
		size_t o = 0, from = 0, c = code;
		int fits = 1;
		for (size_t j = 0; j < k && fits; j++) {
			size_t pick = c % (nc[j] + 1);
			c /= nc[j] + 1;
			if (pick == 0)
				continue;
			const char *to = map[choice[j][pick - 1]].to;
			size_t tl = strlen(to);
			if (o + (at[j] - from) + tl + (n - at[j] - len[j]) >= sizeof out) {
				fits = 0;
				break;
			}
			memcpy(out + o, w + from, at[j] - from);
			o += at[j] - from;
			for (size_t q = 0; q < tl; q++)
				out[o++] = to[q];
			from = at[j] + len[j];
		}
		if (!fits)
			continue;
		memcpy(out + o, w + from, n - from);
		fn(arg, out, o + n - from);
	}
}

/* Edits. */

static const char *const letters[] = {
	"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
	"p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "æ", "ø", "å", "é"
};

static int
is_consonant(unsigned char c)
{
	return c >= 'a' && c <= 'z' && !strchr("aeiouy", c);
}

static void
rep_edits(const struct reptable *rt, const char *w, size_t n,
	  void (*fn)(void *, const char *, size_t), void *arg)
{
	char out[LM_MAX_TEXT];
	for (size_t k = 0; k < reptable_count(rt); k++) {
		const char *from, *to;
		reptable_get(rt, k, &from, &to);
		int head = from[0] == '^';
		size_t fl = strlen(from + head);
		int tail = fl > 0 && from[head + fl - 1] == '$';
		fl -= (size_t)tail;
		size_t tl = strlen(to);
		if (fl == 0 || strchr(to, '_') || fl > n || n - fl + tl >= sizeof out)
			continue;
		for (size_t i = 0; i + fl <= n; i++) {
			if ((head && i > 0) || (tail && i + fl != n))
				continue;
			if (memcmp(w + i, from + head, fl) != 0)
				continue;
			memcpy(out, w, i);
			memcpy(out + i, to, tl);
			memcpy(out + i + tl, w + i + fl, n - i - fl);
			out[n - fl + tl] = '\0';
			fn(arg, out, n - fl + tl);
		}
	}
}

int
lm_rep_ending(const struct reptable *rt, const char *w, size_t n, const char *v, size_t vn)
{
	if (!rt)
		return 0;
	for (size_t k = 0; k < reptable_count(rt); k++) {
		const char *from, *to;
		reptable_get(rt, k, &from, &to);
		size_t fl = strlen(from), tl = strlen(to);
		if (from[0] == '^' || fl < 2 || from[fl - 1] != '$' || strchr(to, '_'))
			continue;
		fl--;
		if (fl > n || tl > vn || n - fl != vn - tl ||
		    memcmp(w + n - fl, from, fl) != 0 || memcmp(v + vn - tl, to, tl) != 0 ||
		    memcmp(w, v, n - fl) != 0)
			continue;
		return 1;
	}
	return 0;
}

void
lm_edits(const struct reptable *rt, const char *w, size_t n,
	 void (*fn)(void *arg, const char *cand, size_t len), void *arg)
{
	char out[LM_MAX_TEXT];
	size_t pos[LM_MAX_WORD + 1], np = 0;
	if (n >= LM_MAX_WORD)
		return;
	/* Character boundaries, so edits never split a UTF-8 sequence. */
	for (size_t i = 0; i < n;) {
		pos[np++] = i;
		utf8_next(w, n, &i);
	}
	pos[np] = n;
	for (size_t k = 0; k < np; k++) {
		size_t b = pos[k], e = pos[k + 1];
		/* deletion */
		memcpy(out, w, b);
		memcpy(out + b, w + e, n - e);
		fn(arg, out, n - (e - b));
		/* swap with the next character */
		if (k + 1 < np) {
			size_t e2 = pos[k + 2];
			memcpy(out, w, b);
			memcpy(out + b, w + e, e2 - e);
			memcpy(out + b + (e2 - e), w + b, e - b);
			memcpy(out + e2, w + e2, n - e2);
			fn(arg, out, n);
		}
		for (size_t l = 0; l < sizeof letters / sizeof letters[0]; l++) {
			size_t ll = strlen(letters[l]);
			/* substitution */
			if (ll != e - b || memcmp(letters[l], w + b, ll) != 0) {
				memcpy(out, w, b);
				memcpy(out + b, letters[l], ll);
				memcpy(out + b + ll, w + e, n - e);
				fn(arg, out, n - (e - b) + ll);
			}
			/* insertion before character k */
			memcpy(out, w, b);
			memcpy(out + b, letters[l], ll);
			memcpy(out + b + ll, w + b, n - b);
			fn(arg, out, n + ll);
		}
	}
	for (size_t l = 0; l < sizeof letters / sizeof letters[0]; l++) {
		size_t ll = strlen(letters[l]);
		memcpy(out, w, n);
		memcpy(out + n, letters[l], ll);
		fn(arg, out, n + ll);
	}
	/* A doubled consonant in the wrong place: "dilletant" -> "dilettant". */
	for (size_t i = 0; i + 1 < n; i++) {
		if (w[i] != w[i + 1] || !is_consonant((unsigned char)w[i]))
			continue;
		for (size_t j = 0; j < n; j++) {
			if (j == i || j == i + 1 || !is_consonant((unsigned char)w[j]) ||
			    (j + 1 < n && w[j + 1] == w[j]) || (j > 0 && w[j - 1] == w[j]))
				continue;
			/* Drop w[i+1], double w[j]. */
			size_t o = 0;
			for (size_t k = 0; k < n; k++) {
				if (k == i + 1)
					continue;
				out[o++] = w[k];
				if (k == j)
					out[o++] = w[k];
			}
			fn(arg, out, o);
		}
	}
	rep_edits(rt, w, n, fn, arg);
}

/* A word's run in the memo: per candidate its length (one byte), its
 * bytes and its count (four bytes, native order); a zero length ends it.
 * Candidates are shorter than LM_MAX_TEXT, so a length fits a byte. */
#define MEMO_MAX_WORDS (1U << 16)
#define MEMO_MAX_BYTES (32U << 20)

struct lm_memo {
	const struct freq *fq;
	const struct reptable *rt;
	struct strset words;	/* generator byte + word -> offset in runs */
	struct buf runs;
	struct strset cands;	/* the candidates of the run being built */
};

struct lm_memo *
lm_memo_new(const struct freq *fq, const struct reptable *rt)
{
	struct lm_memo *m = xcalloc(1, sizeof *m);
	m->fq = fq;
	m->rt = rt;
	return m;
}

void
lm_memo_free(struct lm_memo *m)
{
	if (!m)
		return;
	strset_free(&m->words);
	strset_free(&m->cands);
	buf_free(&m->runs);
	free(m);
}

static void
collect(void *arg, const char *cand, size_t len)
{
	struct lm_memo *m = arg;
	if (len == 0 || len >= LM_MAX_TEXT)
		return;
	unsigned long c = freq_word(m->fq, cand, len);
	if (c == 0)
		return;
	struct strset_entry *e = strset_get(&m->cands, cand, len, 1);
	if (e->value)
		return;
	e->value = 1;
	uint32_t c32 = c > UINT32_MAX ? UINT32_MAX : (uint32_t)c;
	buf_addc(&m->runs, (char)len);
	buf_add(&m->runs, cand, len);
	buf_add(&m->runs, (const char *)&c32, sizeof c32);
}

void
lm_seen(struct lm_memo *m, enum lm_gen gen, const char *w, size_t n,
	void (*fn)(void *arg, const char *cand, size_t len, unsigned long count), void *arg)
{
	char key[LM_MAX_WORD + 1];
	if (n >= LM_MAX_WORD)
		return;
	key[0] = (char)('0' + gen);
	memcpy(key + 1, w, n);
	if (m->words.count >= MEMO_MAX_WORDS || m->runs.len >= MEMO_MAX_BYTES) {
		strset_clear(&m->words);
		m->runs.len = 0;
	}
	struct strset_entry *e = strset_get(&m->words, key, n + 1, 1);
	if (e->value == 0) {
		/* Offsets are stored plus one: 0 marks a new entry. */
		size_t start = m->runs.len;
		strset_clear(&m->cands);
		if (gen == LM_GEN_EDITS)
			lm_edits(m->rt, w, n, collect, m);
		else
			lm_restore(w, n, 2, collect, m);
		buf_addc(&m->runs, 0);
		e->value = (int)start + 1;
	}
	/* fn may not reenter the memo, so the run stays where it is. */
	const char *p = m->runs.data + (e->value - 1);
	while (*p) {
		size_t len = (unsigned char)*p++;
		uint32_t c32;
		memcpy(&c32, p + len, sizeof c32);
		fn(arg, p, len, c32);
		p += len + sizeof c32;
	}
}
