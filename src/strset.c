/* strset.c - a small string hash set used for per-file bookkeeping. */
#include "strset.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static void
resize(struct strset *set, size_t size)
{
	struct strset_entry *nt = xcalloc(size, sizeof *nt);
	for (size_t i = 0; i < set->size; i++) {
		struct strset_entry *e = &set->tab[i];
		if (!e->key)
			continue;
		size_t j = e->hash & (size - 1);
		while (nt[j].key)
			j = (j + 1) & (size - 1);
		nt[j] = *e;
	}
	free(set->tab);
	set->tab = nt;
	set->size = size;
}

struct strset_entry *
strset_get(struct strset *set, const char *s, size_t n, int add)
{
	if (set->size == 0) {
		if (!add)
			return NULL;
		resize(set, 64);
	}
	unsigned h = fnv1a(s, n);
	size_t i = h & (set->size - 1);
	while (set->tab[i].key) {
		struct strset_entry *e = &set->tab[i];
		if (e->hash == h && e->len == n && memcmp(e->key, s, n) == 0)
			return e;
		i = (i + 1) & (set->size - 1);
	}
	if (!add)
		return NULL;
	if ((set->count + 1) * 4 > set->size * 3) {
		resize(set, set->size * 2);
		return strset_get(set, s, n, add);
	}
	struct strset_entry *e = &set->tab[i];
	e->key = xstrndup(s, n);
	e->len = n;
	e->hash = h;
	e->value = 0;
	set->count++;
	return e;
}

void
strset_clear(struct strset *set)
{
	for (size_t i = 0; i < set->size; i++) {
		free(set->tab[i].key);
		set->tab[i].key = NULL;
	}
	set->count = 0;
}

void
strset_free(struct strset *set)
{
	strset_clear(set);
	free(set->tab);
	set->tab = NULL;
	set->size = 0;
}
