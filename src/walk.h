/* walk.h - command-line arguments -> the list of files to check:
 * directories are walked recursively in name order, keeping files whose
 * names end in one of the configured extensions. */
#ifndef RETSTAV_WALK_H
#define RETSTAV_WALK_H

#include <stddef.h>

struct walk {
	char **paths;
	size_t n, cap;
	char **ext;		/* extensions without the dot */
	size_t next;
};

/* Sets the extensions from a comma-separated list ("txt,md"). */
void walk_set_extensions(struct walk *w, const char *list);
/* Adds path as it is (a file or "-"). */
void walk_add_path(struct walk *w, const char *path);
/* Adds a command-line argument: a file, "-", or a directory to walk.
 * Returns 0, or -1 after printing "retstav: PATH: cause". */
int walk_arg(struct walk *w, const char *arg);
int walk_is_dir(const char *path);
void walk_free(struct walk *w);

#endif
