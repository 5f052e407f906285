#!/usr/bin/env python3
"""retstav's throughput benchmark: retstav and `hunspell -l -d da_DK` on the
same real Danish text, in the same run.

  tests/bench/bench.py --retstav ./retstav --eval ../shared/eval --work build/bench

Corpora (generated under --work, deterministic):
  base   the sentences of eval/train/sentences*/ and eval/dev/ concatenated
         (one file, about 8.5 MB)
  large  the same sentences in --large-orders different orders (one
         seeded shuffle each, no order repeated), split into 16 files
  small  --small-files articles of 3-5 KB in a tree of 40 folders, each
         article a run of sentences from its own seeded shuffle (CI's case)

Each command runs --runs times; the table gives the median wall time, words
per second (words = whitespace-separated, as `wc -w`), MB/s, CPU seconds
(user + system of the child), peak RSS (/usr/bin/time %M: getrusage of the child)
and retstav's ratio of words per second to hunspell's on the same corpus.
The "warm --cache" row is retstav -j1 with a verdict cache file written by
one run before (CI re-runs, archive re-checks without a dictionary change);
every other row starts cold.  Both tools read the same files; retstav runs with --no-suggest --format=list
so that no time goes into suggestions it would print and hunspell does not
compute.  On a busy machine compare the CPU column as well.
"""
import argparse
import glob
import os
import random
import statistics
import subprocess
import sys
import time

SEED = 20261123


def sentences(evaldir):
    files = sorted(glob.glob(os.path.join(evaldir, "train", "sentences*", "*.txt")))
    files += sorted(glob.glob(os.path.join(evaldir, "dev", "*", "*.txt")))
    if not files:
        sys.exit(f"bench: no sentences under {evaldir} (set EVAL=path/to/eval)")
    data = b"".join(open(f, "rb").read() for f in files)
    return files, data


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def build(work, data, orders, nsmall):
    """Writes the three corpora; returns {name: [paths]}."""
    lines = [l for l in data.split(b"\n") if l.strip()]
    corpora = {}
    base = os.path.join(work, "base", "base.txt")
    write(base, data)
    corpora["base"] = [base]

    stream = []
    for k in range(orders):
        order = lines[:]
        random.Random(SEED + k).shuffle(order)
        stream += order
    nfiles = 16
    per = (len(stream) + nfiles - 1) // nfiles
    corpora["large"] = []
    for i in range(nfiles):
        p = os.path.join(work, "large", f"part{i:02d}.txt")
        write(p, b"\n".join(stream[i * per:(i + 1) * per]) + b"\n")
        corpora["large"].append(p)

    # Articles of 3-5 KB: a headline, then paragraphs of 2-5 sentences.
    rng = random.Random(SEED + 1000)
    order = lines[:]
    rng.shuffle(order)
    pos = 0
    corpora["small"] = []
    for i in range(nsmall):
        want = rng.randint(3000, 5000)
        out = []
        size = 0
        head = order[pos % len(order)]
        pos += 1
        out.append(head.rstrip(b". ") + b"\n")
        para = []
        while size < want:
            s = order[pos % len(order)]
            pos += 1
            para.append(s)
            size += len(s) + 1
            if len(para) >= rng.randint(2, 5):
                out.append(b"\n" + b" ".join(para) + b"\n")
                para = []
        if para:
            out.append(b"\n" + b" ".join(para) + b"\n")
        p = os.path.join(work, "small", f"section{i % 40:02d}", f"article{i:05d}.txt")
        write(p, b"".join(out))
        corpora["small"].append(p)
    return corpora


def evict(paths):
    """Drops the files' pages from the page cache (POSIX_FADV_DONTNEED:
    no root needed; pages another process holds mapped may stay)."""
    for p in paths:
        try:
            fd = os.open(p, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def measure(cmd, runs, env, tmp, stdin=None, before=None):
    """Runs cmd runs times under /usr/bin/time (its child's getrusage:
    a fork of this script would report the script's own RSS); returns
    (median wall, median CPU, max peak RSS KiB).  stdin: a file to read
    from; before: called before each run (outside the timing)."""
    walls, cpus, rss = [], [], 0
    out = os.path.join(tmp, "time.out")
    for _ in range(runs):
        if before:
            before()
        fin = open(stdin, "rb") if stdin else subprocess.DEVNULL
        t0 = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-o", out, "-f", "%U %S %M"] + cmd,
                           stdin=fin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        if stdin:
            fin.close()
        wall = time.monotonic() - t0
        if p.returncode not in (0, 1):
            sys.exit(f"bench: {' '.join(cmd[:4])} ... exited {p.returncode}\n"
                     + p.stderr.decode("utf-8", "replace")[-2000:])
        u, s, m = open(out).read().split()[-3:]
        walls.append(wall)
        cpus.append(float(u) + float(s))
        rss = max(rss, int(m))
    return statistics.median(walls), statistics.median(cpus), rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--retstav", default="./retstav")
    ap.add_argument("--hunspell", default="hunspell")
    ap.add_argument("--dict", default="da_DK")
    ap.add_argument("--eval", default="../shared/eval")
    ap.add_argument("--work", default="build/bench")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--hunspell-runs", type=int, default=None)
    ap.add_argument("--large-orders", type=int, default=2)
    ap.add_argument("--small-files", type=int, default=2000)
    ap.add_argument("--jobs", default="1,2", help="retstav -j values to run")
    ap.add_argument("--only", default="base,large,small")
    ap.add_argument("--cold-only", action="store_true",
                    help="only the cold-start table (no corpora)")
    ap.add_argument("--no-warm", dest="warm", action="store_false",
                    help="skip the runs with a warm --cache file")
    a = ap.parse_args()
    hruns = a.hunspell_runs or a.runs
    if a.cold_only:
        os.makedirs(a.work, exist_ok=True)
        cold_start(a, dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE=""))
        return

    files, data = sentences(a.eval)
    corpora = build(a.work, data, a.large_orders, a.small_files)
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="")
    env.pop("RETSTAV_DATADIR", None)
    ncpu = os.cpu_count()
    print(f"bench: {len(files)} source files from {a.eval}; {ncpu} cores; "
          f"retstav runs {a.runs}, hunspell runs {hruns}; median wall time")
    print()
    print("| corpus | files | words | MB | command | wall s | CPU s | words/s | MB/s "
          "| peak RSS MiB | ratio | CPU ratio |")
    print("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    notes = []
    for name in a.only.split(","):
        paths = corpora[name]
        words = nbytes = 0
        for p in paths:
            b = open(p, "rb").read()
            words += len(b.split())
            nbytes += len(b)
        mb = nbytes / 1e6
        root = os.path.join(a.work, name)
        rows = []
        hcmd = [a.hunspell, "-l", "-d", a.dict] + paths
        hw, hc, hr = measure(hcmd, hruns, env, a.work)
        rows.append(("hunspell -l", hw, hc, hr))
        hcpu = hc
        target = [root] if len(paths) > 1 else paths
        for j in a.jobs.split(","):
            cmd = [a.retstav, "--no-suggest", "--format=list", f"-j{j}"] + target
            w, c, r = measure(cmd, a.runs, env, a.work)
            rows.append((f"retstav -j{j}", w, c, r))
        if a.warm:
            # A second run with a verdict cache file the first one wrote.
            cache = os.path.join(a.work, f"{name}.cache")
            if os.path.exists(cache):
                os.unlink(cache)
            cmd = [a.retstav, "--no-suggest", "--format=list", "-j1", f"--cache={cache}"] + target
            measure(cmd, 1, env, a.work)
            w, c, r = measure(cmd, a.runs, env, a.work)
            rows.append(("retstav -j1, warm --cache", w, c, r))
        for label, w, c, r in rows:
            ratio = hw / w
            print(f"| {name} | {len(paths)} | {words} | {mb:.1f} | {label} | {w:.2f} | {c:.2f} "
                  f"| {words / w:,.0f} | {mb / w:.2f} | {r / 1024:.1f} | {ratio:.2f}x "
                  f"| {hcpu / c:.2f}x |",
                  flush=True)
        byl = {label: (w, c) for label, w, c, r in rows}
        if "retstav -j1" in byl and "retstav -j2" in byl and len(paths) > 1:
            (w1, c1), (w2, c2) = byl["retstav -j1"], byl["retstav -j2"]
            notes.append(f"{name}: -j2 over -j1 {w1 / w2:.2f}x wall "
                         f"(CPU {c1:.2f}s -> {c2:.2f}s)")
    print()
    for n in notes:
        print(n)
    # Start-up: one small article, the time to load the dictionary and check it.
    one = corpora["small"][0]
    hw, hc, hr = measure([a.hunspell, "-l", "-d", a.dict, one], max(a.runs, 5), env, a.work)
    rw, rc, rr = measure([a.retstav, "--no-suggest", "--format=list", one], max(a.runs, 5), env, a.work)
    print()
    print(f"start-up, one {os.path.getsize(one)}-byte article: hunspell -l {hw * 1000:.0f} ms "
          f"(CPU {hc * 1000:.0f} ms, {hr / 1024:.1f} MiB), retstav {rw * 1000:.0f} ms "
          f"(CPU {rc * 1000:.0f} ms, {rr / 1024:.1f} MiB)")
    cold_start(a, env)


def cold_start(a, env):
    """The issue's case: a 5 KB article with five typos, a fresh process,
    suggestions on (retstav's defaults), beside hunspell on the same file:
    -l (no suggestions) and -a (a suggestion list per misspelling).  Run
    once with the page cache as the runs before left it and once with the
    dictionary files dropped from it before each run."""
    art = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cold-article.txt")
    runs = max(a.runs, 5)
    datadir = os.path.join(os.path.dirname(os.path.abspath(a.retstav)), "dictionaries")
    dicts = glob.glob(f"/usr/share/hunspell/{a.dict}.*") + \
        glob.glob(os.path.join(datadir, "*.bin")) + glob.glob(os.path.join(datadir, "*.dic"))
    print()
    print(f"cold start, {os.path.getsize(art)}-byte article with five typos "
          f"(tests/bench/cold-article.txt), median of {runs}; target: retstav under 250 ms wall")
    print()
    print("| page cache | command | wall ms | CPU ms | peak RSS MiB |")
    print("|---|---|---:|---:|---:|")
    cmds = [("retstav (suggestions on)", [a.retstav, art], None),
            ("retstav --no-suggest", [a.retstav, "--no-suggest", art], None),
            ("hunspell -l", [a.hunspell, "-l", "-d", a.dict, art], None),
            ("hunspell -a (suggestions)", [a.hunspell, "-a", "-d", a.dict], art)]
    for label, before in (("warm", None), ("dictionaries evicted", lambda: evict(dicts))):
        for name, cmd, stdin in cmds:
            w, c, r = measure(cmd, runs, env, a.work, stdin=stdin, before=before)
            print(f"| {label} | {name} | {w * 1000:.0f} | {c * 1000:.0f} | {r / 1024:.1f} |",
                  flush=True)
    load = os.getloadavg()
    print()
    print(f"load average during the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
