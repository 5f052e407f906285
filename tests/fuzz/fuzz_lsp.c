/* fuzz_lsp.c - the language server's input side: LSP framing (rpc_frame),
 * JSON-RPC reading with json-c (rpc_read), and the position arithmetic of
 * didOpen/didChange (doc_offset, doc_replace) on the messages read.
 * Option byte: bits 0-1 the position encoding (UTF-16, UTF-8, UTF-32);
 * bits 2-3 the step in which prefixes of the input are framed (1, 7, 61
 * bytes, or the whole input only).  Asserts: a frame lies inside the
 * bytes given and a frame found in a prefix is the frame found in the
 * whole, an oversized body is over RPC_MAX_BODY; every message read is a JSON value; a position maps to a
 * character boundary inside the document. */
#include "fuzz.h"
#include "lsp/document.h"
#include "lsp/rpc.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static FILE *devnull;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	devnull = fopen("/dev/null", "w");
	if (!devnull)
		abort();
	return 0;
}

/* Frames buf[0..len) as rpc_read() does, checking each frame's bounds and
 * that every prefix in steps of step either needs more or agrees. */
static void
frames(const char *buf, size_t len, size_t step)
{
	while (len > 0) {
		size_t used = 0, body = 0, blen = 0;
		enum rpc_frame_status st = rpc_frame(buf, len, &used, &body, &blen);
		if (st == RPC_FRAME_MORE)
			return;
		if (used == 0 || used > len)
			abort();
		if (st == RPC_FRAME_OK && (body > used || blen > used - body))
			abort();
		if (st == RPC_FRAME_BAD && blen && blen <= RPC_MAX_BODY)
			abort();
		/* At most 512 prefixes a frame: each one is scanned anew. */
		for (size_t k = step, j = 0; step && k < used && j < 512; k += step, j++) {
			size_t u = 0, b = 0, bl = 0;
			enum rpc_frame_status s2 = rpc_frame(buf, k, &u, &b, &bl);
			if (s2 == RPC_FRAME_OK && (st != RPC_FRAME_OK || u != used || b != body || bl != blen))
				abort();
			if (s2 == RPC_FRAME_BAD && st == RPC_FRAME_OK && u <= k && bl == 0)
				abort();
		}
		if (st == RPC_FRAME_BAD && blen)
			return;	/* the oversized body is skipped by the reader */
		buf += used;
		len -= used;
	}
}

static json_object *
member(json_object *o, const char *key, json_type t)
{
	json_object *v;
	if (!o || !json_object_is_type(o, json_type_object) ||
	    !json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, t))
		return NULL;
	return v;
}

static int
valid_utf8(const struct buf *t)
{
	for (size_t i = 0, k; i < t->len; i += k)
		if (!(k = utf8_valid_len((const unsigned char *)t->data + i, t->len - i)))
			return 0;
	return 1;
}

/* The byte offset of an LSP position object in text, checked. */
static size_t
offset_of(const struct buf *text, json_object *pos, enum doc_encoding enc)
{
	json_object *l = member(pos, "line", json_type_int);
	json_object *c = member(pos, "character", json_type_int);
	unsigned line = l ? (unsigned)json_object_get_int64(l) : 0;
	unsigned col = c ? (unsigned)json_object_get_int64(c) : 0;
	size_t off = doc_offset(text->data ? text->data : "", text->len, line, col, enc);
	if (off > text->len)
		abort();
	/* Never inside a character of valid UTF-8 (json-c's UTF-8 check
	 * lets some ill-formed sequences such as F0 89 through, so the text
	 * is checked here). */
	if (off < text->len && ((unsigned char)text->data[off] & 0xC0) == 0x80 &&
	    valid_utf8(text))
		abort();
	return off;
}

/* didOpen sets the document; didChange edits it as the server does. */
static void
apply(struct buf *doc, json_object *msg, enum doc_encoding enc)
{
	json_object *params = member(msg, "params", json_type_object);
	json_object *td = member(params, "textDocument", json_type_object);
	json_object *text = member(td, "text", json_type_string);
	if (text) {
		doc->len = 0;
		buf_add(doc, json_object_get_string(text), (size_t)json_object_get_string_len(text));
	}
	json_object *pos = member(params, "position", json_type_object);
	if (pos)
		(void)offset_of(doc, pos, enc);
	json_object *changes = member(params, "contentChanges", json_type_array);
	for (size_t i = 0; changes && i < json_object_array_length(changes); i++) {
		json_object *ch = json_object_array_get_idx(changes, i);
		json_object *t = member(ch, "text", json_type_string);
		json_object *r = member(ch, "range", json_type_object);
		if (!t)
			continue;
		const char *s = json_object_get_string(t);
		size_t n = (size_t)json_object_get_string_len(t);
		if (!r) {
			doc->len = 0;
			buf_add(doc, s, n);
			continue;
		}
		size_t b = offset_of(doc, member(r, "start", json_type_object), enc);
		size_t e = offset_of(doc, member(r, "end", json_type_object), enc);
		size_t before = doc->len;
		doc_replace(doc, b, e, s, n);	/* a reversed range inserts at b */
		if (e < b)
			e = b;
		if (doc->len != before - (e - b) + n || (n && memcmp(doc->data + b, s, n) != 0))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t steps[] = { 1, 7, 61, 0 };
	unsigned o = fuzz_options(&data, &size);
	enum doc_encoding enc = (enum doc_encoding)((o & 3) % 3);
	frames((const char *)data, size, steps[(o >> 2) & 3]);

	int fd = memfd_create("fuzz_lsp", MFD_CLOEXEC);
	if (fd < 0)
		abort();
	for (size_t w = 0; w < size;) {
		ssize_t k = write(fd, data + w, size - w);
		if (k <= 0)
			abort();
		w += (size_t)k;
	}
	lseek(fd, 0, SEEK_SET);
	struct rpc *r = rpc_new(fd, devnull);
	struct buf doc = {0};
	json_object *msg;
	int rc;
	while ((rc = rpc_read(r, &msg)) != 0) {
		if (rc < 0)
			continue;
		if (!msg)
			abort();
		apply(&doc, msg, enc);
		json_object_put(msg);
	}
	buf_free(&doc);
	rpc_free(r);
	close(fd);
	return 0;
}
