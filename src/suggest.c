/* suggest.c - candidate corrections.  For now hunspell's own suggest. */
#include "suggest.h"
#include "util.h"

#include <stdlib.h>

struct suggester {
	struct speller *sp;
};

struct suggester *
sug_new(struct speller *sp, const char *datadir)
{
	struct suggester *sg = xcalloc(1, sizeof *sg);
	(void)datadir;
	sg->sp = sp;
	return sg;
}

void
sug_free(struct suggester *sg)
{
	free(sg);
}

size_t
sug_suggest(struct suggester *sg, const char *word, size_t len,
	    const struct sug_context *ctx, char ***out, size_t max)
{
	char *w = xstrndup(word, len);
	(void)ctx;
	size_t n = spl_hunspell_suggest(sg->sp, w, out, max);
	free(w);
	return n;
}
