/* markup.h - front ends: a source -> the text to check (a view).  Plain
 * text is checked as it is, minus page furniture, credits and directive
 * lines (blanked, so offsets stay the same); Markdown and HTML become
 * their text content with a map back to source offsets, so that positions
 * are never computed from changed text. */
#ifndef RETSTAV_MARKUP_H
#define RETSTAV_MARKUP_H

#include <stddef.h>

#include "../finding.h"
#include "../source.h"

enum mk_format {
	MK_AUTO,
	MK_TEXT,
	MK_MARKDOWN,
	MK_HTML
};

/* A range of offsets (of the view, or of the source), e exclusive. */
struct mk_span {
	size_t b, e;
};

/* True when offset o lies in one of the n spans s (sorted, apart). */
int mk_span_has(const struct mk_span *s, size_t n, size_t o);

struct view {
	const char *text;	/* what the tokenizer reads (len bytes; not
				   NUL-terminated when it is the source's) */
	size_t len;
	char *owned;		/* text when it is not the source's own */
	size_t *map;		/* source offset of each view byte (len + 1
				   entries), or NULL: view offset = source
				   offset */
	size_t body_end;	/* view offset where checking stops */
	char **words;		/* owned: words accepted in this file only
				   ("retstav: words ..."), nwords of them */
	size_t nwords;
	struct mk_span *titles;	/* owned: headings and table cells, which
				   are no running text (sorted, apart) */
	size_t ntitles;
};

struct mk_options {
	enum mk_format format;
	int whole_file;		/* check page furniture too */
	/* NULL-terminated lists, or NULL for the defaults: lines that end
	 * the body of a plain-text article (a line equal to the marker,
	 * ignoring case, spaces and a final ':'; "/ERE/" is a regular
	 * expression matched against the line), and the front-matter keys
	 * of a Markdown file whose values are checked. */
	const char *const *body_end;
	const char *const *front_matter_keys;
};

/* The built-in body-end markers and front-matter keys (NULL-terminated). */
extern const char *const mk_default_body_end[];
extern const char *const mk_default_front_matter_keys[];

/* Parses "auto", "text", "markdown", "html"; returns -1 when unknown. */
int mk_parse_format(const char *s);
/* Picks the front end for src: by extension, then by content. */
enum mk_format mk_detect(const struct source *src);

/* Builds the view of src; notes about skipped parts and warnings about
 * unknown directives go to fs.  Returns 0, or -1 with a message.  Free the
 * view with mk_view_free(). */
int mk_build(const struct source *src, const struct mk_options *opt,
	     struct view *out, struct findings *fs);
void mk_view_free(struct view *v);

/* The source offset of view offset off. */
size_t mk_source_offset(const struct view *v, size_t off);

#endif
