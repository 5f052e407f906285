/* tokenize.h - ICU word breaks plus Danish rules: text -> word tokens.
 * Tokens are views {offset, length} into the caller's text. */
#ifndef RETSTAV_TOKENIZE_H
#define RETSTAV_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

enum {
	TOK_SENT = 1 << 0,	/* first word of a sentence, heading or line */
	TOK_COMPOUND = 1 << 1,	/* parts joined by '-' or '/' */
	TOK_DOT = 1 << 2,	/* a '.' follows at once (abbreviation?) */
	TOK_SUSPENDED = 1 << 3,	/* "CMS- og": a hyphen ends the word */
	TOK_DIGIT = 1 << 4,	/* some part holds a digit */
	TOK_UPPER = 1 << 5,	/* holds an upper-case letter */
	TOK_AFTER_NL = 1 << 6	/* a line break separates it from the last word */
};

/* 12 bytes: a long text has a token per 7 bytes or so.  ICU's break
 * offsets are int32_t, so offsets fit. */
struct token {
	uint32_t off, len;
	unsigned flags;
};

struct tokenizer;

/* Returns a new tokenizer (one ICU break iterator, reused); NULL and a
 * message on stderr when ICU fails.  Free with tok_free(). */
struct tokenizer *tok_new(void);
void tok_free(struct tokenizer *t);

/* Splits text[0..len) into word tokens.  Returns the count; *out points
 * into the tokenizer's own array, valid until the next tok_run().  On an
 * ICU failure prints a message and returns 0 with *out NULL. */
size_t tok_run(struct tokenizer *t, const char *text, size_t len,
	       const struct token **out);

/* Which letters of a word are capitals. */
enum tok_shape {
	SHAPE_LOWER,	/* "globa" */
	SHAPE_CAPITAL,	/* "Zuckerberg" */
	SHAPE_UPPER,	/* "GPU", "ECB": two letters or more, all capitals */
	SHAPE_CAMEL	/* "DeepSeek", "iPhone", "SoMe" */
};

/* The shape of the word w[0..n) (UTF-8); characters other than letters
 * ("AI-chip", "cd'en") do not count. */
enum tok_shape tok_shape(const char *w, size_t n);

/* 1 when c is a hyphen or a dash (Unicode's Dash property: "-", "‐",
 * "–", "—", the minus sign), 0 otherwise and for c < 0. */
int tok_is_dash(int32_t c);

/* True when the whitespace-delimited chunk text[0..len) is no word to
 * spell-check: URL, e-mail address, @handle, #hashtag, file path, domain,
 * code identifier ("email_confirmation"). */
int tok_is_nonword_chunk(const char *text, size_t len);

#endif
