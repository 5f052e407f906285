/* terms.c - rule "unknown-term": a word the dictionary does not know that
 * a file uses in three places or more, spelled alike, and that no Danish
 * word lies near (or a word of the foreign dictionary: foreign_term()),
 * is a term of the text (a product or code name, trade
 * jargon: "backend", "favicon", "firstaccessiondate"), noted rather than
 * an error at each use.  Once every chunk is judged, rule_terms()
 * retags such unknown-word findings as unknown-term ones; the checker
 * then gives them that rule's severity. */
#include "lm.h"
#include "../freq.h"
#include "../speller.h"
#include "../util.h"

#include <stdlib.h>
#include <string.h>

/* Places a word must be used in.  Measured on the development sets: 2
 * took 0.2 more clean findings per 1k words away, but also typos a writer
 * repeated ("modultetssitet") and two real-word slips of the wild set. */
#define TERM_MIN_PLACES 3
/* Two uses are one place when this many bytes before them are alike: a
 * sentence copied whole is one use. */
#define TERM_PLACE_BYTES 16
/* A Danish word seen this often, one typing error or one or two restored
 * æ, ø or å away, makes the word a slip rather than a term.  The corpus
 * sees many real words only a few times ("definitivt" 4): 1 kept 13 more
 * clean findings per 170k words ("backend" is near a word seen twice),
 * 5 let a repeated slip of such a word pass as a term. */
#define TERM_NEAR_MIN 3

struct near {
	struct speller *sp;
	const struct freq *fq;
	unsigned long min;	/* the count a Danish word must reach */
	int found;
};

static void
consider(void *arg, const char *v, size_t n)
{
	struct near *b = arg;
	if (b->found || n < 2 || freq_word(b->fq, v, n) < b->min)
		return;
	b->found = spl_check(b->sp, v, n) == SPL_OK;
}

/* Could w be a term: lower-case ASCII letters with no "aa", "ae" or "oe"
 * (Danish typed without æ, ø and å: "aerligtalt", "laerende") and no
 * seen Danish word near?  A word with æ, ø or å was typed as Danish. */
static int
far_from_danish(const struct rule_ctx *ctx, const char *w, size_t n)
{
	if (n >= LM_MAX_WORD)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return 0;
	if (memmem(w, n, "aa", 2) || memmem(w, n, "ae", 2) || memmem(w, n, "oe", 2))
		return 0;
	struct near b = { .sp = ctx->sp, .fq = ctx->fq, .min = TERM_NEAR_MIN };
	lm_restore(w, n, 2, consider, &b);
	if (!b.found)
		lm_edits(ctx->rep, w, n, consider, &b);
	return !b.found;
}

/* A word of the foreign dictionary near a Danish one may still be a term
 * (foreign_term()): with this many letters or more ... */
#define TERM_FOREIGN_MIN 4
/* ... and no Danish word this common one typing error away ("till" is a
 * slip of "til", whatever English says).  Measured on the development
 * sets: 18 clean findings fewer, all in one CMS manual ("paragraph",
 * "automatic": the names of its components), no other figure changed;
 * 5000 instead took English words of the training text's forums too
 * ("object" for "objekt" in a news story). */
#define TERM_FOREIGN_COMMON 500

/* The longest neighbour english_beside() looks at (bytes). */
#define TERM_NEIGHBOUR_MAX 64

/* 1 when the ASCII word of source[b..e) is one the Danish dictionary
 * rejects and the foreign one knows ("grid", "slider"). */
static int
english_word(const struct rule_ctx *ctx, size_t b, size_t e)
{
	const char *w = ctx->source + b;
	return e > b && e - b < TERM_NEIGHBOUR_MAX && spl_check(ctx->sp, w, e - b) != SPL_OK &&
	       ctx->foreign_knows(ctx->ck, w, e - b);
}

static int
ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* 1 when a word right before or after finding f, on its line with only
 * blanks between, is English (english_word()): "Material grid
 * automatic", "en automatic paragraph". */
static int
english_beside(const struct rule_ctx *ctx, const struct finding *f)
{
	const char *s = ctx->source;
	size_t e = f->off, b;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	for (b = e; b > 0 && ascii_letter(s[b - 1]); b--)
		;
	if (e < f->off && english_word(ctx, b, e))
		return 1;
	b = f->off + f->len;
	while (b < ctx->source_len && (s[b] == ' ' || s[b] == '\t'))
		b++;
	for (e = b; e < ctx->source_len && ascii_letter(s[e]); e++)
		;
	return b > f->off + f->len && english_word(ctx, b, e);
}

/* Could w, which a Danish word lies near, still be a term: a word of the
 * foreign dictionary, TERM_FOREIGN_MIN letters or more, that no lost æ, ø
 * or å makes Danish (social media type "gore" for "gøre" throughout), no
 * slip of a common word, and that stands beside an English word in one
 * place at least (the findings v[0..nv))?  The Danish word near it is
 * then its translation, and the text names a thing in English ("Material
 * grid automatic"); in Danish prose the same word thrice is a writer's
 * habit, an error ("music" for "musik"). */
static int
foreign_term(const struct rule_ctx *ctx, const char *w, size_t n, struct finding *const *v, size_t nv)
{
	if (n >= LM_MAX_WORD || utf8_count(w, n) < TERM_FOREIGN_MIN || !ctx->foreign_knows(ctx->ck, w, n))
		return 0;
	size_t k = 0;
	while (k < nv && !english_beside(ctx, v[k]))
		k++;
	if (k == nv)
		return 0;
	struct near b = { .sp = ctx->sp, .fq = ctx->fq, .min = TERM_NEAR_MIN };
	lm_restore(w, n, 2, consider, &b);
	if (b.found)
		return 0;
	b.min = TERM_FOREIGN_COMMON;
	lm_edits(ctx->rep, w, n, consider, &b);
	return !b.found;
}

static int
by_word(const void *a, const void *b)
{
	const struct finding *const *x = a, *const *y = b;
	int c = strcmp((*x)->word, (*y)->word);
	return c ? c : ((*x)->off > (*y)->off) - ((*x)->off < (*y)->off);
}

/* Do the findings v[0..n) (one word's, by offset) stand in
 * TERM_MIN_PLACES places or more? */
static int
enough_places(const struct rule_ctx *ctx, struct finding *const *v, size_t n)
{
	size_t count = 0;
	for (size_t k = 0; k < n && count < TERM_MIN_PLACES; k++) {
		size_t ka = v[k]->off > TERM_PLACE_BYTES ? TERM_PLACE_BYTES : v[k]->off;
		int seen = 0;
		for (size_t m = 0; m < k && !seen; m++) {
			size_t ma = v[m]->off > TERM_PLACE_BYTES ? TERM_PLACE_BYTES : v[m]->off;
			seen = ka == ma && memcmp(ctx->source + v[k]->off - ka,
						  ctx->source + v[m]->off - ma, ka) == 0;
		}
		count += !seen;
	}
	return count >= TERM_MIN_PLACES;
}

void
rule_terms(const struct rule_ctx *ctx)
{
	struct findings *fs = ctx->fs;
	if (!ctx->fq || !ctx->source)
		return;
	struct finding **v = xmalloc((fs->n + 1) * sizeof(struct finding *));
	size_t n = 0;
	for (size_t i = 0; i < fs->n; i++)
		if (strcmp(fs->v[i].rule, "unknown-word") == 0)
			v[n++] = &fs->v[i];
	qsort(v, n, sizeof(struct finding *), by_word);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && strcmp(v[j]->word, v[i]->word) == 0; j++)
			;
		const char *w = v[i]->word;
		if (j - i < TERM_MIN_PLACES || !enough_places(ctx, v + i, j - i) ||
		    !(far_from_danish(ctx, w, strlen(w)) || foreign_term(ctx, w, strlen(w), v + i, j - i)))
			continue;
		for (size_t k = i; k < j; k++) {
			struct finding *f = v[k];
			struct buf msg = {0};
			buf_printf(&msg, _("'%s' is unknown, but this file uses it %zu times: a term?"),
				   w, j - i);
			free(f->msg);
			f->msg = msg.data;
			/* Its suggestions, two typing errors away, are noise. */
			fnd_drop_sugs(f);
			f->want_sugs = 0;
			f->rule = "unknown-term";
		}
	}
	free(v);
}
