/* rules.h - the rule registry (ids, default severities, descriptions) and
 * the rules that judge what hunspell cannot see. */
#ifndef RETSTAV_RULES_H
#define RETSTAV_RULES_H

#include "../finding.h"
#include "../tokenize.h"

#include <stddef.h>

struct mk_span;

struct rule_info {
	const char *id;
	enum severity def;
	const char *desc;	/* short English description (N_) */
};

/* All rules, in a fixed order; rule_count() entries. */
extern const struct rule_info rule_table[];
size_t rule_count(void);
/* Index of a rule id in rule_table, or -1. */
int rule_index(const char *id);

/* What the rules see of one file: the checked text, its word tokens, the
 * verdict on each, the findings so far, and the shared tables.  Rules add
 * findings only through emit(), which applies the configured severity
 * (and returns NULL when the rule is off). */
enum rule_verdict {
	RV_SKIP = 0,	/* too short, a number, bad bytes: not judged */
	RV_OK,		/* the dictionary accepts it */
	RV_NAME,	/* an unknown name (a note) */
	RV_UNKNOWN,	/* an unknown word (an error) */
	RV_PARTS,	/* a compound with '-' or '/' judged in parts */
	RV_LISTED,	/* accepted because a word list or directive lists it:
			   the rules leave it alone */
	RV_FOREIGN	/* a word of another language (a note) */
};

struct speller;
struct name_table;
struct freq;
struct reptable;
struct lexicon;
struct lm_memo;

/* What the rules see of a token judged in parts ("Zuckerberg-sagen",
 * "ET-nyhedsmøde"); a len of 0 means none. */
struct rule_parts {
	size_t tok;		/* the token's index */
	struct token head;	/* the first part (flags: the token's TOK_SENT
				 * and TOK_UPPER) */
	unsigned char head_verdict;	/* its enum rule_verdict */
	struct token next;	/* the second part, the head's right
				 * neighbour (flags: none) */
	struct token tail;	/* the last part after a hyphen, when the
				 * dictionary accepts it alone and no part
				 * holds a digit (flags: TOK_DOT,
				 * TOK_SUSPENDED, TOK_UPPER) */
};

struct rule_ctx {
	const char *text;		/* the view's text, or a chunk of it */
	size_t len;
	size_t base;			/* view offset of text[0] */
	const struct token *tok;
	size_t ntok;
	const unsigned char *verdict;	/* ntok enum rule_verdict */
	const long *finding;		/* ntok: index in fs of the token's
					 * unknown-word finding, or -1 */
	const struct rule_parts *parts;	/* the hyphenated tokens', by tok */
	size_t nparts;
	struct findings *fs;
	struct speller *sp;
	const struct freq *fq;		/* NULL when the table is missing */
	const struct reptable *rep;	/* the .aff REP table */
	const struct lexicon *lx;	/* the word-form index, or NULL */
	struct lm_memo *memo;		/* the checker's neighbour memory
					 * (required) */
	struct finding *(*emit)(void *ck, size_t b, size_t e, const char *rule,
				const char *word, size_t wlen, char *msg);
	void *ck;
	/* 1 when the foreign dictionary knows w (loading it if need be;
	 * required). */
	int (*foreign_knows)(void *ck, const char *w, size_t n);
	struct name_table *names;	/* the names seen so far in the file */
	const char *source;		/* the file's text, which findings'
					 * offsets index (for rules_finish()) */
	size_t source_len;
	const struct mk_span *titles;	/* the view's headings and table
					 * cells (view offsets), ntitles */
	size_t ntitles;
};

/* 1 when ctx->text[off] lies in a heading or a table cell: no running
 * text. */
int rule_in_title(const struct rule_ctx *ctx, size_t off);

/* The parts of token i of ctx, or NULL when it has none. */
const struct rule_parts *rule_parts_of(const struct rule_ctx *ctx, size_t i);

/* Emits a finding of rule over token t, with the message fmt (a
 * translated format with one %s) given the word as written; returns
 * ctx->emit()'s finding, or NULL. */
struct finding *rule_emit_word(const struct rule_ctx *ctx, const struct token *t,
			       const char *rule, const char *fmt);

/* Runs every rule over one chunk of a file (paragraphs, whole; offsets
 * given to emit() are relative to ctx->text); findings go through
 * ctx->emit. */
void rules_run(const struct rule_ctx *ctx);
/* Runs what needs the whole file (name consistency, terms) once every chunk was
 * through rules_run(); offsets given to emit() are view offsets.  The
 * caller then applies the configured severities again (rule_terms()
 * retags findings). */
void rules_finish(const struct rule_ctx *ctx);

/* The per-file table of name spellings rule_names() fills.  Returns a
 * new table; empty it for the next file with names_clear(), free it with
 * names_free(). */
struct name_table *names_new(void);
void names_clear(struct name_table *nt);
void names_free(struct name_table *nt);

void rule_confusable(const struct rule_ctx *ctx);
/* Part of "run-together", over the whole file (rules_finish()): a number
 * glued to the word after it ("1000gange", "27.maj"). */
void rule_glued_numbers(const struct rule_ctx *ctx);
void rule_compound(const struct rule_ctx *ctx);
void rule_repeated(const struct rule_ctx *ctx);
void rule_ampersand(const struct rule_ctx *ctx);
void rule_verb_form(const struct rule_ctx *ctx);
void rule_af_at(const struct rule_ctx *ctx);
void rule_names(const struct rule_ctx *ctx);
void rule_names_report(const struct rule_ctx *ctx);
void rule_run_together(const struct rule_ctx *ctx);
/* Retags the unknown-word findings of a word the file uses in three
 * places or more, far from every Danish word, as unknown-term ones,
 * without suggestions; their severity is left to the caller. */
void rule_terms(const struct rule_ctx *ctx);

/* For judge(), about w, a lower-case word sp rejects.  It is a foreign
 * word when rule_foreign_known (foreign, a speller of another language,
 * knows it, it joins a foreign word and a Danish one, or it is a
 * foreign stem with a Danish ending: "deployede") and not
 * rule_foreign_near (a Danish word lies one typing error, a respelling
 * or some lost æ, ø or å away; fq may be NULL). */
int rule_foreign_known(struct speller *sp, struct speller *foreign, const char *w, size_t n);
int rule_foreign_near(struct speller *sp, const struct freq *fq, const struct reptable *rep,
		      const char *w, size_t n);

/* 1 when the dictionary lets name (capitalised, n bytes) take a compass
 * direction ("Nordafrika", "Nordbrønderslev"): the mark of its place
 * names, which surnames lack ("Lundstrøm"). */
int rule_is_place(struct speller *sp, const char *name, size_t n);

/* For judge(): 1 when the unknown capitalised word w is rather a
 * misspelling of a known word (a dictionary name, or a common word when
 * sentence is set and foreign_knows(arg, w, n) says no) than a name;
 * named says that names stand around it, which asks for stronger
 * evidence.  Writes the correction, terminated, to
 * sug (sugsize bytes; a correction that does not fit is not offered).  fq
 * and lx (the word-form index, for names real text does not use) may be
 * NULL. */
int rule_misspelt_capital(struct speller *sp, const struct freq *fq,
			  const struct lexicon *lx,
			  const struct reptable *rep, const char *w, size_t n,
			  int sentence, int named, char *sug, size_t sugsize,
			  int (*foreign_knows)(void *arg, const char *w, size_t n), void *arg);

/* For judge(): 1 when the unknown word w in capitals, seven letters or
 * more, is one typing error from a common word ("TILLYKKW") that the
 * foreign dictionary does not make an English word of; writes it, in
 * capitals, to sug as rule_misspelt_capital() does.  The same, when
 * shouted is set, for a word the caller judged shouted (rule_shouted():
 * "hvA" for "hvad"), three letters or more, written in lower case.  memo
 * is the checker's. */
int rule_misspelt_caps(struct speller *sp, const struct freq *fq, struct lm_memo *memo,
		       const char *w, size_t n, int shouted, char *sug, size_t sugsize,
		       int (*foreign_knows)(void *arg, const char *w, size_t n), void *arg);

/* 1 when w is lower case but for its last letter, after two lower-case
 * letters or more ("hvA", "maaN"): a slip of the shift key or chat style,
 * not the shape of a name ("iPhone", "macOS", "PhD"). */
int rule_shouted(const char *w, size_t n);

/* For judge() and rule "compound": the length of a dictionary word one
 * typing error from w (lower case), a new compound hunspell rejects,
 * that makes w a slip, written terminated to out (outsz bytes) unless
 * out is NULL; else 0.  A word with a linking letter more or less counts
 * ("driftplan", "driftsplan"); for an open compound (open set) so does
 * any lexicalised word but one with another first letter.  lx may be
 * NULL (then 0), fq too. */
size_t rule_new_compound_slip(struct speller *sp, const struct lexicon *lx, const struct freq *fq,
			      const struct reptable *rep, const char *w, size_t n, int open,
			      char *out, size_t outsz);

/* For judge(), rule "run-together": where a full stop lost its space in
 * w ("huset.Derefter", "kr.Prisen"), between a known word in lower case
 * (or an abbreviation) and a known capitalised one, the stop's offset in
 * w; else 0.  Domains ("Politiken.dk") and code ("Node.js") do not end in
 * a capitalised word. */
size_t rule_lost_space(struct speller *sp, const char *w, size_t n);

/* For rule_names_report(): 1 when the unknown capitalised word w, unseen
 * in the corpus fq, is one typing error from a single well-known proper
 * name of the dictionary (misname.c says which); writes that name,
 * terminated, to sug (sugsize bytes). */
int rule_misspelt_name(struct speller *sp, const struct freq *fq, const char *w, size_t n,
		       char *sug, size_t sugsize);

#endif
