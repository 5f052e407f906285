/* sarif.c - SARIF 2.1.0 for code-scanning tabs: one run whose driver lists
 * every rule, one result per finding with a physical location relative to
 * the working directory (uriBaseId SRCROOT), and one fix per suggestion.
 * report.c writes the run's framing; this file renders the results. */
#include "formats.h"
#include "../rules/rules.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef VERSION
#define VERSION "0.1"
#endif

/* RFC 3986: keep unreserved characters and '/'; percent-encode the rest,
 * so that spaces, '%', ':' and non-ASCII bytes survive as a URI. */
static void
uri_escape(struct buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
		    c == '~' || c == '/') {
			buf_addc(out, (char)c);
		} else {
			buf_addc(out, '%');
			buf_addc(out, hex[c >> 4]);
			buf_addc(out, hex[c & 15]);
		}
	}
}

/* The working directory, read once: workers render concurrently. */
static char cwd[PATH_MAX];
static pthread_once_t cwd_once = PTHREAD_ONCE_INIT;

static void
read_cwd(void)
{
	if (!getcwd(cwd, sizeof cwd))
		cwd[0] = '\0';
}

/* "artifactLocation": relative names go under SRCROOT (the working
 * directory); absolute ones under it are made relative, others stay
 * file:// URIs. */
static void
artifact_location(struct buf *out, const char *name)
{
	struct buf uri = {0};
	int rel = 1;

	pthread_once(&cwd_once, read_cwd);
	if (name[0] == '/') {
		size_t n = strlen(cwd);
		if (n > 1 && strncmp(name, cwd, n) == 0 && name[n] == '/') {
			name += n + 1;
		} else {
			buf_adds(&uri, "file://");
			rel = 0;
		}
	}
	while (rel && name[0] == '.' && name[1] == '/')
		name += 2;
	uri_escape(&uri, name);
	buf_adds(out, "\"artifactLocation\": {\"uri\": ");
	rep_json_string(out, uri.data ? uri.data : "");
	if (rel)
		buf_adds(out, ", \"uriBaseId\": \"SRCROOT\"");
	buf_addc(out, '}');
	buf_free(&uri);
}

static const char *
level(enum severity s)
{
	return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

/* SARIF counts columns in code points or UTF-16 units; bytes cannot be
 * stated, so a byte request is served in code points. */
static enum src_unit
sarif_unit(enum src_unit u)
{
	return u == UNIT_UTF16 ? UNIT_UTF16 : UNIT_CODEPOINT;
}

/* "key": {start and end line and column}; the end column is exclusive. */
static void
region(struct buf *out, const char *key, const struct rep_options *o,
       const struct source *src, const struct finding *f)
{
	unsigned line, col, eline, ecol;
	src_position(src, f->off, sarif_unit(o->unit), &line, &col);
	src_position(src, f->off + f->len, sarif_unit(o->unit), &eline, &ecol);
	buf_printf(out, "\"%s\": {\"startLine\": %u, \"startColumn\": %u, "
		   "\"endLine\": %u, \"endColumn\": %u}", key, line, col, eline, ecol);
}

void
rep_sarif_render(const struct rep_options *o, const struct source *src,
		 const struct findings *fs, struct buf *out)
{
	for (size_t i = 0; i < fs->n; i++) {
		const struct finding *f = &fs->v[i];
		struct buf msg = {0};
		rep_message(f, o->nshow, &msg);
		buf_printf(out, ",\n    {\"ruleId\": \"%s\", ", f->rule);
		if (rule_index(f->rule) >= 0)
			buf_printf(out, "\"ruleIndex\": %d, ", rule_index(f->rule));
		buf_printf(out, "\"level\": \"%s\", \"message\": {\"text\": ", level(f->sev));
		rep_json_string(out, msg.data ? msg.data : "");
		buf_free(&msg);
		buf_adds(out, "},\n     \"locations\": [{\"physicalLocation\": {");
		artifact_location(out, src_name(src));
		buf_adds(out, ", ");
		region(out, "region", o, src, f);
		buf_adds(out, "}}]");
		if (f->nsugs)
			buf_adds(out, ",\n     \"fixes\": [");
		for (size_t k = 0; k < f->nsugs; k++) {
			struct buf d = {0};
			buf_printf(&d, _("replace with '%s'"), f->sugs[k]);
			buf_adds(out, k ? ",\n       " : "\n       ");
			buf_adds(out, "{\"description\": {\"text\": ");
			rep_json_string(out, d.data);
			buf_free(&d);
			buf_adds(out, "}, \"artifactChanges\": [{");
			artifact_location(out, src_name(src));
			buf_adds(out, ", \"replacements\": [{");
			region(out, "deletedRegion", o, src, f);
			buf_adds(out, ", \"insertedContent\": {\"text\": ");
			rep_json_string(out, f->sugs[k]);
			buf_adds(out, "}}]}]}");
		}
		if (f->nsugs)
			buf_adds(out, "]");
		buf_addc(out, '}');
	}
}

void
rep_sarif_begin(const struct rep_options *o, FILE *out)
{
	struct buf b = {0};

	pthread_once(&cwd_once, read_cwd);
	buf_adds(&b, "{\"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n"
		 " \"version\": \"2.1.0\",\n \"runs\": [{\n"
		 "  \"tool\": {\"driver\": {\"name\": \"retstav\", \"version\": \"" VERSION "\",\n"
		 "   \"rules\": [");
	for (size_t i = 0; i < rule_count(); i++) {
		const struct rule_info *r = &rule_table[i];
		buf_printf(&b, "%s\n    {\"id\": \"%s\", \"shortDescription\": {\"text\": ",
			   i ? "," : "", r->id);
		rep_json_string(&b, _(r->desc));
		buf_printf(&b, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}", level(r->def));
	}
	buf_adds(&b, "]}},\n");
	if (cwd[0]) {
		struct buf uri = {0};
		buf_adds(&uri, "file://");
		uri_escape(&uri, cwd);
		if (uri.data[uri.len - 1] != '/')
			buf_addc(&uri, '/');
		buf_adds(&b, "  \"originalUriBaseIds\": {\"SRCROOT\": {\"uri\": ");
		rep_json_string(&b, uri.data);
		buf_adds(&b, "}},\n");
		buf_free(&uri);
	}
	buf_printf(&b, "  \"columnKind\": \"%s\",\n  \"results\": [",
		   sarif_unit(o->unit) == UNIT_UTF16 ? "utf16CodeUnits" : "unicodeCodePoints");
	fwrite(b.data, 1, b.len, out);
	buf_free(&b);
}

void
rep_sarif_end(const struct rep_summary *s, int any, FILE *out)
{
	fprintf(out, "%s],\n  \"invocations\": [{\"executionSuccessful\": %s}]\n }]\n}\n",
		any ? "\n  " : "", s->files_failed ? "false" : "true");
}
