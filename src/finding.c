/* finding.c - the finding list: append, sort, free. */
#include "finding.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct finding *
fnd_add(struct findings *fs, size_t off, size_t len, enum severity sev,
	const char *rule, const char *word, size_t wordlen, char *msg)
{
	grow((void **)&fs->v, &fs->cap, fs->n + 1, sizeof *fs->v);
	struct finding *f = &fs->v[fs->n++];
	memset(f, 0, sizeof *f);
	f->off = off;
	f->len = len;
	f->sev = sev;
	f->rule = rule;
	f->word = xstrndup(word, wordlen);
	f->msg = msg;
	return f;
}

void
fnd_add_sug(struct finding *f, char *s)
{
	for (size_t i = 0; i < f->nsugs; i++)
		if (strcmp(f->sugs[i], s) == 0) {
			free(s);
			return;
		}
	f->sugs = xrealloc(f->sugs, (f->nsugs + 1) * sizeof *f->sugs);
	f->sugs[f->nsugs++] = s;
}

static int
cmp(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	/* At one place the most serious finding leads ("istand" is an
	 * error as run-together before it is a rare compound). */
	if (x->sev != y->sev)
		return x->sev > y->sev ? -1 : 1;
	int r = strcmp(x->rule, y->rule);
	if (r)
		return r;
	return x < y ? -1 : x > y;
}

void
fnd_sort(struct findings *fs)
{
	if (fs->n > 1)
		qsort(fs->v, fs->n, sizeof *fs->v, cmp);
}

void
fnd_drop_sugs(struct finding *f)
{
	for (size_t k = 0; k < f->nsugs; k++)
		free(f->sugs[k]);
	free(f->sugs);
	f->sugs = NULL;
	f->nsugs = 0;
}

void
fnd_free_one(struct finding *f)
{
	free(f->word);
	free(f->msg);
	fnd_drop_sugs(f);
}

void
fnd_drop_off(struct findings *fs)
{
	size_t k = 0;
	for (size_t i = 0; i < fs->n; i++) {
		if (fs->v[i].sev == SEV_OFF)
			fnd_free_one(&fs->v[i]);
		else
			fs->v[k++] = fs->v[i];
	}
	fs->n = k;
}

void
fnd_clear(struct findings *fs)
{
	for (size_t i = 0; i < fs->n; i++)
		fnd_free_one(&fs->v[i]);
	fs->n = 0;
}

void
fnd_free(struct findings *fs)
{
	fnd_clear(fs);
	free(fs->v);
	fs->v = NULL;
	fs->cap = 0;
}

const char *
sev_name(enum severity s)
{
	switch (s) {
	case SEV_ERROR:
		return "error";
	case SEV_WARNING:
		return "warning";
	case SEV_NOTE:
		return "note";
	default:
		return "off";
	}
}

int
sev_parse(const char *s)
{
	if (strcmp(s, "error") == 0)
		return SEV_ERROR;
	if (strcmp(s, "warning") == 0)
		return SEV_WARNING;
	if (strcmp(s, "note") == 0)
		return SEV_NOTE;
	if (strcmp(s, "off") == 0)
		return SEV_OFF;
	return -2;
}
