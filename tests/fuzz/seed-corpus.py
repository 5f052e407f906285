#!/usr/bin/env python3
"""Writes the seed corpus of a fuzz target from the project's own test
files: golden inputs, spec examples, case data and tests/fuzz/seeds/NAME.

  seed-corpus.py TARGET OUTDIR

Each input is written once per option byte of the target (the first byte
of a fuzz input selects options), so the seeds start from real text under
several option combinations.  A new target adds a line to TARGETS: the
file endings it wants (None: every input) and its option bytes."""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/
MAX = 64 * 1024

# target: (file endings or None for all, option bytes)
TARGETS = {
    "fuzz_tokenize": (None, [0x0E, 0x0F, 0x06]),
    "fuzz_source": (None, [0x00, 0x01, 0x02, 0x7E]),
    "fuzz_check": (None, [0x00, 0x01, 0x0C, 0x14, 0x61, 0x82]),
    "fuzz_markup": (None, [0x00, 0x01, 0x02, 0x03, 0x06, 0x80]),
    # Front ends and parsers (after the merge), for example:
    # "fuzz_markdown": ((".md", ".markdown"), [0x00, 0x01]),
    # "fuzz_html": ((".html", ".htm"), [0x00, 0x01]),
    "fuzz_config": ((".ini", ".conf"), [0x00, 0x01, 0x03]),
    "fuzz_lsp": ((".lsp", ".jsonrpc"), [0x00, 0x05]),
}

EXAMPLE = re.compile(r"^`{8,} example[^\n]*\n(.*?)^\.\n", re.M | re.S)


def inputs(endings):
    """Yields (name, bytes) of every test input with one of endings."""
    def ok(name):
        return endings is None or name.endswith(tuple(endings))
    for sub in ("golden", "cases"):
        d = os.path.join(HERE, sub)
        for root, dirs, files in os.walk(d):
            dirs[:] = [x for x in dirs if not x.startswith(".")]
            for f in sorted(files):
                p = os.path.join(root, f)
                if f.endswith((".sh", ".status", ".args", ".gcc", ".json", ".stderr")):
                    continue
                if ok(f) and os.path.isfile(p) and os.path.getsize(p) <= MAX:
                    yield f, open(p, "rb").read()
    d = os.path.join(HERE, "spec")
    for f in sorted(os.listdir(d)):
        if f.endswith(".md"):
            text = open(os.path.join(d, f), encoding="utf-8").read()
            for m in EXAMPLE.finditer(text):
                name = "example" + (os.path.splitext(f)[1] if endings is None else endings[0])
                if ok(name) or endings is None:
                    yield name, m.group(1).replace("→", "\t").encode()


def main():
    target, out = sys.argv[1], sys.argv[2]
    endings, opts = TARGETS.get(target, (None, [0x00, 0xFF]))
    os.makedirs(out, exist_ok=True)
    n = 0
    for name, data in inputs(endings):
        for o in opts:
            blob = bytes([o]) + data
            h = hashlib.sha1(blob).hexdigest()
            open(os.path.join(out, "seed-" + h), "wb").write(blob)
            n += 1
    own = os.path.join(HERE, "fuzz", "seeds", target)
    if os.path.isdir(own):
        for f in sorted(os.listdir(own)):
            data = open(os.path.join(own, f), "rb").read()
            open(os.path.join(out, "own-" + f), "wb").write(data)
            n += 1
    print(f"{target}: {n} seeds in {out}")


main()
