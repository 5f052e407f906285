/* wordlist.c - atomic appends to a word list: under a lock on its
 * directory, read the old list, write old + new word to a temporary file
 * beside it, fsync it, rename it over the list, fsync the directory.  A
 * crash leaves either the old list or the new one, never a torn file;
 * the temporary file it may leave is removed by the next append. */
#include "wordlist.h"
#include "../util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* Reads the whole file; a missing file is empty.  Returns 0 or -1. */
static int
slurp(const char *path, struct buf *out, mode_t *mode)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? 0 : -1;
	struct stat st;
	if (fstat(fd, &st) == 0)
		*mode = st.st_mode & 07777;
	char tmp[65536];
	ssize_t n;
	while ((n = read(fd, tmp, sizeof tmp)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		buf_add(out, tmp, (size_t)n);
	}
	close(fd);
	return 0;
}

/* True when a line of the list is word, alone or with affix flags. */
static int
has_entry(const struct buf *b, const char *word)
{
	size_t wl = strlen(word);
	const char *p = b->data, *end = b->data + b->len;
	while (p && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		while (p < le && (*p == ' ' || *p == '\t'))
			p++;
		if ((size_t)(le - p) >= wl && memcmp(p, word, wl) == 0 &&
		    (p + wl == le || strchr("/\r \t", p[wl])))
			return 1;
		p = nl ? nl + 1 : NULL;
	}
	return 0;
}

static int
write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, s, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return -1;
		s += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Removes the temporary files ".BASE.XXXXXX" a writer killed between
 * mkstemp() and rename() left in the directory.  Called under the lock:
 * no live writer has one open. */
static void
remove_stale(int dfd, const char *base)
{
	int fd = dup(dfd);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		if (fd >= 0)
			close(fd);
		return;
	}
	size_t bl = strlen(base);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		const char *n = e->d_name;
		if (n[0] != '.' || strncmp(n + 1, base, bl) != 0 || n[1 + bl] != '.' ||
		    strlen(n + 2 + bl) != 6)
			continue;
		int ok = 1;
		for (const char *c = n + 2 + bl; *c; c++)
			ok &= (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
			      (*c >= '0' && *c <= '9');
		if (ok)
			unlinkat(dfd, n, 0);
	}
	closedir(d);
}

int
wl_append(const char *path, const char *word)
{
	char real[PATH_MAX], dir[PATH_MAX], tmp[2 * PATH_MAX + 16];
	struct buf old = {0};
	mode_t mask = umask(022), mode;
	int fd = -1, dfd = -1, rc = -1;

	umask(mask);
	mode = 0666 & ~mask;	/* a new list gets what open() would give */
	tmp[0] = '\0';
	if (!word[0] || strpbrk(word, "\n\r")) {
		warnx_(_("%s: not a word: '%s'"), path, word);
		return -1;
	}
	/* Replace the file a symbolic link points to, not the link. */
	if (!realpath(path, real))
		snprintf(real, sizeof real, "%s", path);
	snprintf(dir, sizeof dir, "%s", real);
	char *slash = strrchr(dir, '/');
	const char *base = slash ? slash + 1 : real;
	if (slash == dir)
		dir[1] = '\0';
	else if (slash)
		*slash = '\0';
	else
		snprintf(dir, sizeof dir, ".");

	/* Writers of one list take turns: the directory is locked from the
	 * read of the old list to the rename, so no word is lost between
	 * two editors adding at once. */
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0 || flock(dfd, LOCK_EX) < 0) {
		warnx_("%s: %s", path, strerror(errno));
		goto out;
	}
	remove_stale(dfd, base);
	if (slurp(real, &old, &mode) < 0) {
		warnx_("%s: %s", path, strerror(errno));
		goto out;
	}
	if (has_entry(&old, word)) {
		rc = 0;
		goto out;
	}
	if (old.len && old.data[old.len - 1] != '\n')
		buf_addc(&old, '\n');
	buf_adds(&old, word);
	buf_addc(&old, '\n');

	snprintf(tmp, sizeof tmp, "%s/.%s.XXXXXX", strcmp(dir, "/") ? dir : "", base);
	fd = mkstemp(tmp);
	if (fd < 0) {
		warnx_("%s: %s", path, strerror(errno));
		tmp[0] = '\0';
		goto out;
	}
	if (write_all(fd, old.data, old.len) < 0 || fchmod(fd, mode) < 0 ||
	    fsync(fd) < 0) {
		warnx_("%s: %s", tmp, strerror(errno));
		goto out;
	}
	int cr = close(fd);
	fd = -1;
	if (cr < 0) {
		warnx_("%s: %s", tmp, strerror(errno));
		goto out;
	}
	if (rename(tmp, real) < 0) {
		warnx_("%s: %s", path, strerror(errno));
		goto out;
	}
	tmp[0] = '\0';
	/* The rename itself is durable once the directory is synced. */
	fsync(dfd);
	rc = 1;
out:
	if (fd >= 0)
		close(fd);
	if (tmp[0])
		unlink(tmp);
	if (dfd >= 0)
		close(dfd);	/* releases the lock */
	buf_free(&old);
	return rc;
}
