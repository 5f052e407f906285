/* lsp.h - "retstav lsp": a language server on standard input and output. */
#ifndef RETSTAV_LSP_H
#define RETSTAV_LSP_H

/* Serves one client until "exit" or end of input; argv[0] is "lsp".
 * Returns the process exit status (0 after shutdown, else 1; 2 on usage
 * or dictionary errors). */
int lsp_main(int argc, char **argv);

#endif
