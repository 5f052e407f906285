/* report_github.c - the GitHub annotation escaping: a message with '%',
 * CR and LF stays one workflow command; properties escape ',' and ':';
 * a range over several lines has no columns. */
#include "report.h"
#include "finding.h"
#include "source.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
	const char text[] = "Vi spisr her.\nNy linje.\n";
	struct source *src = src_from_memory("x,y:z.md", text, sizeof text - 1);
	struct findings fs = {0};
	fnd_add(&fs, 3, 5, SEV_WARNING, "unknown-word", "spisr", 5,
		strdup("100% sikker:\r\nny linje, ja"));
	/* A range over two lines: GitHub wants no columns then. */
	fnd_add(&fs, 9, 8, SEV_NOTE, "skipped", "", 0, strdup("x"));
	struct rep_options o = { .format = REP_GITHUB, .unit = UNIT_CODEPOINT };
	struct buf out = {0};
	rep_render(&o, src, &fs, &out);
	const char *want = "::warning file=x%2Cy%3Az.md,line=1,col=4,endColumn=9,"
			   "title=retstav unknown-word::100%25 sikker:%0D%0Any linje, ja\n"
			   "::notice file=x%2Cy%3Az.md,line=1,endLine=2,title=retstav skipped::x\n";
	int ok = out.data && strcmp(out.data, want) == 0;
	if (!ok)
		printf("got:  %s\nwant: %s", out.data ? out.data : "(null)", want);
	buf_free(&out);
	fnd_free(&fs);
	src_free(src);
	return ok ? 0 : 1;
}
