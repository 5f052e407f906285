/* typo.c - the typing-error model behind the suggestion ranking.  Owns
 * a table of letter-for-letter costs over the letters Danish text uses,
 * the keyboard geometry and the multi-letter confusions read from the
 * dictionary's .aff (KEY, REP, MAP). */
#include "typo.h"
#include "util.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	NSLOT = TYPO_NSLOT,	/* letters with a table slot */
	C_CASE = 0,
	C_DIACRITIC = TYPO_DIACRITIC,
	C_MAP = 25,		/* é for e and the like (.aff MAP) */
	C_DIGRAPH = 30,		/* "aa" for å, "ae" for æ, "oe" for ø */
	C_NEIGHBOUR = 70,	/* a neighbouring key */
	C_REP = 75,		/* a confusion the .aff lists */
	C_VOWEL = 90,		/* one vowel for another */
	C_DOUBLE = 25,		/* a doubled or undoubled letter */
	C_FAT = 80,		/* an extra key next to the meant one */
	C_OMIT = 80,		/* a letter left out: likelier than one added */
	C_SCHWA = 60,		/* an e left out */
	C_SOUND = 70,		/* a loanword's sound spelled the Danish way */
	C_TRUNC = 70,		/* a letter lost at the end */
	C_SWAP = 60,		/* two letters swapped */
	C_MULTI = 70,		/* a multi-letter REP */
	C_HAPLO = 70,		/* a repeated syllable written once */
	C_HAPLO_GAP = 30	/* ... with a letter between the two */
};

struct typo {
	int32_t rows[4][16];
	int nrows, rowlen[4];
	short sub[NSLOT][NSLOT];
	unsigned char adj[NSLOT][NSLOT];
	struct typo_rep *reps;
	size_t nreps, capreps;
	char **whole;		/* pairs: typed word, its correction */
	size_t nwhole, capwhole;
};

static const char *const default_key = "qwertyuiopå|asdfghjklæø|zxcvbnm";

static const int32_t slot_cps[] = {
	'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
	'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
	0xE6, 0xF8, 0xE5,	/* æ ø å */
	0xE9, 0xE8, 0xEA, 0xEB, 0xE1, 0xE0, 0xE2, 0xE4, 0xF6, 0xF3, 0xF2,
	0xF4, 0xFC, 0xFA, 0xF9, 0xFB, 0xED, 0xEC, 0xEE, 0xEF, 0xE7, 0xF1,
	0xFD, 0xDF, '-', '\''
};

static int
slot_slow(int32_t c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a';
	for (size_t i = 26; i < sizeof slot_cps / sizeof *slot_cps; i++)
		if (slot_cps[i] == c)
			return (int)i;
	return -1;
}

static signed char slot8[256];
static pthread_once_t slot8_once = PTHREAD_ONCE_INIT;

static void
init_slots(void)
{
	for (int c = 0; c < 256; c++)
		slot8[c] = (signed char)slot_slow(c);
}

static int
slot(int32_t c)
{
	return c >= 0 && c < 256 ? slot8[c] : -1;
}

static int
is_vowel(int32_t c)
{
	return (c > 0 && c < 128 && strchr("aeiouy", (int)c)) || c == 0xE6 ||
	       c == 0xF8 || c == 0xE5;
}

static void
key_pos(const struct typo *ty, int32_t c, int *r, int *col)
{
	for (int i = 0; i < ty->nrows; i++)
		for (int j = 0; j < ty->rowlen[i]; j++)
			if (ty->rows[i][j] == c) {
				*r = i;
				*col = j;
				return;
			}
	*r = -1;
}

static int
geo_adjacent(const struct typo *ty, int32_t a, int32_t b)
{
	int ra, ca = 0, rb, cb = 0;
	key_pos(ty, a, &ra, &ca);
	key_pos(ty, b, &rb, &cb);
	if (ra < 0 || rb < 0 || a == b)
		return 0;
	if (ra == rb)
		return ca - cb == 1 || cb - ca == 1;
	/* Each row sits about half a key to the right of the one above. */
	if (rb == ra + 1)
		return cb == ca - 1 || cb == ca;
	if (ra == rb + 1)
		return ca == cb - 1 || ca == cb;
	return 0;
}

static void
set_keys(struct typo *ty, const char *spec)
{
	size_t i = 0, n = strlen(spec);
	ty->nrows = 0;
	memset(ty->rowlen, 0, sizeof ty->rowlen);
	while (i < n && ty->nrows < 4) {
		int32_t c = utf8_next(spec, n, &i);
		if (c == '|') {
			ty->nrows++;
			continue;
		}
		if (c > 0 && ty->rowlen[ty->nrows] < 16)
			ty->rows[ty->nrows][ty->rowlen[ty->nrows]++] = c;
	}
	ty->nrows++;
}

static void
set_sub(struct typo *ty, int32_t typed, int32_t meant, int cost)
{
	int a = slot(typed), b = slot(meant);
	if (a >= 0 && b >= 0 && ty->sub[a][b] > cost)
		ty->sub[a][b] = (short)cost;
}

static size_t
decode(const char *s, size_t n, int32_t *out, size_t max)
{
	size_t i = 0, k = 0;
	while (i < n) {
		int32_t c = utf8_next(s, n, &i);
		if (c <= 0 || k == max)
			return 0;
		out[k++] = c;
	}
	return k;
}

static void
add_rep(struct typo *ty, const char *typed, const char *meant, int cost)
{
	struct typo_rep r = {0};
	size_t nt = decode(typed, strlen(typed), r.typed, TYPO_MAXREP);
	size_t nm = decode(meant, strlen(meant), r.meant, TYPO_MAXREP);
	if (nt == 0 || nm == 0)
		return;
	if (nt == 1 && nm == 1) {
		set_sub(ty, r.typed[0], r.meant[0], cost);
		return;
	}
	r.ntyped = (unsigned char)nt;
	r.nmeant = (unsigned char)nm;
	r.cost = (short)cost;
	grow((void **)&ty->reps, &ty->capreps, ty->nreps + 1, sizeof *ty->reps);
	ty->reps[ty->nreps++] = r;
}

/* A MAP line groups letters that stand for each other: "eéèêë". */
static void
add_map(struct typo *ty, const char *s)
{
	int32_t cps[64];
	size_t i = 0, n = strlen(s), k = 0;
	while (i < n && k < 64) {
		int32_t c = utf8_next(s, n, &i);
		if (c == '(') {	/* "(ss)ß": a multi-letter member; skip it */
			while (i < n && s[i] != ')')
				i++;
			i++;
			continue;
		}
		if (c > 0)
			cps[k++] = c;
	}
	for (size_t a = 0; a < k; a++)
		for (size_t b = 0; b < k; b++)
			if (a != b)
				set_sub(ty, cps[a], cps[b], C_MAP);
}

static void
read_aff(struct typo *ty, const char *path)
{
	FILE *f = fopen(path, "r");
	char line[1024];
	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		char a[256], b[256];
		if (strncmp(line, "KEY ", 4) == 0 && sscanf(line + 4, "%255s", a) == 1) {
			set_keys(ty, a);
		} else if (strncmp(line, "MAP ", 4) == 0 && sscanf(line + 4, "%255s", a) == 1 &&
			   !(a[0] >= '0' && a[0] <= '9')) {
			add_map(ty, a);
		} else if (strncmp(line, "REP ", 4) == 0 &&
			   sscanf(line + 4, "%255s %255s", a, b) == 2 && a[0] == '^' &&
			   strlen(a) > 2 && a[strlen(a) - 1] == '$') {
			/* "REP ^forlængst$ for_længst": one word for another. */
			a[strlen(a) - 1] = '\0';
			for (char *u = b; *u; u++)
				if (*u == '_')
					*u = ' ';
			grow((void **)&ty->whole, &ty->capwhole, ty->nwhole + 2, sizeof *ty->whole);
			ty->whole[ty->nwhole++] = xstrdup(a + 1);
			ty->whole[ty->nwhole++] = xstrdup(b);
		} else if (strncmp(line, "REP ", 4) == 0 &&
			   sscanf(line + 4, "%255s %255s", a, b) == 2 && a[0] != '^' &&
			   !strchr(a, '$') && !strchr(b, '_')) {
			add_rep(ty, a, b, strlen(a) + strlen(b) > 2 ? C_MULTI : C_REP);
		}
	}
	fclose(f);
}

struct typo *
typo_new(const char *aff_path)
{
	struct typo *ty = xcalloc(1, sizeof *ty);
	pthread_once(&slot8_once, init_slots);
	set_keys(ty, default_key);
	for (int a = 0; a < NSLOT; a++)
		for (int b = 0; b < NSLOT; b++)
			ty->sub[a][b] = a == b ? 0 : TYPO_EDIT;
	if (aff_path)
		read_aff(ty, aff_path);
	for (int a = 0; a < 29; a++)
		for (int b = 0; b < 29; b++) {
			int32_t x = slot_cps[a], y = slot_cps[b];
			ty->adj[a][b] = (unsigned char)geo_adjacent(ty, x, y);
			if (a != b && ty->adj[a][b])
				set_sub(ty, x, y, C_NEIGHBOUR);
			if (a != b && is_vowel(x) && is_vowel(y))
				set_sub(ty, x, y, C_VOWEL);
		}
	/* æ, ø and å lost to a plain letter (a keyboard without them) or
	 * put where the plain letter belongs. */
	set_sub(ty, 'e', 0xE6, C_DIACRITIC);
	set_sub(ty, 'a', 0xE6, C_DIACRITIC);
	set_sub(ty, 'o', 0xF8, C_DIACRITIC);
	set_sub(ty, 'a', 0xE5, C_DIACRITIC);
	set_sub(ty, 'o', 0xE5, C_DIACRITIC + 10);
	set_sub(ty, 0xE6, 'e', C_DIACRITIC + 20);
	set_sub(ty, 0xF8, 'o', C_DIACRITIC + 20);
	set_sub(ty, 0xE5, 'a', C_DIACRITIC + 20);
	add_rep(ty, "aa", "å", C_DIGRAPH);
	add_rep(ty, "ae", "æ", C_DIGRAPH);
	add_rep(ty, "oe", "ø", C_DIGRAPH);
	/* Sounds of loanwords written as they sound in Danish, or the other
	 * way round, where the .aff lists only one direction or none. */
	static const char *const sounds[][2] = {
		{ "sj", "ch" }, { "tj", "ch" }, { "sh", "sj" }, { "sj", "sh" },
		{ "ks", "x" }, { "x", "ks" }, { "kv", "qu" }, { "u", "ou" },
		{ "eu", "ø" }, { "ø", "eu" }
	};
	for (size_t i = 0; i < sizeof sounds / sizeof *sounds; i++)
		add_rep(ty, sounds[i][0], sounds[i][1], C_SOUND);
	set_sub(ty, 'w', 'v', C_SOUND);
	set_sub(ty, 'v', 'w', C_SOUND);
	return ty;
}

void
typo_free(struct typo *ty)
{
	if (!ty)
		return;
	for (size_t i = 0; i < ty->nwhole; i++)
		free(ty->whole[i]);
	free(ty->whole);
	free(ty->reps);
	free(ty);
}

int
typo_adjacent(const struct typo *ty, int32_t a, int32_t b)
{
	int x = slot(a), y = slot(b);
	if (x >= 0 && y >= 0)
		return ty->adj[x][y];
	return geo_adjacent(ty, a, b);
}

int
typo_slot(int32_t c)
{
	return slot(c);
}

void
typo_sub_row(const struct typo *ty, int32_t typed, short *row)
{
	int a = slot(typed);
	const int ncps = (int)(sizeof slot_cps / sizeof *slot_cps);
	for (int b = 0; b < NSLOT; b++)
		row[b] = a >= 0 ? ty->sub[a][b] :
			 (b < ncps && slot_cps[b] == typed ? 0 : TYPO_EDIT);
	row[NSLOT] = TYPO_EDIT;
}

int
typo_sub(const struct typo *ty, int32_t typed, int32_t meant)
{
	if (typed == meant)
		return C_CASE;
	int a = slot(typed), b = slot(meant);
	if (a < 0 || b < 0)
		return TYPO_EDIT;
	return ty->sub[a][b];
}

int
typo_extra(const struct typo *ty, int32_t x, int32_t prev, int32_t next)
{
	/* Only the second of two equal letters is the doubling one (either
	 * may go, leaving the same word): "jj" typed for nothing is an
	 * extra letter and its double, not two doublings. */
	if (x == prev)
		return C_DOUBLE;
	if (typo_adjacent(ty, x, prev) || typo_adjacent(ty, x, next))
		return C_FAT;
	return TYPO_EDIT;
}

int
typo_omit(const struct typo *ty, int32_t m, int32_t prev, int at_end)
{
	(void)ty;
	if (m == prev)
		return C_DOUBLE;
	/* Unstressed e is often not heard, so not written: "optrædner". */
	if (m == 'e')
		return C_SCHWA;
	return at_end ? C_TRUNC : C_OMIT;
}

int
typo_swap(const struct typo *ty, int32_t a, int32_t b)
{
	(void)ty;
	(void)a;
	(void)b;
	return C_SWAP;
}

static int
same(const int32_t *a, const int32_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

int
typo_haplology(const struct typo *ty, const int32_t *meant, size_t n, size_t drop)
{
	(void)ty;
	if (drop < 2 || drop > TYPO_MAXHAPLO || n < 2 * drop)
		return 0;
	/* The dropped letters repeat the ones before them: "te|te". */
	if (drop <= 3 && same(meant + n - 2 * drop, meant + n - drop, drop))
		return C_HAPLO;
	/* Or one letter and a repeat of the ones before it: "ri|o|ri". */
	if (drop >= 3 && same(meant + n - 2 * drop + 1, meant + n - drop + 1, drop - 1))
		return C_HAPLO + C_HAPLO_GAP;
	return 0;
}

const char *
typo_whole(const struct typo *ty, const char *w, size_t n)
{
	for (size_t i = 0; i + 1 < ty->nwhole; i += 2)
		if (strlen(ty->whole[i]) == n && memcmp(ty->whole[i], w, n) == 0)
			return ty->whole[i + 1];
	return NULL;
}

const struct typo_rep *
typo_reps(const struct typo *ty, size_t *n)
{
	*n = ty->nreps;
	return ty->reps;
}
