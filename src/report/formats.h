/* formats.h - the per-format renderers behind report.c. */
#ifndef RETSTAV_REPORT_FORMATS_H
#define RETSTAV_REPORT_FORMATS_H

#include "../report.h"
#include "../strset.h"

void rep_gcc_render(const struct rep_options *o, const struct source *src,
		    const struct findings *fs, struct buf *out);
void rep_json_render(const struct rep_options *o, const struct source *src,
		     const struct findings *fs, struct buf *out);

void rep_sarif_render(const struct rep_options *o, const struct source *src,
		      const struct findings *fs, struct buf *out);
void rep_github_render(const struct rep_options *o, const struct source *src,
		       const struct findings *fs, struct buf *out);
/* SARIF's framing: the run up to "results": [, and its close. */
void rep_sarif_begin(const struct rep_options *o, FILE *out);
void rep_sarif_end(const struct rep_summary *s, int any, FILE *out);

#endif
