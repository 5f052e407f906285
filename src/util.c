/* util.c - checked allocation, growable buffers, UTF-8 helpers and the
 * program-prefixed error printer used by every stage. */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void
oom(void)
{
	fputs(PROGNAME ": out of memory\n", stderr);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void
grow(void **arr, size_t *cap, size_t need, size_t elem)
{
	size_t c = *cap ? *cap : 16;
	if (need <= *cap)
		return;
	while (c < need)
		c *= 2;
	*arr = xrealloc(*arr, c * elem);
	*cap = c;
}

void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t c = b->cap ? b->cap * 2 : 256;
		while (c < b->len + n + 1)
			c *= 2;
		b->data = xrealloc(b->data, c);
		b->cap = c;
	}
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256];
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		buf_add(b, small, (size_t)n);
		return;
	}
	char *big = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf_add(b, big, (size_t)n);
	free(big);
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void
warnx_(const char *fmt, ...)
{
	va_list ap;
	/* Workers report at the same time: one message is one locked write,
	 * never interleaved with another's. */
	flockfile(stderr);
	fputs(PROGNAME ": ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	funlockfile(stderr);
}

double
mono_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

uint32_t
fnv1a(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

size_t
utf8_valid_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	if (c < 0xC2 || c > 0xF4)
		return 0;	/* continuation byte, overlong lead, or > U+10FFFF */
	size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if (n < need)
		return 0;
	for (size_t k = 1; k < need; k++)
		if (!utf8_cont(s[k]))
			return 0;
	if (c == 0xE0 && s[1] < 0xA0)
		return 0;	/* overlong three-byte form */
	if (c == 0xED && s[1] >= 0xA0)
		return 0;	/* UTF-16 surrogate */
	if (c == 0xF0 && s[1] < 0x90)
		return 0;	/* overlong four-byte form */
	if (c == 0xF4 && s[1] >= 0x90)
		return 0;	/* beyond U+10FFFF */
	return need;
}

int32_t
utf8_next(const char *s, size_t n, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;
	size_t k = utf8_valid_len(p, n - *i);
	if (k == 0) {
		(*i)++;
		return -1;
	}
	*i += k;
	switch (k) {
	case 1:
		return p[0];
	case 2:
		return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	case 3:
		return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	default:
		return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
		       ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
	}
}

int
utf8_put(char *out, int32_t cp)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
utf8_count(const char *w, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += !utf8_cont(w[i]);
	return c;
}

int
is_ascii_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

size_t
count_of(const char *w, size_t n, const char *s)
{
	size_t c = 0, sn = strlen(s);
	for (const char *p = w; (p = memmem(p, n - (size_t)(p - w), s, sn)); p += sn)
		c++;
	return c;
}

char *
fmt_word(const char *fmt, const char *w, size_t n)
{
	struct buf b = {0};
	char *word = xstrndup(w, n);
	buf_printf(&b, fmt, word);
	free(word);
	return b.data;
}

int
in_list(const char *w, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(*list, w, n) == 0)
			return 1;
	return 0;
}
