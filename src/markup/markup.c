/* markup.c - chooses the front end for a source (by name, then by
 * content) and owns the view it returns. */
#include "builder.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

int
mk_parse_format(const char *s)
{
	static const char *const names[] = { "auto", "text", "markdown", "html" };
	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

int
mk_span_has(const struct mk_span *s, size_t n, size_t o)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s[mid].e <= o)
			lo = mid + 1;
		else if (s[mid].b > o)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

static int
has_ext(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);
	return n > e && name[n - e - 1] == '.' && strcasecmp(name + n - e, ext) == 0;
}

static int
starts_ci(const char *s, size_t n, const char *lit)
{
	size_t l = strlen(lit);
	return n >= l && strncasecmp(s, lit, l) == 0;
}

/* No telling extension: markup shows in the first few kilobytes. */
static enum mk_format
sniff(const struct source *src)
{
	size_t len, i = src_start(src);
	const char *t = src_text(src, &len);
	size_t end = len < 4096 ? len : 4096;
	while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n'))
		i++;
	if (starts_ci(t + i, end - i, "<!doctype html") || starts_ci(t + i, end - i, "<html") ||
	    memmem(t + i, end - i, "<body", 5) || memmem(t + i, end - i, "<p>", 3))
		return MK_HTML;
	if (starts_ci(t + i, end - i, "---\n") || starts_ci(t + i, end - i, "+++\n"))
		return MK_MARKDOWN;
	int marks = 0;
	for (size_t k = i; k < end; k++) {
		if (k != i && t[k - 1] != '\n')
			continue;
		if (starts_ci(t + k, end - k, "# ") || starts_ci(t + k, end - k, "## ") ||
		    starts_ci(t + k, end - k, "```") || starts_ci(t + k, end - k, "- ") ||
		    starts_ci(t + k, end - k, "> "))
			marks++;
	}
	if (marks >= 2 || memmem(t + i, end - i, "](", 2))
		return MK_MARKDOWN;
	return MK_TEXT;
}

enum mk_format
mk_detect(const struct source *src)
{
	const char *name = src_name(src);
	if (has_ext(name, "md") || has_ext(name, "markdown"))
		return MK_MARKDOWN;
	if (has_ext(name, "html") || has_ext(name, "htm"))
		return MK_HTML;
	if (has_ext(name, "txt") || has_ext(name, "text"))
		return MK_TEXT;
	return sniff(src);
}

int
mk_build(const struct source *src, const struct mk_options *opt,
	 struct view *out, struct findings *fs)
{
	memset(out, 0, sizeof *out);
	enum mk_format f = opt->format == MK_AUTO ? mk_detect(src) : opt->format;
	switch (f) {
	case MK_MARKDOWN:
		return mk_markdown(src, opt, out, fs);
	case MK_HTML:
		return mk_html(src, opt, out, fs);
	default:
		return mk_text(src, opt, out, fs);
	}
}

void
mk_view_free(struct view *v)
{
	free(v->owned);
	free(v->map);
	for (size_t i = 0; i < v->nwords; i++)
		free(v->words[i]);
	free(v->words);
	free(v->titles);
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
