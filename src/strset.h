/* strset.h - a set of byte strings (open addressing, owned copies). */
#ifndef RETSTAV_STRSET_H
#define RETSTAV_STRSET_H

#include <stddef.h>

struct strset_entry {
	char *key;
	size_t len;
	unsigned hash;
	int value;
};

struct strset {
	struct strset_entry *tab;
	size_t size, count;
};

/* Returns the entry of s (adding it with value 0 when add is set and it
 * is new), or NULL when it is absent and add is 0. */
struct strset_entry *strset_get(struct strset *set, const char *s, size_t n, int add);
/* Empties the set, keeping its table. */
void strset_clear(struct strset *set);
void strset_free(struct strset *set);

#endif
