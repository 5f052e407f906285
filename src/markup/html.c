/* html.c - the HTML front end on gumbo.  The view is the text nodes and
 * the alt and title attributes of the parts in Danish (lang), without
 * script, style, code, pre and comments (comments may hold directives).
 * gumbo decodes character references; each decoded byte is mapped back
 * by walking the decoded text beside the original. */
#include "builder.h"

#include <gumbo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct html {
	struct mkb b;
	const char *base;
	size_t len;
};

static size_t
u8len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Appends dec (gumbo's decoded text) whose source is orig[0..on) at
 * source offset off, mapping each byte back: character references span
 * their whole reference, CR LF became LF. */
static void
add_aligned(struct html *h, const char *dec, size_t dn, const char *orig, size_t on,
	    size_t off)
{
	size_t o = 0, d = 0;
	while (d < dn) {
		if (o < on && orig[o] == '&') {
			char out[8];
			size_t used = 0, dl = mk_decode_entity(orig + o, on - o, out, &used);
			if (dl && dl <= dn - d && memcmp(out, dec + d, dl) == 0) {
				mkb_add_decoded(&h->b, dec + d, dl, off + o, off + o + used);
				o += used;
				d += dl;
				continue;
			}
		}
		if (o < on && orig[o] == '\r' && dec[d] == '\n' && o + 1 < on && orig[o + 1] == '\n')
			o++;
		if (o < on && (orig[o] == dec[d] || (orig[o] == '\r' && dec[d] == '\n'))) {
			size_t k = 1;
			while (d + k < dn && o + k < on && orig[o + k] == dec[d + k] &&
			       orig[o + k] != '&' && orig[o + k] != '\r')
				k++;
			mkb_add(&h->b, dec + d, k, off + o);
			o += k;
			d += k;
			continue;
		}
		/* Out of step (a reference without ';', a replaced NUL):
		 * the character stands at the current source byte. */
		size_t cl = u8len((unsigned char)dec[d]);
		if (cl > dn - d)
			cl = dn - d;
		size_t ob = o;
		if (o < on && orig[o] == '&') {
			o++;
			while (o < on && ((orig[o] >= 'a' && orig[o] <= 'z') ||
					  (orig[o] >= 'A' && orig[o] <= 'Z') ||
					  (orig[o] >= '0' && orig[o] <= '9') || orig[o] == '#'))
				o++;
			if (o < on && orig[o] == ';')
				o++;
		} else if (o < on) {
			o += u8len((unsigned char)orig[o]);
		}
		if (o > on)
			o = on;
		mkb_add_decoded(&h->b, dec + d, cl, off + ob, off + (o > ob ? o : ob + 1));
		d += cl;
	}
}

static int
is_inline(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_U:
	case GUMBO_TAG_S: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG:
	case GUMBO_TAG_SPAN: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUB:
	case GUMBO_TAG_SUP: case GUMBO_TAG_MARK: case GUMBO_TAG_ABBR:
	case GUMBO_TAG_CITE: case GUMBO_TAG_Q: case GUMBO_TAG_INS:
	case GUMBO_TAG_DEL: case GUMBO_TAG_FONT: case GUMBO_TAG_TIME:
	case GUMBO_TAG_DFN: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
	case GUMBO_TAG_DATA: case GUMBO_TAG_VAR:
		return 1;
	default:
		return 0;
	}
}

static int
is_skipped(GumboTag t)
{
	return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_CODE ||
	       t == GUMBO_TAG_PRE || t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_KBD ||
	       t == GUMBO_TAG_SAMP || t == GUMBO_TAG_TEXTAREA || t == GUMBO_TAG_SVG ||
	       t == GUMBO_TAG_MATH;
}

/* Headings, table cells and captions are no running text. */
static int
is_title(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
	case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: case GUMBO_TAG_TD:
	case GUMBO_TAG_CAPTION:
		return 1;
	default:
		return 0;
	}
}

/* Danish, or no language named: "da", "da-DK". */
static int
is_danish(const char *lang)
{
	return strncasecmp(lang, "da", 2) == 0 && (lang[2] == '\0' || lang[2] == '-' ||
						   lang[2] == '_');
}

static void
add_attr(struct html *h, const GumboAttribute *a)
{
	const char *orig = a->original_value.data;
	size_t on = a->original_value.length, off = a->value_start.offset;
	if (!orig || on == 0)
		return;
	if (on >= 2 && (orig[0] == '"' || orig[0] == '\'') && orig[on - 1] == orig[0]) {
		orig++;
		on -= 2;
		off++;
	}
	mkb_space(&h->b, off);
	add_aligned(h, a->value, strlen(a->value), orig, on, off);
	mkb_space(&h->b, off + on);
}

static size_t
node_off(const GumboNode *n)
{
	const GumboSourcePosition *p = n->type == GUMBO_NODE_ELEMENT ?
		&n->v.element.start_pos : &n->v.text.start_pos;
	return p->offset;
}

/* Handles n on the way down; returns 1 when its children are to be
 * walked, with the language state for them in *kids_danish. */
static int
enter(struct html *h, const GumboNode *n, int danish, int *kids_danish)
{
	*kids_danish = danish;
	switch (n->type) {
	case GUMBO_NODE_DOCUMENT:
		return 1;
	case GUMBO_NODE_TEXT:
	case GUMBO_NODE_WHITESPACE:
	case GUMBO_NODE_CDATA: {
		const GumboText *t = &n->v.text;
		if (danish && t->original_text.data)
			add_aligned(h, t->text, strlen(t->text), t->original_text.data,
				    t->original_text.length, t->start_pos.offset);
		else
			mkb_space(&h->b, t->start_pos.offset);
		return 0;
	}
	case GUMBO_NODE_COMMENT: {
		/* The source's bytes, not gumbo's text: that has U+FFFD (3
		 * bytes) for a NUL, so its offsets drift from the source. */
		const GumboStringPiece *o = &n->v.text.original_text;
		if (!o->data || o->length < 4 || memcmp(o->data, "<!--", 4) != 0)
			return 0;	/* a bogus comment (<!x>, <?x>) holds no directive */
		size_t cn = o->length - 4;
		if (cn >= 3 && memcmp(o->data + o->length - 3, "-->", 3) == 0)
			cn -= 3;
		else if (cn >= 4 && memcmp(o->data + o->length - 4, "--!>", 4) == 0)
			cn -= 4;
		mkb_directive(&h->b, o->data + 4, cn, n->v.text.start_pos.offset + 4);
		return 0;
	}
	case GUMBO_NODE_ELEMENT:
	case GUMBO_NODE_TEMPLATE:
		break;
	}
	const GumboElement *e = &n->v.element;
	if (n->type == GUMBO_NODE_TEMPLATE || is_skipped(e->tag)) {
		mkb_space(&h->b, node_off(n));
		return 0;
	}
	const GumboAttribute *lang = gumbo_get_attribute(&e->attributes, "lang");
	if (lang)
		danish = lang->value[0] == '\0' || is_danish(lang->value);
	if (!is_inline(e->tag))
		mkb_break(&h->b, node_off(n));
	if (is_title(e->tag))
		mkb_title(&h->b, 1);
	if (danish) {
		const GumboAttribute *a = gumbo_get_attribute(&e->attributes, "alt");
		if (a)
			add_attr(h, a);
		if ((a = gumbo_get_attribute(&e->attributes, "title")))
			add_attr(h, a);
	}
	*kids_danish = danish;
	return 1;
}

struct frame {
	const GumboNode *node;
	unsigned next;		/* the next child to visit */
	int danish;
};

/* Walks the tree with a stack of its own: HTML nests as deep as a page
 * likes, a thread's stack does not. */
static void
walk(struct html *h, const GumboNode *root)
{
	struct frame *st = NULL;
	size_t depth = 0, cap = 0;
	int d;
	if (!enter(h, root, 1, &d))
		return;
	grow((void **)&st, &cap, 1, sizeof *st);
	st[depth++] = (struct frame){ root, 0, d };
	while (depth > 0) {
		struct frame *f = &st[depth - 1];
		const GumboNode *n = f->node;
		const GumboVector *kids = n->type == GUMBO_NODE_DOCUMENT ?
			&n->v.document.children : &n->v.element.children;
		if (f->next < kids->length) {
			const GumboNode *c = kids->data[f->next++];
			int danish = f->danish;
			if (enter(h, c, danish, &d)) {
				grow((void **)&st, &cap, depth + 1, sizeof *st);
				st[depth++] = (struct frame){ c, 0, d };
			}
			continue;
		}
		if (n->type == GUMBO_NODE_ELEMENT && is_title(n->v.element.tag))
			mkb_title(&h->b, 0);
		if (n->type == GUMBO_NODE_ELEMENT && !is_inline(n->v.element.tag))
			mkb_break(&h->b, n->v.element.end_pos.offset);
		depth--;
	}
	free(st);
}

int
mk_html(const struct source *src, const struct mk_options *opt,
	struct view *out, struct findings *fs)
{
	struct html h;
	(void)opt;
	h.base = src_text(src, &h.len);
	mkb_init(&h.b, src, fs, 0);
	/* gumbo steps over a byte order mark and counts it in its offsets,
	 * which are therefore offsets into our text as it is. */
	GumboOptions go = kGumboDefaultOptions;
	GumboOutput *g = gumbo_parse_with_options(&go, h.base, h.len);
	if (!g) {
		warnx_(_("%s: cannot parse the HTML"), src_name(src));
		mkb_free(&h.b);
		return -1;
	}
	walk(&h, g->document);
	gumbo_destroy_output(&go, g);
	mkb_finish(&h.b, out);
	return 0;
}
