/* tokenize.c - turns text into word tokens.  ICU's word break iterator
 * (over UTF-8 through UText, so boundaries are byte offsets) finds the
 * words; Danish rules then join hyphenated and slashed compounds, mark
 * sentence starts and abbreviation dots, and drop chunks that are not words
 * at all (URLs, e-mail addresses, handles, hashtags, paths, numbers). */
#include "tokenize.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#define MAX_WORD 100	/* hunspell's own limit; longer runs are no words */

struct tokenizer {
	UBreakIterator *bi;
	struct token *tok;
	size_t ntok, cap;
};

struct tokenizer *
tok_new(void)
{
	UErrorCode st = U_ZERO_ERROR;
	struct tokenizer *t = xcalloc(1, sizeof *t);
	t->bi = ubrk_open(UBRK_WORD, "da", NULL, 0, &st);
	if (U_FAILURE(st)) {
		warnx_(_("ICU word break iterator: %s"), u_errorName(st));
		free(t);
		return NULL;
	}
	return t;
}

void
tok_free(struct tokenizer *t)
{
	if (!t)
		return;
	ubrk_close(t->bi);
	free(t->tok);
	free(t);
}

/* Code point before offset i (0 at the start). */
static int32_t
prev_cp(const char *s, size_t i, size_t *at)
{
	if (i == 0) {
		*at = 0;
		return 0;
	}
	size_t j = i - 1;
	while (j > 0 && utf8_cont(s[j]) && i - j < 4)
		j--;
	*at = j;
	size_t k = j;
	int32_t cp = utf8_next(s, i, &k);
	return cp < 0 ? 0xFFFD : cp;
}

static int32_t
cp_at(const char *s, size_t len, size_t i, size_t *next)
{
	size_t k = i;
	if (i >= len) {
		*next = len;
		return 0;
	}
	int32_t cp = utf8_next(s, len, &k);
	*next = k;
	return cp < 0 ? 0xFFFD : cp;
}

static int
is_hyphen(int32_t c)
{
	return c == '-' || c == 0x2011;	/* hyphen-minus, non-breaking hyphen */
}

int
tok_is_dash(int32_t c)
{
	return c >= 0 && u_hasBinaryProperty(c, UCHAR_DASH);
}

static int
is_apostrophe(int32_t c)
{
	return c == '\'' || c == 0x2019;
}

/* Characters that may stand between the end of a sentence and the next
 * word: quotes, brackets, dashes and spaces. */
static int
is_opener(int32_t c)
{
	return u_isspace(c) || c == '"' || c == '\'' || c == '(' || c == '[' ||
	       c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2018 ||
	       c == 0x2019 || c == 0xAB || c == 0xBB || c == 0x2013 ||
	       c == 0x2014 || c == '-' || c == '*' || c == '#' || c == '>';
}

/* Decides whether the word at off starts a sentence: looks back over
 * openers to a sentence end, a blank line, a line with no final stop
 * (a heading), or the start of the text. */
static int
starts_sentence(const char *s, size_t off, int *after_nl)
{
	size_t i = off, at;
	int newlines = 0;
	*after_nl = 0;
	for (int steps = 0; steps < 64; steps++) {
		int32_t c = prev_cp(s, i, &at);
		if (c == 0)
			return 1;
		if (c == '\n') {
			newlines++;
			*after_nl = 1;
		} else if (!is_opener(c)) {
			if (c == '.' || c == '!' || c == '?' || c == ':' ||
			    c == 0x2026)
				return 1;
			/* A line break after a line with no final stop: a
			 * heading, a list item or a caption ended there. */
			return newlines > 0;
		}
		i = at;
	}
	return 1;
}

static int
has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

static int
has_upper(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t c = utf8_next(s, n, &i);
		if (c > 0 && u_isupper(c))
			return 1;
	}
	return 0;
}

static int
is_ascii_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* True when s[0..n) has a dot after its first byte and what follows the
 * last dot is one of list (NULL-terminated). */
static int
ends_with_one_of(const char *s, size_t n, const char *const *list)
{
	const char *dot = memrchr(s, '.', n);
	if (!dot || dot == s)
		return 0;
	size_t tl = n - (size_t)(dot + 1 - s);
	for (int k = 0; list[k]; k++)
		if (strlen(list[k]) == tl && memcmp(dot + 1, list[k], tl) == 0)
			return 1;
	return 0;
}

static int
ends_with_tld(const char *s, size_t n)
{
	static const char *const tld[] = {
		"dk", "com", "org", "net", "io", "eu", "de", "se", "no", "uk",
		"ai", "gov", "edu", "info", "fo", "gl", "is", "fi", "nu", "app",
		"dev", "tv", "me", "co", "biz", NULL
	};
	return ends_with_one_of(s, n, tld);
}

/* True when s[0..n) is a file name: lower-case letters, digits, "_" and
 * "-" before a dot and a common file extension ("artikel.txt",
 * "launch.json"); with a capital it is a name ("Node.js"). */
static int
is_file_name(const char *s, size_t n)
{
	static const char *const ext[] = {
		"txt", "md", "html", "htm", "json", "yaml", "yml", "toml", "ini", "cfg", "conf",
		"xml", "csv", "tsv", "log", "c", "h", "py", "js", "ts", "css", "sh", "php",
		"pdf", "docx", "xlsx", "pptx", "odt", "png", "jpg", "jpeg", "gif", "svg",
		"zip", "gz", "tar", NULL
	};
	for (size_t i = 0; i < n; i++)
		if (s[i] != '.' && ((!is_ascii_alnum(s[i]) && s[i] != '_' && s[i] != '-') ||
				    (s[i] >= 'A' && s[i] <= 'Z')))
			return 0;
	return ends_with_one_of(s, n, ext);
}

int
tok_is_nonword_chunk(const char *s, size_t n)
{
	/* Trim punctuation that ends a sentence or closes a bracket. */
	while (n > 0 && strchr(".,;:!?)]}\"'", s[n - 1]))
		n--;
	while (n > 0 && strchr("([{\"'", s[0])) {
		s++;
		n--;
	}
	if (n == 0)
		return 0;
	if (memmem(s, n, "://", 3) || (n > 4 && memcmp(s, "www.", 4) == 0))
		return 1;
	if (s[0] == '@' || (s[0] == '#' && n > 1))
		return 1;
	if (memchr(s, '@', n))
		return 1;	/* e-mail address */
	if (s[0] == '/' || s[0] == '~' || (n > 1 && s[0] == '.' && s[1] == '/'))
		return 1;	/* file path */
	if (memchr(s, '\\', n))
		return 1;	/* Windows path */
	/* A relative path ("admin/config/dpl-event/settings"): prose joins
	 * two or three alternatives with slashes ("og/eller"), not four. */
	if (count_of(s, n, "/") >= 3)
		return 1;
	/* A code identifier: "email_confirmation", "MAX_WORD"; an underscore
	 * at either end marks emphasis ("_skal_", "»_skal_«", "_EU_-landene")
	 * and is no code. */
	for (size_t i = 1; i + 1 < n; i++)
		if (s[i] == '_' && is_ascii_alnum(s[i - 1]) && is_ascii_alnum(s[i + 1]))
			return 1;
	/* An assignment of code or a query: "term.type=\"bog\"",
	 * "phrase.language=dansk". */
	for (size_t i = 1; i + 1 < n; i++)
		if (s[i] == '=' && is_ascii_alnum(s[i - 1]))
			return 1;
	if (is_file_name(s, n))
		return 1;
	if (memchr(s, '/', n) && memchr(s, '.', n) && !memchr(s, ' ', n)) {
		/* "eksempel.dk/side", "src/main.c" */
		const char *sl = memchr(s, '/', n);
		if (sl != s + n - 1)
			return 1;
	}
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] == '.' && s[i + 1] != '.' && i > 0 && s[i - 1] != '.')
			return ends_with_tld(s, n) && !has_upper(s, 1);
	return 0;
}

/* Adds a token, dropping those that are no words to check. */
static void
emit(struct tokenizer *t, const char *s, size_t len, size_t b, size_t e,
     unsigned flags)
{
	if (e <= b || e - b > MAX_WORD)
		return;
	if (has_digit(s + b, e - b)) {
		flags |= TOK_DIGIT;
		/* Pure numbers, dates, "1990'erne", "3G": no spelling to check
		 * unless a hyphen joins letters to them ("60-årige"). */
		if (!(flags & TOK_COMPOUND))
			return;
	}
	if (has_upper(s + b, e - b))
		flags |= TOK_UPPER;
	int after_nl;
	if (starts_sentence(s, b, &after_nl))
		flags |= TOK_SENT;
	if (after_nl)
		flags |= TOK_AFTER_NL;
	if (e < len && s[e] == '.')
		flags |= TOK_DOT;
	grow((void **)&t->tok, &t->cap, t->ntok + 1, sizeof *t->tok);
	t->tok[t->ntok++] = (struct token){ (uint32_t)b, (uint32_t)(e - b), flags };
	(void)len;
}

size_t
tok_run(struct tokenizer *t, const char *s, size_t len, const struct token **out)
{
	UErrorCode st = U_ZERO_ERROR;
	UText *ut = utext_openUTF8(NULL, s, (int64_t)len, &st);
	size_t chunk_b = 0, chunk_e = 0;
	int chunk_skip = 0;

	t->ntok = 0;
	*out = NULL;
	if (len > INT32_MAX) {
		/* ICU's break offsets are int32_t. */
		utext_close(ut);
		warnx_(_("text of %zu bytes is too long to split into words"), len);
		return 0;
	}
	if (U_FAILURE(st)) {
		warnx_(_("ICU text: %s"), u_errorName(st));
		return 0;
	}
	ubrk_setUText(t->bi, ut, &st);
	if (U_FAILURE(st)) {
		warnx_(_("ICU word break iterator: %s"), u_errorName(st));
		utext_close(ut);
		return 0;
	}
	int32_t prev = ubrk_first(t->bi);
	size_t wb = 0, we = 0;	/* the word being joined */
	int open = 0;
	unsigned flags = 0;
	for (int32_t cur = ubrk_next(t->bi); cur != UBRK_DONE;
	     prev = cur, cur = ubrk_next(t->bi)) {
		int32_t status = ubrk_getRuleStatus(t->bi);
		size_t b = (size_t)prev, e = (size_t)cur;
		if (status < UBRK_WORD_NONE_LIMIT)
			continue;	/* spaces and punctuation */
		/* Whitespace-delimited chunk around b: URL, mail, path? */
		if (b >= chunk_e) {
			chunk_b = b;
			while (chunk_b > chunk_e && !is_ascii_space((unsigned char)s[chunk_b - 1]))
				chunk_b--;
			chunk_e = b;
			while (chunk_e < len && !is_ascii_space((unsigned char)s[chunk_e]))
				chunk_e++;
			chunk_skip = tok_is_nonword_chunk(s + chunk_b, chunk_e - chunk_b);
		}
		/* An HTML entity left in plain text ("&nbsp;", "&quot;"),
		 * escaped twice too ("&amp;nbsp;"): its name is no word. */
		if (chunk_skip || (e < len && s[e] == ';' &&
				   ((b > 0 && s[b - 1] == '&') ||
				    (b >= 5 && memcmp(s + b - 5, "&amp;", 5) == 0)))) {
			if (open)
				emit(t, s, len, wb, we, flags);
			open = 0;
			continue;
		}
		if (open) {
			/* Joined to the open word by one '-', '/' or an
			 * apostrophe after digits ("1990'erne")? */
			size_t nx;
			int32_t c = cp_at(s, len, we, &nx);
			if (nx == b && (is_hyphen(c) || c == '/')) {
				we = e;
				flags |= TOK_COMPOUND;
				continue;
			}
			if (nx == b && is_apostrophe(c) && has_digit(s + wb, we - wb)) {
				we = e;	/* "1990'erne": a number with an ending */
				continue;
			}
			emit(t, s, len, wb, we, flags);
		}
		open = 1;
		wb = b;
		we = e;
		flags = 0;
	}
	if (open)
		emit(t, s, len, wb, we, flags);
	/* Suspended compounds: "CMS- og webløsninger". */
	for (size_t i = 0; i < t->ntok; i++) {
		struct token *k = &t->tok[i];
		size_t e = k->off + k->len, nx;
		if (e < len && is_hyphen(cp_at(s, len, e, &nx)) &&
		    (nx >= len || is_ascii_space((unsigned char)s[nx]) || s[nx] == ','))
			k->flags |= TOK_SUSPENDED;
	}
	utext_close(ut);
	*out = t->tok;
	return t->ntok;
}

enum tok_shape
tok_shape(const char *w, size_t n)
{
	size_t i = 0, letters = 0, uppers = 0;
	int first_upper = -1, later_upper = 0;
	while (i < n) {
		int32_t c = utf8_next(w, n, &i);
		if (c <= 0 || !u_isalpha(c))
			continue;
		int up = u_isupper(c) || u_istitle(c);
		if (first_upper < 0)
			first_upper = up;
		else if (up)
			later_upper = 1;
		letters++;
		uppers += up;
	}
	if (letters >= 2 && uppers == letters)
		return SHAPE_UPPER;
	if (later_upper)
		return SHAPE_CAMEL;
	return first_upper == 1 ? SHAPE_CAPITAL : SHAPE_LOWER;
}
