/* builder.h - what the front ends share: a view under construction (text
 * plus, unless it is the source itself, a map to source offsets), the
 * retstav directives found in comments or lines, and the entity decoder.
 * Internal to src/markup/. */
#ifndef RETSTAV_MARKUP_BUILDER_H
#define RETSTAV_MARKUP_BUILDER_H

#include <stddef.h>

#include "../finding.h"
#include "../source.h"
#include "../util.h"
#include "markup.h"

struct mkb {
	const struct source *src;
	struct findings *fs;
	struct buf text;
	size_t *map;		/* NULL in identity mode */
	size_t mapcap;
	int identity;		/* view offset = source offset */
	struct mk_span *skip;	/* source ranges blanked at the end */
	size_t nskip, capskip;
	char **words;
	size_t nwords, capwords;
	int disabled;		/* inside "retstav: disable" */
	size_t disabled_from;
	struct mk_span *titles;	/* headings and table cells so far */
	size_t ntitles, captitles;
	int title_depth;	/* open ones (a table in a cell nests) */
	size_t title_from;	/* view offset where the outermost began */
};

/* Starts a builder for src.  identity: the view is the source text
 * itself (the caller adds nothing; no map is kept, and mkb_finish()
 * copies the text only when parts are blanked).  Free with mkb_free() or
 * hand the result over with mkb_finish(). */
void mkb_init(struct mkb *b, const struct source *src, struct findings *fs, int identity);
void mkb_free(struct mkb *b);

/* Appends s[0..n) that stands at source offset off byte for byte. */
void mkb_add(struct mkb *b, const char *s, size_t n, size_t off);
/* Appends s[0..n), the decoded form of source bytes [sb, se) (an entity). */
void mkb_add_decoded(struct mkb *b, const char *s, size_t n, size_t sb, size_t se);
/* Ends a block: a blank line, unless the text already ends with one. */
void mkb_break(struct mkb *b, size_t off);
/* Appends one separating space unless the text ends with white space. */
void mkb_space(struct mkb *b, size_t off);
/* Begins (enter 1) or ends (enter 0) a heading or a table cell: text
 * added between is no running text (struct view's titles). */
void mkb_title(struct mkb *b, int enter);
/* Leaves source bytes [sb, se) unchecked. */
void mkb_skip(struct mkb *b, size_t sb, size_t se);

/* When s[0..n) (a comment's content or a line, at source offset off) is a
 * directive ("retstav: ..."), applies it and returns 1; else returns 0.
 * An unknown directive is a warning in fs. */
int mkb_directive(struct mkb *b, const char *s, size_t n, size_t off);

/* Blanks the skipped ranges, closes an open "disable" and moves the text,
 * map and words into out (body_end is set to the end of the text). */
void mkb_finish(struct mkb *b, struct view *out);

/* Decodes the character reference at s[0..n) ("&aelig;", "&#248;",
 * "&#xF8;"): writes its UTF-8 form to out (room for 8 bytes) and returns
 * its length, setting *used to the bytes of s it spans; returns 0 when s
 * does not start with a known reference.  Named references are looked up
 * in gumbo's HTML5 table. */
size_t mk_decode_entity(const char *s, size_t n, char *out, size_t *used);

int mk_text(const struct source *src, const struct mk_options *opt,
	    struct view *out, struct findings *fs);
int mk_markdown(const struct source *src, const struct mk_options *opt,
		struct view *out, struct findings *fs);
int mk_html(const struct source *src, const struct mk_options *opt,
	    struct view *out, struct findings *fs);

#endif
