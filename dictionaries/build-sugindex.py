#!/usr/bin/env python3
"""Build the suggestion index: every word form of a hunspell dictionary,
expanded from its .dic stems with the .aff's suffix and prefix rules, as a
trie that src/suggest.c memory-maps (no parsing at start-up).

  dictionaries/build-sugindex.py BASE OUT [LIST...]
      BASE  the dictionary without extension (/usr/share/hunspell/da_DK)
      OUT   the index file (dictionaries/da-sug.bin)
      LIST  house word lists in .dic form ("word" or "word/flags" a line,
            flags of BASE's .aff, an optional count line, # comments),
            the lists retstav loads beside the dictionary

Expansion: each stem (unless it carries NEEDAFFIX or FORBIDDENWORD), each
suffix of its flags whose condition matches, the suffixes those suffixes
allow in turn (twofold suffixes, one level), and the cross-product
prefixes.  Forms keep what the compounder needs: whether they may begin,
end or only occur inside a compound, and NOSUGGEST.  The expansion is an
approximation of hunspell's; suggest.c asks hunspell about every word it
returns, so a form hunspell would refuse costs a candidate, never a wrong
suggestion.

File layout (little-endian u32):
  header  magic "RSSUG001", node count, form count, 0
  nodes   node count x {first child index (0 = leaf), cp | bits}
          node 0 is the root; children of a node are contiguous, in code
          point order, and the last one carries LAST.  bits: see BIT_*.
"""
import re
import struct
import sys

BIT_LAST = 1 << 21
BIT_WORD = 1 << 22      # a form ends here
BIT_CBEGIN = 1 << 23    # may begin a compound
BIT_CEND = 1 << 24      # may end a compound
BIT_CMID = 1 << 25      # may stand inside a compound
BIT_ONLYCOMP = 1 << 26  # only inside compounds
BIT_NOSUG = 1 << 27     # never suggested


def parse_aff(path):
    opts = {}
    rules = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            p = line.split()
            if not p or p[0].startswith("#"):
                continue
            if p[0] in ("SFX", "PFX") and len(p) >= 4:
                kind, flag = p[0], p[1]
                if len(p) == 4 and p[3].isdigit() and p[2] in "YN":
                    rules[flag] = (kind, p[2] == "Y", [])
                    continue
                if flag not in rules:
                    continue
                strip = "" if p[2] == "0" else p[2]
                add, _, cont = p[3].partition("/")
                add = "" if add == "0" else add
                cond = p[4] if len(p) > 4 else "."
                cont = set(cont.split(",")) if cont else set()
                if kind == "SFX":
                    rx = re.compile("(?:" + cond + ")$") if cond != "." else None
                else:
                    rx = re.compile("^(?:" + cond + ")") if cond != "." else None
                rules[flag][2].append((strip, add, cont, rx))
            elif len(p) >= 2 and p[0].isupper() and p[0] not in opts:
                opts[p[0]] = p[1]
    return opts, rules


def dic_lines(paths):
    """The entries of .dic files: the main one starts with a count line,
    house lists may; "#" starts a comment in house lists."""
    for i, path in enumerate(paths):
        with open(path, encoding="utf-8", errors="replace") as f:
            for k, line in enumerate(f):
                if k == 0 and line.split()[:1] and line.split()[0].isdigit():
                    continue
                if i > 0:
                    line = line.split(" #")[0]
                yield line


def apply(kind, entry, word):
    strip, add, cont, rx = entry
    if rx is not None and not rx.search(word):
        return None
    if kind == "SFX":
        if strip and not word.endswith(strip):
            return None
        return word[:len(word) - len(strip)] + add
    if strip and not word.startswith(strip):
        return None
    return add + word[len(strip):]


def expand(opts, rules, dics):
    forbid = opts.get("FORBIDDENWORD")
    needaffix = opts.get("NEEDAFFIX")
    fb, fm, fe = opts.get("COMPOUNDBEGIN"), opts.get("COMPOUNDMIDDLE"), opts.get("COMPOUNDEND")
    fc = opts.get("COMPOUNDFLAG")
    only = opts.get("ONLYINCOMPOUND")
    nosug = opts.get("NOSUGGEST")
    forms = {}

    def bits_of(flags):
        b = 0
        if fc in flags or fb in flags:
            b |= BIT_CBEGIN
        if fc in flags or fm in flags:
            b |= BIT_CMID
        if fc in flags or fe in flags:
            b |= BIT_CEND
        if only in flags:
            b |= BIT_ONLYCOMP
        if nosug in flags:
            b |= BIT_NOSUG
        return b

    def put(w, flags):
        if not w or forbid in flags or needaffix in flags:
            return
        b = bits_of(flags)
        old = forms.get(w)
        if old is None:
            forms[w] = b
        else:
            # A form reachable freely wins over one only for compounds.
            both = (old | b) & ~BIT_ONLYCOMP
            if (old & BIT_ONLYCOMP) and (b & BIT_ONLYCOMP):
                both |= BIT_ONLYCOMP
            if (old & BIT_NOSUG) and (b & BIT_NOSUG):
                both |= BIT_NOSUG
            else:
                both &= ~BIT_NOSUG
            forms[w] = both

    for line in dic_lines(dics):
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        line = fields[0]
        word, _, fl = line.partition("/")
        word = word.replace("\\/", "/")
        flags = set(fl.split(",")) if fl else set()
        if forbid in flags:
            continue
        put(word, flags)
        sfx = []
        for fg in flags:
            r = rules.get(fg)
            if not r or r[0] != "SFX":
                continue
            for e in r[2]:
                w2 = apply("SFX", e, word)
                if w2 is None:
                    continue
                f2 = (flags - {needaffix}) | e[2]
                put(w2, f2)
                sfx.append((w2, f2, r[1]))
                for fg2 in e[2]:
                    r2 = rules.get(fg2)
                    if not r2 or r2[0] != "SFX":
                        continue
                    for e2 in r2[2]:
                        w3 = apply("SFX", e2, w2)
                        if w3 is not None:
                            put(w3, (f2 - {needaffix}) | e2[2])
        for fg in flags:
            r = rules.get(fg)
            if not r or r[0] != "PFX":
                continue
            for e in r[2]:
                w2 = apply("PFX", e, word)
                if w2 is not None:
                    put(w2, (flags - {needaffix}) | e[2])
                if r[1]:
                    for (ws, fs, cross) in sfx:
                        if cross:
                            w3 = apply("PFX", e, ws)
                            if w3 is not None:
                                put(w3, (fs - {needaffix}) | e[2])
    return forms


def build_trie(forms):
    words = sorted(forms)
    # nodes: list of [cp, bits, first_child]; BFS over ranges of the sorted
    # list, so that the children of a node are contiguous.
    cps = [cp for cp in (0,)]
    bits = [BIT_LAST]
    child = [0]
    queue = [(0, 0, len(words), 0)]  # node index, lo, hi, depth
    qi = 0
    while qi < len(queue):
        node, lo, hi, d = queue[qi]
        qi += 1
        i = lo
        # words[lo] may end exactly at depth d: that is this node's form.
        if i < hi and len(words[i]) == d:
            i += 1
        if i >= hi:
            continue
        first = len(cps)
        child[node] = first
        while i < hi:
            c = words[i][d]
            j = i + 1
            while j < hi and words[j][d] == c:
                j += 1
            n = len(cps)
            b = 0
            if len(words[i]) == d + 1:
                b = BIT_WORD | forms[words[i]]
            cps.append(ord(c))
            bits.append(b)
            child.append(0)
            queue.append((n, i, j, d + 1))
            i = j
        bits[-1] |= BIT_LAST
    return cps, bits, child, len(words)


def main():
    base, out, lists = sys.argv[1], sys.argv[2], sys.argv[3:]
    opts, rules = parse_aff(base + ".aff")
    forms = expand(opts, rules, [base + ".dic"] + lists)
    cps, bits, child, nforms = build_trie(forms)
    with open(out + ".tmp", "wb") as f:
        f.write(b"RSSUG001" + struct.pack("<III", len(cps), nforms, 0))
        buf = bytearray()
        for i in range(len(cps)):
            buf += struct.pack("<II", child[i], cps[i] | bits[i])
        f.write(buf)
    import os
    os.replace(out + ".tmp", out)
    print(f"{out}: {nforms} forms, {len(cps)} nodes", file=sys.stderr)


if __name__ == "__main__":
    main()
