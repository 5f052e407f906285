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


def count_corpus(paths):
    words, bigrams = Counter(), Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                for sent in SENT_END.split(line.strip()):
                    toks = [norm(t) for t in TOKEN.findall(sent)]
                    if not toks:
                        continue
                    words.update(toks)
                    words[""] += 1
                    seq = [""] + toks + [""]
                    bigrams.update(zip(seq, seq[1:]))
    return words, bigrams


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
    a = ap.parse_args()
    train = os.path.join(a.eval, "train")
    paths = []
    for sub in ("sentences", "sentences-extra"):
        d = os.path.join(train, sub)
        paths += sorted(os.path.join(d, p) for p in os.listdir(d) if p.endswith(".txt"))
    words, bigrams = count_corpus(paths)
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
    tmp = a.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(out)
    os.replace(tmp, a.out)
    print("%s: %d words, %d bigrams, %d corpus words, %d bytes" %
          (a.out, nwords, nb, corpus_total, len(out)), file=sys.stderr)


if __name__ == "__main__":
    main()
