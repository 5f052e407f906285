#!/usr/bin/env python3
"""Build dictionaries/da-freq.bin: Danish word and bigram counts that
retstav memory-maps at start-up (src/freq.c reads it; no parsing).

  dictionaries/build-freq.py [--eval DIR] [--out FILE]

Input (DIR defaults to ../shared/eval, relative to the repository):
  DIR/train/sentences/*.txt, DIR/train/sentences-extra/*.txt
      real edited Danish, one sentence or paragraph a line; counted here
      with the tokenisation below (the same text that counts/unigrams-all.tsv
      and counts/bigrams-all.tsv count, but bigrams are kept down to
      BIGRAM_MIN instead of that file's cut-off);
  DIR/train/counts/opensubtitles2018_da_50k.txt
      word frequencies of film subtitles (hermitdave/FrequencyWords),
      folded in as a second corpus scaled to the size of the first.

Tokens: maximal runs of letters and digits, joined by an inner hyphen or
apostrophe ("ai-infrastruktur", "gpu'er"); a token with a digit counts as
"0".  Folded to lower case with fold() below, the same fold freq.c applies
(ASCII A-Z and Latin-1 À-Þ; other scripts unchanged).  The empty word ""
marks a sentence boundary: freq_bigram("", w) counts sentence-initial w,
freq_bigram(w, "") sentence-final w.

File layout (all integers little-endian u32 unless noted):
  header   magic "RSFREQ01", nwords, nbigrams, hashsize (power of two),
           total words (u64), offsets of: words, hash, bigrams, strings
  words    nwords x {string offset, string length, count, first bigram,
           sum of the stored bigram counts after the word} sorted by
           bytes; word i's bigrams are [first(i), first(i+1)) (a sentinel
           entry ends the array: nwords + 1 entries)
  hash     hashsize x (word index + 1), 0 = empty; FNV-1a 32-bit of the
           folded bytes, linear probing
  bigrams  nbigrams x {right word index, count}, sorted by right index
           within each left word
  strings  the words' bytes, no terminators
"""
import argparse
import os
import re
import struct
import sys
from collections import Counter

WORD_MIN = 2        # corpus words seen once are mostly typos and names
BIGRAM_MIN = 1
SUBS_MIN_SCALED = 1  # a subtitle-list word counts at least this much

TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
SENT_END = re.compile(r"[.!?:;]+[\"”»)]*\s+(?=[\"“«(]*[A-ZÆØÅ])")


def fold(s):
    return "".join(chr(ord(c) + 32) if ("A" <= c <= "Z" or ("\u00c0" <= c <= "\u00de" and c != "\u00d7"))
                   else c for c in s)


def norm(tok):
    tok = tok.replace("’", "'")
    if any(c.isdigit() for c in tok):
        return "0"
    return fold(tok)


def count_corpus(paths, lower=None, files=None):
    """Word and pair counts; lower (if given) counts the forms written in
    lower case, files the source files each form occurs in."""
    words, bigrams = Counter(), Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                for sent in SENT_END.split(line.strip()):
                    raw = TOKEN.findall(sent)
                    toks = [norm(t) for t in raw]
                    if lower is not None:
                        for r, t in zip(raw, toks):
                            if r == t:
                                lower[t] += 1
                                files.setdefault(t, set()).add(path)
                    if not toks:
                        continue
                    words.update(toks)
                    words[""] += 1
                    seq = [""] + toks + [""]
                    bigrams.update(zip(seq, seq[1:]))
    return words, bigrams


HOUSE_MIN = 5       # lower-case uses in the corpus
HOUSE_FILES = 2     # in at least this many source files
HOUSE_TYPO_RATIO = 3


def neighbours(w):
    letters = "abcdefghijklmnopqrstuvwxyzæøåé"
    for i in range(len(w) + 1):
        if i < len(w):
            yield w[:i] + w[i + 1:]
            for c in letters:
                yield w[:i] + c + w[i + 1:]
        if i + 1 < len(w):
            yield w[:i] + w[i + 1] + w[i] + w[i + 2:]
        for c in letters:
            yield w[:i] + c + w[i:]
    for a, b in (("aa", "å"), ("oe", "ø"), ("ae", "æ"), ("o", "ø"), ("a", "å"), ("a", "æ"), ("e", "æ")):
        i = w.find(a)
        while i >= 0:
            yield w[:i] + b + w[i + len(a):]
            i = w.find(a, i + 1)


def house_list(path, lower, files, words, bigrams):
    """Words real edited text uses in lower case, in several sources, that
    hunspell rejects: accepted as a house word list.  Left out: forms that
    hunspell knows with a period (abbreviations: "dvs" is "dvs."), forms that
    split into a pair real text writes apart (run-togethers such as
    "igang") and forms one typing error from a far commoner word (the
    corpus's own typos such as "seperat")."""
    import subprocess
    cands = sorted(w for w, c in lower.items()
                   if c >= HOUSE_MIN and len(files[w]) >= HOUSE_FILES and len(w) >= 3
                   and w != "0" and all(ch.isalpha() for ch in w))
    p = subprocess.run(["hunspell", "-d", a_dictionary, "-l"], input="\n".join(cands) + "\n",
                       capture_output=True, text=True, check=True)
    rejected = set(p.stdout.split())
    # "dvs", "pct": abbreviations the tokens lost their period from.
    p = subprocess.run(["hunspell", "-d", a_dictionary, "-l"],
                       input="\n".join(w + "." for w in rejected) + "\n",
                       capture_output=True, text=True, check=True)
    rejected -= {w for w in rejected if w + "." not in set(p.stdout.split())}
    out = []
    for w in cands:
        if w not in rejected:
            continue
        c = words[w]
        if any(bigrams.get((w[:i], w[i:]), 0) * 2 >= c for i in range(1, len(w))):
            continue
        if any(words.get(v, 0) >= HOUSE_TYPO_RATIO * c for v in neighbours(w) if v != w):
            continue
        out.append(w)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Generated by dictionaries/build-freq.py from the training text (see README.md);\n")
        f.write("# do not edit.  Words used in lower case at least %d times in %d or more\n" % (HOUSE_MIN, HOUSE_FILES))
        f.write("# sources that hunspell-da rejects, minus run-togethers and near typos.\n")
        for w in out:
            f.write(w + "\n")
    print("%s: %d words" % (path, len(out)), file=sys.stderr)


def fnv1a(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=os.path.join(here, "..", "..", "shared", "eval"))
    ap.add_argument("--out", default=os.path.join(here, "da-freq.bin"))
    ap.add_argument("--house", default=os.path.join(here, "da-corpus.dic"))
    ap.add_argument("--dictionary", default="da_DK")
    a = ap.parse_args()
    global a_dictionary
    a_dictionary = a.dictionary
    train = os.path.join(a.eval, "train")
    paths = []
    for sub in ("sentences", "sentences-extra"):
        d = os.path.join(train, sub)
        paths += sorted(os.path.join(d, p) for p in os.listdir(d) if p.endswith(".txt"))
    lower, files = Counter(), {}
    words, bigrams = count_corpus(paths, lower, files)
    corpus_total = sum(c for w, c in words.items() if w)

    subs = {}
    with open(os.path.join(train, "counts", "opensubtitles2018_da_50k.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2 and TOKEN.fullmatch(parts[0]):
                w = norm(parts[0])
                subs[w] = subs.get(w, 0) + int(parts[1])
    scale = corpus_total / sum(subs.values())

    counts = {}
    for w, c in words.items():
        if c >= WORD_MIN or w in subs:
            counts[w] = c
    for w, c in subs.items():
        counts[w] = counts.get(w, 0) + max(SUBS_MIN_SCALED, round(c * scale))
    big = {k: c for k, c in bigrams.items() if c >= BIGRAM_MIN and k[0] in counts and k[1] in counts}
    total = sum(c for w, c in counts.items() if w)

    order = sorted(counts, key=lambda w: w.encode("utf-8"))
    index = {w: i for i, w in enumerate(order)}
    nwords = len(order)
    hashsize = 1
    while hashsize < nwords * 2:
        hashsize *= 2
    table = [0] * hashsize
    strings = bytearray()
    offs = []
    for i, w in enumerate(order):
        b = w.encode("utf-8")
        offs.append((len(strings), len(b)))
        strings += b
        h = fnv1a(b) & (hashsize - 1)
        while table[h]:
            h = (h + 1) & (hashsize - 1)
        table[h] = i + 1
    by_left = [[] for _ in order]
    for (l, r), c in big.items():
        by_left[index[l]].append((index[r], c))
    bigram_rec = bytearray()
    firsts = []
    sums = []
    nb = 0
    for lst in by_left:
        firsts.append(nb)
        sums.append(sum(c for _, c in lst))
        for r, c in sorted(lst):
            bigram_rec += struct.pack("<II", r, c)
            nb += 1
    firsts.append(nb)

    header_size = 8 + 4 * 3 + 8 + 4 * 4
    words_off = header_size
    hash_off = words_off + 20 * (nwords + 1)
    big_off = hash_off + 4 * hashsize
    str_off = big_off + len(bigram_rec)
    out = bytearray()
    out += b"RSFREQ02"
    out += struct.pack("<IIIQIIII", nwords, nb, hashsize, total, words_off, hash_off, big_off, str_off)
    assert len(out) == header_size
    for i, w in enumerate(order):
        out += struct.pack("<IIIII", offs[i][0], offs[i][1], counts[w], firsts[i], sums[i])
    out += struct.pack("<IIIII", len(strings), 0, 0, firsts[nwords], 0)
    out += struct.pack("<%dI" % hashsize, *table)
    out += bigram_rec
    out += strings
    house_list(a.house, lower, files, words, bigrams)
    tmp = a.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(out)
    os.replace(tmp, a.out)
    print("%s: %d words, %d bigrams, %d corpus words, %d bytes" %
          (a.out, nwords, nb, corpus_total, len(out)), file=sys.stderr)


if __name__ == "__main__":
    main()
