/* markup.c - unit tests for the front ends: character references and the
 * map from view bytes back to source offsets. */
#include "markup/builder.h"
#include "markup/markup.h"
#include "source.h"

#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond)) {                                                 \
			printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
			failures++;                                            \
		}                                                              \
	} while (0)

static void
test_entities(void)
{
	char out[8];
	size_t used = 0, n;
	n = mk_decode_entity("&aelig;bler", 11, out, &used);
	CHECK(n == 2 && memcmp(out, "æ", 2) == 0 && used == 7);
	n = mk_decode_entity("&#248;", 6, out, &used);
	CHECK(n == 2 && memcmp(out, "ø", 2) == 0 && used == 6);
	n = mk_decode_entity("&#xE5;x", 7, out, &used);
	CHECK(n == 2 && memcmp(out, "å", 2) == 0 && used == 6);
	/* gumbo's table, beyond the common ones */
	n = mk_decode_entity("&uuml;", 6, out, &used);
	CHECK(n == 2 && memcmp(out, "ü", 2) == 0 && used == 6);
	CHECK(mk_decode_entity("&nosuchthing;", 13, out, &used) == 0);
	CHECK(mk_decode_entity("&aelig", 6, out, &used) == 0);
	CHECK(mk_decode_entity("&#;", 3, out, &used) == 0);
	n = mk_decode_entity("&#0;", 4, out, &used);
	CHECK(n == 3 && memcmp(out, "\xEF\xBF\xBD", 3) == 0);
}

/* The view offset of the first occurrence of word, or -1. */
static long
find(const struct view *v, const char *word)
{
	const char *p = memmem(v->text, v->len, word, strlen(word));
	return p ? (long)(p - v->text) : -1;
}

static void
test_markdown_map(void)
{
	static const char md[] =
		"# **Dan**mark\n\nEn \\*stjerne\\* og s&oslash;ster i `kode`.\n";
	struct source *src = src_from_memory("t.md", md, sizeof md - 1);
	struct mk_options opt = { .format = MK_MARKDOWN };
	struct findings fs = {0};
	struct view v;
	CHECK(mk_build(src, &opt, &v, &fs) == 0);
	long d = find(&v, "Danmark");
	CHECK(d >= 0);
	if (d >= 0) {
		CHECK(mk_source_offset(&v, (size_t)d) == 4);	/* "Dan" */
		CHECK(mk_source_offset(&v, (size_t)d + 3) == 9);	/* "mark" */
	}
	long s = find(&v, "*stjerne*");
	CHECK(s >= 0);
	if (s >= 0)
		CHECK(mk_source_offset(&v, (size_t)s) == (size_t)(strstr(md, "\\*") - md + 1));
	long o = find(&v, "søster");
	CHECK(o >= 0);
	if (o >= 0) {
		size_t at = (size_t)(strstr(md, "s&oslash;") - md);
		CHECK(mk_source_offset(&v, (size_t)o) == at);
		CHECK(mk_source_offset(&v, (size_t)o + 1) == at + 1);	/* "ø" starts at the '&' */
		/* the last byte of "ø" maps to the reference's ';' */
		CHECK(mk_source_offset(&v, (size_t)o + 2) == at + 8);
		CHECK(mk_source_offset(&v, (size_t)o + 3) == at + 9);	/* "ster" */
	}
	CHECK(find(&v, "kode") < 0);
	mk_view_free(&v);
	fnd_free(&fs);
	src_free(src);
}

static void
test_html_map(void)
{
	static const char html[] = "<p title=\"&aring;r\">Et &aelig;ble &amp; <code>x</code>"
				   "<b>Dan</b>mark</p><p lang=\"en\">English</p>";
	struct source *src = src_from_memory("t.html", html, sizeof html - 1);
	struct mk_options opt = { .format = MK_HTML };
	struct findings fs = {0};
	struct view v;
	CHECK(mk_build(src, &opt, &v, &fs) == 0);
	long a = find(&v, "år");
	CHECK(a >= 0 && mk_source_offset(&v, (size_t)a) == 10);
	long e = find(&v, "æble");
	CHECK(e >= 0);
	if (e >= 0) {
		size_t at = (size_t)(strstr(html, "&aelig;") - html);
		CHECK(mk_source_offset(&v, (size_t)e) == at);
		CHECK(mk_source_offset(&v, (size_t)e + 2) == at + 7);	/* "ble" */
	}
	CHECK(find(&v, "& ") >= 0);
	long d = find(&v, "Danmark");
	CHECK(d >= 0 && mk_source_offset(&v, (size_t)d + 3) ==
				(size_t)(strstr(html, "mark") - html));
	CHECK(find(&v, "English") < 0);
	CHECK(find(&v, "x") < 0);
	mk_view_free(&v);
	fnd_free(&fs);
	src_free(src);
}

static void
test_text_blanks(void)
{
	static const char txt[] =
		"Borgerne i byen har længe ventet på den nye bro over åen.\n"
		"(Foto: Anna Berg/Ritzau)\n"
		"retstav: words Kvabbel\n"
		"Læses lige nu\n"
		"Annoncer her.\n";
	struct source *src = src_from_memory("t.txt", txt, sizeof txt - 1);
	struct mk_options opt = { .format = MK_TEXT };
	struct findings fs = {0};
	struct view v;
	CHECK(mk_build(src, &opt, &v, &fs) == 0);
	CHECK(v.len == sizeof txt - 1 && v.map == NULL);
	CHECK(find(&v, "Anna") < 0 && find(&v, "(Foto:") >= 0);
	CHECK(find(&v, "retstav") < 0);
	CHECK(v.nwords == 1 && strcmp(v.words[0], "Kvabbel") == 0);
	CHECK(v.body_end == (size_t)(strstr(txt, "Læses") - txt));
	CHECK(fs.n == 1 && strcmp(fs.v[0].rule, "skipped") == 0);
	mk_view_free(&v);
	fnd_free(&fs);
	src_free(src);
}

/* mk_span_has(): inside a span, e exclusive, between and outside. */
static void
test_spans(void)
{
	const struct mk_span s[] = { { 2, 5 }, { 8, 9 }, { 20, 30 } };
	CHECK(!mk_span_has(s, 3, 0) && !mk_span_has(s, 3, 1));
	CHECK(mk_span_has(s, 3, 2) && mk_span_has(s, 3, 4) && !mk_span_has(s, 3, 5));
	CHECK(!mk_span_has(s, 3, 7) && mk_span_has(s, 3, 8) && !mk_span_has(s, 3, 9));
	CHECK(mk_span_has(s, 3, 29) && !mk_span_has(s, 3, 30) && !mk_span_has(s, 3, 99));
	CHECK(!mk_span_has(s, 0, 3) && !mk_span_has(NULL, 0, 0));
}

int
main(void)
{
	test_spans();
	test_entities();
	test_markdown_map();
	test_html_map();
	test_text_blanks();
	if (failures)
		printf("%d failures\n", failures);
	return failures != 0;
}
