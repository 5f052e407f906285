/* freq.c - maps da-freq.bin and answers word and bigram counts without
 * parsing: a hash index over a sorted word array, and per word a sorted
 * run of right-neighbour counts.  Owns the mapping; the layout is
 * documented in dictionaries/build-freq.py. */
#include "freq.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define FREQ_MAGIC "RSFREQ02"
#define WORD_REC 20
#define HEADER_SIZE 44
#define MAX_WORD 256

struct freq {
	struct freq *next;	/* open tables, shared by file identity */
	unsigned refs;
	dev_t dev;
	ino_t ino;
	struct timespec mtime;
	const unsigned char *map;
	size_t size;
	uint32_t nwords, nbigrams, hashsize;
	unsigned long total;
	const unsigned char *words, *hash, *bigrams, *strings;
	size_t strsize;
	unsigned char *filter;	/* FILTER_BITS bits: the words' hashes */
};

/* Most look-ups are of forms no text uses (the rules try every one-edit
 * neighbour of a word): a bit per hash value, small enough to stay in
 * the cache, answers them without touching the 1 MB index. */
#define FILTER_BITS (1U << 21)

static uint32_t
rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint64_t
rd64(const unsigned char *p)
{
	return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

/* Word record i: string offset, length, count, first bigram, sum of its
 * stored bigram counts. */
static const unsigned char *
word_rec(const struct freq *fq, uint32_t i)
{
	return fq->words + (size_t)i * WORD_REC;
}

static int
bad(const char *path, const char *why)
{
	warnx_("%s: %s", path, why);
	return -1;
}

/* Checks that every section and every reference lies inside the file, so
 * that lookups can trust the table. */
static int
validate(struct freq *fq, const char *path)
{
	const unsigned char *m = fq->map;
	if (fq->size < HEADER_SIZE || memcmp(m, FREQ_MAGIC, 8) != 0)
		return bad(path, _("not a retstav frequency table"));
	fq->nwords = rd32(m + 8);
	fq->nbigrams = rd32(m + 12);
	fq->hashsize = rd32(m + 16);
	fq->total = (unsigned long)rd64(m + 20);
	uint32_t wo = rd32(m + 28), ho = rd32(m + 32), bo = rd32(m + 36), so = rd32(m + 40);
	uint64_t wend = (uint64_t)wo + WORD_REC * ((uint64_t)fq->nwords + 1);
	uint64_t hend = (uint64_t)ho + 4 * (uint64_t)fq->hashsize;
	uint64_t bend = (uint64_t)bo + 8 * (uint64_t)fq->nbigrams;
	if (fq->hashsize == 0 || (fq->hashsize & (fq->hashsize - 1)) ||
	    fq->hashsize <= fq->nwords || wo < HEADER_SIZE || wend > ho ||
	    hend > bo || bend > so || so > fq->size)
		return bad(path, _("corrupt frequency table (bad sections)"));
	fq->words = m + wo;
	fq->hash = m + ho;
	fq->bigrams = m + bo;
	fq->strings = m + so;
	fq->strsize = fq->size - so;
	for (uint32_t i = 0; i <= fq->nwords; i++) {
		const unsigned char *r = word_rec(fq, i);
		uint64_t off = rd32(r), len = rd32(r + 4);
		uint32_t first = rd32(r + 12);
		if (off + len > fq->strsize || first > fq->nbigrams ||
		    (i > 0 && first < rd32(r - WORD_REC + 12)))
			return bad(path, _("corrupt frequency table (bad word)"));
	}
	if (rd32(word_rec(fq, fq->nwords) + 12) != fq->nbigrams)
		return bad(path, _("corrupt frequency table (bad word)"));
	for (uint32_t i = 0; i < fq->hashsize; i++)
		if (rd32(fq->hash + 4 * (size_t)i) > fq->nwords)
			return bad(path, _("corrupt frequency table (bad index)"));
	for (uint32_t i = 0; i < fq->nbigrams; i++)
		if (rd32(fq->bigrams + 8 * (size_t)i) >= fq->nwords)
			return bad(path, _("corrupt frequency table (bad bigram)"));
	return 0;
}

/* Sets the filter bit of every word of a validated table. */
static void
build_filter(struct freq *fq)
{
	fq->filter = xcalloc(FILTER_BITS / 8, 1);
	for (uint32_t i = 0; i < fq->nwords; i++) {
		const unsigned char *r = word_rec(fq, i);
		uint32_t h = fnv1a((const char *)fq->strings + rd32(r), rd32(r + 4)) &
			     (FILTER_BITS - 1);
		fq->filter[h >> 3] |= (unsigned char)(1U << (h & 7));
	}
}

/* Each worker's checker and suggester ask for the same table: one mapping,
 * checked once, serves them all (the check reads every page). */
static pthread_mutex_t open_lock = PTHREAD_MUTEX_INITIALIZER;
static struct freq *open_tables;

static struct freq *
map_table(int fd, const struct stat *st, const char *path)
{
	struct freq *fq = xcalloc(1, sizeof *fq);
	fq->size = (size_t)st->st_size;
	if (fq->size < HEADER_SIZE) {
		bad(path, _("not a retstav frequency table"));
		free(fq);
		return NULL;
	}
	void *m = mmap(NULL, fq->size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (m == MAP_FAILED) {
		warnx_("%s: %s", path, strerror(errno));
		free(fq);
		return NULL;
	}
	fq->map = m;
	if (validate(fq, path) < 0) {
		munmap(m, fq->size);
		free(fq);
		return NULL;
	}
	build_filter(fq);
	fq->dev = st->st_dev;
	fq->ino = st->st_ino;
	fq->mtime = st->st_mtim;
	fq->refs = 1;
	return fq;
}

struct freq *
freq_open(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		warnx_("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) < 0) {
		warnx_("%s: %s", path, strerror(errno));
		close(fd);
		return NULL;
	}
	pthread_mutex_lock(&open_lock);
	struct freq *fq = open_tables;
	while (fq && !(fq->dev == st.st_dev && fq->ino == st.st_ino &&
		       fq->size == (size_t)st.st_size &&
		       fq->mtime.tv_sec == st.st_mtim.tv_sec &&
		       fq->mtime.tv_nsec == st.st_mtim.tv_nsec))
		fq = fq->next;
	if (fq) {
		fq->refs++;
	} else if ((fq = map_table(fd, &st, path)) != NULL) {
		fq->next = open_tables;
		open_tables = fq;
	}
	pthread_mutex_unlock(&open_lock);
	close(fd);
	return fq;
}

void
freq_close(struct freq *fq)
{
	if (!fq)
		return;
	pthread_mutex_lock(&open_lock);
	int last = --fq->refs == 0;
	if (last) {
		struct freq **pp = &open_tables;
		while (*pp && *pp != fq)
			pp = &(*pp)->next;
		if (*pp)
			*pp = fq->next;
	}
	pthread_mutex_unlock(&open_lock);
	if (!last)
		return;
	munmap((void *)fq->map, fq->size);
	free(fq->filter);
	free(fq);
}

size_t
freq_fold(const char *w, size_t n, char *out)
{
	size_t o = 0;
	int digit = 0;
	for (size_t i = 0; i < n; i++)
		if (w[i] >= '0' && w[i] <= '9')
			digit = 1;
	if (digit) {
		out[0] = '0';
		return 1;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 'A' && c <= 'Z') {
			out[o++] = (char)(c + 32);
		} else if (c == 0xC3 && i + 1 < n) {
			unsigned char d = (unsigned char)w[i + 1];
			/* U+00C0..U+00DE except U+00D7 (multiplication sign). */
			if (d >= 0x80 && d <= 0x9E && d != 0x97)
				d += 0x20;
			out[o++] = (char)c;
			out[o++] = (char)d;
			i++;
		} else if (c == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
			   (unsigned char)w[i + 2] == 0x99) {
			out[o++] = '\'';
			i += 2;
		} else {
			out[o++] = (char)c;
		}
	}
	return o;
}

/* Index of the folded word w, or -1. */
static long
find(const struct freq *fq, const char *w, size_t n)
{
	if (!fq || n > MAX_WORD)
		return -1;
	char key[MAX_WORD];
	size_t k = freq_fold(w, n, key);
	uint32_t mask = fq->hashsize - 1, hv = fnv1a(key, k), f = hv & (FILTER_BITS - 1);
	if (!(fq->filter[f >> 3] & (1U << (f & 7))))
		return -1;
	for (uint32_t h = hv & mask, probes = 0; probes < fq->hashsize;
	     h = (h + 1) & mask, probes++) {
		uint32_t v = rd32(fq->hash + 4 * (size_t)h);
		if (v == 0)
			return -1;
		const unsigned char *r = word_rec(fq, v - 1);
		if (rd32(r + 4) == k && memcmp(fq->strings + rd32(r), key, k) == 0)
			return (long)(v - 1);
	}
	return -1;
}

long
freq_id(const struct freq *fq, const char *w, size_t n)
{
	return find(fq, w, n);
}

unsigned long
freq_count_id(const struct freq *fq, long id)
{
	return id < 0 ? 0 : rd32(word_rec(fq, (uint32_t)id) + 8);
}

unsigned long
freq_bigram_id(const struct freq *fq, long ia, long ib)
{
	if (ia < 0 || ib < 0)
		return 0;
	uint32_t lo = rd32(word_rec(fq, (uint32_t)ia) + 12);
	uint32_t hi = rd32(word_rec(fq, (uint32_t)ia + 1) + 12);
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		uint32_t r = rd32(fq->bigrams + 8 * (size_t)mid);
		if (r == (uint32_t)ib)
			return rd32(fq->bigrams + 8 * (size_t)mid + 4);
		if (r < (uint32_t)ib)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

unsigned long
freq_word(const struct freq *fq, const char *w, size_t n)
{
	return freq_count_id(fq, find(fq, w, n));
}

unsigned long
freq_bigram(const struct freq *fq, const char *a, size_t an, const char *b, size_t bn)
{
	long ia = find(fq, a, an);
	if (ia < 0)
		return 0;
	return freq_bigram_id(fq, ia, find(fq, b, bn));
}

void
freq_followers(const struct freq *fq, const char *w, size_t n,
	       unsigned long *types, unsigned long *sum)
{
	long i = find(fq, w, n);
	*types = *sum = 0;
	if (i < 0)
		return;
	const unsigned char *r = word_rec(fq, (uint32_t)i);
	*types = rd32(r + WORD_REC + 12) - rd32(r + 12);
	*sum = rd32(r + 16);
}

unsigned long
freq_total(const struct freq *fq)
{
	return fq ? fq->total : 0;
}
