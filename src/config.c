/* config.c - reads .retstav.ini with inih into a struct conf and finds it
 * from a folder upwards.  Every value is checked here, so a typo in the
 * file is reported with its line, never silently ignored. */
#include "config.h"
#include "finding.h"
#include "markup/markup.h"
#include "rules/rules.h"
#include "util.h"

#include <errno.h>
#include <fnmatch.h>
#include <ini.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

int
conf_find(const char *dir, char *out, size_t outsz)
{
	char d[PATH_MAX];
	if (!realpath(dir, d))
		return 0;
	for (;;) {
		snprintf(out, outsz, "%s%s" CONF_NAME, d, strcmp(d, "/") == 0 ? "" : "/");
		if (access(out, R_OK) == 0)
			return 1;
		char *slash = strrchr(d, '/');
		if (!slash || strcmp(d, "/") == 0)
			return 0;
		if (slash == d)
			slash[1] = '\0';
		else
			*slash = '\0';
	}
}

struct reader {
	FILE *f;
	int line;		/* the line inih is working on */
	int err_line;		/* the first line a value was refused on */
	char *err;		/* its cause */
	char *dir;		/* the file's folder, for relative paths */
	struct conf *c;
};

static char *
read_line(char *str, int num, void *stream)
{
	struct reader *r = stream;
	char *s = fgets(str, num, r->f);
	if (s)
		r->line++;
	return s;
}

static void
push(char ***list, const char *v)
{
	size_t n = 0;
	while (*list && (*list)[n])
		n++;
	*list = xrealloc(*list, (n + 2) * sizeof **list);
	(*list)[n] = xstrdup(v);
	(*list)[n + 1] = NULL;
}

/* Adds each comma-separated item of v. */
static void
push_items(char ***list, const char *v)
{
	char *copy = xstrdup(v), *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		while (*t == ' ' || *t == '\t')
			t++;
		size_t n = strlen(t);
		while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
			t[--n] = '\0';
		if (*t)
			push(list, t);
	}
	free(copy);
}

static int
refuse(struct reader *r, const char *fmt, const char *a, const char *b)
{
	if (!r->err) {
		struct buf m = {0};
		buf_printf(&m, fmt, a, b);
		r->err = m.data;
		r->err_line = r->line;
	}
	return 0;
}

static int
parse_bool(const char *v)
{
	if (!strcasecmp(v, "true") || !strcasecmp(v, "yes") || !strcmp(v, "1") ||
	    !strcasecmp(v, "on"))
		return 1;
	if (!strcasecmp(v, "false") || !strcasecmp(v, "no") || !strcmp(v, "0") ||
	    !strcasecmp(v, "off"))
		return 0;
	return -1;
}

static int
handler(void *user, const char *section, const char *key, const char *value)
{
	struct reader *r = user;
	struct conf *c = r->c;
	if (strcasecmp(section, "severity") == 0) {
		int rule = rule_index(key);
		int sev = sev_parse(value);
		if (rule < 0)
			return refuse(r, _("unknown rule '%s'%s"), key, "");
		if (sev < SEV_OFF)
			return refuse(r, _("invalid severity '%s' for %s (error, warning, note, off)"),
				      value, key);
		c->rules = xrealloc(c->rules, (c->nrules + 1) * sizeof *c->rules);
		c->rules[c->nrules++] = (struct conf_rule){ rule, sev };
		return 1;
	}
	if (*section && strcasecmp(section, "retstav") != 0)
		return refuse(r, _("unknown section [%s]%s"), section, "");
	if (!*value && strcmp(key, "body-end") != 0)
		return refuse(r, _("no value for %s%s"), key, "");
	if (!strcmp(key, "dictionary")) {
		free(c->dictionary);
		c->dictionary = xstrdup(value);
	} else if (!strcmp(key, "foreign")) {
		free(c->foreign);
		c->foreign = xstrdup(value);
	} else if (!strcmp(key, "wordlist")) {
		struct buf p = {0};
		if (value[0] == '/')
			buf_adds(&p, value);
		else
			buf_printf(&p, "%s/%s", r->dir, value);
		push(&c->wordlists, p.data);
		buf_free(&p);
	} else if (!strcmp(key, "body-end")) {
		/* An empty value: no markers at all. */
		if (!c->body_end)
			c->body_end = xcalloc(1, sizeof *c->body_end);
		if (*value)
			push(&c->body_end, value);
	} else if (!strcmp(key, "front-matter-keys")) {
		if (!c->front_matter_keys)
			c->front_matter_keys = xcalloc(1, sizeof *c->front_matter_keys);
		push_items(&c->front_matter_keys, value);
	} else if (!strcmp(key, "ignore")) {
		push_items(&c->ignore, value);
	} else if (!strcmp(key, "extensions")) {
		free(c->extensions);
		c->extensions = xstrdup(value);
	} else if (!strcmp(key, "fail-on")) {
		int s = sev_parse(value);
		if (s < SEV_NOTE)
			return refuse(r, _("invalid value '%s' for %s (error, warning, note)"),
				      value, key);
		c->fail_on = s;
	} else if (!strcmp(key, "input-format")) {
		int f = mk_parse_format(value);
		if (f < 0)
			return refuse(r, _("invalid value '%s' for %s (auto, text, markdown, html)"),
				      value, key);
		c->input_format = f;
	} else if (!strcmp(key, "whole-file")) {
		int b = parse_bool(value);
		if (b < 0)
			return refuse(r, _("invalid value '%s' for %s (true, false)"), value, key);
		c->whole_file = b;
	} else {
		return refuse(r, _("unknown key '%s'%s"), key, "");
	}
	return 1;
}

void
conf_init(struct conf *c)
{
	memset(c, 0, sizeof *c);
	c->fail_on = -3;
	c->input_format = -1;
	c->whole_file = -1;
}

/* Parses the open stream f as the file at path (for messages and the
 * folder of relative word lists); closes f. */
static int
load_stream(struct conf *c, FILE *f, const char *path)
{
	struct reader r = { .c = c, .f = f };
	char *slash = strrchr(c->path, '/');
	r.dir = slash ? xstrndup(c->path, (size_t)(slash - c->path)) : xstrdup(".");
	if (r.dir[0] == '\0') {
		free(r.dir);
		r.dir = xstrdup("/");
	}
	int rc = ini_parse_stream(read_line, &r, handler, &r);
	int bad = ferror(r.f);
	fclose(r.f);
	free(r.dir);
	if (bad) {
		warnx_("%s: %s", path, strerror(EIO));
		free(r.err);
		return -1;
	}
	if (rc != 0) {
		if (r.err && r.err_line == rc)
			warnx_("%s:%d: %s", path, rc, r.err);
		else
			warnx_(_("%s:%d: expected 'key = value' or '[section]'"), path, rc);
		free(r.err);
		return -1;
	}
	return 0;
}

int
conf_load(struct conf *c, const char *path)
{
	conf_init(c);
	c->path = xstrdup(path);
	FILE *f = fopen(path, "r");
	if (!f) {
		warnx_("%s: %s", path, strerror(errno));
		return -1;
	}
	return load_stream(c, f, path);
}

int
conf_load_memory(struct conf *c, const char *path, const char *data, size_t len)
{
	conf_init(c);
	c->path = xstrdup(path);
	/* fmemopen() refuses a zero size; an empty file has no settings. */
	if (len == 0)
		return 0;
	FILE *f = fmemopen((void *)data, len, "r");
	if (!f) {
		warnx_("%s: %s", path, strerror(errno));
		return -1;
	}
	return load_stream(c, f, path);
}

static void
free_list(char **l)
{
	for (size_t i = 0; l && l[i]; i++)
		free(l[i]);
	free(l);
}

void
conf_free(struct conf *c)
{
	free(c->path);
	free(c->dictionary);
	free(c->foreign);
	free(c->extensions);
	free_list(c->wordlists);
	free_list(c->body_end);
	free_list(c->front_matter_keys);
	free_list(c->ignore);
	free(c->rules);
	memset(c, 0, sizeof *c);
}

int
conf_ignored(const struct conf *c, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	for (size_t i = 0; c->ignore && c->ignore[i]; i++) {
		const char *g = c->ignore[i];
		if (!strchr(g, '/')) {
			if (fnmatch(g, base, 0) == 0)
				return 1;
			continue;
		}
		for (const char *p = path; p; p = strchr(p, '/')) {
			if (*p == '/')
				p++;
			if (fnmatch(g, p, 0) == 0)
				return 1;
		}
	}
	return 0;
}
