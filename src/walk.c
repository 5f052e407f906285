/* walk.c - expands directories into the files to check.  Entries are
 * sorted by byte order so that output never depends on the file system;
 * symbolic links to directories are followed unless they lead back into a
 * directory being walked (a loop is reported, not walked forever). */
#include "walk.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

struct ancestor {
	dev_t dev;
	ino_t ino;
};

void
walk_set_extensions(struct walk *w, const char *list)
{
	size_t n = 0, cap = 0;
	for (size_t i = 0; w->ext && w->ext[i]; i++)
		free(w->ext[i]);
	free(w->ext);
	w->ext = NULL;
	char *copy = xstrdup(list), *save = NULL;
	for (char *e = strtok_r(copy, ", ", &save); e; e = strtok_r(NULL, ", ", &save)) {
		if (*e == '*')
			e++;
		if (*e == '.')
			e++;
		grow((void **)&w->ext, &cap, n + 2, sizeof *w->ext);
		w->ext[n++] = xstrdup(e);
		w->ext[n] = NULL;
	}
	free(copy);
}

void
walk_add_path(struct walk *w, const char *path)
{
	grow((void **)&w->paths, &w->cap, w->n + 1, sizeof *w->paths);
	w->paths[w->n++] = xstrdup(path);
}

int
walk_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int
wanted(const struct walk *w, const char *name)
{
	size_t n = strlen(name);
	for (size_t i = 0; w->ext && w->ext[i]; i++) {
		size_t e = strlen(w->ext[i]);
		if (n > e + 1 && name[n - e - 1] == '.' &&
		    strcasecmp(name + n - e, w->ext[i]) == 0)
			return 1;
	}
	return 0;
}

static int
byname(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int
walk_dir(struct walk *w, const char *dir, struct ancestor *anc, size_t depth)
{
	struct dirent **ents;
	int status = 0;
	int n = scandir(dir, &ents, NULL, byname);
	if (n < 0) {
		warnx_("%s: %s", dir, strerror(errno));
		return -1;
	}
	for (int i = 0; i < n; i++) {
		const char *name = ents[i]->d_name;
		if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
			goto next;
		if (name[0] == '.')
			goto next;	/* hidden files and .git */
		struct buf p = {0};
		buf_adds(&p, dir);
		if (p.len && p.data[p.len - 1] != '/')
			buf_addc(&p, '/');
		buf_adds(&p, name);
		struct stat st;
		if (stat(p.data, &st) < 0) {
			if (wanted(w, name)) {
				warnx_("%s: %s", p.data, strerror(errno));
				status = -1;
			}
		} else if (S_ISDIR(st.st_mode)) {
			int loop = 0;
			for (size_t k = 0; k < depth; k++)
				if (anc[k].dev == st.st_dev && anc[k].ino == st.st_ino)
					loop = 1;
			if (loop) {
				warnx_(_("%s: directory loop (a link back to a parent); not walked again"),
				       p.data);
				status = -1;
			} else if (depth < 255) {
				anc[depth] = (struct ancestor){ st.st_dev, st.st_ino };
				if (walk_dir(w, p.data, anc, depth + 1) < 0)
					status = -1;
			} else {
				warnx_(_("%s: directories nested too deep; not walked"), p.data);
				status = -1;
			}
		} else if (wanted(w, name)) {
			if (S_ISREG(st.st_mode)) {
				walk_add_path(w, p.data);
			} else {
				warnx_(_("%s: not a regular file; skipped"), p.data);
				status = -1;
			}
		}
		buf_free(&p);
next:
		free(ents[i]);
	}
	free(ents);
	return status;
}

int
walk_arg(struct walk *w, const char *arg)
{
	struct stat st;
	if (strcmp(arg, "-") != 0 && stat(arg, &st) == 0 && S_ISDIR(st.st_mode)) {
		struct ancestor anc[256];
		anc[0] = (struct ancestor){ st.st_dev, st.st_ino };
		return walk_dir(w, arg, anc, 1);
	}
	/* Files (and missing ones) go to the list: reading reports errors
	 * in order with the other files' findings. */
	walk_add_path(w, arg);
	return 0;
}

void
walk_free(struct walk *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->paths[i]);
	free(w->paths);
	for (size_t i = 0; w->ext && w->ext[i]; i++)
		free(w->ext[i]);
	free(w->ext);
	memset(w, 0, sizeof *w);
}
