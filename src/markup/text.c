/* text.c - the plain-text front end: the view is the source itself. */
#include "markup.h"

int mk_text(const struct source *src, const struct mk_options *opt,
	    struct view *out, struct findings *fs);

int
mk_text(const struct source *src, const struct mk_options *opt,
	struct view *out, struct findings *fs)
{
	size_t len;
	(void)opt;
	(void)fs;
	out->text = src_text(src, &len);
	out->len = len;
	out->map = NULL;
	out->body_end = len;
	return 0;
}
