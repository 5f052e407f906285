/* config.h - .retstav.ini: the settings of a project, read with inih.
 * The file is found from a folder upwards (or named with --config); the
 * command line overrides it.  Values are kept as given; main.c applies
 * them. */
#ifndef RETSTAV_CONFIG_H
#define RETSTAV_CONFIG_H

#include <stddef.h>

#define CONF_NAME ".retstav.ini"

struct conf_rule {
	int rule;		/* rule_index() */
	int sev;		/* enum severity */
};

struct conf {
	char *path;		/* the file read, or NULL */
	char *dictionary;
	char *foreign;		/* foreign-word dictionary, or "none" */
	char **wordlists;	/* NULL-terminated, relative to the file's folder */
	char **body_end;	/* NULL-terminated, or NULL: the defaults */
	char **front_matter_keys;	/* likewise */
	char **ignore;		/* globs, NULL-terminated */
	char *extensions;
	int fail_on;		/* enum severity, or -3 when not set */
	int input_format;	/* enum mk_format, or -1 */
	int whole_file;		/* 0, 1, or -1 */
	struct conf_rule *rules;
	size_t nrules;
};

/* Looks for CONF_NAME in dir and its parents; writes the path found to
 * out and returns 1, or returns 0 when there is none. */
int conf_find(const char *dir, char *out, size_t outsz);
/* Empties c: every setting unset (the command line's defaults apply). */
void conf_init(struct conf *c);
/* Reads path into c (emptied first).  Returns 0, or -1 after printing
 * "retstav: FILE:LINE: cause" (or "retstav: FILE: cause").  Free with
 * conf_free() either way. */
int conf_load(struct conf *c, const char *path);
/* Like conf_load(), with the file's bytes data[0..len) (borrowed) given
 * instead of read from path; path names it in messages and word lists. */
int conf_load_memory(struct conf *c, const char *path, const char *data, size_t len);
void conf_free(struct conf *c);

/* True when path matches one of the globs: a glob without '/' is matched
 * against the file name, one with '/' against the path and each tail of
 * it that starts after a '/'. */
int conf_ignored(const struct conf *c, const char *path);

#endif
