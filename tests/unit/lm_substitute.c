/* Unit test of lm_substitute() (rules/lm.c): which forms a respelling
 * map gives, in which order, and where places and choices stop. */
#include "rules/lm.h"
#include "test.h"

#include <stdlib.h>

struct seen {
	char forms[64][LM_MAX_TEXT];
	size_t n;
};

static void
collect(void *arg, const char *cand, size_t len)
{
	struct seen *s = arg;
	if (s->n < 64 && len < LM_MAX_TEXT) {
		memcpy(s->forms[s->n], cand, len);
		s->forms[s->n][len] = '\0';
	}
	s->n++;
}

static struct seen
run(const char *w, const struct lm_subst *map, size_t nmap)
{
	struct seen s = {0};
	lm_substitute(w, strlen(w), map, nmap, collect, &s);
	return s;
}

int
main(void)
{
	static const struct lm_subst digraphs[] = {
		{ "aa", "å" }, { "ae", "æ" }, { "oe", "ø" }
	};
	/* Two places: each alone, then both; the first varies fastest. */
	struct seen s = run("graaboe", digraphs, 3);
	EXPECT_EQ_U(s.n, 3);
	EXPECT(strcmp(s.forms[0], "gråboe") == 0);
	EXPECT(strcmp(s.forms[1], "graabø") == 0);
	EXPECT(strcmp(s.forms[2], "gråbø") == 0);
	/* Places do not overlap: "aae" has the place "aa" only. */
	s = run("aae", digraphs, 3);
	EXPECT_EQ_U(s.n, 1);
	EXPECT(strcmp(s.forms[0], "åe") == 0);
	/* No place: no form. */
	s = run("hus", digraphs, 3);
	EXPECT_EQ_U(s.n, 0);
	/* Two choices at one place: 3 x 2 - 1 forms for "cx". */
	static const struct lm_subst loans[] = {
		{ "x", "ks" }, { "c", "k" }, { "c", "s" }, { "ck", "k" }
	};
	s = run("cx", loans, 4);
	EXPECT_EQ_U(s.n, 5);
	EXPECT(strcmp(s.forms[0], "kx") == 0);
	EXPECT(strcmp(s.forms[1], "sx") == 0);
	EXPECT(strcmp(s.forms[2], "cks") == 0);
	EXPECT(strcmp(s.forms[3], "kks") == 0);
	EXPECT(strcmp(s.forms[4], "sks") == 0);
	/* At most two choices, as long as the first: "ck" is no third. */
	s = run("ck", loans, 4);
	EXPECT_EQ_U(s.n, 2);
	/* At most four places: 2^4 - 1 forms of five "oe"s. */
	s = run("oeoeoeoeoe", digraphs, 3);
	EXPECT_EQ_U(s.n, 15);
	/* A form of LM_MAX_TEXT bytes or more is left out. */
	static const struct lm_subst grow[] = { { "x", "ks" } };
	char longw[LM_MAX_TEXT];
	memset(longw, 'a', sizeof longw - 1);
	longw[0] = 'x';
	longw[sizeof longw - 1] = '\0';	/* 255 bytes: "ks..." would be 256 */
	s = run(longw, grow, 1);
	EXPECT_EQ_U(s.n, 0);
	longw[sizeof longw - 2] = '\0';	/* 254 bytes: 255 fit */
	s = run(longw, grow, 1);
	EXPECT_EQ_U(s.n, 1);
	return TEST_DONE();
}
