/* util.h - small helpers shared by every stage: checked allocation and a
 * growable byte buffer.  Allocation failure is fatal: retstav cannot report
 * findings it has no memory to hold. */
#ifndef RETSTAV_UTIL_H
#define RETSTAV_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "i18n.h"

#define PROGNAME "retstav"

/* Never returns NULL; aborts with a message when memory is exhausted. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Returns a new NUL-terminated copy of s[0..n); free with free(). */
char *xstrndup(const char *s, size_t n);
char *xstrdup(const char *s);

/* Grows *arr (of *cap elements of size elem) to hold at least need. */
void grow(void **arr, size_t *cap, size_t need, size_t elem);

/* A growable byte buffer; always NUL-terminated after buf_* calls. */
struct buf {
	char *data;
	size_t len, cap;
};

void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_free(struct buf *b);

/* Prints "retstav: " + message + newline on stderr. */
void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Seconds on the monotonic clock, for stage timings. */
double mono_now(void);

/* The 32-bit FNV-1a hash of s[0..n) (also the hash of the house tables'
 * files: dictionaries/build-freq.py computes the same). */
uint32_t fnv1a(const char *s, size_t n);

/* Decodes one UTF-8 code point at s[*i] (s has n bytes), advancing *i.
 * Returns -1 and advances one byte on an invalid sequence. */
int32_t utf8_next(const char *s, size_t n, size_t *i);
/* Writes the UTF-8 form of cp to out (4 bytes room); returns its length. */
int utf8_put(char *out, int32_t cp);
/* 1 when byte c continues a UTF-8 sequence (10xxxxxx); c may be a char
 * or an unsigned char.  Inline: the scanning loops call it per byte. */
static inline int
utf8_cont(int c)
{
	return (c & 0xC0) == 0x80;
}
/* The number of code points in w[0..n) (continuation bytes not counted). */
size_t utf8_count(const char *w, size_t n);
/* 1 when c is an ASCII space: a blank, tab, line feed, carriage return,
 * form feed or vertical tab (isspace() in the C locale, whatever the
 * locale is). */
int is_ascii_space(int c);
/* How many times s ("å", "aa") stands in w[0..n), apart. */
size_t count_of(const char *w, size_t n, const char *s);
/* A new string: fmt (one %s) given w[0..n); free it. */
char *fmt_word(const char *fmt, const char *w, size_t n);
/* 1 when w[0..n) is, byte for byte, one of list (NULL-ended). */
int in_list(const char *w, size_t n, const char *const *list);
/* Length in bytes of the valid UTF-8 sequence at s, or 0 when invalid. */
size_t utf8_valid_len(const unsigned char *s, size_t n);

#endif
