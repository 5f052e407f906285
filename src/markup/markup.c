/* markup.c - chooses the front end for a source and owns the view. */
#include "markup.h"
#include "../util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

int mk_text(const struct source *src, const struct mk_options *opt,
	    struct view *out, struct findings *fs);

int
mk_parse_format(const char *s)
{
	static const char *const names[] = { "auto", "text", "markdown", "html" };
	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

static int
has_ext(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);
	return n > e && name[n - e - 1] == '.' && strcasecmp(name + n - e, ext) == 0;
}

enum mk_format
mk_detect(const struct source *src)
{
	const char *name = src_name(src);
	if (has_ext(name, "md") || has_ext(name, "markdown"))
		return MK_MARKDOWN;
	if (has_ext(name, "html") || has_ext(name, "htm"))
		return MK_HTML;
	return MK_TEXT;
}

int
mk_build(const struct source *src, const struct mk_options *opt,
	 struct view *out, struct findings *fs)
{
	memset(out, 0, sizeof *out);
	return mk_text(src, opt, out, fs);
}

void
mk_view_free(struct view *v)
{
	free(v->owned);
	free(v->map);
	memset(v, 0, sizeof *v);
}

size_t
mk_source_offset(const struct view *v, size_t off)
{
	if (!v->map)
		return off;
	if (off > v->len)
		off = v->len;
	return v->map[off];
}
