/* Unit test of lm_rep_ending() (rules/lm.c): only REP entries anchored
 * at the end of the word count, and only the whole ending. */
#include "rules/lm.h"
#include "test.h"

#include <stdlib.h>
#include <unistd.h>

static int
rep(const struct reptable *rt, const char *w, const char *v)
{
	return lm_rep_ending(rt, w, strlen(w), v, strlen(v));
}

int
main(void)
{
	static const char aff[] = "SET UTF-8\n"
				  "REP 5\n"
				  "REP ene$ erne\n"
				  "REP ede$ te\n"
				  "REP ^u in\n"
				  "REP k g\n"
				  "REP $_ ._\n";
	char path[] = "/tmp/retstav-rep-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0 || write(fd, aff, sizeof aff - 1) != (ssize_t)(sizeof aff - 1)) {
		perror("temp file");
		return 1;
	}
	close(fd);
	struct reptable *rt = reptable_load(path);
	unlink(path);
	EXPECT_EQ_U(reptable_count(rt), 5);

	EXPECT(rep(rt, "vejspærringene", "vejspærringerne"));
	EXPECT(rep(rt, "låsede", "låste"));
	EXPECT(rep(rt, "ene", "erne"));		/* the whole word is the ending */
	EXPECT(!rep(rt, "vejspærringerne", "vejspærringene"));	/* one way only */
	EXPECT(!rep(rt, "genet", "gernet"));	/* "ene" not at the end */
	EXPECT(!rep(rt, "hundene", "katterne"));	/* the stems differ */
	EXPECT(!rep(rt, "ueffektiv", "ineffektiv"));	/* anchored at the start */
	EXPECT(!rep(rt, "kage", "gage"));	/* not anchored */
	EXPECT(!rep(rt, "dvs", "dvs."));	/* a space entry is no ending */
	EXPECT(!rep(NULL, "vejspærringene", "vejspærringerne"));
	reptable_free(rt);
	return TEST_DONE();
}
