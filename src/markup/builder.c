/* builder.c - the view under construction that every front end fills:
 * text, the map back to source offsets, and the retstav directives
 * (ignore-next-line, disable/enable, words) with the source ranges they
 * leave unchecked.  Owns the buffers until mkb_finish() hands them over. */
#include "builder.h"

#include <gumbo.h>
#include <stdlib.h>
#include <string.h>

void
mkb_init(struct mkb *b, const struct source *src, struct findings *fs, int identity)
{
	memset(b, 0, sizeof *b);
	b->src = src;
	b->fs = fs;
	b->identity = identity;
}

void
mkb_free(struct mkb *b)
{
	buf_free(&b->text);
	free(b->map);
	free(b->skip);
	for (size_t i = 0; i < b->nwords; i++)
		free(b->words[i]);
	free(b->words);
	free(b->titles);
	memset(b, 0, sizeof *b);
}

static void
map_room(struct mkb *b, size_t n)
{
	if (!b->identity)
		grow((void **)&b->map, &b->mapcap, b->text.len + n + 1, sizeof *b->map);
}

void
mkb_add(struct mkb *b, const char *s, size_t n, size_t off)
{
	map_room(b, n);
	for (size_t i = 0; i < n && b->map; i++)
		b->map[b->text.len + i] = off + i;
	buf_add(&b->text, s, n);
}

void
mkb_add_decoded(struct mkb *b, const char *s, size_t n, size_t sb, size_t se)
{
	/* A soft hyphen (&shy;) is a break hint inside a word, not a
	 * character of it: leave it out, and the word stays whole. */
	if (n == 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xAD && !b->identity)
		return;
	map_room(b, n);
	/* The first byte maps to the reference's start and the last to its
	 * end, so a word ending in "&oslash;" spans the whole reference. */
	for (size_t i = 0; i < n && b->map; i++) {
		/* Never below sb: a reference shorter than its text (a
		 * control byte at offset 0 becoming U+FFFD) must not wrap. */
		size_t back = n - i;
		b->map[b->text.len + i] = i == 0 || se < sb + back ? sb : se - back;
	}
	buf_add(&b->text, s, n);
}

void
mkb_break(struct mkb *b, size_t off)
{
	size_t l = b->text.len;
	if (l == 0 || (l >= 2 && b->text.data[l - 1] == '\n' && b->text.data[l - 2] == '\n'))
		return;
	if (b->text.data[l - 1] == '\n')
		mkb_add_decoded(b, "\n", 1, off, off + 1);
	else
		mkb_add_decoded(b, "\n\n", 2, off, off + 1);
}

void
mkb_space(struct mkb *b, size_t off)
{
	size_t l = b->text.len;
	if (l == 0 || b->text.data[l - 1] == ' ' || b->text.data[l - 1] == '\n')
		return;
	mkb_add_decoded(b, " ", 1, off, off + 1);
}

void
mkb_skip(struct mkb *b, size_t sb, size_t se)
{
	if (se <= sb)
		return;
	grow((void **)&b->skip, &b->capskip, b->nskip + 1, sizeof *b->skip);
	b->skip[b->nskip++] = (struct mk_span){ sb, se };
}

void
mkb_title(struct mkb *b, int enter)
{
	if (enter) {
		if (b->title_depth++ == 0)
			b->title_from = b->text.len;
		return;
	}
	if (b->title_depth == 0 || --b->title_depth > 0 || b->text.len == b->title_from)
		return;
	grow((void **)&b->titles, &b->captitles, b->ntitles + 1, sizeof *b->titles);
	b->titles[b->ntitles++] = (struct mk_span){ b->title_from, b->text.len };
}

static void
add_word(struct mkb *b, const char *w, size_t n)
{
	grow((void **)&b->words, &b->capwords, b->nwords + 1, sizeof *b->words);
	b->words[b->nwords++] = xstrndup(w, n);
}

int
mkb_directive(struct mkb *b, const char *s, size_t n, size_t off)
{
	static const char tag[] = "retstav:";
	size_t i = 0, tl = sizeof tag - 1;
	while (i < n && is_ascii_space(s[i]))
		i++;
	if (n - i < tl || memcmp(s + i, tag, tl) != 0)
		return 0;
	size_t db = off + i;	/* the directive, for messages */
	i += tl;
	while (n > i && is_ascii_space(s[n - 1]))
		n--;
	while (i < n && is_ascii_space(s[i]))
		i++;
	size_t kb = i;
	while (i < n && !is_ascii_space(s[i]))
		i++;
	const char *kw = s + kb;
	size_t kn = i - kb;
	size_t dlen = off + n - db;
#define IS(lit) (kn == sizeof (lit) - 1 && memcmp(kw, (lit), kn) == 0)
	if (IS("ignore-next-line") && i == n) {
		unsigned line, col;
		size_t ls, le;
		src_position(b->src, off + n - 1, UNIT_BYTE, &line, &col);
		if (line < src_nlines(b->src)) {
			src_line(b->src, line + 1, &ls, &le);
			mkb_skip(b, ls, le);
		}
	} else if (IS("disable") && i == n) {
		if (!b->disabled) {
			b->disabled = 1;
			b->disabled_from = off;
		}
	} else if (IS("enable") && i == n) {
		if (b->disabled)
			mkb_skip(b, b->disabled_from, off + n);
		b->disabled = 0;
	} else if (IS("words") && i < n) {
		while (i < n) {
			while (i < n && is_ascii_space(s[i]))
				i++;
			size_t wb = i;
			while (i < n && !is_ascii_space(s[i]))
				i++;
			if (i > wb)
				add_word(b, s + wb, i - wb);
		}
	} else {
		struct buf m = {0};
		/* One line in the message, however the comment was wrapped. */
		char *what = xstrndup(s + kb, n - kb), *q = what;
		for (const char *p = what; *p; p++)
			if (!is_ascii_space(*p))
				*q++ = *p;
			else if (q > what && q[-1] != ' ')
				*q++ = ' ';
		*q = '\0';
		buf_printf(&m, _("unknown retstav directive '%s' (known: ignore-next-line, "
				 "disable, enable, words WORD...)"), what);
		free(what);
		fnd_add(b->fs, db, dlen, SEV_WARNING, "directive", s + kb, kn, m.data);
	}
#undef IS
	return 1;
}

static int
cmp_range(const void *x, const void *y)
{
	const struct mk_span *a = x, *c = y;
	return a->b < c->b ? -1 : a->b > c->b;
}

void
mkb_finish(struct mkb *b, struct view *out)
{
	size_t srclen;
	const char *srctext = src_text(b->src, &srclen);
	if (b->disabled)
		mkb_skip(b, b->disabled_from, srclen);
	if (b->identity && b->nskip == 0) {
		/* Nothing to blank: the view is the source's own text, so a
		 * large file is not held twice. */
		out->owned = NULL;
		out->text = srctext ? srctext : "";
		out->len = srclen;
		out->map = NULL;
		out->body_end = srclen;
		out->words = b->words;
		out->nwords = b->nwords;
		out->titles = b->titles;
		out->ntitles = b->ntitles;
		buf_free(&b->text);
		free(b->map);
		free(b->skip);
		memset(b, 0, sizeof *b);
		return;
	}
	if (b->identity)
		buf_add(&b->text, srctext, srclen);
	buf_add(&b->text, "", 0);	/* a NUL-terminated, non-NULL buffer */
	if (b->nskip) {
		qsort(b->skip, b->nskip, sizeof *b->skip, cmp_range);
		size_t k = 0;
		for (size_t i = 1; i < b->nskip; i++) {
			if (b->skip[i].b <= b->skip[k].e) {
				if (b->skip[i].e > b->skip[k].e)
					b->skip[k].e = b->skip[i].e;
			} else {
				b->skip[++k] = b->skip[i];
			}
		}
		b->nskip = k + 1;
		/* Blank rather than cut, so the offsets stay as they are. */
		for (size_t i = 0; i < b->text.len; i++) {
			size_t o = b->map ? b->map[i] : i;
			char c = b->text.data[i];
			if (c != '\n' && c != '\r' && mk_span_has(b->skip, b->nskip, o))
				b->text.data[i] = ' ';
		}
	}
	if (b->map) {
		map_room(b, 0);
		size_t l = b->text.len, slen;
		src_text(b->src, &slen);
		/* The end maps past the last byte, never past the source (a
		 * break the builder added at the end maps to the source end). */
		size_t end = l ? b->map[l - 1] + 1 : src_start(b->src);
		b->map[l] = end < slen ? end : slen;
	}
	out->owned = b->text.data;
	out->text = b->text.data;
	out->len = b->text.len;
	out->map = b->identity ? NULL : b->map;
	out->body_end = b->text.len;
	out->words = b->words;
	out->nwords = b->nwords;
	out->titles = b->titles;
	out->ntitles = b->ntitles;
	if (b->identity)
		free(b->map);
	free(b->skip);
	memset(b, 0, sizeof *b);
}

static size_t
put_utf8(char *out, unsigned long cp)
{
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	return (size_t)utf8_put(out, (int32_t)cp);
}

/* The first text node under node, or NULL. */
static const GumboNode *
first_text(const GumboNode *node)
{
	if (node->type == GUMBO_NODE_TEXT)
		return node;
	if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
		return NULL;
	const GumboVector *kids = node->type == GUMBO_NODE_ELEMENT ?
		&node->v.element.children : &node->v.document.children;
	for (unsigned i = 0; i < kids->length; i++) {
		const GumboNode *t = first_text(kids->data[i]);
		if (t)
			return t;
	}
	return NULL;
}

size_t
mk_decode_entity(const char *s, size_t n, char *out, size_t *used)
{
	size_t i = 1;
	if (n < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#') {
		int hex = n > 2 && (s[2] == 'x' || s[2] == 'X');
		unsigned long cp = 0;
		size_t db;
		i = db = hex ? 3 : 2;
		for (; i < n && i < db + 8; i++) {
			char c = s[i];
			int d = c >= '0' && c <= '9' ? c - '0' :
				hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 :
				hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
			if (d < 0)
				break;
			cp = cp * (hex ? 16 : 10) + (unsigned long)d;
		}
		if (i == db || i >= n || s[i] != ';')
			return 0;
		*used = i + 1;
		return put_utf8(out, cp);
	}
	while (i < n && i < 40 && ((s[i] >= 'a' && s[i] <= 'z') ||
				   (s[i] >= 'A' && s[i] <= 'Z') ||
				   (s[i] >= '0' && s[i] <= '9')))
		i++;
	if (i == 1 || i >= n || s[i] != ';')
		return 0;
	/* The commonest references in Danish text, without a parse. */
	static const struct { const char *name, *utf8; } common[] = {
		{ "amp", "&" }, { "nbsp", "\xC2\xA0" }, { "quot", "\"" },
		{ "aelig", "æ" }, { "oslash", "ø" }, { "aring", "å" },
		{ "AElig", "Æ" }, { "Oslash", "Ø" }, { "Aring", "Å" },
		{ "ndash", "–" }, { "mdash", "—" }, { "shy", "\xC2\xAD" },
		{ "rsquo", "’" }, { "ldquo", "“" }, { "rdquo", "”" },
		{ "laquo", "«" }, { "raquo", "»" }, { "lt", "<" }, { "gt", ">" },
	};
	for (size_t k = 0; k < sizeof common / sizeof common[0]; k++)
		if (strlen(common[k].name) == i - 1 && memcmp(common[k].name, s + 1, i - 1) == 0) {
			size_t l = strlen(common[k].utf8);
			memcpy(out, common[k].utf8, l);
			*used = i + 1;
			return l;
		}
	/* gumbo holds the whole HTML5 table; let it decode the reference. */
	GumboOutput *g = gumbo_parse_with_options(&kGumboDefaultOptions, s, i + 1);
	const GumboNode *t = first_text(g->document);
	size_t len = 0;
	if (t) {
		const char *d = t->v.text.text;
		/* Only a reference of up to 8 bytes fits out: scan no further. */
		size_t dl = strnlen(d, 9);
		if (dl > 0 && dl <= 8 && !(dl == i + 1 && memcmp(d, s, dl) == 0)) {
			memcpy(out, d, dl);
			len = dl;
			*used = i + 1;
		}
	}
	gumbo_destroy_output(&kGumboDefaultOptions, g);
	return len;
}
