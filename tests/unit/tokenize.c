/* Unit tests of the tokenizer: which words it yields, where, and with
 * which flags. */
#include "test.h"
#include "tokenize.h"

#include <stdlib.h>

static struct tokenizer *tk;

/* Tokenizes text and compares the words, joined by '|', to want. */
static void
words(const char *text, const char *want, int line)
{
	const struct token *t;
	size_t n = tok_run(tk, text, strlen(text), &t);
	char got[1024] = "";
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(got, "|");
		strncat(got, text + t[i].off, t[i].len);
	}
	if (strcmp(got, want) != 0) {
		printf("line %d: tokens of \"%s\"\n  got  %s\n  want %s\n", line, text, got, want);
		test_failures++;
	}
}

static unsigned
flags_of(const char *text, const char *word)
{
	const struct token *t;
	size_t n = tok_run(tk, text, strlen(text), &t);
	for (size_t i = 0; i < n; i++)
		if (t[i].len == strlen(word) && memcmp(text + t[i].off, word, t[i].len) == 0)
			return t[i].flags;
	return 0xFFFFFFFFu;
}

int
main(void)
{
	tk = tok_new();
	if (!tk)
		return 1;
	words("Det er en god dag.", "Det|er|en|god|dag", __LINE__);
	words("AI-infrastruktur og it-giganten", "AI-infrastruktur|og|it-giganten", __LINE__);
	words("SoMe-kæmpen og DeepSeek-chok", "SoMe-kæmpen|og|DeepSeek-chok", __LINE__);
	words("GPU’er og GPU'er og cd'en", "GPU’er|og|GPU'er|og|cd'en", __LINE__);
	words("bl.a. og f.eks. og cand.scient.", "bl.a|og|f.eks|og|cand.scient", __LINE__);
	/* Numbers, dates and times are no words; "60-årige" keeps its part. */
	words("27. maj 2026 kl. 17.58 og 60 mia. kr.", "maj|kl|og|mia|kr", __LINE__);
	words("i 1990'erne blev 60-årige", "i|blev|60-årige", __LINE__);
	/* URLs, mail, handles, hashtags, paths and domains are skipped. */
	words("se https://eksempel.dk/a?b=c nu", "se|nu", __LINE__);
	words("mail navn@eksempel.dk eller @retstav og #dkpol", "mail|eller|og", __LINE__);
	words("filen /usr/share/x.txt og ~/a/b samt www.dr.dk og dr.dk.", "filen|og|samt|og", __LINE__);
	/* So are code identifiers; underscores around a word mark emphasis. */
	words("feltet email_confirmation og MAX_WORD, men _skal_ er fremhævet",
	      "feltet|og|men|_skal_|er|fremhævet", __LINE__);
	/* So are assignments of code or queries, and file names with a
	 * common extension; an abbreviation or a lost space is not. */
	words("sæt term.type=\"bog\" og phrase.language=dansk", "sæt|og", __LINE__);
	words("ret artikel.txt, (launch.json) og config.yaml.", "ret|og", __LINE__);
	words("bl.a. og cand.mag. og huset.derefter", "bl.a|og|cand.mag|og|huset.derefter",
	      __LINE__);
	/* Emphasis beside a quote, an ellipsis or a hyphen is no code. */
	words("»_skal_« og “_ikke_” og _nu_… og _EU_-landene",
	      "_skal_|og|_ikke_|og|_nu_|og|_EU_-landene", __LINE__);
	/* Lone dashes are punctuation. */
	words("ja - nej – måske — vel", "ja|nej|måske|vel", __LINE__);
	/* "A/S" and "og/eller" are joined; the parts are judged later. */
	words("Firma A/S og/eller ApS", "Firma|A/S|og/eller|ApS", __LINE__);
	/* A 1 MB run of letters is no word. */
	{
		size_t n = 1 << 20;
		char *big = malloc(n + 8);
		memset(big, 'a', n);
		strcpy(big + n, " ord");
		words(big, "ord", __LINE__);
		free(big);
	}
	/* Flags. */
	EXPECT(flags_of("Hun kom. Han gik.", "Han") & TOK_SENT);
	EXPECT(!(flags_of("Hun mødte Han Solo.", "Han") & TOK_SENT));
	EXPECT(flags_of("Overskrift\n\nMeta vil", "Meta") & TOK_SENT);
	EXPECT(flags_of("\"Vi går,\" siger Meta.", "Vi") & TOK_SENT);
	EXPECT(flags_of("pct. af dem", "pct") & TOK_DOT);
	EXPECT(flags_of("CMS- og webløsninger", "CMS") & TOK_SUSPENDED);
	EXPECT(flags_of("AI-infrastruktur", "AI-infrastruktur") & TOK_COMPOUND);
	EXPECT(flags_of("et DeepSeek-chok", "DeepSeek-chok") & TOK_UPPER);
	/* Offsets are bytes into the text. */
	{
		const char *s = "Ærø og Ålborg";
		const struct token *t;
		size_t n = tok_run(tk, s, strlen(s), &t);
		EXPECT_EQ_U(n, 3);
		EXPECT_EQ_U(t[1].off, 6);
		EXPECT_EQ_U(t[2].off, 9);
		EXPECT_EQ_U(t[2].len, 7);
	}
	/* Word shapes: letters only count. */
	EXPECT_EQ_U(tok_shape("globa", 5), SHAPE_LOWER);
	EXPECT_EQ_U(tok_shape("Zuckerberg", 10), SHAPE_CAPITAL);
	EXPECT_EQ_U(tok_shape("Østre", strlen("Østre")), SHAPE_CAPITAL);
	EXPECT_EQ_U(tok_shape("A", 1), SHAPE_CAPITAL);
	EXPECT_EQ_U(tok_shape("GPU", 3), SHAPE_UPPER);
	EXPECT_EQ_U(tok_shape("ÆØÅ", strlen("ÆØÅ")), SHAPE_UPPER);
	EXPECT_EQ_U(tok_shape("AI-chip", 7), SHAPE_CAMEL);
	EXPECT_EQ_U(tok_shape("DeepSeek", 8), SHAPE_CAMEL);
	EXPECT_EQ_U(tok_shape("iPhone", 6), SHAPE_CAMEL);
	EXPECT_EQ_U(tok_shape("cd'en", 5), SHAPE_LOWER);
	EXPECT_EQ_U(tok_shape("1990'erne", 9), SHAPE_LOWER);
	EXPECT_EQ_U(tok_shape("GPU'er", 6), SHAPE_CAMEL);
	tok_free(tk);
	return TEST_DONE();
}
