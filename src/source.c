/* source.c - owns a file's bytes: reads them (mmap for regular files),
 * decides the encoding (UTF-8, else Windows-1252), replaces undecodable
 * bytes so that offsets never shift, and builds the line table. */
#include "source.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct source {
	char *name;
	const char *text;	/* decoded UTF-8: map, raw or owned */
	size_t len;
	void *map;		/* mmap'ed file, or NULL */
	size_t maplen;
	char *owned;		/* heap text, or NULL */
	size_t start;		/* after a BOM */
	enum src_encoding enc;
	long nul;
	size_t *bad;		/* text offsets of undecodable bytes */
	unsigned char *badbyte;
	size_t nbad, badcap;
	size_t *lines;		/* start offset of each line */
	size_t nlines;
};

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const unsigned short cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static void
add_bad(struct source *s, size_t off, unsigned char byte)
{
	grow((void **)&s->bad, &s->badcap, s->nbad + 1, sizeof *s->bad);
	s->badbyte = xrealloc(s->badbyte, s->badcap);
	s->bad[s->nbad] = off;
	s->badbyte[s->nbad++] = byte;
}

/* Decides the encoding and builds s->text from raw bytes. */
static void
decode(struct source *s, const char *raw, size_t n)
{
	const unsigned char *u = (const unsigned char *)raw;
	size_t multi = 0, invalid = 0;
	const void *z = memchr(raw, '\0', n);

	s->nul = z ? (long)((const char *)z - raw) : -1;
	for (size_t i = 0; i < n;) {
		size_t k = utf8_valid_len(u + i, n - i);
		if (k == 0) {
			invalid++;
			i++;
		} else {
			multi += k > 1;
			i += k;
		}
	}
	s->text = raw;
	s->len = n;
	if (invalid == 0) {
		s->enc = SRC_UTF8;
	} else if (multi == 0) {
		/* No valid multi-byte sequence at all: a legacy 8-bit file. */
		struct buf b = {0};
		s->enc = SRC_LEGACY;
		for (size_t i = 0; i < n; i++) {
			char tmp[4];
			int32_t cp = u[i];
			if (cp >= 0x80 && cp < 0xA0) {
				cp = cp1252[cp - 0x80];
				if (cp == 0) {
					add_bad(s, b.len, u[i]);
					cp = SRC_BAD_BYTE;
				}
			}
			buf_add(&b, tmp, (size_t)utf8_put(tmp, cp));
		}
		s->owned = b.data ? b.data : xstrdup("");
		s->text = s->owned;
		s->len = b.len;
	} else {
		s->enc = SRC_UTF8_BAD;
		s->owned = xmalloc(n + 1);
		memcpy(s->owned, raw, n);
		s->owned[n] = '\0';
		for (size_t i = 0; i < n;) {
			size_t k = utf8_valid_len(u + i, n - i);
			if (k == 0) {
				add_bad(s, i, u[i]);
				s->owned[i] = SRC_BAD_BYTE;
				i++;
			} else {
				i += k;
			}
		}
		s->text = s->owned;
	}
	if (s->len >= 3 && memcmp(s->text, "\xEF\xBB\xBF", 3) == 0)
		s->start = 3;
}

static void
build_lines(struct source *s)
{
	size_t cap = 0;
	s->nlines = 0;
	grow((void **)&s->lines, &cap, 1, sizeof *s->lines);
	s->lines[s->nlines++] = 0;
	for (const char *p = s->text, *end = s->text + s->len;
	     (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
		grow((void **)&s->lines, &cap, s->nlines + 1, sizeof *s->lines);
		s->lines[s->nlines++] = (size_t)(p - s->text) + 1;
	}
}

static struct source *
finish(struct source *s, const char *raw, size_t n)
{
	decode(s, raw, n);
	build_lines(s);
	return s;
}

static int
read_all(int fd, char **out, size_t *outlen)
{
	size_t cap = 65536, len = 0;
	char *p = xmalloc(cap);
	for (;;) {
		if (len == cap)
			p = xrealloc(p, cap *= 2);
		ssize_t r = read(fd, p + len, cap - len);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			free(p);
			return -1;
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	*out = p;
	*outlen = len;
	return 0;
}

struct source *
src_open(const char *path)
{
	int stdin_ = strcmp(path, "-") == 0;
	struct source *s = xcalloc(1, sizeof *s);
	struct stat st;
	int fd;

	s->name = xstrdup(stdin_ ? "<stdin>" : path);
	fd = stdin_ ? 0 : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0)
		goto fail;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	if (S_ISREG(st.st_mode) && st.st_size > 0) {
		s->maplen = (size_t)st.st_size;
		s->map = mmap(NULL, s->maplen, PROT_READ, MAP_PRIVATE, fd, 0);
		if (s->map == MAP_FAILED) {
			s->map = NULL;
			goto fail;
		}
		madvise(s->map, s->maplen, MADV_SEQUENTIAL);
		if (!stdin_)
			close(fd);
		return finish(s, s->map, s->maplen);
	}
	char *raw;
	size_t n;
	if (read_all(fd, &raw, &n) < 0)
		goto fail;
	if (!stdin_)
		close(fd);
	s->owned = raw;	/* decode() may replace it; keep it owned */
	finish(s, raw, n);
	if (s->text != raw)
		free(raw);
	return s;
fail:
	warnx_("%s: %s", s->name, strerror(errno));
	if (fd > 0)
		close(fd);
	src_free(s);
	return NULL;
}

struct source *
src_from_memory(const char *name, const char *data, size_t len)
{
	struct source *s = xcalloc(1, sizeof *s);
	char *copy = xmalloc(len + 1);
	memcpy(copy, data, len);
	copy[len] = '\0';
	s->name = xstrdup(name);
	s->owned = copy;
	finish(s, copy, len);
	if (s->text != copy)
		free(copy);
	return s;
}

void
src_free(struct source *s)
{
	if (!s)
		return;
	if (s->map)
		munmap(s->map, s->maplen);
	free(s->owned);
	free(s->name);
	free(s->bad);
	free(s->badbyte);
	free(s->lines);
	free(s);
}

const char *
src_name(const struct source *s)
{
	return s->name;
}

const char *
src_text(const struct source *s, size_t *len)
{
	*len = s->len;
	return s->text;
}

size_t
src_start(const struct source *s)
{
	return s->start;
}

enum src_encoding
src_encoding(const struct source *s)
{
	return s->enc;
}

long
src_nul(const struct source *s)
{
	return s->nul;
}

size_t
src_nbad(const struct source *s)
{
	return s->nbad;
}

size_t
src_bad(const struct source *s, size_t i)
{
	return s->bad[i];
}

unsigned char
src_bad_byte(const struct source *s, size_t i)
{
	return s->badbyte[i];
}

unsigned
src_nlines(const struct source *s)
{
	return (unsigned)s->nlines;
}

void
src_line(const struct source *s, unsigned line, size_t *start, size_t *end)
{
	size_t i = line ? line - 1 : 0;
	if (i >= s->nlines)
		i = s->nlines - 1;
	*start = s->lines[i];
	*end = i + 1 < s->nlines ? s->lines[i + 1] - 1 : s->len;
	if (*end > *start && s->text[*end - 1] == '\r')
		(*end)--;
}

void
src_position(const struct source *s, size_t off, enum src_unit unit,
	     unsigned *line, unsigned *col)
{
	size_t lo = 0, hi = s->nlines;
	if (off > s->len)
		off = s->len;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	size_t ls = s->lines[lo];
	if (lo == 0 && ls < s->start)
		ls = s->start;	/* a BOM is no column */
	if (off < ls)
		off = ls;
	*line = (unsigned)lo + 1;
	/* A legacy file had one byte per character, so its byte column is
	 * the code-point column. */
	if (unit == UNIT_BYTE && s->enc != SRC_LEGACY) {
		*col = (unsigned)(off - ls) + 1;
		return;
	}
	/* The text is valid UTF-8: count the characters that start before
	 * off.  An offset inside a character gets that character's column
	 * (decoding up to off would count its cut bytes as characters). */
	unsigned c = 1;
	for (size_t i = ls; i < off; i++) {
		unsigned char b = (unsigned char)s->text[i];
		if ((b & 0xC0) != 0x80)
			c += (unit == UNIT_UTF16 && b >= 0xF0) ? 2 : 1;
	}
	*col = c;
}
