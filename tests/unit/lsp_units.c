/* lsp_units.c - the language server's pure parts: message framing, LSP
 * positions in the three encodings, text edits, and the word list append
 * (entries and order kept, a failed write leaves the old list). */
#include "lsp/document.h"
#include "lsp/rpc.h"
#include "lsp/wordlist.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int fails;

#define CHECK(c) do { if (!(c)) { printf("%s:%d: %s\n", __FILE__, __LINE__, #c); fails++; } } while (0)

static void
test_frame(void)
{
	size_t used, body, blen;
	const char *m = "Content-Length: 2\r\n\r\n{}rest";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_OK);
	CHECK(body == 21 && blen == 2 && used == 23);
	m = "content-length:2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_OK && blen == 2);
	m = "Content-Length: 10\r\n\r\n{}";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_MORE);
	m = "Content-Length: 2\r\n";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_MORE);
	m = "Content-Type: x\r\n\r\n{}";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_BAD && used == 19);
	m = "Content-Length: 2x\r\n\r\n{}";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_BAD);
	m = "Content-Length: \r\n\r\n{}";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_BAD);
	/* Too large: skipped; absurd: malformed, nothing to skip. */
	m = "Content-Length: 104857600\r\n\r\n";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_BAD && blen == 104857600);
	m = "Content-Length: 99999999999999999999999\r\n\r\n";
	CHECK(rpc_frame(m, strlen(m), &used, &body, &blen) == RPC_FRAME_BAD && blen == 0);
	char junk[9000];
	memset(junk, 'x', sizeof junk);
	CHECK(rpc_frame(junk, sizeof junk, &used, &body, &blen) == RPC_FRAME_BAD && used == sizeof junk);
}

static void
test_offsets(void)
{
	/* "æ" is 2 bytes, 1 UTF-16 unit; "🙂" 4 bytes, 2 units, 1 code point. */
	const char *t = "første\r\nø🙂x\n";
	size_t n = strlen(t);
	CHECK(doc_offset(t, n, 0, 2, ENC_UTF16) == 3);
	CHECK(doc_offset(t, n, 0, 3, ENC_UTF8) == 3);
	CHECK(doc_offset(t, n, 0, 2, ENC_UTF8) == 3);	/* inside 'ø': its end */
	CHECK(doc_offset(t, n, 0, 99, ENC_UTF16) == 7);	/* before the \r */
	CHECK(doc_offset(t, n, 1, 1, ENC_UTF16) == 11);
	CHECK(doc_offset(t, n, 1, 3, ENC_UTF16) == 15);
	CHECK(doc_offset(t, n, 1, 2, ENC_UTF32) == 15);
	CHECK(doc_offset(t, n, 1, 6, ENC_UTF8) == 15);
	CHECK(doc_offset(t, n, 2, 0, ENC_UTF16) == n);
	CHECK(doc_offset(t, n, 7, 0, ENC_UTF16) == n);
	CHECK(doc_offset("", 0, 0, 0, ENC_UTF16) == 0);
}

static void
test_replace(void)
{
	struct buf b = {0};
	buf_adds(&b, "Vi spisr her.");
	doc_replace(&b, 3, 8, "spiser", 6);
	CHECK(strcmp(b.data, "Vi spiser her.") == 0);
	doc_replace(&b, 0, 0, "Nu: ", 4);
	CHECK(strcmp(b.data, "Nu: Vi spiser her.") == 0);
	doc_replace(&b, 2, 100, "", 0);
	CHECK(strcmp(b.data, "Nu") == 0 && b.len == 2);
	buf_free(&b);
}

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	static char s[4096];
	size_t n = f ? fread(s, 1, sizeof s - 1, f) : 0;
	if (f)
		fclose(f);
	s[n] = '\0';
	return s;
}

static void
test_wordlist(void)
{
	char dir[] = "/tmp/retstav-wl-XXXXXX";
	if (!mkdtemp(dir)) {
		CHECK(0);
		return;
	}
	char path[128], sub[128];
	snprintf(path, sizeof path, "%s/ord.dic", dir);
	CHECK(wl_append(path, "rødgrød") == 1);	/* created */
	CHECK(strcmp(slurp(path), "rødgrød\n") == 0);
	FILE *f = fopen(path, "w");
	fputs("# liste\nÆrø/A\nzebra", f);
	fclose(f);
	chmod(path, 0640);
	CHECK(wl_append(path, "blåbær") == 1);
	CHECK(strcmp(slurp(path), "# liste\nÆrø/A\nzebra\nblåbær\n") == 0);
	struct stat st;
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0640);
	CHECK(wl_append(path, "Ærø") == 0);	/* an entry with flags */
	CHECK(wl_append(path, "blåbær") == 0);
	CHECK(wl_append(path, "to\nord") == -1);
	CHECK(strcmp(slurp(path), "# liste\nÆrø/A\nzebra\nblåbær\n") == 0);
	/* A directory we cannot write to: the list stays as it was. */
	snprintf(sub, sizeof sub, "%s/ro", dir);
	mkdir(sub, 0755);
	snprintf(path, sizeof path, "%s/ro/ord.dic", dir);
	f = fopen(path, "w");
	fputs("gammel\n", f);
	fclose(f);
	chmod(sub, 0555);
	if (access(sub, W_OK) != 0) {	/* root may write anyway */
		CHECK(wl_append(path, "ny") == -1);
		CHECK(strcmp(slurp(path), "gammel\n") == 0);
	}
	chmod(sub, 0755);

	/* Sixteen writers at once: every word arrives, the old lines stay
	 * first and in order. */
	snprintf(path, sizeof path, "%s/samtidig.dic", dir);
	f = fopen(path, "w");
	fputs("første\nanden\n", f);
	fclose(f);
	pid_t kids[16];
	for (int i = 0; i < 16; i++) {
		kids[i] = fork();
		if (kids[i] == 0) {
			char w[32];
			snprintf(w, sizeof w, "ord%02d", i);
			_exit(wl_append(path, w) == 1 ? 0 : 1);
		}
	}
	int all_ok = 1;
	for (int i = 0; i < 16; i++) {
		int ws;
		all_ok &= kids[i] > 0 && waitpid(kids[i], &ws, 0) == kids[i] &&
			  WIFEXITED(ws) && WEXITSTATUS(ws) == 0;
	}
	CHECK(all_ok);
	const char *got = slurp(path);
	CHECK(strncmp(got, "første\nanden\n", strlen("første\nanden\n")) == 0);
	int lines = 0;
	for (const char *p = got; *p; p++)
		lines += *p == '\n';
	CHECK(lines == 18);
	for (int i = 0; i < 16; i++) {
		char w[32];
		snprintf(w, sizeof w, "\nord%02d\n", i);
		CHECK(strstr(got, w) != NULL);
	}
	char cmd[256];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	CHECK(system(cmd) == 0);
}

int
main(void)
{
	test_frame();
	test_offsets();
	test_replace();
	test_wordlist();
	if (fails)
		printf("%d failed\n", fails);
	return fails != 0;
}
