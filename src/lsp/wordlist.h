/* wordlist.h - adding a word to a word list file without ever leaving a
 * half-written list behind: the new list is written beside the old one,
 * synced, and renamed over it. */
#ifndef RETSTAV_LSP_WORDLIST_H
#define RETSTAV_LSP_WORDLIST_H

/* Appends word as a line of the word list at path (created when missing),
 * keeping every existing line and its order.  Returns 1 when added, 0 when
 * the word was already an entry, -1 with a message on failure (the old
 * file is then untouched). */
int wl_append(const char *path, const char *word);

#endif
