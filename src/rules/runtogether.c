/* runtogether.c - rule "run-together": words written together that Danish
 * writes apart ("altsammen", "idag", "ihvertfald").  Two sources, no
 * hand list: the dictionary's REP table (entries whose replacement holds
 * a space: whole words such as "altsammen" -> "alt sammen", and prefixes
 * such as "i" -> "i " for "iaften"), and the pair counts: a word the
 * dictionary rejects that splits into two or three dictionary words which
 * real text writes side by side.  An unknown-word finding on the token is
 * replaced, so the writer sees one finding with the split as suggestion. */
#include "lm.h"
#include "../freq.h"
#include "../speller.h"
#include "../strset.h"
#include "../tokenize.h"
#include "../util.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/* Adjacent parts must be seen together this often ... */
#define RT_MIN_PAIR 5
/* ... and, for a word the dictionary accepts, this many times more often
 * apart than together. */
#define RT_RATIO 20

struct split {
	char text[LM_MAX_TEXT];	/* parts joined by spaces */
	unsigned long score;		/* the rarest adjacent pair */
};

static int
known(const struct rule_ctx *ctx, const char *w, size_t n)
{
	return spl_check(ctx->sp, w, n) == SPL_OK;
}

/* Whole-word REP entries ("^altsammen$ alt_sammen"): writes the split. */
static int
rep_whole(const struct rule_ctx *ctx, const char *w, size_t n, struct split *out)
{
	for (size_t k = 0; k < reptable_count(ctx->rep); k++) {
		const char *from, *to;
		reptable_get(ctx->rep, k, &from, &to);
		size_t fl = strlen(from);
		size_t tl = strlen(to);
		if (fl < 3 || from[0] != '^' || from[fl - 1] != '$' || !strchr(to, '_') ||
		    fl - 2 != n || memcmp(from + 1, w, n) != 0 || tl >= sizeof out->text)
			continue;
		memcpy(out->text, to, tl + 1);
		for (char *p = out->text; *p; p++)
			if (*p == '_')
				*p = ' ';
		return 1;
	}
	return 0;
}

/* The longest REP prefix entry ("^i i_", "^inden inden_") that w starts
 * with and goes beyond; its length, or 0. */
static size_t
rep_prefix(const struct rule_ctx *ctx, const char *w, size_t n)
{
	size_t best = 0;
	for (size_t k = 0; k < reptable_count(ctx->rep); k++) {
		const char *from, *to;
		reptable_get(ctx->rep, k, &from, &to);
		size_t fl = strlen(from), tl = strlen(to);
		if (fl < 2 || from[0] != '^' || from[fl - 1] == '$' || tl != fl ||
		    to[tl - 1] != '_' || memcmp(from + 1, to, fl - 1) != 0)
			continue;
		if (fl - 1 < n && fl - 1 > best && memcmp(w, from + 1, fl - 1) == 0)
			best = fl - 1;
	}
	return best;
}

static int
part_ok(const struct rule_ctx *ctx, const char *p, size_t n, int first)
{
	/* One-letter parts only where the REP table has them ("i"). */
	if (n < 2 && !(first && rep_prefix(ctx, p, n + 1) == n))
		return 0;
	return known(ctx, p, n) && lm_is_plain(p, n);
}

static void
put(struct split *s, const char *const *p, const size_t *n, int k, unsigned long score)
{
	size_t o = 0;
	for (int i = 0; i < k; i++) {
		if (i)
			s->text[o++] = ' ';
		memcpy(s->text + o, p[i], n[i]);
		o += n[i];
	}
	s->text[o] = '\0';
	s->score = score;
}

/* The best split of w into two (or, with three set, three) parts by pair
 * counts. */
static int
best_split(const struct rule_ctx *ctx, const char *w, size_t n, int three,
	   struct split *best)
{
	best->score = 0;
	/* Pair counts first: they are cheap, hunspell is not. */
	for (size_t i = 1; i < n; i++) {
		if (utf8_cont(w[i]))
			continue;
		int head = -1;	/* part_ok(w[0..i)), asked once */
		unsigned long ab = freq_bigram(ctx->fq, w, i, w + i, n - i);
		if (ab >= RT_MIN_PAIR && ab > best->score &&
		    (head = part_ok(ctx, w, i, 1)) && part_ok(ctx, w + i, n - i, 0)) {
			const char *p[2] = { w, w + i };
			size_t l[2] = { i, n - i };
			put(best, p, l, 2, ab);
		}
		for (size_t j = i + 1; three && j < n; j++) {
			if (utf8_cont(w[j]))
				continue;
			ab = freq_bigram(ctx->fq, w, i, w + i, j - i);
			if (ab < RT_MIN_PAIR || ab <= best->score)
				continue;
			unsigned long bc = freq_bigram(ctx->fq, w + i, j - i, w + j, n - j);
			unsigned long sc = ab < bc ? ab : bc;
			if (sc < RT_MIN_PAIR || sc <= best->score)
				continue;
			if (head < 0)
				head = part_ok(ctx, w, i, 1);
			if (!head || !part_ok(ctx, w + i, j - i, 0) || !part_ok(ctx, w + j, n - j, 0))
				continue;
			const char *p[3] = { w, w + i, w + j };
			size_t l[3] = { i, j - i, n - j };
			put(best, p, l, 3, sc);
		}
	}
	return best->score >= RT_MIN_PAIR;
}

/* The fewest letters of a word glued to a number's digits, and to its
 * dot ("1000gange", "27.maj"): shorter ones are units and ordinal endings
 * ("5kg", "1ste", "2.g"). */
#define NUM_MIN_WORD 4
#define NUM_MIN_DOT_WORD 3

/* 1 when text[i] opens a stretch of text: the start, a blank, or an
 * opening bracket or quote after one ("»", "«", "„", "“", "‘"). */
static int
opens_stretch(const char *text, size_t i)
{
	const unsigned char *u = (const unsigned char *)text;
	if (i > 0 && text[i - 1] && strchr("([\"'", text[i - 1]))
		i--;
	else if (i >= 2 && u[i - 2] == 0xC2 && (u[i - 1] == 0xAB || u[i - 1] == 0xBB))
		i -= 2;
	else if (i >= 3 && u[i - 3] == 0xE2 && u[i - 2] == 0x80 &&
		 (u[i - 1] == 0x98 || u[i - 1] == 0x9C || u[i - 1] == 0x9E))
		i -= 3;
	return i == 0 || is_ascii_space(text[i - 1]);
}

/* 1 when nothing that continues a word follows text[e]: the end, a blank
 * or punctuation, but no hyphen, underscore, slash or "@"
 * ("1000gange-løbet", "2.maj/3.maj"), and no letter or digit after a dot
 * or an apostrophe ("1.maj.2024", "1000gange’s"). */
static int
ends_stretch(const char *text, size_t len, size_t e)
{
	if (e >= len || is_ascii_space(text[e]))
		return 1;
	size_t k = e;
	int32_t c = utf8_next(text, len, &k);
	if (c <= 0 || u_isalnum(c) || (c < 0x80 && strchr("-_/@", (int)c)))
		return 0;
	/* A dot, or an apostrophe ("1990’erne"), ends it only before no
	 * letter: then the stretch or a quotation ends. */
	if ((c != '.' && c != '\'' && c != 0x2019) || k >= len)
		return 1;
	c = utf8_next(text, len, &k);
	return !(c > 0 && u_isalnum(c));
}

/* 1 when w (lower case) is an ending a number takes with no space: a
 * decade's without its apostrophe ("1990erne", "8eren"), a matter of the
 * apostrophe, or an ordinal's ("7ende", "20ende"). */
static int
number_ending(const char *w, size_t n)
{
	static const char *const endings[] = { "erne", "ernes", "eren", "erens", "eres", "ende" };
	for (size_t k = 0; k < sizeof endings / sizeof endings[0]; k++)
		if (strlen(endings[k]) == n && memcmp(endings[k], w, n) == 0)
			return 1;
	return 0;
}

/* 1 when w is a word of the dictionary with a genitive's "s": glued
 * to digits, a name's ("1000bens fremtid", "mediet 247sports"). */
static int
genitive(const struct rule_ctx *ctx, const char *w, size_t n)
{
	return n > 1 && w[n - 1] == 's' && spl_check(ctx->sp, w, n - 1) == SPL_OK;
}

/* The end of the number at s[i]: digits, with a ',' or a '.' between
 * two of them ("10.000", "2,5"). */
static size_t
number_end(const char *s, size_t n, size_t i)
{
	while (i < n && ((s[i] >= '0' && s[i] <= '9') ||
			 ((s[i] == '.' || s[i] == ',') && i + 1 < n && s[i + 1] >= '0' &&
			  s[i + 1] <= '9')))
		i++;
	return i;
}

/* The end of the lower-case letters from s[b], their count in
 * *letters. */
static size_t
lower_end(const char *s, size_t n, size_t b, size_t *letters)
{
	*letters = 0;
	while (b < n) {
		size_t k = b;
		int32_t c = utf8_next(s, n, &k);
		if (c <= 0 || !u_islower(c))
			break;
		b = k;
		++*letters;
	}
	return b;
}

/* A number glued to a word: text[b..e), the word from w. */
struct glued {
	size_t b, w, e;
	int dot;
};

/* Where the number at text[i] (opens_stretch()) runs into a word, fills
 * g and returns 1: the number may hold a ',' or a thousands' '.' between
 * digits ("10.000", not the version "2.0beta"); the word after it, or
 * after its dot, is in lower case, a word of the dictionary,
 * NUM_MIN_WORD letters or more straight after the digits (no ending a
 * number takes, number_ending(), nor a genitive) and NUM_MIN_DOT_WORD
 * after a dot, and ends the stretch or meets punctuation (ends_stretch()).
 * Not inside a URL, a path or code (tok_is_nonword_chunk()).  *next is
 * where the scan goes on. */
static int
glued_at(const struct rule_ctx *ctx, size_t i, struct glued *g, size_t *next)
{
	const char *s = ctx->text;
	size_t len = ctx->len, j = number_end(s, len, i);
	*next = j;
	const char *last = s + j;
	while (last > s + i && last[-1] >= '0' && last[-1] <= '9')
		last--;
	if (last > s + i && last[-1] == '.' && s + j - last != 3)
		return 0;
	int dot = j < len && s[j] == '.';
	size_t b = j + (size_t)dot, letters, e = lower_end(s, len, b, &letters);
	size_t ce = e;
	while (ce < len && !is_ascii_space(s[ce]))
		ce++;
	if (letters < (dot ? NUM_MIN_DOT_WORD : NUM_MIN_WORD) || !ends_stretch(s, len, e) ||
	    (!dot && (number_ending(s + b, e - b) || genitive(ctx, s + b, e - b))) ||
	    tok_is_nonword_chunk(s + i, ce - i) || spl_check(ctx->sp, s + b, e - b) != SPL_OK)
		return 0;
	*g = (struct glued){ i, b, e, dot };
	*next = e;
	return 1;
}

/* Reports g.  After a dot the word wants a space ("27. maj"); straight
 * after the digits a plural a space ("1000 gange"), and any other form
 * a space or a hyphen: Danish joins a number to the word in a compound
 * ("10-årig", "1900-tallet"), and only the writer knows which is meant. */
static void
report_glued(const struct rule_ctx *ctx, const struct glued *g)
{
	const char *s = ctx->text;
	size_t n = g->e - g->b;
	int space = g->dot || spl_plural_indefinite(ctx->sp, s + g->w, g->e - g->w);
	char *word = xstrndup(s + g->b, n);
	struct buf msg = {0};
	if (space)
		buf_printf(&msg, _("no space after the number in '%s'"), word);
	else
		buf_printf(&msg, _("no space or hyphen after the number in '%s'"), word);
	free(word);
	struct finding *f = ctx->emit(ctx->ck, g->b, g->e, "run-together", s + g->b, n, msg.data);
	/* Only where the source holds just these letters: a fix over a
	 * tag would drop it. */
	if (f && space && f->len == n) {
		struct buf fix = {0};
		buf_add(&fix, s + g->b, g->w - g->b);
		buf_addc(&fix, ' ');
		buf_add(&fix, s + g->w, g->e - g->w);
		fnd_add_sug(f, fix.data);
	}
}

/* Counts in forms every number glued to lower-case letters in the
 * file's own text s[0..n), anywhere (a URL's "www.24timer.dk", a
 * directive, the page after the article): digits with ',' or '.'
 * between them, a dot or none, letters, as glued_at() takes them.  One
 * pass, so that a long file costs no more per number. */
static void
count_forms(const char *s, size_t n, struct strset *forms)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
			continue;
		size_t j = number_end(s, n, i), b = j + (j < n && s[j] == '.'), letters;
		size_t e = lower_end(s, n, b, &letters);
		if (letters > 0)
			strset_get(forms, s + i, e - i, 1)->value++;
		i = j;
	}
}

void
rule_glued_numbers(const struct rule_ctx *ctx)
{
	struct glued *v = NULL, g;
	size_t nv = 0, cap = 0;
	for (size_t i = 0, next; i < ctx->len; i++) {
		if (ctx->text[i] < '0' || ctx->text[i] > '9' || !opens_stretch(ctx->text, i))
			continue;
		if (glued_at(ctx, i, &g, &next)) {
			grow((void **)&v, &cap, nv + 1, sizeof *v);
			v[nv++] = g;
		}
		i = next;
	}
	if (nv == 0)
		return;
	/* A form the file's text holds twice or more is a name ("24timer",
	 * a newspaper). */
	struct strset forms = {0};
	if (ctx->source)
		count_forms(ctx->source, ctx->source_len, &forms);
	for (size_t k = 0; k < nv; k++) {
		struct strset_entry *f = strset_get(&forms, ctx->text + v[k].b, v[k].e - v[k].b, 0);
		if (!f || f->value < 2)
			report_glued(ctx, &v[k]);
	}
	strset_free(&forms);
	free(v);
}

void
rule_run_together(const struct rule_ctx *ctx)
{
	for (size_t i = 0; i < ctx->ntok; i++) {
		const struct token *t = &ctx->tok[i];
		const char *w = ctx->text + t->off;
		int v = ctx->verdict[i];
		if ((v != RV_OK && v != RV_UNKNOWN) || t->len >= LM_MAX_WORD ||
		    !lm_is_plain(w, t->len))
			continue;
		char low[LM_MAX_WORD];
		size_t n = freq_fold(w, t->len, low);
		struct split s;
		int found = rep_whole(ctx, low, n, &s);
		/* A word the dictionary rejects, or accepts only as a new
		 * compound that real text never uses ("tilgengæld"). */
		if (!found && ctx->fq && v == RV_UNKNOWN)
			found = best_split(ctx, low, n, 1, &s);
		/* A new compound splits in two only ("for så et" is no fix). */
		if (!found && ctx->fq && v == RV_OK && freq_word(ctx->fq, low, n) == 0 &&
		    best_split(ctx, low, n, 0, &s))
			found = spl_is_compound(ctx->sp, low, n);
		if (!found && ctx->fq && v == RV_OK) {
			/* An accepted word is split only where the REP table
			 * says so and real text agrees ("henover"). */
			size_t pl = rep_prefix(ctx, low, n);
			if (pl && known(ctx, low + pl, n - pl)) {
				unsigned long apart = freq_bigram(ctx->fq, low, pl, low + pl, n - pl);
				unsigned long together = freq_word(ctx->fq, low, n);
				if (apart >= RT_MIN_PAIR && apart >= RT_RATIO * (together + 1)) {
					const char *p[2] = { low, low + pl };
					size_t l[2] = { pl, n - pl };
					put(&s, p, l, 2, apart);
					found = 1;
				}
			}
		}
		if (!found)
			continue;
		char sug[LM_MAX_TEXT];
		lm_recase(w, t->len, s.text, strlen(s.text), sug);
		size_t before = ctx->fs->n;
		struct finding *f =
			rule_emit_word(ctx, t, "run-together", _("'%s' is written as separate words"));
		if (!f)
			continue;
		fnd_add_sug(f, xstrdup(sug));
		long old = ctx->finding[i];
		if (old >= 0 && ctx->fs->n == before + 1) {
			/* Take the unknown-word finding's place. */
			struct finding *o = &ctx->fs->v[old];
			fnd_free_one(o);
			*o = ctx->fs->v[--ctx->fs->n];
		}
	}
}

/* 1 when the code points of w[0..n) are all lower-case letters, or with
 * first set, a capital followed by lower-case letters; at least two. */
static int
cased(const char *w, size_t n, int first)
{
	size_t count = 0;
	for (size_t i = 0; i < n; count++) {
		int32_t c = utf8_next(w, n, &i);
		if (c <= 0 || !(count == 0 && first ? u_isupper(c) : u_islower(c)))
			return 0;
	}
	return count >= 2;
}

size_t
rule_lost_space(struct speller *sp, const char *w, size_t n)
{
	const char *dot = memchr(w, '.', n);
	size_t k = dot ? (size_t)(dot - w) : 0;
	if (k == 0 || memchr(dot + 1, '.', n - k - 1) || !cased(w, k, 0) ||
	    !cased(dot + 1, n - k - 1, 1) || spl_check(sp, dot + 1, n - k - 1) != SPL_OK ||
	    (spl_check(sp, w, k) != SPL_OK && spl_check(sp, w, k + 1) != SPL_OK))
		return 0;
	return k;
}
