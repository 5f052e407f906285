/* rpc.c - LSP base protocol framing and JSON-RPC messages on json-c.
 * json-c was picked over jansson and cJSON: it is packaged in Debian
 * (libjson-c-dev, used by systemd and others), mature, its objects are
 * reference-counted (an id moves from request to response without a
 * copy), and its tokener parses incrementally with strict and UTF-8
 * validation flags, so a client's bad bytes become a JSON-RPC error. */
#include "rpc.h"
#include "../util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

struct rpc {
	int fd;
	FILE *out;
	struct buf in;
	size_t start;		/* first unconsumed byte of in */
	size_t skip;		/* bytes of an oversized body still to drop */
	int eof;
	long next_id;
};

enum rpc_frame_status
rpc_frame(const char *buf, size_t len, size_t *used, size_t *body, size_t *bodylen)
{
	const char *end = NULL;
	for (size_t i = 0; i + 3 < len; i++)
		if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
			end = buf + i;
			break;
		}
	*bodylen = 0;
	if (!end) {
		/* Headers are short; a long run without a blank line is junk. */
		if (len > 8192) {
			*used = len;
			return RPC_FRAME_BAD;
		}
		return RPC_FRAME_MORE;
	}
	size_t hdr = (size_t)(end - buf) + 4;
	long long clen = -1;
	for (const char *p = buf; p < end;) {
		const char *eol = memchr(p, '\r', (size_t)(end - p));
		if (!eol)
			eol = end;
		static const char key[] = "content-length:";
		size_t kl = sizeof key - 1;
		if ((size_t)(eol - p) > kl && strncasecmp(p, key, kl) == 0) {
			const char *v = p + kl;
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			long long n = 0;
			const char *d = v;
			while (d < eol && *d >= '0' && *d <= '9' && n <= (long long)RPC_MAX_BODY * 16)
				n = n * 10 + (*d++ - '0');
			while (d < eol && (*d == ' ' || *d == '\t'))
				d++;
			if (d == v || d != eol) {
				*used = hdr;
				return RPC_FRAME_BAD;
			}
			clen = n;
		}
		p = eol + (eol < end ? 2 : 0);
		if (eol == end)
			break;
	}
	if (clen < 0) {
		*used = hdr;
		return RPC_FRAME_BAD;
	}
	if ((unsigned long long)clen > RPC_MAX_BODY) {
		*used = hdr;
		*bodylen = (size_t)clen;
		return RPC_FRAME_BAD;
	}
	if (len - hdr < (size_t)clen)
		return RPC_FRAME_MORE;
	*body = hdr;
	*bodylen = (size_t)clen;
	*used = hdr + (size_t)clen;
	return RPC_FRAME_OK;
}

struct rpc *
rpc_new(int fd, FILE *out)
{
	struct rpc *r = xcalloc(1, sizeof *r);
	r->fd = fd;
	r->out = out;
	return r;
}

void
rpc_free(struct rpc *r)
{
	if (!r)
		return;
	buf_free(&r->in);
	free(r);
}

/* Reads more input; returns 0 at end of input. */
static int
fill(struct rpc *r)
{
	if (r->start > 0 && r->start == r->in.len) {
		r->in.len = 0;
		r->start = 0;
	} else if (r->start > (1u << 20)) {
		memmove(r->in.data, r->in.data + r->start, r->in.len - r->start);
		r->in.len -= r->start;
		r->start = 0;
	}
	char tmp[65536];
	ssize_t n;
	do
		n = read(r->fd, tmp, sizeof tmp);
	while (n < 0 && errno == EINTR);
	if (n <= 0)
		return 0;
	buf_add(&r->in, tmp, (size_t)n);
	return 1;
}

int
rpc_read(struct rpc *r, json_object **msg)
{
	for (;;) {
		size_t avail = r->in.len - r->start;
		if (r->skip) {
			size_t k = r->skip < avail ? r->skip : avail;
			r->start += k;
			r->skip -= k;
			if (r->skip && !fill(r))
				return 0;
			continue;
		}
		size_t used = 0, body = 0, blen = 0;
		enum rpc_frame_status st = avail ?
			rpc_frame(r->in.data + r->start, avail, &used, &body, &blen) : RPC_FRAME_MORE;
		if (st == RPC_FRAME_MORE) {
			if (!fill(r))
				return 0;
			continue;
		}
		const char *base = r->in.data + r->start;
		r->start += used;
		if (st == RPC_FRAME_BAD) {
			r->skip = blen;
			rpc_error(r, NULL, RPC_PARSE_ERROR, blen ? "message too large" :
				  "malformed header: Content-Length missing or invalid");
			return -1;
		}
		json_tokener *tok = json_tokener_new();
		json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
		json_object *o = json_tokener_parse_ex(tok, base + body, (int)blen);
		enum json_tokener_error e = json_tokener_get_error(tok);
		size_t end = json_tokener_get_parse_end(tok);
		json_tokener_free(tok);
		/* Only white space may follow the value. */
		while (o && end < blen && strchr(" \t\r\n", base[body + end]))
			end++;
		if (!o || e != json_tokener_success || end != blen) {
			json_object_put(o);
			char m[160];
			snprintf(m, sizeof m, "parse error: %s",
				 e == json_tokener_success ? "text after the JSON value" :
				 e == json_tokener_continue ? "unexpected end of JSON" :
				 json_tokener_error_desc(e));
			rpc_error(r, NULL, RPC_PARSE_ERROR, m);
			return -1;
		}
		*msg = o;
		return 1;
	}
}

int
rpc_send(struct rpc *r, json_object *msg)
{
	size_t n;
	const char *s = json_object_to_json_string_length(
		msg, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &n);
	fprintf(r->out, "Content-Length: %zu\r\n\r\n", n);
	fwrite(s, 1, n, r->out);
	return fflush(r->out) == 0 && !ferror(r->out) ? 0 : -1;
}

static json_object *
envelope(void)
{
	json_object *o = json_object_new_object();
	json_object_object_add(o, "jsonrpc", json_object_new_string("2.0"));
	return o;
}

static int
send_put(struct rpc *r, json_object *o)
{
	int rc = rpc_send(r, o);
	json_object_put(o);
	return rc;
}

int
rpc_reply(struct rpc *r, json_object *id, json_object *result)
{
	json_object *o = envelope();
	json_object_object_add(o, "id", json_object_get(id));
	json_object_object_add(o, "result", result);
	return send_put(r, o);
}

int
rpc_error(struct rpc *r, json_object *id, int code, const char *message)
{
	json_object *o = envelope(), *e = json_object_new_object();
	json_object_object_add(o, "id", json_object_get(id));
	json_object_object_add(e, "code", json_object_new_int(code));
	json_object_object_add(e, "message", json_object_new_string(message));
	json_object_object_add(o, "error", e);
	return send_put(r, o);
}

int
rpc_notify(struct rpc *r, const char *method, json_object *params)
{
	json_object *o = envelope();
	json_object_object_add(o, "method", json_object_new_string(method));
	json_object_object_add(o, "params", params);
	return send_put(r, o);
}

int
rpc_request(struct rpc *r, const char *method, json_object *params)
{
	json_object *o = envelope();
	json_object_object_add(o, "id", json_object_new_int64(++r->next_id));
	json_object_object_add(o, "method", json_object_new_string(method));
	json_object_object_add(o, "params", params);
	return send_put(r, o);
}
