/* speller.c - owns the hunspell handle and the verdict cache.  Checks a
 * dictionary's files before hunspell sees them (hunspell prints its own
 * error and returns a handle anyway), loads word lists through
 * Hunspell_add_dic so that affix flags of the main dictionary apply, and
 * caches one verdict per distinct word. */
#include "speller.h"
#include "util.h"

#include <errno.h>
#include <hunspell/hunspell.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum {
	C_OK = 1,		/* hunspell accepts it */
	C_COMPOUND_KNOWN = 2,	/* the compound test has run */
	C_COMPOUND = 4		/* accepted only as a compound */
};

struct entry {
	const char *key;	/* in the arena, NUL-terminated */
	unsigned len;
	unsigned hash;
	unsigned char bits;
};

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	char data[];
};

struct speller {
	Hunhandle *h;
	char *aff;
	struct entry *tab;
	size_t size, count;	/* size is a power of two */
	struct arena_block *arena;
	unsigned long lookups, hits;
};

enum flag_type {
	FLAG_CHAR,		/* one character per flag (hunspell's default) */
	FLAG_LONG,		/* two characters per flag */
	FLAG_NUM,		/* numbers separated by commas */
	FLAG_UTF8
};

/* Every worker loads the same files: a message about them is printed by
 * the first only.  Guarded by load_lock; freed at exit by no one (a few
 * short strings, as many as there were distinct problems). */
static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;
static char **load_said;
static size_t load_nsaid, load_capsaid;

static void
load_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
load_warn(const char *fmt, ...)
{
	va_list ap;
	char msg[1024];
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	pthread_mutex_lock(&load_lock);
	int said = 0;
	for (size_t i = 0; i < load_nsaid && !said; i++)
		said = strcmp(load_said[i], msg) == 0;
	if (!said) {
		grow((void **)&load_said, &load_capsaid, load_nsaid + 1, sizeof *load_said);
		load_said[load_nsaid++] = xstrdup(msg);
		warnx_("%s", msg);
	}
	pthread_mutex_unlock(&load_lock);
}

/* libhunspell 1.7 keeps a process-wide UTF-8 case table with a plain
 * reference count, set up and freed by Hunspell_create, _add_dic and
 * _destroy.  Workers calling those at once lose counts: a table leaks or,
 * worse, is freed while another handle uses it.  hun_lock serializes
 * those calls (found by make asan with -j4). */
static pthread_mutex_t hun_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *const std_dirs[] = {
	"/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts",
	"/usr/local/share/hunspell", "/usr/local/share/myspell", NULL
};

static int
readable(const char *path)
{
	return access(path, R_OK) == 0;
}

static int
try_base(const char *base, char *out, size_t outsz)
{
	char p[PATH_MAX];
	if (snprintf(p, sizeof p, "%s.dic", base) >= (int)sizeof p || !readable(p))
		return 0;
	if (snprintf(p, sizeof p, "%s.aff", base) >= (int)sizeof p || !readable(p))
		return 0;
	return snprintf(out, outsz, "%s", base) < (int)outsz;
}

int
spl_find_dictionary(const char *spec, char *out, size_t outsz)
{
	char base[PATH_MAX];
	size_t n = strlen(spec);

	if (n == 0 || n >= sizeof base - 8) {
		warnx_(_("invalid dictionary name '%s'"), spec);
		return -1;
	}
	snprintf(base, sizeof base, "%s", spec);
	if (n > 4 && (strcmp(base + n - 4, ".dic") == 0 ||
		      strcmp(base + n - 4, ".aff") == 0))
		base[n - 4] = '\0';
	if (strchr(base, '/')) {
		if (try_base(base, out, outsz))
			return 0;
		/* base is shorter than PATH_MAX - 8: the names fit. */
		char p[PATH_MAX];
		int k = snprintf(p, sizeof p, "%s.dic", base);
		if (k > 0 && readable(p))
			k = snprintf(p, sizeof p, "%s.aff", base);
		if (k > 0)
			warnx_("%s: %s", p, strerror(errno));
		return -1;
	}
	const char *dicpath = getenv("DICPATH");
	if (dicpath) {
		char *copy = xstrdup(dicpath), *save = NULL;
		for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
			char p[PATH_MAX];
			if (snprintf(p, sizeof p, "%s/%s", d, base) < (int)sizeof p &&
			    try_base(p, out, outsz)) {
				free(copy);
				return 0;
			}
		}
		free(copy);
	}
	for (int i = 0; std_dirs[i]; i++) {
		char p[PATH_MAX];
		if (snprintf(p, sizeof p, "%s/%s", std_dirs[i], base) < (int)sizeof p &&
		    try_base(p, out, outsz))
			return 0;
	}
	warnx_(_("dictionary '%s' not found (searched DICPATH and %s); install hunspell-da or use --dictionary=PATH"),
	       spec, std_dirs[0]);
	return -1;
}

/* A .dic file starts with its approximate word count. */
static int
check_dic(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[64];
	if (!f) {
		load_warn("%s: %s", path, strerror(errno));
		return -1;
	}
	int ok = fgets(line, sizeof line, f) != NULL;
	fclose(f);
	const char *p = line;
	if (ok && strncmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if (!ok || *p < '0' || *p > '9') {
		load_warn(_("%s: not a hunspell dictionary (the first line must be the word count)"), path);
		return -1;
	}
	return 0;
}

static int
check_aff(const char *path, enum flag_type *ft)
{
	FILE *f = fopen(path, "r");
	char line[512];
	int set = 0, lines = 0;
	*ft = FLAG_CHAR;
	if (!f) {
		load_warn("%s: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof line, f) && lines++ < 10000) {
		if (strncmp(line, "FLAG ", 5) == 0) {
			const char *t = line + 5;
			*ft = strncmp(t, "num", 3) == 0	   ? FLAG_NUM :
			      strncmp(t, "long", 4) == 0   ? FLAG_LONG :
			      strncmp(t, "UTF-8", 5) == 0  ? FLAG_UTF8 : FLAG_CHAR;
		}
		if (strncmp(line, "SET ", 4) == 0 || strncmp(line, "SFX ", 4) == 0 ||
		    strncmp(line, "PFX ", 4) == 0 || strncmp(line, "TRY ", 4) == 0)
			set = 1;
	}
	fclose(f);
	if (!set) {
		load_warn(_("%s: not a hunspell affix file"), path);
		return -1;
	}
	return 0;
}

/* Copies a word list into an in-memory .dic (count line first) and hands
 * it to hunspell, so that "ord/FLAGS" entries use the main .aff. */
/* Returns NULL when the entry p (comments and blanks gone) is one
 * hunspell can take, else why not. */
static const char *
bad_entry(const char *p, size_t len, enum flag_type ft)
{
	for (size_t i = 0; i < len;) {
		size_t k = utf8_valid_len((const unsigned char *)p + i, len - i);
		if (k == 0)
			return _("not valid UTF-8");
		i += k;
	}
	/* "ord/FLAGS" and then, after white space, morphology: the word is
	 * up to the first unescaped '/'. */
	size_t w = 0;
	while (w < len && p[w] != '/' && p[w] != ' ' && p[w] != '\t')
		w += (p[w] == '\\' && w + 1 < len) ? 2 : 1;
	if (w == 0)
		return _("no word before the affix flags");
	if (w >= len || p[w] != '/')
		return NULL;
	const char *fl = p + w + 1;
	size_t fn = strcspn(fl, " \t");
	if (fn == 0)
		return _("'/' with no affix flags after it");
	if (ft == FLAG_NUM) {
		for (size_t i = 0; i < fn; i++)
			if (!(fl[i] >= '0' && fl[i] <= '9') &&
			    !(fl[i] == ',' && i > 0 && i + 1 < fn && fl[i - 1] != ','))
				return _("bad affix flags: this dictionary's flags are numbers (ord/10,39)");
	} else if (ft == FLAG_LONG && fn % 2) {
		return _("bad affix flags: this dictionary's flags are two characters each");
	}
	return NULL;
}

static int
add_wordlist(Hunhandle *h, const char *path, enum flag_type ft)
{
	size_t lineno = 0;
	FILE *f = fopen(path, "r");
	struct buf body = {0};
	size_t n = 0;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	if (!f) {
		load_warn("%s: %s", path, strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &cap, f)) >= 0) {
		char *p = line;
		int nul = strlen(line) != (size_t)len;
		lineno++;
		while (len > 0 && (p[len - 1] == '\n' || p[len - 1] == '\r' ||
				   p[len - 1] == ' ' || p[len - 1] == '\t'))
			p[--len] = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0' || *p == '#')
			continue;
		/* A count line, as in a real .dic, is not a word. */
		if (n == 0 && strspn(p, "0123456789") == strlen(p))
			continue;
		char *hash = strstr(p, " #");
		if (hash) {
			*hash = '\0';
			for (char *e = hash; e > p && (e[-1] == ' ' || e[-1] == '\t');)
				*--e = '\0';
		}
		const char *why = nul ? _("holds a NUL byte") : bad_entry(p, strlen(p), ft);
		if (why) {
			load_warn(_("%s:%zu: %s; line skipped"), path, lineno, why);
			continue;
		}
		buf_adds(&body, p);
		buf_addc(&body, '\n');
		n++;
	}
	int rerr = ferror(f);
	free(line);
	fclose(f);
	if (rerr) {
		load_warn("%s: %s", path, strerror(EIO));
		buf_free(&body);
		return -1;
	}
	if (n == 0) {
		buf_free(&body);
		return 0;
	}
	int fd = memfd_create("retstav-wordlist", MFD_CLOEXEC);
	if (fd < 0) {
		load_warn("%s: %s", path, strerror(errno));
		buf_free(&body);
		return -1;
	}
	char head[32];
	int hl = snprintf(head, sizeof head, "%zu\n", n);
	int ok = write(fd, head, (size_t)hl) == hl &&
		 write(fd, body.data, body.len) == (ssize_t)body.len;
	buf_free(&body);
	char proc[64];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	if (ok) {
		pthread_mutex_lock(&hun_lock);
		ok = Hunspell_add_dic(h, proc) == 0;
		pthread_mutex_unlock(&hun_lock);
	}
	if (!ok) {
		load_warn(_("%s: cannot load word list"), path);
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

struct speller *
spl_open(const char *base, const char *const *wordlists)
{
	char aff[PATH_MAX], dic[PATH_MAX];
	snprintf(aff, sizeof aff, "%s.aff", base);
	snprintf(dic, sizeof dic, "%s.dic", base);
	enum flag_type ft;
	if (check_aff(aff, &ft) < 0 || check_dic(dic) < 0)
		return NULL;
	struct speller *sp = xcalloc(1, sizeof *sp);
	pthread_mutex_lock(&hun_lock);
	sp->h = Hunspell_create(aff, dic);
	pthread_mutex_unlock(&hun_lock);
	sp->aff = xstrdup(aff);
	const char *enc = sp->h ? Hunspell_get_dic_encoding(sp->h) : NULL;
	if (!sp->h || !enc || strcmp(enc, "UTF-8") != 0) {
		load_warn(_("%s: dictionary is not UTF-8 (SET UTF-8 missing)"), aff);
		spl_free(sp);
		return NULL;
	}
	/* A loaded dictionary must know the commonest Danish words and
	 * refuse nonsense; a truncated .dic passes the file checks. */
	if (!Hunspell_spell(sp->h, "og") || !Hunspell_spell(sp->h, "ikke") ||
	    Hunspell_spell(sp->h, "xqzvjk")) {
		load_warn(_("%s: dictionary is broken or not Danish (it rejects 'og' or accepts nonsense)"), dic);
		spl_free(sp);
		return NULL;
	}
	for (size_t i = 0; wordlists && wordlists[i]; i++)
		if (add_wordlist(sp->h, wordlists[i], ft) < 0) {
			spl_free(sp);
			return NULL;
		}
	sp->size = 1 << 14;
	sp->tab = xcalloc(sp->size, sizeof *sp->tab);
	return sp;
}

void
spl_free(struct speller *sp)
{
	if (!sp)
		return;
	if (sp->h) {
		pthread_mutex_lock(&hun_lock);
		Hunspell_destroy(sp->h);
		pthread_mutex_unlock(&hun_lock);
	}
	for (struct arena_block *b = sp->arena, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	free(sp->tab);
	free(sp->aff);
	free(sp);
}

const char *
spl_aff_path(const struct speller *sp)
{
	return sp->aff;
}

static unsigned
hash_bytes(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static const char *
arena_copy(struct speller *sp, const char *s, size_t n)
{
	struct arena_block *b = sp->arena;
	if (!b || b->used + n + 1 > b->cap) {
		size_t cap = n + 1 > 65536 ? n + 1 : 65536;
		b = xmalloc(sizeof *b + cap);
		b->next = sp->arena;
		b->used = 0;
		b->cap = cap;
		sp->arena = b;
	}
	char *p = b->data + b->used;
	memcpy(p, s, n);
	p[n] = '\0';
	b->used += n + 1;
	return p;
}

static void
rehash(struct speller *sp)
{
	size_t nsize = sp->size * 2;
	struct entry *nt = xcalloc(nsize, sizeof *nt);
	for (size_t i = 0; i < sp->size; i++) {
		struct entry *e = &sp->tab[i];
		if (!e->key)
			continue;
		size_t j = e->hash & (nsize - 1);
		while (nt[j].key)
			j = (j + 1) & (nsize - 1);
		nt[j] = *e;
	}
	free(sp->tab);
	sp->tab = nt;
	sp->size = nsize;
}

/* Finds or creates the cache entry of a word. */
static struct entry *
lookup(struct speller *sp, const char *w, size_t n)
{
	unsigned h = hash_bytes(w, n);
	size_t i = h & (sp->size - 1);
	sp->lookups++;
	while (sp->tab[i].key) {
		struct entry *e = &sp->tab[i];
		if (e->hash == h && e->len == n && memcmp(e->key, w, n) == 0) {
			sp->hits++;
			return e;
		}
		i = (i + 1) & (sp->size - 1);
	}
	if ((sp->count + 1) * 4 > sp->size * 3) {
		rehash(sp);
		sp->lookups--;
		return lookup(sp, w, n);
	}
	struct entry *e = &sp->tab[i];
	e->key = arena_copy(sp, w, n);
	e->len = (unsigned)n;
	e->hash = h;
	e->bits = Hunspell_spell(sp->h, e->key) ? C_OK : 0;
	sp->count++;
	return e;
}

enum spl_verdict
spl_check(struct speller *sp, const char *w, size_t n)
{
	return (lookup(sp, w, n)->bits & C_OK) ? SPL_OK : SPL_UNKNOWN;
}

int
spl_is_compound(struct speller *sp, const char *w, size_t n)
{
	struct entry *e = lookup(sp, w, n);
	if (!(e->bits & C_COMPOUND_KNOWN)) {
		char **an = NULL;
		int k = Hunspell_analyze(sp->h, &an, e->key);
		/* Compounds show their first parts as "pa:"; a lexicalised
		 * word has analyses without one. */
		int compound = k > 0;
		for (int i = 0; i < k; i++)
			if (!strstr(an[i], "pa:"))
				compound = 0;
		if (k > 0)
			Hunspell_free_list(sp->h, &an, k);
		e->bits |= C_COMPOUND_KNOWN | (compound ? C_COMPOUND : 0);
	}
	return (e->bits & C_COMPOUND) != 0;
}

size_t
spl_hunspell_suggest(struct speller *sp, const char *word, char ***out, size_t max)
{
	char **list = NULL;
	int k = Hunspell_suggest(sp->h, &list, word);
	size_t n = k > 0 ? (size_t)k : 0;
	if (n > max)
		n = max;
	*out = xcalloc(n + 1, sizeof **out);
	for (size_t i = 0; i < n; i++)
		(*out)[i] = xstrdup(list[i]);
	if (k > 0)
		Hunspell_free_list(sp->h, &list, k);
	return n;
}

void
spl_free_list(char **list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

void
spl_add_word(struct speller *sp, const char *word)
{
	Hunspell_add(sp->h, word);
	/* Forget a cached verdict of that word. */
	size_t n = strlen(word);
	struct entry *e = lookup(sp, word, n);
	e->bits = C_OK | C_COMPOUND_KNOWN;
}

void
spl_stats(const struct speller *sp, unsigned long *lookups, unsigned long *hits)
{
	*lookups = sp->lookups;
	*hits = sp->hits;
}
