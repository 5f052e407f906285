/* check.c - the per-file pipeline of one worker.  Decides for each token
 * whether it is a known word, a name (a note) or an unknown word (an
 * error), runs the rules hunspell cannot see, and asks the suggester for
 * corrections.  Owns the worker's speller, tokenizer and suggester. */
#include "check.h"
#include "freq.h"
#include "lexicon.h"
#include "rules/lm.h"
#include "rules/rules.h"
#include "speller.h"
#include "strset.h"
#include "suggest.h"
#include "tokenize.h"
#include "util.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#define MAX_BAD 100	/* invalid UTF-8 findings named per file */
/* The view is checked in chunks of about this many bytes, ended at a
 * paragraph break, so that the tokens, verdicts and the rules' working
 * memory stay bounded however large the file.  RETSTAV_CHUNK_BYTES in the
 * environment sets another size (the tests use small ones). */
#define CHUNK_BYTES ((size_t)1 << 20)

/* A token in view offsets, for the suggester's context across chunks. */
struct wtok {
	size_t off, len;
};

struct checker {
	const struct chk_config *cfg;
	struct speller *sp;
	struct speller *foreign;	/* another language's once foreign()
					 * has it, or NULL */
	int foreign_failed;	/* it would not load: not asked again */
	pthread_t loader;	/* loads it beside the checking */
	int loading;		/* loader not yet joined */
	struct speller *loaded;	/* the loader's result, read once joined */
	struct strset spans;	/* view spans the rules flagged in this file,
				 * valued by severity + 1 */
	const struct token *ctok;	/* the chunk's tokens while judged */
	size_t cntok;
	size_t cur;		/* the token being judged */
	int in_part;		/* judging a part of "x-y" or of "x- og y" */
	struct tokenizer *tk;
	struct suggester *sg;
	struct freq *fq;	/* word and pair counts (mapped) */
	struct reptable *rep;	/* the .aff REP table, for the rules */
	struct lm_memo *memo;	/* the rules' neighbours of words seen */
	unsigned char *verdict;	/* per token of a chunk, for the rules */
	long *finding;
	struct rule_parts *parts;	/* a chunk's compounds' parts, for the
					 * rules, in token order */
	size_t nparts, partcap;
	size_t vcap;
	size_t chunk;		/* bytes per chunk */
	struct wtok *win;	/* a chunk's tokens and its neighbours' */
	size_t nwin, wincap;
	struct name_table *nametab;	/* name spellings of this file */
	struct strset names;	/* names noted in this file */
	struct strset file_words;	/* "retstav: words" of this file */
	struct strset newc;	/* new_compound()'s verdicts on open
				 * compounds by lower-case word, valued
				 * verdict + 1; emptied when a word is added
				 * or it holds NEWC_MAX words */
	struct buf scratch;
	struct chk_stats stats;
	/* per file */
	const struct view *view;
	const char *text;	/* the chunk being checked: view text + base */
	size_t tlen;
	size_t base;		/* view offset of the chunk being checked */
	struct findings *fs;
};

void
chk_default_severities(struct chk_config *cfg)
{
	for (size_t i = 0; i < rule_count() && i < CHK_MAX_RULES; i++)
		cfg->sev[i] = rule_table[i].def;
}

static void *
load_foreign(void *arg)
{
	struct checker *ck = arg;
	ck->loaded = spl_open_foreign(ck->cfg->foreign_base);
	return NULL;
}

struct checker *
chk_new(const struct chk_config *cfg)
{
	struct checker *ck = xcalloc(1, sizeof *ck);
	ck->cfg = cfg;
	ck->sp = spl_open(cfg->dict_base, cfg->wordlists);
	ck->tk = tok_new();
	if (ck->sp)
		spl_share_cache(ck->sp, cfg->cache);
	if (!ck->sp || !ck->tk) {
		chk_free(ck);
		return NULL;
	}
	/* The foreign dictionary costs a third of the Danish one's load:
	 * load it on another core while the first words are checked. */
	if (cfg->foreign_base && pthread_create(&ck->loader, NULL, load_foreign, ck) == 0)
		ck->loading = 1;
	ck->sg = sug_new(ck->sp, cfg->datadir);
	struct buf path = {0};
	buf_printf(&path, "%s/da-freq.bin", cfg->datadir ? cfg->datadir : ".");
	ck->fq = freq_open(path.data);
	buf_free(&path);
	if (!ck->fq) {
		chk_free(ck);
		return NULL;
	}
	ck->rep = reptable_load(spl_aff_path(ck->sp));
	ck->memo = lm_memo_new(ck->fq, ck->rep);
	ck->nametab = names_new();
	ck->chunk = CHUNK_BYTES;
	const char *cs = getenv("RETSTAV_CHUNK_BYTES");
	unsigned long want = cs ? strtoul(cs, NULL, 10) : 0;
	if (want >= 64 && want <= (1UL << 30))
		ck->chunk = want;
	return ck;
}

void
chk_free(struct checker *ck)
{
	if (!ck)
		return;
	if (ck->loading) {
		pthread_join(ck->loader, NULL);
		spl_free(ck->loaded);
	}
	sug_free(ck->sg);
	lm_memo_free(ck->memo);
	freq_close(ck->fq);
	reptable_free(ck->rep);
	free(ck->verdict);
	free(ck->finding);
	free(ck->parts);
	free(ck->win);
	names_free(ck->nametab);
	tok_free(ck->tk);
	spl_free(ck->sp);
	spl_free(ck->foreign);
	strset_free(&ck->names);
	strset_free(&ck->spans);
	strset_free(&ck->file_words);
	strset_free(&ck->newc);
	buf_free(&ck->scratch);
	free(ck);
}

struct speller *
chk_speller(struct checker *ck)
{
	return ck->sp;
}

const struct chk_stats *
chk_get_stats(const struct checker *ck)
{
	return &ck->stats;
}

void
chk_accept_word(struct checker *ck, const char *word)
{
	spl_add_word(ck->sp, word);
	strset_clear(&ck->newc);
}

/* Adds a finding over bytes [b, e) of the chunk being checked (view
 * bytes outside the chunk loop, where ck->base is 0). */
static struct finding *
emit(struct checker *ck, size_t b, size_t e, const char *rule,
     const char *word, size_t wlen, char *msg)
{
	int r = rule_index(rule);
	enum severity sev = r >= 0 ? ck->cfg->sev[r] : SEV_ERROR;
	if (sev == SEV_OFF) {
		free(msg);
		return NULL;
	}
	b += ck->base;
	e += ck->base;
	size_t sb = mk_source_offset(ck->view, b);
	size_t se = e > b ? mk_source_offset(ck->view, e - 1) + 1 : sb;
	/* The last byte of a multi-byte character maps inside it; extend
	 * the source end over its continuation bytes. */
	return fnd_add(ck->fs, sb, se - sb, sev, rule, word, wlen, msg);
}

/* emit() for the rules, which see the checker as an opaque pointer.  A
 * span already carrying a rule's finding as severe gets no second one: a
 * lost letter in a compound ("vælgermode") is one mistake, told once. */
static struct finding *
rule_emit(void *arg, size_t b, size_t e, const char *rule, const char *word,
	  size_t wlen, char *msg)
{
	struct checker *ck = arg;
	int r = rule_index(rule);
	int sev = r >= 0 ? (int)ck->cfg->sev[r] : SEV_ERROR;
	size_t span[2] = { b + ck->base, e + ck->base };
	struct strset_entry *se = strset_get(&ck->spans, (const char *)span, sizeof span, 1);
	/* A new entry has value 0; store the severity plus one. */
	if (se->value > sev) {
		free(msg);
		return NULL;
	}
	struct finding *f = emit(ck, b, e, rule, word, wlen, msg);
	if (f)
		se->value = sev + 1;
	return f;
}

/* How often real text must use the word a run in capitals shrinks to. */
#define STRETCH_UPPER_MIN 100

/* A letter four times in a row ("Jubiiii"), or three times where fewer
 * give a known word ("Jaaa", "Nejjj"): a word stretched for the voice,
 * not a name ("Schifffahrt", "Zzz" stay names).  In capitals
 * (upper), where acronyms and placeholders stand ("XXXL", "XXXX"), any
 * such run must give a common word ("SÅÅÅÅ"). */
static int
stretched(struct checker *ck, const char *w, size_t n, int upper)
{
	int32_t prev = -1;
	size_t start = 0, run = 0;
	for (size_t i = 0; i < n;) {
		size_t at = i;
		int32_t c = utf8_next(w, n, &i);
		c = c > 0 && u_isalpha(c) ? u_tolower(c) : -1;
		run = c >= 0 && c == prev ? run + 1 : 1;
		if (run == 1)
			start = at;
		prev = c;
		if (run >= 4 && !upper)
			return 1;
		size_t j = i;
		if (run < 3 || (j < n && u_tolower(utf8_next(w, n, &j)) == c))
			continue;
		/* The run ends here: keep two, then one. */
		struct buf *s = &ck->scratch;
		for (size_t keep = 2; keep >= 1; keep--) {
			s->len = 0;
			buf_add(s, w, start + keep * (i - at));
			buf_add(s, w + i, n - i);
			const char *v = s->data;
			size_t vn = s->len;
			char low[LM_MAX_WORD];
			if (upper) {
				if (vn >= LM_MAX_WORD)
					break;
				vn = freq_fold(v, vn, low);
				v = low;
				if (!ck->fq || freq_word(ck->fq, v, vn) < STRETCH_UPPER_MIN)
					continue;
			}
			if (utf8_count(v, vn) >= 2 && spl_check(ck->sp, v, vn) == SPL_OK)
				return 1;
		}
	}
	return 0;
}

/* A word of this file's "retstav: words": as written, with a genitive
 * s, or capitalised at a sentence start ("Kvark" for "kvark"). */
static int
file_word(struct checker *ck, const char *w, size_t n)
{
	for (int pass = 0; pass < 2; pass++) {
		if (strset_get(&ck->file_words, w, n, 0) ||
		    (n > 1 && w[n - 1] == 's' && strset_get(&ck->file_words, w, n - 1, 0)))
			return 1;
		size_t i = 0;
		int32_t c = utf8_next(w, n, &i);
		if (pass || c <= 0 || !u_isupper(c) || n > 200)
			return 0;
		char low[256];
		int l = utf8_put(low, u_tolower(c));
		memcpy(low + l, w + i, n - i);
		struct buf *b = &ck->scratch;
		b->len = 0;
		buf_add(b, low, (size_t)l + n - i);
		w = b->data;
		n = b->len;
	}
	return 0;
}

/* Looks w up as it is, with a typographic apostrophe made straight, and
 * in NFC when it holds combining marks. */
static int
known(struct checker *ck, const char *w, size_t n)
{
	if (ck->file_words.count && file_word(ck, w, n))
		return 1;
	if (spl_check(ck->sp, w, n) == SPL_OK)
		return 1;
	struct buf *b = &ck->scratch;
	int changed = 0;
	b->len = 0;
	for (size_t i = 0; i < n; i++) {
		if (i + 2 < n && (unsigned char)w[i] == 0xE2 &&
		    (unsigned char)w[i + 1] == 0x80 && (unsigned char)w[i + 2] == 0x99) {
			buf_addc(b, '\'');
			i += 2;
			changed = 1;
		} else if (i + 1 < n && (unsigned char)w[i] == 0xC2 &&
			   (unsigned char)w[i + 1] == 0xAD) {
			/* A soft hyphen is a line-break hint, not a letter. */
			i++;
			changed = 1;
		} else {
			buf_addc(b, w[i]);
		}
	}
	if (memchr(w, 0xCC, n) || memchr(w, 0xCD, n)) {
		/* Combining diacritics: compose ("a" + U+030A -> "å"). */
		UErrorCode st = U_ZERO_ERROR;
		const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
		UChar in[256], outu[256];
		int32_t il = 0, ol;
		u_strFromUTF8(in, 256, &il, b->data, (int32_t)b->len, &st);
		ol = unorm2_normalize(nfc, in, il, outu, 256, &st);
		char out8[512];
		int32_t o8 = 0;
		u_strToUTF8(out8, sizeof out8, &o8, outu, ol, &st);
		if (U_SUCCESS(st)) {
			b->len = 0;
			buf_add(b, out8, (size_t)o8);
			changed = 1;
		}
	}
	return changed && spl_check(ck->sp, b->data, b->len) == SPL_OK;
}

/* A name is noted once per file; its genitive ("DeepSeeks") and its
 * compounds ("DeepSeek-chok") count as the same name. */
static void
note_name(struct checker *ck, size_t b, size_t e, const char *w, size_t n)
{
	size_t base = n;
	if (n > 2 && (w[n - 1] == 's' || w[n - 1] == '\'') &&
	    strset_get(&ck->names, w, n - 1, 0))
		base = n - 1;
	struct strset_entry *ent = strset_get(&ck->names, w, base, 1);
	if (ent->value++)
		return;
	emit(ck, b, e, "unknown-name", w, n, fmt_word(_("unknown name '%s'"), w, n));
}

static int
has_bad_byte(const char *w, size_t n)
{
	return memchr(w, SRC_BAD_BYTE, n) != NULL;
}

/* True when a letter of w belongs to a script other than Latin ("دولة",
 * "ἐλέησον"): a Danish dictionary has nothing to say about it. */
static int
foreign_script(const char *w, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t c = utf8_next(w, n, &i);
		if (c < 0x250 || !u_isalpha(c))
			continue;
		UErrorCode st = U_ZERO_ERROR;
		UScriptCode sc = uscript_getScript(c, &st);
		if (U_SUCCESS(st) && sc != USCRIPT_LATIN && sc != USCRIPT_COMMON &&
		    sc != USCRIPT_INHERITED)
			return 1;
	}
	return 0;
}

/* Opens the foreign dictionary, if it was not loaded beside (the thread
 * could not start), and reports one that will not load, once. */
static struct speller *
foreign(struct checker *ck)
{
	if (ck->foreign || ck->foreign_failed || !ck->cfg->foreign_base)
		return ck->foreign;
	if (ck->loading) {
		pthread_join(ck->loader, NULL);
		ck->loading = 0;
		ck->foreign = ck->loaded;
		ck->loaded = NULL;
	} else {
		ck->foreign = spl_open_foreign(ck->cfg->foreign_base);
	}
	if (!ck->foreign)
		ck->foreign_failed = 1;
	return ck->foreign;
}

static int
rule_foreign_knows(void *vck, const char *w, size_t n)
{
	struct speller *f = foreign(vck);
	return f && spl_check(f, w, n) == SPL_OK;
}

int
chk_foreign_ok(struct checker *ck)
{
	return !ck->cfg->foreign_base || foreign(ck) != NULL;
}

static int
only_blanks(const char *s, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* The token next to the one being judged (d -1 left, +1 right) with only
 * blanks between, or NULL. */
static const struct token *
blank_neighbour(const struct checker *ck, int d)
{
	if (!ck->ctok || (d < 0 && ck->cur == 0) || (d > 0 && ck->cur + 1 >= ck->cntok))
		return NULL;
	const struct token *t = &ck->ctok[d < 0 ? ck->cur - 1 : ck->cur + 1];
	const struct token *me = &ck->ctok[ck->cur];
	const struct token *a = d < 0 ? t : me, *z = d < 0 ? me : t;
	return only_blanks(ck->text, a->off + a->len, z->off) ? t : NULL;
}

/* Is the word being judged among English ones: a part of a hyphenated
 * compound ("quad-core", "hard- og software"), or next to a word, with
 * only blanks between, that the foreign dictionary knows and no Danish
 * word lies near ("graphic novels", "best practice")?  Writers choose
 * English there, so a Danish word near it does not make it a typo.  With
 * f NULL, only whether such a neighbour may be there (no foreign look-up). */
static int
foreign_context(struct checker *ck, struct speller *f)
{
	if (ck->in_part)
		return 1;
	for (int d = -1; d <= 1; d += 2) {
		const struct token *t = blank_neighbour(ck, d);
		if (!t)
			continue;
		const char *w = ck->text + t->off;
		if ((t->flags & (TOK_COMPOUND | TOK_DIGIT)) ||
		    tok_shape(w, t->len) != SHAPE_LOWER || known(ck, w, t->len))
			continue;
		if (!f)
			return 1;
		if (rule_foreign_known(ck->sp, f, w, t->len) &&
		    !rule_foreign_near(ck->sp, ck->fq, ck->rep, w, t->len))
			return 1;
	}
	return 0;
}

/* Does the word being judged stand among names: a part of a compound
 * ("Hemmer-Larsen"), or next to a capitalised word, with only blanks
 * between, that is not a sentence's first ("Ole Slorer", "Seth Rogen")? */
static int
among_names(const struct checker *ck)
{
	if (ck->in_part)
		return 1;
	for (int d = -1; d <= 1; d += 2) {
		const struct token *t = blank_neighbour(ck, d);
		if (!t || (t->flags & TOK_SENT))
			continue;
		enum tok_shape sh = tok_shape(ck->text + t->off, t->len);
		if (sh == SHAPE_CAPITAL || sh == SHAPE_CAMEL)
			return 1;
	}
	return 0;
}

/* Is w, an unknown lower-case word, rather foreign than misspelt Danish?
 * The foreign dictionary must know it, and no Danish word may lie near it
 * unless English surrounds it.  The cheap tests go first until the
 * foreign dictionary is in hand, so that a Danish typo does not wait for
 * its loader. */
static int
is_foreign(struct checker *ck, const char *w, size_t n)
{
	if (!ck->cfg->foreign_base || ck->foreign_failed)
		return 0;
	int near;
	if (!ck->foreign) {
		near = rule_foreign_near(ck->sp, ck->fq, ck->rep, w, n);
		if (near && !foreign_context(ck, NULL))
			return 0;
		struct speller *f = foreign(ck);
		if (!f || !rule_foreign_known(ck->sp, f, w, n))
			return 0;
	} else {
		if (!rule_foreign_known(ck->sp, ck->foreign, w, n))
			return 0;
		near = rule_foreign_near(ck->sp, ck->fq, ck->rep, w, n);
	}
	return !near || foreign_context(ck, ck->foreign);
}

/* True when the nearest thing left or right of view bytes [b, b+n),
 * across spaces, is a digit. */
static int
beside_number(const struct checker *ck, size_t b, size_t n)
{
	const char *t = ck->text;
	size_t e = b + n;
	while (e < ck->tlen && (t[e] == ' ' || t[e] == '\t'))
		e++;
	if (e < ck->tlen && t[e] >= '0' && t[e] <= '9')
		return 1;
	while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
		b--;
	return b > 0 && t[b - 1] >= '0' && t[b - 1] <= '9';
}

/* 1 when w, lower-cased, may begin a compound by the word-form index
 * ("børne", which stands only in compounds). */
static int
head_form(struct checker *ck, const char *w, size_t n)
{
	const struct lexicon *lx = sug_lexicon(ck->sg);
	char low[LM_MAX_WORD];
	if (!lx || n >= LM_MAX_WORD)
		return 0;
	size_t ln = freq_fold(w, n, low);
	unsigned bits = lex_lookup_utf8(lx, low, ln);
	return (bits & LEX_WORD) && (bits & LEX_CBEGIN);
}

/* The most open compounds' verdicts a checker keeps (a long language
 * server session sees ever new ones). */
#define NEWC_MAX (1 << 16)

/* 1 when w, in lower case or capitalised at a sentence start, is a new
 * compound Stavekontrolden rejects (spl_new_compound()): one whose last
 * part has an ending ("søgesiden", "Produktionssitet"), which the
 * compound rule judges, or an open one ("kilowattprisen") with no
 * dictionary word a slip away (rule_new_compound_slip(): "skolestaske"
 * stays unknown, for "skoletaske").  A capital inside a sentence makes a
 * name, not asked about.  The slip search is dear: an open compound's
 * verdict is kept for the next time it occurs (the speller's cache keeps
 * the kind). */
static int
new_compound(struct checker *ck, const char *w, size_t n, unsigned flags)
{
	enum tok_shape sh = tok_shape(w, n);
	char low[LM_MAX_WORD];
	if (!(sh == SHAPE_LOWER || (sh == SHAPE_CAPITAL && (flags & TOK_SENT))) ||
	    n >= LM_MAX_WORD)
		return 0;
	size_t ln = freq_fold(w, n, low);
	const struct lexicon *lx = sug_lexicon(ck->sg);
	switch (spl_new_compound(ck->sp, low, ln, lx)) {
	case SPL_NEWC_INFLECTED:
		return 1;
	case SPL_NEWC_OPEN: {
		struct strset_entry *e = strset_get(&ck->newc, low, ln, 0);
		if (e)
			return e->value - 1;
		if (ck->newc.count >= NEWC_MAX)
			strset_clear(&ck->newc);
		int ok = !rule_new_compound_slip(ck->sp, lx, ck->fq, ck->rep, low, ln, 1, NULL, 0);
		strset_get(&ck->newc, low, ln, 1)->value = ok + 1;
		return ok;
	}
	case SPL_NEWC_NONE:
		break;
	}
	return 0;
}

/* 1 when a hyphen or a dash (tok_is_dash()) joins chunk bytes [b, b+n)
 * to what stands before or after them ("handL-90k", "90k-pladE",
 * "pladE–2"). */
static int
dash_beside(const struct checker *ck, size_t b, size_t n)
{
	const char *t = ck->text;
	size_t e = b + n;
	if (e < ck->tlen && tok_is_dash(utf8_next(t, ck->tlen, &e)))
		return 1;
	if (b == 0)
		return 0;
	size_t i = b - 1;
	while (i > 0 && b - i < 4 && utf8_cont(t[i]))
		i--;
	return tok_is_dash(utf8_next(t, b, &i));
}

/* Is the word at chunk offset b shouted (rule_shouted(): "hvA", "daG")
 * rather than an identifier: one a hyphen or a dash joins to its
 * neighbour ("handL-90k"), one of consonants only ("trpR", a gene's
 * name) or a known word with a capital added ("formularA", "optA")
 * unless the whole is a word too ("daG")?  0 if not, 1 if so, 2 if so
 * and the word in lower case is known; then low (LM_MAX_WORD bytes)
 * holds that, terminated. */
static int
shouted(struct checker *ck, size_t b, const char *w, size_t n, char *low)
{
	if (n >= LM_MAX_WORD || !rule_shouted(w, n) || dash_beside(ck, b, n))
		return 0;
	size_t ln = freq_fold(w, n, low);
	low[ln] = '\0';
	if (!lm_has_vowel(low, ln))
		return 0;
	if (known(ck, low, ln))
		return 2;
	size_t last = n - 1;
	while (last > 0 && ((unsigned char)w[last] & 0xC0) == 0x80)
		last--;
	return !known(ck, w, last);
}

/* Reports the word at chunk offset b as unknown, with sug as its
 * correction, or for the suggester to correct when sug is NULL; returns
 * RV_UNKNOWN. */
static int
unknown_word(struct checker *ck, size_t b, size_t n, const char *sug)
{
	const char *w = ck->text + b;
	struct finding *f = emit(ck, b, b + n, "unknown-word", w, n,
				 fmt_word(_("unknown word '%s'"), w, n));
	if (f && sug)
		fnd_add_sug(f, xstrdup(sug));
	else if (f)
		f->want_sugs = 1;
	return RV_UNKNOWN;
}

/* "app'en", "wiki'er", "show'et": Retskrivningsordbogen (2012, § 6) keeps
 * the apostrophe for abbreviations ("cd'en", which the dictionary knows)
 * and loans in -ee, but edited text often puts one on an English loan
 * too.  w[0..stem) is a lower-case word and an apostrophe follows it.
 * RV_OK when the stem has three letters or more, both dictionaries know
 * it and the form without the apostrophe is Danish ("appen"); a native
 * word ("bil'en", "skole'en") stays an error, as do a stem the ending
 * does not fit ("app'es", "blog'en" for "bloggen") and a genitive "hus's"
 * (the ending needs two letters).  RV_FOREIGN when is_foreign() takes the
 * stem for foreign ("thread'en", not "export'en", a misspelt "eksporten");
 * else RV_UNKNOWN.  The Danish tests go first: the foreign dictionary
 * may still be loading. */
static int
apostrophe_ending(struct checker *ck, const char *w, size_t stem, size_t n)
{
	size_t e = stem + (w[stem] == '\'' ? 1 : 3);
	char joined[LM_MAX_WORD];
	if (e + 2 > n || stem + (n - e) >= sizeof joined || utf8_count(w, stem) < 3 ||
	    !spl_noun_ending(w + e, n - e))
		return RV_UNKNOWN;
	if (!known(ck, w, stem))
		return is_foreign(ck, w, stem) ? RV_FOREIGN : RV_UNKNOWN;
	memcpy(joined, w, stem);
	memcpy(joined + stem, w + e, n - e);
	if (!known(ck, joined, stem + (n - e)))
		return RV_UNKNOWN;
	return rule_foreign_knows(ck, w, stem) ? RV_OK : RV_UNKNOWN;
}

/* Judges one word or one part of a compound at chunk offset b. */
static int
judge(struct checker *ck, size_t b, size_t n, unsigned flags, int dot)
{
	const char *w = ck->text + b;
	if (utf8_count(w, n) < 2 || has_bad_byte(w, n) || foreign_script(w, n))
		return RV_SKIP;
	if (known(ck, w, n))
		return (ck->file_words.count && file_word(ck, w, n)) ||
		       spl_is_listed(ck->sp, w, n) ? RV_LISTED : RV_OK;
	/* "børne- og ungeudvalget": a head before a hyphen may be a form
	 * the dictionary keeps for compounds. */
	if ((flags & TOK_SUSPENDED) && head_form(ck, w, n))
		return RV_OK;
	if (new_compound(ck, w, n, flags))
		return RV_OK;
	/* "pct.", "mio.", "cand.scient.": the dot is part of it.  An
	 * abbreviation beside a number with its dot missing ("kl 12",
	 * "ca 40", "40 kr") is a matter of punctuation, not of spelling;
	 * elsewhere "nr" is as likely a "når" that lost its å. */
	if (dot || (n <= 5 && tok_shape(w, n) == SHAPE_LOWER && beside_number(ck, b, n))) {
		struct buf *s = &ck->scratch;
		s->len = 0;
		buf_add(s, w, n);
		buf_addc(s, '.');
		if (spl_check(ck->sp, s->data, s->len) == SPL_OK)
			return RV_OK;
	}
	/* "GPU’er", "Metas": a name with a Danish ending. */
	size_t stem = n;
	for (size_t i = 0; i + 1 < n; i++)
		if (w[i] == '\'' || ((unsigned char)w[i] == 0xE2 && i + 2 < n &&
				     (unsigned char)w[i + 1] == 0x80 &&
				     (unsigned char)w[i + 2] == 0x99)) {
			stem = i;
			break;
		}
	/* "Giro d'Italia", "Ballon d’Or": an elided article before a name. */
	if (stem == 1 && (w[0] == 'd' || w[0] == 'l' || w[0] == 'D' || w[0] == 'L')) {
		size_t a = w[1] == '\'' ? 2 : 4;
		if (a < n && tok_shape(w + a, n - a) == SHAPE_CAPITAL) {
			note_name(ck, b, b + n, w, n);
			return RV_NAME;
		}
	}
	if (stem >= 2 && stem < n && tok_shape(w, stem) == SHAPE_LOWER) {
		int r = apostrophe_ending(ck, w, stem, n);
		if (r == RV_FOREIGN)
			emit(ck, b, b + n, "foreign-word", w, n,
			     fmt_word(_("'%s' is not Danish; a foreign word?"), w, n));
		if (r != RV_UNKNOWN)
			return r;
	}
	size_t stop = rule_lost_space(ck->sp, w, n);
	if (stop) {
		struct finding *f = emit(ck, b, b + n, "run-together", w, n,
					 fmt_word(_("no space after the full stop in '%s'"), w, n));
		/* Only where the source holds just the word: a fix over
		 * "huset.<b>Derefter" would drop the tag. */
		if (f && f->len == n) {
			struct buf fix = {0};
			buf_add(&fix, w, stop + 1);
			buf_addc(&fix, ' ');
			buf_add(&fix, w + stop + 1, n - stop - 1);
			fnd_add_sug(f, fix.data);
		}
		return RV_UNKNOWN;
	}
	enum tok_shape sh = tok_shape(w, stem);
	char sug[LM_MAX_TEXT];
	int shout = sh == SHAPE_CAMEL && stem == n ? shouted(ck, b, w, n, sug) : 0;
	if (shout == 2)
		return unknown_word(ck, b, n, sug);	/* "daG" for "dag" */
	if (stem == n &&
	    ((sh == SHAPE_CAPITAL &&
	      rule_misspelt_capital(ck->sp, ck->fq, sug_lexicon(ck->sg), ck->rep, w, n,
				    (flags & TOK_SENT) != 0, among_names(ck), sug, sizeof sug,
				    rule_foreign_knows, ck)) ||
	     ((sh == SHAPE_UPPER || shout) &&
	      rule_misspelt_caps(ck->sp, ck->fq, ck->memo, w, n, shout != 0, sug,
				 sizeof sug, rule_foreign_knows, ck)))) {
		/* Near a known word rather than a new name: "Etiopien",
		 * "TILLYKKW", "hvA". */
		return unknown_word(ck, b, n, sug);
	}
	if ((sh == SHAPE_CAPITAL || sh == SHAPE_UPPER) && stem == n &&
	    stretched(ck, w, n, sh == SHAPE_UPPER))
		return unknown_word(ck, b, n, NULL);
	if (sh == SHAPE_UPPER || sh == SHAPE_CAMEL ||
	    (sh == SHAPE_CAPITAL && !(flags & TOK_SENT)) ||
	    (sh == SHAPE_CAPITAL && strset_get(&ck->names, w, stem, 0))) {
		note_name(ck, b, b + n, w, stem);
		return RV_NAME;
	}
	if (sh == SHAPE_CAPITAL) {
		/* A capital at a sentence start hides whether this is a name;
		 * names are the commoner case in edited text. */
		note_name(ck, b, b + n, w, stem);
		return RV_NAME;
	}
	if (is_foreign(ck, w, n)) {
		emit(ck, b, b + n, "foreign-word", w, n,
		     fmt_word(_("'%s' is not Danish; a foreign word?"), w, n));
		return RV_FOREIGN;
	}
	return unknown_word(ck, b, n, NULL);
}

static int
is_joiner(const char *s, size_t i, size_t end, size_t *len)
{
	if (s[i] == '-' || s[i] == '/' || s[i] == '\'') {
		*len = 1;
		return s[i] != '\'';
	}
	if (i + 2 < end && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0x91) {
		*len = 3;
		return 1;
	}
	*len = 1;
	return 0;
}

static int
has_digit(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (w[i] >= '0' && w[i] <= '9')
			return 1;
	return 0;
}

/* The findings since fs->n was `from` give way to one stray-hyphen error
 * over view bytes [b, e) when joined (jn bytes, no hyphen) is a Danish
 * word; shown is the word as the message gives it.  Returns 1 then. */
static int
join_findings(struct checker *ck, size_t from, size_t b, size_t e, const char *shown,
	      size_t sn, const char *joined, size_t jn)
{
	/* Off, the rule leaves the parts' findings as they are. */
	if (ck->cfg->sev[rule_index("stray-hyphen")] == SEV_OFF || !known(ck, joined, jn))
		return 0;
	for (size_t i = from; i < ck->fs->n; i++)
		fnd_free_one(&ck->fs->v[i]);
	ck->fs->n = from;
	struct finding *f = emit(ck, b, e, "stray-hyphen", shown, sn,
				 fmt_word(_("'%s' is written as one word, without the hyphen"), shown, sn));
	/* Only where the source holds just the word: a fix over
	 * "oversæt-<b>telser</b>" would drop the tag. */
	if (f && f->len == e - b)
		fnd_add_sug(f, xstrndup(joined, jn));
	return 1;
}

/* A word written as one with a hyphen inside: a line break's hyphen left
 * in when the text was copied ("oversæt-telser", "ba-re"), or a first
 * part that takes none ("to-dimensionel", "samarbejds-partner").  The
 * findings of its parts since fs->n was `before` hold an unknown-word
 * error, and the word without its one hyphen is Danish.  Those findings
 * then give way to one over the whole token, with the joined word as the
 * fix; returns 1. */
static int
stray_hyphen(struct checker *ck, const struct token *t, size_t before)
{
	const char *w = ck->text + t->off;
	const char *h = memchr(w, '-', t->len);
	if (!h || memchr(h + 1, '-', t->len - (size_t)(h + 1 - w)) || t->len >= LM_MAX_WORD)
		return 0;
	int unknown = 0;
	for (size_t i = before; i < ck->fs->n && !unknown; i++)
		unknown = strcmp(ck->fs->v[i].rule, "unknown-word") == 0;
	if (!unknown)
		return 0;
	char joined[LM_MAX_WORD];
	size_t hn = (size_t)(h - w);
	memcpy(joined, w, hn);
	memcpy(joined + hn, h + 1, t->len - hn - 1);
	return join_findings(ck, before, t->off, t->off + t->len, w, t->len, joined, t->len - 1);
}

/* The same across a space or a line break: "key- nesianske",
 * "oversæt-\ntelser", "kvin- der".  A hyphen follows a (a head judged
 * alone); b is in lower case, and one of the two, alone, has just got an
 * unknown-word error; the findings of both came since fs->n was
 * `from`. */
static int
broken_word(struct checker *ck, const struct token *a, const struct token *b, size_t from)
{
	const char *t = ck->text;
	if (!(a->flags & TOK_SUSPENDED) || (a->flags & (TOK_COMPOUND | TOK_DIGIT)) ||
	    (b->flags & (TOK_COMPOUND | TOK_DIGIT)) || t[a->off + a->len] != '-' ||
	    a->len + b->len + 2 >= LM_MAX_WORD || tok_shape(t + b->off, b->len) != SHAPE_LOWER)
		return 0;
	int lines = 0;
	for (size_t i = a->off + a->len + 1; i < b->off; i++) {
		if (t[i] == '\n')
			lines++;
		else if (!is_ascii_space(t[i]))
			return 0;
	}
	if (lines > 1)
		return 0;
	/* The message shows "key- nesianske", one blank for a line break. */
	char joined[LM_MAX_WORD], shown[LM_MAX_WORD];
	memcpy(joined, t + a->off, a->len);
	memcpy(joined + a->len, t + b->off, b->len);
	memcpy(shown, t + a->off, a->len + 1);
	shown[a->len + 1] = ' ';
	memcpy(shown + a->len + 2, t + b->off, b->len);
	return join_findings(ck, from, a->off, b->off + b->len, shown, a->len + 2 + b->len,
			     joined, a->len + b->len);
}

/* Judges a token; returns its enum rule_verdict.  For a compound judged
 * in parts, *parts gets the parts the rules see (len 0 for none). */
static int
judge_token(struct checker *ck, const struct token *t, struct rule_parts *parts)
{
	const char *s = ck->text;
	/* A word cut by an undecodable byte is reported as such, once. */
	if ((t->off > 0 && s[t->off - 1] == SRC_BAD_BYTE) ||
	    (t->off + t->len < ck->tlen && s[t->off + t->len] == SRC_BAD_BYTE))
		return RV_SKIP;
	ck->in_part = (t->flags & TOK_SUSPENDED) != 0;
	if (!(t->flags & TOK_COMPOUND))
		return judge(ck, t->off, t->len, t->flags, (t->flags & TOK_DOT) != 0);
	ck->in_part = 1;
	/* Judge the parts of "DeepSeek-chok", "og/eller", "60-årige". */
	size_t end = t->off + t->len, pb = t->off, before = ck->fs->n;
	int hyphen = 0, v = RV_SKIP, nth = 0, whole = !(t->flags & TOK_DIGIT) &&
					     known(ck, s + t->off, t->len);
	for (size_t i = t->off; i <= end;) {
		size_t jl = 1;
		if (i == end || is_joiner(s, i, end, &jl)) {
			size_t pn = i - pb;
			v = RV_SKIP;
			if (pn > 0 && !has_digit(s + pb, pn)) {
				if (!whole)
					v = judge(ck, pb, pn, pb == t->off ? t->flags : 0,
						  i == end && (t->flags & TOK_DOT));
				/* Of a known compound only a first or last
				 * part that is a word alone is one for the
				 * rules ("e-mail" has no head). */
				else if ((pb == t->off || i == end) &&
					 utf8_count(s + pb, pn) >= 2 && known(ck, s + pb, pn))
					v = RV_OK;
			}
			if (nth++ == 1)
				parts->next = (struct token){ (uint32_t)pb, (uint32_t)pn, 0 };
			if (i == end)
				break;
			/* The first part, for the names: "Zuckerberg-sagen". */
			if (pb == t->off && v != RV_SKIP) {
				parts->head = (struct token){ (uint32_t)pb, (uint32_t)pn,
							      t->flags & (TOK_SENT | TOK_UPPER) };
				parts->head_verdict = (unsigned char)v;
			}
			hyphen = s[i] != '/';
			i += jl;
			pb = i;
		} else {
			i += jl;
		}
	}
	if (!whole && !(t->flags & (TOK_DIGIT | TOK_SUSPENDED)) && stray_hyphen(ck, t, before)) {
		*parts = (struct rule_parts){ .tok = parts->tok };
		return RV_UNKNOWN;
	}
	/* The last part after a hyphen carries the compound's inflection
	 * and its place in the sentence: "et ET-nyhedsmøde" is judged by
	 * the rules as "et nyhedsmøde" would be.  After a number it is
	 * no word of its own ("5-tallige", "3-dages"). */
	if (hyphen && v == RV_OK && !(t->flags & TOK_DIGIT)) {
		parts->tail = (struct token){ (uint32_t)pb, (uint32_t)(end - pb),
					      (t->flags & (TOK_DOT | TOK_SUSPENDED)) |
						      (tok_shape(s + pb, end - pb) != SHAPE_LOWER ?
							       TOK_UPPER : 0) };
	}
	return whole ? RV_OK : RV_PARTS;
}

/* Suggests for the findings fs->v[first..] (one chunk's, sorted) that
 * want it.  tok (view offsets) holds the chunk's tokens, the token before
 * the chunk and the two after it: a finding's neighbours give context, as
 * if the file were checked whole. */
static void
add_suggestions(struct checker *ck, const struct wtok *tok, size_t ntok, size_t first)
{
	size_t ti = 0;
	for (size_t i = first; i < ck->fs->n; i++) {
		struct finding *f = &ck->fs->v[i];
		if (!f->want_sugs || f->nsugs)
			continue;
		/* The neighbours of the finding's token give context. */
		struct sug_context ctx = {0};
		size_t vb = f->off;
		while (ti < ntok && mk_source_offset(ck->view, tok[ti].off) < vb)
			ti++;
		if (ti < ntok) {
			if (ti > 0) {
				ctx.left = ck->view->text + tok[ti - 1].off;
				ctx.leftlen = tok[ti - 1].len;
			}
			if (ti + 1 < ntok) {
				ctx.right = ck->view->text + tok[ti + 1].off;
				ctx.rightlen = tok[ti + 1].len;
			}
		}
		char **list = NULL;
		size_t n = sug_suggest(ck->sg, f->word, strlen(f->word), &ctx, &list,
				       ck->cfg->nsug);
		for (size_t k = 0; k < n; k++)
			fnd_add_sug(f, list[k]);
		free(list);
	}
}

static void
win_add(struct checker *ck, size_t off, size_t len)
{
	grow((void **)&ck->win, &ck->wincap, ck->nwin + 1, sizeof *ck->win);
	ck->win[ck->nwin++] = (struct wtok){ off, len };
}

static int
is_blank_byte(char c)
{
	return c != '\n' && is_ascii_space(c);
}

static int
is_word_byte(char c)
{
	unsigned char u = (unsigned char)c;
	return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 32) >= 'a' && (u | 32) <= 'z');
}

/* May a chunk end at t[i] (a space or a line break, the next chunk
 * starting there) without a rule losing what spans it?  Not between two
 * words that could be the same ("det\ndet" is a repeated word), nor
 * beside a digit ("kl 12": an abbreviation beside a number), nor after a
 * hyphen ("oversæt-\ntelser" may be one word). */
static int
safe_cut(const char *t, size_t b, size_t i, size_t e)
{
	size_t ae = i, bb = i;
	while (ae > b && is_blank_byte(t[ae - 1]))
		ae--;
	while (bb < e && (is_blank_byte(t[bb]) || t[bb] == '\n'))
		bb++;
	if (ae == b || bb == e || (t[ae - 1] >= '0' && t[ae - 1] <= '9') ||
	    (t[bb] >= '0' && t[bb] <= '9') || t[ae - 1] == '-')
		return 0;
	size_t ab = ae, be = bb;
	while (ab > b && is_word_byte(t[ab - 1]))
		ab--;
	while (be < e && is_word_byte(t[be]))
		be++;
	if (ae - ab != be - bb || ae == ab)
		return 1;
	/* Equal length: the same word unless an ASCII letter differs (other
	 * bytes may differ only in case: taken as the same). */
	for (size_t k = 0; k < ae - ab; k++) {
		unsigned char x = (unsigned char)t[ab + k], y = (unsigned char)t[bb + k];
		if (x < 0x80 && y < 0x80 && (x | 32) != (y | 32))
			return 1;
		if ((x < 0x80) != (y < 0x80))
			return 1;
	}
	return 0;
}

/* Where the chunk that starts at view offset b ends (the next starts
 * there): once it holds ck->chunk bytes, at the first paragraph break (a
 * blank line), else at a line break, else after a sentence end, else at
 * a space; only as a last resort (2 * ck->chunk bytes without a space)
 * after a run of letters or at a character boundary.  The tokenizer sees a line break or a space at a
 * chunk's edge as in the whole text: a word after a line break starts a
 * sentence, a chunk's first word after a paragraph break or a stop too. */
static size_t
chunk_end(const struct checker *ck, const char *t, size_t b, size_t e)
{
	if (e - b <= ck->chunk + ck->chunk / 2)
		return e;
	size_t from = b + ck->chunk, to = b + 2 * ck->chunk;
	if (to > e)
		to = e;
	for (size_t i = from; i < to; i++) {
		if (t[i] != '\n')
			continue;
		size_t k = i + 1;
		while (k < to && is_blank_byte(t[k]))
			k++;
		if (k < to && t[k] == '\n')
			return i;
	}
	for (size_t i = from; i < to; i++)
		if (t[i] == '\n' && safe_cut(t, b, i, e))
			return i;
	for (size_t i = from + 1; i < to; i++)
		if (t[i] == ' ' && (t[i - 1] == '.' || t[i - 1] == '!' || t[i - 1] == '?') &&
		    safe_cut(t, b, i, e))
			return i;
	for (size_t i = from; i < to; i++) {
		if (t[i] != ' ')
			continue;
		if (safe_cut(t, b, i, e))
			return i;
		/* safe_cut() says the same anywhere in a run of blanks, and
		 * scans all of it: asked at each, a long run took time
		 * quadratic in its length. */
		while (i + 1 < to && is_blank_byte(t[i + 1]))
			i++;
	}
	/* No space in 2 * ck->chunk bytes: cut after the run of word bytes
	 * if it ends within another chunk (a piece of it would be a short
	 * false word), else inside it (a run that long is no word). */
	size_t lim = to + ck->chunk < e ? to + ck->chunk : e;
	size_t k = to;
	while (k < lim && is_word_byte(t[k]))
		k++;
	if (k >= e)
		return e;
	if (k < lim)
		return k;
	while (to > from && utf8_cont(t[to]))
		to--;
	return to;
}

/* "invalid UTF-8: overlong form 0xC0 0xAF", with a guess at the
 * character when one byte of a Latin-1 text sits in a UTF-8 file. */
static char *
bad_message(const struct source *src, size_t i)
{
	const unsigned char *u;
	size_t nb, len = src_bad_len(src, i, &u, &nb);
	struct buf hex = {0}, b = {0};
	const char *fmt = NULL;
	for (size_t k = 0; k < nb; k++)
		buf_printf(&hex, k ? " 0x%02X" : "0x%02X", u[k]);
	if (len > nb)
		buf_adds(&hex, " ...");
	switch (src_bad_kind(src, i)) {
	case SRC_BAD_STRAY:
		fmt = _("invalid UTF-8: stray continuation byte %s");
		break;
	case SRC_BAD_TRUNCATED:
		fmt = _("invalid UTF-8: truncated sequence %s");
		break;
	case SRC_BAD_OVERLONG:
		fmt = _("invalid UTF-8: overlong form %s");
		break;
	case SRC_BAD_SURROGATE:
		fmt = _("invalid UTF-8: UTF-16 surrogate %s");
		break;
	case SRC_BAD_RANGE:
		fmt = _("invalid UTF-8: %s is beyond U+10FFFF");
		break;
	case SRC_BAD_NEVER:
		fmt = _("invalid UTF-8: byte %s never occurs in UTF-8");
		break;
	case SRC_BAD_CP1252:
		fmt = _("byte %s is undefined in Windows-1252");
		break;
	}
	buf_printf(&b, fmt, hex.data);
	if (len == 1 && u[0] >= 0xA0 && src_bad_kind(src, i) != SRC_BAD_CP1252) {
		char ch[4];
		int k = utf8_put(ch, u[0]);
		buf_printf(&b, _(" (Latin-1 '%.*s'? the file mixes encodings)"), k, ch);
	}
	buf_free(&hex);
	return b.data;
}

/* Gives each finding of fs its rule's configured severity and drops those
 * whose rule is off. */
static void
apply_severities(const struct checker *ck, struct findings *fs)
{
	for (size_t i = 0; i < fs->n; i++) {
		int r = rule_index(fs->v[i].rule);
		if (r >= 0)
			fs->v[i].sev = ck->cfg->sev[r];
	}
	fnd_drop_off(fs);
}

int
chk_source(struct checker *ck, const struct source *src, struct findings *fs)
{
	struct findings mine = {0};
	struct view view;
	size_t len;
	double t0 = mono_now(), t1;

	src_text(src, &len);
	/* ck->fs and ck->view point into this frame only while it runs; both
	 * are cleared before every return. */
	/* cppcheck-suppress autoVariables */
	ck->fs = &mine;
	ck->base = 0;
	strset_clear(&ck->names);
	strset_clear(&ck->spans);
	ck->stats.files++;
	long nul = src_nul(src);
	if (nul >= 0) {
		struct view whole = { .text = src_text(src, &len), .len = len };
		/* cppcheck-suppress autoVariables */
		ck->view = &whole;
		char *msg = xstrdup(_("binary file (it holds NUL bytes); not checked"));
		emit(ck, (size_t)nul, (size_t)nul, "binary-file", "", 0, msg);
		goto done;
	}
	if (mk_build(src, &ck->cfg->mk, &view, &mine) < 0) {
		fnd_free(&mine);
		ck->fs = NULL;
		return -1;
	}
	/* cppcheck-suppress autoVariables */
	ck->view = &view;
	/* The front end's notes and warnings take the configured severity. */
	apply_severities(ck, &mine);
	/* Words accepted by a directive count in this file only; the speller
	 * is shared by every file of this worker. */
	strset_clear(&ck->file_words);
	for (size_t i = 0; i < view.nwords; i++)
		strset_get(&ck->file_words, view.words[i], strlen(view.words[i]), 1);
	{
		struct view ident = { .text = view.text, .len = view.len };
		if (view.map) {
			size_t l;
			ident.text = src_text(src, &l);
			ident.len = l;
		}
		const struct view *saved = ck->view;
		ck->view = &ident;
		if (src_encoding(src) == SRC_LEGACY)
			emit(ck, src_start(src), src_start(src), "encoding", "", 0,
			     xstrdup(_("file is not UTF-8; decoded as Windows-1252")));
		/* A binary-like file has bad bytes everywhere: name the first
		 * ones, count the rest, so output and memory stay small. */
		size_t nbad = src_nbad(src), shown = nbad < MAX_BAD ? nbad : MAX_BAD;
		for (size_t i = 0; i < shown; i++) {
			size_t off = src_bad(src, i);
			size_t n = src_bad_len(src, i, NULL, NULL);
			emit(ck, off, off + n, "invalid-utf8", "", 0, bad_message(src, i));
		}
		if (nbad > shown) {
			struct buf b = {0};
			size_t off = src_bad(src, shown);
			buf_printf(&b, _("%zu more invalid UTF-8 sequences in this file not reported"),
				   nbad - shown);
			emit(ck, off, off, "invalid-utf8", "", 0, b.data);
		}
		ck->view = saved;
	}
	t1 = mono_now();
	ck->stats.t_markup += t1 - t0;
	t0 = t1;
	size_t end = view.body_end < view.len ? view.body_end : view.len;
	names_clear(ck->nametab);
	struct rule_ctx rc = {
		.fs = &mine, .sp = ck->sp, .fq = ck->fq, .rep = ck->rep, .emit = rule_emit,
		.ck = ck, .names = ck->nametab, .lx = sug_lexicon(ck->sg), .memo = ck->memo,
		.foreign_knows = rule_foreign_knows, .source = src_text(src, &len),
		.titles = view.titles, .ntitles = view.ntitles
	};
	rc.source_len = len;
	/* Chunk by chunk: tokens, verdicts, rules, then the suggestions of a
	 * chunk's findings once the next chunk's first tokens are known. */
	struct wtok last = { 0, 0 };
	int have_last = 0, pending = 0;
	size_t pend_first = 0;
	for (size_t cb = 0; cb < end || (cb == 0 && !pending);) {
		size_t ce = chunk_end(ck, view.text, cb, end);
		const struct token *tok;
		ck->text = view.text + cb;
		ck->tlen = ce - cb;
		ck->base = cb;
		size_t ntok = tok_run(ck->tk, ck->text, ck->tlen, &tok);
		t1 = mono_now();
		ck->stats.t_tokenize += t1 - t0;
		t0 = t1;
		ck->stats.words += ntok;
		if (ck->cfg->suggest) {
			if (pending) {
				for (size_t i = 0; i < ntok && i < 2; i++)
					win_add(ck, cb + tok[i].off, tok[i].len);
				add_suggestions(ck, ck->win, ck->nwin, pend_first);
				t1 = mono_now();
				ck->stats.t_suggest += t1 - t0;
				t0 = t1;
			}
			ck->nwin = 0;
			if (have_last)
				win_add(ck, last.off, last.len);
			for (size_t i = 0; i < ntok; i++)
				win_add(ck, cb + tok[i].off, tok[i].len);
		}
		if (ntok) {
			last = (struct wtok){ cb + tok[ntok - 1].off, tok[ntok - 1].len };
			have_last = 1;
		}
		size_t first = mine.n;
		grow((void **)&ck->verdict, &ck->vcap, ntok, sizeof *ck->verdict);
		ck->finding = xrealloc(ck->finding, ck->vcap * sizeof *ck->finding);
		ck->ctok = tok;
		ck->cntok = ntok;
		ck->nparts = 0;
		/* joined: the last token joined to the one before it. */
		for (size_t i = 0, prev = first, joined = SIZE_MAX; i < ntok; i++) {
			size_t before = mine.n;
			ck->cur = i;
			struct rule_parts parts = { .tok = i };
			ck->verdict[i] = (unsigned char)judge_token(ck, &tok[i], &parts);
			if (parts.head.len > 0 || parts.tail.len > 0) {
				grow((void **)&ck->parts, &ck->partcap, ck->nparts + 1,
				     sizeof *ck->parts);
				ck->parts[ck->nparts++] = parts;
			}
			ck->finding[i] = -1;
			if (ck->verdict[i] == RV_UNKNOWN && mine.n == before + 1 &&
			    strcmp(mine.v[before].rule, "unknown-word") == 0) {
				ck->finding[i] = (long)before;
				/* The two are one word now, for no rule to
				 * judge apart. */
				if (i > 0 && joined != i - 1 &&
				    broken_word(ck, &tok[i - 1], &tok[i], prev)) {
					ck->verdict[i - 1] = ck->verdict[i] = RV_SKIP;
					ck->finding[i - 1] = ck->finding[i] = -1;
					joined = i;
				}
			} else if (ck->verdict[i] == RV_OK && mine.n == before && i > 0 &&
				   joined != i - 1 && ck->finding[i - 1] >= 0 &&
				   broken_word(ck, &tok[i - 1], &tok[i], prev)) {
				/* The head the unknown one: "kvin- der". */
				ck->verdict[i - 1] = ck->verdict[i] = RV_SKIP;
				ck->finding[i - 1] = -1;
				joined = i;
			}
			prev = before;
		}
		ck->ctok = NULL;
		t1 = mono_now();
		ck->stats.t_check += t1 - t0;
		t0 = t1;
		rc.text = ck->text;
		rc.len = ck->tlen;
		rc.base = cb;
		rc.tok = tok;
		rc.ntok = ntok;
		rc.verdict = ck->verdict;
		rc.finding = ck->finding;
		rc.parts = ck->parts;
		rc.nparts = ck->nparts;
		rules_run(&rc);
		t1 = mono_now();
		ck->stats.t_rules += t1 - t0;
		t0 = t1;
		if (mine.n > first) {
			struct findings slice = { mine.v + first, mine.n - first,
						  mine.n - first };
			fnd_sort(&slice);
		}
		pending = 1;
		pend_first = first;
		cb = ce;
	}
	if (ck->cfg->suggest && pending)
		add_suggestions(ck, ck->win, ck->nwin, pend_first);
	t1 = mono_now();
	ck->stats.t_suggest += t1 - t0;
	t0 = t1;
	/* What needs the whole file, in view offsets. */
	ck->text = view.text;
	ck->tlen = end;
	ck->base = 0;
	rc.text = view.text;
	rc.len = end;
	rc.base = 0;
	rc.tok = NULL;
	rc.ntok = 0;
	rules_finish(&rc);
	apply_severities(ck, &mine);
	t1 = mono_now();
	ck->stats.t_rules += t1 - t0;
	mk_view_free(&view);
done:
	fnd_sort(&mine);
	if (fs->n == 0) {
		/* The usual case: hand the array over rather than copy it (a
		 * large file's findings are not held twice). */
		free(fs->v);
		*fs = mine;
	} else if (mine.n) {
		grow((void **)&fs->v, &fs->cap, fs->n + mine.n, sizeof *fs->v);
		memcpy(fs->v + fs->n, mine.v, mine.n * sizeof *mine.v);
		fs->n += mine.n;
		free(mine.v);
	} else {
		free(mine.v);
	}
	ck->fs = NULL;
	ck->view = NULL;
	return 0;
}
