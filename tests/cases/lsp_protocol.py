"""Protocol tests for `retstav lsp`: raw JSON-RPC over a pipe.  Checks
position encodings, diagnostics on lines with æøå, incremental and full
changes, code actions, the atomic word list append, malformed messages
(JSON-RPC errors, the server keeps running) and shutdown/exit."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Server  # noqa: E402

RETSTAV = os.environ["RETSTAV"]
WORK = os.getcwd()
failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what)


def col(line, prefix_end, enc):
    pre = line[:prefix_end]
    if enc == "utf-8":
        return len(pre.encode("utf-8"))
    if enc == "utf-16":
        return len(pre.encode("utf-16-le")) // 2
    return len(pre)


def start(encodings=None, root=WORK, options=None, extra=()):
    s = Server([RETSTAV, "lsp"] + list(extra), cwd=WORK)
    caps = {"general": {"positionEncodings": encodings}} if encodings else {}
    rid = s.request("initialize", {"processId": os.getpid(), "capabilities": caps,
                                   "rootUri": "file://" + root,
                                   "initializationOptions": options})
    r = s.response(rid)
    s.notify("initialized", {})
    return s, r


TEXT = ("# Æbler på øen\n"
        "\n"
        "Gårdejeren 🙂 på Ærø plukkede æbler, og vi spisr rødgrød med fløde.\n"
        "Det blæser, men solen skinner på bølgerne.\n")
URI = "file://" + WORK + "/artikel.md"
line2 = TEXT.split("\n")[2]

# Requests before initialize are refused; the server keeps running.
s = Server([RETSTAV, "lsp"], cwd=WORK)
rid = s.request("textDocument/codeAction", {})
check(s.response(rid).get("error", {}).get("code") == -32002, "request before initialize")
s.notify("exit")
check(s.close() == 1, "exit without shutdown gives status 1")

for enc, offered in (("utf-16", None), ("utf-16", ["utf-16"]), ("utf-8", ["utf-16", "utf-8"]),
                     ("utf-32", ["utf-32", "utf-16"])):
    s, r = start(offered)
    caps = r["result"]["capabilities"]
    check(caps["positionEncoding"] == enc, f"negotiated {caps['positionEncoding']}, want {enc}")
    check(caps["textDocumentSync"]["change"] == 2, "incremental sync")
    s.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "markdown",
                                                       "version": 1, "text": TEXT}})
    ds = s.diagnostics(URI)
    typo = [d for d in ds if d["code"] == "unknown-word"]
    check(len(typo) == 1, f"{enc}: one unknown word, got {ds}")
    if typo:
        d = typo[0]
        c0 = col(line2, line2.index("spisr"), enc)
        check(d["range"] == {"start": {"line": 2, "character": c0},
                             "end": {"line": 2, "character": c0 + 5}},
              f"{enc}: range {d['range']}, want line 2 col {c0}")
        check(d["severity"] == 1 and d["source"] == "retstav" and "'spisr'" in d["message"],
              f"{enc}: diagnostic fields {d}")
    # Incremental: insert "ærlige " before "Gårdejeren" (line 2, col 0).
    s.notify("textDocument/didChange", {
        "textDocument": {"uri": URI, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 2, "character": 0},
                                      "end": {"line": 2, "character": 0}}, "text": "ærlige "}]})
    m = s.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    check(m["params"].get("version") == 2, f"{enc}: diagnostics carry the version: {m['params']}")
    ds = m["params"]["diagnostics"]
    new2 = "ærlige " + line2
    c1 = col(new2, new2.index("spisr"), enc)
    typo = [d for d in ds if d["code"] == "unknown-word"]
    check(typo and typo[0]["range"]["start"] == {"line": 2, "character": c1},
          f"{enc}: after an insertion {typo}, want col {c1}")
    # Replace "spisr" by "spiser" through its range: the finding goes.
    if typo:
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": URI, "version": 3},
            "contentChanges": [{"range": typo[0]["range"], "text": "spiser"}]})
        ds = s.diagnostics(URI)
        check(not [d for d in ds if d["code"] == "unknown-word"], f"{enc}: fixed by an edit: {ds}")
    # A replacement that spans lines, then a full change.
    s.notify("textDocument/didChange", {
        "textDocument": {"uri": URI, "version": 4},
        "contentChanges": [{"range": {"start": {"line": 2, "character": 0},
                                      "end": {"line": 3, "character": 0}}, "text": "Her svømmr fisk.\n"}]})
    ds = s.diagnostics(URI)
    check([d["range"]["start"] for d in ds if d["code"] == "unknown-word"] ==
          [{"line": 2, "character": 4}], f"{enc}: multi-line edit {ds}")
    s.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 5},
                                        "contentChanges": [{"text": "Alt er godt.\n"}]})
    check(s.diagnostics(URI) == [], f"{enc}: full change")
    s.notify("textDocument/didSave", {"textDocument": {"uri": URI}})
    check(s.diagnostics(URI) == [], f"{enc}: didSave re-publishes")
    s.notify("textDocument/didClose", {"textDocument": {"uri": URI}})
    check(s.diagnostics(URI) == [], "didClose clears the diagnostics")
    rid = s.request("shutdown")
    check(s.response(rid).get("result", 1) is None, "shutdown answers null")
    s.notify("exit")
    check(s.close() == 0, f"{enc}: exit after shutdown gives status 0")

# Code actions and the word list.
wl = os.path.join(WORK, "ord.dic")
with open(wl, "w", encoding="utf-8") as f:
    f.write("# husets ord\nmobilepay\nÆrøskøbing/A\nzebraord")   # no final newline
os.symlink("ord.dic", os.path.join(WORK, "link.dic"))
s, r = start(None, options={"wordlist": os.path.join(WORK, "link.dic")})
text = "Vi spisr rødgrød på Ærø, og skovsneglr kryber.\n"
uri = "file://" + WORK + "/b%C3%A6r.md"
s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown",
                                                   "version": 1, "text": text}})
ds = s.diagnostics(uri)
check(sorted(d["code"] for d in ds) == ["unknown-word", "unknown-word"], f"two typos: {ds}")
target = [d for d in ds if "spisr" in d["message"]][0]
rid = s.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": target["range"],
                                            "context": {"diagnostics": [target]}})
acts = s.response(rid)["result"]
edits = [a for a in acts if "edit" in a]
check(edits and edits[0].get("isPreferred"), "first suggestion is preferred")
texts = [a["edit"]["changes"][uri][0]["newText"] for a in edits]
check("spiser" in texts or "spise" in texts, f"suggestions {texts}")
for a in edits:
    check(a["kind"] == "quickfix" and a["edit"]["changes"][uri][0]["range"] == target["range"],
          "edit replaces the word's range")
adds = [a for a in acts if a.get("command", {}).get("command") == "retstav.addWord"]
check(len(adds) == 1 and adds[0]["command"]["arguments"] == ["spisr"], f"add action {acts}")
check(all("skovsneglr" not in json.dumps(a) for a in acts), "only actions for the range")
rid = s.request("workspace/executeCommand", adds[0]["command"])
check(s.response(rid).get("result", 1) is None, "executeCommand succeeds")
ds = s.diagnostics(uri)
check([d for d in ds if "spisr" in d["message"]] == [], f"added word no longer flagged: {ds}")
check(open(wl, encoding="utf-8").read() ==
      "# husets ord\nmobilepay\nÆrøskøbing/A\nzebraord\nspisr\n", "word list appended in order")
check(os.path.islink(os.path.join(WORK, "link.dic")), "symbolic link kept")
check(sorted(os.listdir(WORK)) == sorted(["ord.dic", "link.dic"]) or
      not [f for f in os.listdir(WORK) if f.startswith(".ord.dic")], "no temporary file left")
rid = s.request("workspace/executeCommand", adds[0]["command"])
s.response(rid)
check(open(wl, encoding="utf-8").read().count("spisr") == 1, "a word is added once")

# A term of the text (unknown-term): no edits, but the word list action.
uri2 = "file://" + WORK + "/term.txt"
s.notify("textDocument/didOpen", {"textDocument": {"uri": uri2, "languageId": "plaintext", "version": 1,
                                                   "text": "Vi kører zorblax. Så kører zorblax igen. Uden zorblax går det ikke.\n"}})
ds = s.diagnostics(uri2)
check([d["code"] for d in ds] == ["unknown-term"] * 3, f"three term notes: {ds}")
rid = s.request("textDocument/codeAction", {"textDocument": {"uri": uri2}, "range": ds[0]["range"],
                                            "context": {"diagnostics": [ds[0]]}})
acts = s.response(rid)["result"]
check([a["command"]["arguments"] for a in acts] == [["zorblax"]], f"term actions {acts}")

# Malformed input: errors, and the server keeps serving.
s.send_raw(b"Content-Length: 9\r\n\r\n{\"a\": 1,}")
e = s.wait(lambda m: "error" in m)
check(e["error"]["code"] == -32700 and e["id"] is None, f"invalid JSON: {e}")
s.send_raw(b"Content-Type: application/json\r\n\r\n")
e = s.wait(lambda m: "error" in m)
check(e["error"]["code"] == -32700, f"no Content-Length: {e}")
s.send_raw(b"Content-Length: 2\r\n\r\n\xff\xfe")
e = s.wait(lambda m: "error" in m)
check(e["error"]["code"] == -32700, f"invalid UTF-8: {e}")
s.send([1, 2])
e = s.wait(lambda m: "error" in m)
check(e["error"]["code"] == -32600, f"array: {e}")
rid = s.request("textDocument/hover", {})
check(s.response(rid)["error"]["code"] == -32601, "unknown method")
rid = s.request("textDocument/codeAction", {"textDocument": {"uri": uri}})
check(s.response(rid)["error"]["code"] == -32602, "codeAction without a range")
s.notify("textDocument/didChange", {"textDocument": {"uri": uri}, "contentChanges": [{"range": 7}]})
s.notify("textDocument/didOpen", {"textDocument": 5})
rid = s.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": target["range"]})
check(isinstance(s.response(rid).get("result"), list), "still serving after malformed messages")
rid = s.request("shutdown")
s.response(rid)
rid = s.request("textDocument/codeAction", {})
check(s.response(rid)["error"]["code"] == -32600, "requests after shutdown are refused")
s.notify("exit")
check(s.close() == 0, "exit status after shutdown")

# A seeded storm of junk bytes, bad frames and out-of-range edits and
# code actions: afterwards the server still answers and exits cleanly.
import random  # noqa: E402
rnd = random.Random(7)
s, r = start(["utf-8", "utf-16"])
uri = "file://" + WORK + "/storm.md"
s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown",
                                                   "version": 1, "text": "Vi spisr æbler.\n🙂 gårdn\n"}})
s.diagnostics(uri)
for i in range(600):
    s.drain()
    kind = rnd.randrange(5)
    if kind == 0:
        s.send_raw(bytes(rnd.randrange(256) for _ in range(rnd.randrange(40))))
    elif kind == 1:
        body = bytes(rnd.randrange(256) for _ in range(rnd.randrange(30)))
        s.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    else:
        def val():
            return rnd.choice([0, 1, 2, 3, 7, 100, -1, 2 ** 40, "a", None, 1.5])
        rng = {"start": {"line": val(), "character": val()}, "end": {"line": val(), "character": val()}}
        if kind == 2:
            s.notify("textDocument/didChange", {"textDocument": {"uri": uri}, "contentChanges": [
                {"range": rng, "text": rnd.choice(["", "x", "æø", "\n", "🙂", "spisr "])}]})
        else:
            s.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": rng})
# Junk may have left half a frame that swallows the next bytes: end it and
# ask again until the request gets through (the server's output is always
# whole frames, so the client never loses its place).
alive = False
for attempt in range(5):
    s.send_raw(b"\r\n\r\n")
    rid = s.request("shutdown")
    try:
        alive = s.response(rid, timeout=60).get("result", 1) is None
        break
    except TimeoutError:
        continue
check(alive, "alive after the storm")
s.notify("exit")
check(s.close() == 0, "clean exit after the storm")

# End of input without exit ends the server too.
s, r = start(None)
check(s.close() == 1, "end of input without shutdown")
s, r = start(None)
s.response(s.request("shutdown"))
check(s.close() == 0, "end of input after shutdown")

print("failures:", failures)
sys.exit(1 if failures else 0)
