/* lexicon.c - the suggestion index: maps the trie file read-only and
 * walks it.  Owns the mapping.  Opening costs one mmap; pages are read on
 * first touch, so a run that suggests nothing reads almost nothing. */
#include "lexicon.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
	B_LAST = 1u << 21,
	B_SHIFT = 22,		/* LEX_* bits start here */
	CP_MASK = (1u << 21) - 1,
	HEADER = 20
};

struct lexicon {
	void *map;
	size_t maplen;
	const uint32_t *nodes;	/* pairs {first child, cp | bits} */
	uint32_t nnodes, nforms;
};

static uint32_t
rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

struct lexicon *
lex_open(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		warnx_("%s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	size_t len = (size_t)st.st_size;
	void *map = len >= HEADER ? mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
	close(fd);
	const unsigned char *p = map;
	if (map == MAP_FAILED || memcmp(p, "RSSUG001", 8) != 0 ||
	    (len - HEADER) / 8 < rd32(p + 8) || rd32(p + 8) == 0) {
		warnx_(_("%s: not a suggestion index (rebuild it with make)"), path);
		if (map != MAP_FAILED)
			munmap(map, len);
		return NULL;
	}
	struct lexicon *lx = xcalloc(1, sizeof *lx);
	lx->map = map;
	lx->maplen = len;
	lx->nodes = (const uint32_t *)(p + HEADER);
	lx->nnodes = rd32(p + 8);
	lx->nforms = rd32(p + 12);
	madvise(map, len, MADV_RANDOM);
	return lx;
}

void
lex_close(struct lexicon *lx)
{
	if (!lx)
		return;
	munmap(lx->map, lx->maplen);
	free(lx);
}

uint32_t
lex_child(const struct lexicon *lx, uint32_t node)
{
	uint32_t c = lx->nodes[2 * (size_t)node];
	return c < lx->nnodes ? c : 0;
}

int
lex_last(const struct lexicon *lx, uint32_t node)
{
	return (lx->nodes[2 * (size_t)node + 1] & B_LAST) != 0;
}

int32_t
lex_cp(const struct lexicon *lx, uint32_t node)
{
	return (int32_t)(lx->nodes[2 * (size_t)node + 1] & CP_MASK);
}

unsigned
lex_bits(const struct lexicon *lx, uint32_t node)
{
	return lx->nodes[2 * (size_t)node + 1] >> B_SHIFT;
}

uint32_t
lex_step(const struct lexicon *lx, uint32_t node, int32_t cp)
{
	uint32_t c = lex_child(lx, node);
	if (!c)
		return 0;
	for (;; c++) {
		if (c >= lx->nnodes)
			return 0;
		int32_t x = lex_cp(lx, c);
		if (x == cp)
			return c;
		if (x > cp || lex_last(lx, c))
			return 0;
	}
}

unsigned
lex_lookup(const struct lexicon *lx, const int32_t *cps, size_t n)
{
	uint32_t node = 0;
	for (size_t i = 0; i < n; i++)
		if (!(node = lex_step(lx, node, cps[i])))
			return 0;
	return n ? lex_bits(lx, node) : 0;
}

unsigned
lex_lookup_utf8(const struct lexicon *lx, const char *w, size_t n)
{
	uint32_t node = 0;
	for (size_t i = 0; i < n;)
		if (!(node = lex_step(lx, node, utf8_next(w, n, &i))))
			return 0;
	return n ? lex_bits(lx, node) : 0;
}

int
lex_min_forms(const struct lexicon *lx, const char *w, size_t n, int max)
{
	enum { MAX_BYTES = 256 };
	int best[MAX_BYTES + 1];
	if (n == 0 || n > MAX_BYTES)
		return max + 1;
	for (size_t i = 0; i <= n; i++)
		best[i] = max + 1;
	best[0] = 0;
	/* best[i]: the fewest forms that write w[0..i); only character
	 * boundaries are reached. */
	for (size_t i = 0; i < n; i++) {
		if (best[i] >= max)
			continue;
		uint32_t node = 0;
		for (size_t j = i; j < n;) {
			if (!(node = lex_step(lx, node, utf8_next(w, n, &j))))
				break;
			if ((lex_bits(lx, node) & LEX_WORD) && best[i] + 1 < best[j])
				best[j] = best[i] + 1;
		}
	}
	return best[n];
}

const uint32_t *
lex_nodes(const struct lexicon *lx, uint32_t *n)
{
	*n = lx->nnodes;
	return lx->nodes;
}

size_t
lex_size(const struct lexicon *lx)
{
	return lx->nforms;
}
