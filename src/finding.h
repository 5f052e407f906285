/* finding.h - what a check found: a byte range of the source, a severity,
 * a rule, the word, a message and ranked suggestions.  Shared by the rules,
 * the suggester and the reporters. */
#ifndef RETSTAV_FINDING_H
#define RETSTAV_FINDING_H

#include <stddef.h>

enum severity {
	SEV_OFF = -1,
	SEV_NOTE = 0,
	SEV_WARNING = 1,
	SEV_ERROR = 2
};

struct finding {
	size_t off, len;	/* bytes in the source text */
	enum severity sev;
	const char *rule;	/* static: "unknown-word", "confusable", ... */
	char *word;		/* owned */
	char *msg;		/* owned, translated, without suggestions */
	char **sugs;		/* owned, best first */
	size_t nsugs;
	int want_sugs;		/* the suggester should fill sugs */
};

struct findings {
	struct finding *v;
	size_t n, cap;
};

/* Appends a finding; copies word and takes msg (heap, may be NULL).
 * Returns it for the caller to add suggestions. */
struct finding *fnd_add(struct findings *fs, size_t off, size_t len,
			enum severity sev, const char *rule, const char *word,
			size_t wordlen, char *msg);
/* Takes ownership of s and appends it to f's suggestions unless present. */
void fnd_add_sug(struct finding *f, char *s);
/* Frees f's suggestions; f keeps none. */
void fnd_drop_sugs(struct finding *f);
/* Frees what f owns (word, message, suggestions), not f itself. */
void fnd_free_one(struct finding *f);
/* Frees the findings whose severity is SEV_OFF and closes the gaps. */
void fnd_drop_off(struct findings *fs);
/* Sorts by offset, then rule; stable for equal keys. */
void fnd_sort(struct findings *fs);
/* Frees every finding and empties fs (its array is kept for reuse). */
void fnd_clear(struct findings *fs);
void fnd_free(struct findings *fs);

const char *sev_name(enum severity s);
/* Parses "error", "warning", "note", "off"; returns -2 when unknown. */
int sev_parse(const char *s);

#endif
