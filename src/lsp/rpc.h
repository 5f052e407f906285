/* rpc.h - JSON-RPC 2.0 over LSP's base protocol: "Content-Length: N\r\n"
 * headers, a blank line, then N bytes of JSON.  Messages are json-c
 * objects; framing is a pure function so that it can be fuzzed alone. */
#ifndef RETSTAV_LSP_RPC_H
#define RETSTAV_LSP_RPC_H

#include <stddef.h>
#include <stdio.h>

#include <json-c/json.h>

/* JSON-RPC and LSP error codes. */
#define RPC_PARSE_ERROR -32700
#define RPC_INVALID_REQUEST -32600
#define RPC_METHOD_NOT_FOUND -32601
#define RPC_INVALID_PARAMS -32602
#define RPC_INTERNAL_ERROR -32603
#define RPC_SERVER_NOT_INITIALIZED -32002

/* Largest message body accepted; a larger one is skipped with an error. */
#define RPC_MAX_BODY (64u << 20)

enum rpc_frame_status {
	RPC_FRAME_MORE,		/* need more bytes */
	RPC_FRAME_OK,		/* a whole message: body at *body, *bodylen */
	RPC_FRAME_BAD		/* malformed header: skip *used bytes */
};

/* Looks for one message at buf[0..len).  On OK and BAD sets *used to the
 * bytes the message (or the bad header) takes; on OK also the body's
 * offset and length.  A body longer than RPC_MAX_BODY is BAD with
 * *bodylen set to the bytes to skip beyond *used. */
enum rpc_frame_status rpc_frame(const char *buf, size_t len, size_t *used,
				size_t *body, size_t *bodylen);

struct rpc;

/* Returns a new endpoint reading fd and writing out; free with rpc_free(). */
struct rpc *rpc_new(int fd, FILE *out);
void rpc_free(struct rpc *r);

/* Reads the next message.  Returns 1 with a new object in *msg (release
 * with json_object_put()), 0 at end of input, or -1 after a malformed
 * frame or JSON (an error response was already sent; read on). */
int rpc_read(struct rpc *r, json_object **msg);

/* Sends msg (not consumed).  Returns 0, or -1 when the output failed. */
int rpc_send(struct rpc *r, json_object *msg);
/* Responses and notifications; they take ownership of result/params. */
int rpc_reply(struct rpc *r, json_object *id, json_object *result);
int rpc_error(struct rpc *r, json_object *id, int code, const char *message);
int rpc_notify(struct rpc *r, const char *method, json_object *params);
/* A request from the server to the client (id from a counter). */
int rpc_request(struct rpc *r, const char *method, json_object *params);

#endif
