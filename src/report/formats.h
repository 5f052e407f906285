/* formats.h - the per-format renderers behind report.c. */
#ifndef RETSTAV_REPORT_FORMATS_H
#define RETSTAV_REPORT_FORMATS_H

#include "../report.h"
#include "../strset.h"

void rep_gcc_render(const struct rep_options *o, const struct source *src,
		    const struct findings *fs, struct buf *out);
void rep_json_render(const struct rep_options *o, const struct source *src,
		     const struct findings *fs, struct buf *out);

#endif
