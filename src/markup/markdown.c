/* markdown.c - the Markdown front end on md4c.  The view is the text of
 * headings, paragraphs, lists, quotes, table cells, image alt text and
 * link text; code, link destinations, autolinks and raw HTML tags are left
 * out, and front matter is left out but for the configured keys.  md4c
 * hands out pointers into our buffer, so every byte maps to its source;
 * the few strings of its own (the line break it writes between the lines
 * of a raw HTML or code block) stand at the current position and take
 * up no source bytes. */
#include "builder.h"

#include <md4c.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const mk_default_front_matter_keys[] = { "title", "description", NULL };

struct md {
	struct mkb b;
	const char *base;	/* the source text */
	size_t len;
	size_t last;		/* source offset after the last text added */
	int code;		/* inside code (block or span) */
	int link;		/* inside a link */
	struct buf href;	/* a copy: md4c frees the attribute after the call */
	/* raw HTML inside the Markdown: a small tag scanner */
	int in_tag, in_comment;
	size_t comment_off;	/* source offset of a comment's content */
	struct buf comment;	/* its source span, markers blanked */
	char skip_until[16];	/* "script": skip to its closing tag */
	char tag[16];
	size_t taglen;
};

/* 1 when md4c's s[0..n) lies in the source buffer. */
static int
in_source(const struct md *m, const char *s, size_t n)
{
	return s >= m->base && s <= m->base + m->len && n <= (size_t)(m->base + m->len - s);
}

static void
add(struct md *m, const char *s, size_t n, size_t off)
{
	mkb_add(&m->b, s, n, off);
	m->last = off + n;
}

static void
add_entity(struct md *m, const char *s, size_t n, size_t off)
{
	char out[8];
	size_t used = 0, dl = mk_decode_entity(s, n, out, &used);
	if (dl == 0)
		add(m, s, n, off);
	else
		mkb_add_decoded(&m->b, out, dl, off, off + used);
	m->last = off + (dl ? used : n);
}

static int
block_gap(struct md *m)
{
	mkb_break(&m->b, m->last);
	return 0;
}

/* Headings and table cells are no running text. */
static int
is_title(MD_BLOCKTYPE type)
{
	return type == MD_BLOCK_H || type == MD_BLOCK_TH || type == MD_BLOCK_TD;
}

static int
enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	struct md *m = ud;
	(void)detail;
	if (type == MD_BLOCK_CODE)
		m->code++;
	block_gap(m);
	if (is_title(type))
		mkb_title(&m->b, 1);
	return 0;
}

static int
leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	struct md *m = ud;
	(void)detail;
	if (type == MD_BLOCK_CODE)
		m->code--;
	if (type == MD_BLOCK_HTML) {
		m->in_tag = 0;
		m->in_comment = 0;
		m->skip_until[0] = '\0';
	}
	if (is_title(type))
		mkb_title(&m->b, 0);
	return block_gap(m);
}

static int
enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
	struct md *m = ud;
	if (type == MD_SPAN_CODE) {
		mkb_space(&m->b, m->last);
		m->code++;
	} else if (type == MD_SPAN_A) {
		m->link++;
		const MD_ATTRIBUTE *h = &((MD_SPAN_A_DETAIL *)detail)->href;
		m->href.len = 0;
		buf_add(&m->href, h->text ? h->text : "", h->size);
	}
	return 0;
}

static int
leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
	struct md *m = ud;
	(void)detail;
	if (type == MD_SPAN_CODE) {
		m->code--;
		mkb_space(&m->b, m->last);
	} else if (type == MD_SPAN_A) {
		m->link--;
	}
	return 0;
}

/* An autolink's text is its own destination ("<https://x.dk>",
 * "www.x.dk", "navn@x.dk" with "mailto:" in front). */
static int
is_autolink_text(const struct md *m, const char *s, size_t n)
{
	if (!m->link || m->href.len < n || n == 0)
		return 0;
	if (!memchr(s, '.', n) && !memchr(s, ':', n) && !memchr(s, '@', n))
		return 0;
	return memcmp(m->href.data + m->href.len - n, s, n) == 0;
}

static int
is_inline_tag(const char *t, size_t n)
{
	static const char *const inl[] = {
		"a", "b", "i", "u", "s", "em", "strong", "span", "small", "sub",
		"sup", "mark", "abbr", "cite", "q", "ins", "del", "font", NULL
	};
	for (const char *const *p = inl; *p; p++)
		if (strlen(*p) == n && strncasecmp(*p, t, n) == 0)
			return 1;
	return 0;
}

static int
is_raw_tag(const char *t, size_t n)
{
	return (n == 6 && (strncasecmp(t, "script", 6) == 0)) ||
	       (n == 5 && strncasecmp(t, "style", 5) == 0) ||
	       (n == 4 && strncasecmp(t, "code", 4) == 0) ||
	       (n == 3 && strncasecmp(t, "pre", 3) == 0);
}

/* A tag ended: "<br>" and block tags separate words, inline ones do not;
 * the content of script, style, code and pre is skipped. */
static void
tag_done(struct md *m, size_t off)
{
	const char *t = m->tag;
	size_t n = m->taglen;
	int closing = n > 0 && t[0] == '/';
	if (closing) {
		t++;
		n--;
	}
	if (m->skip_until[0]) {
		if (closing && strlen(m->skip_until) == n && strncasecmp(t, m->skip_until, n) == 0)
			m->skip_until[0] = '\0';
		return;
	}
	if (!closing && is_raw_tag(t, n)) {
		memcpy(m->skip_until, t, n);
		m->skip_until[n] = '\0';
	}
	if (!is_inline_tag(t, n))
		mkb_space(&m->b, off);
}

/* Raw HTML: tags and comments are left out (comments may hold
 * directives), the text between them is checked.  s is in the source at
 * off, or (own set) md4c's own line break, which stands at m->last. */
static void
html_text(struct md *m, const char *s, size_t n, size_t off, int own)
{
	size_t i = 0;
	while (i < n) {
		char c = s[i];
		if (m->in_comment) {
			/* md4c gives a comment line by line, without the quote
			 * and list markers and indentation of its lines: what
			 * lies between the pieces is blanked, so that the text
			 * stays the source byte for byte and a directive's
			 * offsets stay true. */
			if (own) {
				i++;
				continue;
			}
			while (m->comment_off + m->comment.len < off + i)
				buf_addc(&m->comment, ' ');
			if (c == '-' && i + 2 < n && s[i + 1] == '-' && s[i + 2] == '>') {
				mkb_directive(&m->b, m->comment.data ? m->comment.data : "",
					      m->comment.len, m->comment_off);
				m->in_comment = 0;
				i += 3;
			} else {
				buf_addc(&m->comment, c);
				i++;
			}
			continue;
		}
		if (own) {
			/* A line break between the lines of the block. */
			if (m->in_tag == 1)
				m->in_tag = 2;
			else if (!m->in_tag && !m->skip_until[0])
				mkb_add_decoded(&m->b, s + i, 1, m->last, m->last);
			i++;
			continue;
		}
		if (m->in_tag) {
			if (c == '>') {
				m->in_tag = 0;
				tag_done(m, off + i);
			} else if (m->in_tag == 1) {
				if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
				    (c >= '0' && c <= '9') || (c == '/' && m->taglen == 0)) {
					if (m->taglen < sizeof m->tag - 1)
						m->tag[m->taglen++] = c;
				} else {
					m->in_tag = 2;	/* attributes follow */
				}
			}
			i++;
			continue;
		}
		if (c == '<' && i + 3 < n && memcmp(s + i, "<!--", 4) == 0) {
			m->in_comment = 1;
			m->comment.len = 0;
			m->comment_off = off + i + 4;
			i += 4;
			continue;
		}
		if (c == '<' && i + 1 < n &&
		    ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
		     s[i + 1] == '/' || s[i + 1] == '!' || s[i + 1] == '?')) {
			m->in_tag = 1;
			m->taglen = 0;
			i++;
			continue;
		}
		if (m->skip_until[0]) {
			i++;
			continue;
		}
		if (c == '&') {
			char out[8];
			size_t used = 0, dl = mk_decode_entity(s + i, n - i, out, &used);
			if (dl) {
				mkb_add_decoded(&m->b, out, dl, off + i, off + i + used);
				i += used;
				m->last = off + i;
				continue;
			}
		}
		size_t j = i + 1;
		while (j < n && s[j] != '<' && s[j] != '&')
			j++;
		add(m, s + i, j - i, off + i);
		i = j;
	}
}

static int
text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE size, void *ud)
{
	struct md *m = ud;
	if (!in_source(m, s, size)) {
		/* md4c's own text: a NUL's replacement, a break, or the line
		 * break between the lines of a raw HTML or code block.  It
		 * stands at the current position; the source bytes it stands
		 * for (a NUL, a line end) come next. */
		size_t se = m->last < m->len ? m->last + 1 : m->last;
		if (type == MD_TEXT_NULLCHAR)
			mkb_add_decoded(&m->b, "\xEF\xBF\xBD", 3, m->last, se);
		else if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR)
			mkb_add_decoded(&m->b, "\n", 1, m->last, se);
		else if (type == MD_TEXT_HTML)
			html_text(m, s, size, m->last, 1);
		return 0;
	}
	size_t off = (size_t)(s - m->base);
	switch (type) {
	case MD_TEXT_NORMAL:
		if (m->code || is_autolink_text(m, s, size))
			m->last = off + size;
		else
			add(m, s, size, off);
		break;
	case MD_TEXT_ENTITY:
		if (!m->code)
			add_entity(m, s, size, off);
		break;
	case MD_TEXT_NULLCHAR:
	case MD_TEXT_BR:
	case MD_TEXT_SOFTBR:
		/* (md4c 0.4 writes these from its own strings, above.) */
		mkb_add_decoded(&m->b, type == MD_TEXT_NULLCHAR ? "\xEF\xBF\xBD" : "\n",
				type == MD_TEXT_NULLCHAR ? 3 : 1, off, off + size);
		m->last = off + size;
		break;
	case MD_TEXT_HTML:
		html_text(m, s, size, off, 0);
		break;
	default:	/* code, LaTeX */
		m->last = off + size;
		break;
	}
	return 0;
}

static int
is_key(const char *const *keys, const char *k, size_t n)
{
	for (; *keys; keys++)
		if (strlen(*keys) == n && strncasecmp(*keys, k, n) == 0)
			return 1;
	return 0;
}

/* YAML ("---") or TOML ("+++") front matter at the top: the values of
 * the configured keys are checked, the rest is not.  Returns the offset
 * where the Markdown starts. */
static size_t
front_matter(struct md *m, const struct mk_options *opt, size_t start)
{
	const char *t = m->base;
	const char *fence;
	if (m->len - start >= 4 && memcmp(t + start, "---", 3) == 0)
		fence = "---";
	else if (m->len - start >= 4 && memcmp(t + start, "+++", 3) == 0)
		fence = "+++";
	else
		return start;
	size_t i = start + 3;
	while (i < m->len && (t[i] == ' ' || t[i] == '\r'))
		i++;
	if (i >= m->len || t[i] != '\n')
		return start;
	const char *const *keys = opt->front_matter_keys ? opt->front_matter_keys :
		mk_default_front_matter_keys;
	for (i++; i < m->len;) {
		size_t e = i;
		while (e < m->len && t[e] != '\n')
			e++;
		size_t le = e;
		while (le > i && (t[le - 1] == '\r' || t[le - 1] == ' '))
			le--;
		if ((le - i == 3 && memcmp(t + i, fence, 3) == 0) ||
		    (fence[0] == '-' && le - i == 3 && memcmp(t + i, "...", 3) == 0))
			return e < m->len ? e + 1 : e;
		/* key: value (YAML) or key = value (TOML), at the top level */
		size_t k = i;
		while (k < le && t[k] != ':' && t[k] != '=' && t[k] != ' ')
			k++;
		size_t v = k;
		while (v < le && t[v] == ' ')
			v++;
		if (t[i] != ' ' && t[i] != '#' && v < le && (t[v] == ':' || t[v] == '=') &&
		    is_key(keys, t + i, k - i)) {
			v++;
			while (v < le && t[v] == ' ')
				v++;
			size_t ve = le;
			if (ve - v >= 2 && (t[v] == '"' || t[v] == '\'') && t[ve - 1] == t[v]) {
				v++;
				ve--;
			}
			if (ve > v) {
				add(m, t + v, ve - v, v);
				mkb_break(&m->b, ve);
			}
		} else if (t[i] == '#') {
			size_t c = i + 1;
			mkb_directive(&m->b, t + c, le - c, c);
		} else if (le > i && !(v < le && (t[v] == ':' || t[v] == '=')) &&
			   t[i] != ' ' && t[i] != '\t' && t[i] != '-' && t[i] != '[') {
			/* Not "key: value", a list, a table or an indented
			 * value: a thematic break, not front matter. */
			return start;
		}
		i = e + 1;
	}
	return start;	/* never closed: no front matter after all */
}

int
mk_markdown(const struct source *src, const struct mk_options *opt,
	    struct view *out, struct findings *fs)
{
	struct md m;
	memset(&m, 0, sizeof m);
	m.base = src_text(src, &m.len);
	mkb_init(&m.b, src, fs, 0);
	size_t start = front_matter(&m, opt, src_start(src));
	if (start == src_start(src)) {
		/* An unclosed fence read as front matter: start over. */
		mkb_free(&m.b);
		mkb_init(&m.b, src, fs, 0);
	}
	m.last = start;
	MD_PARSER p;
	memset(&p, 0, sizeof p);
	p.abi_version = 0;
	p.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS |
		  MD_FLAG_PERMISSIVEAUTOLINKS;
	p.enter_block = enter_block;
	p.leave_block = leave_block;
	p.enter_span = enter_span;
	p.leave_span = leave_span;
	p.text = text;
	int rc = md_parse(m.base + start, (MD_SIZE)(m.len - start), &p, &m);
	buf_free(&m.comment);
	buf_free(&m.href);
	if (rc != 0) {
		warnx_(_("%s: cannot parse the Markdown"), src_name(src));
		mkb_free(&m.b);
		return -1;
	}
	mkb_finish(&m.b, out);
	return 0;
}
