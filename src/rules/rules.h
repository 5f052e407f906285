/* rules.h - the rule registry (ids, default severities, descriptions) and
 * the rules that judge what hunspell cannot see. */
#ifndef RETSTAV_RULES_H
#define RETSTAV_RULES_H

#include "../finding.h"

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

#endif
