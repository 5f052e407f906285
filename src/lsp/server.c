/* server.c - the language server: keeps the open documents, re-checks one
 * on every change with a checker built once (the dictionary is loaded a
 * single time per server), publishes its findings as diagnostics, and
 * answers code actions with the suggester's corrections and "add to word
 * list".  Suggestions are computed when an action is asked for, so a
 * re-check costs tokenizing and lookups only. */
#include "lsp.h"
#include "document.h"
#include "rpc.h"
#include "wordlist.h"
#include "../check.h"
#include "../report.h"
#include "../speller.h"
#include "../strset.h"
#include "../suggest.h"
#include "../util.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unistd.h>

#ifndef VERSION
#define VERSION "0.1"
#endif
#ifndef DATADIR
#define DATADIR "/usr/local/share/retstav"
#endif

#define ADD_WORD_COMMAND "retstav.addWord"
#define NSUG 5
#define SUG_CACHE_MAX 4096	/* words; then the cache starts over */

/* One word's suggestions, kept across re-checks: editors ask for code
 * actions whenever the cursor rests on a word. */
struct sug_list {
	char **v;
	size_t n;
};

struct document {
	char *uri;
	char *name;		/* a path for file: URIs, else the URI */
	enum mk_format format;	/* from the client's languageId */
	long long version;	/* the client's, echoed in diagnostics */
	struct buf text;
	struct source *src;	/* the checked text, for positions */
	struct findings fs;
	struct document *next;
};

struct server {
	struct rpc *rpc;
	struct chk_config cfg;
	struct checker *ck;
	struct suggester *sg;
	enum doc_encoding enc;
	const char **lists;	/* word lists to load */
	size_t nlists;
	char *wordlist;		/* where "add to word list" writes */
	char *dict;		/* -d */
	char datadir[PATH_MAX + 16];
	char base[PATH_MAX];
	struct document *docs;
	struct strset sugidx;	/* left\x1fword\x1fright -> 1 + index in sugs */
	struct sug_list *sugs;
	size_t nsugs, capsugs;
	int initialized, shutdown;
};

static void
sug_cache_clear(struct server *s)
{
	for (size_t i = 0; i < s->nsugs; i++) {
		for (size_t k = 0; k < s->sugs[i].n; k++)
			free(s->sugs[i].v[k]);
		free(s->sugs[i].v);
	}
	s->nsugs = 0;
	strset_clear(&s->sugidx);
}

static int
is_letter_at(const char *t, size_t n, size_t i)
{
	int32_t c = utf8_next(t, n, &i);
	return c > 0 && (u_isalpha(c) || c == '-' || c == '\'');
}

/* The words around t[off..off+len), as the suggester's context: the run
 * of letters before it and after it, across spaces and punctuation. */
static void
context_of(const char *t, size_t n, size_t off, size_t len, struct sug_context *c)
{
	size_t i = off, e;
	memset(c, 0, sizeof *c);
	while (i > 0) {	/* back over non-letters */
		size_t p = i - 1;
		while (p > 0 && utf8_cont(t[p]))
			p--;
		if (is_letter_at(t, n, p))
			break;
		i = p;
	}
	for (e = i; i > 0;) {	/* back over the word */
		size_t p = i - 1;
		while (p > 0 && utf8_cont(t[p]))
			p--;
		if (!is_letter_at(t, n, p))
			break;
		i = p;
	}
	if (e > i) {
		c->left = t + i;
		c->leftlen = e - i;
	}
	for (i = off + len; i < n && !is_letter_at(t, n, i);)
		utf8_next(t, n, &i);
	for (e = i; e < n && is_letter_at(t, n, e);)
		utf8_next(t, n, &e);
	if (e > i) {
		c->right = t + i;
		c->rightlen = e - i;
	}
}

/* The suggestions for word in its context, computed once per server. */
static const struct sug_list *
suggestions(struct server *s, const char *word, const struct sug_context *ctx)
{
	struct buf key = {0};
	buf_add(&key, ctx->left ? ctx->left : "", ctx->leftlen);
	buf_addc(&key, '\x1f');
	buf_adds(&key, word);
	buf_addc(&key, '\x1f');
	buf_add(&key, ctx->right ? ctx->right : "", ctx->rightlen);
	struct strset_entry *e = strset_get(&s->sugidx, key.data, key.len, 0);
	if (e) {
		buf_free(&key);
		return &s->sugs[e->value - 1];
	}
	if (s->nsugs >= SUG_CACHE_MAX)
		sug_cache_clear(s);
	grow((void **)&s->sugs, &s->capsugs, s->nsugs + 1, sizeof *s->sugs);
	struct sug_list *l = &s->sugs[s->nsugs++];
	l->v = NULL;
	l->n = sug_suggest(s->sg, word, strlen(word), ctx, &l->v, NSUG);
	strset_get(&s->sugidx, key.data, key.len, 1)->value = (int)s->nsugs;
	buf_free(&key);
	return l;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 32) >= 'a' && (c | 32) <= 'f')
		return (c | 32) - 'a' + 10;
	return -1;
}

/* file:///a%20b/c.md -> /a b/c.md; other URIs are returned as they are. */
static char *
uri_to_name(const char *uri)
{
	if (strncmp(uri, "file://", 7) != 0)
		return xstrdup(uri);
	const char *p = uri + 7;
	while (*p && *p != '/')	/* an authority ("localhost") */
		p++;
	struct buf b = {0};
	for (; *p; p++) {
		if (p[0] == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			buf_addc(&b, (char)(hexval(p[1]) * 16 + hexval(p[2])));
			p += 2;
		} else {
			buf_addc(&b, *p);
		}
	}
	return b.data ? b.data : xstrdup("");
}

/* Object member lookups that tolerate a wrong type. */
static json_object *
get(json_object *o, const char *key, json_type t)
{
	json_object *v;
	if (!o || !json_object_is_type(o, json_type_object) ||
	    !json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, t))
		return NULL;
	return v;
}

static const char *
get_str(json_object *o, const char *key)
{
	json_object *v = get(o, key, json_type_string);
	return v ? json_object_get_string(v) : NULL;
}

static int
get_uint(json_object *o, const char *key, unsigned *out)
{
	json_object *v = get(o, key, json_type_int);
	if (!v || json_object_get_int64(v) < 0 || json_object_get_int64(v) > UINT32_MAX)
		return -1;
	*out = (unsigned)json_object_get_int64(v);
	return 0;
}

static struct document *
find_doc(struct server *s, const char *uri)
{
	for (struct document *d = s->docs; d && uri; d = d->next)
		if (strcmp(d->uri, uri) == 0)
			return d;
	return NULL;
}

static enum src_unit
src_unit_of(enum doc_encoding e)
{
	return e == ENC_UTF8 ? UNIT_BYTE : e == ENC_UTF32 ? UNIT_CODEPOINT : UNIT_UTF16;
}

static json_object *
position(struct server *s, const struct document *d, size_t off)
{
	unsigned line, col;
	src_position(d->src, off, src_unit_of(s->enc), &line, &col);
	json_object *p = json_object_new_object();
	json_object_object_add(p, "line", json_object_new_int64(line - 1));
	json_object_object_add(p, "character", json_object_new_int64(col - 1));
	return p;
}

static json_object *
range(struct server *s, const struct document *d, const struct finding *f)
{
	json_object *r = json_object_new_object();
	json_object_object_add(r, "start", position(s, d, f->off));
	json_object_object_add(r, "end", position(s, d, f->off + f->len));
	return r;
}

static json_object *
diagnostic(struct server *s, const struct document *d, const struct finding *f)
{
	json_object *o = json_object_new_object();
	struct buf msg = {0};
	rep_message(f, 0, &msg);
	json_object_object_add(o, "range", range(s, d, f));
	/* LSP: 1 error, 2 warning, 3 information. */
	json_object_object_add(o, "severity", json_object_new_int(
		f->sev == SEV_ERROR ? 1 : f->sev == SEV_WARNING ? 2 : 3));
	json_object_object_add(o, "code", json_object_new_string(f->rule));
	json_object_object_add(o, "source", json_object_new_string("retstav"));
	json_object_object_add(o, "message", json_object_new_string(msg.data ? msg.data : ""));
	buf_free(&msg);
	return o;
}

/* Checks d again and publishes its diagnostics. */
static void
publish(struct server *s, struct document *d)
{
	src_free(d->src);
	d->src = src_from_memory(d->name, d->text.data ? d->text.data : "", d->text.len);
	fnd_clear(&d->fs);
	s->cfg.mk.format = d->format;
	if (chk_source(s->ck, d->src, &d->fs) < 0)
		fnd_clear(&d->fs);
	json_object *p = json_object_new_object(), *arr = json_object_new_array();
	json_object_object_add(p, "uri", json_object_new_string(d->uri));
	json_object_object_add(p, "version", json_object_new_int64(d->version));
	for (size_t i = 0; i < d->fs.n; i++)
		if (d->fs.v[i].sev >= SEV_NOTE)
			json_object_array_add(arr, diagnostic(s, d, &d->fs.v[i]));
	json_object_object_add(p, "diagnostics", arr);
	rpc_notify(s->rpc, "textDocument/publishDiagnostics", p);
}

static void
publish_empty(struct server *s, const char *uri)
{
	json_object *p = json_object_new_object();
	json_object_object_add(p, "uri", json_object_new_string(uri));
	json_object_object_add(p, "diagnostics", json_object_new_array());
	rpc_notify(s->rpc, "textDocument/publishDiagnostics", p);
}

static void
doc_free(struct document *d)
{
	free(d->uri);
	free(d->name);
	buf_free(&d->text);
	src_free(d->src);
	fnd_free(&d->fs);
	free(d);
}

static enum mk_format
format_of(const char *language)
{
	if (language && strcmp(language, "markdown") == 0)
		return MK_MARKDOWN;
	if (language && strcmp(language, "html") == 0)
		return MK_HTML;
	if (language && strcmp(language, "plaintext") == 0)
		return MK_TEXT;
	return MK_AUTO;
}

/* The dictionary and word lists are loaded here, once. */
static int
load(struct server *s, json_object *params)
{
	json_object *io = get(params, "initializationOptions", json_type_object);
	const char *wl = get_str(io, "wordlist");
	const char *root = get_str(params, "rootUri");
	json_object *folders = get(params, "workspaceFolders", json_type_array);
	if (!root && folders && json_object_array_length(folders) > 0)
		root = get_str(json_object_array_get_idx(folders, 0), "uri");
	if (wl) {
		free(s->wordlist);
		s->wordlist = xstrdup(wl);
	}
	if (!s->wordlist && root) {
		char *dir = uri_to_name(root);
		struct buf b = {0};
		buf_printf(&b, "%s/.retstav-words.dic", dir);
		s->wordlist = b.data;
		free(dir);
	}
	if (s->wordlist && access(s->wordlist, R_OK) == 0) {
		int seen = 0;
		for (size_t i = 0; i < s->nlists; i++)
			seen |= strcmp(s->lists[i], s->wordlist) == 0;
		if (!seen)
			s->lists[s->nlists++] = s->wordlist;
	}
	s->lists[s->nlists] = NULL;
	s->cfg.wordlists = s->lists;
	s->ck = chk_new(&s->cfg);
	if (!s->ck)
		return -1;
	s->sg = sug_new(chk_speller(s->ck), s->datadir);
	return 0;
}

static void
on_initialize(struct server *s, json_object *id, json_object *params)
{
	if (s->initialized) {
		rpc_error(s->rpc, id, RPC_INVALID_REQUEST, "initialize was already called");
		return;
	}
	/* Position encoding: UTF-8 when offered (our own unit), then
	 * UTF-32, else the default UTF-16. */
	json_object *gen = get(get(params, "capabilities", json_type_object), "general",
			       json_type_object);
	json_object *encs = get(gen, "positionEncodings", json_type_array);
	int has8 = 0, has32 = 0;
	for (size_t i = 0; encs && i < json_object_array_length(encs); i++) {
		const char *e = json_object_get_string(json_object_array_get_idx(encs, i));
		has8 |= e && strcmp(e, "utf-8") == 0;
		has32 |= e && strcmp(e, "utf-32") == 0;
	}
	s->enc = has8 ? ENC_UTF8 : has32 ? ENC_UTF32 : ENC_UTF16;
	if (load(s, params) < 0) {
		rpc_error(s->rpc, id, RPC_INTERNAL_ERROR, "cannot load the dictionary");
		return;
	}
	s->initialized = 1;

	json_object *caps = json_object_new_object(), *sync = json_object_new_object();
	json_object_object_add(caps, "positionEncoding", json_object_new_string(
		s->enc == ENC_UTF8 ? "utf-8" : s->enc == ENC_UTF32 ? "utf-32" : "utf-16"));
	json_object_object_add(sync, "openClose", json_object_new_boolean(1));
	json_object_object_add(sync, "change", json_object_new_int(2));	/* incremental */
	json_object *save = json_object_new_object();
	json_object_object_add(save, "includeText", json_object_new_boolean(0));
	json_object_object_add(sync, "save", save);
	json_object_object_add(caps, "textDocumentSync", sync);
	json_object *cap = json_object_new_object(), *kinds = json_object_new_array();
	json_object_array_add(kinds, json_object_new_string("quickfix"));
	json_object_object_add(cap, "codeActionKinds", kinds);
	json_object_object_add(caps, "codeActionProvider", cap);
	json_object *ex = json_object_new_object(), *cmds = json_object_new_array();
	json_object_array_add(cmds, json_object_new_string(ADD_WORD_COMMAND));
	json_object_object_add(ex, "commands", cmds);
	json_object_object_add(caps, "executeCommandProvider", ex);
	json_object *res = json_object_new_object(), *info = json_object_new_object();
	json_object_object_add(res, "capabilities", caps);
	json_object_object_add(info, "name", json_object_new_string("retstav"));
	json_object_object_add(info, "version", json_object_new_string(VERSION));
	json_object_object_add(res, "serverInfo", info);
	rpc_reply(s->rpc, id, res);
}

static void
on_did_open(struct server *s, json_object *params)
{
	json_object *td = get(params, "textDocument", json_type_object);
	const char *uri = get_str(td, "uri");
	json_object *text = get(td, "text", json_type_string);
	if (!uri || !text)
		return;
	struct document *d = find_doc(s, uri);
	if (!d) {
		d = xcalloc(1, sizeof *d);
		d->uri = xstrdup(uri);
		d->name = uri_to_name(uri);
		d->next = s->docs;
		s->docs = d;
	}
	d->format = format_of(get_str(td, "languageId"));
	json_object *v = get(td, "version", json_type_int);
	d->version = v ? json_object_get_int64(v) : 0;
	d->text.len = 0;
	buf_add(&d->text, json_object_get_string(text), (size_t)json_object_get_string_len(text));
	grow((void **)&d->text.data, &d->text.cap, d->text.len + 1, 1);
	d->text.data[d->text.len] = '\0';
	publish(s, d);
}

/* Applies one content change; returns -1 when it is malformed. */
static int
apply_change(struct server *s, struct document *d, json_object *ch)
{
	json_object *text = get(ch, "text", json_type_string);
	json_object *r = get(ch, "range", json_type_object);
	if (!text)
		return -1;
	const char *t = json_object_get_string(text);
	size_t n = (size_t)json_object_get_string_len(text);
	if (!r) {
		d->text.len = 0;
		buf_add(&d->text, t, n);
		grow((void **)&d->text.data, &d->text.cap, d->text.len + 1, 1);
		d->text.data[d->text.len] = '\0';
		return 0;
	}
	json_object *st = get(r, "start", json_type_object), *en = get(r, "end", json_type_object);
	unsigned sl, sc, el, ec;
	if (get_uint(st, "line", &sl) || get_uint(st, "character", &sc) ||
	    get_uint(en, "line", &el) || get_uint(en, "character", &ec))
		return -1;
	size_t b = doc_offset(d->text.data, d->text.len, sl, sc, s->enc);
	size_t e = doc_offset(d->text.data, d->text.len, el, ec, s->enc);
	doc_replace(&d->text, b, e, t, n);
	return 0;
}

static void
on_did_change(struct server *s, json_object *params)
{
	const char *uri = get_str(get(params, "textDocument", json_type_object), "uri");
	struct document *d = find_doc(s, uri);
	json_object *changes = get(params, "contentChanges", json_type_array);
	if (!d || !changes)
		return;
	json_object *v = get(get(params, "textDocument", json_type_object), "version", json_type_int);
	if (v)
		d->version = json_object_get_int64(v);
	for (size_t i = 0; i < json_object_array_length(changes); i++)
		if (apply_change(s, d, json_object_array_get_idx(changes, i)) < 0)
			warnx_(_("%s: malformed content change ignored"), d->name);
	publish(s, d);
}

static void
on_did_save(struct server *s, json_object *params)
{
	const char *uri = get_str(get(params, "textDocument", json_type_object), "uri");
	struct document *d = find_doc(s, uri);
	if (d)
		publish(s, d);
}

static void
on_did_close(struct server *s, json_object *params)
{
	const char *uri = get_str(get(params, "textDocument", json_type_object), "uri");
	for (struct document **p = &s->docs; uri && *p; p = &(*p)->next)
		if (strcmp((*p)->uri, uri) == 0) {
			struct document *d = *p;
			*p = d->next;
			publish_empty(s, d->uri);
			doc_free(d);
			return;
		}
}

/* Whether finding f touches the byte range [b, e] of a request. */
static int
overlaps(const struct finding *f, size_t b, size_t e)
{
	return f->off <= e && f->off + f->len >= b;
}

static json_object *
text_edit(struct server *s, const struct document *d, const struct finding *f,
	  const char *text)
{
	json_object *edit = json_object_new_object(), *changes = json_object_new_object();
	json_object *list = json_object_new_array(), *te = json_object_new_object();
	json_object_object_add(te, "range", range(s, d, f));
	json_object_object_add(te, "newText", json_object_new_string(text));
	json_object_array_add(list, te);
	json_object_object_add(changes, d->uri, list);
	json_object_object_add(edit, "changes", changes);
	return edit;
}

static json_object *
action(const char *title, json_object *diag, int preferred)
{
	json_object *a = json_object_new_object(), *ds = json_object_new_array();
	json_object_object_add(a, "title", json_object_new_string(title));
	json_object_object_add(a, "kind", json_object_new_string("quickfix"));
	json_object_array_add(ds, diag);
	json_object_object_add(a, "diagnostics", ds);
	if (preferred)
		json_object_object_add(a, "isPreferred", json_object_new_boolean(1));
	return a;
}

static void
on_code_action(struct server *s, json_object *id, json_object *params)
{
	const char *uri = get_str(get(params, "textDocument", json_type_object), "uri");
	json_object *r = get(params, "range", json_type_object);
	json_object *st = get(r, "start", json_type_object), *en = get(r, "end", json_type_object);
	unsigned sl, sc, el, ec;
	struct document *d = find_doc(s, uri);
	if (!d || get_uint(st, "line", &sl) || get_uint(st, "character", &sc) ||
	    get_uint(en, "line", &el) || get_uint(en, "character", &ec)) {
		rpc_error(s->rpc, id, RPC_INVALID_PARAMS,
			  d || !uri ? "codeAction needs textDocument.uri and range" :
			  "document is not open");
		return;
	}
	size_t b = doc_offset(d->text.data, d->text.len, sl, sc, s->enc);
	size_t e = doc_offset(d->text.data, d->text.len, el, ec, s->enc);
	json_object *out = json_object_new_array();
	for (size_t i = 0; i < d->fs.n; i++) {
		struct finding *f = &d->fs.v[i];
		if (f->sev < SEV_NOTE || !overlaps(f, b, e) || !f->word[0])
			continue;
		if (f->want_sugs && f->nsugs == 0) {
			struct sug_context ctx;
			size_t tl;
			const char *t = src_text(d->src, &tl);
			context_of(t, tl, f->off, f->len, &ctx);
			const struct sug_list *l = suggestions(s, f->word, &ctx);
			for (size_t k = 0; k < l->n; k++)
				fnd_add_sug(f, xstrdup(l->v[k]));
			f->want_sugs = 0;
		}
		for (size_t k = 0; k < f->nsugs; k++) {
			struct buf t = {0};
			buf_printf(&t, _("replace with '%s'"), f->sugs[k]);
			json_object *a = action(t.data, diagnostic(s, d, f), k == 0);
			json_object_object_add(a, "edit", text_edit(s, d, f, f->sugs[k]));
			json_object_array_add(out, a);
			buf_free(&t);
		}
		if (s->wordlist && (strcmp(f->rule, "unknown-word") == 0 ||
				    strcmp(f->rule, "unknown-name") == 0 ||
				    strcmp(f->rule, "unknown-term") == 0)) {
			struct buf t = {0};
			buf_printf(&t, _("add '%s' to the word list"), f->word);
			json_object *a = action(t.data, diagnostic(s, d, f), 0);
			json_object *cmd = json_object_new_object(), *args = json_object_new_array();
			json_object_object_add(cmd, "title", json_object_new_string(t.data));
			json_object_object_add(cmd, "command", json_object_new_string(ADD_WORD_COMMAND));
			json_object_array_add(args, json_object_new_string(f->word));
			json_object_object_add(cmd, "arguments", args);
			json_object_object_add(a, "command", cmd);
			json_object_array_add(out, a);
			buf_free(&t);
		}
	}
	rpc_reply(s->rpc, id, out);
}

static void
on_execute_command(struct server *s, json_object *id, json_object *params)
{
	const char *cmd = get_str(params, "command");
	json_object *args = get(params, "arguments", json_type_array);
	json_object *w = args && json_object_array_length(args) > 0 ?
		json_object_array_get_idx(args, 0) : NULL;
	if (!cmd || strcmp(cmd, ADD_WORD_COMMAND) != 0 || !w ||
	    !json_object_is_type(w, json_type_string) || !s->wordlist) {
		rpc_error(s->rpc, id, RPC_INVALID_PARAMS,
			  !s->wordlist ? "no word list: start with --wordlist or a workspace root" :
			  "expected " ADD_WORD_COMMAND " with a word");
		return;
	}
	const char *word = json_object_get_string(w);
	if (wl_append(s->wordlist, word) < 0) {
		struct buf m = {0};
		buf_printf(&m, "%s: cannot add '%s'", s->wordlist, word);
		rpc_error(s->rpc, id, RPC_INTERNAL_ERROR, m.data);
		buf_free(&m);
		return;
	}
	chk_accept_word(s->ck, word);
	sug_cache_clear(s);	/* the new word may be a better correction */
	rpc_reply(s->rpc, id, NULL);
	for (struct document *d = s->docs; d; d = d->next)
		publish(s, d);
}

/* Handles one message; returns 1 after "exit". */
static int
dispatch(struct server *s, json_object *msg, int *status)
{
	json_object *id = NULL, *params = NULL;
	if (!json_object_is_type(msg, json_type_object)) {
		rpc_error(s->rpc, NULL, RPC_INVALID_REQUEST, "a message must be a JSON object");
		return 0;
	}
	/* "id": null still makes a request (answered with id null). */
	int has_id = json_object_object_get_ex(msg, "id", &id);
	const char *method = get_str(msg, "method");
	json_object_object_get_ex(msg, "params", &params);

	if (!method) {
		/* A client's answer to a server request needs nothing. */
		if (!has_id || !(json_object_object_get_ex(msg, "result", NULL) ||
				 json_object_object_get_ex(msg, "error", NULL)))
			rpc_error(s->rpc, id, RPC_INVALID_REQUEST, "not a JSON-RPC request");
		return 0;
	}
	if (id && !json_object_is_type(id, json_type_int) &&
	    !json_object_is_type(id, json_type_string)) {
		rpc_error(s->rpc, NULL, RPC_INVALID_REQUEST, "id must be a number or a string");
		return 0;
	}
	if (strcmp(method, "exit") == 0) {
		*status = s->shutdown ? 0 : 1;
		return 1;
	}
	if (!s->initialized && strcmp(method, "initialize") != 0) {
		if (has_id)
			rpc_error(s->rpc, id, RPC_SERVER_NOT_INITIALIZED, "server not initialized");
		return 0;
	}
	if (s->shutdown && has_id) {
		rpc_error(s->rpc, id, RPC_INVALID_REQUEST, "server is shutting down");
		return 0;
	}
	if (has_id) {
		if (strcmp(method, "initialize") == 0)
			on_initialize(s, id, params);
		else if (strcmp(method, "shutdown") == 0) {
			s->shutdown = 1;
			rpc_reply(s->rpc, id, NULL);
		} else if (strcmp(method, "textDocument/codeAction") == 0)
			on_code_action(s, id, params);
		else if (strcmp(method, "workspace/executeCommand") == 0)
			on_execute_command(s, id, params);
		else
			rpc_error(s->rpc, id, RPC_METHOD_NOT_FOUND, "method not found");
		return 0;
	}
	if (strcmp(method, "textDocument/didOpen") == 0)
		on_did_open(s, params);
	else if (strcmp(method, "textDocument/didChange") == 0)
		on_did_change(s, params);
	else if (strcmp(method, "textDocument/didSave") == 0)
		on_did_save(s, params);
	else if (strcmp(method, "textDocument/didClose") == 0)
		on_did_close(s, params);
	/* Other notifications ("initialized", "$/...") need no answer. */
	return 0;
}

static void
lsp_usage(FILE *to)
{
	fprintf(to, _("Usage: %s lsp [-d DICTIONARY] [-w WORDLIST]...\n"
		      "Serve the Language Server Protocol on standard input and output.\n"
		      "The last --wordlist is also where \"add to word list\" writes;\n"
		      "without one, .retstav-words.dic in the workspace root.\n"), PROGNAME);
}

int
lsp_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "dictionary", required_argument, NULL, 'd' },
		{ "wordlist", required_argument, NULL, 'w' },
		{ "stdio", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct server s = {0};
	int c, status = 1;
	char exedir[PATH_MAX];

	s.lists = xcalloc((size_t)argc + 3, sizeof *s.lists);
	s.dict = "da_DK";
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "d:w:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			s.dict = optarg;
			break;
		case 'w':
			s.lists[s.nlists++] = optarg;
			free(s.wordlist);
			s.wordlist = xstrdup(optarg);
			break;
		case 's':	/* clients pass --stdio; it is the only transport */
			break;
		case 'h':
			lsp_usage(stdout);
			free(s.lists);
			free(s.wordlist);
			return 0;
		default:
			fprintf(stderr, _("%s: unrecognized option '%s'\n"), PROGNAME, argv[optind - 1]);
			lsp_usage(stderr);
			free(s.lists);
			free(s.wordlist);
			return 2;
		}
	}

	/* Data as in main.c: beside an in-tree binary, else installed. */
	ssize_t k = readlink("/proc/self/exe", exedir, sizeof exedir - 1);
	exedir[k > 0 ? k : 0] = '\0';
	if (strrchr(exedir, '/'))
		*strrchr(exedir, '/') = '\0';
	snprintf(s.datadir, sizeof s.datadir, "%s/dictionaries", exedir);
	if (access(s.datadir, X_OK) != 0)
		snprintf(s.datadir, sizeof s.datadir, "%s", DATADIR);
	if (getenv("RETSTAV_DATADIR"))
		snprintf(s.datadir, sizeof s.datadir, "%s", getenv("RETSTAV_DATADIR"));
	if (spl_find_dictionary(s.dict, s.base, sizeof s.base) < 0) {
		free(s.lists);
		free(s.wordlist);
		return 2;
	}
	char house[PATH_MAX + 32];
	snprintf(house, sizeof house, "%s/da-news.dic", s.datadir);
	if (access(house, R_OK) == 0) {
		memmove(s.lists + 1, s.lists, s.nlists * sizeof *s.lists);
		s.lists[0] = house;
		s.nlists++;
	}
	s.cfg.dict_base = s.base;
	s.cfg.datadir = s.datadir;
	s.cfg.suggest = 0;	/* on demand, in code actions */
	s.cfg.nsug = NSUG;
	chk_default_severities(&s.cfg);
	s.enc = ENC_UTF16;
	s.rpc = rpc_new(STDIN_FILENO, stdout);

	for (;;) {
		json_object *msg = NULL;
		int r = rpc_read(s.rpc, &msg);
		if (r == 0) {
			/* End of input without "exit": the client is gone. */
			status = s.shutdown ? 0 : 1;
			break;
		}
		if (r < 0)
			continue;
		int done = dispatch(&s, msg, &status);
		json_object_put(msg);
		if (done)
			break;
	}

	while (s.docs) {
		struct document *d = s.docs;
		s.docs = d->next;
		doc_free(d);
	}
	sug_cache_clear(&s);
	free(s.sugs);
	strset_free(&s.sugidx);
	sug_free(s.sg);
	chk_free(s.ck);
	rpc_free(s.rpc);
	free(s.lists);
	free(s.wordlist);
	return status;
}
