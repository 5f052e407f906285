/* github.c - GitHub Actions workflow commands, one annotation per finding:
 * "::warning file=F,line=L,col=C,endColumn=E,title=T::MESSAGE".  The
 * runner splits on ',' and '::', so values are escaped as the runner
 * unescapes them: '%', CR and LF everywhere, ':' and ',' in properties. */
#include "formats.h"

#include <string.h>

static void
escape(struct buf *out, const char *s, int property)
{
	for (; *s; s++) {
		switch (*s) {
		case '%':
			buf_adds(out, "%25");
			break;
		case '\r':
			buf_adds(out, "%0D");
			break;
		case '\n':
			buf_adds(out, "%0A");
			break;
		case ':':
			buf_adds(out, property ? "%3A" : ":");
			break;
		case ',':
			buf_adds(out, property ? "%2C" : ",");
			break;
		default:
			buf_addc(out, *s);
		}
	}
}

void
rep_github_render(const struct rep_options *o, const struct source *src,
		  const struct findings *fs, struct buf *out)
{
	const char *name = src_name(src);
	while (name[0] == '.' && name[1] == '/')
		name += 2;
	for (size_t i = 0; i < fs->n; i++) {
		const struct finding *f = &fs->v[i];
		unsigned line, col, eline, ecol;
		src_position(src, f->off, o->unit, &line, &col);
		src_position(src, f->off + f->len, o->unit, &eline, &ecol);
		buf_printf(out, "::%s file=", f->sev == SEV_ERROR ? "error" :
			   f->sev == SEV_WARNING ? "warning" : "notice");
		escape(out, name, 1);
		/* GitHub takes columns only for a range on one line; endColumn
		 * is exclusive, as in the JSON and SARIF output. */
		if (eline != line)
			buf_printf(out, ",line=%u,endLine=%u", line, eline);
		else if (ecol > col)
			buf_printf(out, ",line=%u,col=%u,endColumn=%u", line, col, ecol);
		else
			buf_printf(out, ",line=%u,col=%u", line, col);
		buf_adds(out, ",title=");
		struct buf t = {0};
		buf_printf(&t, "retstav %s", f->rule);
		escape(out, t.data, 1);
		buf_free(&t);
		buf_adds(out, "::");
		struct buf msg = {0};
		rep_message(f, o->nshow, &msg);
		escape(out, msg.data ? msg.data : "", 0);
		buf_free(&msg);
		buf_addc(out, '\n');
	}
}
