/* text.c - the plain-text front end: an article page as a CMS exports it.
 * The view is the source with the same offsets; page furniture
 * after a body-end marker ("Læses lige nu"), photo credits, image
 * placeholders and directive lines are blanked, never cut. */
#include "builder.h"

#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

const char *const mk_default_body_end[] = {
	"Læses lige nu", "Læs også", "Relaterede artikler", "Mest læste",
	"Mest læst", "Andre læser også", "Flere nyheder", "Seneste nyt",
	NULL
};

/* Words that open a credit: "(Foto: Dima Solomin/Unsplash)". */
static const char *const credit_words[] = {
	"Foto", "Fotos", "Fotograf", "Photo", "Billede", "Illustration",
	"Grafik", "Tegning", "Arkivfoto", "Credit", "Kredit", NULL
};

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Case-insensitive equality of two short UTF-8 strings (ICU case folding,
 * so "LÆSES LIGE NU" matches too). */
static int
same_folded(const char *a, size_t an, const char *b, size_t bn)
{
	UChar ua[128], ub[128];
	int32_t la = 0, lb = 0;
	UErrorCode st = U_ZERO_ERROR;
	if (an > 120 || bn > 120)
		return 0;
	u_strFromUTF8(ua, 128, &la, a, (int32_t)an, &st);
	u_strFromUTF8(ub, 128, &lb, b, (int32_t)bn, &st);
	if (U_FAILURE(st))
		return 0;
	return u_strCaseCompare(ua, la, ub, lb, U_FOLD_CASE_DEFAULT, &st) == 0 &&
	       U_SUCCESS(st);
}

static size_t
nwords(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (!is_blank(s[i]) && (i == 0 || is_blank(s[i - 1])))
			w++;
	return w;
}

struct marker {
	const char *text;
	int is_re;
	regex_t re;
};

/* Compiles the markers; returns the count, or -1 with a message. */
static int
compile_markers(const char *const *list, struct marker **out)
{
	size_t n = 0;
	while (list[n])
		n++;
	struct marker *m = xcalloc(n + 1, sizeof *m);
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(list[i]);
		m[i].text = list[i];
		if (l >= 2 && list[i][0] == '/' && list[i][l - 1] == '/') {
			char *pat = xstrndup(list[i] + 1, l - 2);
			int rc = regcomp(&m[i].re, pat, REG_EXTENDED | REG_ICASE | REG_NOSUB);
			free(pat);
			if (rc != 0) {
				char err[128];
				regerror(rc, &m[i].re, err, sizeof err);
				warnx_(_("body-end marker %s: %s"), list[i], err);
				for (size_t k = 0; k < i; k++)
					if (m[k].is_re)
						regfree(&m[k].re);
				free(m);
				return -1;
			}
			m[i].is_re = 1;
		}
	}
	*out = m;
	return (int)n;
}

static void
free_markers(struct marker *m, int n)
{
	for (int i = 0; i < n; i++)
		if (m[i].is_re)
			regfree(&m[i].re);
	free(m);
}

/* The marker line s[0..n) (trimmed) matches, or -1. */
static int
match_marker(const struct marker *m, int nm, const char *s, size_t n)
{
	size_t k = n;
	while (k > 0 && (s[k - 1] == ':' || is_blank(s[k - 1])))
		k--;
	for (int i = 0; i < nm; i++) {
		/* Case folding keeps lengths about the same: most lines are
		 * far longer than any marker and need no folding. */
		size_t ml = strlen(m[i].text);
		if (!m[i].is_re && (k > 2 * ml + 4 || 2 * k + 4 < ml))
			continue;
		if (m[i].is_re) {
			char *line = xstrndup(s, n);
			int hit = regexec(&m[i].re, line, 0, NULL, 0) == 0;
			free(line);
			if (hit)
				return i;
		} else if (same_folded(s, k, m[i].text, ml)) {
			return i;
		}
	}
	return -1;
}

static int
starts_upper(const char *s, size_t n)
{
	size_t i = 0;
	int32_t c = utf8_next(s, n, &i);
	return c > 0 && (u_isupper(c) || u_istitle(c));
}

/* The end of an unbracketed credit starting at t[i] (line end e): names
 * run on while words are capitalised or joined by '/', "og" or '&', and
 * stop at a full stop, a bar or a lower-case word ("Foto: Anna Berg/Ritzau
 * Virksomhederne ..." keeps the sentence after the names, bar its first
 * word). */
static size_t
credit_end(const char *t, size_t i, size_t e)
{
	size_t words = 0, end = i;
	int joined = 1;	/* the first word is always part of it */
	while (i < e && words < 8) {
		while (i < e && is_blank(t[i]))
			i++;
		size_t wb = i;
		while (i < e && !is_blank(t[i]) && t[i] != '|')
			i++;
		if (i == wb)
			break;
		size_t wl = i - wb;
		int joiner = (wl == 2 && memcmp(t + wb, "og", 2) == 0) ||
			     (wl == 1 && (t[wb] == '&' || t[wb] == '/'));
		if (!joined && !joiner && !starts_upper(t + wb, wl) && t[wb] != '/')
			break;
		if (joiner && wl == 2) {
			/* "og" joins two names, never a name and a sentence */
			joined = 0;
			continue;
		}
		end = i;
		words++;
		char last = t[i - 1];
		if (last == '.' || last == ')' || last == ',' || last == ';') {
			end = i - 1;
			break;
		}
		joined = joiner || last == '/';
	}
	return end;
}

/* Blanks photo credits in line [b, e): the names after "Foto:", up to a
 * closing parenthesis when the credit opened with one. */
static void
skip_credits(struct mkb *mb, const char *t, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++) {
		if (i > b && t[i - 1] != '(' && t[i - 1] != ' ' && t[i - 1] != '|' &&
		    t[i - 1] != '\t')
			continue;
		for (const char *const *w = credit_words; *w; w++) {
			size_t wl = strlen(*w), j = i + wl;
			if (j >= e || strncasecmp(t + i, *w, wl) != 0)
				continue;
			while (j < e && is_blank(t[j]))
				j++;
			if (j >= e || t[j] != ':')
				continue;
			size_t from = ++j;
			if (i > b && t[i - 1] == '(') {
				while (j < e && t[j] != ')')
					j++;
			} else {
				j = credit_end(t, j, e);
			}
			mkb_skip(mb, from, j);
			i = j;
			break;
		}
	}
}

int
mk_text(const struct source *src, const struct mk_options *opt,
	struct view *out, struct findings *fs)
{
	size_t len;
	const char *t = src_text(src, &len);
	struct mkb mb;
	struct marker *markers = NULL;
	int nm = 0;
	size_t body_end = len;
	int paragraph = 0;

	if (!opt->whole_file) {
		nm = compile_markers(opt->body_end ? opt->body_end : mk_default_body_end,
				     &markers);
		if (nm < 0)
			return -1;
	}
	mkb_init(&mb, src, fs, 1);
	unsigned nlines = src_nlines(src);
	for (unsigned ln = 1; ln <= nlines; ln++) {
		size_t b, e;
		src_line(src, ln, &b, &e);
		if (ln == 1 && b < src_start(src))
			b = src_start(src);
		size_t tb = b, te = e;
		while (tb < te && is_blank(t[tb]))
			tb++;
		while (te > tb && is_blank(t[te - 1]))
			te--;
		if (tb == te)
			continue;
		if (mkb_directive(&mb, t + tb, te - tb, tb)) {
			mkb_skip(&mb, b, e);
			continue;
		}
		/* A marker ends the body only once a paragraph was seen: a
		 * "Seneste nyt" above the headline is page furniture too, but
		 * skipping the whole article would hide all of it. */
		if (!paragraph)
			paragraph = nwords(t + tb, te - tb) >= 8;
		else if (body_end == len && nm > 0) {
			int k = match_marker(markers, nm, t + tb, te - tb);
			if (k >= 0) {
				struct buf m = {0};
				char *line = xstrndup(t + tb, te - tb);
				buf_printf(&m, _("page furniture from '%s' on is not checked "
						 "(--whole-file checks it)"), line);
				free(line);
				fnd_add(fs, tb, te - tb, SEV_NOTE, "skipped", "", 0, m.data);
				body_end = b;
				continue;
			}
		}
		/* An image placeholder: "[billede: forside.jpg]". */
		if ((t[tb] == '[' && t[te - 1] == ']') || (t[tb] == '{' && t[te - 1] == '}')) {
			mkb_skip(&mb, tb, te);
			continue;
		}
		skip_credits(&mb, t, tb, te);
	}
	free_markers(markers, nm);
	mkb_finish(&mb, out);
	out->body_end = body_end;
	return 0;
}
