/* json.c - one JSON document {"diagnostics": [...], "summary": {...}};
 * each diagnostic carries positions, the word and ranked suggestions. */
#include "formats.h"

void
rep_json_render(const struct rep_options *o, const struct source *src,
		const struct findings *fs, struct buf *out)
{
	for (size_t i = 0; i < fs->n; i++) {
		const struct finding *f = &fs->v[i];
		unsigned line, col, eline, ecol;
		src_position(src, f->off, o->unit, &line, &col);
		src_position(src, f->off + f->len, o->unit, &eline, &ecol);
		buf_adds(out, ",\n  {\"file\": ");
		rep_json_string(out, src_name(src));
		buf_printf(out, ", \"line\": %u, \"column\": %u, \"end_line\": %u, "
			   "\"end_column\": %u, \"offset\": %zu, \"length\": %zu, "
			   "\"severity\": \"%s\", \"rule\": \"%s\", \"word\": ",
			   line, col, eline, ecol, f->off, f->len, sev_name(f->sev), f->rule);
		rep_json_string(out, f->word);
		buf_adds(out, ", \"message\": ");
		struct buf msg = {0};
		rep_message(f, o->nshow, &msg);
		rep_json_string(out, msg.data ? msg.data : "");
		buf_free(&msg);
		buf_adds(out, ", \"suggestions\": [");
		for (size_t k = 0; k < f->nsugs; k++) {
			if (k)
				buf_adds(out, ", ");
			rep_json_string(out, f->sugs[k]);
		}
		buf_adds(out, "]}");
	}
}
