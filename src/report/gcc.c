/* gcc.c - "FILE:LINE:COL: SEVERITY: MESSAGE [RULE]", the format compilers'
 * users' tools already parse; --show-source adds the line and a caret. */
#include "formats.h"

#include <string.h>

#define SHOW_CONTEXT 60	/* code points shown each side in a long line */

/* Prints the finding's line and a caret under the word; a long line is
 * cut to SHOW_CONTEXT code points each side, so that the output stays
 * linear in the input however many findings a long line has. */
static void
show_source(const struct source *src, const struct finding *f, unsigned line,
	    struct buf *out)
{
	size_t ls, le, len;
	const char *text = src_text(src, &len);
	src_line(src, line, &ls, &le);
	if (line == 1 && ls < src_start(src))
		ls = src_start(src);
	size_t off = f->off < ls ? ls : f->off > le ? le : f->off;
	size_t ws = off, we = f->off + f->len < le ? f->off + f->len : le;
	if (we < off)
		we = off;
	for (int k = 0; k < SHOW_CONTEXT && ws > ls; k++)
		while (--ws > ls && utf8_cont(text[ws]))
			;
	for (int k = 0; k < SHOW_CONTEXT && we < le; k++)
		while (++we < le && utf8_cont(text[we]))
			;
	int pre = ws > ls, post = we < le;
	buf_adds(out, pre ? "  ..." : "  ");
	for (size_t i = ws; i < we; i++)
		buf_addc(out, text[i] == '\t' ? ' ' : text[i]);
	buf_adds(out, post ? "...\n  " : "\n  ");
	/* The caret goes under the code point column of the shown text. */
	if (pre)
		buf_adds(out, "   ");
	for (size_t i = ws; i < off; i++)
		if (!utf8_cont(text[i]))
			buf_addc(out, ' ');
	buf_addc(out, '^');
	size_t end = f->off + f->len < le ? f->off + f->len : le;
	size_t i = off;
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
			show_source(src, f, line, out);
	}
}
