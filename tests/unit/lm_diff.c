/* Unit test of lm_diff() (rules/lm.c): where two words differ, in bytes,
 * with the shared start taken first. */
#include "rules/lm.h"
#include "test.h"

static void
diff(const char *w, const char *v, size_t p, size_t q)
{
	size_t gp = 99, gq = 99;
	lm_diff(w, strlen(w), v, strlen(v), &gp, &gq);
	EXPECT_EQ_U(gp, p);
	EXPECT_EQ_U(gq, q);
}

int
main(void)
{
	diff("løntab", "løngab", 4, 2);		/* one byte changed */
	diff("fiskebåd", "fiskerbåd", 5, 4);	/* one inserted */
	diff("fiskerbåd", "fiskebåd", 5, 4);	/* one lost */
	diff("hus", "hus", 3, 0);		/* no change: all shared at the start */
	diff("aa", "aaa", 2, 0);		/* a letter of a run: the start first */
	diff("mode", "møde", 1, 2);		/* a two-byte letter */
	diff("æ", "ø", 1, 0);			/* inside a letter: C3 A6, C3 B8 */
	diff("", "ab", 0, 0);
	diff("ab", "ba", 0, 0);
	return TEST_DONE();
}
