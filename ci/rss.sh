#!/bin/sh
# rss.sh [MB...] - peak memory (RSS) and time of retstav on generated
# Danish text of each size (default 10 and 100 MB): ordinary sentences in
# lines of about 100 words and no blank line (one paragraph: the chunks
# end at line breaks), a typo every 50 words
# (so the findings, which are output and kept until the file is reported,
# grow with the size too).  Prints one line per size: the peak RSS (the
# kernel's maxrss), and the peaks of its two parts sampled every 50 ms:
# anonymous memory (heap: tables, chunk buffers, findings) and file-backed
# pages (the mapped dictionaries and the mapped input file, which count in
# RSS once read).  `make bench-rss`; RETSTAV=path overrides ./retstav.
set -eu
R=${RETSTAV:-$(dirname "$0")/../retstav}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
[ $# -gt 0 ] || set -- 10 100
for mb in "$@"; do
	python3 - "$dir/in.txt" "$mb" "$R" <<'PY'
import os, resource, subprocess, sys, time
path, mb, prog = sys.argv[1], int(sys.argv[2]), sys.argv[3]
words = ("Regeringen fremlagde i går et forslag om en ny skattereform , som skal "
         "gøre det lettere for familier med børn at få enderne til at mødes . "
         "Ifølge ministeren vil reformen koste omkring to milliarder kroner om året "
         "og træde i kraft fra næste sommer").split()
n, i = 0, 0
with open(path, "w") as f:
    while n < mb << 20:
        line = []
        for k in range(100):
            w = words[i % len(words)]
            i += 1
            if i % 50 == 0:
                w = w[:-1] + "x" if len(w) > 3 else w
            line.append(w)
        s = " ".join(line) + "\n"
        f.write(s)
        n += len(s.encode())
t0 = time.monotonic()
p = subprocess.Popen([prog, "--no-suggest", "-j1", path], stdout=subprocess.DEVNULL)
anon = filed = 0
while p.poll() is None:
    try:
        with open(f"/proc/{p.pid}/status") as st:
            for l in st:
                if l.startswith("RssAnon:"):
                    anon = max(anon, int(l.split()[1]))
                elif l.startswith("RssFile:"):
                    filed = max(filed, int(l.split()[1]))
    except OSError:
        pass
    time.sleep(0.05)
secs = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
peak = ru.ru_maxrss // 1024
print(f"input {mb} MB: peak RSS {peak} MB ({peak / mb:.1f} MB per input MB): "
      f"anonymous {anon // 1024} MB, file-backed {filed // 1024} MB; "
      f"{secs:.1f} s, cpu {ru.ru_utime + ru.ru_stime:.1f} s")
PY
done
