#!/usr/bin/env python3
"""Suggestion benchmark: time per flagged word and ranking accuracy of
retstav's suggester beside hunspell's own suggest, on the same words in the
same process (build/sugbench).

  tests/bench/suggest.py [--bench build/sugbench] [--datadir dictionaries]
                         [--eval ../shared/eval] [--set words,context]
                         [--no-hunspell] [--misses N]

words:   EVAL/dev/words/misspellings.txt with answers.tsv (no context).
context: the non-word cases of EVAL/dev/context/cases.tsv, with the words
         left and right of each taken from its sentence.
Prints median and 95th percentile milliseconds per word (wall clock, and
the thread's processor time, which a busy machine does not inflate) and
top-1/top-5.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

WORD = re.compile(r"[\w'’]+(?:[-/][\w'’]+)*", re.UNICODE)


def words_set(ev):
    d = os.path.join(ev, "dev", "words")
    rows = []
    for line in open(os.path.join(d, "answers.tsv"), encoding="utf-8"):
        wrong, right = line.rstrip("\n").split("\t")[:2]
        rows.append((wrong, "", "", set(right.split("|"))))
    return rows


def context_set(ev):
    d = os.path.join(ev, "dev", "context")
    sents = open(os.path.join(d, "sentences.txt"), encoding="utf-8").read().split("\n")
    rows = []
    for line in open(os.path.join(d, "cases.tsv"), encoding="utf-8"):
        ln, col, wrong, right, kind, _ = line.rstrip("\n").split("\t")
        if "realword" in kind:
            continue
        s = sents[int(ln) - 1]
        start = int(col) - 1
        toks = [(m.start(), m.group()) for m in WORD.finditer(s)]
        left = right_w = ""
        for k, (p, t) in enumerate(toks):
            if p <= start < p + len(t):
                left = toks[k - 1][1] if k > 0 else ""
                right_w = toks[k + 1][1] if k + 1 < len(toks) else ""
                break
        rows.append((wrong, left, right_w, {right}))
    return rows


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else 0.0


def run(bench, datadir, rows, hun):
    inp = "".join(f"{w}\t{l}\t{r}\n" for w, l, r, _ in rows)
    cmd = [bench, datadir] + ([] if hun else ["--no-hunspell"])
    p = subprocess.run(cmd, input=inp.encode(), capture_output=True, check=True)
    sys.stderr.write(p.stderr.decode())
    out = {}
    lines = p.stdout.decode().splitlines()
    # sugbench skips accepted words; match outputs to inputs in order.
    it = iter(lines)
    cur = next(it, None)
    for i, (w, _l, _r, _a) in enumerate(rows):
        if cur is not None and cur.split("\t")[0] == w:
            out[i] = cur.split("\t")
            cur = next(it, None)
    return out


def report(name, rows, out, hun, misses):
    ours_t, hun_t, ours_c, hun_c = [], [], [], []
    acc = {"ours": [0, 0], "hun": [0, 0]}
    missed = []
    for i, (w, l, r, ans) in enumerate(rows):
        if i not in out:
            continue
        f = out[i]
        ours_t.append(float(f[1]) * 1e3)
        ours_c.append(float(f[5]) * 1e3)
        sugs = f[2].split("|") if f[2] else []
        acc["ours"][0] += bool(sugs) and sugs[0] in ans
        acc["ours"][1] += any(s in ans for s in sugs[:5])
        if not (sugs and sugs[0] in ans):
            missed.append(f"{l} [{w}] {r} -> {'|'.join(sorted(ans))}: {'|'.join(sugs)}")
        if hun and len(f) >= 5:
            hun_t.append(float(f[3]) * 1e3)
            hun_c.append(float(f[6]) * 1e3)
            hs = f[4].split("|") if f[4] else []
            acc["hun"][0] += bool(hs) and hs[0] in ans
            acc["hun"][1] += any(s in ans for s in hs[:5])
    n = len(ours_t)
    print(f"{name}: {n} flagged words of {len(rows)}")
    print(f"  {'':10}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}{'cpu med':>9}{'cpu p95':>9}"
          f"{'top-1':>8}{'top-5':>8}")

    def line(name, t, c, a):
        print(f"  {name:10}{statistics.median(t):11.2f}{pct(t, 95):9.2f}{max(t):9.2f}"
              f"{statistics.median(c):9.2f}{pct(c, 95):9.2f}{a[0] / n:8.3f}{a[1] / n:8.3f}")
    line("retstav", ours_t, ours_c, acc["ours"])
    if hun_t:
        line("hunspell", hun_t, hun_c, acc["hun"])
    for m in missed[:misses]:
        print("  miss: " + m)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default=os.path.join(root, "build", "sugbench"))
    ap.add_argument("--datadir", default=os.path.join(root, "dictionaries"))
    ap.add_argument("--eval", default=os.path.join(root, "..", "shared", "eval"))
    ap.add_argument("--set", default="words,context")
    ap.add_argument("--no-hunspell", action="store_true")
    ap.add_argument("--misses", type=int, default=0)
    a = ap.parse_args()
    hun = not a.no_hunspell
    for name in a.set.split(","):
        rows = {"words": words_set, "context": context_set}[name](a.eval)
        out = run(a.bench, a.datadir, rows, hun and name == "words")
        report(name, rows, out, hun and name == "words", a.misses)


if __name__ == "__main__":
    main()
