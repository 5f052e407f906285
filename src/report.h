/* report.h - one reporter interface, one file per format.  Workers render
 * a file's findings into a buffer (rep_render is thread-safe); the main
 * thread emits the buffers in input order and closes the document. */
#ifndef RETSTAV_REPORT_H
#define RETSTAV_REPORT_H

#include <stdio.h>

#include "finding.h"
#include "source.h"
#include "util.h"

enum rep_format {
	REP_GCC,
	REP_JSON,
	REP_LIST,
	REP_SARIF,
	REP_GITHUB
};

struct rep_options {
	enum rep_format format;
	enum src_unit unit;
	int show_source;
	size_t nshow;		/* suggestions named in a message */
};

struct rep_summary {
	unsigned long files, files_failed;
	unsigned long count[3];	/* by severity: note, warning, error */
};

/* Parses a format name; returns -1 when unknown. */
int rep_parse_format(const char *s);

/* Appends the findings of one file, rendered, to out. */
void rep_render(const struct rep_options *o, const struct source *src,
		const struct findings *fs, struct buf *out);

struct reporter;

/* Returns a new reporter writing to out; free with rep_free(). */
struct reporter *rep_new(const struct rep_options *o, FILE *out);
/* Writes the opening of the document (JSON, SARIF). */
void rep_begin(struct reporter *r);
/* Writes one file's rendered chunk, in input order. */
void rep_emit(struct reporter *r, const struct buf *chunk);
/* Writes the closing of the document with the summary. */
void rep_end(struct reporter *r, const struct rep_summary *s);
void rep_free(struct reporter *r);

/* The finding's message with up to nshow suggestions, translated. */
void rep_message(const struct finding *f, size_t nshow, struct buf *out);
/* Appends s as a JSON string (quoted, escaped; bad UTF-8 -> U+FFFD). */
void rep_json_string(struct buf *out, const char *s);

#endif
