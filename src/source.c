/* source.c - owns a file's bytes: reads them (mmap for regular files),
 * decides the encoding (UTF-8, else Windows-1252), replaces undecodable
 * bytes so that offsets never shift, and builds the line table. */
#include "source.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct bad {
	size_t off, len;
	enum src_bad_kind kind;
	unsigned char bytes[4];	/* the first original bytes */
};

/* The last columns src_position counted, per unit: reporters ask in
 * offset order, so counting goes on from there instead of from the start
 * of a line that may be megabytes long.  Two slots, as a reporter may ask
 * for a finding's end before the next finding's start. */
struct pos_cache {
	size_t line, off;
	unsigned col;
	unsigned used;		/* when, by tick; 0: never */
};

struct pos_caches {
	struct pos_cache slot[3][2];
	unsigned tick;
};

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
	struct bad *bad;	/* undecodable runs, in text order */
	size_t nbad, badcap;
	size_t *lines;		/* start offset of each line */
	size_t nlines;
	struct pos_caches *cache;	/* see src_position */
};

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const unsigned short cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static void
add_bad(struct source *s, size_t off, const unsigned char *raw, size_t len,
	enum src_bad_kind kind)
{
	grow((void **)&s->bad, &s->badcap, s->nbad + 1, sizeof *s->bad);
	struct bad *b = &s->bad[s->nbad++];
	b->off = off;
	b->len = len;
	b->kind = kind;
	memset(b->bytes, 0, sizeof b->bytes);
	memcpy(b->bytes, raw, len < 4 ? len : 4);
}

/* Measures and classifies the malformed sequence at u[0] (n bytes left,
 * utf8_valid_len said 0): a lead byte takes the continuation bytes that
 * follow it, up to its length; stray continuation bytes go together. */
static size_t
bad_run(const unsigned char *u, size_t n, enum src_bad_kind *kind)
{
	unsigned c = u[0];
	size_t k = 1;
	if (utf8_cont(c)) {
		while (k < n && utf8_cont(u[k]) && k < 64)
			k++;
		*kind = SRC_BAD_STRAY;
		return k;
	}
	if (c >= 0xF8) {
		*kind = SRC_BAD_NEVER;
		return 1;
	}
	size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	while (k < need && k < n && utf8_cont(u[k]))
		k++;
	if (c == 0xC0 || c == 0xC1 || (c == 0xE0 && k > 1 && u[1] < 0xA0) ||
	    (c == 0xF0 && k > 1 && u[1] < 0x90))
		*kind = SRC_BAD_OVERLONG;
	else if (c == 0xED && k > 1 && u[1] >= 0xA0)
		*kind = SRC_BAD_SURROGATE;
	else if (c >= 0xF5 || (c == 0xF4 && k > 1 && u[1] >= 0x90))
		*kind = SRC_BAD_RANGE;
	else
		*kind = SRC_BAD_TRUNCATED;
	return k;
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
					add_bad(s, b.len, u + i, 1, SRC_BAD_CP1252);
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
				enum src_bad_kind kind;
				k = bad_run(u + i, n - i, &kind);
				add_bad(s, i, u + i, k, kind);
				memset(s->owned + i, SRC_BAD_BYTE, k);
				i += k;
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
	s->cache = xcalloc(1, sizeof *s->cache);
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

/* ICU's break iterators count in int32_t: a text must stay below 2 GiB.
 * No article comes near; a larger file is refused, not cut. */
#define SRC_MAX_SIZE ((size_t)1 << 30)

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
		if (len > SRC_MAX_SIZE) {
			free(p);
			errno = EFBIG;
			return -1;
		}
	}
	*out = p;
	*outlen = len;
	return 0;
}

/* True when path leads (through /dev/fd or /proc links) to an anonymous
 * pipe or socket, as a shell's <(command) gives: a stream to read, unlike
 * a named FIFO that may never see a writer. */
static int
anonymous_stream(const char *path)
{
	char a[256] = "", b[256] = "";
	const char *p = path;
	for (int i = 0; i < 8; i++) {
		char *t = (i & 1) ? b : a;
		ssize_t k = readlink(p, t, sizeof a - 1);
		if (k < 0)
			return 0;
		t[k] = '\0';
		if (strncmp(t, "pipe:[", 6) == 0 || strncmp(t, "socket:[", 8) == 0)
			return 1;
		if (t[0] != '/')
			return 0;
		p = t;
	}
	return 0;
}

static const char *
kind_name(mode_t m)
{
	if (S_ISFIFO(m))
		return _("a FIFO");
	if (S_ISCHR(m))
		return _("a character device");
	if (S_ISBLK(m))
		return _("a block device");
	if (S_ISSOCK(m))
		return _("a socket");
	return _("not a regular file");
}

struct source *
src_open(const char *path)
{
	int stdin_ = strcmp(path, "-") == 0;
	struct source *s = xcalloc(1, sizeof *s);
	struct stat st;
	int fd;

	s->name = xstrdup(stdin_ ? "<stdin>" : path);
	/* O_NONBLOCK: opening a FIFO with no writer must not hang. */
	fd = stdin_ ? 0 : open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 || fstat(fd, &st) < 0)
		goto fail;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	if (!stdin_ && !S_ISREG(st.st_mode)) {
		if (!(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) || !anonymous_stream(path)) {
			/* A named FIFO may wait forever, /dev/zero never ends. */
			warnx_(_("%s: %s, not a regular file; not read"), s->name,
			       kind_name(st.st_mode));
			close(fd);
			src_free(s);
			return NULL;
		}
		int fl = fcntl(fd, F_GETFL);
		if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0)
			goto fail;
	}
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > SRC_MAX_SIZE) {
		warnx_(_("%s: file too large (%jd bytes; the limit is %zu)"), s->name,
		       (intmax_t)st.st_size, SRC_MAX_SIZE);
		if (!stdin_)
			close(fd);
		src_free(s);
		return NULL;
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
	free(s->lines);
	free(s->cache);
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
	return s->bad[i].off;
}

unsigned char
src_bad_byte(const struct source *s, size_t i)
{
	return s->bad[i].bytes[0];
}

size_t
src_bad_len(const struct source *s, size_t i, const unsigned char **bytes,
	    size_t *nbytes)
{
	if (bytes)
		*bytes = s->bad[i].bytes;
	if (nbytes)
		*nbytes = s->bad[i].len < 4 ? s->bad[i].len : 4;
	return s->bad[i].len;
}

enum src_bad_kind
src_bad_kind(const struct source *s, size_t i)
{
	return s->bad[i].kind;
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
	struct pos_cache *slot = s->cache->slot[unit];
	size_t from = ls;
	unsigned c = 1;
	for (int k = 0; k < 2; k++) {
		const struct pos_cache *pc = &slot[k];
		if (pc->used && pc->line == lo && pc->off <= off && pc->off >= from) {
			from = pc->off;
			c = pc->col;
		}
	}
	for (size_t i = from; i < off; i++) {
		unsigned char b = (unsigned char)s->text[i];
		if (!utf8_cont(b))
			c += (unit == UNIT_UTF16 && b >= 0xF0) ? 2 : 1;
	}
	*col = c;
	/* Replace the slot used longer ago. */
	if (slot[1].used < slot[0].used)
		slot++;
	*slot = (struct pos_cache){ lo, off, c, ++s->cache->tick };
}
