/* Unit test of the suggestion ranking: the typo model's costs (typo.c),
 * the word-form index (lexicon.c) and the ranked lists of suggest.c with
 * and without neighbouring words.  Runs in tests/, with the data in
 * ../dictionaries and hunspell-da installed. */
#include "danish.h"
#include "lexicon.h"
#include "speller.h"
#include "suggest.h"
#include "typo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	failures++; } } while (0)

enum { AE = 0xE6, OE = 0xF8, AA = 0xE5 };	/* æ ø å */

static void
test_typo(const char *aff)
{
	struct typo *ty = typo_new(aff);
	/* The Danish keyboard: y sits between t and u, æ beside l and ø. */
	CHECK(typo_adjacent(ty, 'y', 't'));
	CHECK(typo_adjacent(ty, 't', 'y'));
	CHECK(typo_adjacent(ty, AE, 'l'));
	CHECK(typo_adjacent(ty, AE, OE));
	CHECK(typo_adjacent(ty, 's', 'x'));
	CHECK(!typo_adjacent(ty, 'a', 'p'));
	CHECK(!typo_adjacent(ty, 'q', 'm'));
	/* A neighbouring key costs less than a far one. */
	CHECK(typo_sub(ty, 'y', 't') < typo_sub(ty, 'p', 't'));
	CHECK(typo_sub(ty, 'p', 't') == TYPO_EDIT);
	/* A lost ring or stroke costs less than a neighbouring key. */
	CHECK(typo_sub(ty, 'o', OE) < typo_sub(ty, 'i', 'o'));
	CHECK(typo_sub(ty, 'a', AA) < typo_sub(ty, 's', 'a'));
	CHECK(typo_sub(ty, 'e', AE) < TYPO_EDIT / 2);
	/* The .aff's REP table: g for k. */
	CHECK(typo_sub(ty, 'g', 'k') < TYPO_EDIT);
	/* Doubling and undoubling are cheap; a lost ending cheaper than a
	 * lost letter inside. */
	CHECK(typo_extra(ty, 'l', 'l', 'e') < typo_extra(ty, 'q', 'l', 'e'));
	/* "jj" typed for nothing is one extra letter and its double, not
	 * two doublings. */
	CHECK(typo_extra(ty, 'j', 'e', 'j') > typo_extra(ty, 'j', 'j', 'l'));
	CHECK(typo_omit(ty, 'n', 'n', 0) < typo_omit(ty, 'n', 'a', 0));
	CHECK(typo_omit(ty, 't', 'l', 1) < typo_omit(ty, 't', 'l', 0));
	/* An unheard e is left out more often than another letter. */
	CHECK(typo_omit(ty, 'e', 'd', 0) < typo_omit(ty, 'i', 'd', 0));
	/* Haplology: a repeated syllable written once ("rere" as "re"),
	 * also with one letter between ("rio|ri" as "ri"); no repeat, no
	 * discount. */
	{
		const int32_t a[] = { 'o', 'r', 'e', 'r', 'e' };
		const int32_t b[] = { 'p', 'r', 'i', 'o', 'r', 'i' };
		const int32_t c[] = { 'o', 'r', 'e', 'r', 'a' };
		CHECK(typo_haplology(ty, a, 5, 2) > 0 && typo_haplology(ty, a, 5, 2) < TYPO_EDIT);
		CHECK(typo_haplology(ty, b, 6, 3) > 0 && typo_haplology(ty, b, 6, 3) < 2 * TYPO_EDIT);
		CHECK(typo_haplology(ty, c, 5, 2) == 0);
		CHECK(typo_haplology(ty, a, 5, 1) == 0);
	}
	CHECK(typo_swap(ty, 'e', 'r') < TYPO_EDIT);
	/* w and v sound alike; a far key does not. */
	CHECK(typo_sub(ty, 'w', 'v') < TYPO_EDIT && typo_sub(ty, 'v', 'w') < TYPO_EDIT);
	/* "aa" for å is among the multi-letter confusions. */
	size_t n;
	const struct typo_rep *r = typo_reps(ty, &n);
	int digraph = 0;
	for (size_t i = 0; i < n; i++)
		digraph |= r[i].ntyped == 2 && r[i].typed[0] == 'a' && r[i].typed[1] == 'a' &&
			   r[i].nmeant == 1 && r[i].meant[0] == AA;
	CHECK(digraph);
	/* A whole-word REP of the .aff. */
	const char *w = typo_whole(ty, "forlængst", strlen("forlængst"));
	CHECK(w && strcmp(w, "for længst") == 0);
	CHECK(typo_whole(ty, "hus", 3) == NULL);
	typo_free(ty);

	/* Without an .aff the keyboard is still Danish. */
	ty = typo_new(NULL);
	CHECK(typo_adjacent(ty, OE, AE));
	typo_free(ty);
}

static void
test_lexicon(void)
{
	struct lexicon *lx = lex_open("../dictionaries/da-sug.bin");
	CHECK(lx != NULL);
	if (!lx)
		return;
	CHECK(lex_size(lx) > 100000);
	const int32_t hus[] = { 'h', 'u', 's' }, huse[] = { 'h', 'u', 's', 'e' };
	const int32_t hsu[] = { 'h', 's', 'u' };
	CHECK(lex_lookup(lx, hus, 3) & LEX_WORD);
	CHECK(lex_lookup(lx, huse, 4) & LEX_WORD);
	CHECK(!(lex_lookup(lx, hsu, 3) & LEX_WORD));
	CHECK(lex_lookup(lx, hus, 0) == 0);
	lex_close(lx);

	char path[] = "/tmp/retstav-sug-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0 && write(fd, "RSSUG001\x05\0\0\0", 12) == 12);
	close(fd);
	CHECK(lex_open(path) == NULL);
	unlink(path);
	CHECK(lex_open("/nonexistent/da-sug.bin") == NULL);
}

/* The first suggestion for typo between left and right ("" for none),
 * as a static string ("" when there is none). */
static const char *
first(struct suggester *sg, struct speller *sp, const char *typo,
      const char *left, const char *right)
{
	static char best[128];
	struct sug_context ctx = { left, strlen(left), right, strlen(right) };
	char **list;
	size_t n = sug_suggest(sg, typo, strlen(typo), &ctx, &list, 5);
	best[0] = '\0';
	if (n)
		snprintf(best, sizeof best, "%s", list[0]);
	for (size_t i = 0; i < n; i++) {
		/* Every suggestion is a word the speller accepts (or a
		 * split into such words). */
		const char *sp1 = strchr(list[i], ' ');
		CHECK(sp1 || spl_check(sp, list[i], strlen(list[i])) == SPL_OK);
		CHECK(strcmp(list[i], typo) != 0);
	}
	spl_free_list(list, n);
	return best;
}

/* The rank of want among the first five suggestions, or -1. */
static int
rank_of(struct suggester *sg, const char *typo, const char *left, const char *right,
	const char *want)
{
	struct sug_context ctx = { left, strlen(left), right, strlen(right) };
	char **list;
	size_t n = sug_suggest(sg, typo, strlen(typo), &ctx, &list, 5);
	int r = -1;
	for (size_t i = 0; i < n && r < 0; i++)
		if (strcmp(list[i], want) == 0)
			r = (int)i;
	spl_free_list(list, n);
	return r;
}

static void
test_ranking(struct speller *sp)
{
	struct suggester *sg = sug_new(sp, "../dictionaries");
	/* Context decides between forms of one word. */
	CHECK(strcmp(first(sg, sp, "storr", "den", "by"), "store") == 0);
	CHECK(strcmp(first(sg, sp, "storr", "en", "by"), "stor") == 0);
	CHECK(strcmp(first(sg, sp, "storr", "et", "hus"), "stort") == 0);
	CHECK(strcmp(first(sg, sp, "nationa", "den", "strategi"), "nationale") == 0);
	CHECK(strcmp(first(sg, sp, "nationa", "en", "strategi"), "national") == 0);
	/* A neighbouring key: y typed for u. */
	CHECK(strcmp(first(sg, sp, "hyske", "at", "at"), "huske") == 0);
	/* A word's first letter is seldom the slip: "vunset" is "vundet"
	 * (s next to d), not the commoner "fundet" with a first letter
	 * changed too; "sisst" is "sidst", not "vist". */
	CHECK(strcmp(first(sg, sp, "vunset", "er", "her"), "vundet") == 0);
	CHECK(strcmp(first(sg, sp, "sisst", "er", "her"), "sidst") == 0);
	/* Lost æ/ø/å and their digraphs, doubled letters, swaps. */
	CHECK(strcmp(first(sg, sp, "haeren", "i", "og"), "hæren") == 0);
	CHECK(strcmp(first(sg, sp, "hoeje", "de", "huse"), "høje") == 0);
	CHECK(strcmp(first(sg, sp, "moedet", "i", "sluttede"), "mødet") == 0);
	CHECK(strcmp(first(sg, sp, "mennseke", "glad", ""), "menneske") == 0);
	CHECK(strcmp(first(sg, sp, "tilade", "at", "børnene"), "tillade") == 0);
	/* An unheard e left out; a repeated syllable written once. */
	CHECK(strcmp(first(sg, sp, "spørgsmålne", "alle", "blev"), "spørgsmålene") == 0);
	{
		int r = rank_of(sg, "universiter", "mange", "i", "universiteter");
		CHECK(r >= 0 && r < 3);
	}
	/* A letter swapped with the double beside it. */
	CHECK(strcmp(first(sg, sp, "gulliotine", "en", "i"), "guillotine") == 0);
	/* A loanword's sound spelled the Danish way. */
	CHECK(strcmp(first(sg, sp, "sjokolade", "en", "med"), "chokolade") == 0);
	/* A doubled letter lost at a compound's joint. */
	CHECK(strcmp(first(sg, sp, "posterminalbygning", "en", ""), "postterminalbygning") == 0);
	/* A compound no list holds, and two words run together. */
	CHECK(strcmp(first(sg, sp, "telefonkonferense", "en", "i"), "telefonkonference") == 0);
	CHECK(strcmp(first(sg, sp, "iforvejen", "vidste", "at"), "i forvejen") == 0);
	/* The typed casing is kept. */
	CHECK(strcmp(first(sg, sp, "Haeren", "", "rykkede"), "Hæren") == 0);
	CHECK(strcmp(first(sg, sp, "HYSKE", "", ""), "HUSKE") == 0);

	char **list;
	/* Candidates far less likely than the first are left out: one
	 * doubled letter explains "fejjl", nothing else comes close. */
	{
		struct sug_context ctx = { "en", 2, "i", 1 };
		size_t k = sug_suggest(sg, "fejjl", 5, &ctx, &list, 5);
		CHECK(k == 1 && strcmp(list[0], "fejl") == 0);
		spl_free_list(list, k);
	}
	CHECK(sug_suggest(sg, "storr", 5, NULL, &list, 0) == 0);
	size_t n = sug_suggest(sg, "storr", 5, NULL, &list, 2);
	CHECK(n == 2);
	spl_free_list(list, n);
	sug_free(sg);

	/* Without its index the suggester falls back on hunspell. */
	sg = sug_new(sp, "/nonexistent");
	n = sug_suggest(sg, "hsu", 3, NULL, &list, 3);
	CHECK(n > 0);
	spl_free_list(list, n);
	sug_free(sg);
}

int
main(void)
{
	struct speller *sp = test_open_danish();
	if (!sp)
		return 1;
	test_typo(spl_aff_path(sp));
	test_lexicon();
	test_ranking(sp);
	spl_free(sp);
	if (failures)
		fprintf(stderr, "%d checks failed\n", failures);
	return failures != 0;
}
