/* lexicon.h - every word form of the dictionary as a memory-mapped trie
 * over code points (dictionaries/da-sug.bin, built by
 * dictionaries/build-sugindex.py).  Read-only after lex_open(): workers
 * may share one. */
#ifndef RETSTAV_LEXICON_H
#define RETSTAV_LEXICON_H

#include <stddef.h>
#include <stdint.h>

enum {
	LEX_WORD = 1 << 0,	/* a form ends at this node */
	LEX_CBEGIN = 1 << 1,	/* may begin a compound */
	LEX_CEND = 1 << 2,	/* may end a compound */
	LEX_CMID = 1 << 3,	/* may stand inside a compound */
	LEX_ONLYCOMP = 1 << 4,	/* only inside compounds */
	LEX_NOSUG = 1 << 5	/* never suggested */
};

struct lexicon;

/* Maps the index at path.  Returns a new lexicon, close with
 * lex_close(); NULL with a message naming the file and cause. */
struct lexicon *lex_open(const char *path);
void lex_close(struct lexicon *lx);

/* Nodes are numbered from the root, 0.  lex_child() returns the first
 * child of a node (0 when it has none); its siblings follow it up to and
 * including the one for which lex_last() is true. */
uint32_t lex_child(const struct lexicon *lx, uint32_t node);
int lex_last(const struct lexicon *lx, uint32_t node);
int32_t lex_cp(const struct lexicon *lx, uint32_t node);
/* LEX_* bits of the form ending at node (0 when none does). */
unsigned lex_bits(const struct lexicon *lx, uint32_t node);
/* The child of node labelled cp, or 0. */
uint32_t lex_step(const struct lexicon *lx, uint32_t node, int32_t cp);
/* LEX_* bits of the form cps[0..n), or 0 when it is not one. */
unsigned lex_lookup(const struct lexicon *lx, const int32_t *cps, size_t n);
/* The same for the UTF-8 string w[0..n). */
unsigned lex_lookup_utf8(const struct lexicon *lx, const char *w, size_t n);
/* The fewest forms of the index that w (UTF-8, n bytes) is written as,
 * one after another: 1 for a form, 2 for a compound of two forms, and
 * so on; max + 1 when it takes more than max or cannot be split so. */
int lex_min_forms(const struct lexicon *lx, const char *w, size_t n, int max);
/* The raw node array for hot loops: node i is nodes[2i] (first child)
 * and nodes[2i+1] (code point in bits 0-20, LEX_LASTBIT, LEX_* bits from
 * LEX_SHIFT); *n gets the node count. */
const uint32_t *lex_nodes(const struct lexicon *lx, uint32_t *n);
#define LEX_CPMASK ((1u << 21) - 1)
#define LEX_LASTBIT (1u << 21)
#define LEX_SHIFT 22

/* Number of forms in the index. */
size_t lex_size(const struct lexicon *lx);

#endif
