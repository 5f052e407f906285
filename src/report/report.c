/* report.c - the reporter interface: format names, message text, JSON
 * string escaping, and the dispatch to one file per format. */
#include "../report.h"
#include "formats.h"
#include "../strset.h"

#include <stdlib.h>
#include <string.h>

struct reporter {
	struct rep_options o;
	FILE *out;
	unsigned long chunks;	/* non-empty chunks emitted */
	struct strset seen;	/* list format: words already listed */
};

int
rep_parse_format(const char *s)
{
	static const char *const names[] = { "gcc", "json", "list", "sarif", "github" };
	for (int i = 0; i < 5; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

void
rep_message(const struct finding *f, size_t nshow, struct buf *out)
{
	size_t n = f->nsugs < nshow ? f->nsugs : nshow;
	buf_adds(out, f->msg ? f->msg : "");
	if (n == 0)
		return;
	struct buf list = {0};
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(&list, i + 1 == n ? _(" or ") : ", ");
		buf_printf(&list, "'%s'", f->sugs[i]);
	}
	buf_printf(out, _("; did you mean %s?"), list.data);
	buf_free(&list);
}

void
rep_json_string(struct buf *out, const char *s)
{
	size_t n = strlen(s);
	buf_addc(out, '"');
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			buf_addc(out, '\\');
			buf_addc(out, (char)c);
			i++;
		} else if (c < 0x20) {
			static const char esc[] = "btn\0fr";
			if (c >= 8 && c <= 13 && c != 11 && esc[c - 8]) {
				buf_addc(out, '\\');
				buf_addc(out, esc[c - 8]);
			} else {
				buf_printf(out, "\\u%04x", c);
			}
			i++;
		} else if (c < 0x80) {
			buf_addc(out, (char)c);
			i++;
		} else {
			size_t k = utf8_valid_len((const unsigned char *)s + i, n - i);
			if (k == 0) {
				buf_adds(out, "\\ufffd");
				i++;
			} else {
				buf_add(out, s + i, k);
				i += k;
			}
		}
	}
	buf_addc(out, '"');
}

void
rep_render(const struct rep_options *o, const struct source *src,
	   const struct findings *fs, struct buf *out)
{
	switch (o->format) {
	case REP_JSON:
		rep_json_render(o, src, fs, out);
		break;
	case REP_SARIF:
		rep_sarif_render(o, src, fs, out);
		break;
	case REP_GITHUB:
		rep_github_render(o, src, fs, out);
		break;
	case REP_LIST:
		for (size_t i = 0; i < fs->n; i++)
			if (fs->v[i].sev >= SEV_WARNING && fs->v[i].word[0]) {
				buf_adds(out, fs->v[i].word);
				buf_addc(out, '\n');
			}
		break;
	default:
		rep_gcc_render(o, src, fs, out);
		break;
	}
}

struct reporter *
rep_new(const struct rep_options *o, FILE *out)
{
	struct reporter *r = xcalloc(1, sizeof *r);
	r->o = *o;
	r->out = out;
	return r;
}

void
rep_free(struct reporter *r)
{
	if (!r)
		return;
	strset_free(&r->seen);
	free(r);
}

void
rep_begin(struct reporter *r)
{
	if (r->o.format == REP_JSON)
		fputs("{\"diagnostics\": [", r->out);
	else if (r->o.format == REP_SARIF)
		rep_sarif_begin(&r->o, r->out);
}

void
rep_emit(struct reporter *r, const struct buf *chunk)
{
	if (chunk->len == 0)
		return;
	if (r->o.format == REP_JSON || r->o.format == REP_SARIF) {
		/* Each chunk opens with ",\n"; the first one needs no comma. */
		fputs(r->chunks ? "," : "", r->out);
		fwrite(chunk->data + 1, 1, chunk->len - 1, r->out);
	} else if (r->o.format == REP_LIST) {
		/* Each distinct word once over the whole run. */
		const char *p = chunk->data, *end = chunk->data + chunk->len;
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = (size_t)((nl ? nl : end) - p);
			struct strset_entry *e = strset_get(&r->seen, p, n, 1);
			if (!e->value++) {
				fwrite(p, 1, n, r->out);
				fputc('\n', r->out);
			}
			p += n + 1;
		}
	} else {
		fwrite(chunk->data, 1, chunk->len, r->out);
	}
	r->chunks++;
}

void
rep_end(struct reporter *r, const struct rep_summary *s)
{
	if (r->o.format == REP_SARIF)
		rep_sarif_end(s, r->chunks != 0, r->out);
	if (r->o.format == REP_JSON) {
		fprintf(r->out,
			"%s],\n \"summary\": {\"files\": %lu, \"files_failed\": %lu, "
			"\"errors\": %lu, \"warnings\": %lu, \"notes\": %lu}}\n",
			r->chunks ? "\n " : "", s->files, s->files_failed,
			s->count[SEV_ERROR], s->count[SEV_WARNING], s->count[SEV_NOTE]);
	}
}
