/* check.h - one worker's pipeline for a file: view -> tokens -> verdicts
 * -> rules -> suggestions -> sorted findings.  A checker owns its own
 * hunspell handle, so workers never share mutable state. */
#ifndef RETSTAV_CHECK_H
#define RETSTAV_CHECK_H

#include <stddef.h>

#include "finding.h"
#include "markup/markup.h"
#include "source.h"

#define CHK_MAX_RULES 32

struct chk_config {
	const char *dict_base;		/* from spl_find_dictionary() */
	const char *const *wordlists;	/* NULL-terminated */
	const char *foreign_base;	/* a dictionary of another language
					 * for foreign words, or NULL */
	const char *datadir;		/* house tables (dictionaries/) */
	struct spl_cache *cache;	/* verdicts shared by workers, or NULL */
	int suggest;			/* 0: --no-suggest */
	size_t nsug;			/* suggestions to compute */
	struct mk_options mk;
	enum severity sev[CHK_MAX_RULES];	/* per rule, by rule_index() */
};

/* Per-stage times in seconds and counts, for --stats. */
struct chk_stats {
	double t_markup, t_tokenize, t_check, t_rules, t_suggest;
	unsigned long words, files;
};

struct checker;
struct spl_cache;

/* Fills cfg->sev with the rules' default severities. */
void chk_default_severities(struct chk_config *cfg);
/* Returns a new checker (loads the dictionary), or NULL with a message.
 * cfg must outlive it.  Free with chk_free(). */
struct checker *chk_new(const struct chk_config *cfg);
void chk_free(struct checker *ck);

/* Checks src and appends its findings, sorted, to fs.  Returns 0, or -1
 * when the file could not be checked (a message was printed). */
int chk_source(struct checker *ck, const struct source *src, struct findings *fs);

/* Adds a word accepted for the rest of the run (directives, LSP). */
void chk_accept_word(struct checker *ck, const char *word);

const struct chk_stats *chk_get_stats(const struct checker *ck);
struct speller *chk_speller(struct checker *ck);
/* 0 when the configured foreign-word dictionary did not load (reported
 * on stderr; its words were then judged as Danish), else 1.  Waits for
 * its loader. */
int chk_foreign_ok(struct checker *ck);

#endif
