/* gcc.c - "FILE:LINE:COL: SEVERITY: MESSAGE [RULE]", the format compilers'
 * users' tools already parse; --show-source adds the line and a caret. */
#include "formats.h"

#include <string.h>

static void
show_source(const struct rep_options *o, const struct source *src,
	    const struct finding *f, unsigned line, unsigned col, struct buf *out)
{
	size_t ls, le, len;
	const char *text = src_text(src, &len);
	src_line(src, line, &ls, &le);
	if (line == 1 && ls < src_start(src))
		ls = src_start(src);
	buf_adds(out, "  ");
	for (size_t i = ls; i < le; i++)
		buf_addc(out, text[i] == '\t' ? ' ' : text[i]);
	buf_adds(out, "\n  ");
	/* The caret goes under the code point column, whatever the unit. */
	unsigned cpcol = col, l2;
	if (o->unit != UNIT_CODEPOINT)
		src_position(src, f->off, UNIT_CODEPOINT, &l2, &cpcol);
	for (unsigned i = 1; i < cpcol; i++)
		buf_addc(out, ' ');
	buf_addc(out, '^');
	size_t end = f->off + f->len < le ? f->off + f->len : le;
	size_t i = f->off;
	if (i < end)
		utf8_next(text, end, &i);
	while (i < end) {
		utf8_next(text, end, &i);
		buf_addc(out, '~');
	}
	buf_addc(out, '\n');
}

void
rep_gcc_render(const struct rep_options *o, const struct source *src,
	       const struct findings *fs, struct buf *out)
{
	for (size_t i = 0; i < fs->n; i++) {
		const struct finding *f = &fs->v[i];
		unsigned line, col;
		src_position(src, f->off, o->unit, &line, &col);
		buf_printf(out, "%s:%u:%u: %s: ", src_name(src), line, col, sev_name(f->sev));
		rep_message(f, o->nshow, out);
		buf_printf(out, " [%s]\n", f->rule);
		if (o->show_source)
			show_source(o, src, f, line, col, out);
	}
}
